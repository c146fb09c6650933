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
//! person named, a person credited after a dash on the same line (“…” ― Roe), or, with no verb
//! at all, the speaker of the quote just before (a quote that continues). Fragments of fewer than five words are terms or scare quotes, not speech, unless one opens its sentence and an attribution follows it (“We won,” Roe said).
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

use super::relation::{finite_or_auxiliary, pronoun_antecedent};
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
const RULE_SUBJECT: &str = "quote/sentence-subject";
const RULE_DESCRIPTION: &str = "quote/description";
const RULE_DASH_CREDIT: &str = "quote/dash-credit";

/// A reporting verb after a quote belongs to it only this close to a closing mark.
const MAX_VERB_DISTANCE: usize = 14;
/// Tokens an aside between commas may take after the speaker's name, when the reporting verb
/// follows it ("…,” Roe, the senator who led the fight for the bill, said").
const MAX_ASIDE_TOKENS: usize = 24;

/// A quote left open runs on for at most this many paragraphs without marks: an unbalanced
/// mark must not turn the rest of the article into a quote.
const MAX_CARRIED_PARAGRAPHS: usize = 3;

const PRONOUNS: &[&str] = &["he", "she"];

impl Extractor for Quotations {
    fn id(&self) -> &'static str {
        "quote"
    }

    fn description(&self) -> &'static str {
        "Direct quotations between straight or curly marks, with the speaker from a reporting verb, a pronoun, a dash credit, or the quote before."
    }

    fn extract(&self, ctx: &DocContext<'_>, out: &mut Extraction) {
        let text = ctx.text();
        let mut last_speaker: Option<(usize, usize)> = None; // (mention, paragraph)
        // Paragraphs since a quote was opened and not closed (a quote running on).
        let mut carried: Option<usize> = None;
        // First quote of the current multi-paragraph quote, whose parts share one speaker.
        let mut chain_start: Option<usize> = None;
        let mut s = 0;
        while s < ctx.sentences.len() {
            let paragraph = ctx.sentences[s].paragraph;
            let mut e = s;
            while e + 1 < ctx.sentences.len() && ctx.sentences[e + 1].paragraph == paragraph {
                e += 1;
            }
            // Paragraph tokens as (sentence, token) positions.
            // Sized first and filled a sentence at a time: collected through `flat_map`, whose
            // length is not known ahead, the list grew by doubling, over every token.
            let mut positions: Vec<(usize, usize)> =
                Vec::with_capacity((s..=e).map(|si| ctx.sentences[si].tokens.len()).sum());
            for si in s..=e {
                positions.extend((0..ctx.sentences[si].tokens.len()).map(|ti| (si, ti)));
            }
            let continues = carried.is_some_and(|n| n < MAX_CARRIED_PARAGRAPHS);
            let (pairs, ends_open) = pair_marks(ctx, &positions, continues);
            if !continues {
                chain_start = None;
            }
            for (open, close) in pairs {
                let (os, ot) = open.map_or((s, 0), |o| positions[o]);
                let content_start = match open {
                    Some(_) => ctx.sentences[os].tokens[ot].span.end,
                    None => ctx.sentences[s].span.start,
                };
                let content_end = match close {
                    Some(c) => {
                        let (cs, ct) = positions[c];
                        ctx.sentences[cs].tokens[ct].span.start
                    }
                    None => ctx.sentences[e].span.end,
                };
                let span = trim_span(text, content_start..content_end);
                let words = text[span.clone()].split_whitespace().count();
                let part_of_chain = open.is_none() || close.is_none();
                let close_pos = close.map(|c| positions[c]);
                let fragment = words < MIN_QUOTE_WORDS
                    && !(open.is_some()
                        && close_pos
                            .is_some_and(|c| short_speech(ctx, out, (os, ot), c, span.start)));
                if fragment && !part_of_chain {
                    continue;
                }
                let (speaker, rule) = match open {
                    Some(o) => find_speaker(ctx, out, positions[o], close_pos, span.start),
                    None => match close_pos {
                        Some(c) => find_speaker_after(ctx, out, c, span.start),
                        None => (None, RULE_ATTRIBUTED),
                    },
                };
                let same_sentence = out
                    .quotes
                    .last()
                    .filter(|q| q.sentence == os && q.speaker.is_some())
                    .and_then(|q| q.speaker);
                let (speaker, rule) = match speaker {
                    Some(sp) => (Some(sp), rule),
                    // “A,” she said, and added, “B”: the second quote has the first one's speaker.
                    None if same_sentence.is_some() => (same_sentence, RULE_SAME_SENTENCE),
                    None if open.is_some() && is_bare(ctx, (os, ot), close_pos) => {
                        match last_speaker {
                            // A quote standing alone right after another continues it.
                            Some((sp, p)) if paragraph <= p + 1 => (Some(sp), RULE_CONTINUED),
                            _ => (None, RULE_ATTRIBUTED),
                        }
                    }
                    None => match sentence_subject(ctx, out, os, span.start) {
                        Some(sp) => (Some(sp), RULE_SUBJECT),
                        None => (None, RULE_ATTRIBUTED),
                    },
                };
                if let Some(sp) = speaker {
                    last_speaker = Some((sp, paragraph));
                }
                if part_of_chain && chain_start.is_none() {
                    chain_start = Some(out.quotes.len());
                }
                out.quotes.push(QuoteMention {
                    span,
                    speaker,
                    sentence: os,
                    rule,
                });
                if fragment {
                    // A short closing part ("I'm satisfied," she said) still names the
                    // speaker of the parts before it.
                    if let Some(q) = out.quotes.pop()
                        && part_of_chain
                        && let Some(first) = chain_start
                        && q.speaker.is_some()
                    {
                        for part in out.quotes[first..]
                            .iter_mut()
                            .filter(|p| p.speaker.is_none())
                        {
                            part.speaker = q.speaker;
                            part.rule = RULE_CONTINUED;
                        }
                    }
                }
            }
            // All parts of a quote that ran over paragraphs share the speaker one part names.
            if !ends_open && let Some(first) = chain_start.take() {
                share_chain_speaker(&mut out.quotes[first..]);
            }
            carried = if ends_open {
                Some(carried.map_or(0, |n| n + 1))
            } else {
                None
            };
            s = e + 1;
        }
        if let Some(first) = chain_start {
            share_chain_speaker(&mut out.quotes[first..]);
        }
    }
}

