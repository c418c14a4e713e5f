//! The catalogues of the languages other than English: JSON files (`www/i18n/<tag>.json`)
//! read once and kept for the page's life, so a message is a `&'static str` as in `en.rs`.
//! Which a page holds is its own state ([`Catalogues`]), handed to views in a `Locale`.
//!
//! A file is `{"lang": "fr", "disclaimer_source": "…", "messages": {"AppTitle": "…",
//! "CountDates": {"one": "{n} date", "other": "{n} dates"}}}`: a message is a text, or its forms
//! by plural category; `disclaimer_source`, where the file has one, declares that its map
//! disclaimer lines are an official wording and names that wording's public source. The browser
//! reads the one its page needs (embedded in the page, or fetched); the prerender and the tests
//! read the files.

use super::{Lang, Msg, PluralCategory};
use serde::Deserialize;
use std::collections::BTreeMap;

/// A catalogue file as written (the i18n layer's own JSON layout, outside the data file's).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    lang: String,
    #[serde(default, rename = "$comment")]
    _comment: Option<String>,
    #[serde(default)]
    disclaimer_source: Option<String>,
    messages: BTreeMap<String, Entry>,
}

/// A message: a text, or its forms by plural category. Read by hand rather than by an
/// untagged enum, whose buffering would weigh on the wasm.
enum Entry {
    Text(String),
    Forms(BTreeMap<String, String>),
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Entry;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text, or an object of texts by plural category")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Entry, E> {
                Ok(Entry::Text(v.to_string()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Entry, E> {
                Ok(Entry::Text(v))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<Entry, A::Error> {
                let mut forms = BTreeMap::new();
                while let Some((k, v)) = m.next_entry::<String, String>()? {
                    forms.insert(k, v);
                }
                Ok(Entry::Forms(forms))
            }
        }
        d.deserialize_any(V)
    }
}

/// One language's messages, by `Msg` index: a text, or its forms by plural category.
#[derive(Debug, Default)]
pub struct Catalogue {
    pub lang: Option<Lang>,
    /// The public source of the official wording its map disclaimer lines reproduce, as the file
    /// declares it; `None` (or blank): the lines are not presented as official.
    pub disclaimer_source: Option<String>,
    texts: Vec<Option<Vec<(PluralCategory, String)>>>,
    /// Keys the file has that no message has, and forms named by no plural category
    /// (`"CountDates (plenty)"`): a test lists them.
    pub unknown: Vec<String>,
}

impl Catalogue {
    /// The forms of `msg` (`(Other, text)` alone for a plain text); `None` if missing.
    pub fn forms(&self, msg: Msg) -> Option<&[(PluralCategory, String)]> {
        self.texts.get(msg as usize)?.as_deref()
    }
}

/// Reads a catalogue file's text.
pub fn parse_catalogue(json: &str) -> Result<Catalogue, String> {
    let file: File = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let lang =
        Lang::from_tag(&file.lang).ok_or_else(|| format!("unknown language \"{}\"", file.lang))?;
    let mut texts = vec![None; Msg::ALL.len()];
    let mut unknown = Vec::new();
    for (key, entry) in file.messages {
        let Some(msg) = Msg::ALL.iter().find(|m| m.key() == key) else {
            unknown.push(key);
            continue;
        };
        texts[*msg as usize] = Some(match entry {
            Entry::Text(s) => vec![(PluralCategory::Other, s)],
            Entry::Forms(forms) => forms
                .into_iter()
                .filter_map(|(name, s)| match PluralCategory::from_name(&name) {
                    Some(c) => Some((c, s)),
                    None => {
                        unknown.push(format!("{key} ({name})"));
                        None
                    }
                })
                .collect(),
        });
    }
    Ok(Catalogue {
        lang: Some(lang),
        disclaimer_source: file.disclaimer_source.filter(|s| !s.trim().is_empty()),
        texts,
        unknown,
    })
}

/// Reads a catalogue file's text and keeps it for the page's life, so that its messages are
/// `&'static str` as English's are. A page reads each language's file at most once
/// ([`Catalogues`] remembers it): at most five are kept.
pub fn read_catalogue(json: &str) -> Result<&'static Catalogue, String> {
    Ok(Box::leak(Box::new(parse_catalogue(json)?)))
}

/// The catalogues a page has read (at most one per language): the languages it can switch
/// to in place. Equal when they hold the same catalogues.
#[derive(Clone, Default, Debug)]
pub struct Catalogues(Vec<&'static Catalogue>);

impl Catalogues {
    /// The catalogue of `lang`, if read.
    pub fn get(&self, lang: Lang) -> Option<&'static Catalogue> {
        self.0.iter().copied().find(|c| c.lang == Some(lang))
    }

    /// These and `catalogue` (which replaces one of the same language).
    pub fn with(&self, catalogue: &'static Catalogue) -> Catalogues {
        let mut all: Vec<_> = self
            .0
            .iter()
            .copied()
            .filter(|c| c.lang != catalogue.lang)
            .collect();
        all.push(catalogue);
        Catalogues(all)
    }
}

impl PartialEq for Catalogues {
    fn eq(&self, other: &Catalogues) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .zip(&other.0)
                .all(|(a, b)| std::ptr::eq(*a, *b))
    }
}

/// The text of `msg` in the locale's catalogue for the plural `category` (or its `other`
/// form).
pub(super) fn lookup(
    catalogue: &'static Catalogue,
    msg: Msg,
    category: PluralCategory,
) -> Option<&'static str> {
    let forms = catalogue.forms(msg)?;
    forms
        .iter()
        .find(|(c, _)| *c == category)
        .or_else(|| forms.iter().find(|(c, _)| *c == PluralCategory::Other))
        .map(|(_, s)| s.as_str())
}

/// The English messages as a catalogue file: the reference translators work from
/// (`www/i18n/en.json`, kept equal to `en.rs` by a test).
#[cfg(not(target_arch = "wasm32"))]
pub fn english_file() -> String {
    let mut messages = serde_json::Map::new();
    for &msg in Msg::ALL {
        let value = if super::PLURAL.contains(&msg) {
            let forms: serde_json::Map<String, serde_json::Value> =
                super::plural_categories(Lang::En)
                    .iter()
                    .map(|&c| (c.name().to_string(), super::en::form(msg, c).into()))
                    .collect();
            forms.into()
        } else {
            super::en::text(msg).into()
        };
        messages.insert(msg.key().to_string(), value);
    }
    let file = serde_json::json!({
        "$comment": "Generated from src/i18n/en.rs by the tests (UPDATE_GOLDENS=1): the reference for the other catalogues. Placeholders in braces keep their names; a message given as an object has a form per plural category.",
        "lang": "en",
        "messages": messages,
    });
    serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_catalogue_gives_texts_and_forms_and_lists_unknown_keys() {
        let c = parse_catalogue(
            r#"{"lang": "fr", "messages": {"Loading": "Chargement…", "CountDates": {"one": "{n} date", "other": "{n} dates", "plenty": "x"}, "Nope": "x"}}"#,
        )
        .unwrap();
        assert_eq!(c.lang, Some(Lang::Fr));
        assert_eq!(c.forms(Msg::Loading).unwrap()[0].1, "Chargement…");
        assert_eq!(c.forms(Msg::CountDates).unwrap().len(), 2);
        assert!(c.forms(Msg::AppTitle).is_none());
        assert_eq!(c.unknown, ["CountDates (plenty)", "Nope"]);
        assert!(parse_catalogue(r#"{"lang": "de", "messages": {}}"#).is_err());
    }
}
