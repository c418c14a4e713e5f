//! Numbers, percentages, plural categories and text order per language: the browser's `Intl`
//! in wasm (no locale data shipped), and natively (the prerendered page, the tests) the same
//! results from the CLDR rules written out below; a wasm test holds the two equal.

use super::cldr::{cldr_plural, native_digits};
use super::{Digits, Lang, Locale, PluralCategory};
use std::cmp::Ordering;

/// The locale `Intl` formats numbers with: Arabic with its chosen digits.
#[cfg(target_arch = "wasm32")]
fn number_locale(loc: Locale) -> &'static str {
    match (loc.lang, loc.digits()) {
        (Lang::Ar, Digits::ArabicIndic) => "ar-u-nu-arab",
        (Lang::Ar, Digits::Latin) => "ar-u-nu-latn",
        (other, _) => other.tag(),
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{number_locale, Locale};
    use js_sys::{Array, Function, Intl, Object, Reflect};
    use std::cell::RefCell;

    /// The bound functions of one locale's `Intl` objects.
    pub struct Fns {
        pub number: Function,
        pub percent: Function,
        pub collator: Function,
        pub plural: Intl::PluralRules,
        /// Month and year ("juin 2019"), the month in full ("juin 2019", "septembre 2024"),
        /// and the year alone ("2019年").
        pub month: Function,
        pub long: Function,
        pub year: Function,
    }

    thread_local! {
        /// `Intl` objects are costly to build: one set per locale, made on first use.
        static CACHE: RefCell<Vec<(&'static str, Fns)>> = const { RefCell::new(Vec::new()) };
    }

    pub fn with<R>(loc: Locale, f: impl FnOnce(&Fns) -> R) -> R {
        let (lang, locale) = (loc.lang, number_locale(loc));
        CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            if !cache.iter().any(|(l, _)| *l == locale) {
                let locales = Array::of1(&locale.into());
                let options = Object::new();
                let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &2.into());
                let number = Intl::NumberFormat::new(&locales, &options).format();
                let _ = Reflect::set(&options, &"style".into(), &"percent".into());
                let percent = Intl::NumberFormat::new(&locales, &options).format();
                let text = Array::of1(&lang.tag().into());
                let collator = Intl::Collator::new(&text, &Object::new()).compare();
                let plural = Intl::PluralRules::new(&text, &Object::new());
                let dates = |month: Option<&str>| {
                    let o = Object::new();
                    let _ = Reflect::set(&o, &"year".into(), &"numeric".into());
                    if let Some(month) = month {
                        let _ = Reflect::set(&o, &"month".into(), &month.into());
                    }
                    let _ = Reflect::set(&o, &"timeZone".into(), &"UTC".into());
                    Intl::DateTimeFormat::new(&locales, &o).format()
                };
                let (month, long) = (dates(Some("short")), dates(Some("long")));
                let year = dates(None);
                cache.push((
                    locale,
                    Fns {
                        number,
                        percent,
                        collator,
                        plural,
                        month,
                        long,
                        year,
                    },
                ));
            }
            let (_, fns) = cache
                .iter()
                .find(|(l, _)| *l == locale)
                .expect("cached above");
            f(fns)
        })
    }

    /// Calls `pick(fns)` with `v`, as a string.
    pub fn call(loc: Locale, v: f64, pick: fn(&Fns) -> &Function) -> Option<String> {
        with(loc, |fns| {
            pick(fns).call1(&wasm_bindgen::JsValue::NULL, &v.into())
        })
        .ok()
        .and_then(|v| v.as_string())
    }
}

/// A whole count, grouped as the language groups thousands (`1,067` in English).
pub fn format_count(n: u64, loc: Locale) -> String {
    format_number(n as f64, loc)
}

/// −0, and what rounds to it at two decimals, reads as 0 (never "-0").
fn unsigned_zero(v: f64) -> f64 {
    if (v * 100.0).round() == 0.0 {
        0.0
    } else {
        v
    }
}

