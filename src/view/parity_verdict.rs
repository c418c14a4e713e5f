//! The parity chart's verdict: whether a panel's share met its target, decided as a value
//! ([`Verdict`]) and written as a sentence apart from the rule ([`Verdict::line`]).
//!
//! The rule: the latest target that has a share reported for its year as a whole (a yearly
//! figure, or December, with a date that is not approximate) is compared with the latest such
//! share. A verdict never goes beyond its data, so when that share or that target is uncertain
//! (a secondary source, a copy of the text) the pair is shown but not judged
//! ([`Verdict::Uncertain`]); an older certain pair does not stand in for it, as it would present
//! a stale comparison as the category's state.

use super::parity::{PointVm, TargetVm};
use crate::i18n::{t, tf, Locale, Msg};

/// What a panel says against its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// A certain share for a target's whole year, against that certain target. `share` and
    /// `target` index the panel's `points` and `targets`.
    Judged {
        met: bool,
        share: usize,
        target: usize,
    },
    /// The same pair, but the share or the target is uncertain: shown, not judged.
    Uncertain { share: usize, target: usize },
    /// The panel has targets, but no share for a target's whole year: its latest share
    /// (`latest`, an index of `points`) is shown, not judged.
    NoWholeYearShare { latest: usize },
    /// A differently defined group: no target applies.
    NotUgps,
    /// One of the strategy's categories with no target a source gives.
    NoTarget,
    /// Targets, but no share reported at all.
    NoShare,
}

impl Verdict {
    /// The module's rule, for one of the strategy's categories (`points` and `targets` in time
    /// order).
    pub fn of(points: &[PointVm], targets: &[TargetVm]) -> Verdict {
        if targets.is_empty() {
            return Verdict::NoTarget;
        }
        let whole_year = |pt: &PointVm, year: u16| {
            pt.when
                .is_some_and(|d| d.year == year && d.month.is_none_or(|m| m == 12))
        };
        let pair = targets.iter().enumerate().rev().find_map(|(target, tg)| {
            let share = points.iter().rposition(|pt| whole_year(pt, tg.year))?;
            Some((share, target))
        });
        match pair {
            Some((share, target)) if points[share].uncertain || targets[target].uncertain => {
                Verdict::Uncertain { share, target }
            }
            Some((share, target)) => Verdict::Judged {
                met: points[share].value >= targets[target].value,
                share,
                target,
            },
            None if points.is_empty() => Verdict::NoShare,
            None => Verdict::NoWholeYearShare {
                latest: points.len() - 1,
            },
        }
    }

    /// Whether the share met its target, where it is judged.
    pub fn met(self) -> Option<bool> {
        match self {
            Verdict::Judged { met, .. } => Some(met),
            _ => None,
        }
    }

    /// The panel's line under its plot (`points` and `targets` are the panel's), or none.
    pub fn line(self, points: &[PointVm], targets: &[TargetVm], loc: Locale) -> Option<String> {
        let pair = |share: usize, target: usize, word: &str| {
            let (pt, tg) = (&points[share], &targets[target]);
            let year = crate::i18n::format_year(f64::from(tg.year), loc);
            tf(
                loc,
                Msg::ParityGap,
                &[
                    ("share", &pt.value_text),
                    ("date", &pt.date),
                    ("target", &tg.value_text),
                    ("year", &year),
                    ("verdict", word),
                ],
            )
        };
        match self {
            Verdict::Judged { met, share, target } => {
                let word = t(
                    loc,
                    if met {
                        Msg::ParityMet
                    } else {
                        Msg::ParityNotMet
                    },
                );
                Some(pair(share, target, word))
            }
            Verdict::Uncertain { share, target } => {
                Some(pair(share, target, t(loc, Msg::ParityNotJudgedUncertain)))
            }
            Verdict::NoWholeYearShare { latest } => {
                let pt = &points[latest];
                Some(tf(
                    loc,
                    Msg::ParityNoCompare,
                    &[("share", &pt.value_text), ("date", &pt.date)],
                ))
            }
            Verdict::NotUgps => Some(t(loc, Msg::ParityNotUgps).to_string()),
            Verdict::NoTarget | Verdict::NoShare => None,
        }
    }
}
