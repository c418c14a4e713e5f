//! The `sofa_impact` section: the SOFA/SOMA table, its footnotes, counts and impacts.

use super::{source_ref, Checks, Refs};
use crate::data::raw;
use crate::model::{self, Section};
use std::collections::HashSet;

fn count(c: &mut Checks, value: Option<raw::Count>, at: &str) -> model::Count {
    match value {
        None => {
            c.check(
                false,
                || at.to_string(),
                "missing: a count, \"none\" or \"under_validation\"",
            );
            model::Count::None
        }
        Some(raw::Count::Number(n)) => {
            if !super::is_count(n) {
                c.check(false, || at.to_string(), super::not_a_count(n));
            }
            model::Count::Number(n.max(0.0) as u64)
        }
        Some(raw::Count::None) => model::Count::None,
        Some(raw::Count::UnderValidation) => model::Count::UnderValidation,
    }
}

fn impact(i: raw::Impact) -> model::Impact {
    match i {
        raw::Impact::LevelNotReported => model::Impact::LevelNotReported,
        raw::Impact::Dash => model::Impact::Dash,
    }
}

fn notes(raw: Vec<raw::Note>) -> Vec<model::Note> {
    raw.into_iter()
        .map(|n| model::Note {
            mark: n.mark.into(),
            text: n.text.into(),
        })
        .collect()
}

pub(super) fn sofa(raw: raw::SofaTable, refs: &Refs) -> Section<model::SofaTable> {
    let mut c = Checks::default();
    c.source_ref(&raw.reference, &refs.sources, || "sofa_impact.ref".into());
    c.check(
        !raw.rows.is_empty(),
        || "sofa_impact.rows".into(),
        "no rows",
    );
    let marks: HashSet<&str> = raw.notes.iter().map(|n| n.mark.as_str()).collect();
    for (i, mark) in raw.title_notes.iter().enumerate() {
        c.check(
            marks.contains(mark.as_str()),
            || format!("sofa_impact.title_notes[{i}]"),
            format!("footnote \"{mark}\" is not in `notes`"),
        );
    }
    let mut seen = HashSet::new();
    let mut rows = Vec::with_capacity(raw.rows.len());
    for (i, r) in raw.rows.iter().enumerate() {
        let at = format!("sofa_impact.rows[{i}]");
        c.unique(&mut seen, &r.mission, || format!("{at}.mission"), "mission");
        c.mission(&r.mission, refs, || format!("{at}.mission"));
        for (j, mark) in r.notes.iter().enumerate() {
            c.check(
                marks.contains(mark.as_str()),
                || format!("{at}.notes[{j}]"),
                format!("footnote \"{mark}\" is not in `notes`"),
            );
        }
        let incidents = if r.agreement == raw::Agreement::Neither {
            c.check(
                r.new_incidents.is_none() && r.total_incidents.is_none() && r.impact.is_none(),
                || at.clone(),
                "a mission with neither a SOFA nor a SOMA has no incident counts or impacts",
            );
            None
        } else {
            let new = count(&mut c, r.new_incidents, &format!("{at}.new_incidents"));
            let total = count(&mut c, r.total_incidents, &format!("{at}.total_incidents"));
            if let (model::Count::Number(n), model::Count::Number(t)) = (new, total) {
                c.check(
                    n <= t,
                    || format!("{at}.new_incidents"),
                    format!("{n} new incidents exceed the total of {t}"),
                );
            }
            c.check(r.impact.is_some(), || format!("{at}.impact"), "missing");
            r.impact.as_ref().map(|imp| model::Incidents {
                new_last_6_months: new,
                total,
                impacts: model::Impacts {
                    civilian_movement: impact(imp.civilian_movement),
                    uniformed_movement: impact(imp.uniformed_movement),
                    mandated_tasks: impact(imp.mandated_tasks),
                },
            })
        };
        rows.push(model::SofaRow {
            mission: r.mission.clone().into(),
            agreement: match r.agreement {
                raw::Agreement::Sofa => model::Agreement::Sofa,
                raw::Agreement::Soma => model::Agreement::Soma,
                raw::Agreement::Neither => model::Agreement::Neither,
            },
            incidents,
            notes: r.notes.clone().into_iter().map(Into::into).collect(),
        });
    }
    let title_translations = super::translations(&mut c, raw.translations, &refs.sources, || {
        "sofa_impact.translations".into()
    });
    c.finish(model::SofaTable {
        title: raw.title.into(),
        title_translations,
        source: source_ref(raw.reference),
        source_line: raw.source_line.into(),
        title_notes: raw.title_notes.into_iter().map(Into::into).collect(),
        notes: notes(raw.notes),
        rows,
    })
}
