//! The `missions` section as the file writes it: codes, names (in other languages too),
//! headquarters, status and references.

use super::{SourceRef, Text};
use serde::Deserialize;

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Headquarters {
    pub name: Text,
    pub lat: f64,
    pub lon: f64,
    #[serde(default)]
    pub season: Option<Season>,
}

/// The season a headquarters is used in, for a mission that moves between two.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum Season {
    Summer,
    Winter,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub enum MissionStatus {
    Active,
    Closed,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mission {
    pub code: Text,
    #[serde(default)]
    pub name: Option<Text>,
    #[serde(default)]
    pub host: Option<Text>,
    pub status: MissionStatus,
    #[serde(default)]
    pub closed_year: Option<f64>,
    pub hq: Vec<Headquarters>,
    /// Where the headquarters coordinates come from.
    #[serde(rename = "ref")]
    pub reference: SourceRef,
    #[serde(default)]
    pub name_ref: Option<SourceRef>,
    #[serde(default)]
    pub host_ref: Option<SourceRef>,
    #[serde(default)]
    pub closed_ref: Option<SourceRef>,
    /// The mission's name and acronym in another UN language, by its tag (`fr`, `es`, `ar`,
    /// `zh`, `ru`), as the UN (or a named public source) writes them: `{"fr": {"name": "Force
    /// intérimaire des Nations Unies au Liban", "code": "FINUL", "ref": …}}`. A language not
    /// given shows the English name and code.
    #[serde(default)]
    pub names: std::collections::BTreeMap<String, MissionName>,
}

/// A mission's name and acronym in one language; either may be absent (then the English one).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MissionName {
    #[serde(default)]
    pub name: Option<Text>,
    #[serde(default)]
    pub code: Option<Text>,
    #[serde(rename = "ref")]
    pub reference: SourceRef,
}
