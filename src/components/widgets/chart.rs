//! A chart on a canvas: sized to its container (sharp on HiDPI screens, redrawn on resize),
//! with a transparent SVG overlay of focusable marks (hover, tap, Tab) whose details show below,
//! a text summary and a "show as table" toggle. Any [`Drawable`] goes in; one that zooms (the
//! map) gets the zoom controls of [`use_zoom`], and its marks can be activated (click, Enter).
//! Rendered natively (the prerendered page), the chart is an inline SVG drawn by the same code;
//! a [`RenderMode`] context chooses otherwise (a native test of the app's live frame).

use super::data_table::DataTable;
use crate::components::hooks::print::use_print_svg;
use crate::components::hooks::zoom::use_zoom;
use crate::components::Shared;
use crate::draw::Drawable;
use crate::i18n::{t, Locale, Msg};
use crate::route::TableId;
use crate::view::table::{Sort, TableVm};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartProps<C: Drawable + PartialEq + 'static> {
    /// A DOM id prefix, unique in the page.
    pub id: AttrValue,
    pub chart: Shared<C>,
    pub summary: AttrValue,
    pub table: Shared<TableVm>,
    pub loc: Locale,
    /// The chart's table as the route names its sort (none: it does not sort).
    #[prop_or_default]
    pub sorted: Option<TableId>,
    /// The sort of the chart's table, from the route.
    #[prop_or_default]
    pub sort: Option<Sort>,
    /// Called with a mark's index when it is activated (click, tap, Enter, Space).
    #[prop_or_default]
    pub onactivate: Option<Callback<usize>>,
    /// What the prerendered page shows, by itself, when a mark is clicked before the app is in:
    /// each mark's answer (see `components::answers`), in the marks' order; none by default.
    #[prop_or_default]
    pub answers: Vec<AttrValue>,
}

/// Which of its two forms a chart renders: what the target renders by default (no context),
/// or, given as a context (`ContextProvider<RenderMode>`), either on any target. Browser-only
/// work (the canvas painted, the container measured) stays in effects either way, which do not
/// run natively, so a native test can render the live frame's HTML.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RenderMode {
    /// The prerendered page: the chart as inline SVG at each of [`PRERENDER_WIDTHS`].
    Prerender,
    /// The app: a canvas, the SVG overlay of focusable marks, the details line; laid out at
    /// `width` until the container is measured (`0.0`, as the app starts: no overlay yet).
    Live { width: f64 },
}

impl Default for RenderMode {
    /// What the target renders: live in the browser, prerendered natively.
    fn default() -> Self {
        if cfg!(target_arch = "wasm32") {
            RenderMode::Live { width: 0.0 }
        } else {
            RenderMode::Prerender
        }
    }
}

/// Widths the prerendered page draws each chart at, for phones and wider screens (the CSS
/// shows the one that fits); the app then draws at the real width.
pub const PRERENDER_WIDTHS: [(f64, &str); 2] = [(352.0, "narrow"), (1088.0, "wide")];

/// The chart drawn as inline SVG at each prerender width (the page without scripts). A mark
/// with an answer gets a transparent hit area over it, where the app's overlay puts the mark,
/// with the words the app's details line then shows.
fn prerendered<C: Drawable>(chart: &C, summary: &AttrValue, answers: &[AttrValue]) -> Html {
    let svgs = PRERENDER_WIDTHS
        .iter()
        .filter_map(|(w, class)| {
            let svg = crate::draw::export::bare_svg(chart, *w).ok()?;
            let mut svg = svg.replacen(
                "<svg ",
                &format!("<svg class=\"{class}\" aria-hidden=\"true\" "),
                1,
            );
            if !answers.is_empty() {
                let layout = chart.layout(*w);
                let frame = chart.frame(&layout, crate::view::chart::Zoom::default());
                let marks = chart.shown_marks(&layout, &frame);
                let hits: String = marks
                    .iter()
                    .zip(answers)
                    .map(|(m, answer)| {
                        format!(
                            "<rect class=\"mark-answer\" data-answer=\"{}\" data-details=\"{}\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"transparent\"/>",
                            crate::components::widgets::answer::attribute(answer), crate::components::widgets::answer::attribute(&m.details), m.x, m.y, m.w, m.h
                        )
                    })
                    .collect();
                if let Some(end) = svg.rfind("</svg>") {
                    svg.insert_str(end, &hits);
                }
            }
            Some(svg)
        })
        .collect::<String>();
    html! {
        <div class="chart-prerendered" role="img" aria-label={summary.clone()}>
            { Html::from_html_unchecked(svgs.into()) }
        </div>
    }
}

