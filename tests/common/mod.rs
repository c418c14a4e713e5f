//! Test helpers shared by the native test files.

use std::path::{Path, PathBuf};

/// A path under the crate root.
pub fn root(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// Compares `actual` with the committed golden file `rel` (a path under the crate root).
///
/// A missing golden is written, except under `CI=true`, where it fails. A mismatch writes
/// `<name>-changed.<ext>` beside the golden for review and fails; to accept it, replace the golden
/// with it (or delete the golden and run the tests again).
pub fn golden(rel: &str, actual: &str) {
    let path = root(rel);
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    match std::fs::read_to_string(&path) {
        Err(_) if ci => {
            panic!("{rel} is missing: run the tests locally to write it, review it, commit it")
        }
        Err(_) => {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, actual).unwrap();
            eprintln!("wrote new golden {rel}: review and commit it");
        }
        Ok(expected) if expected == actual => {}
        Ok(_) => {
            let stem = path.file_stem().unwrap().to_string_lossy();
            let ext = path
                .extension()
                .map(|e| e.to_string_lossy())
                .unwrap_or_default();
            let changed = path.with_file_name(format!("{stem}-changed.{ext}"));
            std::fs::write(&changed, actual).unwrap();
            panic!(
                "{rel} differs from what the code makes now; see {}",
                changed.display()
            );
        }
    }
}
