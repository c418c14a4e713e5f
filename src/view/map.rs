//! The mission map: every mission at its headquarters on the world basemap (Equal Earth),
//! sized by new SOFA/SOMA incidents where the data gives a number, with labels that do not
//! overlap and the UN map disclaimer.

use super::chart::{Mark, Rect};
use super::table::{CellKind, CellVm, ColumnVm, RowVm, SortKey, TableVm};
use super::{short_citation, short_name, sources_line};
use crate::geo::projection::Fit;
use crate::i18n::{fill, format_count, t, Lang, Msg};
use crate::model::{Basemap, Count, Dataset, MissionStatus, Problem};
use std::rc::Rc;

/// One headquarters of a mission (UNMOGIP has two).
#[derive(Clone, Debug, PartialEq)]
pub struct SiteVm {
    pub code: String,
    pub lon: f64,
    pub lat: f64,
    pub active: bool,
    /// New SOFA/SOMA incidents in the last 6 months, where the table gives a number.
    pub metric: Option<u64>,
    pub details: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapVm {
    pub title: String,
    pub summary: String,
    pub sites: Vec<SiteVm>,
    pub legend: Vec<String>,
    pub disclaimer: Vec<String>,
    pub sources: String,
    /// The missions as a table (the map's "show as table"), built once with the map.
    pub table: Rc<TableVm>,
}

/// Builds the map's view model; the missions section must be valid, the SOFA table is optional.
pub fn map(data: &Dataset, show_closed: bool, lang: Lang) -> Result<MapVm, Vec<Problem>> {
    let missions = data.missions.as_ref().map_err(Clone::clone)?;
    let metric = |code: &str| -> Option<u64> {
        let row = data
            .sofa
            .as_ref()
            .ok()?
            .rows
            .iter()
            .find(|r| r.mission == code)?;
        match row.incidents?.new_last_6_months {
            Count::Number(n) => Some(n),
            _ => None,
        }
    };
    let mut sites = Vec::new();
    let mut rows = Vec::new();
    for m in missions {
        let active = m.status == MissionStatus::Active;
        let status = match m.status {
            MissionStatus::Active => t(lang, Msg::Active).to_string(),
            MissionStatus::Closed { year: Some(y) } => {
                fill(t(lang, Msg::ClosedIn), &[&y.to_string()])
            }
            MissionStatus::Closed { year: None } => t(lang, Msg::Closed).to_string(),
        };
        let n = metric(&m.code);
        let hq_names: Vec<String> =
            m.hq.iter()
                .map(|h| match h.season.as_deref() {
                    Some("summer") => format!("{} ({})", h.name, t(lang, Msg::Summer)),
                    Some("winter") => format!("{} ({})", h.name, t(lang, Msg::Winter)),
                    Some(other) => format!("{} ({other})", h.name),
                    None => h.name.clone(),
                })
                .collect();
        let incidents = n.map(|n| format_count(n, lang));
        if active || show_closed {
            for (h, hq) in m.hq.iter().zip(&hq_names) {
                let parts = [
                    Some(m.code.clone()),
                    m.name.clone(),
                    Some(hq.clone()),
                    m.host.clone(),
                    Some(status.clone()),
                    incidents
                        .as_ref()
                        .map(|i| format!("{}: {i}", t(lang, Msg::ColNewIncidents))),
                    Some(short_citation(data, &m.source, lang)),
                ];
                sites.push(SiteVm {
                    code: m.code.clone(),
                    lon: h.lon,
                    lat: h.lat,
                    active,
                    metric: n,
                    details: parts.into_iter().flatten().collect::<Vec<_>>().join(" · "),
                });
            }
        }
        let text = |s: &str| CellVm::new(s, CellKind::Text);
        rows.push(RowVm {
            key: m.code.clone(),
            cells: vec![
                text(&m.code),
                text(m.name.as_deref().unwrap_or("")),
                text(&hq_names.join(", ")),
                text(m.host.as_deref().unwrap_or("")),
                text(&status),
                match &incidents {
                    Some(i) => CellVm::new(i, CellKind::Number),
                    None => CellVm::new(t(lang, Msg::NotReported), CellKind::NotReported),
                },
            ],
            sort_keys: vec![
                SortKey::Text(m.code.clone()),
                SortKey::Text(m.name.clone().unwrap_or_default()),
                SortKey::Text(hq_names.join(", ")),
                SortKey::Text(m.host.clone().unwrap_or_default()),
                SortKey::Text(status),
                n.map_or(SortKey::State, |n| SortKey::Number(n as f64)),
            ],
        });
    }
    let active = missions
        .iter()
        .filter(|m| m.status == MissionStatus::Active)
        .count();
    let shown = missions
        .iter()
        .filter(|m| show_closed || m.status == MissionStatus::Active)
        .count();
    let column = |label: Msg, numeric: bool| ColumnVm::new(t(lang, label), true, numeric);
    let title = t(lang, Msg::MapTitle).to_string();
    let mut legend = vec![
        t(lang, Msg::MapSizeLegend).to_string(),
        t(lang, Msg::MapRingLegend).to_string(),
    ];
    if show_closed {
        legend.push(t(lang, Msg::MapClosedLegend).to_string());
    }
    legend.push(t(lang, Msg::MapDashedLegend).to_string());
    let sofa = data
        .sofa
        .as_ref()
        .ok()
        .map(|s| short_citation(data, &s.source, lang));
    let sources = sources_line(
        lang,
        missions
            .iter()
            .map(|m| short_name(data, &m.source))
            .chain(sofa),
    );
    Ok(MapVm {
        summary: fill(
            t(lang, Msg::MapSummary),
            &[
                &active.to_string(),
                &(missions.len() - active).to_string(),
                &shown.to_string(),
            ],
        ),
        sites,
        legend,
        disclaimer: [
            Msg::DisclaimerMain,
            Msg::DisclaimerSudan,
            Msg::DisclaimerAbyei,
            Msg::DisclaimerKashmir,
        ]
        .into_iter()
        .map(|m| t(lang, m).to_string())
        .collect(),
        sources: sources.clone(),
        table: Rc::new(TableVm {
            caption: title.clone(),
            hint: t(lang, Msg::SortHint).to_string(),
            caption_notes: Vec::new(),
            columns: vec![
                column(Msg::ColMission, false),
                column(Msg::ColName, false),
                column(Msg::ColHeadquarters, false),
                column(Msg::ColHost, false),
                column(Msg::ColStatus, false),
                column(Msg::ColNewIncidents, true),
            ],
            rows,
            notes: Vec::new(),
            legend: Vec::new(),
            source_line: String::new(),
            citation: sources,
        }),
        title,
    })
}

/// A site's marker and, where it fits, its label.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkerBox {
    pub x: f64,
    pub y: f64,
    pub r: f64,
    /// Where the label's anchor is and whether it reads leftwards from it.
    pub label: Option<(f64, f64, bool)>,
}