#[function_component]
pub fn ChartFrame<C: Drawable + PartialEq + 'static>(props: &ChartProps<C>) -> Html {
    let loc = props.loc;
    let mode = use_context::<RenderMode>().unwrap_or_default();
    let container = use_node_ref();
    let canvas = use_node_ref();
    let width = use_state_eq(|| match mode {
        RenderMode::Live { width } => width,
        RenderMode::Prerender => 0.0,
    });
    let dpr = use_state_eq(|| 1.0f64);
    let focused = use_state_eq(|| None::<usize>);
    let as_table = use_state_eq(|| false);
    let (area, print_slot) = (use_node_ref(), use_node_ref());
    use_print_svg(props.chart.clone(), area.clone(), print_slot.clone());
    // Follow the container's width (browser-only, so inside an effect): a resize observer, so
    // a scrollbar that comes or goes (the prerendered page giving way to the app) counts too.
    {
        let (container, width, dpr) = (container.clone(), width.clone(), dpr.clone());
        use_effect_with(*as_table, move |_| {
            let target = container.cast::<web_sys::Element>();
            let measure = move || {
                if let Some(el) = container.cast::<web_sys::Element>() {
                    let w = f64::from(el.client_width());
                    if w > 0.0 && (w - *width).abs() >= 1.0 {
                        width.set(w);
                    }
                }
                dpr.set(gloo::utils::window().device_pixel_ratio().clamp(1.0, 3.0));
            };
            measure();
            let closure = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(measure);
            let observer =
                web_sys::ResizeObserver::new(wasm_bindgen::JsCast::unchecked_ref(closure.as_ref()))
                    .ok();
            if let (Some(o), Some(t)) = (&observer, &target) {
                o.observe(t);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(closure);
            }
        });
    }
    let layout = use_memo((props.chart.clone(), *width as i64), |(chart, w)| {
        chart.layout(*w as f64)
    });
    let (w, h) = (*width, C::height(&layout));
    let zoom = use_zoom((w, h));
    let frame = use_memo((layout.clone(), zoom.zoom), |(layout, z)| {
        props.chart.frame(layout, *z)
    });
    let marks = use_memo((layout.clone(), zoom.zoom), |(layout, _)| {
        props.chart.shown_marks(layout, &frame)
    });
    // Paint once per chart, size, pixel ratio and zoom: not on focus or hover.
    {
        let (canvas, layout, frame, chart, dpr) = (
            canvas.clone(),
            layout.clone(),
            frame.clone(),
            props.chart.clone(),
            *dpr,
        );
        let mark = format!("pkviz:paint:{}", props.id);
        let z = zoom.zoom;
        use_effect_with(
            (
                props.chart.clone(),
                *width as i64,
                dpr.to_bits(),
                *as_table,
                z,
            ),
            move |_| {
                if let Some(c) = canvas.cast::<web_sys::HtmlCanvasElement>() {
                    paint(&*chart, &layout, &frame, c, dpr);
                    // For the benchmark: when the last paint ended.
                    if let Some(p) = gloo::utils::window().performance() {
                        let _ = p.mark(&mark);
                    }
                }
            },
        );
    }
    let toggle = {
        let as_table = as_table.clone();
        Callback::from(move |_| as_table.set(!*as_table))
    };
    let details_id = format!("{}-details", props.id);
    let body = if *as_table {
        html! { <DataTable id={format!("{}-table", props.id)} table={props.table.clone()} {loc}
        sorted={props.sorted} sort={props.sort} /> }
    } else if mode == RenderMode::Prerender {
        // The app's frame around the picture (zoom buttons, the details line), so that the app
        // taking the page's place moves nothing.
        html! {
            <>
                if C::ZOOMS { { zoom.controls(loc) } }
                { prerendered(&*props.chart, &props.summary, &props.answers) }
                <p class="chart-details" id={details_id}>{ t(loc, Msg::ChartDetailsHint) }</p>
            </>
        }
    } else {
        let interactive = props.onactivate.is_some();
        let mark_html = marks.iter().enumerate().map(|(i, m)| {
            let show = {
                let focused = focused.clone();
                Callback::from(move |_| focused.set(Some(i)))
            };
            // Leaving the mark (pointer or focus) puts the hint back: the line never describes
            // a mark no one is on (e.g. after another mission's profile opened).
            let hide = {
                let focused = focused.clone();
                Callback::from(move |_| focused.set(None))
            };
            let activate = props.onactivate.clone();
            let onclick = {
                let (show, activate, zoom) = (show.clone(), activate.clone(), zoom.clone());
                Callback::from(move |_: MouseEvent| {
                    if zoom.dragged() {
                        return;
                    }
                    show.emit(());
                    if let Some(a) = &activate {
                        a.emit(i);
                    }
                })
            };
            let onkeydown = Callback::from(move |e: KeyboardEvent| {
                if let (true, Some(a)) = (matches!(e.key().as_str(), "Enter" | " "), &activate) {
                    e.prevent_default();
                    a.emit(i);
                }
            });
            html! {
                <rect class="mark" x={m.x.to_string()} y={m.y.to_string()} width={m.w.to_string()}
                    height={m.h.to_string()} tabindex="0" role={if interactive { "button" } else { "img" }}
                    aria-label={m.details.clone()}
                    onfocus={show.reform(|_: FocusEvent| ())} onmouseenter={show.reform(|_: MouseEvent| ())}
                    onblur={hide.reform(|_: FocusEvent| ())} onmouseleave={hide.reform(|_: MouseEvent| ())}
                    {onclick} {onkeydown} />
            }
        });
        let zooms = C::ZOOMS;
        let dpr = *dpr;
        html! {
            <>
                if zooms { { zoom.controls(loc) } }
                <div ref={area} class={classes!("chart-area", zooms.then_some("zoomable"))}
                    onkeydown={zooms.then(|| zoom.onkeydown())}
                    tabindex={zooms.then_some("0")} aria-label={zooms.then(|| t(loc, Msg::MapKeysHint))}>
                    <canvas ref={canvas} class="chart-canvas" role="img" aria-label={props.summary.clone()}
                        width={((w * dpr).round() as u32).to_string()} height={((h * dpr).round() as u32).to_string()} />
                    if w > 0.0 {
                        <svg class="chart-overlay" viewBox={format!("0 0 {w} {h}")} aria-describedby={details_id.clone()}
                            onpointerdown={zooms.then(|| zoom.onpointerdown())}
                            onpointermove={zooms.then(|| zoom.onpointermove())}
                            onpointerup={zooms.then(|| zoom.onpointerup())}
                            onwheel={zooms.then(|| zoom.onwheel())}>
                            { for mark_html }
                        </svg>
                    }
                    <div ref={print_slot} class="chart-print" aria-hidden="true"></div>
                </div>
                <p class="chart-details" id={details_id} aria-live="polite">
                    { focused.and_then(|i| marks.get(i)).map_or_else(
                        || t(loc, Msg::ChartDetailsHint).to_string(),
                        |m| m.details.clone()) }
                </p>
            </>
        }
    };
    html! {
        <div class="chart" id={props.id.clone()} ref={container}>
            <p class="chart-summary">{ &props.summary }</p>
            <button type="button" class="toggle" aria-pressed={as_table.to_string()} onclick={toggle}>
                { t(loc, if *as_table { Msg::ShowChart } else { Msg::ShowTable }) }
            </button>
            { body }
        </div>
    }
}

/// Paints `chart` on `canvas`, whose pixel size is the layout's times `dpr`.
fn paint<C: Drawable>(
    chart: &C,
    layout: &C::Layout,
    frame: &C::Frame,
    canvas: web_sys::HtmlCanvasElement,
    dpr: f64,
) {
    use plotters::prelude::*;
    set_direction(&canvas, chart.loc());
    let Some(backend) = plotters_canvas::CanvasBackend::with_canvas_object(canvas) else {
        return;
    };
    let area = backend.into_drawing_area();
    if let Err(e) = chart
        .draw(&area, layout, frame, dpr)
        .and_then(|_| area.present())
    {
        web_sys::console::error_1(&format!("drawing the chart failed: {e}").into());
    }
}

/// Sets the direction the canvas sets text in, as the chart's language writes (a text's
/// `start` is then its right end in Arabic): not left to the element's place in the page, so
/// a canvas outside it (a PNG download) draws the same.
pub fn set_direction(canvas: &web_sys::HtmlCanvasElement, loc: crate::i18n::Locale) {
    if let Ok(Some(context)) = canvas.get_context("2d") {
        let _ = js_sys::Reflect::set(&context, &"direction".into(), &loc.dir().into());
    }
}
