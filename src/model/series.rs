//! The validated series drawn as charts: uniformed gender parity (categories, targets, reported
//! shares) and funnels (stages that can only narrow).

use super::{SourceRef, Statement};

#[derive(Clone, Debug, PartialEq)]
pub struct ParityCategory {
    pub id: String,
    pub label: String,
    /// The label in other languages (`Translations::pick` chooses).
    pub label_translations: super::Translations,
    /// One of the five categories of the Uniformed Gender Parity Strategy.
    pub ugps: bool,
}

/// A Uniformed Gender Parity Strategy target for one category and year.
#[derive(Clone, Debug, PartialEq)]
pub struct ParityTarget {
    pub category: String,
    pub year: u16,
    /// Percent women; `None`: no source gives this target (*not reported*).
    pub value: Option<f64>,
    pub uncertain: bool,
    pub note: Option<String>,
    pub source: SourceRef,
}

/// A reported share of women in a category at a date.
#[derive(Clone, Debug, PartialEq)]
pub struct ParityActual {
    pub category: String,
    pub date: YearMonth,
    /// The source gives the date only roughly.
    pub date_approximate: bool,
    pub value: f64,
    pub uncertain: bool,
    pub note: Option<String>,
    pub source: SourceRef,
}

/// A date as precise as its source: a year, or a year and month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearMonth {
    pub year: u16,
    pub month: Option<u8>,
}

impl std::fmt::Display for YearMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.month {
            Some(m) => write!(f, "{}-{:02}", self.year, m),
            None => write!(f, "{}", self.year),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct GenderParity {
    pub categories: Vec<ParityCategory>,
    pub targets: Vec<ParityTarget>,
    pub actuals: Vec<ParityActual>,
    pub statements: Vec<Statement>,
}

/// A stage's count: as stated, or derived from the next stage (its count ÷ its share).
#[derive(Clone, Debug, PartialEq)]
pub enum StageCount {
    Stated(f64),
    /// Computed, so approximate: the share it comes from was rounded in the source.
    Derived {
        value: f64,
        how: String,
    },
    NotReported,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stage {
    pub label: String,
    /// The label in other languages (`Translations::pick` chooses).
    pub label_translations: super::Translations,
    pub count: StageCount,
    pub share_of_previous: Option<f64>,
    pub note: Option<String>,
    pub source: SourceRef,
}

/// A sequence of stages that can only narrow (reported → investigated; identified → convicted).
#[derive(Clone, Debug, PartialEq)]
pub struct Funnel {
    pub id: String,
    pub title: String,
    /// The title in other languages (`Translations::pick` chooses).
    pub title_translations: super::Translations,
    pub unit: String,
    pub period: String,
    pub note: Option<String>,
    pub stages: Vec<Stage>,
}

/// The same counts reported at several dates.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshots {
    pub id: String,
    pub title: String,
    pub unit: String,
    pub measures: Vec<String>,
    /// In time order, each date once.
    pub dates: Vec<Snapshot>,
    pub note: Option<String>,
}

/// The counts of every measure as of one date (`None`: not reported).
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    pub as_of: YearMonth,
    pub counts: Vec<Option<f64>>,
    pub source: SourceRef,
}
