//! What the browser's `Intl` gives, written out from CLDR for the native page (prerender,
//! tests): plural categories of whole numbers, and month-and-year dates (short months, and months
//! in full). A wasm test holds them equal to `Intl` in Chromium and Firefox.

use super::{Digits, Lang, PluralCategory};

/// The CLDR plural rules for whole numbers (counts are whole); a fraction is `other`, and
/// `few`/`one` in Russian are whole-number rules.
pub fn cldr_plural(n: f64, lang: Lang) -> PluralCategory {
    use PluralCategory::*;
    if n.fract() != 0.0 || n < 0.0 {
        return if lang == Lang::Fr && (0.0..2.0).contains(&n) {
            One
        } else {
            Other
        };
    }
    let i = n as u64;
    let million = i != 0 && i % 1_000_000 == 0;
    match lang {
        Lang::Zh => Other,
        Lang::En => {
            if i == 1 {
                One
            } else {
                Other
            }
        }
        Lang::Fr => match i {
            0 | 1 => One,
            _ if million => Many,
            _ => Other,
        },
        Lang::Es => match i {
            1 => One,
            _ if million => Many,
            _ => Other,
        },
        Lang::Ru => match (i % 10, i % 100) {
            (1, r) if r != 11 => One,
            (2..=4, r) if !(12..=14).contains(&r) => Few,
            _ => Many,
        },
        Lang::Ar => match (i, i % 100) {
            (0, _) => Zero,
            (1, _) => One,
            (2, _) => Two,
            (_, 3..=10) => Few,
            (_, 11..=99) => Many,
            _ => Other,
        },
    }
}

/// The CLDR forms `Intl` gives (short months), for the native page.
pub fn plain_year_month(year: u16, month: Option<u8>, lang: Lang) -> String {
    let Some(m) = month.filter(|m| (1..=12).contains(m)) else {
        return match lang {
            Lang::Zh => format!("{year}年"),
            _ => year.to_string(),
        };
    };
    let i = usize::from(m - 1);
    match lang {
        Lang::En => format!(
            "{} {year}",
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][i]
        ),
        Lang::Fr => format!(
            "{} {year}",
            [
                "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
                "nov.", "déc."
            ][i]
        ),
        Lang::Es => format!(
            "{} {year}",
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
                [i]
        ),
        Lang::Ru => format!(
            "{} {year} г.",
            [
                "янв.",
                "февр.",
                "март",
                "апр.",
                "май",
                "июнь",
                "июль",
                "авг.",
                "сент.",
                "окт.",
                "нояб.",
                "дек."
            ][i]
        ),
        Lang::Zh => format!("{year}年{m}月"),
        Lang::Ar => format!(
            "{} {year}",
            [
                "يناير",
                "فبراير",
                "مارس",
                "أبريل",
                "مايو",
                "يونيو",
                "يوليو",
                "أغسطس",
                "سبتمبر",
                "أكتوبر",
                "نوفمبر",
                "ديسمبر"
            ][i]
        ),
    }
}

/// The CLDR forms `Intl` gives with the month in full (`{month: 'long', year: 'numeric'}`:
/// "September 2024", "septiembre de 2024", "сентябрь 2024 г.", "2024年9月"), for the native page.
pub fn plain_year_month_long(year: u16, month: Option<u8>, lang: Lang) -> String {
    let Some(m) = month.filter(|m| (1..=12).contains(m)) else {
        return plain_year_month(year, None, lang);
    };
    let i = usize::from(m - 1);
    let name = match lang {
        Lang::En => [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ][i],
        Lang::Fr => [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ][i],
        Lang::Es => [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ][i],
        // The stand-alone (nominative) names: CLDR's month-and-year pattern is `LLLL y 'г'.`.
        Lang::Ru => [
            "январь",
            "февраль",
            "март",
            "апрель",
            "май",
            "июнь",
            "июль",
            "август",
            "сентябрь",
            "октябрь",
            "ноябрь",
            "декабрь",
        ][i],
        // Arabic's long and short Gregorian months are the same names.
        Lang::Ar | Lang::Zh => return plain_year_month(year, month, lang),
    };
    match lang {
        Lang::Es => format!("{name} de {year}"),
        Lang::Ru => format!("{name} {year} г."),
        _ => format!("{name} {year}"),
    }
}

/// `text` with its digits 0–9 written in `digits` (as `Intl` writes them).
pub fn native_digits(text: String, digits: Digits) -> String {
    match digits {
        Digits::Latin => text,
        Digits::ArabicIndic => text
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(0x660 + d).unwrap_or(c),
                _ => c,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_months_are_written_as_cldr_writes_them() {
        let long = |lang| plain_year_month_long(2024, Some(9), lang);
        assert_eq!(long(Lang::En), "September 2024");
        assert_eq!(long(Lang::Fr), "septembre 2024");
        assert_eq!(long(Lang::Es), "septiembre de 2024");
        assert_eq!(long(Lang::Ru), "сентябрь 2024 г.");
        assert_eq!(long(Lang::Zh), "2024年9月");
        assert_eq!(long(Lang::Ar), "سبتمبر 2024");
        assert_eq!(plain_year_month_long(2024, None, Lang::Zh), "2024年");
        assert_eq!(plain_year_month_long(2024, Some(13), Lang::En), "2024");
    }
}
