//! A mission's profile as a view model: everything the data (and the recommendations matrix,
//! when the page has it) says of one mission, formatted and translated, its two tables built
//! once (so a profile that renders again hands its tables the same value).

use super::mission_tables::MissionCells;
use super::table::TableVm;
use crate::i18n::Locale;
use crate::model::{Dataset, Recommendations};
use std::rc::Rc;

/// One mission's profile.
#[derive(Clone, Debug, PartialEq)]
pub struct ProfileVm {
    /// The acronym as the page's language writes it, and whether that is the language's own
    /// (else it is the English one, marked as English).
    pub code: (String, bool),
    /// The name the same way, where the data file has one.
    pub name: Option<(String, bool)>,
    /// The mission code as the data file writes it (for links and filters).
    pub id: String,
    pub hq: String,
    pub host: Option<String>,
    pub status: String,
    /// The mission's row of the SOFA/SOMA table; none where the table has none (or is bad).
    pub sofa: Option<Rc<TableVm>>,
    /// Its coordination mechanisms, the same way.
    pub mechanisms: Option<Rc<TableVm>>,
    /// The figures that name it: the figure as a label and value, and its short citation.
    pub figures: Vec<(String, String)>,
    /// Its cells of the tables with a row per mission.
    pub tables: Vec<MissionCells>,
    /// The matrix paragraphs that name it (number, first words); empty until the matrix is in.
    pub paragraphs: Vec<(u32, String)>,
}

/// The profile of the mission `code`, if the missions section has it.
pub fn profile(
    data: &Dataset,
    code: &str,
    recs: Option<&Recommendations>,
    loc: Locale,
) -> Option<ProfileVm> {
    let m = data
        .missions
        .as_ref()
        .ok()?
        .iter()
        .find(|m| m.code == code)?;
    let non_empty = |t: TableVm| (!t.rows.is_empty()).then(|| Rc::new(t));
    let sofa = data
        .sofa
        .as_ref()
        .ok()
        .and_then(|s| non_empty(super::sofa::table(data, s, loc).only(&m.code)));
    let mechanisms = data.mechanisms.as_ref().ok().and_then(|mm| {
        non_empty(super::mechanisms::table(data, mm, Some(&m.code), loc).named(&m.code))
    });
    let figures = data
        .figures
        .as_ref()
        .map(|fs| {
            fs.iter()
                .filter(|f| f.mission.as_deref() == Some(m.code.as_str()))
                .map(|f| {
                    let value = super::figures::value_text(f, loc);
                    (
                        super::label_value(loc, &f.label, &value),
                        super::short_citation(data, &f.source, loc),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let (shown_code, code_own) = m.code_in(loc.lang);
    Some(ProfileVm {
        code: (shown_code.to_string(), code_own),
        name: m.name_in(loc.lang).map(|(n, own)| (n.to_string(), own)),
        id: m.code.clone(),
        hq: super::items(loc, m.hq.iter().map(|h| super::hq_text(h, loc))),
        host: m.host.clone(),
        status: super::status_text(&m.status, loc),
        sofa,
        mechanisms,
        figures,
        tables: super::mission_tables::of_mission(data, &m.code, loc),
        paragraphs: recs.map_or_else(Vec::new, |r| super::recommendations::naming(r, &m.code)),
    })
}
