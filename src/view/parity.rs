//! Uniformed gender parity against the strategy's targets: one panel per category on a shared
//! scale, reported shares as points, each sourced target as its own mark (never joined), and a
//! panel of its own for each differently defined group.
//!
//! The rule of every verdict: a share is compared with a target only when it is reported for the
//! target's year as a whole (a yearly figure, or December, with a date that is not approximate);
//! a figure from part of a year, or from another year, is shown but not judged.

pub use super::parity_layout::{
    layout, shown_panels, Label, PanelBox, ParityLayout, KEY_SIZE, KEY_SYMBOL, LABEL_SIZE,
    PANEL_HEIGHT, TITLE_SIZE,
};
use super::table::{CellKind, CellVm, ColumnVm, RowVm, SortKey, TableVm};
use super::{short_citation, short_name, sources_line};
use crate::i18n::{format_count, format_percent, format_year_month, t, tf, tf_count, Lang, Msg};
use crate::model::{Dataset, GenderParity, ParityActual, YearMonth};

/// A reported share of women.
#[derive(Clone, Debug, PartialEq)]
pub struct PointVm {
    /// Position on the time axis, in years (a year alone sits mid-year).
    pub x: f64,
    pub value: f64,
    /// Drawn hollow: an uncertain value or an approximate date.
    pub uncertain: bool,
    /// The date as the source gives it, "≈" before an approximate one.
    pub date: String,
    /// The year and month, to match a target's year (`None` when approximate).
    pub when: Option<YearMonth>,
    pub value_text: String,
    /// "Military contingents, 2021-04: 5.3% (uncertain). DPO …, para …": what focus shows.
    pub details: String,
}

/// A sourced target for one year.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetVm {
    pub x: f64,
    pub year: u16,
    pub value: f64,
    pub value_text: String,
    pub details: String,
}

/// One category's panel.
#[derive(Clone, Debug, PartialEq)]
pub struct PanelVm {
    pub label: String,
    /// One of the strategy's five categories (else a differently defined group: no target).
    pub ugps: bool,
    /// In time order.
    pub points: Vec<PointVm>,
    /// Index pairs of points joined by a line: only reports in consecutive years.
    pub joins: Vec<(usize, usize)>,
    pub targets: Vec<TargetVm>,
    /// What the panel's latest comparable share says against its target (see the module's rule),
    /// or why there is none.
    pub gap: Option<String>,
    /// `None` when no share is comparable with a target.
    pub met: Option<bool>,
}

/// The whole parity chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ParityVm {
    /// The language it is written in (axis labels, direction).
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    /// Shared by every panel, so panels compare: `0..y_max` percent.
    pub y_max: f64,
    /// The time axis, whole years: `x_min..x_max`.
    pub x_min: f64,
    pub x_max: f64,
    /// The strategy's categories, then each differently defined group on its own.
    pub panels: Vec<PanelVm>,
    /// The key: a reported share, an uncertain one, a target.
    pub key: [String; 3],
    /// Statements without a number, with their sources.
    pub statements: Vec<String>,
    pub notes: Vec<String>,
    pub sources: String,
}

fn x_of(d: YearMonth) -> f64 {
    f64::from(d.year) + d.month.map_or(0.5, |m| (f64::from(m) - 0.5) / 12.0)
}

fn percent(v: f64, lang: Lang) -> String {
    format_percent(v, lang)
}

fn point(data: &Dataset, label: &str, a: &ParityActual, lang: Lang) -> PointVm {
    let value_text = percent(a.value, lang);
    let shown = format_year_month(a.date.year, a.date.month, lang);
    let date = if a.date_approximate {
        format!("≈{shown}")
    } else {
        shown
    };
    let uncertain = if a.uncertain {
        format!(" ({})", t(lang, Msg::Uncertain))
    } else {
        String::new()
    };
    PointVm {
        x: x_of(a.date),
        value: a.value,
        uncertain: a.uncertain || a.date_approximate,
        when: (!a.date_approximate).then_some(a.date),
        details: format!(
            "{label}, {date}: {value_text}{uncertain}. {}",
            short_citation(data, &a.source, lang)
        ),
        date,
        value_text,
    }
}

