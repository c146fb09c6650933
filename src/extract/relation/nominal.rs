//! Relations named by nouns rather than verbs: meetings ("her talks with Roe") and events
//! ("the union's strike against Acme"). Part of the trigger-word relation extractor.

use std::collections::BTreeMap;

use super::{can_act, clause_break, pronoun_antecedent, word_gap};
use crate::extract::types::{Arg, DocContext, Extraction, RelationMention};
use crate::graph::EntityType;
use crate::text::lower;

const RULE_MEETING: &str = "relation/meeting-noun";
const RULE_NOMINAL: &str = "relation/event-noun";

const MEETING_NOUNS: &[&str] = &[
    "meeting",
    "summit",
    "talks",
    "meetings",
    "summits",
    "conference",
];

/// "his meeting with Roe", "Smith's summit with Roe", "a meeting between Smith and Roe": a
/// meeting named by a noun is a `meet` relation between its parties.
pub(super) fn nominal_meetings(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    in_sentence: &[usize],
) -> Vec<RelationMention> {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    let mention_starting = |k: usize| {
        in_sentence.iter().copied().find(|&m| {
            toks.get(k)
                .is_some_and(|x| x.span.start == out.mentions[m].span.start)
        })
    };
    let mention_ending = |k: usize| {
        in_sentence.iter().copied().find(|&m| {
            toks.get(k)
                .is_some_and(|x| x.span.end == out.mentions[m].span.end)
        })
    };
    let mut found = Vec::new();
    for (n, tok) in toks.iter().enumerate() {
        if !MEETING_NOUNS.contains(&tok.text(text)) || n + 2 >= toks.len() {
            continue;
        }
        // The second party: "with X", or "between X and Y" (then X is the first). A place may
        // come between: "a news conference in Lisbon with Roe".
        let mut k = n + 1;
        if matches!(ctx.token(s, k), "in" | "at")
            && let Some(place) = mention_starting(k + 1)
        {
            k = ctx.token_from(s, out.mentions[place].span.end);
        }
        let (first, second) = match ctx.token(s, k) {
            "with" => {
                // Skip a title before the name: "with President Roe"; "with Brazilian
                // President Roe" meets Roe, not Brazil.
                let Some(mut other) = (k + 1..(k + 4).min(toks.len())).find_map(mention_starting)
                else {
                    continue;
                };
                if out.mentions[other].entity_type == EntityType::Country
                    && let Some(person) = in_sentence.iter().copied().find(|&m| {
                        out.mentions[m].entity_type == EntityType::Person
                            && out.mentions[m].span.start > out.mentions[other].span.end
                            && word_gap(
                                text,
                                out.mentions[other].span.end,
                                out.mentions[m].span.start,
                            ) <= 3
                    })
                {
                    other = person;
                }
                // The first party: a possessive before the noun ("Smith's", "his": the last
                // person named before it in the sentence, else in the sentences before), or
                // the subject of the clause ("Roe said during a meeting with Lee").
                let owner = (n.saturating_sub(4)..n).rev().find_map(|k| {
                    let w = lower(ctx.token(s, k));
                    if matches!(w.as_ref(), "'s" | "’s") {
                        return k.checked_sub(1).and_then(mention_ending);
                    }
                    if matches!(w.as_ref(), "his" | "her") {
                        return in_sentence
                            .iter()
                            .copied()
                            .rev()
                            .find(|&m| {
                                out.mentions[m].entity_type == EntityType::Person
                                    && out.mentions[m].span.end <= toks[k].span.start
                            })
                            .or_else(|| pronoun_antecedent(out, toks[k].span.start));
                    }
                    None
                });
                let owner = owner.or_else(|| {
                    let first = *in_sentence.first()?;
                    (out.mentions[first].span.end <= tok.span.start
                        && out.mentions[first].entity_type == EntityType::Person
                        && !clause_break(text, out.mentions[first].span.end, tok.span.start))
                    .then_some(first)
                });
                let Some(owner) = owner else {
                    continue;
                };
                (owner, other)
            }
            "between" => {
                let Some(a) = (k + 1..(k + 3).min(toks.len())).find_map(mention_starting) else {
                    continue;
                };
                let after_a = ctx.token_from(s, out.mentions[a].span.end);
                if toks.get(after_a).is_none_or(|x| x.text(text) != "and") {
                    continue;
                }
                let Some(b) =
                    (after_a + 1..(after_a + 4).min(toks.len())).find_map(mention_starting)
                else {
                    continue;
                };
                (a, b)
            }
            _ => continue,
        };
        if first == second
            || !can_act(out.mentions[first].entity_type)
            || !can_act(out.mentions[second].entity_type)
        {
            continue;
        }
        // "talks with Roe and union leader Lee": each person named in the list.
        let mut others = vec![second];
        let mut last = second;
        while let Some(k) = toks
            .iter()
            .position(|x| x.span.start >= out.mentions[last].span.end)
            .filter(|&k| ctx.token(s, k) == "and" || ctx.token(s, k) == ",")
            && let Some(next) = in_sentence.iter().copied().find(|&m| {
                out.mentions[m].entity_type == EntityType::Person
                    && out.mentions[m].span.start > toks[k].span.end
                    && word_gap(text, toks[k].span.end, out.mentions[m].span.start) <= 3
            })
            && others.len() < 5
            && !others.contains(&next)
        {
            others.push(next);
            last = next;
        }
        for other in others {
            if other == first {
                continue;
            }
            found.push(RelationMention {
                subject: first,
                predicate: "meet".to_string(),
                relation_type: "meet".to_string(),
                object: Arg::Mention(other),
                qualifiers: BTreeMap::new(),
                span: ctx.sentences[s].span.clone(),
                rule: RULE_MEETING,
            });
        }
    }
    found
}

