//! Plural categories (CLDR): which form of a plural message a count takes, as a type rather
//! than its name; the catalogue files name them (`"one"`, `"few"`, …) as CLDR and `Intl` do.

use super::{Lang, Msg};

/// A CLDR plural category: what `Intl.PluralRules.select` answers, and a form's key in a
/// catalogue file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    pub const ALL: [PluralCategory; 6] = [
        PluralCategory::Zero,
        PluralCategory::One,
        PluralCategory::Two,
        PluralCategory::Few,
        PluralCategory::Many,
        PluralCategory::Other,
    ];

    /// Its CLDR name: a form's key in a catalogue file, `Intl`'s answer.
    pub fn name(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }

    /// The category named `name`, if CLDR has one.
    pub fn from_name(name: &str) -> Option<PluralCategory> {
        PluralCategory::ALL.into_iter().find(|c| c.name() == name)
    }
}

impl std::fmt::Display for PluralCategory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The messages that have a form per plural category (chosen with [`super::t_count`]).
pub const PLURAL: &[Msg] = &[
    Msg::SearchCount,
    Msg::ParitySummary,
    Msg::CountDates,
    Msg::CountReports,
    Msg::RecCount,
];

/// The plural categories a language's whole numbers fall in (CLDR): the forms its catalogue
/// gives each plural message.
pub fn plural_categories(lang: Lang) -> &'static [PluralCategory] {
    use PluralCategory::*;
    match lang {
        Lang::Ar => &[Zero, One, Two, Few, Many, Other],
        Lang::Zh => &[Other],
        Lang::En => &[One, Other],
        Lang::Fr | Lang::Es => &[One, Many, Other],
        Lang::Ru => &[One, Few, Many, Other],
    }
}
