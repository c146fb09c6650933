//! Name normalisation shared by in-document and cross-document resolution.

/// Lower-cased, with quotes, hyphens and dots folded, double quotation marks, "the" and a
/// possessive dropped: "the Kim Jong-un's" → "kim jong un"; "U.S." → "us"; "the “open skies”
/// treaty" → "open skies treaty".
pub fn normalize_name(name: &str) -> String {
    // Built in as few strings as may be: names are normalised over a hundred thousand times
    // in a build, and a string for each step was most of the cost.
    let mut s;
    if name.is_ascii() {
        // Nearly every name: lowered in one piece (for ASCII `to_lowercase` of the whole
        // string and of each byte agree), and folded only if it holds what folding changes.
        s = name.to_ascii_lowercase();
        if s.bytes().any(|b| matches!(b, b'-' | b'.' | b'"')) {
            s = s
                .chars()
                .filter_map(|c| match c {
                    '-' => Some(' '),
                    '.' | '"' => None,
                    c => Some(c),
                })
                .collect();
        }
    } else {
        s = String::with_capacity(name.len());
        for c in name.chars() {
            match c {
                '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' => s.push(' '),
                '\u{2019}' | '\u{2018}' => s.push('\''),
                '.' | '"' | '\u{201c}' | '\u{201d}' | '«' | '»' => {}
                c => s.push(c),
            }
        }
        // `to_lowercase` of the whole string (its final sigma depends on the letters around
        // it), in place for ASCII, where the two agree.
        if s.is_ascii() {
            s.make_ascii_lowercase();
        } else {
            s = s.to_lowercase();
        }
    }
    for suffix in ["'s", "'"] {
        if s.ends_with(suffix) {
            s.truncate(s.len() - suffix.len());
        }
    }
    // Trimmed, and without a leading "the ".
    let end = s.trim_end().len();
    let mut start = end - s[..end].trim_start().len();
    if s[start..end].starts_with("the ") {
        start += "the ".len();
    }
    // Most names have single spaces already: the string is cut to them rather than copied.
    if crate::text::is_collapsed_ascii(&s[start..end]) {
        s.truncate(end);
        s.drain(..start);
        return s;
    }
    crate::text::collapse_whitespace(&s[start..end])
}

/// A stable, readable id fragment: "Kim Jong-un" → "kim-jong-un".
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in normalize_name(name).chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push('x');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_variants_to_one_key() {
        assert_eq!(normalize_name("Kim Jong-un"), normalize_name("Kim Jong Un"));
        assert_eq!(normalize_name("the U.S."), "us");
        assert_eq!(normalize_name("Acme’s"), "acme");
        assert_eq!(
            normalize_name("the “open skies” treaty"),
            normalize_name("the open skies treaty")
        );
    }

    #[test]
    fn slugs_are_ascii_safe() {
        assert_eq!(slug("Jean-Luc Picard"), "jean-luc-picard");
        assert_eq!(slug("Zoë  O'Neil"), "zoë-o-neil");
        assert_eq!(slug("..."), "x");
    }
}
