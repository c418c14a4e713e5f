//! The sort rule: numbers first (within their unit), ascending or descending, then the
//! source's own words in their original order, then rows with nothing in that column; stable.

use super::{RowVm, SortKey};
use crate::i18n::{text_ranks, Lang};
use std::cmp::Ordering;

/// Sort direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ascending,
    Descending,
}

/// A sort: column index and direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub column: usize,
    pub direction: Direction,
}

impl Sort {
    /// The sort after activating `column`'s heading: a new column starts descending for numbers
    /// (largest first) and ascending for text; the same column flips direction.
    pub fn next(current: Option<Sort>, column: usize, numeric: bool) -> Sort {
        match current {
            Some(s) if s.column == column => Sort {
                column,
                direction: match s.direction {
                    Direction::Ascending => Direction::Descending,
                    Direction::Descending => Direction::Ascending,
                },
            },
            _ => Sort {
                column,
                direction: if numeric {
                    Direction::Descending
                } else {
                    Direction::Ascending
                },
            },
        }
    }
}

/// A row's key for one sort, made once per row: its kind, its text's (or unit's) rank in the
/// language's order (`text_ranks`) and its number, so that comparing two rows is integers.
#[derive(Clone, Copy)]
struct Ranked {
    kind: Kind,
    text: u32,
    number: f64,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Number,
    InUnit,
    Text,
    State,
    Missing,
}

impl Ranked {
    /// Values first, then a word in place of a number, then nothing.
    fn class(self) -> u8 {
        match self.kind {
            Kind::Number | Kind::InUnit | Kind::Text => 0,
            Kind::State => 1,
            Kind::Missing => 2,
        }
    }
}

fn compare(a: Ranked, b: Ranked, direction: Direction) -> Ordering {
    let within = match (a.kind, b.kind) {
        (Kind::Number, Kind::Number) => a.number.total_cmp(&b.number),
        (Kind::InUnit, Kind::InUnit) => a.text.cmp(&b.text).then(a.number.total_cmp(&b.number)),
        (Kind::Text, Kind::Text) => a.text.cmp(&b.text),
        _ => return a.class().cmp(&b.class()),
    };
    match direction {
        Direction::Ascending => within,
        Direction::Descending => within.reverse(),
    }
    .then(a.class().cmp(&b.class()))
}

/// The row order for `sort` (indices into `rows`); the source's order when `sort` is `None`.
/// Stable: rows that compare equal keep their original order. The collator is asked once per
/// distinct text, not at each comparison (a sort of 100,000 rows fits in a frame or two).
pub fn order(rows: &[RowVm], sort: Option<Sort>, lang: Lang) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..rows.len()).collect();
    let Some(Sort { column, direction }) = sort else {
        return idx;
    };
    fn key(row: &RowVm, column: usize) -> &SortKey {
        row.sort_keys.get(column).unwrap_or(&SortKey::Missing)
    }
    let mut seen = std::collections::HashSet::new();
    let texts: Vec<&str> = rows
        .iter()
        .filter_map(|r| match key(r, column) {
            SortKey::Text(t) | SortKey::InUnit(t, _) => Some(t.as_str()),
            _ => None,
        })
        .filter(|t| seen.insert(*t))
        .collect();
    let ranks = text_ranks(texts, lang);
    let of = |t: &str| ranks.get(t).copied().unwrap_or(u32::MAX);
    let ranked: Vec<Ranked> = rows
        .iter()
        .map(|r| {
            let (kind, text, number) = match key(r, column) {
                SortKey::Number(x) => (Kind::Number, 0, *x),
                SortKey::InUnit(u, x) => (Kind::InUnit, of(u), *x),
                SortKey::Text(t) => (Kind::Text, of(t), 0.0),
                SortKey::State => (Kind::State, 0, 0.0),
                SortKey::Missing => (Kind::Missing, 0, 0.0),
            };
            Ranked { kind, text, number }
        })
        .collect();
    idx.sort_by(|&a, &b| compare(ranked[a], ranked[b], direction));
    idx
}

#[cfg(test)]
mod tests {
    use super::super::tests::row;
    use super::*;

    fn keys(rows: &[RowVm], sort: Option<Sort>) -> Vec<&str> {
        order(rows, sort, Lang::En)
            .into_iter()
            .map(|i| rows[i].key.as_str())
            .collect()
    }

    fn sample() -> Vec<RowVm> {
        vec![
            row("a", SortKey::Number(10.0)),
            row("b", SortKey::State),
            row("c", SortKey::Missing),
            row("d", SortKey::Number(2.0)),
            row("e", SortKey::State),
            row("f", SortKey::Number(125.0)),
        ]
    }

    #[test]
    fn unsorted_keeps_source_order() {
        assert_eq!(keys(&sample(), None), ["a", "b", "c", "d", "e", "f"]);
    }

    #[test]
    fn states_sort_after_numbers_in_both_directions() {
        let asc = Sort {
            column: 0,
            direction: Direction::Ascending,
        };
        let desc = Sort {
            column: 0,
            direction: Direction::Descending,
        };
        assert_eq!(keys(&sample(), Some(asc)), ["d", "a", "f", "b", "e", "c"]);
        assert_eq!(keys(&sample(), Some(desc)), ["f", "a", "d", "b", "e", "c"]);
    }

    #[test]
    fn text_sorts_case_insensitively() {
        let rows = vec![
            row("x", SortKey::Text("b".into())),
            row("y", SortKey::Text("A".into())),
        ];
        let asc = Sort {
            column: 0,
            direction: Direction::Ascending,
        };
        assert_eq!(keys(&rows, Some(asc)), ["y", "x"]);
    }

    #[test]
    fn next_sort_flips_the_same_column_and_starts_numbers_descending() {
        let s = Sort::next(None, 1, true);
        assert_eq!(
            s,
            Sort {
                column: 1,
                direction: Direction::Descending
            }
        );
        let s = Sort::next(Some(s), 1, true);
        assert_eq!(s.direction, Direction::Ascending);
        assert_eq!(
            Sort::next(Some(s), 0, false).direction,
            Direction::Ascending
        );
    }
}
