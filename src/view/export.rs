//! What downloads carry: each item's framing (title, summary, sources, "data as of", the map
//! disclaimer) and its file names. The CSV rows are built in `view::csv`.

use super::funnel::FunnelVm;
use super::map::MapVm;
use super::parity::ParityVm;
use super::snapshots::SnapshotsVm;
use crate::i18n::{format_year_month_long, tf, Locale, Msg};
use crate::model::Dataset;

/// What frames a chart in a download: its title above, its paragraphs below.
#[derive(Clone, Debug, PartialEq)]
pub struct Framing {
    pub title: String,
    pub lines: Vec<String>,
}

/// The source lines' font size under a framed export, in logical pixels.
pub const FOOTER_SIZE: f64 = 11.5;
/// The average glyph width the source lines are broken at, in ems: a little wider than
/// `chart::wrap`'s 0.55 (the shipped downloads were laid out with it; changing it would move
/// their line breaks).
const FOOTER_EM: f64 = 0.56;

impl Framing {
    /// The source lines under a framed export `width` wide, each paragraph broken into lines
    /// (at most eight) as `loc` measures text.
    pub fn footer(&self, width: f64, loc: Locale) -> Vec<String> {
        let chars = (width / (FOOTER_SIZE * FOOTER_EM)) as usize;
        self.lines
            .iter()
            .flat_map(|l| super::chart::wrap(loc, l, chars, 8))
            .collect()
    }
}

/// The data's date (`meta.as_of`: `2024-09` or `2024`) as the language writes a month and
/// year in running text, the month in full ("September 2024", "septiembre de 2024",
/// "2024年9月"); a date written otherwise, as it is.
pub fn data_date(data: &Dataset, loc: Locale) -> String {
    let text = data.meta.as_of.trim();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let (year, month) = text
        .split_once('-')
        .map_or((text, None), |(y, m)| (y, Some(m)));
    let month = match month {
        None => Some(None),
        Some(m) if digits(m, 2) => m
            .parse::<u8>()
            .ok()
            .filter(|m| (1..=12).contains(m))
            .map(Some),
        Some(_) => None,
    };
    match (
        digits(year, 4).then(|| year.parse::<u16>().ok()).flatten(),
        month,
    ) {
        (Some(year), Some(month)) => format_year_month_long(year, month, loc),
        _ => text.to_string(),
    }
}

/// "Data as of September 2024": the line under every item, in its downloads and in the page.
pub fn data_as_of(data: &Dataset, loc: Locale) -> String {
    tf(loc, Msg::DataAsOf, &[("date", &data_date(data, loc))])
}

/// A chart's framing: `head` (subtitle, summary), its notes, its sources, the data's date.
fn framing(
    data: &Dataset,
    title: &str,
    head: &[&str],
    notes: &[String],
    sources: &str,
    loc: Locale,
) -> Framing {
    let lines = head
        .iter()
        .map(|s| s.to_string())
        .chain(notes.iter().cloned())
        .chain([sources.to_string(), data_as_of(data, loc)])
        .collect();
    Framing {
        title: title.to_string(),
        lines,
    }
}

pub fn parity_framing(data: &Dataset, vm: &ParityVm, loc: Locale) -> Framing {
    framing(data, &vm.title, &[&vm.summary], &vm.notes, &vm.sources, loc)
}

/// What a series chart says around itself (a funnel, counts at several dates): read by its
/// framing in downloads and by the view that shows it.
pub trait Series {
    fn title(&self) -> &str;
    /// The unit and period.
    fn subtitle(&self) -> &str;
    fn summary(&self) -> &str;
    fn notes(&self) -> &[String];
    fn sources(&self) -> &str;
}

macro_rules! series {
    ($t:ty) => {
        impl Series for $t {
            fn title(&self) -> &str {
                &self.title
            }
            fn subtitle(&self) -> &str {
                &self.subtitle
            }
            fn summary(&self) -> &str {
                &self.summary
            }
            fn notes(&self) -> &[String] {
                &self.notes
            }
            fn sources(&self) -> &str {
                &self.sources
            }
        }
    };
}
series!(FunnelVm);
series!(SnapshotsVm);

