//! Uniformed gender parity against the strategy's targets: one panel per category on a shared
//! scale, reported shares as points, each sourced target as its own mark (never joined).

pub use super::parity_layout::{
    layout, shown_panels, PanelBox, ParityLayout, PANEL_HEIGHT, TITLE_SIZE,
};
use super::table::{CellKind, CellVm, ColumnVm, RowVm, SortKey, TableVm};
use super::{short_citation, short_name, sources_line};
use crate::i18n::{fill, format_number, t, Lang, Msg};
use crate::model::{Dataset, GenderParity, ParityActual, YearMonth};

/// A reported share of women.
#[derive(Clone, Debug, PartialEq)]
pub struct PointVm {
    /// Position on the time axis, in years (a year alone sits mid-year).
    pub x: f64,
    pub value: f64,
    pub uncertain: bool,
    pub date: String,
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
    /// In time order.
    pub points: Vec<PointVm>,
    /// Index pairs of points joined by a line: only reports in consecutive years.
    pub joins: Vec<(usize, usize)>,
    pub targets: Vec<TargetVm>,
    /// "5.9% in 2022; target 8% for 2021: not met", when there is a target to compare with.
    pub gap: Option<String>,
    pub met: Option<bool>,
}

/// The whole parity chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ParityVm {
    pub title: String,
    pub summary: String,
    /// Shared by every panel, so panels compare: `0..y_max` percent.
    pub y_max: f64,
    /// The time axis, whole years: `x_min..x_max`.
    pub x_min: f64,
    pub x_max: f64,
    /// The strategy's categories.
    pub panels: Vec<PanelVm>,
    /// Differently defined groups, shown on their own.
    pub others: PanelVm,
    /// Statements without a number, with their sources.
    pub statements: Vec<String>,
    pub notes: Vec<String>,
    pub sources: String,
}

fn x_of(d: YearMonth) -> f64 {
    f64::from(d.year) + d.month.map_or(0.5, |m| (f64::from(m) - 0.5) / 12.0)
}

fn percent(v: f64, lang: Lang) -> String {
    format!("{}%", format_number(v, lang))
}

fn point(data: &Dataset, label: &str, a: &ParityActual, lang: Lang) -> PointVm {
    let value_text = percent(a.value, lang);
    let date = a.date.to_string();
    let uncertain = if a.uncertain {
        format!(" ({})", t(lang, Msg::Uncertain))
    } else {
        String::new()
    };
    PointVm {
        x: x_of(a.date),
        value: a.value,
        uncertain: a.uncertain,
        details: format!(
            "{label}, {date}: {value_text}{uncertain}. {}",
            short_citation(data, &a.source, lang)
        ),
        date,
        value_text,
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
        let latest = points.last();
        let nearest = latest.and_then(|pt| {
            targets
                .iter()
                .min_by(|a, b| (a.x - pt.x).abs().total_cmp(&(b.x - pt.x).abs()))
        });
        let (gap, met) = match (latest, nearest) {
            (Some(pt), Some(tg)) => {
                let met = pt.value >= tg.value;
                let verdict = t(
                    lang,
                    if met {
                        Msg::ParityMet
                    } else {
                        Msg::ParityNotMet
                    },
                );
                let year = tg.year.to_string();
                let text = fill(
                    t(lang, Msg::ParityGap),
                    &[&pt.value_text, &pt.date, &tg.value_text, &year, verdict],
                );
                (Some(text), Some(met))
            }
            _ => (None, None),
        };
        PanelVm {
            label: label.to_string(),
            points,
            joins,
            targets,
            gap,
            met,
        }
    };
    let panels: Vec<PanelVm> = p
        .categories
        .iter()
        .filter(|k| k.ugps)
        .map(|k| panel(&k.label, &[k.id.as_str()]))
        .collect();
    let other_ids: Vec<&str> = p
        .categories
        .iter()
        .filter(|k| !k.ugps)
        .map(|k| k.id.as_str())
        .collect();
    let mut others = panel(t(lang, Msg::ParityOthers), &other_ids);
    // Different groups: their points are never joined.
    others.joins.clear();
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
    let summary = if compared.is_empty() {
        t(lang, Msg::ParitySummaryNone).to_string()
    } else {
        let met = compared.iter().filter(|m| **m).count().to_string();
        fill(
            t(lang, Msg::ParitySummary),
            &[&met, &compared.len().to_string()],
        )
    };
    let mut notes = vec![t(lang, Msg::ParityNoTargetNote).to_string()];
    if p.actuals.iter().any(|a| a.uncertain) {
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
        title: t(lang, Msg::ParityTitle).to_string(),
        summary,
        y_max,
        x_min,
        x_max,
        panels,
        others,
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
    for panel in vm.panels.iter().chain(std::iter::once(&vm.others)) {
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
