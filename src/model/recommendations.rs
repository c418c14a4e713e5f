//! The recommendations matrix (A/76/505/Add.1): sections and their rows, one per paragraph of
//! A/75/19, with the status text as the report gives it.

use super::{Meta, Source, SourceRef};

#[derive(Clone, Debug, PartialEq)]
pub struct Recommendations {
    pub meta: Meta,
    pub sources: Vec<Source>,
    pub sections: Vec<RecSection>,
    /// In the matrix's order.
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RecSection {
    /// The roman number ("II").
    pub id: String,
    /// As printed.
    pub title: String,
    /// The title in other languages (`Translations::pick` chooses).
    pub title_translations: super::Translations,
}

impl RecSection {
    /// The title as shown on a page in `lang`, from a file written in `file`.
    pub fn title_in(&self, lang: crate::i18n::Lang, file: crate::i18n::Lang) -> super::Shown<'_> {
        self.title_translations.pick(&self.title, lang, file)
    }
}

/// Whether a recommendation is for the Secretariat to act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Addressed {
    ToSecretariat,
    /// The report's "This recommendation is not addressed to the Secretariat."
    NotToSecretariat,
}

impl Addressed {
    pub const ALL: [Addressed; 2] = [Addressed::ToSecretariat, Addressed::NotToSecretariat];

    /// Its id in an address (`state=not-addressed`) and in the tracker's filter.
    pub fn id(self) -> &'static str {
        match self {
            Addressed::ToSecretariat => "addressed",
            Addressed::NotToSecretariat => "not-addressed",
        }
    }

    /// The state whose id is `id`.
    pub fn parse(id: &str) -> Option<Addressed> {
        Addressed::ALL.into_iter().find(|a| a.id() == id)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    pub para: u32,
    pub section: String,
    /// The report's own words, a string per paragraph of text.
    pub status: Vec<String>,
    pub addressed: Addressed,
    pub cites: Vec<String>,
    pub missions: Vec<String>,
    pub figures: Vec<String>,
    pub source: SourceRef,
}
