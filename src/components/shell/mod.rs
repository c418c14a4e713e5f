//! The page around the views: the app (loading, take-over from the prerendered page), the page
//! (header, navigation, footer; it holds the route and the locale), the route's reducer and
//! address, the language switch and catalogues, the theme, and the prerendered page's own
//! answers to a first touch.

pub mod answers;
pub mod app;
pub mod entry;
pub mod language;
pub mod page;
pub mod routing;
pub mod theme;
