//! The prerendered first view in the page: where it is, and whether it has answered a touch by
//! itself (see `shell::answers`).

/// The id of the prerendered first view in the page, replaced once the app is drawn.
pub const PRERENDERED_ID: &str = "prerendered";

/// Whether the prerendered page has answered a touch by itself (`www/boot.js` marks it so; see
/// `shell::answers`): the address then holds what the visitor did, not where to scroll.
pub fn answered_by_page() -> bool {
    let selector = format!("#{PRERENDERED_ID}[data-answered]");
    gloo::utils::document()
        .query_selector(&selector)
        .ok()
        .flatten()
        .is_some()
}
