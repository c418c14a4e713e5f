//! Funnels (crimes against peacekeepers: reported → investigated; identified → detained → tried
//! → convicted) as stage bars with counts, shares of the previous stage and derived values marked.

use super::chart::{wrap, Mark, Rect, Scale};
use super::table::{CellKind, CellVm, ColumnVm, RowVm, SortKey, TableVm};
use super::{items, label_value, sentences, short_citation, sources_line};
use crate::i18n::{format_number, format_percent, t, tf, Locale, Msg};
use crate::model::{Dataset, Funnel, StageCount};

#[derive(Clone, Debug, PartialEq)]
pub struct StageVm {
    pub label: String,
    /// The bar's length; `None`: not reported (no bar).
    pub value: Option<f64>,
    pub derived: bool,
    /// "91", "≈110 (derived)" or "not reported".
    pub value_text: String,
    /// "83% of cases reported": the share and its base, the stage before.
    pub share_text: Option<String>,
    /// How a derived value was derived, or the stage's note.
    pub note: Option<String>,
    pub details: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunnelVm {
    /// The language it is written in (direction).
    pub loc: Locale,
    pub id: String,
    pub title: String,
    /// "cases, cumulative; data from 2013 …".
    pub subtitle: String,
    pub summary: String,
    /// The funnel's note, then each stage's ("convicted: …"): said under the chart and in its
    /// downloads, not only in a hover.
    pub notes: Vec<String>,
    pub stages: Vec<StageVm>,
    pub sources: String,
}

pub fn funnels(data: &Dataset, funnels: &[Funnel], loc: Locale) -> Vec<FunnelVm> {
    funnels.iter().map(|f| funnel(data, f, loc)).collect()
}

fn funnel(data: &Dataset, f: &Funnel, loc: Locale) -> FunnelVm {
    let file = data.meta.lang;
    let title = f.title_translations.pick(&f.title, loc.lang, file);
    let labels: Vec<_> = f
        .stages
        .iter()
        .map(|s| s.label_translations.pick(&s.label, loc.lang, file))
        .collect();
    let own = title.own || labels.iter().any(|l| l.own);
    let stages: Vec<StageVm> = f
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let label = labels[i].text;
            let (value, derived, value_text, how) = match &s.count {
                StageCount::Stated(v) => (Some(*v), false, format_number(*v, loc), None),
                StageCount::Derived { value, how } => (
                    Some(*value),
                    true,
                    tf(
                        loc,
                        Msg::DerivedApprox,
                        &[("value", &format_number(value.round(), loc))],
                    ),
                    Some(how.clone()),
                ),
                StageCount::NotReported => {
                    (None, false, t(loc, Msg::NotReported).to_string(), None)
                }
            };
            // Each share names its base, the stage before ("69% of alleged perpetrators
            // identified"), where the source states the share against it.
            let base = i.checked_sub(1).and_then(|p| labels.get(p));
            let share_text = s.share_of_previous.zip(base).map(|(v, base)| {
                tf(
                    loc,
                    Msg::FunnelShare,
                    &[("share", &format_percent(v, loc)), ("base", base.text)],
                )
            });
            let note = how.or_else(|| s.note.clone());
            let details = sentences(
                loc,
                [
                    Some(label_value(loc, label, &value_text)),
                    share_text.clone(),
                    note.clone(),
                    Some(short_citation(data, &s.source, loc)),
                ]
                .into_iter()
                .flatten(),
            );
            StageVm {
                label: label.to_string(),
                value,
                derived,
                value_text,
                share_text,
                note,
                details,
            }
        })
        .collect();
    let ends = stages
        .first()
        .zip(stages.last())
        .and_then(|(a, b)| Some((a, a.value?, b, b.value?)));
    let summary = match ends {
        Some((a, first, b, last)) if first > 0.0 && stages.len() > 1 => tf(
            loc,
            Msg::FunnelSummary,
            &[
                ("first", &a.value_text),
                ("first_stage", &a.label),
                ("last", &b.value_text),
                ("last_stage", &b.label),
                (
                    "share",
                    &format_percent((100.0 * last / first).round(), loc),
                ),
            ],
        ),
        _ => title.text.to_string(),
    };
    let notes = f
        .note
        .iter()
        .cloned()
        .chain(
            stages
                .iter()
                .filter_map(|s| Some(label_value(loc, &s.label, s.note.as_ref()?))),
        )
        .chain(own.then(|| t(loc, Msg::OwnTranslationNote).to_string()))
        .collect();
    FunnelVm {
        loc,
        id: f.id.clone(),
        title: title.text.to_string(),
        subtitle: items(loc, [&f.unit, &f.period]),
        summary,
        notes,
        stages,
        sources: sources_line(
            loc,
            f.stages
                .iter()
                .map(|s| short_citation(data, &s.source, loc)),
        ),
    }
}

