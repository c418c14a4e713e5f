//! The names of the prerendered page's own answers to a first touch (`data-answer`), which the
//! page's controls carry and `shell::answers` renders (see there), and how an answer's words go
//! in an attribute.

/// The answer that opens `code`'s profile.
pub fn profile(code: &str) -> String {
    format!("profile:{code}")
}

/// The answer that closes the profile shown (its mission's button takes the focus back).
pub fn closed() -> String {
    profile("")
}

/// `text` as an HTML attribute value (between double quotes).
pub fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
