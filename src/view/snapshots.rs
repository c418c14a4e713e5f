//! Counts reported at several dates (alleged perpetrators identified and detained, October
//! 2018 to June 2021) as one chart of the change: per date a group of bars on one shared count
//! axis, the source of each run of dates named under it. Bars, not lines: nothing is drawn
//! between dates, so no value is implied where no report gives one, and counts from different
//! reports are never joined. Nor are they in words: the summary states each source's change on
//! its own (its first and last count), never a change from one source's count to another's,
//! which may not be counted on the same basis.

use super::chart::{nice_step, ticks, wrap, Mark, Rect, Scale};
use super::table::{CellKind, CellVm, ColumnVm, RowVm, SortKey, TableVm};
use super::{label_value, list, sentences, short_citation, short_name, sources_line};
use crate::i18n::{format_count, format_number, format_year_month, t, tf, tf_count, Locale, Msg};
use crate::model::{Dataset, Snapshots};

/// One date: its counts (one per measure) and where they come from.
#[derive(Clone, Debug, PartialEq)]
pub struct DateVm {
    /// "Oct 2018", as precise as the source, as the language writes dates.
    pub label: String,
    /// The source's short name ("A/74/533"), for the bracket under a run of dates.
    pub source: String,
    /// One per measure; `None`: not reported (no bar).
    pub counts: Vec<Option<f64>>,
    /// "59" or "not reported", one per measure.
    pub texts: Vec<String>,
    pub details: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SnapshotsVm {
    /// The language it is written in (direction).
    pub loc: Locale,
    pub id: String,
    pub title: String,
    /// "alleged perpetrators, as reported at 4 dates".
    pub subtitle: String,
    pub summary: String,
    pub notes: Vec<String>,
    pub measures: Vec<String>,
    /// "not reported", for the key, when some count is (drawn as a cross on the baseline).
    pub not_reported: Option<String>,
    pub dates: Vec<DateVm>,
    pub sources: String,
}

pub fn snapshots(data: &Dataset, all: &[Snapshots], loc: Locale) -> Vec<SnapshotsVm> {
    all.iter().map(|s| snapshot(data, s, loc)).collect()
}

fn snapshot(data: &Dataset, s: &Snapshots, loc: Locale) -> SnapshotsVm {
    let text = |c: &Option<f64>| match c {
        Some(v) => format_number(*v, loc),
        None => t(loc, Msg::NotReported).to_string(),
    };
    let dates: Vec<DateVm> = s
        .dates
        .iter()
        .map(|d| {
            let texts: Vec<String> = d.counts.iter().map(text).collect();
            let counts = list(
                loc,
                s.measures
                    .iter()
                    .zip(&texts)
                    .map(|(m, v)| label_value(loc, m, v)),
            );
            let when = format_year_month(d.as_of.year, d.as_of.month, loc);
            let details = sentences(
                loc,
                [
                    label_value(loc, &when, &counts),
                    short_citation(data, &d.source, loc),
                ],
            );
            DateVm {
                label: when,
                source: short_name(data, &d.source),
                counts: d.counts.clone(),
                texts,
                details,
            }
        })
        .collect();
    // Per source, in the order of its dates: "In A/74/533, alleged perpetrators identified: 59
    // in Oct 2018, 76 in Jun 2019; …", each measure between the first and last of the source's
    // dates that report it. Never a change from one source's count to another's.
    let runs = source_runs(&dates);
    let per_source: Vec<String> = runs
        .iter()
        .filter_map(|run| {
            let changes = s.measures.iter().enumerate().filter_map(|(k, m)| {
                let reported = || run.iter().filter(|d| d.counts[k].is_some());
                let (a, b) = (reported().next()?, reported().next_back()?);
                Some(if a.label == b.label {
                    tf(
                        loc,
                        Msg::SnapshotAt,
                        &[("measure", m), ("count", &a.texts[k]), ("date", &a.label)],
                    )
                } else {
                    tf(
                        loc,
                        Msg::SnapshotChange,
                        &[
                            ("measure", m),
                            ("first", &a.texts[k]),
                            ("first_date", &a.label),
                            ("last", &b.texts[k]),
                            ("last_date", &b.label),
                        ],
                    )
                })
            });
            let changes: Vec<String> = changes.collect();
            (!changes.is_empty()).then(|| {
                tf(
                    loc,
                    Msg::SnapshotBySource,
                    &[("source", &run[0].source), ("changes", &list(loc, changes))],
                )
            })
        })
        .collect();
    let summary = if per_source.is_empty() {
        s.title.clone()
    } else {
        sentences(loc, per_source) + t(loc, Msg::SentenceEnd)
    };
    // Where the source changes between two dates, why the summary does not compare them.
    let mut notes: Vec<String> = s.note.iter().cloned().collect();
    if runs.len() > 1 {
        notes.push(t(loc, Msg::SnapshotBasisNote).to_string());
    }
    let reports = super::distinct(dates.iter().map(|d| d.source.clone())).len();
    let n = |n: usize| format_count(n as u64, loc);
    let (dates_n, reports_n) = (s.dates.len(), reports);
    let dates_text = tf_count(loc, Msg::CountDates, dates_n as f64, &[("n", &n(dates_n))]);
    let reports_text = tf_count(
        loc,
        Msg::CountReports,
        reports_n as f64,
        &[("n", &n(reports_n))],
    );
    SnapshotsVm {
        loc,
        id: s.id.clone(),
        title: s.title.clone(),
        subtitle: tf(
            loc,
            Msg::SnapshotSubtitle,
            &[
                ("unit", &s.unit),
                ("dates", &dates_text),
                ("reports", &reports_text),
            ],
        ),
        summary,
        notes,
        measures: s.measures.clone(),
        not_reported: s
            .dates
            .iter()
            .any(|d| d.counts.contains(&None))
            .then(|| t(loc, Msg::NotReported).to_string()),
        dates,
        sources: sources_line(
            loc,
            s.dates.iter().map(|d| short_citation(data, &d.source, loc)),
        ),
    }
}

/// The runs of consecutive dates from one source, in time order.
fn source_runs(dates: &[DateVm]) -> Vec<&[DateVm]> {
    let mut runs: Vec<&[DateVm]> = Vec::new();
    let mut start = 0;
    for i in 1..=dates.len() {
        if i == dates.len() || dates[i].source != dates[start].source {
            runs.push(&dates[start..i]);
            start = i;
        }
    }
    runs
}

/// The same numbers as the chart: a row per date, a column per measure.
pub fn table(vm: &SnapshotsVm, loc: Locale) -> TableVm {
    let mut columns = vec![ColumnVm::new(t(loc, Msg::ColDate), false, false)];
    columns.extend(vm.measures.iter().map(|m| ColumnVm::new(m, false, true)));
    columns.push(ColumnVm::new(t(loc, Msg::ColReport), false, false));
    let rows = vm
        .dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let mut cells = vec![CellVm::new(&d.label, CellKind::Text)];
            cells.extend(d.counts.iter().zip(&d.texts).map(|(c, text)| {
                let kind = if c.is_some() {
                    CellKind::Number
                } else {
                    CellKind::NotReported
                };
                CellVm::new(text, kind)
            }));
            cells.push(CellVm::new(&d.source, CellKind::Text));
            RowVm {
                key: i.to_string(),
                sort_keys: vec![SortKey::Missing; cells.len()],
                cells,
            }
        })
        .collect();
    TableVm::of_chart(&vm.title, columns, rows, &vm.sources)
}

