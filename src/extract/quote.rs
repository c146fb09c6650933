//! Direct quotations and their speakers.
//!
//! ## What it extracts
//! The words between quotation marks that someone is reported to have said, with the speaker.
//!
//! ## Pattern
//! Marks are paired within a paragraph (curly marks by direction, straight marks in turn); a
//! paragraph that opens a quote without closing it quotes to its end. The speaker comes from a
//! reporting verb in the sentence around the marks: the name next to the verb ("…,” Roe said;
//! “…,” said Roe; Roe told reporters: “…”; according to Roe), a pronoun resolved to the last
//! person named, or, with no verb at all, the speaker of the quote just before (a quote that
//! continues). Fragments of fewer than five words are terms or scare quotes, not speech.
//!
//! ## Example
//! "“We will not wait,” Jane Roe said." → quote "We will not wait," speaker Jane Roe.
//!
//! ## Known misses
//! Speakers named only by a description in another paragraph; quotes inside quotes.
//!
//! ## Data used
//! `ontology/lexicon/reporting_verbs.tsv`

use std::ops::Range;

use super::types::{DocContext, Extraction, Extractor, QuoteMention};
use crate::graph::EntityType;
use crate::text::TokenKind;

pub struct Quotations;

/// Fewer words than this between marks is a term or a scare quote.
const MIN_QUOTE_WORDS: usize = 5;

const RULE_ATTRIBUTED: &str = "quote/reporting-verb";
const RULE_PRONOUN: &str = "quote/pronoun-speaker";
const RULE_CONTINUED: &str = "quote/continuation";
const RULE_ACCORDING: &str = "quote/according-to";
const RULE_COLON: &str = "quote/colon-intro";
const RULE_SAME_SENTENCE: &str = "quote/same-sentence";

const PRONOUNS: &[&str] = &["he", "she"];

impl Extractor for Quotations {
    fn id(&self) -> &'static str {
        "quote"
    }

    fn description(&self) -> &'static str {
        "Direct quotations between straight or curly marks, with the speaker from a reporting verb, a pronoun, or the quote before."
    }

    fn extract(&self, ctx: &DocContext<'_>, out: &mut Extraction) {
        let text = ctx.text();
        let mut last_speaker: Option<(usize, usize)> = None; // (mention, paragraph)
        let mut s = 0;
        while s < ctx.sentences.len() {
            let paragraph = ctx.sentences[s].paragraph;
            let mut e = s;
            while e + 1 < ctx.sentences.len() && ctx.sentences[e + 1].paragraph == paragraph {
                e += 1;
            }
            // Paragraph tokens as (sentence, token) positions.
            let positions: Vec<(usize, usize)> = (s..=e)
                .flat_map(|si| (0..ctx.sentences[si].tokens.len()).map(move |ti| (si, ti)))
                .collect();
            for (open, close) in pair_marks(ctx, &positions) {
                let (os, ot) = positions[open];
                let content_start = ctx.sentences[os].tokens[ot].span.end;
                let content_end = match close {
                    Some(c) => {
                        let (cs, ct) = positions[c];
                        ctx.sentences[cs].tokens[ct].span.start
                    }
                    None => ctx.sentences[e].span.end,
                };
                let span = trim_span(text, content_start..content_end);
                let words = text[span.clone()].split_whitespace().count();
                if words < MIN_QUOTE_WORDS {
                    continue;
                }
                let close_pos = close.map(|c| positions[c]);
                let (speaker, rule) = find_speaker(ctx, out, (os, ot), close_pos, span.start);
                let same_sentence = out
                    .quotes
                    .last()
                    .filter(|q| q.sentence == os && q.speaker.is_some())
                    .and_then(|q| q.speaker);
                let (speaker, rule) = match speaker {
                    Some(sp) => (Some(sp), rule),
                    // “A,” she said, and added, “B”: the second quote has the first one's speaker.
                    None if same_sentence.is_some() => (same_sentence, RULE_SAME_SENTENCE),
                    None if is_bare(ctx, (os, ot), close_pos) => match last_speaker {
                        // A quote standing alone right after another continues it.
                        Some((sp, p)) if paragraph <= p + 1 => (Some(sp), RULE_CONTINUED),
                        _ => (None, RULE_ATTRIBUTED),
                    },
                    None => (None, RULE_ATTRIBUTED),
                };
                if let Some(sp) = speaker {
                    last_speaker = Some((sp, paragraph));
                }
                out.quotes.push(QuoteMention {
                    span,
                    speaker,
                    sentence: os,
                    rule,
                });
            }
            s = e + 1;
        }
    }
}

