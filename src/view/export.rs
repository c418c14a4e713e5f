//! What downloads carry: each item's framing (title, summary, sources, "data as of", the map
//! disclaimer) and its file names. The CSV rows are built in `view::csv`.

use super::funnel::FunnelVm;
use super::map::MapVm;
use super::parity::ParityVm;
use crate::i18n::{fill, t, Lang, Msg};
use crate::model::Dataset;

/// What frames a chart in a download: its title above, its paragraphs below.
#[derive(Clone, Debug, PartialEq)]
pub struct Framing {
    pub title: String,
    pub lines: Vec<String>,
}

fn as_of(data: &Dataset, lang: Lang) -> String {
    fill(t(lang, Msg::DataAsOf), &[&data.meta.as_of])
}

pub fn parity_framing(data: &Dataset, vm: &ParityVm, lang: Lang) -> Framing {
    let mut lines = vec![vm.summary.clone()];
    lines.extend(vm.notes.iter().cloned());
    lines.push(vm.sources.clone());
    lines.push(as_of(data, lang));
    Framing {
        title: vm.title.clone(),
        lines,
    }
}

pub fn funnel_framing(data: &Dataset, vm: &FunnelVm, lang: Lang) -> Framing {
    Framing {
        title: vm.title.clone(),
        lines: vec![
            vm.subtitle.clone(),
            vm.summary.clone(),
            vm.sources.clone(),
            as_of(data, lang),
        ],
    }
}

pub fn map_framing(data: &Dataset, vm: &MapVm, lang: Lang) -> Framing {
    let mut lines = vec![vm.summary.clone()];
    lines.extend(vm.legend.iter().cloned());
    lines.extend(vm.disclaimer.iter().cloned());
    lines.push(vm.sources.clone());
    lines.push(as_of(data, lang));
    Framing {
        title: vm.title.clone(),
        lines,
    }
}

/// `sofa-impact-2024-09`: what a file holds and the data's date (the extension comes after).
pub fn file_stem(what: &str, data: &Dataset) -> String {
    let date: String = data
        .meta
        .as_of
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("{what}-{date}")
}

pub use super::csv::{csv, neutralise};

// The CSV rows as the components call them today, in the default language; the rows with a
// language are `view::csv::*_rows(…, lang)`.