/// "the union's monthlong strike against Acme", "Acme's attack on Bolt": an event named by a
/// trigger noun, its owner before it and its target after "against", "on" or "with".
pub(super) fn nominal_events(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    in_sentence: &[usize],
) -> Vec<RelationMention> {
    let text = ctx.text();
    let o = ctx.ontology;
    let toks = &ctx.sentences[s].tokens;
    let mut found = Vec::new();
    for n in 2..toks.len() {
        let word = lower(ctx.token(s, n));
        let Some(&r) = o.triggers.get(word.as_ref()) else {
            continue;
        };
        // The possessive, with at most one adjective between ("the union's monthlong strike").
        let mut p = n - 1;
        if ctx.token(s, p).starts_with(char::is_lowercase)
            && !matches!(ctx.token(s, p), "'s" | "’s")
        {
            p -= 1;
        }
        if !matches!(ctx.token(s, p), "'s" | "’s" | "'" | "’") || p == 0 {
            continue;
        }
        let Some(owner) = in_sentence.iter().copied().find(|&m| {
            out.mentions[m].span.end == toks[p - 1].span.end && can_act(out.mentions[m].entity_type)
        }) else {
            continue;
        };
        if !matches!(ctx.token(s, n + 1), "against" | "on" | "with") {
            continue;
        }
        let Some(target) = in_sentence.iter().copied().find(|&m| {
            out.mentions[m].span.start > toks[n + 1].span.start
                && word_gap(text, toks[n + 1].span.end, out.mentions[m].span.start) <= 2
        }) else {
            continue;
        };
        if target == owner {
            continue;
        }
        let predicate = o
            .verbs
            .get(word.as_ref())
            .map_or(word.to_string(), |f| f.lemma.clone());
        found.push(RelationMention {
            subject: owner,
            predicate,
            relation_type: o.relations[r].id.clone(),
            object: Arg::Mention(target),
            qualifiers: BTreeMap::new(),
            span: ctx.sentences[s].span.clone(),
            rule: RULE_NOMINAL,
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::tests::relations;

    #[test]
    fn an_event_named_by_a_noun_with_its_owner_and_target() {
        let r = relations(
            "The talks could end the Lisbon Dockers Union's monthlong strike against Siemens.",
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Lisbon Dockers Union" && x.1 == "strike" && x.2 == "Siemens"),
            "{r:?}"
        );
    }

    #[test]
    fn meetings_named_by_nouns() {
        let r = relations(
            "Critics urged Odile Marchetti to cancel her meeting with President Tomas Brenner.",
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Odile Marchetti" && x.1 == "meet" && x.2 == "Tomas Brenner"),
            "{r:?}"
        );
        let r = relations("A meeting between Brazil and Chile ended early.");
        assert!(
            r.iter()
                .any(|x| x.0 == "Brazil" && x.1 == "meet" && x.2 == "Chile"),
            "{r:?}"
        );
        // The clause's subject meets the person named after "with", past a place and a
        // demonym; the counterpart of other verbs skips the demonym too.
        let r = relations(
            "Odile Marchetti spoke during a news conference in Lisbon with Brazilian President Joao Pereira. Anna Berg cancelled her talks with Portuguese President Tomas Brenner.",
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Odile Marchetti" && x.1 == "meet" && x.2 == "Joao Pereira"),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Anna Berg" && x.1 == "meet" && x.2 == "Tomas Brenner"),
            "{r:?}"
        );
        let r = relations(
            "Anna Berg held secret talks with Tomas Brenner and union leader Joao Pereira.",
        );
        for other in ["Tomas Brenner", "Joao Pereira"] {
            assert!(
                r.iter()
                    .any(|x| x.0 == "Anna Berg" && x.1 == "meet" && x.2 == other),
                "{other}: {r:?}"
            );
        }
    }
}
