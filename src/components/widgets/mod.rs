//! The pieces views are made of: a chart's frame (canvas, overlay, table toggle), a data table,
//! a filter, the downloads, the embed button, notices.

pub mod answer;
pub mod chart;
pub mod data_table;
pub mod download;
pub mod embed;
pub mod notice;
pub mod select;
