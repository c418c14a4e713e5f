//! Hooks views and widgets share: a chart's zoom and pan, and its picture drawn again for print.

pub mod print;
pub mod zoom;
