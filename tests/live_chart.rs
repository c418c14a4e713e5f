//! The app's live chart frame, natively: `ChartFrame` given `RenderMode::Live` (as in the
//! browser, once its container is measured) renders the canvas, the SVG overlay of focusable
//! marks, the details line and the table toggle, compared with golden HTML; without the context
//! it renders the prerendered page's inline SVG, as before.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{basemap, fixture, golden};
use pkviz::components::widgets::chart::{ChartFrame, RenderMode};
use pkviz::components::Shared;
use pkviz::draw::Drawable;
use pkviz::i18n::{t, Locale, Msg};
use pkviz::route::TableId;
use pkviz::view::map::MapChart;
use pkviz::view::parity::{self, ParityVm};
use std::rc::Rc;
use yew::prelude::*;
use yew::LocalServerRenderer;

const EN: Locale = Locale::ENGLISH;
const WIDTH: f64 = 600.0;

#[derive(Properties, PartialEq)]
struct WithMode {
    mode: RenderMode,
    children: Html,
}

/// `children` rendered with `mode` as their render-mode context.
#[function_component]
fn Mode(props: &WithMode) -> Html {
    html! {
        <ContextProvider<RenderMode> context={props.mode}>{ props.children.clone() }</ContextProvider<RenderMode>>
    }
}

/// `chart` in `mode`, rendered to HTML, one element a line (so golden diffs read).
fn render(mode: RenderMode, chart: Html) -> String {
    let html = futures::executor::block_on(
        LocalServerRenderer::<Mode>::with_props(WithMode {
            mode,
            children: chart,
        })
        .hydratable(false)
        .render(),
    );
    html.replace("><", ">\n<") + "\n"
}

fn parity_chart() -> (Rc<ParityVm>, Html) {
    let data = fixture();
    let vm = Rc::new(parity::parity(&data, data.parity.as_ref().unwrap(), EN));
    let table = Rc::new(parity::table(&vm, EN));
    let html = html! {
        <ChartFrame<ParityVm> id="parity" chart={Shared(vm.clone())} summary={vm.summary.clone()}
            table={Shared(table)} loc={EN} sorted={TableId::Parity} />
    };
    (vm, html)
}

/// The overlay's marks as rendered: a `<rect>` of class `mark` each.
fn marks(html: &str) -> Vec<&str> {
    html.lines()
        .filter(|l| l.starts_with("<rect ") && l.contains(" class=\"mark\""))
        .collect()
}

#[test]
fn the_live_frame_has_a_focusable_mark_per_mark_of_the_chart() {
    let (vm, chart) = parity_chart();
    let html = render(RenderMode::Live { width: WIDTH }, chart);
    let layout = vm.layout(WIDTH);
    // The parity chart does not zoom: its frame is `()`.
    let shown = vm.shown_marks(&layout, &());
    let rendered = marks(&html);
    assert!(!shown.is_empty());
    assert_eq!(rendered.len(), shown.len());
    for (line, m) in rendered.iter().zip(&shown) {
        let label = format!("aria-label=\"{}\"", m.details.replace('&', "&amp;"));
        assert!(line.contains(&label), "{line}: {}", m.details);
        assert!(line.contains("tabindex=\"0\"") && line.contains("role=\"img\""));
    }
    // The canvas at the layout's size, the details line with its hint, the table toggle; no
    // prerendered picture.
    let height = ParityVm::height(&layout);
    let overlay = format!("<svg viewBox=\"0 0 {WIDTH} {height}\"");
    assert!(html.contains(&overlay) && html.contains("class=\"chart-overlay\""));
    assert!(html.contains("class=\"chart-canvas\""));
    assert!(html.contains(t(EN, Msg::ChartDetailsHint)));
    assert!(html.contains(t(EN, Msg::ShowTable)));
    assert!(!html.contains("chart-prerendered"));
    golden("tests/golden/views/parity-live.html", &html);
}

#[test]
fn the_live_frame_of_a_chart_that_zooms_has_its_controls_and_buttons() {
    let data = fixture();
    let vm = Rc::new(pkviz::view::map::map(&data, false, EN).unwrap());
    let chart = Rc::new(MapChart {
        vm: vm.clone(),
        base: Rc::new(basemap()),
    });
    let html = render(
        RenderMode::Live { width: WIDTH },
        html! {
            <ChartFrame<MapChart> id="map" chart={Shared(chart.clone())} summary={vm.summary.clone()}
                table={Shared(vm.table.clone())} loc={EN} sorted={TableId::Missions}
                onactivate={Callback::from(|_: usize| ())} />
        },
    );
    let layout = chart.layout(WIDTH);
    let frame = chart.frame(&layout, Default::default());
    let rendered = marks(&html);
    assert_eq!(rendered.len(), chart.shown_marks(&layout, &frame).len());
    assert!(rendered.iter().all(|m| m.contains("role=\"button\"")));
    assert!(html.contains("class=\"chart-area zoomable\""));
    golden("tests/golden/views/map-live.html", &html);
}

#[test]
fn without_a_context_the_chart_renders_as_the_target_does() {
    let (_, chart) = parity_chart();
    let default = render(RenderMode::default(), chart.clone());
    assert_eq!(RenderMode::default(), RenderMode::Prerender);
    assert!(default.contains("chart-prerendered") && marks(&default).is_empty());
    // As the app starts in the browser: not measured yet, so no overlay.
    let unmeasured = render(RenderMode::Live { width: 0.0 }, chart);
    assert!(!unmeasured.contains("chart-overlay") && unmeasured.contains("chart-canvas"));
}