/// One date's place: its bars (one per measure), its label, its focusable column.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupBox {
    pub bars: Vec<Rect>,
    /// Where each bar's count is written (centre, bottom of the text).
    pub value_at: Vec<(f64, f64)>,
    pub label_at: (f64, f64),
}

/// A run of consecutive dates from one source, bracketed under the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceRun {
    pub from: f64,
    pub to: f64,
    pub y: f64,
    pub label: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SnapshotsLayout {
    pub width: f64,
    pub height: f64,
    /// Each key entry's swatch corner (the measures', then "not reported"'s); the label
    /// follows it.
    pub key: Vec<(f64, f64)>,
    pub plot: Rect,
    pub scale: Scale,
    /// The count grid's ticks, each with its label in the chart's locale.
    pub ticks: Vec<(f64, String)>,
    pub groups: Vec<GroupBox>,
    pub runs: Vec<SourceRun>,
    pub marks: Vec<Mark>,
}

/// Text sizes, in logical pixels.
pub const KEY_SIZE: f64 = 13.0;
pub const VALUE_SIZE: f64 = 12.0;
pub const AXIS_SIZE: f64 = 11.0;
/// The key's swatch.
pub const SWATCH: f64 = 12.0;
/// `wrap`'s unit, an average Latin glyph (0.55 em): a width in pixels → its length.
const EM: f64 = 0.55;

