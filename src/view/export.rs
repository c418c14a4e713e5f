//! What downloads carry: each item's framing (title, summary, sources, "data as of", the map
//! disclaimer), its file names, and its values as CSV rows with their source and locator.

use super::funnel::FunnelVm;
use super::map::MapVm;
use super::parity::ParityVm;
use crate::i18n::{fill, t, Lang, Msg};
use crate::model::{
    Agreement, Count, Dataset, Funnel, GenderParity, Impact, Mechanisms, MissionStatus, SofaTable,
    SourceRef, StageCount,
};

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

/// CSV text of `rows` (the first is the header), every cell neutralised against formula
/// injection as OWASP recommends: text starting with `=`, `+`, `-`, `@`, tab or carriage return
/// gets a leading `'` (numbers, such as -3, are left as they are).
pub fn csv(rows: &[Vec<String>]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| neutralise(c)).collect();
        // Writing to memory cannot fail.
        let _ = w.write_record(&cells);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

pub fn neutralise(cell: &str) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.parse::<f64>().is_err() {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

fn src(data: &Dataset, r: &SourceRef) -> [String; 2] {
    let doc = data
        .source(&r.source)
        .map_or(r.source.clone(), |s| s.title.clone());
    [doc, r.locator.clone()]
}

fn row<const N: usize>(cells: [String; N], source: [String; 2], derived: bool) -> Vec<String> {
    let mut r: Vec<String> = cells.into();
    r.extend(source);
    r.push(if derived { "yes" } else { "no" }.to_string());
    r
}

fn header(cells: &[&str]) -> Vec<String> {
    cells
        .iter()
        .chain(&["source", "locator", "derived"])
        .map(|s| s.to_string())
        .collect()
}

fn count(c: Count) -> String {
    match c {
        Count::Number(n) => n.to_string(),
        Count::None => "None".into(),
        Count::UnderValidation => "Under validation".into(),
    }
}

fn impact(i: Impact) -> String {
    match i {
        Impact::LevelNotReported => "not reported".into(),
        Impact::Dash => "-".into(),
    }
}

pub fn sofa_rows(data: &Dataset, s: &SofaTable) -> Vec<Vec<String>> {
    let mut rows = vec![header(&[
        "mission",
        "agreement",
        "new_incidents_last_6_months",
        "total_incidents",
        "impact_civilian_movement",
        "impact_uniformed_movement",
        "impact_mandated_tasks",
        "notes",
    ])];
    for r in &s.rows {
        let agreement = match r.agreement {
            Agreement::Sofa => "SOFA",
            Agreement::Soma => "SOMA",
            Agreement::Neither => "No SOFA/SOMA",
        };
        let (new, total, a, b, c) = match &r.incidents {
            Some(i) => (
                count(i.new_last_6_months),
                count(i.total),
                impact(i.impacts.civilian_movement),
                impact(i.impacts.uniformed_movement),
                impact(i.impacts.mandated_tasks),
            ),
            None => Default::default(),
        };
        rows.push(row(
            [
                r.mission.clone(),
                agreement.into(),
                new,
                total,
                a,
                b,
                c,
                r.notes.join(" "),
            ],
            src(data, &s.source),
            false,
        ));
    }
    rows
}

pub fn mechanism_rows(data: &Dataset, m: &Mechanisms) -> Vec<Vec<String>> {
    let meaning = |s: &Option<String>| {
        s.as_ref()
            .and_then(|s| m.symbols.iter().find(|k| &k.symbol == s))
            .map_or_else(
                || {
                    if s.is_some() {
                        "not reported".into()
                    } else {
                        String::new()
                    }
                },
                |k| k.meaning.clone(),
            )
    };
    let mut rows = vec![header(&[
        "mission",
        "mechanism",
        "status",
        "status_meaning",
        "contribution",
        "contribution_meaning",
    ])];
    for r in &m.rows {
        rows.push(row(
            [
                r.mission.clone(),
                r.mechanism.clone(),
                r.status.clone().unwrap_or_default(),
                meaning(&r.status),
                r.contribution.clone().unwrap_or_default(),
                meaning(&r.contribution),
            ],
            src(data, &m.source),
            false,
        ));
    }
    rows
}

pub fn figure_rows(data: &Dataset, topic: Option<&str>) -> Vec<Vec<String>> {
    let mut rows = vec![header(&[
        "id",
        "topic",
        "label",
        "value",
        "unit",
        "period",
        "mission",
        "qualifier",
        "note",
    ])];
    for f in data
        .figures
        .iter()
        .flatten()
        .filter(|f| topic.is_none_or(|k| f.topic == k))
    {
        rows.push(row(
            [
                f.id.clone(),
                f.topic.clone(),
                f.label.clone(),
                f.value.to_string(),
                f.unit.clone(),
                f.period.clone(),
                f.mission.clone().unwrap_or_default(),
                f.qualifier.clone().unwrap_or_default(),
                f.note.clone().unwrap_or_default(),
            ],
            src(data, &f.source),
            false,
        ));
    }
    rows
}

pub fn parity_rows(data: &Dataset, p: &GenderParity) -> Vec<Vec<String>> {
    let label = |id: &str| {
        p.categories
            .iter()
            .find(|k| k.id == id)
            .map_or(id.to_string(), |k| k.label.clone())
    };
    let mut rows = vec![header(&[
        "category",
        "kind",
        "date",
        "percent_women",
        "uncertain",
        "note",
    ])];
    for a in &p.actuals {
        rows.push(row(
            [
                label(&a.category),
                "reported share".into(),
                a.date.to_string(),
                a.value.to_string(),
                if a.uncertain { "yes" } else { "no" }.into(),
                a.note.clone().unwrap_or_default(),
            ],
            src(data, &a.source),
            false,
        ));
    }
    for tg in &p.targets {
        rows.push(row(
            [
                label(&tg.category),
                "target".into(),
                tg.year.to_string(),
                tg.value
                    .map_or_else(|| "not reported".into(), |v| v.to_string()),
                if tg.uncertain { "yes" } else { "no" }.into(),
                tg.note.clone().unwrap_or_default(),
            ],
            src(data, &tg.source),
            false,
        ));
    }
    rows
}

pub fn funnel_rows(data: &Dataset, f: &Funnel) -> Vec<Vec<String>> {
    let mut rows = vec![header(&[
        "funnel",
        "stage",
        "count",
        "share_of_previous_percent",
        "how_derived",
    ])];
    for s in &f.stages {
        let (count, how, derived) = match &s.count {
            StageCount::Stated(v) => (v.to_string(), String::new(), false),
            StageCount::Derived { value, how } => (format!("{value:.1}"), how.clone(), true),
            StageCount::NotReported => ("not reported".into(), String::new(), false),
        };
        rows.push(row(
            [
                f.title.clone(),
                s.label.clone(),
                count,
                s.share_of_previous
                    .map(|v| v.to_string())
                    .unwrap_or_default(),
                how,
            ],
            src(data, &s.source),
            derived,
        ));
    }
    rows
}

pub fn mission_rows(data: &Dataset) -> Vec<Vec<String>> {
    let mut rows = vec![header(&[
        "code",
        "name",
        "host",
        "status",
        "closed_year",
        "headquarters",
        "season",
        "latitude",
        "longitude",
    ])];
    for m in data.missions.iter().flatten() {
        for h in &m.hq {
            let (status, year) = match m.status {
                MissionStatus::Active => ("active", String::new()),
                MissionStatus::Closed { year } => {
                    ("closed", year.map(|y| y.to_string()).unwrap_or_default())
                }
            };
            rows.push(row(
                [
                    m.code.clone(),
                    m.name.clone().unwrap_or_default(),
                    m.host.clone().unwrap_or_default(),
                    status.into(),
                    year,
                    h.name.clone(),
                    h.season.clone().unwrap_or_default(),
                    h.lat.to_string(),
                    h.lon.to_string(),
                ],
                src(data, &m.source),
                false,
            ));
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_neutralises() {
        let rows = vec![
            vec!["a".to_string(), "b, c".to_string()],
            vec!["=SUM(A1)".to_string(), "-3".to_string()],
            vec!["@x".to_string(), "say \"hi\"".to_string()],
        ];
        assert_eq!(
            csv(&rows),
            "a,\"b, c\"\n'=SUM(A1),-3\n'@x,\"say \"\"hi\"\"\"\n"
        );
        assert_eq!(neutralise("+1 (tel)"), "'+1 (tel)");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("-12.5"), "-12.5");
    }
}