/// A number with at most two decimals, grouped and punctuated as the language writes it.
pub fn format_number(v: f64, loc: Locale) -> String {
    let v = unsigned_zero(v);
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = browser::call(loc, v, |f| &f.number) {
        return s;
    }
    plain(v, loc)
}

/// A percentage given as 0–100 (`5.9` → "5.9%", "5,9 %" in French), at most two decimals.
pub fn format_percent(v: f64, loc: Locale) -> String {
    let v = unsigned_zero(v);
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = browser::call(loc, v / 100.0, |f| &f.percent) {
        return s;
    }
    plain_percent(v, loc)
}

/// The percentage as the CLDR patterns write it (what `Intl` gives), for the native page.
pub fn plain_percent(v: f64, loc: Locale) -> String {
    let n = plain(v, loc);
    match loc.lang {
        Lang::Fr | Lang::Ru | Lang::Es => format!("{n}\u{a0}%"),
        Lang::Ar if loc.digits() == Digits::ArabicIndic => format!("{n}\u{66a}\u{61c}"),
        Lang::Ar => format!("{n}\u{200e}%\u{200e}"),
        Lang::En | Lang::Zh => format!("{n}%"),
    }
}

/// A month of a year, or a year alone, as the language writes dates ("Jun 2019", "juin 2019",
/// "2019年6月"; "2019"), from `Intl.DateTimeFormat` (natively, the same CLDR forms).
pub fn format_year_month(year: u16, month: Option<u8>, loc: Locale) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = intl_year_month(year, month, loc, |f| &f.month) {
        return s;
    }
    super::native::year_month(year, month, loc)
}

/// A year on a time axis as `Intl` writes a number without grouping: "2019" (never "2,019"),
/// "٢٠١٩" with Arabic-Indic digits. (`Intl.NumberFormat` with `useGrouping: false` gives the
/// same digits, so the browser and the native page agree without asking it.)
pub fn format_year(v: f64, loc: Locale) -> String {
    native_digits(format!("{v}"), loc.digits())
}

/// A month of a year with the month in full, as the language writes it in running text
/// ("September 2024", "septembre 2024", "septiembre de 2024", "2024年9月"); a year alone as
/// [`format_year_month`]. From `Intl.DateTimeFormat` (natively, the same CLDR forms).
pub fn format_year_month_long(year: u16, month: Option<u8>, loc: Locale) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = intl_year_month(year, month, loc, |f| &f.long) {
        return s;
    }
    super::native::year_month_long(year, month, loc)
}

/// `Intl`'s month and year (the month as `pick` formats it), or the year alone.
#[cfg(target_arch = "wasm32")]
fn intl_year_month(
    year: u16,
    month: Option<u8>,
    loc: Locale,
    pick: fn(&browser::Fns) -> &js_sys::Function,
) -> Option<String> {
    let m = month.map_or(6.0, f64::from) - 1.0;
    let at = js_sys::Date::utc(f64::from(year), m) + 14.0 * 86_400_000.0;
    let date = js_sys::Date::new(&at.into());
    let s = browser::with(loc, |f| {
        let fmt = if month.is_some() { pick(f) } else { &f.year };
        fmt.call1(&wasm_bindgen::JsValue::NULL, &date)
    });
    s.ok().and_then(|v| v.as_string())
}

/// The plural category of `n` in `loc` (`one`, `few`, `other`…), as `Intl.PluralRules`
/// gives it: six categories in Arabic, four in Russian, one in Chinese.
pub fn plural_category(n: f64, loc: Locale) -> PluralCategory {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = browser::with(loc, |f| f.plural.select(n).as_string()) {
        if let Some(c) = PluralCategory::from_name(&s) {
            return c;
        }
    }
    cldr_plural(n, loc.lang)
}

