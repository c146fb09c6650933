//! Subject–verb–object statements for any verb, named by the verb's lemma.
//!
//! ## What it extracts
//! "NAME VERB OBJECT" clauses whose verb is not a declared trigger or reporting verb (those are
//! the `relation` extractor's): "Acme acquired Bolt", "the union rejected the offer". The
//! predicate is the verb's lemma; prepositional phrases after the object become qualifiers.
//!
//! ## Pattern
//! A name, then optionally an appositive between commas, adverbs, auxiliaries or a date
//! ("on Monday"), then a verb form from the verb lexicon (a past tense, a third-person form, or
//! a base form or participle after an auxiliary). The object is a name within four words, or
//! the noun phrase after the verb; "to"/"in"/"with"/"against"/"from" phrases become
//! destination, place, counterpart, target and origin.
//!
//! ## Example
//! "Bolt Motors on Tuesday closed two plants in Ohio." → Bolt Motors close "two plants"
//! {quantity: 2, place: Ohio}.
//!
//! ## Known misses
//! Subjects given by pronouns other than he/she, verbs far from their subject, and clauses
//! whose verb the lexicon also lists as a noun without an auxiliary before it.
//!
//! ## Data used
//! `ontology/lexicon/verbs.tsv` (lemminflect, MIT), `ontology/relations.tsv`,
//! `ontology/lexicon/reporting_verbs.tsv`

use std::collections::BTreeMap;

use super::relation::{
    ADVERBS_IN_VERB_GROUP, OBJECT_PRONOUNS, OBJECT_STOP, PASSIVE_AUX, RULE_TRIGGER, Unit,
    act_infinitive_at, acts_after_of, acts_for_country, add_claimant_and_date, add_quantity,
    add_unit, approximation, argument_role, asks, can_act, counted_noun, find_claimant,
    finite_or_auxiliary, fits_role, in_one_clause, infinitive_at, inside_quoted_title,
    is_auxiliary, is_quote_mark, joined_by_and, mark_polarity_and_modality, negative_contraction,
    noun_phrase_after, noun_phrase_span_after, object_of_gerund, opens_predicate,
    opens_with_subordinator, parse_quantity, passive_participle_after_noun,
    person_before_apposition, place_aware_role, possessive_determiner, preposition_before,
    some_members, subject_pronoun, tied_to_unnamed_person, with_coordinated_subjects, word_gap,
};
use super::types::{Arg, DocContext, Extraction, Extractor, RelationMention};
use crate::graph::EntityType;
use crate::text::TokenKind;

pub struct SubjectVerbObject;

const RULE_SVO: &str = "relation/subject-verb-object";

/// Words that may stand between a subject and its verb.
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "did",
    "does",
    "do",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "also",
    "not",
    "never",
    "then",
    "still",
    "already",
    "later",
    "earlier",
    "again",
    "just",
    "now",
    "finally",
    "jointly",
    "formally",
    "reportedly",
    "allegedly",
    "officially",
    "recently",
    "previously",
];

/// What an agreement does by its terms ("the pact obliges both sides", "the deal includes 9,000
/// jobs"); other verbs after an agreement's name have a person or body as their subject.
const AGREEMENT_VERBS: &[&str] = &[
    "include",
    "require",
    "oblige",
    "obligate",
    "allow",
    "provide",
    "cover",
    "guarantee",
    "commit",
    "grant",
    "bar",
    "prohibit",
    "create",
    "establish",
    "protect",
    "give",
];

/// Nouns after a country's name or demonym that name the state, or people and forces acting
/// for it.
pub(super) const STATE_BODIES: &[&str] = &[
    "government",
    "authorities",
    "officials",
    "military",
    "army",
    "navy",
    "forces",
    "troops",
    "soldiers",
    "fighters",
    "infantry",
    "personnel",
    "units",
    "officers",
    "agents",
    "diplomats",
    "police",
    "intelligence",
    "hackers",
    "negotiators",
    "aircraft",
    "warplanes",
    "jets",
    "drones",
    "ships",
    "regime",
    "state",
    "leadership",
    "side",
];

/// Particles that make a phrasal verb with the verb before them ("write off", "carry out").
const PARTICLES: &[&str] = &["off", "out", "up", "down", "away"];

/// Whether the verb at token `v` makes a phrasal verb with the particle after it ("wrote off
/// the debts", "laid off 300 staff"); before a figure that counts nothing the word is an
/// adverb of a change ("closed up 9%").
pub(super) fn phrasal(ctx: &DocContext<'_>, s: usize, v: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    let figure_after = toks.get(v + 2).is_some_and(|t| {
        super::relation::is_currency_sign(t.text(ctx.text()))
            || (t.kind == TokenKind::Number && counted_noun(ctx, s, v + 3).is_none())
    });
    PARTICLES.contains(&ctx.lower_token(s, v + 1))
        && !figure_after
        && ctx.ontology.verbs.contains_key(ctx.lower_token(s, v))
}

/// The particle of a phrasal verb whose object is a reflexive pronoun before it: "turned
/// himself in to the police", "gave themselves up." The particle ends the clause or comes
/// before a phrase of its own, not a noun ("found himself in trouble" keeps its "in").
fn particle_after_reflexive<'a>(ctx: &'a DocContext<'_>, s: usize, v: usize) -> Option<&'a str> {
    let reflexive = matches!(
        ctx.lower_token(s, v + 1),
        "himself" | "herself" | "themselves" | "itself" | "myself" | "ourselves" | "yourself"
    );
    let particle = ctx.lower_token(s, v + 2);
    let ends = || {
        let next = ctx.lower_token(s, v + 3);
        next.is_empty()
            || matches!(
                next,
                "." | ","
                    | ";"
                    | ":"
                    | "to"
                    | "on"
                    | "at"
                    | "and"
                    | "after"
                    | "before"
                    | "early"
                    | "late"
                    | "last"
                    | "this"
                    | "yesterday"
                    | "today"
                    | "for"
                    | "with"
                    | "in"
            )
    };
    (reflexive && (PARTICLES.contains(&particle) || particle == "in") && ends()).then_some(particle)
}

/// Verbs whose clauses state no relation between a subject and an object: linking verbs
/// ("looked set to move", "looks nervous": what follows says how the subject seems) and others
/// too light to say what was done.
const LIGHT_VERBS: &[&str] = &[
    "be", "become", "seem", "do", "get", "go", "come", "appear", "remain", "look",
    // "women aged 50": an age, not an act.
    "age",
    // Listed as verbs, but after "are still" they are adverbs ("shares are down 5%").
    "down", "up", "out", "off", "over", "back",
];

/// A verb and the bare noun after it that together say only that something happened or
/// holds ("the talks took place in Oskol", "the ban takes effect in May", "it makes sense"):
/// the noun is no object, and the subject does nothing to anything.
const IDIOMS_WITHOUT_OBJECT: &[(&str, &str)] = &[
    ("make", "sense"),
    ("take", "effect"),
    ("take", "hold"),
    ("take", "place"),
    ("take", "shape"),
];

/// Verbs whose past participle, with a place's preposition right after it, says where the noun
/// before it is, as a passive: "the government based in Oskol", "troops stationed near Tarsk".
const PLACING_PARTICIPLES: &[&str] = &["base", "headquarter", "locate", "station"];

