//! Stage 2: sentences and tokens with byte offsets into the document text.

mod sentence;
mod token;

pub use sentence::{Sentence, split_sentences};
pub use token::{Token, TokenKind, tokenize};

/// `s` in lower case, borrowed when it already is (most words are): lexicon lookups on every
/// token would otherwise allocate each time.
pub fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(s.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
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
