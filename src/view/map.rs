//! The mission map: every mission at its headquarters on the world basemap (Equal Earth),
//! sized by new SOFA/SOMA incidents where the data gives a number, with labels that do not
//! overlap and the UN map disclaimer. What stands where there is no number is one of four
//! different things, each with its own mark and words ([`Incidents`]).

pub use super::chart::{Zoom, MAX_ZOOM};
pub use super::map_layout::{
    frame, key_counts, layout, radius, MapFrame, MapLayout, MarkerBox, LABEL_SIZE, TOUCH_RADIUS,
};
use super::table::{CellKind, CellVm, ColumnVm, RowVm, SortKey, TableVm};
use super::{hq_text, short_citation, short_name, sources_line, status_text};
use crate::i18n::{format_count, t, tf, Lang, Locale, Msg};
use crate::model::{Agreement, Basemap, Count, Dataset, MissionStatus, Problem};
use std::rc::Rc;

/// One headquarters of a mission (UNMOGIP has two).
#[derive(Clone, Debug, PartialEq)]
pub struct SiteVm {
    /// The mission's code (its id in the address).
    pub code: String,
    /// Its acronym as the page's language writes it (`FINUL` in French), for its label.
    pub label: String,
    pub lon: f64,
    pub lat: f64,
    pub active: bool,
    /// New SOFA/SOMA incidents in the last 6 months, as the SOFA/SOMA table gives them.
    pub incidents: Incidents,
    pub details: String,
}

/// A mission's new SOFA/SOMA incidents in the last 6 months, as the table has them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Incidents {
    /// A number: the marker's area grows with it.
    Number(u64),
    /// The report's own word "None".
    ReportNone,
    /// The report's "Under validation".
    UnderValidation,
    /// The mission has neither a SOFA nor a SOMA.
    NoAgreement,
    /// The table has no row for the mission (or no SOFA/SOMA table could be read).
    NotReported,
}

impl Incidents {
    /// The number the marker is sized by.
    pub fn number(self) -> Option<u64> {
        match self {
            Incidents::Number(n) => Some(n),
            _ => None,
        }
    }

    /// The words for it, as in the SOFA/SOMA table.
    pub fn text(self, loc: Locale) -> String {
        match self {
            Incidents::Number(n) => format_count(n, loc),
            Incidents::ReportNone => t(loc, Msg::StateNone).to_string(),
            Incidents::UnderValidation => t(loc, Msg::StateUnderValidation).to_string(),
            Incidents::NoAgreement => t(loc, Msg::StateNoAgreement).to_string(),
            Incidents::NotReported => t(loc, Msg::NotReported).to_string(),
        }
    }
}

/// What the SOFA/SOMA table of `data` says of `code`'s new incidents.
pub fn incidents_of(data: &Dataset, code: &str) -> Incidents {
    let Some(row) = data
        .sofa
        .as_ref()
        .ok()
        .and_then(|s| s.rows.iter().find(|r| r.mission == code))
    else {
        return Incidents::NotReported;
    };
    match (row.agreement, row.incidents) {
        (Agreement::Neither, _) => Incidents::NoAgreement,
        (_, None) => Incidents::NotReported,
        (_, Some(i)) => match i.new_last_6_months {
            Count::Number(n) => Incidents::Number(n),
            Count::None => Incidents::ReportNone,
            Count::UnderValidation => Incidents::UnderValidation,
        },
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapVm {
    /// The language it is written in (its labels' direction).
    pub loc: Locale,
    pub title: String,
    pub summary: String,
    pub sites: Vec<SiteVm>,
    /// The size key: its title and the counts of its reference circles, with their words.
    pub key_title: String,
    pub key: Vec<(u64, String)>,
    pub legend: Vec<String>,
    pub disclaimer: Vec<String>,
    pub sources: String,
    /// The missions as a table (the map's "show as table"), built once with the map.
    pub table: Rc<TableVm>,
}

/// The map as a drawable item: its view model on its basemap (see `draw::Drawable`). Two are
/// equal when they hold the same view model and basemap (no deep comparison).
#[derive(Clone, Debug)]
pub struct MapChart {
    pub vm: Rc<MapVm>,
    pub base: Rc<Basemap>,
}

impl PartialEq for MapChart {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.vm, &other.vm) && Rc::ptr_eq(&self.base, &other.base)
    }
}

/// The UN map disclaimer, paragraph by paragraph: shown with every map, and in place of the
/// map when its data cannot be drawn.
pub fn disclaimer(loc: Locale) -> Vec<String> {
    disclaimer_lines(loc).into_iter().map(|(s, _)| s).collect()
}

/// The disclaimer's lines and the language each is in. In another language than English, where
/// the catalogue declares the public source of an official wording (`disclaimer_source`, such
/// as UNEP's MapX platform) and has every line: that wording, then where it comes from and the
/// official English text; else the English text (never a translation of our own presented as
/// official), then a line in the page's language that says so.
pub fn disclaimer_lines(loc: Locale) -> Vec<(String, Lang)> {
    const LINES: [Msg; 4] = [
        Msg::DisclaimerMain,
        Msg::DisclaimerSudan,
        Msg::DisclaimerAbyei,
        Msg::DisclaimerKashmir,
    ];
    let english = LINES.map(|m| (t(Locale::ENGLISH, m).to_string(), Lang::En));
    if loc.lang == Lang::En {
        return english.into();
    }
    let translated = loc.catalogue().is_some_and(|c| {
        c.disclaimer_source.is_some() && LINES.iter().all(|&m| c.forms(m).is_some())
    });
    let own = |m: Msg| (t(loc, m).to_string(), loc.lang);
    if translated {
        let mut lines: Vec<_> = LINES.into_iter().map(own).collect();
        lines.push(own(Msg::DisclaimerWordingSource));
        lines.extend(english);
        lines
    } else {
        let mut lines: Vec<_> = english.into();
        lines.push(own(Msg::DisclaimerUntranslated));
        lines
    }
}

