//! The message catalogue: every piece of UI text, keyed by [`Msg`], in the six UN languages.
//!
//! English is compiled in (`en.rs`: the reference, and what shows when a catalogue lacks a
//! message); the other five are JSON files (`www/i18n/<tag>.json`), installed when a page
//! needs them (`catalogue.rs`), so a visitor downloads only their own language. Placeholders
//! are named (`{count}`), so translators may reorder them; plural forms are chosen by the
//! language's plural rules (`Intl.PluralRules` in the browser). Data strings (titles, mission
//! names) come from the data file and are not here.

mod catalogue;
mod cldr;
mod en;
mod intl;
mod locale;
mod msg;
mod plural;

pub use locale::{estimated_width, is_cjk, Digits, Locale, Measure};
pub use msg::Msg;

#[cfg(not(target_arch = "wasm32"))]
pub use catalogue::english_file;
pub use catalogue::{parse_catalogue, read_catalogue, Catalogue, Catalogues};

pub use intl::{
    compare_text, format_count, format_number, format_percent, format_year, format_year_month,
    format_year_month_long, plural_category, text_ranks,
};
pub use plural::{plural_categories, PluralCategory, PLURAL};
/// What the native page (prerender, tests) writes where the browser asks `Intl`: a wasm test
/// holds them equal, so the app takes over the prerendered page without a word changing.
pub mod native {
    use super::cldr::{cldr_plural, native_digits, plain_year_month, plain_year_month_long};
    pub use super::intl::{plain as number, plain_percent as percent};
    use super::Locale;

    pub fn year_month(year: u16, month: Option<u8>, loc: Locale) -> String {
        native_digits(plain_year_month(year, month, loc.lang), loc.digits())
    }

    pub fn year_month_long(year: u16, month: Option<u8>, loc: Locale) -> String {
        native_digits(plain_year_month_long(year, month, loc.lang), loc.digits())
    }

    pub fn plural(n: f64, loc: Locale) -> super::PluralCategory {
        cldr_plural(n, loc.lang)
    }
}

/// A page language: the six official languages of the United Nations, in the UN's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash, PartialOrd, Ord)]
pub enum Lang {
    Ar,
    Zh,
    #[default]
    En,
    Fr,
    Ru,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The BCP 47 tag, for `<html lang>`, `Intl`, `#lang=` and the catalogue's file name.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// The language whose tag is `tag` or starts it (`fr-CA` → French).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// Whether the language is written right to left.
    pub fn rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The writing direction, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language's name in itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }
}

/// The text of `msg` in the locale's language (for a message with plural forms, its `other`
/// form); English where the locale has no catalogue or it lacks the message.
pub fn t(loc: Locale, msg: Msg) -> &'static str {
    loc.catalogue()
        .and_then(|c| catalogue::lookup(c, msg, PluralCategory::Other))
        .unwrap_or_else(|| en::text(msg))
}

/// The form of `msg` for the count `n` (its plural category in the locale's language: `one`,
/// `few`, …).
pub fn t_count(loc: Locale, msg: Msg, n: f64) -> &'static str {
    let category = plural_category(n, loc);
    match loc.catalogue() {
        None => en::form(msg, category),
        Some(c) => catalogue::lookup(c, msg, category).unwrap_or_else(|| t(loc, msg)),
    }
}

/// `msg` with its named placeholders filled: `tf(loc, Msg::SortBy, &[("column",
/// "Mission")])`. In a right-to-left language each value is isolated (U+2068 … U+2069), so a
/// code, a number or a Latin name keeps its own direction inside the sentence.
pub fn tf(loc: Locale, msg: Msg, args: &[(&str, &str)]) -> String {
    fill_in(loc.lang, t(loc, msg), args)
}

/// [`tf`] with the plural form for `n`.
pub fn tf_count(loc: Locale, msg: Msg, n: f64, args: &[(&str, &str)]) -> String {
    fill_in(loc.lang, t_count(loc, msg, n), args)
}

fn fill_in(lang: Lang, template: &str, args: &[(&str, &str)]) -> String {
    if !lang.rtl() {
        return fill(template, args);
    }
    let isolated: Vec<(&str, String)> = args
        .iter()
        .map(|(k, v)| (*k, format!("\u{2068}{v}\u{2069}")))
        .collect();
    let pairs: Vec<(&str, &str)> = isolated.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(template, &pairs)
}

/// Fills named placeholders: `fill("Sort by {column}", &[("column", "Mission")])`. A
/// placeholder with no value is left as it is (a test checks every catalogue uses only the
/// names English uses); a value whose placeholder the template lacks is not used (the Arabic
/// dual, تقريرين, leaves out its count).
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names a template uses, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        out.push(&after[..close]);
        rest = &after[close + 1..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_by_name_in_any_order() {
        assert_eq!(fill("a {x} b {y}", &[("y", "2"), ("x", "1")]), "a 1 b 2");
        assert_eq!(fill("no args", &[]), "no args");
        assert_eq!(fill("{gone} left", &[]), "{gone} left");
        assert_eq!(
            fill("{shown} of two", &[("shown", "1"), ("total", "2")]),
            "1 of two"
        );
        assert_eq!(fill("open { end", &[("end", "x")]), "open { end");
        assert_eq!(placeholders("{a} and {b}"), ["a", "b"]);
    }

    #[test]
    fn right_to_left_values_are_isolated() {
        let s = fill_in(Lang::Ar, "{code}:", &[("code", "UNMISS")]);
        assert_eq!(s, "\u{2068}UNMISS\u{2069}:");
        assert_eq!(
            fill_in(Lang::Fr, "{code}:", &[("code", "UNMISS")]),
            "UNMISS:"
        );
    }

    #[test]
    fn languages_read_from_tags() {
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("de"), None);
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
        }
        assert!(Lang::Ar.rtl() && !Lang::Zh.rtl());
    }

    #[test]
    fn message_keys_are_their_index() {
        for (i, m) in Msg::ALL.iter().enumerate() {
            assert_eq!(*m as usize, i, "{}", m.key());
        }
    }
}
