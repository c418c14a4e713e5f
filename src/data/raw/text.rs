//! `Text`: every text of the data file is read through this one type, which holds the limits a
//! text has wherever it stands (not blank, at most [`MAX_TEXT`] bytes), so no field can forget
//! them.

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;

/// The longest text a field may hold: a paragraph, not a document.
pub const MAX_TEXT: usize = 4000;

/// A text of the data file: not empty or blank, and at most [`MAX_TEXT`] bytes. A text that is
/// not fails where it stands, and the problem names its JSON path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Text(String);

impl Text {
    /// What is wrong with `s` as a text of the file, if anything.
    pub fn problem(s: &str) -> Option<String> {
        if s.trim().is_empty() {
            Some("empty".to_string())
        } else if s.len() > MAX_TEXT {
            Some(format!("longer than {MAX_TEXT} bytes ({} bytes)", s.len()))
        } else {
            None
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.0
    }
}

/// Unit tests build raw values by hand; the app reads them only from the file.
#[cfg(test)]
impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text(s.to_string())
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl Visitor<'_> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                match Text::problem(v) {
                    Some(problem) => Err(E::custom(problem)),
                    None => Ok(Text(v.to_string())),
                }
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                match Text::problem(&v) {
                    Some(problem) => Err(E::custom(problem)),
                    None => Ok(Text(v)),
                }
            }
        }
        deserializer.deserialize_string(TextVisitor)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": format!("A text: not blank, at most {MAX_TEXT} bytes of UTF-8"),
            "type": "string",
            "minLength": 1,
            "pattern": "\\S"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_neither_blank_nor_too_long() {
        let read = |json: &str| serde_json::from_str::<Text>(json).map_err(|e| e.to_string());
        assert_eq!(read(r#""UNMISS""#).unwrap().as_str(), "UNMISS");
        assert!(read(r#"" ""#).unwrap_err().starts_with("empty"));
        let long = format!("\"{}\"", "é".repeat(MAX_TEXT / 2 + 1));
        assert!(read(&long).unwrap_err().starts_with(&format!(
            "longer than {MAX_TEXT} bytes ({} bytes)",
            MAX_TEXT + 2
        )));
        assert!(read(&format!("\"{}\"", "é".repeat(MAX_TEXT / 2))).is_ok());
        assert!(read("12").is_err());
    }
}
