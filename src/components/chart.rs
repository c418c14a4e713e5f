//! A chart on a canvas: sized to its container (sharp on HiDPI screens, redrawn on resize),
//! with a transparent SVG overlay of focusable marks (hover, tap, Tab) whose details show below,
//! a text summary and a "show as table" toggle. The map also zooms and pans (buttons, keys,
//! drag, Ctrl + wheel), and its marks can be activated (click, Enter).

use super::data_table::DataTable;
use crate::draw;
use crate::i18n::{t, Lang, Msg};
use crate::model::Basemap;
use crate::route::View;
use crate::view::chart::Mark;
use crate::view::funnel::{self, FunnelLayout, FunnelVm};
use crate::view::map::{self, MapFrame, MapLayout, MapVm, Zoom};
use crate::view::parity::{self, ParityLayout, ParityVm};
use crate::view::table::TableVm;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// What a chart draws.
#[derive(Clone, PartialEq)]
pub enum Chart {
    Parity(Rc<ParityVm>),
    Funnel(Rc<FunnelVm>),
    Map(Rc<MapVm>, Rc<Basemap>),
}

/// A chart laid out at one width.
#[derive(PartialEq)]
enum Laid {
    Parity(ParityLayout),
    Funnel(FunnelLayout),
    Map(MapLayout),
}

