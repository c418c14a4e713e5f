//! A fuzz harness on stable Rust: mutates the shipped data file, the fixture and the malformed
//! corpus, and runs what the browser runs on each result (loading, every view model, chart
//! layouts at two widths, every SVG export, every CSV) under `catch_unwind`. No input may panic.
//!
//! `cargo test --test fuzz` runs for `FUZZ_SECONDS` (default 30 under `CI`, with a fixed seed;
//! 5 otherwise, with a new one) and prints the iterations; a long run: `FUZZ_SECONDS=900 cargo test --release --test fuzz --
//! --nocapture`. An input that panics is written to `tests/fixtures/crashers/` (commit it: the
//! second test replays every file there) and fails the run. `FUZZ_SEED` repeats a run.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pkviz::data::{load_text, RawJson};
use pkviz::draw::export;
use pkviz::i18n::{Lang, Locale};
use pkviz::model::{Basemap, Dataset};
use pkviz::view::{csv, figures, funnel, map, mechanisms, parity, snapshots, sofa};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;
use std::time::{Duration, Instant};

/// xorshift64*: enough to pick mutations (no need for a crate).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Text a mutation may put in: JSON's own tokens, extreme numbers, hostile strings.
const TOKENS: &[&str] = &[
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "true",
    "-0",
    "-1",
    "0.5",
    "1e308",
    "-1e308",
    "9007199254740993",
    "1e-320",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"=cmd|' /C calc'!A0\"",
    "\"<svg onload=x>\"",
    "\"\u{202e}\"",
    "\"\"",
    "[]",
    "{}",
    "\"none\"",
    "\"under_validation\"",
    "\"percent\"",
    "\"dash\"",
    "\"closed\"",
    "\"winter\"",
    "\"sofa\"",
];

/// One random change to `text`.
fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut b = text.as_bytes().to_vec();
    let at = rng.below(b.len() + 1);
    match rng.below(7) {
        0 if !b.is_empty() => {
            let i = at.min(b.len() - 1);
            b[i] = rng.next() as u8;
        }
        1 => {
            let end = (at + rng.below(64)).min(b.len());
            b.drain(at..end);
        }
        2 => {
            let end = (at + rng.below(256)).min(b.len());
            let span = b[at..end].to_vec();
            b.splice(at..at, span);
        }
        3 => {
            let token = TOKENS[rng.below(TOKENS.len())];
            b.splice(at..at, token.bytes());
        }
        4 => {
            // A number replaced by an extreme one.
            let digits = b
                .iter()
                .enumerate()
                .filter(|(_, c)| c.is_ascii_digit())
                .count();
            if let Some((i, _)) = b
                .iter()
                .enumerate()
                .filter(|(_, c)| c.is_ascii_digit())
                .nth(rng.below(digits))
            {
                let token = ["1e308", "-0", "-5", "4.5", "9007199254740993", "0"][rng.below(6)];
                b.splice(i..=i, token.bytes());
            }
        }
        5 => {
            // A string's text replaced by a long or hostile one.
            if let Some(i) = (at..b.len()).find(|&i| b[i] == b'"') {
                let long = "x".repeat(5000);
                let s = ["\\u0001\\u001b<&>", long.as_str(), "\\\"", "é\\u202e"][rng.below(4)];
                b.splice(i + 1..i + 1, s.bytes());
            }
        }
        _ => {
            // Deep nesting.
            let n = 1 + rng.below(300);
            let deep: Vec<u8> = std::iter::repeat_n(b'[', n)
                .chain(std::iter::repeat_n(b']', n))
                .collect();
            b.splice(at..at, deep);
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

/// Everything the browser builds from a data file, natively, in one of the six languages (each
/// input its own, so that every language is fuzzed).
fn exercise(text: &str, base: &Rc<Basemap>) {
    let Ok(data) = load_text::<RawJson>(text) else {
        return;
    };
    let data = Rc::new(data);
    views(
        &data,
        base,
        common::locale(Lang::ALL[text.len() % Lang::ALL.len()]),
    );
}

fn views(data: &Rc<Dataset>, base: &Rc<Basemap>, loc: Locale) {
    let _ = data.problems();
    if let Ok(s) = &data.sofa {
        let _ = sofa::table(data, s, loc);
        let _ = csv::csv(&csv::sofa_rows(data, s, loc));
    }
    if let Ok(m) = &data.mechanisms {
        let _ = mechanisms::table(data, m, None, loc);
        let _ = csv::csv(&csv::mechanism_rows(data, m, loc));
    }
    if let Ok(f) = &data.figures {
        let t = figures::table(data, f, (None, None), loc);
        for i in 0..t.rows.len().min(5) {
            let _ = t.cells(i);
        }
        let _ = csv::csv(&csv::figure_rows(data, (None, None), loc));
    }
    if let Ok(p) = &data.parity {
        let vm = parity::parity(data, p, loc);
        for w in [352.0, 1088.0] {
            let _ = parity::layout(&vm, w);
        }
        let _ = parity::table(&vm, loc);
        let _ = export::framed_svg(&vm, &pkviz::view::export::parity_framing(data, &vm, loc));
        let _ = csv::csv(&csv::parity_rows(data, p, loc));
    }
    if let Ok(fs) = &data.funnels {
        for vm in funnel::funnels(data, fs, loc) {
            for w in [352.0, 1088.0] {
                let _ = funnel::layout(&vm, w);
            }
            let _ = funnel::table(&vm, loc);
            let _ = export::framed_svg(&vm, &pkviz::view::export::series_framing(data, &vm, loc));
        }
        for f in fs {
            let _ = csv::csv(&csv::funnel_rows(data, f, loc));
        }
    }
    if let Ok(ss) = &data.snapshots {
        for vm in snapshots::snapshots(data, ss, loc) {
            for w in [352.0, 1088.0] {
                let _ = snapshots::layout(&vm, w);
            }
            let _ = snapshots::table(&vm, loc);
            let _ = export::framed_svg(&vm, &pkviz::view::export::series_framing(data, &vm, loc));
        }
        for s in ss {
            let _ = csv::csv(&csv::snapshot_rows(data, s, loc));
        }
    }
    for closed in [false, true] {
        if let Ok(vm) = map::map(data, closed, loc) {
            let framing = pkviz::view::export::map_framing(data, &vm, loc);
            let chart = map::MapChart {
                vm: Rc::new(vm),
                base: base.clone(),
            };
            let _ = export::framed_svg(&chart, &framing);
        }
    }
    let _ = csv::csv(&csv::mission_rows(data, loc));
}

fn seeds() -> Vec<String> {
    let mut texts = vec![
        std::fs::read_to_string(common::root("www/data/peacekeeping.json")).unwrap(),
        std::fs::read_to_string(common::root("tests/fixtures/sofa-alt.json")).unwrap(),
    ];
    let bad = common::root("tests/fixtures/bad");
    let mut names: Vec<_> = std::fs::read_dir(&bad)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    names.sort();
    texts.extend(
        names
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .filter(|t| t.len() < 200_000),
    );
    texts
}

/// Runs `f` with panics caught and their message kept quiet.
fn quietly<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let out = catch_unwind(AssertUnwindSafe(f)).map_err(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    });
    std::panic::set_hook(hook);
    out
}