impl Extractor for SubjectVerbObject {
    fn id(&self) -> &'static str {
        "svo"
    }

    fn description(&self) -> &'static str {
        "Subject-verb-object clauses for any verb in the verb lexicon, named by the verb's lemma, with prepositional qualifiers."
    }

    fn extract(&self, ctx: &DocContext<'_>, out: &mut Extraction) {
        let mut found = Vec::new();
        let mut arguments = out.argument_mentions_by_sentence(ctx.sentences.len());
        for (s, sentence) in ctx.sentences.iter().enumerate() {
            let toks = &sentence.tokens;
            let in_sentence = std::mem::take(&mut arguments[s]);
            if in_sentence.is_empty() || asks(ctx, out, s) {
                continue;
            }
            let claimant = find_claimant(ctx, out, s, &in_sentence);
            for &subject in &in_sentence {
                let agreement = out.mentions[subject].entity_type == EntityType::Agreement;
                if (!can_act(out.mentions[subject].entity_type) && !agreement)
                    || some_members(ctx, out, s, subject)
                {
                    continue;
                }
                let Some(last) = toks
                    .iter()
                    .position(|t| t.span.end == out.mentions[subject].span.end)
                else {
                    continue;
                };
                let first_token = ctx.token_from(s, out.mentions[subject].span.start);
                // "the Ruritanian government lodged …": the country acts through the body
                // its demonym names.
                let mut after_subject = last + 1;
                if out.mentions[subject].entity_type == EntityType::Country
                    && STATE_BODIES.contains(&ctx.lower_token(s, after_subject))
                {
                    after_subject += 1;
                } else if out.mentions[subject].entity_type == EntityType::Country
                    && demonym_adjective(ctx, out, s, subject)
                {
                    // "British stars Roe and Lee": an adjective's next word is its noun.
                    continue;
                }
                let Some((v, lemma, passive)) = verb_after(ctx, s, after_subject) else {
                    continue;
                };
                // "as Roe put it to Reuters, …": words credited to Roe, who puts
                // nothing anywhere.
                if lemma == "put"
                    && ctx.lower_token(s, v + 1) == "it"
                    && first_token > 0
                    && ctx.lower_token(s, first_token - 1) == "as"
                {
                    continue;
                }
                // "the shot that Roe parried to Lee": the object is the noun before "that",
                // which names nobody.
                let object_relative = first_token > 1
                    && matches!(ctx.lower_token(s, first_token - 1), "that" | "which")
                    && {
                        let antecedent = ctx.token(s, first_token.saturating_sub(2));
                        antecedent.starts_with(char::is_lowercase)
                            && ctx.ontology.reporting_lemma(antecedent).is_none()
                            && ctx
                                .ontology
                                .verbs
                                .get(antecedent)
                                .is_none_or(|f| f.also_noun)
                    }
                    && {
                        let next = ctx.lower_token(s, v + 1);
                        OBJECT_STOP.contains(&next) || matches!(next, "," | "." | ";" | ":" | "")
                    };
                if object_relative {
                    continue;
                }
                // "Public opinion on Roe has been stable": the phrase's head is the subject;
                // but "the cut due to Roe, who created X" is Roe's relative clause.
                // "Roe, 82, who created X".
                let relative_word = (after_subject..(after_subject + 4).min(toks.len()))
                    .find(|&k| {
                        ctx.token(s, k) != "," && toks[k].kind != crate::text::TokenKind::Number
                    })
                    .map(|k| ctx.lower_token(s, k))
                    .filter(|w| matches!(*w, "who" | "which"));
                let relative = relative_word.is_some();
                // "the tax cut passed under Roe, which lowered the rate": "which" stands for a
                // thing, never for a person.
                if relative_word == Some("which")
                    && out.mentions[subject].entity_type == EntityType::Person
                {
                    continue;
                }
                // ("Chilean goods entering the U.S. took effect": a gerund's object too; "the
                // chairman of the Tarsk Committee blocked it": the chairman acts.)
                if !relative
                    && (preposition_before(ctx, out, s, &in_sentence, subject).is_some()
                        || object_of_gerund(ctx, out, s, subject)
                        || !acts_after_of(ctx, out, s, subject))
                {
                    continue;
                }
                // "a senior aide to Roe, who took …": "who" is the aide.
                if relative && tied_to_unnamed_person(ctx, out, s, subject) {
                    continue;
                }
                // "Tom Hale, president of Acme, who has …": "who" stands for the person the
                // apposition describes, not the body it ends with.
                if relative
                    && out.mentions[subject].entity_type != EntityType::Person
                    && ctx.token(s, last + 1) == ","
                    && ctx.lower_token(s, last + 2) == "who"
                    && person_before_apposition(ctx, out, s, &in_sentence, first_token).is_some()
                {
                    continue;
                }
                let placing = PLACING_PARTICIPLES.contains(&lemma.as_str())
                    && ctx.token(s, v).ends_with("ed")
                    && matches!(
                        ctx.lower_token(s, v + 1),
                        "in" | "at" | "near" | "outside" | "inside"
                    );
                if passive
                    || placing
                    || LIGHT_VERBS.contains(&lemma.as_str())
                    || IDIOMS_WITHOUT_OBJECT.contains(&(lemma.as_str(), ctx.lower_token(s, v + 1)))
                    || (agreement && !AGREEMENT_VERBS.contains(&lemma.as_str()))
                {
                    continue;
                }
                // "Although Roe did later disavow Lee, Acme called …": the main clause's speaker
                // claims nothing in the subordinate clause.
                let claimant = claimant
                    .and_then(|c| c.of_verb_at(ctx, s, v))
                    .filter(|_| !opens_with_subordinator(ctx, s, v));
                // "took part in", "traveled to": a trigger phrase the verb opens has been read
                // with its object already.
                let verb_start = toks[v].span.start;
                let typed = out.relations.iter().any(|x| {
                    x.rule == RULE_TRIGGER
                        && x.subject == subject
                        && x.span.contains(&verb_start)
                        && x.predicate
                            .strip_prefix(lemma.as_str())
                            .is_some_and(|rest| rest.starts_with(' '))
                });
                if typed {
                    continue;
                }
                if let Some(r) = clause(ctx, out, s, subject, v, lemma, &in_sentence, claimant) {
                    found.extend(with_coordinated_subjects(ctx, out, s, r));
                }
            }
        }
        out.relations.extend(found);
    }
}

/// Whether a country mention is its demonym used as an adjective ("British stars"), not its
/// name ("Britain") nor its people ("the British").
fn demonym_adjective(ctx: &DocContext<'_>, out: &Extraction, s: usize, m: usize) -> bool {
    let mention = &out.mentions[m];
    let first = ctx.token_from(s, mention.span.start);
    let the_people = first > 0 && ctx.lower_token(s, first - 1) == "the";
    !the_people && ctx.ontology.is_demonym(&ctx.text()[mention.span.clone()])
}

/// The verb of the clause whose subject ends before token `from`: (token index, lemma,
/// passive). Skips an appositive between commas, auxiliaries, adverbs and "on Monday".
fn verb_after(ctx: &DocContext<'_>, s: usize, from: usize) -> Option<(usize, String, bool)> {
    let o = ctx.ontology;
    let toks = &ctx.sentences[s].tokens;
    let lower = |i: usize| ctx.lower_token(s, i);
    let mut i = from;
    // "Roe, the governor of X, accused …": skip the appositive. "Roe, who created X, …",
    // "Roe, 82, who created X", "the pact, which includes X": the relative clause's verb is
    // the name's.
    if toks.get(i).is_some_and(|t| t.text(ctx.text()) == ",") {
        if matches!(lower(i + 1), "who" | "which") {
            i += 2;
        } else {
            let close = (i + 1..(i + 14).min(toks.len())).find(|&k| ctx.token(s, k) == ",")?;
            if (i + 1..close).any(|k| toks[k].kind == TokenKind::Quote) {
                return None;
            }
            i = close + 1;
            // ("Roe, director at Acme, which makes games": "which" is the apposition's thing.)
            if lower(i) == "which" {
                return None;
            }
            if lower(i) == "who" {
                i += 1;
            }
        }
    }
    // "Acme's plans to sell …": the possessive names who would act.
    if toks
        .get(i)
        .is_some_and(|t| matches!(t.text(ctx.text()), "'s" | "’s"))
        && toks.get(i + 2).is_some_and(|t| t.text(ctx.text()) == "to")
        && CATENATIVE.contains(&o.verbs.get(lower(i + 1)).map_or("", |f| f.lemma.as_str()))
    {
        i += 3;
        return finite_verb(ctx, s, i, true).map(|(v, lemma)| (v, lemma, false));
    }
    // "Acme and its partners have …": a coordinated subject.
    if toks.get(i).is_some_and(|t| t.text(ctx.text()) == "and") {
        // "WBA and WBO heavyweight titles": a word that is also a noun ends a noun phrase here.
        // ("Acme and a qualified majority of …": a participle after a determiner is an
        // adjective of the second subject.)
        let verb = (i + 1..(i + 6).min(toks.len())).find(|&k| {
            let w = lower(k);
            (AUXILIARIES.contains(&w) || o.is_finite_verb(w))
                && !matches!(
                    lower(k - 1),
                    "a" | "an" | "the" | "its" | "their" | "his" | "her"
                )
        })?;
        // "Acme, the phone firm, and may now table bids": "and" joins a second verb whose
        // subject is elsewhere, not a second subject.
        if verb == i + 1 {
            return None;
        }
        if (i + 1..verb).any(|k| toks[k].kind != TokenKind::Word) {
            return None;
        }
        // "the Acme and Globex crashes involved": both names modify the nouns before the verb,
        // which are the subject ("Acme and Globex officials agreed" act for their bodies, as
        // "the Roe and Lee campaigns" for the candidates; "Acme and Globex both agreed" and
        // "Roe and Lee say they" have no noun there).
        let nouns = (i + 1..verb)
            .skip_while(|&k| ctx.token(s, k).starts_with(char::is_uppercase))
            .collect::<Vec<_>>();
        let modified_noun = nouns.last().is_some_and(|&head| {
            !acts_for_country(ctx, lower(head))
                && !matches!(lower(head), "campaign" | "campaigns")
                && nouns.iter().all(|&k| {
                    let w = lower(k);
                    ctx.token(s, k).starts_with(char::is_lowercase)
                        && !ADVERBS_IN_VERB_GROUP.contains(&w)
                        && !w.ends_with("ly")
                        && !NO_NOUN_AFTER_SUBJECTS.contains(&w)
                        // ("Roe and Lee say they": a pronoun opens a clause.)
                        && !subject_pronoun(w)
                        && !matches!(w, "you" | "who" | "which" | "that")
                        && o.verbs.get(w).is_none_or(|f| f.also_noun)
                })
        });
        if ctx.token(s, i + 1).starts_with(char::is_uppercase) && modified_noun {
            return None;
        }
        i = verb;
    }
    let mut aux = false;
    let mut passive = false;
    while i < toks.len() {
        let w = lower(i);
        // "has long viewed", "had already left": adverbs without "-ly" too.
        if AUXILIARIES.contains(&w)
            || w.ends_with("ly") && w.len() > 4 && !o.verbs.contains_key(w)
            || (aux
                && matches!(
                    w,
                    "long"
                        | "already"
                        | "just"
                        | "ever"
                        | "even"
                        | "once"
                        | "often"
                        | "always"
                        | "still"
                        | "yet"
                        | "again"
                        | "since"
                        | "soon"
                        // "might well continue".
                        | "well"
                ))
        {
            aux |= AUXILIARIES.contains(&w) && !matches!(w, "also" | "not" | "never");
            passive |= PASSIVE_AUX.contains(&w);
            i += 1;
            continue;
        }
        // "Roe Monday compiled": a day's name alone.
        if crate::text::WEEKDAYS.contains(&w) {
            i += 1;
            continue;
        }
        // "on Monday", "last week".
        if (w == "on" || w == "last" || w == "this")
            && toks
                .get(i + 1)
                .is_some_and(|t| is_time_word(&t.text(ctx.text()).to_lowercase()))
        {
            i += 2;
            continue;
        }
        break;
    }
    let (v, lemma) = finite_verb(ctx, s, i, aux)?;
    let participle = o.verbs.get(lower(v)).is_some_and(|f| f.participle);
    Some((v, lemma, passive && participle && v == i))
}

