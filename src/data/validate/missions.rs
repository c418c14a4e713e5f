//! The `missions` section: codes, headquarters (coordinates and season), status and references.

use super::{source_ref, Checks};
use crate::data::raw;
use crate::i18n::Lang;
use crate::model::{self, Section};
use std::collections::HashSet;

pub(super) fn missions(
    raw: Vec<raw::Mission>,
    ids: &HashSet<&str>,
) -> Section<Vec<model::Mission>> {
    let mut c = Checks::default();
    let mut seen = HashSet::new();
    for (i, m) in raw.iter().enumerate() {
        let at = format!("missions[{i}]");
        c.unique(&mut seen, &m.code, || format!("{at}.code"), "mission code");
        c.check(
            !m.hq.is_empty(),
            || format!("{at}.hq"),
            "no headquarters given",
        );
        for (j, hq) in m.hq.iter().enumerate() {
            c.check(
                (-90.0..=90.0).contains(&hq.lat),
                || format!("{at}.hq[{j}].lat"),
                format!("expected a number between -90 and 90, got {}", hq.lat),
            );
            c.check(
                (-180.0..=180.0).contains(&hq.lon),
                || format!("{at}.hq[{j}].lon"),
                format!("expected a number between -180 and 180, got {}", hq.lon),
            );
        }
        if let Some(y) = m.closed_year {
            c.check(
                m.status == raw::MissionStatus::Closed,
                || format!("{at}.closed_year"),
                "given for a mission whose status is \"active\"",
            );
            c.year(y, || format!("{at}.closed_year"));
        }
        c.source_ref(&m.reference, ids, || format!("{at}.ref"));
        for (tag, n) in &m.names {
            let path = || format!("{at}.names.{tag}");
            let lang = Lang::from_tag(tag).filter(|l| l.tag() == tag && *l != Lang::En);
            c.check(
                lang.is_some(),
                path,
                format!("unknown language \"{tag}\": use ar, zh, fr, ru or es"),
            );
            c.check(
                n.name.is_some() || n.code.is_some(),
                path,
                "give a name, a code or both",
            );
            c.source_ref(&n.reference, ids, || format!("{at}.names.{tag}.ref"));
        }
        for (key, r) in [
            ("name_ref", &m.name_ref),
            ("host_ref", &m.host_ref),
            ("closed_ref", &m.closed_ref),
        ] {
            if let Some(r) = r {
                c.source_ref(r, ids, || format!("{at}.{key}"));
            }
        }
    }
    c.finish(raw.into_iter().map(mission).collect())
}

/// A checked mission → model.
fn mission(m: raw::Mission) -> model::Mission {
    model::Mission {
        status: match m.status {
            raw::MissionStatus::Active => model::MissionStatus::Active,
            raw::MissionStatus::Closed => model::MissionStatus::Closed {
                year: m.closed_year.map(|y| y as u16),
            },
        },
        code: m.code.into(),
        name: m.name.map(Into::into),
        host: m.host.map(Into::into),
        hq: m
            .hq
            .into_iter()
            .map(|h| model::Headquarters {
                name: h.name.into(),
                lat: h.lat,
                lon: h.lon,
                season: h.season.map(season),
            })
            .collect(),
        source: source_ref(m.reference),
        name_source: m.name_ref.map(source_ref),
        host_source: m.host_ref.map(source_ref),
        closed_source: m.closed_ref.map(source_ref),
        names: m
            .names
            .into_iter()
            .filter_map(|(tag, n)| {
                Some(model::MissionName {
                    lang: Lang::from_tag(&tag)?,
                    name: n.name.map(Into::into),
                    code: n.code.map(Into::into),
                    source: source_ref(n.reference),
                })
            })
            .collect(),
    }
}

fn season(s: raw::Season) -> model::Season {
    match s {
        raw::Season::Summer => model::Season::Summer,
        raw::Season::Winter => model::Season::Winter,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::section;
    use crate::data::raw;
    use crate::data::{JsonTree, RawJson};
    use crate::model::Season;
    use serde_json::json;

    fn doc(season: &str) -> RawJson {
        let doc = json!({"missions": [
            {"code": "A", "status": "active", "ref": {"source": "s", "locator": "p"},
             "hq": [{"name": "Here", "lat": 1, "lon": 2, "season": season}]}
        ]});
        RawJson::from_text(&doc.to_string()).expect("JSON")
    }

    #[test]
    fn a_season_is_summer_or_winter() {
        let ids = ["s"].into_iter().collect();
        let missions = section::<_, Vec<raw::Mission>>(&doc("winter"), "missions")
            .and_then(|m| super::missions(m, &ids))
            .unwrap();
        assert_eq!(missions[0].hq[0].season, Some(Season::Winter));
        assert_eq!(Season::Summer.to_string(), "summer");
    }

    #[test]
    fn an_unknown_season_is_located_by_its_path() {
        let problems = section::<_, Vec<raw::Mission>>(&doc("spring"), "missions").unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "missions[0].hq[0].season");
        assert!(
            problems[0].message.contains("unknown variant `spring`"),
            "{}",
            problems[0].message
        );
    }
}
