//! The missions: status, headquarters (with their seasons), and names in other languages.

use super::SourceRef;

/// Whether a mission is still deployed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MissionStatus {
    Active,
    Closed { year: Option<u16> },
}

/// The season a headquarters is used in (UNMOGIP moves between two).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Season {
    Summer,
    Winter,
}

impl Season {
    /// The data file's own word for the season (`summer`, `winter`).
    pub fn code(self) -> &'static str {
        match self {
            Season::Summer => "summer",
            Season::Winter => "winter",
        }
    }
}

/// The data file's code; a translated word comes from the message catalogue.
impl std::fmt::Display for Season {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// One headquarters location (UNMOGIP has a summer and a winter one).
#[derive(Clone, Debug, PartialEq)]
pub struct Headquarters {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    /// Only for a mission with more than one seat through the year.
    pub season: Option<Season>,
}

/// A peacekeeping mission.
#[derive(Clone, Debug, PartialEq)]
pub struct Mission {
    pub code: String,
    pub name: Option<String>,
    pub host: Option<String>,
    pub status: MissionStatus,
    pub hq: Vec<Headquarters>,
    /// Where the headquarters coordinates come from.
    pub source: SourceRef,
    pub name_source: Option<SourceRef>,
    pub host_source: Option<SourceRef>,
    pub closed_source: Option<SourceRef>,
    /// The name and acronym in other languages, where a source gives them.
    pub names: Vec<MissionName>,
}

/// A mission's name and acronym in one language (`None`: the English one).
#[derive(Clone, Debug, PartialEq)]
pub struct MissionName {
    pub lang: crate::i18n::Lang,
    pub name: Option<String>,
    pub code: Option<String>,
    pub source: SourceRef,
}

impl Mission {
    fn names_in(&self, lang: crate::i18n::Lang) -> Option<&MissionName> {
        self.names.iter().find(|n| n.lang == lang)
    }
    /// The acronym in `lang` (`FINUL` for UNIFIL in French), and whether it is that
    /// language's (else the English one).
    pub fn code_in(&self, lang: crate::i18n::Lang) -> (&str, bool) {
        match self.names_in(lang).and_then(|n| n.code.as_deref()) {
            Some(code) => (code, true),
            None => (&self.code, lang == crate::i18n::Lang::En),
        }
    }
    /// The name in `lang`, and whether it is that language's (else the English one).
    pub fn name_in(&self, lang: crate::i18n::Lang) -> Option<(&str, bool)> {
        match self.names_in(lang).and_then(|n| n.name.as_deref()) {
            Some(name) => Some((name, true)),
            None => Some((self.name.as_deref()?, lang == crate::i18n::Lang::En)),
        }
    }
}