#[test]
fn mutated_files_never_panic() {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let seconds: u64 = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if ci { 30 } else { 5 });
    // Under CI one fixed seed, so that a run repeats what was run before it; else a new one.
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            if ci {
                return 0x005e_ed0f_ca11;
            }
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        })
        | 1;
    let mut rng = Rng(seed);
    let seeds = seeds();
    let base = Rc::new(common::basemap());
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut runs, mut loaded) = (0u64, 0u64);
    while Instant::now() < deadline {
        // A few mutations stacked on one seed, the small files more often than the big one.
        let mut text = seeds[rng.below(seeds.len())].clone();
        for _ in 0..1 + rng.below(3) {
            text = mutate(&mut rng, &text);
        }
        let outcome = quietly(|| {
            let ok = load_text::<RawJson>(&text).is_ok();
            exercise(&text, &base);
            ok
        });
        match outcome {
            Ok(ok) => loaded += u64::from(ok),
            Err(message) => {
                let dir = common::root("tests/fixtures/crashers");
                let _ = std::fs::create_dir_all(&dir);
                let path = dir.join(format!("crash-{seed:x}-{runs}.json"));
                let _ = std::fs::write(&path, &text);
                panic!(
                    "a mutated file panicked ({message}); saved as {}",
                    path.display()
                );
            }
        }
        runs += 1;
    }
    println!(
        "fuzz: {runs} iterations in {seconds} s ({} per s), {loaded} loaded with a usable head; seed {seed}",
        runs / seconds.max(1)
    );
    assert!(runs > 0);
}

#[test]
fn saved_crashers_no_longer_panic() {
    // The folder is kept in git (its README.md): never green by its absence.
    let dir = common::root("tests/fixtures/crashers");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "{} is missing ({e}): it is kept in git, with a README.md",
            dir.display()
        )
    });
    assert!(
        dir.join("README.md").is_file(),
        "the folder says what goes there"
    );
    let mut crashers: Vec<_> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    crashers.sort();
    let base = Rc::new(common::basemap());
    for path in crashers {
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        if let Err(message) = quietly(|| exercise(&text, &base)) {
            panic!("{}: {message}", path.display());
        }
    }
}
