//! Yew components: the only code that touches the DOM.

pub mod app;
pub mod data_table;
pub mod figures;
pub mod loader;
pub mod mechanisms;
pub mod notice;
pub mod panic;
pub mod select;
pub mod sofa;
