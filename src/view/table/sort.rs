//! The sort rule: numbers first (within their unit), ascending or descending, then the
//! source's own words in their original order, then rows with nothing in that column; stable.

use super::{RowVm, SortKey};
use crate::i18n::{text_ranks, Locale};
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

/// Values first, then a word in place of a number, then nothing.
fn class(key: &SortKey) -> u8 {
    match key {
        SortKey::Number(_) | SortKey::InUnit(..) | SortKey::Text(_) => 0,
        SortKey::State => 1,
        SortKey::Missing => 2,
    }
}

/// Two rows' keys, each with the rank of its text (or unit) in the language's order
/// (`text_ranks`): comparing texts is comparing integers.
fn compare((a, ra): (&SortKey, u32), (b, rb): (&SortKey, u32), direction: Direction) -> Ordering {
    let within = match (a, b) {
        (SortKey::Number(x), SortKey::Number(y)) => x.total_cmp(y),
        (SortKey::InUnit(_, x), SortKey::InUnit(_, y)) => ra.cmp(&rb).then(x.total_cmp(y)),
        (SortKey::Text(_), SortKey::Text(_)) => ra.cmp(&rb),
        _ => return class(a).cmp(&class(b)),
    };
    match direction {
        Direction::Ascending => within,
        Direction::Descending => within.reverse(),
    }
    .then(class(a).cmp(&class(b)))
}

/// The row order for `sort` (indices into `rows`); the source's order when `sort` is `None`.
/// Stable: rows that compare equal keep their original order. The collator is asked once per
/// distinct text, not at each comparison (a sort of 100,000 rows fits in a frame or two).
pub fn order(rows: &[RowVm], sort: Option<Sort>, loc: Locale) -> Vec<usize> {
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
    let ranks = text_ranks(texts, loc);
    // Each row's key and its text's rank, looked up once per row.
    let ranked: Vec<(&SortKey, u32)> = rows
        .iter()
        .map(|r| {
            let key = key(r, column);
            let rank = match key {
                SortKey::Text(t) | SortKey::InUnit(t, _) => ranks.get(t.as_str()).copied(),
                _ => None,
            };
            (key, rank.unwrap_or(0))
        })
        .collect();
    idx.sort_by(|&a, &b| compare(ranked[a], ranked[b], direction));
    idx
}

#[cfg(test)]
mod tests {
    use super::super::tests::row;
    use super::*;
    #[allow(unused_imports)]
    use crate::i18n::{Lang, Locale};

    fn keys(rows: &[RowVm], sort: Option<Sort>) -> Vec<&str> {
        order(rows, sort, Locale::ENGLISH)
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
