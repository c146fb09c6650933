//! Tokens: words, numbers, punctuation and quotation marks, with byte spans into the text.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or dots ("don't", "Jong-un", "U.S.").
    Word,
    /// Digits with separators ("3,000", "28.3", "2024").
    Number,
    /// A quotation mark, straight or curly.
    Quote,
    /// Any other punctuation or symbol.
    Punct,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Range<usize>,
    pub kind: TokenKind,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.clone()]
    }

    /// Whether the token's first character is upper case. Asked of nearly every word, and
    /// nearly every word starts with an ASCII byte, which is its first character: read from
    /// that byte, without slicing the text (which checks bounds and character boundaries).
    pub fn starts_uppercase(&self, text: &str) -> bool {
        match text.as_bytes().get(self.span.start) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.text(text).starts_with(char::is_uppercase),
        }
    }
}

fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// Whether `rest` opens with a subject pronoun as a whole word.
fn starts_with_pronoun(rest: &str) -> bool {
    ["it", "he", "she", "they", "we"].iter().any(|p| {
        rest.strip_prefix(p)
            .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// The character at byte `at` of `s`, if any; `at` is a character boundary.
fn char_at(s: &str, at: usize) -> Option<char> {
    // Nearly every character of an article is ASCII, which needs no decoding.
    match s.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s[at..].chars().next(),
        None => None,
    }
}

/// Splits `text[range]` into tokens; spans are absolute byte offsets into `text`.
/// Whether a stop between `word` and `rest` ends a sentence though no space follows it: the
/// word is three or more letters, lower-case after the first (not "www"), and `rest` opens
/// with a capital and a lower-case letter, not a domain's ending ("Acme.Com").
fn glued_sentence_end(word: &str, rest: &str) -> bool {
    let mut next = rest.chars();
    // (Asked last: most stops inside a word are an abbreviation's.)
    let domain = || {
        ["Com", "Org", "Net", "Gov", "Edu"].iter().any(|d| {
            rest.strip_prefix(d)
                .is_some_and(|r| !r.starts_with(char::is_alphabetic))
        })
    };
    word.len() >= 3
        && word != "www"
        && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && word.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && next.next().is_some_and(char::is_uppercase)
        && next.next().is_some_and(char::is_lowercase)
        && !domain()
}

pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let slice = &text[range.clone()];
    let base = range.start;
    let mut tokens = Vec::with_capacity(slice.len() / 5);
    // The text is walked by byte offset, each token's end being where the next one may start,
    // so ASCII characters are read without being decoded.
    let mut i = 0;
    while let Some(c) = char_at(slice, i) {
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = base + i;
        if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            loop {
                // Most of a word is ASCII letters, which join it whatever follows.
                end += slice.as_bytes()[end..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
                let Some(d) = char_at(slice, end) else {
                    break;
                };
                let j = end;
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    continue;
                }
                // Inner apostrophes, hyphens and dots join only when a letter follows:
                // "don't", "Jong-un", "U.S." (a final dot after a single capital is kept too).
                if is_apostrophe(d) || d == '-' || d == '.' {
                    let next = char_at(slice, j + d.len_utf8());
                    // "the region-it said": a hyphen before a subject pronoun is a dash typed
                    // without spaces, not a compound.
                    if d == '-' && starts_with_pronoun(&slice[j + 1..]) {
                        break;
                    }
                    // "a double-dip recession.Moore is …": a stop typed with no space after it
                    // between a lower-case word and a capitalised one ends a sentence ("U.S.",
                    // "e.g.", "www.Acme" are no such words).
                    if d == '.' && glued_sentence_end(&slice[i..j], &slice[j + 1..]) {
                        break;
                    }
                    if next.is_some_and(|n| n.is_alphabetic()) {
                        // "Roe's" keeps the possessive as its own token.
                        if is_apostrophe(d) && slice[j + d.len_utf8()..].starts_with(['s', 'S']) {
                            let after = char_at(slice, j + d.len_utf8() + 1);
                            if !after.is_some_and(|a| a.is_alphanumeric()) {
                                break;
                            }
                        }
                        end = j + d.len_utf8();
                        continue;
                    }
                    if d == '.'
                        && (is_dotted_abbreviation(&slice[i..j])
                            || ABBREVIATIONS.contains(&&slice[i..j]))
                    {
                        end = j + 1;
                    }
                }
                break;
            }
            tokens.push(Token {
                span: start..base + end,
                kind: TokenKind::Word,
            });
            i = end;
        } else if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(d) = char_at(slice, end) {
                // Separators join digits only between digits ("3,000", "28.3"); a colon joins
                // the minutes of a clock time ("4:15 p.m.").
                let separator = ((d == ',' || d == '.')
                    && slice[end + 1..].starts_with(|n: char| n.is_ascii_digit()))
                    || (d == ':' && clock_minutes(&slice[end + 1..]));
                if !d.is_ascii_digit() && !separator {
                    break;
                }
                end += 1;
            }
            tokens.push(Token {
                span: start..base + end,
                kind: TokenKind::Number,
            });
            i = end;
        } else if is_apostrophe(c)
            && !tokens.is_empty()
            && slice[i + c.len_utf8()..].starts_with(['s', 'S'])
            && !slice[i + c.len_utf8() + 1..].starts_with(|a: char| a.is_alphanumeric())
        {
            // Possessive "'s" as one token.
            let end = i + c.len_utf8() + 1;
            tokens.push(Token {
                span: start..base + end,
                kind: TokenKind::Word,
            });
            i = end;
        } else {
            let kind = if is_quote_mark(c) {
                TokenKind::Quote
            } else {
                TokenKind::Punct
            };
            tokens.push(Token {
                span: start..start + c.len_utf8(),
                kind,
            });
            i += c.len_utf8();
        }
    }
    tokens
}

