//! The `gender_parity` section: categories, targets and reported shares (dates as precise as
//! their source), and the statements that go with them.

use super::{source_ref, statement, translations, Checks, Refs};
use crate::data::raw;
use crate::model::{self, Section};
use std::collections::HashSet;

/// `YYYY` or `YYYY-MM`.
pub(super) fn year_month(s: &str) -> Option<model::YearMonth> {
    let (y, m) = match s.split_once('-') {
        Some((y, m)) => (y, Some(m)),
        None => (s, None),
    };
    let year = (y.len() == 4).then(|| y.parse::<u16>().ok()).flatten()?;
    let month = match m {
        None => None,
        Some(m) => Some(
            (m.len() == 2)
                .then(|| m.parse::<u8>().ok())
                .flatten()
                .filter(|m| (1..=12).contains(m))?,
        ),
    };
    Some(model::YearMonth { year, month })
}

pub(super) fn parity(raw: raw::GenderParity, refs: &Refs) -> Section<model::GenderParity> {
    let at = "gender_parity";
    let mut c = Checks::default();
    let mut ids = HashSet::new();
    for (i, k) in raw.categories.iter().enumerate() {
        c.unique(
            &mut ids,
            &k.id,
            || format!("{at}.categories[{i}].id"),
            "category",
        );
    }
    let category = |c: &mut Checks, id: &str, path: String| {
        c.check(
            ids.contains(id),
            || path,
            format!("unknown category \"{id}\": it is not in `gender_parity.categories`"),
        );
    };
    let mut targets = Vec::with_capacity(raw.targets.len());
    let mut seen = HashSet::new();
    for (i, t) in raw.targets.into_iter().enumerate() {
        let p = format!("{at}.targets[{i}]");
        category(&mut c, &t.category, format!("{p}.category"));
        let y = c.year(t.year, || format!("{p}.year")).unwrap_or(0);
        c.check(
            seen.insert((t.category.clone(), y)),
            || p.clone(),
            format!("a second target for \"{}\" in {y}", t.category),
        );
        if let Some(v) = t.value {
            c.percent(v, || format!("{p}.value"));
        }
        c.source_ref(&t.reference, &refs.sources, || format!("{p}.ref"));
        targets.push(model::ParityTarget {
            category: t.category.into(),
            year: y,
            value: t.value,
            uncertain: t.uncertain,
            note: t.note.map(Into::into),
            source: source_ref(t.reference),
        });
    }
    let mut actuals = Vec::with_capacity(raw.actuals.len());
    let mut seen = HashSet::new();
    for (i, a) in raw.actuals.into_iter().enumerate() {
        let p = format!("{at}.actuals[{i}]");
        category(&mut c, &a.category, format!("{p}.category"));
        let date = year_month(&a.date);
        c.check(
            date.is_some(),
            || format!("{p}.date"),
            format!("expected a date as YYYY or YYYY-MM, got \"{}\"", a.date),
        );
        c.check(
            seen.insert((a.category.clone(), a.date.clone())),
            || p.clone(),
            format!("a second value for \"{}\" at {}", a.category, a.date),
        );
        c.percent(a.value, || format!("{p}.value"));
        c.source_ref(&a.reference, &refs.sources, || format!("{p}.ref"));
        actuals.push(model::ParityActual {
            category: a.category.into(),
            date: date.unwrap_or(model::YearMonth {
                year: 0,
                month: None,
            }),
            date_approximate: a.date_approximate,
            value: a.value,
            uncertain: a.uncertain,
            note: a.note.map(Into::into),
            source: source_ref(a.reference),
        });
    }
    for (i, s) in raw.statements.iter().enumerate() {
        c.source_ref(&s.reference, &refs.sources, || {
            format!("{at}.statements[{i}].ref")
        });
    }
    let categories: Vec<model::ParityCategory> = raw
        .categories
        .into_iter()
        .enumerate()
        .map(|(i, k)| model::ParityCategory {
            label_translations: translations(&mut c, k.translations, &refs.sources, || {
                format!("{at}.categories[{i}].translations")
            }),
            id: k.id.into(),
            label: k.label.into(),
            ugps: k.ugps,
        })
        .collect();
    c.finish(model::GenderParity {
        categories,
        targets,
        actuals,
        statements: raw.statements.into_iter().map(statement).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::year_month;
    use crate::model::YearMonth;

    #[test]
    fn dates_are_a_year_or_a_year_and_month() {
        assert_eq!(
            year_month("2019"),
            Some(YearMonth {
                year: 2019,
                month: None
            })
        );
        assert_eq!(
            year_month("2021-04"),
            Some(YearMonth {
                year: 2021,
                month: Some(4)
            })
        );
        for bad in ["", "19", "2019-13", "2019-4", "2019-04-01", "abcd", "2019-"] {
            assert_eq!(year_month(bad), None, "{bad}");
        }
    }
}
