//! Paragraphs and sentences with byte spans into the document text.

use std::ops::Range;

use super::token::{Token, TokenKind, tokenize};

#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Range<usize>,
    /// Index of the paragraph (a block of text between blank lines or line breaks).
    pub paragraph: usize,
    pub tokens: Vec<Token>,
    /// Whether the sentence is a dateline ("DAVOS, Switzerland (Reuters) -"): its names act
    /// in no relation and are no antecedents.
    pub dateline: bool,
}

/// Splits the text into sentences. A line break ends a paragraph unless the next line starts
/// with a lower-case letter (hard-wrapped text).
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for (paragraph, range) in paragraphs(text).into_iter().enumerate() {
        let tokens = tokenize(text, range.clone());
        let mut start_tok = 0;
        // What follows a dateline opens a sentence ("NATO - the alliance - met" has none).
        let dateline = dateline_end(text, &tokens).filter(|&i| {
            tokens.get(i + 1).is_some_and(|t| {
                t.kind == TokenKind::Quote
                    || t.text(text)
                        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            })
        });
        for i in 0..tokens.len() {
            if Some(i) == dateline || is_sentence_end(text, &tokens, i) {
                push(&mut sentences, text, &tokens[start_tok..=i], paragraph);
                start_tok = i + 1;
            }
        }
        if start_tok < tokens.len() {
            push(&mut sentences, text, &tokens[start_tok..], paragraph);
        }
    }
    sentences
}

fn push(out: &mut Vec<Sentence>, text: &str, tokens: &[Token], paragraph: usize) {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return;
    };
    out.push(Sentence {
        span: first.span.start..last.span.end,
        paragraph,
        tokens: tokens.to_vec(),
        dateline: dateline_end(text, tokens) == Some(tokens.len() - 1),
    });
}

fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    // Line breaks are looked for with `find`, which skips the bytes between them many at a
    // time, rather than by testing every byte of the document.
    let mut from = 0;
    while let Some(at) = text[from..].find('\n') {
        let i = from + at;
        let next_line = text[i + 1..].trim_start_matches([' ', '\t', '\r']);
        let continues = next_line.starts_with(|c: char| c.is_lowercase());
        if !continues {
            if !text[start..i].trim().is_empty() {
                out.push(start..i);
            }
            start = i + 1;
        }
        from = i + 1;
    }
    if !text[start..].trim().is_empty() {
        out.push(start..text.len());
    }
    out
}

/// Token `i` ends a sentence: a terminal mark (possibly followed by closing quotes or brackets)
/// before a token that can open a sentence.
fn is_sentence_end(text: &str, tokens: &[Token], i: usize) -> bool {
    let tok = &tokens[i];
    let s = tok.text(text);
    let terminal = match tok.kind {
        // ("(It fell.) The firm …": a bracket closed right after a terminal mark ends the
        // sentence it closes.)
        TokenKind::Punct if matches!(s, ")" | "]") => {
            i > 0
                && tokens[i - 1].span.end == tok.span.start
                && matches!(tokens[i - 1].text(text), "." | "!" | "?")
        }
        TokenKind::Punct => matches!(s, "." | "!" | "?" | "…"),
        TokenKind::Quote => {
            // A closing quote ends the sentence when a terminal mark precedes it.
            i > 0
                && is_closing_quote(text, tok)
                && tokens[i - 1].span.end == tok.span.start
                && matches!(tokens[i - 1].text(text), "." | "!" | "?")
        }
        // "U.S." may end a sentence, but far more often it sits inside one. A company's or a
        // name's suffix ends one when a word that opens sentences follows ("… Acme Corp. The
        // firm …", but "Acme Corp. Chief Jane Roe"), and so does a dotted abbreviation ("… at
        // the U.N. The two men …", "… at 5 p.m. He left", but "the U.N. Security Council").
        TokenKind::Word => {
            return s.strip_suffix('.').is_some_and(|stem| {
                matches!(stem, "Inc" | "Corp" | "Ltd" | "Co" | "etc" | "Jr" | "Sr")
                    || stem.contains('.')
            }) && tokens
                .get(i + 1)
                .is_some_and(|next| SENTENCE_OPENERS.contains(&next.text(text)));
        }
        TokenKind::Number => false,
    };
    if !terminal {
        return false;
    }
    // Do not break between a terminal mark and the closing quote that follows it.
    if let Some(next) = tokens.get(i + 1) {
        if next.kind == TokenKind::Quote
            && next.span.start == tok.span.end
            && is_closing_quote(text, next)
        {
            return false;
        }
        if matches!(next.text(text), ")" | "]") && next.span.start == tok.span.end {
            return false;
        }
    }
    next_opens_sentence(text, tokens, i)
}

/// The index of the dash that closes a dateline opening a paragraph: one to three words in
/// capitals, then optionally a comma and a region, and an agency in brackets ("DAVOS,
/// Switzerland (Reuters) -", "WASHINGTON —"), or a place in brackets ("(Kyiv) –"). The
/// dateline is a sentence of its own, so that no name in it becomes a party of the sentence
/// after it.
fn dateline_end(text: &str, tokens: &[Token]) -> Option<usize> {
    let is_dash = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|t| matches!(t.text(text), "-" | "--" | "—" | "–"))
    };
    if tokens.first().is_some_and(|t| t.text(text) == "(") {
        let close = (2..5.min(tokens.len())).find(|&k| tokens[k].text(text) == ")")?;
        let place = tokens[1..close]
            .iter()
            .all(|t| t.kind == TokenKind::Word && t.text(text).starts_with(char::is_uppercase));
        return (place && is_dash(close + 1)).then_some(close + 1);
    }
    let capitals = tokens
        .iter()
        .take(4)
        .take_while(|t| {
            let w = t.text(text);
            t.kind == TokenKind::Word
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        })
        .count();
    if capitals == 0 || capitals > 3 {
        return None;
    }
    let mut i = capitals;
    if tokens.get(i).is_some_and(|t| t.text(text) == ",") {
        i += 1;
        // The region: a few capitalised words or abbreviations ("N.H.", "Calif.").
        while i < capitals + 5
            && tokens.get(i).is_some_and(|t| {
                t.kind == TokenKind::Word && t.text(text).starts_with(char::is_uppercase)
            })
        {
            i += 1;
        }
    }
    if tokens.get(i).is_some_and(|t| t.text(text) == "(") {
        let close = (i + 1..(i + 6).min(tokens.len())).find(|&k| tokens[k].text(text) == ")")?;
        i = close + 1;
    }
    is_dash(i).then_some(i)
}

