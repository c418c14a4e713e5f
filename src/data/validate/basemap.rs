//! Raw basemap → model: delta-decoded lines in degrees, checked.
//!
//! Reached as `data::basemap` (the asset is not part of the data file).

use crate::data::raw;
use crate::data::tree::JsonTree;
use crate::model::{Basemap, Line, Problem};

/// Why the basemap asset cannot be drawn.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum BasemapError {
    /// Not the asset's layout: a missing or mistyped member, located.
    #[error("{0}")]
    Layout(#[from] Problem),
    #[error("unit: expected a step in degrees between 0 and 1, got {0}")]
    Unit(f64),
    /// A line whose coordinates do not come in pairs, or too few to draw.
    #[error("{path}: expected an even number of at least 4 coordinates")]
    Line { path: String },
}

/// Reads the basemap asset.
pub fn load<T: JsonTree>(doc: T) -> Result<Basemap, BasemapError> {
    let raw: raw::Basemap = doc.parse("")?;
    if !(raw.unit > 0.0 && raw.unit <= 1.0) {
        return Err(BasemapError::Unit(raw.unit));
    }
    let decode = |key: &str, lines: &[Vec<i32>]| -> Result<Vec<Line>, BasemapError> {
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                decode(l, raw.unit).ok_or_else(|| BasemapError::Line {
                    path: format!("{key}[{i}]"),
                })
            })
            .collect()
    };
    let mut undetermined = Vec::new();
    for (i, u) in raw.undetermined.iter().enumerate() {
        undetermined.extend(decode(&format!("undetermined[{i}].lines"), &u.lines)?);
    }
    Ok(Basemap {
        land: decode("land", &raw.land)?,
        borders: decode("borders", &raw.borders)?,
        undetermined,
        source: raw.source,
    })
}

/// `[x0, y0, dx1, dy1, …]` in `unit` degrees → points in degrees.
fn decode(flat: &[i32], unit: f64) -> Option<Line> {
    if flat.len() < 4 || flat.len() % 2 != 0 {
        return None;
    }
    let (mut x, mut y) = (0i64, 0i64);
    Some(
        flat.chunks_exact(2)
            .map(|c| {
                x += i64::from(c[0]);
                y += i64::from(c[1]);
                (x as f64 * unit, y as f64 * unit)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_deltas() {
        let line = decode(&[100, 200, 5, -10, -5, 10], 0.01).unwrap();
        let expected = [(1.0, 2.0), (1.05, 1.9), (1.0, 2.0)];
        assert_eq!(line.len(), 3);
        for (a, b) in line.iter().zip(expected) {
            assert!(
                (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9,
                "{a:?} vs {b:?}"
            );
        }
        assert_eq!(decode(&[1, 2, 3], 0.01), None);
        assert_eq!(decode(&[1, 2], 0.01), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod native_tests {
    use super::{load, BasemapError};
    use crate::data::{JsonTree, RawJson};
    use serde_json::json;

    /// A `json!` document read as the app reads a file.
    fn raw(v: serde_json::Value) -> RawJson {
        RawJson::from_text(&v.to_string()).expect("JSON")
    }

    #[test]
    fn errors_say_where_and_what() {
        let asset = |unit: f64, land: serde_json::Value| json!({"source": "test", "unit": unit, "land": land, "borders": [], "undetermined": []});
        let unit = 0.01;
        assert!(load(raw(asset(unit, json!([[0, 0, 1, 1]])))).is_ok());
        assert_eq!(
            load(raw(asset(unit, json!([[0, 0, 1]])))),
            Err(BasemapError::Line {
                path: "land[0]".into()
            })
        );
        assert_eq!(
            load(raw(asset(2.0, json!([])))),
            Err(BasemapError::Unit(2.0))
        );
        let layout = load(raw(json!({"source": "test"}))).unwrap_err();
        assert!(matches!(layout, BasemapError::Layout(_)), "{layout}");
    }
}