fn trim_span(text: &str, span: Range<usize>) -> Range<usize> {
    let slice = &text[span.clone()];
    let trimmed_start = slice.len() - slice.trim_start().len();
    let inner = slice.trim();
    span.start + trimmed_start..span.start + trimmed_start + inner.len()
}

/// Pairs quotation marks in one paragraph: returns (open, close) indices into `positions`;
/// `close` is `None` for a quote that runs to the paragraph's end.
fn pair_marks(ctx: &DocContext<'_>, positions: &[(usize, usize)]) -> Vec<(usize, Option<usize>)> {
    let text = ctx.text();
    let mut pairs = Vec::new();
    let mut open: Option<usize> = None;
    for (k, &(s, t)) in positions.iter().enumerate() {
        let tok = &ctx.sentences[s].tokens[t];
        if tok.kind != TokenKind::Quote {
            continue;
        }
        let mark = tok.text(text);
        let opens = match mark {
            "\u{201C}" | "\u{201E}" | "\u{00AB}" => true,
            "\u{201D}" | "\u{00BB}" => false,
            // A straight mark opens when none is open, and closes otherwise.
            _ => open.is_none(),
        };
        match (opens, open) {
            (true, None) => open = Some(k),
            // Two opening marks in a row: the first was never closed; restart at the second.
            (true, Some(_)) => open = Some(k),
            (false, Some(o)) => {
                pairs.push((o, Some(k)));
                open = None;
            }
            (false, None) => {}
        }
    }
    if let Some(o) = open {
        pairs.push((o, None));
    }
    pairs
}

/// The quote is the whole sentence: nothing but punctuation outside its marks.
fn is_bare(ctx: &DocContext<'_>, open: (usize, usize), close: Option<(usize, usize)>) -> bool {
    let before = ctx.sentences[open.0].tokens[..open.1]
        .iter()
        .all(|t| t.kind != TokenKind::Word);
    let after = match close {
        Some((cs, ct)) => ctx.sentences[cs].tokens[ct + 1..]
            .iter()
            .all(|t| t.kind != TokenKind::Word),
        None => true,
    };
    before && after
}

/// Finds the speaker in the sentences around the marks.
fn find_speaker(
    ctx: &DocContext<'_>,
    out: &Extraction,
    open: (usize, usize),
    close: Option<(usize, usize)>,
    quote_start: usize,
) -> (Option<usize>, &'static str) {
    let text = ctx.text();
    // After the closing mark, to the sentence end: the first reporting verb outside quotation
    // marks ("“A” in B, but “C,” Roe said" attributes both quotes to Roe).
    if let Some((cs, ct)) = close {
        let toks = &ctx.sentences[cs].tokens;
        let mut inside = false;
        let verb = (ct + 1..toks.len()).find(|&i| {
            if toks[i].kind == TokenKind::Quote {
                inside = !inside;
            }
            !inside && is_reporting(ctx, cs, i)
        });
        if let Some(v) = verb {
            let window = toks[ct + 1].span.start..toks[toks.len() - 1].span.end;
            if let Some(r) = speaker_near_verb(ctx, out, cs, v, window, quote_start) {
                return r;
            }
        }
    }
    // Before the opening mark, from the sentence start (or the previous closing mark).
    let (os, ot) = open;
    let toks = &ctx.sentences[os].tokens;
    let start = toks[..ot]
        .iter()
        .rposition(|t| t.kind == TokenKind::Quote)
        .map_or(0, |p| p + 1);
    if start < ot {
        let window = toks[start].span.start..toks[ot - 1].span.end;
        if let Some(v) = (start..ot).rev().find(|&i| is_reporting(ctx, os, i)) {
            if let Some(r) = speaker_near_verb(ctx, out, os, v, window.clone(), quote_start) {
                return r;
            }
        }
        // "Roe gave a short answer: “…”": a colon introduces the words of the sentence's subject.
        if ctx.token(os, ot - 1) == ":" {
            let window = toks[0].span.start..toks[ot - 1].span.start;
            if let Some(m) = first_speaker_mention(out, window) {
                return (Some(m), RULE_COLON);
            }
        }
        if let Some(a) = (start..ot.saturating_sub(1)).find(|&i| {
            ctx.token(os, i).eq_ignore_ascii_case("according") && ctx.token(os, i + 1) == "to"
        }) {
            let after = toks[a + 1].span.end;
            if let Some(m) = first_speaker_mention(out, after..window.end) {
                return (Some(m), RULE_ACCORDING);
            }
        }
    }
    let _ = text;
    (None, RULE_ATTRIBUTED)
}

