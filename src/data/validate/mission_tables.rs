//! The `mission_tables` section: each table's cells fit its columns (a mark column holds "Y"
//! or nothing), every mission is known and listed once, ids are unique.

use super::{source_ref, statement, translations, Checks, Refs};
use crate::data::raw::{self, ColumnKind};
use crate::model::{self, Section, TableCell};
use std::collections::HashSet;

pub(super) fn mission_tables(
    raw: Vec<raw::MissionTable>,
    refs: &Refs,
) -> Section<Vec<model::MissionTable>> {
    let mut c = Checks::default();
    let mut ids = HashSet::new();
    for (i, t) in raw.iter().enumerate() {
        let at = format!("mission_tables[{i}]");
        c.unique(&mut ids, &t.id, || format!("{at}.id"), "table id");
        c.source_ref(&t.reference, &refs.sources, || format!("{at}.ref"));
        c.check(
            !t.columns.is_empty(),
            || format!("{at}.columns"),
            "no columns",
        );
        c.check(!t.rows.is_empty(), || format!("{at}.rows"), "no rows");
        let mut missions = HashSet::new();
        for (j, r) in t.rows.iter().enumerate() {
            let p = format!("{at}.rows[{j}]");
            c.mission(&r.mission, refs, || format!("{p}.mission"));
            c.unique(
                &mut missions,
                &r.mission,
                || format!("{p}.mission"),
                "mission",
            );
            c.check(
                r.cells.len() == t.columns.len(),
                || format!("{p}.cells"),
                format!("{} cells for {} columns", r.cells.len(), t.columns.len()),
            );
            for (k, (cell, column)) in r.cells.iter().zip(&t.columns).enumerate() {
                if let (ColumnKind::Mark, Some(text)) = (column.kind, cell) {
                    c.check(
                        text.as_str() == "Y",
                        || format!("{p}.cells[{k}]"),
                        format!("a mark column holds \"Y\" or null, got \"{text}\""),
                    );
                }
            }
        }
        for (j, n) in t.notes.iter().enumerate() {
            if let Some(m) = &n.mission {
                c.mission(m, refs, || format!("{at}.notes[{j}].mission"));
            }
        }
        for (j, s) in t.statements.iter().enumerate() {
            c.source_ref(&s.reference, &refs.sources, || {
                format!("{at}.statements[{j}].ref")
            });
        }
    }
    let tables = raw
        .into_iter()
        .enumerate()
        .map(|(i, mut t)| {
            let title = translations(
                &mut c,
                std::mem::take(&mut t.translations),
                &refs.sources,
                || format!("mission_tables[{i}].translations"),
            );
            table(t, title)
        })
        .collect();
    c.finish(tables)
}

fn table(t: raw::MissionTable, title_translations: model::Translations) -> model::MissionTable {
    let kinds: Vec<ColumnKind> = t.columns.iter().map(|c| c.kind).collect();
    model::MissionTable {
        id: t.id.into(),
        title: t.title.into(),
        title_translations,
        source: source_ref(t.reference),
        source_line: t.source_line.map(Into::into),
        columns: t.columns.into_iter().map(|c| c.label.into()).collect(),
        rows: t
            .rows
            .into_iter()
            .map(|r| model::MissionTableRow {
                mission: r.mission.into(),
                printed: r.printed.map(Into::into),
                cells: r
                    .cells
                    .into_iter()
                    .zip(&kinds)
                    .map(|(cell, kind)| match (cell, kind) {
                        (None, ColumnKind::Mark) => TableCell::Blank,
                        (None, ColumnKind::Text) => TableCell::Empty,
                        (Some(_), ColumnKind::Mark) => TableCell::Marked,
                        (Some(text), ColumnKind::Text) => TableCell::Text(text.into()),
                    })
                    .collect(),
            })
            .collect(),
        notes: t
            .notes
            .into_iter()
            .map(|n| model::TableNote {
                text: n.text.into(),
                mission: n.mission.map(Into::into),
            })
            .collect(),
        statements: t.statements.into_iter().map(statement).collect(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::{section, Refs};
    use crate::data::raw;
    use crate::data::{JsonTree, RawJson};
    use crate::model::TableCell;
    use serde_json::json;

    fn check(rows: serde_json::Value) -> Result<Vec<crate::model::MissionTable>, Vec<String>> {
        let doc = json!({"mission_tables": [{
            "id": "t", "title": "T", "ref": {"source": "s", "locator": "p"},
            "columns": [{"label": "Cycle", "kind": "mark"}, {"label": "What", "kind": "text"}],
            "rows": rows
        }]});
        let refs = Refs {
            sources: ["s"].into_iter().collect(),
            missions: Some(["A", "B"].into_iter().collect()),
        };
        let doc = RawJson::from_text(&doc.to_string()).expect("JSON");
        section::<_, Vec<raw::MissionTable>>(&doc, "mission_tables")
            .and_then(|t| super::mission_tables(t, &refs))
            .map_err(|p| p.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn cells_are_read_by_their_column() {
        let tables = check(json!([{"mission": "A", "cells": ["Y", null]},
                                  {"mission": "B", "cells": [null, "words"]}]))
        .unwrap();
        let cells = |i: usize| tables[0].rows[i].cells.clone();
        assert_eq!(cells(0), [TableCell::Marked, TableCell::Empty]);
        assert_eq!(
            cells(1),
            [TableCell::Blank, TableCell::Text("words".into())]
        );
    }

    #[test]
    fn a_mark_is_y_rows_fit_the_columns_and_missions_are_known_once() {
        let problems = check(json!([{"mission": "A", "cells": ["N", null]},
                                    {"mission": "A", "cells": ["Y"]},
                                    {"mission": "Z", "cells": [null, null]}]))
        .unwrap_err();
        let at = |p: &str| problems.iter().any(|x| x.starts_with(p));
        assert!(
            at("mission_tables[0].rows[0].cells[0]: a mark column holds"),
            "{problems:?}"
        );
        assert!(
            at("mission_tables[0].rows[1].mission: duplicate mission"),
            "{problems:?}"
        );
        assert!(
            at("mission_tables[0].rows[1].cells: 1 cells for 2 columns"),
            "{problems:?}"
        );
        assert!(
            at("mission_tables[0].rows[2].mission: unknown mission code"),
            "{problems:?}"
        );
    }
}
