//! Relations and events named by a trigger word, with their qualifiers.
//!
//! ## What it extracts
//! "SUBJECT TRIGGER OBJECT" statements for the relation types declared in
//! `ontology/relations.tsv`, with a quantity ("3,000 troops"), a destination or place ("to
//! Ruritania", "in Springfield") and a claimant (the source of a reporting verb or "according
//! to" in the same sentence).
//!
//! ## Pattern
//! For each trigger word in a sentence: the subject is the nearest name before it that can act
//! (a person, organization or country); the object is the first name after it, or, for types
//! that allow literals, a counted noun ("3,000 troops" → object "troops", quantity 3000); a
//! name after "to"/"into"/"in"/"at" is the destination or place.
//!
//! ## Example
//! "Ruritania sent 2,500 soldiers to Freedonia, officials said." → Ruritania send "soldiers"
//! {quantity: 2500, destination: Freedonia}.
//!
//! ## Known misses
//! Subjects in an earlier sentence, passives with the agent after "by", nested clauses.
//!
//! ## Data used
//! `ontology/relations.tsv`, `ontology/lexicon/reporting_verbs.tsv`

use std::collections::BTreeMap;

use super::types::{Arg, DocContext, Extraction, Extractor, RelationMention};
use crate::graph::EntityType;
use crate::text::TokenKind;

pub struct TriggeredRelations;

const RULE_TRIGGER: &str = "relation/trigger";

/// Words before a quantity that qualify it; kept as the `approximation` qualifier.
const APPROXIMATIONS: &[&[&str]] = &[
    &["as", "many", "as"],
    &["up", "to"],
    &["at", "least"],
    &["more", "than"],
    &["nearly"],
    &["about"],
    &["around"],
    &["approximately"],
    &["roughly"],
    &["some"],
    &["over"],
    &["almost"],
];

const NUMBER_WORDS: &[(&str, u64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("dozen", 12),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("hundred", 100),
    ("thousand", 1000),
];

const SCALES: &[(&str, u64)] = &[
    ("hundred", 100),
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("m", 1_000_000),
    ("mn", 1_000_000),
    ("billion", 1_000_000_000),
    ("bn", 1_000_000_000),
    ("b", 1_000_000_000),
    ("trillion", 1_000_000_000_000),
    ("tn", 1_000_000_000_000),
    ("k", 1_000),
];

impl Extractor for TriggeredRelations {
    fn id(&self) -> &'static str {
        "relation"
    }

    fn description(&self) -> &'static str {
        "Relations named by trigger words from ontology/relations.tsv, with subject, object, quantity, place and claimant."
    }

    fn extract(&self, ctx: &DocContext<'_>, out: &mut Extraction) {
        let text = ctx.text();
        let o = ctx.ontology;
        for (s, sentence) in ctx.sentences.iter().enumerate() {
            let toks = &sentence.tokens;
            let in_sentence: Vec<usize> = out
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.sentence == s)
                .map(|(i, _)| i)
                .collect();
            if in_sentence.is_empty() {
                continue;
            }
            let claimant = find_claimant(ctx, out, s, &in_sentence);
            for (t, tok) in toks.iter().enumerate() {
                if tok.kind != TokenKind::Word {
                    continue;
                }
                let word = tok.text(text).to_lowercase();
                let Some(&r_ix) = o.triggers.get(&word) else {
                    continue;
                };
                let rtype = &o.relations[r_ix];
                // Subject: nearest acting name before the trigger, not inside a quote.
                let Some(subject) = in_sentence.iter().rev().copied().find(|&m| {
                    out.mentions[m].span.end <= tok.span.start
                        && can_act(out.mentions[m].entity_type)
                }) else {
                    continue;
                };
                if Some(subject) == claimant
                    && word_gap(text, out.mentions[subject].span.end, tok.span.start) > 6
                {
                    continue;
                }
                let after: Vec<usize> = in_sentence
                    .iter()
                    .copied()
                    .filter(|&m| out.mentions[m].span.start >= tok.span.end && m != subject)
                    .collect();
                let mut qualifiers = BTreeMap::new();
                let mut object = None;
                // Quantity: a number within a few words after the trigger (or before it, in a
                // passive: "3,000 troops were sent").
                let window_end = (t + 8).min(toks.len());
                let quantity = (t + 1..window_end)
                    .find_map(|i| parse_quantity(ctx, s, i).map(|q| (i, q)))
                    .or_else(|| {
                        (t.saturating_sub(6)..t)
                            .rev()
                            .find_map(|i| parse_quantity(ctx, s, i).map(|q| (i, q)))
                    });
                if let Some((qi, (amount, qtext, next))) = quantity {
                    if let Some(approx) = approximation(ctx, s, qi) {
                        qualifiers.insert("approximation".to_string(), Arg::Literal(approx));
                    }
                    qualifiers.insert(
                        "quantity".to_string(),
                        Arg::Quantity {
                            amount,
                            text: qtext,
                        },
                    );
                    // The counted noun: skip adjectives and demonyms up to a lower-case noun.
                    if let Some(noun) =
                        (next..(next + 4).min(toks.len()))
                            .map(|i| &toks[i])
                            .find(|t| {
                                t.kind == TokenKind::Word
                                    && t.text(text).starts_with(|c: char| c.is_lowercase())
                            })
                        && rtype.object_may_be_literal
                    {
                        object = Some(Arg::Literal(noun.text(text).to_string()));
                    }
                }
                for &m in after.iter().take(3) {
                    let ment = &out.mentions[m];
                    let prev_word = toks
                        .iter()
                        .rposition(|x| x.span.end <= ment.span.start)
                        .map(|i| toks[i].text(text).to_lowercase())
                        .unwrap_or_default();
                    let role = match prev_word.as_str() {
                        "to" | "into" | "toward" | "towards" => "destination",
                        "in" | "at" | "near" | "inside" => "place",
                        "from" => "origin",
                        "with" | "and" => "counterpart",
                        _ => "object",
                    };
                    if role == "object" && object.is_none() {
                        object = Some(Arg::Mention(m));
                    } else if role != "object" {
                        qualifiers
                            .entry(role.to_string())
                            .or_insert(Arg::Mention(m));
                    }
                }
                let object = match object {
                    Some(o) => o,
                    None => match qualifiers
                        .get("destination")
                        .or(qualifiers.get("counterpart"))
                    {
                        Some(arg) => arg.clone(),
                        None => continue,
                    },
                };
                if let Some(c) = claimant
                    && c != subject
                {
                    qualifiers.insert("claimant".to_string(), Arg::Mention(c));
                }
                out.relations.push(RelationMention {
                    subject,
                    predicate: rtype.id.clone(),
                    object,
                    qualifiers,
                    span: sentence.span.clone(),
                    rule: RULE_TRIGGER,
                });
            }
        }
    }
}