/// Words after a subject, or coordinated subjects, that are no noun they modify: "Acme and
/// Globex both agreed", "Acme and Globex thus far have", "Roe himself has".
pub(super) const NO_NOUN_AFTER_SUBJECTS: &[&str] = &[
    "all",
    "both",
    "each",
    "together",
    "alone",
    "jointly",
    "too",
    "thus",
    "so",
    "far",
    "then",
    "himself",
    "herself",
    "itself",
    "themselves",
];

/// " to resign", " to make free calls": the infinitive at the "to" of token `to` with the noun
/// phrase after its verb.
pub(super) fn infinitive_phrase(ctx: &DocContext<'_>, s: usize, to: usize) -> String {
    let verb = to + 1;
    // "to tamper with the ballots", "to go after the nominee", "to pay back the loan": a verb
    // that takes its object through a particle or a preposition keeps both.
    let linked = |k: usize| {
        matches!(
            ctx.lower_token(s, k),
            "with"
                | "on"
                | "after"
                | "about"
                | "into"
                | "against"
                | "for"
                | "over"
                | "at"
                | "from"
                | "up"
                | "out"
                | "down"
                | "off"
                | "back"
                | "away"
        )
    };
    // The particle or preposition at token `k` with the noun phrase after it ("with the
    // ballots").
    let linked_phrase = |k: usize| {
        linked(k)
            .then(|| noun_phrase_after(ctx, s, k + 1))
            .flatten()
            .map(|p| format!("{} {p}", ctx.token(s, k)))
    };
    // "for the embargo to be lifted", "for the office to be given a free hand": after "be",
    // the participle or adjective, and its noun phrase.
    // (`act_infinitive_at` found a lower-case word after it.)
    if ctx.lower_token(s, verb) == "be" {
        // ("to be set up": with its particle.)
        let particle = matches!(ctx.lower_token(s, verb + 2), "up" | "out" | "off" | "down");
        let last = if particle { verb + 2 } else { verb + 1 };
        let words: Vec<&str> = (verb + 1..=last).map(|k| ctx.token(s, k)).collect();
        // ("for Roe to be able to speak": an adjective's infinitive completes it.)
        let rest = if infinitive_at(ctx, s, last + 1) {
            infinitive_phrase(ctx, s, last + 1)
        } else {
            noun_phrase_after(ctx, s, last + 1).map_or(String::new(), |p| format!(" {p}"))
        };
        return format!(" to be {}{rest}", words.join(" "));
    }
    let rest = noun_phrase_after(ctx, s, verb + 1)
        // "urged Roe to oust him": with no noun phrase, an object pronoun is the verb's object.
        .or_else(|| {
            OBJECT_PRONOUNS
                .contains(&ctx.lower_token(s, verb + 1))
                .then(|| ctx.token(s, verb + 1).to_string())
        })
        .or_else(|| linked_phrase(verb + 1))
        // "allowed the trial to go forward", "to move ahead with the plan": an adverb that
        // completes the verb stays, with the phrase a preposition after it opens.
        .or_else(|| {
            let adverb = verb + 1;
            matches!(
                ctx.lower_token(s, adverb),
                "forward" | "ahead" | "through" | "home"
            )
            .then(|| {
                let rest = linked_phrase(adverb + 1).map_or(String::new(), |p| format!(" {p}"));
                format!("{}{rest}", ctx.token(s, adverb))
            })
        })
        .map_or(String::new(), |p| format!(" {p}"));
    format!(" to {}{rest}", ctx.token(s, verb))
}

/// Verbs that take another verb with "to": "plans to sell", "agreed to buy".
pub(super) const CATENATIVE: &[&str] = &[
    "plan", "agree", "want", "decide", "seek", "try", "aim", "promise", "hope", "vow", "threaten",
    "refuse", "expect", "intend", "move", "prepare", "begin", "continue", "offer", "need",
];

/// Verbs whose object acts in the infinitive after it: "urged Roe to resign", "hired Acme to
/// build". After other verbs the infinitive is the subject's: "beat Roe to reach the final".
pub(super) const OBJECT_CONTROL: &[&str] = &[
    "ask",
    "tell",
    "order",
    "urge",
    "force",
    "allow",
    "permit",
    "persuade",
    "convince",
    "encourage",
    "invite",
    "help",
    "enable",
    "require",
    "want",
    "expect",
    "need",
    "get",
    "lead",
    "push",
    "press",
    "pressure",
    "train",
    "teach",
    "instruct",
    "advise",
    "warn",
    "remind",
    "prompt",
    "cause",
    "compel",
    "oblige",
    "authorize",
    "authorise",
    "appoint",
    "elect",
    "choose",
    "select",
    "hire",
    "recruit",
    "send",
    "pick",
    "name",
    "nominate",
    "tap",
    "call",
    "challenge",
    "inspire",
    "drive",
    "leave",
    "pay",
    "commission",
    "mandate",
    "empower",
    "beg",
    "summon",
];

/// Verbs whose object is not whole without the purpose after it: "used his TV appearance to
/// defend the plan" says what the appearance was used for; "used his TV appearance" alone
/// says nothing of it.
const PURPOSE_COMPLETES: &[&str] = &["use", "employ", "exploit", "leverage"];

/// The verb at token `i`, or after "plans to"-style verbs: (index, lemma). `aux`: an
/// auxiliary came before, so base forms and participles count.
fn finite_verb(ctx: &DocContext<'_>, s: usize, i: usize, aux: bool) -> Option<(usize, String)> {
    let o = ctx.ontology;
    let toks = &ctx.sentences[s].tokens;
    let lower = |i: usize| ctx.lower_token(s, i);
    let tok = toks.get(i)?;
    if tok.kind != TokenKind::Word || tok.text(ctx.text()).starts_with(char::is_uppercase) {
        return None;
    }
    // "co-created", "re-elected": a prefixed verb is its stem's form, named with the prefix.
    let word = lower(i);
    let (prefix, form) = match o.verbs.get(word) {
        Some(form) => ("", form),
        None => {
            let (prefix, stem) = word.split_once('-')?;
            if !matches!(
                prefix,
                "co" | "re" | "pre" | "over" | "under" | "out" | "counter"
            ) {
                return None;
            }
            (prefix, o.verbs.get(stem)?)
        }
    };
    // "was part of": after a form of "be" only a participle is a verb.
    // "has been remarkably stable", "is also well aware": past adverbs.
    let before = (0..i).rev().find(|&k| {
        let w = lower(k);
        !w.ends_with("ly") && !ADVERBS_IN_VERB_GROUP.contains(&w)
    });
    let after_be = before.is_some_and(|k| PASSIVE_AUX.contains(&lower(k)));
    // "had highly corrupt cultures": after a form of "have" only a participle is a verb.
    let after_have = before.is_some_and(|k| matches!(lower(k), "has" | "have" | "had" | "having"));
    // ("has ties to Roe": after "have" a third-person form is a plural noun; "has plans to
    // sell" still plans.)
    let plans_to = || ctx.token(s, i + 1) == "to" && CATENATIVE.contains(&form.lemma.as_str());
    let finite = (form.past || form.third || (aux && (form.participle || form.base)))
        && !((after_be || after_have) && form.base && !form.participle)
        && !(after_have && !form.participle && !form.past && !plans_to());
    // "The Acme plans were leaked", "Ruritanian troops to the border": a word that is also a
    // noun is a verb only when an object starts right after it ("Acme plans a sale", "Acme
    // owns Bolt") or it takes "to" and a verb ("plans to sell").
    let object_follows = toks.get(i + 1).is_some_and(|t| {
        let w = t.text(ctx.text());
        matches!(
            crate::text::lower(w).as_ref(),
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" | "new" | "more"
                // "holds about 300 prisoners": an approximate figure.
                | "about" | "around" | "nearly" | "roughly" | "almost" | "some"
        ) || w.starts_with(char::is_uppercase)
            || t.kind == TokenKind::Number
            || (w == "to" && CATENATIVE.contains(&form.lemma.as_str()))
    });
    if !finite || (form.also_noun && !aux && !form.past && !object_follows) {
        return None;
    }
    if CATENATIVE.contains(&form.lemma.as_str())
        && toks.get(i + 1).is_some_and(|t| t.text(ctx.text()) == "to")
    {
        return finite_verb(ctx, s, i + 2, true);
    }
    // "is expected to have donated": "have" before a participle is the perfect's auxiliary.
    if word == "have"
        && o.verbs
            .get(lower(i + 1))
            .is_some_and(|f| f.participle && !f.also_noun)
    {
        return finite_verb(ctx, s, i + 1, true);
    }
    // Verbs the typed extractor already reads (but it leaves "wrote off" alone).
    if o.triggers.contains_key(lower(i))
        || (o.reporting_lemma(lower(i)).is_some() && !phrasal(ctx, s, i))
    {
        return None;
    }
    if prefix.is_empty() {
        Some((i, form.lemma.clone()))
    } else {
        Some((i, format!("{prefix}-{}", form.lemma)))
    }
}

fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "week"
            | "month"
            | "year"
            | "night"
            | "morning"
            | "evening"
    )
}

#[allow(clippy::too_many_arguments)]
fn clause(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    subject: usize,
    v: usize,
    lemma: String,
    in_sentence: &[usize],
    claimant: Option<usize>,
) -> Option<RelationMention> {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    // "wrote off the debts", "laid off staff": a particle belongs to the verb.
    let mut lemma = lemma;
    let mut object_from = v + 1;
    let particle = ctx.lower_token(s, v + 1);
    let phrasal = phrasal(ctx, s, v);
    if phrasal {
        lemma = format!("{lemma} {particle}");
        object_from = v + 2;
        // "pulled out of the deal".
        if ctx.token(s, object_from) == "of" {
            lemma.push_str(" of");
            object_from += 1;
        }
    } else if let Some(particle) = particle_after_reflexive(ctx, s, v) {
        lemma = format!("{lemma} {particle}");
    }
    // "an order Roe issued last May", "districts Roe did not carry last November": a time
    // right after the verb says when; the object comes after it, if anywhere. ("spent last
    // week meeting allies": unless the time is what the verb takes.)
    if lemma != "spend" && matches!(ctx.lower_token(s, object_from), "last" | "next" | "this") {
        let unit = ctx.lower_token(s, object_from + 1);
        if (is_time_word(unit) || crate::text::MONTHS.contains(&unit))
            && !matches!(ctx.token(s, object_from + 2), "'s" | "’s")
        {
            object_from += 2;
        }
    }
    // "shared that Roe asked …": a clause is what the verb takes, and the clause is no object
    // this extractor can name. "held firm", "stood fast": an adjective that says how the
    // subject stays is none either.
    // "voted 9-2 to recommend …": a tally says how the vote went, not what it was on.
    let tally = lemma == "vote"
        && toks
            .get(object_from)
            .is_some_and(|t| t.kind == TokenKind::Number)
        && matches!(ctx.token(s, object_from + 1), "-" | "–" | "to")
        && toks
            .get(object_from + 2)
            .is_some_and(|t| t.kind == TokenKind::Number);
    if tally
        || matches!(
            ctx.lower_token(s, object_from),
            "that" | "whether" | "if" | "how" | "why" | "what"
        )
        || (matches!(
            lemma.as_str(),
            "hold" | "stand" | "stay" | "remain" | "sit" | "keep"
        ) && matches!(
            ctx.lower_token(s, object_from),
            "firm" | "fast" | "steady" | "still" | "tight" | "strong" | "true"
        ))
    {
        return None;
    }
    let verb_end = toks[object_from - 1].span.end;
    let mut qualifiers = BTreeMap::new();
    let mut object = None;
    // Where the subject of a clause after the verb starts: a phrase object ends before it.
    let mut clause_subject = None;
    // ("ordered the whole Acme Act repealed": a participle after the object is no verb of a
    // clause when an order or a wish puts its object in it.)
    let complement = OBJECT_CONTROL.contains(&lemma.as_str())
        || matches!(
            lemma.as_str(),
            "want" | "need" | "see" | "find" | "leave" | "keep"
        );
    // Whether the word at token `next_at`, right after a name or phrase, is that one's own
    // verb, making it the subject of a clause the verb takes ("knew Roe would not respond").
    // ("performed Right To Be Wrong backed by a choir": not a participle's agent phrase; "let
    // Lee get away": nor a base form.)
    let has_own_verb = |next_at: usize| {
        let next = ctx.lower_token(s, next_at);
        negative_contraction(next)
            || (finite_or_auxiliary(ctx, next)
                && !matches!(next, "get" | "be" | "been" | "being" | "have" | "do")
                && ctx.token(s, next_at + 1) != "by"
                && !(complement && ctx.ontology.verbs.get(next).is_some_and(|f| f.participle)))
    };
    // A name right after the verb (not a modifier of a following noun) is the object; one
    // past a comma or in an adverbial clause ("died while playing against X") is not the
    // verb's.
    for &m in in_sentence
        .iter()
        .filter(|&&m| out.mentions[m].span.start >= verb_end && m != subject)
        .take(4)
        .filter(|&&m| in_one_clause(text, verb_end, out.mentions[m].span.start))
    {
        let ment = &out.mentions[m];
        let (role, next_is_noun) = argument_role(ctx, s, ment.span.clone());
        let role = place_aware_role(ctx, out, in_sentence, m, role);
        // "raced down the left and crossed to Lee", "blasted a shot that Lee parried",
        // "surprised everyone by selling Roe to Lisbon": the joined verb's, the relative
        // clause's, or the adverbial -ing verb's; but where it all happened may follow an -ing
        // verb ("spent the week meeting allies in Brussels").
        if (object_from..ctx.token_from(s, ment.span.start)).any(|k| {
            (opens_predicate(ctx, s, k) && !(role == "place" && ctx.token(s, k).ends_with("ing")))
                || (role == "place" && passive_participle_after_noun(ctx, s, k))
                || matches!(ctx.token(s, k), "that" | "which" | "who")
                || (matches!(
                    ctx.token(s, k),
                    "by" | "after" | "before" | "while" | "without"
                ) && ctx.token(s, k + 1).ends_with("ing"))
                // "showed no sign of attacking Acme": the gerund's object.
                || (role == "object"
                    && ctx.token(s, k).ends_with("ing")
                    && ctx
                        .ontology
                        .verbs
                        .get(ctx.lower_token(s, k))
                        .is_some_and(|f| !f.also_noun))
        }) {
            continue;
        }
        if role == "object" {
            // "knew Roe would not respond", "knew Roe didn't intend to": a name with a verb of
            // its own right after the verb is the subject of the clause the verb takes, which
            // is no name; further on it is another clause's subject ("chose the plan; Roe has
            // resisted it").
            if has_own_verb(ctx.token_from(s, ment.span.end)) {
                if object.is_none() && ctx.token_from(s, ment.span.start) == object_from {
                    return None;
                }
                clause_subject = Some(ment.span.start);
                break;
            }
            if object.is_none()
                && !next_is_noun
                && word_gap(text, verb_end, ment.span.start) <= 4
                && !inside_quoted_title(ctx, s, object_from, ment.span.start)
            {
                object = Some(Arg::Mention(m));
            }
        } else if !next_is_noun
            && word_gap(text, verb_end, ment.span.start) <= 10
            && fits_role(role, ment.entity_type)
            // "ravaged Tarsk and the south": a second object, not a counterpart.
            && !(role == "counterpart" && joined_by_and(ctx, s, ment.span.start))
        {
            qualifiers
                .entry(role.to_string())
                .or_insert(Arg::Mention(m));
        }
    }
    // "wants Lee to resign": what is wanted is Lee's act, not Lee; the object is the name with
    // its infinitive, and the name what it is about.
    if let Some(Arg::Mention(m)) = object
        && let to = ctx.token_from(s, out.mentions[m].span.end)
        && act_infinitive_at(ctx, s, to)
        && ctx.token(s, to + 1).starts_with(char::is_lowercase)
    {
        object = Some(Arg::Literal(format!(
            "{}{}",
            &text[out.mentions[m].span.clone()],
            infinitive_phrase(ctx, s, to)
        )));
        qualifiers.insert("about".to_string(), Arg::Mention(m));
    }
    let quantity =
        (v + 1..(v + 8).min(toks.len())).find_map(|i| parse_quantity(ctx, s, i).map(|q| (i, q)));
    let quantity_at = quantity.as_ref().map(|(qi, _)| *qi);
    if let Some((qi, (amount, qtext, next))) = quantity {
        // "spent $5 million against Roe": a sum right after the verb is what it moved.
        let sum_object = qtext.starts_with(['$', '£', '€'])
            && (object_from..qi.saturating_sub(1)).all(|k| {
                matches!(
                    ctx.lower_token(s, k),
                    "about"
                        | "around"
                        | "nearly"
                        | "almost"
                        | "some"
                        | "over"
                        | "more"
                        | "than"
                        // ("spent another $5m", "an extra $5m".)
                        | "another"
                        | "an"
                        | "extra"
                        | "additional"
                )
            });
        let sum = sum_object.then(|| Arg::Literal(qtext.clone()));
        // "up to 100% of the debts": the share is of what follows "of". ("finished second
        // with 25 percent of the vote": a share inside a phrase of its own is no object.)
        let in_phrase = qi > 0
            && matches!(
                ctx.lower_token(s, qi - 1),
                "with" | "by" | "at" | "in" | "on" | "from"
            );
        if add_quantity(ctx, s, qi, amount, qtext, &mut qualifiers)
            && let Some(Unit::Share { of: Some(of), .. }) = add_unit(ctx, s, next, &mut qualifiers)
            && object.is_none()
            && !in_phrase
        {
            object = noun_phrase_after(ctx, s, of).map(Arg::Literal);
        }
        if object.is_none() {
            object = sum;
        }
    }
    if object.is_none() {
        // "moved at least 3,000 soldiers to Tarsk": the approximation before a figure right
        // after the verb opens no other phrase; the counted thing is the object.
        let counted_from = quantity_at.filter(|&qi| {
            approximation(ctx, s, qi).is_some_and(|a| object_from + a.split(' ').count() == qi)
        });
        // "allows people to make free calls": after a verb whose object acts in the
        // infinitive, what is allowed is the object's act, not the object; "used the
        // appearance to defend the plan": what it was used for completes the object.
        // ("used the rule to object to 200 changes": the purpose is left out when its verb
        // goes on with "to" or "that", which the phrase would cut; the object is whole
        // without it.)
        let with_act = |phrase: String| {
            let to = ctx.token_from(s, toks[object_from].span.start + phrase.len());
            let purpose_cut = PURPOSE_COMPLETES.contains(&lemma.as_str())
                && matches!(ctx.lower_token(s, to + 2), "to" | "that");
            if (OBJECT_CONTROL.contains(&lemma.as_str())
                || PURPOSE_COMPLETES.contains(&lemma.as_str()))
                && act_infinitive_at(ctx, s, to)
                && ctx.token(s, to + 1).starts_with(char::is_lowercase)
                && !purpose_cut
            {
                format!("{phrase}{}", infinitive_phrase(ctx, s, to))
            } else {
                phrase
            }
        };
        object = noun_phrase_after(ctx, s, object_from)
            .map(with_act)
            .or_else(|| counted_from.and_then(|qi| noun_phrase_after(ctx, s, qi)))
            .map(Arg::Literal);
        // "should turn the cameras off", "brought the matter up during talks": a particle
        // right after the object, ending its clause, belongs to the verb (after an
        // infinitive, "ordered police to stand down", to the infinitive).
        if !phrasal
            && let Some(Arg::Literal(phrase)) = &object
            && !phrase.split_whitespace().any(|w| w == "to")
            && let Some(start) = toks.get(object_from).map(|t| t.span.start)
            && text[start..].starts_with(phrase.as_str())
            && let after = ctx.token_from(s, start + phrase.len())
            && matches!(
                ctx.lower_token(s, after),
                "off" | "up" | "out" | "down" | "away"
            )
            && let next = ctx.lower_token(s, after + 1)
            && (matches!(
                next,
                "" | "." | "," | ";" | "during" | "in" | "at" | "on" | "after" | "before" | "and"
            ) || next.ends_with("ly"))
        {
            lemma = format!("{lemma} {}", ctx.lower_token(s, after));
        }
        // "worries the public may turn", "knew the plan would fail": so is a phrase, before
        // an auxiliary or a form that is only finite ("the votes needed to pass", "cells
        // derived from fat": a participle after a phrase describes it; "the parks May 4": a
        // capital is no modal; "avoided bankruptcy thanks to": nor "thanks").
        // ("can veto any plan should it choose": an inverted condition is no clause's verb;
        // "the studio where Roe spent his final hours is to close": nor a main clause's after
        // a relative one.)
        let in_relative_clause = || {
            let subject_at = ctx.token_from(s, out.mentions[subject].span.start);
            (0..subject_at).any(|k| {
                matches!(
                    ctx.lower_token(s, k),
                    "where" | "which" | "who" | "whom" | "that" | "when"
                )
            })
        };
        if let Some(Arg::Literal(phrase)) = &object
            && clause_subject.is_none()
            && let next_at = ctx.token_from(s, toks[object_from].span.start + phrase.len())
            && ctx.token(s, next_at).starts_with(char::is_lowercase)
            && {
                let next = ctx.lower_token(s, next_at);
                let auxiliary = is_auxiliary(next)
                    && !matches!(next, "be" | "been" | "being" | "have" | "do")
                    && !(PASSIVE_AUX.contains(&next) && next.starts_with('g'));
                let only_finite = ctx.ontology.is_finite_verb(next)
                    && next != "thanks"
                    && ctx.ontology.verbs.get(next).is_some_and(|f| !f.participle);
                negative_contraction(next)
                    || ((auxiliary || only_finite)
                        && !subject_pronoun(ctx.lower_token(s, next_at + 1))
                        && !(matches!(next, "is" | "was" | "are" | "were") && in_relative_clause()))
            }
        {
            object = None;
        }
        // "examined the data Roe used", "accepted referee Lee had no option": the phrase ends
        // before the subject of the clause after it, and with its title; a single word left
        // is no object.
        if let (Some(Arg::Literal(phrase)), Some(at)) = (&object, clause_subject) {
            let from = toks[object_from].span.start;
            if (from..from + phrase.len()).contains(&at) {
                let mut kept = text[from..at].trim_end();
                while let Some((rest, last)) = kept.rsplit_once(' ')
                    && (ctx.ontology.is_honorific(last.trim_end_matches('.'))
                        || ctx.ontology.is_title(last))
                {
                    kept = rest.trim_end();
                }
                // ("likes a lot of what Roe is saying": nor is a phrase cut after a word
                // that leads on.)
                let leads_on = kept.rsplit(' ').next().is_some_and(|last| {
                    let last = last.to_lowercase();
                    OBJECT_STOP.contains(&last.as_str())
                        || matches!(last.as_str(), "of" | "what" | "the" | "a" | "an")
                });
                object = (kept.contains(' ') && !ctx.ontology.is_title(kept) && !leads_on)
                    .then(|| Arg::Literal(kept.to_string()));
            }
        }
    }
    // "broke away from Ruritania": a phrasal verb's complement may be where from.
    if phrasal && object.is_none() {
        object = qualifiers.get("origin").cloned();
    }
    // Where it happened stands for the object only right after the verb ("arrived in Tarsk");
    // further on it is where something else happened ("sought the “violence” orders -
    // normally used in Tarsk").
    // ("joked in Tarsk that …": where it was said, before what was said.)
    // ("Every event Roe has organised in Tarsk has drawn protests": after a noun right before
    // the subject, the clause describes that noun, which is the verb's object; the place is
    // where it was. "Veteran star Roe died in Tarsk": a title or a clause with no verb of the
    // main clause after it describes the subject.)
    let describes_noun_before = {
        let first = ctx.token_from(s, out.mentions[subject].span.start);
        first > 0
            && {
                let w = ctx.token(s, first - 1);
                toks[first - 1].kind == TokenKind::Word
                    && w.starts_with(char::is_lowercase)
                    && !ctx.ontology.common_words.contains(w)
                    && !ctx.ontology.is_title(w)
                    && !OBJECT_STOP.contains(&w)
                    && !matches!(w, "the" | "a" | "an" | "this" | "these" | "those" | "of")
                    && !possessive_determiner(w)
                    && !finite_or_auxiliary(ctx, w)
                    && !subject_pronoun(w)
                    && ctx.ontology.verbs.get(w).is_none_or(|f| f.also_noun)
            }
            && (v + 1..toks.len())
                .take_while(|&k| !matches!(ctx.token(s, k), "," | ";" | ":" | "—" | "–"))
                .any(|k| finite_or_auxiliary(ctx, ctx.lower_token(s, k)))
    };
    let place_right_after = !describes_noun_before
        && qualifiers.get("place").is_some_and(|p| match p {
            Arg::Mention(m) => {
                word_gap(text, verb_end, out.mentions[*m].span.start) <= 2
                    && ctx.lower_token(s, ctx.token_from(s, out.mentions[*m].span.end)) != "that"
            }
            _ => false,
        });
    let object = object.or_else(|| {
        ["destination", "counterpart", "target", "place"]
            .iter()
            .filter(|k| **k != "place" || place_right_after)
            .find_map(|k| qualifiers.get(*k))
            .cloned()
    })?;
    let object = with_verb_complement(
        ctx,
        out,
        s,
        verb_end,
        &lemma,
        object,
        &mut qualifiers,
        WhenHeld::JoinPhrase,
    );
    add_claimant_and_date(ctx, s, v, None, &mut qualifiers, claimant, subject, &object);
    mark_polarity_and_modality(ctx, s, v, true, &mut qualifiers);
    Some(RelationMention {
        subject,
        predicate: lemma,
        relation_type: "acts_on".to_string(),
        object,
        qualifiers,
        span: ctx.sentences[s].span.clone(),
        rule: RULE_SVO,
    })
}

