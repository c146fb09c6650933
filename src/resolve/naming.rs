//! Name normalisation shared by in-document and cross-document resolution.

/// Lower-cased, with quotes, hyphens and dots folded, double quotation marks, "the" and a
/// possessive dropped: "the Kim Jong-un's" → "kim jong un"; "U.S." → "us"; "the “open skies”
/// treaty" → "open skies treaty".
pub fn normalize_name(name: &str) -> String {
    let mut s: String = name
        .chars()
        .map(|c| match c {
            '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' => ' ',
            '\u{2019}' | '\u{2018}' => '\'',
            c => c,
        })
        .filter(|c| !matches!(c, '.' | '"' | '\u{201c}' | '\u{201d}' | '«' | '»'))
        .collect::<String>()
        .to_lowercase();
    for suffix in ["'s", "'"] {
        if let Some(stripped) = s.strip_suffix(suffix) {
            s = stripped.to_string();
        }
    }
    let s = s.trim();
    let s = s.strip_prefix("the ").unwrap_or(s);
    crate::text::collapse_whitespace(s)
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
