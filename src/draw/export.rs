//! Exports: a chart framed with its title above and its source lines below (and the UN
//! disclaimer under maps), drawn by the chart's own drawing code on any backend. The SVG string
//! is what the download gives and what the golden tests compare, byte for byte.

use super::palette::*;
use super::{text, DrawResult, Drawable, Px};
use crate::i18n::Locale;
use crate::view::chart::Zoom;
use crate::view::export::{Framing, FOOTER_SIZE};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use plotters_svg::SVGBackend;

const TITLE_SIZE: f64 = 17.0;
const TOP: f64 = 40.0;
const LINE_HEIGHT: f64 = 16.0;

/// The size of a framed export of a chart of `chart_height`, at `width`, with `footer_lines`
/// source lines.
pub fn size(width: f64, chart_height: f64, footer_lines: usize) -> (f64, f64) {
    let lines = footer_lines as f64;
    (width, TOP + chart_height + 12.0 + lines * LINE_HEIGHT + 8.0)
}

/// Draws the title, the chart (by `chart`, in a sub-area whose origin is the chart's top left)
/// and the source lines as broken by [`Framing::footer`].
pub fn framed<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    (title, footer): (&str, &[String]),
    (width, chart_height): (f64, f64),
    (scale, loc): (f64, Locale),
    chart: impl FnOnce(&DrawingArea<DB, Shift>) -> DrawResult<DB>,
) -> DrawResult<DB> {
    // Title and source lines start on the right in a right-to-left language.
    let px = Px {
        flip: loc.rtl().then_some(width),
        rtl: loc.rtl(),
        ..Px::new(scale)
    };
    area.fill(&WHITE)?;
    text(
        area,
        px,
        title,
        (0.0, 10.0),
        TITLE_SIZE,
        &INK,
        (HPos::Left, VPos::Top),
    )?;
    let [(x0, y0), (x1, y1)] = px.rect((0.0, TOP), (width, TOP + chart_height));
    let sub = area
        .clone()
        .shrink((x0, y0), ((x1 - x0) as u32, (y1 - y0) as u32));
    chart(&sub)?;
    for (i, line) in footer.iter().enumerate() {
        let y = TOP + chart_height + 12.0 + i as f64 * LINE_HEIGHT;
        text(
            area,
            px,
            line,
            (0.0, y),
            FOOTER_SIZE,
            &MUTED,
            (HPos::Left, VPos::Top),
        )?;
    }
    Ok(())
}

/// The result of drawing on the SVG backend.
pub type SvgResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

/// Why an SVG could not be drawn.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ExportError {
    #[error("drawing the SVG failed: {0}")]
    Draw(String),
}

/// Draws with `paint` into an SVG document of `width × height` and returns it, normalised.
pub fn svg(
    (width, height): (f64, f64),
    paint: impl for<'a> FnOnce(&DrawingArea<SVGBackend<'a>, Shift>) -> SvgResult,
) -> Result<String, ExportError> {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (width.ceil() as u32, height.ceil() as u32))
            .into_drawing_area();
        let failed = |e: DrawingAreaErrorKind<std::io::Error>| ExportError::Draw(e.to_string());
        paint(&area).map_err(failed)?;
        area.present().map_err(failed)?;
    }
    Ok(normalise(&xml_chars(&out)))
}

/// `svg` without the characters XML forbids or discourages (`view::is_unprintable`), which a
/// data file's text may hold: the file always parses.
fn xml_chars(svg: &str) -> String {
    svg.chars()
        .filter(|&c| !crate::view::is_unprintable(c))
        .collect()
}

/// Rounds every decimal number in attribute values (`x="12.3456"`) to one place, so the file
/// does not change with float noise; text content is left as it is.
pub fn normalise(svg: &str) -> String {
    svg.split('"')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                round_numbers(part)
            } else {
                part.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\"")
}

