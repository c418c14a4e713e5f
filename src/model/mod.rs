//! Validated domain types: what the rest of the app may rely on without re-checking.
//!
//! Built only by `data::validate`. Every figure carries a [`SourceRef`] to a registered source;
//! meaning the views rely on (a unit, a season, a table symbol) is decided there, once, as enums.

mod label;
mod mission;
mod recommendations;
mod series;
mod tables;
pub use label::*;
pub use mission::*;
pub use recommendations::*;
pub use series::*;
pub use tables::*;

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
    /// A short name for compact citations.
    pub short: String,
    pub date: Option<String>,
    pub url: Option<String>,
    pub note: Option<String>,
}

/// Title, date and citation of the data file as a whole.
#[derive(Clone, Debug, PartialEq)]
pub struct Meta {
    pub title: String,
    pub as_of: String,
    /// The language of the file's texts.
    pub lang: crate::i18n::Lang,
}

/// The most characters of the file's own text a problem quotes.
pub const QUOTE_MOST: usize = 100;

/// `message` with every stretch quoted from the file (between `"` or `` ` ``) cut to
/// [`QUOTE_MOST`] characters and an ellipsis, and the whole to four times that: a problem never
/// echoes a huge value.
pub fn bounded(message: String) -> String {
    if message.len() <= 2 * QUOTE_MOST {
        return message;
    }
    let mut out = String::new();
    let mut quote: Option<(char, usize)> = None;
    for c in message.chars() {
        quote = match quote {
            Some((q, _)) if c == q => {
                out.push(c);
                None
            }
            Some((q, n)) => {
                if n < QUOTE_MOST {
                    out.push(c);
                } else if n == QUOTE_MOST {
                    out.push('…');
                }
                Some((q, n + 1))
            }
            None => {
                out.push(c);
                (c == '"' || c == '`').then_some((c, 0))
            }
        };
    }
    match out.char_indices().nth(4 * QUOTE_MOST) {
        Some((cut, _)) => format!("{}…", &out[..cut]),
        None => out,
    }
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

impl std::error::Error for Problem {}

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
    pub mechanisms: Section<Mechanisms>,
    pub parity: Section<GenderParity>,
    pub funnels: Section<Vec<Funnel>>,
    /// Counts reported at several dates (an absent section is an empty one).
    pub snapshots: Section<Vec<Snapshots>>,
    pub figures: Section<Vec<Figure>>,
    pub lost_figures: Section<Vec<LostFigure>>,
    /// Tables with a row per mission (an absent section is an empty one).
    pub mission_tables: Section<Vec<MissionTable>>,
}

impl Dataset {
    /// Every problem of every section, in file order.
    pub fn problems(&self) -> Vec<&Problem> {
        fn of<T>(s: &Section<T>) -> &[Problem] {
            s.as_ref().err().map_or(&[], Vec::as_slice)
        }
        [
            of(&self.missions),
            of(&self.sofa),
            of(&self.mechanisms),
            of(&self.parity),
            of(&self.funnels),
            of(&self.snapshots),
            of(&self.figures),
            of(&self.lost_figures),
            of(&self.mission_tables),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// The registered source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

/// The legal framework a mission operates under (A4P+ 5th progress report, Priority 7, footnote 8).
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

/// "Impact of SOFA/SOMA incidents on missions" (A4P+ 5th progress report, Priority 7).
#[derive(Clone, Debug, PartialEq)]
pub struct SofaTable {
    pub title: String,
    /// The title in other languages (`Translations::pick` chooses).
    pub title_translations: Translations,
    pub source: SourceRef,
    pub source_line: String,
    /// Footnote marks attached to the title.
    pub title_notes: Vec<String>,
    pub notes: Vec<Note>,
    pub rows: Vec<SofaRow>,
}

/// A sentence of a source with where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    pub text: String,
    pub source: SourceRef,
}

/// A table symbol whose meaning the source makes unambiguous.
#[derive(Clone, Debug, PartialEq)]
pub struct Symbol {
    pub symbol: String,
    pub meaning: String,
    pub source: SourceRef,
}

/// A status or contribution cell of the coordination mechanisms table, as printed.
#[derive(Clone, Debug, PartialEq)]
pub enum MechanismCell {
    /// The report's own words, such as "N/A" (the cell has a letter or a digit).
    Word(String),
    /// A symbol (no letter or digit), with its meaning where `symbols` gives it; `None`: the
    /// meaning did not survive in the text (*not reported*).
    Symbol {
        symbol: String,
        /// What the symbol is called (`symbol_names`), for readers whose fonts lack it.
        name: Option<String>,
        meaning: Option<String>,
    },
}

impl MechanismCell {
    /// The cell as printed.
    pub fn text(&self) -> &str {
        match self {
            MechanismCell::Word(s) | MechanismCell::Symbol { symbol: s, .. } => s,
        }
    }
}

/// One host-country coordination mechanism of a mission.
#[derive(Clone, Debug, PartialEq)]
pub struct Mechanism {
    pub mission: String,
    pub mechanism: String,
    /// The status cell; `None` when empty.
    pub status: Option<MechanismCell>,
    /// The contribution cell; `None` when empty.
    pub contribution: Option<MechanismCell>,
}

/// "Existence of coordination mechanisms between mission and host country".
#[derive(Clone, Debug, PartialEq)]
pub struct Mechanisms {
    pub title: String,
    /// The title in other languages (`Translations::pick` chooses).
    pub title_translations: Translations,
    pub source: SourceRef,
    pub intro: Vec<Statement>,
    pub symbols: Vec<Symbol>,
    pub rows: Vec<Mechanism>,
}

/// What a figure counts or measures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A percentage (0–100), written `percent` in the data file.
    Percent,
    /// The data file's own word for what is counted: `people`, `cases`, `km`, …
    Other(String),
}

impl Unit {
    /// The data file's own code for the unit.
    pub fn code(&self) -> &str {
        match self {
            Unit::Percent => "percent",
            Unit::Other(s) => s,
        }
    }
}

/// The data file's code.
impl std::fmt::Display for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A number stated in a source's prose or tables.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub id: String,
    pub topic: String,
    pub label: String,
    pub value: f64,
    pub unit: Unit,
    /// The unit's word for one ("person" for `people`), where the data file gives it.
    pub unit_one: Option<String>,
    pub period: String,
    pub mission: Option<String>,
    pub qualifier: Option<String>,
    pub note: Option<String>,
    pub source: SourceRef,
}

/// A chart whose numbers the source text lost: its caption and where it was.
#[derive(Clone, Debug, PartialEq)]
pub struct LostFigure {
    pub caption: String,
    pub source: SourceRef,
}

/// A line or ring of (longitude, latitude) points in degrees.
pub type Line = Vec<(f64, f64)>;

/// The world basemap: land, country boundaries, and boundaries whose final status is not
/// determined (drawn dashed).
#[derive(Clone, Debug, PartialEq)]
pub struct Basemap {
    pub source: String,
    pub land: Vec<Line>,
    pub borders: Vec<Line>,
    pub undetermined: Vec<Line>,
}