/// Words whose trailing dot marks an abbreviation, not a sentence end; the dot stays part of
/// the word ("Sen.", "Gov.").
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt",
    "Maj", "Adm", "Cmdr", "Rev", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "No", "vs", "v", "etc",
    "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Ft", "Mt", "approx",
    "Pres",
    // Ranks and titles that come before a name ("Pfc. Tom Hale", "Det. Ann Lee"), and the
    // French "Ste." of place names ("Sault Ste. Marie").
    "Pfc", "Spc", "Cpl", "Det", "Insp", "Supt", "Hon", "Ste",
    // Plural titles before two or more names ("Sens. Tom Hale and Ann Lee").
    "Sens", "Reps", "Govs",
];

/// "U.S" or "J" before a dot: dotted initialisms and initials keep their final dot.
/// Whether `rest`, the text after a colon that follows digits, opens with the two digits of a
/// clock time's minutes and no more ("15 p.m.", not "150" of a ratio or verse "4:150").
fn clock_minutes(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 2
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && b.get(2).is_none_or(|c| !c.is_ascii_digit())
}

fn is_dotted_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => c.is_uppercase(),
        _ => word.contains('.') && word.chars().all(|c| c == '.' || c.is_alphabetic()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0..text.len())
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn splits_words_numbers_and_marks() {
        assert_eq!(
            words("“We’ll go,” said Ana's aide, sending 3,000 troops to the U.S. base."),
            [
                "“", "We’ll", "go", ",", "”", "said", "Ana", "'s", "aide", ",", "sending", "3,000",
                "troops", "to", "the", "U.S.", "base", "."
            ]
        );
    }

    #[test]
    fn a_clock_time_is_one_number() {
        assert_eq!(
            words("at 4:15 p.m. or 10:30, not Item 2:1"),
            [
                "at", "4:15", "p.m.", "or", "10:30", ",", "not", "Item", "2", ":", "1"
            ]
        );
    }

    #[test]
    fn keeps_initials_and_hyphenated_names() {
        assert_eq!(
            words("Mary J. Blige met Kim Jong-un."),
            ["Mary", "J.", "Blige", "met", "Kim", "Jong-un", "."]
        );
    }

    #[test]
    fn a_hyphen_before_a_pronoun_is_a_dash() {
        assert_eq!(
            words("Rebels hold Oskol-it says so."),
            ["Rebels", "hold", "Oskol", "-", "it", "says", "so", "."]
        );
        assert_eq!(words("an item-itemised"), ["an", "item-itemised"]);
    }

    #[test]
    fn spans_are_absolute() {
        let text = "xx Zoë runs";
        let toks = tokenize(text, 3..text.len());
        assert_eq!(toks[0].span, 3..7);
        assert_eq!(toks[0].text(text), "Zoë");
    }

    #[test]
    fn a_stop_with_no_space_before_a_capitalised_word_is_a_stop() {
        assert_eq!(
            words(
                "Prices fell.Then Ann Lee wrote to www.Acme.com in Tarsk.Roe went to Acme.Com today."
            ),
            [
                "Prices",
                "fell",
                ".",
                "Then",
                "Ann",
                "Lee",
                "wrote",
                "to",
                "www.Acme.com",
                "in",
                "Tarsk",
                ".",
                "Roe",
                "went",
                "to",
                "Acme.Com",
                "today",
                "."
            ]
        );
    }
}
