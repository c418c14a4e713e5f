//! Yew components: the only code that touches the DOM. They render into the DOM in the browser
//! and to HTML natively (the prerendered first view and the component tests); browser-only
//! calls live in effects and event handlers, which never run natively.
//!
//! By role: `shell` (the app and the page around the views), `views` (one per part of the
//! data), `widgets` (what views are made of), `hooks`, and `browser` (what only the browser
//! does: fetches, the panic panel).

pub mod browser;
pub mod hooks;
pub mod shell;
pub mod state;
pub mod views;
pub mod widgets;

/// The `lang` attribute for text of the data file shown on a page in `loc`: the file's
/// language where it is not the page's.
pub fn data_lang(data: &crate::model::Dataset, loc: crate::i18n::Locale) -> Option<&'static str> {
    (data.meta.lang != loc.lang).then(|| data.meta.lang.tag())
}

use std::ops::Deref;
use std::rc::Rc;

/// A shared value compared by identity, not content: a prop holding the data file (or a view
/// model) is equal across renders exactly when it is the same value, so comparing props never
/// walks a 100k-row table.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(rc: Rc<T>) -> Self {
        Shared(rc)
    }
}
