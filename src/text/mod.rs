//! Stage 2: sentences and tokens with byte offsets into the document text.

mod sentence;
mod token;

pub use sentence::{Sentence, split_sentences};
pub use token::{Token, TokenKind, tokenize};

/// `s` in lower case, borrowed when it already is (most words are): lexicon lookups on every
/// token would otherwise allocate each time.
#[inline]
pub fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    // Called a million times a build, nearly always on a short ASCII word already in lower
    // case: one pass over the bytes, inlined, settles that; the rest is out of line.
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return std::borrow::Cow::Borrowed(s);
    }
    lower_cased(s)
}

/// [`lower`] of a word with an upper-case or a non-ASCII character.
#[cold]
fn lower_cased(s: &str) -> std::borrow::Cow<'_, str> {
    // Nearly every token is ASCII, where a byte test and byte mapping give what the Unicode
    // case tables would, several times faster.
    if s.is_ascii() {
        return std::borrow::Cow::Owned(s.to_ascii_lowercase());
    }
    if s.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(s.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Words skipped when forming an acronym from a name ("Bank of Japan" → "BJ", "BOJ").
const ACRONYM_SKIP: [&str; 6] = ["of", "the", "and", "for", "&", "de"];

/// The acronym a multi-word name would be written as: initials of its capitalised words,
/// hyphenated parts counted separately ("Trans-Pacific Partnership" → "TPP").
pub(crate) fn acronym_of(label: &str) -> Option<String> {
    let words: Vec<&str> = label
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .filter(|w| !ACRONYM_SKIP.contains(&lower(w).as_ref()))
        .collect();
    if words.len() < 2 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).collect())
}

/// `s` with each run of whitespace made one space, and none at either end.
pub fn collapse_whitespace(s: &str) -> String {
    // Names are collapsed over a hundred thousand times in a build, and nearly all are ASCII
    // words with single spaces already: those are copied in one piece.
    if is_collapsed_ascii(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether `s` is ASCII with no whitespace but single spaces between other characters, so
/// that [`collapse_whitespace`] leaves it as it is.
pub(crate) fn is_collapsed_ascii(s: &str) -> bool {
    let mut after_space = true;
    for &b in s.as_bytes() {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            // The ASCII characters `char::is_whitespace` counts, besides the space.
            b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' => return false,
            0x80.. => return false,
            _ => after_space = false,
        }
    }
    s.is_empty() || !after_space
}

/// English modal verbs, lower case.
pub const MODALS: [&str; 8] = [
    "will", "would", "could", "should", "may", "might", "must", "can",
];

/// English month names, lower case, in calendar order.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// English weekday names, lower case.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms() {
        assert_eq!(
            acronym_of("Trans-Pacific Partnership").as_deref(),
            Some("TPP")
        );
        assert_eq!(acronym_of("United Cable Workers").as_deref(), Some("UCW"));
        assert_eq!(acronym_of("Bank of Atlantis").as_deref(), Some("BA"));
        assert_eq!(acronym_of("Atlantis"), None);
    }

    #[test]
    fn collapsed_text_is_copied_and_the_rest_collapsed() {
        let slow = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in [
            "",
            " ",
            "a",
            "kim jong un",
            " a",
            "a ",
            "a  b",
            "a\tb",
            "a\x0Bb",
            "a\u{1F}b",
            "a\u{A0}b",
            "é b",
            "a \n b",
        ] {
            assert_eq!(collapse_whitespace(s), slow(s), "{s:?}");
        }
    }

    #[test]
    fn lower_borrows_lower_case_and_matches_to_lowercase() {
        for word in [
            "said",
            "",
            "3.5%",
            "U.S.",
            "McDonald's",
            "Zoë",
            "ÉLYSÉE",
            "İstanbul",
            "ΟΔΟΣ",
        ] {
            assert_eq!(lower(word), word.to_lowercase(), "{word}");
        }
        assert!(matches!(lower("said"), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(lower("zoë"), std::borrow::Cow::Borrowed(_)));
    }
}
