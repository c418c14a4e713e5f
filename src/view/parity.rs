//! Uniformed gender parity against the strategy's targets: one panel per category on a shared
//! scale, reported shares as points, each sourced target as its own mark (never joined), and a
//! panel of its own for each differently defined group.
//!
//! The rule of every line: two consecutive shares of a category are joined only when one source
//! reports both, in the same or consecutive years. A change of source is a gap: another source
//! may count differently, so a line between them would draw a change no source states.
//!
//! The rule of every verdict (`parity_verdict.rs`): a share is compared with a target only when
//! it is reported for the target's year as a whole (a yearly figure, or December, with a date
//! that is not approximate), and only when neither is uncertain; a figure from part of a year,
//! or from another year, or an uncertain pair, is shown but not judged.

pub use super::parity_layout::{
    layout, shown_panels, Label, PanelBox, ParityLayout, KEY_SIZE, KEY_SYMBOL, LABEL_SIZE,
    PANEL_HEIGHT, TITLE_SIZE,
};
pub use super::parity_table::table;
pub use super::parity_verdict::Verdict;
use super::{items, label_value, sentences, short_citation, short_name, sources_line, with_note};
use crate::i18n::{format_count, format_percent, format_year_month, t, tf, tf_count, Locale, Msg};
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
    /// The source gives it only uncertainly (a copy of the text, a secondary source): shown,
    /// never judged against.
    pub uncertain: bool,
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
    /// Index pairs of points joined by a line: one source, the same or consecutive years.
    pub joins: Vec<(usize, usize)>,
    /// Index pairs of points of the same or consecutive years left apart because their sources
    /// differ (the chart's notes then say why).
    pub breaks: Vec<(usize, usize)>,
    pub targets: Vec<TargetVm>,
    /// What the panel's latest comparable share says against its target (see the module's
    /// rule), or why there is none.
    pub verdict: Verdict,
}

impl PanelVm {
    /// The verdict's line under the panel's plot, or none.
    pub fn verdict_line(&self, loc: Locale) -> Option<String> {
        self.verdict.line(&self.points, &self.targets, loc)
    }
}

/// The whole parity chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ParityVm {
    /// The language it is written in (axis labels, direction).
    pub loc: Locale,
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

fn percent(v: f64, loc: Locale) -> String {
    format_percent(v, loc)
}

fn point(data: &Dataset, label: &str, a: &ParityActual, loc: Locale) -> PointVm {
    let value_text = percent(a.value, loc);
    let shown = format_year_month(a.date.year, a.date.month, loc);
    let date = if a.date_approximate {
        format!("≈{shown}")
    } else {
        shown
    };
    let shown_value = if a.uncertain {
        with_note(loc, &value_text, t(loc, Msg::Uncertain))
    } else {
        value_text.clone()
    };
    PointVm {
        x: x_of(a.date),
        value: a.value,
        uncertain: a.uncertain || a.date_approximate,
        when: (!a.date_approximate).then_some(a.date),
        details: sentences(
            loc,
            [
                label_value(loc, &items(loc, [label, &date]), &shown_value),
                short_citation(data, &a.source, loc),
            ],
        ),
        date,
        value_text,
    }
}

