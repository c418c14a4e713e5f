//! A parsed JSON document read section by section, so one bad section cannot spoil the others.
//!
//! The browser parses the file with `JSON.parse` and hands us a `JsValue`; native tests and the
//! `validate` command use `serde_json::Value`. Both are trees, so a failed section leaves the rest
//! readable, and `serde_path_to_error` names the JSON path of whatever went wrong.

use crate::model::Problem;
use serde::de::DeserializeOwned;

/// Text that is not JSON, with the parser's reason (it names the position).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not valid JSON: {reason}")]
pub struct NotJson {
    pub reason: String,
}

/// A parsed JSON value that can be split into sections and deserialised with located errors.
pub trait JsonTree: Sized {
    /// Parses JSON text (`serde_json` natively, `JSON.parse` in the browser).
    fn from_text(text: &str) -> Result<Self, NotJson>;
    /// Whether this value is a JSON object.
    fn is_object(&self) -> bool;
    /// The member `key` of an object, if present and not `null`.
    fn member(&self, key: &str) -> Option<Self>;
    /// Deserialises this value; a failure names the path below `at` and the reason.
    fn parse<T: DeserializeOwned>(self, at: &str) -> Result<T, Problem>;
}

/// Joins a section name and a path inside it: `sofa_impact` + `rows[2].mission`.
pub(crate) fn join_path(at: &str, inner: &str) -> String {
    match (at.is_empty(), inner == "." || inner.is_empty()) {
        (true, _) => inner.to_string(),
        (false, true) => at.to_string(),
        (false, false) if inner.starts_with('[') => format!("{at}{inner}"),
        (false, false) => format!("{at}.{inner}"),
    }
}

fn located<E: std::fmt::Display>(at: &str, err: serde_path_to_error::Error<E>) -> Problem {
    Problem {
        path: join_path(at, &err.path().to_string()),
        message: err.inner().to_string(),
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl JsonTree for serde_json::Value {
    fn from_text(text: &str) -> Result<Self, NotJson> {
        serde_json::from_str(text).map_err(|e| NotJson {
            reason: e.to_string(),
        })
    }
    fn is_object(&self) -> bool {
        self.is_object()
    }
    fn member(&self, key: &str) -> Option<Self> {
        self.get(key).filter(|v| !v.is_null()).cloned()
    }
    fn parse<T: DeserializeOwned>(self, at: &str) -> Result<T, Problem> {
        serde_path_to_error::deserialize(self).map_err(|e| located(at, e))
    }
}

impl JsonTree for wasm_bindgen::JsValue {
    fn from_text(text: &str) -> Result<Self, NotJson> {
        use wasm_bindgen::JsCast;
        js_sys::JSON::parse(text).map_err(|e| NotJson {
            reason: e
                .dyn_into::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default(),
        })
    }
    fn is_object(&self) -> bool {
        self.is_object() && !js_sys::Array::is_array(self)
    }
    fn member(&self, key: &str) -> Option<Self> {
        js_sys::Reflect::get(self, &key.into())
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }
    fn parse<T: DeserializeOwned>(self, at: &str) -> Result<T, Problem> {
        let de = serde_wasm_bindgen::Deserializer::from(self);
        serde_path_to_error::deserialize(de).map_err(|e| located(at, e))
    }
}

#[cfg(test)]
mod tests {
    use super::join_path;

    #[test]
    fn paths_join_like_json_paths() {
        assert_eq!(
            join_path("sofa_impact", "rows[2].mission"),
            "sofa_impact.rows[2].mission"
        );
        assert_eq!(join_path("missions", "[3].hq"), "missions[3].hq");
        assert_eq!(join_path("missions", "."), "missions");
        assert_eq!(join_path("", "meta.title"), "meta.title");
    }
}
