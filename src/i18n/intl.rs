//! Language-aware number formatting and text ordering: the browser's `Intl` in wasm (no bytes
//! shipped for locale data), a plain fallback natively (tests and prerendering).

use super::Lang;
use std::cmp::Ordering;

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::Lang;
    use js_sys::{Array, Function, Intl, Object};
    use std::cell::RefCell;

    thread_local! {
        /// `Intl` objects are costly to build: one per language, made on first use.
        static CACHE: RefCell<Vec<(Lang, Function, Function)>> = const { RefCell::new(Vec::new()) };
    }

    /// The bound `format` of an `Intl.NumberFormat` and `compare` of an `Intl.Collator`.
    pub fn with<R>(lang: Lang, f: impl FnOnce(&Function, &Function) -> R) -> R {
        CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            if !cache.iter().any(|(l, ..)| *l == lang) {
                let locales = Array::of1(&lang.tag().into());
                let options = Object::new();
                let _ = js_sys::Reflect::set(&options, &"maximumFractionDigits".into(), &2.into());
                let number = Intl::NumberFormat::new(&locales, &options).format();
                let collator = Intl::Collator::new(&locales, &Object::new()).compare();
                cache.push((lang, number, collator));
            }
            let (_, number, collator) = cache
                .iter()
                .find(|(l, ..)| *l == lang)
                .expect("cached above");
            f(number, collator)
        })
    }
}

/// A whole count, grouped as the language groups thousands (`1,067` in English).
pub fn format_count(n: u64, lang: Lang) -> String {
    format_number(n as f64, lang)
}

/// A number with at most two decimals, grouped and punctuated as the language writes it.
pub fn format_number(v: f64, lang: Lang) -> String {
    // −0, and what rounds to it at two decimals, reads as 0 (never "-0").
    let v = if (v * 100.0).round() == 0.0 { 0.0 } else { v };
    #[cfg(target_arch = "wasm32")]
    {
        let formatted = browser::with(lang, |number, _| {
            number.call1(&wasm_bindgen::JsValue::NULL, &v.into())
        });
        if let Some(s) = formatted.ok().and_then(|v| v.as_string()) {
            return s;
        }
    }
    plain(v, lang)
}

/// The fallback: thousands grouped, at most two decimals, trailing zeros dropped.
fn plain(v: f64, lang: Lang) -> String {
    let sign = if v < 0.0 { "-" } else { "" };
    let cents = (v.abs() * 100.0).round() as u64;
    let (int, frac) = (cents / 100, cents % 100);
    let decimal = match lang {
        Lang::En => '.',
    };
    let frac = match frac {
        0 => String::new(),
        f if f % 10 == 0 => format!("{decimal}{}", f / 10),
        f => format!("{decimal}{f:02}"),
    };
    format!("{sign}{}{frac}", group(int, lang))
}

/// Orders two strings as the language sorts them (case and accents secondary).
pub fn compare_text(a: &str, b: &str, lang: Lang) -> Ordering {
    #[cfg(target_arch = "wasm32")]
    {
        let r = browser::with(lang, |_, collator| {
            collator.call2(&wasm_bindgen::JsValue::NULL, &a.into(), &b.into())
        });
        match r.ok().and_then(|v| v.as_f64()) {
            Some(v) => v.partial_cmp(&0.0).unwrap_or(Ordering::Equal),
            None => a.cmp(b),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        a.to_lowercase().cmp(&b.to_lowercase())
    }
}

fn group(n: u64, lang: Lang) -> String {
    let sep = match lang {
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(group(0, Lang::En), "0");
        assert_eq!(group(585, Lang::En), "585");
        assert_eq!(group(1067, Lang::En), "1,067");
        assert_eq!(group(1234567, Lang::En), "1,234,567");
    }

    #[test]
    fn plain_numbers_keep_at_most_two_decimals() {
        assert_eq!(plain(1234.0, Lang::En), "1,234");
        assert_eq!(plain(42.5, Lang::En), "42.5");
        assert_eq!(plain(15.333, Lang::En), "15.33");
        assert_eq!(plain(0.05, Lang::En), "0.05");
        assert_eq!(plain(-3.0, Lang::En), "-3");
    }

    #[test]
    fn minus_zero_reads_as_zero() {
        assert_eq!(format_number(-0.0, Lang::En), "0");
        assert_eq!(format_number(-0.001, Lang::En), "0");
    }

    #[test]
    fn text_compares_case_insensitively() {
        assert_eq!(compare_text("a", "B", Lang::En), Ordering::Less);
        assert_eq!(compare_text("UNMISS", "unmik", Lang::En), Ordering::Greater);
    }
}
