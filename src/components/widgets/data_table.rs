//! A sortable, keyboard-operable `<table>` for any [`TableVm`]: caption, header scopes,
//! column groups, footnotes, legend and source line.

use crate::components::browser::scroll::scroll_to;
use crate::components::hooks::dispatch::use_dispatch;
use crate::components::Shared;
use crate::i18n::{format_count, t, tf, Locale, Msg};
use crate::route::{Action, TableId};
use crate::view::table::{
    order, page_range, CellKind, CellVm, ColumnVm, Direction, Sort, TableVm, PAGE_SIZE,
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    /// A DOM id prefix, unique in the page.
    pub id: AttrValue,
    pub table: Shared<TableVm>,
    pub loc: Locale,
    /// The table as the route names its sort; none: a table that does not sort.
    #[prop_or_default]
    pub sorted: Option<TableId>,
    /// Its sort, from the route (the permalink keeps it).
    #[prop_or_default]
    pub sort: Option<Sort>,
    /// The key of a row to mark as the current one (a mission chosen on the map).
    #[prop_or_default]
    pub current: Option<String>,
}

#[function_component]
pub fn DataTable(props: &DataTableProps) -> Html {
    let dispatch = use_dispatch();
    let page = use_state(|| 0usize);
    let DataTableProps {
        id,
        table,
        loc,
        sorted,
        sort,
        current,
    } = props;
    let (loc, sort) = (*loc, *sort);
    // A new sort starts at the first page.
    {
        let page = page.clone();
        use_effect_with(sort, move |_| page.set(0));
    }
    let ordered = use_memo((table.clone(), sort, loc), |(table, sort, loc)| {
        order(&table.rows, *sort, *loc)
    });
    let note_id = |mark: &str| format!("{id}-note-{mark}");
    let marks = |notes: &[String]| -> Html {
        notes
            .iter()
            .map(|m| {
                // The fragment holds the permalink: scroll to the note instead of following it.
                let target = note_id(m);
                let onclick = Callback::from(move |e: MouseEvent| {
                    e.prevent_default();
                    scroll_to(target.clone());
                });
                html! { <sup class="note-mark"><a href={format!("#{}", note_id(m))} {onclick}>{ m }</a></sup> }
            })
            .collect()
    };
    // One row (a mission's profile), or no sortable column, has no order to change: plain
    // headings, no sort hint.
    let sorts = table.rows.len() > 1 && table.columns.iter().any(|c| c.sortable);
    let sorts = sorted.filter(|_| sorts);
    // Prerendered, unsorted and on one page: a first sort is only a new order of its rows.
    let answerable = cfg!(not(target_arch = "wasm32"))
        && sorts.is_some()
        && sort.is_none()
        && table.rows.len() <= PAGE_SIZE;
    let heading = |index: usize, col: &ColumnVm, rowspan: Option<u32>| -> Html {
        let current = sort;
        let active = current.filter(|s| s.column == index);
        let aria_sort = active.map(|s| aria(s.direction));
        let detail = col
            .detail
            .as_ref()
            .map(|d| html! { <span class="col-detail">{ d }</span> });
        let content = if let Some(sorted) = sorts.filter(|_| col.sortable) {
            let onclick = {
                let dispatch = dispatch.clone();
                let numeric = col.numeric;
                Callback::from(move |_| {
                    let sort = Sort::next(current, index, numeric);
                    dispatch.emit(Action::Sort {
                        table: sorted,
                        sort,
                    });
                })
            };
            let glyph = arrow(active.map(|s| s.direction));
            // The prerendered page sorts itself on a first click (www/boot.js), before the
            // app is in: the rows' order after it, and what the heading and address then say.
            let first = answerable.then(|| {
                let next = Sort::next(None, index, col.numeric);
                let after = order(&table.rows, Some(next), loc);
                let href = crate::route::first_answer(Action::Sort {
                    table: sorted,
                    sort: next,
                });
                // (Unsorted, the rows are in the source's order: indices are places.)
                let words: Vec<String> = after.iter().map(usize::to_string).collect();
                (
                    words.join(" "),
                    aria(next.direction),
                    arrow(Some(next.direction)),
                    href,
                )
            });
            let (order_attr, sort_attr, arrow_attr, href_attr) = match first {
                Some((o, s, a, h)) => (Some(o), Some(s), Some(a), Some(h)),
                None => (None, None, None, None),
            };
            html! {
                <>
                    <button type="button" class="sort" {onclick} data-order={order_attr}
                        data-sort={sort_attr} data-arrow={arrow_attr} data-href={href_attr}
                        title={tf(loc, Msg::SortBy, &[("column", &col.label)])}>
                        <span class="col-label">{ &col.label }</span>
                        <span class="sort-arrow" aria-hidden="true">{ glyph }</span>
                    </button>
                    { detail }
                </>
            }
        } else {
            html! { <><span class="col-label">{ &col.label }</span>{ detail }</> }
        };
        let class = classes!(col.numeric.then_some("num"));
        html! {
            <th scope="col" {class} aria-sort={aria_sort} rowspan={rowspan.map(|r| r.to_string())}>
                { content }
            </th>
        }
    };
    let grouped = table.columns.iter().any(|c| c.group.is_some());
    let header_rows = if grouped {
        let mut top = Vec::new();
        let mut bottom = Vec::new();
        let mut i = 0;
        while i < table.columns.len() {
            match &table.columns[i].group {
                None => {
                    top.push(heading(i, &table.columns[i], Some(2)));
                    i += 1;
                }
                Some(group) => {
                    let span = table.columns[i..]
                        .iter()
                        .take_while(|c| c.group.as_ref() == Some(group))
                        .count();
                    top.push(
                        html! { <th scope="colgroup" colspan={span.to_string()}>{ group }</th> },
                    );
                    for j in i..i + span {
                        bottom.push(heading(j, &table.columns[j], None));
                    }
                    i += span;
                }
            }
        }
        html! { <><tr>{ for top }</tr><tr>{ for bottom }</tr></> }
    } else {
        html! { <tr>{ for table.columns.iter().enumerate().map(|(i, c)| heading(i, c, None)) }</tr> }
    };
    let cell = |c: &CellVm, header: bool, numeric: bool| -> Html {
        let class = classes!(
            numeric.then_some("num"),
            match c.kind {
                CellKind::Number => "number",
                CellKind::State => "state",
                CellKind::Text => "text",
                CellKind::NotReported => "not-reported",
            }
        );
        let colspan = (c.span > 1).then(|| c.span.to_string());
        let text = match (&c.title, header) {
            (Some(title), true) => html! { <abbr title={title.clone()}>{ &c.text }</abbr> },
            _ => html! { &c.text },
        };
        let detail = c
            .detail
            .as_ref()
            .map(|d| html! { <span class="cell-note">{ d }</span> });
        let title = (!header).then(|| c.title.clone()).flatten();
        let loc = c.lang.map(|l| l.tag());
        if header {
            html! { <th scope="row" {class} {colspan} {loc}>{ text }{ marks(&c.notes) }{ detail }</th> }
        } else {
            html! { <td {class} {colspan} {title} {loc}>{ text }{ marks(&c.notes) }{ detail }</td> }
        }
    };
    let shown = page_range(ordered.len(), *page);
    let pager = (ordered.len() > PAGE_SIZE).then(|| {
        // At either end a button stays focusable and says it is unavailable (aria-disabled):
        // a `disabled` one would drop the keyboard focus to the top of the page.
        let go = |to: Option<usize>| {
            let page = page.clone();
            Callback::from(move |_| {
                if let Some(to) = to {
                    page.set(to);
                }
            })
        };
        let current = shown.start / PAGE_SIZE;
        let (first, last) = (current == 0, shown.end == ordered.len());
        let status = tf(
            loc,
            Msg::PagerStatus,
            &[
                ("from", &format_count(shown.start as u64 + 1, loc)),
                ("to", &format_count(shown.end as u64, loc)),
                ("total", &format_count(ordered.len() as u64, loc)),
            ],
        );
        html! {
            <nav class="pager" aria-label={t(loc, Msg::PagerLabel)}>
                <button type="button" aria-disabled={first.to_string()}
                    onclick={go((!first).then(|| current - 1))}>{ t(loc, Msg::PagerPrevious) }</button>
                <span role="status">{ status }</span>
                <button type="button" aria-disabled={last.to_string()}
                    onclick={go((!last).then_some(current + 1))}>{ t(loc, Msg::PagerNext) }</button>
            </nav>
        }
    });
    let empty = ordered.is_empty().then(|| {
        html! { <tr><td colspan={table.columns.len().to_string()} class="empty">{ t(loc, Msg::EmptyFilter) }</td></tr> }
    });
    let rows = ordered[shown].iter().map(|&i| {
        let row = &table.rows[i];
        html! {
            <tr key={row.key.clone()} class={classes!((current.as_ref() == Some(&row.key)).then_some("current"))}
                aria-current={(current.as_ref() == Some(&row.key)).then_some("true")}>
                { for table.cells(i).iter().scan(0, |col, c| {
                    let first = *col;
                    *col += c.span as usize;
                    let numeric = c.span == 1 && table.columns.get(first).is_some_and(|k| k.numeric);
                    Some(cell(c, first == 0, numeric))
                }) }
            </tr>
        }
    });
    let caption_id = format!("{id}-caption");
    let hint_id = format!("{id}-hint");
    html! {
        <div class="data-table">
            if sorts.is_some() { <p class="hint" id={hint_id.clone()}>{ &table.hint }</p> }
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby={caption_id.clone()}>
                <table aria-describedby={sorts.map(|_| hint_id)}>
                    <caption id={caption_id}>
                        <span class="caption-text">{ &table.caption }{ marks(&table.caption_notes) }</span>
                    </caption>
                    <thead>{ header_rows }</thead>
                    <tbody>{ for rows }{ empty }</tbody>
                </table>
            </div>
            { pager }
            if !table.legend.is_empty() {
                <ul class="legend">
                    { for table.legend.iter().map(|l| html! { <li>{ l }</li> }) }
                </ul>
            }
            if !table.notes.is_empty() {
                <div class="notes" role="note" aria-label={t(loc, Msg::NotesLabel)}>
                    <ul>
                        { for table.notes.iter().map(|n| html! {
                            <li id={note_id(&n.mark)}>
                                <span class="note-mark">{ &n.mark }</span>{ " " }{ &n.text }
                            </li>
                        }) }
                    </ul>
                </div>
            }
            if !table.source_line.is_empty() || !table.citation.is_empty() {
                <p class="source">
                    if !table.source_line.is_empty() {
                        <span class="source-line">{ &table.source_line }</span>
                    }
                    if !table.citation.is_empty() {
                        <span class="citation">{ &table.citation }</span>
                    }
                </p>
            }
        </div>
    }
}

/// A heading's `aria-sort`.
fn aria(direction: Direction) -> &'static str {
    match direction {
        Direction::Ascending => "ascending",
        Direction::Descending => "descending",
    }
}

/// The glyph of a sort button: the direction it sorts in, or that it can sort.
fn arrow(direction: Option<Direction>) -> &'static str {
    match direction {
        Some(Direction::Ascending) => "▲",
        Some(Direction::Descending) => "▼",
        None => "↕",
    }
}