/// What [`with_verb_complement`] does when a qualifier already holds the phrase it would join
/// to the object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WhenHeld {
    /// The phrase joins the object and the qualifier goes ("likened Roe to Lee").
    JoinPhrase,
    /// The object stays as it is ("blamed Roe for the delay" keeps its reason).
    KeepQualifier,
}

/// The object with the phrase after it that the verb `lemma` needs
/// ([`Ontology::verb_takes_complement`]): "painted Roe" → "Roe as an erratic bully", about Roe;
/// "attributed the damage" → "the damage to a group of protesters". A qualifier that held the
/// phrase alone is dropped, or keeps it out of the object, as `when_held` says.
///
/// [`Ontology::verb_takes_complement`]: crate::ontology::Ontology::verb_takes_complement
#[allow(clippy::too_many_arguments)]
pub(super) fn with_verb_complement(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    verb_end: usize,
    lemma: &str,
    object: Arg,
    qualifiers: &mut BTreeMap<String, Arg>,
    when_held: WhenHeld,
) -> Arg {
    let text = ctx.text();
    let span = match &object {
        Arg::Mention(m) => out.mentions[*m].span.clone(),
        Arg::Literal(phrase) => {
            let sentence_end = ctx.sentences[s].span.end;
            match text[verb_end..sentence_end].find(phrase.as_str()) {
                Some(at) => verb_end + at..verb_end + at + phrase.len(),
                None => return object,
            }
        }
        _ => return object,
    };
    let opener = ctx.token_from(s, span.end);
    // ("sees the grip on key technologies as a threat": past a phrase on the object's noun;
    // "described the errors and lies as incompetence": past a noun joined to it.)
    let opener = if matches!(
        ctx.lower_token(s, opener),
        "on" | "of" | "in" | "for" | "over" | "and" | "or"
    ) && !ctx
        .ontology
        .verb_takes_complement(lemma, ctx.lower_token(s, opener))
        && ctx.ontology.verb_takes_complement(lemma, "as")
    {
        (opener + 1..(opener + 7).min(ctx.sentences[s].tokens.len()))
            .take_while(|&k| {
                ctx.sentences[s].tokens[k].kind == TokenKind::Word
                    && !finite_or_auxiliary(ctx, ctx.lower_token(s, k))
            })
            .find(|&k| ctx.lower_token(s, k) == "as")
            .unwrap_or(opener)
    } else {
        opener
    };
    if ctx.sentences[s]
        .tokens
        .get(opener)
        .is_none_or(|t| t.span.start < span.end)
        || !ctx
            .ontology
            .verb_takes_complement(lemma, ctx.lower_token(s, opener))
    {
        return object;
    }
    // "put Roe in July", "in 2019": a time is when, no complement.
    let first = ctx.lower_token(s, opener + 1);
    if crate::text::MONTHS.contains(&first)
        || crate::text::WEEKDAYS.contains(&first)
        || (first.len() == 4
            && (first.starts_with("19") || first.starts_with("20"))
            && first.bytes().all(|b| b.is_ascii_digit()))
    {
        return object;
    }
    // ("described the men as "low-risk detainees"": a quoted complement runs to its closing
    // mark.)
    let toks = &ctx.sentences[s].tokens;
    let quoted = is_quote_mark(ctx, s, opener + 1)
        .then(|| {
            (opener + 2..(opener + 16).min(toks.len()))
                .find(|&k| is_quote_mark(ctx, s, k))
                .filter(|&close| close > opener + 2)
                .map(|close| toks[opener + 1].span.start..toks[close].span.end)
        })
        .flatten();
    let Some(phrase) = quoted.or_else(|| noun_phrase_span_after(ctx, s, opener + 1)) else {
        return object;
    };
    let complement = toks[opener + 1].span.start..phrase.end;
    let holds = |v: &Arg| match v {
        Arg::Literal(l) => text[complement.clone()].starts_with(l.as_str()),
        Arg::Mention(m) => complement.contains(&out.mentions[*m].span.start),
        _ => false,
    };
    // (An "about" that the object's own name replaces below is no loss.)
    if when_held == WhenHeld::KeepQualifier
        && qualifiers
            .iter()
            .any(|(key, v)| holds(v) && !(key == "about" && matches!(object, Arg::Mention(_))))
    {
        return object;
    }
    // ("likened Roe to Lee": Lee is in the object now, no destination.)
    qualifiers.retain(|_, v| !holds(v));
    if let Arg::Mention(m) = object {
        qualifiers.insert("about".to_string(), Arg::Mention(m));
    }
    Arg::Literal(text[span.start..phrase.end].to_string())
}

