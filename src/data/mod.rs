//! Loading the data file: the JSON layout (`raw`), how a JSON tree is read section by section
//! (`tree`), and the checks that turn it into the validated `model` (`validate`, which also
//! builds the basemap, reached here as `basemap`).

mod locate;
pub mod raw;
pub mod tree;
pub mod validate;

pub use tree::{JsonTree, NotJson, RawJson};

/// The largest data file the app reads, in bytes (64 MiB: a 100k-row file is about 20).
pub const MAX_FILE_BYTES: f64 = 64.0 * 1024.0 * 1024.0;
pub use validate::basemap;
pub use validate::{load, load_recommendations, load_text, LoadError, RecLoadError};
