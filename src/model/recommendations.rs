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
}

/// Whether a recommendation is for the Secretariat to act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Addressed {
    ToSecretariat,
    /// The report's "This recommendation is not addressed to the Secretariat."
    NotToSecretariat,
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
