//! The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): equal-area, pleasing
//! continents, simple to invert. Forward maps longitude/latitude in degrees to unit-scale
//! coordinates (y up); [`Fit`] scales those to pixels once per size.

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;

fn m() -> f64 {
    3f64.sqrt() / 2.0
}

/// Longitude/latitude in degrees → projected (x, y), y up; x within ±2.7066, y within ±1.3173.
pub fn forward(lon: f64, lat: f64) -> (f64, f64) {
    let (lambda, phi) = (lon.to_radians(), lat.to_radians());
    let theta = (m() * phi.sin()).asin();
    let (t2, t6) = (theta * theta, theta.powi(6));
    let x = 2.0 * 3f64.sqrt() * lambda * theta.cos()
        / (3.0 * (9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1));
    let y = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1);
    (x, y)
}

/// Projected (x, y) → longitude/latitude in degrees (Newton's method on the parametric latitude).
pub fn inverse(x: f64, y: f64) -> (f64, f64) {
    let mut theta = y;
    for _ in 0..12 {
        let (t2, t6) = (theta * theta, theta.powi(6));
        let f = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1) - y;
        let fp = 9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1;
        let step = f / fp;
        theta -= step;
        if step.abs() < 1e-12 {
            break;
        }
    }
    let (t2, t6) = (theta * theta, theta.powi(6));
    let fp = 9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1;
    let lambda = 3.0 * x * fp / (2.0 * 3f64.sqrt() * theta.cos());
    let phi = (theta.sin() / m()).clamp(-1.0, 1.0).asin();
    (lambda.to_degrees(), phi.to_degrees())
}

/// The projection scaled and translated to pixels (y down), computed once per size and view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    pub scale: f64,
    pub tx: f64,
    pub ty: f64,
}

impl Fit {
    /// Fits the box `lon0..lon1 × lat0..lat1` (degrees) into `width × height` pixels, centred,
    /// keeping the projection's proportions.
    pub fn to_box(
        width: f64,
        height: f64,
        (lon0, lat0): (f64, f64),
        (lon1, lat1): (f64, f64),
    ) -> Fit {
        // The box's edges, sampled: parallels bow, so corners alone miss the widest latitude.
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        let steps = 16;
        for i in 0..=steps {
            let f = i as f64 / steps as f64;
            let (lon, lat) = (lon0 + f * (lon1 - lon0), lat0 + f * (lat1 - lat0));
            let equator = 0f64.clamp(lat0.min(lat1), lat0.max(lat1));
            for (x, y) in [
                forward(lon, lat0),
                forward(lon, lat1),
                forward(lon0, lat),
                forward(lon1, lat),
                forward(lon0, equator),
                forward(lon1, equator),
            ] {
                x0 = x0.min(x);
                x1 = x1.max(x);
                y0 = y0.min(y);
                y1 = y1.max(y);
            }
        }
        let scale = (width / (x1 - x0)).min(height / (y1 - y0));
        Fit {
            scale,
            tx: width / 2.0 - scale * (x0 + x1) / 2.0,
            ty: height / 2.0 + scale * (y0 + y1) / 2.0,
        }
    }

    /// Degrees → pixels.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = forward(lon, lat);
        (self.tx + self.scale * x, self.ty - self.scale * y)
    }

    /// Pixels → degrees.
    pub fn invert(&self, px: f64, py: f64) -> (f64, f64) {
        inverse((px - self.tx) / self.scale, (self.ty - py) / self.scale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: (f64, f64), b: (f64, f64), tol: f64) -> bool {
        (a.0 - b.0).abs() < tol && (a.1 - b.1).abs() < tol
    }

    #[test]
    fn known_values() {
        assert!(close(forward(0.0, 0.0), (0.0, 0.0), 1e-12));
        // The projection's extent (published constants of Equal Earth).
        assert!((forward(180.0, 0.0).0 - 2.706_629_6).abs() < 1e-6);
        assert!((forward(0.0, 90.0).1 - 1.317_362_8).abs() < 1e-6);
        // Symmetric in both axes.
        let (x, y) = forward(31.6, 4.85);
        assert!(close(forward(-31.6, -4.85), (-x, -y), 1e-12));
    }

    #[test]
    fn inverse_undoes_forward() {
        for lon in [-179.0, -120.5, -13.16, 0.0, 15.3, 74.84, 179.9] {
            for lat in [-85.0, -33.3, -4.33, 0.0, 9.59, 42.67, 85.0] {
                let (x, y) = forward(lon, lat);
                assert!(close(inverse(x, y), (lon, lat), 1e-9), "{lon},{lat}");
            }
        }
    }

    #[test]
    fn fit_puts_the_box_in_the_frame_and_inverts() {
        let fit = Fit::to_box(960.0, 480.0, (-180.0, -60.0), (180.0, 85.0));
        for (lon, lat) in [(-180.0, 0.0), (180.0, 0.0), (0.0, 85.0), (0.0, -60.0)] {
            let (px, py) = fit.project(lon, lat);
            assert!(
                (-0.01..=960.01).contains(&px) && (-0.01..=480.01).contains(&py),
                "{lon},{lat}: {px},{py}"
            );
            assert!(close(fit.invert(px, py), (lon, lat), 1e-6));
        }
    }
}
