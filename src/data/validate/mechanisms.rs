//! The `coordination_mechanisms` section, and the rule that tells a table symbol from the
//! report's own words: decided here once, so the table and the CSV read a cell alike.

use super::{source_ref, statement, translations, Checks, Refs};
use crate::data::raw;
use crate::model::{self, MechanismCell, Section};
use std::collections::HashSet;

/// A cell with no letter or digit is a symbol ("●●●", "▶▶"); one with any is the report's own
/// words ("N/A").
fn is_symbol(text: &str) -> bool {
    !text.chars().any(char::is_alphanumeric)
}

/// A status or contribution cell as printed → what it is; empty cells are `None`.
fn cell(
    text: Option<String>,
    symbols: &[model::Symbol],
    names: &[raw::SymbolName],
) -> Option<MechanismCell> {
    let text = text.filter(|s| !s.trim().is_empty())?;
    Some(if is_symbol(&text) {
        MechanismCell::Symbol {
            name: names
                .iter()
                .find(|n| n.symbol.as_str() == text)
                .map(|n| n.name.clone())
                .map(Into::into),
            meaning: symbols
                .iter()
                .find(|k| k.symbol == text)
                .map(|k| k.meaning.clone()),
            symbol: text,
        }
    } else {
        MechanismCell::Word(text)
    })
}

pub(super) fn mechanisms(raw: raw::Mechanisms, refs: &Refs) -> Section<model::Mechanisms> {
    let at = "coordination_mechanisms";
    let mut c = Checks::default();
    c.source_ref(&raw.reference, &refs.sources, || format!("{at}.ref"));
    for (i, s) in raw.intro.iter().enumerate() {
        c.source_ref(&s.reference, &refs.sources, || {
            format!("{at}.intro[{i}].ref")
        });
    }
    let mut seen = HashSet::new();
    for (i, s) in raw.symbols.iter().enumerate() {
        let path = || format!("{at}.symbols[{i}].symbol");
        c.unique(&mut seen, &s.symbol, path, "symbol");
        c.check(
            !s.symbol.trim().is_empty() && is_symbol(&s.symbol),
            path,
            format!(
                "expected a symbol (no letter or digit), got \"{}\": words are shown as printed",
                s.symbol
            ),
        );
        c.source_ref(&s.reference, &refs.sources, || {
            format!("{at}.symbols[{i}].ref")
        });
    }
    let mut seen = HashSet::new();
    for (i, n) in raw.symbol_names.iter().enumerate() {
        let path = || format!("{at}.symbol_names[{i}].symbol");
        c.unique(&mut seen, &n.symbol, path, "symbol");
        c.check(
            !n.symbol.trim().is_empty() && is_symbol(&n.symbol),
            path,
            format!(
                "expected a symbol (no letter or digit), got \"{}\"",
                n.symbol
            ),
        );
    }
    c.check(!raw.rows.is_empty(), || format!("{at}.rows"), "no rows");
    for (i, r) in raw.rows.iter().enumerate() {
        c.mission(&r.mission, refs, || format!("{at}.rows[{i}].mission"));
    }
    let symbols: Vec<model::Symbol> = raw
        .symbols
        .into_iter()
        .map(|s| model::Symbol {
            symbol: s.symbol.into(),
            meaning: s.meaning.into(),
            source: source_ref(s.reference),
        })
        .collect();
    let rows = raw
        .rows
        .into_iter()
        .map(|r| model::Mechanism {
            mission: r.mission.into(),
            mechanism: r.mechanism.into(),
            status: cell(r.status.map(Into::into), &symbols, &raw.symbol_names),
            contribution: cell(r.contribution.map(Into::into), &symbols, &raw.symbol_names),
        })
        .collect();
    let title_translations = translations(&mut c, raw.translations, &refs.sources, || {
        format!("{at}.translations")
    });
    c.finish(model::Mechanisms {
        title: raw.title.into(),
        title_translations,
        source: source_ref(raw.reference),
        intro: raw.intro.into_iter().map(statement).collect(),
        symbols,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::cell;
    use crate::data::raw::SymbolName;
    use crate::model::{MechanismCell, SourceRef, Symbol};

    #[test]
    fn a_cell_without_letters_or_digits_is_a_symbol() {
        let symbols = [Symbol {
            symbol: "★".into(),
            meaning: "New mechanism".into(),
            source: SourceRef {
                source: "doc".into(),
                locator: "para 1".into(),
            },
        }];
        let names = [SymbolName {
            symbol: "●●●".into(),
            name: "three black circles".into(),
        }];
        let of = |s: &str| cell(Some(s.to_string()), &symbols, &names);
        assert_eq!(
            of("★"),
            Some(MechanismCell::Symbol {
                symbol: "★".into(),
                name: None,
                meaning: Some("New mechanism".into())
            })
        );
        assert_eq!(
            of("●●●"),
            Some(MechanismCell::Symbol {
                symbol: "●●●".into(),
                name: Some("three black circles".into()),
                meaning: None
            })
        );
        assert_eq!(of("N/A"), Some(MechanismCell::Word("N/A".into())));
        assert_eq!(of("2 ★"), Some(MechanismCell::Word("2 ★".into())));
        assert_eq!(of("  "), None);
        assert_eq!(cell(None, &symbols, &names), None);
        assert_eq!(of("●●●").unwrap().text(), "●●●");
    }
}
