//! The values behind each item as CSV rows, each with its source, locator and whether it is
//! derived; the writer (`writer.rs`) neutralises cells that could start a spreadsheet formula.
//!
//! Column names are codes (stable for scripts, whatever the page language). A value the data
//! file writes as a code (agreement `sofa`, count `none`, impact `dash`, status `closed`, season
//! `winter`, unit `people`) is written as that code (and `not_reported` where a table has no
//! row); every other word comes from the message catalogue; data strings are written as they
//! are.

mod series;
mod writer;

pub use series::{funnel_rows, parity_rows, recommendation_rows, snapshot_rows};

pub use writer::{csv, neutralise};

use crate::i18n::{t, Locale, Msg};
use crate::model::{
    Agreement, Count, Dataset, Impact, MechanismCell, Mechanisms, MissionStatus, SofaTable,
    SourceRef,
};
use crate::view::map::Incidents;

/// The source's title, with its symbol or short name where the title lacks it (so that a
/// document such as A/74/533 can be found), and the locator in it.
fn src(data: &Dataset, r: &SourceRef) -> [String; 2] {
    let doc = data.source(&r.source).map_or(r.source.clone(), |s| {
        if s.short.is_empty() || s.title.contains(&s.short) {
            s.title.clone()
        } else {
            format!("{} ({})", s.title, s.short)
        }
    });
    [doc, r.locator.clone()]
}

fn yes_no(b: bool, loc: Locale) -> String {
    t(loc, if b { Msg::Yes } else { Msg::No }).to_string()
}

/// A row: its cells, then `source`, `locator` and `derived`.
fn row<const N: usize>(
    cells: [String; N],
    source: [String; 2],
    derived: bool,
    loc: Locale,
) -> Vec<String> {
    let mut r: Vec<String> = cells.into();
    r.extend(source);
    r.push(yes_no(derived, loc));
    r
}

fn header(cells: &[&str]) -> Vec<String> {
    cells
        .iter()
        .chain(&["source", "locator", "derived"])
        .map(|s| s.to_string())
        .collect()
}

/// A count as the data file writes it: a number, `none` or `under_validation`.
fn count(c: Count) -> String {
    match c {
        Count::Number(n) => n.to_string(),
        Count::None => "none".into(),
        Count::UnderValidation => "under_validation".into(),
    }
}

/// An impact as the data file writes it.
fn impact(i: Impact) -> String {
    match i {
        Impact::LevelNotReported => "level_not_reported".into(),
        Impact::Dash => "dash".into(),
    }
}

pub fn sofa_rows(data: &Dataset, s: &SofaTable, loc: Locale) -> Vec<Vec<String>> {
    let mut rows = vec![header(&[
        "mission",
        "agreement",
        "new_incidents_last_6_months",
        "total_incidents",
        "impact_civilian_movement",
        "impact_uniformed_movement",
        "impact_mandated_tasks",
        "notes",
    ])];
    for r in &s.rows {
        let agreement = match r.agreement {
            Agreement::Sofa => "sofa",
            Agreement::Soma => "soma",
            Agreement::Neither => "neither",
        };
        let (new, total, a, b, c) = match &r.incidents {
            Some(i) => (
                count(i.new_last_6_months),
                count(i.total),
                impact(i.impacts.civilian_movement),
                impact(i.impacts.uniformed_movement),
                impact(i.impacts.mandated_tasks),
            ),
            None => Default::default(),
        };
        rows.push(row(
            [
                r.mission.clone(),
                agreement.into(),
                new,
                total,
                a,
                b,
                c,
                r.notes.join(" "),
            ],
            src(data, &s.source),
            false,
            loc,
        ));
    }
    rows
}

/// The cell as printed, and its meaning: a listed symbol's meaning, "meaning not reported" for
/// a symbol whose meaning was lost, nothing for the report's own words or an empty cell.
fn mechanism_cell(cell: &Option<MechanismCell>, loc: Locale) -> [String; 2] {
    match cell {
        None => Default::default(),
        Some(MechanismCell::Word(word)) => [word.clone(), String::new()],
        Some(MechanismCell::Symbol {
            symbol, meaning, ..
        }) => [
            symbol.clone(),
            meaning
                .clone()
                .unwrap_or_else(|| t(loc, Msg::SymbolMeaningLost).to_string()),
        ],
    }
}

