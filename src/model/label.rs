//! Translations of the data file's own labels, and the one rule for which text a page shows.

use super::SourceRef;
use crate::i18n::Lang;

/// A label's translations, by language, each with its source (`None`: this site's own).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Translations(pub Vec<Translation>);

#[derive(Clone, Debug, PartialEq)]
pub struct Translation {
    pub lang: Lang,
    pub text: String,
    /// The public source that gives it; `None` where the text is this site's translation.
    pub source: Option<SourceRef>,
}

/// The text a page shows for a label: the translation into the page's language where the file
/// gives one, else the file's own text (in the file's language).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a str,
    /// The language the text is in.
    pub lang: Lang,
    /// This site's own translation, not an official one.
    pub own: bool,
}

impl Translations {
    /// `text` (written in `file`, the data file's language) as a `lang` page shows it.
    pub fn pick<'a>(&'a self, text: &'a str, lang: Lang, file: Lang) -> Shown<'a> {
        match self.0.iter().find(|t| t.lang == lang && lang != file) {
            Some(t) => Shown {
                text: &t.text,
                lang,
                own: t.source.is_none(),
            },
            None => Shown {
                text,
                lang: file,
                own: false,
            },
        }
    }
}
