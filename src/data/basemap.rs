//! Raw basemap → model: delta-decoded lines in degrees, checked.

use super::raw;
use super::tree::JsonTree;
use crate::model::{Basemap, Line, Problem};

/// Reads the basemap asset.
pub fn load<T: JsonTree>(doc: T) -> Result<Basemap, Problem> {
    let raw: raw::Basemap = doc.parse("")?;
    if !(raw.unit > 0.0 && raw.unit <= 1.0) {
        return Err(problem(
            "unit",
            format!(
                "expected a step in degrees between 0 and 1, got {}",
                raw.unit
            ),
        ));
    }
    let decode = |key: &str, lines: &[Vec<i32>]| -> Result<Vec<Line>, Problem> {
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                decode(l, raw.unit).ok_or_else(|| {
                    problem(
                        &format!("{key}[{i}]"),
                        "expected an even number of at least 4 coordinates",
                    )
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

fn problem(path: &str, message: impl Into<String>) -> Problem {
    Problem {
        path: path.to_string(),
        message: message.into(),
    }
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
