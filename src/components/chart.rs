//! A chart on a canvas: sized to its container (sharp on HiDPI screens, redrawn on resize),
//! with a transparent SVG overlay of focusable marks (hover, tap, Tab) whose details show below,
//! a text summary, a "show as table" toggle and its source line.

use super::data_table::DataTable;
use crate::draw;
use crate::i18n::{t, Lang, Msg};
use crate::model::Basemap;
use crate::view::chart::Mark;
use crate::view::funnel::{self, FunnelLayout, FunnelVm};
use crate::view::map::{self, MapLayout, MapVm};
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
    fn marks(&self) -> &[Mark] {
        match self {
            Laid::Parity(l) => &l.marks,
            Laid::Funnel(l) => &l.marks,
            Laid::Map(l) => &l.marks,
        }
    }
    /// Paints the chart on `canvas`, whose pixel size is the layout's times `dpr`.
    fn paint(&self, chart: &Chart, canvas: HtmlCanvasElement, dpr: f64) {
        let Some(backend) = CanvasBackend::with_canvas_object(canvas) else {
            return;
        };
        let area = backend.into_drawing_area();
        let result = match (chart, self) {
            (Chart::Parity(vm), Laid::Parity(l)) => draw::parity::draw(&area, vm, l, dpr),
            (Chart::Funnel(vm), Laid::Funnel(l)) => draw::funnel::draw(&area, vm, l, dpr),
            (Chart::Map(vm, _), Laid::Map(l)) => draw::map::draw(&area, vm, l, dpr),
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
    // Follow the container's width (browser-only, so inside an effect).
    {
        let (container, width, dpr) = (container.clone(), width.clone(), dpr.clone());
        use_effect_with(*as_table, move |_| {
            let measure = move || {
                if let Some(el) = container.cast::<web_sys::Element>() {
                    let w = f64::from(el.client_width());
                    if w > 0.0 && (w - *width).abs() >= 1.0 {
                        width.set(w);
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
    // Paint once per chart, size and pixel ratio: not on focus or hover.
    {
        let (canvas, laid, chart, dpr) = (canvas.clone(), laid.clone(), props.chart.clone(), *dpr);
        let mark = format!("pkviz:paint:{}", props.id);
        use_effect_with(
            (props.chart.clone(), *width as i64, dpr.to_bits(), *as_table),
            move |_| {
                if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                    laid.paint(&chart, c, dpr);
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
        html! { <DataTable id={format!("{}-table", props.id)} table={props.table.clone()} {lang} /> }
    } else {
        let marks = laid.marks().iter().enumerate().map(|(i, m)| {
            let show = {
                let focused = focused.clone();
                Callback::from(move |_| focused.set(Some(i)))
            };
            html! {
                <rect class="mark" x={m.x.to_string()} y={m.y.to_string()} width={m.w.to_string()}
                    height={m.h.to_string()} tabindex="0" role="img" aria-label={m.details.clone()}
                    onfocus={show.reform(|_: FocusEvent| ())} onmouseenter={show.reform(|_: MouseEvent| ())}
                    onclick={show.reform(|_: MouseEvent| ())} />
            }
        });
        let dpr = *dpr;
        html! {
            <>
                <div class="chart-area">
                    <canvas ref={canvas} class="chart-canvas" role="img" aria-label={props.summary.clone()}
                        width={((w * dpr).round() as u32).to_string()} height={((h * dpr).round() as u32).to_string()} />
                    if w > 0.0 {
                        <svg class="chart-overlay" viewBox={format!("0 0 {w} {h}")} aria-describedby={details_id.clone()}>
                            { for marks }
                        </svg>
                    }
                </div>
                <p class="chart-details" id={details_id} aria-live="polite">
                    { focused.and_then(|i| laid.marks().get(i)).map_or_else(
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
