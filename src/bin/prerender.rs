//! Prerenders the page's first view: every view drawn from the data file into HTML by the same
//! components the browser runs (yew's server renderer), the charts and the map as inline SVG.
//! `scripts/bundle.mjs` puts the output into `dist/index.html` and `dist/offline.html`, so the
//! page is readable, printable and navigable before (and without) any script.
//!
//! Usage: `prerender <data.json> <basemap.json> <data-path> <sha256> [--offline]
//! [--catalogue <www/i18n/xx.json>] [--answers]` → HTML on standard output, in the catalogue's
//! language (English without one); with `--answers`, the page's answers to a first touch
//! (`components::shell::answers`) instead of the page.

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    if let Err(e) = native::run(std::env::args().skip(1).collect()) {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use pkviz::components::shell::page::PageProps;
    use pkviz::components::state::{DataFile, Source};
    use pkviz::components::Shared;
    use pkviz::data::{JsonTree, RawJson};
    use std::fmt;

    /// Why the page could not be prerendered.
    #[derive(Debug)]
    pub enum Error {
        Usage,
        Read(String, std::io::Error),
        Json(String, pkviz::data::NotJson),
        Data(pkviz::data::LoadError),
        Basemap(String),
        Catalogue(String, String),
    }

    impl fmt::Display for Error {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                Error::Usage => write!(
                    f,
                    "usage: prerender <data.json> <basemap.json> <data-path> <sha256> [--offline] [--catalogue <file>] [--answers]"
                ),
                Error::Read(p, e) => write!(f, "{p}: {e}"),
                Error::Json(p, e) => write!(f, "{p}: {e}"),
                Error::Data(e) => write!(f, "the data file: {e}"),
                Error::Basemap(e) => write!(f, "the basemap: {e}"),
                Error::Catalogue(p, e) => write!(f, "{p}: {e}"),
            }
        }
    }

    /// The file at `path` read as the app reads it.
    fn json(path: &str) -> Result<RawJson, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Read(path.into(), e))?;
        RawJson::from_text(&text).map_err(|e| Error::Json(path.into(), e))
    }

    pub fn run(args: Vec<String>) -> Result<(), Error> {
        let [data, basemap, path, sha256, rest @ ..] = args.as_slice() else {
            return Err(Error::Usage);
        };
        let offline = rest.iter().any(|a| a == "--offline");
        let answers = rest.iter().any(|a| a == "--answers");
        let catalogue = match rest.iter().position(|a| a == "--catalogue") {
            None => None,
            Some(i) => {
                let path = rest.get(i + 1).ok_or(Error::Usage)?;
                let text =
                    std::fs::read_to_string(path).map_err(|e| Error::Read(path.clone(), e))?;
                let read = pkviz::i18n::read_catalogue(&text);
                Some(read.map_err(|e| Error::Catalogue(path.clone(), e))?)
            }
        };
        let lang = catalogue.and_then(|c| c.lang).unwrap_or_default();
        let data = pkviz::data::load(json(data)?).map_err(Error::Data)?;
        let basemap = pkviz::data::basemap::load(json(basemap)?)
            .map_err(|e| Error::Basemap(e.to_string()))?;
        let file = DataFile {
            data: Shared::new(data),
            source: Source {
                path: path.clone(),
                sha256: Some(sha256.clone()),
                offline,
            },
        };
        let locale = pkviz::i18n::Locale::new(lang, catalogue);
        let props = PageProps::prerendered(file, Shared::new(basemap), locale);
        if answers {
            print!("{}", pkviz::components::shell::answers::prerender(&props));
        } else {
            print!("{}", pkviz::components::shell::page::prerender(props));
        }
        Ok(())
    }
}
