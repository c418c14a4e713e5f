//! The sort rule: numbers first (within their unit), ascending or descending, then the
//! source's own words in their original order, then rows with nothing in that column; stable.

use super::{RowVm, SortKey};
use crate::i18n::{compare_text, Lang};
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

fn rank(key: &SortKey) -> u8 {
    match key {
        SortKey::Number(_) | SortKey::InUnit(..) | SortKey::Text(_) => 0,
        SortKey::State => 1,
        SortKey::Missing => 2,
    }
}

fn compare(a: &SortKey, b: &SortKey, direction: Direction, lang: Lang) -> Ordering {
    let within = match (a, b) {
        (SortKey::Number(x), SortKey::Number(y)) => x.total_cmp(y),
        (SortKey::InUnit(u, x), SortKey::InUnit(v, y)) => {
            compare_text(u, v, lang).then(x.total_cmp(y))
        }
        (SortKey::Text(x), SortKey::Text(y)) => compare_text(x, y, lang),
        _ => return rank(a).cmp(&rank(b)),
    };
    match direction {
        Direction::Ascending => within,
        Direction::Descending => within.reverse(),
    }
    .then(rank(a).cmp(&rank(b)))
}

/// The row order for `sort` (indices into `rows`); the source's order when `sort` is `None`.
/// Stable: rows that compare equal keep their original order.
pub fn order(rows: &[RowVm], sort: Option<Sort>, lang: Lang) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..rows.len()).collect();
    if let Some(Sort { column, direction }) = sort {
        let key = |i: usize| rows[i].sort_keys.get(column).unwrap_or(&SortKey::Missing);
        idx.sort_by(|&a, &b| compare(key(a), key(b), direction, lang));
    }
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
