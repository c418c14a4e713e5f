//! Geometry shared by the charts: boxes, linear scales, tick values, and the marks that can be
//! focused (for the overlay that makes canvas charts keyboard- and touch-operable).

use crate::i18n::{is_cjk, Locale};

/// An axis-aligned box in logical pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }
    /// This box with `left`, `top`, `right`, `bottom` taken off its edges.
    pub fn inset(&self, left: f64, top: f64, right: f64, bottom: f64) -> Rect {
        Rect {
            x: self.x + left,
            y: self.y + top,
            w: (self.w - left - right).max(1.0),
            h: (self.h - top - bottom).max(1.0),
        }
    }
}

/// A linear map from a data domain to a pixel range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub d0: f64,
    pub d1: f64,
    pub r0: f64,
    pub r1: f64,
}

impl Scale {
    pub fn new((d0, d1): (f64, f64), (r0, r1): (f64, f64)) -> Self {
        Scale { d0, d1, r0, r1 }
    }
    pub fn map(&self, v: f64) -> f64 {
        if self.d1 == self.d0 {
            return (self.r0 + self.r1) / 2.0;
        }
        self.r0 + (v - self.d0) / (self.d1 - self.d0) * (self.r1 - self.r0)
    }
}

/// Tick values from `lo` to `hi` every `step` (inclusive, both multiples of `step`).
pub fn ticks(lo: f64, hi: f64, step: f64) -> Vec<f64> {
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last).map(|i| i as f64 * step).collect()
}

/// A step that puts about `count` ticks on `lo..hi`: 1, 2 or 5 times a power of ten.
pub fn nice_step(lo: f64, hi: f64, count: usize) -> f64 {
    let raw = ((hi - lo) / count.max(1) as f64).max(f64::MIN_POSITIVE);
    let mag = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag)
}

/// A focusable mark of a chart: where it is and what focusing it tells.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    /// Read out and shown when the mark is focused or hovered.
    pub details: String,
}