/// The panel's line under its plot, by the module's rule: the latest share reported for a whole
/// year that has a target, against that target; else the latest share and that none compares.
fn verdict(points: &[PointVm], targets: &[TargetVm], lang: Lang) -> (Option<String>, Option<bool>) {
    let whole_year = |pt: &PointVm, year: u16| {
        pt.when
            .is_some_and(|d| d.year == year && d.month.is_none_or(|m| m == 12))
    };
    let pair = targets.iter().rev().find_map(|tg| {
        let pt = points.iter().rev().find(|pt| whole_year(pt, tg.year))?;
        Some((pt, tg))
    });
    match (pair, points.last()) {
        (Some((pt, tg)), _) => {
            let met = pt.value >= tg.value;
            let word = t(
                lang,
                if met {
                    Msg::ParityMet
                } else {
                    Msg::ParityNotMet
                },
            );
            let year = tg.year.to_string();
            let text = tf(
                lang,
                Msg::ParityGap,
                &[
                    ("share", &pt.value_text),
                    ("date", &pt.date),
                    ("target", &tg.value_text),
                    ("year", &year),
                    ("verdict", word),
                ],
            );
            (Some(text), Some(met))
        }
        (None, Some(pt)) if !targets.is_empty() => {
            let text = tf(
                lang,
                Msg::ParityNoCompare,
                &[("share", &pt.value_text), ("date", &pt.date)],
            );
            (Some(text), None)
        }
        _ => (None, None),
    }
}

/// Builds the chart's view model.
pub fn parity(data: &Dataset, p: &GenderParity, lang: Lang) -> ParityVm {
    let category = |id: &str| -> String {
        p.categories
            .iter()
            .find(|k| k.id == id)
            .map_or_else(|| id.to_string(), |k| k.label.clone())
    };
    let panel = |label: &str, ids: &[&str]| -> PanelVm {
        let mut actuals: Vec<&ParityActual> = p
            .actuals
            .iter()
            .filter(|a| ids.contains(&a.category.as_str()))
            .collect();
        actuals.sort_by_key(|a| a.date);
        let points: Vec<PointVm> = actuals
            .iter()
            .map(|a| point(data, &category(&a.category), a, lang))
            .collect();
        let joins = (1..actuals.len())
            .filter(|&i| actuals[i].date.year - actuals[i - 1].date.year <= 1)
            .map(|i| (i - 1, i))
            .collect();
        let mut targets: Vec<TargetVm> = p
            .targets
            .iter()
            .filter(|tg| ids.contains(&tg.category.as_str()))
            .filter_map(|tg| {
                let value = tg.value?;
                let value_text = percent(value, lang);
                Some(TargetVm {
                    x: f64::from(tg.year) + 0.5,
                    year: tg.year,
                    value,
                    details: format!(
                        "{label}, {} {}: {value_text}. {}",
                        t(lang, Msg::Target),
                        tg.year,
                        short_citation(data, &tg.source, lang)
                    ),
                    value_text,
                })
            })
            .collect();
        targets.sort_by_key(|tg| tg.year);
        let (gap, met) = verdict(&points, &targets, lang);
        PanelVm {
            label: label.to_string(),
            ugps: true,
            points,
            joins,
            targets,
            gap,
            met,
        }
    };
    let mut panels: Vec<PanelVm> = p
        .categories
        .iter()
        .filter(|k| k.ugps)
        .map(|k| panel(&k.label, &[k.id.as_str()]))
        .collect();
    // Each differently defined group on its own: never joined with another, never judged.
    panels.extend(p.categories.iter().filter(|k| !k.ugps).map(|k| {
        let mut other = panel(&k.label, &[k.id.as_str()]);
        other.ugps = false;
        other.gap = Some(t(lang, Msg::ParityNotUgps).to_string());
        other.met = None;
        other
    }));
    let all_x = p.actuals.iter().map(|a| x_of(a.date)).chain(
        p.targets
            .iter()
            .filter(|tg| tg.value.is_some())
            .map(|tg| f64::from(tg.year) + 0.5),
    );
    let (lo, hi) = all_x.fold((f64::MAX, f64::MIN), |(lo, hi), x| (lo.min(x), hi.max(x)));
    let (x_min, x_max) = if lo <= hi {
        (lo.floor(), hi.ceil())
    } else {
        (2017.0, 2029.0)
    };
    let top = p
        .actuals
        .iter()
        .map(|a| a.value)
        .chain(p.targets.iter().filter_map(|tg| tg.value))
        .fold(0.0, f64::max);
    let y_max = ((top / 10.0).floor() + 1.0) * 10.0;
    let compared: Vec<bool> = panels.iter().filter_map(|p| p.met).collect();
    let judged = panels.iter().filter(|p| p.ugps && !p.targets.is_empty());
    let unjudged = judged.filter(|p| p.met.is_none()).count();
    let summary = if compared.is_empty() {
        t(lang, Msg::ParitySummaryNone).to_string()
    } else {
        let met = compared.iter().filter(|m| **m).count() as u64;
        tf_count(
            lang,
            Msg::ParitySummary,
            compared.len() as f64,
            &[
                ("met", &format_count(met, lang)),
                ("judged", &format_count(compared.len() as u64, lang)),
                ("unjudged", &format_count(unjudged as u64, lang)),
            ],
        )
    };
    let mut notes = vec![
        t(lang, Msg::ParityCompareNote).to_string(),
        t(lang, Msg::ParityNoTargetNote).to_string(),
    ];
    if panels.iter().flat_map(|p| &p.points).any(|pt| pt.uncertain) {
        notes.push(t(lang, Msg::ParityUncertainNote).to_string());
    }
    let sources = sources_line(
        lang,
        p.actuals
            .iter()
            .map(|a| &a.source)
            .chain(p.targets.iter().map(|t| &t.source))
            .map(|r| short_name(data, r)),
    );
    ParityVm {
        lang,
        title: t(lang, Msg::ParityTitle).to_string(),
        summary,
        y_max,
        x_min,
        x_max,
        panels,
        key: [
            t(lang, Msg::Actual).to_string(),
            t(lang, Msg::KeyUncertain).to_string(),
            t(lang, Msg::Target).to_string(),
        ],
        statements: p
            .statements
            .iter()
            .map(|s| format!("“{}” ({})", s.text, short_citation(data, &s.source, lang)))
            .collect(),
        notes,
        sources,
    }
}

