//! A panic hook that reports into the page, not only the console.

use crate::i18n::{t, Locale, Msg};

/// Installs the hook: the panic message goes to the console and into an alert in `#app`.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.as_str().into());
        show(&message);
    }));
}

fn show(message: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let root = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))?;
    let panel = document.create_element("div").ok()?;
    panel.set_class_name("notice notice-error");
    panel.set_attribute("role", "alert").ok()?;
    let loc = Locale::ENGLISH;
    for (tag, text) in [
        ("h2", t(loc, Msg::Crashed)),
        ("p", t(loc, Msg::CrashedHint)),
        ("pre", message),
    ] {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        panel.append_child(&el).ok()?;
    }
    root.prepend_with_node_1(&panel).ok()
}
