//! Loading the data file: the JSON layout (`raw`), how a JSON tree is read section by section
//! (`tree`), and the checks that turn it into the validated `model` (`validate`).

pub mod basemap;
pub mod raw;
pub mod tree;
pub mod validate;

pub use tree::JsonTree;
pub use validate::{load, LoadError};