/// The map at one width: the basemap and the sites projected once per size. Zooming and panning
/// only apply a [`Zoom`] to these points; labels are placed per [`frame`].
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    pub width: f64,
    pub height: f64,
    pub fit: Fit,
    pub land: Vec<Vec<(f64, f64)>>,
    pub borders: Vec<Vec<(f64, f64)>>,
    pub undetermined: Vec<Vec<(f64, f64)>>,
    /// Each site's projected position, at zoom 1.
    pub sites: Vec<(f64, f64)>,
}

/// Zoom and pan: a screen point is `base × k + (x, y)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Zoom {
    pub k: f64,
    pub x: f64,
    pub y: f64,
}

impl Default for Zoom {
    fn default() -> Self {
        Zoom {
            k: 1.0,
            x: 0.0,
            y: 0.0,
        }
    }
}

/// How far the map zooms in.
pub const MAX_ZOOM: f64 = 8.0;

impl Zoom {
    pub fn apply(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (x * self.k + self.x, y * self.k + self.y)
    }

    /// Keeps the zoom within 1…[`MAX_ZOOM`] and the view within the map's frame.
    fn clamp(self, width: f64, height: f64) -> Zoom {
        let k = self.k.clamp(1.0, MAX_ZOOM);
        Zoom {
            k,
            x: self.x.clamp(width * (1.0 - k), 0.0),
            y: self.y.clamp(height * (1.0 - k), 0.0),
        }
    }

    /// Zooms by `factor` keeping the screen point `(cx, cy)` where it is.
    pub fn zoom_at(self, factor: f64, (cx, cy): (f64, f64), width: f64, height: f64) -> Zoom {
        let k = (self.k * factor).clamp(1.0, MAX_ZOOM);
        let f = k / self.k;
        Zoom {
            k,
            x: cx - (cx - self.x) * f,
            y: cy - (cy - self.y) * f,
        }
        .clamp(width, height)
    }

    /// Moves the view by `(dx, dy)` screen pixels.
    pub fn pan(self, dx: f64, dy: f64, width: f64, height: f64) -> Zoom {
        Zoom {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
        .clamp(width, height)
    }
}

/// What changes with the zoom: markers, labels and focusable marks, in screen pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct MapFrame {
    pub markers: Vec<MarkerBox>,
    pub marks: Vec<Mark>,
}

/// The marker radius for a metric: area grows with the count.
pub fn radius(metric: Option<u64>) -> f64 {
    metric.map_or(5.0, |n| 4.5 + 1.6 * (n as f64).sqrt())
}

/// Label font size in logical pixels, and the average glyph width used to keep labels apart.
pub const LABEL_SIZE: f64 = 12.0;
const GLYPH: f64 = LABEL_SIZE * 0.6;

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()
}

