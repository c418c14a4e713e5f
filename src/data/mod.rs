//! Loading the data file: the JSON layout (`raw`), how a JSON tree is read section by section
//! (`tree`), and the checks that turn it into the validated `model` (`validate`, which also
//! builds the basemap, reached here as `basemap`).

mod locate;
pub mod raw;
pub mod tree;
pub mod validate;

pub use tree::{JsonTree, NotJson, RawJson};
pub use validate::basemap;
pub use validate::{load, load_text, LoadError};