/// The fallback: the language's decimal sign and thousands grouping, at most two decimals,
/// trailing zeros dropped.
pub fn plain(v: f64, loc: Locale) -> String {
    let indic = loc.digits() == Digits::ArabicIndic;
    let sign = match (v < 0.0, loc.lang) {
        (false, _) => "",
        (true, Lang::Ar) if indic => "\u{61c}-",
        (true, Lang::Ar) => "\u{200e}-",
        (true, _) => "-",
    };
    let cents = (v.abs() * 100.0).round() as u64;
    let (int, frac) = (cents / 100, cents % 100);
    let decimal = match loc.lang {
        Lang::Ar if indic => '\u{66b}',
        Lang::En | Lang::Zh | Lang::Ar => '.',
        Lang::Fr | Lang::Ru | Lang::Es => ',',
    };
    let frac = match frac {
        0 => String::new(),
        f if f % 10 == 0 => format!("{decimal}{}", f / 10),
        f => format!("{decimal}{f:02}"),
    };
    native_digits(format!("{sign}{}{frac}", group(int, loc)), loc.digits())
}

/// Orders two strings as the language sorts them (case and accents secondary).
pub fn compare_text(a: &str, b: &str, loc: Locale) -> Ordering {
    #[cfg(target_arch = "wasm32")]
    {
        let r = browser::with(loc, |f| {
            f.collator
                .call2(&wasm_bindgen::JsValue::NULL, &a.into(), &b.into())
        });
        match r.ok().and_then(|v| v.as_f64()) {
            Some(v) => v.partial_cmp(&0.0).unwrap_or(Ordering::Equal),
            None => a.cmp(b),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = loc;
        a.to_lowercase().cmp(&b.to_lowercase())
    }
}

/// Each of `texts` (distinct) with its rank in the language's order (`compare_text`): texts the
/// language sorts as equal share a rank. One sort of the distinct texts, so that a table of
/// 100,000 rows is then ordered by integers, not by asking the collator at each comparison (in
/// the browser the texts are sorted inside JavaScript, by the same `Intl.Collator`).
pub fn text_ranks(texts: Vec<&str>, loc: Locale) -> std::collections::HashMap<String, u32> {
    let sorted: Vec<String> = sorted_texts(texts, loc);
    let mut ranks = std::collections::HashMap::with_capacity(sorted.len());
    let mut rank = 0u32;
    for (i, text) in sorted.iter().enumerate() {
        if i > 0 && compare_text(&sorted[i - 1], text, loc) != Ordering::Equal {
            rank += 1;
        }
        ranks.insert(text.clone(), rank);
    }
    ranks
}

/// `texts` in the language's order.
fn sorted_texts(texts: Vec<&str>, loc: Locale) -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let array: js_sys::Array = texts
            .iter()
            .map(|t| wasm_bindgen::JsValue::from(*t))
            .collect();
        // `array.sort(collator.compare)`: the comparisons stay inside JavaScript.
        let sort = js_sys::Reflect::get(&array, &"sort".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let sorted =
            sort.and_then(|sort| browser::with(loc, |f| sort.call1(&array, &f.collator).ok()));
        if sorted.is_some() && array.length() as usize == texts.len() {
            return array.iter().filter_map(|v| v.as_string()).collect();
        }
    }
    let mut texts: Vec<String> = texts.into_iter().map(str::to_string).collect();
    texts.sort_by(|a, b| compare_text(a, b, loc));
    texts
}