#[cfg(test)]
mod tests {
    use crate::extract::{Arg, extract_document};
    use crate::ingest::Document;
    use crate::ontology::Ontology;

    fn svo(text: &str) -> Vec<(String, String, String)> {
        let doc = Document::from_text("t", "t", text.to_string());
        let (_, out) = extract_document(&doc, Ontology::shipped());
        out.relations
            .iter()
            .filter(|r| r.rule == super::RULE_SVO)
            .map(|r| {
                let object = match &r.object {
                    Arg::Mention(m) => doc.text[out.mentions[*m].span.clone()].to_string(),
                    Arg::Literal(s) => s.clone(),
                    other => format!("{other:?}"),
                };
                (
                    doc.text[out.mentions[r.subject].span.clone()].to_string(),
                    r.predicate.clone(),
                    object,
                )
            })
            .collect()
    }

    #[test]
    fn how_often_is_no_object_nor_part_of_one() {
        let r = svo("Prices rose. Jane Roe repeated the claim three times.");
        assert_eq!(
            r,
            [("Jane Roe".into(), "repeat".into(), "the claim".into())]
        );
        for text in [
            "Prices rose. Jane Roe has repeated at least three times that the plan failed.",
            "Prices rose. Jane Roe has attempted several times to end it.",
        ] {
            let r = svo(text);
            assert!(r.is_empty(), "{text}: {r:?}");
        }
    }

    #[test]
    fn the_head_of_a_body_named_after_of_acts_not_the_body() {
        for text in [
            "The chairman of the Tarsk Committee blocked the bill.",
            "The head of the Oskol Water Board opened an inquiry into the leak.",
        ] {
            let r = svo(text);
            assert!(r.is_empty(), "{text}: {r:?}");
        }
        // A body's voice still acts for it.
        let r = svo("Officials of the Tarsk Committee blocked the bill.");
        assert_eq!(
            r,
            [("Tarsk Committee".into(), "block".into(), "the bill".into())]
        );
    }

    #[test]
    fn a_verb_and_noun_saying_only_that_something_happened_have_no_object() {
        for text in [
            "The talks between the mayor and Jim Beck, which took place Friday, were short.",
            "Prices rose. Acme Corp took shape as a rival to Globex Inc.",
        ] {
            let r = svo(text);
            assert!(r.is_empty(), "{text}: {r:?}");
        }
    }

    #[test]
    fn a_placing_participle_before_a_place_is_passive() {
        let r = svo(
            "The strikes were made with the military of the recognized Chilean government based in Santiago.",
        );
        assert!(r.is_empty(), "{r:?}");
        let r = svo("Acme Corp based its plan on a study.");
        assert_eq!(r.len(), 1, "{r:?}");
    }

    #[test]
    fn the_noun_a_clause_describes_is_its_object_not_the_place() {
        let r = svo("Every event Jim Beck has organised in Tarsk has drawn a protest.");
        assert!(r.iter().all(|x| x.2 != "Tarsk"), "{r:?}");
        // A title before the subject describes the subject.
        let r = svo("Veteran singer Jim Beck died in Tarsk at the age of 87.");
        assert_eq!(r, [("Jim Beck".into(), "die".into(), "Tarsk".into())]);
    }