/// Breaks `text` into at most `lines` lines of about `width` average Latin characters (0.55 em
/// each), measured as the locale measures text: at spaces, and between Chinese characters; the
/// last line ends with "…" if the text does not fit.
pub fn wrap(loc: Locale, text: &str, width: usize, lines: usize) -> Vec<String> {
    let room = width.max(8) as f64 * 0.55;
    // In ems, measured at a size a browser renders faithfully.
    let wide = |s: &str| loc.text_width(s, 12.0) / 12.0;
    // The units a line is made of: a word, or one Chinese character; `true` if it follows a
    // space.
    let mut units: Vec<(String, bool)> = Vec::new();
    for (w, word) in text.split_whitespace().enumerate() {
        let mut spaced = w > 0;
        let mut run = String::new();
        for c in word.chars() {
            if is_cjk(c) {
                if !run.is_empty() {
                    units.push((std::mem::take(&mut run), spaced));
                    spaced = false;
                }
                units.push((c.to_string(), spaced));
                spaced = false;
            } else {
                run.push(c);
            }
        }
        if !run.is_empty() {
            units.push((run, spaced));
        }
    }
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for (unit, spaced) in units {
        let joined = if spaced && !current.is_empty() {
            format!("{current} {unit}")
        } else {
            format!("{current}{unit}")
        };
        if current.is_empty() || wide(&joined) <= room {
            current = joined;
        } else {
            out.push(std::mem::take(&mut current));
            current = unit;
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    if out.len() > lines {
        out.truncate(lines);
        if let Some(last) = out.last_mut() {
            let mut keep = String::new();
            for c in last.chars() {
                if wide(&format!("{keep}{c}…")) > room {
                    break;
                }
                keep.push(c);
            }
            *last = format!("{}…", keep.trim_end());
        }
    }
    out
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

/// How far a chart zooms in.
pub const MAX_ZOOM: f64 = 8.0;
/// How far an arrow key pans, in pixels.
const PAN_STEP: f64 = 60.0;

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

    /// What a key does to the view of a `width × height` chart: arrows pan, `+`/`=` and
    /// `-`/`_` zoom at the centre, `0` resets; `None` for any other key.
    pub fn key(self, key: &str, width: f64, height: f64) -> Option<Zoom> {
        let centre = (width / 2.0, height / 2.0);
        Some(match key {
            "ArrowLeft" => self.pan(PAN_STEP, 0.0, width, height),
            "ArrowRight" => self.pan(-PAN_STEP, 0.0, width, height),
            "ArrowUp" => self.pan(0.0, PAN_STEP, width, height),
            "ArrowDown" => self.pan(0.0, -PAN_STEP, width, height),
            "+" | "=" => self.zoom_at(2.0, centre, width, height),
            "-" | "_" => self.zoom_at(0.5, centre, width, height),
            "0" => Zoom::default(),
            _ => return None,
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_map_ends_and_middle() {
        let s = Scale::new((0.0, 50.0), (200.0, 0.0));
        assert_eq!(s.map(0.0), 200.0);
        assert_eq!(s.map(50.0), 0.0);
        assert_eq!(s.map(25.0), 100.0);
        assert_eq!(Scale::new((3.0, 3.0), (0.0, 10.0)).map(3.0), 5.0);
    }

    #[test]
    fn ticks_are_inclusive_multiples() {
        assert_eq!(ticks(0.0, 50.0, 10.0), [0.0, 10.0, 20.0, 30.0, 40.0, 50.0]);
        assert_eq!(ticks(2017.0, 2029.0, 5.0), [2020.0, 2025.0]);
        assert_eq!(nice_step(0.0, 50.0, 5), 10.0);
        assert_eq!(nice_step(2017.0, 2029.0, 4), 5.0);
        assert_eq!(nice_step(0.0, 3.0, 5), 1.0);
    }

    #[test]
    fn keys_pan_zoom_and_reset_within_the_frame() {
        let (w, h) = (600.0, 400.0);
        let z = Zoom::default();
        assert_eq!(
            z.key("ArrowLeft", w, h),
            Some(z),
            "at zoom 1 there is nowhere to pan"
        );
        let zoomed = z.key("+", w, h).unwrap();
        assert_eq!(zoomed.k, 2.0);
        assert_eq!(
            (zoomed.x, zoomed.y),
            (-300.0, -200.0),
            "zoomed at the centre"
        );
        let left = zoomed.key("ArrowLeft", w, h).unwrap();
        assert_eq!(left.x, -240.0, "ArrowLeft shows more of the left");
        assert_eq!(zoomed.key("ArrowDown", w, h).unwrap().y, -260.0);
        assert_eq!(zoomed.key("-", w, h), Some(Zoom::default()));
        assert_eq!(left.key("0", w, h), Some(Zoom::default()));
        assert_eq!(zoomed.key("=", w, h).unwrap().k, 4.0);
        assert_eq!(z.key("a", w, h), None);
        assert_eq!(z.key("Enter", w, h), None);
        let mut far = zoomed;
        for _ in 0..20 {
            far = far.key("ArrowRight", w, h).unwrap();
        }
        assert_eq!(far.x, w * (1.0 - far.k), "panning stops at the frame");
    }

    #[test]
    fn wrap_breaks_at_spaces_and_between_chinese_characters_by_width() {
        let en = Locale::ENGLISH;
        let latin = wrap(en, "one two three four five six", 10, 5);
        assert!(latin.len() > 1 && latin.iter().all(|l| en.text_width(l, 1.0) <= 5.5 + 1e-9));
        assert_eq!(latin.join(" "), "one two three four five six");
        // Chinese: no spaces, twice as wide: broken between characters, never past the width.
        let zh = wrap(en, "联合国维持和平行动的数字一览表", 10, 5);
        assert!(zh.len() >= 3, "{zh:?}");
        assert!(
            zh.iter().all(|l| en.text_width(l, 1.0) <= 5.5 + 1e-9),
            "{zh:?}"
        );
        assert_eq!(zh.concat(), "联合国维持和平行动的数字一览表");
        // Too long: the last line ends with an ellipsis, within the width.
        let cut = wrap(en, "联合国维持和平行动的数字一览表", 10, 1);
        assert!(
            cut[0].ends_with('…') && en.text_width(&cut[0], 1.0) <= 5.5 + 1e-9,
            "{cut:?}"
        );
        assert!(en.text_width("مرحبا", 10.0) < en.text_width("HELLO", 10.0));
    }

    #[test]
    fn inset_keeps_a_positive_size() {
        let r = Rect {
            x: 0.0,
            y: 0.0,
            w: 100.0,
            h: 50.0,
        }
        .inset(10.0, 5.0, 10.0, 5.0);
        assert_eq!(
            r,
            Rect {
                x: 10.0,
                y: 5.0,
                w: 80.0,
                h: 40.0
            }
        );
        assert_eq!(r.inset(100.0, 0.0, 0.0, 0.0).w, 1.0);
    }
}
