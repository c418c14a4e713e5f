//! Hooks views and widgets share: the route's dispatch, a chart's zoom and pan, and its picture
//! drawn again for print.

pub mod dispatch;
pub mod print;
pub mod zoom;
