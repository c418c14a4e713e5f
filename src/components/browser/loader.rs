//! Finding, fetching and parsing the data file: embedded in the page (the offline copy) or
//! fetched from the site (`?data=` may name another same-origin relative path).

use crate::data::{basemap, JsonTree, LoadError, NotJson, RawJson, MAX_FILE_BYTES};
use crate::model::Basemap;
use crate::model::Dataset;
use crate::query::{data_path, BadDataPath};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The id of the `<script type="application/json">` that carries the data in the offline copy.
const EMBEDDED_ID: &str = "pk-data";
/// The same for the basemap, and where it is on the site.
const BASEMAP_ID: &str = "pk-basemap";
const BASEMAP_PATH: &str = "basemap/world-110m.json";

/// What went wrong loading the data file, with where (the page says it in words of its own:
/// `shell::app::failed`; this is the same for a log).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Failure {
    /// `?data=` named something other than a relative path on this site.
    #[error("?data= must be a relative path on this site")]
    BadParam,
    /// The file could not be fetched.
    #[error("{path}: {reason}")]
    Fetch { path: String, reason: String },
    /// The file is not JSON; `reason` is the parser's message (it names the position).
    #[error("{path}: {reason}")]
    NotJson { path: String, reason: String },
    /// The file is larger than the app reads (`data::MAX_FILE_BYTES`).
    #[error("{path}: {bytes} bytes, more than the app reads")]
    TooLarge { path: String, bytes: f64 },
    /// The file is JSON but not a usable data file.
    #[error("{path}: {error}")]
    Invalid { path: String, error: LoadError },
}

/// Why the recommendations matrix could not be read: `<path>: <what>`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RecFailure {
    #[error("?recommendations={0}: not a relative path on this site")]
    BadParam(String),
    #[error("{path}: {reason}")]
    Read { path: String, reason: String },
}

/// A loaded data file and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub path: String,
    /// The data file's SHA-256, in hex, when it is known.
    pub sha256: Option<String>,
    /// Whether this page is the offline copy (the data is embedded).
    pub offline: bool,
}

/// The data file with where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct DataFile {
    pub data: crate::components::Shared<Dataset>,
    pub source: Source,
}

/// Loads the data file: `path` when a page embedding a chart names one (any same-origin
/// address), else the one the page asks for.
pub async fn load_data(path: Option<String>) -> Result<DataFile, Failure> {
    let window = web_sys::window().ok_or(Failure::BadParam)?;
    let document = window.document().ok_or(Failure::BadParam)?;
    if let Some(el) = document.get_element_by_id(EMBEDDED_ID) {
        let path = el.get_attribute("data-path").unwrap_or_default();
        let text = el.text_content().unwrap_or_default();
        // The embedded text is escaped for HTML; the build recorded the file's own hash.
        let sha256 = el.get_attribute("data-sha256");
        return parse(text, path).map(|mut file| {
            file.source.sha256 = sha256;
            file.source.offline = true;
            file
        });
    }
    let location = window.location();
    let path = match path {
        Some(p) => p,
        None => {
            let search = location.search().unwrap_or_default();
            let param = web_sys::UrlSearchParams::new_with_str(&search)
                .ok()
                .and_then(|p| p.get("data"));
            data_path(param.as_deref()).map_err(|BadDataPath| Failure::BadParam)?
        }
    };
    let href = location.href().unwrap_or_default();
    let url = web_sys::Url::new_with_base(&path, &href).map_err(|_| Failure::BadParam)?;
    if url.origin() != location.origin().unwrap_or_default() {
        return Err(Failure::BadParam);
    }
    let fetch_failed = |reason| Failure::Fetch {
        path: path.clone(),
        reason,
    };
    let response = fetch_ok(&window, &url.href()).await.map_err(fetch_failed)?;
    // Refused before the body is read when the server says how large it is, else once read.
    let too_large = |bytes: f64| Failure::TooLarge {
        path: path.clone(),
        bytes,
    };
    let announced = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.parse::<f64>().ok());
    if let Some(n) = announced.filter(|&n| n > MAX_FILE_BYTES) {
        return Err(too_large(n));
    }
    let buffer = JsFuture::from(
        response
            .array_buffer()
            .map_err(describe)
            .map_err(fetch_failed)?,
    )
    .await
    .map_err(|e| fetch_failed(describe(e)))?;
    let bytes = js_sys::Uint8Array::new(&buffer);
    if f64::from(bytes.length()) > MAX_FILE_BYTES {
        return Err(too_large(f64::from(bytes.length())));
    }
    // The browser hashes the file while the wasm reads it.
    let digest = window.crypto().ok().and_then(|c| {
        c.subtle()
            .digest_with_str_and_buffer_source("SHA-256", &bytes)
            .ok()
    });
    // One copy into the wasm, kept as the text the sections are read from.
    let text = String::from_utf8(bytes.to_vec()).map_err(|e| Failure::NotJson {
        path: path.clone(),
        reason: format!("not UTF-8 text (byte {})", e.utf8_error().valid_up_to()),
    })?;
    let mut file = parse(text, path)?;
    file.source.sha256 = hex(digest).await;
    Ok(file)
}