/// Gives every part without a speaker the speaker named by another part.
fn share_chain_speaker(parts: &mut [QuoteMention]) {
    if let Some(sp) = parts.iter().rev().find_map(|q| q.speaker) {
        for q in parts.iter_mut().filter(|q| q.speaker.is_none()) {
            q.speaker = Some(sp);
            q.rule = RULE_CONTINUED;
        }
    }
}

fn trim_span(text: &str, span: Range<usize>) -> Range<usize> {
    let slice = &text[span.clone()];
    let trimmed_start = slice.len() - slice.trim_start().len();
    let inner = slice.trim();
    span.start + trimmed_start..span.start + trimmed_start + inner.len()
}

/// Opening and closing mark of one quote, as indices into a paragraph's token positions;
/// `None` where the quote runs on from or into another paragraph.
type MarkPair = (Option<usize>, Option<usize>);

/// Pairs quotation marks in one paragraph: returns (open, close) indices into `positions` and
/// whether the paragraph ends inside a quote. `open` is `None` for the part of a quote carried
/// over from the previous paragraph (`continues`); `close` is `None` for a quote that runs to
/// the paragraph's end.
fn pair_marks(
    ctx: &DocContext<'_>,
    positions: &[(usize, usize)],
    continues: bool,
) -> (Vec<MarkPair>, bool) {
    let text = ctx.text();
    let mut pairs = Vec::new();
    // `Some(None)`: inside a quote that began in an earlier paragraph.
    let mut open: Option<Option<usize>> = None;
    let first_mark_at_start = positions
        .first()
        .is_some_and(|&(s, t)| ctx.sentences[s].tokens[t].kind == TokenKind::Quote);
    if continues && !first_mark_at_start {
        open = Some(None);
    }
    for (k, &(s, t)) in positions.iter().enumerate() {
        let tok = &ctx.sentences[s].tokens[t];
        if tok.kind != TokenKind::Quote {
            continue;
        }
        let opens = match tok.text(text) {
            "\u{201C}" | "\u{201E}" | "\u{00AB}" => true,
            "\u{201D}" | "\u{00BB}" => false,
            // A straight mark's direction shows in its spacing ("said "We …" vs "… it," she);
            // only a mark with no such clue opens when none is open and closes otherwise.
            _ => straight_mark_opens(text, &tok.span).unwrap_or(open.is_none()),
        };
        match (opens, open) {
            // Two opening marks in a row: the first was never closed; restart at the second.
            (true, _) => open = Some(Some(k)),
            (false, Some(o)) => {
                pairs.push((o, Some(k)));
                open = None;
            }
            (false, None) => {}
        }
    }
    let ends_open = open.is_some();
    if let Some(o) = open {
        pairs.push((o, None));
    }
    (pairs, ends_open)
}

