//! The optional `snapshots` section: the same counts reported at several dates, in time order,
//! one count (or `null`, not reported) per measure at each date.

use super::parity::year_month;
use super::{source_ref, Checks, Refs};
use crate::data::raw;
use crate::model::{self, Section};
use std::collections::HashSet;

/// `taken`: the funnels' ids, when that section is valid (a permalink names either kind by id).
pub(super) fn snapshots(
    raw: Vec<raw::Snapshots>,
    refs: &Refs,
    taken: Option<HashSet<&str>>,
) -> Section<Vec<model::Snapshots>> {
    let mut c = Checks::default();
    let mut ids = HashSet::new();
    let mut out = Vec::with_capacity(raw.len());
    for (i, s) in raw.into_iter().enumerate() {
        let at = format!("snapshots[{i}]");
        c.check(
            ids.insert(s.id.clone()),
            || format!("{at}.id"),
            format!("duplicate id \"{}\"", s.id),
        );
        c.check(
            !taken.as_ref().is_some_and(|t| t.contains(s.id.as_str())),
            || format!("{at}.id"),
            format!("\"{}\" is already a funnel's id", s.id),
        );
        c.check(
            !s.measures.is_empty(),
            || format!("{at}.measures"),
            "no measures",
        );
        c.check(
            s.dates.len() >= 2,
            || format!("{at}.dates"),
            "a change needs at least two dates",
        );
        let mut dates = Vec::with_capacity(s.dates.len());
        let mut last: Option<(u16, u8)> = None;
        for (j, d) in s.dates.into_iter().enumerate() {
            let p = format!("{at}.dates[{j}]");
            let as_of = year_month(&d.as_of);
            c.check(
                as_of.is_some(),
                || format!("{p}.as_of"),
                format!("expected YYYY-MM or YYYY, got \"{}\"", d.as_of),
            );
            if let Some(t) = as_of.map(|d| (d.year, d.month.unwrap_or(0))) {
                c.check(
                    last.is_none_or(|l| t > l),
                    || format!("{p}.as_of"),
                    "dates must be in time order, each once",
                );
                last = Some(t);
            }
            c.check(
                d.counts.len() == s.measures.len(),
                || format!("{p}.counts"),
                format!(
                    "expected {} counts (one per measure), got {}",
                    s.measures.len(),
                    d.counts.len()
                ),
            );
            for (k, n) in d.counts.iter().enumerate() {
                if let Some(n) = n {
                    c.count(*n, || format!("{p}.counts[{k}]"));
                }
            }
            c.source_ref(&d.reference, &refs.sources, || format!("{p}.ref"));
            if let Some(as_of) = as_of {
                dates.push(model::Snapshot {
                    as_of,
                    counts: d.counts,
                    source: source_ref(d.reference),
                });
            }
        }
        out.push(model::Snapshots {
            id: s.id.into(),
            title: s.title.into(),
            unit: s.unit.into(),
            measures: s.measures.into_iter().map(Into::into).collect(),
            dates,
            note: s.note.map(Into::into),
        });
    }
    c.finish(out)
}