pub fn layout(vm: &SnapshotsVm, width: f64) -> SnapshotsLayout {
    // The key: entries side by side, on as many lines as the width needs.
    let mut key = Vec::with_capacity(vm.measures.len());
    let (mut x, mut y) = (0.0, 0.0);
    for m in vm.measures.iter().chain(&vm.not_reported) {
        let w = SWATCH + 6.0 + vm.loc.text_width(m, KEY_SIZE) + 18.0;
        if x > 0.0 && x + w > width {
            (x, y) = (0.0, y + KEY_SIZE + 8.0);
        }
        key.push((x, y));
        x += w;
    }
    let top = y + KEY_SIZE + 18.0 + VALUE_SIZE;
    let max = vm
        .dates
        .iter()
        .flat_map(|d| d.counts.iter().flatten())
        .fold(0.0, |a: f64, &b| a.max(b));
    let step = nice_step(0.0, max.max(1.0), 4);
    let hi = (max / step).ceil().max(1.0) * step;
    let ticks: Vec<(f64, String)> = ticks(0.0, hi, step)
        .into_iter()
        .map(|v| (v, format_number(v, vm.loc)))
        .collect();
    // The grid's labels stand left of it: the largest count's label sets the margin.
    let top_label = match ticks.last() {
        Some((v, label)) if *v == hi => label.clone(),
        _ => format_number(hi, vm.loc),
    };
    let plot_h = if width < 480.0 { 180.0 } else { 240.0 };
    let plot = Rect {
        x: 8.0 + vm.loc.text_width(&top_label, AXIS_SIZE),
        y: top,
        w: 0.0,
        h: plot_h,
    };
    let plot = Rect {
        w: (width - plot.x - 4.0).max(1.0),
        ..plot
    };
    let scale = Scale::new((0.0, hi), (plot.bottom(), plot.y));
    let n = vm.dates.len().max(1) as f64;
    let slot = plot.w / n;
    let m = vm.measures.len().max(1) as f64;
    let bar_w = (slot * 0.7 / m).min(36.0);
    let mut groups = Vec::with_capacity(vm.dates.len());
    let mut marks = Vec::with_capacity(vm.dates.len());
    let label_y = plot.bottom() + 6.0;
    for (i, d) in vm.dates.iter().enumerate() {
        let centre = plot.x + slot * (i as f64 + 0.5);
        let left = centre - bar_w * m / 2.0;
        let mut bars = Vec::with_capacity(d.counts.len());
        let mut value_at = Vec::with_capacity(d.counts.len());
        for (k, c) in d.counts.iter().enumerate() {
            let x = left + bar_w * k as f64;
            let y = c.map_or(plot.bottom(), |v| scale.map(v));
            bars.push(Rect {
                x: x + 1.0,
                y,
                w: bar_w - 2.0,
                h: plot.bottom() - y,
            });
            value_at.push((x + bar_w / 2.0, y - 3.0));
        }
        marks.push(Mark {
            x: plot.x + slot * i as f64,
            y: plot.y - VALUE_SIZE - 4.0,
            w: slot,
            h: plot.h + VALUE_SIZE + 4.0 + AXIS_SIZE + 8.0,
            details: d.details.clone(),
        });
        groups.push(GroupBox {
            bars,
            value_at,
            label_at: (centre, label_y),
        });
    }
    // Under the dates, each run of dates from one source, bracketed and named.
    let run_y = label_y + AXIS_SIZE + 10.0;
    let mut runs: Vec<SourceRun> = Vec::new();
    let mut bottom = run_y;
    let mut i = 0;
    while i < vm.dates.len() {
        let j = (i..vm.dates.len())
            .take_while(|&j| vm.dates[j].source == vm.dates[i].source)
            .last()
            .unwrap_or(i);
        let (from, to) = (
            plot.x + slot * i as f64 + 6.0,
            plot.x + slot * (j + 1) as f64 - 6.0,
        );
        let chars = ((to - from) / (AXIS_SIZE * EM)) as usize;
        let label = wrap(vm.loc, &vm.dates[i].source, chars, 2);
        bottom = bottom.max(run_y + 6.0 + label.len() as f64 * (AXIS_SIZE + 3.0));
        runs.push(SourceRun {
            from,
            to,
            y: run_y,
            label,
        });
        i = j + 1;
    }
    SnapshotsLayout {
        width,
        height: bottom + 4.0,
        key,
        plot,
        scale,
        ticks,
        groups,
        runs,
        marks,
    }
}