/// Whether a straight quotation mark opens (`Some(true)`) or closes (`Some(false)`) a quote,
/// judged by the characters around it; `None` when they do not tell.
fn straight_mark_opens(text: &str, span: &Range<usize>) -> Option<bool> {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let space_before =
        before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '-'));
    let space_after = after.is_none_or(|c| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '—')
    });
    match (space_before, space_after) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// "“We won,” Roe said.": a fragment of a few words is speech when it opens its sentence,
/// closes on a comma, question or exclamation mark, and an attribution follows the marks.
/// (A term in quotation marks sits inside its sentence: "called it a “disaster,” Roe said".)
fn short_speech(
    ctx: &DocContext<'_>,
    out: &Extraction,
    open: (usize, usize),
    (cs, ct): (usize, usize),
    quote_start: usize,
) -> bool {
    // ("“It is over,” Roe noted Acme had failed": a verb with a clause of its own reports that
    // clause, not the fragment.)
    let toks = &ctx.sentences[cs].tokens;
    let clause_after_verb = || {
        let attribution = (ct + 1..toks.len()).take_while(|&i| {
            toks[i].kind == TokenKind::Word || !matches!(ctx.token(cs, i), "," | "." | ";" | ":")
        });
        attribution
            .skip_while(|&i| !is_reporting(ctx, cs, i))
            .skip(1)
            .any(|i| finite_or_auxiliary(ctx, ctx.lower_token(cs, i)))
    };
    opens_its_sentence(ctx, open)
        && ct > 0
        && matches!(ctx.token(cs, ct - 1), "," | "?" | "!")
        && find_speaker_after(ctx, out, (cs, ct), quote_start)
            .0
            .is_some()
        && !clause_after_verb()
}

/// Whether nothing but punctuation stands before the opening mark at (sentence, token) `open`.
fn opens_its_sentence(ctx: &DocContext<'_>, (os, ot): (usize, usize)) -> bool {
    ctx.sentences[os].tokens[..ot]
        .iter()
        .all(|t| t.kind != TokenKind::Word)
}

/// The quote is the whole sentence: nothing but punctuation outside its marks.
fn is_bare(ctx: &DocContext<'_>, open: (usize, usize), close: Option<(usize, usize)>) -> bool {
    let before = opens_its_sentence(ctx, open);
    let after = match close {
        Some((cs, ct)) => ctx.sentences[cs].tokens[ct + 1..]
            .iter()
            .all(|t| t.kind != TokenKind::Word),
        None => true,
    };
    before && after
}

/// After the closing mark, to the sentence end: the first reporting verb outside quotation
/// marks and close after one ("“A” in B, but “C,” Roe said" attributes both quotes to Roe).
/// "“…” ― Jane Roe": a person named right after a dash that follows the closing mark, as
/// pull quotes and collected reactions credit their speakers.
fn dash_credit(ctx: &DocContext<'_>, out: &Extraction, (cs, ct): (usize, usize)) -> Option<usize> {
    let text = ctx.text();
    let after_mark = ctx.sentences[cs].tokens[ct].span.end;
    let rest = &text[after_mark..];
    let rest_trimmed = rest.trim_start();
    let dash = rest_trimmed
        .chars()
        .next()
        .filter(|c| matches!(c, '―' | '—' | '–'))?;
    let after_dash = rest_trimmed[dash.len_utf8()..].trim_start();
    let name_at = text.len() - after_dash.len();
    // The credit is on the same line.
    if text[after_mark..name_at].contains('\n') {
        return None;
    }
    out.mentions
        .iter()
        .position(|m| m.span.start == name_at && m.entity_type == EntityType::Person)
}

