//! The permalink, natively: fragments round-trip, what is not understood is listed, actions
//! change one part of the route, and links go through the one fragment writer.
#![cfg(not(target_arch = "wasm32"))]

use pkviz::i18n::Lang;
use pkviz::model::Addressed;
use pkviz::route::*;
use pkviz::view::table::{Direction, Sort};

#[test]
fn round_trips() {
    let route = Route {
        view: Some(View::Funnels),
        mission: Some("UNMISS".into()),
        closed: true,
        funnel: Some("a4p-plus-5-crimes-cases".into()),
        topic: Some("explosive-ordnance".into()),
        query: Some("women police".into()),
        theme: Some(Theme::Dark),
        sorts: vec![
            (
                TableId::Sofa,
                Sort {
                    column: 2,
                    direction: Direction::Descending,
                },
            ),
            (
                TableId::Figures,
                Sort {
                    column: 1,
                    direction: Direction::Ascending,
                },
            ),
        ],
        lang: Some(Lang::Ar),
        arabic_digits: true,
        rec: RecRoute {
            section: Some("II".into()),
            addressed: Some(Addressed::NotToSecretariat),
            cites: Some("S/2020/1179".into()),
            query: Some("African Union".into()),
        },
        para: Some(103),
        embed: Some(View::Parity),
    };
    let f = fragment(&route);
    assert_eq!(
        f,
        "embed=parity&view=funnels&mission=UNMISS&closed=1&funnel=a4p-plus-5-crimes-cases&topic=explosive-ordnance&q=women%20police&sort=sofa.2.desc,figures.1.asc&theme=dark&section=II&state=not-addressed&cites=S%2F2020%2F1179&rq=African%20Union&para=103&digits=arab&lang=ar"
    );
    assert_eq!(parse(&format!("#{f}")), (route, vec![]));
    assert_eq!(parse(""), (Route::default(), vec![]));
    assert_eq!(fragment(&Route::default()), "");
}

#[test]
fn ignores_what_it_does_not_understand() {
    let (route, ignored) =
        parse("#view=nowhere&mission=<script>&sort=sofa.x.up&closed=yes&zzz&lang=xx&view=map");
    assert_eq!(route.view, Some(View::Map));
    assert_eq!(route.mission, None);
    assert!(route.sorts.is_empty());
    assert_eq!(
        ignored,
        [
            "view=nowhere",
            "mission=<script>",
            "sort=sofa.x.up",
            "closed=yes",
            "zzz",
            "lang=xx"
        ]
    );
}

#[test]
fn actions_change_one_part_and_name_the_view() {
    let r = Route::default().apply(Action::Profile(Some("UNMISS".into())));
    assert_eq!(
        (r.view, r.mission.as_deref()),
        (Some(View::Map), Some("UNMISS"))
    );
    let r = r.apply(Action::Closed(true));
    assert!(r.closed && r.mission.is_some());
    let s = Sort {
        column: 2,
        direction: Direction::Descending,
    };
    let sorted = r.apply(Action::Sort {
        table: TableId::Sofa,
        sort: s,
    });
    assert_eq!(
        (sorted.view, sorted.sort(TableId::Sofa)),
        (Some(View::Sofa), Some(s))
    );
    assert_eq!(sorted.sorts_of(View::Sofa).len(), 1);
    assert!(sorted.sorts_of(View::Figures).is_empty());
    let shown = sorted.apply(Action::Show(View::Mechanisms, "MINUSCA".into()));
    assert_eq!(
        fragment(&shown),
        "view=mechanisms&mission=MINUSCA&closed=1&sort=sofa.2.desc"
    );
    assert_eq!(
        shown.apply(Action::Replace(Route::default())),
        Route::default()
    );
    assert_eq!(shown.apply(Action::Topic(None)).view, Some(View::Figures));
    assert_eq!(
        shown
            .apply(Action::Funnel(Some("f".into())))
            .funnel
            .as_deref(),
        Some("f")
    );
    assert_eq!(shown.apply(Action::MechanismsMission(None)).mission, None);
}

#[test]
fn links_go_through_the_fragment_writer() {
    assert_eq!(
        link(View::Sofa, Some("MINUSCA")),
        "#view=sofa&mission=MINUSCA"
    );
    assert_eq!(link(View::Parity, None), "#view=parity");
}

#[test]
fn with_sort_replaces_a_table_sort() {
    let s = Sort {
        column: 1,
        direction: Direction::Ascending,
    };
    let r = Route::default()
        .with_sort(TableId::Sofa, Some(s))
        .with_sort(TableId::Sofa, None);
    assert!(r.sorts.is_empty());
    assert_eq!(
        Route::default()
            .with_sort(TableId::Sofa, Some(s))
            .sort(TableId::Sofa),
        Some(s)
    );
}

#[test]
fn snippet_points_at_the_view_and_embed_js() {
    let s = embed_snippet(
        "https://example.org/pk/index.html",
        &Route::default(),
        View::Parity,
        "Women \"in\" uniform",
    );
    assert!(s.contains("src=\"https://example.org/pk/index.html#embed=parity\""));
    // A view's options in the page's address are kept, the other views' are not.
    let route = Route {
        funnel: Some("b&c".into()),
        topic: Some("t".into()),
        ..Route::default()
    }
    .with_sort(
        TableId::Funnel,
        Some(Sort {
            column: 1,
            direction: Direction::Descending,
        }),
    );
    let funnels = embed_snippet("https://e.org/", &route, View::Funnels, "F");
    assert!(
        funnels.contains(
            "src=\"https://e.org/#embed=funnels&amp;funnel=b%26c&amp;sort=funnel-table.1.desc\""
        ),
        "{funnels}"
    );
    assert!(s.contains("<script src=\"https://example.org/pk/embed.js\" async></script>"));
    assert!(s.contains("title=\"Women in uniform\""));
}

#[test]
fn values_from_the_data_file_are_escaped_and_read_back() {
    for hostile in ["a&view=map&closed=1", "x y#z", "é/ü%41", "50%", "a,b.c"] {
        let route = Route {
            mission: Some(hostile.into()),
            funnel: Some(hostile.into()),
            topic: Some(hostile.into()),
            ..Route::default()
        };
        let written = fragment(&route);
        // Three parts, each one `key=value`: the values' own `&`, `=`, `#` are escaped.
        assert_eq!(written.matches('&').count(), 2, "{written}");
        assert_eq!(written.matches('=').count(), 3, "{written}");
        assert!(!written.contains(['#', ' ']), "{written}");
        let (back, ignored) = parse(&written);
        assert_eq!(back, route, "{written}");
        assert!(ignored.is_empty(), "{ignored:?}");
    }
    // A funnel id that looks like other parts does not become them.
    let route = Route {
        funnel: Some("a&view=map&closed=1".into()),
        ..Route::default()
    };
    let (back, _) = parse(&fragment(&route));
    assert_eq!((back.view, back.closed), (None, false));
    // Control characters and over-long values are not read.
    for bad in ["mission=a%00b", "mission=%ZZ", "mission=%FF"] {
        let (back, ignored) = parse(bad);
        assert_eq!(back.mission, None, "{bad}");
        assert_eq!(ignored.len(), 1, "{bad}");
    }
    let (back, _) = parse(&format!("mission={}", "x".repeat(81)));
    assert_eq!(back.mission, None);
}