pub fn mechanism_rows(data: &Dataset, m: &Mechanisms, loc: Locale) -> Vec<Vec<String>> {
    let mut rows = vec![header(&[
        "mission",
        "mechanism",
        "status",
        "status_meaning",
        "contribution",
        "contribution_meaning",
    ])];
    for r in &m.rows {
        let [status, status_meaning] = mechanism_cell(&r.status, loc);
        let [contribution, contribution_meaning] = mechanism_cell(&r.contribution, loc);
        rows.push(row(
            [
                r.mission.clone(),
                r.mechanism.clone(),
                status,
                status_meaning,
                contribution,
                contribution_meaning,
            ],
            src(data, &m.source),
            false,
            loc,
        ));
    }
    rows
}

/// The figures of `topic` (all when `None`) that match `query` (see `view::figures::matches`).
pub fn figure_rows(
    data: &Dataset,
    (topic, query): (Option<&str>, Option<&str>),
    loc: Locale,
) -> Vec<Vec<String>> {
    let words = query
        .map(crate::view::figures::search_words)
        .unwrap_or_default();
    let mut rows = vec![header(&[
        "id",
        "topic",
        "label",
        "value",
        "unit",
        "period",
        "mission",
        "qualifier",
        "note",
    ])];
    for f in data
        .figures
        .iter()
        .flatten()
        .filter(|f| topic.is_none_or(|k| f.topic == k))
        .filter(|f| words.is_empty() || crate::view::figures::matches(data, f, &words))
    {
        rows.push(row(
            [
                f.id.clone(),
                f.topic.clone(),
                f.label.clone(),
                f.value.to_string(),
                f.unit.code().to_string(),
                f.period.clone(),
                f.mission.clone().unwrap_or_default(),
                f.qualifier.clone().unwrap_or_default(),
                f.note.clone().unwrap_or_default(),
            ],
            src(data, &f.source),
            false,
            loc,
        ));
    }
    rows
}

pub fn mission_rows(data: &Dataset, loc: Locale) -> Vec<Vec<String>> {
    let mut rows = vec![header(&[
        "code",
        "name",
        "host",
        "status",
        "closed_year",
        "headquarters",
        "season",
        "latitude",
        "longitude",
        "new_incidents_last_6_months",
        "new_incidents_source",
        "new_incidents_locator",
    ])];
    let sofa = data.sofa.as_ref().ok();
    for m in data.missions.iter().flatten() {
        // What the map's marker shows, as the SOFA/SOMA table writes it, with that table's source.
        let in_table = sofa.filter(|s| s.rows.iter().any(|r| r.mission == m.code));
        let incidents = match crate::view::map::incidents_of(data, &m.code) {
            Incidents::Number(n) => n.to_string(),
            Incidents::ReportNone => count(Count::None),
            Incidents::UnderValidation => count(Count::UnderValidation),
            Incidents::NoAgreement => "neither".into(),
            Incidents::NotReported => "not_reported".into(),
        };
        let [doc, locator] = in_table.map(|s| src(data, &s.source)).unwrap_or_default();
        let (status, year) = match m.status {
            MissionStatus::Active => ("active", String::new()),
            MissionStatus::Closed { year } => {
                ("closed", year.map(|y| y.to_string()).unwrap_or_default())
            }
        };
        for h in &m.hq {
            rows.push(row(
                [
                    m.code.clone(),
                    m.name.clone().unwrap_or_default(),
                    m.host.clone().unwrap_or_default(),
                    status.into(),
                    year.clone(),
                    h.name.clone(),
                    h.season.map(|s| s.code().to_string()).unwrap_or_default(),
                    h.lat.to_string(),
                    h.lon.to_string(),
                    incidents.clone(),
                    doc.clone(),
                    locator.clone(),
                ],
                src(data, &m.source),
                false,
                loc,
            ));
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use crate::i18n::{Lang, Locale};

    #[test]
    fn mechanism_cells_read_as_in_the_table() {
        let loc = Locale::ENGLISH;
        let word = Some(MechanismCell::Word("N/A".into()));
        assert_eq!(
            mechanism_cell(&word, loc),
            ["N/A".to_string(), String::new()]
        );
        let lost = Some(MechanismCell::Symbol {
            symbol: "●".into(),
            name: None,
            meaning: None,
        });
        assert_eq!(
            mechanism_cell(&lost, loc),
            ["●".to_string(), t(loc, Msg::SymbolMeaningLost).to_string()]
        );
        let known = Some(MechanismCell::Symbol {
            symbol: "★".into(),
            name: None,
            meaning: Some("new".into()),
        });
        assert_eq!(
            mechanism_cell(&known, loc),
            ["★".to_string(), "new".to_string()]
        );
        assert_eq!(mechanism_cell(&None, loc), [String::new(), String::new()]);
    }
}
