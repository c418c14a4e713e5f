//! When the browser does what: after the frame being drawn is on screen, or when it is next
//! idle. The work a click starts but its answer does not need waits for these.

/// Runs `f` once the coming frame is painted (a timeout queued from its animation frame): what
/// the answer on screen does not need (the focus moved, the views out of the touched one
/// brought up to date) comes after it.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, f).forget();
    });
    let _ =
        gloo::utils::window().request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&frame));
}

/// Runs `f` when the browser is next idle after the coming frame (so after a click played again
/// in it is answered on screen): at the latest 3 s later, or after a second where the browser
/// cannot say (`requestIdleCallback` is missing in Safari).
pub fn when_idle(f: impl FnOnce() + 'static) {
    after_paint(move || idle(f));
}

fn idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let window = gloo::utils::window();
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeout".into(), &3000.into());
    let scheduled = match idle {
        Some(idle) => idle.call2(&window, &callback, &options).is_ok(),
        None => false,
    };
    if !scheduled {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 1000);
    }
}
