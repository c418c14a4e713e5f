//! The serde mirror of the JSON data file: the only code that knows the file's layout.
//!
//! Types here accept what the file says; `validate` decides whether it makes sense.

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;

/// The data file format version this build reads.
pub const FORMAT: u32 = 1;

/// The head of the file: what every section needs.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    pub as_of: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub date: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// A reference to a registered source and a place in it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub source: String,
    pub locator: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Headquarters {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    #[serde(default)]
    pub season: Option<String>,
}

#[derive(Debug, Deserialize, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub enum MissionStatus {
    Active,
    Closed,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mission {
    pub code: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub host: Option<String>,
    pub status: MissionStatus,
    #[serde(default)]
    pub closed_year: Option<f64>,
    pub hq: Vec<Headquarters>,
    pub source: SourceRef,
}

#[derive(Debug, Deserialize, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub enum Agreement {
    Sofa,
    Soma,
    Neither,
}

/// A count cell: a JSON number, or one of the source's own words for "no number".
#[derive(Debug, PartialEq, Clone, Copy)]
pub enum Count {
    Number(f64),
    None,
    UnderValidation,
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CountVisitor;
        impl Visitor<'_> for CountVisitor {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(r#"a number, "none" or "under_validation""#)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Count, E> {
                Ok(Count::Number(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Count, E> {
                Ok(Count::Number(v as f64))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Count, E> {
                Ok(Count::Number(v as f64))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Count, E> {
                match v {
                    "none" => Ok(Count::None),
                    "under_validation" => Ok(Count::UnderValidation),
                    other => Err(E::invalid_value(de::Unexpected::Str(other), &self)),
                }
            }
        }
        deserializer.deserialize_any(CountVisitor)
    }
}

#[derive(Debug, Deserialize, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub enum Impact {
    LevelNotReported,
    Dash,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Impacts {
    pub civilian_movement: Impact,
    pub uniformed_movement: Impact,
    pub mandated_tasks: Impact,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SofaRow {
    pub mission: String,
    pub agreement: Agreement,
    #[serde(default)]
    pub new_incidents: Option<Count>,
    #[serde(default)]
    pub total_incidents: Option<Count>,
    #[serde(default)]
    pub impact: Option<Impacts>,
    #[serde(default)]
    pub notes: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub mark: String,
    pub text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SofaTable {
    pub title: String,
    pub source: SourceRef,
    pub source_line: String,
    #[serde(default)]
    pub title_notes: Vec<String>,
    #[serde(default)]
    pub notes: Vec<Note>,
    pub rows: Vec<SofaRow>,
}
