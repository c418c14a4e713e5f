//! The `figures` section (every other stated number, with its unit) and `lost_figures` (charts
//! whose numbers did not survive: captions only).

use super::{source_ref, Checks, Refs};
use crate::data::raw;
use crate::model::{self, Section, Unit};
use std::collections::HashSet;

/// The data file's unit word → its meaning: `percent` is a percentage, any other word names
/// what is counted.
fn unit(code: raw::Text) -> Unit {
    if code == "percent" {
        Unit::Percent
    } else {
        Unit::Other(code.into())
    }
}

pub(super) fn figures(raw: Vec<raw::Figure>, refs: &Refs) -> Section<Vec<model::Figure>> {
    let mut c = Checks::default();
    let mut ids = HashSet::new();
    let mut out = Vec::with_capacity(raw.len());
    for (i, f) in raw.into_iter().enumerate() {
        // Paths are made only for a problem: this section may have 100k rows.
        let at = |field: &str| format!("figures[{i}].{field}");
        if !ids.insert(f.id.clone()) {
            c.check(
                false,
                || at("id"),
                format!("duplicate figure id \"{}\"", f.id),
            );
        }
        c.check(f.value.is_finite(), || at("value"), "not a finite number");
        if f.value.is_finite() && f.value.abs() > super::MAX_COUNT {
            let shown = format!("{:e}", f.value);
            c.check(
                false,
                || at("value"),
                format!("{shown} is beyond what a browser holds exactly (2^53 − 1)"),
            );
        }
        let unit = unit(f.unit);
        if unit == Unit::Percent {
            c.percent(f.value, || at("value"));
        }
        if let Some(m) = &f.mission {
            c.mission(m, refs, || at("mission"));
        }
        c.source_ref(&f.reference, &refs.sources, || at("ref"));
        out.push(model::Figure {
            id: f.id.into(),
            topic: f.topic.into(),
            label: f.label.into(),
            value: f.value,
            unit,
            unit_one: f.unit_one.map(Into::into),
            period: f.period.into(),
            mission: f.mission.map(Into::into),
            qualifier: f.qualifier.map(Into::into),
            note: f.note.map(Into::into),
            source: source_ref(f.reference),
        });
    }
    c.finish(out)
}

pub(super) fn lost_figures(
    raw: Vec<raw::LostFigure>,
    refs: &Refs,
) -> Section<Vec<model::LostFigure>> {
    let mut c = Checks::default();
    for (i, f) in raw.iter().enumerate() {
        c.source_ref(&f.reference, &refs.sources, || {
            format!("lost_figures[{i}].ref")
        });
    }
    c.finish(
        raw.into_iter()
            .map(|f| model::LostFigure {
                caption: f.caption.into(),
                source: source_ref(f.reference),
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::super::Refs;
    use super::{figures, unit};
    use crate::data::raw;
    use crate::model::Unit;

    fn figure(value: f64, unit: &str) -> raw::Figure {
        raw::Figure {
            id: "f".into(),
            topic: "t".into(),
            label: "A figure".into(),
            value,
            unit: unit.into(),
            unit_one: None,
            period: "2030".into(),
            mission: None,
            qualifier: None,
            note: None,
            reference: raw::SourceRef {
                source: "doc".into(),
                locator: "para 1".into(),
            },
        }
    }

    #[test]
    fn percent_is_the_one_unit_with_a_meaning() {
        assert_eq!(unit("percent".into()), Unit::Percent);
        assert_eq!(unit("people".into()), Unit::Other("people".into()));
        assert_eq!(unit("people".into()).to_string(), "people");
        assert_eq!(Unit::Percent.code(), "percent");
    }

    #[test]
    fn only_a_percentage_is_held_to_0_100() {
        let refs = Refs {
            sources: ["doc"].into_iter().collect(),
            missions: None,
        };
        let (share, over) = (42.5, 150.0);
        let ok = figures(vec![figure(over, "people")], &refs).unwrap();
        assert_eq!(ok[0].unit, Unit::Other("people".into()));
        let percent = figures(vec![figure(share, "percent")], &refs).unwrap();
        assert_eq!(percent[0].unit, Unit::Percent);
        let problems = figures(vec![figure(over, "percent")], &refs).unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            format!("figures[0].value: expected a percentage between 0 and 100, got {over}")
        );
    }
}