fn round_numbers(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut token = String::new();
    let flush = |token: &mut String, out: &mut String| {
        match token.parse::<f64>() {
            Ok(v) if token.contains('.') && !token.ends_with('.') && !token.starts_with('.') => {
                out.push_str(&format!("{v:.1}"))
            }
            _ => out.push_str(token),
        }
        token.clear();
    };
    for c in s.chars() {
        if c.is_ascii_digit() || c == '.' || c == '-' {
            token.push(c);
        } else {
            flush(&mut token, &mut out);
            out.push(c);
        }
    }
    flush(&mut token, &mut out);
    out
}

/// The width of downloaded charts, in logical pixels.
pub const EXPORT_WIDTH: f64 = 960.0;

/// A framed export of an item at one width: laid out once (the item, its frame for no zoom,
/// the source lines broken to the width), then sized and drawn.
pub struct Framed<'a, C: Drawable> {
    pub item: &'a C,
    pub framing: &'a Framing,
    pub width: f64,
    layout: C::Layout,
    frame: C::Frame,
    footer: Vec<String>,
}

impl<'a, C: Drawable> Framed<'a, C> {
    /// Lays `item` out for a framed export at `width`.
    pub fn new(item: &'a C, framing: &'a Framing, width: f64) -> Self {
        let layout = item.layout(width);
        Framed {
            frame: item.frame(&layout, Zoom::default()),
            layout,
            footer: framing.footer(width, item.loc()),
            item,
            framing,
            width,
        }
    }

    /// The whole picture's size, frame included.
    pub fn size(&self) -> (f64, f64) {
        size(self.width, C::height(&self.layout), self.footer.len())
    }

    /// Draws the framed item on any backend, `scale` device pixels per logical pixel.
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        scale: f64,
    ) -> DrawResult<DB> {
        let h = C::height(&self.layout);
        let loc = self.item.loc();
        let words = (self.framing.title.as_str(), self.footer.as_slice());
        framed(area, words, (self.width, h), (scale, loc), |a| {
            self.item.draw(a, &self.layout, &self.frame, scale)
        })
    }

    /// The picture as an SVG document.
    pub fn svg(&self) -> Result<String, ExportError> {
        let out = svg(self.size(), |a| self.draw(a, 1.0))?;
        Ok(directed(out, self.item.loc()))
    }
}

/// The SVG download of `item`: framed, at [`EXPORT_WIDTH`].
pub fn framed_svg<C: Drawable>(item: &C, framing: &Framing) -> Result<String, ExportError> {
    Framed::new(item, framing, EXPORT_WIDTH).svg()
}

/// An item drawn alone (no frame) at `width`, as an SVG document: the prerendered page's
/// picture of a chart.
pub fn bare_svg<C: Drawable>(item: &C, width: f64) -> Result<String, ExportError> {
    let layout = item.layout(width);
    let frame = item.frame(&layout, Zoom::default());
    let out = svg((width, C::height(&layout)), |a| {
        item.draw(a, &layout, &frame, 1.0)
    })?;
    Ok(directed(out, item.loc()))
}

/// An SVG document in a right-to-left language says so on its root, so that its texts'
/// `start` is their right end wherever the file is opened (as on the page's canvas).
fn directed(svg: String, loc: Locale) -> String {
    if loc.rtl() {
        svg.replacen("<svg ", "<svg direction=\"rtl\" ", 1)
    } else {
        svg
    }
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn normalise_rounds_attribute_decimals_only() {
        assert_eq!(
            normalise(r#"<a x="1.23456" y="7"/>"#),
            r#"<a x="1.2" y="7"/>"#
        );
        assert_eq!(
            normalise(r#"<p points="1.25,2 3.5,4.75 "/>"#),
            r#"<p points="1.2,2 3.5,4.8 "/>"#
        );
        assert_eq!(normalise("<t>9.25%</t> w3.org"), "<t>9.25%</t> w3.org");
        assert_eq!(
            normalise(r#"<svg xmlns="http://www.w3.org/2000/svg">"#),
            r#"<svg xmlns="http://www.w3.org/2000/svg">"#
        );
    }
}