fn find_speaker_after(
    ctx: &DocContext<'_>,
    out: &Extraction,
    (cs, ct): (usize, usize),
    quote_start: usize,
) -> (Option<usize>, &'static str) {
    let toks = &ctx.sentences[cs].tokens;
    let mut inside = false;
    let mut last_mark = ct;
    // "“…,” Sen. Roe, the Tarsk Republican who led the fight for the bill, said": past a name
    // and its aside between commas, the verb may stand further off.
    // The last token of the name after the quote, and the comma that closes its aside.
    let aside = (ct + 1..toks.len())
        .take_while(|&i| is_capitalised_word(ctx.text(), &toks[i]))
        .last()
        .filter(|&n| ctx.token(cs, n + 1) == ",")
        .and_then(|n| {
            (n + 2..(n + 2 + MAX_ASIDE_TOKENS).min(toks.len()))
                .take_while(|&i| {
                    toks[i].kind != TokenKind::Quote
                        && !matches!(ctx.token(cs, i), "." | ";" | "?" | "!")
                })
                .find(|&i| ctx.token(cs, i) == ",")
                .map(|close| (n, close))
        });
    let verb = (ct + 1..toks.len()).find(|&i| {
        if toks[i].kind == TokenKind::Quote {
            inside = !inside;
            last_mark = i;
        }
        !inside
            && (i - last_mark <= MAX_VERB_DISTANCE
                || aside.is_some_and(|(_, close)| i == close + 1))
            && is_reporting(ctx, cs, i)
    });
    if let Some(v) = verb
        && ct + 1 < toks.len()
    {
        // Past a long aside only the name before it speaks.
        if let Some((name_end, _)) = aside.filter(|_| v - last_mark > MAX_VERB_DISTANCE) {
            let name = toks[ct + 1].span.start..toks[name_end].span.end;
            // ("Sen. Roe": past a title.)
            let speaker = out.mentions.iter().position(|m| {
                m.span.start >= name.start
                    && m.span.end == name.end
                    && m.entity_type == EntityType::Person
            });
            return (speaker, RULE_ATTRIBUTED);
        }
        let window = toks[ct + 1].span.start..attribution_end(toks, v);
        if let Some(r) = speaker_near_verb(ctx, out, cs, v, window, quote_start) {
            return r;
        }
    }
    (None, RULE_ATTRIBUTED)
}

/// A person named at the start of the quote's sentence ("Roe described the plan as “…”"), or
/// a sentence-initial "He"/"She".
fn sentence_subject(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    quote_start: usize,
) -> Option<usize> {
    let toks = &ctx.sentences[s].tokens;
    let head_end = toks
        .get(4)
        .map_or(ctx.sentences[s].span.end, |t| t.span.start)
        .min(quote_start);
    if let Some(first) = toks.first()
        && PRONOUNS.contains(&first.text(ctx.text()).to_lowercase().as_str())
    {
        return pronoun_antecedent(ctx, out, quote_start, first.text(ctx.text()));
    }
    let opens = |m: &crate::extract::EntityMention| {
        m.sentence == s && m.span.start < head_end && m.span.end <= quote_start
    };
    // An organization or country counts only as the sentence's very first words ("Acme
    // confirmed the deal and said …").
    let first_word = toks
        .iter()
        .find(|t| t.kind == TokenKind::Word)
        .map(|t| t.span.start);
    out.mentions
        .iter()
        .position(|m| opens(m) && m.entity_type == EntityType::Person)
        .or_else(|| {
            out.mentions.iter().position(|m| {
                opens(m) && can_speak(m.entity_type) && Some(m.span.start) == first_word
            })
        })
}