fn is_closing_quote(text: &str, tok: &Token) -> bool {
    let s = tok.text(text);
    s == "\u{201D}" || s == "\u{00BB}" || s == "\""
}

/// Words that open sentences and never continue a name.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "What",
    "When",
    "Where",
    "Why",
    "How",
    "But",
    "And",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "In",
    "On",
    "At",
    "After",
    "Before",
    "However",
    "If",
    "As",
    "Yet",
    "Now",
    "Then",
    "So",
    "Still",
    "Meanwhile",
    "Instead",
    "While",
    "Although",
    "Many",
    "Most",
    "Some",
];

fn next_opens_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    match tokens.get(i + 1) {
        None => true,
        Some(next) => {
            let s = next.text(text);
            match next.kind {
                TokenKind::Word => s.starts_with(|c: char| c.is_uppercase()),
                TokenKind::Number => true,
                TokenKind::Quote => s != "\u{201D}",
                TokenKind::Punct => matches!(s, "(" | "[" | "‘" | "'"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split_sentences(text)
            .iter()
            .map(|s| &text[s.span.clone()])
            .collect()
    }

    #[test]
    fn splits_on_terminal_marks_not_abbreviations() {
        assert_eq!(
            texts(
                "Mr. Lee met Dr. Ruiz in the U.S. on Friday. They spoke. “It went well,” he said."
            ),
            [
                "Mr. Lee met Dr. Ruiz in the U.S. on Friday.",
                "They spoke.",
                "“It went well,” he said."
            ]
        );
        // The "v." of a case's name ends none.
        assert_eq!(
            texts("The court cited Roe v. Hale in its ruling. It was short."),
            [
                "The court cited Roe v. Hale in its ruling.",
                "It was short."
            ]
        );
        // A company's suffix ends a sentence before a word that opens one.
        assert_eq!(
            texts("Roe backed Acme Corp. What followed was a rout. Acme Corp. Chief Ann Lee left."),
            [
                "Roe backed Acme Corp.",
                "What followed was a rout.",
                "Acme Corp. Chief Ann Lee left."
            ]
        );
        // A rank before a name, and a place's "Ste.".
        assert_eq!(
            texts("She praised Pfc. Tom Hale and Det. Ann Lee of Sault Ste. Marie. They left."),
            [
                "She praised Pfc. Tom Hale and Det. Ann Lee of Sault Ste. Marie.",
                "They left."
            ]
        );
        // A plural title before two names.
        assert_eq!(
            texts("It was struck by Sens. Tom Hale and Ann Lee, and Reps. Jim Beck and Jo Roe."),
            ["It was struck by Sens. Tom Hale and Ann Lee, and Reps. Jim Beck and Jo Roe."]
        );
    }

    #[test]
    fn a_dotted_abbreviation_or_a_closed_bracket_ends_a_sentence_before_an_opener() {
        assert_eq!(
            texts(
                "Roe spoke at the U.N. The two men met at 5 p.m. He left the U.N. Security Council."
            ),
            [
                "Roe spoke at the U.N.",
                "The two men met at 5 p.m.",
                "He left the U.N. Security Council."
            ]
        );
        assert_eq!(
            texts("It is harder to enter the U.S. Now Roe flies to Oskol. Still she went."),
            [
                "It is harder to enter the U.S.",
                "Now Roe flies to Oskol.",
                "Still she went."
            ]
        );
        assert_eq!(
            texts("(Sales fell in May.) The firm said no. Roe (D-Ohio) agreed."),
            [
                "(Sales fell in May.)",
                "The firm said no.",
                "Roe (D-Ohio) agreed."
            ]
        );
    }

    #[test]
    fn a_dateline_is_a_sentence_of_its_own() {
        assert_eq!(
            texts(
                "TARSK, Ruritania (Reuters) - Jane Roe said no.\nWASHINGTON — It rained.\n(Oskol) – It snowed.\nNATO - the alliance - met. Sales rose - a lot."
            ),
            [
                "TARSK, Ruritania (Reuters) -",
                "Jane Roe said no.",
                "WASHINGTON —",
                "It rained.",
                "(Oskol) –",
                "It snowed.",
                "NATO - the alliance - met.",
                "Sales rose - a lot."
            ]
        );
    }

    #[test]
    fn keeps_closing_quote_with_its_sentence() {
        assert_eq!(
            texts("She said: “We will win.” Then she left."),
            ["She said: “We will win.”", "Then she left."]
        );
    }

    #[test]
    fn line_breaks_end_paragraphs_unless_wrapped() {
        let s = split_sentences("First line\nsecond part.\n\nNew paragraph\nAnother one");
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].paragraph, 0);
        assert_eq!(s[1].paragraph, 1);
        assert_eq!(s[2].paragraph, 2);
    }
}
