//! The CSV writer: quoting by the `csv` crate, every cell cleaned and neutralised first.

/// CSV text of `rows` (the first is the header), every cell neutralised against formula
/// injection as OWASP recommends: text starting with `=`, `+`, `-`, `@`, tab or carriage return
/// gets a leading `'` (numbers, such as -3, are left as they are).
pub fn csv(rows: &[Vec<String>]) -> String {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| neutralise(c)).collect();
        // Writing to memory cannot fail.
        let _ = w.write_record(&cells);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A cell made safe to open in a spreadsheet: unprintable characters removed
/// (`view::is_unprintable`), then, by the OWASP rule, a cell that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (it could be read as a
/// formula). Left as they are: plain decimal numbers (`-4`, `+2.5`, not `-inf` or `1e9`) and a
/// lone dash, the report's own mark for "nothing" (no formula is one character long).
pub fn neutralise(cell: &str) -> String {
    let clean: String = cell
        .chars()
        .filter(|&c| !crate::view::is_unprintable(c))
        .collect();
    let decimal = {
        let digits = clean.strip_prefix(['+', '-']).unwrap_or(&clean);
        let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
        !int.is_empty()
            && !frac.is_empty()
            && int.bytes().all(|b| b.is_ascii_digit())
            && frac.bytes().all(|b| b.is_ascii_digit())
    };
    let risky = clean.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !decimal && clean != "-" {
        format!("'{clean}")
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_neutralises() {
        let rows = vec![
            vec!["a".to_string(), "b, c".to_string()],
            vec!["=SUM(A1)".to_string(), "-3".to_string()],
            vec!["@x".to_string(), "say \"hi\"".to_string()],
        ];
        assert_eq!(
            csv(&rows),
            "a,\"b, c\"\n'=SUM(A1),-3\n'@x,\"say \"\"hi\"\"\"\n"
        );
        assert_eq!(neutralise("+1 (tel)"), "'+1 (tel)");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("-12.5"), "-12.5");
    }

    #[test]
    fn hostile_cells_are_neutralised_in_full() {
        // Not numbers, whatever Rust's parser thinks.
        assert_eq!(neutralise("-inf"), "'-inf");
        assert_eq!(neutralise("+NaN"), "'+NaN");
        assert_eq!(neutralise("-1e9"), "'-1e9");
        // A control character cannot hide a formula, nor stay in the file.
        assert_eq!(neutralise("\u{0}=1+1"), "'=1+1");
        assert_eq!(neutralise("a\u{0}b\u{7}c\u{1b}"), "abc");
        assert_eq!(neutralise("\r=1"), "'\r=1");
        // The report's dash is data, not a formula.
        assert_eq!(neutralise("-"), "-");
        assert_eq!(neutralise("+4"), "+4");
        // Every cell of the file parses back to what was meant.
        let rows = vec![vec![
            "\u{0}=x".to_string(),
            "line\nbreak".to_string(),
            "-".to_string(),
        ]];
        let text = csv(&rows);
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        let record = reader
            .records()
            .next()
            .expect("a record")
            .expect("valid CSV");
        assert_eq!(
            record.iter().collect::<Vec<_>>(),
            ["'=x", "line\nbreak", "-"]
        );
    }
}
