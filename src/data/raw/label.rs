//! Translations of the data file's own labels (parity categories, funnel stages, table and
//! section titles), each with its source, or marked as this site's own translation.

use super::{SourceRef, Text};
use serde::Deserialize;

/// A label's translations by language tag (`fr`, `es`, `ar`, `zh`, `ru`).
pub type Translations = std::collections::BTreeMap<String, Translation>;

/// A label in one language: with the `ref` of a public source that gives it, or `"own": true`
/// where none was found and the text is this site's translation.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    pub text: Text,
    #[serde(rename = "ref", default)]
    pub reference: Option<SourceRef>,
    /// This site's own translation (no official one was found): the page says so.
    #[serde(default)]
    pub own: bool,
}
