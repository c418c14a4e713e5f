//! [`Locale`]: everything a view's words, numbers and text widths depend on, in one value
//! passed to every view model and layout (no process-wide state): the language, its digits,
//! its catalogue and how text is measured.

use super::{Catalogue, Lang};

/// How numbers are written: 0–9 (every language's default, United Nations documents in Arabic
/// included), or Arabic-Indic digits (٠١٢…), a choice an Arabic reader may make.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Digits {
    #[default]
    Latin,
    ArabicIndic,
}

/// How wide a text is at a size in logical pixels, with the fonts it is drawn in (the
/// browser's canvas `measureText`). Made once for the page's life by the app.
pub type Measure = &'static dyn Fn(&str, f64) -> f64;

/// The language of a page with its digits, its messages and its text measure.
///
/// Cheap to copy, and equal when its parts are the same: a view whose locale changes builds
/// its view model again (it is part of the memo key), and nothing else does.
#[derive(Clone, Copy, Default)]
pub struct Locale {
    pub lang: Lang,
    /// Arabic-Indic only in Arabic.
    digits: Digits,
    /// The language's messages (none for English, compiled in; none while a catalogue is
    /// still to come, and English texts are shown meanwhile).
    catalogue: Option<&'static Catalogue>,
    /// `None`: widths are estimated (natively, and for a file that leaves the page).
    measure: Option<Measure>,
}

impl Locale {
    /// English, with widths estimated: the reference every catalogue is held to.
    pub const ENGLISH: Locale = Locale {
        lang: Lang::En,
        digits: Digits::Latin,
        catalogue: None,
        measure: None,
    };

    /// `lang` with its catalogue (ignored unless it is `lang`'s): English texts where none
    /// is given.
    pub fn new(lang: Lang, catalogue: Option<&'static Catalogue>) -> Locale {
        Locale {
            lang,
            catalogue: catalogue.filter(|c| c.lang == Some(lang) && lang != Lang::En),
            ..Locale::ENGLISH
        }
    }

    /// The same locale (its text measure) in `lang`, with `lang`'s catalogue, in 0–9 digits.
    pub fn for_lang(self, lang: Lang, catalogue: Option<&'static Catalogue>) -> Locale {
        Locale {
            measure: self.measure,
            ..Locale::new(lang, catalogue)
        }
    }

    /// A language with no catalogue: its direction, numbers and plurals, English texts (what
    /// the page shows until the language's catalogue is in).
    pub fn bare(lang: Lang) -> Locale {
        Locale::new(lang, None)
    }

    /// The same locale writing numbers with `digits` (Arabic only; other languages keep 0–9).
    pub fn with_digits(self, digits: Digits) -> Locale {
        Locale {
            digits: if self.lang == Lang::Ar {
                digits
            } else {
                Digits::Latin
            },
            ..self
        }
    }

    /// The same locale measuring text with `measure`.
    pub fn with_measure(self, measure: Measure) -> Locale {
        Locale {
            measure: Some(measure),
            ..self
        }
    }

    /// The same locale with estimated text widths: for a file that leaves the page (an SVG
    /// download is opened with other fonts; it is the same file the native goldens hold).
    pub fn estimated(self) -> Locale {
        Locale {
            measure: None,
            ..self
        }
    }

    pub fn digits(self) -> Digits {
        self.digits
    }

    /// The language's catalogue, if it has one here.
    pub fn catalogue(self) -> Option<&'static Catalogue> {
        self.catalogue
    }

    pub fn rtl(self) -> bool {
        self.lang.rtl()
    }

    pub fn tag(self) -> &'static str {
        self.lang.tag()
    }

    pub fn dir(self) -> &'static str {
        self.lang.dir()
    }

    /// How wide `text` is at `size` logical pixels: measured where the locale has a measure
    /// (the browser), else [`estimated_width`].
    pub fn text_width(self, text: &str, size: f64) -> f64 {
        match self.measure {
            Some(measure) => measure(text, size),
            None => estimated_width(text, size),
        }
    }
}

impl PartialEq for Locale {
    fn eq(&self, other: &Locale) -> bool {
        self.lang == other.lang
            && self.digits == other.digits
            && match (self.catalogue, other.catalogue) {
                (Some(a), Some(b)) => std::ptr::eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
            && match (self.measure, other.measure) {
                (Some(a), Some(b)) => std::ptr::addr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
    }
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale")
            .field("lang", &self.lang)
            .field("digits", &self.digits)
            .field("catalogue", &self.catalogue.is_some())
            .field("measured", &self.measure.is_some())
            .finish()
    }
}

/// Whether `c` is a Chinese, Japanese or Korean character (an em wide; a line may break
/// before and after it with no space).
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11ff}'
        | '\u{2e80}'..='\u{a4cf}'
        | '\u{ac00}'..='\u{d7af}'
        | '\u{f900}'..='\u{faff}'
        | '\u{fe30}'..='\u{fe4f}'
        | '\u{ff00}'..='\u{ff60}')
}

/// A text's width estimated with no font metrics: an em per Chinese, Japanese or Korean
/// character, about half an em per Arabic letter (joined), 0.62 em per capital or digit and
/// 0.55 em per other letter. Honest enough to keep labels apart in every language; the browser
/// draws with its own fonts.
pub fn estimated_width(text: &str, size: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            c if is_cjk(c) => 1.0,
            '\u{0600}'..='\u{06ff}'
            | '\u{0750}'..='\u{077f}'
            | '\u{fb50}'..='\u{fdff}'
            | '\u{fe70}'..='\u{feff}' => 0.5,
            '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' => 0.0,
            ' ' => 0.3,
            c if c.is_uppercase() || c.is_ascii_digit() => 0.62,
            _ => 0.55,
        })
        .sum();
    em * size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_arabic_takes_other_digits() {
        let ar = Locale::bare(Lang::Ar).with_digits(Digits::ArabicIndic);
        assert_eq!(ar.digits(), Digits::ArabicIndic);
        let fr = Locale::bare(Lang::Fr).with_digits(Digits::ArabicIndic);
        assert_eq!(fr.digits(), Digits::Latin);
        assert_ne!(ar, Locale::bare(Lang::Ar));
    }

    #[test]
    fn a_measure_is_used_and_estimated_drops_it() {
        let measure: Measure = &|text: &str, size: f64| text.len() as f64 * size;
        let loc = Locale::ENGLISH.with_measure(measure);
        assert_eq!(loc.text_width("abc", 2.0), 6.0);
        assert_eq!(loc.estimated(), Locale::ENGLISH);
        assert_ne!(loc, Locale::ENGLISH);
        assert_eq!(
            Locale::ENGLISH.text_width("ab", 10.0),
            estimated_width("ab", 10.0)
        );
    }

    #[test]
    fn a_catalogue_of_another_language_is_not_taken() {
        let fr: &'static Catalogue = Box::leak(Box::new(
            super::super::parse_catalogue(r#"{"lang": "fr", "messages": {}}"#).unwrap(),
        ));
        assert!(Locale::new(Lang::Fr, Some(fr)).catalogue().is_some());
        assert!(Locale::new(Lang::Es, Some(fr)).catalogue().is_none());
        assert!(Locale::new(Lang::En, Some(fr)).catalogue().is_none());
    }
}
