//! What only the browser does: fetching and reading the data, basemap and matrix files
//! and the catalogues the page carries, the text measure of the page's fonts, and the panic
//! hook's panel.

pub mod frame;
pub mod loader;
pub mod measure;
pub mod panic;
pub mod prerendered;
pub mod scroll;
