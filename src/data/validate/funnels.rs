//! The `funnels` section: stages that can only narrow, with counts stated or derived from the
//! next stage.

use super::{source_ref, translations, Checks, Refs};
use crate::data::raw;
use crate::model::{self, Section};
use std::collections::HashSet;

pub(super) fn funnels(raw: Vec<raw::Funnel>, refs: &Refs) -> Section<Vec<model::Funnel>> {
    let mut c = Checks::default();
    let mut ids = HashSet::new();
    let mut out = Vec::with_capacity(raw.len());
    for (i, mut f) in raw.into_iter().enumerate() {
        let at = format!("funnels[{i}]");
        c.check(
            ids.insert(f.id.clone()),
            || format!("{at}.id"),
            format!("duplicate funnel id \"{}\"", f.id),
        );
        c.check(
            f.stages.len() >= 2,
            || format!("{at}.stages"),
            "a funnel needs at least two stages",
        );
        for (j, s) in f.stages.iter().enumerate() {
            let p = format!("{at}.stages[{j}]");
            if let Some(n) = s.count {
                c.count(n, || format!("{p}.count"));
            }
            if let Some(v) = s.share_of_previous {
                c.percent(v, || format!("{p}.share_of_previous"));
                c.check(
                    j > 0,
                    || format!("{p}.share_of_previous"),
                    "the first stage has no previous stage",
                );
            }
            c.source_ref(&s.reference, &refs.sources, || format!("{p}.ref"));
        }
        // Derived counts: this stage's count is the next stage's count ÷ its share of this one.
        let mut counts: Vec<model::StageCount> = Vec::with_capacity(f.stages.len());
        for (j, s) in f.stages.iter().enumerate() {
            let p = format!("{at}.stages[{j}]");
            counts.push(match (s.count, &s.derived) {
                (Some(n), None) => model::StageCount::Stated(n),
                (None, None) => model::StageCount::NotReported,
                (Some(_), Some(_)) => {
                    c.check(false, || format!("{p}.derived"), "a stage with a stated count is not derived");
                    model::StageCount::NotReported
                }
                (None, Some(how)) => match f.stages.get(j + 1) {
                    Some(next) => match (next.count, next.share_of_previous) {
                        (Some(n), Some(share)) if share > 0.0 => {
                            let value = n / (share / 100.0);
                            // A tiny share would make it huge: a derived count is a count too.
                            if value.is_finite() && value <= super::MAX_COUNT {
                                model::StageCount::Derived { value, how: how.clone().into() }
                            } else {
                                let shown = format!("{value:e}");
                                c.check(false, || format!("{p}.derived"), format!("the derived count, {shown}, is larger than any count (2^53 − 1)"));
                                model::StageCount::NotReported
                            }
                        }
                        _ => {
                            c.check(false, || format!("{p}.derived"), "the next stage needs a count and a share of this one to derive from");
                            model::StageCount::NotReported
                        }
                    },
                    None => {
                        c.check(false, || format!("{p}.derived"), "the last stage has no next stage to derive from");
                        model::StageCount::NotReported
                    }
                },
            });
        }
        let value = |k: &model::StageCount| match k {
            model::StageCount::Stated(v) | model::StageCount::Derived { value: v, .. } => Some(*v),
            model::StageCount::NotReported => None,
        };
        for j in 1..counts.len() {
            if let (Some(a), Some(b)) = (value(&counts[j - 1]), value(&counts[j])) {
                c.check(
                    b <= a + 1e-9,
                    || format!("{at}.stages[{j}].count"),
                    format!("a funnel cannot widen: {b} after {a}"),
                );
            }
        }
        let title_translations = translations(
            &mut c,
            std::mem::take(&mut f.translations),
            &refs.sources,
            || format!("{at}.translations"),
        );
        out.push(model::Funnel {
            id: f.id.into(),
            title: f.title.into(),
            title_translations,
            unit: f.unit.into(),
            period: f.period.into(),
            note: f.note.map(Into::into),
            stages: f
                .stages
                .into_iter()
                .zip(counts)
                .enumerate()
                .map(|(j, (s, count))| model::Stage {
                    label_translations: translations(&mut c, s.translations, &refs.sources, || {
                        format!("{at}.stages[{j}].translations")
                    }),
                    label: s.label.into(),
                    count,
                    share_of_previous: s.share_of_previous,
                    note: s.note.map(Into::into),
                    source: source_ref(s.reference),
                })
                .collect(),
        });
    }
    c.finish(out)
}