impl Laid {
    fn of(chart: &Chart, width: f64) -> Self {
        match chart {
            Chart::Parity(vm) => Laid::Parity(parity::layout(vm, width)),
            Chart::Funnel(vm) => Laid::Funnel(funnel::layout(vm, width)),
            Chart::Map(vm, base) => Laid::Map(map::layout(vm, base, width)),
        }
    }
    fn height(&self) -> f64 {
        match self {
            Laid::Parity(l) => l.height,
            Laid::Funnel(l) => l.height,
            Laid::Map(l) => l.height,
        }
    }
    /// The focusable marks; the map's come from its frame (they move with the zoom).
    fn marks<'a>(&'a self, frame: &'a Option<MapFrame>) -> &'a [Mark] {
        match (self, frame) {
            (Laid::Parity(l), _) => &l.marks,
            (Laid::Funnel(l), _) => &l.marks,
            (Laid::Map(_), Some(f)) => &f.marks,
            (Laid::Map(_), None) => &[],
        }
    }
    /// Paints the chart on `canvas`, whose pixel size is the layout's times `dpr`.
    fn paint(
        &self,
        chart: &Chart,
        frame: &Option<MapFrame>,
        zoom: Zoom,
        canvas: HtmlCanvasElement,
        dpr: f64,
    ) {
        let Some(backend) = CanvasBackend::with_canvas_object(canvas) else {
            return;
        };
        let area = backend.into_drawing_area();
        let result = match (chart, self) {
            (Chart::Parity(vm), Laid::Parity(l)) => draw::parity::draw(&area, vm, l, dpr),
            (Chart::Funnel(vm), Laid::Funnel(l)) => draw::funnel::draw(&area, vm, l, dpr),
            (Chart::Map(vm, _), Laid::Map(l)) => match frame {
                Some(f) => draw::map::draw(&area, vm, l, f, zoom, dpr),
                None => Ok(()),
            },
            _ => Ok(()),
        };
        if let Err(e) = result.and_then(|_| area.present()) {
            web_sys::console::error_1(&format!("drawing the chart failed: {e}").into());
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// A DOM id prefix, unique in the page.
    pub id: AttrValue,
    pub chart: Chart,
    pub summary: AttrValue,
    pub table: Rc<TableVm>,
    pub lang: Lang,
    /// The view the chart is part of.
    pub view: View,
    /// Called with a mark's index when it is activated (click, tap, Enter, Space).
    #[prop_or_default]
    pub onactivate: Option<Callback<usize>>,
}

#[function_component]
pub fn ChartFrame(props: &ChartProps) -> Html {
    let lang = props.lang;
    let container = use_node_ref();
    let canvas = use_node_ref();
    let width = use_state(|| 0.0f64);
    let dpr = use_state(|| 1.0f64);
    let focused = use_state(|| None::<usize>);
    let as_table = use_state(|| false);
    let zoom = use_state(Zoom::default);
    // A drag in progress: the last pointer position, and whether it moved (then it is no click).
    let drag = use_mut_ref(|| None::<(f64, f64, bool)>);
    // Follow the container's width (browser-only, so inside an effect).
    {
        let (container, width, dpr, zoom) =
            (container.clone(), width.clone(), dpr.clone(), zoom.clone());
        use_effect_with(*as_table, move |_| {
            let measure = move || {
                if let Some(el) = container.cast::<web_sys::Element>() {
                    let w = f64::from(el.client_width());
                    if w > 0.0 && (w - *width).abs() >= 1.0 {
                        width.set(w);
                        zoom.set(Zoom::default());
                    }
                }
                let ratio = gloo::utils::window().device_pixel_ratio().clamp(1.0, 3.0);
                if (ratio - *dpr).abs() > f64::EPSILON {
                    dpr.set(ratio);
                }
            };
            measure();
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                    measure()
                });
            move || drop(listener)
        });
    }
    let laid = use_memo((props.chart.clone(), *width as i64), |(chart, w)| {
        Laid::of(chart, *w as f64)
    });
    // The map's markers and labels follow the zoom; its projection does not.
    let frame = use_memo(
        (props.chart.clone(), laid.clone(), *zoom),
        |(chart, laid, zoom)| match (chart, &**laid) {
            (Chart::Map(vm, _), Laid::Map(l)) => Some(map::frame(vm, l, *zoom)),
            _ => None,
        },
    );
    // Paint once per chart, size and pixel ratio: not on focus or hover.
    {
        let (canvas, laid, chart, dpr) = (canvas.clone(), laid.clone(), props.chart.clone(), *dpr);
        let (frame, z) = (frame.clone(), *zoom);
        let mark = format!("pkviz:paint:{}", props.id);
        use_effect_with(
            (
                props.chart.clone(),
                *width as i64,
                dpr.to_bits(),
                *as_table,
                z,
            ),
            move |_| {
                if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                    laid.paint(&chart, &frame, z, c, dpr);
                    // For the benchmark: when the last paint ended.
                    if let Some(p) = gloo::utils::window().performance() {
                        let _ = p.mark(&mark);
                    }
                }
            },
        );
    }
    let (w, h) = (*width, laid.height());
    let toggle = {
        let as_table = as_table.clone();
        Callback::from(move |_| as_table.set(!*as_table))
    };
    let details_id = format!("{}-details", props.id);
    let body = if *as_table {
        html! { <DataTable id={format!("{}-table", props.id)} table={props.table.clone()} {lang} view={props.view} /> }
    } else {
        let interactive = props.onactivate.is_some();
        let marks = laid.marks(&frame).iter().enumerate().map(|(i, m)| {
            let show = {
                let focused = focused.clone();
                Callback::from(move |_| focused.set(Some(i)))
            };
            let activate = props.onactivate.clone();
            let onclick = {
                let (show, activate, drag) = (show.clone(), activate.clone(), drag.clone());
                Callback::from(move |_: MouseEvent| {
                    if drag.borrow().is_some_and(|(_, _, moved)| moved) {
                        return;
                    }
                    show.emit(());
                    if let Some(a) = &activate {
                        a.emit(i);
                    }
                })
            };
            let onkeydown = Callback::from(move |e: KeyboardEvent| {
                if matches!(e.key().as_str(), "Enter" | " ") {
                    if let Some(a) = &activate {
                        e.prevent_default();
                        a.emit(i);
                    }
                }
            });
            html! {
                <rect class="mark" x={m.x.to_string()} y={m.y.to_string()} width={m.w.to_string()}
                    height={m.h.to_string()} tabindex="0" role={if interactive { "button" } else { "img" }}
                    aria-label={m.details.clone()}
                    onfocus={show.reform(|_: FocusEvent| ())} onmouseenter={show.reform(|_: MouseEvent| ())}
                    {onclick} {onkeydown} />
            }
        });
        let zoomable = matches!(props.chart, Chart::Map(..));
        let set_zoom = |f: Box<dyn Fn(Zoom) -> Zoom>| {
            let zoom = zoom.clone();
            Callback::from(move |_: MouseEvent| zoom.set(f(*zoom)))
        };
        let (cw, ch) = (w, h);
        let controls = zoomable.then(|| html! {
            <div class="zoom-controls" role="group" aria-label={t(lang, Msg::ZoomControls)}>
                <button type="button" onclick={set_zoom(Box::new(move |z| z.zoom_at(2.0, (cw / 2.0, ch / 2.0), cw, ch)))}
                    aria-label={t(lang, Msg::ZoomIn)}>{ "+" }</button>
                <button type="button" onclick={set_zoom(Box::new(move |z| z.zoom_at(0.5, (cw / 2.0, ch / 2.0), cw, ch)))}
                    aria-label={t(lang, Msg::ZoomOut)}>{ "−" }</button>
                <button type="button" onclick={set_zoom(Box::new(|_| Zoom::default()))}>{ t(lang, Msg::ZoomReset) }</button>
            </div>
        });
        // Keys on the map: arrows pan, + and − zoom, 0 resets.
        let onkeydown = {
            let zoom = zoom.clone();
            Callback::from(move |e: KeyboardEvent| {
                if !zoomable {
                    return;
                }
                let z = *zoom;
                let step = 60.0;
                let next = match e.key().as_str() {
                    "ArrowLeft" => z.pan(step, 0.0, cw, ch),
                    "ArrowRight" => z.pan(-step, 0.0, cw, ch),
                    "ArrowUp" => z.pan(0.0, step, cw, ch),
                    "ArrowDown" => z.pan(0.0, -step, cw, ch),
                    "+" | "=" => z.zoom_at(2.0, (cw / 2.0, ch / 2.0), cw, ch),
                    "-" | "_" => z.zoom_at(0.5, (cw / 2.0, ch / 2.0), cw, ch),
                    "0" => Zoom::default(),
                    _ => return,
                };
                e.prevent_default();
                zoom.set(next);
            })
        };
        // Drag to pan (mouse, pen or one finger), Ctrl + wheel to zoom at the pointer.
        let scale_of = move |e: &MouseEvent| -> f64 {
            let el: web_sys::Element = e.target_unchecked_into();
            let r = el
                .closest("svg")
                .ok()
                .flatten()
                .map(|s| s.get_bounding_client_rect());
            r.map_or(1.0, |r| if r.width() > 0.0 { cw / r.width() } else { 1.0 })
        };
        let onpointerdown = {
            let drag = drag.clone();
            Callback::from(move |e: PointerEvent| {
                if zoomable && e.is_primary() {
                    *drag.borrow_mut() =
                        Some((f64::from(e.client_x()), f64::from(e.client_y()), false));
                }
            })
        };
        let onpointermove = {
            let (drag, zoom) = (drag.clone(), zoom.clone());
            Callback::from(move |e: PointerEvent| {
                let Some((x0, y0, moved)) = *drag.borrow() else {
                    return;
                };
                let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
                let (dx, dy) = (x - x0, y - y0);
                if !moved && dx.abs() + dy.abs() < 4.0 {
                    return;
                }
                let k = scale_of(&e);
                *drag.borrow_mut() = Some((x, y, true));
                zoom.set(zoom.pan(dx * k, dy * k, cw, ch));
            })
        };
        let onpointerup = {
            let drag = drag.clone();
            Callback::from(move |_: PointerEvent| {
                // Cleared after the click that may follow, so a drag is not taken for a click.
                let drag = drag.clone();
                gloo::timers::callback::Timeout::new(0, move || *drag.borrow_mut() = None).forget();
            })
        };
        let onwheel = {
            let zoom = zoom.clone();
            Callback::from(move |e: WheelEvent| {
                if !zoomable || !(e.ctrl_key() || e.meta_key()) {
                    return;
                }
                e.prevent_default();
                let el: web_sys::Element = e.target_unchecked_into();
                let Some(svg) = el.closest("svg").ok().flatten() else {
                    return;
                };
                let r = svg.get_bounding_client_rect();
                let k = if r.width() > 0.0 { cw / r.width() } else { 1.0 };
                let at = (
                    (f64::from(e.client_x()) - r.left()) * k,
                    (f64::from(e.client_y()) - r.top()) * k,
                );
                let factor = if e.delta_y() < 0.0 { 1.5 } else { 1.0 / 1.5 };
                zoom.set(zoom.zoom_at(factor, at, cw, ch));
            })
        };
        let dpr = *dpr;
        html! {
            <>
                { controls }
                <div class={classes!("chart-area", zoomable.then_some("zoomable"))} {onkeydown}
                    tabindex={zoomable.then_some("0")} aria-label={zoomable.then(|| t(lang, Msg::MapKeysHint))}>
                    <canvas ref={canvas} class="chart-canvas" role="img" aria-label={props.summary.clone()}
                        width={((w * dpr).round() as u32).to_string()} height={((h * dpr).round() as u32).to_string()} />
                    if w > 0.0 {
                        <svg class="chart-overlay" viewBox={format!("0 0 {w} {h}")} aria-describedby={details_id.clone()}
                            {onpointerdown} {onpointermove} {onpointerup} {onwheel}>
                            { for marks }
                        </svg>
                    }
                </div>
                <p class="chart-details" id={details_id} aria-live="polite">
                    { focused.and_then(|i| laid.marks(&frame).get(i)).map_or_else(
                        || t(lang, Msg::ChartDetailsHint).to_string(),
                        |m| m.details.clone()) }
                </p>
            </>
        }
    };
    html! {
        <div class="chart" id={props.id.clone()} ref={container}>
            <p class="chart-summary">{ &props.summary }</p>
            <button type="button" class="toggle" aria-pressed={as_table.to_string()} onclick={toggle}>
                { t(lang, if *as_table { Msg::ShowChart } else { Msg::ShowTable }) }
            </button>
            { body }
        </div>
    }
}