/// Thousands grouped with the language's separator (Spanish groups from five digits on).
fn group(n: u64, loc: Locale) -> String {
    let lang = loc.lang;
    let sep = match lang {
        Lang::Ar if loc.digits() == Digits::ArabicIndic => "\u{66c}",
        Lang::En | Lang::Zh | Lang::Ar => ",",
        Lang::Fr => "\u{202f}",
        Lang::Ru => "\u{a0}",
        Lang::Es => ".",
    };
    let digits = n.to_string();
    if lang == Lang::Es && digits.len() <= 4 {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_as_each_language_does() {
        assert_eq!(group(0, Locale::bare(Lang::En)), "0");
        assert_eq!(group(585, Locale::bare(Lang::En)), "585");
        assert_eq!(group(1067, Locale::bare(Lang::En)), "1,067");
        assert_eq!(group(1234567, Locale::bare(Lang::En)), "1,234,567");
        assert_eq!(group(1067, Locale::bare(Lang::Fr)), "1\u{202f}067");
        assert_eq!(group(1067, Locale::bare(Lang::Es)), "1067");
        assert_eq!(group(10670, Locale::bare(Lang::Es)), "10.670");
    }

    #[test]
    fn plain_numbers_keep_at_most_two_decimals() {
        assert_eq!(plain(1234.0, Locale::bare(Lang::En)), "1,234");
        assert_eq!(plain(42.5, Locale::bare(Lang::En)), "42.5");
        assert_eq!(plain(15.333, Locale::bare(Lang::En)), "15.33");
        assert_eq!(plain(0.05, Locale::bare(Lang::En)), "0.05");
        assert_eq!(plain(-3.0, Locale::bare(Lang::En)), "-3");
        assert_eq!(plain(5.9, Locale::bare(Lang::Fr)), "5,9");
        assert_eq!(format_percent(5.9, Locale::bare(Lang::Fr)), "5,9\u{a0}%");
    }

    #[test]
    fn minus_zero_reads_as_zero() {
        assert_eq!(format_number(-0.0, Locale::bare(Lang::En)), "0");
        assert_eq!(format_number(-0.001, Locale::bare(Lang::En)), "0");
    }

    #[test]
    fn plural_categories_follow_cldr() {
        let cats = |lang| {
            [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 22.0, 100.0, 101.0]
                .map(|n| cldr_plural(n, lang).name())
        };
        assert_eq!(
            cats(Lang::En),
            [
                "other", "one", "other", "other", "other", "other", "other", "other", "other",
                "other"
            ]
        );
        assert_eq!(
            cats(Lang::Ru),
            ["many", "one", "few", "few", "many", "many", "one", "few", "many", "one"]
        );
        assert_eq!(
            cats(Lang::Ar),
            ["zero", "one", "two", "few", "few", "many", "many", "many", "other", "other"]
        );
        assert_eq!(cats(Lang::Fr)[..3], ["one", "one", "other"]);
        assert!(cats(Lang::Zh).iter().all(|c| *c == "other"));
        for c in PluralCategory::ALL {
            assert_eq!(PluralCategory::from_name(c.name()), Some(c));
        }
        assert_eq!(PluralCategory::from_name("plenty"), None);
    }

    #[test]
    fn arabic_indic_digits_are_written_as_intl_writes_them() {
        let ar = Locale::bare(Lang::Ar).with_digits(Digits::ArabicIndic);
        assert_eq!(plain(1234.5, ar), "١٬٢٣٤٫٥");
        assert_eq!(plain(1234567.25, ar), "١٬٢٣٤٬٥٦٧٫٢٥");
        assert_eq!(plain(-3.0, ar), "\u{61c}-٣");
        assert_eq!(plain_percent(5.0, ar), "٥٪\u{61c}");
        assert_eq!(format_year_month(2019, None, ar), "٢٠١٩");
        assert_eq!(plain(-3.0, Locale::bare(Lang::Ar)), "\u{200e}-3");
        assert_eq!(plain(1234.5, Locale::bare(Lang::Ar)), "1,234.5");
    }

    #[test]
    fn text_compares_case_insensitively() {
        assert_eq!(
            compare_text("a", "B", Locale::bare(Lang::En)),
            Ordering::Less
        );
        assert_eq!(
            compare_text("UNMISS", "unmik", Locale::bare(Lang::En)),
            Ordering::Greater
        );
    }
}
