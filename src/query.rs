//! The page address parameters the app reads: which data file to load.

/// The data file loaded when the address names none.
pub const DEFAULT_DATA: &str = "data/peacekeeping.json";

/// Why a `?data=` value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadDataPath;

/// The data file to load for a `?data=` value: a relative path on this site and nothing else.
///
/// Letters, digits, `.`, `_`, `-` and `/` between segments; no scheme, no leading `/`, no `..`,
/// no query or fragment. The component also checks that the resolved URL has the page's origin.
pub fn data_path(param: Option<&str>) -> Result<String, BadDataPath> {
    let Some(p) = param else {
        return Ok(DEFAULT_DATA.to_string());
    };
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/');
    let ok = !p.is_empty()
        && p.len() <= 200
        && p.chars().all(allowed)
        && !p.starts_with('/')
        && p.split('/')
            .all(|seg| !seg.is_empty() && seg != "." && seg != "..");
    if ok {
        Ok(p.to_string())
    } else {
        Err(BadDataPath)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_when_absent() {
        assert_eq!(data_path(None).unwrap(), DEFAULT_DATA);
    }

    #[test]
    fn accepts_relative_paths() {
        for p in [
            "data/other.json",
            "fixtures/sofa-alt.json",
            "x.json",
            "a/b_c-d/e.json",
        ] {
            assert_eq!(data_path(Some(p)).unwrap(), p);
        }
    }

    #[test]
    fn refuses_anything_else() {
        for p in [
            "",
            "/etc/passwd",
            "//evil.example/x.json",
            "https://evil.example/x.json",
            "javascript:alert(1)",
            "data:application/json,{}",
            "../secret.json",
            "a/../../b.json",
            "a//b.json",
            "a\\b.json",
            "x.json?y=1",
            "x.json#frag",
            "dätä.json",
        ] {
            assert_eq!(data_path(Some(p)), Err(BadDataPath), "{p}");
        }
    }
}
