//! The permalink: which view, mission and options the page shows, kept in the address fragment
//! (`#view=sofa&sort=sofa.1.desc`) so it also works from `file://`. Parsing never fails: what it
//! does not understand is listed so the page can say it was ignored.

mod address;
mod table;
pub use address::{fragment, parse};
pub use table::TableId;

use crate::i18n::Lang;
use crate::model::{Dataset, Section};
use crate::view::table::Sort;

/// The views, in page order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Map,
    Sofa,
    Parity,
    Funnels,
    Mechanisms,
    Figures,
    Recommendations,
}

impl View {
    pub const ALL: [View; 7] = [
        View::Map,
        View::Sofa,
        View::Parity,
        View::Funnels,
        View::Mechanisms,
        View::Figures,
        View::Recommendations,
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
            View::Recommendations => "recommendations",
        }
    }

    /// The view with this id.
    pub fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id() == s)
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
    /// Filter or search the recommendations matrix.
    Rec(RecRoute),
    /// Filter the recommendations matrix to the paragraphs that name a mission.
    RecommendationsMission(Option<String>),
    /// Light or dark colours (`None`: as the system is set).
    Theme(Option<Theme>),
    /// The page's language (`None`: the page's own).
    Lang(Option<Lang>),
    /// Arabic-Indic digits in Arabic, or 0–9.
    ArabicDigits(bool),
    /// Sort table `table` (of its view) by `sort`.
    Sort { table: TableId, sort: Sort },
}

impl Route {
    /// The route after `action`; the view acted on becomes the route's view.
    pub fn apply(&self, action: Action) -> Route {
        let mut next = self.clone();
        let view = match action {
            Action::Replace(route) => return route,
            // The page's colours, not a view: the view stays as it is.
            Action::Theme(theme) => {
                next.theme = theme;
                return next;
            }
            Action::Lang(lang) => {
                next.lang = lang;
                return next;
            }
            Action::ArabicDigits(on) => {
                next.arabic_digits = on;
                return next;
            }
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
            Action::Rec(rec) => {
                next.rec = rec;
                View::Recommendations
            }
            Action::RecommendationsMission(m) => {
                next.mission = m;
                View::Recommendations
            }
            Action::Sort { table, sort } => {
                next = next.with_sort(table, Some(sort));
                table.view()
            }
        };
        next.view = Some(view);
        next
    }

    /// The sorts of `view`'s tables only.
    pub fn sorts_of(&self, view: View) -> Vec<(TableId, Sort)> {
        self.sorts
            .iter()
            .filter(|(t, _)| t.view() == view)
            .cloned()
            .collect()
    }

    /// What this route says of `view` alone (its choices, its tables' sorts, the language): what
    /// an embedded copy of the view and its "open the full view" link keep.
    pub fn options_of(&self, view: View) -> Route {
        let mission = matches!(
            view,
            View::Map | View::Sofa | View::Mechanisms | View::Recommendations
        );
        Route {
            mission: self.mission.clone().filter(|_| mission),
            closed: self.closed && view == View::Map,
            funnel: self.funnel.clone().filter(|_| view == View::Funnels),
            topic: self.topic.clone().filter(|_| view == View::Figures),
            query: self.query.clone().filter(|_| view == View::Figures),
            rec: if view == View::Recommendations {
                self.rec.clone()
            } else {
                RecRoute::default()
            },
            para: self.para.filter(|_| view == View::Recommendations),
            sorts: self.sorts_of(view),
            lang: self.lang,
            theme: self.theme,
            arabic_digits: self.arabic_digits,
            ..Route::default()
        }
    }
}

impl Route {
    /// The parts of the route `view` reads, as its props: [`Route::options_of`] without what
    /// applies to the whole page (the language and digits, which the view's locale carries, and
    /// the theme), so that nothing else in the route renders the view again.
    pub fn read_by(&self, view: View) -> Route {
        Route {
            lang: None,
            theme: Default::default(),
            arabic_digits: false,
            ..self.options_of(view)
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
    // A series is a funnel or a snapshot series (their ids never clash).
    let snapshot = |v: &str| {
        data.snapshots
            .as_ref()
            .is_ok_and(|s| s.iter().any(|s| s.id == v))
    };
    if !next.funnel.as_deref().is_some_and(snapshot) {
        check(
            "funnel",
            &mut next.funnel,
            &data.funnels,
            |f, v| f.id == v,
            &mut dropped,
        );
    }
    check(
        "topic",
        &mut next.topic,
        &data.figures,
        |f, v| f.topic == v,
        &mut dropped,
    );
    (next, dropped)
}

/// The address that `action` leads to from the page's first state (the default route): what
/// the prerendered page writes when it answers a first touch itself (see `www/boot.js`).
pub fn first_answer(action: Action) -> String {
    format!("#{}", fragment(&Route::default().apply(action)))
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

/// The page's colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    /// As the address (and the page's `data-theme`) writes it.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        match s {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// The recommendations tracker's filters in the address: `section=II`, `state=not-addressed`
/// (or `addressed`), `cites=S/2020/1179`, `rq=words`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RecRoute {
    pub section: Option<String>,
    pub addressed: Option<crate::model::Addressed>,
    pub cites: Option<String>,
    pub query: Option<String>,
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
    /// The page's colours, when chosen on the page (else the system's).
    pub theme: Option<Theme>,
    /// Arabic-Indic digits (٠١٢…) in Arabic, as chosen on the page (`digits=arab`).
    pub arabic_digits: bool,
    /// The recommendations tracker's filters (its mission filter is `mission`).
    pub rec: RecRoute,
    /// The matrix paragraph shown (`para=103`).
    pub para: Option<u32>,
    /// Sort per table, by the table's id.
    pub sorts: Vec<(TableId, Sort)>,
    /// The language the link asks for (`None`: the page's own, e.g. Arabic on `ar.html`).
    pub lang: Option<Lang>,
    /// Embed mode: only this view, sized for an iframe on another site.
    pub embed: Option<View>,
}

impl Route {
    /// The sort of table `id`.
    pub fn sort(&self, table: TableId) -> Option<Sort> {
        self.sorts
            .iter()
            .find(|(t, _)| *t == table)
            .map(|(_, s)| *s)
    }

    /// This route with table `id` sorted by `sort` (or unsorted).
    pub fn with_sort(mut self, table: TableId, sort: Option<Sort>) -> Route {
        self.sorts.retain(|(t, _)| *t != table);
        if let Some(s) = sort {
            self.sorts.push((table, s));
        }
        self
    }
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