fn is_reporting(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    let t = &ctx.sentences[s].tokens[i];
    t.kind == TokenKind::Word && ctx.ontology.reporting_lemma(t.text(ctx.text())).is_some()
}

fn can_speak(t: EntityType) -> bool {
    matches!(
        t,
        EntityType::Person | EntityType::Organization | EntityType::Country
    )
}

/// The first person in `range`, else the first organization or country.
fn first_speaker_mention(out: &Extraction, range: Range<usize>) -> Option<usize> {
    let inside = |m: &crate::extract::EntityMention| m.span.start >= range.start && m.span.end <= range.end;
    out.mentions
        .iter()
        .position(|m| inside(m) && m.entity_type == EntityType::Person)
        .or_else(|| out.mentions.iter().position(|m| inside(m) && can_speak(m.entity_type)))
}

/// The speaker for reporting verb `v` of sentence `s`: the nearest name before the verb in the
/// window (a person first), else right after it ("said Roe"), else a pronoun before it.
fn speaker_near_verb(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    v: usize,
    window: Range<usize>,
    quote_start: usize,
) -> Option<(Option<usize>, &'static str)> {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    let verb = toks[v].span.clone();
    let before: Vec<usize> = out
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.span.start >= window.start && m.span.end <= verb.start && can_speak(m.entity_type)
        })
        .map(|(i, _)| i)
        .collect();
    // The subject is usually the first person in the clause ("Roe, who chairs the committee
    // that questioned Smith, said"); without a person, the nearest organization or country.
    let pick = |ids: &[usize]| {
        ids.iter()
            .find(|&&i| out.mentions[i].entity_type == EntityType::Person)
            .or(ids.last())
            .copied()
    };
    // A pronoun right before the verb is the subject, whatever names come earlier.
    let pronoun_before =
        v > 0 && PRONOUNS.contains(&toks[v - 1].text(text).to_lowercase().as_str());
    if !pronoun_before && let Some(m) = pick(&before) {
        return Some((Some(m), RULE_ATTRIBUTED));
    }
    if !pronoun_before {
        let after: Vec<usize> = out
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| {
                m.span.start >= verb.end && m.span.end <= window.end && can_speak(m.entity_type)
            })
            .map(|(i, _)| i)
            .take(1)
            .collect();
        if let Some(&m) = after.first()
            && text[verb.end..out.mentions[m].span.start]
                .split_whitespace()
                .count()
                <= 3
        {
            return Some((Some(m), RULE_ATTRIBUTED));
        }
    }
    let has_pronoun = (window.start..verb.start).len() > 0
        && toks.iter().any(|t| {
            t.span.start >= window.start
                && t.span.end <= verb.start
                && PRONOUNS.contains(&t.text(text).to_lowercase().as_str())
        });
    if has_pronoun || pronoun_before {
        return Some((pronoun_antecedent(out, quote_start), RULE_PRONOUN));
    }
    None
}

/// The person a "he" or "she" before `quote_start` refers to: the first person (the subject)
/// of the last sentence that names one outside quotation marks.
fn pronoun_antecedent(out: &Extraction, quote_start: usize) -> Option<usize> {
    let quoted = |start: usize| out.quotes.iter().any(|q| q.span.start <= start && start < q.span.end);
    let candidates: Vec<usize> = out
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.span.end <= quote_start && m.entity_type == EntityType::Person && !quoted(m.span.start))
        .map(|(i, _)| i)
        .collect();
    let last_sentence = out.mentions[*candidates.last()?].sentence;
    candidates.into_iter().find(|&i| out.mentions[i].sentence == last_sentence)
}