/// A SHA-256 digest (the browser's own crypto) in hex.
async fn hex(digest: Option<js_sys::Promise>) -> Option<String> {
    let digest = JsFuture::from(digest?).await.ok()?;
    let digest = js_sys::Uint8Array::new(&digest).to_vec();
    Some(digest.iter().map(|b| format!("{b:02x}")).collect())
}

/// Why the basemap could not be drawn; it reads `basemap/world-110m.json: <what>`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum BasemapFailure {
    #[error("{BASEMAP_PATH}: {0}")]
    Fetch(String),
    #[error("{BASEMAP_PATH}: {0}")]
    NotJson(#[from] NotJson),
    #[error("{BASEMAP_PATH}: {0}")]
    Invalid(#[from] basemap::BasemapError),
}

/// Loads the basemap: embedded in the offline copy, else fetched from the site.
pub async fn load_basemap() -> Result<Basemap, BasemapFailure> {
    let window = web_sys::window().ok_or_else(|| BasemapFailure::Fetch("no window".into()))?;
    let document = window
        .document()
        .ok_or_else(|| BasemapFailure::Fetch("no document".into()))?;
    let text = match document.get_element_by_id(BASEMAP_ID) {
        Some(el) => el.text_content().unwrap_or_default(),
        None => fetch_text(&window, BASEMAP_PATH)
            .await
            .map_err(BasemapFailure::Fetch)?,
    };
    Ok(basemap::load(RawJson::from_text(&text)?)?)
}

/// Where the recommendations matrix is: in the offline copy's page, else beside the data file.
const RECOMMENDATIONS_ID: &str = "pk-recommendations";
pub const RECOMMENDATIONS_PATH: &str = "data/recommendations.json";

/// Loads the recommendations matrix (its own file, read when the app runs, not in the first
/// view); the error says what and where.
pub async fn load_recommendations() -> Result<crate::model::Recommendations, RecFailure> {
    let fail = |path: &str, reason: String| RecFailure::Read {
        path: path.to_string(),
        reason,
    };
    let window = web_sys::window().ok_or_else(|| fail("", "no window".into()))?;
    let document = window
        .document()
        .ok_or_else(|| fail("", "no document".into()))?;
    // `?recommendations=` may name another file of this site (a relative path, as `?data=`).
    let search = window.location().search().unwrap_or_default();
    let param = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|p| p.get("recommendations"));
    let path = match param {
        None => RECOMMENDATIONS_PATH.to_string(),
        Some(p) => data_path(Some(&p)).map_err(|BadDataPath| RecFailure::BadParam(p.clone()))?,
    };
    let text = match document.get_element_by_id(RECOMMENDATIONS_ID) {
        Some(el) => el.text_content().unwrap_or_default(),
        None => fetch_text(&window, &path)
            .await
            .map_err(|e| fail(&path, e))?,
    };
    let doc = RawJson::from_text(&text).map_err(|e| fail(&path, e.to_string()))?;
    crate::data::load_recommendations(doc).map_err(|e| match e {
        crate::data::RecLoadError::File(e) => fail(&path, e.to_string()),
        crate::data::RecLoadError::Rows(p) => fail(
            &path,
            p.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
        ),
    })
}

/// GETs `url` as text; the error says what the browser or the server said.
pub async fn fetch_text(window: &web_sys::Window, url: &str) -> Result<String, String> {
    let response = fetch_ok(window, url).await?;
    let text = JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?;
    Ok(text.as_string().unwrap_or_default())
}

/// What a failed promise said.
fn describe(e: wasm_bindgen::JsValue) -> String {
    e.dyn_into::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|v| v.as_string().unwrap_or_default())
}

/// GETs `url`; an HTTP error is an error.
async fn fetch_ok(window: &web_sys::Window, url: &str) -> Result<web_sys::Response, String> {
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(describe)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    Ok(response)
}

fn parse(text: String, path: String) -> Result<DataFile, Failure> {
    match RawJson::from_string(text)
        .map_err(LoadError::from)
        .and_then(crate::data::load)
    {
        Ok(data) => Ok(DataFile {
            data: crate::components::Shared::new(data),
            source: Source {
                path,
                sha256: None,
                offline: false,
            },
        }),
        Err(LoadError::NotJson(NotJson { reason })) => Err(Failure::NotJson { path, reason }),
        Err(error) => Err(Failure::Invalid { path, error }),
    }
}

/// Every catalogue the page carries (`<script type="application/json" data-catalogue>`): the
/// prerendered page's own language, or all of them in the offline copy.
pub fn embedded_catalogues() -> crate::i18n::Catalogues {
    let mut all = crate::i18n::Catalogues::default();
    let Ok(list) = gloo::utils::document().query_selector_all("script[data-catalogue]") else {
        return all;
    };
    for i in 0..list.length() {
        if let Some(text) = list.item(i).and_then(|n| n.text_content()) {
            match crate::i18n::read_catalogue(&text) {
                Ok(c) => all = all.with(c),
                Err(e) => {
                    gloo::console::error!(format!("a catalogue in the page could not be read: {e}"))
                }
            }
        }
    }
    all
}
