//! A JSON document read section by section, so one bad section cannot spoil the others.
//!
//! The data file and the basemap are read as [`RawJson`]: the text, checked once, with each
//! section the span of its own text, deserialised straight into the raw types (no tree of values,
//! no JavaScript objects, no path tracking: a 100k-row file costs one pass of `serde_json`); a
//! failed section is located afterwards from where `serde_json` stopped (`data::locate`). Tests
//! read their documents the same way.

use crate::model::Problem;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use std::cell::OnceCell;
use std::ops::Range;
use std::rc::Rc;

/// Text that is not JSON, with the parser's reason (it names the position).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not valid JSON: {reason}")]
pub struct NotJson {
    pub reason: String,
}

/// A parsed JSON value that can be split into sections and deserialised with located errors.
pub trait JsonTree: Sized {
    /// Parses JSON text; the error says why and where.
    fn from_text(text: &str) -> Result<Self, NotJson>;
    /// Whether this value is a JSON object.
    fn is_object(&self) -> bool;
    /// The member `key` of an object, if present and not `null`.
    fn member(&self, key: &str) -> Option<Self>;
    /// Deserialises this value; a failure names the path below `at` and the reason.
    fn parse<T: DeserializeOwned>(self, at: &str) -> Result<T, Problem>;
}

/// Joins a section name and a path inside it: `sofa_impact` + `rows[2].mission`.
pub(crate) fn join_path(at: &str, inner: &str) -> String {
    match (at.is_empty(), inner == "." || inner.is_empty()) {
        (true, _) => inner.to_string(),
        (false, true) => at.to_string(),
        (false, false) if inner.starts_with('[') => format!("{at}{inner}"),
        (false, false) => format!("{at}.{inner}"),
    }
}

/// JSON text and the span of one value in it; members are spans of the same text.
#[derive(Debug, Clone)]
pub struct RawJson {
    text: Rc<String>,
    span: Range<usize>,
    /// An object's members, found on the first `member` call and kept.
    members: OnceCell<Rc<[Member]>>,
    /// A member whose key the object has more than once (it is not read).
    twice: bool,
}

/// A member of an object: its key, its span, and whether the key appears more than once.
type Member = (String, Range<usize>, bool);

/// Collects an object's members as written, duplicates included (a map would keep one).
struct MembersVisitor;

impl<'de> serde::de::Visitor<'de> for MembersVisitor {
    type Value = Vec<(String, &'de RawValue)>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
            out.push(entry);
        }
        Ok(out)
    }
}

impl RawJson {
    /// Reads `text` (kept, not copied): one pass checks it is JSON and, for an object, finds
    /// the span of each member.
    pub fn from_string(text: String) -> Result<Self, NotJson> {
        let not_json = |e: serde_json::Error| NotJson {
            reason: e.to_string(),
        };
        let text = Rc::new(text);
        let (span, members) = if text.trim_start().starts_with('{') {
            let members = Self::spans(&text, &text).map_err(not_json)?;
            let start = text.len() - text.trim_start().len();
            (start..text.trim_end().len(), OnceCell::from(members))
        } else {
            let value: &RawValue = serde_json::from_str(&text).map_err(not_json)?;
            (Self::offset(&text, value), OnceCell::new())
        };
        Ok(RawJson {
            text,
            span,
            members,
            twice: false,
        })
    }
    fn value(&self) -> &str {
        &self.text[self.span.clone()]
    }
    /// Where `value`, a slice of `text`, lies in it.
    fn offset(text: &str, value: &RawValue) -> Range<usize> {
        let start = value.get().as_ptr() as usize - text.as_ptr() as usize;
        start..start + value.get().len()
    }
    /// The members of the object `object` (a slice of `text`), as spans of `text`; `null`
    /// members count as absent.
    fn spans(text: &str, object: &str) -> Result<Rc<[Member]>, serde_json::Error> {
        let mut de = serde_json::Deserializer::from_str(object);
        let members = serde::Deserializer::deserialize_map(&mut de, MembersVisitor)?;
        de.end()?;
        let count = |key: &str| members.iter().filter(|(k, _)| k == key).count();
        Ok(members
            .iter()
            .filter(|(_, v)| v.get() != "null")
            .map(|(k, v)| (k.clone(), Self::offset(text, v), count(k) > 1))
            .collect())
    }
}

/// serde_json's message without its " at line L column C" (a position inside one section's text
/// would mislead; the JSON path says where).
fn without_position(err: &serde_json::Error) -> String {
    let message = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    match message.strip_suffix(&suffix) {
        Some(m) if err.line() > 0 => m.to_string(),
        _ => message,
    }
}

impl JsonTree for RawJson {
    fn from_text(text: &str) -> Result<Self, NotJson> {
        Self::from_string(text.to_string())
    }
    fn is_object(&self) -> bool {
        self.value().starts_with('{')
    }
    fn member(&self, key: &str) -> Option<Self> {
        let members = self
            .members
            .get_or_init(|| Self::spans(&self.text, self.value()).unwrap_or_else(|_| Rc::from([])));
        let (_, span, twice) = members.iter().find(|(k, _, _)| k == key)?;
        Some(RawJson {
            text: self.text.clone(),
            span: span.clone(),
            members: OnceCell::new(),
            twice: *twice,
        })
    }
    fn parse<T: DeserializeOwned>(self, at: &str) -> Result<T, Problem> {
        if self.twice {
            return Err(Problem {
                path: at.to_string(),
                message: "the key appears more than once in the file".into(),
            });
        }
        let text = self.value();
        serde_json::from_str(text).map_err(|e| {
            // Located only now, from where serde_json stopped (no tracking on the way).
            let end = super::locate::offset(text, e.line(), e.column());
            Problem {
                path: join_path(at, &super::locate::path_at(text, end)),
                message: crate::model::bounded(without_position(&e)),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::join_path;

    #[test]
    fn paths_join_like_json_paths() {
        assert_eq!(
            join_path("sofa_impact", "rows[2].mission"),
            "sofa_impact.rows[2].mission"
        );
        assert_eq!(join_path("missions", "[3].hq"), "missions[3].hq");
        assert_eq!(join_path("missions", "."), "missions");
        assert_eq!(join_path("", "meta.title"), "meta.title");
    }
}
