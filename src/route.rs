//! The permalink: which view, mission and options the page shows, kept in the address fragment
//! (`#view=sofa&sort=sofa.1.desc`) so it also works from `file://`. Parsing never fails: what it
//! does not understand is listed so the page can say it was ignored.

use crate::i18n::Lang;
use crate::model::{Dataset, Section};
use crate::view::table::{Direction, Sort};

/// The views, in page order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Map,
    Sofa,
    Parity,
    Funnels,
    Mechanisms,
    Figures,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Map,
        View::Sofa,
        View::Parity,
        View::Funnels,
        View::Mechanisms,
        View::Figures,
    ];

    /// Its name in the address and in DOM ids (`view-sofa`).
    pub fn id(self) -> &'static str {
        match self {
            View::Map => "map",
            View::Sofa => "sofa",
            View::Parity => "parity",
            View::Funnels => "funnels",
            View::Mechanisms => "mechanisms",
            View::Figures => "figures",
        }
    }

    /// The view with this id.
    pub fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id() == s)
    }

    /// The ids of the sortable tables the view shows (a chart's table is `<chart>-table`), so
    /// a view is handed only the sorts it reads.
    pub fn tables(self) -> &'static [&'static str] {
        match self {
            View::Map => &["map-table", "profile-sofa", "profile-mechanisms"],
            View::Sofa => &["sofa"],
            View::Parity => &["parity-table"],
            View::Funnels => &["funnel-table"],
            View::Mechanisms => &["mechanisms"],
            View::Figures => &["figures"],
        }
    }
}

/// What a person does that changes the route.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The address changed (back/forward, an edited address): take its route as it is.
    Replace(Route),
    /// Open a mission's profile on the map (`None` closes it).
    Profile(Option<String>),
    /// Show `view` filtered to a mission (a profile's "see in the table").
    Show(View, String),
    /// Filter the coordination mechanisms to a mission (`None`: all).
    MechanismsMission(Option<String>),
    /// Show or hide closed missions on the map.
    Closed(bool),
    /// Choose a funnel series.
    Funnel(Option<String>),
    /// Filter the figures to a topic.
    Topic(Option<String>),
    /// Search the figures for words (empty: no search).
    Query(Option<String>),
    /// Sort table `table` (of `view`) by `sort`.
    Sort {
        view: View,
        table: String,
        sort: Sort,
    },
}

impl Route {
    /// The route after `action`; the view acted on becomes the route's view.
    pub fn apply(&self, action: Action) -> Route {
        let mut next = self.clone();
        let view = match action {
            Action::Replace(route) => return route,
            Action::Profile(m) => {
                next.mission = m;
                View::Map
            }
            Action::Show(view, m) => {
                next.mission = Some(m);
                view
            }
            Action::MechanismsMission(m) => {
                next.mission = m;
                View::Mechanisms
            }
            Action::Closed(c) => {
                next.closed = c;
                View::Map
            }
            Action::Funnel(f) => {
                next.funnel = f;
                View::Funnels
            }
            Action::Topic(t) => {
                next.topic = t;
                View::Figures
            }
            Action::Query(q) => {
                next.query = q;
                View::Figures
            }
            Action::Sort { view, table, sort } => {
                next = next.with_sort(&table, Some(sort));
                view
            }
        };
        next.view = Some(view);
        next
    }

    /// The sorts of `view`'s tables only.
    pub fn sorts_of(&self, view: View) -> Vec<(String, Sort)> {
        self.sorts
            .iter()
            .filter(|(t, _)| view.tables().contains(&t.as_str()))
            .cloned()
            .collect()
    }

    /// What this route says of `view` alone (its choices, its tables' sorts, the language): what
    /// an embedded copy of the view and its "open the full view" link keep.
    pub fn options_of(&self, view: View) -> Route {
        let mission = matches!(view, View::Map | View::Sofa | View::Mechanisms);
        Route {
            mission: self.mission.clone().filter(|_| mission),
            closed: self.closed && view == View::Map,
            funnel: self.funnel.clone().filter(|_| view == View::Funnels),
            topic: self.topic.clone().filter(|_| view == View::Figures),
            query: self.query.clone().filter(|_| view == View::Figures),
            sorts: self.sorts_of(view),
            lang: self.lang,
            ..Route::default()
        }
    }
}

