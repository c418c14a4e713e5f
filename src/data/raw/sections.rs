//! The sections of the data file after its head and missions: the SOFA/SOMA table, the
//! coordination mechanisms, gender parity, funnels, snapshots and the figures.

use super::{SourceRef, Text, Translations};
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Count {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Count".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A whole number of incidents, or the source's own word for none given",
            "oneOf": [
                { "type": "integer", "minimum": 0 },
                { "enum": ["none", "under_validation"] }
            ]
        })
    }
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

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub enum Impact {
    LevelNotReported,
    Dash,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Impacts {
    pub civilian_movement: Impact,
    pub uniformed_movement: Impact,
    pub mandated_tasks: Impact,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SofaRow {
    pub mission: Text,
    pub agreement: Agreement,
    #[serde(default)]
    pub new_incidents: Option<Count>,
    #[serde(default)]
    pub total_incidents: Option<Count>,
    #[serde(default)]
    pub impact: Option<Impacts>,
    #[serde(default)]
    pub notes: Vec<Text>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub mark: Text,
    pub text: Text,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SofaTable {
    pub title: Text,
    /// The title in other languages.
    #[serde(default)]
    pub translations: Translations,
    #[serde(rename = "ref")]
    pub reference: SourceRef,
    pub source_line: Text,
    #[serde(default)]
    pub title_notes: Vec<Text>,
    #[serde(default)]
    pub notes: Vec<Note>,
    pub rows: Vec<SofaRow>,
}

/// A sentence of a source, quoted with where it is.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub text: Text,
    #[serde(rename = "ref")]
    pub reference: SourceRef,
}

/// What a table symbol means, recorded only where the source makes it unambiguous.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Symbol {
    pub symbol: Text,
    pub meaning: Text,
    #[serde(rename = "ref")]
    pub reference: SourceRef,
}

/// A table symbol's name (its Unicode CLDR short name, e.g. "light bulb"), shown beside the
/// symbol so that a reader whose fonts lack it can still tell which symbol the report printed.
/// A name is not a meaning.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SymbolName {
    pub symbol: Text,
    pub name: Text,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mechanism {
    pub mission: Text,
    pub mechanism: Text,
    /// The status cell as printed (a symbol or "N/A"); `null` when empty.
    #[serde(default)]
    pub status: Option<Text>,
    /// The contribution cell as printed; `null` when empty.
    #[serde(default)]
    pub contribution: Option<Text>,
}

/// "Existence of coordination mechanisms between mission and host country" (A4P+ 5th progress report, Priority 7).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mechanisms {
    pub title: Text,
    /// The title in other languages.
    #[serde(default)]
    pub translations: Translations,
    #[serde(rename = "ref")]
    pub reference: SourceRef,
    #[serde(default)]
    pub intro: Vec<Statement>,
    #[serde(default)]
    pub symbols: Vec<Symbol>,
    #[serde(default)]
    pub symbol_names: Vec<SymbolName>,
    pub rows: Vec<Mechanism>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParityCategory {
    pub id: Text,
    pub label: Text,
    /// The label in other languages.
    #[serde(default)]
    pub translations: Translations,
    /// One of the Uniformed Gender Parity Strategy's categories (else a differently defined
    /// figure, shown on its own).
    pub ugps: bool,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParityTarget {
    pub category: Text,
    pub year: f64,
    /// Percent women; `null` where no source gives the target.
    pub value: Option<f64>,
    #[serde(default)]
    pub uncertain: bool,
    #[serde(default)]
    pub note: Option<Text>,
    #[serde(rename = "ref")]
    pub reference: SourceRef,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParityActual {
    pub category: Text,
    /// `YYYY` or `YYYY-MM`, as precise as the source.
    pub date: Text,
    /// The source gives the date only roughly ("during the past five years"): drawn as such.
    #[serde(default)]
    pub date_approximate: bool,
    pub value: f64,
    #[serde(default)]
    pub uncertain: bool,
    #[serde(default)]
    pub note: Option<Text>,
    #[serde(rename = "ref")]
    pub reference: SourceRef,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GenderParity {
    pub categories: Vec<ParityCategory>,
    pub targets: Vec<ParityTarget>,
    pub actuals: Vec<ParityActual>,
    #[serde(default)]
    pub statements: Vec<Statement>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub label: Text,
    /// The label in other languages.
    #[serde(default)]
    pub translations: Translations,
    /// The count the source states; `null` when it gives none.
    #[serde(default)]
    pub count: Option<f64>,
    /// The percentage of the previous stage the source states.
    #[serde(default)]
    pub share_of_previous: Option<f64>,
    /// Set when the count is not stated but follows from the next stage (its count divided by
    /// its share of this one): says so in words, e.g. "91 investigated are 83% of those reported".
    #[serde(default)]
    pub derived: Option<Text>,
    #[serde(default)]
    pub note: Option<Text>,
    #[serde(rename = "ref")]
    pub reference: SourceRef,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Funnel {
    pub id: Text,
    pub title: Text,
    /// The title in other languages.
    #[serde(default)]
    pub translations: Translations,
    pub unit: Text,
    pub period: Text,
    #[serde(default)]
    pub note: Option<Text>,
    pub stages: Vec<Stage>,
}

/// The same counts reported at several dates (e.g. alleged perpetrators identified and
/// detained, in October 2018, June 2019, …): drawn as one chart of the change, not as funnels.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshots {
    pub id: Text,
    pub title: Text,
    pub unit: Text,
    /// What is counted, in order (e.g. "alleged perpetrators identified").
    pub measures: Vec<Text>,
    /// One entry per date, in time order.
    pub dates: Vec<Snapshot>,
    #[serde(default)]
    pub note: Option<Text>,
}

/// The counts of every measure as of one date, from one place in one source.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// `YYYY-MM` or `YYYY`.
    pub as_of: Text,
    /// One per measure, in the same order; `null`: not reported.
    pub counts: Vec<Option<f64>>,
    #[serde(rename = "ref")]
    pub reference: SourceRef,
}

/// A number stated in the prose or a table of a source.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: Text,
    pub topic: Text,
    pub label: Text,
    pub value: f64,
    pub unit: Text,
    /// The unit's word for one ("person" for `people`), shown with a value of 1.
    #[serde(default)]
    pub unit_one: Option<Text>,
    pub period: Text,
    #[serde(default)]
    pub mission: Option<Text>,
    /// "more than", "about", … as the source words it.
    #[serde(default)]
    pub qualifier: Option<Text>,
    #[serde(default)]
    pub note: Option<Text>,
    #[serde(rename = "ref")]
    pub reference: SourceRef,
}

/// A chart of a source whose numbers did not survive: its caption only.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LostFigure {
    pub caption: Text,
    #[serde(rename = "ref")]
    pub reference: SourceRef,
}