/// Builds the chart's view model.
pub fn parity(data: &Dataset, p: &GenderParity, loc: Locale) -> ParityVm {
    // A category as the page's language names it, where the file translates it.
    let label = |k: &crate::model::ParityCategory| -> String {
        super::shown_label(data, &k.label, &k.label_translations, loc)
    };
    let category = |id: &str| -> String {
        p.categories
            .iter()
            .find(|k| k.id == id)
            .map_or_else(|| id.to_string(), label)
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
            .map(|a| point(data, &category(&a.category), a, loc))
            .collect();
        // The module's rule: a line only within one source, across at most a year.
        let near = |i: usize| actuals[i].date.year - actuals[i - 1].date.year <= 1;
        let same = |i: usize| actuals[i].source.source == actuals[i - 1].source.source;
        let pairs = |keep: &dyn Fn(usize) -> bool| -> Vec<(usize, usize)> {
            (1..actuals.len())
                .filter(|&i| near(i) && keep(i))
                .map(|i| (i - 1, i))
                .collect()
        };
        let (joins, breaks) = (pairs(&same), pairs(&|i| !same(i)));
        let mut targets: Vec<TargetVm> = p
            .targets
            .iter()
            .filter(|tg| ids.contains(&tg.category.as_str()))
            .filter_map(|tg| {
                let target = t(loc, Msg::Target);
                let value = tg.value?;
                let value_text = percent(value, loc);
                let shown_value = if tg.uncertain {
                    with_note(loc, &value_text, t(loc, Msg::Uncertain))
                } else {
                    value_text.clone()
                };
                Some(TargetVm {
                    x: f64::from(tg.year) + 0.5,
                    year: tg.year,
                    value,
                    uncertain: tg.uncertain,
                    details: sentences(
                        loc,
                        [
                            label_value(
                                loc,
                                &items(loc, [label, &format!("{target} {}", tg.year)]),
                                &shown_value,
                            ),
                            short_citation(data, &tg.source, loc),
                        ],
                    ),
                    value_text,
                })
            })
            .collect();
        targets.sort_by_key(|tg| tg.year);
        let verdict = Verdict::of(&points, &targets);
        PanelVm {
            label: label.to_string(),
            ugps: true,
            points,
            joins,
            breaks,
            targets,
            verdict,
        }
    };
    let mut panels: Vec<PanelVm> = p
        .categories
        .iter()
        .filter(|k| k.ugps)
        .map(|k| panel(&label(k), &[k.id.as_str()]))
        .collect();
    // Each differently defined group on its own: never joined with another, never judged.
    panels.extend(p.categories.iter().filter(|k| !k.ugps).map(|k| {
        let mut other = panel(&label(k), &[k.id.as_str()]);
        other.ugps = false;
        other.verdict = Verdict::NotUgps;
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
    let compared: Vec<bool> = panels.iter().filter_map(|p| p.verdict.met()).collect();
    let count = |f: fn(&Verdict) -> bool| panels.iter().filter(|p| f(&p.verdict)).count();
    let unjudged = count(|v| matches!(v, Verdict::NoWholeYearShare { .. } | Verdict::NoShare));
    let uncertain = count(|v| matches!(v, Verdict::Uncertain { .. }));
    let mut summary = if compared.is_empty() {
        if uncertain == 0 {
            t(loc, Msg::ParitySummaryNone).to_string()
        } else {
            String::new()
        }
    } else {
        let met = compared.iter().filter(|m| **m).count() as u64;
        tf_count(
            loc,
            Msg::ParitySummary,
            compared.len() as f64,
            &[
                ("met", &format_count(met, loc)),
                ("judged", &format_count(compared.len() as u64, loc)),
                ("unjudged", &format_count(unjudged as u64, loc)),
            ],
        )
    };
    if uncertain > 0 {
        let n = format_count(uncertain as u64, loc);
        let line = tf(loc, Msg::ParitySummaryUncertain, &[("uncertain", &n)]);
        summary = sentences(loc, [summary, line].into_iter().filter(|s| !s.is_empty()));
    }
    let mut notes = vec![
        t(loc, Msg::ParityCompareNote).to_string(),
        t(loc, Msg::ParityNoTargetNote).to_string(),
    ];
    if panels.iter().any(|p| !p.breaks.is_empty()) {
        notes.push(t(loc, Msg::ParityJoinNote).to_string());
    }
    if panels.iter().flat_map(|p| &p.points).any(|pt| pt.uncertain) {
        notes.push(t(loc, Msg::ParityUncertainNote).to_string());
    }
    let file = data.meta.lang;
    if p.categories
        .iter()
        .any(|k| k.label_translations.pick(&k.label, loc.lang, file).own)
    {
        notes.push(t(loc, Msg::OwnTranslationNote).to_string());
    }
    let sources = sources_line(
        loc,
        p.actuals
            .iter()
            .map(|a| &a.source)
            .chain(p.targets.iter().map(|t| &t.source))
            .map(|r| short_name(data, r)),
    );
    ParityVm {
        loc,
        title: t(loc, Msg::ParityTitle).to_string(),
        summary,
        y_max,
        x_min,
        x_max,
        panels,
        key: [
            t(loc, Msg::Actual).to_string(),
            t(loc, Msg::KeyUncertain).to_string(),
            t(loc, Msg::Target).to_string(),
        ],
        statements: p
            .statements
            .iter()
            .map(|s| {
                let place = short_citation(data, &s.source, loc);
                tf(
                    loc,
                    Msg::QuotedFrom,
                    &[("text", &s.text), ("place", &place)],
                )
            })
            .collect(),
        notes,
        sources,
    }
}