/// Lays the map out at `width`: the view fits the shown missions (with a margin), and the
/// basemap and the sites are projected once.
pub fn layout(vm: &MapVm, base: &Basemap, width: f64) -> MapLayout {
    let height = (width * 0.6).clamp(240.0, 620.0);
    let (mut lon0, mut lat0, mut lon1, mut lat1) = (180.0f64, 90.0f64, -180.0f64, -90.0f64);
    for s in &vm.sites {
        lon0 = lon0.min(s.lon);
        lon1 = lon1.max(s.lon);
        lat0 = lat0.min(s.lat);
        lat1 = lat1.max(s.lat);
    }
    if vm.sites.is_empty() {
        (lon0, lat0, lon1, lat1) = (-180.0, -60.0, 180.0, 85.0);
    }
    let fit = Fit::to_box(
        width,
        height,
        ((lon0 - 14.0).max(-180.0), (lat0 - 14.0).max(-60.0)),
        ((lon1 + 14.0).min(180.0), (lat1 + 12.0).min(85.0)),
    );
    let view = Rect {
        x: 0.0,
        y: 0.0,
        w: width,
        h: height,
    };
    let project = |lines: &[Vec<(f64, f64)>]| -> Vec<Vec<(f64, f64)>> {
        lines
            .iter()
            .map(|l| {
                l.iter()
                    .map(|&(lon, lat)| fit.project(lon, lat))
                    .collect::<Vec<_>>()
            })
            .filter(|l| {
                let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
                for &(x, y) in l {
                    x0 = x0.min(x);
                    x1 = x1.max(x);
                    y0 = y0.min(y);
                    y1 = y1.max(y);
                }
                overlaps(
                    &Rect {
                        x: x0,
                        y: y0,
                        w: x1 - x0,
                        h: y1 - y0,
                    },
                    &view,
                )
            })
            .collect()
    };
    let sites = vm.sites.iter().map(|s| fit.project(s.lon, s.lat)).collect();
    MapLayout {
        width,
        height,
        fit,
        land: project(&base.land),
        borders: project(&base.borders),
        undetermined: project(&base.undetermined),
        sites,
    }
}

/// Markers, labels and marks for `zoom`: labels go right, left, above or below their marker,
/// or are left out where none of those is free (the mission stays focusable and listed).
pub fn frame(vm: &MapVm, layout: &MapLayout, zoom: Zoom) -> MapFrame {
    let (width, height) = (layout.width, layout.height);
    let mut markers: Vec<MarkerBox> = vm
        .sites
        .iter()
        .zip(&layout.sites)
        .map(|(s, &p)| {
            let (x, y) = zoom.apply(p);
            let r = if s.active { radius(s.metric) } else { 4.0 };
            MarkerBox {
                x,
                y,
                r,
                label: None,
            }
        })
        .collect();
    let inside = |m: &MarkerBox| m.x >= 0.0 && m.x <= width && m.y >= 0.0 && m.y <= height;
    // Greedy labels: larger markers first, each at the first free place.
    let mut taken: Vec<Rect> = markers
        .iter()
        .map(|m| Rect {
            x: m.x - m.r,
            y: m.y - m.r,
            w: 2.0 * m.r,
            h: 2.0 * m.r,
        })
        .collect();
    let mut order: Vec<usize> = (0..markers.len()).collect();
    order.sort_by(|&a, &b| markers[b].r.total_cmp(&markers[a].r));
    let mut labelled: Vec<&str> = Vec::new();
    for i in order {
        let code = vm.sites[i].code.as_str();
        if labelled.contains(&code) || !inside(&markers[i]) {
            continue; // a second headquarters of a mission already labelled, or out of view
        }
        let m = &markers[i];
        let w = code.chars().count() as f64 * GLYPH;
        let h = LABEL_SIZE + 2.0;
        let gap = m.r + 3.0;
        let candidates = [
            (
                m.x + gap,
                m.y,
                false,
                Rect {
                    x: m.x + gap,
                    y: m.y - h / 2.0,
                    w,
                    h,
                },
            ),
            (
                m.x - gap,
                m.y,
                true,
                Rect {
                    x: m.x - gap - w,
                    y: m.y - h / 2.0,
                    w,
                    h,
                },
            ),
            (
                m.x - w / 2.0,
                m.y - gap - h / 2.0,
                false,
                Rect {
                    x: m.x - w / 2.0,
                    y: m.y - gap - h,
                    w,
                    h,
                },
            ),
            (
                m.x - w / 2.0,
                m.y + gap + h / 2.0,
                false,
                Rect {
                    x: m.x - w / 2.0,
                    y: m.y + gap,
                    w,
                    h,
                },
            ),
        ];
        let free = candidates.into_iter().find(|(.., r)| {
            r.x >= 0.0
                && r.right() <= width
                && r.y >= 0.0
                && r.bottom() <= height
                && !taken.iter().any(|t| overlaps(t, r))
        });
        if let Some((x, y, leftwards, r)) = free {
            markers[i].label = Some((x, y, leftwards));
            taken.push(r);
            labelled.push(code);
        }
    }
    let marks = markers
        .iter()
        .zip(&vm.sites)
        .map(|(m, s)| {
            let r = m.r.max(9.0);
            Mark {
                x: m.x - r,
                y: m.y - r,
                w: 2.0 * r,
                h: 2.0 * r,
                details: s.details.clone(),
            }
        })
        .collect();
    MapFrame { markers, marks }
}
