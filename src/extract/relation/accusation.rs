//! What someone is accused of doing: "Lee accused Ruritanian agents of hacking the council's
//! servers", "12 officers are charged with bribing officials". Part of the trigger-word relation
//! extractor. The accused is the subject of the verb after "of" (or "with", "for"), and the
//! accuser, when named, claims it; the relation carries `modality: alleged`, since the sentence
//! reports an accusation, not a fact.

use std::collections::BTreeMap;

use super::{
    Claimant, OBJECT_STOP, PASSIVE_AUX, argument_role, can_act, clause_break, noun_phrase_after,
    word_gap,
};
use crate::extract::types::{Arg, DocContext, Extraction, RelationMention};

const RULE_ACCUSATION: &str = "relation/accused-of";

/// Lemmas of verbs that accuse someone of an act named by an "-ing" form after "of", "with"
/// or "for".
pub(super) const ACCUSING: &[&str] = &["accuse", "charge", "suspect", "convict", "indict", "blame"];

pub(super) fn accusations(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    in_sentence: &[usize],
    claimant: Option<Claimant>,
) -> Vec<RelationMention> {
    let text = ctx.text();
    let o = ctx.ontology;
    let toks = &ctx.sentences[s].tokens;
    let mut found = Vec::new();
    // "of" (or "with", "for") not after a comma, where the act follows. Only a word at most
    // eight tokens before one can accuse, so most words need no lexicon look-up at all: looking
    // up every word of every sentence was most of this function.
    let words = ctx.token_texts(s);
    let prepositions: Vec<usize> = (1..toks.len())
        .filter(|&k| {
            matches!(words[k], "of" | "with" | "for") && !matches!(words[k - 1], "," | ";")
        })
        .collect();
    let mut next_preposition = prepositions.iter().copied().peekable();
    for (i, tok) in toks.iter().enumerate() {
        // "of" (or "with", "for"), adverbs such as "allegedly", then the act.
        while next_preposition.next_if(|&k| k <= i).is_some() {}
        let Some(of) = next_preposition.peek().copied().filter(|&k| k < i + 9) else {
            continue;
        };
        // The lower case form made once per document.
        let word = ctx.lower_token(s, i);
        let mut claimant_allowed = true;
        let Some(form) = o.verbs.get(word) else {
            continue;
        };
        if !ACCUSING.contains(&form.lemma.as_str()) {
            continue;
        }
        if (i + 1..of).any(|k| matches!(ctx.token(s, k), "," | ";" | ":")) {
            continue;
        }
        // "Roe isn't accusing Lee of lying": an accusation denied alleges nothing.
        if super::negation_just_before(ctx, s, i) {
            continue;
        }
        let mut act = of + 1;
        while ctx.token(s, act).ends_with("ly") && act < of + 3 {
            act += 1;
        }
        let act_word = ctx.lower_token(s, act);
        let Some(act_form) = o.verbs.get(act_word).filter(|_| act_word.ends_with("ing")) else {
            continue;
        };
        // Active, "accused Ruritanian agents of": the accused stand between the verb and "of"
        // (a country owning them acts through them). Passive, "agents were accused of": the
        // accused are the name before the auxiliaries.
        let passive = i > 0 && PASSIVE_AUX.contains(&ctx.lower_token(s, i - 1));
        // A name inside a phrase ("the owners of Acme were accused") is not who was accused.
        let in_phrase = |m: usize| {
            let mut k = toks.partition_point(|x| x.span.end <= out.mentions[m].span.start);
            if k > 0 && matches!(ctx.lower_token(s, k - 1), "the" | "a" | "an") {
                k -= 1;
            }
            k > 0 && {
                let w = ctx.lower_token(s, k - 1);
                w == "of" || OBJECT_STOP.contains(&w)
            }
        };
        let accused = if passive {
            in_sentence.iter().rev().copied().find(|&m| {
                out.mentions[m].span.end <= toks[i].span.start
                    && can_act(out.mentions[m].entity_type)
                    && !in_phrase(m)
                    && !clause_break(text, out.mentions[m].span.end, toks[i].span.start)
                    && word_gap(text, out.mentions[m].span.end, toks[i].span.start) <= 4
            })
        } else {
            in_sentence.iter().copied().find(|&m| {
                out.mentions[m].span.start >= tok.span.end
                    && out.mentions[m].span.end <= toks[of].span.start
                    && can_act(out.mentions[m].entity_type)
            })
        };
        let Some(accused) = accused else {
            continue;
        };
        // The accuser: the name before an active verb, else the sentence's source; but who
        // accuses in a participle clause (", accusing X of") is not this sentence's to say.
        let participle_clause =
            i > 0 && word.ends_with("ing") && !PASSIVE_AUX.contains(&ctx.lower_token(s, i - 1));
        if participle_clause {
            claimant_allowed = false;
        }
        // "accused by unions of": the agent of a passive, named or not, is the accuser.
        let by_agent = passive && ctx.token(s, i + 1) == "by";
        if by_agent {
            claimant_allowed = false;
        }
        let accuser = if by_agent {
            in_sentence.iter().copied().find(|&m| {
                out.mentions[m].span.start >= toks[i + 1].span.end
                    && out.mentions[m].span.end <= toks[of].span.start
                    && can_act(out.mentions[m].entity_type)
            })
        } else if passive {
            None
        } else {
            in_sentence.iter().rev().copied().find(|&m| {
                out.mentions[m].span.end <= tok.span.start
                    && can_act(out.mentions[m].entity_type)
                    && word_gap(text, out.mentions[m].span.end, tok.span.start) <= 3
                    && !clause_break(text, out.mentions[m].span.end, tok.span.start)
                    // "the Council, accusing X of": the participle's subject is not the
                    // name before the comma.
                    && !(participle_clause
                        && text[out.mentions[m].span.end..tok.span.start].contains(','))
            })
        }
        .or(claimant
            .and_then(|c| c.of_verb_at(ctx, s, i))
            .filter(|_| claimant_allowed))
        .filter(|&m| m != accused);
        // "carrying out the attack": a particle belongs to the verb.
        let mut predicate = act_form.lemma.clone();
        let mut object_from = act + 1;
        if crate::extract::svo::phrasal(ctx, s, act) {
            predicate = format!("{predicate} {}", ctx.token(s, act + 1));
            object_from += 1;
        }
        // What was done: a name within a few words, else the words after the act.
        let after_act = toks[object_from - 1].span.end;
        let named = in_sentence.iter().copied().find(|&m| {
            out.mentions[m].span.start >= after_act
                && word_gap(text, after_act, out.mentions[m].span.start) <= 2
                && argument_role(ctx, s, out.mentions[m].span.clone()).0 == "object"
                // "using Acme's funds": a possessive owner is not what was used.
                && !matches!(
                    ctx.token(s, ctx.token_from(s, out.mentions[m].span.end)),
                    "'s" | "’s"
                )
                && m != accused
        });
        let Some(object) = named
            .map(Arg::Mention)
            .or_else(|| noun_phrase_after(ctx, s, object_from).map(Arg::Literal))
        else {
            continue;
        };
        let mut qualifiers = BTreeMap::new();
        qualifiers.insert("modality".to_string(), Arg::Literal("alleged".to_string()));
        if let Some(c) = accuser {
            qualifiers.insert("claimant".to_string(), Arg::Mention(c));
        }
        // "hacking emails from the Roe campaign and the Acme Party": where it was taken from,
        // a name that is no modifier of a noun after it first.
        let object_end = match &object {
            Arg::Mention(m) => out.mentions[*m].span.end,
            Arg::Literal(phrase) => toks[object_from].span.start + phrase.len(),
            _ => after_act,
        };
        if text[object_end..].trim_start().starts_with("from ") {
            let sources: Vec<usize> = in_sentence
                .iter()
                .copied()
                .filter(|&m| {
                    out.mentions[m].span.start > object_end
                        && word_gap(text, object_end, out.mentions[m].span.start) <= 8
                        && !clause_break(text, object_end, out.mentions[m].span.start)
                })
                .collect();
            let origin = sources
                .iter()
                .copied()
                .find(|&m| !argument_role(ctx, s, out.mentions[m].span.clone()).1)
                .or(sources.first().copied());
            if let Some(origin) = origin {
                qualifiers.insert("origin".to_string(), Arg::Mention(origin));
            }
        }
        let relation_type = o
            .triggers
            .get(act_word)
            .map_or("acts_on", |&r| o.relations[r].id.as_str());
        found.push(RelationMention {
            subject: accused,
            predicate,
            relation_type: relation_type.to_string(),
            object,
            qualifiers,
            span: ctx.sentences[s].span.clone(),
            rule: RULE_ACCUSATION,
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::tests::relations;

    #[test]
    fn the_accused_did_the_act_after_of_as_the_accuser_claims() {
        let r = relations(
            "Anna Berg accused Chilean intelligence officers of hacking the Lisbon Dockers Union's servers. Twelve Brazilian agents are charged with allegedly bribing Odile Marchetti.",
        );
        let hack = r.iter().find(|x| x.1 == "hack").expect("a hack relation");
        assert_eq!(hack.0, "Chilean");
        assert!(
            hack.3
                .contains(&("claimant".to_string(), "Anna Berg".to_string())),
            "{r:?}"
        );
        assert!(
            hack.3
                .contains(&("modality".to_string(), "alleged".to_string())),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Brazilian" && x.1 == "bribe" && x.2 == "Odile Marchetti"),
            "{r:?}"
        );
    }

    #[test]
    fn an_accusation_denied_alleges_nothing() {
        let r = relations(
            "Ann Lee isn’t accusing Jim Beck of breaking his pledge. Ann Lee, who was not there, accused Tom Hale of breaking the law.",
        );
        assert!(r.iter().all(|x| x.0 != "Jim Beck"), "{r:?}");
        assert!(
            r.iter().any(|x| x.0 == "Tom Hale" && x.1 == "break"),
            "{r:?}"
        );
    }

    #[test]
    fn accusing_someone_with_no_act_after_of_is_no_accusation() {
        let r = relations("Anna Berg accused Brazil of bad faith.");
        assert!(
            r.iter().all(|x| !x.3.iter().any(|(k, _)| k == "modality")),
            "{r:?}"
        );
    }
}