/// Builds the map's view model; the missions section must be valid, the SOFA table is optional.
pub fn map(data: &Dataset, show_closed: bool, loc: Locale) -> Result<MapVm, Vec<Problem>> {
    let missions = data.missions.as_ref().map_err(Clone::clone)?;
    let mut sites = Vec::new();
    let mut rows = Vec::new();
    for m in missions {
        let active = m.status == MissionStatus::Active;
        let status = status_text(&m.status, loc);
        let incidents = incidents_of(data, &m.code);
        let n = incidents.number();
        let hq_names: Vec<String> = m.hq.iter().map(|h| hq_text(h, loc)).collect();
        let said = super::label_value(loc, t(loc, Msg::ColNewIncidents), &incidents.text(loc));
        // The acronym and name as the page's language writes them, where a source gives them;
        // else the English ones, marked as English.
        let (code, own_code) = m.code_in(loc.lang);
        let name = m.name_in(loc.lang);
        let english = |own: bool| (!own).then_some(Lang::En);
        if active || show_closed {
            for (h, hq) in m.hq.iter().zip(&hq_names) {
                let parts = [
                    Some(code.to_string()),
                    name.map(|(n, _)| n.to_string()),
                    Some(hq.clone()),
                    m.host.clone(),
                    Some(status.clone()),
                    active.then(|| said.clone()),
                    Some(short_citation(data, &m.source, loc)),
                ];
                sites.push(SiteVm {
                    code: m.code.clone(),
                    label: code.to_string(),
                    lon: h.lon,
                    lat: h.lat,
                    active,
                    incidents,
                    details: parts.into_iter().flatten().collect::<Vec<_>>().join(" · "),
                });
            }
        }
        let text = |s: &str| CellVm::new(s, CellKind::Text);
        rows.push(RowVm {
            key: m.code.clone(),
            cells: vec![
                text(code).in_lang(english(own_code)),
                text(name.map_or("", |(n, _)| n)).in_lang(name.and_then(|(_, own)| english(own))),
                text(&super::items(loc, &hq_names)),
                text(m.host.as_deref().unwrap_or("")),
                text(&status),
                {
                    let kind = match incidents {
                        Incidents::Number(_) => CellKind::Number,
                        Incidents::NotReported => CellKind::NotReported,
                        _ => CellKind::State,
                    };
                    CellVm::new(incidents.text(loc), kind)
                },
            ],
            sort_keys: vec![
                SortKey::Text(code.to_string()),
                SortKey::Text(name.map_or(String::new(), |(n, _)| n.to_string())),
                SortKey::Text(super::items(loc, &hq_names)),
                SortKey::Text(m.host.clone().unwrap_or_default()),
                SortKey::Text(status),
                n.map_or(SortKey::State, |n| SortKey::Number(n as f64)),
            ],
        });
    }
    let active = missions
        .iter()
        .filter(|m| m.status == MissionStatus::Active)
        .count();
    let shown = missions
        .iter()
        .filter(|m| show_closed || m.status == MissionStatus::Active)
        .count();
    let column = |label: Msg, numeric: bool| ColumnVm::new(t(loc, label), true, numeric);
    let title = t(loc, Msg::MapTitle).to_string();
    let mut legend = vec![
        t(loc, Msg::MapSizeLegend).to_string(),
        t(loc, Msg::MapNoneLegend).to_string(),
        t(loc, Msg::MapNoAgreementLegend).to_string(),
        t(loc, Msg::MapNotReportedLegend).to_string(),
    ];
    if show_closed {
        legend.push(t(loc, Msg::MapClosedLegend).to_string());
    }
    legend.push(t(loc, Msg::MapDashedLegend).to_string());
    let sofa = data
        .sofa
        .as_ref()
        .ok()
        .map(|s| short_citation(data, &s.source, loc));
    let sources = sources_line(
        loc,
        missions
            .iter()
            .map(|m| short_name(data, &m.source))
            .chain(sofa),
    );
    let largest = sites.iter().filter_map(|s| s.incidents.number()).max();
    let key = key_counts(largest.unwrap_or(0))
        .into_iter()
        .map(|n| (n, format_count(n, loc)))
        .collect();
    Ok(MapVm {
        loc,
        key_title: t(loc, Msg::MapKeyTitle).to_string(),
        key,
        summary: tf(
            loc,
            Msg::MapSummary,
            &[
                ("active", &format_count(active as u64, loc)),
                (
                    "closed",
                    &format_count((missions.len() - active) as u64, loc),
                ),
                ("shown", &format_count(shown as u64, loc)),
            ],
        ),
        sites,
        legend,
        disclaimer: disclaimer(loc),
        sources: sources.clone(),
        table: Rc::new(TableVm {
            caption: title.clone(),
            hint: t(loc, Msg::SortHint).to_string(),
            caption_notes: Vec::new(),
            columns: vec![
                column(Msg::ColMission, false),
                column(Msg::ColName, false),
                column(Msg::ColHeadquarters, false),
                column(Msg::ColHost, false),
                column(Msg::ColStatus, false),
                column(Msg::ColNewIncidents, true),
            ],
            rows,
            notes: Vec::new(),
            legend: Vec::new(),
            source_line: String::new(),
            citation: sources,
            cells_of: None,
        }),
        title,
    })
}
