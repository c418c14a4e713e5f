//! Validated domain types: what the rest of the app may rely on without re-checking.
//!
//! Built only by `data::validate`. Every figure carries a [`SourceRef`] to a registered source.

/// Where a value comes from: a registered source and a place in it (paragraph, table, figure).
#[derive(Clone, Debug, PartialEq)]
pub struct SourceRef {
    pub source: String,
    pub locator: String,
}

/// One registered source document or named public source.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub date: String,
    pub url: Option<String>,
}

/// Title, date and citation of the data file as a whole.
#[derive(Clone, Debug, PartialEq)]
pub struct Meta {
    pub title: String,
    pub as_of: String,
}

/// A problem found in the data file, located by its JSON path (`sofa_impact.rows[3].mission`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() || self.path == "." {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// A section of the data file: its validated content, or the problems that keep it from being
/// shown. A bad section never takes the other sections down.
pub type Section<T> = Result<T, Vec<Problem>>;

/// The whole validated data file.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub meta: Meta,
    pub sources: Vec<Source>,
    pub missions: Section<Vec<Mission>>,
    pub sofa: Section<SofaTable>,
}

impl Dataset {
    /// The registered source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

/// Whether a mission is still deployed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MissionStatus {
    Active,
    Closed { year: Option<u16> },
}

/// One headquarters location (UNMOGIP has a summer and a winter one).
#[derive(Clone, Debug, PartialEq)]
pub struct Headquarters {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub season: Option<String>,
}

/// A peacekeeping mission.
#[derive(Clone, Debug, PartialEq)]
pub struct Mission {
    pub code: String,
    pub name: Option<String>,
    pub host: Option<String>,
    pub status: MissionStatus,
    pub hq: Vec<Headquarters>,
    pub source: SourceRef,
}

/// The legal framework a mission operates under (seed 002, Priority 7, footnote 8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    Sofa,
    Soma,
    /// Neither a SOFA nor a SOMA: the table says "No SOFA/SOMA" for the whole row.
    Neither,
}

/// A count as the source gives it: a number, or one of the text's own states.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Count {
    Number(u64),
    /// The source writes "None".
    None,
    /// The source writes "Under validation".
    UnderValidation,
}

/// An impact cell of the SOFA/SOMA table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Impact {
    /// The source marks a level with a colour-coded symbol whose colour was lost: the level is
    /// not reported by the text we have.
    LevelNotReported,
    /// The source shows a dash in this cell.
    Dash,
}

/// The three impact columns of the SOFA/SOMA table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Impacts {
    pub civilian_movement: Impact,
    pub uniformed_movement: Impact,
    pub mandated_tasks: Impact,
}

/// Incidents and impacts of a mission that has a SOFA or SOMA.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Incidents {
    pub new_last_6_months: Count,
    pub total: Count,
    pub impacts: Impacts,
}

/// One mission's row of the SOFA/SOMA impact table.
#[derive(Clone, Debug, PartialEq)]
pub struct SofaRow {
    pub mission: String,
    pub agreement: Agreement,
    /// `None` exactly when `agreement` is [`Agreement::Neither`].
    pub incidents: Option<Incidents>,
    /// Marks of the footnotes attached to this row.
    pub notes: Vec<String>,
}

/// A footnote of a table, with its mark as printed in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub mark: String,
    pub text: String,
}

/// "Impact of SOFA/SOMA incidents on missions" (seed 002, Priority 7).
#[derive(Clone, Debug, PartialEq)]
pub struct SofaTable {
    pub title: String,
    pub source: SourceRef,
    pub source_line: String,
    /// Footnote marks attached to the title.
    pub title_notes: Vec<String>,
    pub notes: Vec<Note>,
    pub rows: Vec<SofaRow>,
}