    #[test]
    fn a_third_person_form_after_have_is_a_plural_noun() {
        let r = svo("Prices rose. Jim Beck also has ties to Tom Hale. Tom Hale has homes in Oslo.");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn what_follows_look_is_how_the_subject_seems() {
        let r = svo(
            "Prices rose. Tom Hale looked set to move to Acme Corp. Jane Roe looks nervous. Jim Beck looked the best bet.",
        );
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn a_gerunds_object_is_no_subject() {
        let r = svo(
            "Prices rose. A levy on goods entering the U.S. took effect on Friday. Jim Beck said reopening the Tarsk Line would restore the area's prosperity. Critics said leading Democrats covered up the crash.",
        );
        assert!(
            !r.iter().any(|x| x.1 == "take" || x.1 == "restore"),
            "{r:?}"
        );
        assert!(r.iter().any(|x| x.1 == "cover up"), "{r:?}");
    }

    #[test]
    fn which_after_an_apposition_is_the_appositions_thing() {
        let r = svo(
            "Prices rose. Tom Hale, director at Acme Corp, which promotes young artists, spoke.",
        );
        assert!(!r.iter().any(|x| x.0 == "Tom Hale"), "{r:?}");
        assert!(
            r.iter().any(|x| x.0 == "Acme Corp" && x.1 == "promote"),
            "{r:?}"
        );
        let r = svo("Prices rose. Tom Hale, 82, who promotes young artists, spoke.");
        assert!(
            r.iter().any(|x| x.0 == "Tom Hale" && x.1 == "promote"),
            "{r:?}"
        );
    }

    #[test]
    fn an_object_keeps_the_complement_its_verb_or_noun_needs() {
        let objects = |text: &str| -> Vec<String> { svo(text).into_iter().map(|r| r.2).collect() };
        // "put" needs where: a place-like phrase, but not a time.
        let r = objects("Prices rose. Acme Corp put Tom Hale in a position to approve loans.");
        assert_eq!(r, ["Tom Hale in a position to approve loans"]);
        let r = objects("Prices rose. Acme Corp put Tom Hale in July on the list.");
        assert_eq!(r, ["Tom Hale"]);
        // A noun's infinitive keeps an object pronoun; "sights" needs "on".
        let r =
            objects("Prices rose. Tom Hale survived an attempt to unseat him during the strike.");
        assert_eq!(r, ["an attempt to unseat him"]);
        let r = objects("Prices rose. Jane Roe has set her sights on a second term.");
        assert_eq!(r, ["her sights on a second term"]);
        // So past a noun joined to the object.
        let r = objects("Prices rose. Jane Roe touted Tom Hale and Jim Beck as replacements.");
        assert_eq!(r, ["Tom Hale and Jim Beck as replacements"]);
        // What a thing is filled with is part of the filling.
        let r = objects("Prices rose. Jane Roe filled her campaign with hawkish advisers.");
        assert_eq!(r, ["her campaign with hawkish advisers"]);
        // "unless" opens a clause the object does not run into.
        let r = objects(
            "Prices rose. Jane Roe put a hold on the nomination unless Jim Beck testified.",
        );
        assert_eq!(r, ["a hold on the nomination"]);
    }

    #[test]
    fn an_idea_keeps_its_that_clause_and_seeing_keeps_its_as_phrase() {
        let objects = |text: &str| -> Vec<String> { svo(text).into_iter().map(|r| r.2).collect() };
        let r = objects(
            "Prices rose. Tom Hale downplayed the idea that the council is divided, and left.",
        );
        assert_eq!(r, ["the idea that the council is divided"]);
        let r = objects("Prices rose. Jim Beck sees the levy as a tax on the poor.");
        assert_eq!(r, ["the levy as a tax on the poor"]);
        // A reporting verb's "-ing" noun after a determiner stays the object's noun.
        let r = objects("Prices rose. When Peru ignored this ruling, Tom Hale left.");
        assert_eq!(r, ["this ruling"]);
    }

    #[test]
    fn a_verbs_spelling_after_a_determiner_is_part_of_the_object() {
        let objects = |text: &str| -> Vec<String> { svo(text).into_iter().map(|r| r.2).collect() };
        assert_eq!(
            objects("Prices rose. Jane Roe ordered a complete audit of the accounts."),
            ["a complete audit of the accounts"]
        );
        assert_eq!(
            objects("Prices rose. Tom Hale kept a small but clear lead."),
            ["a small but clear lead"]
        );
    }

    #[test]
    fn who_after_an_apposition_stands_for_the_person() {
        let r = svo(
            "Prices rose. Tom Hale, president of the Tarsk Chamber of Commerce, who has witnessed the closures, spoke.",
        );
        let witness: Vec<_> = r.iter().filter(|x| x.1 == "witness").collect();
        assert_eq!(witness.len(), 1, "{r:?}");
        assert_eq!(witness[0].0, "Tom Hale", "{r:?}");
    }

    #[test]
    fn a_family_or_a_wing_is_not_the_person_or_the_party() {
        let r = svo(
            "Prices rose. Tom Hale painted the fence. Members of the Hale family poured $2 million into the campaign. One wing of the GOP favors a tougher policy.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "Tom Hale", "{r:?}");
    }

    #[test]
    fn a_verb_keeps_the_phrase_its_object_needs() {
        let r = svo(
            "Prices rose. Ann Lee painted Jim Beck as an erratic bully. Globex Inc attributed the damage to a group of protesters. Tom Hale distanced himself from the posters. Acme Corp likened Globex Inc to a shark.",
        );
        let objects: Vec<_> = r.iter().map(|x| x.2.as_str()).collect();
        assert_eq!(
            objects,
            [
                "Jim Beck as an erratic bully",
                "the damage to a group of protesters",
                "himself from the posters",
                "Globex Inc to a shark",
            ],
            "{r:?}"
        );
    }

    #[test]
    fn the_phrase_an_object_needs_follows_a_phrase_on_its_noun() {
        let r =
            svo("Tarsk sees the grip of Acme Corp on key technologies as a threat to its rise.");
        let see = r.iter().find(|x| x.1 == "see").expect("see");
        assert_eq!(
            see.2, "the grip of Acme Corp on key technologies as a threat to its rise",
            "{r:?}"
        );
    }

    #[test]
    fn a_name_with_its_infinitive_is_what_is_wanted() {
        let r = svo("Jane Roe wants Tom Hale to resign.");
        let want = r.iter().find(|x| x.1 == "want").expect("want");
        assert_eq!(want.2, "Tom Hale to resign", "{r:?}");
        // So is a noun phrase's act; after other verbs the infinitive is the subject's.
        let r = svo(
            "Prices rose. Acme Corp allows people to make free calls. Acme Corp beat the rivals to win the prize.",
        );
        let allow = r.iter().find(|x| x.1 == "allow").expect("allow");
        assert_eq!(allow.2, "people to make free calls", "{r:?}");
        assert!(!r.iter().any(|x| x.2.starts_with("the rivals to")), "{r:?}");
        // An adverb that completes the infinitive's verb stays with it.
        let r = svo(
            "Prices rose. Judge Amy Fox let the trial go on. Judge Ann Lee allowed the trial to go forward.",
        );
        let allow = r.iter().find(|x| x.1 == "allow").expect("allow");
        assert_eq!(allow.2, "the trial to go forward", "{r:?}");
        // What something is used for completes it, with the preposition its verb takes.
        let r = svo(
            "Prices rose. Tom Hale used his speech to defend the budget. Acme Corp used the hearing to go after the rivals.",
        );
        let used: Vec<_> = r
            .iter()
            .filter(|x| x.1 == "use")
            .map(|x| x.2.as_str())
            .collect();
        assert_eq!(
            used,
            [
                "his speech to defend the budget",
                "the hearing to go after the rivals"
            ],
            "{r:?}"
        );
    }

    #[test]
    fn no_object_from_an_adverbial_clause_or_an_adverb() {
        let r = svo(
            "Odile Marchetti died while playing for Siemens against Microsoft. John Smith would not play again.",
        );
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn any_verb_after_a_name_with_an_appositive() {
        let r = svo("Odile Marchetti, the mayor of Lisbon, outbid Siemens for the old tram depot.");
        assert!(
            r.contains(&("Odile Marchetti".into(), "outbid".into(), "Siemens".into())),
            "{r:?}"
        );
    }

    #[test]
    fn a_relative_clause_verb_belongs_to_the_name_before_it() {
        let r = svo("Maria Alves, 64, who created the Green Falcon in 1970, sued the studio.");
        assert!(
            r.contains(&("Maria Alves".into(), "create".into(), "Green Falcon".into())),
            "{r:?}"
        );
        let r = svo("Portugal holds about 300 political prisoners.");
        assert!(
            r.contains(&(
                "Portugal".into(),
                "hold".into(),
                "about 300 political prisoners".into()
            )),
            "{r:?}"
        );
    }

    #[test]
    fn prefixed_verbs_and_a_country_acting_through_its_government() {
        let r = svo("Maria Alves co-created the Green Falcon.");
        assert!(
            r.contains(&(
                "Maria Alves".into(),
                "co-create".into(),
                "Green Falcon".into()
            )),
            "{r:?}"
        );
        let r = svo("The Brazilian government lodged a formal complaint with Portugal.");
        assert!(
            r.iter().any(|x| x.0 == "Brazilian" && x.1 == "lodge"),
            "{r:?}"
        );
    }

    #[test]
    fn an_agreement_acts_only_by_its_terms() {
        let r = svo(
            "Brazil and Chile signed the fisheries accord. The accord obliges both sides to share data. The accord said nothing.",
        );
        assert!(
            r.iter().any(|x| x.0 == "The accord" && x.1 == "oblige"),
            "{r:?}"
        );
        assert!(r.iter().all(|x| x.1 != "say"), "{r:?}");
    }

    #[test]
    fn literal_object_and_date_between_subject_and_verb() {
        let r = svo("Siemens on Tuesday closed two plants in Portugal.");
        assert!(
            r.contains(&("Siemens".into(), "close".into(), "two plants".into())),
            "{r:?}"
        );
    }

    #[test]
    fn a_particle_belongs_to_its_verb_but_not_before_a_figure() {
        let r = svo(
            "Bolt Motors laid off 300 staff. Ruritania broke away from Freedonia. Acme Corp closed up 9% on Friday.",
        );
        assert!(
            r.iter().any(|x| x.0 == "Bolt Motors" && x.1 == "lay off"),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Ruritania" && x.1 == "break away" && x.2 == "Freedonia"),
            "{r:?}"
        );
        assert!(r.iter().all(|x| x.1 != "close up"), "{r:?}");
    }

    #[test]
    fn names_joined_before_a_noun_modify_it_and_are_no_subjects() {
        let r = svo(
            "The Acme Airlines and Globex Air crashes involved older models. The Tarsk and Oskol cases permitted larger gifts.",
        );
        assert!(r.is_empty(), "{r:?}");
        // With no noun after the names, each is a subject; a quantifier or an adviser's name
        // after the second is no noun they modify.
        let r = svo(
            "Acme Corp and Globex Inc both painted their stores. Jim Beck and Acme adviser Ann Lee represented the firm.",
        );
        assert!(
            r.iter().any(|x| x.0 == "Acme Corp" && x.1 == "paint"),
            "{r:?}"
        );
        assert!(
            r.iter().any(|x| x.0 == "Jim Beck" && x.1 == "represent"),
            "{r:?}"
        );
    }

    #[test]
    fn well_after_a_modal_is_an_adverb() {
        let r = svo("Tom Hale might well continue building a strong lead.");
        assert!(r.iter().all(|x| x.1 != "well"), "{r:?}");
    }

    #[test]
    fn a_votes_tally_is_no_object() {
        let r = svo("The Oskol Committee voted 9-2 last month to back the plan.");
        assert!(r.iter().all(|x| x.1 != "vote"), "{r:?}");
    }

    #[test]
    fn and_before_a_verb_joins_verbs_not_subjects() {
        let r = svo(
            "Other firms have expressed an interest in Acme Corp, the phone firm, and may now table rival bids. Acme Corp and its partners have tabled a bid.",
        );
        assert!(
            r.iter().all(|x| x.1 != "table" || x.2 != "rival bids"),
            "{r:?}"
        );
        assert!(
            r.iter().any(|x| x.0 == "Acme Corp" && x.1 == "table"),
            "{r:?}"
        );
    }

    #[test]
    fn a_gerunds_object_is_not_the_verbs() {
        let r = svo("Anna Berg showed no sign of attacking Acme Corp on Monday.");
        assert!(r.iter().all(|x| x.2 != "Acme Corp"), "{r:?}");
    }

    #[test]
    fn after_a_form_of_be_only_a_participle_is_a_verb() {
        let r = svo("Anna Berg was part of the winning team. Anna Berg was promoted last year.");
        assert!(r.iter().all(|x| x.1 != "part"), "{r:?}");
        let r = svo("Anna Berg is also well aware of the risk.");
        assert!(r.iter().all(|x| x.1 != "well"), "{r:?}");
    }

    #[test]
    fn nouns_without_auxiliary_are_not_verbs() {
        let r = svo("The Siemens plans were leaked.");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn a_name_inside_a_phrase_is_not_the_subject_unless_a_relative_clause_follows() {
        let r = svo("Public opinion on Jane Roe has been remarkably stable throughout her term.");
        assert!(r.is_empty(), "{r:?}");
        let r = svo("Many of the suppliers to Acme Corp laid off staff.");
        assert!(r.is_empty(), "{r:?}");
        let r = svo("The money owed to Jane Roe, who painted the mural in 1990, is large.");
        assert!(
            r.contains(&("Jane Roe".into(), "paint".into(), "the mural".into())),
            "{r:?}"
        );
    }

    #[test]
    fn a_clause_after_the_verb_is_no_object() {
        let r = svo("Jane Roe shared that Tom Hale had asked her twice.");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn a_name_with_a_verb_of_its_own_after_the_verb_is_no_object() {
        let r = svo(
            "Jane Roe knew Tom Hale would not respond. Ann Lee knew Jim Beck didn't care. Zoltar Roe accepted referee Tom Hale had no option.",
        );
        assert!(r.is_empty(), "{r:?}");
        let r = svo("Jane Roe examined the sales data Mr. Hale used in 2012.");
        assert_eq!(r[0].2, "the sales data", "{r:?}");
    }

    #[test]
    fn a_name_after_an_indefinite_article_modifies_the_noun_after_it() {
        let r = svo("Prices rose. Ann Lee filed a follow-up Acme Corp report on Tuesday.");
        assert!(
            r.iter()
                .any(|x| x.1 == "file" && x.2 == "a follow-up Acme Corp report"),
            "{r:?}"
        );
    }

    #[test]
    fn another_sum_is_the_object() {
        let r = svo("Prices rose. Acme Corp spent another $85bn buying Globex Inc.");
        assert!(r.iter().any(|x| x.1 == "spend" && x.2 == "$85bn"), "{r:?}");
    }

    #[test]
    fn a_name_in_a_phrase_after_the_object_is_not_the_object() {
        let r = svo("Globex Industries found no coverage on Acme Corp last week.");
        assert!(!r.iter().any(|x| x.2 == "Acme Corp"), "{r:?}");
    }

    #[test]
    fn a_relative_or_joined_clause_keeps_its_own_arguments() {
        let r = svo("Jane Roe blasted a shot that Tom Hale parried to Ana Lopes.");
        assert_eq!(
            r,
            vec![("Jane Roe".into(), "blast".into(), "a shot".into())]
        );
        let r = svo("Tom Hale raced down the left and crossed to Ana Lopes.");
        assert!(!r.iter().any(|x| x.2 == "Ana Lopes"), "{r:?}");
    }

    #[test]
    fn a_name_after_an_adverbial_ing_clause_is_its_verbs() {
        let r = svo("Tom Hale surprised everyone by selling the Dutchman to Lazio.");
        assert!(r.iter().any(|x| x.1 == "surprise"), "{r:?}");
        assert!(
            !r.iter()
                .any(|x| x.2 == "Lazio" || x.2.contains("Netherlands")),
            "{r:?}"
        );
    }

    #[test]
    fn an_adverb_without_ly_after_an_auxiliary_is_no_verb() {
        let r = svo("Tom Hale has long viewed Jane Roe as a rival.");
        assert!(r.iter().any(|x| x.1 == "view"), "{r:?}");
        assert!(!r.iter().any(|x| x.1 == "long"), "{r:?}");
    }

    #[test]
    fn a_demonym_adjective_is_no_subject() {
        let r = svo("British stars Jane Roe and Tom Hale hope for awards.");
        assert!(!r.iter().any(|x| x.0 == "British"), "{r:?}");
    }

    #[test]
    fn a_far_place_is_no_object_but_one_right_after_the_verb_is() {
        let r =
            svo("Jane Roe sought the “violence” orders - normally used in Brazil in such cases.");
        assert!(!r.iter().any(|x| x.2 == "Brazil"), "{r:?}");
        let r = svo("Tom Hale landed in Brazil on Monday.");
        assert!(r.iter().any(|x| x.1 == "land" && x.2 == "Brazil"), "{r:?}");
    }

    #[test]
    fn a_name_after_under_or_during_is_no_subject() {
        let r = svo("Another role under Tom Hale, the comedy, starred Jane Roe as a cook.");
        assert!(!r.iter().any(|x| x.0 == "Tom Hale"), "{r:?}");
    }

    #[test]
    fn a_sum_right_after_the_verb_is_its_object() {
        let r = svo("Acme Corp has spent $5 million against Tom Hale.");
        assert!(
            r.iter().any(|x| x.1 == "spend" && x.2 == "$5 million"),
            "{r:?}"
        );
    }

    #[test]
    fn a_base_form_after_have_is_no_verb_but_a_participle_is() {
        let r = svo("Brazil and Chile had highly corrupt political cultures.");
        assert!(!r.iter().any(|x| x.1 == "corrupt"), "{r:?}");
        let r = svo("Brazil has run the agency for years.");
        assert!(
            r.iter().any(|x| x.1 == "run" && x.2 == "the agency"),
            "{r:?}"
        );
    }

    #[test]
    fn a_question_states_nothing() {
        let r = svo("Has Acme Corp bought the Tarsk plant?");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn a_particle_after_a_reflexive_object_belongs_to_the_verb() {
        let r =
            svo("Tom Hale turned himself in early on Thursday. Ann Lee found herself in trouble.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].1.as_str(), r[0].2.as_str()),
            ("turn in", "himself"),
            "{r:?}"
        );
    }

    #[test]
    fn a_particle_after_the_object_ending_its_clause_belongs_to_the_verb() {
        let r = svo(
            "Jane Roe brought the matter up during talks. Tom Hale ordered the guards to stand \
             down.",
        );
        assert!(
            r.iter().any(|x| x.1 == "bring up" && x.2 == "the matter"),
            "{r:?}"
        );
        assert!(r.iter().all(|x| x.1 != "order down"), "{r:?}");
    }

    #[test]
    fn an_adjective_of_how_one_holds_is_no_object() {
        let r = svo("Ann Lee held firm with Tom Hale on taxes. Acme Corp held talks.");
        assert!(!r.iter().any(|x| x.2 == "firm"), "{r:?}");
        assert!(r.iter().any(|x| x.2 == "talks"), "{r:?}");
    }

    #[test]
    fn have_before_a_participle_is_no_verb_of_its_own() {
        let r = svo("Jim Beck is also expected to have donated to the fund.");
        assert!(!r.iter().any(|x| x.1 == "have"), "{r:?}");
    }

    #[test]
    fn a_phrase_with_a_verb_of_its_own_is_no_object() {
        let r = svo(
            "Ann Lee knew the plan would fail. Jim Beck feels the contest could end badly. Tom Hale accepted his side had not played well.",
        );
        assert!(r.is_empty(), "{r:?}");
        // A participle after the phrase describes it; "thanks to", an inverted condition
        // and the main verb after a relative clause are no clause's verb.
        let r = svo(
            "Jim Beck needs the votes needed to pass it. Acme Corp avoided bankruptcy thanks to a loan. Globex Inc can veto any plan should it choose. The studio where Ann Lee spent her final hours is to close.",
        );
        for object in ["the votes", "bankruptcy", "any plan", "her final hours"] {
            assert!(r.iter().any(|x| x.2 == object), "{object}: {r:?}");
        }
    }

    #[test]
    fn a_time_after_the_verb_is_no_object() {
        let r = svo(
            "The plan came from an order Tom Hale issued last May. Ann Lee won a seat that Jim Beck did not carry last November.",
        );
        assert!(!r.iter().any(|x| x.2.starts_with("last")), "{r:?}");
    }

    #[test]
    fn which_after_a_person_stands_for_a_thing() {
        let r =
            svo("Prices rose. It beats the tax cut passed under Tom Hale, which lowered the rate.");
        assert!(r.is_empty(), "{r:?}");
        let r = svo("Prices rose. Acme Corp, which lowered prices, grew.");
        assert_eq!(r.len(), 1, "{r:?}");
    }

    #[test]
    fn as_someone_puts_it_puts_nothing() {
        let r = svo("Prices rose. It was, as Jo Doe put it to Reuters, a signal.");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn a_share_inside_a_phrase_of_its_own_is_no_object() {
        let r = svo(
            "Tom Hale finished second in the race with 25 percent of the vote. Jane Roe painted 25 percent of the house.",
        );
        assert!(!r.iter().any(|x| x.2 == "the vote"), "{r:?}");
        assert!(
            r.iter().any(|x| x.1 == "paint" && x.2 == "the house"),
            "{r:?}"
        );
    }

    #[test]
    fn an_infinitive_after_to_be_and_an_adjective_completes_it() {
        let r = svo("Jane Roe wanted her clients to be able to reach the court.");
        let want = r.iter().find(|x| x.1 == "want").expect("want");
        assert_eq!(want.2, "her clients to be able to reach the court", "{r:?}");
    }
}
