//! The parts of the address `www/boot.js` reads before the app runs, as the app's own rules read
//! them (`route::parse`/`route::fragment`, `query::data_path`, the language pages): written as
//! the table `tests/golden/boot-route.json`, which `tests/js/boot-route.test.mjs` holds boot.js
//! to. A change of those rules changes the table (a golden: `UPDATE_GOLDENS=1`), and the Node
//! test then says where boot.js reads otherwise.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pkviz::components::shell::language::page_file;
use pkviz::i18n::Lang;
use pkviz::query::data_path;
use pkviz::route::{fragment, parse, Route, TableId, Theme, View};
use pkviz::view::table::{Direction, Sort};
use serde_json::{json, Value};

/// Addresses as a person may write them: the canonical ones come from [`routes`].
const WRITTEN: &[&str] = &[
    "",
    "#",
    "#main",
    "#lang=ar",
    "#lang=zh&view=parity",
    "#view=parity&lang=fr",
    "#view=map&lang=ru&theme=dark",
    "#lang=es&embed=map",
    "#lang=en",
    "#lang=de",
    "#lang=AR",
    "#lang=ar-EG",
    "#lang=",
    "#lang",
    "#xlang=ar",
    "#lang=ar=1",
    "#lang=xx&lang=ar",
    "#lang=ar&lang=fr",
    "#theme=dark",
    "#theme=light&view=sofa",
    "#theme=blue",
    "#theme=Dark",
    "#theme=dark&theme=light",
    "#theme=blue&theme=dark",
    "#view=sofa&theme=",
    "#embed=map",
    "#embed=recommendations&lang=ar",
    "#embed=nope",
    "#embed=",
    "#view=map&embed=sofa",
    "#view=funnels&mission=UNMISS%20x&sort=sofa.1.desc&lang=zh",
];

/// Routes whose fragment the app writes (links, the language switch, embed codes).
fn routes() -> Vec<Route> {
    let sorted = |table: TableId| {
        vec![(
            table,
            Sort {
                column: 1,
                direction: Direction::Descending,
            },
        )]
    };
    let mut out = vec![Route::default()];
    for (i, view) in View::ALL.into_iter().enumerate() {
        let lang = Lang::ALL[i % Lang::ALL.len()];
        out.push(Route {
            view: Some(view),
            lang: Some(lang),
            ..Route::default()
        });
        out.push(Route {
            embed: Some(view),
            lang: Some(Lang::ALL[(i + 1) % Lang::ALL.len()]),
            theme: Some(Theme::Dark),
            ..Route::default()
        });
        out.push(Route {
            view: Some(view),
            mission: Some("MINUSCA".into()),
            theme: [Some(Theme::Light), Some(Theme::Dark), None][i % 3],
            sorts: sorted(
                (TableId::ALL.into_iter())
                    .find(|t| t.view() == view)
                    .unwrap_or(TableId::Sofa),
            ),
            lang: (i % 2 == 0).then_some(Lang::ALL[(i + 2) % Lang::ALL.len()]),
            ..Route::default()
        });
    }
    out
}

/// What the app reads in `address` (a fragment with its `#`, or empty).
fn row(address: &str) -> Value {
    let (route, _) = parse(address);
    let without_lang = fragment(&Route {
        lang: None,
        ..route.clone()
    });
    json!({
        "address": address,
        "canonical": fragment(&route),
        "lang": route.lang.map(Lang::tag),
        "theme": route.theme.map(Theme::id),
        "embed": route.embed.map(View::id),
        "without_lang": without_lang,
    })
}

/// `?data=` values (decoded), and whether the app loads them.
const DATA: &[&str] = &[
    "data/other.json",
    "fixtures/sofa-alt.json",
    "x.json",
    "a/b_c-d/e.json",
    "",
    "/etc/passwd",
    "//evil.example/x.json",
    "https://evil.example/x.json",
    "../secret.json",
    "a/./b.json",
    "a//b.json",
    "a/",
    "a\\b.json",
    "x.json?y=1",
    "x.json#frag",
    "dätä.json",
    "a b.json",
];

#[test]
fn boot_reads_the_address_as_the_app_does() {
    let mut addresses: Vec<String> = WRITTEN.iter().map(|s| s.to_string()).collect();
    addresses.extend(routes().iter().map(|r| format!("#{}", fragment(r))));
    let long = "a/".repeat(97) + "b.json";
    let too_long = "a/".repeat(97) + "bc.json";
    let data: Vec<Value> = DATA
        .iter()
        .copied()
        .chain([long.as_str(), too_long.as_str()])
        .map(|d| json!({ "data": d, "loads": data_path(Some(d)).is_ok() }))
        .collect();
    let table = json!({
        "languages": Lang::ALL.map(|l| json!({ "tag": l.tag(), "page": page_file(l), "rtl": l.rtl() })),
        "addresses": addresses.iter().map(|a| row(a)).collect::<Vec<_>>(),
        "data": data,
    });
    let text = serde_json::to_string_pretty(&table).unwrap() + "\n";
    common::golden("tests/golden/boot-route.json", &text);
}