fn can_act(t: EntityType) -> bool {
    matches!(
        t,
        EntityType::Person | EntityType::Organization | EntityType::Country
    )
}

fn word_gap(text: &str, a: usize, b: usize) -> usize {
    text.get(a..b).map_or(0, |s| s.split_whitespace().count())
}

/// The source a sentence attributes its content to: "according to X", or the name right
/// before a reporting verb ("X said", "X estimates").
fn find_claimant(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    in_sentence: &[usize],
) -> Option<usize> {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    for (i, tok) in toks.iter().enumerate() {
        let w = tok.text(text);
        if w.eq_ignore_ascii_case("according")
            && toks.get(i + 1).is_some_and(|t| t.text(text) == "to")
        {
            let after = toks[i + 1].span.end;
            return in_sentence.iter().copied().find(|&m| {
                out.mentions[m].span.start >= after && can_act(out.mentions[m].entity_type)
            });
        }
        if tok.kind == TokenKind::Word && ctx.ontology.reporting_lemma(w).is_some() {
            return in_sentence.iter().rev().copied().find(|&m| {
                out.mentions[m].span.end <= tok.span.start
                    && can_act(out.mentions[m].entity_type)
                    && word_gap(text, out.mentions[m].span.end, tok.span.start) <= 3
            });
        }
    }
    None
}

/// Parses a quantity starting at token `i`: "3,000", "28.3bn", "$60 billion", "nine".
/// Returns the plain decimal amount, the text as written, and the index of the token after it.
fn parse_quantity(ctx: &DocContext<'_>, s: usize, i: usize) -> Option<(String, String, usize)> {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    let tok = &toks[i];
    let word = tok.text(text);
    let (mut value, mut end, mut next): (f64, usize, usize) = match tok.kind {
        TokenKind::Number => {
            // A year is a date, not a quantity.
            if word.len() == 4
                && !word.contains([',', '.'])
                && (word.starts_with("19") || word.starts_with("20"))
            {
                return None;
            }
            (word.replace(',', "").parse().ok()?, tok.span.end, i + 1)
        }
        TokenKind::Word => {
            let lw = word.to_lowercase();
            let (_, v) = NUMBER_WORDS.iter().find(|(w, _)| *w == lw)?;
            (*v as f64, tok.span.end, i + 1)
        }
        _ => return None,
    };
    let start = if i > 0 && matches!(toks[i - 1].text(text), "$" | "£" | "€") {
        toks[i - 1].span.start
    } else {
        tok.span.start
    };
    // "28.3bn" is tokenised as "28.3" + "bn"; "60 billion" as two words.
    if let Some(scale_tok) = toks.get(next) {
        let sw = scale_tok.text(text).to_lowercase();
        if let Some((_, scale)) = SCALES.iter().find(|(w, _)| *w == sw) {
            let attached = scale_tok.span.start == end;
            if attached || sw.len() > 2 {
                value *= *scale as f64;
                end = scale_tok.span.end;
                next += 1;
            }
        }
    }
    if value <= 0.0 || !value.is_finite() {
        return None;
    }
    let amount = if value.fract() == 0.0 {
        format!("{}", value as u64)
    } else {
        format!("{value}")
    };
    Some((amount, text[start..end].to_string(), next))
}

fn approximation(ctx: &DocContext<'_>, s: usize, qi: usize) -> Option<String> {
    let words: Vec<String> = (qi.saturating_sub(3)..qi)
        .map(|i| ctx.token(s, i).to_lowercase())
        .collect();
    APPROXIMATIONS.iter().find_map(|phrase| {
        (words.len() >= phrase.len()
            && words[words.len() - phrase.len()..]
                .iter()
                .zip(phrase.iter())
                .all(|(a, b)| a == b))
        .then(|| phrase.join(" "))
    })
}