/// A series' framing: subtitle and summary, its notes, its sources, the data's date.
pub fn series_framing(data: &Dataset, vm: &impl Series, loc: Locale) -> Framing {
    let head = [vm.subtitle(), vm.summary()];
    framing(data, vm.title(), &head, vm.notes(), vm.sources(), loc)
}

pub fn map_framing(data: &Dataset, vm: &MapVm, loc: Locale) -> Framing {
    let mut lines = vec![vm.summary.clone()];
    lines.extend(vm.legend.iter().cloned());
    lines.extend(vm.disclaimer.iter().cloned());
    lines.push(vm.sources.clone());
    lines.push(data_as_of(data, loc));
    Framing {
        title: vm.title.clone(),
        lines,
    }
}

/// `sofa-impact-2024-09`: what a file holds and the data's date (the extension comes after).
/// Safe on every system whatever the data file says: only `A–Z a–z 0–9 . _ -`, no leading dot
/// or dash, at most 60 characters, never a reserved device name (`CON`, `NUL`, `COM1`…).
pub fn file_stem(what: &str, data: &Dataset) -> String {
    let safe = |s: &str| -> String {
        let mapped: String = s
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let mut out = String::new();
        for part in mapped.split('-').filter(|p| !p.is_empty()) {
            if !out.is_empty() {
                out.push('-');
            }
            out.push_str(part);
        }
        out.trim_start_matches(['.', '-']).to_string()
    };
    let stem = [safe(what), safe(&data.meta.as_of)]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let mut stem: String = stem.chars().take(60).collect();
    let device = stem
        .split('.')
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase();
    let reserved = ["CON", "PRN", "AUX", "NUL"].contains(&device.as_str())
        || (device.len() == 4
            && (device.starts_with("COM") || device.starts_with("LPT"))
            && device.ends_with(|c: char| c.is_ascii_digit()));
    if stem.is_empty() {
        return "pkviz".into();
    }
    if reserved {
        stem.insert_str(0, "pkviz-");
    }
    stem
}

pub use super::csv::{csv, neutralise};

// The CSV rows as the components call them today, in the default language; the rows with a
// language are `view::csv::*_rows(…, loc)`.

#[cfg(test)]
mod tests {
    use super::{data_date, file_stem};
    use crate::data::{load_text, RawJson};
    use crate::i18n::{format_year_month_long, Lang, Locale};

    fn data(as_of: &str) -> crate::model::Dataset {
        let text = format!(
            r#"{{"format": 1, "meta": {{"title": "t", "as_of": {}}}, "sources": []}}"#,
            serde_json::to_string(as_of).unwrap_or_default()
        );
        load_text::<RawJson>(&text).expect("a head")
    }

    #[test]
    fn the_data_date_is_written_as_the_language_writes_a_month() {
        for loc in Lang::ALL.map(Locale::bare) {
            let long = format_year_month_long(2024, Some(9), loc);
            assert_eq!(data_date(&data("2024-09"), loc), long);
            assert_eq!(
                data_date(&data("2024"), loc),
                format_year_month_long(2024, None, loc)
            );
        }
        for odd in ["2024-13", "2024-9", "+024-09", "mid-2024", "2024-09-30"] {
            assert_eq!(data_date(&data(odd), Locale::bare(Lang::Fr)), odd);
        }
    }

    #[test]
    fn download_names_are_safe_whatever_the_file_says() {
        assert_eq!(
            file_stem("sofa-impact", &data("2024-09")),
            "sofa-impact-2024-09"
        );
        assert_eq!(file_stem("../../x", &data("2024-09")), "x-2024-09");
        assert_eq!(file_stem("a&b c/d", &data("/")), "a-b-c-d");
        assert_eq!(file_stem("CON", &data("/")), "pkviz-CON");
        assert_eq!(file_stem("com1.x", &data("/")), "pkviz-com1.x");
        assert_eq!(file_stem("", &data("/")), "pkviz");
        let long = file_stem(&"x".repeat(300), &data("2024-09"));
        assert_eq!(long.len(), 60);
        let name = file_stem("ü/<>:\"|?*\u{0}", &data("2024\n09"));
        assert!(
            name.chars()
                .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c)),
            "{name}"
        );
    }
}
