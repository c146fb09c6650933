//! Paragraphs and sentences with byte spans into the document text.

use std::ops::Range;

use super::token::{Token, TokenKind, tokenize};

#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Range<usize>,
    /// Index of the paragraph (a block of text between blank lines or line breaks).
    pub paragraph: usize,
    pub tokens: Vec<Token>,
}

/// Splits the text into sentences. A line break ends a paragraph unless the next line starts
/// with a lower-case letter (hard-wrapped text).
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for (paragraph, range) in paragraphs(text).into_iter().enumerate() {
        let tokens = tokenize(text, range.clone());
        let mut start_tok = 0;
        for i in 0..tokens.len() {
            if is_sentence_end(text, &tokens, i) {
                push(&mut sentences, &tokens[start_tok..=i], paragraph);
                start_tok = i + 1;
            }
        }
        if start_tok < tokens.len() {
            push(&mut sentences, &tokens[start_tok..], paragraph);
        }
    }
    sentences
}

fn push(out: &mut Vec<Sentence>, tokens: &[Token], paragraph: usize) {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return;
    };
    out.push(Sentence {
        span: first.span.start..last.span.end,
        paragraph,
        tokens: tokens.to_vec(),
    });
}

fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            let next_line = text[i + 1..].trim_start_matches([' ', '\t', '\r']);
            let continues = next_line.starts_with(|c: char| c.is_lowercase());
            if !continues {
                if !text[start..i].trim().is_empty() {
                    out.push(start..i);
                }
                start = i + 1;
            }
        }
        i += 1;
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
        TokenKind::Punct => matches!(s, "." | "!" | "?" | "…"),
        TokenKind::Quote => {
            // A closing quote ends the sentence when a terminal mark precedes it.
            i > 0
                && is_closing_quote(text, tok)
                && tokens[i - 1].span.end == tok.span.start
                && matches!(tokens[i - 1].text(text), "." | "!" | "?")
        }
        // "U.S." may end a sentence, but far more often it sits inside one.
        TokenKind::Word => false,
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

fn is_closing_quote(text: &str, tok: &Token) -> bool {
    let s = tok.text(text);
    s == "\u{201D}" || s == "\u{00BB}" || s == "\""
}

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