/// The same numbers as the chart, as a table: one row per reported share and per target.
pub fn table(vm: &ParityVm, lang: Lang) -> TableVm {
    let column = |label: Msg, numeric: bool| ColumnVm::new(t(lang, label), true, numeric);
    let mut rows = Vec::new();
    for panel in &vm.panels {
        for (i, pt) in panel.points.iter().enumerate() {
            let kind = if pt.uncertain {
                format!("{} ({})", t(lang, Msg::Actual), t(lang, Msg::Uncertain))
            } else {
                t(lang, Msg::Actual).to_string()
            };
            rows.push(row(
                &panel.label,
                &kind,
                &pt.date,
                pt.value,
                &pt.value_text,
                &pt.details,
                i,
            ));
        }
        for (i, tg) in panel.targets.iter().enumerate() {
            let year = tg.year.to_string();
            rows.push(row(
                &panel.label,
                t(lang, Msg::Target),
                &year,
                tg.value,
                &tg.value_text,
                &tg.details,
                1000 + i,
            ));
        }
    }
    TableVm {
        caption: vm.title.clone(),
        hint: t(lang, Msg::SortHint).to_string(),
        caption_notes: Vec::new(),
        columns: vec![
            column(Msg::ColCategory, false),
            column(Msg::ColKind, false),
            column(Msg::ColDate, false),
            column(Msg::ColValue, true),
        ],
        rows,
        notes: Vec::new(),
        legend: vm.notes.clone(),
        source_line: String::new(),
        citation: vm.sources.clone(),
        cells_of: None,
    }
}

fn row(
    label: &str,
    kind: &str,
    date: &str,
    value: f64,
    text: &str,
    details: &str,
    i: usize,
) -> RowVm {
    RowVm {
        key: format!("{label}-{kind}-{date}-{i}"),
        cells: vec![
            CellVm::new(label, CellKind::Text),
            CellVm::new(kind, CellKind::Text),
            CellVm::new(date, CellKind::Text),
            CellVm::new(text, CellKind::Number).titled(details),
        ],
        sort_keys: vec![
            SortKey::Text(label.to_string()),
            SortKey::Text(kind.to_string()),
            SortKey::Text(date.to_string()),
            SortKey::Number(value),
        ],
    }
}