/// Finds the speaker in the sentences around the marks.
fn find_speaker(
    ctx: &DocContext<'_>,
    out: &Extraction,
    open: (usize, usize),
    close: Option<(usize, usize)>,
    quote_start: usize,
) -> (Option<usize>, &'static str) {
    if let Some(c) = close
        && let (Some(sp), rule) = find_speaker_after(ctx, out, c, quote_start)
    {
        return (Some(sp), rule);
    }
    if let Some(m) = close.and_then(|c| dash_credit(ctx, out, c)) {
        return (Some(m), RULE_DASH_CREDIT);
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
    close
        .and_then(|c| speaker_in_next_sentence(ctx, out, c, quote_start))
        .unwrap_or((None, RULE_ATTRIBUTED))
}

/// "“Who are you?” Roe asked.", "“Never!” said Roe, …": a question or an exclamation
/// closed by its mark ends the sentence, and the attribution opens the next one in the
/// paragraph: a reporting verb among its first words, with the speaker or a stop right after
/// it ("The Times never added a link" adds no words to the quote).
fn speaker_in_next_sentence(
    ctx: &DocContext<'_>,
    out: &Extraction,
    (cs, ct): (usize, usize),
    quote_start: usize,
) -> Option<(Option<usize>, &'static str)> {
    let next = ctx.sentences.get(cs + 1)?;
    if ct + 1 != ctx.sentences[cs].tokens.len()
        || ct == 0
        || !matches!(ctx.token(cs, ct - 1), "?" | "!")
        || next.paragraph != ctx.sentences[cs].paragraph
    {
        return None;
    }
    // (A finite form: "Roe's niece, state Del. Lee, shouted" has a noun "state".)
    let v = (0..next.tokens.len().min(5))
        .take_while(|&i| next.tokens[i].kind != TokenKind::Quote)
        .find(|&i| {
            is_reporting(ctx, cs + 1, i)
                && ctx
                    .ontology
                    .verbs
                    .get(ctx.lower_token(cs + 1, i))
                    .is_some_and(|f| (f.past || f.third) && !f.base)
        })?;
    let after = next.tokens.get(v + 1).map_or(".", |t| t.text(ctx.text()));
    // ("Hale replied, “…”": a verb that introduces the next quotation is that one's.)
    let introduces_next = matches!(after, "," | ":")
        && next
            .tokens
            .get(v + 2)
            .is_some_and(|t| t.kind == TokenKind::Quote);
    if !(matches!(after, "." | "," | ";" | ":") || after.starts_with(char::is_uppercase))
        || introduces_next
    {
        return None;
    }
    let window = next.tokens[0].span.start..attribution_end(&next.tokens, v);
    speaker_near_verb(ctx, out, cs + 1, v, window, quote_start)
}

/// The byte where the attribution around the reporting verb at token `v` ends: at the
/// sentence's end or before the next quotation mark ("“…,” said one member, “and beat Tom
/// Hale.”": the next quotation is not the attribution's).
fn attribution_end(toks: &[crate::text::Token], v: usize) -> usize {
    let end = (v + 1..toks.len())
        .find(|&i| toks[i].kind == TokenKind::Quote)
        .map_or(toks.len() - 1, |q| q.saturating_sub(1).max(v));
    toks[end].span.end
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

/// The first person in `range` outside quotation marks, else the first organization or
/// country.
fn first_speaker_mention(out: &Extraction, range: Range<usize>) -> Option<usize> {
    let candidate = |m: &crate::extract::EntityMention| {
        m.span.start >= range.start && m.span.end <= range.end && !out.quoted(m.span.start)
    };
    out.mentions
        .iter()
        .position(|m| candidate(m) && m.entity_type == EntityType::Person)
        .or_else(|| {
            out.mentions
                .iter()
                .position(|m| candidate(m) && can_speak(m.entity_type))
        })
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
    let lower = |i: usize| toks[i].text(text).to_lowercase();
    // A pronoun just before the verb is its subject ("he said", "she also told").
    if let Some(i) = (v.saturating_sub(3)..v).find(|&i| PRONOUNS.contains(&lower(i).as_str())) {
        let pronoun = toks[i].text(text);
        return Some((
            pronoun_antecedent(ctx, out, quote_start, pronoun),
            RULE_PRONOUN,
        ));
    }
    // "…, adding, “…”": the subject of the whole sentence.
    if v > 0 && toks[v - 1].text(text) == "," && ctx.ontology.continues_statement(&lower(v)) {
        let sentence = ctx.sentences[s].span.start..verb.start;
        if let Some(m) = first_speaker_mention(out, sentence) {
            return Some((Some(m), RULE_ATTRIBUTED));
        }
    }
    // "the president said": the person this document gave that title.
    if v > 0
        && ctx.ontology.is_title(&lower(v - 1))
        && (v < 2 || !is_capitalised_word(text, &toks[v - 2]))
    {
        return Some((
            described_person(ctx, out, &lower(v - 1), quote_start),
            RULE_DESCRIPTION,
        ));
    }
    let inside = |m: &crate::extract::EntityMention, r: Range<usize>| {
        m.span.start >= r.start
            && m.span.end <= r.end
            && can_speak(m.entity_type)
            && !out.quoted(m.span.start)
    };
    let is_person = |i: usize| out.mentions[i].entity_type == EntityType::Person;
    let before: Vec<usize> = (0..out.mentions.len())
        .filter(|&i| inside(&out.mentions[i], window.start..verb.start))
        .collect();
    // The subject is the nearest person before the verb with no comma in between ("… Roe
    // predicted"); past commas, the person an appositive follows ("Roe, who chairs the
    // committee that questioned Smith, said").
    let gap = |i: usize| &text[out.mentions[i].span.end..verb.start];
    let nearest = before
        .iter()
        .rev()
        .copied()
        .filter(|&i| is_person(i))
        .find(|&i| !gap(i).contains(','));
    let appositive = || {
        before
            .iter()
            .copied()
            .find(|&i| is_person(i) && gap(i).trim_start().starts_with(','))
    };
    if let Some(m) = nearest
        .or_else(appositive)
        .or_else(|| before.iter().copied().find(|&i| is_person(i)))
    {
        return Some((Some(m), RULE_ATTRIBUTED));
    }
    // "said Jane Roe", "said a government spokesman, Jane Roe": a person soon after the verb,
    // else an organization or country right before or after it.
    let after: Vec<usize> = (0..out.mentions.len())
        .filter(|&i| inside(&out.mentions[i], verb.end..window.end))
        .collect();
    let words_to = |m: usize| {
        text[verb.end..out.mentions[m].span.start]
            .split_whitespace()
            .count()
    };
    if let Some(&m) = after.iter().find(|&&i| is_person(i) && words_to(i) <= 8) {
        return Some((Some(m), RULE_ATTRIBUTED));
    }
    if let Some(&m) = before.last()
        && gap(m).split_whitespace().count() <= 4
    {
        return Some((Some(m), RULE_ATTRIBUTED));
    }
    after
        .first()
        .filter(|&&m| words_to(m) <= 3)
        .map(|&m| (Some(m), RULE_ATTRIBUTED))
}

fn is_capitalised_word(text: &str, tok: &crate::text::Token) -> bool {
    tok.kind == TokenKind::Word && tok.text(text).starts_with(char::is_uppercase)
}

/// The person a description such as "the president" refers to: the last person before the
/// quote whose role in this document has that title word (or whose party it is: "the
/// Republican").
fn described_person(
    ctx: &DocContext<'_>,
    out: &Extraction,
    title_word: &str,
    quote_start: usize,
) -> Option<usize> {
    let text = ctx.text();
    let holders: Vec<usize> = out
        .relations
        .iter()
        .filter(|r| {
            matches!(
                r.relation_type.as_str(),
                "holds_role" | crate::extract::role::MEMBER_OF
            )
        })
        .filter(|r| match &r.object {
            crate::extract::Arg::Literal(t) => {
                t.to_lowercase().split_whitespace().any(|w| w == title_word)
            }
            _ => false,
        })
        .map(|r| r.subject)
        .collect();
    let names: Vec<&str> = holders
        .iter()
        .map(|&h| &text[out.mentions[h].span.clone()])
        .collect();
    out.mentions.iter().rposition(|m| {
        m.span.end <= quote_start
            && m.entity_type == EntityType::Person
            && names
                .iter()
                .any(|n| n.ends_with(&text[m.span.clone()]) || text[m.span.clone()].ends_with(n))
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_document;
    use crate::ingest::Document;
    use crate::ontology::Ontology;

    /// (quote text, speaker text) for every quote.
    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        let doc = Document::from_text("t", "t", text.to_string());
        let (_, out) = extract_document(&doc, Ontology::shipped());
        out.quotes
            .iter()
            .map(|q| {
                let speaker = q
                    .speaker
                    .map(|m| doc.text[out.mentions[m].span.clone()].to_string());
                (doc.text[q.span.clone()].to_string(), speaker)
            })
            .collect()
    }

    fn speaker_of<'a>(found: &'a [(String, Option<String>)], starts: &str) -> Option<&'a str> {
        found
            .iter()
            .find(|(q, _)| q.starts_with(starts))
            .and_then(|(_, s)| s.as_deref())
    }

    #[test]
    fn a_dash_after_the_quote_credits_its_speaker() {
        let q = quotes(
            "“We cannot let this happen again to our town.” ― Odile Marchetti\n“The plan will not work for anyone here.” — Anna Berg, Lisbon",
        );
        assert_eq!(speaker_of(&q, "We cannot let"), Some("Odile Marchetti"));
        assert_eq!(speaker_of(&q, "The plan will"), Some("Anna Berg"));
    }

    #[test]
    fn speaker_after_the_quote_curly_and_straight() {
        let q = quotes(
            "“We will rebuild the harbor this year,” Odile Marchetti said.\n\"The money is already in the budget,\" said Marchetti.",
        );
        assert_eq!(speaker_of(&q, "We will rebuild"), Some("Odile Marchetti"));
        assert_eq!(speaker_of(&q, "The money is"), Some("Marchetti"));
    }

    #[test]
    fn the_speaker_after_a_quote_may_have_a_long_aside_before_the_verb() {
        let q = quotes(
            "“It has been a long time coming,” Sen. Tom Hale, the Tarsk Republican who led the fight for the harbor bill, said before the vote.\n“The harbor will open in June,” Jim Press, vice president of the Oskol sales arm of Acme Corp, said.",
        );
        assert_eq!(speaker_of(&q, "It has been"), Some("Tom Hale"));
        // No person opens the aside: no one in it speaks.
        assert_eq!(speaker_of(&q, "The harbor will"), None);
    }

    #[test]
    fn a_question_or_an_exclamation_takes_the_speaker_after_it() {
        let q = quotes(
            "The talks went on.\n“Where did you get the money for this plan?” Odile Marchetti asked.\n\"We will never give up the harbor!\" said Tomas Brenner.\nOdile Marchetti wrote: “Who will pay for the new harbor?” The Harbor Board never added a word.\nTomas Brenner asked, “Will the port open in time for the summer?” Marchetti replied, “It will open on time.”",
        );
        assert_eq!(speaker_of(&q, "Where did you"), Some("Odile Marchetti"));
        assert_eq!(speaker_of(&q, "We will never"), Some("Tomas Brenner"));
        assert_eq!(speaker_of(&q, "Who will pay"), Some("Odile Marchetti"));
        assert_eq!(speaker_of(&q, "Will the port"), Some("Tomas Brenner"));
    }

    #[test]
    fn speaker_before_the_quote_and_split_quotes() {
        let q = quotes(
            "Odile Marchetti told reporters: “The harbor will open in May.”\n“It was hard,” she said, “but the workers never gave up on it.”",
        );
        assert_eq!(speaker_of(&q, "The harbor will"), Some("Odile Marchetti"));
        assert_eq!(speaker_of(&q, "but the workers"), Some("Odile Marchetti"));
    }

    #[test]
    fn pronoun_speaker_resolves_to_the_last_subject() {
        let q = quotes(
            "On Monday, Odile Marchetti visited the port with Tomas Brenner.\n“We have waited too long for this day,” she said.",
        );
        assert_eq!(speaker_of(&q, "We have waited"), Some("Odile Marchetti"));
        // A name in a clause an -ing form opens is no subject; "According to" names a source.
        let q = quotes(
            "Speaking at an event honouring Jim Beck in May, Tom Hale said the law was a mistake.\n\n“It was a big mistake,” he said.",
        );
        assert_eq!(speaker_of(&q, "It was a big"), Some("Tom Hale"));
        let q = quotes(
            "According to Jim Beck, Tom Hale vowed to stay.\n\n“I told him I hoped he would stay here,” he said.",
        );
        assert_eq!(speaker_of(&q, "I told him"), Some("Jim Beck"));
    }

    #[test]
    fn quote_continuing_in_the_next_paragraph_keeps_its_speaker() {
        let q = quotes(
            "“The first phase is finished and paid for,” Tomas Brenner said.\n\n“The second phase will start after the winter storms.”",
        );
        assert_eq!(speaker_of(&q, "The second phase"), Some("Tomas Brenner"));
    }

    #[test]
    fn paragraph_that_opens_a_quote_without_closing_it() {
        let q = quotes(
            "Tomas Brenner said: “The first phase is finished and paid for.\n\n“The second phase will start after the winter storms,” he added.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(
            q.iter().all(|(_, s)| s.as_deref() == Some("Tomas Brenner")),
            "{q:?}"
        );
    }

    #[test]
    fn verbs_of_manner_of_speaking_attribute_a_quote() {
        for verb in [
            "quipped",
            "joked",
            "mused",
            "sighed",
            "speculated",
            "opined",
        ] {
            let q = quotes(&format!(
                "Prices rose. “We will keep the shop closed until the spring,” Ann Lee {verb}."
            ));
            assert_eq!(
                speaker_of(&q, "We will keep"),
                Some("Ann Lee"),
                "{verb}: {q:?}"
            );
        }
    }

    #[test]
    fn a_name_in_the_next_quotation_is_not_the_speaker() {
        let q = quotes(
            "Prices rose. Ann Lee spoke. “We will keep the shop closed until the spring,” said one of the owners, “and Tom Hale will not change that.”",
        );
        assert_eq!(speaker_of(&q, "We will keep"), None, "{q:?}");
    }

    #[test]
    fn a_party_noun_names_its_member() {
        let q = quotes(
            "Prices rose. Ann Lee, an Ohio Democrat, spoke first. “We will keep the shop closed until the spring,” the Democrat said.",
        );
        assert_eq!(speaker_of(&q, "We will keep"), Some("Ann Lee"), "{q:?}");
    }

    #[test]
    fn a_short_quote_opening_its_sentence_before_an_attribution_is_speech() {
        let q = quotes(
            "Ann Lee spoke on Monday.\n\n“We won,” she said. \"Roe tightened the race,\" says Tom Hale.",
        );
        assert_eq!(speaker_of(&q, "We won"), Some("Ann Lee"), "{q:?}");
        assert_eq!(speaker_of(&q, "Roe tightened"), Some("Tom Hale"), "{q:?}");
        // A term inside its sentence stays a term.
        let q = quotes("Critics called it a “total disaster,” Tom Hale said.");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn scare_quotes_are_not_speech() {
        let q = quotes("Critics called the plan a “strategic partnership” of convenience.");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn an_unbalanced_mark_does_not_swallow_the_article() {
        let q = quotes(
            "The mayor’s “plan was late.\n\nBudgets rose.\n\nTaxes fell.\n\nRoads closed.\n\nSchools opened.\n\n“We are ready for the next season now,” Odile Marchetti said.",
        );
        assert_eq!(
            speaker_of(&q, "We are ready"),
            Some("Odile Marchetti"),
            "{q:?}"
        );
        assert!(!q.iter().any(|(t, _)| t.contains("Schools")), "{q:?}");
    }

    #[test]
    fn straight_marks_pair_by_their_spacing() {
        let q = quotes(
            "The plan was called \"fine. \"We will finish the bridge before the rains come,\" Odile Marchetti said. Work starts soon.",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_of(&q, "We will finish"), Some("Odile Marchetti"));
    }
}
