//! The head of the file (`format`, `meta`, `sources`): what every section needs, so a problem
//! here stops the whole file.

use super::{problem, section, Checks, LoadError};
use crate::data::raw;
use crate::data::tree::JsonTree;
use crate::model::{self, Section};
use std::collections::HashSet;

/// The format version, the title and date, and the registered sources.
pub(super) fn head<T: JsonTree>(doc: &T) -> Result<(model::Meta, Vec<model::Source>), LoadError> {
    if !doc.is_object() {
        return Err(LoadError::NotAnObject);
    }
    let format = doc
        .member("format")
        .ok_or_else(|| {
            LoadError::Head(vec![problem("format", "missing: the data format version")])
        })?
        .parse::<f64>("format")
        .map_err(|p| LoadError::Head(vec![p]))?;
    if format != f64::from(raw::FORMAT) {
        return Err(LoadError::Format {
            expected: raw::FORMAT,
            found: format.to_string(),
        });
    }
    match (
        section::<_, raw::Meta>(doc, "meta"),
        section(doc, "sources").and_then(sources),
    ) {
        (Ok(meta), Ok(sources)) => match meta.lang.as_deref().map(|tag| {
            crate::i18n::Lang::from_tag(tag)
                .filter(|l| l.tag() == tag)
                .ok_or(tag)
        }) {
            Some(Err(tag)) => Err(LoadError::Head(vec![super::problem(
                "meta.lang",
                format!("unknown language \"{tag}\": use ar, zh, en, fr, ru or es"),
            )])),
            lang => Ok((
                model::Meta {
                    title: meta.title.into(),
                    as_of: meta.as_of.into(),
                    lang: lang.and_then(Result::ok).unwrap_or_default(),
                },
                sources,
            )),
        },
        (meta, sources) => {
            let mut problems = meta.err().unwrap_or_default();
            problems.extend(sources.err().unwrap_or_default());
            Err(LoadError::Head(problems))
        }
    }
}

fn sources(raw: Vec<raw::Source>) -> Section<Vec<model::Source>> {
    let mut c = Checks::default();
    let mut seen = HashSet::new();
    for (i, s) in raw.iter().enumerate() {
        c.unique(&mut seen, &s.id, || format!("sources[{i}].id"), "source id");
    }
    c.finish(
        raw.into_iter()
            .map(|s| model::Source {
                short: s.short.unwrap_or_else(|| s.id.clone()).into(),
                id: s.id.into(),
                title: s.title.into(),
                date: s.date.map(Into::into),
                url: s.url.map(Into::into),
                note: s.note.map(Into::into),
            })
            .collect(),
    )
}
