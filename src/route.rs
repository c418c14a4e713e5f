//! The permalink: which view, mission and options the page shows, kept in the address fragment
//! (`#view=sofa&sort=sofa.1.desc`) so it also works from `file://`. Parsing never fails: what it
//! does not understand is listed so the page can say it was ignored.

use crate::i18n::Lang;
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

    fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id() == s)
    }
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

/// A value in the address: letters, digits, `.`, `_` and `-` only.
fn token(s: &str) -> Option<String> {
    let ok = !s.is_empty()
        && s.len() <= 80
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    ok.then(|| s.to_string())
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
            "sort" => {
                let sorts: Option<Vec<_>> = value.split(',').map(sort).collect();
                sorts.map(|s| route.sorts = s).is_some()
            }
            "lang" => (value == Lang::En.tag())
                .then(|| route.lang = Lang::En)
                .is_some(),
            "embed" => View::parse(value).map(|v| route.embed = Some(v)).is_some(),
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
        parts.push(format!("mission={m}"));
    }
    if route.closed {
        parts.push("closed=1".into());
    }
    if let Some(f) = &route.funnel {
        parts.push(format!("funnel={f}"));
    }
    if let Some(t) = &route.topic {
        parts.push(format!("topic={t}"));
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
pub fn embed_snippet(base: &str, view: View, title: &str) -> String {
    let dir = base.rsplit_once('/').map_or(base, |(d, _)| d);
    let title = title.replace(['"', '<', '>', '&'], "");
    format!(
        "<iframe data-pkviz src=\"{base}#embed={id}\" title=\"{title}\" style=\"width:100%;border:0;height:480px\" loading=\"lazy\"></iframe>\n<script src=\"{dir}/embed.js\" async></script>",
        id = view.id()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let route = Route {
            view: Some(View::Funnels),
            mission: Some("UNMISS".into()),
            closed: true,
            funnel: Some("a4p-plus-5-crimes-cases".into()),
            topic: Some("explosive-ordnance".into()),
            sorts: vec![
                (
                    "sofa".into(),
                    Sort {
                        column: 2,
                        direction: Direction::Descending,
                    },
                ),
                (
                    "figures".into(),
                    Sort {
                        column: 1,
                        direction: Direction::Ascending,
                    },
                ),
            ],
            lang: Lang::En,
            embed: Some(View::Parity),
        };
        let f = fragment(&route);
        assert_eq!(
            f,
            "embed=parity&view=funnels&mission=UNMISS&closed=1&funnel=a4p-plus-5-crimes-cases&topic=explosive-ordnance&sort=sofa.2.desc,figures.1.asc"
        );
        assert_eq!(parse(&format!("#{f}")), (route, vec![]));
        assert_eq!(parse(""), (Route::default(), vec![]));
        assert_eq!(fragment(&Route::default()), "");
    }

    #[test]
    fn ignores_what_it_does_not_understand() {
        let (route, ignored) =
            parse("#view=nowhere&mission=<script>&sort=sofa.x.up&closed=yes&zzz&lang=xx&view=map");
        assert_eq!(route.view, Some(View::Map));
        assert_eq!(route.mission, None);
        assert!(route.sorts.is_empty());
        assert_eq!(
            ignored,
            [
                "view=nowhere",
                "mission=<script>",
                "sort=sofa.x.up",
                "closed=yes",
                "zzz",
                "lang=xx"
            ]
        );
    }

    #[test]
    fn with_sort_replaces_a_table_sort() {
        let s = Sort {
            column: 1,
            direction: Direction::Ascending,
        };
        let r = Route::default()
            .with_sort("sofa", Some(s))
            .with_sort("sofa", None);
        assert!(r.sorts.is_empty());
        assert_eq!(
            Route::default().with_sort("sofa", Some(s)).sort("sofa"),
            Some(s)
        );
    }

    #[test]
    fn snippet_points_at_the_view_and_embed_js() {
        let s = embed_snippet(
            "https://example.org/pk/index.html",
            View::Parity,
            "Women \"in\" uniform",
        );
        assert!(s.contains("src=\"https://example.org/pk/index.html#embed=parity\""));
        assert!(s.contains("<script src=\"https://example.org/pk/embed.js\" async></script>"));
        assert!(s.contains("title=\"Women in uniform\""));
    }
}
