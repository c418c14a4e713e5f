//! The recommendations file (`www/data/recommendations.json`, made by
//! `scripts/recommendations.py`): the status matrix of A/76/505/Add.1, a row per paragraph of
//! the Special Committee's report A/75/19. Its head (`format`, `meta`, `sources`) is the data
//! file's.

#[cfg(not(target_arch = "wasm32"))]
use super::{Meta, Source};
use super::{SourceRef, Text, Translations};
use serde::Deserialize;

/// The recommendations file. Every row names where it is in the matrix (`ref`).
#[cfg(not(target_arch = "wasm32"))]
#[derive(schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct RecommendationsFile {
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub format: u32,
    pub meta: Meta,
    pub sources: Vec<Source>,
    pub sections: Vec<RecSection>,
    pub paragraphs: Vec<Paragraph>,
}

/// The JSON Schema of the recommendations file, pretty-printed.
#[cfg(not(target_arch = "wasm32"))]
pub fn recommendations_schema() -> String {
    let schema = schemars::schema_for!(RecommendationsFile);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// A section of the matrix, as printed ("II. Conduct of peacekeepers and peacekeeping
/// operations"), by its roman number.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecSection {
    pub id: Text,
    pub title: Text,
    /// The title in other languages.
    #[serde(default)]
    pub translations: Translations,
}

/// One row of the matrix.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    /// The paragraph of A/75/19 the row is about.
    pub para: f64,
    /// The section's `id`.
    pub section: Text,
    /// The Secretariat's status text, exactly as the report gives it, a string per paragraph.
    pub status: Vec<Text>,
    /// "This recommendation is not addressed to the Secretariat."
    #[serde(default)]
    pub not_addressed: bool,
    /// The documents the text cites (`S/2020/1179`), as it writes them.
    #[serde(default)]
    pub cites: Vec<Text>,
    /// The missions the text names, by their codes in the data file.
    #[serde(default)]
    pub missions: Vec<Text>,
    /// The figures of the data file this row states, by their ids.
    #[serde(default)]
    pub figures: Vec<Text>,
    #[serde(rename = "ref")]
    pub reference: SourceRef,
}
