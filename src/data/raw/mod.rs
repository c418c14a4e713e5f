//! The serde mirror of the JSON data file: the only code that knows the file's layout.
//!
//! Types here accept what the file says; `validate` decides whether it makes sense.

mod label;
mod mission_tables;
mod missions;
mod recommendations;
mod sections;
mod text;

pub use label::*;
pub use mission_tables::*;
pub use missions::*;
pub use recommendations::*;
pub use sections::*;
use serde::Deserialize;
pub use text::{Text, MAX_TEXT};

/// The data file format version this build reads.
pub const FORMAT: u32 = 1;

/// The data file of the UN peacekeeping figures app. Every value points to a source (`ref`).
/// Each section is checked on its own: a problem in one hides only the views that use it.
#[cfg(not(target_arch = "wasm32"))]
#[derive(schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct DataFile {
    /// This schema, for editors that check the file as you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The data format version: 1.
    pub format: u32,
    pub meta: Meta,
    /// Every source once; values point here by `id`.
    pub sources: Vec<Source>,
    pub missions: Vec<Mission>,
    pub sofa_impact: SofaTable,
    pub coordination_mechanisms: Mechanisms,
    pub gender_parity: GenderParity,
    pub funnels: Vec<Funnel>,
    /// Counts reported at several dates (optional).
    #[serde(default)]
    pub snapshots: Vec<Snapshots>,
    pub figures: Vec<Figure>,
    pub lost_figures: Vec<LostFigure>,
    /// Tables of a source with a row per mission (optional).
    #[serde(default)]
    pub mission_tables: Vec<MissionTable>,
}

/// The JSON Schema of the data file, pretty-printed.
#[cfg(not(target_arch = "wasm32"))]
pub fn schema() -> String {
    let schema = schemars::schema_for!(DataFile);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// The head of the file: what every section needs.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Text,
    pub as_of: Text,
    /// The language the file's texts are written in (`en` when absent); texts another
    /// language gives separately (a mission's `names`) say theirs.
    #[serde(default)]
    pub lang: Option<Text>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Text,
    pub title: Text,
    /// A short name for compact citations (`A4P+ 5th report`); the id when absent.
    #[serde(default)]
    pub short: Option<Text>,
    /// Publication date as precise as known (`2024-09`); `null` when the source gives none.
    #[serde(default)]
    pub date: Option<Text>,
    #[serde(default)]
    pub url: Option<Text>,
    #[serde(default)]
    pub note: Option<Text>,
}

/// A reference to a registered source and a place in it.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub source: Text,
    pub locator: Text,
}

/// The basemap asset (`www/basemap/world-110m.json`, written by `scripts/basemap.mjs`): lines
/// as `[x0, y0, dx1, dy1, …]` in integer multiples of `unit` degrees.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Basemap {
    pub source: String,
    pub unit: f64,
    pub land: Vec<Vec<i32>>,
    pub borders: Vec<Vec<i32>>,
    pub undetermined: Vec<Undetermined>,
}

/// A boundary whose final status is not determined, between two countries (ISO a3 codes).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Undetermined {
    pub between: Vec<String>,
    pub lines: Vec<Vec<i32>>,
}
