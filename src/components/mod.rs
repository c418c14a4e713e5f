//! Yew components: the only code that touches the DOM.

pub mod app;
pub mod chart;
pub mod data_table;
pub mod download;
pub mod embed;
pub mod figures;
pub mod funnels;
pub mod loader;
pub mod map;
pub mod mechanisms;
pub mod notice;
pub mod panic;
pub mod parity;
pub mod profile;
pub mod routing;
pub mod select;
pub mod sofa;