/// The same numbers as the chart, as a table.
pub fn table(vm: &FunnelVm, loc: Locale) -> TableVm {
    let column = |label: Msg, numeric: bool| ColumnVm::new(t(loc, label), false, numeric);
    let rows = vm
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| RowVm {
            key: i.to_string(),
            cells: vec![
                CellVm::new(&s.label, CellKind::Text).with_detail(s.note.clone()),
                CellVm::new(
                    &s.value_text,
                    if s.value.is_some() {
                        CellKind::Number
                    } else {
                        CellKind::NotReported
                    },
                ),
                CellVm::new(s.share_text.clone().unwrap_or_default(), CellKind::Text),
            ],
            sort_keys: vec![SortKey::Missing; 3],
        })
        .collect();
    TableVm::of_chart(
        &vm.title,
        vec![
            column(Msg::ColStage, false),
            column(Msg::ColCount, true),
            column(Msg::ColShare, false),
        ],
        rows,
        &vm.sources,
    )
}

/// One stage's place: its label line and its bar.
#[derive(Clone, Debug, PartialEq)]
pub struct BarBox {
    pub label_y: f64,
    /// "investigated: 91 · 83% of cases reported", broken into lines that fit the width.
    pub label: Vec<String>,
    pub bar: Rect,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunnelLayout {
    pub width: f64,
    pub height: f64,
    /// Left edge and full length of the bars: the first stage's count spans it.
    pub scale: Scale,
    pub bars: Vec<BarBox>,
    pub marks: Vec<Mark>,
}

const BAR: f64 = 26.0;
/// The stage labels' font size and line height, in logical pixels.
pub const LABEL_SIZE: f64 = 14.0;
const LINE: f64 = 18.0;

pub fn layout(vm: &FunnelVm, width: f64) -> FunnelLayout {
    let max = vm.stages.iter().filter_map(|s| s.value).fold(0.0, f64::max);
    let scale = Scale::new((0.0, max.max(1.0)), (0.0, (width - 4.0).max(1.0)));
    let mut bars = Vec::with_capacity(vm.stages.len());
    let mut marks = Vec::with_capacity(vm.stages.len());
    // Canvas text does not wrap: break labels by an average glyph width (0.55 em).
    let chars = (width / (LABEL_SIZE * 0.55)) as usize;
    let mut top = 0.0;
    for s in &vm.stages {
        let (stage, count) = (s.label.as_str(), s.value_text.as_str());
        let text = match &s.share_text {
            Some(share) => tf(
                vm.loc,
                Msg::StageLineShare,
                &[("stage", stage), ("count", count), ("share", share)],
            ),
            None => tf(
                vm.loc,
                Msg::StageLine,
                &[("stage", stage), ("count", count)],
            ),
        };
        let label = wrap(vm.loc, &text, chars, 3);
        let bar_y = top + 6.0 + label.len() as f64 * LINE;
        let len = s.value.map_or(0.0, |v| scale.map(v)).max(2.0);
        let bar = Rect {
            x: 0.0,
            y: bar_y,
            w: len,
            h: BAR,
        };
        let row = bar_y + BAR + 8.0 - top;
        marks.push(Mark {
            x: 0.0,
            y: top,
            w: width,
            h: row - 4.0,
            details: s.details.clone(),
        });
        bars.push(BarBox {
            label_y: top + 2.0,
            label,
            bar,
        });
        top += row;
    }
    FunnelLayout {
        width,
        height: top,
        scale,
        bars,
        marks,
    }
}
