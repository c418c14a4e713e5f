//! Where in a JSON text an error is: the JSON path (`rows[2].mission`) of the value being read at
//! a byte offset, found by scanning the text up to it.
//!
//! The data file is deserialised without path tracking (tracking costs time on every value of a
//! 100k-row file, and code for every type); only when a section fails is its text scanned, once,
//! up to where `serde_json` stopped.

/// One open container on the way to the offset.
enum Frame {
    /// An object, with the key of the member being read (none between members).
    Object(Option<String>),
    /// An array, with the index of the element being read (none before the first one starts).
    Array(Option<usize>),
}

/// The byte offset of serde_json's 1-based `line` and `column` in `text` (the bytes it had read).
pub fn offset(text: &str, line: usize, column: usize) -> usize {
    let start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    (start + column).min(text.len())
}

/// The path of the value being read when `text[..end]` had been read: the keys and indexes of
/// the containers still open there (a container just closed, as for a missing field, is not).
pub fn path_at(text: &str, end: usize) -> String {
    let bytes = &text.as_bytes()[..end.min(text.len())];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    // Marks the element of the innermost array as started (on its first byte).
    let start_element = |stack: &mut Vec<Frame>| {
        if let Some(Frame::Array(index @ None)) = stack.last_mut() {
            *index = Some(0);
        }
    };
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                start_element(&mut stack);
                stack.push(Frame::Object(None));
            }
            b'[' => {
                start_element(&mut stack);
                stack.push(Frame::Array(None));
            }
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object(key)) => *key = None,
                Some(Frame::Array(Some(index))) => *index += 1,
                _ => {}
            },
            b'"' => {
                let from = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let body = String::from_utf8_lossy(&bytes[from..i.min(bytes.len())]);
                match stack.last_mut() {
                    // A string where a key is expected is the key.
                    Some(Frame::Object(key @ None)) => *key = Some(unescape(&body)),
                    _ => start_element(&mut stack),
                }
            }
            b' ' | b'\t' | b'\n' | b'\r' | b':' => {}
            _ => start_element(&mut stack),
        }
        i += 1;
    }
    // serde_json stops before a value it peeked at and found of the wrong type: that value is
    // the element being read.
    let next = text.as_bytes()[bytes.len()..]
        .iter()
        .find(|b| !b.is_ascii_whitespace());
    if next.is_some_and(|b| !matches!(b, b']' | b',')) {
        start_element(&mut stack);
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Array(Some(index)) => path.push_str(&format!("[{index}]")),
            _ => {}
        }
    }
    path
}

/// A key as written, with its simple escapes undone (keys here are plain words).
fn unescape(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_string();
    }
    serde_json::from_str::<String>(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, marker: &str) -> String {
        path_at(text, text.find(marker).expect("marker") + marker.len())
    }

    #[test]
    fn paths_follow_keys_and_indexes() {
        let text = r#"{"rows": [{"a": 1}, {"a": 2, "b": "x"}], "c": [[1, 2], [3]]}"#;
        assert_eq!(at(text, r#""b": "x""#), "rows[1].b");
        assert_eq!(at(text, r#""a": 1}"#), "rows[0]");
        assert_eq!(at(text, "[3"), "c[1][0]");
        // Stopped before a value: that value is the one being read.
        assert_eq!(at(text, r#""c": ["#), "c[0]");
        assert_eq!(at(text, r#""c":"#), "c");
        assert_eq!(at(text, r#"{"rows": [{"#), "rows[0]");
    }

    #[test]
    fn strings_with_brackets_and_escapes_are_skipped() {
        let text = r#"{"a": "x, [y] {z} \" ,", "b": [true, null, "w"]}"#;
        assert_eq!(at(text, r#"null, "w""#), "b[2]");
    }

    #[test]
    fn offsets_count_lines() {
        let text = "{\n  \"a\": 1,\n  \"b\": 2\n}";
        assert_eq!(&text[..offset(text, 3, 8)], "{\n  \"a\": 1,\n  \"b\": 2");
    }
}
