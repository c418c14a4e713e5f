//! The address fragment as text: a route written as `key=value` pairs (values percent-encoded
//! by one function, read back by one) and read back, with each part it did not understand.

use super::{Route, TableId, Theme, View};
use crate::i18n::Lang;
use crate::model::Addressed;
use crate::view::table::{Direction, Sort};

/// What the address escapes in a value: everything but letters, digits and `. _ - ~`.
const ESCAPED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'.')
    .remove(b'_')
    .remove(b'-')
    .remove(b'~');

/// A value (a mission code, a funnel id: the data file's words) as the address writes it.
fn encode(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, ESCAPED).to_string()
}

/// A value of the address as it was meant, if written as [`encode`] writes it (letters, digits,
/// `. _ - ~` and `%XX` escapes): decoded, not empty, at most 80 characters, no control character.
fn token(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let escape_at = |i: usize| {
        b.get(i + 1..i + 3)
            .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
    };
    let written = b.iter().enumerate().all(|(i, &c)| {
        c.is_ascii_alphanumeric()
            || matches!(c, b'.' | b'_' | b'-' | b'~')
            || (c == b'%' && escape_at(i))
    });
    if !written {
        return None;
    }
    let value = percent_encoding::percent_decode_str(s).decode_utf8().ok()?;
    let ok =
        !value.is_empty() && value.chars().count() <= 80 && !value.chars().any(char::is_control);
    ok.then(|| value.into_owned())
}

fn sort(s: &str) -> Option<(TableId, Sort)> {
    let mut parts = s.split('.');
    let (id, column, dir) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let table = TableId::parse(id)?;
    let column = column.parse::<usize>().ok().filter(|c| *c < 32)?;
    let direction = match dir {
        "asc" => Direction::Ascending,
        "desc" => Direction::Descending,
        _ => return None,
    };
    Some((table, Sort { column, direction }))
}

/// Reads a fragment (with or without its `#`): the route, and each `key=value` it ignored.
pub fn parse(fragment: &str) -> (Route, Vec<String>) {
    let mut route = Route::default();
    let mut ignored = Vec::new();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    for pair in fragment.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let ok = match key {
            "view" => View::parse(value).map(|v| route.view = Some(v)).is_some(),
            "mission" => token(value).map(|v| route.mission = Some(v)).is_some(),
            "closed" => matches!(value, "1" | "0")
                .then(|| route.closed = value == "1")
                .is_some(),
            "funnel" => token(value).map(|v| route.funnel = Some(v)).is_some(),
            "topic" => token(value).map(|v| route.topic = Some(v)).is_some(),
            "q" => token(value).map(|v| route.query = Some(v)).is_some(),
            "theme" => Theme::parse(value).map(|v| route.theme = Some(v)).is_some(),
            "section" => token(value).map(|v| route.rec.section = Some(v)).is_some(),
            "state" => Addressed::parse(value)
                .map(|a| route.rec.addressed = Some(a))
                .is_some(),
            "cites" => token(value).map(|v| route.rec.cites = Some(v)).is_some(),
            "rq" => token(value).map(|v| route.rec.query = Some(v)).is_some(),
            "para" => value
                .parse::<u32>()
                .ok()
                .filter(|p| *p > 0 && value.len() <= 9)
                .map(|p| route.para = Some(p))
                .is_some(),
            "digits" => (value == "arab")
                .then(|| route.arabic_digits = true)
                .is_some(),
            "sort" => {
                let sorts: Option<Vec<_>> = value.split(',').map(sort).collect();
                sorts.map(|s| route.sorts = s).is_some()
            }
            "lang" => Lang::ALL
                .into_iter()
                .find(|l| l.tag() == value)
                .map(|l| route.lang = Some(l))
                .is_some(),
            "embed" => View::parse(value).map(|v| route.embed = Some(v)).is_some(),
            // The skip link's target (`#main`), followed before the app took over: not a route.
            "main" => value.is_empty(),
            _ => false,
        };
        if !ok {
            // Shown to the person as text, so keep it short.
            ignored.push(pair.chars().take(60).collect());
        }
    }
    (route, ignored)
}

/// Writes a route as a fragment (without the `#`), leaving out what is the default.
pub fn fragment(route: &Route) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(v) = route.embed {
        parts.push(format!("embed={}", v.id()));
    }
    if let Some(v) = route.view {
        parts.push(format!("view={}", v.id()));
    }
    if let Some(m) = &route.mission {
        parts.push(format!("mission={}", encode(m)));
    }
    if route.closed {
        parts.push("closed=1".into());
    }
    if let Some(f) = &route.funnel {
        parts.push(format!("funnel={}", encode(f)));
    }
    if let Some(t) = &route.topic {
        parts.push(format!("topic={}", encode(t)));
    }
    if let Some(q) = &route.query {
        parts.push(format!("q={}", encode(q)));
    }
    if !route.sorts.is_empty() {
        let sorts: Vec<String> = route
            .sorts
            .iter()
            .map(|(id, s)| {
                let dir = match s.direction {
                    Direction::Ascending => "asc",
                    Direction::Descending => "desc",
                };
                format!("{}.{}.{dir}", id.id(), s.column)
            })
            .collect();
        parts.push(format!("sort={}", sorts.join(",")));
    }
    if let Some(theme) = route.theme {
        parts.push(format!("theme={}", theme.id()));
    }
    let rec = &route.rec;
    for (key, value) in [
        ("section", rec.section.as_deref()),
        ("state", rec.addressed.map(Addressed::id)),
        ("cites", rec.cites.as_deref()),
        ("rq", rec.query.as_deref()),
    ] {
        if let Some(v) = value {
            parts.push(format!("{key}={}", encode(v)));
        }
    }
    if let Some(p) = route.para {
        parts.push(format!("para={p}"));
    }
    if route.arabic_digits {
        parts.push("digits=arab".to_string());
    }
    if let Some(lang) = route.lang {
        parts.push(format!("lang={}", lang.tag()));
    }
    parts.join("&")
}
