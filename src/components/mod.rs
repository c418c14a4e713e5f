//! Yew components: the only code that touches the DOM.

pub mod app;
pub mod data_table;
pub mod loader;
pub mod notice;
pub mod panic;
pub mod sofa;