/// The route with what the data file does not have dropped (a mission, funnel or topic it does
/// not know), and each dropped part as `key=value` for the page to say it was ignored. A part
/// whose section of the file is bad is kept: the view shows the section's problems instead.
pub fn reconcile(route: &Route, data: &Dataset) -> (Route, Vec<String>) {
    /// Drops `part` (named `key`) when its section is valid and has no item it names.
    fn check<T>(
        key: &str,
        part: &mut Option<String>,
        section: &Section<Vec<T>>,
        names: impl Fn(&T, &str) -> bool,
        dropped: &mut Vec<String>,
    ) {
        let Some(value) = part.as_deref() else {
            return;
        };
        if let Ok(items) = section {
            if !items.iter().any(|x| names(x, value)) {
                dropped.push(format!("{key}={value}"));
                *part = None;
            }
        }
    }
    let mut next = route.clone();
    let mut dropped = Vec::new();
    check(
        "mission",
        &mut next.mission,
        &data.missions,
        |m, v| m.code == v,
        &mut dropped,
    );
    check(
        "funnel",
        &mut next.funnel,
        &data.funnels,
        |f, v| f.id == v,
        &mut dropped,
    );
    check(
        "topic",
        &mut next.topic,
        &data.figures,
        |f, v| f.topic == v,
        &mut dropped,
    );
    (next, dropped)
}

/// The fragment (with its `#`) that shows `view`, filtered to `mission` if given.
pub fn link(view: View, mission: Option<&str>) -> String {
    let route = Route {
        view: Some(view),
        mission: mission.map(str::to_string),
        ..Route::default()
    };
    format!("#{}", fragment(&route))
}

/// Everything the address can say about the page.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Route {
    pub view: Option<View>,
    /// The mission whose profile is open; the views filter to it.
    pub mission: Option<String>,
    /// Closed missions shown on the map.
    pub closed: bool,
    pub funnel: Option<String>,
    pub topic: Option<String>,
    /// The figures' search words, as typed.
    pub query: Option<String>,
    /// Sort per table, by the table's id.
    pub sorts: Vec<(String, Sort)>,
    pub lang: Lang,
    /// Embed mode: only this view, sized for an iframe on another site.
    pub embed: Option<View>,
}

impl Route {
    /// The sort of table `id`.
    pub fn sort(&self, id: &str) -> Option<Sort> {
        self.sorts.iter().find(|(t, _)| t == id).map(|(_, s)| *s)
    }

    /// This route with table `id` sorted by `sort` (or unsorted).
    pub fn with_sort(mut self, id: &str, sort: Option<Sort>) -> Route {
        self.sorts.retain(|(t, _)| t != id);
        if let Some(s) = sort {
            self.sorts.push((id.to_string(), s));
        }
        self
    }
}

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

fn sort(s: &str) -> Option<(String, Sort)> {
    let mut parts = s.split('.');
    let (id, column, dir) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || token(id).is_none() {
        return None;
    }
    let column = column.parse::<usize>().ok().filter(|c| *c < 32)?;
    let direction = match dir {
        "asc" => Direction::Ascending,
        "desc" => Direction::Descending,
        _ => return None,
    };
    Some((id.to_string(), Sort { column, direction }))
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
            "sort" => {
                let sorts: Option<Vec<_>> = value.split(',').map(sort).collect();
                sorts.map(|s| route.sorts = s).is_some()
            }
            "lang" => (value == Lang::En.tag())
                .then(|| route.lang = Lang::En)
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
                format!("{id}.{}.{dir}", s.column)
            })
            .collect();
        parts.push(format!("sort={}", sorts.join(",")));
    }
    if route.lang != Lang::default() {
        parts.push(format!("lang={}", route.lang.tag()));
    }
    parts.join("&")
}

/// The snippet for embedding `view` of the page at `base` (the page's address without fragment).
pub fn embed_snippet(base: &str, route: &Route, view: View, title: &str) -> String {
    let dir = base.rsplit_once('/').map_or(base, |(d, _)| d);
    let title = title.replace(['"', '<', '>', '&'], "");
    let embed = Route {
        embed: Some(view),
        ..route.options_of(view)
    };
    format!(
        "<iframe data-pkviz src=\"{base}#{}\" title=\"{title}\" style=\"width:100%;border:0;height:480px\" loading=\"lazy\"></iframe>\n<script src=\"{dir}/embed.js\" async></script>",
        fragment(&embed).replace('&', "&amp;")
    )
}
