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

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;

use super::date::find_date;
use super::types::{Arg, DocContext, Extraction, Extractor, RelationMention};
use crate::graph::EntityType;
use crate::ontology::{DescriptorPosition, RelationType, Sex, VerbForm};
use crate::text::{Token, TokenKind, WEEKDAYS, lower};

mod accusation;
mod nominal;

use accusation::{ACCUSING, accusations};
use nominal::{nominal_events, nominal_meetings};

pub struct TriggeredRelations;

pub(super) const RULE_TRIGGER: &str = "relation/trigger";
const RULE_REPORT: &str = "relation/reporting-verb";
/// The relation type of reports ("Roe said …"), declared in `ontology/relations.tsv`.
const REPORTS: &str = "reports";
const RULE_PREPOSITION: &str = "relation/preposition";
pub const RULE_KINSHIP: &str = "relation/kinship";

/// Words before a quantity that qualify it; kept as the `approximation` qualifier.
const APPROXIMATIONS: &[&[&str]] = &[
    &["as", "many", "as"],
    &["up", "to"],
    &["close", "to"],
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

pub(crate) const NUMBER_WORDS: &[(&str, u64)] = &[
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
    // ("two dozen officials" are 24.)
    ("dozen", 12),
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
        "Relations named by trigger words from ontology/relations.tsv and by reporting verbs, plus located_in, attend, between, include, meet and family from prepositions and nouns, and events named by nouns (\"the union's strike against X\") and acts someone is accused of; with quantity, place, claimant, polarity and modality."
    }

    fn extract(&self, ctx: &DocContext<'_>, out: &mut Extraction) {
        let mut found = Vec::new();
        let mut arguments = out.argument_mentions_by_sentence(ctx.sentences.len());
        for (s, sentence) in ctx.sentences.iter().enumerate() {
            let toks = &sentence.tokens;
            let in_sentence = std::mem::take(&mut arguments[s]);
            // A sentence that names no entity still has a party in a "he", "she", "his" or
            // "her" that stands for one named before ("He said he hoped …", "Her plan calls
            // for …").
            let names_a_party = !in_sentence.is_empty()
                || ctx
                    .lower_tokens(s)
                    .iter()
                    .any(|w| matches!(*w, "he" | "she" | "his" | "her"));
            if !names_a_party || asks(ctx, out, s) {
                continue;
            }
            let claimant = find_claimant(ctx, out, s, &in_sentence);
            // A report is its own speaker's: the sentence's source found at its first
            // reporting verb claims nothing that verb reports.
            let first_report = (0..toks.len()).find(|&i| reports_at(ctx, s, i));
            let sentence_start = found.len();
            let mut t = 0;
            while t < toks.len() {
                let Some(trigger) = trigger_at(ctx, s, t) else {
                    t += 1;
                    continue;
                };
                let len = trigger.len;
                if out.quoted(toks[t].span.start)
                    || (trigger.reporting && attributes_quote(ctx, out, s, t))
                {
                    t += len;
                    continue;
                }
                // "X warned that …, while Y confirmed that Z moved …": the nearest reporter
                // before the verb claims it; the first reporting verb (and "agreed to" there)
                // is its speaker's own act.
                let own_verb = first_report == Some(t);
                // "Although Trump did later disavow Duke, Romney called …": the main clause's
                // speaker claims nothing in the subordinate clause.
                // Nor does it claim a clause joined after its report ("Roe called for X, and
                // Hale proposed Y").
                let other_clause =
                    first_report.is_some_and(|f| f < t && joins_other_clause(ctx, s, f + 1..t));
                let claimant = reporter_before(ctx, out, s, t, &in_sentence).or(claimant
                    .and_then(|c| c.of_verb_at(ctx, s, t))
                    .filter(|_| !own_verb && !other_clause && !opens_with_subordinator(ctx, s, t)));
                if let Some(r) = relation_at(ctx, out, s, &trigger, &in_sentence, claimant) {
                    found.extend(with_coordinated_subjects(ctx, out, s, r));
                }
                t += len;
            }
            dedupe_reported_figures(&mut found[sentence_start..]);
            found.extend(preposition_relations(ctx, out, s, &in_sentence));
            found.extend(nominal_meetings(ctx, out, s, &in_sentence));
            found.extend(nominal_events(ctx, out, s, &in_sentence));
            found.extend(accusations(ctx, out, s, &in_sentence, claimant));
            found.extend(kinship(ctx, out, s, &in_sentence));
        }
        out.relations.extend(found);
    }
}

/// Where `phrase` first stands in `text`, as `str::find` gives it. The phrases looked for are
/// words found just after the verb, so they stand at or near the start of `text`: trying each
/// place its first byte is at costs little, where the standard library's searcher took some
/// 1,700 instructions to set up for each phrase (and memchr's memmem more).
fn find_phrase(text: &str, phrase: &str) -> Option<usize> {
    let Some(&first) = phrase.as_bytes().first() else {
        return Some(0);
    };
    memchr::memchr_iter(first, text.as_bytes())
        .find(|&at| text.as_bytes()[at..].starts_with(phrase.as_bytes()))
}

/// Whether the verb at token `t` is denied ("did not deny", "could not support", "never
/// signed", "did little to ease"); such a relation carries `polarity: negative`.
fn negated(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    // "backed the plan without criticizing Roe": not done; "but not without criticizing
    // Roe": done after all.
    if t >= 1 && ctx.lower_token(s, t - 1) == "without" && ctx.token(s, t).ends_with("ing") {
        return t < 2 || ctx.lower_token(s, t - 2) != "not";
    }
    // "did not merely raise taxes", "not only sold the plant but …": it was done, and more.
    if t >= 2
        && matches!(
            ctx.lower_token(s, t - 1),
            "merely" | "only" | "just" | "simply"
        )
        && ctx.lower_token(s, t - 2) == "not"
    {
        return false;
    }
    // "too weak to attack", "not fast enough to pay", "not enough votes to pass": what the
    // infinitive names did not happen.
    let k = auxiliaries_start(ctx, s, t);
    if k >= 3 && ctx.token(s, k - 1) == "to" {
        let too = ctx.lower_token(s, k - 3) == "too";
        let denied_enough = [k - 2, k - 3]
            .into_iter()
            .find(|&e| ctx.lower_token(s, e) == "enough")
            .is_some_and(|e| {
                (e.saturating_sub(8)..e)
                    .rev()
                    .take_while(|&i| !matches!(ctx.token(s, i), "," | ";" | ":"))
                    .any(|i| {
                        let w = ctx.lower_token(s, i);
                        matches!(w, "not" | "no" | "never") || negative_contraction(w)
                    })
            });
        if too || denied_enough {
            return true;
        }
    }
    // The words right before the verb are `phrase`.
    let after = |phrase: &[&str]| {
        t >= phrase.len()
            && phrase
                .iter()
                .enumerate()
                .all(|(k, w)| ctx.token(s, t - phrase.len() + k).eq_ignore_ascii_case(w))
    };
    // "did not sign", "does not appear to have signed": only auxiliaries and raising verbs
    // stand between a negation further back and the verb.
    let raising = |k: usize| {
        let w = ctx.lower_token(s, k);
        is_auxiliary(w)
            || matches!(
                w,
                "appear"
                    | "appears"
                    | "seem"
                    | "seems"
                    | "to"
                    | "yet"
                    | "even"
                    | "also"
                    | "able"
                    // "isn't quite ready to say": not willing yet, so not done.
                    | "quite"
                    | "ready"
                    | "willing"
                    | "prepared"
            )
            // "isn't eager to send troops", "is not “eager” to": not wanted, so not done.
            || INTENTION_ADJECTIVES.contains(&w)
            || is_quote_mark(ctx, s, k)
    };
    negation_just_before(ctx, s, t)
        || (t.saturating_sub(6)..t.saturating_sub(3)).any(|i| {
        let w = ctx.lower_token(s, i);
        (matches!(w, "not" | "never") || negative_contraction(w)) && (i + 1..t).all(raising)
    }) || (0..t).any(|i| {
        // "Neither Acme nor Bolt wished to comment".
        ctx.lower_token(s, i) == "neither" && (i..t).any(|k| ctx.token(s, k) == "nor")
    }) || negative_subject(ctx, s, t)
        || denied_clause(ctx, s, t)
        || disbelieved_clause(ctx, s, t)
        || after(&["did", "little", "to"])
        || after(&["unable", "to"])
        // "was reluctant to tell his side", "unwilling to sign": held back, so not done.
        || ["reluctant", "unwilling", "loath", "hesitant"]
            .iter()
            .any(|adjective| after(&[adjective, "to"]))
        // "are yet to concede a goal", "has yet to sign": not so far.
        || (after(&["yet", "to"])
            && t >= 3
            && (PASSIVE_AUX.contains(&ctx.lower_token(s, t - 3))
                || matches!(ctx.lower_token(s, t - 3), "has" | "have" | "had")))
        // "refused to sign", "in refusing to produce", "neglected to mention": left undone,
        // in any form of the verb.
        || (t >= 2
            && ctx.token(s, t - 1) == "to"
            && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, t - 2))
                .is_some_and(|f| matches!(f.lemma.as_str(), "refuse" | "decline" | "fail" | "neglect")))
        // "Roe's failure to attend", "their refusals to publicly condemn it": the noun says it
        // did not happen.
        || (k >= 2
            && ctx.token(s, k - 1) == "to"
            && matches!(
                ctx.lower_token(s, k - 2),
                "failure" | "failures" | "refusal" | "refusals" | "inability"
            ))
}

/// Whether `word` is a subject pronoun joined to its auxiliary ("he'd", "they’ll", "we've"),
/// with either apostrophe.
fn auxiliary_contraction(word: &str) -> bool {
    word.split_once(['\'', '’'])
        .is_some_and(|(pronoun, auxiliary)| {
            matches!(pronoun, "i" | "you" | "he" | "she" | "it" | "we" | "they")
                && matches!(auxiliary, "d" | "ll" | "ve" | "re" | "m")
        })
}

/// The person whose title before the name holds mention `m` as its body: Tom Hale for the
/// Senate in "Senate Judiciary Chairman Tom Hale".
fn titled_person(out: &Extraction, m: usize) -> Option<usize> {
    // (Asked of every name after every trigger: only a body or a country holds a title's "of".)
    if !matches!(
        out.mentions[m].entity_type,
        EntityType::Organization | EntityType::Country
    ) {
        return None;
    }
    out.relations.iter().find_map(|r| {
        (r.rule == crate::extract::role::RULE_BEFORE
            && r.qualifiers.get("of") == Some(&Arg::Mention(m))
            && r.span.start == out.mentions[m].span.start)
            .then_some(r.subject)
    })
}

/// Whether a bare clause with its verb in the base form starts at token `from`, after a verb
/// that asks for something: "demanded the IAAF investigate …", "urged that he step down".
/// The subject is a pronoun, or a few words with no verb or preposition among them; after a
/// noun the verb must be no noun ("demanded changes that …" asks for a noun phrase).
fn mandative_clause(ctx: &DocContext<'_>, s: usize, from: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    let first = ctx.lower_token(s, from);
    let pronoun = subject_pronoun(first) || first == "you";
    (from + 1..(from + 6).min(toks.len()))
        .take_while(|&k| {
            let w = ctx.lower_token(s, k - 1);
            toks[k - 1].kind == TokenKind::Word
                && !OBJECT_STOP.contains(&w)
                && (k - 1 == from || !finite_or_auxiliary(ctx, w))
        })
        .any(|k| {
            // ("proposed projects like installing panels": "like" is a preposition there.)
            ctx.token(s, k).starts_with(char::is_lowercase)
                && ctx.lower_token(s, k) != "like"
                && ctx
                    .ontology
                    .verbs
                    .get(ctx.lower_token(s, k))
                    .is_some_and(|f| f.base && (pronoun || !f.also_noun))
        })
}

/// Words that lead a noun phrase into the figure it measures by: "a deal worth $8bn",
/// "penalties of between $50 and $100", "tariffs on an additional $267 billion of goods".
const FIGURE_LEAD_INS: &[&str] = &[
    "worth",
    "of",
    "between",
    "than",
    "and",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "some",
    "valued",
    "totalling",
    "totaling",
    "additional",
    "extra",
    "another",
    "further",
];

/// Verbs that take who receives before what is given: "gave Roe a reward".
const GIVING_VERBS: &[&str] = &[
    "give", "hand", "offer", "award", "grant", "send", "pay", "lend", "sell", "promise", "owe",
];

/// Whether `word` is a negative contraction ("didn't", "won’t"), with either apostrophe.
pub(super) fn negative_contraction(word: &str) -> bool {
    word.ends_with("n't") || word.ends_with("n’t")
}

/// Whether "not", "never", "cannot" or a negative contraction stands within three words
/// before token `t`: "did not sign", "isn't accusing". ("Roe, who was not there, accused
/// Lee": not past the comma that closes an aside.)
fn negation_just_before(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    (t.saturating_sub(3)..t)
        .rev()
        .take_while(|&i| ctx.token(s, i) != ",")
        .any(|i| {
            let w = ctx.lower_token(s, i);
            matches!(w, "not" | "never" | "cannot") || negative_contraction(w)
        })
}

/// Whether the subject before the verb at token `t` denies it: "No contract was signed", "Not a
/// single airline was approved", "Nobody attended". The subject must be the verb's own: not
/// "Nobody thinks Roe faced …", "had no idea where Roe found …", "none of the emails released
/// by Acme". "no fewer than 30", "No. 10", "no doubt" and "no evidence that …" deny nothing.
fn negative_subject(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    // "none of the emails released by Acme": a participle modifying the subject.
    if ctx.lower_token(s, t + 1) == "by" && t > 0 && !is_auxiliary(ctx.lower_token(s, t - 1)) {
        return false;
    }
    // Past the verb's auxiliaries ("was", "has", "could") to the subject.
    let mut end = t;
    while end > 0 && {
        let w = ctx.lower_token(s, end - 1);
        is_auxiliary(w) || matches!(w, "ever" | "yet")
    } {
        end -= 1;
    }
    (end.saturating_sub(8)..end)
        .rev()
        .take_while(|&i| {
            let w = ctx.lower_token(s, i);
            !matches!(
                w,
                "," | ";"
                    | ":"
                    | "that"
                    | "which"
                    | "who"
                    | "and"
                    | "but"
                    | "where"
                    | "when"
                    | "why"
                    | "how"
                    | "whether"
                    | "if"
                    // "has done no deals while Roe says …", "no warning signs before Roe
                    // left": another clause's words.
                    | "while"
                    | "before"
                    | "after"
                    | "since"
                    | "once"
                    | "whereas"
                    | "although"
                    | "though"
                    | "because"
                    | "unless"
                    | "until"
                    | "\""
                    | "“"
                    | "”"
            ) && !is_auxiliary(w)
                && !ctx.ontology.is_finite_verb(w)
        })
        .any(|i| {
            let next = ctx.lower_token(s, i + 1);
            match ctx.lower_token(s, i) {
                "nobody" | "nothing" | "none" => true,
                "no" => {
                    !matches!(
                        next,
                        "fewer" | "more" | "less" | "later" | "sooner" | "earlier" | "doubt" | "."
                    ) && !next.starts_with(|c: char| c.is_ascii_digit())
                        && !(i + 1..(i + 3).min(end)).any(|k| {
                            matches!(
                                ctx.lower_token(s, k),
                                "guarantee"
                                    | "evidence"
                                    | "proof"
                                    | "sign"
                                    | "indication"
                                    | "idea"
                                    | "word"
                            )
                        })
                }
                "not" => matches!(next, "a" | "an" | "one" | "single"),
                _ => false,
            }
        })
}

/// The tokens of the clause that says what the noun phrase at token `from` names, when that
/// phrase is a noun (after a determiner or not) that states a clause
/// ([`Ontology::takes_complement`] with "that"): "welcomed the fact that the vote was quick"
/// reported that the vote was quick, not "the fact". Only "fact" takes a clause without
/// "that" ("welcomed the fact there was a vote"); "rejected the claim he made" is a relative
/// clause.
fn content_clause_after(ctx: &DocContext<'_>, s: usize, from: usize) -> Option<Range<usize>> {
    let at = stating_noun_at(ctx, s, from)?;
    let noun = ctx.lower_token(s, at);
    let that = ctx.token(s, at + 1) == "that";
    // "rejected any suggestion the movement is a threat": a clause whose verb is a form of
    // "be" with its complement after it lacks no object, so it is no relative clause.
    let copula_clause = || {
        let toks = &ctx.sentences[s].tokens;
        (at + 2..(at + 7).min(toks.len()))
            .take_while(|&k| toks[k - 1].kind == TokenKind::Word)
            .find(|&k| finite_or_auxiliary(ctx, ctx.lower_token(s, k)))
            .is_some_and(|k| {
                // ("the claim he was making", "the claim he was given": a verb form after
                // the copula may leave its object to the noun.)
                let next = ctx.lower_token(s, k + 1);
                matches!(ctx.lower_token(s, k), "is" | "was" | "are" | "were")
                    && toks.get(k + 1).is_some_and(|x| {
                        matches!(x.kind, TokenKind::Word | TokenKind::Number)
                            && !OBJECT_STOP.contains(&next)
                            && ctx.ontology.verbs.get(next).is_none_or(|f| f.also_noun)
                    })
            })
    };
    if (!that && noun != "fact" && !copula_clause()) || (that && relative_that(ctx, s, at + 1)) {
        return None;
    }
    reported_clause_after(ctx, s, at + 1, !that).filter(|c| c.len() <= MAX_REPORTED_CLAUSE)
}

/// The token of the noun that opens the phrase at token `from`, past a determiner, when it
/// states a clause ([`Ontology::takes_complement`] with "that": "the claim", "claims").
/// ("rejected claims that …": a plural needs no determiner.)
fn stating_noun_at(ctx: &DocContext<'_>, s: usize, from: usize) -> Option<usize> {
    let at = if determiner_or_possessive(ctx.lower_token(s, from))
        || ctx.lower_token(s, from) == "any"
    {
        from + 1
    } else {
        from
    };
    ctx.ontology
        .takes_complement(ctx.lower_token(s, at), "that")
        .then_some(at)
}

/// Whether the "that" at token `that` opens a relative clause that lacks its subject ("the
/// allegations that have been made"), not a clause that states what a noun says.
fn relative_that(ctx: &DocContext<'_>, s: usize, that: usize) -> bool {
    let next = ctx.lower_token(s, that + 1);
    is_auxiliary(next) || ctx.ontology.is_finite_verb(next)
}

/// Whether token `i` is an -ing verb that opens a clause of its own ("…, saying he …").
fn participle_clause_at(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    let w = ctx.lower_token(s, i);
    w.ends_with("ing") && ctx.ontology.verbs.contains_key(w)
}

/// Whether token `t` stands in what a denial rejects: "Roe denied that Acme sold it", "rejected
/// claims that Acme sold it", "rejected the claim that …". Its claimant says it did not happen.
fn denied_clause(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    let Some(verb) = report_before(ctx, s, t) else {
        return false;
    };
    // ("rejected the claim that Acme sold it".)
    let that = stating_noun_at(ctx, s, verb + 1).map_or(verb + 1, |noun| noun + 1);
    matches!(
        ctx.reporting_lemma(s, verb),
        Some("deny" | "reject" | "dismiss" | "refute" | "dispute")
    ) && that < t
        && ctx.token(s, that) == "that"
        && !relative_that(ctx, s, that)
        && !(that..t).any(|i| matches!(ctx.token(s, i), "—" | "–"))
        && !joins_other_clause(ctx, s, that..t)
        && !in_writers_aside(ctx, s, verb, t)
        // "rejected the claim that Roe was sidelined, saying he …": a participle after a comma
        // says something of its own.
        && !(that..t).any(|i| ctx.token(s, i) == "," && participle_clause_at(ctx, s, i + 1))
        // "did not deny that": a denial denied asserts nothing either way.
        && !negated(ctx, s, verb)
        // "denies that X causes cancer and says the studies were flawed": a reporting verb
        // after "and" in the denial's own tense is the denier's next statement.
        && !(ctx.token(s, t - 1) == "and"
            && reports_at(ctx, s, t)
            && {
                let form = |k: usize| {
                    ctx.ontology
                        .verbs
                        .get(ctx.lower_token(s, k))
                        .map(|f| (f.past, f.third))
                };
                form(t).is_some() && form(t) == form(verb)
            })
}

/// Whether token `t` stands in what someone does not think or believe: "said she doesn't
/// think Roe hurts her chances" claims that Roe does not.
fn disbelieved_clause(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    let Some(verb) = (t.saturating_sub(12)..t)
        .rev()
        .find(|&i| reports_at(ctx, s, i))
    else {
        return false;
    };
    matches!(
        ctx.reporting_lemma(s, verb),
        Some("think" | "believe" | "expect")
    ) && verb + 1 < auxiliaries_start(ctx, s, t)
        && negated(ctx, s, verb)
        && !joins_other_clause(ctx, s, verb + 1..t)
        // "Nobody thinks the affair is the reason Roe quit": the verb of a clause inside the
        // one disbelieved.
        && !(verb + 1..auxiliaries_start(ctx, s, t)).any(|k| is_auxiliary(ctx.lower_token(s, k)))
}

/// Whether a country or organization only qualifies the person named a few title words after
/// it ("Ruritanian President Roe", "Acme senior adviser Roe").
fn qualifies_person(out: &Extraction, in_sentence: &[usize], m: usize, text: &str) -> bool {
    let mention = &out.mentions[m];
    matches!(
        mention.entity_type,
        EntityType::Country | EntityType::Organization
    ) && in_sentence.iter().any(|&p| {
        let person = &out.mentions[p];
        person.entity_type == EntityType::Person
            && person.span.start > mention.span.end
            && text
                .get(mention.span.end..person.span.start)
                .is_some_and(|gap| {
                    let words: Vec<&str> = gap.split_whitespace().collect();
                    words.len() <= 4 && !gap.contains([',', ';', '.'])
                })
    })
}

/// Adds `polarity: negative` when the verb at token `t` is negated.
fn mark_negation(ctx: &DocContext<'_>, s: usize, t: usize, qualifiers: &mut BTreeMap<String, Arg>) {
    if negated(ctx, s, t) {
        qualifiers.insert("polarity".to_string(), Arg::Literal("negative".to_string()));
    }
}

/// Adds what the words around the verb at token `t` say of whether it happened: negation,
/// possibility, intention, allegation (an allegation around the verb only when
/// `may_be_alleged`), condition and question.
pub(super) fn mark_polarity_and_modality(
    ctx: &DocContext<'_>,
    s: usize,
    t: usize,
    may_be_alleged: bool,
    qualifiers: &mut BTreeMap<String, Arg>,
) {
    mark_negation(ctx, s, t, qualifiers);
    mark_possibility(ctx, s, t, qualifiers);
    mark_intention(ctx, s, t, qualifiers);
    // "denied accusations that he threatened Roe": what the accusation says, not a fact; so
    // is what nothing supports ("no evidence Roe left"), and what the writer passes on as a
    // claim ("Ruritania allegedly attacked …", "has reportedly sent"). A modality already
    // found says more ("reports that Roe threatened to shoot": intended).
    // The writer's hedge holds of a report too ("Roe allegedly said …").
    let unsupported = unsupported(ctx, s, t);
    let hedged = (t.saturating_sub(2)..t).any(|k| {
        matches!(
            ctx.lower_token(s, k),
            "allegedly" | "reportedly" | "purportedly" | "supposedly"
        )
    }) || hearsay(ctx, s)
        || impersonal_hearsay(ctx, s, t);
    if hedged || (may_be_alleged && (unsupported || inside_allegation(ctx, s, t))) {
        qualifiers
            .entry("modality".to_string())
            .or_insert_with(|| Arg::Literal("alleged".to_string()));
    }
    // "If Roe wins the election, …": a condition, not something that happened; nor is what
    // the sentence says follows from it ("Even if they take the House, Roe faces a hard
    // task", "If Acme wins, Globex will sell"), though a report of it is made.
    if inside_condition(ctx, s, t)
        || (after_opening_condition(ctx, s, t) && ctx.reporting_lemma(s, t).is_none())
    {
        qualifiers.insert(
            "modality".to_string(),
            Arg::Literal("conditional".to_string()),
        );
    }
    // "asked whether Acme had sold the plant": a question, which its asker does not claim;
    // nor does one who has "no evidence" of it.
    let question = inside_question(ctx, s, t);
    if question {
        qualifiers.insert("modality".to_string(), Arg::Literal("question".to_string()));
    }
    if unsupported || question {
        qualifiers.remove("claimant");
    }
}

/// Whether sentence `s` rests on unnamed reports ("Acme has joined the race to sign Roe,
/// according to reports", "according to media reports"): the writer passes it on as a
/// claim, as with "reportedly".
fn hearsay(ctx: &DocContext<'_>, s: usize) -> bool {
    let toks = ctx.sentences[s].tokens.len();
    (0..toks.saturating_sub(2)).any(|k| {
        ctx.lower_token(s, k) == "according" && ctx.lower_token(s, k + 1) == "to" && {
            let mut i = k + 2;
            while matches!(
                ctx.lower_token(s, i),
                "media" | "press" | "news" | "newspaper" | "local" | "unconfirmed" | "some"
            ) {
                i += 1;
            }
            ctx.lower_token(s, i) == "reports"
        }
    })
}

/// Participles that pass on what no one is named as saying: "it is believed that …", "Roe is
/// thought to have left".
const HEARSAY_PARTICIPLES: &[&str] = &[
    "believed",
    "thought",
    "understood",
    "alleged",
    "said",
    "reported",
    "rumoured",
    "rumored",
    "claimed",
];

/// Whether the verb at token `t` is passed on with no one named as its source: after "it is
/// believed (that)" and the like ("It is believed that Roe hired the boat"), or in an
/// infinitive after such a passive ("Roe is thought to have hired the boat").
fn impersonal_hearsay(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    let be = |k: usize| {
        matches!(
            ctx.lower_token(s, k),
            "is" | "was" | "are" | "were" | "been"
        )
    };
    // ("it is widely believed": an adverb may stand between.)
    let participle_after_be = |k: usize| {
        HEARSAY_PARTICIPLES.contains(&ctx.lower_token(s, k))
            && k > 0
            && (be(k - 1) || (k > 1 && be(k - 2) && ctx.lower_token(s, k - 1).ends_with("ly")))
    };
    // ("It is thought Acme wants more, but Roe says …": the hedge ends with its clause.)
    let opening = (0..t).any(|k| {
        ctx.lower_token(s, k) == "it"
            && (k + 2..(k + 5).min(t)).any(participle_after_be)
            && (k == 0 || matches!(ctx.token(s, k - 1), "," | ";" | ":" | "and" | "but"))
            && (k + 1..t).all(|i| !matches!(ctx.lower_token(s, i), "but" | ";" | "while"))
    });
    let raised = (t.saturating_sub(4)..t).any(|k| {
        participle_after_be(k)
            && ctx.lower_token(s, k + 1) == "to"
            && (k + 2..t).all(|i| matches!(ctx.lower_token(s, i), "have" | "be" | "been"))
    });
    opening || raised
}

/// "It is possible Roe will …", "it's unlikely that Acme sold …": the word of likelihood
/// an opening "it" and a form of "be" put before the clause whose verb group starts at token
/// `k` (its subject and that clause's "that" between).
fn impersonal_likelihood<'a>(ctx: &DocContext<'a>, s: usize, k: usize) -> Option<&'a str> {
    (0..k.saturating_sub(2)).find_map(|i| {
        let likelihood = ctx.lower_token(s, i + 2);
        (ctx.lower_token(s, i) == "it"
            && (i == 0 || matches!(ctx.token(s, i - 1), "," | ";" | ":" | "and" | "but"))
            && matches!(ctx.lower_token(s, i + 1), "is" | "was" | "'s" | "’s")
            && matches!(likelihood, "possible" | "likely" | "unlikely" | "probable")
            // Then the clause: its subject (a name or a noun phrase), no other verb.
            && (i + 3..k).all(|j| {
                let w = ctx.lower_token(s, j);
                !finite_or_auxiliary(ctx, w) && !matches!(w, "," | ";" | "but" | "to")
            }))
        .then_some(likelihood)
    })
}

/// Reporting verbs that ask for something, whose clause may have its verb in the base form
/// ("suggested the president reopen", "demanded Roe resign").
const MANDATIVE_VERBS: &[&str] = &[
    "suggest",
    "recommend",
    "demand",
    "insist",
    "propose",
    "request",
    "require",
];

/// The tokens before token `t` in its clause, nearest first: back to a comma, a semicolon or
/// a colon, or to a subordinator after a closing quotation mark ('asked whether he was
/// "right or wrong" when he called …' opens the writer's clause at "when").
fn tokens_of_clause_before<'a>(
    ctx: &'a DocContext<'_>,
    s: usize,
    t: usize,
) -> impl Iterator<Item = usize> + 'a {
    let opens_writers_clause =
        move |k: usize| k > 0 && is_quote_mark(ctx, s, k - 1) && writers_subordinator(ctx, s, k);
    (0..t).rev().take_while(move |&k| {
        !(matches!(ctx.token(s, k), "," | ";" | ":") || opens_writers_clause(k))
    })
}

/// Whether the verb at token `t` stands in a clause opened by "whether", or by "if" after a
/// verb of asking ("asked if Roe had left"), up to the comma that closes it.
fn inside_question(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    tokens_of_clause_before(ctx, s, t).any(|k| match ctx.lower_token(s, k) {
        // ("When asked whether she would rejoin the deal—first signed by Lee—Roe gave an
        // unequivocal yes": a verb after a named subject, past the question's own verb,
        // is the main clause's.)
        "whether" => !main_clause_after_question(ctx, s, k, t),
        // ("would not say if Acme had sold it", "declined to confirm if": a question
        // left open; "said if Acme wins, …" states a condition.)
        "if" => {
            asked_before(ctx, s, k, QUESTIONING_VERBS)
                || (k > 0
                    && ctx
                        .reporting_lemma(s, k - 1)
                        .is_some_and(|lemma| UNANSWERING_VERBS.contains(&lemma))
                    && negated(ctx, s, k - 1))
        }
        // "questioned how Acme would fund it", "asked why Tarsk would work with Oskol": an
        // open question; but "asked why Roe left" takes the leaving as done, and "knows
        // how Acme funds it" asks nothing.
        "how" | "why" => {
            asked_before(ctx, s, k, &["ask", "wonder", "question"])
                && (k + 1..t).any(|i| crate::text::MODALS.contains(&ctx.lower_token(s, i)))
        }
        _ => false,
    })
}

/// Whether the verb at token `t`, after the question "whether" at token `k` opens, has a
/// capitalised subject of its own after a verb of the question.
fn main_clause_after_question(ctx: &DocContext<'_>, s: usize, k: usize, t: usize) -> bool {
    t >= 2
        && ctx.token(s, t - 1).starts_with(char::is_uppercase)
        && !is_auxiliary(ctx.lower_token(s, t - 1))
        && (k + 1..t - 1).any(|i| finite_or_auxiliary(ctx, ctx.lower_token(s, i)))
}

/// Reporting verbs that, denied, leave open what "if" opens: "would not say if", "declined to
/// confirm if".
const UNANSWERING_VERBS: &[&str] = &["say", "tell", "confirm", "disclose", "reveal", "specify"];

/// Verbs (as word beginnings) after which "if" opens a question, not a condition: "asked if",
/// "wondered if", "to see if".
const QUESTIONING_VERBS: &[&str] = &["ask", "wonder", "question", "know", "see"];

/// Whether token `i` is a dash with a space before it ("Roe -- who …", "Roe - the mayor"), not
/// a hyphen or a minus inside a word or a figure ("COVID-19", "a 22-13 vote").
fn spaced_dash(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    matches!(ctx.token(s, i), "—" | "–" | "-" | "--")
        && i > 0
        && toks[i].span.start > toks[i - 1].span.end
}

/// Whether the lower-case word `w` ends in "-ly" and is in the lexicon of adjectives and
/// adverbs: "publicly", "sharply" (a word such as "supply" is there too, as the adverb of
/// "supple"; callers that may meet a verb ask the verb lexicon as well).
fn ly_adverb(ctx: &DocContext<'_>, w: &str) -> bool {
    w.ends_with("ly") && ctx.ontology.common_words.contains(w)
}

/// The token after the dash at token `i`: "--" may be two tokens, the second joined to the
/// first.
fn past_dash(ctx: &DocContext<'_>, s: usize, i: usize) -> usize {
    if ctx.token(s, i + 1) == "-" && !spaced_dash(ctx, s, i + 1) {
        i + 2
    } else {
        i + 1
    }
}

/// Whether the verb before token `k`, past the one asked ("asked Roe if": a name or a
/// pronoun), starts with one of `verbs`.
fn asked_before(ctx: &DocContext<'_>, s: usize, k: usize, verbs: &[&str]) -> bool {
    let mut v = k;
    while v > 0 && {
        let w = ctx.token(s, v - 1);
        w.starts_with(char::is_uppercase) || matches!(w, "him" | "her" | "them" | "us" | "me")
    } {
        v -= 1;
    }
    v > 0 && {
        let before = ctx.lower_token(s, v - 1);
        verbs.iter().any(|verb| before.starts_with(verb))
    }
}

/// Words before an infinitive's "to" that are no noun acting in it: "how to", "in order
/// to", "did little to help", "enough to win".
const NO_NOUN_BEFORE_TO: &[&str] = &[
    "not",
    "how",
    "what",
    "where",
    "whether",
    "order",
    "little",
    "much",
    "more",
    "less",
    "enough",
    "everything",
    "nothing",
    "anything",
    "something",
    "all",
];

/// Modals that make what the verb says possible, not done.
const POSSIBILITY_MODALS: &[&str] = &["may", "might", "could", "can"];
/// Modals of what ought to be done, not what is or may be: "Roe should resign", "Acme must
/// pay".
const OBLIGATION_MODALS: &[&str] = &["should", "must"];
/// Modals of what is to come ("wo" of "won't").
const FUTURE_MODALS: &[&str] = &["will", "shall", "'ll", "wo", "would"];

/// A modal after which nothing has happened yet: a possibility's, or "would".
fn hypothetical_modal(word: &str) -> bool {
    let word = lower(word);
    word == "would"
        || POSSIBILITY_MODALS.contains(&word.as_ref())
        || OBLIGATION_MODALS.contains(&word.as_ref())
}

/// The token that opens mention `m` with its article: the "the" right before it, or else its
/// first token ("of the Tarsk Committee" → "the").
fn start_with_article(ctx: &DocContext<'_>, out: &Extraction, s: usize, m: usize) -> usize {
    let first = ctx.token_from(s, out.mentions[m].span.start);
    if first > 0 && ctx.lower_token(s, first - 1) == "the" {
        first - 1
    } else {
        first
    }
}

/// The word right before mention `m`, lower-cased; empty at the sentence's start.
fn word_before(ctx: &DocContext<'_>, out: &Extraction, s: usize, m: usize) -> String {
    ctx.token_from(s, out.mentions[m].span.start)
        .checked_sub(1)
        .map_or_else(String::new, |p| ctx.lower_token(s, p).to_string())
}

/// "my", "his", "her", "its", "our", "their": a possessive determiner.
pub(super) fn possessive_determiner(word: &str) -> bool {
    matches!(word, "his" | "her" | "its" | "their" | "our" | "my")
}

/// An article, a possessive "'s" or a possessive determiner: a word that opens a noun phrase,
/// so that a participle after it (and its adjectives) describes the noun.
pub(super) fn determiner_or_possessive(word: &str) -> bool {
    matches!(word, "the" | "a" | "an" | "'s" | "’s") || possessive_determiner(word)
}

/// "may reach", "could close", "might sell", "is likely to sell": what the verb says is
/// possible, not done; "will visit", "is to visit", "is set to visit": it is to come
/// (`modality: future`); "is unlikely to reach": possible, and negative.
fn mark_possibility(
    ctx: &DocContext<'_>,
    s: usize,
    t: usize,
    qualifiers: &mut BTreeMap<String, Arg>,
) {
    let k = auxiliaries_start(ctx, s, t);
    let has = |words: &[&str]| (k..t).any(|i| words.contains(&ctx.lower_token(s, i)));
    let before_to =
        |n: usize| (k > n && ctx.token(s, k - 1) == "to").then(|| ctx.lower_token(s, k - 1 - n));
    let be = |w: Option<&str>| {
        w.is_some_and(|w| matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "'s"))
    };
    // "could strengthen his hand by indicating …", "would not risk outrage by killing …": an
    // -ing verb after "by" shares the main verb's modal; after "while" only one of possibility
    // ("repeated that it would be a game changer while saying …" says it now).
    let adverbial_modal = (ctx.token(s, t).ends_with("ing") && k > 0)
        .then(|| {
            let by = match ctx.token(s, k - 1) {
                "by" => true,
                "while" => false,
                _ => return None,
            };
            (k.saturating_sub(10)..k - 1)
                .rev()
                .take_while(|&i| ctx.token(s, i) != ",")
                .map(|i| ctx.lower_token(s, i))
                .find(|w| {
                    POSSIBILITY_MODALS.contains(w)
                        || (by && (OBLIGATION_MODALS.contains(w) || FUTURE_MODALS.contains(w)))
                })
        })
        .flatten();
    // "could shoot someone and not lose a vote", "will be at the border and raiding homes": a
    // base or -ing form joined by "and" or "or" shares the modal of the verb before it (but
    // "told them it would not pass and said" is the teller's); so does an adverbial one.
    let joined_modal = {
        let mut j = k;
        while j > 0 && matches!(ctx.lower_token(s, j - 1), "not" | "never" | "also" | "then") {
            j -= 1;
        }
        let bare = (k..t).all(|i| matches!(ctx.lower_token(s, i), "not" | "never"))
            && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, t))
                .is_some_and(|f| f.base || ctx.token(s, t).ends_with("ing"));
        (bare && j > 1 && matches!(ctx.lower_token(s, j - 1), "and" | "or"))
            .then(|| {
                (j.saturating_sub(12)..j - 1)
                    .rev()
                    .take_while(|&i| !matches!(ctx.token(s, i), "," | ";" | "that"))
                    // "by May 1": the month is no modal.
                    .filter(|&i| ctx.token(s, i).starts_with(char::is_lowercase))
                    .map(|i| ctx.lower_token(s, i))
                    .find(|w| {
                        POSSIBILITY_MODALS.contains(w)
                            || OBLIGATION_MODALS.contains(w)
                            || FUTURE_MODALS.contains(w)
                    })
            })
            .flatten()
            .or(adverbial_modal)
    };
    // "Presumably she believes …", "perhaps Roe will …", "Roe apparently signed": a hedge in
    // the clause before the verb or among its auxiliaries; "is not ready to elect": readiness
    // or ability is not the act.
    // ("what probably went unnoticed was Roe winning": not past another clause's verb.)
    let hedged = (k.saturating_sub(6)..t)
        .rev()
        .take_while(|&i| {
            let w = ctx.lower_token(s, i);
            let other_verb = i < k && ctx.ontology.is_finite_verb(w) && !is_auxiliary(w);
            !other_verb && !matches!(w, "," | ";" | ":")
        })
        .any(|i| {
            let w = ctx.lower_token(s, i);
            matches!(
                w,
                "presumably"
                    | "perhaps"
                    | "maybe"
                    | "possibly"
                    | "probably"
                    // "seemingly called on Roe": it seems so, no more.
                    | "seemingly"
                    | "apparently"
            )
            // "there's a decent chance that Roe will approve it", "the risk that Acme sells".
            || (matches!(
                w,
                "chance"
                    | "chances"
                    | "possibility"
                    | "likelihood"
                    | "odds"
                    | "prospect"
                    | "risk"
                    | "danger"
            ) && ctx.token(s, i + 1) == "that")
        })
        || before_to(1).is_some_and(|w| {
            // ("was able to capture Oskol": managed to, in the past, and did.)
            // ("doubts about Roe's ability to win": could, no more.)
            matches!(w, "ready" | "willing" | "ability" | "capacity")
                || (w == "able" && !matches!(before_to(2), Some("was" | "were" | "been")))
        })
        // "would consider signing Roe", "is weighing selling the unit": a course thought
        // over, not taken.
        || (ctx.token(s, t).ends_with("ing")
            && k > 0
            && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, k - 1))
                .is_some_and(|f| {
                    matches!(f.lemma.as_str(), "consider" | "weigh" | "contemplate" | "mull")
                }))
        // "seemed to have taken over": it looked so, no more.
        || before_to(1).is_some_and(|w| {
            matches!(
                w,
                "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared"
            )
        });
    // "must have known": what must be so is inferred, and possible; "should resign", "should
    // have raised": what ought to be, or to have been, done.
    let perfect = has(&["have"]);
    let obliged = has(&["should"])
        || (has(&["must"]) && !perfect)
        || joined_modal.is_some_and(|w| OBLIGATION_MODALS.contains(&w));
    let modality = if obliged && !hedged {
        Some("obligatory")
    } else if has(POSSIBILITY_MODALS)
        || has(OBLIGATION_MODALS)
        || hedged
        || joined_modal.is_some_and(|w| POSSIBILITY_MODALS.contains(&w))
    {
        Some("possible")
    // "It is unlikely Roe will win", "is likely to win".
    } else if let Some(w) = impersonal_likelihood(ctx, s, k)
        .or_else(|| before_to(1).filter(|w| matches!(*w, "likely" | "unlikely")))
    {
        if w == "unlikely" {
            qualifiers.insert("polarity".to_string(), Arg::Literal("negative".to_string()));
        }
        Some("possible")
    // "said it would sell the plant": what would happen has not yet ("would have sold" is
    // marked conditional later).
    } else if has(FUTURE_MODALS)
        || joined_modal.is_some()
        || be(before_to(1))
        // ("are soon to release": an adverb may stand between.)
        || (before_to(1).is_some_and(|w| {
            matches!(
                w,
                "set" | "due" | "expected" | "scheduled" | "poised" | "about" | "soon" | "now"
            )
        }) && be(before_to(2)))
    {
        // "A merger would create the biggest bank", "He would expand the state": "would"
        // with no one reporting it in the sentence supposes, it does not foretell ("said it
        // would sell", "would sell, Roe said" report a plan).
        let only_would = (k..t)
            .all(|i| !matches!(ctx.lower_token(s, i), "will" | "shall" | "'ll" | "wo"))
            && (has(&["would", "'d"]) || joined_modal == Some("would"));
        let reported = (0..ctx.sentences[s].tokens.len())
            .any(|i| i != t && ctx.reporting_lemma(s, i).is_some());
        // "Roe would not say whether …", "would not specify the changes": a refusal to tell,
        // told as done; so is a telling held back ("would say only that …", "would only
        // confirm that …").
        let refused =
            (k..t).any(|i| matches!(ctx.lower_token(s, i), "not" | "wouldn't" | "wouldn’t"));
        let held_back =
            (k..t).any(|i| ctx.lower_token(s, i) == "only") || ctx.lower_token(s, t + 1) == "only";
        let refused_to_tell = only_would
            && (refused || held_back)
            && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, t))
                .is_some_and(|f| {
                    matches!(
                        f.lemma.as_str(),
                        "say"
                            | "specify"
                            | "elaborate"
                            | "disclose"
                            | "reveal"
                            | "identify"
                            | "name"
                            | "discuss"
                            | "comment"
                            | "confirm"
                            | "detail"
                    )
                });
        if refused_to_tell {
            None
        } else if only_would && !reported {
            // "Roe would later say …", "would say later that …": the past's future, told as
            // done ("said Acme would later sell it" reports a plan).
            let told_as_done = (k..t)
                .any(|i| matches!(ctx.lower_token(s, i), "later" | "eventually"))
                || ctx.lower_token(s, t + 1) == "later";
            (!told_as_done).then_some("conditional")
        } else {
            Some("future")
        }
    } else {
        None
    };
    if let Some(modality) = modality {
        qualifiers
            .entry("modality".to_string())
            .or_insert_with(|| Arg::Literal(modality.to_string()));
    }
}

/// Verbs and nouns whose infinitive names what someone means to do, not what was done:
/// "promised to cut taxes", "plans to sell", "pressure from Roe to fire the coach".
const INTENTION_VERBS: &[&str] = &[
    "promise", "plan", "vow", "pledge", "threaten", "want", "hope", "intend", "aim", "seek", "try",
    "attempt", "offer", "prepare", "wish", "propose", "expect", "decide", "agree", "commit",
    // "is scrambling to pass a bill", "struggled to contain the fire": striving is no success.
    "scramble", "race", "struggle", "strive", "fight", "battle", "look",
];
/// People who watch someone from outside: "Roe observers say" is their view, not Roe's.
const ONLOOKERS: &[&str] = &[
    "observers",
    "watchers",
    "voters",
    "fans",
    "followers",
    "admirers",
    "biographers",
];
/// Verbs that give something its name: "a firm called Acme", "a ship named Vantrel".
const NAMING_VERBS: &[&str] = &["call", "name", "dub", "nickname", "title", "label", "brand"];
/// Verbs that engage someone or something for a purpose an infinitive after the object
/// names ("hired Roe to lead", "deployed 300 troops to secure").
const PURPOSE_VERBS: &[&str] = &[
    "hire", "recruit", "send", "deploy", "dispatch", "appoint", "assign", "nominate", "tap",
    "mobilize", "mobilise", "enlist",
];
const INTENTION_NOUNS: &[&str] = &[
    "deal",
    "deals",
    "agreement",
    "decision",
    "vote",
    "commitment",
    "request",
    "order",
    "plan",
    "plans",
    "bid",
    "bids",
    "attempt",
    "attempts",
    "effort",
    "efforts",
    "pressure",
    "promise",
    "promises",
    "pledge",
    "threat",
    "threats",
    "push",
    "call",
    "calls",
    "move",
    "proposal",
    "offer",
    "intention",
    "desire",
    "ambition",
    "hopes",
    "campaign",
    "work",
    "mission",
    "quest",
    "fight",
    "struggle",
    "drive",
    "strategy",
    "goal",
    "aim",
    "task",
    "scheme",
    "initiative",
    "measure",
    "legislation",
];

/// Adjectives of wanting before an infinitive: "eager to send troops", "determined to win".
const INTENTION_ADJECTIVES: &[&str] = &[
    "eager",
    "keen",
    "determined",
    "resolved",
    "desperate",
    "anxious",
    "impatient",
    "itching",
];

/// Verbs by which a subject makes or announces its own plan or deal: "announced plans to
/// buy", "reached a deal to end".
const ANNOUNCING_VERBS: &[&str] = &[
    "announce", "unveil", "launch", "make", "have", "reach", "sign", "strike", "present",
    "propose", "approve", "outline", "submit", "table", "file", "confirm", "reveal", "lodge",
    "mount", "renew", "abandon", "drop", "scrap", "win", "lose",
];

/// Reporting verbs that name whom they tell before what they say: "told a committee he
/// would …".
const RECIPIENT_VERBS: &[&str] = &[
    "tell", "inform", "assure", "remind", "notify", "brief", "warn", "advise", "promise",
];

/// Nouns of people a report is told to ("told reporters", "told a packed audience"), and of
/// the outlets that carry it ("told the paper", "told the BBC News website").
const LISTENER_NOUNS: &[&str] = &[
    "reporters",
    "journalists",
    "audience",
    "audiences",
    "crowd",
    "crowds",
    "supporters",
    "colleagues",
    "lawmakers",
    "senators",
    "members",
    "viewers",
    "listeners",
    "readers",
    "students",
    "voters",
    "delegates",
    "paper",
    "newspaper",
    "magazine",
    "website",
    "programme",
    "program",
    "show",
    "station",
    "network",
    "channel",
    "outlet",
    "podcast",
    "conference",
    "rally",
    "hearing",
    "panel",
    "host",
    "agency",
    "committee",
    "him",
    "her",
    "them",
    "us",
    "me",
    "you",
];

/// Verbs by which someone asks another to act: "urged Roe to resign".
const ASKING_VERBS: &[&str] = &[
    "ask",
    "urge",
    "order",
    "press",
    "pressure",
    "push",
    "beg",
    "implore",
    "request",
    "demand",
    "instruct",
    "encourage",
    "invite",
    "challenge",
    "tell",
    "summon",
];

/// Reporting verbs besides the asking ones that report someone with an infinitive: "expects
/// the economy to grow", "warned Roe to stay away".
const OBJECT_INFINITIVE_REPORTS: &[&str] = &["expect", "warn", "advise", "remind"];

/// Verbs that let, make or expect the one after them do the act of the infinitive: "allowed
/// the firm to write off", "forced Acme to sell".
const LETTING_VERBS: &[&str] = &[
    "allow", "permit", "force", "compel", "persuade", "enable", "lead", "cause", "expect",
];

/// Verbs that choose someone for a task, which the infinitive after them names: "was named
/// by Roe to lead".
const CHOOSING_VERBS: &[&str] = &["name", "choose", "select", "pick", "elect"];

/// Verbs that ask another to act only with that other between them and "to" ("need Congress
/// to pass it"); with no one between ("want to go") they name an intention.
const WANTING_VERBS: &[&str] = &["need", "want", "require"];

/// Whether the verb at token `t`, an infinitive, is what mention `subject` asked or wanted
/// someone unnamed to do: "Roe urged her colleagues to support the bill", "ordered his prime
/// minister to lead a delegation". Those people act in it, not `subject`, and no entity
/// stands for them.
fn asked_of_someone_unnamed(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    t: usize,
    subject: usize,
) -> bool {
    let k = auxiliaries_start(ctx, s, t);
    if k < 3 || ctx.token(s, k - 1) != "to" {
        return false;
    }
    let toks = &ctx.sentences[s].tokens;
    let subject_end = out.mentions[subject].span.end;
    asking_verbs_before(ctx, s, k).any(|(i, form)| {
        // The ones asked: the words between the verb and "to", none of them a name.
        let asked = toks[i].span.end..toks[k - 1].span.start;
        i + 2 < k
            && !form.also_noun
            && subject_end <= toks[i].span.start
            && !out
                .mentions
                .iter()
                .any(|m| m.sentence == s && asked.contains(&m.span.start))
    })
}

/// The verbs, with their index, within seven words before the infinitive whose "to" is token
/// `k - 1`, by which someone asks or wants another to do it, with only words between:
/// "urged Roe to resign", "we still need Congress to pass it" (any form). A verb of wanting
/// needs someone between; with no one ("want to go") it names an intention.
fn asking_verbs_before<'c>(
    ctx: &'c DocContext<'_>,
    s: usize,
    k: usize,
) -> impl Iterator<Item = (usize, &'c VerbForm)> + 'c {
    (k.saturating_sub(7)..k - 1).filter_map(move |i| {
        let form = ctx.ontology.verbs.get(ctx.lower_token(s, i))?;
        let asks = ASKING_VERBS.contains(&form.lemma.as_str())
            || (WANTING_VERBS.contains(&form.lemma.as_str()) && i + 1 < k - 1);
        // "asked how Roe attempted to cut taxes": a question, or a past verb of its own
        // between, makes the infinitive another clause's.
        let own_clause_between = (i + 1..k - 1).any(|j| {
            let w = ctx.lower_token(s, j);
            matches!(
                w,
                "how" | "why" | "whether" | "what" | "where" | "when" | "if"
            ) || (ctx.token(s, j).starts_with(char::is_lowercase)
                && ctx
                    .ontology
                    .verbs
                    .get(w)
                    .is_some_and(|f| f.past && !f.also_noun))
        });
        (asks && !own_clause_between && only_words_between(ctx, s, i, k - 1)).then_some((i, form))
    })
}

/// Whether only words stand between tokens `a` and `b` of sentence `s`.
fn only_words_between(ctx: &DocContext<'_>, s: usize, a: usize, b: usize) -> bool {
    (a + 1..b).all(|j| ctx.sentences[s].tokens[j].kind == TokenKind::Word)
}

/// "promised to cut taxes", "a bid to buy Acme": `modality: intended` for a verb in the
/// infinitive after a verb or noun of intention, or in the base form in a clause asked for
/// ("demanded that Acme cut"); `possible` for one after "enough" ("has enough votes to pass").
fn mark_intention(
    ctx: &DocContext<'_>,
    s: usize,
    t: usize,
    qualifiers: &mut BTreeMap<String, Arg>,
) {
    // "demanding that Acme cut its losses": a base form after a verb that asks for something
    // and its "that" and subject is asked for, not done.
    let base = ctx
        .ontology
        .verbs
        .get(ctx.lower_token(s, t))
        .is_some_and(|f| f.base && !f.third);
    let asked_for = base
        && (t.saturating_sub(6)..t.saturating_sub(1)).any(|that| {
            that > 0
                && ctx.lower_token(s, that) == "that"
                && ctx
                    .reporting_lemma(s, that - 1)
                    .is_some_and(|lemma| MANDATIVE_VERBS.contains(&lemma))
                && (that + 1..t).all(|j| {
                    ctx.sentences[s].tokens[j].kind == TokenKind::Word
                        && !finite_or_auxiliary(ctx, ctx.lower_token(s, j))
                })
        });
    if asked_for {
        qualifiers
            .entry("modality".to_string())
            .or_insert_with(|| Arg::Literal("intended".to_string()));
        return;
    }
    let k = auxiliaries_start(ctx, s, t);
    if k < 2 || ctx.token(s, k - 1) != "to" {
        return;
    }
    // "promised to stop the shelling and to ease the blockade": an infinitive joined to an
    // earlier one is meant as that one is.
    if k >= 3
        && matches!(ctx.lower_token(s, k - 2), "and" | "or")
        && let Some(first) = (k.saturating_sub(14)..k - 2).rev().find(|&j| {
            ctx.token(s, j) == "to"
                && ctx
                    .ontology
                    .verbs
                    .get(ctx.lower_token(s, j + 1))
                    .is_some_and(|f| f.base)
        })
        && !(first..k - 2).any(|j| matches!(ctx.token(s, j), ";" | ":" | "."))
    {
        mark_intention(ctx, s, first + 1, qualifiers);
        return;
    }
    // "sold the shares in order to pay debts": a purpose (its "order" asks no one).
    if k >= 3 && in_order_to(ctx, s, k - 3) {
        qualifiers
            .entry("modality".to_string())
            .or_insert_with(|| Arg::Literal("intended".to_string()));
        return;
    }
    // "blocking Roe's effort to end the program": an owned intention is its owner's, whatever
    // a verb before asks of others.
    if k >= 4
        && INTENTION_NOUNS.contains(&ctx.lower_token(s, k - 2))
        && matches!(ctx.token(s, k - 3), "'s" | "’s")
    {
        qualifiers
            .entry("modality".to_string())
            .or_insert_with(|| Arg::Literal("intended".to_string()));
        return;
    }
    // "urged Roe to resign", "called on Acme to pay": someone asked for it, no one did it.
    let calls_on = (k.saturating_sub(7)..k - 1).any(|i| {
        (matches!(ctx.token(s, i + 1), "on" | "for")
            || (when_or_to_whom(ctx.lower_token(s, i + 1)) && ctx.token(s, i + 2) == "for"))
            && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, i))
                .is_some_and(|f| f.lemma == "call")
            && only_words_between(ctx, s, i, k - 1)
    });
    let asked = asking_verbs_before(ctx, s, k).next().is_some() || calls_on;
    // "it is time for Obama to approve the project": a call to act, not an act.
    let time_for = (k.saturating_sub(7)..k - 1)
        .any(|i| ctx.lower_token(s, i) == "time" && ctx.lower_token(s, i + 1) == "for");
    // "Congress needs to find $8bn", "Acme will have to pay", "is required to pay": needed
    // of the one who acts, an obligation not yet met ("had to" is left out: most often it
    // was done).
    let needed = match ctx.lower_token(s, k - 2) {
        "have" | "has" => true,
        w => ctx
            .ontology
            .verbs
            .get(w)
            .is_some_and(|f| matches!(f.lemma.as_str(), "need" | "require")),
    };
    if asked || time_for || needed {
        // "Pence may need to cast the deciding vote": a need that may arise.
        let maybe = needed && k >= 3 && matches!(ctx.lower_token(s, k - 3), "may" | "might");
        let modality = if maybe {
            "possible"
        } else if needed && !asked && !time_for {
            "obligatory"
        } else {
            "requested"
        };
        qualifiers
            .entry("modality".to_string())
            .or_insert_with(|| Arg::Literal(modality.to_string()));
        return;
    }
    // "hired Roe to lead Acme", "sent troops to attack Tarsk": what they were hired or sent
    // for has not happened yet.
    let purpose = (k.saturating_sub(7)..k - 2).any(|i| {
        ctx.ontology
            .verbs
            .get(ctx.lower_token(s, i))
            .is_some_and(|f| PURPOSE_VERBS.contains(&f.lemma.as_str()) && !f.also_noun)
            && (i + 1..k - 1).all(|j| {
                let w = ctx.lower_token(s, j);
                matches!(
                    ctx.sentences[s].tokens[j].kind,
                    TokenKind::Word | TokenKind::Number
                ) && !ctx.ontology.is_finite_verb(w)
                    && !OBJECT_STOP.contains(&w)
            })
    });
    // "has enough states to win 235": enough for it to be possible, no one's intention.
    if (k.saturating_sub(4)..k - 1).any(|i| ctx.lower_token(s, i) == "enough") {
        qualifiers
            .entry("modality".to_string())
            .or_insert_with(|| Arg::Literal("possible".to_string()));
        return;
    }
    // "threatened in early March to launch", "vowed on Monday to cut": past a phrase of time
    // between the verb and its "to".
    // ("is not “eager” to send": past a closing quotation mark too.)
    let verb_before_to = (k.saturating_sub(7)..k - 2)
        .find(|&i| time_phrase(ctx, s, i + 1..k - 1))
        .unwrap_or(if k >= 3 && is_quote_mark(ctx, s, k - 2) {
            k - 3
        } else {
            k - 2
        });
    let w = ctx.lower_token(s, verb_before_to);
    // "Acme was expected to win": others expected it; it is no one's intention.
    let expected_by_others = w == "expected"
        && k >= 3
        && matches!(
            ctx.lower_token(s, k - 3),
            "be" | "been" | "being" | "is" | "was" | "were" | "are" | "widely"
        );
    if expected_by_others {
        return;
    }
    let intends = purpose
        || INTENTION_NOUNS.contains(&w)
        || INTENTION_ADJECTIVES.contains(&w)
        || ctx
            .ontology
            .verbs
            .get(w)
            .is_some_and(|f| INTENTION_VERBS.contains(&f.lemma.as_str()));
    // ("took to Twitter to say …" reports what was said; "was reported in June to have
    // attended" what was done.)
    let purpose_clause = ctx.reporting_lemma(s, t).is_none()
        && !(k < t && ctx.lower_token(s, k) == "have")
        && purpose_infinitive(ctx, s, k);
    if intends || purpose_clause {
        // "could also vote to censure Roe": an intention that may be formed, no more.
        let maybe = (k.saturating_sub(5)..k - 2)
            .rev()
            .find(|&i| !adverb_before_verb(ctx.lower_token(s, i)));
        let possible = intends
            && maybe.is_some_and(|i| matches!(ctx.lower_token(s, i), "may" | "might" | "could"));
        let modality = if possible { "possible" } else { "intended" };
        qualifiers
            .entry("modality".to_string())
            .or_insert_with(|| Arg::Literal(modality.to_string()));
    }
}

/// Whether `word` ends as a plural noun does: in "s", but not "ss" or "ous" ("votes", not
/// "boss" or "various").
fn plural_ending(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("ous")
}

/// Whether `tokens` are a phrase of time and nothing else: "in early March", "on Monday", "last
/// week", "earlier this month", "in 2019".
fn time_phrase(ctx: &DocContext<'_>, s: usize, tokens: Range<usize>) -> bool {
    let names_time = |k: usize| {
        let w = ctx.lower_token(s, k);
        ctx.sentences[s].tokens[k].kind == TokenKind::Number
            || crate::text::WEEKDAYS.contains(&w)
            || crate::text::MONTHS.contains(&w)
            || names_a_period(w)
            || matches!(w, "today" | "yesterday")
    };
    !tokens.is_empty()
        && tokens.clone().any(names_time)
        && tokens.clone().all(|k| {
            names_time(k)
                || matches!(
                    ctx.lower_token(s, k),
                    "in" | "on"
                        | "at"
                        | "last"
                        | "this"
                        | "next"
                        | "early"
                        | "late"
                        | "mid"
                        | "earlier"
                        | "later"
                        | "the"
                        | "of"
                )
        })
}

/// Whether the infinitive whose "to" is token `k - 1` says what a finite clause before it was
/// done for: "flew to Tarsk to meet Roe", "can afford to lose two votes to pass the bill",
/// "took steps to reduce it". The purpose is meant, not yet done.
fn purpose_infinitive(ctx: &DocContext<'_>, s: usize, k: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    let before = k - 2;
    let w = ctx.token(s, before);
    let lw = ctx.lower_token(s, before);
    // The infinitive follows the main verb's object or phrase: a name, a figure, an object
    // pronoun or a plural noun (a singular word may be an adjective: "was quick to condemn").
    let after_object = match toks[before].kind {
        TokenKind::Number => true,
        TokenKind::Word if w.starts_with(char::is_uppercase) => before > 0,
        TokenKind::Word => {
            matches!(lw, "him" | "them" | "us" | "me")
                || (plural_ending(lw)
                    && !is_auxiliary(lw)
                    // ("two votes to pass" but "refuses to pass": after a figure or a
                    // determiner a form that is also a verb is a noun.)
                    && ctx.ontology.verbs.get(lw).is_none_or(|f| {
                        f.also_noun
                            && (!f.third
                                || number_at(ctx, s, before - 1)
                                || matches!(
                                    ctx.lower_token(s, before - 1),
                                    "the" | "his" | "her" | "its" | "their" | "our" | "some"
                                        | "more" | "enough" | "several" | "many" | "few"
                                ))
                    }))
        }
        _ => false,
    };
    // "it was unfair for Roe to support it": the name after "for" is the subject of an
    // infinitive that a past copula's clause judges as done, not an object. ("It is important
    // for Acme to sell" judges what is not done yet.)
    let judged_subject =
        toks[before].kind == TokenKind::Word && w.starts_with(char::is_uppercase) && {
            let mut first = before;
            while first > 0 && ctx.token(s, first - 1).starts_with(char::is_uppercase) {
                first -= 1;
            }
            let copula = |k: usize| matches!(ctx.lower_token(s, k), "was" | "were" | "been");
            first >= 2
                && ctx.lower_token(s, first - 1) == "for"
                && (copula(first - 2) || (first >= 3 && copula(first - 3)))
        };
    after_object
        && !judged_subject
        && (0..before)
            .rev()
            .take_while(|&i| !matches!(ctx.token(s, i), "," | ";" | ":" | "that" | "which" | "who"))
            .any(|i| {
                let w = ctx.lower_token(s, i);
                ctx.token(s, i).starts_with(char::is_lowercase)
                    && (is_auxiliary(w)
                        || ctx
                            .ontology
                            .verbs
                            .get(w)
                            .is_some_and(|f| (f.past || f.third) && !f.participle && !f.also_noun))
            })
}

/// Whether the reporting verb at token `t` attributes a direct quotation ("“…,” Roe said",
/// "Roe said: “…”"): the quotation and its speaker are already a quote of the graph, and the
/// words after such a verb ("said, pointing to …") are not what was said.
fn attributes_quote(ctx: &DocContext<'_>, out: &Extraction, s: usize, t: usize) -> bool {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    let (start, end) = (toks[t].span.start, toks[t].span.end);
    let sentence = &ctx.sentences[s].span;
    out.quotes.iter().any(|q| {
        // ("“…,” Roe, the senator who led the fight, said": a name and its aside between
        // commas may come between.)
        let before = q.span.end <= start
            && q.span.end > sentence.start
            && text.get(q.span.end..start).is_some_and(|gap| {
                let words = gap.split_whitespace().count();
                // ("“…,” Roe said, adding that …": not past another reporting verb.)
                let name_and_aside = || {
                    gap.trim_end().ends_with(',')
                        && gap
                            .split_whitespace()
                            .nth(1)
                            .is_some_and(|w| w.starts_with(char::is_uppercase))
                        && (0..t).all(|k| toks[k].span.start < q.span.end || !reports_at(ctx, s, k))
                };
                (words <= 6 && !gap.contains(['.', ';']))
                    || (words <= 30 && !gap.contains(';') && name_and_aside())
            });
        let after = q.span.start >= end
            && q.span.start < sentence.end
            && text
                .get(end..q.span.start)
                .is_some_and(|gap| gap.split_whitespace().count() <= 2);
        before || after
    })
}

/// "Acme announced that it estimates 300 …": nested reporting verbs all see the same figure;
/// only the first report in the sentence keeps it.
fn dedupe_reported_figures(relations: &mut [RelationMention]) {
    let mut seen: Vec<Arg> = Vec::new();
    for r in relations.iter_mut().filter(|r| r.rule == RULE_REPORT) {
        if let Some(q) = r.qualifiers.get("quantity").cloned() {
            if seen.contains(&q) {
                for k in ["quantity", "approximation", "unit"] {
                    r.qualifiers.remove(k);
                }
            } else {
                seen.push(q);
            }
        }
    }
}

/// `relation`, and a copy for each name coordinated with its subject ("Brazil and Chile
/// signed …": both signed).
pub(super) fn with_coordinated_subjects(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    relation: RelationMention,
) -> Vec<RelationMention> {
    let toks = &ctx.sentences[s].tokens;
    let mut subjects = vec![relation.subject];
    // "18 members of the Acme Committee called …": the count of the subject's members.
    let mut members: Option<(usize, usize)> = None;
    let mut seen_and = false;
    loop {
        let first = out.mentions[*subjects.last().unwrap_or(&relation.subject)]
            .span
            .start;
        let Some(mut k) = toks.iter().position(|t| t.span.start == first) else {
            break;
        };
        // "18 members of the Acme Committee": the conjunct starts at the count.
        let mut j = k;
        if j > 0 && ctx.lower_token(s, j - 1) == "the" {
            j -= 1;
        }
        if j >= 3
            && ctx.token(s, j - 1) == "of"
            && ctx.token(s, j - 2).starts_with(char::is_lowercase)
            && toks[j - 3].kind == TokenKind::Number
        {
            if subjects.len() == 1 {
                members = Some((j - 3, subjects[0]));
            }
            k = j - 3;
        }
        // "…, Senate Minority Leader Lee and …": a title before the conjunct is part of it,
        // in lower case too, with an abbreviation's point ("Roe and fellow state Rep. Lee").
        let title_start = k;
        while k > 0
            && title_start - k < 5
            && ((toks[k - 1].kind == TokenKind::Word
                && (ctx.token(s, k - 1).starts_with(char::is_uppercase)
                    || ctx.ontology.is_title(ctx.token(s, k - 1))
                    || ctx
                        .ontology
                        .title_modifiers
                        .contains(ctx.lower_token(s, k - 1))))
                || (k > 1
                    && ctx.token(s, k - 1) == "."
                    && toks[k - 2].span.end == toks[k - 1].span.start
                    && ctx
                        .ontology
                        .is_title(&ctx.text()[toks[k - 2].span.start..toks[k - 1].span.end])))
            && !out
                .mentions
                .iter()
                .any(|m| m.entity_type == EntityType::Person && m.span.end == toks[k - 1].span.end)
        {
            k -= 1;
        }
        // "A, B and C signed": a comma joins names only in a list that ends with "and" (in
        // "asked about the pact, Roe said" it closes an opening phrase).
        let comma = match ctx.token(s, k.saturating_sub(1)) {
            "and" if k >= 2 => {
                seen_and = true;
                false
            }
            "," if k >= 2 && seen_and => true,
            _ => break,
        };
        // "Roe (D-Ore.), Lee (R-Tex.) and …": a parenthesis after a name is skipped, and so
        // is the place the person is of ("Sens. Roe of Ohio and Lee of Iowa said").
        // (The last token before a closing bracket's opening one, or `last` itself.)
        let past_parenthesis = |last: usize| {
            if ctx.token(s, last) == ")"
                && let Some(open) = (last.saturating_sub(8)..last)
                    .rev()
                    .find(|&i| ctx.token(s, i) == "(")
                && open > 0
            {
                open - 1
            } else {
                last
            }
        };
        let mut before = past_parenthesis(k - 2);
        if let Some(place) = out.mentions.iter().find(|m| {
            m.sentence == s
                && m.span.end == toks[before].span.end
                && matches!(m.entity_type, EntityType::Place | EntityType::Country)
        }) && let of = ctx.token_from(s, place.span.start)
            && of >= 2
            && ctx.token(s, of - 1) == "of"
        {
            before = past_parenthesis(of - 2);
        }
        let Some(other) = out.mentions.iter().position(|m| {
            m.sentence == s && m.span.end == toks[before].span.end && can_act(m.entity_type)
        }) else {
            break;
        };
        // "training in Holland and Roe said": a name after a preposition is no conjunct; nor
        // is one right after an -ing or -s form, its object ("while Roe was visiting Tarsk,
        // Acme and Globex officials said"), unless the list is that verb's object and the
        // subject of an infinitive after it ("forcing Roe and Lee to cancel"); "including"
        // opens a list ("including Roe, Lee and Hale said"), and after a past form the name
        // may be a clause's subject ("if elected Roe and Lee would …").
        let other_first = toks
            .iter()
            .position(|t| t.span.start >= out.mentions[other].span.start)
            .unwrap_or(0);
        let infinitive_after = || {
            ctx.token(
                s,
                ctx.token_from(s, out.mentions[relation.subject].span.end),
            ) == "to"
        };
        if other_first > 0 && {
            let w = ctx.lower_token(s, other_first - 1);
            matches!(
                w,
                "in" | "at" | "to" | "from" | "of" | "on" | "with" | "by" | "for" | "into" | "near"
            ) || (w != "including"
                && ctx
                    .ontology
                    .verbs
                    .get(w)
                    .is_some_and(|f| (f.third && !f.also_noun) || w.ends_with("ing"))
                && !infinitive_after())
        } {
            break;
        }
        // ("British and Irish Lions coach Roe says": a demonym modifies the name after it.
        // "two Senate Republicans, Roe and Lee, …": a comma between a person and a body or a
        // country closes the noun the list stands in apposition to; bodies and countries
        // share lists ("the EU, Tarsk and Oskol").)
        let last = *subjects.last().unwrap_or(&relation.subject);
        let person = |m: usize| out.mentions[m].entity_type == EntityType::Person;
        if (comma && person(other) != person(last))
            || subjects.contains(&other)
            || subjects.len() > 4
            || ctx
                .ontology
                .is_demonym(&ctx.text()[out.mentions[other].span.clone()])
        {
            break;
        }
        subjects.push(other);
    }
    // "Roe and Lee won gold and silver respectively": the first object is the first
    // subject's alone, and the pairs are not read.
    if subjects.len() > 1
        && (0..toks.len()).any(|i| ctx.lower_token(s, i) == "respectively")
        && let Some(&first) = subjects.last()
    {
        subjects = vec![first];
    }
    let several = subjects.len() > 1;
    let mut out_relations: Vec<RelationMention> = subjects
        .iter()
        .map(|&subject| RelationMention {
            subject,
            ..relation.clone()
        })
        .filter(|r| r.object != Arg::Mention(r.subject))
        .collect();
    // ("Roe and Lee said": neither claims what the other said.)
    if several {
        for r in &mut out_relations {
            if let Some(Arg::Mention(c)) = r.qualifiers.get("claimant")
                && subjects.contains(c)
            {
                r.qualifiers.remove("claimant");
            }
        }
    }
    if let Some((count, body)) = members
        && let Some(r) = out_relations.iter_mut().find(|r| r.subject == body)
        && !r.qualifiers.contains_key("quantity")
        && let Some((amount, figure, _)) = parse_quantity(ctx, s, count)
        && add_quantity(ctx, s, count, amount, figure, &mut r.qualifiers)
    {
        r.qualifiers.insert(
            "unit".to_string(),
            Arg::Literal(ctx.token(s, count + 1).to_string()),
        );
    }

    // "Brazil and Chile signed the treaty": each did so with the other (the first other name
    // when there are several), for a type whose parties act with each other (a counterpart
    // among its qualifiers); "Acme and Globex spent millions" says nothing of the kind.
    let mutual = || {
        ctx.ontology
            .relations
            .iter()
            .find(|t| t.id == relation.relation_type)
            .is_some_and(RelationType::done_with_counterpart)
    };
    if several && mutual() {
        for r in &mut out_relations {
            if let Some(&other) = subjects.iter().find(|&&o| o != r.subject) {
                r.qualifiers
                    .entry("counterpart".to_string())
                    .or_insert(Arg::Mention(other));
                // "Roe and Lee are meeting in Brazil": the place stood in for the object only
                // because no other party was named; the other subject is that party.
                if r.qualifiers.get("place") == Some(&r.object)
                    && let Some(counterpart) = r.qualifiers.get("counterpart")
                {
                    r.object = counterpart.clone();
                }
            }
        }
    }
    // "met in Minsk", "will meet at Gleneagles": a meeting whose place still stands for its
    // object, no party being named, is where it is, not whom it is with; the predicate says
    // so.
    for r in &mut out_relations {
        if r.relation_type == "meet"
            && let Arg::Mention(m) = r.object
            && r.qualifiers.get("place") == Some(&r.object)
        {
            let before = ctx.token_from(s, out.mentions[m].span.start);
            let preposition = (before.saturating_sub(2)..before)
                .rev()
                .map(|k| ctx.lower_token(s, k))
                .find(|w| *w != "the")
                .filter(|w| matches!(*w, "in" | "at"))
                .unwrap_or("in");
            r.predicate = format!("{} {preposition}", r.predicate);
        }
    }
    out_relations
}

/// A verb's lemma and the word after it that, with "of" next, make an idiom that is not the
/// verb's act: "backed out of" is no backing, "stopped short of" no stopping.
const PARTICLE_IDIOMS: &[(&str, &str)] = &[("back", "out"), ("stop", "short"), ("fall", "short")];

/// The relation a trigger starting at token `t` names: (predicate, literal objects allowed,
/// trigger length in tokens). Phrases ("call on") win over single words; reporting verbs
/// ("urged", "denied") are relations too, named by their lemma.
fn trigger_at(ctx: &DocContext<'_>, s: usize, t: usize) -> Option<Trigger> {
    let toks = &ctx.sentences[s].tokens;
    if toks[t].kind != TokenKind::Word || toks[t].starts_uppercase(ctx.text()) {
        return None;
    }
    let o = ctx.ontology;
    // Most words neither start a trigger phrase nor report (see `reporting_trigger`): two
    // lookups rule them out before the tests of how the word is used, which took a fifth of
    // relation extraction when run for every word.
    let head_word = ctx.lower_token(s, t);
    if !o.trigger_heads.contains(head_word) && ctx.reporting_lemma(s, t).is_none() {
        return None;
    }
    // "the U.S.-led coalition", "Acme-owned stores": half of a hyphened adjective.
    let hyphened = ctx.text()[..toks[t].span.start].ends_with('-');
    if hyphened
        || used_as_noun(ctx, s, t)
        || bare_base_form(ctx, s, t)
        || caption_position(ctx, s, t)
    {
        return None;
    }
    // A word that heads no trigger phrase is a reporting verb (see above).
    if !o.trigger_heads.contains(head_word) {
        return reporting_trigger(ctx, s, t);
    }
    // The phrases of up to four words from `t`, longest first, are the starts of one string
    // of them, cut at each word's end: joining each phrase anew cost four allocations a word.
    let words = (toks.len() - t).min(4);
    let mut phrases = String::new();
    let mut ends = [0; 4];
    for (k, end) in ends.iter_mut().enumerate().take(words) {
        if k > 0 {
            phrases.push(' ');
        }
        phrases.push_str(ctx.lower_token(s, t + k));
        *end = phrases.len();
    }
    for len in (1..=words).rev() {
        if let Some(&r) = o.triggers.get(&phrases[..ends[len - 1]]) {
            // "wound up his speech", "picked up endorsements", "ended up fifth": "up" that no
            // trigger phrase takes makes another verb (wind up, not wound; win, not pick), but
            // "up to" is a figure's ("send up to 450 troops"); so does "down" before an
            // object or an -ing form ("wound down its operations").
            let particle = ctx.lower_token(s, t + 1);
            let after = ctx.lower_token(s, t + 2);
            let down_before_object = particle == "down"
                && (matches!(
                    after,
                    "his" | "her" | "its" | "their" | "the" | "a" | "an" | "our" | "my"
                ) || toks.get(t + 2).is_some_and(|x| x.kind == TokenKind::Number)
                    || after.ends_with("ing"));
            if len == 1 && ((particle == "up" && after != "to") || down_before_object) {
                return None;
            }
            // "backed out of the deal", "stopped short of calling": an idiom, not the verb.
            if len == 1
                && after == "of"
                && o.verbs
                    .get(head_word)
                    .is_some_and(|f| PARTICLE_IDIOMS.contains(&(f.lemma.as_str(), particle)))
            {
                return None;
            }
            let rtype = &o.relations[r];
            // The predicate is the verb as written ("dispatched" → "dispatch", "called on" →
            // "call on"); the type groups it with its synonyms.
            let first = &phrases[..ends[0]];
            let head = o.verbs.get(first).map_or(first, |f| f.lemma.as_str());
            let predicate = [head, &phrases[ends[0]..ends[len - 1]]].concat();
            return Some(Trigger {
                at: t,
                len,
                predicate,
                relation_type: rtype.id.clone(),
                literal_ok: rtype.object_may_be_literal,
                takes_counterpart: rtype.object_role == "counterpart"
                    || rtype.done_with_counterpart(),
                to_opponent: rtype.to_opponent(),
                reporting: false,
            });
        }
    }
    reporting_trigger(ctx, s, t)
}

/// "Jane Roe, left, and Tom Hale speak", "Roe (right) meets Hale": a photo caption's
/// position between commas or brackets, not the verb "leave"; nor is "left" after another
/// position ("with Tom Hale, top left photo", "second from left").
fn caption_position(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    t > 0
        && ((matches!(
            ctx.lower_token(s, t),
            "left" | "right" | "center" | "centre" | "top" | "bottom"
        ) && matches!(ctx.token(s, t - 1), "," | "(")
            && matches!(ctx.token(s, t + 1), "," | ")"))
            || (ctx.lower_token(s, t) == "left"
                && matches!(
                    ctx.lower_token(s, t - 1),
                    "top" | "bottom" | "upper" | "lower" | "far" | "from"
                )))
}

/// A reporting verb at token `t`; but "wrote off the debts" is a phrasal verb that reports
/// nothing.
fn reporting_trigger(ctx: &DocContext<'_>, s: usize, t: usize) -> Option<Trigger> {
    let lemma = ctx.reporting_lemma(s, t)?;
    // "Acme added 1 percent": no report ([`adds_a_figure`]).
    if lemma == "add" && adds_a_figure(ctx, s, t + 1) {
        return None;
    }
    // "helped found the museum", "to found a party": after "to", "help" or a modal "found"
    // is the verb of founding, not a past form of "find".
    if ctx.lower_token(s, t) == "found"
        && t > 0
        && matches!(
            ctx.lower_token(s, t - 1),
            "to" | "help" | "helped" | "helps" | "helping" | "will" | "would" | "could" | "did"
        )
    {
        return None;
    }
    // "found himself immersed in …": one who finds oneself somewhere reports nothing.
    if lemma == "find" && REFLEXIVE_PRONOUNS.contains(&ctx.lower_token(s, t + 1)) {
        return None;
    }
    // "not to mention", "needless to say": idioms that report nothing; nor does one who
    // "calls the shots", or calls a witness to testify ("vowed to call Roe to testify").
    if t > 1
        && ctx.token(s, t - 1) == "to"
        && matches!(ctx.lower_token(s, t - 2), "not" | "needless")
    {
        return None;
    }
    let summons = || {
        ctx.token(s, t + 1).starts_with(char::is_uppercase)
            && (t + 2..(t + 6).min(ctx.sentences[s].tokens.len()))
                .find(|&k| !ctx.token(s, k).starts_with(char::is_uppercase))
                // (An adverb may split the infinitive: "to publicly testify".)
                .is_some_and(|k| infinitive_at(ctx, s, k))
    };
    // "speaks Tagalog", "spoke coach to coach", "spoke longer": what one speaks of comes after
    // "of", "about" or "on" ("spoke of his dislike"); a noun right after is a language or a
    // manner, except the words or mind one speaks.
    if lemma == "speak"
        && !matches!(
            ctx.lower_token(s, t + 1),
            "of" | "about" | "on" | "out" | "up" | "words" | "truth"
        )
        && !matches!(ctx.lower_token(s, t + 2), "mind" | "minds" | "words")
        && !is_quote_mark(ctx, s, t + 1)
    {
        return None;
    }
    let calls_the_shots =
        || ctx.lower_token(s, t + 1) == "the" && ctx.lower_token(s, t + 2) == "shots";
    if lemma == "call" && (calls_the_shots() || summons()) {
        return None;
    }
    // "what Roe says about them", "what he told them earlier": a report in a free relative
    // clause says its "what", not the words after the verb; but "what he called a "rant"" and
    // "what she described as …" say the name they give it.
    let in_free_relative = !matches!(lemma, "call" | "describe" | "dub" | "term")
        && (t.saturating_sub(6)..t)
            .rev()
            .find(|&k| {
                let w = ctx.lower_token(s, k);
                let subject_word = matches!(w, "he" | "she" | "they" | "we" | "i" | "you" | "it")
                    || ctx.token(s, k).starts_with(char::is_uppercase)
                    || w == "."
                    || w == "not"
                    || is_auxiliary(w);
                !subject_word
            })
            .is_some_and(|k| matches!(ctx.lower_token(s, k), "what" | "whatever"));
    if in_free_relative {
        return None;
    }
    // "if reports that she lied are true", "amid claims that …": a form in -s that is also a
    // noun, right after a subordinator or a preposition, is the noun; a verb there would
    // follow its subject.
    if t > 0
        && ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, t))
            .is_some_and(|f| f.third && f.also_noun)
        && (opens_subordinate_clause(ctx.token(s, t - 1))
            || matches!(
                ctx.lower_token(s, t - 1),
                "amid" | "despite" | "of" | "over" | "about" | "with" | "among"
            ))
    {
        return None;
    }
    // "the Spanish speaking world": a participle between a name and a noun is an adjective.
    let toks = &ctx.sentences[s].tokens;
    if t > 1
        && ctx.token(s, t).ends_with("ing")
        && toks[t - 1].kind == TokenKind::Word
        && ctx.token(s, t - 1).starts_with(char::is_uppercase)
        && toks.get(t + 1).is_some_and(|x| {
            x.kind == TokenKind::Word && x.text(ctx.text()).starts_with(char::is_lowercase)
        })
        && !OBJECT_STOP.contains(&ctx.token(s, t + 1))
    {
        return None;
    }
    // A lower-case word after the participle that opens no clause or phrase of its own: the
    // noun the participle describes.
    let noun_follows = toks.get(t + 1).is_some_and(|x| {
        x.kind == TokenKind::Word && x.text(ctx.text()).starts_with(char::is_lowercase)
    }) && !OBJECT_STOP.contains(&ctx.token(s, t + 1))
        && !matches!(
            ctx.token(s, t + 1),
            "that" | "it" | "he" | "she" | "they" | "we" | "them" | "him" | "her" | "his" | "its"
        );
    // "the Centre's early warning system", "its reporting rules": an -ing form between a
    // determiner or an adjective and a noun is part of the noun.
    if t > 0
        && ctx.token(s, t).ends_with("ing")
        && noun_follows
        && !matches!(
            ctx.token(s, t + 1),
            "the" | "a" | "an" | "of" | "about" | "on"
        )
        && {
            let determiner = |k: usize| determiner_or_possessive(ctx.lower_token(s, k));
            // (An adjective between them: "the Centre's early warning system".)
            let before = ctx.lower_token(s, t - 1);
            determiner(t - 1)
                || (t > 1
                    && determiner(t - 2)
                    && ctx.token(s, t - 1).starts_with(char::is_lowercase)
                    && ctx.ontology.common_words.contains(before)
                    && !ctx.ontology.verbs.contains_key(before))
        }
    {
        return None;
    }
    // "to address alleged interference", "the reported deal": a participle between a
    // determiner, preposition or base verb and a noun is an adjective.
    if t > 0 && ctx.token(s, t).ends_with("ed") && noun_follows && {
        let before = ctx.lower_token(s, t - 1);
        matches!(
            before,
            "the"
                | "a"
                | "an"
                | "of"
                | "for"
                | "about"
                | "over"
                | "on"
                | "in"
                | "with"
                | "his"
                | "her"
                | "its"
                | "their"
                | "any"
                | "no"
        ) || (ctx.token(s, t - 1).starts_with(char::is_lowercase)
            && ctx.ontology.verbs.get(before).is_some_and(|f| {
                f.base
                    && !f.past
                    && !is_auxiliary(before)
                    && (!f.also_noun || t > 1 && ctx.token(s, t - 2) == "to")
            }))
    } {
        return None;
    }
    if crate::extract::svo::phrasal(ctx, s, t) {
        return Some(Trigger {
            at: t,
            len: 2,
            predicate: format!("{lemma} {}", ctx.lower_token(s, t + 1)),
            relation_type: "acts_on".to_string(),
            literal_ok: true,
            takes_counterpart: false,
            to_opponent: false,
            reporting: false,
        });
    }
    Some(Trigger {
        at: t,
        len: 1,
        predicate: lemma.to_string(),
        relation_type: REPORTS.to_string(),
        literal_ok: true,
        takes_counterpart: false,
        to_opponent: false,
        reporting: true,
    })
}

/// Whether sentence `s` asks rather than states ("Is Ruritania working to re-elect Roe?"): it
/// ends with a question mark outside quotation marks, so it claims none of its relations.
pub(super) fn asks(ctx: &DocContext<'_>, out: &Extraction, s: usize) -> bool {
    ctx.sentences[s]
        .tokens
        .iter()
        .rev()
        .find(|tok| tok.text(ctx.text()) != ")")
        .is_some_and(|tok| tok.text(ctx.text()) == "?" && !out.quoted(tok.span.start))
}

/// Whether the words after a reporting verb are what was reported, not when or to whom it was
/// said ("said Wednesday", "told reporters").
fn says_something(phrase: &str) -> bool {
    let first = phrase
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    // "said the following: …", "said as much": words that only point at what was said.
    let pointer = matches!(
        phrase.to_lowercase().as_str(),
        "the following" | "as much" | "so" | "these words" | "the same"
    );
    !(pointer
        || when_or_to_whom(&first)
        || matches!(
            first.as_str(),
            "earlier" | "later" | "on"
            // "said it was …": a pronoun opens a clause, not a phrase that names anything.
            | "it" | "he" | "she" | "they" | "we" | "i" | "you" | "there" | "this" | "that"
        ))
}

/// "said Wednesday", "told reporters": a word (lower case) after a reporting verb that says
/// when or to whom it was said.
fn when_or_to_whom(word: &str) -> bool {
    crate::text::WEEKDAYS.contains(&word)
        || matches!(word, "today" | "yesterday" | "reporters" | "journalists")
}

/// A base form with no auxiliary, "to" or subject pronoun before it is a noun or modifier
/// ("finance ministers", "the aid supply"), not a verb.
fn bare_base_form(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    let word = ctx.lower_token(s, t);
    let Some(form) = ctx.ontology.verbs.get(word) else {
        return false;
    };
    if !form.base || form.past || form.third {
        return false;
    }
    // ("didn't buy", "won’t sign": a negative contraction is an auxiliary.)
    let verb_before = |w: &str| {
        crate::text::MODALS.contains(&w)
            || negative_contraction(w)
            || matches!(
                w,
                "to" | "did" | "do" | "does" | "not" | "we" | "they" | "i" | "you" | "also"
            )
    };
    // "will soon buy", "may once again take up": past adverbs.
    let mut k = t;
    while k > 1 && adverb_before_verb(ctx.lower_token(s, k - 1)) {
        k -= 1;
    }
    !(t > 0 && (verb_before(ctx.lower_token(s, t - 1)) || verb_before(ctx.lower_token(s, k - 1))))
}

/// Whether the word at token `t` is a noun here, not a verb: after a determiner or possessive
/// ("the end", "their talks", "Acme's plans") or before "of" ("the end of"); or a participle
/// that only describes or names a noun ([`names_noun_before`]).
pub(super) fn used_as_noun(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    if names_noun_before(ctx, s, t) {
        return true;
    }
    let before = (t > 0).then(|| ctx.lower_token(s, t - 1));
    // "the newly signed treaty": a participle after an article and an adverb is an adjective.
    if t > 1
        && before.is_some_and(|w| w.ends_with("ly"))
        && matches!(ctx.lower_token(s, t - 2), "the" | "a" | "an")
    {
        return true;
    }
    // "and newly appointed justice Roe": so is one after "newly" or "recently" before a title.
    if before.is_some_and(|w| matches!(w, "newly" | "recently"))
        && ctx.token(s, t).ends_with("ed")
        && ctx.ontology.is_title(ctx.lower_token(s, t + 1))
    {
        return true;
    }
    // "Tarsk's first elected female mayor", "the only elected official": a participle after a
    // determiner's ordinal or "only" and before a noun is an adjective ("Acme first reported
    // the figures" is a verb).
    if t > 1
        && before.is_some_and(|w| matches!(w, "first" | "second" | "third" | "last" | "only"))
        && determiner_or_possessive(ctx.lower_token(s, t - 2))
        && ctx.token(s, t).ends_with("ed")
        && ctx.sentences[s].tokens.get(t + 1).is_some_and(|x| {
            x.kind == TokenKind::Word
                && x.text(ctx.text()).starts_with(char::is_lowercase)
                && !OBJECT_STOP.contains(&x.text(ctx.text()))
                && !matches!(
                    x.text(ctx.text()),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "him" | "them"
                )
        })
    {
        return true;
    }
    // "like defeated candidate Ann Lee", "talks with elected leaders": a participle right
    // after a preposition and before a noun or a name is an adjective; so is one after an -ing
    // form ("is investigating alleged interference"), and after "to" a past form is no
    // infinitive ("crimes related to alleged collusion").
    if before.is_some_and(|w| {
        matches!(
            w,
            "like"
                | "unlike"
                | "of"
                | "for"
                | "with"
                | "from"
                | "about"
                | "among"
                | "including"
                | "to"
                | "in"
                | "on"
                | "over"
                | "into"
                | "against"
                | "amid"
                | "despite"
        ) || (w.ends_with("ing")
            // ("having signaled that …" is a perfect.)
            && !matches!(w, "having" | "being")
            && ctx
                .ontology
                .verbs
                .get(w)
                .is_some_and(|f| !f.base && !f.also_noun))
    }) && ctx.token(s, t).ends_with("ed")
        && ctx.sentences[s].tokens.get(t + 1).is_some_and(|x| {
            let next = x.text(ctx.text());
            x.kind == TokenKind::Word
                && !OBJECT_STOP.contains(&next)
                && !determiner_or_possessive(ctx.lower_token(s, t + 1))
                && !OBJECT_PRONOUNS.contains(&next)
        })
    {
        return true;
    }
    // "the White House is also well aware": after a form of "be" only a participle or an -ing
    // form is a verb.
    let mut k = t;
    while k > 0 && ADVERBS_IN_VERB_GROUP.contains(&ctx.lower_token(s, k - 1)) {
        k -= 1;
    }
    if k > 0
        && matches!(
            ctx.lower_token(s, k - 1),
            "is" | "are" | "was" | "were" | "am" | "be" | "been" | "being"
        )
        && !ctx.token(s, t).ends_with("ing")
        && ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, t))
            .is_some_and(|f| !f.participle)
    {
        return true;
    }
    // "143,055 confirmed cases": a participle after a figure (not a year: "in 2019 signed
    // deals") and before a plain noun is an adjective.
    if t > 0
        && ctx.token(s, t).ends_with("ed")
        && ctx.sentences[s].tokens[t - 1].kind == TokenKind::Number
        && !looks_like_year(ctx.token(s, t - 1))
        // ("on May 4 announced steps": a day of a month.)
        && !(t > 1 && {
            let month = ctx.lower_token(s, t - 2).trim_end_matches('.');
            month.len() >= 3 && crate::text::MONTHS.iter().any(|m| m.starts_with(month))
        })
        && ctx.sentences[s]
            .tokens
            .get(t + 1)
            .is_some_and(|x| x.kind == TokenKind::Word)
        && bare_noun_word_at(ctx, s, t + 1)
    {
        return true;
    }
    // "£35bn cuts", "20 attacks", "Thirty states allow …": an -s form after a figure, its
    // scale or a number word ("one" no: "no one knows") is a plural noun.
    if ctx.token(s, t).ends_with('s')
        && t > 0
        && (ctx.sentences[s].tokens[t - 1].kind == TokenKind::Number
            || before.is_some_and(|w| {
                SCALES.iter().any(|(sw, _)| *sw == w)
                    || (w != "one" && NUMBER_WORDS.iter().any(|(nw, _)| *nw == w))
            }))
    {
        return true;
    }
    // Whether the trigger is an -s form that is also a noun ("attacks", "states").
    let s_form_also_noun = || {
        ctx.token(s, t).ends_with('s')
            && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, t))
                .is_some_and(|f| f.also_noun)
    };
    // "responded to comments Roe made", "amid reports Acme would sell": after a preposition
    // an -s form that is also a noun is the plural ("to" takes a base form: "to discuss").
    if before.is_some_and(|w| {
        matches!(
            w,
            "to" | "of" | "for" | "with" | "about" | "amid" | "despite" | "against" | "over"
        )
    }) && s_form_also_noun()
        && ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, t))
            .is_some_and(|f| !f.base)
    {
        return true;
    }
    // "Roe says claims that Acme lied are false": right after a reporting verb's inflected
    // form, which is no noun, an -s form that is also a noun has no subject of its own, so it
    // is the plural.
    if before.is_some_and(|w| {
        ctx.ontology.reporting_lemma(w).is_some()
            && ctx
                .ontology
                .verbs
                .get(w)
                .is_some_and(|f| !f.base && !f.also_noun)
    }) && s_form_also_noun()
    {
        return true;
    }
    // "didn't return calls seeking comment", "to take steps": after a base form that an
    // auxiliary or "to" governs, an -s form that is also a noun is its object.
    if t > 1
        && s_form_also_noun()
        && ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, t - 1))
            .is_some_and(|f| f.base)
        && {
            let mut k = t - 1;
            while k > 0 && {
                let w = ctx.lower_token(s, k - 1);
                ADVERBS_IN_VERB_GROUP.contains(&w) || w.ends_with("ly")
            } {
                k -= 1;
            }
            k > 0 && {
                let w = ctx.lower_token(s, k - 1);
                crate::text::MODALS.contains(&w)
                    || matches!(w, "do" | "does" | "did" | "to")
                    || negative_contraction(w)
            }
        }
    {
        return true;
    }
    // "took the Bain attacks head on": an -s form that is also a noun, after a determiner and
    // a name and before a word that opens no object, is a plural noun the name modifies ("the
    // US believes that", "the EU plans to" are verbs).
    if t > 1
        && ctx.token(s, t - 1).starts_with(char::is_uppercase)
        && matches!(
            ctx.lower_token(s, t - 2),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "these" | "those"
        )
        && s_form_also_noun()
        && bare_noun_word_at(ctx, s, t + 1)
    {
        return true;
    }
    // "As American states mull the easing": an -s form that is also a noun, after a demonym
    // and before a plural verb, is the subject that verb has. (The demonym, a gazetteer
    // search, is asked last.)
    if t > 0
        && s_form_also_noun()
        && {
            let next = ctx.lower_token(s, t + 1);
            ctx.token(s, t + 1).starts_with(char::is_lowercase)
                && (matches!(
                    next,
                    "are" | "were" | "have" | "had" | "will" | "would" | "could" | "can"
                ) || ctx
                    .ontology
                    .verbs
                    .get(next)
                    .is_some_and(|f| f.base && !f.also_noun))
        }
        && ctx.ontology.is_demonym(ctx.token(s, t - 1))
    {
        return true;
    }
    // "expects Tarsk sanctions against Acme to rise": an -s form that is also a noun, after a
    // name and before "against" or "of", lacks the object its verb would take.
    if t > 0
        && ctx.token(s, t - 1).starts_with(char::is_uppercase)
        && matches!(ctx.lower_token(s, t + 1), "against" | "of")
        && s_form_also_noun()
    {
        return true;
    }
    // "win any states", "some reports said": an -s form after a quantifier is a plural noun
    // ("many said", "some say" are verbs).
    if ctx.token(s, t).ends_with('s')
        && before.is_some_and(|w| {
            matches!(
                w,
                "any" | "some" | "many" | "several" | "both" | "all" | "other" | "few"
            )
        })
    {
        return true;
    }
    // "addressed reports that …", "showed Roe making remarks", "refused to deny claims the
    // minister had …": a plural noun right after a past verb, an -ing form or an infinitive is
    // its object.
    let infinitive_before = t > 1
        && ctx.lower_token(s, t - 2) == "to"
        && before.is_some_and(|w| ctx.ontology.verbs.get(w).is_some_and(|f| f.base));
    if ctx.token(s, t).ends_with('s')
        && before.is_some_and(|w| {
            ctx.ontology.verbs.get(w).is_some_and(|f| {
                (f.past || w.ends_with("ing") || infinitive_before) && !f.also_noun
            })
        })
    {
        return true;
    }
    // "the embargo on selling arms", "led the crowd in singing": an -ing form after such a
    // preposition names an activity; so does one after another -ing verb ("using G7
    // backing").
    if ctx.token(s, t).ends_with("ing")
        && before.is_some_and(|w| {
            matches!(
                w,
                "on" | "of"
                    | "for"
                    | "about"
                    | "against"
                    | "from"
                    | "into"
                    | "toward"
                    | "towards"
                    | "in"
            ) || (w.ends_with("ing") && ctx.ontology.verbs.contains_key(w))
        })
    {
        return true;
    }
    // "money from sanctions relief", "a call for support", "the charade of increased
    // security": after a preposition a form that is also a noun is one, and a participle is
    // an adjective.
    if before.is_some_and(|w| {
        matches!(
            w,
            "from"
                | "of"
                | "for"
                | "with"
                | "against"
                | "under"
                | "without"
                | "about"
                | "into"
                | "on"
                | "in"
                | "at"
                | "over"
                | "after"
                | "during"
                | "amid"
                | "despite"
        )
    }) && ctx
        .ontology
        .verbs
        .get(ctx.lower_token(s, t))
        .is_some_and(|f| (f.also_noun && !ctx.token(s, t).ends_with("ing")) || f.participle)
    {
        return true;
    }
    // "the U.S. negotiating team": an -ing form between a determiner and a name before it and
    // a noun after it is an adjective (but "the U.S. imposed sanctions" is a verb).
    if t > 1
        && ctx.token(s, t).ends_with("ing")
        && ctx.token(s, t - 1).starts_with(char::is_uppercase)
        && matches!(
            ctx.lower_token(s, t - 2),
            "the" | "a" | "an" | "its" | "their"
        )
        && ctx.sentences[s].tokens.get(t + 1).is_some_and(|n| {
            let w = ctx.lower_token(s, t + 1);
            n.kind == TokenKind::Word
                && ctx.token(s, t + 1).starts_with(char::is_lowercase)
                && !OBJECT_STOP.contains(&w)
                && !matches!(
                    w,
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "it"
                )
                && ctx.ontology.verbs.get(w).is_none_or(|f| f.also_noun)
        })
    {
        return true;
    }
    // "halted manufacturing", "stopped giving": an -ing form right after a finite verb is
    // that verb's object, not a clause with its own subject.
    if ctx.token(s, t).ends_with("ing")
        && before.is_some_and(|w| {
            !PASSIVE_AUX.contains(&w)
                && !matches!(w, "has" | "have" | "had" | "am")
                && ctx.ontology.is_finite_verb(w)
        })
    {
        return true;
    }
    let after = ctx.sentences[s]
        .tokens
        .get(t + 1)
        .map(|x| x.text(ctx.text()));
    // "accused of", "warned of": a past form before "of" is still a verb.
    let past = ctx
        .ontology
        .verbs
        .get(ctx.lower_token(s, t))
        .is_some_and(|f| f.past || f.participle);
    before.is_some_and(|w| {
        matches!(
            w,
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "my"
                | "your"
                | "this"
                | "these"
                | "those"
                | "'s"
                | "’s"
                | "no"
                | "every"
                | "each"
                // "more arrests", "new attacks", "mass killings".
                | "more"
                | "fewer"
                | "further"
                | "new"
                | "recent"
                | "mass"
        )
    }) || (after == Some("of") && !past)
}

/// Nouns that measure time: "two years", "a few days".
const TIME_UNITS: &[&str] = &[
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "decade", "decades",
];

/// Whether `word` (lower case) names the period in "this week", "last summer", "next
/// Tuesday": what such a phrase tells is when.
fn names_a_period(word: &str) -> bool {
    matches!(
        word,
        "week"
            | "month"
            | "year"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "weekend"
            | "time"
            | "summer"
            | "winter"
            | "spring"
            | "autumn"
            | "fall"
    ) || crate::text::WEEKDAYS.contains(&word)
}

/// Adverbs that may stand inside a verb group: "is also well aware", "has not yet".
pub(super) const ADVERBS_IN_VERB_GROUP: &[&str] = &[
    "also", "still", "not", "never", "now", "already", "just", "only", "even",
];

/// Words of a span of time before "ago" ("almost exactly a year", "a few short weeks") or
/// "after" ("the same week").
const TIME_BEFORE_AGO: &[&str] = &[
    "a",
    "an",
    "few",
    "several",
    "some",
    "many",
    "short",
    "long",
    "almost",
    "nearly",
    "about",
    "exactly",
    "just",
    "only",
    "more",
    "than",
    "over",
    "couple",
    "of",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twenty",
    "thirty",
    "fifty",
    "hundred",
    "time",
    "while",
    "moment",
    "moments",
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "last",
    "next",
    "previous",
    "following",
    "same",
];

/// Auxiliaries before a participle that make the clause passive ("were sent").
pub(super) const PASSIVE_AUX: &[&str] = &[
    "was", "were", "been", "being", "is", "are", "be", "got", "get", "gets", "getting", "gotten",
];

/// Whether `word` (lower case) is a finite verb or an auxiliary: the verb of a clause, or the
/// start of its verb group.
pub(super) fn finite_or_auxiliary(ctx: &DocContext<'_>, word: &str) -> bool {
    is_auxiliary(word) || ctx.ontology.is_finite_verb(word)
}

/// "was", "have", "could": a word that only helps the verb after it.
pub(super) fn is_auxiliary(word: &str) -> bool {
    PASSIVE_AUX.contains(&word)
        || matches!(word, "has" | "have" | "had" | "do" | "does" | "did")
        || crate::text::MODALS.contains(&word)
}

/// Adverbs that say where, how or when after a verb ("arrived here", "would not play again",
/// "knew better"), so no object starts with them.
fn says_how_or_when(word: &str) -> bool {
    matches!(
        word,
        "here"
            | "there"
            | "home"
            | "abroad"
            | "overseas"
            | "together"
            | "ahead"
            | "again"
            | "away"
            | "too"
            | "instead"
            | "anyway"
            | "now"
            | "soon"
            | "well"
            | "alone"
            | "forward"
            | "around"
            | "anymore"
            | "either"
            | "then"
            | "back"
            | "off"
            | "out"
            | "down"
            // "passed along the names", "set aside the ruling": a particle makes another verb.
            | "along"
            | "aside"
            | "apart"
            // "knew better", "made sure", "made clear he would …", "moments later": how or
            // when, not what.
            | "clear"
            | "better"
            | "worse"
            | "sure"
            | "moments"
            | "later"
            | "earlier"
            | "far"
            | "much"
            | "little"
    )
}

/// Whether token `i` is a capitalised month with a number after it ("March 12", "May 2019").
/// (The capital is asked first: this runs for every word of a phrase.)
fn month_then_number(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    ctx.token(s, i).starts_with(char::is_uppercase)
        && crate::text::MONTHS.contains(&ctx.lower_token(s, i))
        && ctx.sentences[s]
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
}

/// Words that end a literal object: a new clause or a prepositional phrase.
pub(super) const OBJECT_STOP: &[&str] = &[
    "to", "in", "at", "on", "for", "from", "with", "by", "that", "which", "who", "after", "before",
    "as", "because", "and", "but", "or", "if", "unless", "although", "though", "whereas", "when",
    "while", "since", "until", "during", "over", "amid", "despite", "into", "than", "via", "ahead",
    "besides", "whenever", "wherever",
];

/// Prepositions that may stand inside an object phrase ("a line between the speech and the
/// violence", "claims against the firm"), so are not in [`OBJECT_STOP`], but are no noun a
/// name before them could modify.
pub(super) const PREPOSITIONS_NOT_IN_OBJECT_STOP: &[&str] = &[
    "between",
    "among",
    "against",
    "about",
    "under",
    "within",
    "without",
    "across",
    "through",
    "toward",
    "towards",
    "upon",
    "like",
    "near",
    "alongside",
    "behind",
    "beyond",
    "per",
];

/// Adjectives that end like adverbs in "-ly": "established friendly relations" has an
/// object, "tweeted tersely" has none.
const ADJECTIVES_ENDING_IN_LY: &[&str] = &[
    "costly",
    "cowardly",
    "daily",
    "deadly",
    "early",
    "elderly",
    "friendly",
    "hourly",
    "kindly",
    "lively",
    "lonely",
    "lovely",
    "monthly",
    "orderly",
    "quarterly",
    "timely",
    "ugly",
    "unfriendly",
    "unlikely",
    "weekly",
    "yearly",
];

/// Nouns that end like adverbs in "-ly" and are no verb ("the gas supply" is caught as a
/// verb form).
const NOUNS_ENDING_IN_LY: &[&str] = &[
    "family",
    "assembly",
    "anomaly",
    "monopoly",
    "duopoly",
    "oligopoly",
    "ally",
    "belly",
    "jelly",
    "folly",
    "holly",
    "lily",
    "homily",
    "melancholy",
    "panoply",
    "butterfly",
    "italy",
    "july",
    "bully",
    "rally",
    "reply",
    "supply",
    "fly",
];

/// The qualifiers a report takes from inside what was reported (where it happened), and the
/// names they have on the report.
pub(crate) const REPORTED_PLACES: [(&str, &str); 2] = [
    ("place", "reported_place"),
    ("destination", "reported_destination"),
];

/// Tokens of the longest reported clause kept as a report's object when it names nothing
/// (PolNeAR dev at 40: 16 more reports with the right speaker than at 25, and no wrong one).
const MAX_REPORTED_CLAUSE: usize = 40;

/// Tokens of the longest reported clause kept as a report's object beside the name it is
/// about: the name already anchors it, so a longer clause is still what was said.
const MAX_REPORTED_CLAUSE_ABOUT_NAME: usize = 60;

/// Words allowed between a verb and the nearest name before it when a comma, bracket or
/// another verb stands between them (dev: no fact lost at 6; the relations dropped on unseen
/// AllSides articles were mostly another clause's subject).
const MAX_SUBJECT_GAP: usize = 6;

/// A trigger found in a sentence.
struct Trigger {
    /// First token.
    at: usize,
    /// Length in tokens.
    len: usize,
    /// The trigger as written, as a lemma.
    predicate: String,
    /// The declared type it belongs to.
    relation_type: String,
    literal_ok: bool,
    /// The type has a counterpart ("met Roe and Lee"), so a name joined by "and" after the
    /// object is one.
    takes_counterpart: bool,
    /// "lost 2-1 to Tarsk": the type's "to" phrase names the opponent, not a destination.
    to_opponent: bool,
    /// A reporting verb: its object is what was reported, about the first name in it, and
    /// figures anywhere in that clause belong to the claim.
    reporting: bool,
}

fn relation_at(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    tr: &Trigger,
    in_sentence: &[usize],
    claimant: Option<usize>,
) -> Option<RelationMention> {
    let (t, len, literal_ok) = (tr.at, tr.len, tr.literal_ok);
    // "passed along the names", "brushed aside the talk", "fell apart": a particle makes a
    // verb of another sense than the trigger's.
    if matches!(ctx.lower_token(s, t + len), "along" | "aside" | "apart") {
        return None;
    }
    // "ended March with $1.4m on hand", "ended the year with a profit": ending a stretch of
    // time tells how things stood at its close; nothing was stopped.
    if tr.predicate == "end" && {
        let mut k = t + len;
        if matches!(
            ctx.lower_token(s, k),
            "the" | "this" | "last" | "its" | "their" | "his" | "her"
        ) {
            k += 1;
        }
        if ctx.lower_token(s, k) == "fiscal" {
            k += 1;
        }
        let w = ctx.lower_token(s, k);
        crate::text::MONTHS.contains(&w)
            || matches!(
                w,
                "year" | "quarter" | "month" | "week" | "day" | "season" | "decade" | "session"
            )
    } {
        return None;
    }
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    // "Tom Hale, accused of fraud, resigned", "on trial, charged with bribery": a participle of
    // accusing right before what it accuses of is passive, and who stands before it is the
    // accused (an active verb names the accused first: "accused Lee of fraud"). After an
    // auxiliary the passive ("was accused of rape by Roe") or the relative clause ("whom Roe
    // had charged with") is read as such.
    if !tr.reporting
        && matches!(ctx.token(s, t + len), "of" | "with" | "for")
        && (t == 0 || !is_auxiliary(ctx.lower_token(s, t - 1)))
        && ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, t))
            .is_some_and(|f| f.participle && ACCUSING.contains(&f.lemma.as_str()))
    {
        return None;
    }
    // "Roe, asked about the remark by reporters, said …": a participle opening an aside after
    // a name, which the sentence's verb follows past the closing comma, is passive; the name
    // was asked ("The minister, Roe, asked the court to …" has no verb after).
    if t > 1
        && ctx.token(s, t - 1) == ","
        && in_sentence
            .iter()
            .any(|&m| out.mentions[m].span.end == toks[t - 2].span.end)
        && ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, t))
            .is_some_and(|f| f.participle)
        // (Only before what one is asked or pressed about: "…, won the French Open, reached
        // …" is the name's act, and "…, led by Roe, is …" a passive the agent rule reads.)
        && matches!(
            ctx.lower_token(s, t + len),
            "about" | "whether" | "if" | "why" | "how" | "what" | "on" | "over"
        )
        && (t + 1..toks.len())
            .find(|&k| ctx.token(s, k) == ",")
            .is_some_and(|comma| {
                // ("…, later said": past an adverb.)
                let verb = if adverb_before_verb(ctx.lower_token(s, comma + 1)) {
                    comma + 2
                } else {
                    comma + 1
                };
                finite_or_auxiliary(ctx, ctx.lower_token(s, verb))
            })
    {
        return None;
    }
    // "Reuters quoted Roe as saying the talks failed", "quoted Roe as calling for a ban": the
    // one quoted says or does it, and the one quoting claims it.
    let quoted = quoted_as_saying(ctx, out, s, t, in_sentence);
    // "indictments were announced Friday accusing 12 officers": an -ing form right after a
    // noun modifies that noun; unless the noun is a name, who acts is not said.
    if t > 0 && ctx.token(s, t).ends_with("ing") {
        let prev = ctx.lower_token(s, t - 1);
        // ("26 percent of voters under the age of 29 supporting Roe": after a figure too.)
        let modifies_noun = matches!(toks[t - 1].kind, TokenKind::Word | TokenKind::Number)
            && !PASSIVE_AUX.contains(&prev)
            && !matches!(
                prev,
                "am" | "by" | "after" | "before" | "while" | "when" | "without" | "since" | "and"
                    | "but" | "also" | "not" | "of" | "for" | "on" | "in" | "about" | "from"
            )
            && !prev.ends_with("ly")
            // "consider cancelling": after a verb the -ing form is its complement.
            && ctx
                .ontology
                .verbs
                .get(prev)
                .is_none_or(|f| f.also_noun)
            && !in_sentence
                .iter()
                .any(|&m| out.mentions[m].span.end == toks[t - 1].span.end)
            && quoted.is_none();
        if modifies_noun {
            return None;
        }
    }
    // "worked for a private company called Acme": a participle of naming right after a
    // determined noun gives that noun its name; no one calls anything.
    if t >= 2
        && ctx.token(s, t).ends_with("ed")
        && ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, t))
            .is_some_and(|f| f.participle && NAMING_VERBS.contains(&f.lemma.as_str()))
        && (t.saturating_sub(4)..t - 1).rev().any(|k| {
            let w = ctx.lower_token(s, k);
            (matches!(w, "a" | "an" | "the" | "this" | "that") || possessive_determiner(w))
                // (Only nouns and adjectives between: "the agency also called for …" and "the
                // report and called for …" are the noun's acts.)
                && (k + 1..t).all(|i| {
                    let w = ctx.lower_token(s, i);
                    toks[i].kind == TokenKind::Word
                        && ctx.token(s, i).starts_with(char::is_lowercase)
                        && !is_auxiliary(w)
                        && !ctx.ontology.is_finite_verb(w)
                        && !OBJECT_STOP.contains(&w)
                        && !ADVERBS_IN_VERB_GROUP.contains(&w)
                        && !subject_pronoun(w)
                        && !w.ends_with("ly")
                })
        })
    {
        return None;
    }
    // "Ruritanian-backed forces have taken", "Tarsk based firms are": a participle between a
    // name and a noun whose own verb follows describes the noun.
    if t > 0
        && len == 1
        && ctx.token(s, t).ends_with("ed")
        && in_sentence
            .iter()
            .any(|&m| out.mentions[m].span.end == toks[t - 1].span.end)
        && toks.get(t + 1).is_some_and(|x| {
            x.kind == TokenKind::Word
                && x.text(text).starts_with(char::is_lowercase)
                && !matches!(
                    x.text(text),
                    "they"
                        | "he"
                        | "she"
                        | "it"
                        | "we"
                        | "you"
                        | "i"
                        | "the"
                        | "a"
                        | "an"
                        | "that"
                        | "this"
                        | "these"
                        | "those"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "some"
                        | "all"
                        | "no"
                        | "any"
                        | "there"
                )
        })
        && {
            let w = ctx.lower_token(s, t + 2);
            finite_or_auxiliary(ctx, w)
        }
    {
        return None;
    }
    let trigger = toks[t].span.start..toks[t + len - 1].span.end;
    // "were sent", and "the challenger nominated by the WBC": a participle with its agent
    // after "by" is passive even with no auxiliary.
    // ("is announcing": after a form of "be" an -ing form is progressive, not passive.)
    // ("was physically threatened": past adverbs too.)
    let passive = t > 0
        && ((passive_at(ctx, s, t) && !ctx.token(s, t).ends_with("ing"))
            || (ctx.token(s, t + len) == "by"
                && !matches!(ctx.lower_token(s, t - 1), "has" | "have" | "had")
                // ("Roe responded by criticizing Acme": "by" and an -ing form say how.)
                && !(ctx.token(s, t + len + 1).ends_with("ing")
                    && ctx
                        .ontology
                        .verbs
                        .contains_key(ctx.lower_token(s, t + len + 1)))
                && ctx
                    .ontology
                    .verbs
                    .get(ctx.lower_token(s, t))
                    .is_some_and(|f| f.participle)));
    let before = |m: &usize| out.mentions[*m].span.end <= trigger.start;
    // Subject: a name followed by an appositive ("Roe, the governor of X, accused …"), else
    // the nearest acting name before the trigger in the same clause.
    let appositive = in_sentence.iter().copied().filter(before).find(|&m| {
        let between = text[out.mentions[m].span.end..trigger.start].trim();
        // "Rep. Roe (D-Ore.), the party's whip, said": a lawmaker's party and state first.
        let between = between
            .strip_prefix('(')
            .and_then(|rest| rest.split_once(')'))
            .filter(|(inside, _)| inside.len() <= 12)
            .map_or(between, |(_, after)| after.trim_start());
        // "Sen. Roe of Ohio, a possible contender, said": and a person's state.
        let state_and_rest = between
            .strip_prefix("of ")
            .and_then(|rest| rest.find(',').map(|comma| rest.split_at(comma)));
        let between = match state_and_rest {
            Some((state, from_comma))
                if out.mentions[m].entity_type == EntityType::Person
                    && state
                        .split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase))
                    && state.split_whitespace().count() <= 3 =>
            {
                from_comma
            }
            _ => between,
        };
        // "Roe, the governor, also said": adverbs may follow the closing comma.
        let after_comma = between.rsplit(',').next().unwrap_or("");
        let closes = after_comma.split_whitespace().all(|w| {
            w.ends_with("ly")
                || matches!(
                    w,
                    "also" | "then" | "later" | "still" | "again" | "has" | "had" | "have"
                )
        });
        // "sells to Acme, Globex and Initech, sued": names joined by "and" end a list, whose
        // first item has no apposition.
        let inner = between
            .strip_prefix(',')
            .and_then(|rest| rest.rsplit_once(','))
            .map_or("", |(inner, _)| inner);
        // ("Roe, Commerce and Industry Minister, said": a title is no list.)
        let lists_names = inner.split_whitespace().any(|w| matches!(w, "and" | "or"))
            && inner.split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase) || matches!(w, "and" | "or" | "the" | "&")
            })
            && inner
                .split_whitespace()
                .next_back()
                .is_some_and(|w| !ctx.ontology.is_title_or_plural(&w.to_lowercase()));
        can_act(out.mentions[m].entity_type)
            && between.len() > 2
            && between.starts_with(',')
            && closes
            && !lists_names
            // "Roe, chief of Acme, one of the largest insurers, said": a person may have two
            // appositives ("the chairman of the committee, Senator Roe, …, said" names Roe).
            && match between.matches(',').count() {
                2 => true,
                3 => out.mentions[m].entity_type == EntityType::Person,
                _ => false,
            }
    });
    // (The name opens the apposition, past at most a title: "…, Sen. Jim Beck, said"; not
    // "…, a Republican who lost to Roe, said" nor "…, Roe's husband, said".)
    let names_right_after_comma = |end: usize, n: usize| {
        let span = &out.mentions[n].span;
        let gap = text[end..span.start].trim();
        gap.starts_with(',')
            && !gap[1..].contains(',')
            && gap[1..].split_whitespace().count() <= 3
            && !matches!(
                ctx.token(s, ctx.token_from(s, span.end)),
                "'s" | "’s" | "'" | "’"
            )
    };
    // A name inside a prepositional phrase ("troops in Ruritania sent …") is not the subject.
    let in_phrase = |m: usize| preposition_before(ctx, out, s, in_sentence, m).is_some();
    // "the lower house of the parliament, the State Duma, ratified": a proper name in the
    // appositive is the better subject than the description before it; so is a person's
    // name after a description that ends in a phrase ("A spokesman for Tom Hale, Jim Beck,
    // said" is Beck's).
    let appositive = appositive.map(|m| {
        // ("The director of Tarsk's Civil Aviation Authority, Jim Beck, said": so is a name
        // after an "of" that the head noun before it speaks for.)
        let described_in_phrase =
            in_phrase(m) || ends_opening_clause(ctx, out, s, m) || !acts_after_of(ctx, out, s, m);
        in_sentence
            .iter()
            .copied()
            .find(|&n| {
                n != m
                    && out.mentions[n].span.start > out.mentions[m].span.end
                    && out.mentions[n].span.end <= trigger.start
                    && can_act(out.mentions[n].entity_type)
                    && ((out.mentions[m].rule == crate::extract::entity::RULE_DESCRIBED_BODY
                        && out.mentions[n].rule != crate::extract::entity::RULE_DESCRIBED_BODY)
                        || (described_in_phrase
                            && out.mentions[n].entity_type == EntityType::Person
                            && names_right_after_comma(out.mentions[m].span.end, n)))
            })
            .unwrap_or(m)
    });
    // "Roe's earpiece stopped working": a possessive names the owner, not the subject; but
    // "Roe's plans to sell" are Roe's to carry out.
    // ("Roe and Lee's tax plan kills jobs": a name joined to a possessive one shares it; not
    // to one that owns a named person, "Roe and Lee's lawyer Tom Hale".)
    let possessive = |m: usize| {
        let owns = |p: usize| possessive_mark(ctx, s, p) && ctx.token(s, p + 2) != "to";
        let p = ctx.token_from(s, out.mentions[m].span.end);
        owns(p)
            || (ctx.token(s, p) == "and"
                && in_sentence.iter().any(|&n| {
                    let mark = ctx.token_from(s, out.mentions[n].span.end);
                    ctx.token_from(s, out.mentions[n].span.start) == p + 1
                        && owns(mark)
                        && !in_sentence.iter().any(|&o| {
                            let start = ctx.token_from(s, out.mentions[o].span.start);
                            start > mark && start <= mark + 4
                        })
                }))
    };
    // "used her Acme speech to say": a name after a possessive determiner modifies what is
    // owned.
    let after_possessive_determiner = |m: usize| {
        let before = word_before(ctx, out, s, m);
        possessive_determiner(&before) || before == "your"
    };
    // "Acmeworks, a leading German insurer, said", "said a US-based expert": a country or place
    // in an indefinite description of a kind of thing does not act; one of its officials
    // acts for it ("a senior Ruritanian official said").
    let in_indefinite_description = |m: usize| {
        if !matches!(
            out.mentions[m].entity_type,
            EntityType::Country | EntityType::Place
        ) {
            return false;
        }
        let first = ctx.token_from(s, out.mentions[m].span.start);
        let indefinite = (first.saturating_sub(3)..first).rev().any(|k| {
            matches!(ctx.lower_token(s, k), "a" | "an")
                && (k + 1..first).all(|j| {
                    toks[j].kind == TokenKind::Word
                        && ctx.token(s, j).starts_with(char::is_lowercase)
                })
        });
        if !indefinite {
            return false;
        }
        // The head of the nouns the name modifies ("-based insurance expert").
        let after = ctx.token_from(s, out.mentions[m].span.end);
        let head = (after..(after + 5).min(toks.len()))
            .filter(|&k| ctx.token(s, k) != "-")
            .take_while(|&k| {
                let w = ctx.token(s, k);
                toks[k].kind == TokenKind::Word
                    && w.starts_with(char::is_lowercase)
                    && !ctx.ontology.is_finite_verb(w)
                    && !is_auxiliary(w)
            })
            .last();
        head.is_some_and(|head| !acts_for_country(ctx, ctx.lower_token(s, head)))
    };
    // "as Lee spoke of the WTO, Roe's earpiece stopped": a name in an opening subordinate
    // clause is not the subject of the verb after it, nor is one before another's possessed
    // noun ("…, Roe's earpiece stopped").
    let noun_after_comma = |m: usize| {
        let between = &text[out.mentions[m].span.end..trigger.start];
        let Some((_, rest)) = between.rsplit_once(',') else {
            return false;
        };
        let owned = rest.contains("'s") || rest.contains("’s");
        // The clause opens with a subordinator ("As Lee spoke"), or one stands right before
        // the name ("Less than a month after Lee left").
        let clause = text[ctx.sentences[s].span.start..out.mentions[m].span.start]
            .rsplit(',')
            .next()
            .unwrap_or("");
        let opener = [
            clause.split_whitespace().next(),
            clause.split_whitespace().next_back(),
        ]
        .into_iter()
        .flatten()
        .any(opens_subordinate_clause);
        owned
            || (opener
                && rest
                    .split_whitespace()
                    .any(|w| w.starts_with(char::is_lowercase)))
    };
    // "plans by Acme to also buy", "a call for Acme to leave": the name after "by" or "for"
    // acts in the infinitive after it.
    let infinitive_agent = |m: usize| {
        let mut words = text[out.mentions[m].span.end..trigger.start].split_whitespace();
        words.next() == Some("to")
            && words.all(|w| w.ends_with("ly") || matches!(w, "also" | "then" | "not" | "still"))
            // "called on President Roe to cancel": "on" hands over the act too.
            && preposition_before(ctx, out, s, in_sentence, m).is_some_and(|p| {
                matches!(p, "by" | "for") || (p == "on" && asks_on(ctx, s, out.mentions[m].span.start))
            })
            // "Roe was named by President Lee to lead …": a passive's agent hands the
            // infinitive to the passive's subject.
            && !passive_agent(ctx, s, ctx.token_from(s, out.mentions[m].span.start))
    };
    // The preposition before a name that stands right before the trigger in -ing, past
    // adverbs only: the -ing form's own subject.
    let gerund_subject_after = |m: usize| {
        (ctx.token(s, t).ends_with("ing")
            && out.mentions[m].span.end <= trigger.start
            && text[out.mentions[m].span.end..trigger.start]
                .split_whitespace()
                .all(|w| w.ends_with("ly") || matches!(w, "not" | "also" | "still")))
        .then(|| preposition_before(ctx, out, s, in_sentence, m))
        .flatten()
    };
    // "with President Roe not denying the deployment": the name after "with" does the act
    // of the -ing form after it.
    let absolute_subject = |m: usize| gerund_subject_after(m) == Some("with");
    // "talked about Turkey entering the EU", "spoke of Acme buying Globex": a name in such a
    // phrase right before an -ing form is that form's subject, and its act only what was
    // talked of.
    if in_sentence.iter().any(|&m| {
        matches!(
            gerund_subject_after(m),
            Some("about" | "of" | "over" | "on" | "against" | "for")
        )
    }) {
        return None;
    }
    // "Roe landed a right and the round ended": after the name's own verb, "and" or "but"
    // before an article opens a clause whose subject is the noun after it ("Acme and its
    // union reached" is one subject).
    // ("Acme, which owns Lee and the Tarsk Times, said": not inside a relative aside that
    // closes right before the verb.)
    let own_subject_between = |m: usize| {
        let between = ctx.token_from(s, out.mentions[m].span.end)..t;
        if heads_closed_relative(ctx, s, between.start, t) {
            return false;
        }
        let opens_clause = |k: usize| {
            match ctx.token(s, k) {
                "and" | "but" => {
                    matches!(
                        ctx.lower_token(s, k + 1),
                        "the" | "a" | "an" | "its" | "their" | "this" | "that"
                    ) && (between.start..k).any(|v| ctx.ontology.is_finite_verb(ctx.token(s, v)))
                }
                // "told Acme that it had used …", "told Acme that Globex would …", "estimated
                // that 400 people had lost …": the clause after "that" has its own subject.
                "that" => {
                    matches!(
                        ctx.lower_token(s, k + 1),
                        "it" | "he" | "she" | "they" | "we" | "the" | "a" | "an" | "its" | "their"
                    ) || (ctx.token(s, k + 1).starts_with(char::is_uppercase) && k + 1 < t)
                        || toks.get(k + 1).is_some_and(|x| x.kind == TokenKind::Number)
                }
                // "Acme said estate agents were set to enter …": a reported clause opened by
                // a plain noun or a determiner has that subject, not the reporter.
                _ if ctx.reporting_lemma(s, k).is_some_and(|lemma| {
                    // Verbs that take a clause with no "that"; "condemned sanctuary cities",
                    // "urged officials to …" take a noun.
                    matches!(
                        lemma,
                        "say"
                            | "think"
                            | "believe"
                            | "expect"
                            | "estimate"
                            | "claim"
                            | "argue"
                            | "suggest"
                            | "insist"
                            | "predict"
                            | "fear"
                            | "hope"
                            | "add"
                            | "note"
                            | "admit"
                            | "acknowledge"
                            | "report"
                    )
                }) && !ctx.token(s, k).ends_with("ing")
                    && k + 2 < t =>
                {
                    let next = ctx.lower_token(s, k + 1);
                    matches!(
                        next,
                        "the"
                            | "a"
                            | "an"
                            | "its"
                            | "their"
                            | "this"
                            | "these"
                            | "some"
                            | "many"
                            | "most"
                    ) || (ctx.token(s, k + 1).starts_with(char::is_lowercase)
                        && toks[k + 1].kind == TokenKind::Word
                        && !next.ends_with("ly")
                        && !OBJECT_STOP.contains(&next)
                        && !is_auxiliary(next)
                        && !is_time_word_after_report(next)
                        && !matches!(
                            next,
                            "it" | "he"
                                | "she"
                                | "they"
                                | "we"
                                | "i"
                                | "you"
                                | "him"
                                | "her"
                                | "them"
                                | "us"
                                | "me"
                                | "not"
                                | "so"
                                | "yes"
                                | "no"
                        )
                        && ctx.ontology.verbs.get(next).is_none_or(|f| f.also_noun)
                        && ctx.token(s, k + 2).starts_with(char::is_lowercase))
                }
                _ => false,
            }
        };
        between.clone().any(opens_clause)
    };
    // "…, unions at the Acme carmaker have said", "Acme claims that taxes need to rise": a
    // common noun right before the verb (or before the verb that takes it with "to") is its
    // subject when the name stands in another clause.
    let verb_group = {
        let mut k = auxiliaries_start(ctx, s, t);
        // "need to rise": past the verb that takes the infinitive ("a deal to end" has no
        // subject of its own).
        if k > 1
            && ctx.token(s, k - 1) == "to"
            && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, k - 2))
                .is_some_and(|f| crate::extract::svo::CATENATIVE.contains(&f.lemma.as_str()))
        {
            k = auxiliaries_start(ctx, s, k - 2);
        }
        k
    };
    let noun_before_verb = verb_group.checked_sub(1).filter(|&k| {
        let w = ctx.token(s, k);
        !passive
            && toks[k].kind == TokenKind::Word
            && w.starts_with(char::is_lowercase)
            && !w.ends_with("ly")
            && !matches!(
                lower(w).as_ref(),
                "who"
                    | "which"
                    | "that"
                    | "and"
                    | "but"
                    | "or"
                    | "also"
                    | "then"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
                    | "there"
                    | "still"
                    | "now"
                    | "not"
                    | "to"
                    // "Roe and Lee have both said": a floating quantifier, no noun.
                    | "both"
                    | "all"
                    | "each"
            )
            && !ctx.ontology.is_finite_verb(w)
            && ctx
                .ontology
                .verbs
                .get(lower(w).as_ref())
                .is_none_or(|f| f.also_noun)
    });
    let common_noun_subject = |m: usize| {
        let Some(k) = noun_before_verb else {
            return false;
        };
        let from = ctx.token_from(s, out.mentions[m].span.end);
        // The name stands in another clause: a comma, "that" or a verb comes between ("Tarsk
        // is struggling and analysts said").
        // An auxiliary counts with the verb it opens ("is struggling"), not before an adverb
        // ("Democrats have long complained").
        let verb_at = |j: usize| {
            ctx.ontology
                .verbs
                .get(ctx.lower_token(s, j))
                .is_some_and(|f| !f.also_noun)
        };
        // So does "and" past other words before a lower-case noun phrase ("broke Tarsk Party
        // orthodoxy and one of his supporters said"); not right after the name ("Roe and her
        // aides said"), nor before another name ("Roe in Tarsk and Lee in Oskol have") or a
        // second verb ("were married for years and together received").
        let opens_noun_phrase = |i: usize| {
            let mut j = i + 1;
            while j < toks.len() && {
                let w = ctx.lower_token(s, j);
                w.ends_with("ly") || matches!(w, "together" | "also" | "then" | "later")
            } {
                j += 1;
            }
            // ("but 59 percent of voters said": a figure opens one too.)
            toks.get(j).is_some_and(|x| {
                (x.kind == TokenKind::Word && x.text(text).starts_with(char::is_lowercase))
                    || x.kind == TokenKind::Number
            }) && !is_auxiliary(ctx.lower_token(s, j))
                && !ctx.ontology.is_finite_verb(ctx.lower_token(s, j))
        };
        // "showed Roe leading Lee yet voters said", "beat Lee and voters said": right after
        // the name "but" and "yet" open another clause, and "and" does after a verb's object.
        let joins_clause_after_name = |w: &str| {
            matches!(w, "but" | "yet")
                || (w == "and" && object_of_verb_before(ctx, s, out.mentions[m].span.start))
        };
        // "hope to sign Lee if the striker leaves": a subordinator before an article opens the
        // noun's own clause.
        let subordinate_noun_clause = |i: usize| {
            opens_subordinate_clause(ctx.token(s, i))
                && i + 2 <= k
                && matches!(ctx.lower_token(s, i + 1), "the" | "a" | "an")
                && (i + 2..=k).all(|j| {
                    toks[j].kind == TokenKind::Word
                        && ctx.token(s, j).starts_with(char::is_lowercase)
                })
        };
        from <= k
            && (from..=k).any(|i| {
                let w = ctx.token(s, i);
                subordinate_noun_clause(i)
                    || matches!(w, "," | ";" | "that")
                    || ((i > from && matches!(w, "and" | "but" | "yet")
                        || (i == from && joins_clause_after_name(w)))
                        && opens_noun_phrase(i))
                    || ctx.ontology.is_finite_verb(w)
                    || (is_auxiliary(w) && (i + 1..=k).any(verb_at))
            })
    };
    // "Ruritanian troops entered": a country acts through the people or forces its name
    // modifies, but "the Ruritanian movie picked up awards" is the movie's doing; and "a Roe
    // staffer confirmed" is the staffer's. (`verb_group`: where the verb's group starts.)
    let name_modifies_noun_before = |m: usize, verb_group: usize| {
        let person = out.mentions[m].entity_type == EntityType::Person;
        let organization = out.mentions[m].entity_type == EntityType::Organization;
        if !matches!(
            out.mentions[m].entity_type,
            EntityType::Country | EntityType::Place
        ) && !person
            && !organization
        {
            return false;
        }
        // Adverbs are not nouns; but in "U.S. withdrawal often leaves" the noun before them
        // is the subject.
        // "Indonesian, Indian and Hong Kong stock markets", "a U.S.-China trade deal": past
        // the other names of a list that modifies the noun with it.
        let mut from = ctx.token_from(s, out.mentions[m].span.end);
        while matches!(ctx.token(s, from), "," | "and" | "or" | "-" | "–" | "/") {
            let next = ctx.token_from(s, toks[from].span.end);
            let next = if ctx.token(s, next) == "and" {
                next + 1
            } else {
                next
            };
            match in_sentence.iter().find(|&&k| {
                toks.get(next)
                    .is_some_and(|x| out.mentions[k].span.start == x.span.start)
            }) {
                Some(&k) => from = ctx.token_from(s, out.mentions[k].span.end),
                None => break,
            }
        }
        let mut to = verb_group;
        while to > from && adverb_before_verb(ctx.token(s, to - 1)) {
            to -= 1;
        }
        // "The Roe administration last week accused …": nor is a phrase of time.
        if let Some(j) = (from..to).find(|&j| time_phrase(ctx, s, j..to)) {
            to = j;
        }
        // "the first Ruritanian woman to reach the final": a country's noun, up to an
        // infinitive's "to" ("Ruritania set out to cut" has a verb there).
        if !person
            && to > from + 1
            && ctx.token(s, to - 1) == "to"
            && !ctx.ontology.verbs.contains_key(ctx.lower_token(s, to - 2))
            && !matches!(
                ctx.lower_token(s, to - 2),
                "out" | "up" | "down" | "off" | "back" | "away" | "on" | "in"
            )
        {
            to -= 1;
        }
        let words = from..to;
        let Some(head) = words.clone().next_back() else {
            return false;
        };
        let noun_phrase = words.clone().all(|k| {
            let w = ctx.token(s, k);
            toks[k].kind == TokenKind::Word
                && w.starts_with(char::is_lowercase)
                && !adverb_before_verb(w)
                && !OBJECT_STOP.contains(&w)
                && !matches!(w, "of" | "that" | "who" | "which")
                && !crate::extract::svo::NO_NOUN_AFTER_SUBJECTS.contains(&w)
                && !is_auxiliary(w)
                // "the Ruritanian gaming giant": a gerund before the head is a modifier.
                && (ctx.ontology.verbs.get(w).is_none_or(|f| f.also_noun)
                    || (w.ends_with("ing") && k < head))
        });
        // "a British government minister said she was resigning": one official, unnamed,
        // speaks for herself, as officials of a country do not.
        // The word before the name.
        let before_name = || ctx.token_from(s, out.mentions[m].span.start).checked_sub(1);
        let one_official = || {
            before_name().is_some_and(|k| matches!(ctx.lower_token(s, k), "a" | "an"))
                && ctx.ontology.is_title(ctx.lower_token(s, head))
        };
        // "The Senate minority leader told", "a GOP ally says": a body's spokesman speaks
        // for it, but not one who leads a side within it, nor one outside it.
        if organization {
            let noun = ctx.lower_token(s, head);
            let side_leader = matches!(noun, "leader" | "whip")
                && head > from
                && matches!(ctx.lower_token(s, head - 1), "minority" | "majority");
            return noun_phrase && (side_leader || listed_noun(OUTSIDE_A_BODY, noun));
        }
        // "three Tarsk intelligence officers concluded": people counted speak for
        // themselves, unless they are the country's voice ("two Tarsk officials said"); they
        // still act for it ("3,000 Tarsk troops were sent").
        let counted_people = || {
            tr.reporting
                && before_name().is_some_and(|k| number_at(ctx, s, k))
                && !listed_noun(VOICE_OF_WHOLE, ctx.lower_token(s, head))
        };
        noun_phrase
            && (person
                || !acts_for_country(ctx, ctx.lower_token(s, head))
                || one_official()
                || counted_people())
    };
    // "the report on the convoy the moment it reached Tarsk": "it" or "they" before the verb
    // stands for a noun nearer than the name.
    let pronoun_subject = verb_group
        .checked_sub(1)
        .filter(|&k| matches!(ctx.lower_token(s, k), "it" | "they"));
    // "Vladeck says it cuts the other way": "it" never stands for a person either.
    let pronoun_for_other = |m: usize| {
        pronoun_subject.is_some_and(|k| {
            let from = ctx.token_from(s, out.mentions[m].span.end);
            (ctx.lower_token(s, k) == "it" && out.mentions[m].entity_type == EntityType::Person)
                // "Four senators told Acme they expect": a name right before the pronoun is
                // another verb's object, not what the pronoun stands for.
                || from == k
                || (from..k).any(|i| {
                    matches!(
                        ctx.lower_token(s, i),
                        "the" | "a" | "an" | "its" | "their" | "this" | "these"
                    ) && ctx.token(s, i + 1).starts_with(char::is_lowercase)
                })
        })
    };
    // "taught clerks to sell bonds", "is pushing nurses to quit": the noun between a verb
    // and "to" is who acts in the infinitive; unless it is a name, who acts is not said.
    if verb_group > 2
        && ctx.token(s, verb_group - 1) == "to"
        && {
            let noun = ctx.token(s, verb_group - 2);
            toks[verb_group - 2].kind == TokenKind::Word
                && noun.starts_with(char::is_lowercase)
                // "did little to help", "agreed to to sign", "relies on to ship".
                && !NO_NOUN_BEFORE_TO.contains(&noun)
                && !OBJECT_STOP.contains(&noun)
                && !noun.ends_with("ly")
                && ctx.ontology.verbs.get(noun).is_none_or(|f| f.also_noun)
        }
        && {
            // The verb before is finite, or follows an auxiliary ("is forcing", "will force");
            // "the second serving minister to visit" has none. A figure, an article or an
            // adjective may open the noun's phrase ("invited 42 players to", "order private
            // companies to"); a noun of intention after them is the subject's own ("made the
            // decision to leave").
            let noun = ctx.lower_token(s, verb_group - 2);
            let mut v = verb_group - 3;
            while v > (verb_group - 3).saturating_sub(2)
                && !INTENTION_NOUNS.contains(&noun)
                && (toks[v].kind == TokenKind::Number
                    || matches!(
                        ctx.lower_token(s, v),
                        "the" | "a" | "an" | "some" | "all" | "several" | "many" | "other"
                    )
                    || (ctx.token(s, v).starts_with(char::is_lowercase)
                        && ctx.ontology.common_words.contains(ctx.lower_token(s, v))
                        && !ctx.ontology.verbs.contains_key(ctx.lower_token(s, v))))
            {
                v -= 1;
            }
            let verb = ctx.lower_token(s, v);
            let before = if v > 0 { ctx.lower_token(s, v - 1) } else { "" };
            // Past such words, only a verb that hands the act over ("urged", "invited",
            // "allowed") makes the noun its doer: "took additional steps to", "addressed the
            // chair to" act for a purpose of their own.
            let hands_over = v == verb_group - 3
                || ctx.ontology.verbs.get(verb).is_some_and(|f| {
                    let lemma = f.lemma.as_str();
                    ASKING_VERBS.contains(&lemma)
                        || WANTING_VERBS.contains(&lemma)
                        || LETTING_VERBS.contains(&lemma)
                });
            hands_over
                && (ctx.ontology.is_finite_verb(verb)
                    || (ctx.ontology.verbs.contains_key(verb)
                        && (is_auxiliary(before) || before == "to")))
        }
    {
        return None;
    }
    // "could be a reason to buy guns", "the absence of a serious U.S. strategy to defeat X":
    // an infinitive after a noun phrase has no subject of its own; unless the noun is one of
    // intention and the subject's verb just before the phrase announces or makes it ("Acme
    // announced plans to buy", "reached a deal to end"; `mark_intention`), not "bowed to a
    // request from Lee to expand" or "the aims to stop".
    if verb_group > 2 && ctx.token(s, verb_group - 1) == "to" && {
        let n = verb_group - 2;
        let noun = ctx.lower_token(s, n);
        let is_noun = toks[n].kind == TokenKind::Word
            && ctx.token(s, n).starts_with(char::is_lowercase)
            && !noun.ends_with("ly")
            && !is_auxiliary(noun)
            && !OBJECT_STOP.contains(&noun)
            && !NO_NOUN_BEFORE_TO.contains(&noun)
            && !matches!(noun, "able" | "unable")
            && ctx
                .ontology
                .verbs
                .get(noun)
                .is_none_or(|f| f.also_noun && !f.past);
        // The noun phrase's start: a determiner or possessive within four words, past
        // adjectives and names.
        // "were granted countless interviews to continue": or the object of a verb right
        // before it.
        let after_verb = (n.saturating_sub(3)..n).rev().find(|&k| {
            let w = ctx.token(s, k);
            w.starts_with(char::is_lowercase)
                && ctx
                    .ontology
                    .verbs
                    .get(w)
                    .is_some_and(|f| (f.past || f.participle) && !f.also_noun)
        });
        let phrase_start = (n.saturating_sub(5)..n)
            .rev()
            .take_while(|&k| {
                let w = ctx.lower_token(s, k);
                !is_auxiliary(w)
                    && !ctx.ontology.is_finite_verb(w)
                    && toks[k].kind != TokenKind::Punct
            })
            .find(|&k| {
                matches!(
                    ctx.lower_token(s, k),
                    "a" | "an"
                        | "the"
                        | "this"
                        | "that"
                        | "no"
                        | "every"
                        | "any"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "'s"
                        | "’s"
                )
            })
            .or(after_verb.map(|k| k + 1))
            // Only words of the phrase between its start and the noun.
            .filter(|&k| {
                (k + 1..n).all(|j| {
                    matches!(toks[j].kind, TokenKind::Word | TokenKind::Number)
                        && !is_auxiliary(ctx.lower_token(s, j))
                })
            });
        // "the third president to visit", "prompted the government to accuse": a noun that
        // can act does so.
        let can_act_noun = acts_for_country(ctx, noun)
            || matches!(
                noun,
                "person"
                    | "man"
                    | "woman"
                    | "people"
                    | "team"
                    | "country"
                    | "nation"
                    | "one"
                    | "first"
                    | "last"
                    | "company"
                    | "firm"
                    | "group"
            );
        let made_by_subject_verb = phrase_start.is_some_and(|k| {
            k > 0
                && ctx
                    .ontology
                    .verbs
                    .get(ctx.lower_token(s, k - 1))
                    .is_some_and(|f| ANNOUNCING_VERBS.contains(&f.lemma.as_str()))
        });
        // "Roe's failure to attend", "her speech to say": the owner acts.
        let owned = phrase_start.is_some_and(|k| {
            matches!(
                ctx.lower_token(s, k),
                "'s" | "’s" | "its" | "their" | "his" | "her" | "our"
            )
        });
        is_noun
            && !can_act_noun
            && !owned
            && phrase_start.is_some()
            && !(INTENTION_NOUNS.contains(&noun) && made_by_subject_verb)
    } {
        return None;
    }
    // "beat Lee 6-3 to reach the final": the object of a verb that does not hand it the
    // infinitive (as "urged Lee to" does) is not who acts in it.
    let object_of_other_verb = |m: usize| {
        let infinitive = verb_group > 0 && ctx.token(s, verb_group - 1) == "to";
        // "defeated the liberal icon Roe to win": past the words of the name's noun phrase.
        let before = toks
            .iter()
            .rposition(|x| x.span.end <= out.mentions[m].span.start)
            .map(|k| {
                let mut k = k;
                for _ in 0..4 {
                    let w = ctx.lower_token(s, k);
                    // "beat unseeded Russian Ann Lee", "swept aside defending champion Lee": a
                    // demonym and an -ing form before a noun describe too.
                    let describing = ctx.ontology.is_demonym(ctx.token(s, k))
                        || (w.ends_with("ing")
                            && ctx.token(s, k + 1).starts_with(char::is_lowercase));
                    let phrase_word = toks[k].kind == TokenKind::Word
                        && (ctx.token(s, k).starts_with(char::is_lowercase) || describing)
                        && !OBJECT_STOP.contains(&w)
                        && !matches!(w, "of" | "about")
                        && (describing
                            || ctx
                                .ontology
                                .verbs
                                .get(w)
                                .is_none_or(|f| f.also_noun && !f.past));
                    if k == 0 || !phrase_word {
                        break;
                    }
                    k -= 1;
                }
                k
            });
        infinitive
            && before.is_some_and(|k| {
                // A form that is also a noun ("beat") is a verb right before a name.
                ctx.ontology
                    .verbs
                    .get(ctx.lower_token(s, k))
                    .is_some_and(|f| {
                        (f.past || f.third)
                            && !crate::extract::svo::OBJECT_CONTROL.contains(&f.lemma.as_str())
                    })
            })
    };
    // "left for Davos, Switzerland, to join …": the country after a place and a comma says
    // where that place is; it does not act.
    let in_address = |m: usize| {
        let start = out.mentions[m].span.start;
        out.mentions[m].entity_type == EntityType::Country
            && in_sentence.iter().any(|&p| {
                // A city, or a capital read as its country ("Lisbon, Portugal"); but "the
                // United States, China and …" is a list.
                let place = match out.mentions[p].entity_type {
                    EntityType::Place => true,
                    EntityType::Country => {
                        p != m
                            && out.mentions[p].canonical.is_some()
                            && out.mentions[p].canonical == out.mentions[m].canonical
                    }
                    _ => false,
                };
                place
                    && text
                        .get(out.mentions[p].span.end..start)
                        .is_some_and(|gap| gap.trim() == ",")
            })
    };
    // "The board, which Roe chairs, fired …", "the judges, in what Roe said was a first,
    // asked …": a name inside a relative aside acts in the aside only.
    let in_relative_aside = |m: usize| {
        let first = ctx.token_from(s, out.mentions[m].span.start);
        // (Past the commas of a list of names: "Acme, which hired Lee, Roe and Hale, said".)
        let Some(open) = (0..first)
            .rev()
            .find(|&i| ctx.token(s, i) == "," && !name_after(ctx, s, i))
        else {
            return false;
        };
        let relative = matches!(
            ctx.lower_token(s, open + 1),
            "which" | "who" | "whom" | "whose"
        ) || (ctx.lower_token(s, open + 1) == "in"
            && ctx.lower_token(s, open + 2) == "what");
        relative && (ctx.token_from(s, out.mentions[m].span.end)..t).any(|i| ctx.token(s, i) == ",")
    };
    // "the people who told Acme they play also said …": a name after the verb of a relative
    // clause on a noun is that clause's object (but "a man who believes Roe killed …" names
    // the subject of the clause the relative's verb reports).
    let in_restrictive_relative = |m: usize| {
        let first = ctx.token_from(s, out.mentions[m].span.start);
        let Some(who) = (first.saturating_sub(8)..first)
            .rev()
            .take_while(|&i| ctx.token(s, i) != ",")
            .find(|&i| matches!(ctx.lower_token(s, i), "who" | "whom"))
        else {
            return false;
        };
        let on_noun = who > 0
            && toks[who - 1].kind == TokenKind::Word
            && ctx.token(s, who - 1).starts_with(char::is_lowercase);
        let Some(verb) = (who + 1..first).find(|&k| ctx.ontology.is_finite_verb(ctx.token(s, k)))
        else {
            return false;
        };
        let reported_subject = ctx.reporting_lemma(s, verb).is_some()
            && ctx.token_from(s, out.mentions[m].span.end) == verb_group;
        on_noun && !reported_subject
    };
    // "Roe -- who talked on Tuesday with Lee -- called …": so is a name inside a relative
    // clause between dashes.
    let dash = |i: usize| spaced_dash(ctx, s, i);
    let in_dashed_relative = |m: usize| {
        let first = ctx.token_from(s, out.mentions[m].span.start);
        let Some(open) = (0..first).rev().find(|&i| dash(i)) else {
            return false;
        };
        matches!(
            ctx.lower_token(s, past_dash(ctx, s, open)),
            "who" | "which" | "whom" | "whose"
        ) && (ctx.token_from(s, out.mentions[m].span.end)..t).any(&dash)
    };
    // "a rival with 1.7 percent (Globex Industries) would leave …": a name in brackets glosses
    // the noun before it, which is the subject; an acronym there ("the Georgia Bureau of
    // Investigation (GBI) said") stands for the name before it and acts.
    let bracketed = |m: usize| {
        let name = &text[out.mentions[m].span.clone()];
        text[..out.mentions[m].span.start].trim_end().ends_with('(')
            && text[out.mentions[m].span.end..]
                .trim_start()
                .starts_with(')')
            && name.chars().any(char::is_lowercase)
    };
    // "questioned the Tarsk Union's campaign to increase usage": the owner of the noun of
    // intention an infinitive completes is who would act ("Roe's lawyer to stop" is not a
    // noun of intention, nor "Roe's failure to condemn").
    // ("repudiated Roe's failure to condemn Lee": so does the owner of a noun that takes an
    // infinitive, whatever it says of the act.)
    // (`to`: where the verb's group starts, the infinitive's "to" right before it.)
    let to = auxiliaries_start(ctx, s, t);
    let owners_mark = (to > 2
        && ctx.token(s, to - 1) == "to"
        && (INTENTION_NOUNS.contains(&ctx.lower_token(s, to - 2))
            || ctx
                .ontology
                .takes_complement(ctx.lower_token(s, to - 2), "to")))
    .then(|| {
        // The noun, and up to two words before it ("'s long-awaited campaign").
        (to.saturating_sub(4)..to - 1)
            .rev()
            .take_while(|&k| {
                matches!(ctx.token(s, k), "'s" | "’s")
                    || (toks[k].kind == TokenKind::Word
                        && ctx.token(s, k).starts_with(char::is_lowercase))
            })
            .find(|&k| matches!(ctx.token(s, k), "'s" | "’s"))
    })
    .flatten()
    .filter(|&k| k > 0 && k + 2 < to);
    // ("the Roe administration's plan to sell": the name before its government's noun.)
    let owner_of_infinitive_noun = owners_mark.and_then(|k| {
        let owner = if k > 1 && matches!(ctx.lower_token(s, k - 1), "administration" | "government")
        {
            k - 2
        } else {
            k - 1
        };
        in_sentence.iter().copied().find(|&m| {
            out.mentions[m].span.end == toks[owner].span.end && can_act(out.mentions[m].entity_type)
        })
    });
    // ("criticized the president's decision to withdraw": an owner no name stands for
    // acts, not the sentence's subject.)
    if owners_mark.is_some() && owner_of_infinitive_noun.is_none() {
        return None;
    }
    // "led Roe's opponents to conclude", "Roe's nominee to lead": who an owned noun names
    // acts in the infinitive after it, and no name stands for them ("Roe's agreeing to meet"
    // is Roe's act).
    if owners_mark.is_none()
        && to > 3
        && ctx.token(s, to - 1) == "to"
        && toks[to - 2].kind == TokenKind::Word
        && ctx.token(s, to - 2).starts_with(char::is_lowercase)
        && !ctx.token(s, to - 2).ends_with("ing")
        && matches!(ctx.token(s, to - 3), "'s" | "’s")
    {
        return None;
    }

    let head_of_relative = relative_clause_head(ctx, out, s, t, in_sentence);
    let nearest_name =
        head_of_relative.is_none() && appositive.is_none() && owner_of_infinitive_noun.is_none();
    let mut subject = owner_of_infinitive_noun
        .or(head_of_relative)
        .or(appositive)
        .or_else(|| {
            // "or if Utah had declared the act void": a name right before the verb that cannot
            // act is still its subject, so no name further back is ("Senator Roe of Iowa said" is
            // Roe's).
            let verb_group_start = auxiliaries_start(ctx, s, t);
            let inert_subject = verb_group_start > 0
                && in_sentence.iter().any(|&m| {
                    out.mentions[m].span.end == toks[verb_group_start - 1].span.end
                        && !can_act(out.mentions[m].entity_type)
                        && preposition_before(ctx, out, s, in_sentence, m).is_none()
                        && !matches!(
                            word_before(ctx, out, s, m).as_str(),
                            "," | "(" | "-" | "and"
                        )
                });
            if inert_subject {
                return None;
            }
            in_sentence.iter().rev().copied().filter(before).find(|&m| {
                can_act(out.mentions[m].entity_type)
                    && !pronoun_for_other(m)
                    && !own_subject_between(m)
                    && !common_noun_subject(m)
                    && !name_modifies_noun_before(m, verb_group)
                    && !before_its_own_people(ctx, out, s, m)
                    && (!in_phrase(m) || infinitive_agent(m) || absolute_subject(m))
                    && !possessive(m)
                    && !after_possessive_determiner(m)
                    && !in_indefinite_description(m)
                    && !noun_after_comma(m)
                    && !object_of_other_verb(m)
                    && !in_address(m)
                    && !in_relative_aside(m)
                    && !in_restrictive_relative(m)
                    && !in_dashed_relative(m)
                    && !bracketed(m)
                    && !some_members(ctx, out, s, m)
                    && (!clause_break(text, out.mentions[m].span.end, trigger.start)
                        || heads_closed_relative(
                            ctx,
                            s,
                            ctx.token_from(s, out.mentions[m].span.end),
                            t,
                        ))
                    // ("Tory MP Patrick Mercer's bill received": nor the body in the title of
                    // a person who owns it. Asked last: it reads the relations found so far.)
                    && !titled_person(out, m).is_some_and(possessive)
            })
        });
    // "Roe kept her title by beating Lee": the verb of an adverbial "-ing" clause has the main
    // clause's subject, the first acting name of the sentence; so has a second verb joined by
    // "and" or "but" ("Roe did not deny the claim that Lee left but said …").
    // "a strike that has halted work": the subject of a relative clause is the noun before
    // "that"; when it is no name, who acts is not said.
    let relative = auxiliaries_start(ctx, s, t);
    if relative > 1
        && matches!(ctx.lower_token(s, relative - 1), "that" | "which" | "who")
        && ctx.token(s, relative - 2) != ","
    {
        let head = in_sentence
            .iter()
            .copied()
            .find(|&m| out.mentions[m].span.end == toks[relative - 2].span.end);
        match head {
            // "a supporter of Roe who has backed the inquiry": the supporter may be who acts.
            Some(m) if preposition_before(ctx, out, s, in_sentence, m).is_some() => return None,
            // "the two Democrats who opposed it": some of the party's members, who are not it.
            Some(m) if some_members(ctx, out, s, m) => return None,
            Some(m) if can_act(out.mentions[m].entity_type) => subject = Some(m),
            // "said that …": a reporting verb's complement, not a relative clause.
            _ if ctx.reporting_lemma(s, relative - 2).is_some() => {}
            _ => return None,
        }
    } else if let Some(which) = relative
        .checked_sub(1)
        .map(|k| {
            // ("the FBI, which later arrested Roe": an adverb may stand between.)
            let w = ctx.lower_token(s, k);
            if k > 0
                && (matches!(w, "later" | "also" | "then" | "now" | "still") || ly_adverb(ctx, w))
            {
                k - 1
            } else {
                k
            }
        })
        .filter(|&k| {
            !passive && k > 1 && ctx.lower_token(s, k) == "which" && ctx.token(s, k - 1) == ","
        })
    {
        // "worked with the FBI, which arrested Roe": "which" stands for the body named
        // before the comma (a passive's agent acts instead: "the law, which was signed by
        // Roe").
        let before = which - 2;
        if let Some(head) = in_sentence.iter().copied().find(|&m| {
            out.mentions[m].span.end == toks[before].span.end
                && can_act(out.mentions[m].entity_type)
                && out.mentions[m].entity_type != EntityType::Person
        }) {
            subject = Some(head);
        }
    } else if relative > 2
        && ctx.lower_token(s, relative - 1) == "who"
        && ctx.token(s, relative - 2) == ","
    {
        // "a reference to Christine Ford, who says …": "who" stands for the person before the
        // comma, even one inside a phrase; "a Yale psychiatrist, who has never met Roe": for
        // an unnamed one, so no name acts.
        let before = relative - 3;
        match in_sentence.iter().copied().find(|&m| {
            out.mentions[m].span.end == toks[before].span.end
                && out.mentions[m].entity_type == EntityType::Person
        }) {
            Some(head) => subject = Some(head),
            None if toks[before].kind == TokenKind::Word
                && ctx.token(s, before).starts_with(char::is_lowercase) =>
            {
                return None;
            }
            // "Tom Hale, president of the Tarsk Chamber, who has …": past an apposition
            // with no verb, the person it describes.
            None => {
                if let Some(person) = person_before_apposition(ctx, out, s, in_sentence, before) {
                    subject = Some(person);
                }
            }
        }
    }
    // "it was not fair to blame the public", "it is important to back Acme": the infinitive
    // of an impersonal "it" has no subject in the sentence.
    if impersonal_infinitive(ctx, s, t) || unnamed_controller(ctx, s, t) {
        return None;
    }
    // "members of the coalition that had backed Prime Minister Roe nominated Lee": the object
    // of a relative clause's verb is not who acts after it in a finite verb ("that allowed
    // Roe to win" and "that hammered Roe for not saying …" make Roe the subject).
    if !ctx.lower_token(s, t).ends_with("ing")
        && !infinitive_at(ctx, s, auxiliaries_start(ctx, s, t).saturating_sub(1))
        && subject.is_some_and(|m| object_in_relative_clause(ctx, s, out.mentions[m].span.start))
    {
        return None;
    }
    let mut main_clause = false;
    let joined_verb = {
        let a = auxiliaries_start(ctx, s, t);
        // "Roe cites Lee in her books, has called him a genius, and …": an auxiliary right
        // after a comma opens another predicate of the same subject when the name before it
        // is an earlier verb's object ("Acme, which Roe chairs, has sold" keeps Acme).
        a > 0
            && (matches!(ctx.lower_token(s, a - 1), "but" | "and")
                || (ctx.token(s, a - 1) == ","
                    && a < t
                    && subject.is_some_and(|m| {
                        object_of_verb_before(ctx, s, out.mentions[m].span.start)
                    })))
            // ("and is taking part": after an auxiliary a form that is also a noun is the verb
            // too, unless a clause with a subject of its own may have gone before: "told Fox
            // News that Roe was cooperative and did supply a sample" is Roe's.)
            && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, t))
                .is_some_and(|f| {
                    (a < t
                        && !(0..a).any(|k| {
                            let w = ctx.lower_token(s, k);
                            w == "that" || subject_pronoun(w)
                        }))
                        || ((f.past || f.third || a < t) && !f.also_noun)
                })
    };
    // "The charter grants the Senate the power and calls on …": a verb after "and" whose
    // nearest name is an earlier verb's object, with that object's noun phrase between them,
    // does not take that name ("calls" may even be a noun). (But "said Roe complied with the
    // orders and left" is the reported clause's subject.)
    if !joined_verb
        && let a = auxiliaries_start(ctx, s, t)
        && a > 1
        && matches!(ctx.lower_token(s, a - 1), "and" | "but")
        && subject.is_some_and(|m| {
            let first = ctx.token_from(s, out.mentions[m].span.start);
            ctx.token_from(s, out.mentions[m].span.end) < a - 1
                && object_of_verb_before(ctx, s, out.mentions[m].span.start)
                && first > 0
                && ctx.reporting_lemma(s, first - 1).is_none()
        })
    {
        return None;
    }
    // "a cleric who has urged calm and has called for …": a verb joined to one in a relative
    // clause is that clause's too, and its subject the name "who" stands for; with none (the
    // cleric), who acts is not said.
    // The verb a joined verb is joined to: the last finite one before it.
    let verb_joined_to = joined_verb
        .then(|| {
            (1..t - 1).rev().find(|&v| {
                let w = ctx.lower_token(s, v);
                ctx.ontology.is_finite_verb(w) && !w.ends_with("ing")
            })
        })
        .flatten();
    let relative_start = verb_joined_to
        .map(|v| auxiliaries_start(ctx, s, v))
        .filter(|&a| a > 1 && matches!(ctx.lower_token(s, a - 1), "who" | "which" | "that"));
    if let Some(a) = relative_start {
        let before = if ctx.token(s, a - 2) == "," {
            a.checked_sub(3)
        } else {
            Some(a - 2)
        };
        let head = before.and_then(|b| {
            in_sentence.iter().copied().find(|&m| {
                out.mentions[m].span.end == toks[b].span.end && can_act(out.mentions[m].entity_type)
            })
        });
        subject = Some(head?);
    }
    let joined_verb = joined_verb && relative_start.is_none();
    // "a helicopter flew over the town and dropped flares": a joined verb shares the subject
    // of the verb before it; when that is a noun phrase, not a name, who acts is not said.
    // ("the former Tarsk boss was linked with jobs and pulled out": nor when a name or a
    // possessive modifies the noun.)
    if joined_verb
        && let Some(v) = verb_joined_to
        // ("confirmed the proposed deal and said": a participle after a determiner is none.)
        && noun_phrase_before_verb(ctx, s, v).is_some_and(|(phrase, _)| {
            let mut words = phrase.split_whitespace();
            let first = words.next();
            // ("the Tarsk founding fathers had considered but scrapped": a name between the
            // article and the nouns; "The Kremlin last year seized and sold" has a time after
            // its name.)
            let named_between = || {
                let before = auxiliaries_start(ctx, s, v)
                    .checked_sub(phrase.split_whitespace().count() + 1);
                let time = phrase
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| names_a_period(&w.to_lowercase()));
                !time && before.is_some_and(|b| {
                    b > 0
                        && ctx.token(s, b).starts_with(char::is_uppercase)
                        && matches!(ctx.lower_token(s, b - 1), "the" | "a" | "an")
                })
            };
            match words.next() {
                Some(_) => {
                    matches!(first, Some("the" | "a" | "an" | "its" | "their")) || named_between()
                }
                // (Only before the sentence's first verb: "confirmed that the U.S. military
                // had killed X and said" is the confirmer's; and "Roe once derided it and
                // said" has an adverb there, no noun.)
                None => {
                    let noun = auxiliaries_start(ctx, s, v).saturating_sub(1);
                    let word = ctx.lower_token(s, noun);
                    noun > 0
                        && ctx.sentences[s].tokens[noun].kind == TokenKind::Word
                        && word.starts_with(char::is_lowercase)
                        // ("Tarsk's side matched them and led": a name's team is the name.)
                        && !matches!(word, "side" | "team" | "squad")
                        && !adverb_before_verb(word)
                        && !ADVERBS_IN_VERB_GROUP.contains(&word)
                        && !(0..noun).any(|k| finite_or_auxiliary(ctx, ctx.lower_token(s, k)))
                        && (matches!(ctx.token(s, noun - 1), "'s" | "’s")
                            || in_sentence.iter().any(|&m| {
                                out.mentions[m].span.end == toks[noun - 1].span.end
                            }))
                }
            }
        })
    {
        return None;
    }
    if t > 1
        && (joined_verb
            || (ctx.token(s, t).ends_with("ing")
                // "Roe won the primary, dealing a blow to Lee": a participle after a
                // comma or a dash shares the main clause's subject.
                && matches!(
                    ctx.lower_token(s, t - 1),
                    "by" | "after"
                        | "before"
                        | "while"
                        | "when"
                        | "without"
                        | "since"
                        | ","
                        | "—"
                        | "–"
                )))
        && let Some(main) = {
            // "…, and referee Roe gave a count before stopping the fight": the subject of the
            // nearest verb before, when a name stands right before it; else the sentence's
            // first acting name.
            // "accused Acme of bombing the town, killing …": past an -ing verb, whose subject
            // is not said, the participle's is not either.
            let after_comma = matches!(ctx.token(s, t - 1), "," | "—" | "–");
            let verb = (1..t - 1).rev().find(|&v| {
                let w = ctx.token(s, v);
                // "the embargo on selling arms": a gerund naming an activity is no verb here.
                let gerund = matches!(
                    ctx.lower_token(s, v - 1),
                    "on" | "in" | "for" | "about" | "against" | "from" | "into" | "to"
                );
                ctx.ontology.is_finite_verb(w)
                    || (after_comma
                        && !gerund
                        && w.ends_with("ing")
                        && ctx.ontology.verbs.contains_key(w))
            });
            let verb = verb.filter(|&v| !ctx.token(s, v).ends_with("ing"));
            let nearest = verb.filter(|_| !joined_verb).and_then(|v| {
                let a = auxiliaries_start(ctx, s, v);
                // Right before the verb, or a few words before it past a date or a noun
                // ("Roe on Monday signed", "Ruritanian forces fought").
                in_sentence.iter().copied().rev().find(|&m| {
                    let end = out.mentions[m].span.end;
                    let at = toks[a].span.start;
                    // ("a flight from Tarsk landed hard, injuring 47": after a comma, not a
                    // name in a phrase.)
                    a > 0
                        && end <= at
                        && !(after_comma && in_phrase(m))
                        && (end == toks[a - 1].span.end
                            || (after_comma
                                && word_gap(text, end, at) <= 3
                                && !text[end..at].contains(',')
                                // "Ruritania's president has defended the sale, saying":
                                // the president says it, not the country; "Roe allies
                                // have criticized Lee, noting": the allies note it.
                                && !possessive(m)
                                && !name_modifies_noun_before(m, a)))
                        && can_act(out.mentions[m].entity_type)
                })
            });
            // After a comma, only the nearest verb's own subject will do: the sentence's
            // first name may be the one reporting it ("Roe said forces fought …, killing").
            // ("one who condemns Roe's trade wars while telling voters …": nor when that verb
            // has a relative pronoun for subject whose antecedent is no name; "Kelly, who has
            // kept a low profile since leaving …" is Kelly's.)
            let relative_subject = verb.is_some_and(|v| {
                let a = auxiliaries_start(ctx, s, v);
                if a == 0 || !matches!(ctx.lower_token(s, a - 1), "who" | "that" | "which") {
                    return false;
                }
                let before = if a > 2 && ctx.token(s, a - 2) == "," {
                    a - 3
                } else {
                    a.saturating_sub(2)
                };
                !in_sentence.iter().any(|&m| {
                    out.mentions[m].span.end == toks[before].span.end
                        && can_act(out.mentions[m].entity_type)
                })
            });
            nearest.or_else(|| {
                if after_comma || relative_subject {
                    return None;
                }
                // "The director chastised Roe but did not recommend …": the subject of a
                // joined verb stands before the sentence's first verb, not as its object; and
                // "the league punished Roe by suspending him": no verb's object is the
                // subject of an adverbial -ing clause.
                let named_after_clause = |m: usize| {
                    let Some(comma) = (ctx.token_from(s, out.mentions[m].span.end)..t)
                        .find(|&k| ctx.token(s, k) == ",")
                    else {
                        return false;
                    };
                    in_sentence.iter().any(|&n| {
                        out.mentions[n].span.start > toks[comma].span.start
                            && out.mentions[n].span.end <= toks[t].span.start
                            && can_act(out.mentions[n].entity_type)
                            && !in_phrase(n)
                            && !possessive(n)
                    })
                };
                // (The first of the main clause when the verb is in it: "Although Lee went
                // further, Hale said … and noted".)
                let in_main_clause = !opens_with_subordinator(ctx, s, t);
                let first_verb_at = (0..t).find(|&v| {
                    let w = ctx.lower_token(s, v);
                    (finite_or_auxiliary(ctx, w) || negative_contraction(w))
                        && !(in_main_clause && opens_with_subordinator(ctx, s, v))
                });
                let first_verb = first_verb_at.map_or(toks[t].span.start, |v| toks[v].span.start);
                // ("The Roe campaign responded by accusing …": nor a name modifying the noun
                // that is the first verb's subject.)
                let modifies_subject = |m: usize| {
                    first_verb_at.is_some_and(|v| {
                        out.mentions[m].span.end <= toks[v].span.start
                            && name_modifies_noun_before(m, auxiliaries_start(ctx, s, v))
                    })
                };
                // ("The Senate's number two Republican, Roe, said … but said": nor an owner.)
                in_sentence.iter().copied().find(|&m| {
                    out.mentions[m].span.end <= toks[t - 1].span.start
                        && can_act(out.mentions[m].entity_type)
                        && !in_phrase(m)
                        && !possessive(m)
                        && !qualifies_person(out, in_sentence, m, text)
                        && (!joined_verb || out.mentions[m].span.end <= first_verb)
                        && !right_after_finite_verb(ctx, s, out.mentions[m].span.start)
                        && !modifies_subject(m)
                        // ("Although Lee went further than Roe, Hale said … and noted": nor
                        // one in a subordinate clause that a name after it closes.)
                        && !(opens_with_subordinator(
                            ctx,
                            s,
                            ctx.token_from(s, out.mentions[m].span.start),
                        ) && named_after_clause(m))
                })
            })
        }
    {
        // "Roe said Hale has taken another approach, arguing …": a reporting participle after
        // a reported clause is the reporter's next statement, not the clause subject's.
        let reporter = claimant.filter(|&c| {
            tr.reporting
                && ctx.token(s, t - 1) == ","
                && out.mentions[c].span.end <= out.mentions[main].span.start
        });
        subject = Some(reporter.unwrap_or(main));
        main_clause = true;
    } else if joined_verb {
        // A joined verb whose sentence's subject is no name: who acts is not said.
        return None;
    } else if t > 1
        && ctx.token(s, t).ends_with("ing")
        && matches!(
            ctx.lower_token(s, t - 1),
            "by" | "after" | "before" | "while" | "when" | "without" | "since" | "," | "—" | "–"
        )
        && subject.is_some_and(|m| {
            right_after_finite_verb(ctx, s, out.mentions[m].span.start)
                // ("refused to testify before the Tarsk Committee last week, citing her
                // rights": nor a name in a phrase; with no verb after it, "before" or
                // "after" is a preposition there.)
                || (matches!(ctx.token(s, t - 1), "," | "—" | "–")
                    && out.mentions[m].span.end <= toks[t].span.start
                    // ("focused on Acme, a group that has rampaged …, executing": unless a
                    // relative clause makes it the subject of the verb before.)
                    && !(ctx.token_from(s, out.mentions[m].span.end)..t)
                        .any(|k| matches!(ctx.lower_token(s, k), "who" | "that" | "which"))
                    && (in_phrase(m) || {
                        let k = start_with_article(ctx, out, s, m);
                        k > 0 && matches!(ctx.lower_token(s, k - 1), "before" | "after")
                    }))
                // ("Officials criticized Roe, saying": a reporting verb's too, when the
                // name ends its clause; but "“…,” said Roe, adding" names the speaker.)
                || (ctx.token_from(s, out.mentions[m].span.end) == t - 1
                    && with_honorific(ctx, s, ctx.token_from(s, out.mentions[m].span.start))
                        .checked_sub(1)
                        .is_some_and(|k| {
                            ctx.reporting_lemma(s, k).is_some()
                                && k > 0
                                && ctx.token(s, k - 1) != ","
                                && !is_quote_mark(ctx, s, k - 1)
                        }))
        })
    {
        // "The league punished Roe by suspending him", "Officials fined Roe, saying she
        // lied": nor does the main verb's object.
        return None;
    }
    // "the treaty that he signed": a pronoun subject stands for the last person named, and
    // the name before "that"/"which" is the object.
    let mut relative_object = None;
    // "She then met", "he has also signed": adverbs and auxiliaries may stand between.
    let mut p = t;
    while p > 1 && {
        let w = ctx.lower_token(s, p - 1);
        matches!(w, "then" | "also" | "later" | "still" | "again" | "never")
            || is_auxiliary(w)
            || (w.ends_with("ly") && w.len() > 3)
    } {
        p -= 1;
    }
    if p > 0 && matches!(ctx.lower_token(s, p - 1), "he" | "she") {
        let t = p;
        let at = if tr.reporting {
            report_pronoun_from(ctx, s, t - 1)
        } else {
            toks[t - 1].span.start
        };
        let antecedent = pronoun_antecedent(ctx, out, at, ctx.token(s, p - 1));
        if let Some(a) = antecedent
            && named_again_after(ctx, out, in_sentence, a, trigger.end)
        {
            return None;
        }
        subject = antecedent.or(subject);
        // The pronoun names the subject, wherever the name stands.
        main_clause = true;
        // "told Cavuto that he believes": after a reporting verb's listener "that" opens
        // what was said, no relative clause.
        let after_report =
            (t.saturating_sub(8)..t.saturating_sub(2)).any(|k| ctx.reporting_lemma(s, k).is_some());
        if t > 2 && matches!(ctx.token(s, t - 2), "that" | "which") && !after_report {
            relative_object = in_sentence.iter().copied().find(|&m| {
                toks.get(t - 3)
                    .is_some_and(|x| x.span.end == out.mentions[m].span.end)
            });
        }
    }
    // "Acme denied claims that it had sent …": "it" after "that" is the organization or
    // country that heads the sentence.
    if p > 1
        && ctx.lower_token(s, p - 1) == "it"
        && ctx.token(s, p - 2) == "that"
        && let Some(head) = in_sentence.iter().copied().find(|&m| {
            out.mentions[m].span.end <= toks[p - 1].span.start
                && matches!(
                    out.mentions[m].entity_type,
                    EntityType::Organization | EntityType::Country
                )
                && !in_phrase(m)
                && !possessive(m)
        })
    {
        subject = Some(head);
        main_clause = true;
    }
    let mut passive_object = None;
    if passive {
        // "X was indicted by Y": Y acts on X; but not past another participle or clause ("was
        // criticised for attending a dinner co-hosted by Y": Y hosted). ("was beaten to the
        // leading sales award by Y": an -ing word may be an adjective.)
        let by = (t + len..toks.len())
            .take_while(|&i| {
                let w = ctx.lower_token(s, i);
                let last_part = w.rsplit('-').next().unwrap_or(w);
                !matches!(w, "," | ";" | ":" | "that" | "which" | "who")
                    && !opens_subordinate_clause(w)
                    && ctx
                        .ontology
                        .verbs
                        .get(last_part)
                        .is_none_or(|f| f.also_noun || !(f.past || f.participle))
            })
            .find(|&i| ctx.token(s, i) == "by");
        // "by Acme trade adviser Jane Roe": a person a few words on is the agent, else the
        // name right after "by".
        // ("by the commission created by Roe": a name past another "by" is another's agent;
        // "was told by aides that Roe had quit": a name past "that" is the told clause's.)
        let agent = by.and_then(|b| {
            // ("a trainer killed by an orca whale, Mr. Roe wrote …": a name past a comma that
            // acts in a verb of its own is the next clause's subject.)
            let next_clause_subject = |m: usize| {
                text[toks[b].span.end..out.mentions[m].span.start].contains(',')
                    && finite_or_auxiliary(
                        ctx,
                        ctx.lower_token(s, ctx.token_from(s, out.mentions[m].span.end)),
                    )
            };
            let after_by = |m: usize, words: usize| {
                out.mentions[m].span.start >= toks[b].span.end
                    && word_gap(text, toks[b].span.end, out.mentions[m].span.start) <= words
                    // ("passed by a wide vote as Roe looked on": nor past a subordinator.)
                    && (b + 1..ctx.token_from(s, out.mentions[m].span.start)).all(|k| {
                        !matches!(
                            ctx.lower_token(s, k),
                            "by" | "that" | ";" | ":" | "who" | "which"
                        ) && !opens_subordinate_clause(ctx.token(s, k))
                    })
                    && !next_clause_subject(m)
            };
            // "by Roe's attorney": the owner is not the agent.
            in_sentence
                .iter()
                .copied()
                .filter(|&m| !possessive(m))
                .find(|&m| out.mentions[m].entity_type == EntityType::Person && after_by(m, 5))
                // "asked by an American reporter": a demonym before a noun is no agent.
                .or_else(|| {
                    in_sentence.iter().copied().find(|&m| {
                        after_by(m, 2)
                            && !possessive(m)
                            && !argument_role(ctx, s, out.mentions[m].span.clone()).1
                    })
                })
        });
        // The passive subject is the object: the name right before the auxiliaries, else
        // the words there ("The charges were announced by Roe", "officials were furious
        // that the indictments were announced by Roe"), else the nearest name before.
        // A reduced passive ("Roe, the challenger nominated by X") has no auxiliary: its
        // object is the nearest name.
        let start = auxiliaries_start(ctx, s, t);
        let reduced = start == t;
        passive_object = in_sentence
            .iter()
            .copied()
            .find(|&m| start > 0 && out.mentions[m].span.end == toks[start - 1].span.end)
            .map(Arg::Mention);
        if passive_object.is_none() && agent.is_some() && !reduced {
            match noun_phrase_before_verb(ctx, s, t) {
                Some((phrase, false)) => passive_object = Some(Arg::Literal(phrase)),
                // The subject in a phrase ("a child in a cage was detained"): no name stands
                // in.
                Some((_, true)) => return None,
                None => {}
            }
        }
        // "… to undermine Lee - a claim denied by Acme": a reduced passive right after a
        // common noun describes that noun; but one in apposition to a name describes the name
        // ("Roe, the challenger nominated by Acme", "Roe, a manager and lawyer hired by …",
        // "Roe, who was the challenger nominated by …"),
        // and one after a name modifying it is left to the rules below ("a Tarsk team led by").
        if passive_object.is_none()
            && reduced
            && agent.is_some()
            && t > 0
            && toks[t - 1].kind == TokenKind::Word
            && ctx.token(s, t - 1).starts_with(char::is_lowercase)
            && !ly_adverb(ctx, ctx.lower_token(s, t - 1))
            && let Some((phrase, _)) = noun_phrase_before_verb(ctx, s, t)
            && let phrase_start = ctx.token_from(s, toks[t - 1].span.end - phrase.len())
            && phrase_start > 0
            && !matches!(
                ctx.lower_token(s, phrase_start - 1),
                "," | "and" | "or" | "is" | "was" | "are" | "were" | "be" | "been"
            )
            && !capitalised_word_at(ctx, s, phrase_start - 1)
        {
            passive_object = Some(Arg::Literal(phrase));
        }
        // ("Roe, the challenger nominated by Acme", "Roe, who was the challenger nominated
        // by Acme": a reduced passive may describe the name before it; but in "Roe attended a
        // fundraiser hosted by Acme" the name is another verb's subject.)
        if passive_object.is_none() {
            passive_object = subject
                .filter(|&m| {
                    let between = &text[out.mentions[m].span.end..trigger.start];
                    let relative = between.starts_with(", who ");
                    !reduced
                        || !between
                            .split(|c: char| !c.is_alphanumeric() && c != '\'')
                            .any(|w| {
                                finite_or_auxiliary(ctx, w)
                                    && !(relative && matches!(w, "is" | "was" | "are" | "were"))
                            })
                })
                .map(Arg::Mention);
        }
        if passive_object.is_none() && agent.is_some() {
            passive_object = noun_phrase_before_verb(ctx, s, t)
                .filter(|&(_, after_preposition)| reduced || !after_preposition)
                .map(|(phrase, _)| Arg::Literal(phrase));
        }
        // "In the notice, obtained by Acme News, the council …", "…, first reported by
        // Acme": a reduced passive after a comma describes what stands right before the
        // comma ("Roe, nominated by Acme"); with no name there, it names nothing here.
        let comma = (0..t).rev().find(|&k| {
            let w = ctx.lower_token(s, k);
            !(w.ends_with("ly") || matches!(w, "first" | "later" | "also" | "since"))
        });
        if reduced && let Some(k) = comma.filter(|&k| k > 0 && ctx.token(s, k) == ",") {
            // Not a name in a phrase there ("the letter to Roe, obtained by …", "in Tarsk,
            // Ruritania, killed by …").
            passive_object = in_sentence
                .iter()
                .copied()
                .find(|&m| {
                    out.mentions[m].span.end == toks[k - 1].span.end
                        && out.mentions[m].entity_type != EntityType::Place
                        && preposition_before(ctx, out, s, in_sentence, m).is_none()
                })
                .map(Arg::Mention);
            passive_object.as_ref()?;
        }
        // "the indictments were announced Friday": with no agent, who acted is not said; the
        // name before the verb is what was acted on, so it is no subject. But "3,000
        // Ruritanian troops were sent" (or "trained" abroad): a country owning the passive
        // subject moved them there (though Ruritanian officers "were accused" by someone else).
        let moves_own = matches!(
            tr.relation_type.as_str(),
            "send" | "deploy" | "train" | "leave" | "evacuate"
        );
        let owner = subject.filter(|&m| {
            moves_own
                && out.mentions[m].entity_type == EntityType::Country
                && start > 0
                && toks
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| {
                        x.span.start >= out.mentions[m].span.end
                            && x.span.end <= toks[start].span.start
                    })
                    .all(|(_, x)| {
                        let w = x.text(text);
                        x.kind == TokenKind::Word
                            && (w.starts_with(char::is_lowercase) || matches!(w, "'s" | "’s"))
                            && !OBJECT_STOP.contains(&w)
                    })
        });
        if agent.is_none() && owner.is_none() {
            return None;
        }
        subject = agent.or(owner);
    }
    // "…, said Mr Roe": the speaker stands after the verb, and what was said is the clause
    // before the comma.
    // ("The report, published on Monday, criticised Roe": a verb that takes a clause only
    // after "that" does not put its speaker after it.)
    let inverted = if tr.reporting && !passive && ctx.ontology.reports_bare_clause(&tr.predicate) {
        inverted_speaker(ctx, out, s, t, in_sentence)
    } else {
        None
    };
    if inverted.is_some() {
        subject = inverted;
    } else if tr.reporting
        && !passive
        && t > 0
        && ctx.token(s, t - 1) == ","
        // "Cordani, chief executive of Acme, told the newspaper": whom one tells follows.
        && matches!(tr.predicate.as_str(), "say" | "add" | "write" | "report")
        && !ctx.token(s, t).ends_with("ing")
        && matches!(
            ctx.lower_token(s, t + len),
            "a" | "an" | "the" | "one" | "another" | "some" | "several"
        )
        && {
            // Only a description runs to the end of the sentence ("Roe, a pollster, said the
            // party was on a risky track" reports a clause).
            let rest = t + len..toks.len();
            rest.len() <= 10
                && rest.clone().all(|k| {
                    let w = ctx.lower_token(s, k);
                    !matches!(w, "that" | "he" | "she" | "they" | "it" | "we" | "i" | ":")
                        && !is_quote_mark(ctx, s, k)
                        && !is_auxiliary(w)
                        && !negative_contraction(w)
                        && ctx
                            .ontology
                            .verbs
                            .get(w)
                            .is_none_or(|f| f.also_noun && !w.ends_with("ing"))
                })
        }
    {
        // "…, said a US-based insurance expert": the speaker after the verb has no name, and
        // no name before the comma said it.
        return None;
    }
    if let Some((m, _)) = quoted {
        subject = Some(m);
    }
    let subject = subject?;
    // "discussed destroying the Senate and ending the filibuster": a name between two joined
    // -ing forms is the first one's object, not the second one's subject.
    if ctx.token(s, t).ends_with("ing")
        && t >= 2
        && matches!(ctx.lower_token(s, t - 1), "and" | "or")
        && ctx.token_from(s, out.mentions[subject].span.end) == t - 1
        && {
            let first = ctx.token_from(s, out.mentions[subject].span.start);
            (first.saturating_sub(3)..first).any(|k| {
                ctx.token(s, k).ends_with("ing")
                    && ctx.ontology.verbs.contains_key(ctx.lower_token(s, k))
                    && (k + 1..first).all(|j| {
                        toks[j].kind == TokenKind::Word
                            && ctx.token(s, j).starts_with(char::is_lowercase)
                    })
            })
        }
    {
        return None;
    }
    // "made it easier for workers to receive care": the noun after "for" is the infinitive's
    // subject; when no name is, who acts is not said.
    // ("his failure to stop": a possessor is; "wavered for weeks on whether to cut": no noun
    // stands between.)
    if verb_group > 2 && ctx.token(s, verb_group - 1) == "to" && {
        let noun_word = |k: usize| {
            let w = ctx.token(s, k);
            toks[k].kind == TokenKind::Word
                && w.starts_with(char::is_lowercase)
                && !OBJECT_STOP.contains(&w)
                && !PREPOSITIONS_NOT_IN_OBJECT_STOP.contains(&w)
                && !matches!(w, "of" | "on" | "about" | "whether" | "how" | "what")
                && !possessive_determiner(w)
                && !is_auxiliary(w)
                && !ctx.ontology.is_finite_verb(w)
        };
        let mut k = verb_group - 1;
        while k > 0 && verb_group - 1 - k < 4 && noun_word(k - 1) {
            k -= 1;
        }
        k < verb_group - 1
            && k > 0
            && ctx.token(s, k - 1) == "for"
            && out.mentions[subject].span.end <= toks[k - 1].span.start
    } {
        return None;
    }
    // "The lawyer for Roe, who met Lee, denied it": the lawyer acts, whom no name stands for
    // ("advisers to Roe said he could pick Lee": not when a pronoun is the subject).
    // (Asked of every relation: the rare tie is tested before the pronoun.)
    // "The chairman of the Tarsk Committee said …", "supporters of Roe argued": the phrase's
    // unnamed head acts, not the name after its "of".
    if !passive
        && out.mentions[subject].span.end <= trigger.start
        && (tied_to_unnamed_person(ctx, out, s, subject) || !acts_after_of(ctx, out, s, subject))
        && !auxiliaries_start(ctx, s, verb_group)
            .checked_sub(1)
            .is_some_and(|k| matches!(ctx.lower_token(s, k), "he" | "she" | "they" | "it"))
    {
        return None;
    }
    // "Chile and the unions reached a deal to end the strike": an infinitive takes the subject
    // of the verb before it, unless a relative clause comes between.
    let infinitive = verb_group > 0 && ctx.token(s, verb_group - 1) == "to";
    let heads_aside = out.mentions[subject].span.end <= trigger.start
        && heads_closed_relative(ctx, s, ctx.token_from(s, out.mentions[subject].span.end), t);
    // A name found only as the nearest one before the verb, more than a few words away with a
    // clause between ("Roe, whose allies in the Senate had …, won"), is too often another
    // clause's: who acts is then left unsaid. But a relative aside that closes right before
    // the verb stands for the name it follows ("Roe, who coached Lee at Tarsk, also won").
    if nearest_name
        && !main_clause
        && !heads_aside
        && !passive
        && inverted.is_none()
        && out.mentions[subject].span.end <= trigger.start
        && word_gap(text, out.mentions[subject].span.end, trigger.start) > MAX_SUBJECT_GAP
        && (ctx.token_from(s, out.mentions[subject].span.end)..verb_group).any(|i| {
            let w = ctx.token(s, i);
            matches!(
                w,
                "," | ";" | "(" | ")" | "—" | "–" | "that" | "which" | "who"
            ) || (!infinitive && ctx.ontology.is_finite_verb(w))
        })
    {
        return None;
    }
    // A claimant far before the verb is the source of the claim, not the verb's subject;
    // unless the verb shares the main clause's subject, or the claim is made in an aside on
    // the subject ("Roe, who called Lee a liar, threatened to sue").
    if Some(subject) == claimant
        && !main_clause
        && !heads_aside
        && word_gap(text, out.mentions[subject].span.end, trigger.start) > 6
    {
        return None;
    }
    let after: Vec<usize> = in_sentence
        .iter()
        .copied()
        .filter(|&m| out.mentions[m].span.start >= trigger.end && m != subject)
        .filter(|_| inverted.is_none())
        .filter(|&m| {
            !clause_break(text, trigger.end, out.mentions[m].span.start)
                || word_gap(text, trigger.end, out.mentions[m].span.start) <= 3
        })
        .collect();
    // "with Ruritanian President Roe": the country only qualifies the person after it.
    let after: Vec<usize> = after
        .iter()
        .copied()
        .filter(|&m| {
            out.mentions[m].entity_type != EntityType::Country
                || !after.iter().any(|&p| {
                    out.mentions[p].entity_type == EntityType::Person
                        && out.mentions[p].span.start > out.mentions[m].span.end
                        && word_gap(text, out.mentions[m].span.end, out.mentions[p].span.start) <= 2
                })
        })
        .collect();
    let mut qualifiers = BTreeMap::new();
    let mut reported_clause: Option<Range<usize>> = None;
    // What a report's verb is followed by, found once; each use below bounds its length.
    // "told a Senate committee today he would …": after a verb that names whom it tells, the
    // clause starts at "that" or its subject pronoun, past the listener.
    let recipient_end = (tr.reporting
        && RECIPIENT_VERBS.contains(&tr.predicate.as_str())
        && ctx.token(s, t + len) != "that")
        .then(|| {
            // ("told reporters as he left …": a time clause is not what was told; "told Roe
            // about it and said that …": nor what another verb joined reports.)
            (t + len + 1..(t + len + 8).min(toks.len()))
                .take_while(|&i| {
                    toks[i].kind == TokenKind::Word
                        && !joins_verb(ctx, s, i)
                        && !matches!(
                            ctx.lower_token(s, i),
                            "as" | "when"
                                | "while"
                                | "before"
                                | "after"
                                | "since"
                                | "because"
                                | "if"
                                | "until"
                        )
                })
                // ("told Roe he'll …": a pronoun joined to its auxiliary.)
                .find(|&i| {
                    let w = ctx.lower_token(s, i);
                    w == "that" || subject_pronoun(w) || auxiliary_contraction(w)
                })
                // "told Acme News “we still have time”": a quotation opened after a named or
                // short listener is what was told; after a possessive it names a programme
                // ("told Acme’s “Morning Show” that").
                .or_else(|| {
                    (t + len + 1..(t + len + 7).min(toks.len()))
                        .take_while(|&i| {
                            is_quote_mark(ctx, s, i)
                                || (toks[i].kind == TokenKind::Word
                                    && !is_auxiliary(ctx.lower_token(s, i))
                                    && !ctx.ontology.is_finite_verb(ctx.lower_token(s, i)))
                        })
                        .find(|&i| {
                            matches!(ctx.token(s, i), "\"" | "“")
                                && ctx.token(s, i + 1).starts_with(char::is_uppercase)
                                && !matches!(ctx.token(s, i - 1), "'s" | "’s" | "'" | "’")
                        })
                })
                // "told an audience of business, labor and civic leaders that …": a listener
                // that lists may hold commas before "that".
                // ("warned of the risks, …, that": a topic, not a listener.)
                .or_else(|| {
                    if matches!(ctx.lower_token(s, t + len), "of" | "about" | "on") {
                        return None;
                    }
                    (t + len + 1..(t + len + 14).min(toks.len()))
                        .take_while(|&i| {
                            let w = ctx.lower_token(s, i);
                            // "told supporters at a rally held in Tarsk that …": a participle
                            // after a noun describes the listener.
                            let describes_noun = ctx.ontology.verbs.get(w).is_some_and(|f| {
                                f.participle
                                    && ctx.token(s, i - 1).starts_with(char::is_lowercase)
                                    && toks[i - 1].kind == TokenKind::Word
                                    && !is_auxiliary(ctx.lower_token(s, i - 1))
                            });
                            // ("told BBC News 24 that …": a number may end a name; "told
                            // Acme’s “Morning Show” that …": a programme's name is quoted.)
                            (matches!(toks[i].kind, TokenKind::Word | TokenKind::Number)
                                || matches!(w, "," | "'s" | "’s")
                                || is_quote_mark(ctx, s, i))
                                && !joins_verb(ctx, s, i)
                                && !is_auxiliary(w)
                                && (describes_noun || !ctx.ontology.is_finite_verb(w))
                                // ("told columnists during a meeting at the White House
                                // that …": after a determiner an -ing form is a noun.)
                                && !(w.ends_with("ing")
                                    && ctx.ontology.verbs.contains_key(w)
                                    && !determiner_or_possessive(ctx.lower_token(s, i - 1)))
                        })
                        .find(|&i| ctx.token(s, i) == "that")
                })
                .or_else(|| listener_then_clause(ctx, out, s, in_sentence, t + len))
        })
        .flatten();
    let clause_after = tr
        .reporting
        .then(|| {
            // "described how the leader had lived …": a clause a question word opens is what
            // any reporting verb reports, though "describe" takes no bare clause.
            let from = recipient_end.unwrap_or(t + len);
            let question = matches!(
                ctx.lower_token(s, from),
                "how" | "why" | "whether" | "what" | "where"
            );
            reported_clause_after(
                ctx,
                s,
                from,
                ctx.ontology.reports_bare_clause(&tr.predicate)
                    || recipient_end.is_some()
                    || question
                    || (MANDATIVE_VERBS.contains(&tr.predicate.as_str())
                        && mandative_clause(ctx, s, from)),
            )
        })
        .flatten();
    // "promised to protect Ruritania's forests": a name in an infinitive after a reporting
    // verb is the infinitive's, whose own relation carries it.
    let reports_infinitive = tr.reporting && infinitive_at(ctx, s, t + len);
    let mut object = passive_object
        .or(relative_object.map(Arg::Mention))
        .filter(|o| *o != Arg::Mention(subject));
    if inverted.is_some() {
        object = comma_before_verb(ctx, s, t)
            .and_then(|comma| clause_before(ctx, out, s, comma, in_sentence, &mut qualifiers));
    }
    // Quantity: a number within a few words after the trigger (or before it, in a passive:
    // "3,000 troops were sent").
    // Outside a report the figure is in the verb's own clause: the window stops at a comma.
    let mut window_end = (t + len + if tr.reporting { 16 } else { 7 }).min(toks.len());
    // ("have risen since but fell $12.33": nor past "but", which opens another clause.)
    if !tr.reporting
        && let Some(comma) =
            (t + len..window_end).find(|&i| matches!(ctx.token(s, i), "," | ";" | ":" | "but"))
    {
        window_end = comma;
    }
    // "said the company - where he worked for 60 years - had …", "continued his reputation
    // despite his 69 years": a figure in an aside or a concession is not the verb's; "posted
    // a letter asking him to suspend 65,000 visas": nor, when no clause was reported, one
    // after a reporting participle, which opens a report of its own; "…, according to two
    // officials": nor one that counts who says it.
    if let Some(aside) = (t + len..window_end).find(|&i| {
        (matches!(
            ctx.lower_token(s, i),
            "where" | "who" | "which" | "whose" | "despite" | "according" | "-" | "—" | "–" | "("
        ) && !(ctx.token(s, i) == "-" && toks[i].span.start == toks[i - 1].span.end))
            || (i > t + len
                && clause_after.is_none()
                && ctx.token(s, i).ends_with("ing")
                && ctx.reporting_lemma(s, i).is_some())
            // ("told lies about the attacks that killed four people": nor one in a relative
            // clause.)
            || (i > t + len && clause_after.is_none() && ctx.token(s, i) == "that")
    }) {
        window_end = aside;
    }
    // "stated that the idea “will not happen,” and others noted that 60 senators …": nor
    // past the end of the reported clause.
    if let Some(clause) = &clause_after {
        window_end = window_end.min(clause.end);
    }
    // The figure before the verb is in its clause ("The firm, whose unit runs 13 farms,
    // insisted" gives the firm's claim no figure; a report's clause before a comma is read
    // by `reported_before`).
    // "nearly two years after she left office": nor is the main clause's figure before a
    // subordinate clause's verb.
    // ("five firms from which he received fees": nor is the figure before a relative clause,
    // nor the one before a clause that a wh-word opens: "two words explain why Roe won".)
    // ("attacked her three colleagues and said …": nor the figure of the verb "and" joins
    // this one to.)
    let window_start = (t.saturating_sub(6)..t)
        .rev()
        .find(|&i| {
            matches!(
                ctx.token(s, i),
                "," | ";" | ":" | "which" | "whom" | "whose" | "why" | "how" | "what"
            ) || opens_subordinate_clause(ctx.token(s, i))
                || (i + 1 == t && joins_verb(ctx, s, i))
        })
        .map_or(t.saturating_sub(6), |comma| comma + 1);
    // "increased aid from $1.1bn to $4.6bn": a change is to the figure after "to", wherever
    // it stands in the clause.
    let changed_to = matches!(tr.relation_type.as_str(), "increase" | "decrease")
        .then(|| {
            let clause_end = (t + len..toks.len())
                .find(|&i| matches!(ctx.token(s, i), "," | ";" | ":"))
                .unwrap_or(toks.len());
            (t + len..clause_end).find_map(|i| {
                let figure = if is_currency_sign(ctx.token(s, i + 1)) {
                    i + 2
                } else {
                    i + 1
                };
                (ctx.token(s, i) == "to")
                    .then(|| count_at(ctx, s, figure).map(|q| (figure, q)))
                    .flatten()
            })
        })
        .flatten();
    let quantity = changed_to
        .or_else(|| (t + len..window_end).find_map(|i| parse_quantity(ctx, s, i).map(|q| (i, q))))
        // "sent 300 workers to Tarsk to build a plant": a figure before an infinitive counts
        // the main verb's object, not what the infinitive does.
        .or_else(|| {
            (window_start..t)
                .rev()
                .take_while(|_| !(t > 0 && infinitive_at(ctx, s, t - 1)))
                .find_map(|i| parse_quantity(ctx, s, i).map(|q| (i, q)))
        });
    if let Some((qi, (amount, qtext, next))) = quantity {
        let figure = add_quantity(ctx, s, qi, amount, qtext, &mut qualifiers);
        // The unit of the figure, and the object when nothing else is; "up to 100% of the
        // debts": a share is of what follows "of" (but a report's object is what was
        // reported: "estimates that 76 percent of the land is rural").
        match figure
            .then(|| add_unit(ctx, s, next, &mut qualifiers))
            .flatten()
        {
            Some(Unit::Share { of: Some(of), .. })
                if literal_ok && object.is_none() && next > t && !tr.reporting =>
            {
                object = noun_phrase_after(ctx, s, of).map(Arg::Literal);
            }
            Some(Unit::Counted(noun)) => {
                // A figure somewhere in what was reported ("for each of the four years") is not
                // what the report is about, and "in almost five years" is when, not what.
                let time_unit = TIME_UNITS.contains(&noun);
                // "suspended him for two games": the pronoun is what the verb reached; "lost
                // the popular vote in six out of seven elections": so is a phrase before the
                // figure. The figure's noun is the object only right after the verb ("sent
                // about 300 troops").
                // "3,000 troops were sent": before a passive verb, the figure's noun is what the
                // verb reached, too.
                let passive_after_figure = qi < t
                    && (next..t).any(|k| {
                        matches!(
                            ctx.lower_token(s, k),
                            "was" | "were" | "been" | "being" | "is" | "are"
                        )
                    });
                let figure_follows_verb = passive_after_figure
                    || qi >= t + len
                        && (t + len..qi).all(|k| {
                            let w = ctx.lower_token(s, k);
                            // ("sent more than a dozen troops": a number word's article.)
                            matches!(w, "another" | "a" | "an")
                                || APPROXIMATIONS.iter().any(|a| a.contains(&w))
                        });
                if literal_ok
                    && object.is_none()
                    && !tr.reporting
                    && !time_unit
                    && figure_follows_verb
                {
                    object = Some(Arg::Literal(noun.to_string()));
                }
            }
            _ => {}
        }
    }
    // "Roe warned that Ruritania plans …", "Roe confirmed that 900 Ruritanian soldiers …": a
    // report is about the first name in it, even one used as a modifier. A passive report
    // ("the charges were announced by Roe") is about its passive subject.
    // "announced the agreement", "denied the claims": a report whose object is a noun phrase,
    // not a clause, is about that phrase.
    // But "said the town expected …" reports a clause: a verb after the phrase opens it.
    // "confirms death of Taliban leader": a headline drops the article.
    let bare_noun = {
        let w = ctx.token(s, t + len);
        toks.get(t + len).is_some_and(|x| x.kind == TokenKind::Word)
            && w.starts_with(char::is_lowercase)
            && ctx.token(s, t + len + 1) == "of"
            && !ctx.ontology.verbs.contains_key(w)
    };
    // The phrase's own clause runs to its punctuation or conjunction, up to 15 words ("said
    // the personal ambition of Roe and Lee was …" reports a clause); a participle before
    // "by" ("a statement issued by Acme") is no verb of a clause.
    let verb_after_phrase = (t + len + 1..(t + len + 15).min(toks.len()))
        .take_while(|&i| {
            !matches!(
                ctx.token(s, i),
                "," | ";" | ":" | "." | "!" | "?" | "but" | "or"
            )
        })
        .any(|i| {
            let w = ctx.lower_token(s, i);
            is_auxiliary(w)
                || negative_contraction(w)
                || w == "that"
                || (ctx.ontology.verbs.get(w).is_some_and(|f| f.past || f.third)
                    && ctx.token(s, i + 1) != "by")
                || present_after_plural(ctx, s, t + len, i)
        })
        // "said the launch of the satellite, named after its founder, was a success": the
        // verb after an aside.
        || aside_before_verb(ctx, s, t + len + 1).is_some();
    // (Past a listener the clause is what was told.)
    let phrase_object = tr.reporting
        && recipient_end.is_none()
        && (bare_noun
            || matches!(
                ctx.lower_token(s, t + len),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "these" | "those"
            ))
        && !verb_after_phrase
        // "suggested the president reopen …": its clause's verb is in the base form.
        && !(MANDATIVE_VERBS.contains(&tr.predicate.as_str()) && clause_after.is_some())
        && asked_infinitive(ctx, s, t + len).is_none();
    // "rejected the claim that Roe lied", "welcomed the fact there was a vote": what a noun
    // naming something said or known says is what was reported, with the noun.
    let content_clause = (tr.reporting && !passive && inverted.is_none() && object.is_none())
        .then(|| content_clause_after(ctx, s, t + len))
        .flatten();
    if let Some(clause) = content_clause.clone() {
        let to = toks[clause.end - 1].span.end;
        object = Some(Arg::Literal(clause_words(ctx, s, t + len, &clause)));
        let clause_start = toks[clause.start].span.start;
        if let Some(&m) = after
            .iter()
            .find(|&&m| (clause_start..to).contains(&out.mentions[m].span.start))
        {
            qualifiers.insert("about".to_string(), Arg::Mention(m));
        }
        reported_clause = Some(clause);
    }
    if tr.reporting && !passive && !phrase_object && content_clause.is_none() {
        // The report is about the first name in what was reported, in the object role ("told
        // reporters in Lisbon" is not about Lisbon).
        let in_object_role = |m: usize| argument_role(ctx, s, out.mentions[m].span.clone());
        // "…, the Associated Press reported": a name that reports in turn is no object; and
        // "the Russian State Duma": a demonym right before a name qualifies it.
        let next_token = |m: usize| ctx.token(s, ctx.token_from(s, out.mentions[m].span.end));
        // "announced they would back the plan although Roe …", "hopes to stay mayor of
        // Tarsk, North Oskol": a name past a comma or in a subordinate clause is not
        // what was reported.
        let candidates: Vec<usize> = after
            .iter()
            .copied()
            .filter(|_| !reports_infinitive)
            // The listener is whom it was said to, not what it was about.
            .filter(|&m| {
                recipient_end.is_none_or(|i| out.mentions[m].span.start >= toks[i].span.start)
            })
            // "announced plans to buy Acme": Acme is the infinitive's, which its own relation
            // carries.
            .filter(|&m| {
                !(t + len..ctx.token_from(s, out.mentions[m].span.start))
                    .any(|k| infinitive_at(ctx, s, k))
            })
            .filter(|&m| in_one_clause(text, trigger.end, out.mentions[m].span.start))
            .filter(|&m| ctx.ontology.reporting_lemma(next_token(m)).is_none())
            .filter(|&m| {
                out.mentions[m].entity_type != EntityType::Country
                    || !after.iter().any(|&n| {
                        out.mentions[n].span.start > out.mentions[m].span.end
                            && word_gap(text, out.mentions[m].span.end, out.mentions[n].span.start)
                                == 0
                    })
            })
            .collect();
        // "said Ruritanian forces fought rebels near Tarsk": the clause's subject, even a
        // demonym before its noun, is what the report is about.
        let clause_start = if ctx.token(s, t + len) == "that" {
            t + len + 1
        } else {
            t + len
        };
        // "said the first Ruritanian units have arrived": a name before the clause's verb is
        // in its subject.
        let clause_verb = (clause_start..toks.len())
            .find(|&i| {
                let w = ctx.lower_token(s, i);
                finite_or_auxiliary(ctx, w)
            })
            .unwrap_or(clause_start);
        let subject_of_clause = candidates.iter().copied().find(|&m| {
            (clause_start..clause_verb).contains(&ctx.token_from(s, out.mentions[m].span.start))
                && in_object_role(m).0 == "object"
        });
        let head = subject_of_clause.or_else(|| {
            candidates
                .iter()
                .copied()
                .find(|&m| in_object_role(m) == ("object", false))
        });
        let first = candidates
            .iter()
            .copied()
            .find(|&m| in_object_role(m).0 == "object");
        // The object is what was said, and the name it is about a qualifier: "said Roe would
        // resign" reports that Roe would resign, not Roe. A clause too long to keep whole
        // leaves the name as the object.
        if let Some(m) = head.or(first) {
            let start = out.mentions[m].span.start;
            match clause_after
                .clone()
                .filter(|c| c.len() <= MAX_REPORTED_CLAUSE_ABOUT_NAME)
            {
                Some(clause) if toks[clause.start].span.start <= start => {
                    let end = toks[clause.end - 1].span.end;
                    object = Some(Arg::Literal(clause_words(ctx, s, clause.start, &clause)));
                    // ("said the plan was sound but told the Tarsk Herald: …": a name past
                    // the clause's end is not what it is about.)
                    if start < end {
                        qualifiers.insert("about".to_string(), Arg::Mention(m));
                    }
                    reported_clause = Some(clause);
                }
                // "claims he cannot afford to sack the Tarsk legend": a name that only
                // modifies a noun is no object, though the clause it stands in may be about it.
                // "said Ruritania plans to …" is about Ruritania; "said Roe's plan is …" is
                // about the plan.
                _ if in_object_role(m).1
                    && (subject_of_clause != Some(m)
                        || matches!(
                            ctx.token(s, ctx.token_from(s, out.mentions[m].span.end)),
                            "'s" | "’s" | "'" | "’"
                        )) => {}
                _ => object = Some(Arg::Mention(m)),
            }
        }
    }
    // Past the start of a reported clause the names and phrases are the clause's, not the
    // report's; like its figures, only where what was reported happened is kept ("said
    // troops were seen in Tarsk", "said 300 troops went to Tarsk").
    let clause_from = reported_clause.as_ref().map_or(toks.len(), |c| c.start);
    let verb_in_relative_aside = relative_aside_start(ctx, s, t).is_some();
    for (n, &m) in after.iter().enumerate() {
        let ment = &out.mentions[m];
        let (role, modifier) = argument_role(ctx, s, ment.span.clone());
        let role = place_aware_role(ctx, out, in_sentence, m, role);
        // "took part in the Tarsk Summit", "reached out to Roe": a name right after a trigger
        // that ends in its preposition is its object, not a place or a destination.
        let first = ctx.token_from(s, ment.span.start);
        let role = if len > 1
            && (first == t + len || (first == t + len + 1 && ctx.lower_token(s, t + len) == "the"))
            && matches!(
                ctx.lower_token(s, t + len - 1),
                "to" | "in" | "on" | "with" | "into" | "at" | "about" | "against" | "from"
            ) {
            "object"
        } else {
            role
        };
        // "met with Senate Judiciary Chairman Tom Hale": a body named in the title before a
        // person's name stands for the person, who is the argument.
        let m = titled_person(out, m).unwrap_or(m);
        let ment = &out.mentions[m];
        if ctx.token_from(s, ment.span.start) >= clause_from
            && !(REPORTED_PLACES.iter().any(|(key, _)| *key == role)
                && matches!(ment.entity_type, EntityType::Place | EntityType::Country))
        {
            continue;
        }
        // "entered office promising talks with Ruritania", "raced clear and crossed to Lee":
        // a name past another verb is that verb's; where it all happened is the exception
        // ("stopped Lee to keep his belts on Saturday in Bern"), but not past a verb joined
        // to this one ("sent a letter and used the situation in Tarsk as an example"), nor
        // past the comma that closes the relative clause the verb stands in ("Roe, who
        // leads the fund, used the situation in Tarsk").
        if !tr.reporting
            && (t + len..ctx.token_from(s, ment.span.start)).any(|k| {
                opens_predicate(ctx, s, k)
                    && (role != "place"
                        || (joins_verb(ctx, s, k)
                            && ctx
                                .ontology
                                .verbs
                                .get(ctx.lower_token(s, k + 1))
                                .is_some_and(|f| !f.also_noun)))
            })
        {
            continue;
        }
        if role == "place"
            && verb_in_relative_aside
            && (t + len..ctx.token_from(s, ment.span.start)).any(|k| ctx.token(s, k) == ",")
        {
            continue;
        }
        // "called for attacks but isn't known to have claimed what happened in Tarsk": nor
        // past an auxiliary that opens another predicate of the subject.
        if role == "place"
            && (t + len..ctx.token_from(s, ment.span.start)).any(|k| {
                matches!(ctx.token(s, k), "and" | "but") && {
                    let next = ctx.lower_token(s, k + 1);
                    is_auxiliary(next) || negative_contraction(next)
                }
            })
        {
            continue;
        }
        // "released a map noting sites it targeted in Tarsk", "led a campaign claiming Roe
        // was born in Oskol": a place past a participle or a clause that describes the
        // object is where that happened.
        if role == "place"
            && !tr.reporting
            && (t + len + 1..ctx.token_from(s, ment.span.start)).any(|k| {
                let before = ctx.token(s, k - 1);
                let after_noun = toks[k - 1].kind == TokenKind::Word
                    && before.starts_with(char::is_lowercase)
                    && !OBJECT_STOP.contains(&before)
                    && !is_auxiliary(before)
                    && !determiner_or_possessive(before);
                // ("fell 15% in renewed trading in Beirut", "took over its mining operations
                // in Tarsk": an -ing noun or adjective takes no object, and a participle's
                // object opens with a name, a determiner or a pronoun.)
                let takes_object = {
                    let next = ctx.lower_token(s, k + 1);
                    ctx.token(s, k + 1).starts_with(char::is_uppercase)
                        || determiner_or_possessive(next)
                        || OBJECT_PRONOUNS.contains(&next)
                };
                (after_noun && takes_object && participle_clause_at(ctx, s, k))
                    || (subject_pronoun(ctx.lower_token(s, k))
                        && ctx.ontology.is_finite_verb(ctx.token(s, k + 1)))
            })
        {
            continue;
        }
        // Past the first few names only a place still belongs to the event ("stopped Lee in
        // the sixth round … on Saturday in Bern").
        if n >= 4
            && (role != "place"
                || qualifiers.contains_key("place")
                || !matches!(ment.entity_type, EntityType::Place | EntityType::Country))
        {
            continue;
        }
        if role == "object" {
            // "…, Reuters reported", "…, said Roe": the subject of another report.
            let first = ctx.token_from(s, ment.span.start);
            let reports = ctx
                .ontology
                .reporting_lemma(ctx.token(s, ctx.token_from(s, ment.span.end)))
                .is_some()
                || (t + len..first).any(|k| ctx.token(s, k) == "," && reports_at(ctx, s, k + 1));
            // "bought the painting that Lee sold", "made a bid to buy Acme", "agreed to buy
            // Acme" (a trigger that ends in "to"): the relative clause's or the infinitive's.
            let relative = (t + len - 1..ctx.token_from(s, ment.span.start)).any(|k| {
                infinitive_at(ctx, s, k)
                    || (!tr.reporting && matches!(ctx.token(s, k), "that" | "which" | "who"))
            });
            let listener = recipient_end.is_some_and(|i| ment.span.start < toks[i].span.start);
            if object.is_none()
                && !modifier
                && !inside_quoted_title(ctx, s, t + len, ment.span.start)
                && !reports
                && !reports_infinitive
                && !relative
                && !listener
                && word_gap(text, trigger.end, ment.span.start) <= 4
                // "why he won in 2016: Roe": past a colon the name answers the sentence;
                // "after he won the nomination, Roe …": past a comma it opens another clause.
                && !text[trigger.end..ment.span.start].contains([':', ';', ','])
            {
                object = Some(Arg::Mention(m));
            }
        } else if !modifier
            && fits_role(role, ment.entity_type)
            && ((role == "place" && !past_subordinator(text, trigger.end, ment.span.start))
                || in_one_clause(text, trigger.end, ment.span.start)
                || elaborates_object(text, trigger.end, ment.span.start))
            // "signed a law that bans smoking in Lisbon": a name after "that" is the
            // clause's ("signed that deal with Acme": not after a demonstrative).
            && (tr.reporting
                || (t + len..ctx.token_from(s, ment.span.start)).all(|k| {
                    ctx.lower_token(s, k) != "that"
                        || k == t + len
                        || OBJECT_STOP.contains(&ctx.lower_token(s, k - 1))
                        || PREPOSITIONS_NOT_IN_OBJECT_STOP.contains(&ctx.lower_token(s, k - 1))
                }))
            && !(role == "counterpart"
                && (starts_clause_after(ctx, s, ment.span.end)
                    // "met Roe and Lee", but "ravaged Tarsk and the south": a name joined by
                    // "and" is a counterpart only for a type that has one.
                    || (!tr.takes_counterpart && joined_by_and(ctx, s, ment.span.start))))
        {
            // Only where it happened may lie past a comma; a party past a comma or in
            // another clause ("beat Roe, while Lee won over Hale") is that clause's, unless
            // the comma opens a list of what the verb reached ("downed nine drones,
            // including four over Tarsk").
            qualifiers
                .entry(role.to_string())
                .or_insert(Arg::Mention(m));
        }
    }
    // Otherwise the words after the trigger, up to the next clause or preposition ("led the
    // crowd", even for types whose object is usually a name); "met with Ruritanian leaders":
    // whom one meets with, though no name says it.
    // ("countered with another claim", "replied with a joke": what a report is made with is
    // not what was said; but "agreed with the plan" is what was agreed, and "talked with
    // witnesses" who was talked to.)
    let with_means = tr.reporting
        && !matches!(
            tr.predicate.as_str(),
            "agree" | "disagree" | "talk" | "speak" | "consult" | "confer"
        );
    // ("invested with a Russian oligarch", "struck with a missile": a partner or a means,
    // for a type not done with a counterpart.)
    let with_party = tr.reporting || tr.takes_counterpart;
    if object.is_none() && inverted.is_none() {
        let from = if ctx.token(s, t + len) == "with"
            && !qualifiers.contains_key("counterpart")
            && !with_means
            && with_party
        {
            t + len + 1
        } else {
            t + len
        };
        // "said the ferry would sail": a report of a clause is not about its first words.
        let clause_follows = !phrase_object && clause_after.is_some();
        // ("“…,” Roe said of why she came": what it was said of is not what was said.)
        let said_of = tr.predicate == "say" && ctx.token(s, from) == "of";
        object = noun_phrase_after(ctx, s, from)
            .filter(|phrase| !tr.reporting || (says_something(phrase) && !said_of))
            .filter(|_| !clause_follows)
            .map(Arg::Literal);
    }
    // "called Friday for President Roe to cancel the summit": what was called for is the
    // name and its infinitive.
    if tr.reporting && object.is_none() && inverted.is_none() {
        let mut k = t + len;
        if when_or_to_whom(ctx.lower_token(s, k)) {
            k += 1;
        }
        if ctx.token(s, k) == "for"
            && let Some(&m) = after.iter().find(|&&m| {
                let start = ctx.token_from(s, out.mentions[m].span.start);
                start > k
                    && start <= k + 4
                    && infinitive_at(ctx, s, ctx.token_from(s, out.mentions[m].span.end))
            })
        {
            let from = toks[k + 1].span.start;
            let end = (k + 1..(k + 20).min(toks.len()))
                .take_while(|&i| !matches!(ctx.token(s, i), "," | ";" | ":" | "." | "!" | "?"))
                .last()
                .unwrap_or(k + 1);
            object = Some(Arg::Literal(text[from..toks[end].span.end].to_string()));
            qualifiers.insert("about".to_string(), Arg::Mention(m));
        }
    }
    // A report of a clause that names nothing is about what the clause says: before the
    // verb ("Some 37 countries could benefit, he said") or after it ("denied they carried
    // out the strike").
    let mut claimant = claimant;
    if let Some((_, verb)) = quoted {
        claimant = speaker_of(ctx, out, s, verb, in_sentence);
    }
    // "Roe, who called Lee a liar, threatened to sue": no name in an aside on the subject
    // claims the subject's act.
    if heads_aside
        && claimant.is_some_and(|c| {
            out.mentions[c].span.start > out.mentions[subject].span.end
                && out.mentions[c].span.end <= trigger.start
        })
    {
        claimant = None;
    }
    if tr.reporting && object.is_none() && !passive && inverted.is_none() {
        // "…, and Acme confirms she has conceded": a clause after the verb is what it
        // reports, not the sentence before it.
        if clause_after.is_none() {
            object = reported_before(ctx, out, s, t, len, in_sentence, &mut qualifiers);
        }
        // The reporter is the subject; no name in the clause before claims it.
        if object.is_some() {
            claimant = None;
        }
        if object.is_none()
            && let Some(clause) = clause_after
                .clone()
                .filter(|c| c.len() <= MAX_REPORTED_CLAUSE)
        {
            let from = toks[clause.start].span.start;
            object = Some(Arg::Literal(clause_words(ctx, s, clause.start, &clause)));
            qualifiers.retain(|key, arg| match arg {
                Arg::Mention(m) if out.mentions[*m].span.start >= from => {
                    REPORTED_PLACES.iter().any(|(place, _)| place == key)
                        && matches!(
                            out.mentions[*m].entity_type,
                            EntityType::Place | EntityType::Country
                        )
                }
                _ => true,
            });
            reported_clause = Some(clause);
        }
    }
    let clause_from = reported_clause.as_ref().map_or(toks.len(), |c| c.start);
    // Phrases with no name in them keep their words: "invest $9bn in its factories" →
    // {in: "its factories"}.
    for (prep, phrase) in literal_phrases(ctx, s, t + len, clause_from) {
        // "imposed a ban on imports": a phrase the object runs on through is no qualifier.
        let in_object =
            matches!(&object, Some(Arg::Literal(o)) if o.contains(&format!("{prep} {phrase}")));
        if !in_object {
            qualifiers.entry(prep).or_insert(Arg::Literal(phrase));
        }
    }
    // "told reporters on Capitol Hill", "said in Lisbon": where something was said is not
    // what was said.
    // "met with the newly elected chairwoman of Ruritania's assembly, Ana Roe,": the person
    // in apposition to a titled description is whom the verb reaches.
    if let Some(person) = titled_appositive(ctx, out, s, t + len, in_sentence) {
        match ctx.token(s, t + len) {
            "to" => {
                qualifiers.insert("destination".to_string(), Arg::Mention(person));
            }
            _ => object = Some(Arg::Mention(person)),
        }
    }
    // "called on Roe to resign": what is urged is Roe's act; the object is the name with its
    // infinitive, and the name what it is about (as a reporting verb's asking is).
    // ("called on rich nations to buy the vaccines": a phrase acts as a name does, and its
    // infinitive must be a lower-case verb.)
    let urged = match &object {
        Some(Arg::Mention(m)) => Some((out.mentions[*m].span.clone(), Some(*m))),
        Some(Arg::Literal(phrase)) => {
            find_phrase(&text[trigger.end..ctx.sentences[s].span.end], phrase)
                .map(|at| trigger.end + at..trigger.end + at + phrase.len())
                .map(|span| (span, None))
        }
        _ => None,
    };
    // ("urged Senator Roe, D-Ore., to delay the hearing": past a short aside; "called for
    // tenants to have a vote" asks for an act as "urged" does.)
    if matches!(tr.relation_type.as_str(), "urge" | "call_for")
        && let Some((span, named)) = urged
        && let to = past_aside(ctx, s, ctx.token_from(s, span.end))
        && act_infinitive_at(ctx, s, to)
        && (named.is_some() || ctx.token(s, to + 1).starts_with(char::is_lowercase))
    {
        // ("called for Roe to quit": a name the object is, is what it is about, not who
        // benefits.)
        qualifiers.retain(
            |_, arg| !matches!(arg, Arg::Mention(m) if span.contains(&out.mentions[*m].span.start)),
        );
        let named = named.or_else(|| {
            in_sentence.iter().copied().find(|&m| {
                out.mentions[m].span.end == span.end && span.contains(&out.mentions[m].span.start)
            })
        });
        object = Some(Arg::Literal(format!(
            "{}{}",
            &text[span],
            super::svo::infinitive_phrase(ctx, s, to)
        )));
        if let Some(m) = named {
            qualifiers.insert("about".to_string(), Arg::Mention(m));
        }
    }
    // "gave Roe a $125,000 reward", "handed Acme the contract": after a verb of giving, a
    // name followed by a noun phrase is who receives it, and the phrase what is given.
    if !tr.reporting
        && GIVING_VERBS.contains(&tr.predicate.as_str())
        && let Some(&m) = after.first()
        && let first = ctx.token_from(s, out.mentions[m].span.start)
        && first <= t + len + 4
        && (t + len..first).all(|k| {
            toks[k].kind == TokenKind::Word && !OBJECT_STOP.contains(&ctx.lower_token(s, k))
        })
        && let next = ctx.token_from(s, out.mentions[m].span.end)
        && (matches!(
            ctx.lower_token(s, next),
            "a" | "an" | "the" | "his" | "her" | "its" | "their" | "$" | "£" | "€"
        ) || toks.get(next).is_some_and(|x| x.kind == TokenKind::Number))
        && m != subject
        && let Some(given) = noun_phrase_after(ctx, s, next)
    {
        object = Some(Arg::Literal(given));
        qualifiers.retain(|_, arg| *arg != Arg::Mention(m));
        qualifiers.insert("recipient".to_string(), Arg::Mention(m));
    }
    // "offered to invest $8.3 billion in its plants": with nothing else named, the sum is
    // what the verb moves ("bought it for $2m": not past a pronoun, which is; but "offered
    // him $50,000" gives him the sum).
    if object.is_none()
        && literal_ok
        && !tr.reporting
        && !(OBJECT_PRONOUNS.contains(&ctx.lower_token(s, t + len))
            && !is_currency_sign(ctx.token(s, t + len + 1))
            && !number_at(ctx, s, t + len + 1))
        && let Some(Arg::Quantity { text: sum, .. }) = qualifiers.get("quantity")
        && sum.starts_with(['$', '£', '€'])
    {
        // "received $313 million worth of coverage": what the sum is worth of is the object.
        let worth_of = find_phrase(&text[trigger.end..ctx.sentences[s].span.end], sum)
            .map(|at| ctx.token_from(s, trigger.end + at + sum.len()))
            .filter(|&k| ctx.token(s, k) == "worth" && ctx.token(s, k + 1) == "of")
            .and_then(|k| noun_phrase_after(ctx, s, k + 2));
        object = Some(Arg::Literal(match worth_of {
            Some(phrase) => format!("{sum} worth of {phrase}"),
            None => sum.clone(),
        }));
    }
    // "called Roe “an old apparatchik”", "called Lee's findings “a hoax”": what someone or
    // something was called is part of the object.
    if tr.reporting
        && matches!(
            tr.predicate.as_str(),
            "call" | "describe" | "label" | "brand" | "dub"
        )
    {
        // "called him a fine captain": the pronoun is whom it was said of.
        let after = ctx.token_from(s, trigger.end);
        let pronoun = toks
            .get(after)
            .filter(|_| {
                matches!(ctx.lower_token(s, after), "him" | "her" | "them" | "it")
                    && (matches!(ctx.lower_token(s, after + 1), "a" | "an" | "the")
                        || toks
                            .get(after + 1)
                            .is_some_and(|x| x.kind == TokenKind::Quote))
            })
            .map(|x| x.span.clone());
        let span = match (&object, pronoun) {
            (Some(Arg::Literal(_)), Some(pronoun)) => {
                // ("Roe called him a fraud": not Roe, who would be "himself".)
                if let Some(m) =
                    pronoun_antecedent(ctx, out, pronoun.start, ctx.lower_token(s, after))
                        .filter(|&m| m != subject)
                {
                    qualifiers.insert("about".to_string(), Arg::Mention(m));
                }
                Some(pronoun)
            }
            // ("called the Roe government a force for good": past the noun the name modifies,
            // with its article.)
            (Some(Arg::Mention(m)), _) => {
                let span = out.mentions[*m].span.clone();
                let first = ctx.token_from(s, span.start);
                let after_name = ctx.token_from(s, span.end);
                let mut last = after_name;
                let article =
                    first > 0 && matches!(ctx.lower_token(s, first - 1), "the" | "a" | "an");
                while article
                    && last < (after_name + 3).min(toks.len())
                    && toks[last].kind == TokenKind::Word
                    && ctx.token(s, last).starts_with(char::is_lowercase)
                    && !determiner_or_possessive(ctx.lower_token(s, last))
                    && !OBJECT_STOP.contains(&ctx.lower_token(s, last))
                    && !finite_or_auxiliary(ctx, ctx.lower_token(s, last))
                {
                    last += 1;
                }
                if article && last > after_name {
                    Some(toks[first - 1].span.start..toks[last - 1].span.end)
                } else {
                    Some(span)
                }
            }
            (Some(Arg::Literal(phrase)), None) => {
                find_phrase(&text[trigger.end..ctx.sentences[s].span.end], phrase)
                    .map(|at| trigger.end + at..trigger.end + at + phrase.len())
            }
            _ => None,
        };
        // "described oil firms in a magazine as “public enemy number one”": past a phrase
        // naming where it was said, with a capital in it, to "as" and a quotation.
        let said_in_as = span.clone().and_then(|span| {
            let open = ctx.token_from(s, span.end);
            if !matches!(ctx.lower_token(s, open), "in" | "on") {
                return None;
            }
            let as_at = (open + 1..(open + 6).min(toks.len()))
                .find(|&k| ctx.lower_token(s, k) == "as")
                .filter(|&k| {
                    (open + 1..k).all(|j| toks[j].kind == TokenKind::Word)
                        && (open + 1..k).any(|j| ctx.token(s, j).starts_with(char::is_uppercase))
                })?;
            toks.get(as_at + 1).filter(|x| x.kind == TokenKind::Quote)?;
            let close = (as_at + 2..toks.len().min(as_at + 42))
                .find(|&k| toks[k].kind == TokenKind::Quote)?;
            Some(format!(
                "{} {}",
                &text[span],
                &text[toks[as_at].span.start..toks[close].span.end]
            ))
        });
        if let Some(phrase) = said_in_as {
            if let Some(Arg::Mention(m)) = object {
                qualifiers
                    .entry("about".to_string())
                    .or_insert(Arg::Mention(m));
            }
            object = Some(Arg::Literal(phrase));
        } else if let Some(span) = span.clone()
            && let open = ctx.token_from(s, span.end)
            && toks.get(open).is_some_and(|x| x.kind == TokenKind::Quote)
            && let Some(close) =
                (open + 1..toks.len().min(open + 40)).find(|&k| toks[k].kind == TokenKind::Quote)
        {
            if let Some(Arg::Mention(m)) = object {
                qualifiers
                    .entry("about".to_string())
                    .or_insert(Arg::Mention(m));
            }
            object = Some(Arg::Literal(
                text[span.start..toks[close].span.end].to_string(),
            ));
        } else if let Some(span) = span
            && let open = ctx.token_from(s, span.end)
            // "called Roe a fine captain", "described the plan as a hoax": unquoted too.
            && let from = if ctx.lower_token(s, open) == "as" && tr.predicate != "call" {
                open + 1
            } else {
                open
            }
            && matches!(
                ctx.lower_token(s, from),
                "a" | "an" | "the" | "his" | "her" | "its" | "their"
            )
            // "described the plan as the “deal of the century”": a quoted noun.
            && let Some(phrase) = noun_phrase_after(ctx, s, from).or_else(|| {
                let open = from + 1;
                toks.get(open).filter(|x| x.kind == TokenKind::Quote)?;
                let close = (open + 1..toks.len().min(open + 40))
                    .find(|&k| toks[k].kind == TokenKind::Quote)?;
                Some(text[toks[from].span.start..toks[close].span.end].to_string())
            })
            && let Some(at) = find_phrase(&text[toks[from].span.start..], &phrase)
        {
            if let Some(Arg::Mention(m)) = object {
                qualifiers
                    .entry("about".to_string())
                    .or_insert(Arg::Mention(m));
            }
            let end = toks[from].span.start + at + phrase.len();
            object = Some(Arg::Literal(text[span.start..end].to_string()));
        }
    }
    // "Roe told the BBC: “…”", "…, Roe told a conference on ageing": whom one tells is not
    // what was told, which is the quotation (recorded with its speaker by the quote extractor)
    // or the clause before.
    if tr.predicate == "tell" && recipient_end.is_none() && clause_after.is_none() {
        // ("told the Tarsk Herald, “…”": a comma may stand for the colon.)
        let colon_quote = toks[t + len..]
            .iter()
            .take_while(|x| x.text(text) != "that")
            .position(|x| matches!(x.text(text), ":" | ","))
            .is_some_and(|k| {
                toks.get(t + len + k + 1)
                    .is_some_and(|x| x.kind == TokenKind::Quote)
            });
        // ("…, he told a conference": the pronoun's antecedent is named elsewhere.)
        let pronoun_after_comma = t >= 2
            && matches!(
                ctx.lower_token(s, t - 1),
                "he" | "she" | "they" | "it" | "we"
            )
            && ctx.token(s, t - 2) == ",";
        // ("“We are glad,” Roe told the BBC": the comma may stand inside the closing mark, and
        // a title before the name: "…,” Sen. Roe told Vox".)
        let before_name = text[..out.mentions[subject].span.start].trim_end();
        let before_name = before_name
            .rsplit_once(char::is_whitespace)
            .filter(|(_, word)| ctx.ontology.is_title(word.trim_end_matches('.')))
            .map_or(before_name, |(rest, _)| rest.trim_end());
        let after_clause = pronoun_after_comma
            || (before_name.trim_end_matches(['"', '”']).ends_with(',')
                && out.mentions[subject].span.start > ctx.sentences[s].span.start);
        // "Roe told The Washington Post last week", "told reporters on Tuesday": a listener
        // with no clause after it is no statement.
        let listener_only = inverted.is_none()
            && match &object {
                Some(Arg::Mention(m)) => out.mentions[*m].entity_type != EntityType::Event,
                // ("told the story of her life" tells a story: the listener ends the phrase.)
                Some(Arg::Literal(phrase)) => phrase
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| LISTENER_NOUNS.contains(&lower(w).as_ref())),
                _ => false,
            };
        if colon_quote || (after_clause && inverted.is_none()) || listener_only {
            return None;
        }
    }
    let object = if tr.reporting {
        // "“He is a fan,” Roe said in an email, explaining Lee's tweet": what a speaker named
        // after a quotation said is the quotation, which the quote extractor records with its
        // speaker; a name after the verb is no object ("… Roe noted the island is …" still
        // reports a clause).
        // ("“It was abuse,” Roe told Slate": nor is an unknown listener's name.)
        let names = |object: &Arg| match object {
            Arg::Mention(_) => true,
            Arg::Literal(phrase) => {
                phrase.split_whitespace().count() <= 3
                    && phrase
                        .split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase))
            }
            _ => false,
        };
        match object? {
            object
                if !passive
                    && inverted.is_none()
                    && names(&object)
                    && speaks_after_quote(ctx, out, s, subject) =>
            {
                return None;
            }
            // "said at the annual CPAC", "said his group rejects Lee's remarks": a name past
            // other words is no one the verb reaches, and what was said is not found.
            Arg::Mention(m)
                if !passive
                    && inverted.is_none()
                    && !reaches_name(ctx, s, t + len, out.mentions[m].span.start) =>
            {
                return None;
            }
            object => object,
        }
    } else {
        object_or_place(object, &qualifiers, &tr.relation_type)?
    };
    // "dismissed fears", "removed the tariffs": these verbs dismiss someone from a post only
    // when they reach someone.
    if matches!(tr.predicate.as_str(), "dismiss" | "remove")
        && !dismisses_someone(ctx, out, &object)
    {
        return None;
    }
    // "we’re joined by Roe": a subject pronoun, with its verb glued on, is no object.
    if let Arg::Literal(phrase) = &object
        && phrase.split(['\'', '’']).next().is_some_and(|w| {
            matches!(
                lower(w).as_ref(),
                "we" | "i" | "they" | "he" | "she" | "you"
            )
        })
        && !phrase.contains(' ')
    {
        return None;
    }
    // "wrote online, because …": where a report was made is not what it says.
    if tr.reporting
        && matches!(&object, Arg::Literal(phrase) if matches!(phrase.as_str(), "online" | "here" | "there"))
    {
        return None;
    }
    // "Roe added two campaign stops", "maintained a commanding lead": some reporting verbs
    // state something only with a clause after them (or before: "…, he added.").
    if tr.reporting
        && clause_after.is_none()
        && toks
            .get(t + len)
            .is_some_and(|x| matches!(x.kind, TokenKind::Word | TokenKind::Number))
        && ctx.ontology.reports_only_a_clause(&tr.predicate)
    {
        return None;
    }
    // "candidates who Democrats said ran as moderates": what was reported opens with its
    // verb, its subject being the relative pronoun before the reporter; it says nothing alone.
    // So with a name found further on: "an agreement that he said would include …".
    let opens_with_verb = |w: &str| {
        let w = lower(w);
        finite_or_auxiliary(ctx, &w)
    };
    if tr.reporting
        && match &object {
            // (A capitalised word is a name: "urges Planned Parenthood", "praise May".)
            Arg::Literal(phrase) => phrase
                .split_whitespace()
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase) && opens_with_verb(w)),
            _ => {
                !passive
                    && inverted.is_none()
                    && ctx.token(s, t + len).starts_with(char::is_lowercase)
                    && opens_with_verb(ctx.token(s, t + len))
            }
        }
    {
        return None;
    }
    // "describes gun violence as an intractable problem", "barred Acme from bidding": the
    // object with the phrase its verb needs, as for a subject-verb-object clause, when no
    // qualifier holds that phrase already ("blamed Roe for the delay" keeps its reason).
    let object = if inverted.is_none() && !passive {
        super::svo::with_verb_complement(
            ctx,
            out,
            s,
            toks[t + len - 1].span.end,
            &tr.predicate,
            object,
            &mut qualifiers,
            super::svo::WhenHeld::KeepQualifier,
        )
    } else {
        object
    };
    // "…, as Roe said they would": a clause cut down to its subject and auxiliary leaves out
    // what was said, which the sentence told before.
    // "was revealing himself", "explained themselves": nor does a reflexive pronoun alone
    // say anything.
    // "— something Roe said she expects": nor does a pronoun and its verb whose object stands
    // before the speaker.
    let object_before_speaker = || {
        ctx.token_from(s, out.mentions[subject].span.start)
            .checked_sub(1)
            .is_some_and(|k| {
                matches!(
                    ctx.lower_token(s, k),
                    "something" | "anything" | "everything" | "nothing" | "what" | "which"
                )
            })
    };
    if tr.reporting
        && matches!(&object, Arg::Literal(said)
            if cut_down_clause(said)
                || REFLEXIVE_PRONOUNS.contains(&lower(said).as_ref())
                || (pronoun_and_verb(ctx, said) && object_before_speaker()))
    {
        return None;
    }
    if tr.to_opponent
        && !qualifiers.contains_key("opponent")
        && let Some(opponent) = qualifiers.remove("destination")
    {
        qualifiers.insert("opponent".to_string(), opponent);
    }
    // "Roe said she would travel there on Monday": a date inside what was reported is the
    // reported act's, not when it was said.
    let sentence_end = toks[toks.len() - 1].span.end;
    let reported = match &object {
        Arg::Literal(phrase) if tr.reporting => {
            find_phrase(&text[toks[t].span.end..sentence_end], phrase)
                .map(|at| toks[t].span.end + at)
                .map(|at| ctx.token_from(s, at)..ctx.token_from(s, at + phrase.len()))
        }
        _ => None,
    };
    // "told Congress that he had never been to Tarsk": a place inside what was reported is
    // where the reported act happened, not where it was said; it stays (claims about troops
    // sent to Tarsk are compared by it) under a name that says so.
    // So is one past the end of the reported words, which go on describing what happened
    // ("stressed that it has shown restraint in the face of attacks, culminating in a death
    // in Tarsk"), unless where it was said is told there ("…, speaking in Tarsk").
    if let Some(reported) = &reported {
        for (key, reported_key) in REPORTED_PLACES {
            // ("said he would quit and praised the troops in Tarsk": past a verb joined after
            // the reported words the place is that verb's, not the report's at all.)
            if let Some(Arg::Mention(m)) = qualifiers.get(key)
                && let at = ctx.token_from(s, out.mentions[*m].span.start)
                && at >= reported.end
                && (reported.end..at).any(|k| {
                    joins_verb(ctx, s, k)
                        && ctx
                            .ontology
                            .verbs
                            .get(ctx.lower_token(s, k + 1))
                            .is_some_and(|f| !f.also_noun)
                })
            {
                qualifiers.remove(key);
                continue;
            }
            if let Some(Arg::Mention(m)) = qualifiers.get(key)
                && let at = ctx.token_from(s, out.mentions[*m].span.start)
                && (reported.contains(&at)
                    || (reported_clause.is_some()
                        && at >= reported.end
                        && !(reported.end..at).any(|k| {
                            matches!(
                                ctx.lower_token(s, k),
                                "speaking"
                                    | "addressing"
                                    | "visiting"
                                    | "during"
                                    | "speech"
                                    | "interview"
                                    | "conference"
                                    | "rally"
                                    | "meeting"
                                    | "hearing"
                            )
                        })))
                && let Some(place) = qualifiers.remove(key)
            {
                qualifiers.insert(reported_key.to_string(), place);
            }
        }
    }
    add_claimant_and_date(
        ctx,
        s,
        t,
        reported,
        &mut qualifiers,
        claimant,
        subject,
        &object,
    );
    if asked_of_someone_unnamed(ctx, out, s, t, subject) {
        return None;
    }
    // "Reuters quoted Roe as saying …": what Roe said is the statement, with Reuters its
    // claimant; that Roe was quoted adds nothing.
    if let Arg::Mention(m) = &object
        && let as_at = ctx.token_from(s, out.mentions[*m].span.end)
        && quoted_as_saying(ctx, out, s, as_at + 1, in_sentence).is_some_and(|(q, _)| q == *m)
    {
        return None;
    }
    // "speaking on CNN's “State of the Union”", "spoke on Fox News": a body right after
    // "spoke on" is where one spoke, a broadcaster, not what was spoken of.
    if let Arg::Mention(m) = &object
        && tr.predicate == "speak"
        && out.mentions[*m].entity_type == EntityType::Organization
        && ctx.lower_token(s, t + 1) == "on"
        && ctx.token_from(s, out.mentions[*m].span.start) == t + 2
    {
        return None;
    }
    mark_polarity_and_modality(ctx, s, t, !tr.reporting, &mut qualifiers);
    Some(RelationMention {
        subject,
        predicate: tr.predicate.clone(),
        relation_type: tr.relation_type.clone(),
        object,
        qualifiers,
        span: ctx.sentences[s].span.clone(),
        rule: if tr.reporting {
            RULE_REPORT
        } else {
            RULE_TRIGGER
        },
    })
}

/// Whether `clause` is only a subject pronoun and one or two auxiliaries or negations: "they
/// would", "it does not".
fn cut_down_clause(clause: &str) -> bool {
    let words: Vec<Cow<'_, str>> = clause.split_whitespace().map(lower).collect();
    (2..=3).contains(&words.len())
        && subject_pronoun(&words[0])
        && words[1..].iter().all(|w| {
            is_auxiliary(w) || negative_contraction(w) || matches!(w.as_ref(), "not" | "so")
        })
}

/// Whether `clause` is only a subject pronoun and a finite verb: "she expects".
fn pronoun_and_verb(ctx: &DocContext<'_>, clause: &str) -> bool {
    let mut words = clause.split_whitespace().map(lower);
    matches!(
        (words.next(), words.next(), words.next()),
        (Some(pronoun), Some(verb), None)
            if subject_pronoun(&pronoun) && ctx.ontology.is_finite_verb(&verb)
    )
}

/// Whether a reporting verb whose words end before token `from` takes the name starting at
/// byte `name_start` as its object (or as what it is about: "spoke of Roe"). A name past
/// another clause's words is no one the verb reaches: not past a verb, a pronoun, "that"
/// or a wh-word ("said his group rejects Lee's remarks", "said she would …", "described
/// how Roe …"), nor past a preposition other than one right after the verb ("said at the
/// annual Acme expo", but "spoke to Roe", "praised members of the Acme board").
fn reaches_name(ctx: &DocContext<'_>, s: usize, from: usize, name_start: usize) -> bool {
    let name_at = ctx.token_from(s, name_start);
    name_at <= from + 6
        && (from..name_at).all(|k| {
            let w = ctx.lower_token(s, k);
            if k == from && matches!(w, "of" | "about" | "on" | "to" | "with") {
                return true;
            }
            // ("his company rejects": a present or past form, even one that is also a noun,
            // is a verb past the first word.)
            let verb = ctx.ontology.verbs.get(w).is_some_and(|f| {
                w.ends_with("ing") || (k > from && (f.third || (f.past && !f.participle)))
            });
            ctx.sentences[s].tokens[k].kind == TokenKind::Word
                && !is_auxiliary(w)
                && !ctx.ontology.is_finite_verb(w)
                && !verb
                && !CLAUSE_OPENERS.contains(&w)
        })
}

/// Words that open a clause or a phrase of its own after a reporting verb, so that a name
/// past them is not the verb's object.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "who", "which", "whom", "whose", "how", "what", "whether", "if", "when", "where",
    "why", "while", "because", "since", "than", "and", "or", "but", "he", "she", "they", "it",
    "we", "i", "you", "at", "in", "during", "after", "before", "against", "from", "for", "by",
    "into", "as", "on", "to", "with", "about", "over", "under", "via",
];

/// The person named in apposition to a description with a title that follows token `from`:
/// "(met with) the recently elected chairwoman of Ruritania's assembly, Ana Roe, …".
fn titled_appositive(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    from: usize,
    in_sentence: &[usize],
) -> Option<usize> {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    let mut start = from;
    if matches!(ctx.token(s, start), "with" | "to") {
        start += 1;
    }
    if !matches!(
        ctx.lower_token(s, start),
        "the" | "a" | "an" | "its" | "their"
    ) {
        return None;
    }
    // The description runs to the first comma, with a title and no verb of its own.
    let comma = (start + 1..(start + 14).min(toks.len())).find(|&i| ctx.token(s, i) == ",")?;
    let titled = (start + 1..comma).any(|i| ctx.ontology.is_title(ctx.lower_token(s, i)));
    let verb = (start + 1..comma).any(|i| {
        let w = ctx.lower_token(s, i);
        is_auxiliary(w)
            || ctx
                .ontology
                .verbs
                .get(w)
                .is_some_and(|f| (f.third || f.past) && !f.participle)
    });
    if !titled || verb {
        return None;
    }
    let person = in_sentence.iter().copied().find(|&m| {
        toks.get(comma + 1)
            .is_some_and(|x| x.span.start == out.mentions[m].span.start)
            && out.mentions[m].entity_type == EntityType::Person
    })?;
    // Closed by a comma or the sentence's end: an apposition, not a list.
    let after = ctx.token(s, ctx.token_from(s, out.mentions[person].span.end));
    matches!(after, "," | "." | "")
        .then_some(person)
        .filter(|_| !text[toks[start].span.start..toks[comma].span.start].contains(['"', '“']))
}

/// "Some 37 countries could benefit from the plan, he said": what a report at the end of its
/// sentence is about is the subject of the clause before it, a name or the words before its
/// verb (a figure among them is the quantity).
fn reported_before(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    t: usize,
    len: usize,
    in_sentence: &[usize],
    qualifiers: &mut BTreeMap<String, Arg>,
) -> Option<Arg> {
    let toks = &ctx.sentences[s].tokens;
    // Nothing but a date or punctuation after the verb ("…, he said on Monday.").
    let rest_words = (t + len..toks.len())
        .filter(|&i| toks[i].kind == TokenKind::Word)
        .count();
    // ("…, he hoped to change that": an infinitive after the verb is what it reports.)
    if rest_words > 3
        || in_sentence
            .iter()
            .any(|&m| out.mentions[m].span.start >= toks[t].span.end)
        || infinitive_at(ctx, s, t + len)
    {
        return None;
    }
    // The speaker stands between a comma and the verb: "…, he said", "…, Mr Roe said".
    let comma = (t.saturating_sub(7)..t)
        .rev()
        .find(|&i| ctx.token(s, i) == ",")?;
    // ("…claims of harassment, which he denies": a relative clause's report is of the noun
    // it follows; "…to the camp, where he went on Monday": so is one of a place or a time;
    // "…, cutting Lee off before he could respond": a subordinate clause reports nothing
    // before it.)
    if (comma + 1..t).any(|i| {
        ctx.ontology.is_finite_verb(ctx.token(s, i))
            || toks[i].kind == TokenKind::Number
            || matches!(
                ctx.lower_token(s, i),
                "which" | "that" | "what" | "where" | "when" | "whom"
            )
            // ("…, as he said": "as" still refers back to it.)
            || (opens_subordinate_clause(ctx.token(s, i)) && ctx.lower_token(s, i) != "as")
    }) {
        return None;
    }
    // The speaker is named there too, not in the clause before the comma.
    let speaker_after_comma = matches!(ctx.lower_token(s, t - 1), "he" | "she")
        || in_sentence.iter().any(|&m| {
            out.mentions[m].span.start > toks[comma].span.end
                && out.mentions[m].span.end <= toks[t].span.start
                && can_act(out.mentions[m].entity_type)
        });
    // Quoted speech is the quote extractor's; words quoted after the verb are what it
    // reports (", but he responded “rather darkly.”").
    if !speaker_after_comma
        || (0..t).any(|i| is_quote_mark(ctx, s, i) || out.quoted(toks[i].span.start))
        || (t + len..toks.len()).any(|i| is_quote_mark(ctx, s, i))
    {
        return None;
    }
    clause_before(ctx, out, s, comma, in_sentence, qualifiers)
}

/// What the clause before the comma at token `comma` reports, its speaker named after the
/// comma: the clause itself, about the name that opens it or stands before its verb.
fn clause_before(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    comma: usize,
    in_sentence: &[usize],
    qualifiers: &mut BTreeMap<String, Arg>,
) -> Option<Arg> {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    // Quoted speech is the quote extractor's; a clause may quote words after its own
    // ('Many believe that "the country is broken," reports Acme'), and then the phrase ends
    // with the closing mark after the comma.
    let opens_quoted = toks.first().is_some_and(|x| x.kind == TokenKind::Quote);
    if opens_quoted || (0..comma).any(|i| out.quoted(toks[i].span.start)) {
        return None;
    }
    let mut start = 0;
    while start < comma
        && matches!(
            ctx.lower_token(s, start),
            "but" | "and" | "so" | "yet" | "however" | ","
        )
    {
        start += 1;
    }
    // "Critics say that the plan fails, a charge Roe rejected": what was rejected is the
    // charge, not who made it ("Acme believes that …, the paper reported" reports the belief).
    let noun_after_comma = matches!(ctx.lower_token(s, comma + 1), "a" | "an")
        && ctx.token(s, comma + 2).starts_with(char::is_lowercase);
    let mut charged = false;
    if noun_after_comma
        && let Some(that) = (start + 1..(start + 9).min(comma)).find(|&k| {
            // ("Some critics have long said that …": past the verb's auxiliaries.)
            let mut verb_group = k - 1;
            while verb_group > start && {
                let w = ctx.lower_token(s, verb_group - 1);
                is_auxiliary(w) || ADVERBS_IN_VERB_GROUP.contains(&w)
            } {
                verb_group -= 1;
            }
            ctx.token(s, k) == "that"
                && reports_at(ctx, s, k - 1)
                && (start..verb_group).all(|j| {
                    ctx.sentences[s].tokens[j].kind == TokenKind::Word
                        && !finite_or_auxiliary(ctx, ctx.lower_token(s, j))
                })
        })
    {
        start = that + 1;
        charged = true;
    }
    // A clause with a verb of its own, not a condition or an aside ("If it rains, …", "In
    // Tarsk, …"), and short enough to be one statement. (In a reported charge, a form that
    // is also a noun is the verb after a capitalised name: "that Acme censors its critics".)
    let verb = (start..comma).find(|&i| {
        let w = ctx.lower_token(s, i);
        finite_or_auxiliary(ctx, w)
            || (charged
                && i > start
                && ctx.token(s, i - 1).starts_with(char::is_uppercase)
                && ctx.ontology.verbs.get(w).is_some_and(|f| f.third || f.past))
    })?;
    if verb == start
        || comma - start > MAX_REPORTED_CLAUSE_ABOUT_NAME
        || opens_subordinate_clause(ctx.token(s, start))
        || OBJECT_STOP.contains(&ctx.lower_token(s, start))
    {
        return None;
    }
    let mut phrase = text[toks[start].span.start..toks[comma - 1].span.end].to_string();
    if let Some(mark) = mark_closed_after(ctx, s, start, comma) {
        phrase.push_str(mark);
    }
    if !says_something(&phrase) {
        return None;
    }
    // "The Acme Fund will …, he said": the report is about a name before the verb.
    if let Some(m) = in_sentence
        .iter()
        .copied()
        .find(|&m| (start..verb).contains(&ctx.token_from(s, out.mentions[m].span.start)))
    {
        qualifiers.insert("about".to_string(), Arg::Mention(m));
    }
    if let Some((qi, (amount, written, next))) =
        (start..comma).find_map(|i| parse_quantity(ctx, s, i).map(|q| (i, q)))
    {
        if add_quantity(ctx, s, qi, amount, written, qualifiers)
            && let Some(noun) = counted_noun(ctx, s, next)
        {
            qualifiers.insert("unit".to_string(), Arg::Literal(noun.to_string()));
        }
    }
    Some(Arg::Literal(phrase))
}

/// The comma closing an aside right before a verb, in the noun phrase that starts at token
/// `from`: "the launch of the satellite, named after its founder, was …". Only words stand
/// between the phrase's first comma and the closing one.
fn aside_before_verb(ctx: &DocContext<'_>, s: usize, from: usize) -> Option<usize> {
    let toks = &ctx.sentences[s].tokens;
    let open = (from + 1..(from + 12).min(toks.len())).find(|&i| ctx.token(s, i) == ",")?;
    if (from..open).any(|i| {
        let w = ctx.lower_token(s, i);
        is_auxiliary(w) || ctx.ontology.is_finite_verb(w) && !w.ends_with("ed")
    }) {
        return None;
    }
    let close = (open + 1..(open + 14).min(toks.len())).find(|&i| {
        matches!(ctx.token(s, i), "," | ";" | ":" | "." | "(" | ")")
            || toks[i].kind == TokenKind::Quote
    })?;
    let after = ctx.lower_token(s, close + 1);
    (ctx.token(s, close) == ","
        && (open + 1..close).all(|i| toks[i].kind == TokenKind::Word)
        && (is_auxiliary(after) || ctx.ontology.verbs.get(after).is_some_and(|f| f.third)))
    .then_some(close)
}

/// When the reporting verb before token `from` asks or expects something of someone it names
/// next, with an infinitive ("urged members to back the plan", "expects the economy to
/// grow"), the infinitive's "to". What it reports is that someone with the infinitive, whole.
fn asked_infinitive(ctx: &DocContext<'_>, s: usize, from: usize) -> Option<usize> {
    let toks = &ctx.sentences[s].tokens;
    let takes_infinitive = from
        .checked_sub(1)
        .and_then(|v| ctx.reporting_lemma(s, v))
        .is_some_and(|lemma| {
            ASKING_VERBS.contains(&lemma) || OBJECT_INFINITIVE_REPORTS.contains(&lemma)
        });
    let asks_someone = takes_infinitive
        && from < toks.len()
        && toks[from].kind == TokenKind::Word
        && !OBJECT_STOP.contains(&ctx.lower_token(s, from))
        // ("asked not to have a memorial": no one is named.)
        && !matches!(ctx.lower_token(s, from), "not" | "never");
    if !asks_someone {
        return None;
    }
    // The words of a noun phrase, then "to" and a verb.
    (from + 1..(from + 8).min(toks.len()))
        .find(|&i| {
            let w = ctx.lower_token(s, i);
            toks[i].kind != TokenKind::Word
                || ctx.ontology.is_finite_verb(w)
                || is_auxiliary(w)
                || OBJECT_STOP.contains(&w)
        })
        // ("urged Roe, D-Ore., to delay the hearing": past a short aside.)
        .map(|i| past_aside(ctx, s, i))
        .filter(|&to| infinitive_at(ctx, s, to))
}

/// Whether `object`, of a verb that may dismiss, is someone who can be dismissed: a person or a
/// body named, a pronoun, or a phrase headed by a title or a word for staff ("the coach", "200
/// workers", "the government").
fn dismisses_someone(ctx: &DocContext<'_>, out: &Extraction, object: &Arg) -> bool {
    match object {
        Arg::Mention(m) => matches!(
            out.mentions[*m].entity_type,
            EntityType::Person | EntityType::Organization
        ),
        Arg::Literal(phrase) => phrase.split_whitespace().next_back().is_some_and(|head| {
            let head = lower(head);
            // ("its chief executive": a title of two words.)
            let last_two = phrase
                .rfind(' ')
                .and_then(|i| phrase[..i].rfind(' '))
                .map_or(phrase.as_str(), |i| &phrase[i + 1..]);
            ctx.ontology.is_title_or_plural(&head)
                || ctx.ontology.is_title_or_plural(last_two)
                || matches!(
                    head.as_ref(),
                    "him"
                        | "her"
                        | "them"
                        | "himself"
                        | "herself"
                        | "themselves"
                        | "staff"
                        | "employees"
                        | "workers"
                        | "people"
                        | "players"
                        | "government"
                        | "regime"
                        | "board"
                        | "cabinet"
                )
        }),
        _ => false,
    }
}

/// Where the clause told starts after a named listener with no "that": "told the BBC Roe had
/// always backed the plan", "told Tarsk Radio's Morning programme the plan was dead". The
/// listener is a person or a body named right after the verb, or capitalised words after
/// "the"; the clause opens with another name or a determiner, its verb within a few words.
fn listener_then_clause(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    in_sentence: &[usize],
    from: usize,
) -> Option<usize> {
    let toks = &ctx.sentences[s].tokens;
    let start = if ctx.lower_token(s, from) == "the" {
        from + 1
    } else {
        from
    };
    let named_at = |k: usize, types: &[EntityType]| {
        toks.get(k).and_then(|tok| {
            in_sentence
                .iter()
                .map(|&m| &out.mentions[m])
                .find(|m| m.span.start == tok.span.start && types.contains(&m.entity_type))
        })
    };
    let capitalised = |i: usize| {
        toks.get(i).is_some_and(|x| {
            x.kind == TokenKind::Word && x.text(ctx.text()).starts_with(char::is_uppercase)
        })
    };
    // ("told the Herald": a newspaper's name the entity extractor left untyped; "told Radio
    // 4's Today programme": a broadcaster's, before its number or programme.)
    // ("told America the party was …": a country's people listen too.)
    let mut k = match named_at(
        start,
        &[
            EntityType::Organization,
            EntityType::Person,
            EntityType::Country,
        ],
    ) {
        Some(listener) => ctx.token_from(s, listener.span.end),
        None if capitalised(start) => {
            let end = (start..(start + 4).min(toks.len())).find(|&i| !capitalised(i))?;
            let programme =
                toks[end].kind == TokenKind::Number || matches!(ctx.token(s, end), "'s" | "’s");
            if start == from && !programme {
                return None;
            }
            end
        }
        None => return None,
    };
    // "Tarsk Radio 4's Morning programme": a programme of the broadcaster's.
    if toks.get(k).is_some_and(|x| x.kind == TokenKind::Number) {
        k += 1;
    }
    if matches!(ctx.token(s, k), "'s" | "’s") {
        k += 1;
        while capitalised(k) {
            k += 1;
        }
        if matches!(ctx.lower_token(s, k), "programme" | "program" | "show") {
            k += 1;
        }
    }
    let verb_at = |i: usize| {
        let w = ctx.lower_token(s, i);
        finite_or_auxiliary(ctx, w) || negative_contraction(w)
    };
    // ("told the FBI Mr. Roe was desperate": the clause's subject may have an honorific.)
    let subject = (k..(k + 3).min(toks.len())).find_map(|at| {
        named_at(
            at,
            &[
                EntityType::Person,
                EntityType::Organization,
                EntityType::Country,
            ],
        )
        .filter(|_| with_honorific(ctx, s, at) == k)
    });
    let opens_clause = if let Some(subject) = subject {
        verb_at(ctx.token_from(s, subject.span.end))
    } else if matches!(
        ctx.lower_token(s, k),
        "there" | "he" | "she" | "it" | "they" | "we"
    ) {
        // "told Radio 4's Today programme there was no possibility …".
        verb_at(k + 1)
    } else {
        // A noun phrase and its verb: "told the BBC the plan had failed", "told Reuters his
        // concern was cost"; a bare noun right before an auxiliary or a past form too ("told
        // the BBC progress had been made").
        let w = ctx.lower_token(s, k);
        let determined = (matches!(w, "the" | "a" | "an") || possessive_determiner(w))
            && (k + 2..(k + 5).min(toks.len()))
                .take_while(|&i| toks[i - 1].kind == TokenKind::Word && !verb_at(i - 1))
                .any(verb_at);
        // A lower-case word that may open a noun phrase.
        let noun_opens = toks.get(k).is_some_and(|x| {
            x.kind == TokenKind::Word
                && x.text(ctx.text()).starts_with(char::is_lowercase)
                && !verb_at(k)
                && !OBJECT_STOP.contains(&w)
                && !PREPOSITIONS_NOT_IN_OBJECT_STOP.contains(&w)
        });
        let bare = noun_opens && {
            let next = ctx.lower_token(s, k + 1);
            is_auxiliary(next) || ctx.ontology.verbs.get(next).is_some_and(|f| f.past)
        };
        // "told the Tarsk Times heavy-handed tactics from police have alienated people": a
        // bare plural and the words after it up to an auxiliary.
        let plural_subject = noun_opens
            && !ly_adverb(ctx, w)
            && (k + 1..(k + 7).min(toks.len()))
                .take_while(|&i| toks[i - 1].kind == TokenKind::Word && !verb_at(i - 1))
                .find(|&i| verb_at(i))
                .is_some_and(|i| {
                    is_auxiliary(ctx.lower_token(s, i))
                        && (k..i).any(|j| {
                            let w = ctx.lower_token(s, j);
                            w.ends_with('s')
                                && !w.ends_with("ss")
                                && ctx.ontology.common_words.contains(w)
                        })
                        && !possessive_determiner(ctx.lower_token(s, i - 1))
                });
        determined || bare || plural_subject
    };
    opens_clause.then_some(k)
}

/// "denied they carried out the strike": the tokens of the reported clause after a verb, to
/// the end of its clause, when it has a verb of its own. Unless the verb reports a `bare`
/// clause, the clause needs "that" ("praised Roe and Lee signed").
fn reported_clause_after(
    ctx: &DocContext<'_>,
    s: usize,
    from: usize,
    bare: bool,
) -> Option<Range<usize>> {
    let toks = &ctx.sentences[s].tokens;
    // "suggested the president reopen the government": a verb that asks for something takes
    // a clause with its verb in the base form.
    let asks_for = from
        .checked_sub(1)
        .and_then(|v| ctx.reporting_lemma(s, v))
        .is_some_and(|lemma| MANDATIVE_VERBS.contains(&lemma));
    let asked_infinitive = asked_infinitive(ctx, s, from);
    let asked_to = asked_infinitive.is_some();
    let asked_from = from;
    let mut from = from;
    // "said later she should not have", "has said repeatedly that": an adverb of the saying
    // before the clause's "that" or subject ("said nearly 300 died" keeps its "nearly", and
    // "believes only he can" its "only").
    let adverb_of_saying = |w: &str| {
        matches!(
            w,
            "later"
                | "again"
                | "afterwards"
                | "afterward"
                | "earlier"
                | "also"
                | "online"
                | "outright"
                | "flatly"
                | "today"
                | "yesterday"
        ) || (w != "only" && ly_adverb(ctx, w))
    };
    // "announced earlier this month it would close", "said later that day the plant would":
    // the adverb leads the period.
    if matches!(ctx.lower_token(s, from), "earlier" | "later")
        && (names_a_period(ctx.lower_token(s, from + 2)) || ctx.lower_token(s, from + 2) == "day")
    {
        match ctx.lower_token(s, from + 1) {
            "last" | "this" => from += 1,
            "that" => from += 3,
            _ => {}
        }
    }
    // ("would say only that …": "only" before "that" limits the saying.)
    if (adverb_of_saying(ctx.lower_token(s, from))
        && matches!(
            ctx.lower_token(s, from + 1),
            "that" | "he" | "she" | "it" | "they" | "we" | "i" | "there"
        ))
        || (ctx.lower_token(s, from) == "only" && ctx.lower_token(s, from + 1) == "that")
    {
        from += 1;
    }
    // "said later Monday that …", "emphasized again Wednesday his belief": an adverb of the
    // saying before the day it was said.
    if matches!(
        ctx.lower_token(s, from),
        "later" | "earlier" | "again" | "also"
    ) && crate::text::WEEKDAYS.contains(&ctx.lower_token(s, from + 1))
    {
        from += 1;
    }
    // "said last Thursday he would resign", "stated last October that": a day, month or
    // period before the clause is when it was said.
    if matches!(ctx.lower_token(s, from), "last" | "this" | "next")
        && (names_a_period(ctx.lower_token(s, from + 1))
            || crate::text::MONTHS.contains(&ctx.lower_token(s, from + 1)))
        && !matches!(ctx.token(s, from + 2), "'s" | "’s" | "that")
    {
        from += 2;
    }
    // "announced moments ago that", "said two days ago the plant would close": a span of time
    // before "ago" is when it was said.
    if let Some(ago) = (from + 1..(from + 4).min(toks.len())).find(|&k| {
        ctx.lower_token(s, k) == "ago"
            && (from..k).all(|j| {
                matches!(toks[j].kind, TokenKind::Word | TokenKind::Number)
                    && !finite_or_auxiliary(ctx, ctx.lower_token(s, j))
                    && !subject_pronoun(ctx.lower_token(s, j))
            })
    }) {
        from = ago + 1;
    }
    // "said on Friday the plant would close": the day it was said, before a clause with no
    // "that".
    if ctx.lower_token(s, from) == "on"
        && crate::text::WEEKDAYS.contains(&ctx.lower_token(s, from + 1))
        && !matches!(ctx.token(s, from + 2), "'s" | "’s" | "that")
    {
        from += 1;
    }
    // "said Friday that …", "told reporters that …": when or to whom it was said comes first.
    let first = ctx.lower_token(s, from);
    // ("said today's vote was …": a possessive day opens what was said.)
    if (when_or_to_whom(first) && !matches!(ctx.token(s, from + 1), "'s" | "’s"))
        || matches!(first, "him" | "them" | "us" | "me")
    {
        from += 1;
        // "said Monday night that …".
        if crate::text::WEEKDAYS.contains(&first)
            && matches!(
                ctx.lower_token(s, from),
                "night" | "morning" | "afternoon" | "evening"
            )
        {
            from += 1;
        }
    }
    // "said on Friday that", "said last week that": a time phrase before "that".
    if let Some(that) = (from + 1..(from + 4).min(ctx.sentences[s].tokens.len())).find(|&i| {
        ctx.token(s, i) == "that"
            && matches!(first, "on" | "last" | "this" | "earlier" | "late")
            && (from + 1..i).all(|k| {
                let w = ctx.lower_token(s, k);
                when_or_to_whom(w)
                    || crate::text::MONTHS.contains(&w)
                    || matches!(
                        w,
                        "week" | "month" | "year" | "night" | "morning" | "afternoon" | "evening"
                            // "said earlier on Friday that"
                            | "on"
                            | "in"
                            | "the"
                            | "day"
                    )
            })
    }) {
        from = that;
    }
    // "wrote in a blog post on Friday that …", "said later in the show that …", "conceded
    // toward the end of the seven hours of testimony that …", "said publicly after the debate
    // that …": a prepositional phrase, after an adverb of the saying or not, before "that".
    let phrase_from = if adverb_of_saying(ctx.lower_token(s, from)) {
        from + 1
    } else {
        from
    };
    if matches!(
        ctx.lower_token(s, phrase_from),
        "in" | "on"
            | "at"
            | "during"
            | "to"
            | "throughout"
            | "after"
            | "before"
            | "over"
            | "via"
            | "toward"
            | "towards"
    ) && !(infinitive_at(ctx, s, phrase_from)
        && ctx
            .token(s, phrase_from + 1)
            .starts_with(char::is_lowercase))
        && let Some(that) = (phrase_from + 1..(phrase_from + 11).min(toks.len())).find(|&i| {
            ctx.token(s, i) == "that"
                && (phrase_from + 1..i).all(|k| {
                    matches!(toks[k].kind, TokenKind::Word | TokenKind::Number)
                        && !ctx.ontology.is_finite_verb(ctx.token(s, k))
                        && !is_auxiliary(ctx.lower_token(s, k))
                        // ("declined to comment on whether that action is …": "that" is a
                        // determiner in the question.)
                        && !matches!(ctx.lower_token(s, k), "whether" | "if")
                })
        })
        // ("responded to claims that he had …", "talking to reporters about a report that
        // …": the clause is what the noun after "to" or "about" states; "said in a report
        // that …" says where it was said.)
        && !(ctx.token(s, that - 1).starts_with(char::is_lowercase)
            && ctx
                .ontology
                .takes_complement(ctx.lower_token(s, that - 1), "that")
            && (phrase_from..that - 1)
                .rev()
                .map(|k| ctx.lower_token(s, k))
                .find(|w| OBJECT_STOP.contains(w) || PREPOSITIONS_NOT_IN_OBJECT_STOP.contains(w))
                .is_some_and(|w| matches!(w, "to" | "about")))
    {
        from = that;
    }
    // ("notes that's more than …": "that" is the subject there.)
    let after_that =
        !asked_to && ctx.token(s, from) == "that" && !matches!(ctx.token(s, from + 1), "'s" | "’s");
    let start = if asked_to {
        asked_from
    } else if after_that {
        from + 1
    } else if bare {
        from
    } else {
        return None;
    };
    // "says according to the agency's website, the agency is now …": the source the
    // reporter cites opens the clause; what was said follows its comma.
    let start = if ctx.lower_token(s, start) == "according" && ctx.lower_token(s, start + 1) == "to"
    {
        (start + 2..(start + 14).min(toks.len()))
            .find(|&k| ctx.token(s, k) == ",")
            .map_or(start, |comma| comma + 1)
    } else {
        start
    };
    // "talks, which officials said they expected would resume": a verb of thinking right
    // before a modal has lost its clause's subject to the relative pronoun before the report,
    // so what follows is no whole clause.
    if subject_pronoun(ctx.lower_token(s, start))
        && ctx.reporting_lemma(s, start + 1).is_some()
        && (POSSIBILITY_MODALS.contains(&ctx.lower_token(s, start + 2))
            || FUTURE_MODALS.contains(&ctx.lower_token(s, start + 2)))
    {
        return None;
    }
    // Quotation marks inside the clause ("it was “unwise” to …") do not end it, nor does a
    // comma inside a quotation ("would stop “rent, rip and return”"); "but" opens another
    // clause ("… for farmers but on Friday said …").
    let mut quoted = false;
    // "said Senator Roe (D., N.Y.) would …": a party label's commas and stops stay inside.
    let mut bracketed = false;
    // "said that Roe, who died in 2001, would have …": a relative clause between commas
    // stays inside.
    let mut relative_until = 0;
    // "said the launch, named after its founder, was a success": an aside closed right before
    // the clause's verb stays inside too.
    if let Some(close) = aside_before_verb(ctx, s, start) {
        relative_until = close;
    }
    // "urged Roe, D-Ore., to delay the hearing": so does an aside before the infinitive.
    if let Some(to) = asked_infinitive
        && ctx.token(s, to - 1) == ","
    {
        relative_until = relative_until.max(to - 1);
    }
    // "says the Church opposes it (it never officially has)": a bracketed clause is the
    // writer's aside and ends what was reported.
    // ("China (which has suffered most) had a hand": a relative aside stays inside.)
    let bracketed_clause = |open: usize| {
        !matches!(ctx.lower_token(s, open + 1), "which" | "who")
            && (open + 1..(open + 20).min(toks.len()))
                .take_while(|&k| ctx.token(s, k) != ")")
                .any(|k| {
                    let w = ctx.lower_token(s, k);
                    finite_or_auxiliary(ctx, w)
                })
    };
    // "noted Roe has served and said the mayor thinks …": a past reporting verb after "and"
    // is the reporter's next predicate.
    // ("and accused the president": a past form in -ed that is also a noun is the verb after
    // "and".)
    // ("maintains the behavior was wrong and promises to act": in the present, a third-person
    // form after a reporting verb in that form.)
    let reports_in_present = asked_from > 0
        && ctx.reporting_lemma(s, asked_from - 1).is_some()
        && ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, asked_from - 1))
            .is_some_and(|f| f.third);
    let reporter_joined = |i: usize| {
        ctx.token(s, i) == "and"
            && ctx.reporting_lemma(s, i + 1).is_some()
            && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, i + 1))
                .is_some_and(|f| {
                    (f.past && (!f.also_noun || ctx.token(s, i + 1).ends_with("ed")))
                        || (f.third && reports_in_present)
                })
    };
    // "declared the law “dead” and suspended it", "argued against a strike and was
    // overruled": after words with no verb of their own, a past verb or an auxiliary joined
    // by "and" is the reporter's next predicate, and what went before is no clause (but may
    // be a noun phrase).
    // (An auxiliary counts only after a phrase opened by an adverb or a preposition: "said
    // his country supports the strikes and could …" hides its verb from this test.)
    let opens_with_phrase = {
        let first = ctx.lower_token(s, start);
        ly_adverb(ctx, first)
            || OBJECT_STOP.contains(&first)
            || PREPOSITIONS_NOT_IN_OBJECT_STOP.contains(&first)
    };
    // ("denied the allegations and on Monday defended his record": an adverb or a phrase of
    // time may stand between "and" and that verb.)
    let after_and = |i: usize| {
        let mut j = i + 1;
        if matches!(
            ctx.lower_token(s, j),
            "on" | "last" | "this" | "later" | "earlier"
        ) && (j + 1 < toks.len()
            && (crate::text::WEEKDAYS.contains(&ctx.lower_token(s, j + 1))
                || matches!(
                    ctx.lower_token(s, j + 1),
                    "week" | "month" | "year" | "night" | "day"
                )))
        {
            j += 2;
        }
        while adverb_before_verb(ctx.lower_token(s, j)) {
            j += 1;
        }
        j
    };
    let reporter_acts = |i: usize| {
        ctx.token(s, i) == "and"
            && ({
                let verb = after_and(i);
                verb_with_object_after(ctx, s, verb)
                    // ("told the judge four men and says two now": a reporting verb needs no
                    // object after it.)
                    || (ctx.ontology.is_finite_verb(ctx.lower_token(s, verb))
                        && reports_at(ctx, s, verb))
            } || (opens_with_phrase && is_auxiliary(ctx.lower_token(s, i + 1))))
            && !(start..i).any(|k| {
                let v = ctx.lower_token(s, k);
                // ("the proposed law": a form after an article is an adjective.)
                let adjective = k > 0 && {
                    let before = ctx.lower_token(s, k - 1);
                    matches!(before, "the" | "a" | "an") || possessive_determiner(before)
                };
                is_auxiliary(v) || (ctx.ontology.is_finite_verb(v) && !adjective)
            })
    };
    // "notes that the killings came at a bad time and raises the prospect …": a verb in the
    // reporter's present after "and", where the clause has told of the past, is the
    // reporter's next predicate.
    let reporter_present_again = |i: usize| {
        reports_in_present
            && ctx.token(s, i) == "and"
            && {
                let verb = after_and(i);
                ctx.ontology
                    .verbs
                    .get(ctx.lower_token(s, verb))
                    .is_some_and(|f| f.third && !f.past)
                    && (determiner_or_possessive(ctx.lower_token(s, verb + 1))
                        || ctx.lower_token(s, verb + 1) == "that")
            }
            && (start..i).any(|k| {
                ctx.ontology
                    .verbs
                    .get(ctx.lower_token(s, k))
                    .is_some_and(|f| f.past && !f.participle && !f.also_noun)
            })
            && !(start..i).any(|k| {
                let w = ctx.lower_token(s, k);
                matches!(w, "is" | "are" | "has" | "have" | "does" | "do")
                    || ctx
                        .ontology
                        .verbs
                        .get(w)
                        .is_some_and(|f| f.third && !f.also_noun)
            })
    };
    // "said Tarsk had “fired missiles at Oskol,” adding …": a reporting verb's -ing form after
    // a comma, or after a quotation mark closed after a comma, is the reporter's next
    // predicate.
    let reporter_adds = |i: usize| {
        i > start + 1
            && follows_comma(ctx, s, i)
            && ctx.token(s, i).ends_with("ing")
            && ctx.reporting_lemma(s, i).is_some()
    };
    // "countered that no industry has “absolute immunity,” and invoked the shooting": a past
    // verb after a comma closed inside a quotation and "and" has no subject of its own, so it
    // is the reporter's next predicate (a comma outside the marks ends the clause anyway).
    let reporter_goes_on = |i: usize| {
        i > start + 2
            && ctx.token(s, i) == "and"
            && is_quote_mark(ctx, s, i - 1)
            && ctx.token(s, i - 2) == ","
            && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, i + 1))
                .is_some_and(|f| f.past && !f.also_noun)
    };
    let other_report = |i: usize| i > start + 1 && opens_other_report(ctx, s, start, i);
    // "declared the war on poverty lost saying, “…”": a reporting participle before what it
    // reports ends the clause, comma or none.
    // (Only the participles that add a statement, after a content word: "by not mentioning
    // that", "those warning that", "were saying:" and "earlier saying that" go on with the
    // clause.)
    let reporting_participle = |i: usize| {
        let before = ctx.lower_token(s, i - 1);
        i > start + 2
            && ctx.ontology.continues_statement(ctx.lower_token(s, i))
            && (matches!(ctx.token(s, i + 1), "that" | "," | ":") || is_quote_mark(ctx, s, i + 1))
            && toks[i - 1].kind == TokenKind::Word
            && !is_auxiliary(before)
            && !OBJECT_STOP.contains(&before)
            && !ADVERBS_IN_VERB_GROUP.contains(&before)
            && !matches!(before, "those" | "earlier" | "later" | "people" | "others")
            && !ly_adverb(ctx, before)
    };
    // "noted that the couple has “different styles,” she added": a pronoun and a reporting
    // verb after a quotation closed past a comma report anew.
    // "declared victory saying she was “done”": after a noun phrase with no verb of its own,
    // a reporting participle and a subject pronoun with its verb report anew.
    let reporter_says_anew = |i: usize| {
        i > start
            && ctx.ontology.continues_statement(ctx.lower_token(s, i))
            && subject_pronoun(ctx.lower_token(s, i + 1))
            && finite_or_auxiliary(ctx, ctx.lower_token(s, i + 2))
            && toks[i - 1].kind == TokenKind::Word
            && !(start..i).any(|k| finite_or_auxiliary(ctx, ctx.lower_token(s, k)))
    };
    let reported_anew = |i: usize| {
        i > start + 2
            && is_quote_mark(ctx, s, i - 1)
            && ctx.token(s, i - 2) == ","
            && subject_pronoun(ctx.lower_token(s, i))
            && reports_at(ctx, s, i + 1)
    };
    // "has maintained he did nothing wrong and has moved to discredit …": the reporter's
    // own perfect auxiliary after "and", before a participle, is the reporter's next
    // predicate.
    let reporter_perfect = asked_from
        .checked_sub(2)
        .map(|k| ctx.lower_token(s, k))
        .filter(|w| matches!(*w, "has" | "have" | "had"));
    let reporter_perfect_again = |i: usize| {
        ctx.token(s, i) == "and"
            && reporter_perfect.is_some_and(|aux| ctx.lower_token(s, i + 1) == aux)
            && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, i + 2))
                .is_some_and(|f| f.participle)
    };
    // "noted the importance of reform and he said …": a pronoun and a reporting verb after
    // "and" report again; "suggesting that she was on leave and subsequently threatening to
    // …": so does the -ing form of a reporter's -ing verb.
    // (Only an -ing form that takes an object or an infinitive: "protracted and damaging to
    // the business" is an adjective's.)
    let acts_again = |j: usize| {
        participle_clause_at(ctx, s, j)
            && (infinitive_at(ctx, s, j + 1)
                || ctx.token(s, j + 1).starts_with(char::is_uppercase)
                || determiner_or_possessive(ctx.lower_token(s, j + 1))
                || OBJECT_PRONOUNS.contains(&ctx.lower_token(s, j + 1)))
    };
    let reports_again = |i: usize| {
        ctx.token(s, i) == "and"
            && i > start + 1
            && ((matches!(ctx.lower_token(s, i + 1), "he" | "she") && reports_at(ctx, s, i + 2))
                || (asked_from > 0
                    && ctx.token(s, asked_from - 1).ends_with("ing")
                    && acts_again(after_and(i))))
    };
    // The reporter's next report or predicate: it ends what was reported and leaves it whole.
    // (`reporter_acts`, a verb after "and", ends it too, but a clause cut there is not kept:
    // taken whole, it gave wrong objects.)
    // "said that she hoped the plan works and that she would stay": "and that" after a clause
    // opened without "that", inside one a report opened with "that", joins the outer clause
    // ("said the plan works and that she would stay" is one report).
    // ("announced that …, but two days later said X and that Y": not past "but".)
    // (Scanned only at an "and that": the end search asks at every token.)
    let inside_that_clause = || {
        (1..asked_from.saturating_sub(1)).any(|k| {
            ctx.token(s, k) == "that"
                && reports_at(ctx, s, k - 1)
                && !(k..asked_from).any(|j| matches!(ctx.lower_token(s, j), "but" | ";"))
        })
    };
    let joins_outer_clause = |i: usize| {
        !asked_to
            && !after_that
            && i > start + 1
            && ctx.token(s, i) == "and"
            && ctx.lower_token(s, i + 1) == "that"
            && inside_that_clause()
    };
    let reports_on = |i: usize| {
        joins_outer_clause(i)
            || reporter_adds(i)
            || reporter_goes_on(i)
            || reported_anew(i)
            || other_report(i)
            || reporting_participle(i)
            || reporter_says_anew(i)
            || reports_again(i)
            || reporter_perfect_again(i)
    };
    // ("does not think it fair, though she said she would cooperate": a concession after a
    // comma is the writer's next clause.)
    // "Even as", "even though" and "even if" open one as well ("said the plant will reopen,
    // even as officials warned of delays").
    // (", according to an interview …": nor does the writer's source after a comma belong to
    // it.)
    let concession = |i: usize| {
        (matches!(ctx.lower_token(s, i), "though" | "although" | "whereas")
            || (ctx.lower_token(s, i) == "even"
                && matches!(ctx.lower_token(s, i + 1), "as" | "though" | "if"))
            || (ctx.lower_token(s, i) == "according" && ctx.lower_token(s, i + 1) == "to"))
            && follows_comma(ctx, s, i)
    };
    // 'said that "all options are on the table" after Tarsk fired a missile': a clause that
    // is one quotation ends with it before a subordinator; what follows is the writer's.
    let after_whole_quotation = |i: usize| quotation_then_subordinator(ctx, s, start, i);
    let end = (start..toks.len())
        .find(|&i| {
            if ctx.token(s, i) == "(" && bracketed_clause(i) {
                return true;
            }
            track_quotation(ctx.token(s, i), &mut quoted);
            match ctx.token(s, i) {
                "(" => bracketed = true,
                ")" => bracketed = false,
                _ => {}
            }
            // ("said Acme sent cars to Tarsk, which is a hub, and Lee agreed": the comma that
            // closes an aside ends the clause when "and" or "but" opens a clause with a
            // subject of its own after it.)
            if ctx.token(s, i) == ","
                && matches!(ctx.lower_token(s, i + 1), "who" | "which")
                && let Some(close) =
                    (i + 2..(i + 16).min(toks.len())).find(|&k| ctx.token(s, k) == ",")
            {
                let own_subject = matches!(ctx.lower_token(s, close + 1), "and" | "but")
                    && (ctx.lower_token(s, close + 2) == "that"
                        || (!finite_or_auxiliary(ctx, ctx.lower_token(s, close + 2))
                            && (close + 3..(close + 7).min(toks.len()))
                                .take_while(|&k| ctx.token(s, k) != ",")
                                .any(|k| finite_or_auxiliary(ctx, ctx.lower_token(s, k)))));
                relative_until = if own_subject { close - 1 } else { close };
            }
            // "believes the plan — chiefly its new pier — is sound": an aside
            // between dashes before the clause's verb stays inside, however long ("said
            // the bills -- a cap on rents, a tax on land and a ban on … -- must be read").
            if i > relative_until
                && (matches!(ctx.token(s, i), "—" | "–") || spaced_dash(ctx, s, i))
                && let Some(close) = (i + 2..(i + 32).min(toks.len()))
                    .find(|&k| matches!(ctx.token(s, k), "—" | "–") || spaced_dash(ctx, s, k))
                && {
                    // ("-- as a judge -- likely has": past a dash typed as two hyphens and an
                    // adverb.)
                    let mut next = past_dash(ctx, s, close);
                    if adverb_before_verb(ctx.lower_token(s, next)) {
                        next += 1;
                    }
                    finite_or_auxiliary(ctx, ctx.lower_token(s, next))
                }
            {
                relative_until = close;
            }
            // Figures, signs and brackets stay inside ("for about $230m", "Acme (AEFA)"); a
            // hyphen does ("a 22-13 vote"), a dash typed as spaced hyphens does not ("would
            // back the plan -- a shift from May") unless it is quoted.
            let inside = i <= relative_until
                || matches!(
                    toks[i].kind,
                    TokenKind::Word | TokenKind::Number | TokenKind::Quote
                )
                || is_quote_mark(ctx, s, i)
                || matches!(ctx.token(s, i), "$" | "£" | "€" | "%" | "(" | ")" | "&" | "/")
                || (ctx.token(s, i) == "-" && (quoted || !spaced_dash(ctx, s, i)))
                || bracketed
                // ('said she had "cleaned our clock," Clinton fired back': a capitalised word
                // after the closing mark opens the next clause.)
                || (quoted
                    && ctx.token(s, i) == ","
                    && !(is_quote_mark(ctx, s, i + 1)
                        && ctx.token(s, i + 2).starts_with(char::is_uppercase)
                        && ctx.token(s, i + 2) != "I"))
                || list_comma(ctx, s, i)
                // "applied to Tarsk, Oskol and Brazil".
                || (ctx.token(s, i) == "," && joins_name_list(ctx, s, i));
            // "urged Roe to act and said …": a verb joined after an infinitive in another
            // tense is the reporter's next predicate.
            let next_predicate = asked_to
                && joins_verb(ctx, s, i)
                && ctx
                    .ontology
                    .verbs
                    .get(ctx.lower_token(s, i + 1))
                    .is_some_and(|f| !f.base);
            // A link ends it too ("… in 2005 https://t.co/…"); "but" does, except before
            // "not" ("applied to Tarsk but not to Oskol") or before a second predicate of
            // the same subject ("Roe has talked a good game but hasn't followed through").
            // A predicate of reporting or of declining to ("but warned …", "but declined to
            // comment", "but did not elaborate") is the reporter's next one instead.
            let second_predicate = || {
                // ("had considered but ultimately scrapped": past an adverb.)
                let mut j = i + 1;
                while j < i + 3 && ly_adverb(ctx, ctx.lower_token(s, j)) {
                    j += 1;
                }
                let w = ctx.lower_token(s, j);
                let w = w.strip_suffix("n't").unwrap_or(w);
                let reporters = (i + 1..i + 4).any(|k| {
                    let v = ctx.lower_token(s, k);
                    reports_at(ctx, s, k)
                        || v.starts_with("declin")
                        || v.starts_with("refus")
                        || matches!(v, "elaborate" | "specify" | "comment" | "respond")
                });
                // After a noun phrase alone ("promised tax cuts but have yet to say …") the
                // verb is the reporter's too: only a clause's subject takes a second verb.
                let clause_before = (start..i).any(|k| {
                    let v = ctx.lower_token(s, k);
                    is_auxiliary(v.strip_suffix("n't").unwrap_or(v))
                        || ctx.ontology.is_finite_verb(v)
                });
                (is_auxiliary(w)
                    || matches!(w, "ca" | "wo" | "never")
                    || ctx.ontology.is_finite_verb(w))
                    && !reporters
                    && clause_before
            };
            !inside
                || concession(i)
                || after_whole_quotation(i)
                || next_predicate
                || reporter_joined(i)
                || (!quoted && (reporter_acts(i) || reports_on(i) || reporter_present_again(i)))
                // ('said that “it looks like a long night but I feel good!”': not inside a
                // quotation that opens the clause.)
                || (ctx.token(s, i) == "but"
                    && !(quoted && is_quote_mark(ctx, s, start))
                    && ctx.lower_token(s, i + 1) != "not"
                    && !second_predicate())
                || matches!(ctx.lower_token(s, i), "http" | "https")
                || ctx.token(s, i).starts_with("pic.twitter")
        })
        .unwrap_or(toks.len());
    // Only a clause that ends at its punctuation is whole ("an 8% rise" stops at the sign).
    let ends_whole = end == toks.len()
        || matches!(
            ctx.token(s, end),
            "," | ";" | ":" | "." | "!" | "?" | "—" | "but" | "http" | "https" | "("
        )
        || spaced_dash(ctx, s, end)
        || ctx.token(s, end).starts_with("pic.twitter")
        || reporter_joined(end)
        || reports_on(end)
        || reporter_present_again(end)
        || concession(end)
        || after_whole_quotation(end)
        || (asked_to && joins_verb(ctx, s, end));
    if !ends_whole {
        return None;
    }
    // "advised Republicans to “leave it alone,” and, in a debate, …": a conjunction before
    // the comma that ends the clause joins what comes after it.
    // ("asked Roe to resign and then, later, …": so does one with its adverb.)
    let mut end = end;
    let conjunction = |k: usize| matches!(ctx.lower_token(s, k), "and" | "but" | "or");
    loop {
        if end > start + 1 && conjunction(end - 1) {
            end -= 1;
        } else if end > start + 2
            && matches!(
                ctx.lower_token(s, end - 1),
                "then" | "so" | "yet" | "now" | "later"
            )
            && conjunction(end - 2)
        {
            end -= 2;
        } else {
            break;
        }
    }
    // "insists he is innocent (April 17, 1989)": a date in brackets after the clause cites
    // when it was written, and is not what was said.
    if end > start + 2 && ctx.token(s, end - 1) == ")" {
        let toks = &ctx.sentences[s].tokens;
        if let Some(open) = (start + 1..end - 1).rev().find(|&k| ctx.token(s, k) == "(")
            && (open + 1..end - 1).any(|k| looks_like_year(ctx.token(s, k)))
            && (open + 1..end - 1).all(|k| {
                toks[k].kind == TokenKind::Number
                    || ctx.token(s, k) == ","
                    || crate::text::MONTHS.contains(&ctx.lower_token(s, k))
            })
        {
            end = open;
        }
    }
    // "said he was confident … during a discussion Friday on Tarsk Radio": where it was said
    // ends the clause.
    if let Some(k) = (start + 2..end).find(|&k| speech_occasion_at(ctx, s, k, end)) {
        end = k;
    }
    // "said if it cooperated …", "called for more …": a condition or a prepositional phrase
    // is not what was said.
    let first = ctx.lower_token(s, start);
    if end <= start + 1
        || opens_subordinate_clause(first)
        || OBJECT_STOP.contains(&first)
        // ("said of why she came": what it was said of.)
        || first == "of"
        // "the speech, which (as Roe notes) broke the rules": a bracket the reporting verb
        // stands in closes before its words; what follows is the writer's. So does a comma
        // ("as Roe said, the mayor, Lee, has …", "“…,” Roe said, adding that …": what was said
        // is elsewhere).
        || matches!(first, ")" | ",")
        // "said will go ahead": a clause needs its subject.
        || is_auxiliary(first)
    {
        return None;
    }
    // "he does not want …" has a verb; "it was over" says too little.
    // A form that is also a noun counts after a subject pronoun ("he plans to …").
    let verb_at = |i: usize| {
        // ("told the Financial Times: …": a capitalised word inside the clause is a name's.)
        if ctx.token(s, i).starts_with(char::is_uppercase) {
            return false;
        }
        let w = ctx.lower_token(s, i);
        let after_pronoun = subject_pronoun(ctx.lower_token(s, i - 1));
        // "said he'd ask Roe": a subject pronoun joined to its auxiliary takes any verb form.
        let after_contraction =
            auxiliary_contraction(ctx.lower_token(s, i - 1)) && ctx.ontology.verbs.contains_key(w);
        // "confidence rose": a past form that is also a noun is a verb after a noun.
        let after_noun = toks[i - 1].kind == TokenKind::Word
            && ctx.token(s, i - 1).starts_with(char::is_lowercase)
            && !matches!(
                ctx.lower_token(s, i - 1),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that"
            );
        // A copula makes a clause once it says enough ("it was over" does not; "the plan
        // was poor" and "the figures were far too low" do).
        let pronoun_subject = matches!(
            first,
            "it" | "this" | "that" | "he" | "she" | "they" | "there" | "we" | "i" | "you"
        );
        // ("he won't take it": a negative contraction is an auxiliary.)
        ctx.ontology.is_finite_verb(w)
            || negative_contraction(w)
            || after_contraction
            || (is_auxiliary(w)
                && (!PASSIVE_AUX.contains(&w) || end - start >= 5 || !pronoun_subject))
            || (after_noun
                && ctx
                    .ontology
                    .verbs
                    .get(w)
                    .is_some_and(|f| f.past && !f.participle))
            || (after_pronoun
                && ctx
                    .ontology
                    .verbs
                    .get(w)
                    .is_some_and(|f| f.past || f.third))
            // "Ruritania plans to …": a form that is also a noun is a verb after a name.
            || (toks[i - 1].kind == TokenKind::Word
                && ctx.token(s, i - 1).starts_with(char::is_uppercase)
                && ctx
                    .ontology
                    .verbs
                    .get(w)
                    .is_some_and(|f| f.third || (f.past && !f.participle)))
            || (asks_for
                && (after_noun || toks[i - 1].text(ctx.text()).starts_with(char::is_uppercase))
                && ctx.ontology.verbs.get(w).is_some_and(|f| f.base))
            // "said that the spray kills bees": after "that", which opens a clause, a present
            // form that is also a noun is a verb after a short subject with a singular noun,
            // before what it acts on ("the price hikes were" and "energy sources that …" keep
            // their compound nouns).
            || (after_that
                && after_noun
                && i <= start + 2
                && !ctx.token(s, i - 1).ends_with('s')
                && (start..i).all(|k| {
                    toks[k].kind == TokenKind::Word && !OBJECT_STOP.contains(&ctx.lower_token(s, k))
                })
                && toks.get(i + 1).is_some_and(|x| x.kind == TokenKind::Word)
                && !OBJECT_STOP.contains(&ctx.lower_token(s, i + 1))
                && !finite_or_auxiliary(ctx, ctx.lower_token(s, i + 1))
                && ctx.ontology.verbs.get(w).is_some_and(|f| f.third))
            // "his comments on the economy resonate": so is one past the plural's phrase.
            || present_after_plural(ctx, s, start, i)
        // "eight homes struggle": a base form after a plural noun is its present tense.
            || (after_noun
                && ctx.token(s, i - 1).ends_with('s')
                && !ctx.token(s, i - 1).ends_with("ss")
                && !is_auxiliary(ctx.lower_token(s, i - 1))
                && !matches!(w, "last" | "next")
                && ctx
                    .ontology
                    .verbs
                    .get(w)
                    .is_some_and(|f| f.base))
    };
    // "announced an audit after Roe left", "reported a fall in sales after it was
    // hit": words with no verb before a subordinate clause are a noun phrase, and the clause
    // no report (not after verbs that mostly report clauses: "said profits before tax rose").
    // ("told ABC News on March 27 after the council signed …": a listener's name opens no
    // clause either.)
    let listener_named =
        ctx.token(s, start).starts_with(char::is_uppercase) && toks[start].kind == TokenKind::Word;
    let noun_phrase_object = start == from
        && !asked_to
        && from
            .checked_sub(1)
            .and_then(|v| ctx.reporting_lemma(s, v))
            .is_some_and(|lemma| {
                (lemma == "tell" && listener_named)
                    || !matches!(
                    lemma,
                    "say"
                        | "tell"
                        | "add"
                        | "think"
                        | "believe"
                        | "suggest"
                        | "argue"
                        | "insist"
                        | "warn"
                        | "write"
                )
            })
        // ("such as", "whether" and "once" open no such clause often enough to count.)
        && (start + 1..end)
            .find(|&k| {
                let w = ctx.lower_token(s, k);
                opens_subordinate_clause(w) && !matches!(w, "as" | "whether" | "once")
            })
            .is_some_and(|k| {
                !(start + 1..k).any(|i| {
                    let w = ctx.lower_token(s, i);
                    verb_at(i) || finite_or_auxiliary(ctx, w)
                })
            });
    // "said they're comfortable with it": the pronoun brings its own verb.
    let verb_in_subject = end - start >= 2 && auxiliary_contraction(first);
    let has_verb = asked_to || verb_in_subject || (start + 1..end).any(verb_at);
    (has_verb && !noun_phrase_object).then_some(start..end)
}

/// Whether token `i` is a verb in the present tense whose subject is a plural noun after
/// token `start`, past the noun's phrase: "said his comments on the economy resonate with
/// voters". Only forms that are no noun count ("the costs of the war rise" is left out).
fn present_after_plural(ctx: &DocContext<'_>, s: usize, start: usize, i: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    ctx.token(s, i - 1).starts_with(char::is_lowercase)
        && ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, i))
            .is_some_and(|f| f.base && !f.also_noun && !f.past)
        && (start..i).any(|j| {
            let w = ctx.lower_token(s, j);
            toks[j].kind == TokenKind::Word
                && ctx.token(s, j).starts_with(char::is_lowercase)
                && w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is")
                && ctx.ontology.verbs.get(w).is_none_or(|f| f.also_noun)
        })
}

/// Whether the verb at token `t` stands in a clause that an allegation introduces: "claims
/// that", "accusations that", "reports that", "rumours that", or a report by "allege".
fn inside_allegation(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    // "a lawsuit alleging that Acme hid the losses", "Roe alleged Lee lied": what the nearest
    // report before the verb alleges; "Critics have charged that Acme botched …", "one of his
    // accusers said …": so is what one side of a dispute, unnamed, says.
    let partisan_before = |verb: usize| {
        auxiliaries_start(ctx, s, verb)
            .checked_sub(1)
            .is_some_and(|k| ctx.ontology.partisans.contains(ctx.lower_token(s, k)))
    };
    let alleged = report_before(ctx, s, t).is_some_and(|verb| {
        ctx.reporting_lemma(s, verb) == Some("allege") || partisan_before(verb)
    });
    // ("Critics have charged that …": a verb of accusing reports it too.)
    let charged = (2..t).rev().take(12).any(|k| {
        ctx.token(s, k) == "that"
            && ctx.ontology.verbs.contains_key(ctx.lower_token(s, k - 1))
            && partisan_before(k - 1)
            && !(k + 1..t).any(|i| matches!(ctx.token(s, i), "." | ";"))
    });
    alleged
        || charged
        || (1..t).rev().take(12).any(|k| {
            ctx.token(s, k) == "that"
                && matches!(
                    ctx.lower_token(s, k - 1),
                    "claims"
                        | "claim"
                        | "accusations"
                        | "accusation"
                        | "allegations"
                        | "allegation"
                        | "reports"
                        | "rumours"
                        | "rumors"
                        | "suggestions"
                        | "speculation"
                        | "charge"
                        | "charges"
                        | "assertion"
                        | "assertions"
                        | "theory"
                        | "belief"
                        | "notion"
                        | "idea"
                        | "fears"
                        | "concerns"
                        | "implication"
                        | "insinuation"
                        | "suggestion"
                        | "contention"
                        | "myth"
                        | "lie"
                )
                && !(k + 1..t).any(|i| matches!(ctx.token(s, i), "." | ";"))
        })
}

/// Whether the verb at token `t` states what the sentence says nothing supports: "there is
/// no evidence (that) Roe opposed the war", "no sign that Acme sold it".
fn unsupported(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    (1..t).rev().take(12).any(|k| {
        matches!(
            ctx.lower_token(s, k),
            "evidence" | "proof" | "indication" | "sign"
        ) && matches!(ctx.lower_token(s, k - 1), "no" | "little" | "scant")
            && !(k + 1..t).any(|i| matches!(ctx.token(s, i), "." | ";" | ","))
    })
}

/// Whether token `t` stands in the main clause of a sentence that a condition opens: "If Acme
/// wins, Globex will sell", "Even if they do, Roe faces …"; the clause runs from the comma that
/// closes the condition to the next stop of any kind.
fn after_opening_condition(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    let mut first = 0;
    while matches!(ctx.lower_token(s, first), "even" | "and" | "but" | "only") {
        first += 1;
    }
    if !matches!(ctx.lower_token(s, first), "if" | "unless") {
        return false;
    }
    // ("Even if the panel had called Roe, who saw it, …": a relative clause after the comma
    // describes a name in the condition; it is no clause that follows from it.)
    (first + 1..t)
        .find(|&k| ctx.token(s, k) == ",")
        .is_some_and(|comma| {
            (comma + 1..t).all(|k| !matches!(ctx.token(s, k), "," | ";" | ":"))
                && !matches!(
                    ctx.lower_token(s, comma + 1),
                    "who" | "which" | "whose" | "whom" | "where"
                )
        })
}

/// Whether the verb at token `t` stands in a clause opened by "if" or "unless" (up to the
/// comma that closes it), or in one that states a condition otherwise: an inverted "had", an
/// unreal past, a wish, "whether", "as long as", "once", or an "if" after it in its clause.
fn inside_condition(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    let clause = || tokens_of_clause_before(ctx, s, t);
    // "Had Roe run and won, …": an inverted condition opens the sentence; "… would have
    // felt betrayed” had Roe allowed it": or follows a quotation or a comma, "had" before
    // the subject of a participle.
    let inverted = t > 0 && clause().any(|k| k == 0) && matches!(ctx.token(s, 0), "Had" | "Were");
    // "may have had more momentum had he entered the race": "had" and a pronoun after any
    // word but one that inverts a question or a negation ("What had he done", "Never had
    // she seen").
    let inverted_pronoun = |k: usize| {
        matches!(
            ctx.lower_token(s, k + 1),
            "he" | "she" | "they" | "we" | "i"
        ) && t == k + 2
            && !matches!(
                ctx.lower_token(s, k - 1),
                "what"
                    | "who"
                    | "where"
                    | "when"
                    | "why"
                    | "how"
                    | "never"
                    | "only"
                    | "seldom"
                    | "rarely"
                    | "nor"
                    | "neither"
                    | "so"
                    | "no"
                    | "sooner"
                    | "hardly"
                    | "scarcely"
            )
            && ctx.token(s, k - 1).chars().any(char::is_alphabetic)
    };
    let inverted_after = {
        let had = (t.saturating_sub(6)..t).find(|&k| {
            ctx.lower_token(s, k) == "had"
                && k > 0
                && (((matches!(ctx.token(s, k - 1), "," | "”" | "\"" | "—")
                    || is_quote_mark(ctx, s, k - 1))
                    && ctx.token(s, k + 1).starts_with(char::is_uppercase))
                    || inverted_pronoun(k))
        });
        had.is_some_and(|k| {
            (k + 1..t).all(|i| {
                ctx.token(s, i).starts_with(char::is_uppercase)
                    || ctx.token(s, i) == "."
                    || i == k + 1
            }) && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, t))
                .is_some_and(|f| f.participle || f.past)
        })
    };
    // "would have won", "wished Roe had called out Lee": what did not happen. ("should have
    // raised" is an obligation, not a condition.)
    let unreal = t > 1
        && ctx.token(s, t - 1) == "have"
        && matches!(ctx.lower_token(s, t - 2), "would" | "could" | "might");
    let wished = clause().any(|k| matches!(ctx.lower_token(s, k), "wish" | "wished" | "wishes"));
    // "will destroy the economy if they win": a condition after the verb, in its clause; but
    // a report is made whatever its clause's condition.
    let reports = ctx.reporting_lemma(s, t).is_some();
    let condition_after = !reports
        && (t + 1..ctx.sentences[s].tokens.len())
            .take_while(|&k| {
                !matches!(
                    ctx.token(s, k),
                    "," | ";" | ":" | "." | "!" | "?" | "but" | "and" | "that" | "which" | "who"
                )
            })
            .take(14)
            // "interviewed Roe as if he were a suspect": a manner, not a condition; "called
            // Roe to ask if she could come": a question.
            .any(|k| {
                matches!(ctx.lower_token(s, k), "if" | "unless")
                    && ctx.lower_token(s, k - 1) != "as"
                    && !asked_before(ctx, s, k, QUESTIONING_VERBS)
            });
    // "doubted whether Roe would make an impact": an open question.
    let whether = clause().any(|k| ctx.lower_token(s, k) == "whether");
    // "So long as Roe believes …", "As long as the talks last, …": a condition too; but
    // "might not last as long as they'd like" compares.
    let as_long_as = clause().any(|k| {
        k > 0
            && ctx.lower_token(s, k) == "long"
            && ctx.lower_token(s, k + 1) == "as"
            && match ctx.lower_token(s, k - 1) {
                "so" => true,
                "as" => k < 2 || matches!(ctx.token(s, k - 2), "," | ";" | ":" | "—"),
                _ => false,
            }
    });
    // "the rules would take effect once the office approved them": what is to happen once
    // something else has is not yet done ("Once the vote passed, Roe left" tells of the past;
    // in "Roe once derided it" and "will once again join" the word is an adverb).
    let once = clause().any(|k| {
        ctx.lower_token(s, k) == "once"
            && k + 1 < auxiliaries_start(ctx, s, t)
            && !matches!(ctx.lower_token(s, k + 1), "again" | "more")
    }) && ((0..ctx.sentences[s].tokens.len())
        .any(|i| matches!(ctx.lower_token(s, i), "will" | "would" | "shall" | "'ll"))
        // "Once Roe signs the law, that might change": a present verb after "once" has not
        // happened yet.
        || ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, t))
            .is_some_and(|f| f.third && !f.past));
    // "Should Tarsk press ahead, …", "but should the vote fail, …": "should" that opens a
    // clause before its subject.
    let inverted_should = clause().any(|k| {
        ctx.lower_token(s, k) == "should"
            && (k == 0 || matches!(ctx.lower_token(s, k - 1), "but" | "and" | "," | "—"))
            && {
                let next = ctx.token(s, k + 1);
                next.starts_with(char::is_uppercase)
                    || matches!(next, "the" | "he" | "she" | "they" | "we" | "it" | "you")
            }
    });
    // "…, assuming Roe wins the primary", "provided that the vote passes": a condition the
    // clause is opened by.
    let granted = clause().any(|k| {
        let opens = k == 0 || matches!(ctx.token(s, k - 1), "," | "—" | "(");
        match ctx.lower_token(s, k) {
            "assuming" => opens && k + 1 < t,
            "provided" | "providing" => opens && ctx.lower_token(s, k + 1) == "that",
            _ => false,
        }
    });
    inverted
        || inverted_after
        || inverted_should
        || granted
        || unreal
        || wished
        || whether
        || as_long_as
        || once
        || condition_after
        || clause().any(|k| matches!(ctx.lower_token(s, k), "if" | "unless"))
}

/// Whether the text between offsets `a` and `b` stays in one clause: no comma before a space
/// (a thousands separator is none) and no word opening a subordinate clause.
/// The preposition that opens the phrase holding mention `m` ("troops in Ruritania", "on the
/// House Judiciary Committee"), if the name stands in one. Past an article, except after "of":
/// "members of the X" still speak for X, but "Jane Roe of the X" is Roe speaking.
pub(super) fn preposition_before(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    in_sentence: &[usize],
    m: usize,
) -> Option<&'static str> {
    preposition_before_listed(ctx, out, s, in_sentence, m, false)
}

/// [`preposition_before`] of mention `m`, which stands in a list of names after its first
/// when `listed` ("efforts from Ann Lee, Tom Hale and Jim Beck": a comma joins them too).
fn preposition_before_listed(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    in_sentence: &[usize],
    m: usize,
    listed: bool,
) -> Option<&'static str> {
    const PREPOSITIONS: &[&str] = &[
        "in",
        "at",
        "near",
        "to",
        "from",
        "of",
        "with",
        "for",
        "on",
        "by",
        "into",
        "against",
        "unlike",
        "like",
        "despite",
        "besides",
        "except",
        "including",
        "than",
        "about",
        "over",
        "under",
        "during",
        "behind",
        "among",
        "between",
        "without",
        "beyond",
        "through",
        "across",
        "around",
        "toward",
        "towards",
        "via",
        "amid",
        "regarding",
        "concerning",
        "involving",
        "surrounding",
        "alongside",
        "upon",
        "versus",
    ];
    let toks = &ctx.sentences[s].tokens;
    let mut i = toks
        .iter()
        .rposition(|x| x.span.end <= out.mentions[m].span.start)?;
    // "of 8-year-old Jane Roe", "of the 8-year-old Jane Roe": past an age written as one
    // hyphened word, and its article, the word before is the preposition or none is.
    if ctx.text()[..toks[i].span.end].ends_with("-year-old") {
        while i > 0 && toks[i - 1].span.end == toks[i].span.start {
            i -= 1;
        }
        i = i.checked_sub(1)?;
        if matches!(ctx.lower_token(s, i), "the" | "a" | "an") {
            i = i.checked_sub(1)?;
        }
        let word = ctx.lower_token(s, i);
        return PREPOSITIONS.iter().copied().find(|&p| p == word);
    }
    // "Supporters of radical groups such as the Tarsk Front": examples after "such as" stand
    // in the phrase that holds the noun they are examples of.
    {
        let mut k = i;
        if matches!(ctx.lower_token(s, k), "the" | "a" | "an") && k > 0 {
            k -= 1;
        }
        if k >= 2 && ctx.lower_token(s, k) == "as" && ctx.lower_token(s, k - 1) == "such" {
            let noun_from = (k.saturating_sub(6)..k - 1)
                .rev()
                .take_while(|&j| {
                    let w = ctx.token(s, j);
                    toks[j].kind == TokenKind::Word
                        && w.starts_with(char::is_lowercase)
                        && !PREPOSITIONS.contains(&w)
                        && !ctx.ontology.is_finite_verb(w)
                        && !is_auxiliary(w)
                })
                .last();
            if let Some(j) = noun_from.and_then(|j| j.checked_sub(1))
                && let Some(&p) = PREPOSITIONS.iter().find(|&&p| p == ctx.lower_token(s, j))
                // ("with nations such as Tarsk refusing to sign": they act in an absolute
                // phrase.)
                && p != "with"
            {
                return Some(p);
            }
        }
    }
    // "by former NSA contractor Roe", "shares in tech firm Acme": past up to three words of
    // a title or description (lower-case nouns and adjectives, acronyms).
    let describes = |k: usize| {
        let w = ctx.token(s, k);
        let lw = lower(w);
        toks[k].kind == TokenKind::Word
            && (ctx.ontology.is_title(&lw)
                // "with Argentine Jim Beck".
                || ctx.ontology.is_demonym(w)
                || (w.len() > 1 && w.len() <= 6 && w.chars().all(|c| c.is_ascii_uppercase()))
                || (w.starts_with(char::is_lowercase)
                    && !PREPOSITIONS.contains(&lw.as_ref())
                    && !OBJECT_STOP.contains(&lw.as_ref())
                    // ("an inquiry into whether Italian airline Acme is …")
                    && !opens_subordinate_clause(w)
                    && !matches!(lw.as_ref(), "the" | "a" | "an")
                    && !ctx.ontology.is_finite_verb(w)
                    && !is_auxiliary(&lw)
                    && !w.ends_with("ly")))
    };
    let mut described_from = (i.saturating_sub(2)..=i)
        .rev()
        .take_while(|&k| describes(k))
        .last();
    // "against Supreme Court nominee Roe", "by Acme Corp chief Roe": the body the title is
    // of may stand before it.
    if let Some(k) = described_from
        && k > 0
        && let Some(&body) = in_sentence.iter().find(|&&p| {
            p != m
                && out.mentions[p].span.end == toks[k - 1].span.end
                && matches!(
                    out.mentions[p].entity_type,
                    EntityType::Organization | EntityType::Country
                )
        })
        && ctx.ontology.is_title(ctx.lower_token(s, k))
    {
        described_from = Some(ctx.token_from(s, out.mentions[body].span.start));
    }
    if let Some(k) = described_from
        && k > 0
        && PREPOSITIONS.contains(&ctx.lower_token(s, k - 1))
    {
        i = k - 1;
    }
    // "in the state Senate", "in the Brazilian Senate": past one modifier.
    if i > 1
        && toks[i].kind == TokenKind::Word
        && matches!(ctx.lower_token(s, i - 1), "the" | "a" | "an")
        && !ctx.ontology.is_finite_verb(ctx.token(s, i))
    {
        i -= 1;
    }
    let person_before_of = i > 1
        && in_sentence.iter().any(|&p| {
            out.mentions[p].entity_type == EntityType::Person
                && out.mentions[p].span.end == toks[i - 2].span.end
        });
    if i > 0
        && matches!(ctx.lower_token(s, i), "the" | "a" | "an")
        && (ctx.token(s, i - 1) != "of" || person_before_of)
    {
        i -= 1;
    }
    let word = ctx.lower_token(s, i);
    // "commissioned by the Film Council and Channel 4": the second of two names joined by
    // "and" stands in the first one's phrase; so do those of a longer list.
    // (A comma joins names of one type only: "In Tarsk, Roe and Lee met" puts no one in
    // Tarsk's phrase.)
    let list_goes_on = || {
        let next = ctx.token_from(s, out.mentions[m].span.end);
        matches!(ctx.token(s, next), "," | "and" | "or")
    };
    // ("Roe in Tarsk and Lee in Oskol", "Sens. Roe of Ohio and Lee (D) of Iowa": a person
    // after a place, with a phrase like the place's after the person, is the next item of a
    // list of people and their places, not inside the place's phrase.)
    let person_after_place = |first: usize| {
        let place_at = ctx.token_from(s, out.mentions[first].span.start);
        let mut after = ctx.token_from(s, out.mentions[m].span.end);
        if ctx.token(s, after) == "("
            && let Some(close) =
                (after..(after + 8).min(toks.len())).find(|&k| ctx.token(s, k) == ")")
        {
            after = close + 1;
        }
        let preposition = ctx.lower_token(s, after);
        out.mentions[m].entity_type == EntityType::Person
            && matches!(
                out.mentions[first].entity_type,
                EntityType::Place | EntityType::Country
            )
            && matches!(preposition, "in" | "of" | "at")
            && place_at > 0
            && ctx.lower_token(s, place_at - 1) == preposition
    };
    if i > 0
        && let Some(&first) = in_sentence
            .iter()
            .find(|&&p| p != m && out.mentions[p].span.end == toks[i - 1].span.end)
        && ((matches!(word, "and" | "or") && !person_after_place(first))
            || (word == ","
                && (listed || list_goes_on())
                && out.mentions[first].entity_type == out.mentions[m].entity_type))
    {
        return preposition_before_listed(ctx, out, s, in_sentence, first, true);
    }
    // "majorities in the House or Senate": so does a name joined by "and" or "or" to a
    // singular capitalised word after "the" that names nothing the extractor knows (not "in
    // January and Acme reported", "for the Tarskians and Oskol held on").
    if i > 2 && matches!(word, "and" | "or") {
        let w = ctx.token(s, i - 1);
        let lw = ctx.lower_token(s, i - 1);
        if toks[i - 1].kind == TokenKind::Word
            && w.starts_with(char::is_uppercase)
            && !w.ends_with('s')
            && !crate::text::MONTHS.contains(&lw)
            && !crate::text::WEEKDAYS.contains(&lw)
            && ctx.lower_token(s, i - 2) == "the"
        {
            let before = ctx.lower_token(s, i - 3);
            return PREPOSITIONS.iter().copied().find(|&p| p == before);
        }
    }
    PREPOSITIONS.iter().copied().find(|&p| p == word)
}

/// Where the relative clause that token `t` stands in opens, when a comma comes before it: the
/// "who" or "which" of "Roe, who also enjoys strong support, …", up to the comma that closes it.
fn relative_aside_start(ctx: &DocContext<'_>, s: usize, t: usize) -> Option<usize> {
    (1..t)
        .rev()
        .take_while(|&k| ctx.token(s, k) != ",")
        .find(|&k| matches!(ctx.lower_token(s, k), "who" | "which") && ctx.token(s, k - 1) == ",")
}

/// Whether a subordinator or a relative pronoun stands between bytes `a` and `b` ("wound up
/// his speech … after his parents returned from Tarsk": Tarsk is not where he spoke).
fn past_subordinator(text: &str, a: usize, b: usize) -> bool {
    text[a..b]
        .split_whitespace()
        .any(|w| opens_other_clause(w) || w == "but")
}

/// Whether a finite verb other than a reporting one stands right before `start` in sentence
/// `s`, or before a determiner there: "punished Roe", "fired the Acme board" (but "said Roe,
/// …" names the speaker).
fn right_after_finite_verb(ctx: &DocContext<'_>, s: usize, start: usize) -> bool {
    let mut k = with_honorific(ctx, s, ctx.token_from(s, start));
    if k > 0 && matches!(ctx.lower_token(s, k - 1), "the" | "a" | "an") {
        k -= 1;
    }
    k > 0 && {
        let w = ctx.lower_token(s, k - 1);
        ctx.ontology.is_finite_verb(w)
            && !w.ends_with("ing")
            && ctx.ontology.reporting_lemma(w).is_none()
    }
}

/// The token of the honorific written before the name at token `k` ("Mr." of "Mr. Roe", "Mr"
/// and "." of "Mr . Roe"), or `k` itself.
fn with_honorific(ctx: &DocContext<'_>, s: usize, k: usize) -> usize {
    if k > 1 && ctx.token(s, k - 1) == "." && ctx.ontology.is_honorific(ctx.token(s, k - 2)) {
        k - 2
    } else if k > 0 && ctx.ontology.is_honorific(ctx.token(s, k - 1)) {
        k - 1
    } else {
        k
    }
}

/// Whether the verb at token `t` is the infinitive of an impersonal "it": "it was not fair to
/// blame", "it is important to back", "it's too early to say".
fn impersonal_infinitive(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    let a = auxiliaries_start(ctx, s, t);
    if a < 4 || ctx.token(s, a - 1) != "to" {
        return false;
    }
    // Back over the adjective and the words that grade or negate it.
    let mut k = a - 2;
    if !ctx.token(s, k).starts_with(char::is_lowercase) {
        return false;
    }
    while k > 0
        && matches!(
            ctx.lower_token(s, k - 1),
            "not" | "so" | "too" | "very" | "more" | "less" | "most" | "also" | "still"
        )
    {
        k -= 1;
    }
    k >= 2
        && matches!(
            ctx.lower_token(s, k - 1),
            "is" | "was" | "be" | "been" | "'s" | "’s" | "seems" | "seemed"
        )
        && matches!(ctx.lower_token(s, k - 2), "it" | "it's" | "it’s")
        || k >= 1 && matches!(ctx.lower_token(s, k - 1), "it's" | "it’s")
}

/// Whether the infinitive at token `t` belongs to the unnamed object of a verb that hands an
/// act to its object: "does not allow its citizens to travel", "forced the firm to close".
/// Who acts is that object, not the verb's subject.
fn unnamed_controller(ctx: &DocContext<'_>, s: usize, t: usize) -> bool {
    let a = auxiliaries_start(ctx, s, t);
    if a < 3 || ctx.token(s, a - 1) != "to" {
        return false;
    }
    let toks = &ctx.sentences[s].tokens;
    let mut k = a - 1;
    // ("chose not to indict": an adverb is no object.)
    while k > 0
        && a - 1 - k < 5
        && toks[k - 1].kind == TokenKind::Word
        && ctx.token(s, k - 1).starts_with(char::is_lowercase)
        && !ctx.lower_token(s, k - 1).ends_with("ly")
        && !matches!(
            ctx.lower_token(s, k - 1),
            "not" | "never" | "also" | "just" | "even" | "then" | "still"
        )
        && ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, k - 1))
            .is_none_or(|f| f.also_noun)
    {
        k -= 1;
    }
    k + 1 < a
        && k > 0
        && ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, k - 1))
            .is_some_and(|f| {
                // ("the order to leave": a form that is also a noun only in the past tense.)
                (!f.also_noun || f.past) && super::svo::OBJECT_CONTROL.contains(&f.lemma.as_str())
            })
}

/// Whether mention `m` names only some of a body's members or people around someone, not the
/// body or the person: "Seventeen Democrats voted", "most Republicans backed it", "one wing of
/// the GOP favors", "members of the Roe family poured", "the Roe family said", "supporters of
/// Roe marched", "most Americans believe". ("18 members of the committee urged" is the
/// committee's act, with its count.)
pub(super) fn some_members(ctx: &DocContext<'_>, out: &Extraction, s: usize, m: usize) -> bool {
    let first = ctx.token_from(s, out.mentions[m].span.start);
    let of = start_with_article(ctx, out, s, m);
    let part_of = of >= 2
        && ctx.lower_token(s, of - 1) == "of"
        && matches!(
            ctx.lower_token(s, of - 2),
            "wing"
                | "faction"
                | "part"
                | "section"
                | "half"
                | "majority"
                | "minority"
                | "rest"
                | "supporters"
                | "allies"
                | "critics"
                | "opponents"
                | "fans"
                | "friends"
                | "aides"
                | "associates"
                | "relatives"
                | "children"
        );
    let family = matches!(
        out.mentions[m].entity_type,
        EntityType::Person | EntityType::Organization
    ) && matches!(
        ctx.lower_token(s, ctx.token_from(s, out.mentions[m].span.end)),
        "family" | "families" | "clan" | "household" | "camp"
    );
    if part_of || family {
        return true;
    }
    // "two other Democrats", "three more Republicans".
    out.mentions[m].entity_type == EntityType::Organization && counted(ctx, s, first)
        || country_people(ctx, out, s, m)
}

/// Whether country mention `m` is its demonym naming people, not the country: "The Northern
/// Irishman is hoping", "four in 10 Americans", "most Britons". ("the Turkmen side agreed":
/// not one that describes a noun after it; "German" and "Turkmen" name no one alone.)
fn country_people(ctx: &DocContext<'_>, out: &Extraction, s: usize, m: usize) -> bool {
    let mention = &out.mentions[m];
    if mention.entity_type != EntityType::Country
        || !ctx.ontology.is_demonym(&ctx.text()[mention.span.clone()])
    {
        return false;
    }
    let first = ctx.token_from(s, mention.span.start);
    let next = ctx.token_from(s, mention.span.end);
    let describes_noun = ctx.sentences[s]
        .tokens
        .get(next)
        .is_some_and(|x| x.kind == TokenKind::Word)
        && ctx.token(s, next).starts_with(char::is_lowercase)
        && {
            // ("most Syrians fleeing the war": a verb form is no noun; "many Americans also
            // say": nor is an adverb.)
            let w = ctx.lower_token(s, next);
            !OBJECT_STOP.contains(&w)
                && !is_auxiliary(w)
                && !ADVERBS_IN_VERB_GROUP.contains(&w)
                && !ly_adverb(ctx, w)
                && ctx.ontology.verbs.get(w).is_none_or(|f| f.also_noun)
        };
    // "an American who said", "an African American who said": one of its people.
    let article = |k: usize| matches!(ctx.lower_token(s, k), "a" | "an");
    let one_of_them = (first > 0 && article(first - 1))
        || (first > 1
            && ctx.token(s, first - 1).starts_with(char::is_uppercase)
            && article(first - 2));
    !describes_noun
        && (["man", "woman", "men", "women"].iter().any(|end| {
            ctx.token(s, first)
                .strip_suffix(end)
                .is_some_and(|stem| ctx.ontology.is_demonym(stem))
        }) || counted(ctx, s, first)
            || one_of_them)
}

/// Whether a count stands before token `first`, past "other", "more" or "fellow", or words
/// that describe the members: "Seventeen Democrats", "two other Democrats", "most
/// Republicans", "several moderate Republicans", "70+ Democrats".
fn counted(ctx: &DocContext<'_>, s: usize, first: usize) -> bool {
    let mut first = first;
    if first > 1 && matches!(ctx.lower_token(s, first - 1), "other" | "more" | "fellow") {
        first -= 1;
    }
    let count_at = |k: usize| {
        ctx.sentences[s].tokens[k].kind == TokenKind::Number || {
            let w = ctx.lower_token(s, k);
            NUMBER_WORDS.iter().any(|(n, _)| *n == w)
                || w.ends_with("teen")
                || matches!(
                    w,
                    "most"
                        | "some"
                        | "many"
                        | "several"
                        | "few"
                        | "dozens"
                        | "hundreds"
                        | "sixty"
                        | "seventy"
                        | "eighty"
                        | "ninety"
                )
        }
    };
    // An adjective: an ordinary word that is neither a function word, a plural noun nor an
    // -ly adverb ("the $2bn agreement Acme signed": singular nouns are not listed; "two years
    // ago Acme agreed": nor is a count of time; "in 2010 after Acme passed it").
    let describes = |k: usize| {
        let w = ctx.token(s, k);
        ctx.sentences[s].tokens[k].kind == TokenKind::Word
            && ctx.ontology.common_words.contains(w)
            && !OBJECT_STOP.contains(&w)
            && !SUBORDINATORS.contains(&w)
            && (!w.ends_with('s') || w.ends_with("ous"))
            && !ly_adverb(ctx, w)
    };
    for _ in 0..2 {
        if first > 1 && !count_at(first - 1) && describes(first - 1) {
            first -= 1;
        }
    }
    if first > 1
        && ctx.token(s, first - 1) == "+"
        && ctx.sentences[s].tokens[first - 2].kind == TokenKind::Number
    {
        first -= 1;
    }
    first > 0 && count_at(first - 1)
}

/// Whether a finite verb, reporting ones included, stands before `start` in sentence `s` past
/// at most three lower-case words: "cites economist Roe", "praised the Acme board".
fn object_of_verb_before(ctx: &DocContext<'_>, s: usize, start: usize) -> bool {
    let first = ctx.token_from(s, start);
    (first.saturating_sub(4)..first).rev().any(|k| {
        let w = ctx.lower_token(s, k);
        ctx.ontology.is_finite_verb(w)
            && !w.ends_with("ing")
            && (k + 1..first).all(|j| {
                let between = ctx.token(s, j);
                between.starts_with(char::is_lowercase)
                    && !OBJECT_STOP.contains(&between)
                    && !ctx.ontology.is_finite_verb(between)
            })
    })
}

/// Whether the name at byte `start` is the object of the verb of a relative clause ("that had
/// backed Prime Minister Roe"), its title between them.
fn object_in_relative_clause(ctx: &DocContext<'_>, s: usize, start: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    let mut first = ctx.token_from(s, start);
    // ("Prime Minister Roe", "Sen. Roe": the title's words, an abbreviation's point too.)
    let name = first;
    while first > 0
        && name - first < 4
        && (ctx.token(s, first - 1).starts_with(char::is_uppercase)
            || ctx.token(s, first - 1) == ".")
        && !is_quote_mark(ctx, s, first - 1)
    {
        first -= 1;
    }
    if first < name
        && !ctx
            .ontology
            .is_title(ctx.text()[toks[first].span.start..start].trim_end())
    {
        first = name;
    }
    // ("the party that loses the White House": past the name's article.)
    if first > 1 && matches!(ctx.lower_token(s, first - 1), "the" | "a" | "an") {
        first -= 1;
    }
    first > 0
        && ctx.ontology.is_finite_verb(ctx.lower_token(s, first - 1))
        && ctx.reporting_lemma(s, first - 1).is_none()
        && {
            let a = auxiliaries_start(ctx, s, first - 1);
            a > 0 && matches!(ctx.lower_token(s, a - 1), "that" | "which" | "who" | "whom")
        }
}

/// A subordinator or a relative pronoun: a word that opens a clause of its own.
fn opens_other_clause(word: &str) -> bool {
    opens_subordinate_clause(word) || matches!(word, "who" | "which" | "whose" | "where" | "whom")
}

/// Whether nothing between bytes `a` and `b` opens another clause: a comma, a colon or a
/// semicolon, a subordinator, or a relative pronoun ("called his rivals a mob who would bring
/// ruin to Tarsk": Tarsk is the relative clause's; "leveled two complaints: allegations against
/// Roe …" names no target of the leveling).
pub(super) fn in_one_clause(text: &str, a: usize, b: usize) -> bool {
    let between = &text[a..b];
    !between.contains(", ")
        && !between.contains(": ")
        && !between.contains("; ")
        && !between.split_whitespace().any(opens_other_clause)
}

/// Whether the text between bytes `a` and `b` runs on from the object through one ",
/// including" and no other clause break (nor a relative clause: "the attacks that killed
/// four people, including Roe" name no party to the verb before them).
fn elaborates_object(text: &str, a: usize, b: usize) -> bool {
    text.get(a..b)
        .and_then(|between| between.split_once(", including "))
        .is_some_and(|(before, after)| {
            !before.contains(", ")
                && !after.contains(", ")
                && !before
                    .split_whitespace()
                    .chain(after.split_whitespace())
                    .any(|w| opens_other_clause(w) || w == "that")
        })
}

/// Whether a noun after a country's name acts for the country: its state or forces
/// ("Ruritanian officials"), or an office ("the Ruritanian minister"), unlike "the Ruritanian
/// gaming giant".
pub(super) fn acts_for_country(ctx: &DocContext<'_>, noun: &str) -> bool {
    crate::extract::svo::STATE_BODIES.contains(&noun)
        || (ctx.ontology.is_title_or_plural(noun)
            && !SPEAKS_FOR_ITSELF.contains(&noun.strip_suffix('s').unwrap_or(noun)))
}

/// Titles of people who speak for themselves, not for the country they come from: "Saudi
/// experts told the paper" is not Saudi Arabia telling it, as "Saudi officials" would be.
const SPEAKS_FOR_ITSELF: &[&str] = &[
    "academic",
    "activist",
    "analyst",
    "commentator",
    "critic",
    "dissident",
    "economist",
    "expert",
    "historian",
    "observer",
    "researcher",
    "scholar",
    "scientist",
    // "some Saudi politicians voiced skepticism, saying …": lawmakers and the press speak
    // for a side, not for the state.
    "politician",
    "lawmaker",
    "legislator",
    "journalist",
    "lawyer",
];

/// People a body's name may describe who do not speak for it: "a GOP ally says", "Acme
/// critics said"; and a platform's accounts, which others run ("the White House's official
/// Twitter account released").
const OUTSIDE_A_BODY: &[&str] = &[
    "account",
    "feed",
    "page",
    "handle",
    "user",
    "ally",
    "allies",
    "critic",
    "rival",
    "opponent",
    "supporter",
    "donor",
    "voter",
    "analyst",
    "observer",
    "watcher",
];

/// Whether the name starting at byte `start` is joined by "and" to what comes before it,
/// past its determiner and modifiers ("… and the southern Tarsk").
pub(super) fn joined_by_and(ctx: &DocContext<'_>, s: usize, start: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    let first = ctx.token_from(s, start);
    (first.saturating_sub(4)..first)
        .rev()
        .find(|&i| {
            let w = ctx.token(s, i);
            !(toks[i].kind == TokenKind::Word
                && w.starts_with(char::is_lowercase)
                && !OBJECT_STOP.contains(&w))
        })
        .is_some_and(|i| ctx.token(s, i) == "and")
}

/// Whether a verb follows the name ending at byte `end`, so that an "and" before the name
/// joined clauses, not parties ("will oppose Roe and Lee appears likely to").
fn starts_clause_after(ctx: &DocContext<'_>, s: usize, end: usize) -> bool {
    let w = ctx.lower_token(s, ctx.token_from(s, end));
    is_auxiliary(w)
        || ctx
            .ontology
            .verbs
            .get(w)
            .is_some_and(|f| (f.past || f.third) && !f.also_noun)
}

/// "if", "when", "although": a word that opens a subordinate clause.
fn opens_subordinate_clause(word: &str) -> bool {
    // Compared ignoring ASCII case rather than lowered into a new string for each capitalised
    // word: the subordinators are ASCII, and the only other letter whose lower case is all
    // ASCII is the Kelvin sign ("k"), which none of them has.
    SUBORDINATORS
        .iter()
        .any(|subordinator| word.eq_ignore_ascii_case(subordinator))
}

/// Words that open a subordinate clause, in lower case.
const SUBORDINATORS: [&str; 14] = [
    "if", "when", "whether", "while", "as", "because", "although", "though", "after", "before",
    "since", "until", "unless", "once",
];

/// Whether token `k` follows a comma, or a closing quotation mark set right after one
/// ("…,” adding …").
fn follows_comma(ctx: &DocContext<'_>, s: usize, k: usize) -> bool {
    k > 0
        && (ctx.token(s, k - 1) == ","
            || (k > 1 && is_quote_mark(ctx, s, k - 1) && ctx.token(s, k - 2) == ","))
}

/// Updates `quoted`, whether a scan of a sentence's tokens stands inside a quotation, with the
/// token `word` it has reached: an opening mark, a closing one, or a straight one that does
/// either.
fn track_quotation(word: &str, quoted: &mut bool) {
    match word {
        "“" => *quoted = true,
        "”" => *quoted = false,
        "\"" => *quoted = !*quoted,
        _ => {}
    }
}

/// Whether token `i` is a quotation mark, double or single (the tokenizer's `Quote` kind has
/// only double marks).
pub(super) fn is_quote_mark(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    matches!(ctx.token(s, i), "\"" | "“" | "”" | "'" | "‘" | "’")
}

/// The role a name after a verb plays, from the preposition that governs it ("to Vietnamese
/// air carrier Skyvona" → destination), and whether it only modifies a noun after it ("the
/// Ruritanian arms embargo").
/// The person named right before the comma that opens an apposition (words with no verb)
/// ending before token `end`: Tom Hale in "Tom Hale, president of the Tarsk Chamber, who …".
pub(super) fn person_before_apposition(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    in_sentence: &[usize],
    end: usize,
) -> Option<usize> {
    let toks = &ctx.sentences[s].tokens;
    let comma = (end.saturating_sub(12)..end)
        .rev()
        .take_while(|&i| {
            let w = ctx.lower_token(s, i);
            !is_auxiliary(w) && !ctx.ontology.is_finite_verb(w)
        })
        .find(|&i| ctx.token(s, i) == ",")
        .filter(|&comma| comma > 0)?;
    in_sentence.iter().copied().find(|&m| {
        out.mentions[m].span.end == toks[comma - 1].span.end
            && out.mentions[m].entity_type == EntityType::Person
    })
}

/// Whether the mention starting at byte `start` stands inside a quoted title that opens at or
/// after token `from` ('signed the "Buy American" order': the title is the object, not the
/// name in it); a name quoted whole ('signed the "Paris Agreement"') is not inside one.
pub(super) fn inside_quoted_title(
    ctx: &DocContext<'_>,
    s: usize,
    from: usize,
    start: usize,
) -> bool {
    let first = ctx.token_from(s, start);
    first > from
        && (from..first).any(|k| is_quote_mark(ctx, s, k))
        && !is_quote_mark(ctx, s, first - 1)
}

/// Nouns whose "with" names a party to them, each group with the verbs that make or hold
/// them: a deal is signed or struck with a party, an interview given or a tie cut with one.
const PARTY_NOUNS: &[(&[&str], &[&str])] = &[
    (
        &["deal", "agreement", "pact", "treaty", "accord"],
        &[
            "sign",
            "agree",
            "reach",
            "strike",
            "cut",
            "negotiate",
            "conclude",
            "establish",
            "make",
            "seal",
            "broker",
            "secure",
            "forge",
            "finalize",
            "ink",
        ],
    ),
    (
        &[
            "interview",
            "interviews",
            "conversation",
            "conversations",
            "relationship",
            "relationships",
            "ties",
            "friendship",
            "feud",
            "dispute",
            "rift",
            "dealings",
        ],
        &[
            "have",
            "hold",
            "give",
            "grant",
            "conduct",
            "do",
            "begin",
            "start",
            "end",
            "sever",
            "cut",
            "build",
            "forge",
            "restore",
            "strengthen",
            "settle",
        ],
    ),
];

/// Whether the "with" at token `with` follows one of [`PARTY_NOUNS`] that no verb of its
/// group, a few words before, makes or holds: then the party after it is the noun's.
fn party_of_noun_before(ctx: &DocContext<'_>, toks: &[Token], with: usize) -> bool {
    let text = ctx.text();
    let noun = lower(toks[with - 1].text(text));
    let Some((_, makers)) = PARTY_NOUNS
        .iter()
        .find(|(nouns, _)| nouns.contains(&noun.as_ref()))
    else {
        return false;
    };
    !(with.saturating_sub(8)..with - 1).rev().any(|k| {
        ctx.ontology
            .verbs
            .get(lower(toks[k].text(text)).as_ref())
            .is_some_and(|f| makers.contains(&f.lemma.as_str()))
    })
}

/// Nouns that stand between "in" and "of" in a phrase that works as one preposition ("in
/// contempt of", "in support of").
const IN_NOUN_OF: &[&str] = &[
    "contempt",
    "violation",
    "breach",
    "defiance",
    "support",
    "favor",
    "favour",
    "honor",
    "honour",
    "memory",
    "search",
    "pursuit",
    "praise",
    "defense",
    "defence",
    "spite",
    "lieu",
    "place",
    "light",
    "danger",
    "charge",
    "control",
    "custody",
    "possession",
    "need",
    "recognition",
    "retaliation",
    "anticipation",
    "celebration",
    "protest",
];

pub(super) fn argument_role(
    ctx: &DocContext<'_>,
    s: usize,
    span: std::ops::Range<usize>,
) -> (&'static str, bool) {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    let first = toks
        .iter()
        .position(|t| t.span.start >= span.start)
        .unwrap_or(toks.len());
    let mut role = "object";
    // "introduced the parents of Roe", "met the head of Acme": a name after a common noun's
    // "of" modifies that noun, which is the object ("the city of Tarsk" names the city
    // itself); after a preposition it still says where ("in the heart of Tarsk").
    let mut of_noun = false;
    // "in Ruritania's Tarsk region": a possessor between the preposition and the name is
    // passed over with its "'s".
    let mut possessor_words = 0;
    for i in (first.saturating_sub(5)..first).rev() {
        let w = toks[i].text(text).to_lowercase();
        if possessor_words > 0 && toks[i].kind == TokenKind::Word {
            if toks[i].text(text).starts_with(char::is_uppercase) {
                possessor_words += 1;
                continue;
            }
            possessor_words = 0;
        }
        if matches!(w.as_str(), "'s" | "’s") && i + 1 == first {
            possessor_words = 1;
            continue;
        }
        // The words before a preposition that may make it part of a longer one.
        let before = |n: usize| i.checked_sub(n).map_or("", |b| ctx.lower_token(s, b));
        role = match w.as_str() {
            // "with respect to Roe": what a phrase is about; "according to Roe", "thanks to
            // Acme", "in response to Roe": no place the act goes to ("a response to Roe" is).
            "to" if matches!(before(2), "with" | "in")
                && matches!(before(1), "respect" | "regard" | "reference" | "relation") =>
            {
                "about"
            }
            "to" if matches!(
                before(1),
                "according"
                    | "thanks"
                    | "due"
                    | "owing"
                    | "prior"
                    | "next"
                    | "close"
                    | "contrary"
                    | "similar"
                    | "compared"
                    | "relative"
                    // "a drone belonging to Tarsk": whose it is, no place it goes to.
                    | "belonging"
                    | "belongs"
                    | "belonged"
                    // "policies unfair to the U.S.", "loyal to Roe": whom a quality concerns.
                    | "unfair"
                    | "fair"
                    | "hostile"
                    | "friendly"
                    | "loyal"
                    | "harmful"
                    | "dangerous"
                    | "beneficial"
                    | "opposed"
                    | "important"
                    | "vital"
                    | "crucial"
                    | "grateful"
                    | "sympathetic"
                    | "committed"
            ) || (before(2) == "in" && matches!(before(1), "addition" | "response")) =>
            {
                ELSEWHERE
            }
            // "met the Ruritanian ambassador to Tarsk", "an adviser to Roe": a title's "to"
            // names whom the office serves, no place the act goes to. (Not a plural's: "sent
            // advisers to Tarsk"; nor a verb's: "will head to Tarsk".)
            "to" if ctx.ontology.is_title(before(1))
                && !ctx.ontology.verbs.contains_key(before(1)) =>
            {
                ELSEWHERE
            }
            "to" | "into" | "toward" | "towards" => "destination",
            "in" | "at" | "inside" => "place",
            // "captured a seat near Tulsa": close to the place, not in it.
            "near" => "near",
            "from" => "origin",
            // "defended the nuclear deal with Tarsk", "raised the mayor's interview with the
            // Tarsk Times": the party to an agreement or a tie named as the object is the object's,
            // not a party to the act; but one who makes or holds it ("signed a deal with
            // Tarsk", "gave an interview with the Tarsk Times") does so with that party.
            "with" if i > 0 && party_of_noun_before(ctx, toks, i) => ELSEWHERE,
            "with" | "and" => "counterpart",
            "against" => "target",
            // "left Beijing for Washington": where one leaves for is where one goes; but one
            // who leaves a thing for someone ("left some room for Tarsk") gives it.
            "for"
                if (i.saturating_sub(4)..i).any(|k| {
                    ctx.ontology
                        .verbs
                        .get(ctx.lower_token(s, k))
                        .is_some_and(|f| matches!(f.lemma.as_str(), "leave" | "depart"))
                        && (k + 1..i).all(|j| ctx.token(s, j).starts_with(char::is_uppercase))
                }) =>
            {
                "destination"
            }
            "for" => "beneficiary",
            // "growth outside Ruritania": a name after these is no object.
            "outside" => "outside",
            "beyond" => "beyond",
            "despite" => "despite",
            "including" => "including",
            "like" => "like",
            "about" => "about",
            "over" => "over",
            "under" => "under",
            "through" => "through",
            "across" => "across",
            // "found no coverage on Acme", "during the Tarsk Cup"; but "called on Roe",
            // "focused on Acme": after a verb "on" opens its object. ("said on Radio Tarsk",
            // "predicted on Fox News", "clarified on CNN that …": where it was said.)
            "on" if !(i > 0 && {
                let before = lower(toks[i - 1].text(text));
                let clause_follows = ctx.reporting_lemma(s, i - 1).is_some()
                    && ctx.token(s, ctx.token_from(s, span.end)) == "that";
                let says_where = clause_follows
                    || matches!(
                        ctx.ontology.reporting_lemma(before.as_ref()),
                        Some(
                            "say"
                                | "predict"
                                | "announce"
                                | "claim"
                                | "state"
                                | "add"
                                | "note"
                                | "insist"
                                | "argue"
                                | "write"
                                | "tweet"
                                | "declare"
                                | "tell"
                        )
                    );
                // ("lift its sanctions on Tarsk", "imposed new sanctions on Tarsk": a form that
                // is also a plural noun is the noun after a determiner or a verb, past its
                // adjectives.)
                let plural_noun = || {
                    (i.saturating_sub(4)..i - 1)
                        .rev()
                        .map(|k| (k, ctx.lower_token(s, k)))
                        .find(|&(k, w)| {
                            toks[k].kind != TokenKind::Word
                                || determiner_or_possessive(w)
                                || ctx.ontology.verbs.contains_key(w)
                        })
                        .is_some_and(|(k, w)| {
                            toks[k].kind == TokenKind::Word
                                && (determiner_or_possessive(w)
                                    || ctx.ontology.verbs.get(w).is_some_and(|f| !f.also_noun))
                        })
                };
                !says_where
                    && ctx.ontology.verbs.get(before.as_ref()).is_some_and(|f| {
                        f.past
                            || !f.also_noun
                            || before.ends_with("ing")
                            || (f.third && !plural_noun())
                    })
            }) =>
            {
                "on"
            }
            "during" => "during",
            // "held Roe in contempt of Congress", "acted in defiance of Acme": "in", a noun and
            // "of" make one preposition, and the name after it is no place.
            "of" if before(2) == "in" && IN_NOUN_OF.contains(&before(1)) => ELSEWHERE,
            // "backed the invasion of Ruritania": the name is inside the object, which is the
            // event.
            "of" if i > 0 && {
                let head = lower(toks[i - 1].text(text));
                ctx.ontology.event_nouns.contains_key(head.as_ref())
                    || ((head.ends_with("tion") || head.ends_with("sion")) && head != "nation")
            } =>
            {
                ELSEWHERE
            }
            "of" if i > 0 && toks[i - 1].kind == TokenKind::Word && {
                let head = toks[i - 1].text(text);
                // ("spoke of Roe", "thinking of Acme": a verb's "of"; "pulled out of the Tarsk
                // Open": a particle's; "devastated much of the Tarsk coast": a share of the
                // place is still the place.)
                head.starts_with(char::is_lowercase)
                    && !matches!(
                        head,
                        "out" | "much" | "most" | "all" | "part" | "parts" | "half" | "some"
                    )
                    && ctx
                        .ontology
                        .verbs
                        .get(head)
                        .is_none_or(|f| f.also_noun && !f.past && !head.ends_with("ing"))
                    && ctx
                        .ontology
                        .descriptor_type(head, DescriptorPosition::Of)
                        .is_none()
            } =>
            {
                // ("sacked secretary of state Roe": the words after "of" end a title that names
                // the person.)
                let title = toks[i - 1]
                    .text(text)
                    .rsplit('-')
                    .next()
                    .is_some_and(|w| ctx.ontology.is_title(&w.to_lowercase()))
                    && (i + 1..first).all(|k| {
                        toks[k].kind == TokenKind::Word
                            && !determiner_or_possessive(ctx.lower_token(s, k))
                    })
                    && i + 1 < first;
                of_noun = !title;
                continue;
            }
            // "headed past Roe", "after Roe resigned", "than Acme": no argument of the verb.
            // "approved a treaty between Tarsk and Ruritania": the names are the treaty's.
            "past" | "behind" | "beside" | "around" | "along" | "amid" | "among" | "between"
            | "by" | "via" | "after" | "before" | "since" | "until" | "than" | "as" | "because"
            | "if" | "when" | "while" | "unless" | "although" | "though" | "whether" => ELSEWHERE,
            _ => {
                // Nouns and adjectives may stand between the preposition and the name, but
                // not the verb of an infinitive ("to win the Tarsk Cup", "to formally censure
                // Roe": no destination).
                let infinitive = (i > 0
                    && toks[i - 1].text(text) == "to"
                    && ctx.ontology.verbs.get(&w).is_some_and(|f| f.base))
                    || (i > 1 && infinitive_at(ctx, s, i - 2) && toks[i - 1].text(text) != "to");
                if toks[i].kind == TokenKind::Word
                    && w.starts_with(char::is_lowercase)
                    && !OBJECT_STOP.contains(&w.as_str())
                    && !infinitive
                    && !ctx
                        .ontology
                        .verbs
                        .get(&w)
                        .is_some_and(|f| f.past || f.third || w.ends_with("ing"))
                {
                    continue;
                }
                // "in a 2010 Acme interview": a year stands among the modifiers too.
                if toks[i].kind == TokenKind::Number
                    && w.len() == 4
                    && i > 0
                    && matches!(
                        lower(toks[i - 1].text(text)).as_ref(),
                        "a" | "an" | "the" | "its" | "his" | "her" | "their"
                    )
                {
                    continue;
                }
                "object"
            }
        };
        break;
    }
    // "his WBA, IBF and WBO title belts": the names of a list modify the noun after the last.
    let after_name = toks.iter().position(|x| x.span.start >= span.end);
    let mut next = after_name;
    let mut joined = false;
    while let Some(k) = next
        && toks
            .get(k)
            .is_some_and(|x| matches!(x.text(text), "," | "and" | "or"))
        && toks.get(k + 1).is_some_and(|x| {
            x.kind == TokenKind::Word && x.text(text).starts_with(char::is_uppercase)
        })
    {
        joined |= matches!(ctx.token(s, k), "and" | "or");
        let mut j = k + 1;
        while toks.get(j).is_some_and(|x| {
            x.kind == TokenKind::Word && x.text(text).starts_with(char::is_uppercase)
        }) {
            j += 1;
        }
        next = Some(j);
    }
    // Only a list closed by "and" or "or" is one ("the nation, Roe said" is not).
    if !joined {
        next = after_name;
    }
    // "Ruritania's tidal waves", "Ruritania's Tarsk region": the possessor qualifies the noun
    // phrase after it, which is the argument.
    // "Democrats’ suggestions": a plural's possessive is the bare mark after its "s".
    // ("1,168 delegates to Roe's 884": or the figure after it.)
    let possessor = next.is_some_and(|k| {
        (matches!(ctx.token(s, k), "'s" | "’s")
            || (matches!(ctx.token(s, k), "'" | "’")
                && text[..toks[k].span.start].ends_with('s')
                && toks[k].span.start == toks[k - 1].span.end))
            && (number_at(ctx, s, k + 1) || owned_word_at(ctx, s, k + 1))
    });
    // "the U.S.-led coalition", "the U.S.-Mexico trade deal": a name hyphened to the next
    // word, or to the one before it, is an adjective.
    let hyphened = text[span.end..]
        .strip_prefix('-')
        .is_some_and(|rest| rest.starts_with(char::is_alphabetic))
        || text[..span.start]
            .strip_suffix('-')
            .is_some_and(|before| before.ends_with(|c: char| c.is_alphabetic() || c == '.'));
    let modifier = possessor
        || hyphened
        || next.and_then(|k| toks.get(k)).is_some_and(|x| {
            x.kind == TokenKind::Word
                && x.text(text).starts_with(char::is_lowercase)
                && !OBJECT_STOP.contains(&x.text(text))
                && !matches!(
                    x.text(text),
                    "of" | "'s" | "’s" | "last" | "next" | "this" | "early" | "late" | "earlier" | "later" | "ago"
                )
                // "ratified a partnership treaty between Tarsk and Ruritania": a preposition
                // after the name is no noun it modifies.
                && !PREPOSITIONS_NOT_IN_OBJECT_STOP.contains(&x.text(text))
                // A verb after the name starts a new clause ("… Ruritania sent …"); but a
                // demonym that is no plural describes a plural noun ("carry British hopes").
                && ((ctx.ontology.reporting_lemma(x.text(text)).is_none()
                    && !ctx.ontology.is_finite_verb(x.text(text)))
                    // ("filed a follow-up Globex report": after an indefinite article, a word
                    // that may be a noun is one, even one that may be a verb; so after "the"
                    // that a preposition opens: "on the findings in the Globex report".)
                    || ((indefinite_before(ctx, s, first)
                        || (first >= 2
                            && ctx.lower_token(s, first - 1) == "the"
                            && OBJECT_STOP.contains(&ctx.lower_token(s, first - 2))))
                        && ctx.ontology.verbs.get(x.text(text)).is_none_or(|f| f.also_noun))
                    || (x.text(text).ends_with('s')
                        && !text[span.clone()].ends_with('s')
                        && ctx.ontology.is_demonym(&text[span.clone()])
                        && ctx.ontology.verbs.get(x.text(text)).is_some_and(|f| f.also_noun)))
        })
        // "met Home Office Minister Roe": a capitalised title after the name; "with Austrian
        // Tom Hale": a name after a demonym.
        || next.and_then(|k| toks.get(k)).is_some_and(|x| {
            x.kind == TokenKind::Word
                && x.text(text).starts_with(char::is_uppercase)
                && (ctx.ontology.is_title(&x.text(text).to_lowercase())
                    || ctx.ontology.is_demonym(&text[span.clone()]))
        })
        // "met Senate Republicans": a body's name before a party's members names which ones.
        || next.and_then(|k| toks.get(k)).is_some_and(|x| {
            x.kind == TokenKind::Word
                && x.span.start == span.end + 1
                && x.text(text).ends_with('s')
                && ctx
                    .ontology
                    .gazetteer
                    .lookup(x.text(text))
                    .iter()
                    .any(|e| e.entity_type == EntityType::Organization)
        })
        // "defeated four Senate Democratic incumbents": so does a name before a capitalised
        // adjective and a plural noun.
        || next.is_some_and(|k| {
            toks.get(k).is_some_and(|x| {
                x.kind == TokenKind::Word && x.text(text).starts_with(char::is_uppercase)
            }) && toks.get(k + 1).is_some_and(|x| {
                let w = x.text(text);
                x.kind == TokenKind::Word
                    && w.starts_with(char::is_lowercase)
                    && w.ends_with('s')
                    && ctx.ontology.common_words.contains(w)
                    && ctx.ontology.verbs.get(w).is_none_or(|f| f.also_noun)
            })
        });
    (role, modifier || (of_noun && role == "object"))
}

/// Whether token `k`, right after a possessive mark, opens what the possessor owns ("Roe's
/// stated aims", "Roe's claims"), not a verb the mark shortens ("Roe's said" is "Roe has
/// said").
fn owned_word_at(ctx: &DocContext<'_>, s: usize, k: usize) -> bool {
    let (text, toks) = (ctx.text(), &ctx.sentences[s].tokens);
    let Some(x) = toks.get(k) else {
        return false;
    };
    let w = x.text(text);
    // "Roe's stated aims", "Acme's proposed merger": a participle before a noun
    // is an adjective, not "Roe has stated".
    let adjective = w.ends_with("ed")
        && toks.get(k + 1).is_some_and(|n| {
            let noun = ctx.lower_token(s, k + 1);
            n.kind == TokenKind::Word
                && n.text(text).starts_with(char::is_lowercase)
                && !OBJECT_STOP.contains(&noun)
                && !is_auxiliary(noun)
                && !matches!(
                    noun,
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "it"
                        | "he"
                        | "she"
                        | "they"
                        | "him"
                        | "them"
                        | "up"
                        | "out"
                        | "down"
                        | "off"
                        | "back"
                        | "not"
                )
                && ctx.ontology.verbs.get(noun).is_none_or(|f| f.also_noun)
        });
    // ("Roe's said" is "Roe has said", but "Roe's claims" are hers: after "'s" a
    // reporting word's third-person form is a plural noun.)
    let reports_as_verb = ctx.ontology.reporting_lemma(w).is_some()
        && ctx
            .ontology
            .verbs
            .get(w)
            .is_none_or(|f| !f.third || w.ends_with("ing"));
    x.kind == TokenKind::Word
        && !OBJECT_STOP.contains(&w)
        && (adjective || (!ctx.ontology.is_finite_verb(w) && !reports_as_verb))
}

/// Whether an indefinite article stands before token `first`, past at most two lower-case
/// words ("a Globex report", "a follow-up Globex report"): what follows is one noun phrase.
fn indefinite_before(ctx: &DocContext<'_>, s: usize, first: usize) -> bool {
    (first.saturating_sub(3)..first).rev().any(|k| {
        matches!(ctx.lower_token(s, k), "a" | "an")
            && (k + 1..first).all(|j| {
                ctx.sentences[s].tokens[j].kind == TokenKind::Word
                    && ctx.token(s, j).starts_with(char::is_lowercase)
                    && !OBJECT_STOP.contains(&ctx.token(s, j))
            })
    })
}

/// The sex a third-person pronoun gives ("he", "his", "him"; "she", "her", "hers").
fn pronoun_sex(pronoun: &str) -> Option<Sex> {
    match lower(pronoun).as_ref() {
        "he" | "his" | "him" => Some(Sex::Male),
        "she" | "her" | "hers" => Some(Sex::Female),
        _ => None,
    }
}

/// Whether `word` opens a clause at the start of a sentence whose pronoun stands for the
/// subject after the clause's comma ("Since she presented the show, Roe has …"): a
/// subordinator other than "whether" and "unless".
fn opens_pronouns_clause(word: &str) -> bool {
    opens_subordinate_clause(word)
        && !word.eq_ignore_ascii_case("whether")
        && !word.eq_ignore_ascii_case("unless")
}

/// Whether token `p` marks a possessive: "'s", or an apostrophe alone set right after a word
/// in "s" and before another word ("Congress' research arm", "the Times’ editors").
pub(super) fn possessive_mark(ctx: &DocContext<'_>, s: usize, p: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    match ctx.token(s, p) {
        "'s" | "’s" => true,
        "'" | "’" => {
            p > 0
                && toks[p].span.start == toks[p - 1].span.end
                && ctx.token(s, p - 1).ends_with('s')
                && toks
                    .get(p + 1)
                    .is_some_and(|x| x.kind == TokenKind::Word && x.span.start > toks[p].span.end)
        }
        _ => false,
    }
}

/// The person a "he", "she", "his" or "her" at byte `at` refers to: the first person (the
/// subject) of the last sentence before `at` that names one outside quotation marks, of the
/// sex the pronoun gives where a given name or an honorific tells the person's.
pub(super) fn pronoun_antecedent(
    ctx: &DocContext<'_>,
    out: &Extraction,
    at: usize,
    pronoun: &str,
) -> Option<usize> {
    let sex = pronoun_sex(pronoun);
    let fits = |m: usize| {
        let mention = &out.mentions[m];
        mention.span.end <= at
            && mention.entity_type == EntityType::Person
            && !out.quoted(mention.span.start)
            && sex.is_none_or(|sex| person_sex(ctx, out, m).is_none_or(|s| s == sex))
    };
    // The last fitting mention's sentence, then its first fitting mention: a sex is looked up
    // only for the few mentions tried.
    let last = (0..out.mentions.len()).rev().find(|&m| fits(m))?;
    let sentence = out.mentions[last].sentence;
    let mut first = (0..=last).find(|&m| out.mentions[m].sentence == sentence && fits(m))?;
    // (Sentences are in text order: a binary search, as a pronoun is resolved many times.)
    let after_comma = |m: usize| {
        ctx.text()[..out.mentions[m].span.start]
            .trim_end()
            .ends_with(',')
    };
    let pronoun_sentence = Some(ctx.sentences.partition_point(|x| x.span.end <= at))
        .filter(|&k| ctx.sentences.get(k).is_some_and(|x| x.span.contains(&at)));
    // "As he enters his last year in office, Roe will find …": a pronoun in a clause that
    // opens its sentence stands for the person named right after the clause's comma.
    if let Some(k) = pronoun_sentence {
        let toks = &ctx.sentences[k].tokens;
        // (The pronoun is the clause's first word after the subordinator: in "If you went
        // there he would be known everywhere, in places Lee would not be" the comma closes
        // no opening clause.)
        let opens = toks.get(1).is_some_and(|x| x.span.start == at)
            && toks
                .first()
                .is_some_and(|x| opens_pronouns_clause(x.text(ctx.text())));
        if opens
            && let Some(comma) = toks
                .iter()
                .find(|x| x.text(ctx.text()) == ",")
                .filter(|c| c.span.start > at)
            && let Some(named) = (0..out.mentions.len()).find(|&m| {
                let mention = &out.mentions[m];
                mention.sentence == k
                    && mention.entity_type == EntityType::Person
                    && mention.span.start >= comma.span.end
                    && word_gap(ctx.text(), comma.span.end, mention.span.start) <= 2
                    && sex.is_none_or(|sex| person_sex(ctx, out, m).is_none_or(|s| s == sex))
            })
        {
            return Some(named);
        }
    }
    // "Roe asked Lee if she supports it": the one asked is who the question is about
    // ("questioned Lee on whether she …", "pressed Lee about whether she …" too).
    if let Some(k) = pronoun_sentence
        && let p = ctx.token_from(k, at)
        && p >= 2
        && matches!(ctx.lower_token(k, p - 1), "if" | "whether")
        && let name_end = if p >= 3 && matches!(ctx.lower_token(k, p - 2), "on" | "about" | "over")
        {
            p - 3
        } else {
            p - 2
        }
        && let Some(asked) = (0..=last).rev().find(|&m| {
            out.mentions[m].span.end == ctx.sentences[k].tokens[name_end].span.end && fits(m)
        })
        && ctx
            .token_from(k, out.mentions[asked].span.start)
            .checked_sub(1)
            .and_then(|v| ctx.ontology.verbs.get(ctx.lower_token(k, v)))
            .is_some_and(|f| matches!(f.lemma.as_str(), "ask" | "press" | "question"))
    {
        return Some(asked);
    }
    // "The agent claimed that he …", "… Roe said. The spokesman added that he …": a person
    // the sentence names by a noun only is nearer than the name before.
    let described_between = (sentence + 1..=pronoun_sentence.unwrap_or(sentence))
        .any(|k| described_person_subject(ctx, k, at, sex));
    if described_between {
        return None;
    }
    // "He took a post in Lee's government. But he joined …": a pronoun that opens the
    // sentence before stands for the one this pronoun does, not the name after it.
    if let Some(sex) = sex
        && pronoun_sentence != Some(sentence)
        && let Some(earlier) = ctx.sentences[sentence].tokens.iter().find(|x| {
            x.span.end <= out.mentions[first].span.start
                && !out.quoted(x.span.start)
                && matches!(
                    (sex, lower(x.text(ctx.text())).as_ref()),
                    (Sex::Male, "he") | (Sex::Female, "she")
                )
        })
    {
        // "Since she presented the show, Roe has …": a pronoun in a clause that opens the
        // sentence stands for the subject after its comma.
        let opening_clause = ctx.sentences[sentence].tokens.first().is_some_and(|x| {
            x.span.end < earlier.span.start && opens_pronouns_clause(x.text(ctx.text()))
        });
        let subject_after_comma = (first..=last)
            .find(|&m| out.mentions[m].sentence == sentence && fits(m) && after_comma(m));
        match subject_after_comma.filter(|_| opening_clause) {
            Some(subject) => first = subject,
            None => {
                return pronoun_antecedent(ctx, out, earlier.span.start, earlier.text(ctx.text()));
            }
        }
    }
    // "If Roe is the gunman, Lee said, it is sad. … he said": a name in a subordinate clause
    // is no subject of the sentence; the first name of a main clause after a comma is (in
    // the pronoun's own sentence too: "Although Lee went further than Roe, Hale said he …").
    // ("Speaking at an event honouring Roe, Lee said …": so is a name in an opening
    // participle's clause.)
    let subordinate = |m: usize| {
        let i = ctx.token_from(sentence, out.mentions[m].span.start);
        opens_with_subordinator(ctx, sentence, i) || in_opening_participle_clause(ctx, sentence, i)
    };
    if subordinate(first)
        && let Some(main) = (first + 1..=last).find(|&m| {
            out.mentions[m].sentence == sentence && fits(m) && after_comma(m) && !subordinate(m)
        })
    {
        first = main;
    }
    // "Roe's head of security, Tom Hale, wrote that he …": the owner is no subject; the name
    // after the noun it owns is.
    let possessive = |m: usize| {
        possessive_mark(
            ctx,
            sentence,
            ctx.token_from(sentence, out.mentions[m].span.end),
        )
    };
    if possessive(first)
        && let Some(next) = (first + 1..=last).find(|&m| {
            out.mentions[m].sentence == sentence
                && fits(m)
                && !possessive(m)
                && after_comma(m)
                && word_gap(
                    ctx.text(),
                    out.mentions[first].span.end,
                    out.mentions[m].span.start,
                ) <= 6
        })
    {
        first = next;
    }
    // "Lee said Roe is considering whether he should …": in the pronoun's own sentence, the
    // subject of the clause a report opens is nearer than the reporter.
    let s = sentence;
    if first != last && ctx.sentences[s].span.contains(&at) {
        let subject_of_clause = {
            let next = ctx.token_from(s, out.mentions[last].span.end);
            let w = ctx.lower_token(s, next);
            finite_or_auxiliary(ctx, w)
                && preposition_before(ctx, out, s, &out.argument_mentions(s), last).is_none()
        };
        let report_between = (ctx.token_from(s, out.mentions[first].span.end)
            ..ctx.token_from(s, out.mentions[last].span.start))
            .any(|i| reports_at(ctx, s, i));
        if subject_of_clause && report_between {
            return Some(last);
        }
    }
    Some(first)
}

/// Whether token `i` of sentence `s` stands in a clause that an -ing form opens before the
/// sentence's first comma: "Speaking at an event honouring Roe, Lee said …". ("According to
/// Roe, Lee vowed …" names a source, not a clause's party.)
fn in_opening_participle_clause(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    let opener = ctx.lower_token(s, 0);
    i > 0
        && opener.ends_with("ing")
        && opener != "according"
        && ctx.ontology.verbs.get(opener).is_some_and(|f| !f.also_noun)
        && (1..i).all(|k| ctx.token(s, k) != ",")
        && (i + 1..ctx.sentences[s].tokens.len()).any(|k| ctx.token(s, k) == ",")
}

/// Whether sentence `s` opens, before byte `at`, with a person named by a noun alone and its
/// verb: "The agent later claimed …", "But the party's spokesman questioned …". A noun of the
/// other sex than `sex` does not count.
fn described_person_subject(ctx: &DocContext<'_>, s: usize, at: usize, sex: Option<Sex>) -> bool {
    let toks = &ctx.sentences[s].tokens;
    let mut k = 0;
    while matches!(ctx.lower_token(s, k), "but" | "and" | "yet" | "still" | ",") {
        k += 1;
    }
    if !matches!(ctx.lower_token(s, k), "the" | "a" | "an") {
        return false;
    }
    // Up to three words before the noun ("the Lib Dem spokesman").
    (k + 1..(k + 5).min(toks.len())).any(|n| {
        let noun = ctx.lower_token(s, n);
        let noun_sex = match noun {
            "woman" | "girl" | "mother" | "wife" | "daughter" | "sister" | "spokeswoman"
            | "chairwoman" | "businesswoman" | "actress" => Some(Sex::Female),
            "man" | "boy" | "father" | "husband" | "son" | "brother" | "spokesman" | "chairman"
            | "businessman" | "actor" => Some(Sex::Male),
            _ => None,
        };
        // (Titles of office are left out: "the Russian president" is resolved to the name it
        // stands for.)
        let person = noun_sex.is_some() || PERSON_NOUNS.contains(&noun);
        let verb = ctx.lower_token(s, n + 1);
        person
            && toks[n + 1..].first().is_some_and(|x| x.span.end <= at)
            && (finite_or_auxiliary(ctx, verb) || matches!(verb, "later" | "also" | "then"))
            && (k + 1..n)
                .all(|w| toks[w].kind == TokenKind::Word && !is_auxiliary(ctx.lower_token(s, w)))
            && noun_sex.is_none_or(|ns| sex.is_none_or(|ps| ps == ns))
    })
}

/// Whether mention `m`, named after an "of", may still be the party that acts: the noun
/// before the "of", past its article and up to two modifiers, speaks for what `m` names ("a
/// spokesman of Acme", "officials of the Tarsk government", "the government of Oskol"), or
/// there is no such noun. So may a possessor ("part of Acme's plan to cut jobs"), the name a
/// relative clause describes ("the testimony of Roe, who led the inquiry") or a gerund has
/// for its subject ("within a year of Acme winning the bid"), a person the head
/// noun names ("the chairman of the party Jane Roe") and, in an appositive ("Roe, president of
/// Acme, said"), the name it describes, which the caller finds.
/// But in "the chairman of the Tarsk Committee said" the chairman speaks.
pub(super) fn acts_after_of(ctx: &DocContext<'_>, out: &Extraction, s: usize, m: usize) -> bool {
    let first = ctx.token_from(s, out.mentions[m].span.start);
    // Back past an article and lower-case modifiers ("of the ruling Tarsk party"), to the
    // "of" ("Secretary of State Jane Roe" is a title).
    let modifier = |k: usize| {
        let w = ctx.token(s, k);
        // ("the director of Tarsk’s Civil Aviation Authority": past an owner and its mark.)
        matches!(w, "the" | "a" | "an" | "'s" | "’s")
            || (w.starts_with(char::is_uppercase) && matches!(ctx.token(s, k + 1), "'s" | "’s"))
            || (w.starts_with(char::is_lowercase)
                && w != "of"
                && !OBJECT_STOP.contains(&w)
                && !PREPOSITIONS_NOT_IN_OBJECT_STOP.contains(&w)
                && !matches!(w, "why" | "how" | "what" | "where" | "whom" | "whose")
                && !ctx.ontology.is_finite_verb(w)
                && !is_auxiliary(w))
    };
    let Some(of) = (first.saturating_sub(4)..first)
        .rev()
        .take_while(|&k| ctx.token(s, k) == "of" || modifier(k))
        .find(|&k| ctx.token(s, k) == "of")
    else {
        return true;
    };
    // ("the panel in the District of Columbia's Court of Appeals ruled": an "of" inside the
    // owner's name is no phrase the name stands in.)
    if (of + 1..first).any(|k| matches!(ctx.token(s, k), "'s" | "’s"))
        && of > 0
        && ctx.token(s, of - 1).starts_with(char::is_uppercase)
    {
        return true;
    }
    // "in the final game of the tour the Barbarians defeated …": an article after the noun
    // of the "of" phrase opens another phrase, which the name heads.
    if (of + 2..first).any(|k| matches!(ctx.token(s, k), "the" | "a" | "an")) {
        return true;
    }
    let possessive = ctx.text()[out.mentions[m].span.end..].starts_with(['\'', '’']);
    let mut next = ctx.token_from(s, out.mentions[m].span.end);
    if ctx.token(s, next) == "," {
        next += 1;
    }
    let relative = matches!(ctx.lower_token(s, next), "who" | "which" | "whose" | "that");
    // "within a year of the Tarsk Party winning power": the gerund's subject.
    let gerund = {
        let w = ctx.token(s, next);
        w.ends_with("ing") && ctx.ontology.verbs.contains_key(w)
    };
    // ("Roe, chairman of Acme, said": a name before the comma; "But whether …, the chairman of
    // Acme says": a comma that closes an opening clause is none.)
    let appositive = (of.saturating_sub(6)..of).any(|k| {
        ctx.token(s, k) == "," && k > 0 && ctx.token(s, k - 1).starts_with(char::is_uppercase)
    });
    // "the outgoing chairman of the party Jane Roe": the name is the head's own.
    let named_head = out.mentions[m].entity_type == EntityType::Person
        && first > of + 1
        && ctx.token(s, first - 1).starts_with(char::is_lowercase)
        && !matches!(ctx.token(s, first - 1), "the" | "a" | "an");
    of == 0
        || possessive
        || relative
        || gerund
        || appositive
        || named_head
        || number_at(ctx, s, of - 1)
        || VOICE_OF_WHOLE.contains(&ctx.lower_token(s, of - 1))
}

/// Whether `noun`, or its singular when it is a plural in -s, is in `list`.
fn listed_noun(list: &[&str], noun: &str) -> bool {
    list.contains(&noun) || list.contains(&noun.strip_suffix('s').unwrap_or(noun))
}

/// Nouns before "of" whose phrase speaks as, or for, the name after it: its voice ("a
/// spokesman of Acme", "officials of Acme", "the government of Oskol"), a part of its people
/// ("78 percent of Tarskians", "members of the Tarsk Party", "most of Acme's staff"; numbers
/// are asked apart) or the place it names ("the capital of Tarsk", "the city of Tarsk").
const VOICE_OF_WHOLE: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "official",
    "officials",
    "representative",
    "representatives",
    "government",
    "leadership",
    "management",
    "board",
    "percent",
    "members",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "several",
    "both",
    "majority",
    "most",
    "many",
    "some",
    "all",
    "half",
    "people",
    "capital",
    "city",
    "town",
    "region",
    "province",
    "state",
    "county",
    "village",
    "island",
    "republic",
    "kingdom",
];

/// Nouns for people by their tie to someone: "an aide to Roe", "the lawyer for Roe", "a friend
/// of Roe", "representatives for Roe" (kin are in [`KINSHIP`]).
const ASSOCIATE_NOUNS: &[&str] = &[
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "aide",
    "aides",
    "ally",
    "allies",
    "associate",
    "associates",
    "attorney",
    "attorneys",
    "confidant",
    "friend",
    "friends",
    "lawyer",
    "lawyers",
    "representative",
    "representatives",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

/// Whether person mention `m` is named only as the one whom a person named by a noun serves
/// or is kin to: "a senior aide to Roe, who took …", "the lawyer for Roe said", "the wife of
/// President Roe said". That person acts, not Roe. (A body's spokesman speaks for the body.)
pub(super) fn tied_to_unnamed_person(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    m: usize,
) -> bool {
    // ("a spokesman for Roe's campaign" names the campaign's man.)
    let possessive = ctx.text()[out.mentions[m].span.end..].starts_with(['\'', '’']);
    if out.mentions[m].entity_type != EntityType::Person || possessive {
        return false;
    }
    let mut i = ctx.token_from(s, out.mentions[m].span.start);
    // Past a title before the name: "an aide to President Roe".
    while i > 0
        && ctx.token(s, i - 1).starts_with(char::is_uppercase)
        && ctx.ontology.is_title(ctx.token(s, i - 1))
    {
        i -= 1;
    }
    i >= 2 && matches!(ctx.lower_token(s, i - 1), "to" | "for" | "of") && {
        let noun = ctx.lower_token(s, i - 2);
        ASSOCIATE_NOUNS.contains(&noun) || KINSHIP.contains(&noun) || PERSON_NOUNS.contains(&noun)
    }
}

/// Nouns for a person that no title list holds, as a sentence's subject: "The agent said".
const PERSON_NOUNS: &[&str] = &[
    "agent",
    "attorney",
    "driver",
    "lawyer",
    "officer",
    "passenger",
    "pilot",
    "spokesperson",
    "suspect",
    "victim",
    "witness",
];

/// The sex of the person mention `m` names, where its honorific ("Mr.", "Ms.") or its given
/// name tells it; a lone surname takes that of the last full name before it that ends with it,
/// and a lone given name that of the last one that opens with it ("Donald and Ivana Trump").
fn person_sex(ctx: &DocContext<'_>, out: &Extraction, m: usize) -> Option<Sex> {
    let text = ctx.text();
    let of_name = |m: usize| {
        if let Some(sex) = text[..out.mentions[m].span.start]
            .split_whitespace()
            .next_back()
            .and_then(Sex::of_honorific)
        {
            return Some(sex);
        }
        let name = &text[out.mentions[m].span.clone()];
        let first = name.split_whitespace().next()?;
        (first != name)
            .then(|| ctx.ontology.given_name_sexes.get(first).copied())
            .flatten()
    };
    of_name(m).or_else(|| {
        let part = &text[out.mentions[m].span.clone()];
        (0..m).rev().find_map(|k| {
            let full = &text[out.mentions[k].span.clone()];
            let ends_with_part = full
                .strip_suffix(part)
                .is_some_and(|rest| rest.ends_with(' '));
            let opens_with_part = full
                .strip_prefix(part)
                .is_some_and(|rest| rest.starts_with(' '));
            (out.mentions[k].entity_type == EntityType::Person
                && (ends_with_part || opens_with_part))
                .then(|| of_name(k))
                .flatten()
        })
    })
}

/// The counted noun of a figure whose words end before token `next` ("3,000 troops", "135
/// advanced engines", "12 intelligence officers", "four US plants"): the last word of the
/// lower-case words after the figure, before a preposition or a verb.
pub(super) fn counted_noun<'t>(ctx: &'t DocContext<'_>, s: usize, next: usize) -> Option<&'t str> {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    let noun_word = |t: &Token| {
        let w = t.text(text);
        t.kind == TokenKind::Word
            && w.starts_with(char::is_lowercase)
            // "eight post-World Cup Tests": a prefix before a name counts nothing.
            && !w.contains(char::is_uppercase)
            && !OBJECT_STOP.contains(&w)
            && !matches!(
                w,
                "of" | "per"
                    | "a"
                    | "an"
                    | "the"
                    | "last"
                    | "next"
                    | "this"
                    | "each"
                    | "ago"
                    | "earlier"
                    | "later"
                    | "overnight"
                    | "today"
                    | "yesterday"
                    | "tonight"
                    | "tomorrow"
                    // "$5 million against Roe": a preposition ends the figure's words.
                    | "against"
                    | "across"
                    | "through"
                    | "under"
                    | "toward"
                    | "towards"
                    | "among"
                    | "between"
                    | "via"
                    | "without"
                    // "the two seats they need": a pronoun opens a relative clause.
                    | "they"
                    | "he"
                    | "she"
                    | "it"
                    | "we"
                    | "you"
                    | "i"
                    // "20 out of 30", "17 aboard", "seven attackers approached them":
                    // adverbs, pronouns and particles count nothing.
                    | "out"
                    | "along"
                    | "aboard"
                    | "off"
                    | "about"
                    | "him"
                    | "her"
                    | "them"
                    | "us"
                    | "inside"
                    | "outside"
                    | "around"
                    | "up"
                    | "down"
                    | "away"
                    | "back"
                    | "why"
                    | "what"
                    | "how"
                    | "worth"
                    | "again"
                    | "too"
                    // "10 minutes apiece".
                    | "apiece"
                    // "8,000 deportees so far this year".
                    | "so"
            )
            // "11 million immigrants already in the country": an adverb without "-ly".
            && !ADVERBS_IN_VERB_GROUP.contains(&w)
            && !is_auxiliary(w)
            // "the two wouldn’t be": a contraction is no noun.
            && !w.contains(['\'', '’'])
    };
    let finite_verb = |t: &Token| ctx.ontology.is_finite_verb(t.text(text));
    // "a 33 year war veteran", written for "33-year": a singular measure before a noun is the
    // figure's unit, and the noun after it is no count.
    if let Some(measure) = toks.get(next).map(|t| t.text(text))
        && matches!(
            measure,
            "year" | "month" | "week" | "day" | "hour" | "minute" | "mile"
        )
        && toks.get(next + 1).is_some_and(noun_word)
    {
        return Some(measure);
    }
    let mut k = next;
    while k < toks.len()
        && toks[k].kind == TokenKind::Word
        && toks[k].text(text).starts_with(char::is_uppercase)
        && k < next + 2
    {
        k += 1; // "four US plants"
    }
    let mut counted = None;
    let capitalised =
        |t: &Token| t.kind == TokenKind::Word && t.text(text).starts_with(char::is_uppercase);
    while k < toks.len() && k < next + 5 {
        // "9,000 hourly U.S. jobs", "three senior Sri Lankan leaders": a name of a word or
        // two may modify the noun.
        if capitalised(&toks[k]) {
            let after_name = (k + 1..(k + 3).min(toks.len()))
                .find(|&j| !capitalised(&toks[j]))
                .unwrap_or(k + 3);
            if toks.get(after_name).is_some_and(noun_word) {
                k = after_name;
                continue;
            }
        }
        if !noun_word(&toks[k]) {
            break;
        }
        // "five kilometers south of the town": a direction or extent after the unit.
        if counted.is_some()
            && matches!(
                toks[k].text(text),
                "north" | "south" | "east" | "west" | "away" | "long" | "wide" | "high" | "deep"
            )
        {
            break;
        }
        // "700 words taking Roe to task": an -ing form after a plural noun opens a phrase of
        // its own ("three new lending facilities": after an adjective it is one).
        let plural_noun = |t: &Token| {
            let w = t.text(text);
            (w.ends_with('s') && !finite_verb(t)) || matches!(w, "men" | "women" | "people")
        };
        if counted.is_some_and(plural_noun)
            && toks[k].text(text).ends_with("ing")
            && ctx.ontology.verbs.contains_key(toks[k].text(text))
        {
            break;
        }
        // A participle before another noun word is an adjective ("advanced engines");
        // as the last word it is the verb of a new clause ("troops arrived").
        if finite_verb(&toks[k]) && !toks.get(k + 1).is_some_and(noun_word) {
            break;
        }
        // "two boats left Oskol": a past form that is also a noun is the verb after the
        // counted noun when a name or a determiner follows it.
        if counted.is_some()
            && ctx
                .ontology
                .verbs
                .get(toks[k].text(text))
                .is_some_and(|f| f.past)
            && toks.get(k + 1).is_some_and(|next| {
                capitalised(next) || determiner_or_possessive(ctx.lower_token(s, k + 1))
            })
        {
            break;
        }
        // ("20 more years", "50 other countries": modifiers before the noun.)
        if !toks[k].text(text).ends_with("ly") && !matches!(toks[k].text(text), "more" | "other") {
            counted = Some(&toks[k]);
        }
        k += 1;
    }
    // "two ordered", "one involving": a participle is no counted noun.
    counted
        .map(|t| t.text(text))
        .filter(|w| !participle_only(ctx, w))
}

/// Whether token `k` of sentence `s` is a number, in figures or in words ("3", "three").
fn number_at(ctx: &DocContext<'_>, s: usize, k: usize) -> bool {
    ctx.sentences[s]
        .tokens
        .get(k)
        .is_some_and(|t| t.kind == TokenKind::Number)
        || NUMBER_WORDS
            .iter()
            .any(|(n, _)| *n == ctx.lower_token(s, k))
}

/// The value of the number at token `k` of sentence `s`, in figures ("3,000") or in words
/// ("three").
fn number_value(ctx: &DocContext<'_>, s: usize, k: usize) -> Option<f64> {
    let x = ctx.sentences[s].tokens.get(k)?;
    match x.kind {
        TokenKind::Number => x.text(ctx.text()).replace(',', "").parse().ok(),
        TokenKind::Word => NUMBER_WORDS
            .iter()
            .find(|(n, _)| *n == ctx.lower_token(s, k))
            .map(|(_, v)| *v as f64),
        _ => None,
    }
}

/// Whether "or" at token `or` is followed by a number or "so" alone ("a day or two", "a week
/// or so"): a rough measure of the noun before it, not a second thing.
fn rough_measure_after_or(ctx: &DocContext<'_>, s: usize, or: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    (number_at(ctx, s, or + 1) || ctx.lower_token(s, or + 1) == "so")
        && toks.get(or + 2).is_none_or(|t| {
            matches!(t.kind, TokenKind::Punct | TokenKind::Quote)
                || OBJECT_STOP.contains(&ctx.lower_token(s, or + 2))
        })
}

/// The unit of a figure: a share ("10%", with the token after "of" when the share is of
/// something named, and the token after the sign) or a counted noun ("3,000 troops").
pub(super) enum Unit<'t> {
    Share {
        of: Option<usize>,
        after_sign: usize,
    },
    Counted(&'t str),
}

/// Records the unit of the figure whose words end before token `next` and returns it.
pub(super) fn add_unit<'t>(
    ctx: &'t DocContext<'_>,
    s: usize,
    next: usize,
    qualifiers: &mut BTreeMap<String, Arg>,
) -> Option<Unit<'t>> {
    if matches!(ctx.token(s, next), "%" | "percent") {
        qualifiers.insert("unit".to_string(), Arg::Literal("percent".to_string()));
        let of = (ctx.token(s, next + 1) == "of").then_some(next + 2);
        return Some(Unit::Share {
            of,
            after_sign: next + 1,
        });
    }
    // "a $3,000 grant": a sum of money counts no grants; its currency is its unit.
    if (next.saturating_sub(4)..next).any(|k| is_currency_sign(ctx.token(s, k))) {
        return None;
    }
    // "20 times more coverage": a multiple of something, which counts no coverage.
    let noun = if ctx.lower_token(s, next) == "times" {
        ctx.token(s, next)
    } else {
        counted_noun(ctx, s, next)?
    };
    qualifiers.insert("unit".to_string(), Arg::Literal(noun.to_string()));
    Some(Unit::Counted(noun))
}

/// Records a figure and the words that qualify it ("as many as"), and says whether the
/// words were a figure (whose unit the caller records next).
pub(super) fn add_quantity(
    ctx: &DocContext<'_>,
    s: usize,
    at: usize,
    amount: String,
    text: String,
    qualifiers: &mut BTreeMap<String, Arg>,
) -> bool {
    // "3) He asked folks …": the number of a list's item is no figure.
    if at == 0 && ctx.token(s, 1) == ")" {
        return false;
    }
    // "hopes one day it can …": some day, no length of time ("for one day" is one); "one in
    // 10,000 consoles": a rate, no count of them.
    let before = |n: usize| (at >= n).then(|| ctx.lower_token(s, at - n));
    if (ctx.lower_token(s, at) == "one"
        && ctx.lower_token(s, at + 1) == "day"
        && !before(1).is_some_and(|w| {
            matches!(
                w,
                "for" | "in" | "within" | "after" | "over" | "than" | "only" | "just" | "a"
            )
        }))
        || (before(1) == Some("in") && matches!(before(2), Some("one" | "1")))
        // "within a day or two": a rough measure, no count.
        || (before(1) == Some("or") && rough_measure_after_or(ctx, s, at - 1))
        // "six figure checks", "two digit growth": the size of a sum, no count ("one figure from
        // his childhood" is one).
        || (matches!(ctx.lower_token(s, at + 1), "figure" | "figures" | "digit" | "digits")
            && !matches!(ctx.lower_token(s, at), "one" | "1"))
        // "trust one group over another", "lost one demographic or another": one set against
        // another is any one, no count.
        || (ctx.lower_token(s, at) == "one"
            && (at + 2..(at + 5).min(ctx.sentences[s].tokens.len())).any(|k| {
                ctx.lower_token(s, k) == "another"
                    || (ctx.lower_token(s, k) == "the" && ctx.lower_token(s, k + 1) == "other")
            }))
    {
        return false;
    }
    // ("four or five parties": a range is at least its lower end.)
    let range = text.contains(" or ") || text.contains(" to ");
    if let Some(approx) = approximation(ctx, s, at).or_else(|| range.then(|| "at least".into())) {
        qualifiers.insert("approximation".to_string(), Arg::Literal(approx));
    }
    qualifiers.insert("quantity".to_string(), Arg::Quantity { amount, text });
    true
}

/// The object, or else the destination, counterpart, target or place the clause names.
pub(super) fn object_or_place(
    object: Option<Arg>,
    qualifiers: &BTreeMap<String, Arg>,
    relation_type: &str,
) -> Option<Arg> {
    // Where it happened stands for what only where the act is at a place: going there ("fled
    // to Tarsk", "deployed in Tarsk"), meeting or training there, striking it. "lost in the
    // Supreme Court" lost no court, "fired in Benghazi" fired no city, and "left for Camp
    // Tarsk, a retreat in the Oskol hills" left neither.
    let place_is_goal = matches!(
        relation_type,
        "visit"
            | "flee"
            | "evacuate"
            | "deploy"
            | "invade"
            | "attend"
            | "reach"
            | "send"
            | "meet"
            | "train"
            | "strike"
            | "bomb"
            | "attack"
    );
    object.or_else(|| {
        ["destination", "counterpart", "target", "place"]
            .iter()
            .filter(|k| **k != "place" || place_is_goal)
            // ("left for Tarsk" left no Tarsk.)
            .filter(|k| **k != "destination" || relation_type != "leave")
            .find_map(|k| qualifiers.get(*k))
            .cloned()
    })
}

/// Records who the sentence attributes the statement to (unless it is the subject itself) and
/// the date the sentence gives, outside the tokens of what was reported when given.
#[allow(clippy::too_many_arguments)]
pub(super) fn add_claimant_and_date(
    ctx: &DocContext<'_>,
    s: usize,
    t: usize,
    reported: Option<Range<usize>>,
    qualifiers: &mut BTreeMap<String, Arg>,
    claimant: Option<usize>,
    subject: usize,
    object: &Arg,
) {
    // "Ruritania ousted Roe and has said …": one who takes part in the event does not also
    // claim it.
    let participant = |c: usize| {
        c == subject
            || *object == Arg::Mention(c)
            || qualifiers.values().any(|q| *q == Arg::Mention(c))
    };
    let claimed = claimant.filter(|&c| !participant(c));
    if let Some(c) = claimed {
        qualifiers.insert("claimant".to_string(), Arg::Mention(c));
    }
    // "Lee said on Fox News Sunday that Roe has blocked the vote for years": a date up to the
    // words right after the claimant's verb is when it was said, not when the claim happened.
    // "The court on October 10 lifted its stay, and the appeals court on October 13 said …":
    // a date in the verb's own clause comes before one in an earlier clause, which may still
    // date the whole sentence ("On Monday, Acme sold X and Globex bought Y").
    let clause_start = (1..t)
        .rev()
        .find(|&k| {
            let opens_clause = match ctx.lower_token(s, k) {
                ";" => true,
                "and" | "but" | "while" | "whereas" => {
                    ctx.token(s, k - 1) == ","
                        || ctx.token(s, k + 1).starts_with(char::is_uppercase)
                        || matches!(ctx.lower_token(s, k + 1), "the" | "a" | "an")
                }
                _ => false,
            };
            opens_clause && find_date(ctx, s, 0, k).is_some()
        })
        .map_or(0, |k| k + 1);
    // ("Acme said on Wednesday it will invest …": so is a date right after the verb when the
    // claimant acts in the claim; one before it may date both, "On Monday Acme said it will …",
    // and so may one before a report joined to it, "on Monday called … and said …".)
    let report_before = claimant.and_then(|_| (0..t).rev().find(|&k| reports_at(ctx, s, k)));
    let from = match report_before {
        Some(report)
            if claimed.is_some()
                || (ctx.reporting_lemma(s, t).is_none()
                    && find_date(ctx, s, report + 1, (report + 5).min(t)).is_some()) =>
        {
            report + 5
        }
        _ => 0,
    };
    // "cancelled the rally before it was to begin Saturday": a date in a clause opened after
    // the verb is that clause's.
    // "Roe, who also enjoys strong support, will speak on Thursday": nor is a date after the
    // comma that closes a relative clause the relative clause's.
    let in_relative_aside = relative_aside_start(ctx, s, t).is_some();
    // ("foreshadowed the showdown - a March 27 deadline for …": nor is one in an aside a
    // spaced dash opens; "COVID-19", "a 22-13 vote" hold no dash.)
    // ("will sign the order, an official said Thursday": nor is one in the report that closes
    // the sentence.)
    let len = ctx.sentences[s].tokens.len();
    let closing_report = |k: usize| {
        ctx.token(s, k) == ","
            && (k + 1..(k + 5).min(len))
                .find(|&j| reports_at(ctx, s, j))
                .is_some_and(|j| len - j <= 6 && !(k + 1..j).any(|i| ctx.token(s, i) == "that"))
    };
    // ("is demanding an inquiry: on May 5, Roe urged …": nor one past a colon or a
    // semicolon, which opens a sentence of its own; not "11:30 a.m." nor a colon inside a
    // quoted title.)
    let toks = &ctx.sentences[s].tokens;
    let mut quoted = false;
    let to = (t + 1..len)
        .find(|&k| {
            track_quotation(ctx.token(s, k), &mut quoted);
            let sentence_break = match ctx.token(s, k) {
                ";" => true,
                ":" => {
                    !quoted
                        && toks
                            .get(k + 1)
                            .is_some_and(|n| n.span.start > toks[k].span.end)
                }
                _ => false,
            };
            // ("the articles that passed the House on Wednesday": nor one in a relative
            // clause that "that" opens.)
            let relative_that = k > t + 1
                && ctx.token(s, k) == "that"
                && finite_or_auxiliary(ctx, ctx.lower_token(s, k + 1));
            opens_other_clause(ctx.token(s, k))
                || relative_that
                || joins_clause_with_subject(ctx, s, k)
                || sentence_break
                || (in_relative_aside && ctx.token(s, k) == ",")
                || spaced_dash(ctx, s, k)
                || closing_report(k)
        })
        .unwrap_or(usize::MAX);
    // "had Roe on Thursday after launching his show on Monday": a verb right after "after",
    // "before", "since" or "until", or after one and the verb's subject ("was fired on May 2,
    // two weeks after the Justice Department told …"), happened at another time than the
    // clause before, whose dates are not its own. A subject may hold a word that is also a
    // verb's but not an -ing form ("after special counsel Roe delivered", "after talks
    // collapsed").
    let another_time = |w: &str| matches!(w, "after" | "before" | "since" | "until");
    let subject_word = |k: usize| {
        let w = ctx.lower_token(s, k);
        subject_pronoun(w)
            || matches!(w, "the" | "." | "his" | "her" | "its" | "their")
            || ctx.token(s, k).starts_with(char::is_uppercase)
            || (w.starts_with(char::is_alphabetic)
                && w != "to"
                && ctx
                    .ontology
                    .verbs
                    .get(w)
                    .is_none_or(|f| f.also_noun && !w.ends_with("ing")))
    };
    let other_time = (t.saturating_sub(6)..t)
        .rev()
        .find(|&k| another_time(ctx.lower_token(s, k)) && (k + 1..t).all(subject_word));
    let from = other_time.map_or(from, |k| from.max(k));
    // "warned Tuesday it will darken if Congress does not reach a deal": a condition has not
    // happened, so no date before its "if" is its own.
    let condition = (t.saturating_sub(8)..t)
        .rev()
        .take_while(|&k| ctx.token(s, k) != ",")
        .find(|&k| matches!(ctx.lower_token(s, k), "if" | "unless"));
    let from = condition.map_or(from, |k| from.max(k));
    // "After a speech at Friday night's dinner, Roe took a step …": an opening phrase of
    // another time dates what it tells, not the verb after its comma.
    let opening = ctx.lower_token(s, 0);
    let from = if (another_time(opening) || opening == "following")
        && let Some(comma) = (1..t).find(|&k| ctx.token(s, k) == ",")
    {
        from.max(comma + 1)
    } else {
        from
    };
    // "Without naming Lee, who on Monday called for a delay, Roe said …": a date in a
    // relative aside before the verb is the aside's.
    let aside = (1..t)
        .find(|&k| matches!(ctx.lower_token(s, k), "who" | "which") && ctx.token(s, k - 1) == ",")
        .and_then(|open| {
            (open..t)
                .find(|&k| ctx.token(s, k) == ",")
                .map(|close| open - 1..close + 1)
        });
    let date_between = |a: usize, b: usize| match &aside {
        Some(aside) if a < aside.end && aside.start < b => {
            find_date(ctx, s, a, aside.start).or_else(|| find_date(ctx, s, aside.end.max(a), b))
        }
        _ => find_date(ctx, s, a, b),
    };
    // A reported clause runs on past the words kept as its object, so a date after those is
    // still the clause's ("said the plant had closed, and reopened on Monday"); after a noun
    // phrase ("announced the delay on Saturday") it is when it was said.
    let date_from = |from: usize| match &reported {
        Some(inside) => {
            let clause = inside.clone().any(|k| {
                is_auxiliary(ctx.lower_token(s, k)) || ctx.ontology.is_finite_verb(ctx.token(s, k))
            });
            date_between(from, to.min(inside.start)).or_else(|| {
                (!clause)
                    .then(|| date_between(from.max(inside.end), to))
                    .flatten()
            })
        }
        None => date_between(from, to),
    };
    let reports = ctx.reporting_lemma(s, t).is_some();
    // "…, Roe announced Friday": a date right after a reporting verb is when it was said.
    // ("insisted that Monday's move …": past "that" the date is the reported clause's.)
    let right_after = reports
        .then(|| {
            let end = (t + 1..(t + 3).min(to))
                .find(|&k| ctx.lower_token(s, k) == "that")
                .unwrap_or((t + 3).min(to));
            date_between(t + 1, end)
        })
        .flatten();
    // "Lee arrived on August 25, said Roe": what was reported stands before the verb, and
    // so do its dates.
    let inverted = reports
        && reported.is_none()
        && matches!(object, Arg::Literal(phrase)
            if find_phrase(
                &ctx.text()[ctx.sentences[s].span.start..ctx.sentences[s].tokens[t].span.start],
                phrase,
            )
            .is_some());
    let date = right_after.or_else(|| {
        if inverted {
            date_from(t + 1)
        } else {
            (clause_start > from)
                .then(|| date_from(clause_start))
                .flatten()
                .or_else(|| date_from(from))
        }
    });
    if let Some(date) = date {
        qualifiers.insert("date".to_string(), date);
    }
}

/// Whether "and" or "but" at token `k` joins a clause with a subject of its own: a pronoun
/// and its verb ("and they said"), or a determiner or a name, up to three words, and an
/// auxiliary ("and the vote was set for May 5", "but Acme Corp has said").
fn joins_clause_with_subject(ctx: &DocContext<'_>, s: usize, k: usize) -> bool {
    if !matches!(ctx.lower_token(s, k), "and" | "but") {
        return false;
    }
    let first = ctx.lower_token(s, k + 1);
    if subject_pronoun(first) {
        return finite_or_auxiliary(ctx, ctx.lower_token(s, k + 2));
    }
    let opens_noun_phrase = matches!(first, "the" | "a" | "an" | "his" | "her" | "its" | "their")
        || ctx.token(s, k + 1).starts_with(char::is_uppercase);
    let toks = &ctx.sentences[s].tokens;
    opens_noun_phrase
        && (k + 2..(k + 5).min(toks.len()))
            .take_while(|&j| toks[j].kind == TokenKind::Word)
            .any(|j| is_auxiliary(ctx.lower_token(s, j)))
}

/// A comma or semicolon between two offsets starts another clause ("Roe, whose office
/// criticised Acme, sued …" keeps Roe as the subject only up to the comma).
pub(super) fn clause_break(text: &str, a: usize, b: usize) -> bool {
    text.get(a..b)
        .is_some_and(|between| between.contains([';', ':']) || between.matches(',').count() >= 2)
}

/// Up to twelve words after token `from`, stopping at punctuation or a word that opens a new
/// phrase; leading determiners are kept as written.
pub(super) fn noun_phrase_after(ctx: &DocContext<'_>, s: usize, from: usize) -> Option<String> {
    noun_phrase_span_after(ctx, s, from).map(|span| ctx.text()[span].to_string())
}

/// The bytes of [`noun_phrase_after`]'s phrase.
pub(super) fn noun_phrase_span_after(
    ctx: &DocContext<'_>,
    s: usize,
    from: usize,
) -> Option<Range<usize>> {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    let free_relative = ctx.token(s, from).eq_ignore_ascii_case("what");
    // "tweeted tersely to Roe": an adverb is how, not what; but "spent virtually his whole
    // life": one before a determiner only qualifies the phrase after it.
    let mut from = from;
    // ("worked daily", "crashed early Thursday": such an adjective alone says when.)
    let adjective = ADJECTIVES_ENDING_IN_LY.contains(&ctx.lower_token(s, from))
        && ctx.sentences[s].tokens.get(from + 1).is_some_and(|x| {
            x.kind == TokenKind::Word
                && x.text(text).starts_with(char::is_lowercase)
                && !OBJECT_STOP.contains(&ctx.lower_token(s, from + 1))
        });
    // ("led nearly every poll": an adverb of how many stays with its phrase.)
    let approximating = matches!(
        ctx.lower_token(s, from),
        "nearly" | "virtually" | "practically" | "roughly" | "approximately"
    ) && matches!(ctx.lower_token(s, from + 1), "every" | "all" | "each");
    // ("sparred often with Roe", "talks often of a tax": so is an adverb of how often.)
    if matches!(
        ctx.lower_token(s, from),
        "often" | "sometimes" | "always" | "seldom"
    ) {
        from += 1;
    }
    if ctx.token(s, from).ends_with("ly")
        && !ctx.token(s, from).starts_with(char::is_uppercase)
        && !adjective
        && !approximating
    {
        if !matches!(
            ctx.lower_token(s, from + 1),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "all" | "every"
        ) {
            return None;
        }
        from += 1;
    }
    // Whether no word of a phrase follows the first one (asked only of a few first words:
    // this runs for every phrase).
    let alone = || {
        toks.get(from + 1).is_none_or(|x| {
            x.kind != TokenKind::Word || OBJECT_STOP.contains(&ctx.lower_token(s, from + 1))
        })
    };
    // "ran unopposed", "went unnoticed": a participle negated by "un-" says how, not what.
    let opening = ctx.lower_token(s, from);
    if opening.starts_with("un")
        && opening.ends_with("ed")
        && !ctx.ontology.verbs.contains_key(opening)
        && alone()
    {
        return None;
    }
    // "met one-on-one with Roe", "talked face-to-face": a word repeated around a
    // preposition, standing alone, says how ("won back-to-back titles" has a noun after it,
    // and "criticized Medicare-for-all" names a plan).
    // (Split without collecting: this runs for every phrase.)
    let mut parts = opening.split('-');
    if let (Some(word), Some(preposition), Some(again), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
        && word == again
        && matches!(preposition, "on" | "to" | "by" | "for" | "in")
        && alone()
    {
        return None;
    }
    // "scored inside the opening minute", "reacted first to …": a preposition or an
    // adverb of order says when or where, not what.
    // ("resigned first thing this morning": so does "first thing".)
    if matches!(opening, "inside" | "within" | "outside")
        || (opening == "first" && (alone() || ctx.lower_token(s, from + 1) == "thing"))
    {
        return None;
    }
    // "blamed Roe on the one hand while …": a turn of the argument, no phrase of the act.
    if from > 0
        && ctx.lower_token(s, from - 1) == "on"
        && ctx.lower_token(s, from) == "the"
        && matches!(ctx.lower_token(s, from + 1), "one" | "other")
        && ctx.lower_token(s, from + 2) == "hand"
    {
        return None;
    }
    // "discovered so far": how far, not what; "responded more sharply than before": how.
    if ctx.lower_token(s, from) == "so" && ctx.lower_token(s, from + 1) == "far" {
        return None;
    }
    // "the men she admired so much": how much, not what ("so much money" is a thing).
    if matches!(opening, "so" | "very" | "too" | "that")
        && ctx.lower_token(s, from + 1) == "much"
        && toks.get(from + 2).is_none_or(|x| {
            x.kind != TokenKind::Word || OBJECT_STOP.contains(&ctx.lower_token(s, from + 2))
        })
    {
        return None;
    }
    // "stopped sort of calling it …": a hedge, not a thing; "never sent nor received the
    // files": a conjunction opens the next verb, whose object it is.
    if (matches!(opening, "sort" | "kind") && ctx.lower_token(s, from + 1) == "of")
        || matches!(opening, "nor" | "or" | "and" | "but")
    {
        return None;
    }
    if matches!(ctx.lower_token(s, from), "more" | "less" | "most" | "least")
        && ly_adverb(ctx, ctx.lower_token(s, from + 1))
    {
        return None;
    }
    // "resigned following the announcement": a preposition in -ing opens when or what about.
    if matches!(
        ctx.lower_token(s, from),
        "following" | "regarding" | "concerning" | "including" | "excluding"
    ) && matches!(
        ctx.lower_token(s, from + 1),
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "that" | "these" | "those"
    ) {
        return None;
    }
    // "knew very well", "played so badly": an intensifier before an adverb says how; so does
    // one said twice ("reflected very, very poorly").
    if matches!(
        ctx.lower_token(s, from),
        "very" | "so" | "too" | "quite" | "pretty"
    ) && {
        let next = ctx.lower_token(s, from + 1);
        next == "well"
            || (next.ends_with("ly") && !ADJECTIVES_ENDING_IN_LY.contains(&next))
            || (next == "," && ctx.lower_token(s, from + 2) == ctx.lower_token(s, from))
    } {
        return None;
    }
    // "arrived here Sunday night": a place adverb is where, not what; "would not play
    // again", "did well": other adverbs say how or when; "passed it right before the break":
    // so does "right" before one; "said once again", "yet again": so do these pairs; and
    // "died March 12": a month and its day say when.
    if says_how_or_when(ctx.lower_token(s, from))
        || month_then_number(ctx, s, from)
        || (ctx.lower_token(s, from) == "right"
            && matches!(
                ctx.lower_token(s, from + 1),
                "before" | "after" | "away" | "now" | "here" | "there" | "then" | "back"
            ))
        || matches!(
            (ctx.lower_token(s, from), ctx.lower_token(s, from + 1)),
            ("once", "again" | "more") | ("yet", "again")
        )
    {
        return None;
    }

    // "gave him a translation": the object after an object pronoun; "shut him out of": none.
    // "her" before a noun is a possessive ("kept her title"), not an object.
    let pronoun = match ctx.lower_token(s, from) {
        "him" | "them" | "us" | "me" => true,
        "her" => matches!(
            ctx.lower_token(s, from + 1),
            "a" | "an" | "the" | "some" | "no" | "out" | "off" | "up" | "down" | "away" | "back"
        ),
        _ => false,
    };
    if pronoun {
        from += 1;
        // ("interrupted him again": nor after the pronoun; "left them little margin": but
        // "little" there counts what they were left.)
        // ("told him there's a reason": nor "there" that opens a clause.)
        let w = ctx.lower_token(s, from);
        let existential = w == "there"
            && matches!(
                ctx.lower_token(s, from + 1),
                "'s" | "’s" | "is" | "are" | "was" | "were"
            );
        if says_how_or_when(w) && !matches!(w, "little" | "much" | "far") && !existential {
            return None;
        }
        // "after firing him told NBC": a verb after the pronoun opens another clause.
        let verb = ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, from))
            .is_some_and(|f| (f.past || f.third) && !f.also_noun);
        // ("brought him onto her show": where to, not what.)
        if verb
            || OBJECT_STOP.contains(&ctx.lower_token(s, from))
            || matches!(
                ctx.lower_token(s, from),
                "out"
                    | "off"
                    | "up"
                    | "down"
                    | "away"
                    | "back"
                    | "of"
                    | "onto"
                    | "upon"
                    | "across"
                    | "through"
                    | "toward"
                    | "towards"
            )
        {
            return None;
        }
    }
    // Up to twelve words, enough for "a court order issued last week blocking the sale of its
    // plant" (a cut phrase loses what it was about); the commas and conjunction of a list of
    // names before a noun ("his WBA, IBF and WBO title belts") do not count, and a list needs a
    // comma ("Yugansk and Ruritania" may join two clauses).
    // "Roe's bid to buy the plant failed": the object of an infinitive that completes the
    // noun opening the sentence ends before the sentence's own verb, though that could
    // describe a noun as "the plan approved last year" does.
    // (Asked only at such a form: this runs for every phrase.)
    let in_opening_subject = || {
        (from.saturating_sub(3)..from).any(|to| {
            to >= 1
            && ctx.token(s, to) == "to"
            // ("The bid by Roe to buy": past a phrase on the noun, which a determiner or an
            // owner marks as one: "Acme plans to buy" has a verb.)
            && (to.saturating_sub(5)..to).any(|k| {
                toks[k].kind == TokenKind::Word
                    && k > 0
                    && determiner_or_possessive(ctx.lower_token(s, k - 1))
                    && ctx.token(s, k).starts_with(char::is_lowercase)
                    && (ctx.ontology.takes_complement(ctx.lower_token(s, k), "to")
                        || INTENTION_NOUNS.contains(&ctx.lower_token(s, k)))
            })
            && (0..to - 1).all(|k| {
                let w = ctx.lower_token(s, k);
                !finite_or_auxiliary(ctx, w) && !matches!(w, "," | ";" | ":")
            })
        })
    };
    let mut words = 0;
    let mut counted = 0;
    let mut in_list = false;
    let mut in_word_list = false;
    // Inside a few quoted words that are part of the phrase: 'the idea of a "free market"'.
    let mut in_quoted = false;
    // After "between", whose "and" joins its two ends ("a line between the speech and the
    // violence").
    let mut between = false;
    while let Some(t) = toks.get(from + words)
        && counted < 12
    {
        let i = from + words;
        let raw = t.text(text);
        if (raw == "," || (in_list && matches!(raw, "and" | "or"))) && joins_name_list(ctx, s, i) {
            in_list = true;
            words += 1;
            continue;
        }
        // "sold cars, trucks and buses": a list of common words stays whole.
        if counted > 0 && (list_comma(ctx, s, i) || (in_word_list && matches!(raw, "and" | "or"))) {
            in_word_list = raw == ",";
            words += 1;
            continue;
        }
        // "broke the famous “glass ceiling,” and …": a comma or stop set inside the closing
        // mark ends the phrase with the quotation.
        if in_quoted
            && matches!(raw, "," | ".")
            && toks.get(i + 1).is_some_and(|n| n.span.start == t.span.end)
            && is_quote_mark(ctx, s, i + 1)
        {
            words += 2;
            break;
        }
        if is_quote_mark(ctx, s, i) && counted > 0 {
            if in_quoted {
                in_quoted = false;
                words += 1;
                continue;
            }
            // ("blamed the country’s “lax immigration system, which …”": a possessive's noun
            // may be quoted at any length.)
            if quoted_words_in_phrase(ctx, s, i) || (i > 0 && possessive_mark(ctx, s, i - 1)) {
                in_quoted = true;
                words += 1;
                continue;
            }
        }
        if raw == "and" && std::mem::take(&mut between) {
            words += 1;
            continue;
        }
        // "a list of contenders either mentioned by Roe or …": after a noun, "either" or
        // "neither" opens a clause's choice, no part of the phrase ("of either side" is).
        if counted > 0 && matches!(raw, "either" | "neither") && {
            let before = ctx.lower_token(s, i - 1);
            // ("supporting either plan": nor after a verb, whose object it opens.)
            !OBJECT_STOP.contains(&before)
                && !PREPOSITIONS_NOT_IN_OBJECT_STOP.contains(&before)
                && before != "of"
                && !before.ends_with("ing")
                && ctx.ontology.verbs.get(before).is_none_or(|f| f.also_noun)
        } {
            break;
        }
        // "without the knowledge or consent of its government": two nouns joined before the
        // "of" they share.
        if counted > 0
            && matches!(raw, "and" | "or")
            && ctx.lower_token(s, i + 2) == "of"
            && toks.get(i + 1).is_some_and(|x| {
                let w = x.text(text);
                x.kind == TokenKind::Word
                    && w.starts_with(char::is_lowercase)
                    && !OBJECT_STOP.contains(&w)
                    && !determiner_or_possessive(w)
                    && !subject_pronoun(w)
                    && ctx
                        .ontology
                        .verbs
                        .get(w)
                        .is_none_or(|f| f.also_noun && !f.third)
            })
        {
            words += 1;
            continue;
        }
        between |= raw.eq_ignore_ascii_case("between");
        // "lost voters' trust": a plural's possessive mark joins the noun after it.
        if matches!(raw, "'" | "’")
            && counted > 0
            && t.span.start == toks[i - 1].span.end
            && text[..t.span.start].ends_with('s')
            && toks.get(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Word && n.text(text).starts_with(char::is_lowercase)
            })
        {
            words += 1;
            continue;
        }
        // "a close and feisty race", "the conservative, evangelical base": adjectives joined
        // before their noun stay in the phrase.
        if counted == 2 && matches!(raw, "and" | "," | "but") && {
            let (next, after) = (ctx.token(s, i + 1), ctx.token(s, i + 2));
            let plain = |w: &str| {
                w.starts_with(char::is_lowercase)
                    && !OBJECT_STOP.contains(&w)
                    // ("made a determination, both he and Lee": a pronoun opens a clause, as
                    // an adverb of the verb group or a contraction does: "and still won't".)
                    && !subject_pronoun(w)
                    && !ADVERBS_IN_VERB_GROUP.contains(&w)
                    && !negative_contraction(w)
                    && !w.ends_with("ly")
                    && !matches!(
                        w,
                        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "just"
                    )
                    && !is_auxiliary(w)
                    && ctx.ontology.verbs.get(w).is_none_or(|f| f.also_noun)
            };
            // ("a new, low-cost Acme computer": a name may follow the second adjective.)
            let name_after = raw == ","
                && after.starts_with(char::is_uppercase)
                && toks.get(i + 2).is_some_and(|x| x.kind == TokenKind::Word)
                && ctx.token(s, i + 3).starts_with(char::is_lowercase);
            // ("cites his religious and free expression rights": after a possessive too.)
            // ("After Acme bought the plant, prices rose": before a comma the first word must be
            // an adjective, an ordinary word the lexicon lists (it lists no singular nouns) or a
            // compound, and the next no plural.)
            let first = ctx.token(s, from + 1);
            let adjectives_listed = raw != ","
                || ((first.contains('-') || ctx.ontology.common_words.contains(first))
                    && !plural_ending(first)
                    && !plural_ending(next));
            (matches!(ctx.lower_token(s, from), "a" | "an" | "the")
                || possessive_determiner(ctx.lower_token(s, from)))
                && plain(first)
                && adjectives_listed
                // ("signaling their conservatism and finding ways": an -ing form after "and"
                // is the next verb's; "a new, updated version": a past participle after the
                // comma is an adjective.)
                && (plain(next)
                    || (raw == ","
                        && next.starts_with(char::is_lowercase)
                        && ctx.ontology.verbs.get(next).is_some_and(|f| f.participle)))
                && !next.ends_with("ing")
                && (plain(after) || name_after)
                && !is_auxiliary(ctx.token(s, i + 3))
        } {
            words += 1;
            continue;
        }
        // "met his U.S. and Chinese counterparts", "French or German firms": a demonym joined
        // to the name or demonym before it describes the same noun.
        if counted > 0
            && matches!(raw, "and" | "or")
            && (ctx.token(s, i - 1).starts_with(char::is_uppercase) || ctx.token(s, i - 1) == ".")
            && ctx.ontology.is_demonym(ctx.token(s, i + 1))
            && toks.get(i + 2).is_some_and(|x| {
                x.kind == TokenKind::Word
                    && x.text(text).starts_with(char::is_lowercase)
                    && !OBJECT_STOP.contains(&ctx.lower_token(s, i + 2))
            })
        {
            words += 2;
            counted += 1;
            continue;
        }
        // "asked these and other countries": a demonstrative joined to "other" shares its noun.
        if counted == 1
            && matches!(raw, "and" | "or")
            && matches!(ctx.lower_token(s, i - 1), "these" | "those")
            && ctx.lower_token(s, i + 1) == "other"
        {
            words += 1;
            continue;
        }
        // "hired four or five people", "40 to 50 firms": a range of numbers opens the phrase.
        if counted == 1
            && matches!(raw, "or" | "to")
            && number_at(ctx, s, i - 1)
            && number_at(ctx, s, i + 1)
        {
            words += 2;
            continue;
        }
        // "within the next day or two", "for a week or so": a second, rougher measure of the
        // noun before it ends the phrase with it.
        if counted > 0 && raw == "or" && rough_measure_after_or(ctx, s, i) {
            words += 2;
            break;
        }
        let w = lower(raw);
        // "cleared the courtroom so attorneys could ask": "so" before a clause's subject and
        // its auxiliary opens that clause.
        if counted > 0
            && w == "so"
            && (i + 2..(i + 4).min(toks.len())).any(|k| is_auxiliary(ctx.lower_token(s, k)))
        {
            break;
        }
        // "sat out the derby due to injury", "a penalty close to their line": an adjective
        // opening a phrase after the noun ends it.
        if counted > 0
            && matches!(w.as_ref(), "due" | "close" | "prior")
            && ctx.lower_token(s, i + 1) == "to"
        {
            break;
        }
        // "called Roe moments later", "met her today", "saw him once a week": a time word ends
        // the phrase.
        if counted > 0
            && (matches!(
                w.as_ref(),
                "moments" | "later" | "earlier" | "ago" | "today" | "yesterday" | "tonight"
            ) || (w == "once"
                && (matches!(ctx.lower_token(s, i + 1), "a" | "an" | "again")
                    // ("stopped the deal once he took office": a subordinator.)
                    || subject_pronoun(ctx.lower_token(s, i + 1))
                    || matches!(ctx.lower_token(s, i + 1), "the" | "it" | "this" | "that")))
                // "has won re-election ever since", "shut down the plant back in 1995",
                // "deported 8,000 migrants so far".
                || (w == "ever" && matches!(ctx.lower_token(s, i + 1), "since" | "after" | "again"))
                || (w == "so" && ctx.lower_token(s, i + 1) == "far")
                // "agreed on a deal last month worth …" (but "its last year in office" and
                // "this year's budget" are things, and "an order issued last week" keeps the
                // time of its participle).
                || (matches!(w.as_ref(), "last" | "next" | "this")
                    && !determiner_or_possessive(ctx.lower_token(s, i - 1))
                    && !participle_only(ctx, ctx.lower_token(s, i - 1))
                    && names_a_period(ctx.lower_token(s, i + 1))
                    && !matches!(ctx.token(s, i + 2), "'s" | "’s"))
                || (w == "back" && matches!(ctx.lower_token(s, i + 1), "in" | "then" | "when"))
                // "signed the deal March 12": a month and its day after the noun ("the July 1
                // deadline", "a deadline of June 23" keep theirs).
                || (month_then_number(ctx, s, i)
                    && ctx.token(s, i + 1).len() <= 2
                    && {
                        let before = ctx.lower_token(s, i - 1);
                        !determiner_or_possessive(before)
                            && !OBJECT_STOP.contains(&before)
                            && !PREPOSITIONS_NOT_IN_OBJECT_STOP.contains(&before)
                            && !matches!(before, "of" | "'s" | "’s")
                    })
                // "impose tariffs beginning in the coming weeks", "cut rates starting next
                // month": a participle that opens when it starts.
                || (matches!(w.as_ref(), "beginning" | "starting" | "effective")
                    && {
                        let next = ctx.lower_token(s, i + 1);
                        matches!(
                            next,
                            "in" | "on" | "at" | "next" | "this" | "today" | "tomorrow" | "immediately"
                        ) || crate::text::MONTHS.contains(&next)
                            || crate::text::WEEKDAYS.contains(&next)
                    })
                || (w == "right"
                    && ctx.lower_token(s, i + 1) == "back"
                    && matches!(ctx.lower_token(s, i + 2), "in" | "then" | "when"))
                // "opened a chain of spas more than a decade ago", "will face reelection less
                // than a year after his impeachment".
                || (matches!(w.as_ref(), "more" | "less")
                    && ctx.lower_token(s, i + 1) == "than"
                    && (i + 2..(i + 6).min(toks.len())).any(|k| {
                        matches!(ctx.lower_token(s, k), "ago" | "earlier" | "later")
                            || (matches!(ctx.lower_token(s, k), "after" | "before")
                                && names_a_period(ctx.lower_token(s, k - 1)))
                    })))
        {
            break;
        }
        // "titles such as Fifa": the examples after "such as" are no part of the phrase; nor
        // is what was left undone ("backed the plan without criticizing Roe").
        if counted > 0
            && ((w == "such" && ctx.lower_token(s, i + 1) == "as")
                || (w == "without" && ctx.token(s, i + 1).ends_with("ing")))
        {
            break;
        }
        // "denied any wrongdoing and requested a review": "and" before a past verb with an
        // object of its own opens the subject's next predicate ("and fixed penalty notices"
        // stays a noun phrase).
        if counted > 0 && w == "and" && verb_with_object_after(ctx, s, i + 1) {
            break;
        }
        // "laid out his concerns saying …": a reporting participle opens what was said; but
        // "an intelligence briefing on Friday", "… briefing to ambassadors" end with one as
        // its noun.
        // So does one after a determiner: "ignored this ruling, …".
        if counted > 0 && w.ends_with("ing") && ctx.ontology.reporting_lemma(&w).is_some() {
            let after_determiner = matches!(
                ctx.lower_token(s, i - 1),
                "a" | "an"
                    | "the"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "any"
                    | "no"
                    | "every"
                    | "'s"
                    | "’s"
            );
            let noun = ctx
                .ontology
                .verbs
                .get(w.as_ref())
                .is_some_and(|f| f.also_noun)
                && (after_determiner
                    || i + 1 == toks.len()
                    || matches!(
                        ctx.lower_token(s, i + 1),
                        "." | ";"
                            | "on"
                            | "in"
                            | "at"
                            | "to"
                            | "for"
                            | "with"
                            | "about"
                            | "of"
                            | "later"
                            | "earlier"
                            | "today"
                            | "yesterday"
                            | "tonight"
                    ));
            if !noun {
                break;
            }
        }
        // "voted for the bill insist …": a verb that is no noun starts another clause; but
        // "the party's own framework" owns nothing, and after a determiner ("any top law
        // firms") the word is an adjective or a noun.
        // (The phrase's first word may open the sentence.)
        let previous = i.checked_sub(1).map_or("", |p| ctx.lower_token(s, p));
        let own_after_owner = w == "own"
            && matches!(
                previous,
                "'s" | "’s" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
            );
        // ("fielded several blunt questions": or a quantifier.)
        let after_determiner = matches!(
            previous,
            "a" | "an"
                | "the"
                | "any"
                | "some"
                | "several"
                | "various"
                | "numerous"
                | "no"
                | "every"
                | "each"
                | "this"
                | "these"
                | "those"
                | "its"
                | "their"
                | "our"
                | "my"
                | "your"
        );
        // ("won the Australian Open", "the US Open juniors": a capital after a capital goes
        // on a name.)
        let in_name = i > from
            && raw.starts_with(char::is_uppercase)
            && toks[i - 1].kind == TokenKind::Word
            && ctx.token(s, i - 1).starts_with(char::is_uppercase);
        // ("faces a high bar in …": after an article and an adjective too, unless an object
        // follows, as after "the rich pay more").
        let after_article_adjective = i >= 2
            && matches!(ctx.lower_token(s, i - 2), "a" | "an")
            && {
                let adjective = ctx.lower_token(s, i - 1);
                ctx.ontology.common_words.contains(adjective) && !adjective.ends_with("ly")
            }
            && !determiner_or_possessive(ctx.lower_token(s, i + 1))
            && !OBJECT_PRONOUNS.contains(&ctx.lower_token(s, i + 1));
        // "argued about what weight to give the file", "about whether to sell": an
        // infinitive after a question word and its noun is the question's own verb.
        if w == "to" && (1..=3).contains(&counted) && {
            let first = from + usize::from(ctx.lower_token(s, from) == "about");
            matches!(
                ctx.lower_token(s, first),
                "what" | "whether" | "how" | "which" | "where" | "when" | "whom"
            ) && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, i + 1))
                .is_some_and(|f| f.base)
        } {
            words += 2;
            counted += 2;
            continue;
        }
        if counted > 0
            && !free_relative
            && !own_after_owner
            && !after_determiner
            && !after_article_adjective
            && !in_name
            && !in_quoted
            && !w.ends_with("ing")
            && ctx
                .ontology
                .verbs
                .get(w.as_ref())
                .is_some_and(|f| (f.base || f.third) && !f.also_noun && !f.past && !f.participle)
        {
            break;
        }
        if counted > 0
            && !in_quoted
            && (is_auxiliary(&w) || ctx.ontology.verbs.get(w.as_ref()).is_some_and(|f| f.past))
            && in_opening_subject()
        {
            break;
        }
        // "the nearly 50-year embargo", "a 24/7 guard": a hyphen or slash inside a word joins
        // it; so does a percent sign its figure ("a 6% stake").
        // "a deal worth $8bn", "penalties of between $50 and $100": a currency sign that
        // leads into the figure a phrase measures by ("lost about $180bn" has no phrase
        // before the figure, which is the object itself).
        let figure_follows = toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::Number);
        let joined = (matches!(w.as_ref(), "-" | "/")
            && text[..t.span.start].ends_with(|c: char| c.is_alphanumeric() || c == '.')
            && text[t.span.end..].starts_with(|c: char| c.is_alphanumeric()))
            || (w == "%" && counted > 0 && toks[i - 1].kind == TokenKind::Number)
            || (is_currency_sign(w.as_ref()) && figure_follows && counted > 0 && {
                let before = ctx.lower_token(s, i - 1);
                // ("a $125,000 reward": right after an article too.)
                matches!(before, "a" | "an" | "the")
                    || (counted > 1 && FIGURE_LEAD_INS.contains(&before))
            });
        // "a $27bn (£14.5bn) tax bill": a figure's conversion in brackets stands inside.
        // (A word counted before it means a token before it: "(" may open the phrase.)
        let after_figure = || {
            toks[i - 1].kind == TokenKind::Number
                || (i >= 2 && toks[i - 2].kind == TokenKind::Number && {
                    let scale = ctx.lower_token(s, i - 1);
                    SCALES.iter().any(|(w, _)| *w == scale)
                })
        };
        // "a roughly $760 billion, five-year infrastructure bill": a comma after the figure
        // that opens the phrase leads to a compound modifier of the same noun ("a profit of
        // $3bn, up 27%" and "June 9, 2016" lead to no such word).
        if raw == ","
            && counted > 1
            && after_figure()
            && matches!(ctx.lower_token(s, from), "a" | "an" | "the")
            && toks.get(i + 1).is_some_and(|n| {
                let next = n.text(text);
                n.kind == TokenKind::Word
                    && next.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                    && next.contains('-')
            })
            && toks.get(i + 2).is_some_and(|n| {
                n.kind == TokenKind::Word && n.text(text).starts_with(char::is_lowercase)
            })
        {
            words += 1;
            continue;
        }
        // "imposed harsh, needless rules", "a rather warm and gentle letter", "set another,
        // even lower price", "foreign or domestic firms": a comma, "and" or "or" between two
        // words that describe the noun after them stays inside.
        if matches!(raw, "," | "and" | "or")
            && counted > 0
            && let Some(second) = joined_modifier(ctx, s, from, i)
        {
            // (The second word is taken here, as some adjectives are verbs too: "gentle".)
            words += second + 1 - i;
            counted += 1;
            continue;
        }
        if raw == "("
            && counted > 0
            && after_figure()
            && let Some(close) = (i + 1..(i + 5).min(toks.len())).find(|&k| ctx.token(s, k) == ")")
            && (i + 1..close).any(|k| toks[k].kind == TokenKind::Number)
        {
            words += close + 1 - i;
            continue;
        }
        // "contracts worth more than $2bn", "more than 300 people": a comparison that leads
        // into a figure is part of it.
        if counted > 0
            && w == "than"
            && matches!(ctx.lower_token(s, i - 1), "more" | "less" | "fewer")
            && (figure_follows || (counted > 1 && is_currency_sign(ctx.token(s, i + 1))))
        {
            words += 1;
            continue;
        }
        let gerund_before = |i: usize| {
            let before = ctx.lower_token(s, i - 1);
            before.ends_with("ing") && ctx.ontology.verbs.contains_key(before)
        };
        // "prompted all that hysteria", "drew support among that group": after "all" or a
        // preposition inside the phrase, "that" is a determiner of the noun after it.
        let all_that = w == "that"
            && counted > 0
            && (ctx.lower_token(s, i - 1) == "all"
                || PREPOSITIONS_NOT_IN_OBJECT_STOP.contains(&ctx.lower_token(s, i - 1)))
            && toks.get(i + 1).is_some_and(|n| {
                let next = ctx.lower_token(s, i + 1);
                n.kind == TokenKind::Word
                    && n.text(text).starts_with(char::is_lowercase)
                    && !OBJECT_STOP.contains(&next)
                    && !is_auxiliary(next)
                    && !subject_pronoun(next)
                    && next != "you"
                    && ctx.ontology.verbs.get(next).is_none_or(|f| f.also_noun)
            });
        // ('a "firm but fair" policy': inside the quoted words "but" joins, and ends nothing.)
        let word = joined
            || all_that
            || (in_quoted && t.kind == TokenKind::Word)
            || matches!(t.kind, TokenKind::Word | TokenKind::Number)
                && !OBJECT_STOP.contains(&w.as_ref())
                // "views the hacking not as an attack": a negation starts another phrase, as
                // a negative auxiliary does ("a refusal to meet union leaders wasn't wise").
                && !matches!(w.as_ref(), "not" | "never")
                && !negative_contraction(&w)
                // A pronoun or an auxiliary opens a new clause ("concern they could be …"),
                // except in a free relative ("published what it says is evidence"); "it"
                // after an -ing form is its object ("stop doing it").
                && (free_relative
                    || (w == "it" && i > from && gerund_before(i))
                    || !matches!(
                        w.as_ref(),
                        "they" | "he" | "she" | "it" | "we" | "i" | "you" | "who" | "whose" | "where"
                    ) && !is_auxiliary(&w));
        if !word {
            break;
        }
        words += 1;
        // "the nearly 50-year embargo": the hyphen joins two words into one.
        if !joined {
            counted += 1;
        }
    }
    // "passed the bill a few weeks ago": the words that measure time before "ago" say when;
    // "arrived a short time ago" says nothing else. So do they before "later" or "after"
    // ("regained the seat two years later", "announced his plans a day after launching").
    let ends_in_time_unit = words > 0 && TIME_UNITS.contains(&ctx.lower_token(s, from + words - 1));
    let ago = match ctx.lower_token(s, from + words) {
        "ago" => true,
        "while" => ctx.lower_token(s, from + words + 1) == "ago",
        "later" | "earlier" | "after" | "before" | "afterwards" => ends_in_time_unit,
        _ => false,
    };
    if ago {
        while words > 0 && {
            let w = ctx.lower_token(s, from + words - 1);
            toks[from + words - 1].kind == TokenKind::Number
                || TIME_BEFORE_AGO.contains(&w)
                || SCALES.iter().any(|(scale, _)| *scale == w)
        } {
            words -= 1;
        }
        if words == 0 {
            return None;
        }
    }
    // A phrase opened by a preposition is no object ("deployed against …").
    if toks.get(from).is_some_and(|t| {
        matches!(
            lower(t.text(text)).as_ref(),
            "against"
                | "across"
                | "through"
                | "toward"
                | "towards"
                | "within"
                | "without"
                | "under"
                | "upon"
                | "like"
                | "via"
                | "near"
                | "alongside"
                | "behind"
                | "beyond"
                | "among"
                | "between"
        )
    }) {
        return None;
    }
    let mut end = (from + words).checked_sub(1).filter(|_| words > 0)?;
    // 'created a "ReOpen Tarsk" page': a quotation the phrase stopped at is no part of it,
    // and an article left alone names nothing.
    let opens_quotation = |k: usize| {
        is_quote_mark(ctx, s, k)
            && (matches!(ctx.token(s, k), "“" | "‘") || toks[k].span.start != toks[k - 1].span.end)
    };
    while end > from && opens_quotation(end) {
        end -= 1;
    }
    if end == from && matches!(ctx.lower_token(s, from), "a" | "an" | "the") {
        return None;
    }
    // "declined to say whether the woman who called had been present": an indirect question
    // is a clause, and its first words name nothing.
    if matches!(ctx.lower_token(s, from), "whether" | "if") && end > from {
        return None;
    }
    // "will proceed step by step", "one by one": a repeated noun around "by" says how; so
    // does "time and again" how often.
    if (ctx.lower_token(s, from + 1) == "by"
        && ctx.lower_token(s, from) == ctx.lower_token(s, from + 2))
        || (
            ctx.lower_token(s, from),
            ctx.lower_token(s, from + 1),
            ctx.lower_token(s, from + 2),
        ) == ("time", "and", "again")
    {
        return None;
    }
    // "Roe and Lee accused each other": a reciprocal stands for the subjects themselves.
    if matches!(
        (ctx.lower_token(s, from), ctx.lower_token(s, from + 1)),
        ("each", "other") | ("one", "another")
    ) {
        return None;
    }
    // "did not say whether …", "asked what that means": a question word alone says nothing;
    // what it asks is the clause after it. "worked hard", "won big", "won twice", "stopped
    // short": an adverb alone says how, not what ("won big increases" has a noun).
    if end == from
        && matches!(
            ctx.lower_token(s, from),
            "whether"
                | "what"
                | "why"
                | "how"
                | "when"
                | "where"
                | "who"
                | "hard"
                | "big"
                | "twice"
                | "short"
                // "condemned both", "blamed each": a quantifier alone stands for names the
                // sentence gives elsewhere.
                | "both"
                | "each"
                | "either"
                | "neither"
        )
    {
        return None;
    }
    // "would resign rather than …", "nominated less than two weeks ago": a comparison, no
    // thing.
    if end == from
        && matches!(
            ctx.lower_token(s, from),
            "rather" | "less" | "more" | "other"
        )
        && ctx.token(s, end + 1) == "than"
    {
        return None;
    }
    // "a poll released Tuesday morning": a day is when, not what ("Monday's meeting" is a
    // thing).
    let first = ctx.lower_token(s, from);
    if (crate::text::WEEKDAYS.contains(&first)
        || matches!(first, "today" | "yesterday" | "tonight"))
        && !matches!(ctx.token(s, from + 1), "'s" | "’s")
    {
        return None;
    }
    // "shared this week": a time phrase is when, not what.
    if matches!(
        ctx.lower_token(s, from),
        "this" | "last" | "next" | "every" | "earlier" | "later"
    ) && (from + 1..=end).any(|i| names_a_period(ctx.lower_token(s, i)))
    {
        return None;
    }
    // "lost about $180bn", "a sentence of up to 85 years", "a statement late on Friday": the
    // words that lead into a figure or a time are not part of the thing.
    loop {
        let w = ctx.lower_token(s, end);
        let trailing_time = matches!(w, "year" | "week" | "month" | "night")
            && end > from
            && matches!(
                ctx.lower_token(s, end - 1),
                "last" | "this" | "next" | "earlier" | "later"
            );
        // "assaults carried out", "the rules set up": a participle's particle stays (but
        // "dated up to August 2016" leads into a figure or a date).
        let particle_of_participle = matches!(w, "up" | "off" | "out" | "down")
            && end > from
            && (ctx.lower_token(s, end + 1) != "to" || infinitive_at(ctx, s, end + 1))
            && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, end - 1))
                .is_some_and(|f| f.participle);
        // "noted the absence of more than a dozen senators": the first words of an
        // approximation whose rest follows lead into a figure as well.
        let approximation_head = APPROXIMATIONS.iter().find_map(|a| {
            (1..a.len()).find(|&j| {
                end + 1 > from + j
                    && a.iter()
                        .enumerate()
                        .all(|(k, word)| ctx.lower_token(s, end + 1 - j + k) == *word)
            })
        });
        let drop = if trailing_time {
            2
        } else if particle_of_participle {
            0
        } else if let Some(head) = approximation_head {
            head
        } else if APPROXIMATIONS.iter().any(|a| a.last() == Some(&w))
            || matches!(
                w,
                "up" | "of"
                    | "over"
                    | "under"
                    | "late"
                    | "early"
                    | "earlier"
                    | "later"
                    | "just"
                    | "only"
                    | "yesterday"
                    | "today"
                    | "tonight"
                    | "the"
                    | "a"
                    | "an"
                    | "off"
                    | "out"
                    | "down"
                    | "there"
                    | "here"
                    // "tariffs on goods worth up to $150bn": what leads into a value.
                    | "worth"
                    | "valued"
                    | "totaling"
                    | "totalling"
                    // "gave a speech titled, “…”": the title's participle without its title.
                    | "titled"
                    | "entitled"
                    | "dubbed"
            )
            || crate::text::WEEKDAYS.contains(&w)
            // "reduced prices recently": an adverb after the object says when or how.
            || (end > from
                && w.ends_with("ly")
                && !NOUNS_ENDING_IN_LY.contains(&w)
                && !ctx.ontology.verbs.contains_key(w))
            || (end > from && phrase_tail_dangles(ctx, s, end))
        {
            1
        } else {
            0
        };
        if drop == 0 {
            break;
        }
        end = (end + 1).checked_sub(drop + 1).filter(|&e| e >= from)?;
    }
    // "details of how it will fight the election", "a question about whether Acme sold": a
    // question word after "of" or "about" opens a clause, which the noun needs whole.
    if end > from + 1
        && matches!(
            ctx.lower_token(s, end),
            "how" | "why" | "what" | "whether" | "where" | "when" | "who"
        )
        && matches!(ctx.lower_token(s, end - 1), "of" | "about" | "on" | "over")
    {
        let clause_end = (end + 1..toks.len().min(end + 21))
            .take_while(|&k| !matches!(ctx.token(s, k), "," | ";" | ":" | "." | "?" | "!" | "("))
            .last();
        if let Some(clause_end) = clause_end {
            end = clause_end;
        }
    }
    // "repeated the claim a number of times", "visited the plant a dozen times": how often is
    // no part of the phrase.
    if let Some(often) = frequency_at_end(ctx, s, end) {
        end = often.checked_sub(1).filter(|&e| e >= from)?;
    }
    let phrase = &text[toks[from].span.start..toks[end].span.end];
    // A lone determiner or pronoun says nothing.
    let content = phrase
        .split_whitespace()
        .filter(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "it" | "them"
            )
        })
        .count();
    let phrase_end = complement_end(ctx, s, end).unwrap_or(toks[end].span.end);
    (content > 0).then(|| toks[from].span.start..phrase_end)
}

/// Where a count of times that ends at token `end` begins: "twice", "three times", "several
/// times", "a dozen times", "a number of times", "dozens of times".
fn frequency_at_end(ctx: &DocContext<'_>, s: usize, end: usize) -> Option<usize> {
    let word = |k: usize| ctx.lower_token(s, k);
    if matches!(word(end), "once" | "twice" | "thrice") {
        return Some(end);
    }
    if ctx.token(s, end) != "times" || end == 0 {
        return None;
    }
    let counts = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit() || b == b',')
            || NUMBER_WORDS.iter().any(|(n, _)| *n == w)
            || matches!(
                w,
                "several" | "many" | "multiple" | "numerous" | "countless" | "few"
            )
    };
    let count = if counts(word(end - 1)) {
        end - 1
    } else if end >= 2
        && word(end - 1) == "of"
        && matches!(
            word(end - 2),
            "number" | "couple" | "handful" | "dozens" | "hundreds" | "thousands" | "lot"
        )
    {
        end - 2
    } else {
        return None;
    };
    // ("two or three times", "two to three times": a range.)
    let count = if count >= 2 && matches!(word(count - 1), "or" | "to") && counts(word(count - 2)) {
        count - 2
    } else {
        count
    };
    // ("a few times", "a dozen times".)
    Some(if count > 0 && word(count - 1) == "a" {
        count - 1
    } else {
        count
    })
}

/// The token after a short aside between commas that opens at token `k` ("Roe, D-Ore., to
/// …": up to five words with no verb), else `k`.
fn past_aside(ctx: &DocContext<'_>, s: usize, k: usize) -> usize {
    if ctx.token(s, k) != "," {
        return k;
    }
    (k + 2..(k + 7).min(ctx.sentences[s].tokens.len()))
        .take_while(|&i| {
            let w = ctx.lower_token(s, i - 1);
            !is_auxiliary(w) && !ctx.ontology.is_finite_verb(w)
        })
        .find(|&i| ctx.token(s, i) == ",")
        .map_or(k, |close| close + 1)
}

/// Whether mention `m` is followed by a noun of people who speak for themselves, not for it
/// ([`NOT_ITS_VOICE`]): "Tarsk fans claimed".
fn before_its_own_people(ctx: &DocContext<'_>, out: &Extraction, s: usize, m: usize) -> bool {
    let next = ctx.token_from(s, out.mentions[m].span.end);
    NOT_ITS_VOICE.contains(&ctx.lower_token(s, next))
}

/// Plural nouns of people who, written after a name, speak for themselves, not for it: "Acme
/// customers said", "Tarsk fans claimed" (unlike "Acme officials said").
const NOT_ITS_VOICE: &[&str] = &[
    "fans",
    "supporters",
    "customers",
    "clients",
    "residents",
    "voters",
    "viewers",
    "readers",
    "listeners",
    "users",
    "passengers",
    "students",
    "protesters",
    "critics",
    "rivals",
    "investors",
    "shareholders",
];

/// Reflexive pronouns: "defended himself".
const REFLEXIVE_PRONOUNS: &[&str] = &[
    "himself",
    "herself",
    "itself",
    "themselves",
    "myself",
    "ourselves",
    "yourself",
    "yourselves",
];

/// Pronouns that stand as a verb's object: "to oust him".
pub(super) const OBJECT_PRONOUNS: &[&str] = &[
    "him",
    "her",
    "them",
    "it",
    "us",
    "me",
    "himself",
    "herself",
    "themselves",
];

/// The second of two words that describe one noun after them, when the comma or "and" at
/// token `i` of the phrase opened at `from` joins them: "a long, hard road", "a warm and
/// gentle letter", "another, even lower price". The word before is an adjective (a
/// lower-case adjective of the lexicon that ends in neither "-ly" nor a plural's "s") or
/// "another", and opens the phrase or follows a determiner, an adverb or a preposition ("cut
/// the rate again, big news" has a noun before "again"); after it, past an adverb or two,
/// comes another adjective (after "and" a participle in "-ing" too; after a comma no word in
/// "-ing": "started strong, demanding …"), and then a lower-case word that opens no clause.
fn joined_modifier(ctx: &DocContext<'_>, s: usize, from: usize, i: usize) -> Option<usize> {
    let toks = &ctx.sentences[s].tokens;
    let adjective = |k: usize| {
        let w = ctx.lower_token(s, k);
        toks.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word && t.text(ctx.text()).starts_with(char::is_lowercase)
        }) && ctx.ontology.common_words.contains(w)
            && !w.ends_with("ly")
            && !(w.ends_with('s') && !w.ends_with("ous") && !w.ends_with("ss"))
            && !OBJECT_STOP.contains(&w)
            // Adverbs of the lexicon that end in no "-ly".
            && !matches!(
                w,
                "so" | "now"
                    | "then"
                    | "again"
                    | "too"
                    | "away"
                    | "twice"
                    | "once"
                    | "here"
                    | "there"
                    | "also"
                    | "still"
                    | "just"
                    | "only"
                    | "yet"
                    | "up"
                    | "down"
                    | "out"
                    | "off"
                    | "back"
                    | "one"
            )
    };
    if i <= from || !(adjective(i - 1) || ctx.lower_token(s, i - 1) == "another") {
        return None;
    }
    let modifier_position = i - 1 == from || {
        let before = ctx.lower_token(s, i - 2);
        determiner_or_possessive(before)
            || matches!(
                before,
                "some" | "any" | "no" | "both" | "rather" | "very" | "more"
            )
            || before.ends_with("ly")
            || PREPOSITIONS_NOT_IN_OBJECT_STOP.contains(&before)
            || OBJECT_STOP.contains(&before)
            || before == "of"
    };
    if !modifier_position {
        return None;
    }
    let mut k = i + 1;
    while k < i + 3 && {
        let w = ctx.lower_token(s, k);
        matches!(w, "even" | "more" | "less" | "very" | "most") || ly_adverb(ctx, w)
    } {
        k += 1;
    }
    let noun_after = toks.get(k + 1).is_some_and(|t| {
        let w = ctx.lower_token(s, k + 1);
        t.kind == TokenKind::Word
            && t.text(ctx.text()).starts_with(char::is_lowercase)
            && !OBJECT_STOP.contains(&w)
            && !determiner_or_possessive(w)
            && !is_auxiliary(w)
            && ctx.ontology.verbs.get(w).is_none_or(|f| f.also_noun)
    });
    // ("met large and adoring crowds": after "and" a participle in "-ing" describes the noun
    // too, a plural one of the lexicon; "the country and demanding action" has a verb.)
    let ing = ctx.token(s, k).ends_with("ing");
    let second = if !ing {
        adjective(k)
    } else {
        ctx.token(s, i) == "and"
            && (adjective(k) || ctx.ontology.verbs.contains_key(ctx.lower_token(s, k)))
            && ctx
                .ontology
                .common_words
                .contains(ctx.lower_token(s, k + 1))
    };
    (second && noun_after).then_some(k)
}

/// Whether token `i` opens "in order to" or "in order that": a purpose, no phrase of a noun
/// or a verb ("sold the shares in order to pay").
pub(super) fn in_order_to(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    ctx.lower_token(s, i) == "in"
        && ctx.lower_token(s, i + 1) == "order"
        && matches!(ctx.lower_token(s, i + 2), "to" | "that")
}

/// Where the phrase after a noun at token `noun` ends when the noun needs it to say what it is
/// ([`Ontology::takes_complement`]): "the right to see the records", "the rise in attacks",
/// "his status as the favourite". A name, a figure or a date after the preposition is where,
/// when or a party ("a rise in March", "sanctions on Ruritania"), not the noun's complement.
fn complement_end(ctx: &DocContext<'_>, s: usize, noun: usize) -> Option<usize> {
    let toks = &ctx.sentences[s].tokens;
    if let Some(end) = gerund_complement_end(ctx, s, noun) {
        return Some(end);
    }
    // "his decision not to release them": a negated infinitive is the noun's too.
    let to = if ctx.lower_token(s, noun + 1) == "not" && ctx.lower_token(s, noun + 2) == "to" {
        noun + 2
    } else {
        noun + 1
    };
    let opener = ctx.lower_token(s, to);
    // "the right to see", not "the right To Roe".
    let infinitive = opener == "to"
        && infinitive_at(ctx, s, to)
        && ctx.token(s, to + 1).starts_with(char::is_lowercase);
    // "the right to privacy", "a threat to public health": a noun phrase after "to" is listed
    // apart ("to-noun"), as most nouns that take an infinitive take no such phrase ("sent the
    // plan to the board").
    // "the degree to which …", "the way in which …": a relative clause a preposition and
    // "which" open is listed as "which".
    let listed_as = if to == noun + 1
        && matches!(opener, "to" | "in" | "with" | "at" | "by")
        && ctx.lower_token(s, to + 1) == "which"
    {
        "which"
    } else if opener == "to" && !infinitive && to == noun + 1 {
        "to-noun"
    } else {
        opener
    };
    if toks.get(to).is_none()
        || in_order_to(ctx, s, to)
        || !ctx
            .ontology
            .takes_complement(ctx.lower_token(s, noun), listed_as)
    {
        return None;
    }
    if listed_as == "to" {
        let verb = toks.get(to + 1)?;
        if !infinitive {
            return None;
        }
        // "plans to write off the debts": a particle belongs to its verb.
        let (verb_end, rest) = match toks.get(to + 2) {
            Some(particle)
                if matches!(
                    ctx.lower_token(s, to + 2),
                    "up" | "off" | "out" | "down" | "back" | "away"
                ) =>
            {
                (particle.span.end, to + 3)
            }
            _ => (verb.span.end, to + 2),
        };
        // "agreements to limit and reduce their arsenals": a second verb joined to the first
        // shares its object.
        let (verb_end, rest) = match toks.get(rest + 1) {
            Some(second)
                if matches!(ctx.lower_token(s, rest), "and" | "or")
                    && second.text(ctx.text()).starts_with(char::is_lowercase)
                    && ctx
                        .ontology
                        .verbs
                        .get(ctx.lower_token(s, rest + 1))
                        .is_some_and(|f| f.base) =>
            {
                (second.span.end, rest + 2)
            }
            _ => (verb_end, rest),
        };
        // "an attempt to oust him": with no noun phrase, an object pronoun ends it.
        let pronoun = toks
            .get(rest)
            .filter(|_| OBJECT_PRONOUNS.contains(&ctx.lower_token(s, rest)));
        // "a desire to stay at the club", "a willingness to come to Tarsk": a verb with no
        // object keeps the place it goes to or stays at.
        let place = || {
            matches!(
                ctx.lower_token(s, rest),
                "at" | "in" | "to" | "into" | "with"
            )
            .then(|| noun_phrase_span_after(ctx, s, rest + 1))
            .flatten()
            .map(|phrase| phrase.end)
        };
        // "a chance to equalise late on": the verb ends the phrase; but "their push to put
        // that in the bill" and "the requirement to object to more than 200 changes", cut
        // before the object the verb takes, would say less than the noun alone.
        let verb_alone =
            || (!matches!(ctx.lower_token(s, rest), "that" | "to")).then_some(verb_end);
        return noun_phrase_span_after(ctx, s, rest)
            .map(|phrase| phrase.end)
            .or(pronoun.map(|p| p.span.end))
            .or_else(place)
            .or_else(verb_alone);
    }
    // "the idea that the council is divided": the clause the noun states runs to the end of
    // its own clause: a comma, a semicolon, a colon, a dash or a bracket. ("said in his report
    // that …": the clause is what was said, past a phrase that says where.) So does the
    // relative clause of "the degree to which …".
    if opener == "that" || listed_as == "which" {
        if (noun.saturating_sub(4)..noun).any(|k| {
            matches!(ctx.lower_token(s, k), "in" | "on") && k > 0 && reports_at(ctx, s, k - 1)
        }) {
            return None;
        }
        let stop = (noun + 2..toks.len())
            .find(|&k| matches!(ctx.token(s, k), "," | ";" | ":" | "—" | "–" | "(" | "|"))
            .unwrap_or(toks.len());
        let last = (noun + 2..stop)
            .rev()
            .find(|&k| toks[k].kind == TokenKind::Word || toks[k].kind == TokenKind::Number)?;
        return Some(toks[last].span.end);
    }
    let mut head = noun + 2;
    if matches!(
        ctx.lower_token(s, head),
        "the" | "a" | "an" | "his" | "her" | "its" | "their"
    ) {
        head += 1;
    }
    let plain_word = toks.get(head).is_some_and(|t| {
        t.kind == TokenKind::Word && t.text(ctx.text()).starts_with(char::is_lowercase)
    });
    if !plain_word {
        return None;
    }
    noun_phrase_span_after(ctx, s, noun + 2).map(|phrase| phrase.end)
}

/// Where the phrase after a gerund that a phrase ends with stops, when the gerund needs its
/// particle or complement to say what is done: "proposed going ahead with the merger",
/// "opposes voting by mail", "accused the government of trying to confuse the issue",
/// "should consider tightening up on spending". The gerund must open the phrase or follow a
/// preposition, so it is the phrase's head.
fn gerund_complement_end(ctx: &DocContext<'_>, s: usize, gerund: usize) -> Option<usize> {
    let toks = &ctx.sentences[s].tokens;
    let w = ctx.lower_token(s, gerund);
    let heads = gerund == 0
        || matches!(
            ctx.lower_token(s, gerund - 1),
            "of" | "about" | "on" | "for" | "from" | "without" | "by"
        )
        || ctx
            .ontology
            .verbs
            .contains_key(ctx.lower_token(s, gerund - 1));
    if !(w.ends_with("ing") && ctx.ontology.verbs.contains_key(w) && heads) {
        return None;
    }
    let mut k = gerund + 1;
    if matches!(
        ctx.lower_token(s, k),
        "up" | "down" | "out" | "ahead" | "back" | "off" | "away"
    ) {
        k += 1;
    }
    if infinitive_at(ctx, s, k) {
        let verb_end = toks[k + 1].span.end;
        return Some(noun_phrase_span_after(ctx, s, k + 2).map_or(verb_end, |p| p.end));
    }
    // "will stop collecting and storing phone records": a second gerund shares the object.
    // ("to curb spending and rising savings": not after a noun in -ing.)
    if k == gerund + 1
        && ctx.ontology.verbs.get(w).is_some_and(|f| !f.also_noun)
        && matches!(ctx.lower_token(s, k), "and" | "or")
        && {
            // (Past the sentence's end the token is "", which ends in no "-ing".)
            let next = ctx.lower_token(s, k + 1);
            next.ends_with("ing") && ctx.ontology.verbs.contains_key(next)
        }
    {
        let second_end = toks[k + 1].span.end;
        return Some(noun_phrase_span_after(ctx, s, k + 2).map_or(second_end, |p| p.end));
    }
    if matches!(
        ctx.lower_token(s, k),
        "with" | "on" | "by" | "about" | "into" | "against"
    ) && let Some(phrase) = noun_phrase_span_after(ctx, s, k + 1)
    {
        return Some(phrase.end);
    }
    (k > gerund + 1).then(|| toks[k - 1].span.end)
}

/// Whether the quote mark at token `i` opens a few quoted words inside a noun phrase: up to four
/// words, then the closing mark, as in 'the idea of a "free market"'. A quotation of speech has
/// more words or punctuation before its close.
fn quoted_words_in_phrase(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    let glued_to_next = toks
        .get(i + 1)
        .is_some_and(|n| n.span.start == toks[i].span.end && n.kind == TokenKind::Word);
    // (A comma or stop may stand inside the closing mark: "“glass ceiling,”".)
    glued_to_next
        && (i + 2..(i + 6).min(toks.len())).any(|c| {
            is_quote_mark(ctx, s, c)
                && toks[c].span.start == toks[c - 1].span.end
                && (i + 1..c).all(|w| {
                    toks[w].kind == TokenKind::Word
                        || (w == c - 1 && w > i + 1 && matches!(ctx.token(s, w), "," | "."))
                })
        })
}

/// Whether the lower-case `word` right after a reporting verb says when, not who: "said
/// yesterday that …", "said last week it would …".
fn is_time_word_after_report(word: &str) -> bool {
    matches!(
        word,
        "yesterday"
            | "today"
            | "tonight"
            | "earlier"
            | "later"
            | "last"
            | "next"
            | "again"
            | "once"
    )
}

/// Whether the comma at token `i` separates items of a list of common words that "and" or
/// "or" closes ("the higher steel, plastic and commodity prices", "cars, trucks, and buses"),
/// not two clauses ("prices rose, and profits fell") or a report's speaker ("…, Roe and Lee
/// said").
fn list_comma(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    let item_word = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let w = ctx.lower_token(s, k);
            t.kind == TokenKind::Word
                && t.text(ctx.text()).starts_with(char::is_lowercase)
                // "psychologically and", "he'd": no adverb or contraction is an item; nor
                // a verb that is no noun ("increase levels, expand sales").
                && !w.ends_with("ly")
                && !w.contains(['\'', '’'])
                // "less cobalt, an expensive and rare metal": an article after the comma
                // opens an apposition; "the project, sources say, and": a report, an aside.
                && !matches!(w, "a" | "an" | "the" | "this" | "these" | "those")
                && ctx.ontology.reporting_lemma(w).is_none()
                && !is_auxiliary(w)
                && ctx.ontology.verbs.get(w).is_none_or(|f| f.also_noun)
                && !OBJECT_STOP.contains(&w)
                && !opens_subordinate_clause(w)
                && !matches!(w, "he" | "she" | "it" | "they" | "we" | "i" | "you" | "who" | "which")
        })
    };
    if ctx.token(s, i) != "," || i == 0 || !item_word(i - 1) {
        return false;
    }
    // ", and buses": the serial comma, after an item that a list comma opens.
    if matches!(ctx.token(s, i + 1), "and" | "or") {
        return (i.saturating_sub(4)..i.saturating_sub(1))
            .rev()
            .find(|&p| !item_word(p))
            .is_some_and(|p| p > 0 && ctx.token(s, p) == "," && item_word(p - 1))
            && item_word(i + 2);
    }
    let items = (i + 1..(i + 4).min(toks.len()))
        .take_while(|&k| item_word(k))
        .count();
    let after = i + 1 + items;
    items > 0
        && match ctx.token(s, after) {
            "," => list_comma(ctx, s, after),
            "and" | "or" => {
                let last = (after + 1..(after + 4).min(toks.len()))
                    .take_while(|&k| item_word(k))
                    .count();
                last > 0 && ctx.reporting_lemma(s, after + 1 + last).is_none()
            }
            _ => false,
        }
}

/// Whether the comma or conjunction at token `i` joins names in a list that modifies a noun
/// after its last name: "his WBA, IBF and WBO title belts".
fn joins_name_list(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    let capitalised = |k: usize| {
        toks.get(k).is_some_and(|x| {
            x.kind == TokenKind::Word && x.text(ctx.text()).starts_with(char::is_uppercase)
        })
    };
    if i == 0 || !capitalised(i - 1) || !capitalised(i + 1) {
        return false;
    }
    let mut k = i;
    if ctx.token(s, k) == "," {
        k += 1;
        while capitalised(k) || ctx.token(s, k) == "," {
            k += 1;
        }
        if !matches!(ctx.token(s, k), "and" | "or") || !capitalised(k + 1) {
            return false;
        }
    }
    k += 1;
    while capitalised(k) {
        k += 1;
    }
    // ("protect itself from Tarsk, Oskol and Brazil.": the list may end the sentence.)
    toks.get(k).is_none_or(|x| {
        (x.kind == TokenKind::Word && x.text(ctx.text()).starts_with(char::is_lowercase))
            || (k + 1 == toks.len() && matches!(x.text(ctx.text()), "." | "!" | "?"))
    })
}

/// The words of sentence `s` from token `from` to the end of the reported `clause`. A clause
/// that ends at a comma inside a quotation keeps the closing mark after the comma ('said she
/// had "cleaned our clock," Lee fired back' reports 'she had "cleaned our clock"').
fn clause_words(ctx: &DocContext<'_>, s: usize, from: usize, clause: &Range<usize>) -> String {
    let toks = &ctx.sentences[s].tokens;
    let mut words = ctx.text()[toks[from].span.start..toks[clause.end - 1].span.end].to_string();
    if let Some(mark) = mark_closed_after(ctx, s, from, clause.end) {
        words.push_str(mark);
    }
    words
}

/// The quotation mark right after the comma at token `comma`, when the marks from token
/// `from` up to the comma leave a quotation open: words that end at the comma inside a
/// quotation ('"cleaned our clock,"') end with that mark.
fn mark_closed_after<'c>(
    ctx: &'c DocContext<'_>,
    s: usize,
    from: usize,
    comma: usize,
) -> Option<&'c str> {
    let open = (from..comma).filter(|&k| is_quote_mark(ctx, s, k)).count();
    (!open.is_multiple_of(2) && ctx.token(s, comma) == "," && is_quote_mark(ctx, s, comma + 1))
        .then(|| ctx.token(s, comma + 1))
}

/// Whether mention `m` ends a subordinate clause that opens sentence `s`, right before the
/// comma that closes it: "Although he went further than Roe, Sen. Jim Beck, D-Iowa, said" —
/// the apposition after that comma describes no one in the clause.
fn ends_opening_clause(ctx: &DocContext<'_>, out: &Extraction, s: usize, m: usize) -> bool {
    let first = usize::from(matches!(ctx.lower_token(s, 0), "but" | "and" | "yet"));
    let close = ctx.token_from(s, out.mentions[m].span.end);
    opens_subordinate_clause(ctx.token(s, first))
        && ctx.token(s, close) == ","
        && (first..close).all(|k| !matches!(ctx.token(s, k), "," | ";" | ":"))
}

/// "Roe, who met Lee in May, signed …", "the army, which fought near X, denied …": the name
/// before a relative clause that ends right before the verb at token `verb` (auxiliaries may
/// stand between) is its subject. An age may follow the name ("Roe, 82, who …"), and a body
/// that ends a person's apposition stands for the person ("Roe, chairman of the Tarsk
/// Committee, which meets today, said").
fn relative_clause_head(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    verb: usize,
    in_sentence: &[usize],
) -> Option<usize> {
    let toks = &ctx.sentences[s].tokens;
    let k = auxiliaries_start(ctx, s, verb);
    if k == 0 || ctx.token(s, k - 1) != "," {
        return None;
    }
    let close = k - 1;
    let open = (close.saturating_sub(30)..close).rev().find(|&i| {
        matches!(ctx.token(s, i), "who" | "which") && i > 1 && ctx.token(s, i - 1) == ","
    })?;
    // The relative clause holds no other comma: it is the one that closes before the verb.
    if (open + 1..close).any(|i| ctx.token(s, i) == ",") {
        return None;
    }
    let mut before = open - 2;
    // "Roe, 82, who": skip the age.
    if toks[before].kind == TokenKind::Number && before > 1 && ctx.token(s, before - 1) == "," {
        before -= 2;
    }
    let head = in_sentence.iter().copied().find(|&m| {
        out.mentions[m].span.end == toks[before].span.end && can_act(out.mentions[m].entity_type)
    })?;
    // "Roe, chairman of the Tarsk Committee, which meets today, said", "Roe, a student at
    // Tarsk High School, who joined the march, said": the body ends the person's apposition,
    // and the person is the one the verb tells of.
    let of = start_with_article(ctx, out, s, head);
    if of > 0
        && matches!(
            ctx.token(s, of - 1),
            "of" | "at" | "for" | "with" | "from" | "in"
        )
    {
        let comma = (of.saturating_sub(6)..of - 1)
            .rev()
            .take_while(|&k| {
                ctx.token(s, k) == "," || ctx.token(s, k).starts_with(char::is_lowercase)
            })
            .find(|&k| ctx.token(s, k) == ",");
        if let Some(comma) = comma.filter(|&c| c > 0)
            && let Some(person) = in_sentence.iter().copied().find(|&m| {
                out.mentions[m].span.end == toks[comma - 1].span.end
                    && out.mentions[m].entity_type == EntityType::Person
            })
        {
            return Some(person);
        }
    }
    Some(head)
}

/// The first of the auxiliaries and adverbs right before the verb at token `verb` ("has
/// reportedly been" in "has reportedly been sent"); `verb` when there are none.
fn auxiliaries_start(ctx: &DocContext<'_>, s: usize, verb: usize) -> usize {
    let mut start = verb;
    // A capitalised word is a name ("Theresa May visited", "Will Hurd said"), no auxiliary.
    // Short adverbs stand among them too: "will soon require", "might have just made".
    while start > 0 && ctx.token(s, start - 1).starts_with(char::is_lowercase) && {
        let w = ctx.lower_token(s, start - 1);
        is_auxiliary(w)
            || matches!(
                w,
                "also"
                    | "not"
                    | "never"
                    | "soon"
                    | "just"
                    | "still"
                    | "already"
                    | "even"
                    | "ever"
                    // "will once again join".
                    | "again"
                    | "once"
                    // "must now be confirmed".
                    | "now"
            )
            || (w.ends_with("ly") && w.len() > 4)
            // "may well have taken".
            || (w == "well" && start > 1 && is_auxiliary(ctx.lower_token(s, start - 2)))
    } {
        start -= 1;
    }
    start
}

/// Whether the "on" before byte `name` (past a title) follows a verb that hands an act over to
/// whom it names: "called on President Roe to cancel", "relied on Acme to pay"; but "posted on
/// Twitter to warn residents" warns by its own subject. ("increased pressure on Acme to pay":
/// pressure, verb or noun, hands it over too.)
fn asks_on(ctx: &DocContext<'_>, s: usize, name: usize) -> bool {
    let at = ctx.token_from(s, name);
    let Some(before_on) = (at.saturating_sub(4)..at)
        .rev()
        .find(|&k| ctx.lower_token(s, k) == "on")
        .and_then(|on| on.checked_sub(1))
    else {
        return false;
    };
    let word = ctx.lower_token(s, before_on);
    word == "pressure"
        || ctx.ontology.verbs.get(word).is_some_and(|f| {
            matches!(
                f.lemma.as_str(),
                "call" | "prevail" | "rely" | "count" | "depend" | "lean" | "pressure"
            )
        })
}

/// "he", "she", "it", "they", "we", "i": a pronoun that opens a clause as its subject.
pub(super) fn subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we" | "i")
}

/// "Roe and Lee earlier attended", "Roe last met", "Roe once derided", "…, later said": a
/// word right before a verb that is an adverb, not a noun its subject modifies.
fn adverb_before_verb(w: &str) -> bool {
    // ("a Hale ally told": a noun.)
    (w.ends_with("ly") && !NOUNS_ENDING_IN_LY.contains(&w))
        || matches!(
            w,
            "earlier"
                | "later"
                | "also"
                | "then"
                | "still"
                | "never"
                | "already"
                | "again"
                | "once"
                | "now"
                | "often"
                | "always"
                | "just"
                | "soon"
                | "ever"
                | "first"
                | "last"
                | "finally"
                | "further"
                | "twice"
                | "previously"
                | "subsequently"
        )
}

/// The noun phrase ending before the auxiliaries of the verb at token `verb` ("the new
/// charges" in "the new charges were announced"): determiners, adjectives and nouns only; and
/// whether a preposition stands before it ("a child in a cage was not detained" says nothing
/// was done to the cage, but "an inquiry into the deal led by Roe" reaches the deal).
fn noun_phrase_before_verb(ctx: &DocContext<'_>, s: usize, verb: usize) -> Option<(String, bool)> {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    let mut end = auxiliaries_start(ctx, s, verb);
    // "a letter … first obtained by Reuters", "the issue was first reported by": an adverb
    // before the verb is no noun, nor an auxiliary before the adverb; nor is the "either" of
    // a choice ("contenders either mentioned by Roe or …").
    while end > 0
        && (adverb_before_verb(ctx.lower_token(s, end - 1))
            || matches!(ctx.lower_token(s, end - 1), "either" | "neither"))
    {
        end = auxiliaries_start(ctx, s, end - 1);
    }
    // "the last prime minister, who was replaced by": the phrase before the relative.
    if end > 1
        && matches!(ctx.token(s, end - 1), "who" | "which" | "that")
        && ctx.token(s, end - 2) == ","
    {
        end -= 2;
    }
    // "The agreement — which comes after … — was brokered": skip the aside.
    if end > 0 && matches!(ctx.token(s, end - 1), "—" | "–" | ",") {
        let mark = ctx.token(s, end - 1);
        end = (end.saturating_sub(30)..end - 1)
            .rev()
            .find(|&i| ctx.token(s, i) == mark)?;
    }
    let mut start = end;
    // ("the $15 an hour minimum backed by Roe": a figure and its sign before a noun are in
    // the phrase; "Roe, 67, who was nominated" has no noun there.)
    let figure = |k: usize| {
        toks[k].kind == TokenKind::Number || matches!(toks[k].text(text), "$" | "£" | "€" | "%")
    };
    while start > 0 && end - start < 6 {
        let tok = &toks[start - 1];
        let w = tok.text(text);
        let lw = lower(w);
        if start < end && figure(start - 1) {
            start -= 1;
            continue;
        }
        if tok.kind != TokenKind::Word
            || !w.starts_with(char::is_lowercase)
            || OBJECT_STOP.contains(&lw.as_ref())
            || matches!(
                lw.as_ref(),
                "under" | "of" | "about" | "through" | "across" | "within" | "without" | "like"
            )
            || ctx.ontology.is_finite_verb(lw.as_ref())
        {
            break;
        }
        // "where she was beaten by Roe", "it is itself being sued": the subject is a pronoun,
        // which stands for a noun phrase elsewhere.
        if matches!(
            lw.as_ref(),
            "he" | "she" | "they" | "it" | "we" | "i" | "you" | "where" | "when"
        ) {
            return None;
        }
        start -= 1;
        // ("$15 an hour": an article after a figure says "per".)
        if matches!(
            lw.as_ref(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her"
        ) && !(start > 0 && figure(start - 1) && matches!(lw.as_ref(), "a" | "an"))
        {
            break;
        }
    }
    let after_preposition = start > 0
        && matches!(
            ctx.lower_token(s, start - 1),
            "in" | "on" | "at" | "of" | "with" | "from" | "for" | "by" | "about" | "into"
        );
    (start < end)
        .then(|| text[toks[start].span.start..toks[end - 1].span.end].to_string())
        .filter(|phrase| says_something(phrase))
        .map(|phrase| (phrase, after_preposition))
}

/// Prepositional phrases after token `from` in the same clause whose words name no entity:
/// (preposition, phrase). At most three, up to the next comma.
pub(super) fn literal_phrases(
    ctx: &DocContext<'_>,
    s: usize,
    from: usize,
    to: usize,
) -> Vec<(String, String)> {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    let mut out = Vec::new();
    let mut i = from;
    while i < toks.len().min(to) && out.len() < 3 {
        let w = toks[i].text(text);
        // A quotation mark: what follows is someone's words ("called Roe “a thumb in our
        // eye”" has no "in" phrase of the calling).
        if matches!(w, "," | ";" | ":" | ".")
            || toks[i].kind == TokenKind::Quote
            || in_order_to(ctx, s, i)
        {
            break;
        }
        // "hit a peak before declining in May", "introduced Roe with a speech on taxes": a
        // phrase past a subordinate clause's opener, another verb, or a noun's "of" or "with"
        // phrase is theirs.
        // ("released a measure that takes into account …": nor a relative clause's.)
        if i > from
            && (opens_subordinate_clause(w)
                || infinitive_at(ctx, s, i)
                || matches!(
                    w,
                    "of" | "with" | "that" | "which" | "who" | "whom" | "whose"
                )
                || ctx.ontology.is_finite_verb(w)
                || (w.ends_with("ing") && ctx.ontology.verbs.contains_key(w)))
        {
            break;
        }
        // "losing 2-0 and missing out on a place in the finals": the phrases after a joined
        // verb are that verb's.
        if joins_verb(ctx, s, i) {
            break;
        }
        // A phrase opened by a name is that name's, unless the name only modifies the noun
        // that ends it ("in GM plants").
        if matches!(w, "in" | "on" | "for" | "over" | "against" | "into")
            && let Some(phrase) = noun_phrase_after(ctx, s, i + 1)
            && (!phrase.starts_with(char::is_uppercase)
                || ((2..=3).contains(&phrase.split_whitespace().count())
                    && phrase.split_whitespace().skip(1).all(|w| {
                        w.starts_with(char::is_lowercase)
                            && !ctx.ontology.is_finite_verb(w)
                            && !matches!(w, "the" | "a" | "an")
                    })))
            && !phrase.contains(|c: char| c.is_ascii_digit())
        {
            i += 1 + phrase.split_whitespace().count();
            // "released $9m in aid without the reviews it asked for": what the act went
            // without is no part of the phrase.
            let phrase = phrase
                .split_once(" without ")
                .map_or(phrase.as_str(), |(head, _)| head)
                .to_string();
            // "lost his bid in part because …", "in turn", "on purpose": an adverb made of a
            // preposition and a noun says how, not where or on what.
            // (`w` is one of the lower-case prepositions above; compared as a pair, no string
            // is built for each phrase.)
            // ("latitude for adjudicating whether minors should be …": a phrase that a verb
            // follows is cut from its clause.)
            let verb_after = i < toks.len() && {
                let w = ctx.lower_token(s, i);
                is_auxiliary(w) && !matches!(w, "being" | "been" | "having")
            };
            // ("joined Roe in calling for a vote": a gerund cut from the words it takes says
            // nothing, and the phrases after it are its own.)
            if !phrase.contains(' ')
                && phrase.ends_with("ing")
                && ctx.ontology.verbs.contains_key(lower(&phrase).as_ref())
                && toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            {
                break;
            }
            if !ADVERBIAL_PHRASES.contains(&(w, phrase.as_str())) && !verb_after {
                out.push((w.to_string(), phrase));
            }
            continue;
        }
        i += 1;
    }
    out
}

/// Prepositions and nouns that together make an adverb ("in part", "on purpose").
const ADVERBIAL_PHRASES: &[(&str, &str)] = &[
    ("in", "part"),
    ("in", "turn"),
    ("in", "fact"),
    ("in", "particular"),
    ("in", "general"),
    ("in", "addition"),
    ("in", "total"),
    ("in", "short"),
    ("in", "response"),
    ("in", "person"),
    ("in", "private"),
    ("in", "public"),
    ("on", "purpose"),
    ("on", "average"),
    ("on", "balance"),
    ("for", "now"),
    ("for", "example"),
    ("for", "instance"),
    ("for", "good"),
    ("over", "time"),
];

/// Whether `word` (lower case) is a past, participle or "-ing" verb form that is no noun
/// ("derived", "showing"; not "plans" or "meeting").
fn participle_only(ctx: &DocContext<'_>, word: &str) -> bool {
    ctx.ontology
        .verbs
        .get(word)
        .is_some_and(|f| !f.also_noun && (f.past || f.participle || word.ends_with("ing")))
}

/// Whether token `i`, the last of a noun phrase cut short, leaves it dangling: a
/// possessive, or a preposition or conjunction that does not already end the phrase as an
/// [`OBJECT_STOP`] does ("members of his own party" cut at "his", "called Lee into the Oval
/// Office along with …"); or a participle that opens a phrase of
/// its own, with a preposition or an object after it ("stem cells derived from …", "a study
/// showing that …", "a lawsuit originally filed by …"). "election hacking." keeps its noun.
fn phrase_tail_dangles(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    let w = ctx.lower_token(s, i);
    if matches!(
        w,
        "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "nor"
            | "neither"
            | "along"
            | "own"
            | "against"
            | "about"
            | "toward"
            | "towards"
            | "already"
            | "also"
            | "still"
            | "even"
    ) {
        return true;
    }
    if !ctx.token(s, i).starts_with(char::is_lowercase) {
        return false;
    }
    // (After a determiner the form is a noun, "the accused"; after a pronoun or "is" it is
    // the clause's own verb, "what he described".)
    let participle = participle_only(ctx, w)
        && !matches!(
            ctx.lower_token(s, i - 1),
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "this"
                | "of"
                | "'s"
                | "’s"
                | "he"
                | "she"
                | "it"
                | "they"
                | "we"
                | "i"
                | "you"
                | "is"
                | "was"
        );
    // An "-ing" form needs an object or a clause after it to be a verb ("tough grilling
    // from" is a noun).
    let object_follows = matches!(
        ctx.lower_token(s, i + 1),
        "that" | "the" | "a" | "an" | "his" | "her" | "its" | "their" | "to"
    );
    let opens_phrase = object_follows
        || (!w.ends_with("ing")
            && matches!(
                ctx.lower_token(s, i + 1),
                "by" | "from" | "at" | "in" | "on" | "for" | "with" | "as" | "into"
            ));
    // "a statement offering “sincere condolences”", "an interview set to air on Sunday": right
    // after a noun, a form that may be a noun too is a participle when a quotation follows,
    // and a past participle is when an infinitive does ("a meeting to discuss" is a noun's).
    // (The word before is read last: this runs for every word a phrase may end with.)
    let after_noun = || {
        let before = ctx.lower_token(s, i - 1);
        ctx.sentences[s].tokens[i - 1].kind == TokenKind::Word
            && ctx.token(s, i - 1).starts_with(char::is_lowercase)
            && !determiner_or_possessive(before)
            && before != "of"
            && !OBJECT_STOP.contains(&before)
            && !PREPOSITIONS_NOT_IN_OBJECT_STOP.contains(&before)
            && ctx.ontology.verbs.get(before).is_none_or(|f| f.also_noun)
    };
    let form = ctx.ontology.verbs.get(w);
    let quotation = is_quote_mark(ctx, s, i + 1)
        && matches!(ctx.token(s, i + 1), "“" | "\"")
        && form.is_some_and(|f| f.participle || w.ends_with("ing"));
    let infinitive =
        infinitive_at(ctx, s, i + 1) && form.is_some_and(|f| f.participle && !w.ends_with("ing"));
    (participle && opens_phrase) || ((quotation || infinitive) && after_noun())
}

/// Whether token `i` opens another predicate: a joined verb ("and crossed"), an infinitive
/// ("to buy"), or an -ing verb that no determiner makes a noun ("promising talks", but not
/// "the growing market", and not "including", which lists what the verb reached).
pub(super) fn opens_predicate(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    let w = ctx.lower_token(s, i);
    let ing_verb = w.ends_with("ing")
        && w != "including"
        && ctx.ontology.verbs.contains_key(w)
        && (i == 0
            || !matches!(
                ctx.lower_token(s, i - 1),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "of"
            ));
    joins_verb(ctx, s, i) || infinitive_at(ctx, s, i) || ing_verb
}

/// Whether the clause holding token `i` opens with a subordinator ("Although Roe said …,
/// the truth is …"): what is said there claims nothing in the main clause.
pub(super) fn opens_with_subordinator(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    let mut start = (0..i)
        .rev()
        .find(|&k| matches!(ctx.token(s, k), "," | ";" | ":" | "—" | "–"))
        .map_or(0, |k| k + 1);
    // "But even before Roe said …", "and shortly after": a conjunction or an adverb of degree
    // or time may stand before the subordinator.
    while start < i
        && matches!(
            ctx.lower_token(s, start),
            "and"
                | "but"
                | "or"
                | "yet"
                | "even"
                | "just"
                | "only"
                | "shortly"
                | "soon"
                | "long"
                | "right"
                | "well"
        )
    {
        start += 1;
    }
    // "Hours after Roe posted it", "about 14 hours after …", "two days before …": so may a
    // stretch of time before "after" or "before".
    let mut k = start;
    while k < i
        && (number_at(ctx, s, k)
            || matches!(
                ctx.lower_token(s, k),
                "a" | "an" | "about" | "some" | "nearly" | "almost" | "just" | "barely" | "few"
            ))
    {
        k += 1;
    }
    if k < i
        && matches!(
            ctx.lower_token(s, k).trim_end_matches('s'),
            "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "moment"
        )
        && matches!(ctx.lower_token(s, k + 1), "after" | "before")
    {
        return true;
    }
    opens_subordinate_clause(ctx.token(s, start)) && ctx.lower_token(s, start) != "as"
}

/// Whether a phrase at token `k` of sentence `s`, running to token `end`, names the occasion
/// of a report: "in a radio interview that aired Friday", "during a discussion on Tarsk TV",
/// "at a news conference". An article opens it, its noun comes within five words, and no
/// verb stands before that noun or after it but in a relative clause ("the family in a
/// statement expressed sorrow" is what was reported; so is "countries that believe in free
/// speech").
fn speech_occasion_at(ctx: &DocContext<'_>, s: usize, k: usize, end: usize) -> bool {
    // ("not being honest in his testimony": a possessive names someone's act, told of.)
    if !matches!(ctx.lower_token(s, k), "in" | "during" | "at")
        || !matches!(ctx.lower_token(s, k + 1), "a" | "an" | "the")
    {
        return false;
    }
    let Some(noun) =
        (k + 2..end.min(k + 6)).find(|&i| SPEECH_OCCASIONS.contains(&ctx.lower_token(s, i)))
    else {
        return false;
    };
    // "during" or "at" may open a time of what was reported ("was present during a private
    // briefing"): only a named programme or body, or a day, marks the report's own occasion
    // ("during a White House briefing", "at a news conference Friday").
    let capitalised = |i: usize| capitalised_word_at(ctx, s, i);
    let named = (k + 2..noun).any(capitalised)
        || (noun + 1..end).any(|i| {
            crate::text::WEEKDAYS.contains(&ctx.lower_token(s, i))
                || (matches!(ctx.lower_token(s, i), "on" | "with")
                    && i + 1 < end
                    && capitalised(i + 1))
        });
    if ctx.lower_token(s, k) != "in" && !named {
        return false;
    }
    let finite = |i: usize| ctx.ontology.is_finite_verb(ctx.lower_token(s, i));
    (k + 1..noun).all(|i| !finite(i) && !OBJECT_STOP.contains(&ctx.lower_token(s, i)))
        && (noun + 1..end).all(|i| {
            !finite(i) || (noun + 1..i).any(|r| matches!(ctx.lower_token(s, r), "that" | "which"))
        })
}

/// Nouns for the occasion on which something is said or written.
const SPEECH_OCCASIONS: &[&str] = &[
    "interview",
    "discussion",
    "statement",
    "speech",
    "address",
    "tweet",
    "post",
    "appearance",
    "letter",
    "conversation",
    "briefing",
    "conference",
    "podcast",
    "broadcast",
    "op-ed",
    "memo",
    "email",
    "e-mail",
    "remarks",
    "testimony",
];

/// Whether the comma at token `k` of sentence `s` lies between two capitalised words, in a
/// list of names ("outlets including Acme News, Globex and the Tarsk Times"), so it closes
/// no aside.
fn name_list_comma(ctx: &DocContext<'_>, s: usize, k: usize) -> bool {
    k > 0 && ctx.token(s, k) == "," && capitalised_word_at(ctx, s, k - 1) && name_after(ctx, s, k)
}

/// Whether a capitalised word, or "the" and one, comes after token `k` of sentence `s`.
fn name_after(ctx: &DocContext<'_>, s: usize, k: usize) -> bool {
    capitalised_word_at(ctx, s, k + 1)
        || (ctx.lower_token(s, k + 1) == "the" && capitalised_word_at(ctx, s, k + 2))
}

/// Whether token `i` of sentence `s` is a word that starts with a capital.
fn capitalised_word_at(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    ctx.sentences[s]
        .tokens
        .get(i)
        .is_some_and(|tok| tok.kind == TokenKind::Word && tok.starts_uppercase(ctx.text()))
}

/// Whether a relative aside opens at token `after` (", who …" or ", which …") and closes with
/// a comma right before the verb group of the verb at token `t`, or before the verb whose
/// infinitive `t` is: "Roe, who coached Lee at Tarsk, also won", "…, has vowed to stay". The
/// aside's relative pronoun stands for the name before it, and that name is the verb's subject.
fn heads_closed_relative(ctx: &DocContext<'_>, s: usize, after: usize, t: usize) -> bool {
    if ctx.token(s, after) != "," || !matches!(ctx.lower_token(s, after + 1), "who" | "which") {
        return false;
    }
    // (The aside's first comma closes it: a later one may close a clause of its own.)
    let Some(close) =
        (after + 2..t).find(|&k| ctx.token(s, k) == "," && !name_list_comma(ctx, s, k))
    else {
        return false;
    };
    let mut k = close + 1;
    while k < t && {
        let w = ctx.lower_token(s, k);
        is_quote_mark(ctx, s, k)
            || is_auxiliary(w)
            || (w.ends_with("ly") && !ctx.ontology.verbs.contains_key(w))
            || matches!(w, "also" | "then" | "later" | "now" | "still" | "soon")
    } {
        k += 1;
    }
    k == t
        || (k + 2 == t
            && ctx.token(s, k + 1) == "to"
            && ctx.ontology.verbs.contains_key(ctx.lower_token(s, k)))
}

/// Whether the name at token `first` is the agent of a passive that engages someone for an
/// act ("was named by President Lee", "was urged by Lee"): "by" before it, past a title or
/// two, follows such a participle after a form of "be". ("arms used by Tarsk to threaten
/// Oskol" are Tarsk's to use.)
fn passive_agent(ctx: &DocContext<'_>, s: usize, first: usize) -> bool {
    let Some(by) = (first.saturating_sub(4)..first)
        .rev()
        .find(|&k| ctx.token(s, k) == "by")
    else {
        return false;
    };
    by >= 2
        && ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, by - 1))
            .is_some_and(|f| {
                let lemma = f.lemma.as_str();
                f.participle
                    && (PURPOSE_VERBS.contains(&lemma)
                        || ASKING_VERBS.contains(&lemma)
                        || CHOOSING_VERBS.contains(&lemma))
            })
        && (by.saturating_sub(4)..by - 1).any(|k| PASSIVE_AUX.contains(&ctx.lower_token(s, k)))
}

/// Whether token `v` is a past verb (no noun) whose object or phrase starts right after it:
/// "and requested an ethics review", "and suspended it", but not "and fixed penalty notices".
fn verb_with_object_after(ctx: &DocContext<'_>, s: usize, v: usize) -> bool {
    ctx.ontology
        .verbs
        .get(ctx.lower_token(s, v))
        .is_some_and(|f| f.past && !f.also_noun)
        && (matches!(
            ctx.lower_token(s, v + 1),
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "its"
                | "their"
                | "it"
                | "them"
                | "him"
                | "in"
                | "on"
                | "to"
                | "with"
                | "for"
        ) || ctx.token(s, v + 1).starts_with(char::is_uppercase))
}

/// Whether token `i` is the "to" of an infinitive ("to buy").
pub(super) fn infinitive_at(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    // ("urged the administration to “refrain from …”": the verb may open a quotation; "voted
    // to formally censure Roe": an adverb may split the infinitive.)
    // ("to supply" is no adverb of "supple".)
    let split = {
        let w = ctx.token(s, i + 1);
        w.starts_with(char::is_lowercase)
            && ly_adverb(ctx, w)
            && !ctx.ontology.verbs.get(w).is_some_and(|f| f.base)
    };
    let verb = if is_quote_mark(ctx, s, i + 1) || split {
        i + 2
    } else {
        i + 1
    };
    ctx.token(s, i) == "to"
        && ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, verb))
            .is_some_and(|f| f.base)
}

/// [`infinitive_at`], or a passive or copula one ("called for the embargo to be lifted":
/// "be" is no entry of the verb lexicon): where what someone is asked or wanted to do runs on.
pub(super) fn act_infinitive_at(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    infinitive_at(ctx, s, i)
        || (ctx.token(s, i) == "to"
            && ctx.lower_token(s, i + 1) == "be"
            && ctx.sentences[s].tokens.get(i + 2).is_some_and(|x| {
                x.kind == TokenKind::Word
                    && x.text(ctx.text()).starts_with(char::is_lowercase)
                    && !OBJECT_STOP.contains(&ctx.lower_token(s, i + 2))
            }))
}

/// Whether token `i` is "and", "but" or "or" before a verb, joining a second predicate
/// ("raced down the left and crossed to Lee").
pub(super) fn joins_verb(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    matches!(ctx.token(s, i), "and" | "but" | "or")
        && ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, i + 1))
            .is_some_and(|f| f.past || f.third || ctx.token(s, i + 1).ends_with("ing"))
}

/// Kinship nouns; the predicate of a `family` relation is the noun itself.
pub(super) const KINSHIP: &[&str] = &[
    "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "cousin",
    "uncle", "aunt", "nephew", "niece",
];

/// "his older brother, Tomas", "Roe's wife Ana": the named relative is kin of the possessor.
fn kinship(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    in_sentence: &[usize],
) -> Vec<RelationMention> {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    let mut found = Vec::new();
    for (n, tok) in toks.iter().enumerate() {
        let noun = tok.text(text);
        if !KINSHIP.contains(&noun) {
            continue;
        }
        // The relative: a person right after the noun (a comma may come between).
        let at = if toks.get(n + 1).is_some_and(|x| x.text(text) == ",") {
            n + 2
        } else {
            n + 1
        };
        let Some(relative) = in_sentence.iter().copied().find(|&m| {
            toks.get(at)
                .is_some_and(|x| x.span.start == out.mentions[m].span.start)
                && out.mentions[m].entity_type == EntityType::Person
        }) else {
            continue;
        };
        // The possessor, skipping one adjective ("older", "late").
        let mut k = n;
        if k > 0
            && toks[k - 1].text(text).starts_with(char::is_lowercase)
            && !matches!(ctx.token(s, k - 1), "his" | "her")
        {
            k -= 1;
        }
        // ("welcomed Lee and his wife, Sara": the person joined right before the pronoun.)
        let joined_before = |w: &str| {
            (k >= 3 && ctx.token(s, k - 2) == "and")
                .then(|| {
                    in_sentence.iter().copied().find(|&m| {
                        out.mentions[m].span.end == toks[k - 3].span.end
                            && out.mentions[m].entity_type == EntityType::Person
                            && person_sex(ctx, out, m).is_none_or(|sex| Some(sex) == pronoun_sex(w))
                    })
                })
                .flatten()
        };
        let possessor = match k.checked_sub(1).map(|p| ctx.lower_token(s, p)) {
            Some(w @ ("his" | "her")) => {
                joined_before(w).or_else(|| pronoun_antecedent(ctx, out, toks[k - 1].span.start, w))
            }
            Some(w) if matches!(w, "'s" | "’s") && k >= 2 => in_sentence
                .iter()
                .copied()
                .find(|&m| out.mentions[m].span.end == toks[k - 2].span.end),
            _ => None,
        };
        let Some(possessor) = possessor.filter(|&p| p != relative) else {
            continue;
        };
        found.push(RelationMention {
            subject: relative,
            predicate: noun.to_string(),
            relation_type: "family".to_string(),
            object: Arg::Mention(possessor),
            qualifiers: BTreeMap::new(),
            span: ctx.sentences[s].span.clone(),
            rule: RULE_KINSHIP,
        });
    }
    found
}

/// Nouns of an outcome, a measure or a holding: "in Tarsk" after one of them is where the
/// outcome or the holding is, not where a person is ("Roe's big win in Tarsk", "holds an edge
/// in Tarsk", "runs operations in Tarsk"); so are words of a standing in a race ("remains tied
/// with Lee in Tarsk", "is leading the field in Tarsk").
const PLACED_NOUNS: &[&str] = &[
    "advantage",
    "business",
    "edge",
    "efforts",
    "growth",
    "interests",
    "investment",
    "investments",
    "job",
    "jobs",
    "lead",
    "leading",
    "leads",
    "margin",
    "market",
    "markets",
    "operations",
    "poll",
    "polls",
    "population",
    "primaries",
    "primary",
    "race",
    "sales",
    "seat",
    "shares",
    "stake",
    "support",
    "tied",
    "trailing",
    "trails",
    "turn",
    "victories",
    "victory",
    "vote",
    "votes",
    "win",
    "wins",
];

/// Whether the words between a person's name and the "in" or "at" before a place (`gap`, that
/// preposition included) say the person is there. No words do ("Jane Roe in Tarsk"), and so do
/// a short apposition ("Jane Roe, a reporter in Tarsk") and a clause or phrase the person
/// opens ("Tom Hale left a rally in Tarsk", "Tom Hale at a rally in Tarsk"). But the place of
/// an outcome or a holding is not the person's ("Roe's big win in Tarsk", "holds an edge in
/// Tarsk"), nor is a place after a new clause's subject ("When Roe was mayor, they built a
/// port in Tarsk"), nor one after a phrase the person is inside ("drove Roe to victory in
/// Tarsk", "Roe, manager of a shop in Tarsk").
fn places_person(ctx: &DocContext<'_>, gap: &str) -> bool {
    let gap = gap.trim();
    // ("Birx: no child under 15 has died in Europe": past a colon the words are the person's.)
    if gap.contains(':') {
        return false;
    }
    let raw: Vec<&str> = gap.split_whitespace().collect();
    let words: Vec<String> = raw
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    // The preposition before the place is not counted.
    let words = &words[..words.len().saturating_sub(1)];
    if words.iter().all(|w| w.is_empty() || w == "the") {
        return true;
    }
    if words.iter().any(|w| PLACED_NOUNS.contains(&w.as_str()))
        || words
            .iter()
            .any(|w| matches!(w.as_str(), "he" | "she" | "they" | "we" | "it" | "i"))
    {
        return false;
    }
    // "passed fit for Sunday's clash at Tarsk Park", "funding for the new stadium in Tarsk":
    // the place is where what "for" names is, unless a comma or a verb comes after it
    // ("best known for her films, died in Tarsk") or it is a time ("for a second time").
    let purpose = words.iter().rposition(|w| w == "for").is_some_and(|k| {
        let after = &words[k + 1..];
        !raw[k..].iter().any(|w| w.ends_with(','))
            && !after.iter().take(3).any(|w| w == "time")
            && !after.iter().any(|w| {
                is_auxiliary(w)
                    || ctx
                        .ontology
                        .verbs
                        .get(w.as_str())
                        .is_some_and(|f| f.past || f.third)
            })
    });
    if purpose {
        return false;
    }
    // "of" or "to" after a lower-case word, not inside a name ("College of Law").
    let phrase_inside = (1..words.len()).any(|k| {
        matches!(words[k].as_str(), "of" | "to") && raw[k - 1].starts_with(char::is_lowercase)
    });
    if let Some(apposition) = gap.strip_prefix(',') {
        if !apposition.contains(',') && words.len() <= 8 && !phrase_inside {
            return true;
        }
        // "Roe, 58, floored her rival at Tarsk Arena": a verb after the apposition.
        // After a name, a form that is also a noun is a verb ("Roe leaves the building").
        let verb = words.iter().any(|w| {
            ctx.ontology
                .verbs
                .get(w.as_str())
                .is_some_and(|f| f.past || f.third)
                || is_auxiliary(w)
        });
        if !verb {
            return false;
        }
    }
    // "Roe won the backing of the Tarsk Herald, the biggest paper in Ruritania", "Roe left
    // early, their aides stayed in Tarsk": past a comma after other words, a noun phrase is
    // what the place belongs to, or the subject of another clause. (Right after the person,
    // it is the person's apposition: "Roe, a professor at Tarsk University".)
    let after_comma = gap
        .rsplit_once(',')
        .filter(|(before, _)| !before.trim().is_empty())
        .map(|(_, rest)| {
            rest.split_whitespace()
                .next()
                .unwrap_or_default()
                .to_lowercase()
        });
    if after_comma.is_some_and(|first| determiner_or_possessive(&first)) {
        return false;
    }
    words.len() <= 20
        && !matches!(
            words[0].as_str(),
            "to" | "for" | "of" | "with" | "over" | "about" | "against" | "on"
        )
}

/// Whether the words from `start` to `end` name a work or a court case rather than say where
/// something is: a title in quotation marks ("co-author of “Clean Air in Ruritania”") or the
/// first party of a case ("the Supreme Court in Ruritania v. Roe").
fn names_a_work_or_case(text: &str, start: usize, end: usize) -> bool {
    let opened = text[..start]
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '“' | '"' | '‘'));
    let rest = text[end..].trim_start_matches(['.', ',', '!', '?']);
    let closed = rest.starts_with(['”', '"', '’']);
    let versus = ["v. ", "vs. ", "v ", "vs "]
        .iter()
        .any(|v| text[end..].trim_start().starts_with(v));
    (opened && closed) || versus
}

/// Head words of named events that are stretches of history rather than gatherings ("the
/// Vietnam War", "the 2008 Financial Crisis", "the Arab Spring").
const PERIOD_EVENT_HEADS: &[&str] = &[
    "war",
    "wars",
    "crisis",
    "pandemic",
    "epidemic",
    "revolution",
    "recession",
    "depression",
    "uprising",
    "occupation",
    "era",
    "spring",
    "holocaust",
    "shutdown",
];

/// Nouns naming a meeting of two parties.
/// "the Acme Summit in Springfield" → located_in; "Roe, at the Acme Summit" → attend.
fn preposition_relations(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    in_sentence: &[usize],
) -> Vec<RelationMention> {
    let text = ctx.text();
    let mut found = Vec::new();
    // "the Lisbon summit": an event named after a place named in the document was held there.
    for &a in in_sentence {
        let event = &out.mentions[a];
        if event.entity_type != EntityType::Event {
            continue;
        }
        let name = &text[event.span.clone()];
        let name = name.strip_prefix("the ").unwrap_or(name);
        let place = out.mentions.iter().position(|m| {
            m.entity_type == EntityType::Place
                && name
                    .strip_prefix(&text[m.span.clone()])
                    .is_some_and(|rest| rest.starts_with(' '))
        });
        if let Some(b) = place {
            found.push(RelationMention {
                subject: a,
                predicate: "located in".to_string(),
                relation_type: "located_in".to_string(),
                object: Arg::Mention(b),
                qualifiers: BTreeMap::new(),
                span: event.span.clone(),
                rule: RULE_PREPOSITION,
            });
        }
    }
    // The predicate is the preposition as written ("located at", "located in"); the type
    // is the relation's declared id.
    let mut push = |subject: usize, relation_type: &str, object: usize, predicate: &str| {
        let (a, b) = (&out.mentions[subject], &out.mentions[object]);
        found.push(RelationMention {
            subject,
            predicate: predicate.to_string(),
            relation_type: relation_type.to_string(),
            object: Arg::Mention(object),
            qualifiers: BTreeMap::new(),
            span: a.span.start.min(b.span.start)..a.span.end.max(b.span.end),
            rule: RULE_PREPOSITION,
        });
    };
    let between = |a: usize, b: usize| {
        let t = text[out.mentions[a].span.end..out.mentions[b].span.start]
            .trim()
            .to_lowercase();
        t.strip_suffix(" the").unwrap_or(&t).trim().to_string()
    };
    // "Republicans in Washington", "Tories in Europe": a party's members are there, not the
    // party.
    let party_members = |m: &crate::extract::EntityMention| {
        let name = &text[m.span.clone()];
        m.entity_type == EntityType::Organization
            && !name.contains(' ')
            && name.ends_with('s')
            && m.names_party()
    };
    for w in in_sentence.windows(2) {
        let (a, b) = (&out.mentions[w[0]], &out.mentions[w[1]]);
        if party_members(a) || names_a_work_or_case(text, a.span.start, b.span.end) {
            continue;
        }
        // A region lies in no city and at no site: "England in Cardiff", "Tarsk at Oskol
        // Park" name its team.
        // (Asked only of a preposition or comma between: most pairs of names have neither.)
        let known = a.rule == crate::extract::entity::RULE_GAZETTEER;
        let region = || {
            known
                && a.entity_type == EntityType::Place
                && ctx
                    .ontology
                    .regions
                    .contains(lower(&text[a.span.clone()]).as_ref())
        };
        let is_city = |m: &crate::extract::EntityMention| {
            ctx.ontology
                .cities
                .contains(lower(&text[m.span.clone()]).as_ref())
        };
        let located = matches!(
            a.entity_type,
            EntityType::Event | EntityType::Place | EntityType::Organization
        ) && matches!(b.entity_type, EntityType::Place | EntityType::Country)
            && match between(w[0], w[1]).as_str() {
                "in" => !(region() && is_city(b)),
                "at" => !region(),
                "held in" | "held at" | "taking place in" | "hosted in" => true,
                // "Springfield, Ruritania": a place and the larger place it lies in; but of two
                // regions the gazetteer knows ("Iowa, Arizona" in a list) neither is in the
                // other.
                "," => {
                    a.entity_type == EntityType::Place
                        && !(known && !is_city(a) && b.entity_type == EntityType::Place)
                        && !in_place_list(ctx, out, in_sentence, w[0], w[1])
                        // ("Vermont, Mexico, even a town nearby": a known place in another
                        // country is a list's.)
                        && !(known
                            && b.entity_type == EntityType::Country
                            && a.canonical.as_deref().zip(b.canonical.as_deref()).is_some_and(
                                |(place, country)| ctx.ontology.lies_outside(place, country),
                            ))
                }
                // "in oil-rich Ruritania": a compound adjective may come between.
                other => other.split_once(' ').is_some_and(|(p, rest)| {
                    matches!(p, "in" | "at")
                        && rest
                            .split_whitespace()
                            .all(|w| w.contains('-') && w.starts_with(char::is_lowercase))
                }),
            };
        if located {
            let at = between(w[0], w[1]).split_whitespace().any(|w| w == "at");
            let predicate = if at { "located at" } else { "located in" };
            push(w[0], "located_in", w[1], predicate);
        }
    }
    // "the agreement with Ruritania, signed in Lisbon", "the summit held last year at Oslo":
    // where an agreement was made or an event held.
    for (k, &a) in in_sentence.iter().enumerate() {
        if !matches!(
            out.mentions[a].entity_type,
            EntityType::Event | EntityType::Agreement
        ) {
            continue;
        }
        let mut next = k + 1;
        // "… with Ruritania": the other party may come between.
        if let Some(&n) = in_sentence.get(next)
            && between(a, n) == "with"
        {
            next += 1;
        }
        let Some(&b) = in_sentence.get(next) else {
            continue;
        };
        if !matches!(
            out.mentions[b].entity_type,
            EntityType::Place | EntityType::Country
        ) {
            continue;
        }
        let gap = text[out.mentions[in_sentence[next - 1]].span.end..out.mentions[b].span.start]
            .trim()
            .to_lowercase();
        let gap = gap.strip_prefix(',').unwrap_or(&gap).trim();
        let gap = gap.strip_suffix(" the").unwrap_or(gap);
        let made_in = gap.split_whitespace().collect::<Vec<_>>();
        if made_in.len() >= 2
            && matches!(
                made_in[0],
                "signed" | "held" | "concluded" | "agreed" | "hosted" | "staged" | "reached"
            )
            && matches!(made_in[made_in.len() - 1], "in" | "at")
            && made_in.len() <= 4
        {
            let predicate = if made_in[made_in.len() - 1] == "at" {
                "located at"
            } else {
                "located in"
            };
            push(a, "located_in", b, predicate);
        }
    }
    // "Roe … at the Acme Summit": the sentence's first person attended the event.
    for &e in in_sentence
        .iter()
        .filter(|&&m| out.mentions[m].entity_type == EntityType::Event)
    {
        let before = lower_last_words(text[..out.mentions[e].span.start].trim_end());
        let before = before.strip_suffix(" the").unwrap_or(&before);
        // "at the X Summit", "during …", "on the sidelines of …", "after the conclusion of …".
        let part_of = [
            "sidelines of",
            "margins of",
            "conclusion of",
            "end of",
            "close of",
            "opening of",
            "closing of",
        ];
        if !(before.ends_with(" at")
            || before.ends_with(" during")
            || before.ends_with(" attended")
            || part_of.iter().any(|p| before.ends_with(p)))
        {
            continue;
        }
        // "since the end of the war": a period measured from it, not an attendance ("after
        // the conclusion of the summit" still places the speaker there).
        let time_word = part_of
            .iter()
            .find_map(|p| before.strip_suffix(p))
            .map(|rest| {
                rest.trim_end()
                    .strip_suffix(" the")
                    .unwrap_or(rest.trim_end())
            })
            .is_some_and(|rest| {
                let mut words = rest.split_whitespace().rev();
                match (words.next(), words.next()) {
                    (Some("since" | "until"), _) => true,
                    // "41 years after the end of the war".
                    (Some("after" | "before"), Some(unit)) => matches!(
                        unit,
                        "years" | "months" | "weeks" | "days" | "decades" | "year" | "month"
                    ),
                    _ => false,
                }
            });
        // "a prisoner of war during the Vietnam War": a stretch of history is lived through,
        // not attended.
        let period = before.ends_with(" during")
            && text[out.mentions[e].span.clone()]
                .rsplit(' ')
                .next()
                .is_some_and(|head| PERIOD_EVENT_HEADS.contains(&head.to_lowercase().as_str()));
        if time_word || period {
            continue;
        }
        // "believes Lee can take gold at the Tarsk Games": what may happen places no one.
        let hypothetical = |p: usize| {
            text[out.mentions[p].span.end..out.mentions[e].span.start]
                .split_whitespace()
                .any(hypothetical_modal)
        };
        if let Some(&p) = in_sentence.iter().find(|&&m| {
            out.mentions[m].entity_type == EntityType::Person
                && out.mentions[m].span.end <= out.mentions[e].span.start
        }) && !hypothetical(p)
        {
            push(p, "attend", e, "attend");
        }
    }
    // "Roe floored Smith at Harbor Arena": the sentence's first person was at the place, when
    // no clause ("that …", "who …", "… said") comes between them.
    for &p in in_sentence
        .iter()
        .filter(|&&m| matches!(out.mentions[m].entity_type, EntityType::Place))
    {
        let before = lower_last_words(text[..out.mentions[p].span.start].trim_end());
        let before = before.strip_suffix(" the").unwrap_or(&before);
        // "a vice president in Roe's company": a name the gazetteer does not know, owning what
        // the person is in, is as likely a person or a firm as a place.
        let possessive = out.mentions[p].canonical.is_none()
            && text[out.mentions[p].span.end..].starts_with(['\'', '’']);
        // "pleaded guilty in the Tarsk case": after "the", a place's name before a lower-case
        // noun names what the noun is about, not where anyone is.
        // (Asked only after "at" or "in": most places stand after neither.)
        let modifies_noun = || {
            let next = ctx.token_from(s, out.mentions[p].span.end);
            text[..out.mentions[p].span.start].ends_with("the ")
                && ctx.sentences[s].tokens.get(next).is_some_and(|t| {
                    let w = ctx.lower_token(s, next);
                    t.kind == TokenKind::Word
                    && ctx.token(s, next).starts_with(char::is_lowercase)
                    && !OBJECT_STOP.contains(&w)
                    && !PREPOSITIONS_NOT_IN_OBJECT_STOP.contains(&w)
                    && !names_a_period(w)
                    && !matches!(w, "last" | "this" | "next" | "and" | "or" | "but")
                    // ("at the Tarsk hospital", "in the Oskol town where": a site there.)
                    && !matches!(
                        w,
                        "town" | "city" | "village" | "hospital" | "airport" | "hotel" | "rally"
                            | "summit" | "event" | "stadium" | "area" | "region" | "suburb"
                    )
                    && ctx.ontology.verbs.get(w).is_none_or(|f| f.also_noun)
                })
        };
        if !(before.ends_with(" at") || before.ends_with(" in"))
            || possessive
            || modifies_noun()
            || opens_place_list(ctx, out, in_sentence, p)
        {
            continue;
        }
        let before_place = |m: usize| {
            out.mentions[m].entity_type == EntityType::Person
                && out.mentions[m].span.end <= out.mentions[p].span.start
        };
        let Some(mut person) = in_sentence.iter().copied().find(|&m| before_place(m)) else {
            continue;
        };
        // "Roe in Tarsk and Lee in Oskol": past a place of its own, the first person's part
        // of a list has ended; the place is the person's right before it.
        // ("Roe, at the premiere of Lee in Oskol" keeps Roe: only "and" opens a next item.)
        if let Some(&nearest) = in_sentence.iter().rev().find(|&&m| {
            before_place(m)
                && text[out.mentions[m].span.end..out.mentions[p].span.start]
                    .split_whitespace()
                    .all(|w| matches!(w, "in" | "at" | "the"))
        }) && in_sentence.iter().any(|&m| {
            matches!(
                out.mentions[m].entity_type,
                EntityType::Place | EntityType::Country
            ) && out.mentions[m].span.start >= out.mentions[person].span.end
                && out.mentions[m].span.end <= out.mentions[nearest].span.start
                && {
                    let (end, start) = (out.mentions[m].span.end, out.mentions[nearest].span.start);
                    text[end..start].split_whitespace().next() == Some("and")
                        && word_gap(text, end, start) <= 4
                }
        }) {
            person = nearest;
        }
        // "Roe paid tribute to the role Lee has played at Tarsk Park": a later person who is
        // the subject of a verb of his own stands in another clause, which the place is in.
        let later_subject = in_sentence.iter().any(|&m| {
            m != person
                && before_place(m)
                && out.mentions[m].span.start > out.mentions[person].span.end
                && ctx.token_from(s, out.mentions[m].span.start) > 0
                && {
                    // ("Roe and Lee are meeting in Tarsk": a joined subject is one.)
                    let before = ctx.token(s, ctx.token_from(s, out.mentions[m].span.start) - 1);
                    before.starts_with(char::is_lowercase) && !matches!(before, "and" | "or")
                }
                && {
                    let next = ctx.lower_token(s, ctx.token_from(s, out.mentions[m].span.end));
                    finite_or_auxiliary(ctx, next)
                }
        });
        if later_subject {
            continue;
        }
        let gap = &text[out.mentions[person].span.end..out.mentions[p].span.start];
        // "Ann Lee in Washington; Tom Hale in Berlin": a semicolon ends the person's part of
        // a list or clause.
        if gap.contains(';') {
            continue;
        }
        // "win a medal at the Tarsk Indoor Championships in Lisbon": the place is the named
        // event's or body's; "is confident she can win … in Lisbon" places no one yet.
        let owned_by_name = in_sentence.iter().any(|&m| {
            m != person
                && out.mentions[m].span.start >= out.mentions[person].span.end
                && out.mentions[m].span.end <= out.mentions[p].span.start
                && matches!(
                    out.mentions[m].entity_type,
                    EntityType::Event | EntityType::Organization
                )
                && text[out.mentions[m].span.end..out.mentions[p].span.start]
                    .split_whitespace()
                    .all(|w| matches!(w, "in" | "at" | "the"))
        });
        // "will take place at Toronto", "is to open in Tarsk", "is due to meet Roe in Tarsk",
        // "plans stops in Tarsk": not yet; "was born in Tarsk",
        // "made her debut in X": a life's event, no stay.
        let words: Vec<String> = gap.split_whitespace().map(str::to_lowercase).collect();
        let hypothetical = words.iter().any(|w| {
            hypothetical_modal(w)
                || matches!(
                    w.as_str(),
                    "will"
                        | "born"
                        | "raised"
                        | "grew"
                        | "educated"
                        | "studied"
                        | "debut"
                        | "buried"
                        | "planned"
                        | "plans"
                        | "scheduled"
                )
        }) || words.iter().enumerate().any(|(k, w)| {
            let to_at = |i: usize| words.get(i).is_some_and(|w| w == "to");
            matches!(w.as_str(), "is" | "are" | "was" | "were")
                && (to_at(k + 1)
                    || (words.get(k + 1).is_some_and(|w| {
                        matches!(w.as_str(), "due" | "set" | "expected" | "soon")
                    }) && to_at(k + 2)))
        });
        // "did about as well in Tarsk", "trails Lee in Tarsk", "edging Lee in Tarsk": how a
        // candidate fares there, not where the candidate is.
        // ("walks to his office ahead of a vote in Washington" is when.)
        let fares = words.iter().enumerate().any(|(k, w)| {
            matches!(
                w.as_str(),
                "well"
                    | "better"
                    | "worse"
                    | "poorly"
                    | "trails"
                    | "trailing"
                    | "trailed"
                    | "edging"
                    | "edges"
                    | "leads"
                    | "polls"
                    | "polled"
                    | "polling"
                    // "Roe within striking distance of Lee in Tarsk", "closing the gap".
                    | "distance"
                    | "gap"
            ) || (matches!(w.as_str(), "ahead" | "behind")
                && words.get(k + 1).is_none_or(|next| next != "of"))
        });
        // "a museum dedicated to Roe is to open in Tarsk": a person inside a phrase is not
        // who is there.
        let in_phrase = preposition_before(ctx, out, s, in_sentence, person).is_some();
        if owned_by_name || hypothetical || fares || in_phrase {
            continue;
        }
        // "the relief of his supporters in Tarsk": the place is where the people the person
        // has are ("during their meeting at X" still places the person).
        let words: Vec<&str> = gap.split_whitespace().rev().skip(1).take(3).collect();
        let possessed = words
            .windows(2)
            .any(|w| possessive_determiner(w[1]) && w[0].ends_with('s') && !w[0].ends_with("ss"));
        if possessed {
            continue;
        }
        // "Roe's new film, set in Tarsk", "a guitar of Roe's sold in Tarsk", "voted for Mr.
        // Roe and Lee in Tarsk": a person who owns, or is the object of, what the sentence
        // places somewhere is not there, nor a rival one trails ("well behind Roe in Tarsk").
        // (The agent of a passive is: "was briefed by Roe in Tarsk".)
        let before_person = text[..out.mentions[person].span.start]
            .split_whitespace()
            .rev()
            .find(|w| !ctx.ontology.is_honorific(w.trim_end_matches('.')))
            .map(str::to_lowercase);
        if gap.starts_with(['\'', '’'])
            || matches!(
                before_person.as_deref(),
                Some("of" | "with" | "for" | "about" | "to" | "behind")
            )
        {
            continue;
        }
        // "Roe masks will not be allowed in Tarsk": a name that modifies a noun is not what
        // stands there, and what is denied places nothing.
        let next = ctx.token_from(s, out.mentions[person].span.end);
        let noun_after = {
            let w = ctx.token(s, next);
            ctx.sentences[s]
                .tokens
                .get(next)
                .is_some_and(|x| x.kind == TokenKind::Word)
                && w.starts_with(char::is_lowercase)
                && !is_auxiliary(w)
                && !w.ends_with("ly")
                && {
                    let then = ctx.lower_token(s, next + 1);
                    finite_or_auxiliary(ctx, then)
                }
        };
        if noun_after {
            continue;
        }
        let clause = gap.split_whitespace().any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            matches!(
                w.as_str(),
                "that"
                    | "which"
                    | "who"
                    | "whom"
                    // "Roe, whose grandmother died in Tarsk": the relative's noun is there.
                    | "whose"
                    | "where"
                    | "when"
                    | "if"
                    | "whether"
                    | "because"
                    | "not"
                    | "never"
            ) || negative_contraction(&w)
                || ctx.ontology.reporting_lemma(&w).is_some()
        });
        if !clause && places_person(ctx, gap) {
            let predicate = if before.ends_with(" at") {
                "located at"
            } else {
                "located in"
            };
            push(person, "located_in", p, predicate);
        }
    }
    // "Article 5 of the fisheries treaty": the agreement includes the article.
    for w in in_sentence.windows(2) {
        let (a, b) = (&out.mentions[w[0]], &out.mentions[w[1]]);
        if a.entity_type == EntityType::Agreement
            && b.entity_type == EntityType::Agreement
            && text[a.span.clone()].to_lowercase().starts_with("article")
            && between(w[0], w[1]) == "of"
        {
            push(w[1], "include", w[0], "include");
        }
    }
    // "a treaty between Ruritania and Freedonia": the parties of an agreement.
    for (k, &a) in in_sentence.iter().enumerate() {
        if out.mentions[a].entity_type != EntityType::Agreement {
            continue;
        }
        let (Some(&x), Some(&y)) = (in_sentence.get(k + 1), in_sentence.get(k + 2)) else {
            continue;
        };
        if between(a, x).ends_with("between") && between(x, y) == "and" {
            push(a, "between", x, "between");
            push(a, "between", y, "between");
        }
    }
    found
}

/// Words a place or event mention is read after: "sidelines of", "the" and the two words
/// before them ("41 years after the end of the …") are the most the rules look back.
const WORDS_BEFORE_MENTION: usize = 8;

/// `text` in lower case from the whitespace before its last [`WORDS_BEFORE_MENTION`] words
/// (all of it when it has fewer): what `to_lowercase` of all of `text` ends with, since case
/// mapping looks no further back than a space. Lowering the document up to every mention made
/// this quadratic in the document's length.
fn lower_last_words(text: &str) -> String {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices().rev() {
        if !c.is_whitespace() {
            in_word = true;
        } else if in_word {
            in_word = false;
            words += 1;
            if words == WORDS_BEFORE_MENTION {
                return text[i..].to_lowercase();
            }
        }
    }
    text.to_lowercase()
}

/// Whether "A, B" (mentions `a` then `b`) are items of a list ("Lyon, Leeds, Turin and
/// Porto") rather than a place and the larger place it lies in ("Tarsk, Oskol, Ruritania"):
/// the names joined by commas end with "and" or "or" before one more, or both are cities.
fn in_place_list(
    ctx: &DocContext<'_>,
    out: &Extraction,
    in_sentence: &[usize],
    a: usize,
    b: usize,
) -> bool {
    let text = ctx.text();
    let gap = |x: usize, y: usize| {
        text[out.mentions[x].span.end..out.mentions[y].span.start]
            .trim()
            .to_lowercase()
    };
    let k = in_sentence.iter().position(|&m| m == a).unwrap_or(0);
    let mut last = k + 1;
    while let Some(&next) = in_sentence.get(last + 1)
        && gap(in_sentence[last], next) == ","
    {
        last += 1;
    }
    let ends_with_and = in_sentence.get(last + 1).is_some_and(|&next| {
        matches!(
            gap(in_sentence[last], next).as_str(),
            "and" | "or" | ", and" | ", or"
        )
    });
    let city = |m: usize| {
        ctx.ontology
            .cities
            .contains(lower(&text[out.mentions[m].span.clone()]).as_ref())
    };
    ends_with_and || (city(a) && city(b))
}

/// Whether a name of type `t` can fill the qualifier `role`: a person is no place ("defended
/// the decision cited in Roe's memo").
pub(super) fn fits_role(role: &str, t: EntityType) -> bool {
    role != ELSEWHERE && !(role == "place" && t == EntityType::Person)
}

/// "swept the contests in Ohio, Texas and Iowa", "fought in Tarsk and Oskol", "sent troops to
/// Tarsk and Oskol": a place that opens a list of places is one of several where it happened
/// or where they went, so no one place is.
fn opens_place_list(
    ctx: &DocContext<'_>,
    out: &Extraction,
    in_sentence: &[usize],
    m: usize,
) -> bool {
    let Some(&next) = in_sentence
        .iter()
        .position(|&x| x == m)
        .and_then(|k| in_sentence.get(k + 1))
    else {
        return false;
    };
    if !matches!(
        out.mentions[next].entity_type,
        EntityType::Place | EntityType::Country
    ) {
        return false;
    }
    let gap = ctx.text()[out.mentions[m].span.end..out.mentions[next].span.start].trim();
    match gap {
        "and" | "or" | ", and" | ", or" => true,
        "," => in_place_list(ctx, out, in_sentence, m, next),
        _ => false,
    }
}

/// "on Gull Island", "on the Tarsk coast": a place after "on" is where.
fn on_place(role: &'static str, t: EntityType) -> &'static str {
    if role == "on" && t == EntityType::Place {
        "place"
    } else {
        role
    }
}

/// The role of mention `m` given its [`argument_role`] `role`: a place after "on" is where
/// ([`on_place`]), and a place or destination that opens a list of places is no one place
/// ([`opens_place_list`]).
pub(super) fn place_aware_role(
    ctx: &DocContext<'_>,
    out: &Extraction,
    in_sentence: &[usize],
    m: usize,
    role: &'static str,
) -> &'static str {
    match on_place(role, out.mentions[m].entity_type) {
        "place" | "destination" if opens_place_list(ctx, out, in_sentence, m) => ELSEWHERE,
        role => role,
    }
}

/// The role of a name in a phrase or clause of its own ("headed past Roe", "after Acme
/// closed"): no argument of the verb before it.
pub(super) const ELSEWHERE: &str = "elsewhere";

pub(super) fn can_act(t: EntityType) -> bool {
    matches!(
        t,
        EntityType::Person | EntityType::Organization | EntityType::Country
    )
}

pub(super) fn word_gap(text: &str, a: usize, b: usize) -> usize {
    text.get(a..b).map_or(0, |s| s.split_whitespace().count())
}

/// The source a sentence attributes its content to: "according to X", or the name right
/// before a reporting verb ("X said", "X estimates").
/// The subject of the nearest reporting verb before token `t` ("Lee confirmed that …").
fn reporter_before(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    t: usize,
    in_sentence: &[usize],
) -> Option<usize> {
    // "Roe, who says she is innocent, …": a relative clause's report claims nothing after it.
    let verb = (0..t).rev().find(|&i| {
        // Most tokens report nothing: that test first, the clause scans only for those that do.
        if !reports_at(ctx, s, i) || bare_base_form(ctx, s, i) {
            return false;
        }
        // "Although Roe said …, the truth is …": a subordinate clause's report claims only its
        // own clause.
        let subordinate =
            opens_with_subordinator(ctx, s, i) && (i..t).any(|k| ctx.token(s, k) == ",");
        let relative = i > 0 && matches!(ctx.lower_token(s, i - 1), "who" | "which");
        !subordinate && !relative
    })?;
    if joins_other_clause(ctx, s, verb + 1..t) || added_by_writer(ctx, s, verb, t) {
        return None;
    }
    speaker_of(ctx, out, s, verb, in_sentence)
}

/// Whether the verb at token `t`, after the reporting verb at token `report`, is the writer's
/// addition, which the report claims nothing of: an aside on a name ([`in_writers_aside`]),
/// the phrase saying where the report was made ([`describes_where_said`]) or a clause after a
/// quotation that is the whole report ([`after_quoted_clause`]).
fn added_by_writer(ctx: &DocContext<'_>, s: usize, report: usize, t: usize) -> bool {
    in_writers_aside(ctx, s, report, t)
        || describes_where_said(ctx, s, report, t)
        || after_quoted_clause(ctx, s, report, t)
}

/// Whether the quotation opened at token `open` closes right before token `i`, a subordinator
/// that opens the writer's clause: 'that "all options are on the table" after Tarsk fired'.
fn quotation_then_subordinator(ctx: &DocContext<'_>, s: usize, open: usize, i: usize) -> bool {
    i > open + 2
        && is_quote_mark(ctx, s, open)
        && is_quote_mark(ctx, s, i - 1)
        && !(open + 1..i - 1).any(|k| is_quote_mark(ctx, s, k))
        && writers_subordinator(ctx, s, i)
}

/// Whether token `i` is a subordinator that opens a clause of when or why.
fn writers_subordinator(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    matches!(
        ctx.lower_token(s, i),
        "after" | "before" | "when" | "as" | "while" | "since" | "because" | "amid"
    )
}

/// Whether the verb at token `t` comes after a report that is one quotation, opened a few
/// words past the reporting verb at `report`, and the subordinator after it: what that
/// clause tells is the writer's ([`quotation_then_subordinator`]).
fn after_quoted_clause(ctx: &DocContext<'_>, s: usize, report: usize, t: usize) -> bool {
    (report + 1..(report + 5).min(t))
        .find(|&k| is_quote_mark(ctx, s, k))
        .is_some_and(|open| (open + 3..t).any(|i| quotation_then_subordinator(ctx, s, open, i)))
}

/// Whether token `t` stands in a relative clause on a name in what the reporting verb at token
/// `report` reports: "denied giving cover to Tarsk, which trades with Oskol" neither claims
/// nor denies the trade, which the writer adds; unless the aside reports something itself
/// ("Roe, who Lee says sold it").
fn in_writers_aside(ctx: &DocContext<'_>, s: usize, report: usize, t: usize) -> bool {
    relative_aside_start(ctx, s, t)
        .is_some_and(|k| report < k && !(k..t).any(|i| reports_at(ctx, s, i)))
}

/// Whether the verb at token `t` is a participle describing a noun in the phrase that says
/// where or when the report at token `report` was made: "said at an event hosted by Acme"
/// claims nothing of Acme.
fn describes_where_said(ctx: &DocContext<'_>, s: usize, report: usize, t: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    // ("Roe said, in a statement released by Acme": a comma may stand before the phrase.)
    let comma = usize::from(ctx.token(s, report + 1) == ",");
    let between = report + 1 + comma..t;
    // The phrase follows the verb, past a time ("said last month at an event …").
    let phrase_at = between.clone().find(|&k| {
        !matches!(
            ctx.lower_token(s, k),
            "last" | "this" | "week" | "month" | "year" | "night" | "today" | "yesterday"
        ) && !WEEKDAYS.contains(&ctx.lower_token(s, k))
    });
    ctx.ontology
        .verbs
        .get(ctx.lower_token(s, t))
        .is_some_and(|f| f.participle)
        && ctx.token(s, t - 1).starts_with(char::is_lowercase)
        && ctx.token(s, t - 1) != "to"
        && t - report <= 8 + comma
        && phrase_at.is_some_and(|k| {
            matches!(
                ctx.lower_token(s, k),
                "at" | "in" | "during" | "on" | "before" | "after" | "to" | "with"
            )
        })
        && between.clone().all(|k| {
            let w = ctx.lower_token(s, k);
            toks[k].kind == TokenKind::Word
                && w != "that"
                && !subject_pronoun(w)
                && !finite_or_auxiliary(ctx, w)
        })
}

/// Whether another clause opens among `tokens`, so what comes after is not reported by a
/// verb before: "X warned that …, while Y confirmed that …" has its own source, as has a
/// clause the writer adds to say when ("X denied it, after Y said …").
fn joins_other_clause(ctx: &DocContext<'_>, s: usize, tokens: Range<usize>) -> bool {
    // "Acme announced its decision as Roe said …": a clause after the report's noun object
    // tells when it was made ("said after the meeting that …" still reports).
    let after_noun_object = |i: usize| {
        i > tokens.start
            && SUBORDINATORS.contains(&ctx.lower_token(s, i))
            && (tokens.start..i).all(|j| {
                let w = ctx.lower_token(s, j);
                // ("said it upset her when …": a pronoun opens a reported clause.)
                !matches!(w, "that" | "you")
                    && !subject_pronoun(w)
                    && !finite_or_auxiliary(ctx, w)
                    && ctx.sentences[s].tokens[j].kind == TokenKind::Word
            })
            && (i + 1..tokens.end).all(|j| ctx.token(s, j) != "that")
    };
    tokens.clone().any(|i| {
        opens_other_report(ctx, s, tokens.start, i)
            || after_noun_object(i)
            || ctx.token(s, i) == ";"
            || matches!(ctx.lower_token(s, i), "while" | "whereas")
            || (ctx.token(s, i) == ","
                && matches!(
                    ctx.lower_token(s, i + 1),
                    "while"
                        | "whereas"
                        | "but"
                        | "and"
                        | "although"
                        | "though"
                        | "after"
                        | "before"
                        | "since"
                        | "until"
                ))
    })
}

/// Whether mention `m` is the object of an -ing form right before it, past an article:
/// "leapfrogging the Senate by declaring …", "Chilean goods entering the U.S. took effect". It
/// does not act ("officials including Roe said" keep Roe, and "Leading Democrats said" speak).
pub(super) fn object_of_gerund(ctx: &DocContext<'_>, out: &Extraction, s: usize, m: usize) -> bool {
    let first = ctx.token_from(s, out.mentions[m].span.start);
    let mut k = first.checked_sub(1);
    if let Some(d) = k
        && matches!(ctx.lower_token(s, d), "the" | "a" | "an")
    {
        k = d.checked_sub(1);
    }
    k.is_some_and(|k| {
        let w = ctx.lower_token(s, k);
        // ("Leading Democrats said", "leading Democrats covered up": an adjective before a
        // name; "saying Trump has changed things", "meaning the U.K. will avoid …": the -ing
        // form of a verb that takes a clause has the name for the clause's subject, though
        // "asking Roe what …" asks Roe; "wing Shane Williams": a noun.)
        let takes_clause = || {
            ctx.ontology.reporting_lemma(w).is_some_and(|lemma| {
                !ASKING_VERBS.contains(&lemma)
                    && !OBJECT_INFINITIVE_REPORTS.contains(&lemma)
                    && lemma != "tell"
            }) || matches!(
                w,
                "meaning" | "showing" | "knowing" | "believing" | "thinking" | "hoping" | "fearing"
            )
        };
        w.ends_with("ing")
            && !matches!(
                w,
                "including"
                    | "leading"
                    | "ruling"
                    | "governing"
                    | "opposing"
                    | "competing"
                    | "remaining"
                    | "emerging"
                    | "outgoing"
                    | "incoming"
                    | "founding"
                    | "reigning"
                    | "defending"
                    | "neighbouring"
                    | "neighboring"
            )
            && ctx.token(s, k).starts_with(char::is_lowercase)
            && ctx.ontology.verbs.get(w).is_some_and(|f| f.lemma != w)
            && !takes_clause()
    })
}

/// Whether token `i` is an "and" or "but" before a subject and its own reporting verb, which
/// opens another report: "said the bar would be high and he asked whether …", "The Tories say
/// … and Labour says …". A clause with a verb must stand between token `from` and it, and
/// the word before it must be no name: "his committee and House Democrats would continue",
/// "the EU and US hoped" join subjects.
fn opens_other_report(ctx: &DocContext<'_>, s: usize, from: usize, i: usize) -> bool {
    if !matches!(ctx.token(s, i), "and" | "but")
        || i == 0
        || ctx.token(s, i - 1).starts_with(char::is_uppercase)
        || !(from..i).any(|k| finite_or_auxiliary(ctx, ctx.lower_token(s, k)))
    {
        return false;
    }
    let toks = &ctx.sentences[s].tokens;
    let mut k = i + 1;
    // "and he has promised": a pronoun, its auxiliaries, then the verb ("and others noted":
    // or those others who speak); "and Labour says": a name right before it ("and the High
    // Court had stressed his right …" may be what was said).
    if matches!(
        ctx.lower_token(s, k),
        "he" | "she" | "others" | "critics" | "opponents" | "supporters"
    ) {
        k += 1;
        while k < toks.len()
            && (is_auxiliary(ctx.lower_token(s, k))
                || matches!(ctx.lower_token(s, k), "also" | "later" | "then"))
        {
            k += 1;
        }
    } else {
        if ctx.lower_token(s, k) == "the" {
            k += 1;
        }
        let name = k;
        while k < toks.len()
            && k < name + 4
            && toks[k].kind == TokenKind::Word
            && ctx.token(s, k).starts_with(char::is_uppercase)
        {
            k += 1;
        }
        if k == name {
            return false;
        }
    }
    // ("from seniors and Western states.": a plural noun, not a verb, ends the sentence.)
    reports_at(ctx, s, k)
        && toks
            .get(k + 1)
            .is_some_and(|x| !matches!(x.text(ctx.text()), "." | "," | ";" | ":"))
}

/// Whether token `k` is a lower-case word that goes on a noun phrase begun before it, as the
/// noun after a modifier does ("the Bain attacks head on", "143,055 confirmed cases"): no word
/// that opens no object, no article or possessive and no object pronoun.
fn bare_noun_word_at(ctx: &DocContext<'_>, s: usize, k: usize) -> bool {
    ctx.token(s, k).starts_with(char::is_lowercase)
        && !OBJECT_STOP.contains(&ctx.lower_token(s, k))
        && !matches!(
            ctx.lower_token(s, k),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "it" | "them" | "him" | "that"
        )
}

/// "1999", "2016": four digits from 1800 to 2099.
fn looks_like_year(word: &str) -> bool {
    word.len() == 4 && word.parse::<u16>().is_ok_and(|y| (1800..2100).contains(&y))
}

/// Whether token `i` is a reporting verb that reports: not a noun ("a U.S. claim that …",
/// "Roe's comments") and not a passive ("is expected to double").
fn reports_at(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    // Looked up once per document, and asked first: the scans for a reporting verb ask it of
    // every token before many others, and nearly every token is none.
    ctx.reporting_lemma(s, i)
        .is_some_and(|lemma| lemma != "add" || !adds_a_figure(ctx, s, i + 1))
        && ctx.sentences[s].tokens[i].kind == TokenKind::Word
        && !used_as_noun(ctx, s, i)
        && !passive_at(ctx, s, i)
}

/// Whether a figure opens the words at token `k`, after "add": "Acme added 1 percent", "the
/// economy added 200,000 jobs", "added another $5 billion" grow something; nothing is said.
fn adds_a_figure(ctx: &DocContext<'_>, s: usize, k: usize) -> bool {
    let k = k + usize::from(matches!(
        ctx.lower_token(s, k),
        "another" | "nearly" | "about" | "almost" | "some" | "roughly"
    ));
    number_at(ctx, s, k) || (matches!(ctx.token(s, k), "$" | "£" | "€") && number_at(ctx, s, k + 1))
}

/// Whether the participle at token `i` gives the noun before its comma a name: "a similar
/// bill, called the Miners Act", "a new drug, dubbed “Zentrol”". No one calls it anything.
fn names_noun_before(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    if i < 2
        || !matches!(
            ctx.lower_token(s, i),
            "called" | "dubbed" | "nicknamed" | "titled"
        )
    {
        return false;
    }
    let name_at = if matches!(ctx.lower_token(s, i + 1), "the" | "a" | "an") {
        i + 2
    } else {
        i + 1
    };
    ctx.token(s, i - 1) == ","
        && ctx.sentences[s].tokens[i - 2].kind == TokenKind::Word
        && ctx.token(s, i - 2).starts_with(char::is_lowercase)
        && !finite_or_auxiliary(ctx, ctx.lower_token(s, i - 2))
        && ctx.sentences[s].tokens.get(name_at).is_some_and(|x| {
            x.kind == TokenKind::Quote || x.text(ctx.text()).starts_with(char::is_uppercase)
        })
        // ("Roe, a senior adviser to Lee, called …": the comma closes an aside on a name.)
        && !(i.saturating_sub(16)..i - 1)
            .rev()
            .find(|&k| ctx.token(s, k) == ",")
            .is_some_and(|k| {
                k > 0
                    && (ctx.token(s, k - 1).starts_with(char::is_uppercase)
                        || ctx.token(s, k - 1) == ")"
                        || matches!(ctx.lower_token(s, k + 1), "who" | "whose"))
            })
}

/// Whether the participle at token `i` is passive: an auxiliary stands before it, or before
/// the adverbs before it ("was only recalled", "were later told").
fn passive_at(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    (i.saturating_sub(3)..i)
        .rev()
        .take_while(|&k| {
            let w = ctx.lower_token(s, k);
            PASSIVE_AUX.contains(&w)
                || w.ends_with("ly")
                || matches!(
                    w,
                    "also"
                        | "not"
                        | "never"
                        | "later"
                        | "then"
                        | "still"
                        | "already"
                        | "since"
                        | "first"
                        | "just"
                )
        })
        .any(|k| PASSIVE_AUX.contains(&ctx.lower_token(s, k)))
}

/// Who is quoted as saying or doing what the -ing form at token `t` tells: the name between a
/// verb of quoting and "as" ("quoted Roe as saying", "cited Acme as calling for"), and the
/// verb's token.
fn quoted_as_saying(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    t: usize,
    in_sentence: &[usize],
) -> Option<(usize, usize)> {
    if t < 3 || ctx.lower_token(s, t - 1) != "as" || !ctx.token(s, t).ends_with("ing") {
        return None;
    }
    let before_as = ctx.sentences[s].tokens[t - 2].span.end;
    let m = in_sentence
        .iter()
        .copied()
        .find(|&m| out.mentions[m].span.end == before_as && can_act(out.mentions[m].entity_type))?;
    let verb =
        with_honorific(ctx, s, ctx.token_from(s, out.mentions[m].span.start)).checked_sub(1)?;
    ctx.ontology
        .verbs
        .get(ctx.lower_token(s, verb))
        .is_some_and(|f| matches!(f.lemma.as_str(), "quote" | "cite"))
        .then_some((m, verb))
}

/// The reporting verb nearest before token `t` in its sentence, whose clause `t` may stand in.
fn report_before(ctx: &DocContext<'_>, s: usize, t: usize) -> Option<usize> {
    (0..t).rev().find(|&i| reports_at(ctx, s, i))
}

/// The acting name right before the reporting verb at token `verb` ("Roe said", "Roe,
/// officials said").
fn speaker_of(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    verb: usize,
    in_sentence: &[usize],
) -> Option<usize> {
    let text = ctx.text();
    let at = ctx.sentences[s].tokens[verb].span.start;
    // "the Ruritanian gaming giant hopes": a country named before a noun that is neither its
    // state nor an office speaks only through that noun, which is not the country.
    let modifies_other = |m: usize| {
        let words: Vec<&str> = text[out.mentions[m].span.end..at]
            .split_whitespace()
            .collect();
        out.mentions[m].entity_type == EntityType::Country
            && !words.is_empty()
            && words.iter().all(|w| w.starts_with(char::is_lowercase))
            && !words.iter().any(|w| acts_for_country(ctx, w))
    };
    // "Roe, on her first day after Lee was sacked, admitted": a name with its own verb before
    // the comma that closes an aside does not speak.
    let has_own_verb = |m: usize| {
        let gap = &text[out.mentions[m].span.end..at];
        gap.contains(',')
            && gap
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| finite_or_auxiliary(ctx, w))
    };
    let gerund_object = |m: usize| object_of_gerund(ctx, out, s, m);
    let nearest = in_sentence.iter().rev().copied().find(|&m| {
        out.mentions[m].span.end <= at
            && can_act(out.mentions[m].entity_type)
            && word_gap(text, out.mentions[m].span.end, at) <= 3
            && !modifies_other(m)
            && !has_own_verb(m)
            && !gerund_object(m)
            && !before_its_own_people(ctx, out, s, m)
            && !country_people(ctx, out, s, m)
            // "a sponsor of the Senate bill, said", "used her U.N. speech to call": a name
            // that modifies a thing does not speak; "Acme officials said" does.
            && !{
                let next = ctx.token_from(s, out.mentions[m].span.end);
                let w = ctx.lower_token(s, next);
                ctx.sentences[s].tokens.get(next).is_some_and(|x| x.kind == TokenKind::Word)
                    && w.starts_with(char::is_lowercase)
                    && next < verb
                    && !acts_for_country(ctx, w)
                    && !is_auxiliary(w)
                    && !w.ends_with("ly")
                    && !OBJECT_STOP.contains(&w)
                    && ctx.ontology.reporting_lemma(w).is_none()
                    && ctx.ontology.verbs.get(w).is_none_or(|f| f.also_noun)
                    // Inside a phrase or after a possessive ("the Trump campaign said" does
                    // speak for Trump).
                    && (preposition_before(ctx, out, s, in_sentence, m).is_some()
                        || possessive_determiner(&word_before(ctx, out, s, m)))
            }
            // "Roe observers say", "Lee critics said": people named after whom they watch or
            // take sides on speak for themselves ("Acme officials said" speak for Acme).
            && !{
                let w = ctx.lower_token(s, ctx.token_from(s, out.mentions[m].span.end));
                ONLOOKERS.contains(&w) || ctx.ontology.partisans.contains(w)
            }
            // "a senior member in the Tarsk Senate warned": the member speaks, not the
            // Senate; but "a spokesman for Acme said" speaks for Acme. After "of" only a
            // body's voice does: "officials of Acme said", but not "the chairman of the
            // Tarsk Committee said" or "allies of Roe said".
            && preposition_before(ctx, out, s, in_sentence, m)
                .is_none_or(|p| matches!(p, "of" | "for" | "from"))
            && acts_after_of(ctx, out, s, m)
    });
    // "Roe, vice chairman of Acme, has agreed": the name an appositive describes speaks,
    // not the one inside the appositive.
    let described = nearest.and_then(|m| {
        let head = in_sentence.iter().rev().copied().find(|&p| {
            out.mentions[p].span.end <= out.mentions[m].span.start
                && out.mentions[p].entity_type == EntityType::Person
        })?;
        if ends_opening_clause(ctx, out, s, head) {
            return None;
        }
        let inside = &text[out.mentions[head].span.end..out.mentions[m].span.end];
        let closing = text[out.mentions[m].span.end..at].trim_start();
        let between_names = in_sentence.iter().any(|&q| {
            out.mentions[q].span.start >= out.mentions[head].span.end
                && out.mentions[q].span.end <= out.mentions[m].span.start
        });
        // ("Roe, Acme's chief analyst, said": the appositive runs on past the possessive.)
        let possessed = (closing.starts_with("'s") || closing.starts_with("’s"))
            && closing.trim_end().ends_with(',')
            && closing.matches(',').count() == 1
            && !closing
                .split_whitespace()
                .any(|w| ctx.ontology.is_finite_verb(w));
        (inside.starts_with(',')
            && inside.matches(',').count() == 1
            && !between_names
            && !inside.contains(" and ")
            && (closing.starts_with(',') || possessed)
            && !inside
                .split_whitespace()
                .any(|w| ctx.ontology.is_finite_verb(w)))
        .then_some(head)
    });
    // "Roe, who was the first woman to chair the Acme board, said", "Acme, which polls for
    // Globex and the Tarsk Times, found": so does the name a relative clause describes,
    // whatever it names.
    let related = nearest.and_then(|m| {
        let closing = text[out.mentions[m].span.end..at].trim();
        if !closing.ends_with(',') {
            return None;
        }
        in_sentence.iter().rev().copied().find(|&p| {
            out.mentions[p].span.end <= out.mentions[m].span.start
                && can_act(out.mentions[p].entity_type)
                && {
                    let inside = &text[out.mentions[p].span.end..out.mentions[m].span.start];
                    inside.starts_with(", which ") || inside.starts_with(", who ")
                }
        })
    });
    inverted_speaker(ctx, out, s, verb, in_sentence).or(described.or(related).or(nearest))
}

/// Whether mention `m` of sentence `s` follows a closing quotation mark, past a comma and the
/// words of a title: "“We won,” Acme chief Roe said".
fn speaks_after_quote(ctx: &DocContext<'_>, out: &Extraction, s: usize, m: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    let name = ctx.token_from(s, out.mentions[m].span.start);
    let mut k = name;
    while k > 0 && name - k < 5 && toks[k - 1].kind == TokenKind::Word {
        k -= 1;
    }
    if k > 0 && ctx.token(s, k - 1) == "," {
        k -= 1;
    }
    k > 0
        && toks[k - 1].kind == TokenKind::Quote
        && out.quoted(toks[k - 1].span.start.saturating_sub(1))
}

/// The comma right before the verb at token `verb` of sentence `s`, or the one inside the
/// closing mark of a quotation set inside the sentence ('Many believe that "the country is
/// broken," reports Acme'); a quotation that opens the sentence is the speaker's, whom the
/// quotation extractor finds.
fn comma_before_verb(ctx: &DocContext<'_>, s: usize, verb: usize) -> Option<usize> {
    if verb > 0 && ctx.token(s, verb - 1) == "," {
        return Some(verb - 1);
    }
    (verb > 2
        && is_quote_mark(ctx, s, verb - 1)
        && ctx.token(s, verb - 2) == ","
        && (1..verb - 2)
            .rev()
            .find(|&k| is_quote_mark(ctx, s, k))
            .is_some_and(|open| {
                ctx.sentences[s].tokens[..open]
                    .iter()
                    .any(|x| x.kind == TokenKind::Word)
            }))
    .then(|| verb - 2)
}

/// "…, said Mr Roe.", "…, said Acme's chairman Jane Roe, who …": the speaker after a
/// reporting verb that follows a comma, past honorifics and titles, at the end of its clause.
fn inverted_speaker(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    verb: usize,
    in_sentence: &[usize],
) -> Option<usize> {
    // ("…, saying Roe, a former senator, admires …": an -ing form opens a clause of the one
    // before the comma; it inverts nothing.)
    // ("…, Roe, a Lee ally, told Acme News, …": a verb that names whom it tells has the
    // listener after it, never the speaker.)
    if comma_before_verb(ctx, s, verb).is_none()
        || ctx.lower_token(s, verb).ends_with("ing")
        || ctx
            .reporting_lemma(s, verb)
            .is_some_and(|lemma| RECIPIENT_VERBS.contains(&lemma))
    {
        return None;
    }
    let toks = &ctx.sentences[s].tokens;
    let m = in_sentence
        .iter()
        .copied()
        .find(|&m| out.mentions[m].span.start >= toks[verb].span.end)?;
    let first = ctx.token_from(s, toks[verb].span.end);
    let name_at = ctx.token_from(s, out.mentions[m].span.start);
    // "said bank governor Ana Lopes": words ending in a title, an honorific or a name.
    // ("said he had suspended Mr Roe" opens a clause: its subject and verb are no titles.)
    let titles_between = name_at - first <= 4
        && (first..name_at).all(|i| {
            let w = ctx.lower_token(s, i);
            toks[i].kind == TokenKind::Word && !subject_pronoun(w) && !is_auxiliary(w)
        })
        && (first == name_at || {
            let w = ctx.token(s, name_at - 1);
            w.starts_with(char::is_uppercase)
                || ctx.ontology.is_title(&lower(w))
                || ctx.ontology.is_honorific(w)
        });
    let next = ctx.token_from(s, out.mentions[m].span.end);
    // ("said Roe in a statement.", but "warned Roe in a tweet his party would …" names the
    // one warned: the phrase after the name must end before another verb.)
    let phrase_ends = || {
        (next + 1..toks.len())
            .take_while(|&i| !matches!(ctx.token(s, i), "," | "." | ";" | "!" | "?"))
            .all(|i| !finite_or_auxiliary(ctx, ctx.lower_token(s, i)))
    };
    let clause_ends = next >= toks.len()
        || matches!(
            ctx.token(s, next),
            "," | "." | ";" | "!" | "?" | "today" | "yesterday"
        )
        || (matches!(ctx.token(s, next), "in" | "on" | "at") && phrase_ends());
    (titles_between && clause_ends && can_act(out.mentions[m].entity_type)).then_some(m)
}

/// The source a sentence gives for its claims, the token of its reporting verb (or of
/// "according"), and how far back before that token the report reaches.
#[derive(Clone, Copy)]
pub(super) struct Claimant {
    speaker: usize,
    verb: usize,
    back: Reach,
}

/// What a report covers of the acts before its verb.
#[derive(Clone, Copy)]
enum Reach {
    /// "according to Roe": the whole sentence.
    All,
    /// "Acme sold it the agency reported.": a report ending the sentence, all before it.
    ToSentenceEnd,
    /// "Acme sold it, Roe said": a report with nothing reported after it, the acts behind a
    /// comma.
    BehindComma,
    /// "… when Roe ruled that …", "…, and Roe has said he won't …": a report of a clause of
    /// its own claims only that clause.
    Nothing,
}

impl Claimant {
    fn new(ctx: &DocContext<'_>, s: usize, speaker: usize, verb: usize) -> Claimant {
        let next = ctx.token(s, verb + 1);
        let back = if ctx.lower_token(s, verb) == "according" {
            Reach::All
        } else if next == "that" || reported_clause_after(ctx, s, verb + 1, true).is_some() {
            Reach::Nothing
        } else if matches!(next, "." | "") {
            Reach::ToSentenceEnd
        } else {
            Reach::BehindComma
        };
        Claimant {
            speaker,
            verb,
            back,
        }
    }

    /// The speaker, if the report covers the verb at token `t`: any verb after the report's,
    /// and one before it as far as the report reaches back ("Roe attacked Lee after Hale
    /// defended the plan" claims nothing of the attack).
    pub(super) fn of_verb_at(self, ctx: &DocContext<'_>, s: usize, t: usize) -> Option<usize> {
        // ("Roe said …, while Lee echoed it": a clause of contrast with a subject of its own
        // after the report is the writer's; "…, while continuing to accuse …" is the
        // reporter's.)
        let contrast_between = (self.verb + 1..t).any(|k| {
            matches!(ctx.lower_token(s, k), "while" | "whereas")
                && follows_comma(ctx, s, k)
                && !ctx.lower_token(s, k + 1).ends_with("ing")
        });
        let covers = (self.verb < t && !contrast_between && !added_by_writer(ctx, s, self.verb, t))
            || match self.back {
                Reach::All | Reach::ToSentenceEnd => true,
                Reach::BehindComma => {
                    (t..self.verb).any(|k| matches!(ctx.token(s, k), "," | "—" | "–"))
                }
                Reach::Nothing => false,
            };
        covers.then_some(self.speaker)
    }
}

/// Who sentence `s` says claims its acts ("according to Roe", "…, Roe said"), with `in_sentence`
/// its mentions that may be parties. Found once per sentence: each relation extractor asks.
pub(super) fn find_claimant(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    in_sentence: &[usize],
) -> Option<Claimant> {
    *ctx.claimants[s].get_or_init(|| claimant_in(ctx, out, s, in_sentence))
}

/// Finds what [`find_claimant`] keeps.
fn claimant_in(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    in_sentence: &[usize],
) -> Option<Claimant> {
    let words = ctx.token_texts(s);
    for (i, &w) in words.iter().enumerate() {
        if w.eq_ignore_ascii_case("according") && words.get(i + 1) == Some(&"to") {
            return according_to_source(ctx, out, s, i, in_sentence)
                .map(|speaker| Claimant::new(ctx, s, speaker, i));
        }
        // "…, arguing that …": a participle's subject is the clause's own, no claimant.
        // Most words report nothing: that lookup comes before the tests of how a reporting
        // verb is used, which cost more than it when made for every word.
        if w.ends_with("ing") || !reports_at(ctx, s, i) {
            continue;
        }
        // Nor does "Roe, who says she is innocent, …" claim the main clause.
        // Nor does an infinitive ("prompted the government to accuse …").
        // "posters, which critics claimed were offensive": a report inside a relative clause
        // claims only that clause.
        let relative = i > 0 && ctx.lower_token(s, i - 1) == "to"
            || (i.saturating_sub(3)..i).any(|k| {
                matches!(ctx.lower_token(s, k), "which" | "who" | "whom")
                    && (k + 1..i).all(|j| ctx.sentences[s].tokens[j].kind == TokenKind::Word)
            });
        // "a column written by Lee": a participle describing a noun reports nothing; nor
        // does "as Roe called them", which names a phrase, not a claim.
        let describes_noun =
            ctx.lower_token(s, i + 1) == "by" && i > 0 && !is_auxiliary(ctx.lower_token(s, i - 1));
        let names_phrase = matches!(ctx.lower_token(s, i + 1), "them" | "it" | "him" | "her")
            && (i.saturating_sub(5)..i).any(|k| ctx.lower_token(s, k) == "as")
            && ctx.ontology.reporting_lemma(w) == Some("call");
        // "Roe spoke with Lee, who broke his arm": speaking with someone, or about something,
        // claims nothing the sentence goes on to say.
        let converses = matches!(ctx.ontology.reporting_lemma(w), Some("speak" | "talk"))
            && matches!(
                ctx.lower_token(s, i + 1),
                "with" | "to" | "about" | "of" | "at" | "on"
            );
        // "…, and Roe and Lee agreed to meet": a report of an infinitive is the reporter's own
        // aim or promise; it claims nothing else the sentence says.
        // ("Kurds claim to have evidence that …" still claims what follows.)
        let aims = ctx.lower_token(s, i + 1) == "to"
            && !matches!(ctx.lower_token(s, i + 2), "be" | "have" | "know")
            && ctx.reporting_lemma(s, i) != Some("say")
            && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, i + 2))
                .is_some_and(|f| f.base);
        if !relative
            && !describes_noun
            && !names_phrase
            && !converses
            && !aims
            && !opens_with_subordinator(ctx, s, i)
        {
            return speaker_of(ctx, out, s, i, in_sentence)
                .or_else(|| pronoun_reporter(ctx, out, s, i, in_sentence))
                .map(|speaker| Claimant::new(ctx, s, speaker, i));
        }
    }
    None
}

/// "He said Acme had sold it", "…, she added": the person a "he" or "she" right before the
/// reporting verb at token `verb` stands for (not one the sentence names after the verb: "He
/// said Roe had left" is not Roe's report).
fn pronoun_reporter(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    verb: usize,
    in_sentence: &[usize],
) -> Option<usize> {
    let p = auxiliaries_start(ctx, s, verb).checked_sub(1)?;
    let pronoun = ctx.lower_token(s, p);
    // The pronoun opens the sentence or a main clause ("But he said", "…,” she said"); after
    // a noun or a subordinator it is a relative or subordinate clause's ("a man he had
    // criticized", "while he cited").
    let opens_main_clause = p == 0
        || matches!(
            ctx.lower_token(s, p - 1),
            "," | "and" | "but" | "so" | "yet" | "then" | "”" | "\"" | "—"
        );
    if !matches!(pronoun, "he" | "she") || !opens_main_clause {
        return None;
    }
    let toks = &ctx.sentences[s].tokens;
    let antecedent = pronoun_antecedent(ctx, out, report_pronoun_from(ctx, s, p), pronoun)?;
    (!named_again_after(ctx, out, in_sentence, antecedent, toks[verb].span.end))
        .then_some(antecedent)
}

/// Where to look back from for the person the reporter's pronoun at token `p` stands for:
/// "…, he said" closing a sentence stands for someone before the sentence, not a person named
/// in what he said; but after a clause that opens the sentence ("Although Roe will compete,
/// he said …") it stands for that clause's subject.
fn report_pronoun_from(ctx: &DocContext<'_>, s: usize, p: usize) -> usize {
    let opening_clause = matches!(
        ctx.lower_token(s, 0),
        "although"
            | "though"
            | "while"
            | "since"
            | "when"
            | "after"
            | "before"
            | "because"
            | "once"
            | "until"
    ) && (1..p.saturating_sub(1)).all(|k| ctx.token(s, k) != ",");
    if p > 0 && ctx.token(s, p - 1) == "," && !opening_clause {
        ctx.sentences[s].span.start
    } else {
        ctx.sentences[s].tokens[p].span.start
    }
}

/// Whether the sentence names the person `antecedent` names, by surname at least, from byte
/// `from` on: "He noted that Roe had told police …": a pronoun does not stand for a person its
/// own clause names after its verb, so that antecedent is wrong.
fn named_again_after(
    ctx: &DocContext<'_>,
    out: &Extraction,
    in_sentence: &[usize],
    antecedent: usize,
    from: usize,
) -> bool {
    let text = ctx.text();
    let surname = |m: usize| {
        text[out.mentions[m].span.clone()]
            .split_whitespace()
            .next_back()
    };
    in_sentence.iter().any(|&m| {
        out.mentions[m].span.start >= from
            && out.mentions[m].entity_type == EntityType::Person
            && surname(m) == surname(antecedent)
    })
}

/// The source after "according to" at token `i`.
fn according_to_source(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    i: usize,
    in_sentence: &[usize],
) -> Option<usize> {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    let after = toks[i + 1].span.end;
    // The source stands right after "according to", before the clause goes on.
    let sources: Vec<usize> = in_sentence
        .iter()
        .copied()
        .filter(|&m| {
            out.mentions[m].span.start >= after
                && can_act(out.mentions[m].entity_type)
                && word_gap(text, after, out.mentions[m].span.start) <= 5
                && !text[after..out.mentions[m].span.start].contains([',', ';'])
        })
        .collect();
    // "according to the Ruritanian foreign ministry": the body, not the demonym that
    // modifies it.
    sources
        .iter()
        .copied()
        .find(|&m| !argument_role(ctx, s, out.mentions[m].span.clone()).1)
        .or(sources.first().copied())
}

/// Parses a quantity starting at token `i`: "3,000", "28.3bn", "$60 billion", "nine".
/// Returns the plain decimal amount, the text as written, and the index of the token after it.
pub(super) fn parse_quantity(
    ctx: &DocContext<'_>,
    s: usize,
    i: usize,
) -> Option<(String, String, usize)> {
    // "ranging from 5% to 25%", "sold between $628,000 and $1.72 million": either end of a
    // range is no quantity of the act; "between 1,320 and 6,630 out of 1.3 million troops":
    // nor is the whole a count is out of.
    // (Asked only of a figure: this runs for every word of a verb's window.)
    // ("the city's 911 system", "a 999 call": an emergency number before a noun counts
    // nothing.)
    count_at(ctx, s, i).filter(|_| {
        let out_of =
            i >= 2 && ctx.lower_token(s, i - 2) == "out" && ctx.lower_token(s, i - 1) == "of";
        let emergency_number = matches!(ctx.token(s, i), "911" | "999")
            && ctx.token(s, i + 1).starts_with(char::is_lowercase);
        !(range_end(ctx, s, i) || out_of || emergency_number)
    })
}

/// Whether `word` is a currency sign written before a figure ("$60 billion", "£5.5bn").
pub(super) fn is_currency_sign(word: &str) -> bool {
    matches!(word, "$" | "£" | "€")
}

/// Whether the figure at token `i` is either end of a range: "from 5% to 25%", "between
/// $628,000 and $1.72 million".
fn range_end(ctx: &DocContext<'_>, s: usize, i: usize) -> bool {
    let currency = |k: usize| is_currency_sign(ctx.token(s, k));
    let before = if i > 0 && currency(i - 1) { i - 1 } else { i };
    let Some(k) = before.checked_sub(1) else {
        return false;
    };
    let opens = matches!(ctx.lower_token(s, k), "from" | "between")
        && (i + 1..i + 4).any(|j| {
            matches!(ctx.lower_token(s, j), "to" | "and")
                && ctx.sentences[s]
                    .tokens
                    .get(j + 1)
                    .is_some_and(|x| x.kind == TokenKind::Number || currency(j + 1))
        });
    let closes = matches!(ctx.lower_token(s, k), "to" | "and")
        && (k.saturating_sub(5)..k).any(|j| matches!(ctx.lower_token(s, j), "from" | "between"));
    opens || closes
}

/// [`parse_quantity`] before it looks at a range around the figure: "increased aid from
/// $1.1bn to $4.6bn" changed it to the figure after "to".
fn count_at(ctx: &DocContext<'_>, s: usize, i: usize) -> Option<(String, String, usize)> {
    // "opened his deli 30 years ago": a span of time before "ago" dates the act; it is no
    // figure of it.
    // Nor do "two years later", "a day after".
    // "at one point put it …": an idiom of time, no count of points.
    if i > 0 && ctx.lower_token(s, i - 1) == "at" && ctx.lower_token(s, i + 1) == "point" {
        return None;
    }
    // "[17]": a number in square brackets marks a footnote.
    if i > 0 && ctx.token(s, i - 1) == "[" && ctx.token(s, i + 1) == "]" {
        return None;
    }
    // "won 25 of 27 districts", "lost five of their last eight games": the figure after "of"
    // is the whole the count is out of.
    let of = (i.saturating_sub(3)..i).rev().find(|&k| {
        ctx.token(s, k) == "of"
            && (k + 1..i).all(|d| {
                matches!(
                    ctx.lower_token(s, d),
                    "the"
                        | "their"
                        | "its"
                        | "his"
                        | "her"
                        | "our"
                        | "last"
                        | "first"
                        | "past"
                        | "next"
                )
            })
    });
    if let Some(of) = of
        && of > 0
        && number_at(ctx, s, of - 1)
    {
        return None;
    }
    parse_figure(ctx, s, i).filter(|(_, _, next)| {
        !(matches!(
            ctx.lower_token(s, *next + 1),
            "ago" | "later" | "earlier" | "after" | "before" | "afterwards"
        ) && TIME_BEFORE_AGO.contains(&ctx.lower_token(s, *next)))
    })
}

/// [`parse_quantity`] before it looks past the figure's unit.
fn parse_figure(ctx: &DocContext<'_>, s: usize, i: usize) -> Option<(String, String, usize)> {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    let tok = &toks[i];
    let word = tok.text(text);
    let (mut value, mut end, mut next): (f64, usize, usize) = match tok.kind {
        TokenKind::Number => {
            // "Oct. 9", "9 October": a day of a month is a date, not a quantity.
            let month = |k: usize| {
                toks.get(k).is_some_and(|x| {
                    // Month names are capitalised ("may" is a verb).
                    if !x.text(text).starts_with(char::is_uppercase) {
                        return false;
                    }
                    let w = lower(x.text(text));
                    let w = w.trim_end_matches('.');
                    crate::text::MONTHS
                        .iter()
                        .any(|m| *m == w || (w.len() >= 3 && m.starts_with(w)))
                })
            };
            if (i > 0 && month(i - 1)) || month(i + 1) {
                return None;
            }
            // "effective 5 p.m. Wednesday": a time of day is no quantity.
            if toks.get(i + 1).is_some_and(|x| {
                matches!(
                    lower(x.text(text)).as_ref(),
                    "a.m." | "p.m." | "a.m" | "p.m" | "am" | "pm" | "o'clock" | "o’clock"
                )
            }) {
                return None;
            }
            // "the 24th": an ordinal is a date or a rank, not a count; nor is a decade or an age
            // group ("the 1990s", "the over-55s").
            if toks.get(i + 1).is_some_and(|x| {
                let suffix = x.text(text);
                // ("3rd-party sellers": an ordinal hyphened to its noun.)
                let suffix = suffix.split_once('-').map_or(suffix, |(head, _)| head);
                x.span.start == tok.span.end && matches!(suffix, "st" | "nd" | "rd" | "th" | "s")
            }) {
                return None;
            }
            // "3D audio", "a 4G network": a figure glued to one capital letter names a
            // technology.
            if toks.get(i + 1).is_some_and(|x| {
                x.span.start == tok.span.end
                    && x.kind == TokenKind::Word
                    && x.text(text).len() == 1
                    && x.text(text).starts_with(|c: char| c.is_ascii_uppercase())
            }) {
                return None;
            }
            // "built a lamp in 1860, …", "since 1998": a year after a preposition of time is a
            // date, unless a noun follows it ("in 1860 homes").
            if looks_like_year(word)
                && i > 0
                && matches!(
                    lower(toks[i - 1].text(text)).as_ref(),
                    "in" | "since" | "until" | "before" | "after" | "during" | "from" | "by"
                )
                && toks
                    .get(i + 1)
                    .is_none_or(|x| !x.text(text).starts_with(char::is_lowercase))
            {
                return None;
            }
            // "lost the 1828 election", "his 1992 campaign": a year between a determiner and a
            // noun in the singular says which one, no count.
            if looks_like_year(word)
                && i > 0
                && determiner_or_possessive(&lower(toks[i - 1].text(text)))
                && toks.get(i + 1).is_some_and(|x| {
                    let noun = x.text(text);
                    noun.starts_with(char::is_lowercase) && !plural_ending(noun)
                })
            {
                return None;
            }
            // "Radio 4", "Boeing 737": a number right after a capitalised word is part of a name
            // (but "Some 37 countries" opens a sentence with an approximation).
            let approximation_word = |w: &str| {
                APPROXIMATIONS
                    .iter()
                    .any(|phrase| phrase.len() == 1 && phrase[0] == lower(w))
            };
            if i > 0
                && toks[i - 1].kind == TokenKind::Word
                && toks[i - 1].text(text).starts_with(char::is_uppercase)
                && !approximation_word(toks[i - 1].text(text))
                && text[toks[i - 1].span.end..tok.span.start] == *" "
            {
                return None;
            }
            // "COVID-19", "Mi-17 helicopters": nor is one hyphened to a capitalised word.
            if text[..tok.span.start]
                .strip_suffix('-')
                .and_then(|before| before.split(|c: char| !c.is_alphanumeric()).next_back())
                .is_some_and(|word| word.starts_with(char::is_uppercase))
            {
                return None;
            }
            // "Roe, 18, said": a figure between commas after a name is an age; "at 2:56": a
            // clock time.
            let age = i > 1
                && toks[i - 1].text(text) == ","
                && toks[i - 2].text(text).starts_with(char::is_uppercase)
                && toks.get(i + 1).is_some_and(|x| x.text(text) == ",");
            let clock = toks.get(i + 1).is_some_and(|x| {
                x.text(text) == ":" && toks.get(i + 2).is_some_and(|y| y.kind == TokenKind::Number)
            }) || (i > 0 && toks[i - 1].text(text) == ":");
            // "won 6-3 7-5", "a 2-1 lead": a score joins figures by a hyphen or dash.
            let joined = |a: Option<&crate::text::Token>, b: Option<&crate::text::Token>| {
                a.zip(b).is_some_and(|(a, b)| a.span.end == b.span.start)
            };
            let score = (i + 2 < toks.len()
                && matches!(toks[i + 1].text(text), "-" | "–")
                && toks[i + 2].kind == TokenKind::Number
                && joined(Some(tok), toks.get(i + 1))
                && joined(toks.get(i + 1), toks.get(i + 2)))
                || (i > 1
                    && matches!(toks[i - 1].text(text), "-" | "–")
                    && toks[i - 2].kind == TokenKind::Number
                    && joined(toks.get(i - 2), toks.get(i - 1))
                    && joined(toks.get(i - 1), Some(tok)));
            // "24/7", "9/11": figures joined by a slash are a phrase or a date, not a count.
            let slashed = joined(Some(tok), toks.get(i + 1))
                && toks.get(i + 1).is_some_and(|x| x.text(text) == "/")
                || (i > 0 && toks[i - 1].text(text) == "/" && joined(toks.get(i - 1), Some(tok)));
            // "a 1 in 6 chance", "3 in 10 voters": a ratio, no count.
            // ("to top 500,000 in 2005": a year after "in" says when.)
            let ratio = ctx.lower_token(s, i + 1) == "in"
                && toks
                    .get(i + 2)
                    .is_some_and(|x| x.kind == TokenKind::Number && !reads_as_year(x.text(text)));
            // "his disclaimer in 1858 and …": an older year after a preposition of time, with
            // no noun after it to count ("in 1500 cases" counts).
            let older_year = word.len() == 4
                && word.starts_with('1')
                && word.chars().all(|c| c.is_ascii_digit())
                && i > 0
                && matches!(
                    ctx.lower_token(s, i - 1),
                    "in" | "since" | "until" | "by" | "from"
                )
                && counted_noun(ctx, s, i + 1).is_none();
            // A year is a date, not a quantity.
            if age || clock || score || slashed || ratio || older_year || reads_as_year(word) {
                return None;
            }
            (number_value(ctx, s, i)?, tok.span.end, i + 1)
        }
        TokenKind::Word => {
            // "Radio Four", "the Group of Eight": a capitalised number word inside a sentence
            // is part of a name.
            let opens = i == 0 || matches!(toks[i - 1].kind, TokenKind::Quote);
            if !opens && word.starts_with(char::is_uppercase) {
                return None;
            }
            let lw = ctx.lower_token(s, i);
            // "one's clothing", "one of the firms", "one another": a pronoun or a part of a
            // group, not a count.
            // "one in eight homes": a ratio, no count.
            if i > 1
                && toks[i - 1].text(text) == "in"
                && matches!(lower(toks[i - 2].text(text)).as_ref(), "one" | "1")
            {
                return None;
            }
            // "no one was there", "not one iota", "one in eight": no count either.
            if lw == "one"
                && (matches!(
                    toks.get(i + 1).map(|t| t.text(text)),
                    Some("'s" | "’s" | "of" | "another" | "in" | "iota")
                ) || (i > 0
                    && matches!(
                        lower(toks[i - 1].text(text)).as_ref(),
                        "no" | "any" | "every" | "some" | "not" | "the"
                    )))
            {
                return None;
            }
            // "his opposition to one even after …", "the first one.": "one" with no noun
            // after it stands for a thing; "after one thing", "in one sense", "one way or
            // another": a manner of speaking, no count.
            if lw == "one"
                && toks.get(i + 1).is_none_or(|x| {
                    let next = lower(x.text(text));
                    x.kind != TokenKind::Word
                        || OBJECT_STOP.contains(&next.as_ref())
                        || matches!(
                            next.as_ref(),
                            "even"
                                | "too"
                                | "also"
                                | "thing"
                                | "sense"
                                | "way"
                                | "respect"
                                | "hand"
                        )
                })
            {
                return None;
            }
            // "several hundred", "a few thousand": a vague count, not 100 or 1,000.
            if matches!(lw, "hundred" | "thousand" | "dozen")
                && i > 0
                && matches!(
                    lower(toks[i - 1].text(text)).as_ref(),
                    "several" | "few" | "many" | "couple"
                )
            {
                return None;
            }
            (number_value(ctx, s, i)?, tok.span.end, i + 1)
        }
        _ => return None,
    };
    let start = if i > 0 && is_currency_sign(toks[i - 1].text(text)) {
        toks[i - 1].span.start
    } else {
        tok.span.start
    };
    // "four or five parties", "18 to 23 million people": a range reads as its lower end,
    // and its words (and scale) run to the upper one. "from 40 to 50" and "by 40 to 50" are
    // changes, read by their verb; "won 672 to 477" is a tally.
    if end == tok.span.end
        && matches!(ctx.lower_token(s, next), "or" | "to")
        && toks
            .get(next + 1)
            .is_some_and(|x| x.kind == tok.kind && !x.text(text).contains('.'))
        && number_value(ctx, s, next + 1).is_some_and(|upper| upper > value)
        && !(i > 0 && matches!(ctx.lower_token(s, i - 1), "from" | "by"))
    {
        end = toks[next + 1].span.end;
        next += 2;
    }
    // "28.3bn" is tokenised as "28.3" + "bn"; "60 billion" as two words.
    if let Some(scale_tok) = toks.get(next) {
        let sw = ctx.lower_token(s, next);
        // "won the 800m", "the 1,000m title": with no currency, an "m" before an event, a
        // preposition or the clause's end is metres, a distance rather than a count.
        let metres = sw == "m" && start == tok.span.start && scale_tok.span.start == end && {
            let after = toks.get(next + 1).map(|x| lower(x.text(text)));
            after.as_deref().is_none_or(|w| {
                !w.starts_with(char::is_alphabetic)
                    || OBJECT_STOP.contains(&w)
                    || matches!(
                        w,
                        "title"
                            | "race"
                            | "hurdles"
                            | "freestyle"
                            | "backstroke"
                            | "breaststroke"
                            | "butterfly"
                            | "medley"
                            | "relay"
                            | "final"
                            | "record"
                            | "mark"
                            | "sprint"
                            | "event"
                            | "gold"
                            | "silver"
                            | "bronze"
                            | "champion"
                            | "crown"
                            | "heat"
                            | "indoor"
                            | "outdoor"
                            | "run"
                            | "swim"
                            | "dash"
                    )
            })
        };
        if metres {
            return None;
        }
        if let Some((_, scale)) = SCALES.iter().find(|(w, _)| *w == sw) {
            // "£35 bn": after a currency sign a short scale may stand apart.
            let attached = scale_tok.span.start == end;
            let currency = start != tok.span.start;
            if attached || sw.len() > 2 || currency {
                // "8.3bn": scaled, the binary fraction shows (8300000000.000001); figures
                // in news carry no more than a few decimals.
                value = (value * *scale as f64 * 1000.0).round() / 1000.0;
                end = scale_tok.span.end;
                next += 1;
            }
        }
    }
    if value <= 0.0 || !value.is_finite() {
        return None;
    }
    // "one of the last vestiges": a partitive picks from a group and counts nothing.
    if toks.get(next).is_some_and(|x| x.text(text) == "of") {
        return None;
    }
    // "the 40-year-old challenger", "aged 40": an age describes a person.
    if toks.get(next + 1).is_some_and(|x| {
        x.text(text).starts_with("year-old") || x.text(text).starts_with("years-old")
    }) && toks.get(next).is_some_and(|x| x.text(text) == "-")
        || (i > 0 && lower(toks[i - 1].text(text)) == "aged")
    {
        return None;
    }
    // "in the past four years": a span of time before now is not a figure anyone claims.
    if i > 0
        && matches!(
            lower(toks[i - 1].text(text)).as_ref(),
            "past" | "last" | "next" | "previous" | "coming" | "first"
        )
    {
        return None;
    }
    let amount = if value.fract() == 0.0 {
        format!("{}", value as u64)
    } else {
        format!("{value}")
    };
    Some((amount, text[start..end].to_string(), next))
}

/// Whether the figure `word` reads as a year ("1999", "2005"), which says when, not how many.
fn reads_as_year(word: &str) -> bool {
    word.len() == 4
        && !word.contains([',', '.'])
        && (word.starts_with("19") || word.starts_with("20"))
}

pub(super) fn approximation(ctx: &DocContext<'_>, s: usize, qi: usize) -> Option<String> {
    // ("more than a dozen", "about a hundred": past the article of a number word.)
    let qi = if qi > 0 && matches!(ctx.lower_token(s, qi - 1), "a" | "an") {
        qi - 1
    } else {
        qi
    };
    let words: Vec<String> = (qi.saturating_sub(3)..qi)
        .map(|i| ctx.token(s, i).to_lowercase())
        .collect();
    // "the talks are all about two men", "talked about three issues": "about" is what the
    // words concern, not how near the figure is.
    if qi >= 2 && ctx.lower_token(s, qi - 1) == "about" && {
        let before = ctx.lower_token(s, qi - 2);
        before == "all"
            || ctx.ontology.verbs.get(before).is_some_and(|f| {
                matches!(
                    f.lemma.as_str(),
                    "talk"
                        | "think"
                        | "worry"
                        | "care"
                        | "know"
                        | "ask"
                        | "speak"
                        | "write"
                        | "hear"
                        | "learn"
                        | "complain"
                        | "argue"
                        | "joke"
                        | "boast"
                        | "read"
                )
            })
    } {
        return None;
    }
    APPROXIMATIONS.iter().find_map(|phrase| {
        (words.len() >= phrase.len()
            && words[words.len() - phrase.len()..]
                .iter()
                .zip(phrase.iter())
                .all(|(a, b)| a == b))
        .then(|| phrase.join(" "))
    })
}

#[cfg(test)]
pub(super) mod tests {
    use crate::extract::{Arg, extract_document};
    use crate::ingest::Document;
    use crate::ontology::Ontology;

    /// (subject, predicate, object, qualifiers) with mention indices replaced by their text.
    /// Subject, predicate, object and qualifiers of one relation, as text.
    pub(super) type Shown = (String, String, String, Vec<(String, String)>);

    /// The first relation of `r` with `predicate`; the test fails, naming it, when there is
    /// none.
    fn relation<'a>(r: &'a [Shown], predicate: &str) -> &'a Shown {
        r.iter()
            .find(|x| x.1 == predicate)
            .unwrap_or_else(|| panic!("no {predicate} relation in {r:?}"))
    }

    /// The subjects of the relations of `r` with `predicate`, in order.
    fn subjects<'a>(r: &'a [Shown], predicate: &str) -> Vec<&'a str> {
        r.iter()
            .filter(|x| x.1 == predicate)
            .map(|x| x.0.as_str())
            .collect()
    }

    /// The objects of the relations of `r` with `predicate`, in order.
    fn objects<'a>(r: &'a [Shown], predicate: &str) -> Vec<&'a str> {
        r.iter()
            .filter(|x| x.1 == predicate)
            .map(|x| x.2.as_str())
            .collect()
    }

    /// The values of the qualifier `key` over all relations of `r`, in order.
    fn qualifier_values<'a>(r: &'a [Shown], key: &str) -> Vec<&'a str> {
        r.iter()
            .flat_map(|x| x.3.iter())
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// Whether relation `x` has the qualifier `key` with `value`.
    fn has_qualifier(x: &Shown, key: &str, value: &str) -> bool {
        x.3.iter().any(|(k, v)| k == key && v == value)
    }

    /// Asserts that the first `predicate` relation of `r` has the qualifier `key` = `value`,
    /// or, when `present` is false, that it has not.
    fn assert_qualifier(r: &[Shown], predicate: &str, key: &str, value: &str, present: bool) {
        assert_eq!(
            has_qualifier(relation(r, predicate), key, value),
            present,
            "{predicate} {key}={value}: {r:?}"
        );
    }

    pub(super) fn relations(text: &str) -> Vec<Shown> {
        let doc = Document::from_text("t", "t", text.to_string());
        let (_, out) = extract_document(&doc, Ontology::shipped());
        let show = |a: &Arg| match a {
            Arg::Mention(m) => doc.text[out.mentions[*m].span.clone()].to_string(),
            Arg::Literal(s) => s.clone(),
            Arg::Quantity { amount, .. } => amount.clone(),
            Arg::Date { iso, .. } => iso.clone(),
        };
        out.relations
            .iter()
            .filter(|r| r.predicate != "holds_role")
            .map(|r| {
                (
                    doc.text[out.mentions[r.subject].span.clone()].to_string(),
                    r.predicate.clone(),
                    show(&r.object),
                    r.qualifiers
                        .iter()
                        .map(|(k, v)| (k.clone(), show(v)))
                        .collect(),
                )
            })
            .collect()
    }

    /// The relations of `text`, published on `published`: each predicate with the ISO form of
    /// its date, in the order found.
    fn dated_relations(text: &str, published: &str) -> Vec<(String, Option<String>)> {
        let mut doc = Document::from_text("t", "t", text.to_string());
        doc.published = Some(published.to_string());
        let (_, out) = extract_document(&doc, Ontology::shipped());
        out.relations
            .iter()
            .map(|r| {
                let date = match r.qualifiers.get("date") {
                    Some(Arg::Date { iso, .. }) => Some(iso.clone()),
                    _ => None,
                };
                (r.predicate.clone(), date)
            })
            .collect()
    }

    /// The date of the first of `dates` named `predicate`; `None` when there is none.
    fn date_of<'a>(
        dates: &'a [(String, Option<String>)],
        predicate: &str,
    ) -> Option<Option<&'a str>> {
        dates
            .iter()
            .find(|(p, _)| p == predicate)
            .map(|(_, date)| date.as_deref())
    }

    #[test]
    fn a_relative_clause_after_the_object_gives_no_party_and_no_figure() {
        let r = relations(
            "Prices rose. Acme Corp told lies about the attacks that killed four people, including Ambassador Jim Beck. Globex Inc bought the plant that employs 300 workers.",
        );
        assert!(
            !r.iter()
                .flat_map(|x| x.3.iter())
                .any(|(_, v)| v == "Jim Beck"),
            "{r:?}"
        );
        assert!(qualifier_values(&r, "quantity").is_empty(), "{r:?}");
    }

    #[test]
    fn what_a_report_is_made_with_is_not_what_was_said() {
        let r = relations(
            "Prices rose. Jim Beck countered with another claim: most people are poor. Ann Lee responded with a plan. Tom Hale agreed with the plan. Jane Roe talked with farmers.",
        );
        assert!(
            !r.iter().any(|x| x.1 == "counter" || x.1 == "respond"),
            "{r:?}"
        );
        assert_eq!(objects(&r, "agree"), ["the plan"], "{r:?}");
        assert_eq!(objects(&r, "talk"), ["farmers"], "{r:?}");
    }

    #[test]
    fn adding_or_maintaining_a_noun_phrase_reports_nothing() {
        let r = relations(
            "Prices rose. Tom Hale added two campaign stops. Jane Roe maintained a commanding lead in Tarsk. Jim Beck added that the plan had failed. Costs would rise, Ann Lee added.",
        );
        assert!(
            !r.iter().any(|x| x.0 == "Tom Hale" || x.0 == "Jane Roe"),
            "{r:?}"
        );
        assert_eq!(relation(&r, "add").2, "the plan had failed", "{r:?}");
        assert!(r.iter().any(|x| x.0 == "Ann Lee" && x.1 == "add"), "{r:?}");
    }

    #[test]
    fn a_participle_after_a_figure_is_an_adjective() {
        let r = relations(
            "Prices rose. Tarsk had 60,000 confirmed cases on Monday. Acme Corp on May 4 announced plans to close.",
        );
        assert!(!r.iter().any(|x| x.1 == "confirm"), "{r:?}");
        assert_eq!(relation(&r, "announce").2, "plans to close", "{r:?}");
    }

    #[test]
    fn a_participle_after_a_determiner_is_no_verb_of_a_joined_subject() {
        let r = relations(
            "Prices rose. Under the rules, the Tarsk Assembly and a qualified majority of members must approve the budget.",
        );
        assert!(!r.iter().any(|x| x.1 == "qualify"), "{r:?}");
    }

    #[test]
    fn a_contraction_counts_nothing() {
        let r = relations("Prices rose. Jane Roe said the two wouldn’t be working on the audit.");
        assert!(
            !has_qualifier(relation(&r, "say"), "unit", "wouldn’t"),
            "{r:?}"
        );
    }

    #[test]
    fn an_adverb_of_the_saying_is_not_what_was_said() {
        let r = relations(
            "Prices rose. Jane Roe said later she should not have asked. Acme Corp has said repeatedly that it wants to lead. Tom Hale believes only he can win. Jim Beck has said outright that he is worried.",
        );
        let said: Vec<&str> = r
            .iter()
            .filter(|x| x.1 == "say" || x.1 == "believe")
            .map(|x| x.2.as_str())
            .collect();
        assert_eq!(
            said,
            [
                "she should not have asked",
                "it wants to lead",
                "only he can win",
                "he is worried"
            ],
            "{r:?}"
        );
    }

    #[test]
    fn a_name_in_a_relative_clause_on_a_noun_does_not_act_for_the_noun() {
        let r = relations(
            "Prices rose. Some of the tenants who told Acme Corp they rent flats also said they fear eviction. The clerk who had advised Tom Hale had said the rules were unfair.",
        );
        assert!(r.is_empty(), "{r:?}");
        // The relative's verb may report a clause whose subject the name is (which is no
        // agent of the passive before it).
        let r = relations(
            "Prices rose. The party is led by a man who believes Tom Hale sold the plant.",
        );
        assert_eq!(subjects(&r, "sell"), ["Tom Hale"], "{r:?}");
        assert!(subjects(&r, "lead").is_empty(), "{r:?}");
    }

    #[test]
    fn a_name_before_and_and_another_noun_phrase_is_not_its_subject() {
        let r = relations(
            "Prices rose. The mayor ignored Tarsk Party doctrine and one of his oldest allies said she would resign.",
        );
        assert!(!r.iter().any(|x| x.1 == "say"), "{r:?}");
        let r = relations(
            "Prices rose. Jane Roe and Tom Hale were partners for decades and together received the Tarsk Prize in 2004.",
        );
        assert!(r.iter().any(|x| x.1 == "receive"), "{r:?}");
    }

    #[test]
    fn a_lawmakers_party_and_state_come_before_the_apposition() {
        let r = relations(
            "Prices rose. Rep. Jim Beck (D-Ore.), the third-ranking Tarsk Democrat, said he wants more money.",
        );
        assert_eq!(relation(&r, "say").0, "Jim Beck", "{r:?}");
    }

    #[test]
    fn a_subject_pronoun_is_no_object() {
        let r =
            relations("Prices rose. For more on the vote, we’re joined by Tom Hale of Acme Corp.");
        assert!(!r.iter().any(|x| x.2 == "we’re"), "{r:?}");
    }

    #[test]
    fn a_phrase_ends_before_a_title_participle_cut_from_its_title() {
        let r = relations("Prices rose. Jim Beck gave a speech titled, “The Myth of Progress.”");
        assert_eq!(objects(&r, "give"), ["a speech"], "{r:?}");
    }

    #[test]
    fn what_should_have_been_done_is_an_obligation_not_a_condition() {
        let r = relations(
            "Prices rose. Globex Inc should have raised its prices. Jim Beck must have known the risk.",
        );
        assert_qualifier(&r, "raise", "modality", "obligatory", true);
        assert_qualifier(&r, "know", "modality", "possible", true);
    }

    #[test]
    fn a_noun_in_s_after_a_demonym_before_a_plural_verb_is_no_verb() {
        let r = relations(
            "Prices rose. As American states mull the easing of rules, many turn to tracing.",
        );
        assert!(r.iter().all(|x| x.1 != "state"), "{r:?}");
    }

    #[test]
    fn an_emergency_number_counts_nothing() {
        let r = relations(
            "Prices rose. Jim Beck said the city's 911 system has been overwhelmed. Ann Lee made a 999 call.",
        );
        assert!(qualifier_values(&r, "quantity").is_empty(), "{r:?}");
    }

    #[test]
    fn an_adverb_after_an_object_pronoun_or_right_is_no_object() {
        let r = relations(
            "Prices rose. Tom Hale went on when Jim Beck interrupted him again. The bill, which Acme Corp passed right before the break, failed. Jim Beck gave him a medal.",
        );
        assert!(
            !r.iter().any(|x| matches!(x.2.as_str(), "again" | "right")),
            "{r:?}"
        );
        assert_eq!(objects(&r, "give"), ["a medal"], "{r:?}");
        // A short quotation is no quote of its own, so the verb after it looks for an object.
        let r = relations(
            "Ann Lee came home late. “They left,” she said once again. “We won,” Lee said yet again. “Go,” she said once more.",
        );
        assert!(r.iter().all(|x| x.1 != "say"), "{r:?}");
    }

    #[test]
    fn an_infinitive_joined_to_a_meant_one_is_meant_too() {
        let r = relations(
            "Prices rose. France also promised to stop the shelling and to ease the blockade. Acme Corp wants to buy Globex Inc and to sell the mill.",
        );
        assert_qualifier(&r, "ease", "modality", "intended", true);
        assert_qualifier(&r, "sell", "modality", "intended", true);
    }

    #[test]
    fn the_owner_of_a_noun_of_intention_acts_in_its_infinitive() {
        let r = relations(
            "Prices rose. Acme Corp criticised the Tarsk Union's campaign to increase fees for pensioners.",
        );
        assert_eq!(relation(&r, "increase").0, "Tarsk Union", "{r:?}");
        // A person noun is no noun of intention: the lawyer would act.
        let r = relations(
            "Prices rose. The ruling followed efforts by Tom Hale's own lawyer to stop the audit.",
        );
        assert!(
            !r.iter().any(|x| x.0 == "Tom Hale" && x.1 == "stop"),
            "{r:?}"
        );
    }

    #[test]
    fn an_adjective_in_ly_opens_an_object() {
        let r = relations("Prices rose. Acme Corp established friendly relations with Tarsk.");
        assert_eq!(relation(&r, "establish").2, "friendly relations", "{r:?}");
    }

    #[test]
    fn some_day_and_a_rate_are_no_quantities() {
        let r = relations(
            "Prices rose. Jane Roe said she hopes one day it can cure the disease. Acme Corp said fewer than one in 5,000 kettles had leaked. Tom Hale said the strike would last for one day.",
        );
        let quantities = qualifier_values(&r, "quantity");
        assert_eq!(quantities, ["1"], "{r:?}");
        // Nor is the noun after such words a unit.
        assert_eq!(qualifier_values(&r, "unit").len(), 1, "{r:?}");
    }

    #[test]
    fn the_ends_of_a_range_are_no_quantity() {
        let r = relations(
            "Prices rose. Acme Corp plans to set tariffs ranging from 5% to 25% on Oskol goods. Jim Beck sold between $628,000 and $1.72 million in stock. Ann Lee told agencies to raise the number of refugees from 1500 to 10,000. A Globex Inc study estimated the number at between 1,320 and 6,630 out of 1.3 million troops.",
        );
        assert!(qualifier_values(&r, "quantity").is_empty(), "{r:?}");
        // A change is to the figure after "to".
        let r = relations("Prices rose. Acme Corp cut its staff from 90 workers to 53.");
        assert_eq!(qualifier_values(&r, "quantity"), ["53"], "{r:?}");
    }

    #[test]
    fn at_one_point_is_no_quantity_and_close_to_approximates() {
        let r = relations(
            "Prices rose. Acme Corp rented a stage and at one point put it near the Tarsk Hall.",
        );
        assert!(qualifier_values(&r, "quantity").is_empty(), "{r:?}");
        let r = relations(
            "Prices rose. Oskol and Brazil have received close to 19,000 applications each.",
        );
        assert_eq!(objects(&r, "receive"), ["applications"], "{r:?}");
        assert_qualifier(&r, "receive", "approximation", "close to", true);
    }

    #[test]
    fn a_time_of_day_is_no_quantity() {
        let r = relations(
            "Prices rose. Jim Beck will step down at 5 p.m. Friday. Acme Corp closed the plant at 9 pm on Monday.",
        );
        assert!(qualifier_values(&r, "quantity").is_empty(), "{r:?}");
    }

    #[test]
    fn rallying_or_demonstrating_something_is_no_protest() {
        let text = "Prices rose. Tom Hale rallied his supporters in Tarsk. Jane Roe demonstrated her skill. The Tarsk Union rallied against the new tax.";
        let doc = Document::from_text("t", "t", text.to_string());
        let (_, out) = extract_document(&doc, Ontology::shipped());
        let protests: Vec<&str> = out
            .relations
            .iter()
            .filter(|r| r.relation_type == "protest")
            .map(|r| &doc.text[out.mentions[r.subject].span.clone()])
            .collect();
        assert_eq!(protests, ["Tarsk Union"], "{:?}", out.relations);
    }

    #[test]
    fn a_preposition_in_ing_opens_no_object() {
        let r = relations("Prices rose. Tom Hale abruptly resigned following the vote.");
        assert!(!r.iter().any(|x| x.2.starts_with("following")), "{r:?}");
    }

    #[test]
    fn a_pronoun_follows_the_sentence_subject_not_the_last_name() {
        // A pronoun that opens the sentence before carries its antecedent on.
        let r = relations(
            "Prices rose. Tom Hale was born in Tarsk. He gained fame as a rebel, rejecting a post in Jim Beck's government. But he joined the cabinet in 1980.",
        );
        assert_eq!(relation(&r, "join").0, "Tom Hale", "{r:?}");
        // A person named by a noun alone stands between the name and the pronoun.
        let r = relations(
            "Prices rose. Jim Beck announced the budget on Monday. But the agent questioned whether the money was new. He urged the board to scrap the tax.",
        );
        assert!(!r.iter().any(|x| x.1 == "urge"), "{r:?}");
        // The owner of a noun is not the name in apposition to it.
        let r = relations(
            "Prices rose. Jim Beck's head of security, Tom Hale, wrote that he had provided the details to the police.",
        );
        assert_eq!(relation(&r, "provide").0, "Tom Hale", "{r:?}");
        // A pronoun in a clause that opens the sentence stands for the subject after it.
        let r = relations(
            "Prices rose. Ann Lee met Jane Roe in Tarsk. Since she left the show, Jane Roe has kept a low profile. She said she was tired.",
        );
        assert_eq!(relation(&r, "say").0, "Jane Roe", "{r:?}");
    }

    #[test]
    fn an_object_keeps_its_own_question_clause_and_added_sum() {
        let r = relations(
            "Prices rose. Acme Corp unveiled details of how it will fight the election. Jim Beck slapped tariffs on an additional $267 billion in goods. Tom Hale sued his own accounting firm.",
        );
        assert_eq!(
            relation(&r, "unveil").2,
            "details of how it will fight the election",
            "{r:?}"
        );
        assert_eq!(
            relation(&r, "slap").2,
            "tariffs on an additional $267 billion",
            "{r:?}"
        );
        assert_eq!(relation(&r, "sue").2, "his own accounting firm", "{r:?}");
    }

    #[test]
    fn what_should_or_must_be_done_is_obligatory() {
        let r = relations(
            "Prices rose. Acme Corp should sell the plant. Globex Inc must pay the fine. Tom Hale must have known the risk. Ann Lee may sell the house.",
        );
        assert_qualifier(&r, "sell", "modality", "obligatory", true);
        assert_qualifier(&r, "pay", "modality", "obligatory", true);
        assert_qualifier(&r, "know", "modality", "possible", true);
        assert!(
            r.iter()
                .any(|x| x.2 == "the house" && has_qualifier(x, "modality", "possible")),
            "{r:?}"
        );
    }

    #[test]
    fn experts_from_a_country_do_not_speak_for_it() {
        let r = relations(
            "Prices rose. Saudi experts told reporters the phone was hacked. Saudi officials told reporters the phone was safe. Some Saudi politicians told reporters the phone was lost.",
        );
        let tellers = objects(&r, "tell");
        assert_eq!(tellers, ["the phone was safe"], "{r:?}");
    }

    #[test]
    fn a_short_adverb_among_the_auxiliaries_keeps_the_modality() {
        let r = relations(
            "Prices rose. Britain will soon require all firms to report their output. Tom Hale might have just made the plan more generous.",
        );
        assert_qualifier(&r, "require", "modality", "future", true);
        assert_qualifier(&r, "make", "modality", "possible", true);
    }

    #[test]
    fn a_lone_adverb_or_question_word_is_no_object() {
        let r = relations(
            "Prices rose. Tom Hale sees himself as a white knight. Acme worked hard on the deal. Globex won twice. Ann Lee did not say whether Initech would sell.",
        );
        assert_eq!(relation(&r, "see").2, "himself as a white knight", "{r:?}");
        assert!(
            r.iter()
                .all(|x| !matches!(x.2.as_str(), "hard" | "twice" | "whether")),
            "{r:?}"
        );
    }

    #[test]
    fn an_object_noun_keeps_the_phrase_it_needs() {
        let r = relations(
            "Prices rose. Acme won the right to see the e-mail records. Globex imposed a ban on imports of steel. The G7 backed plans to write off the debts. Initech announced a rise in March.",
        );
        assert_eq!(
            relation(&r, "win").2,
            "the right to see the e-mail records",
            "{r:?}"
        );
        assert_eq!(
            relation(&r, "impose").2,
            "a ban on imports of steel",
            "{r:?}"
        );
        assert!(relation(&r, "impose").3.is_empty(), "{r:?}");
        assert_eq!(
            relation(&r, "back").2,
            "plans to write off the debts",
            "{r:?}"
        );
        assert_eq!(relation(&r, "announce").2, "a rise", "{r:?}");
        // A second verb joined to the infinitive shares its object.
        let r = relations("Tom Hale signed a deal to cut and cap emissions.");
        assert_eq!(
            relation(&r, "sign").2,
            "a deal to cut and cap emissions",
            "{r:?}"
        );
    }

    #[test]
    fn a_lone_given_name_has_the_sex_of_the_full_name_it_opens() {
        let r = relations(
            "A judge ruled on Donald Hale's divorce from Ivana. Lawyers for both Donald and Ivana Hale filed papers. She claimed that the deal was unfair.",
        );
        assert_eq!(relation(&r, "claim").0, "Ivana Hale", "{r:?}");
    }

    #[test]
    fn a_sentence_whose_only_party_is_a_pronoun_has_its_relations() {
        let r = relations("Tom Hale spoke on Monday. He said he hoped it would rain.");
        assert_eq!(relation(&r, "say").0, "Tom Hale", "{r:?}");
        assert_eq!(relation(&r, "hope").2, "it would rain", "{r:?}");
    }

    #[test]
    fn a_plural_demonym_names_people_who_are_no_party() {
        let r = relations(
            "Prices rose. Many Britons bought new cars in May, and two Americans died in Tarsk. Russian troops entered Tarsk on Monday. Most Britons also said the posts lean left, and many Americans really think so.",
        );
        assert!(
            r.iter()
                .all(|x| !matches!(x.0.as_str(), "Britons" | "Americans")),
            "{r:?}"
        );
        assert_eq!(relation(&r, "enter").0, "Russian", "{r:?}");
    }

    #[test]
    fn a_question_claims_nothing_but_a_quoted_one_leaves_its_report() {
        let r = relations("Is Brazil working to re-elect Jane Roe?");
        assert!(r.is_empty(), "{r:?}");
        let r = relations("Tom Hale visited Chile and asked reporters, “Will Brazil follow?”");
        assert!(r.iter().any(|x| x.1 == "visit"), "{r:?}");
    }

    #[test]
    fn a_verb_form_after_a_preposition_or_as_an_adjective_is_no_trigger() {
        let r = relations(
            "Brazil will use money from sanctions relief for schools. Tom Hale, who led the Chilean negotiating team, spoke. Voters endure the charade of increased security.",
        );
        assert!(
            r.iter()
                .all(|x| !matches!(x.1.as_str(), "sanction" | "negotiate" | "increase")),
            "{r:?}"
        );
        assert_eq!(
            relation(&r, "lead").2,
            "the Chilean negotiating team",
            "{r:?}"
        );
    }

    #[test]
    fn a_clause_joined_after_a_report_is_not_claimed_by_it() {
        let r = relations(
            "Senator Jane Roe of Chile has called for free childcare, and Senator Tom Hale of Peru has proposed three months of paid leave.",
        );
        assert!(
            !relation(&r, "propose")
                .3
                .iter()
                .any(|(k, _)| k == "claimant"),
            "{r:?}"
        );
    }

    #[test]
    fn a_verb_after_an_object_pronoun_is_no_object() {
        let r = relations("Jane Roe denied it, but after firing him told Acme Corp she had erred.");
        assert!(r.iter().all(|x| !x.2.starts_with("told")), "{r:?}");
    }

    #[test]
    fn how_a_candidate_fares_somewhere_does_not_place_her_there() {
        let r = relations(
            "Jane Roe did about as well in Springfield as Tom Hale did. Tom Hale was in Springfield on Monday. A poll showed Ann Lee edging Jim Beck in Tarsk, and Ken Lowe within striking distance of Amy Fox in Oskol. Jo Roe plans stops in Tarsk and Oskol.",
        );
        let located = subjects(&r, "located in");
        assert_eq!(located, ["Tom Hale"], "{r:?}");
    }

    #[test]
    fn a_reported_future_dates_forward_past_the_reporting_verb() {
        // 2017-08-27 is a Sunday.
        let dates = dated_relations(
            "Prices rose. Acme Corp said that Jane Roe will travel to Lisbon on Tuesday.",
            "2017-08-27",
        );
        assert_eq!(
            date_of(&dates, "travel to"),
            Some(Some("2017-08-29")),
            "{dates:?}"
        );
    }

    #[test]
    fn an_ing_verb_after_by_shares_the_main_verbs_modal() {
        let r = relations("Prices rose. Tom Hale would not risk outrage by firing the workers.");
        assert_qualifier(&r, "fire", "modality", "conditional", true);
        let r = relations("Prices rose. Acme Corp will fund the deal by selling its stake.");
        assert_qualifier(&r, "sell", "modality", "future", true);
        let r = relations("Prices rose. Acme Corp funded the deal by selling its stake.");
        assert_qualifier(&r, "sell", "modality", "future", false);
    }

    #[test]
    fn where_parties_meet_is_said_as_where() {
        let r = relations("Prices rose. Acme Corp officials will meet in Lisbon on Monday.");
        assert_eq!(objects(&r, "meet in"), ["Lisbon"], "{r:?}");
        assert!(objects(&r, "meet").is_empty(), "{r:?}");
        let r = relations("Prices rose. Jane Roe met Tom Hale in Lisbon.");
        assert_eq!(objects(&r, "meet"), ["Tom Hale"], "{r:?}");
    }

    #[test]
    fn a_list_of_places_gives_no_one_place_or_destination() {
        for text in [
            "Prices rose. Jane Roe won the contests on Tuesday in Ohio, Texas and Iowa.",
            "Prices rose. Acme Corp sent 300 workers to Ohio and Texas.",
        ] {
            let r = relations(text);
            assert!(
                r.iter().all(|x| !x.1.starts_with("located")
                    && x.3.iter().all(|(k, _)| k != "place" && k != "destination")),
                "{text}: {r:?}"
            );
        }
        // A place and the larger place it lies in are one place.
        let r = relations("Prices rose. Jane Roe won the race in Springfield, Illinois.");
        assert!(
            relation(&r, "win").3.iter().any(|(k, _)| k == "place"),
            "{r:?}"
        );
    }

    #[test]
    fn a_name_right_after_a_trigger_ending_in_its_preposition_is_the_object() {
        for (text, predicate, object) in [
            (
                "Acme Corp reached out to Jane Roe on Monday.",
                "reach out to",
                "Jane Roe",
            ),
            (
                "Jane Roe took part in the Harbor Summit.",
                "take part in",
                "Harbor Summit",
            ),
        ] {
            let r = relations(text);
            // (The subject-verb-object reading of the phrase's verb adds nothing.)
            assert_eq!(r.len(), 1, "{text}: {r:?}");
            assert_eq!(
                (r[0].1.as_str(), r[0].2.as_str()),
                (predicate, object),
                "{r:?}"
            );
            assert!(r[0].3.is_empty(), "{text}: {r:?}");
        }
    }

    #[test]
    fn a_noun_phrase_or_clause_after_a_later_comma_holds_the_place() {
        for text in [
            "Jane Roe won the backing of the Harbor Herald, the biggest paper in Lisbon.",
            "Jane Roe left early on Monday, the aides stayed in Lisbon.",
            "Jane Roe left early, her campaign staff worked in Lisbon.",
            "Jane Roe polled strongly in Lisbon.",
        ] {
            let r = relations(text);
            assert!(r.iter().all(|x| x.1 != "located in"), "{text}: {r:?}");
        }
        let r = relations("Jane Roe, the mayor, arrived in Lisbon.");
        assert_eq!(subjects(&r, "located in"), ["Jane Roe"], "{r:?}");
    }

    #[test]
    fn of_two_known_regions_after_a_comma_neither_lies_in_the_other() {
        let r = relations("Results came in from Iowa, Arizona.");
        assert!(r.iter().all(|x| x.1 != "located in"), "{r:?}");
        let r = relations("Tom Hale lives in Springfield, Illinois.");
        assert!(
            r.iter().any(|x| x.0 == "Springfield" && x.2 == "Illinois"),
            "{r:?}"
        );
        // A known place and a country it is not in are a list.
        let r = relations(
            "Leads came from Vermont, Mexico and a town nearby. Roe flew to Lyon, France.",
        );
        assert_eq!(subjects(&r, "located in"), ["Lyon"], "{r:?}");
    }

    #[test]
    fn a_country_after_its_city_does_not_act() {
        let r = relations(
            "Tom Hale is due to leave on Monday for Lyon, France, to join leaders at the summit. The United States, China and Japan had feared a war.",
        );
        assert!(r.iter().all(|x| x.0 != "France"), "{r:?}");
        assert!(r.iter().any(|x| x.0 == "China" && x.1 == "fear"), "{r:?}");
    }

    #[test]
    fn a_hedge_or_readiness_is_no_act() {
        let r = relations(
            "Jane Roe spoke. Presumably she believes Acme Corp is honest. Some say Chile is not ready to elect Tom Hale.",
        );
        assert_qualifier(&r, "believe", "modality", "possible", true);
        assert_qualifier(&r, "elect", "modality", "possible", true);
    }

    #[test]
    fn a_time_phrase_between_a_report_and_its_that_is_no_part_of_it() {
        let r = relations(
            "Tom Hale said throughout the primary that he did not expect Jane Roe to help.",
        );
        assert_eq!(
            relation(&r, "say").2,
            "he did not expect Jane Roe to help",
            "{r:?}"
        );
    }

    #[test]
    fn a_figures_noun_is_the_object_only_right_after_the_verb() {
        let r = relations(
            "Republicans have lost the popular vote in six out of the past seven elections. Acme Corp sent about 300 workers to Chile.",
        );
        assert_eq!(relation(&r, "lose").2, "the popular vote", "{r:?}");
        assert_eq!(relation(&r, "send").2, "workers", "{r:?}");
        // A figure before the verb counts what a passive verb reached, but not what an active
        // one or an infinitive after the figure's own verb did.
        let r = relations(
            "Prices rose. Acme Corp sent 300 workers to Chile to build a plant. Tom Hale said that 40 Brazilian soldiers were sent to Chile. Jane Roe wounded three people before killing a guard.",
        );
        let build = relation(&r, "build");
        assert_eq!(build.2, "a plant", "{r:?}");
        assert!(!build.3.iter().any(|q| q.0 == "quantity"), "{build:?}");
        assert!(
            r.iter()
                .any(|x| x.1 == "send" && x.2 == "soldiers" && has_qualifier(x, "quantity", "40")),
            "{r:?}"
        );
        assert_ne!(relation(&r, "kill").2, "people", "{r:?}");
    }

    #[test]
    fn a_report_of_the_following_says_nothing_yet() {
        let r = relations("In his remarks, Tom Hale said the following: sales rose.");
        assert!(r.iter().all(|x| x.2 != "the following"), "{r:?}");
    }

    #[test]
    fn a_name_in_a_relative_aside_is_no_subject_after_it() {
        let r = relations(
            "The board, which Jane Roe chairs, fired the chief. But the judges, in what Tom Hale said was a first, asked Acme Corp to file briefs.",
        );
        assert!(r.iter().all(|x| x.1 != "fire" && x.1 != "ask"), "{r:?}");
    }

    #[test]
    fn a_name_before_a_closed_who_aside_is_the_subject_after_it() {
        // The name inside the aside acts in it only; the one the aside follows acts after it,
        // and no name in the aside claims that act.
        let r = relations(
            "The coach, who once trained Jim Beck, paid tribute to the team. Tom Hale, who once called Ann Lee a liar, immediately threatened to cancel the program.",
        );
        assert!(r.iter().all(|x| x.1 != "pay"), "{r:?}");
        let cancel = relation(&r, "cancel");
        assert_eq!(cancel.0, "Tom Hale", "{r:?}");
        assert!(!has_qualifier(cancel, "claimant", "Ann Lee"), "{r:?}");
        // A participle after a later comma is not the aside's name's act.
        let r = relations(
            "Tom Hale, who was freed last year, could be charged within a week, the network said, quoting two officials.",
        );
        assert!(r.iter().all(|x| x.1 != "quote"), "{r:?}");
    }

    #[test]
    fn a_list_of_names_in_a_relative_aside_leaves_the_name_before_it_the_subject() {
        // None of the listed names acts after the aside, nor claims what is reported.
        let r = relations(
            "Vantrel Corp, which polls voters for outlets including Acme News, Globex Inc, Initech and the Tarsk Times, found Ann Lee won the largest share.",
        );
        assert_eq!(subjects(&r, "find"), ["Vantrel Corp"], "{r:?}");
        assert_qualifier(&r, "win", "claimant", "Vantrel Corp", true);
        let r = relations(
            "The Oskol Alliance, which includes the Tarsk Society, Globex Inc, Initech and the Vantrel Trust, said the bill had failed.",
        );
        assert_eq!(subjects(&r, "say"), ["Oskol Alliance"], "{r:?}");
        let r = relations(
            "Vantrel Corp, which sells to Acme Corp, Globex Inc and Initech, sued Ann Lee.",
        );
        assert_eq!(subjects(&r, "sue"), ["Vantrel Corp"], "{r:?}");
    }

    #[test]
    fn a_reporters_next_predicate_ends_what_was_reported() {
        let r = relations(
            "Jim Beck said the vote was \"rigged and unfair,\" adding that he would appeal. Ann Lee said farmers had been \"crushed by tariffs\" and accused the mayor of lying.",
        );
        for x in r.iter().filter(|x| x.1 == "say") {
            assert!(!x.2.contains("adding") && !x.2.contains("accused"), "{r:?}");
        }
        // Inside a quotation the -ing form is still what was said.
        let r = relations(
            "Acme Corp announced Ann Lee will visit Tarsk \"to meet the crews, thanking them for their work.\"",
        );
        assert!(relation(&r, "announce").2.contains("thanking"), "{r:?}");
    }

    #[test]
    fn where_a_report_was_made_is_not_what_it_says() {
        let r = relations(
            "Jim Beck wrote online that the vote was rigged. Ann Lee posted online, because it mattered to her.",
        );
        assert_eq!(relation(&r, "write").2, "the vote was rigged", "{r:?}");
        assert!(r.iter().all(|x| x.1 != "post"), "{r:?}");
    }

    #[test]
    fn american_after_another_peoples_adjective_names_no_country() {
        let r = relations(
            "Prices rose. One African American man from Ohio said he wanted to celebrate. \
             Native American leaders said the plan would fail.",
        );
        assert!(!r.iter().any(|x| x.0 == "United States"), "{r:?}");
    }

    #[test]
    fn finding_oneself_somewhere_reports_nothing() {
        let r = relations(
            "Prices rose. Jim Beck found himself immersed in some sobering evidence. Ann Lee \
             found that the plan had failed.",
        );
        assert_eq!(objects(&r, "find"), ["the plan had failed"], "{r:?}");
    }

    #[test]
    fn asserting_a_noun_phrase_is_using_it_not_saying_it() {
        let r = relations(
            "Prices rose. Tarsk has steadily asserted more control over Oskol. Jim Beck asserted \
             that the vote was rigged.",
        );
        assert_eq!(objects(&r, "assert"), ["the vote was rigged"], "{r:?}");
    }

    #[test]
    fn claiming_a_noun_phrase_is_winning_it_not_saying_it() {
        let r = relations(
            "Tarsk Rovers held on to claim victory. Jim Beck claimed the vote was rigged.",
        );
        let claims = objects(&r, "claim");
        assert_eq!(claims, ["the vote was rigged"], "{r:?}");
    }

    #[test]
    fn a_pronoun_and_verb_whose_object_stands_before_the_speaker_say_nothing() {
        let r = relations(
            "The challenge could still come later — something Jane Roe said she expects. \
             It is what Tom Hale said he wanted. Jim Beck said he agreed.",
        );
        assert_eq!(objects(&r, "say"), ["he agreed"], "{r:?}");
    }

    #[test]
    fn the_object_of_an_ing_form_is_no_conjunct_of_the_list_after_it() {
        let r = relations(
            "The board met in secret while Jane Roe was visiting Japan, Acme Corp and Globex Inc \
             officials said.",
        );
        let mut speakers: Vec<&str> = r
            .iter()
            .filter(|x| x.1 == "say")
            .map(|x| x.0.as_str())
            .collect();
        speakers.sort_unstable();
        assert_eq!(speakers, ["Acme Corp", "Globex Inc"], "{r:?}");
    }

    #[test]
    fn a_country_told_is_a_listener_before_the_clause() {
        let r = relations(
            "Prices rose. Jane Roe told America the Tarsk Party wasn't really popular. \
             Tom Hale told France the plan was dead.",
        );
        assert_eq!(
            objects(&r, "tell"),
            ["the Tarsk Party wasn't really popular", "the plan was dead"],
            "{r:?}"
        );
    }

    #[test]
    fn a_listener_with_no_clause_after_it_is_no_report() {
        let r = relations(
            "The plan is dead, as Ann Lee told the Tarsk Herald last week. Tom Hale told reporters on Tuesday in Oskol. Jim Beck told reporters that the plan was dead.",
        );
        let told = objects(&r, "tell");
        assert_eq!(told, ["the plan was dead"], "{r:?}");
        // Nor is an outlet's website or programme.
        let r = relations("Prices rose. Jim Beck, head of Acme Corp, told the Tarsk News website.");
        assert!(r.iter().all(|x| x.1 != "tell"), "{r:?}");
        // A story told is no listener, whoever it is about.
        let r = relations("Prices rose. Jim Beck told the story of her life.");
        assert_eq!(relation(&r, "tell").2, "the story of her life", "{r:?}");
    }

    #[test]
    fn a_named_listener_before_a_clause_with_no_that_is_not_what_was_told() {
        let r = relations(
            "Prices rose. Jane Roe told the BBC Tom Hale has always backed the plan. Ann Lee told Tarsk Radio 4's Morning programme the government was weak. Jim Beck told the Herald a new plan was ready. Ed Pine told the FBI Mr. Hale was desperate.",
        );
        let told = objects(&r, "tell");
        assert_eq!(
            told,
            [
                "Tom Hale has always backed the plan",
                "the government was weak",
                "a new plan was ready",
                "Mr. Hale was desperate"
            ],
            "{r:?}"
        );
    }

    #[test]
    fn the_agent_of_an_appointing_passive_does_not_act_in_its_infinitive() {
        let r = relations("Tom Hale was named by President Jim Beck to lead a commission.");
        assert_eq!(relation(&r, "lead").0, "Tom Hale", "{r:?}");
        let r = relations("Plans by Acme Corp to buy Globex Inc were dropped.");
        assert_eq!(relation(&r, "buy").0, "Acme Corp", "{r:?}");
    }

    #[test]
    fn found_after_help_or_to_is_founding_not_finding() {
        let r = relations(
            "Jim Beck helped found the Tarsk Trust in 1990. Ann Lee wants to found a party. Tom Hale found the letter was forged.",
        );
        let found = subjects(&r, "find");
        assert_eq!(found, ["Tom Hale"], "{r:?}");
    }

    #[test]
    fn quoted_words_closed_after_a_comma_stay_in_the_object() {
        let r = relations(
            "Ann Lee broke the famous \u{201c}glass ceiling,\u{201d} and then left. Acme Corp resisted what it called \"the merger trap.\"",
        );
        assert!(relation(&r, "break").2.contains("glass ceiling"), "{r:?}");
        assert!(relation(&r, "resist").2.contains("merger trap"), "{r:?}");
        // A possessive's quoted noun, at any length and past a word that may be a verb.
        let r = relations(
            "Jim Beck criticized the mayor\u{2019}s \u{201c}lax parking rules, which let far too many cars in.\u{201d}",
        );
        assert_eq!(
            relation(&r, "criticize").2,
            "the mayor\u{2019}s \u{201c}lax parking rules",
            "{r:?}"
        );
    }

    #[test]
    fn and_before_a_past_verb_with_its_object_ends_what_was_reported() {
        let r = relations(
            "Jim Beck denied any wrongdoing and requested an ethics review. Ann Lee declared the proposed law dead and suspended it. Tom Hale announced new measures and fixed penalty notices.",
        );
        assert_eq!(relation(&r, "deny").2, "any wrongdoing", "{r:?}");
        assert_eq!(relation(&r, "declare").2, "the proposed law dead", "{r:?}");
        assert!(
            relation(&r, "announce")
                .2
                .ends_with("fixed penalty notices"),
            "{r:?}"
        );
    }

    #[test]
    fn a_titled_name_after_a_preposition_and_a_body_is_in_a_phrase() {
        let r = relations(
            "The allegations against Senate nominee Jim Beck could allow Democrats to win. A letter from Acme Corp chief Tom Hale could help the bill pass.",
        );
        assert!(r.iter().all(|x| x.1 != "allow" && x.1 != "help"), "{r:?}");
        let r = relations("Acme Corp chief Jim Beck could allow Democrats to win.");
        assert_eq!(relation(&r, "allow").0, "Jim Beck", "{r:?}");
    }

    #[test]
    fn every_name_of_a_list_after_a_preposition_is_in_its_phrase() {
        let r = relations("Late efforts from Tom Hale, Jim Beck and Bob Ray sealed victory.");
        assert!(r.iter().all(|x| x.1 != "seal"), "{r:?}");
        let r = relations("In Tarsk, Jim Beck and Ann Lee sealed victory.");
        let mut sealers = subjects(&r, "seal");
        sealers.sort_unstable();
        assert_eq!(sealers, ["Ann Lee", "Jim Beck"], "{r:?}");
    }

    #[test]
    fn verbs_that_report_only_a_clause_report_no_noun_phrase() {
        let r = relations(
            "Jim Beck continued his attacks. Ann Lee recalled 2,000 cars. Tom Hale found the body. Acme Corp concluded the talks. Bob Ray observed a minute's silence. Jim Beck found that the vote was rigged.",
        );
        let reports: Vec<(&str, &str)> = r
            .iter()
            .filter(|x| {
                matches!(
                    x.1.as_str(),
                    "continue" | "recall" | "find" | "conclude" | "observe"
                )
            })
            .map(|x| (x.1.as_str(), x.2.as_str()))
            .collect();
        assert_eq!(reports, [("find", "the vote was rigged")], "{r:?}");
    }

    #[test]
    fn the_whole_after_a_possessive_is_no_quantity_and_a_prefix_no_unit() {
        let r = relations("Tarsk Rovers lost five of their last eight games.");
        assert!(
            !relation(&r, "lose").3.iter().any(|(k, _)| k == "quantity"),
            "{r:?}"
        );
        // Nor does a prefix before a name count anything.
        let r = relations("Tarsk Rovers lost eight post-World Cup Tests.");
        assert!(
            !has_qualifier(relation(&r, "lose"), "unit", "post-World"),
            "{r:?}"
        );
    }

    #[test]
    fn speaking_with_someone_claims_nothing() {
        let r = relations(
            "After the game, Tom Hale spoke with Acme Corp chief Jim Beck, who also broke his arm. As Ann Lee spoke about the vote, Bob Ray addressed the chair.",
        );
        assert!(
            !has_qualifier(relation(&r, "break"), "claimant", "Tom Hale"),
            "{r:?}"
        );
        assert!(
            !has_qualifier(relation(&r, "address"), "claimant", "Ann Lee"),
            "{r:?}"
        );
    }

    #[test]
    fn a_place_in_a_later_subjects_clause_places_no_one_before_it() {
        let r = relations(
            "Tom Hale campaigned in Oskol while Jim Beck courted voters in Tarsk. Ann Lee and Bob Ray are meeting in Tarsk.",
        );
        let placed: Vec<(&str, &str)> = r
            .iter()
            .filter(|x| x.1.starts_with("located"))
            .map(|x| (x.0.as_str(), x.2.as_str()))
            .collect();
        assert!(!placed.contains(&("Tom Hale", "Tarsk")), "{r:?}");
        assert!(placed.contains(&("Ann Lee", "Tarsk")), "{r:?}");
    }

    #[test]
    fn a_region_lies_in_no_city_and_at_no_site() {
        let r = relations(
            "Tom Hale will start for Oskol against England in Cardiff. Wales must get past Scotland at Murrayfield. Prices rose in Springfield, Ohio.",
        );
        let placed: Vec<(&str, &str)> = r
            .iter()
            .filter(|x| x.1.starts_with("located"))
            .map(|x| (x.0.as_str(), x.2.as_str()))
            .collect();
        assert_eq!(placed, [("Springfield", "Ohio")], "{r:?}");
    }

    #[test]
    fn whom_a_verb_hands_the_act_to_does_it_past_a_figure_or_an_adjective() {
        let r = relations(
            "Jim Beck has invited 42 players to attend a session. Ann Lee urged the senior nurses to quit.",
        );
        assert!(r.iter().all(|x| x.1 != "attend" && x.1 != "quit"), "{r:?}");
    }

    #[test]
    fn a_quotation_after_the_listener_and_a_comma_is_what_was_told() {
        let r = relations(
            "Prices rose. Ann Lee told the Tarsk Herald leader, \u{201c}Their plan is to smear Jim Beck.\u{201d}",
        );
        assert!(r.iter().all(|x| x.1 != "tell"), "{r:?}");
    }

    #[test]
    fn when_something_was_said_before_that_is_not_what_was_said() {
        let r = relations(
            "Ann Lee said later in the show that the plan is flawed. Jim Beck conceded toward the end of the seven hours of testimony that his statements no longer applied. Tom Hale said in 2012 that Tarsk was a foe.",
        );
        assert_eq!(relation(&r, "say").2, "the plan is flawed", "{r:?}");
        assert_eq!(
            relation(&r, "concede").2,
            "his statements no longer applied",
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Tom Hale" && x.2 == "Tarsk was a foe"),
            "{r:?}"
        );
    }

    #[test]
    fn a_noun_phrase_object_ends_before_such_as_and_once_a_week() {
        let r = relations(
            "Acme Corp has unveiled a new, low-cost Globex computer. Acme Corp publishes blockbuster titles such as Tarsk Racer. Jim Beck works with what he called a \"patient\" instructor once a week.",
        );
        assert_eq!(
            relation(&r, "unveil").2,
            "a new, low-cost Globex computer",
            "{r:?}"
        );
        assert_eq!(relation(&r, "publish").2, "blockbuster titles", "{r:?}");
        assert_eq!(relation(&r, "call").2, "a \"patient\" instructor", "{r:?}");
    }

    #[test]
    fn a_name_past_a_subordinator_after_by_is_not_the_passives_agent() {
        let r = relations(
            "Prices rose. The bill was passed by a wide margin as Jim Beck watched from Oskol.",
        );
        assert!(subjects(&r, "pass").is_empty(), "{r:?}");
    }

    #[test]
    fn a_name_after_another_by_is_not_the_passives_agent() {
        let r = relations(
            "A similar plan was suggested by the commission created by Jim Beck. The plan was suggested by Acme trade adviser Tom Hale.",
        );
        let suggesters = subjects(&r, "suggest");
        assert_eq!(suggesters, ["Tom Hale"], "{r:?}");
    }

    #[test]
    fn refusing_is_not_doing_and_as_if_is_no_condition() {
        let r = relations(
            "Tom Hale and Jane Roe refuse to enter the race. Officials asked why Acme Corp hired Ann Lee as if she were a criminal.",
        );
        assert_qualifier(&r, "enter", "polarity", "negative", true);
        assert!(relation(&r, "hire").3.is_empty(), "{r:?}");
    }

    #[test]
    fn a_multiple_is_counted_in_times() {
        let r = relations("Acme Corp spent 20 times more money on ads than Globex Capital.");
        let spend = relation(&r, "spend");
        assert!(has_qualifier(spend, "unit", "times"), "{r:?}");
    }

    #[test]
    fn what_is_alleged_is_marked_alleged() {
        for text in [
            "The Tarsk Globe ran a story alleging that Tom Hale bought the Acme Corp plant.",
            "Prosecutors alleged Tom Hale bought the Acme Corp plant.",
        ] {
            let r = relations(text);
            assert_qualifier(&r, "buy", "modality", "alleged", true);
        }
        let r = relations("Jane Roe alleged fraud, and Tom Hale said Acme Corp bought the plant.");
        assert_qualifier(&r, "buy", "modality", "alleged", false);
    }

    #[test]
    fn a_contraction_with_a_curly_apostrophe_negates() {
        for text in [
            "Acme Corp didn’t buy Globex in March.",
            "Acme Corp didn't buy Globex in March.",
        ] {
            let r = relations(text);
            assert_qualifier(&r, "buy", "polarity", "negative", true);
        }
    }

    #[test]
    fn what_someone_does_not_think_is_claimed_not_to_be() {
        let r = relations("Jane Roe said she does not think Tom Hale hurts her chances in Chile.");
        assert_qualifier(&r, "hurt", "polarity", "negative", true);
        let r = relations("Jane Roe thinks Tom Hale hurts her chances in Chile.");
        assert_qualifier(&r, "hurt", "polarity", "negative", false);
    }

    #[test]
    fn it_being_time_for_someone_to_act_is_a_request() {
        let r = relations("They said it is time for Jane Roe to approve the Tarsk pipeline.");
        assert_qualifier(&r, "approve", "modality", "requested", true);
    }

    #[test]
    fn where_something_was_said_is_no_object() {
        let r = relations("Jane Roe said on Radio Tarsk that the report is right.");
        let say = relation(&r, "say");
        assert_eq!(say.2, "the report is right", "{r:?}");
        assert!(has_qualifier(say, "on", "Radio Tarsk"), "{r:?}");
    }

    #[test]
    fn a_report_followed_by_its_clause_reports_that_clause() {
        let r = relations(
            "In Lisbon, the candidate said Jane Roe called him, and Acme Corp confirms she has conceded. Some 37 countries could benefit, Tom Hale said.",
        );
        assert_eq!(relation(&r, "confirm").2, "she has conceded", "{r:?}");
        assert_eq!(
            relation(&r, "say").2,
            "Some 37 countries could benefit",
            "{r:?}"
        );
    }

    #[test]
    fn a_name_like_may_is_no_modal() {
        let r = relations("Prime Minister Theresa May visited Chile.");
        assert!(
            !relation(&r, "visit").3.iter().any(|(k, _)| k == "modality"),
            "{r:?}"
        );
    }

    #[test]
    fn a_joined_verb_shares_the_modal_before_it() {
        let r = relations("Tom Hale said he could visit Chile and not lose a single vote.");
        let lose = relation(&r, "lose");
        assert!(has_qualifier(lose, "modality", "possible"), "{r:?}");
        assert!(has_qualifier(lose, "polarity", "negative"), "{r:?}");
        let r = relations("Acme Corp bought Globex Industries and sold its mines.");
        assert!(
            !relation(&r, "sell").3.iter().any(|(k, _)| k == "modality"),
            "{r:?}"
        );
    }

    #[test]
    fn a_phrase_before_ago_says_when_not_what() {
        let r = relations(
            "Tom Hale visited a short time ago. Jane Roe visited Acme Corp two weeks ago.",
        );
        assert!(r.iter().all(|x| x.2 != "a short time"), "{r:?}");
        assert_eq!(relation(&r, "visit").2, "Acme Corp", "{r:?}");
        let r = relations("Tom Hale opened his deli 30 years ago.");
        assert_eq!(relation(&r, "open").2, "his deli", "{r:?}");
        assert!(relation(&r, "open").3.is_empty(), "{r:?}");
        // So does one before "later" or "after".
        let r = relations(
            "The Acme Party regained the seat two years later. Tom Hale announced his plans a day after launching his party.",
        );
        assert_eq!(relation(&r, "regain").2, "the seat", "{r:?}");
        assert!(relation(&r, "regain").3.is_empty(), "{r:?}");
        assert_eq!(relation(&r, "announce").2, "his plans", "{r:?}");
    }

    #[test]
    fn a_dateline_and_its_agency_take_no_part() {
        let r = relations(
            "Sales news\n\nTARSK, Ruritania (Reuters) - Lisbon denounced the move and demanded a vote.\n\nNEW HAVEN (AP) — Acme Corp said sales rose, and the firm approved a new plan.",
        );
        assert_eq!(relation(&r, "demand").0, "Lisbon", "{r:?}");
        assert_eq!(relation(&r, "approve").0, "the firm", "{r:?}");
        assert!(r.iter().all(|x| x.0 != "Reuters" && x.0 != "AP"), "{r:?}");
    }

    #[test]
    fn what_someone_was_hired_or_sent_to_do_is_intended() {
        let r = relations(
            "Acme Corp hired Jane Roe to lead Globex Industries. Brazil deployed 300 soldiers to defeat the Tarsk Liberation Army.",
        );
        assert_qualifier(&r, "lead", "modality", "intended", true);
        assert_qualifier(&r, "defeat", "modality", "intended", true);
        assert!(
            !relation(&r, "hire").3.iter().any(|(k, _)| k == "modality"),
            "{r:?}"
        );
    }

    #[test]
    fn what_someone_strives_to_do_is_intended() {
        let r = relations(
            "Prices rose. The Tarsk Senate is scrambling to pass a spending bill, and Acme Corp struggled to buy Globex Inc.",
        );
        assert_qualifier(&r, "pass", "modality", "intended", true);
        assert_qualifier(&r, "buy", "modality", "intended", true);
    }

    #[test]
    fn what_a_work_or_mission_is_for_is_intended() {
        let r = relations(
            "Jane Roe and Tom Hale shared a prize for their work to secure a peaceful transition.",
        );
        assert_qualifier(&r, "secure", "modality", "intended", true);
    }

    #[test]
    fn a_pronoun_in_a_reported_clause_is_its_subject_not_the_reporter() {
        let r = relations(
            "Tom Hale said John Roe is still considering whether he should declare an emergency.",
        );
        assert_eq!(relation(&r, "declare").0, "John Roe", "{r:?}");
        let r = relations(
            "Tom Hale told reporters that the session with John Roe was useful and he hoped talks would resume.",
        );
        assert_eq!(relation(&r, "hope").0, "Tom Hale", "{r:?}");
    }

    #[test]
    fn a_person_named_by_a_tie_to_another_acts_not_the_other() {
        let r = relations(
            "Prices rose. A senior aide to Jane Roe, who took a photo with Tom Hale, left early. The lawyer for Jim Beck, who met Tom Hale, denied the report. A friend of Tom Hale, who backed Jim Beck, said the vote was lost.",
        );
        assert!(r.is_empty(), "{r:?}");
        // A pronoun after such a phrase still finds its antecedent; a possessive names the
        // owner of another noun.
        let r = relations(
            "Prices rose. Advisers to Jane Roe said she could pick Tom Hale. Jim Beck, a spokesman for Ann Lee's campaign, said Acme Corp had sold the plant.",
        );
        assert_eq!(relation(&r, "pick").0, "Jane Roe", "{r:?}");
        assert_eq!(relation(&r, "say").0, "Jim Beck", "{r:?}");
    }

    #[test]
    fn what_is_called_for_or_urged_keeps_its_infinitive_past_an_aside() {
        let r = relations(
            "Prices rose. Jane Roe called for tenants to have a vote on the rent. Jim Beck urged Senator Ann Lee, D-Ore., to delay the hearing. Tom Hale called for Acme Corp to quit.",
        );
        assert_eq!(
            relation(&r, "call for").2,
            "tenants to have a vote on the rent",
            "{r:?}"
        );
        assert_eq!(
            relation(&r, "urge").2,
            "Senator Ann Lee, D-Ore., to delay the hearing",
            "{r:?}"
        );
        let quit = r.iter().find(|x| x.2 == "Acme Corp to quit").expect("quit");
        assert!(has_qualifier(quit, "about", "Acme Corp"), "{quit:?}");
        assert!(!quit.3.iter().any(|(k, _)| k == "beneficiary"), "{quit:?}");
    }

    #[test]
    fn a_participle_that_opens_when_something_starts_ends_the_object() {
        let r = relations(
            "Prices rose. Acme Corp will cut prices on most cars beginning in the coming weeks. Globex Inc will raise fees starting next month.",
        );
        assert!(
            has_qualifier(relation(&r, "cut"), "on", "most cars"),
            "{r:?}"
        );
        assert_eq!(relation(&r, "raise").2, "fees", "{r:?}");
    }

    #[test]
    fn a_name_before_a_noun_after_a_preposition_and_the_is_no_place() {
        let r = relations(
            "Prices rose. Tom Hale pressed Jim Beck on the findings in the Tarsk report.",
        );
        assert_qualifier(&r, "press", "place", "Tarsk", false);
    }

    #[test]
    fn a_relative_clause_after_an_opening_condition_is_no_consequence() {
        let r = relations(
            "Prices rose. Even if the panel had subpoenaed Jim Beck, who witnessed the encounter, no one would have known.",
        );
        assert_qualifier(&r, "witness", "modality", "conditional", false);
    }

    #[test]
    fn to_after_belonging_names_an_owner_not_a_destination() {
        let r = relations(
            "Prices rose. Tom Hale told reporters that the navy downed a drone belonging to Tarsk.",
        );
        assert_qualifier(&r, "tell", "reported_destination", "Tarsk", false);
    }

    #[test]
    fn add_before_a_figure_reports_nothing() {
        let r = relations(
            "Prices rose. Acme Corp added 1 percent after Globex Inc raised the stock to a buy.",
        );
        assert!(r.iter().all(|x| x.1 != "add"), "{r:?}");
        assert_qualifier(&r, "raise", "claimant", "Acme Corp", false);
    }

    #[test]
    fn one_summoned_to_act_is_asked_to() {
        let r = relations(
            "Prices rose. During the crisis, Tom Hale summoned Jim Beck to meet him at the Oskol Hotel.",
        );
        let meet = r
            .iter()
            .find(|x| x.1.starts_with("meet"))
            .expect("a meeting");
        assert_eq!(meet.0, "Jim Beck", "{r:?}");
        assert!(has_qualifier(meet, "modality", "requested"), "{r:?}");
    }

    #[test]
    fn which_after_a_comma_stands_for_the_body_before_it() {
        let r = relations(
            "Prices rose. Tom Hale worked with Acme Corp, which later sued Globex Inc. The law, which was signed by Jim Beck, failed.",
        );
        assert_eq!(relation(&r, "sue").0, "Acme Corp", "{r:?}");
        assert_eq!(relation(&r, "sign").0, "Jim Beck", "{r:?}");
    }

    #[test]
    fn an_infinitive_after_a_question_word_stays_in_the_object() {
        let r = relations(
            "Prices rose. Acme Corp and Globex Inc argued about what weight to give the file. Tom Hale argued about whether to sell the plant.",
        );
        let argued: Vec<&str> = r
            .iter()
            .filter(|x| x.1 == "argue")
            .map(|x| x.2.as_str())
            .collect();
        assert!(
            argued.contains(&"about what weight to give the file"),
            "{r:?}"
        );
        assert!(argued.contains(&"about whether to sell the plant"), "{r:?}");
    }

    #[test]
    fn what_is_left_for_someone_goes_to_no_place() {
        let r = relations(
            "Prices rose. Tom Hale still left some room for Russia. Jim Beck left Paris for Rome.",
        );
        let left: Vec<_> = r.iter().filter(|x| x.1 == "leave").collect();
        assert!(has_qualifier(left[0], "beneficiary", "Russia"), "{r:?}");
        assert!(!has_qualifier(left[0], "destination", "Russia"), "{r:?}");
        assert!(has_qualifier(left[1], "destination", "Rome"), "{r:?}");
    }

    #[test]
    fn an_intensifier_said_twice_is_no_object() {
        let r = relations("Prices rose. Tom Hale reflected very, very poorly on the press.");
        assert!(r.iter().all(|x| x.2 != "very"), "{r:?}");
    }

    #[test]
    fn a_reflexive_pronoun_alone_is_no_report() {
        let r =
            relations("Prices rose. Critics said Tom Hale was revealing himself with the remark.");
        assert!(r.iter().all(|x| x.1 != "reveal"), "{r:?}");
    }

    #[test]
    fn a_listener_ends_at_a_verb_joined_after_it() {
        let r = relations(
            "Prices rose. Tom Hale told Jim Beck about the plan and said that Jo Doe relied on it. \
             Ann Lee promised to back Acme Corp and said she would fight the cuts.",
        );
        assert!(
            r.iter().all(|x| !matches!(x.1.as_str(), "tell" | "promise")
                || !x.2.contains("relied") && !x.2.contains("fight")),
            "{r:?}"
        );
    }

    #[test]
    fn a_reported_clause_ends_at_the_reporters_next_verb_and_keeps_lists_and_asides() {
        let r = relations(
            "Prices rose. Jim Beck noted Jane Roe has a law degree and said the mayor wants lower rents.",
        );
        assert_eq!(relation(&r, "note").2, "Jane Roe has a law degree", "{r:?}");
        assert_eq!(
            relation(&r, "say").2,
            "the mayor wants lower rents",
            "{r:?}"
        );
        let r = relations(
            "Prices rose. Tom Hale noted steel tariffs applied to Chile, Peru and Brazil but not to Norway.",
        );
        assert_eq!(
            relation(&r, "note").2,
            "steel tariffs applied to Chile, Peru and Brazil but not to Norway",
            "{r:?}"
        );
        let r = relations(
            "Prices rose. Jane Roe believes the plan for the harbour — chiefly its new pier — is sound.",
        );
        assert_eq!(
            relation(&r, "believe").2,
            "the plan for the harbour — chiefly its new pier — is sound",
            "{r:?}"
        );
    }

    #[test]
    fn a_reported_clause_keeps_its_subjects_second_verb_after_but() {
        let r = relations(
            "Prices rose. Jane Roe said Tom Hale has talked a good game but hasn't followed through.",
        );
        assert_eq!(
            relation(&r, "say").2,
            "Tom Hale has talked a good game but hasn't followed through",
            "{r:?}"
        );
        // The reporter's own next verb, and a noun phrase's "but", still end it.
        let r = relations(
            "Prices rose. Acme Corp said it was reviewing the claims but declined to comment.",
        );
        assert_eq!(
            relation(&r, "say").2,
            "it was reviewing the claims",
            "{r:?}"
        );
        let r = relations("Prices rose. Jim Beck promised tax cuts but has yet to say where.");
        assert_eq!(relation(&r, "promise").2, "tax cuts", "{r:?}");
    }

    #[test]
    fn a_noun_phrase_before_a_subordinate_clause_is_the_object_not_a_report() {
        let r = relations(
            "Prices rose. Acme Corp announced an audit after Jim Beck left. Acme Corp denied Tom Hale's claims.",
        );
        assert_eq!(relation(&r, "announce").2, "an audit", "{r:?}");
        assert_eq!(relation(&r, "deny").2, "Tom Hale's claims", "{r:?}");
        // After "said" the words before it are the clause's subject.
        let r = relations("Prices rose. Acme Corp said profits before tax rose 8%.");
        assert_eq!(relation(&r, "say").2, "profits before tax rose 8%", "{r:?}");
    }

    #[test]
    fn a_question_asked_of_someone_is_about_them_and_claimed_by_no_one() {
        let r = relations("Prices rose. Jim Beck asked Jane Roe if she backs the new pier.");
        let support = relation(&r, "back");
        assert_eq!(support.0, "Jane Roe", "{r:?}");
        assert!(!support.3.iter().any(|(k, _)| k == "claimant"), "{r:?}");
    }

    #[test]
    fn a_party_to_a_tie_the_object_names_is_no_counterpart_of_the_act() {
        let r = relations(
            "Prices rose. Jane Roe described her conversation with Tom Hale. Jim Beck held a conversation with Ann Lee.",
        );
        assert!(
            !has_qualifier(relation(&r, "describe"), "counterpart", "Tom Hale"),
            "{r:?}"
        );
        assert!(
            has_qualifier(relation(&r, "hold"), "counterpart", "Ann Lee"),
            "{r:?}"
        );
    }

    #[test]
    fn what_only_seemed_or_what_there_was_not_enough_for_did_not_plainly_happen() {
        let r = relations(
            "Prices rose. Jim Beck seemed to have taken over the plant. Ann Lee was too weak to attack Tom Hale. Acme Corp was not selling cars fast enough to pay its suppliers.",
        );
        assert_qualifier(&r, "take over", "modality", "possible", true);
        assert_qualifier(&r, "attack", "polarity", "negative", true);
        assert_qualifier(&r, "pay", "polarity", "negative", true);
        // Enough, not denied, says nothing against it.
        let r = relations("Prices rose. Acme Corp earned enough to pay its debts.");
        assert_qualifier(&r, "pay", "polarity", "negative", false);
    }

    #[test]
    fn a_report_by_he_or_she_is_claimed_by_whom_the_pronoun_stands_for() {
        let r = relations(
            "Prices rose. Jim Beck spoke on Monday. He said Acme Corp had sold the plant. Ann Lee spoke too. Globex Inc bought the mill, she added.",
        );
        assert!(
            has_qualifier(relation(&r, "sell"), "claimant", "Jim Beck"),
            "{r:?}"
        );
        assert!(
            has_qualifier(relation(&r, "buy"), "claimant", "Ann Lee"),
            "{r:?}"
        );
        // Not a pronoun in a relative clause, nor one for a person the clause names.
        let r = relations(
            "Prices rose. Jim Beck spoke on Monday. Acme Corp, a firm he had criticized, sold the plant. He said Beck had sold the mill.",
        );
        assert!(
            r.iter().all(|x| !has_qualifier(x, "claimant", "Jim Beck")),
            "{r:?}"
        );
    }

    #[test]
    fn coordinated_subjects_are_not_paired_with_objects_taken_respectively() {
        let r = relations("Sport. Jane Roe and Ann Lee won gold and silver respectively.");
        assert!(
            !r.is_empty() && r.iter().all(|x| x.0 == "Jane Roe"),
            "{r:?}"
        );
    }

    #[test]
    fn counted_members_are_not_their_party() {
        let r = relations(
            "Seventeen Democrats voted for the measure. Most Republicans backed the plan. Democrats backed the plan.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(relation(&r, "back").0, "Democrats", "{r:?}");
        // Past "other" or "more", and as the head of a relative clause.
        let r = relations(
            "Prices rose. Two other Democrats said the bill would fail. Three more Republicans backed the plan. The two Democrats who opposed the budget are Jim Beck and Tom Hale.",
        );
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn members_counted_past_an_adjective_are_not_their_party() {
        let r = relations(
            "Several moderate Republicans said the bill would fail. Two senior Democrats backed the plan. 70+ Democrats signed a letter.",
        );
        assert!(r.is_empty(), "{r:?}");
        // A span of time or a subordinator between is no description of the members.
        let r = relations(
            "Two years ago Acme Corp agreed to sell the unit. In 2019 after Globex Inc bought the plant, prices rose.",
        );
        assert!(r.iter().any(|x| x.0 == "Acme Corp"), "{r:?}");
        assert!(r.iter().any(|x| x.0 == "Globex Inc"), "{r:?}");
    }

    #[test]
    fn the_speaker_after_an_inverted_said_is_no_object() {
        let r = relations(
            "Acme bought the plant, said Tom Hale. Globex took over the mine, said Jane Roe.",
        );
        assert_eq!(relation(&r, "buy").2, "the plant", "{r:?}");
        assert_eq!(relation(&r, "take over").2, "the mine", "{r:?}");
        assert_qualifier(&r, "buy", "claimant", "Tom Hale", true);
    }

    #[test]
    fn the_listener_after_told_is_no_inverted_speaker() {
        let r = relations(
            "'It is hard to blame someone you do not know,' Rep. Jim Beck, a Hale ally, told Acme News, denying the charge.",
        );
        assert!(r.iter().all(|x| x.0 != "Acme News"), "{r:?}");
        assert_qualifier(&r, "deny", "claimant", "Acme News", false);
    }

    #[test]
    fn an_ing_form_after_a_comma_inverts_no_report() {
        let r = relations(
            "Prices rose. An official praised Mr. Beck, saying Tom Hale, a former senator, admires his work.",
        );
        assert!(!r.iter().any(|x| x.1 == "say"), "{r:?}");
    }

    #[test]
    fn a_body_in_a_title_before_a_name_stands_for_the_person() {
        let r = relations(
            "Jim Beck met on Friday with Senate Judiciary Chairman Tom Hale. Jane Roe attacked Senate Majority Leader Ann Lee.",
        );
        assert_eq!(relation(&r, "meet").2, "Tom Hale", "{r:?}");
        assert_eq!(relation(&r, "attack").2, "Ann Lee", "{r:?}");
    }

    #[test]
    fn a_verb_that_asks_for_something_reports_a_bare_clause_in_the_base_form() {
        let r = relations(
            "The Tarsk Committee demanded the IAAF investigate the affair. Acme demanded he step down. Globex Inc proposed projects like installing panels. Jane Roe demanded changes that the board had to make.",
        );
        let demanded = objects(&r, "demand");
        assert!(
            demanded.contains(&"the IAAF investigate the affair"),
            "{r:?}"
        );
        assert!(demanded.contains(&"he step down"), "{r:?}");
        assert!(demanded.contains(&"changes"), "{r:?}");
        assert_eq!(relation(&r, "propose").2, "projects", "{r:?}");
    }

    #[test]
    fn a_list_of_names_ending_the_sentence_stays_in_the_reported_clause() {
        let r = relations("Jane Roe said Tarsk must protect itself from Brazil, Chile and Peru.");
        assert_eq!(
            relation(&r, "say").2,
            "Tarsk must protect itself from Brazil, Chile and Peru",
            "{r:?}"
        );
    }

    #[test]
    fn a_demonym_before_a_plural_noun_is_no_object() {
        let r = relations("Tom Hale will carry Peruvian hopes in the final.");
        assert_eq!(relation(&r, "carry").2, "Peruvian hopes", "{r:?}");
    }

    #[test]
    fn objects_keep_what_a_sum_is_worth_and_all_that() {
        let r = relations(
            "Tom Hale received about $313 million worth of coverage. Jane Roe prompted all that hysteria by winning. Ann Lee, who ran unopposed, could win.",
        );
        assert_eq!(
            relation(&r, "receive").2,
            "$313 million worth of coverage",
            "{r:?}"
        );
        assert_eq!(relation(&r, "prompt").2, "all that hysteria", "{r:?}");
        assert!(r.iter().all(|x| x.1 != "run"), "{r:?}");
        let r = relations("Acme Corp drew equal support among that group in 2015.");
        assert_eq!(
            relation(&r, "draw").2,
            "equal support among that group",
            "{r:?}"
        );
        let r = relations("Jim Beck opposed extending it.");
        assert_eq!(relation(&r, "oppose").2, "extending it", "{r:?}");
    }

    #[test]
    fn what_something_was_said_of_is_not_what_was_said() {
        let r = relations(
            "“I guess so,” Jane Roe said of why she visited the memorial. “He is fine,” Tom Hale said of the plan.",
        );
        assert!(r.iter().all(|x| x.1 != "say"), "{r:?}");
    }

    #[test]
    fn a_hedge_before_another_clauses_verb_does_not_reach_the_trigger() {
        let r = relations(
            "What probably went unnoticed was Jane Roe winning the national race. Tom Hale apparently signed the deal.",
        );
        assert_qualifier(&r, "win", "modality", "possible", false);
        assert_qualifier(&r, "sign", "modality", "possible", true);
    }

    #[test]
    fn an_infinitive_in_a_question_or_another_clause_is_not_requested() {
        let r = relations(
            "Jane Roe asked how Jim Beck attempted to reduce his tax burden. Acme's press secretary Tom Hale tried to explain the plan. Ann Lee urged Tom Hale to sell the plant.",
        );
        assert_qualifier(&r, "reduce", "modality", "requested", false);
        assert_qualifier(&r, "explain", "modality", "requested", false);
        assert_qualifier(&r, "sell", "modality", "requested", true);
    }

    #[test]
    fn a_joined_verb_after_a_noun_a_name_modifies_is_the_nouns() {
        let r = relations(
            "Prices rose. The former France boss was linked with jobs and pulled out of the race. Jane Roe's book came top and won the award.",
        );
        assert!(
            r.iter().all(|x| x.1 != "pull out of" && x.1 != "win"),
            "{r:?}"
        );
        // A name's own team, and an adverb, are no such noun.
        let r = relations(
            "Prices rose. Tom Hale once derided the plan and promised a new one. The Acme Corp side matched its rivals and won the cup.",
        );
        assert_eq!(relation(&r, "promise").0, "Tom Hale", "{r:?}");
        assert_eq!(relation(&r, "win").0, "Acme Corp", "{r:?}");
    }

    #[test]
    fn a_verb_joined_by_and_or_a_dash_keeps_the_main_subject() {
        let r = relations(
            "Jane Roe has appeared with Tom Hale at recent events and is taking part in a fundraiser. Ann Lee courted executives from Acme and other Peruvian firms—giving them a tour of the plant.",
        );
        assert_eq!(relation(&r, "take part in").0, "Jane Roe", "{r:?}");
        assert_eq!(relation(&r, "give").0, "Ann Lee", "{r:?}");
    }

    #[test]
    fn a_participle_after_a_preposition_or_an_ing_form_is_an_adjective() {
        let r = relations(
            "Tom Hale is investigating alleged Ruritanian interference in the election. Jim Beck was not charged with crimes related to alleged collusion with Acme Corp.",
        );
        assert!(r.iter().all(|x| x.1 != "allege"), "{r:?}");
        // A perfect's participle is a verb.
        let r = relations(
            "But Tom Hale, having accused Jim Beck of lying under oath, is counting on his colleagues.",
        );
        assert!(r.iter().any(|x| x.1 == "accuse"), "{r:?}");
    }

    #[test]
    fn a_bare_plural_clause_may_follow_a_named_listener() {
        let r = relations(
            "Tom Hale told the Tarsk Times heavy-handed tactics from police have alienated people.",
        );
        assert_eq!(
            relation(&r, "tell").2,
            "heavy-handed tactics from police have alienated people",
            "{r:?}"
        );
    }

    #[test]
    fn a_name_right_before_a_subject_pronoun_is_not_what_it_stands_for() {
        let r = relations(
            "Four senators told Acme Corp they expect the bill to pass. Officials told the Tarsk Times it had reached a deal.",
        );
        assert!(r.iter().all(|x| x.1 != "expect" && x.1 != "reach"), "{r:?}");
        let r = relations("Jane Roe told Tom Hale she expects the bill to pass.");
        assert_eq!(relation(&r, "expect").0, "Jane Roe", "{r:?}");
    }

    #[test]
    fn a_present_verb_after_once_has_not_happened() {
        let r = relations("Once Tom Hale signs the law, that dynamic might change.");
        assert_qualifier(&r, "sign", "modality", "conditional", true);
        let r = relations("Once Tom Hale signed the law, prices rose.");
        assert_qualifier(&r, "sign", "modality", "conditional", false);
    }

    #[test]
    fn a_sum_after_an_object_pronoun_is_not_what_was_bought() {
        let r = relations(
            "Acme Corp bought it for $2.1 million. Globex Inc offered him $5 million for the plant.",
        );
        assert!(r.iter().all(|x| x.2 != "$2.1 million"), "{r:?}");
        assert_eq!(relation(&r, "offer").2, "$5 million", "{r:?}");
    }

    #[test]
    fn a_participle_that_names_the_noun_before_it_reports_nothing() {
        let r = relations("There is a similar Senate bill, called the Miners Protection Act.");
        assert!(r.iter().all(|x| x.1 != "call"), "{r:?}");
        // After an aside on a name it is the name's verb.
        let r = relations(
            "Tom Hale (R-Tarsk), who has been in the middle of the talks, called the idea “a fallback position.” Jim Beck, a senior adviser to Acme Corp, called the remarks “a wake-up call.”",
        );
        assert_eq!(r.iter().filter(|x| x.1 == "call").count(), 2, "{r:?}");
    }

    #[test]
    fn the_head_of_an_of_phrase_after_an_opening_clause_speaks() {
        let r = relations(
            "But whether we see the full report or not, the Chairman of the Acme Committee says there are still other crucial questions.",
        );
        assert!(r.iter().all(|x| x.1 != "say"), "{r:?}");
        // An article after the "of" phrase's noun opens the name's own phrase.
        let r = relations("In the final game of the tour the Acme Corp team defeated Globex Inc.");
        assert_eq!(relation(&r, "defeat").0, "Acme Corp", "{r:?}");
    }

    #[test]
    fn two_nouns_joined_before_a_shared_of_stay_in_the_object() {
        let r = relations("Tom Hale sold the farm without the knowledge or consent of his wife.");
        assert_eq!(
            relation(&r, "sell").2,
            "the farm without the knowledge or consent of his wife",
            "{r:?}"
        );
    }

    #[test]
    fn a_stated_clause_with_a_copula_needs_no_that() {
        let r = relations("Tom Hale rejected any suggestion the movement is a rising threat.");
        assert_eq!(
            relation(&r, "reject").2,
            "any suggestion the movement is a rising threat",
            "{r:?}"
        );
        // A relative clause keeps out of the object.
        let r = relations("Tom Hale rejected the claim he was making.");
        assert_eq!(relation(&r, "reject").2, "the claim", "{r:?}");
    }

    #[test]
    fn a_noun_before_a_comma_ends_the_object_before_the_next_clause() {
        let r = relations(
            "After Globex Inc bought the plant, prices rose. Tom Hale courted the conservative, evangelical base.",
        );
        assert_eq!(relation(&r, "buy").2, "the plant", "{r:?}");
        assert_eq!(
            relation(&r, "court").2,
            "the conservative, evangelical base",
            "{r:?}"
        );
    }

    #[test]
    fn object_phrases_keep_joined_adjectives_and_leave_out_when_and_where() {
        let r = relations(
            "Jane Roe cites his religious and free expression rights. Tom Hale scored inside the opening minute. Ann Lee reacted first to clear the ball. Jim Beck addressed the criticism, saying it was unfair.",
        );
        assert_eq!(
            relation(&r, "cite").2,
            "his religious and free expression rights",
            "{r:?}"
        );
        assert!(r.iter().all(|x| x.1 != "score" && x.1 != "react"), "{r:?}");
        assert_eq!(relation(&r, "address").2, "the criticism", "{r:?}");
    }

    #[test]
    fn what_is_yet_to_happen_is_negated() {
        let r = relations("The Tarsk Council is yet to confirm the final two names.");
        assert_qualifier(&r, "confirm", "polarity", "negative", true);
    }

    #[test]
    fn an_infinitive_handed_to_an_unnamed_object_has_no_subject() {
        let r = relations(
            "Tarsk does not allow its citizens to travel to Oskol. Acme warned state officials to boost their security. Jane Roe wants to sell the plant.",
        );
        assert!(
            r.iter().all(|x| x.1 != "travel to" && x.1 != "boost"),
            "{r:?}"
        );
        assert_eq!(relation(&r, "sell").0, "Jane Roe", "{r:?}");
    }

    #[test]
    fn a_verb_of_giving_names_who_receives_before_what_is_given() {
        let r = relations(
            "Tarsk gave champion Tom Hale a $125,000 reward. Acme offered Globex Inc the contract.",
        );
        assert_eq!(relation(&r, "give").2, "a $125,000 reward", "{r:?}");
        assert_qualifier(&r, "give", "recipient", "Tom Hale", true);
        assert_eq!(relation(&r, "offer").2, "the contract", "{r:?}");
    }

    #[test]
    fn a_noun_phrase_opening_the_sentence_is_read_without_a_token_before_it() {
        let r = relations(
            "Jane Roe hired Tom Hale. A lawyer, he has been described by the Tarsk Times as having a \"bare knuckle style\".",
        );
        assert_eq!(relation(&r, "hire").2, "Tom Hale", "{r:?}");
    }

    #[test]
    fn a_figure_keeps_its_article_conversion_and_noun() {
        let r = relations("Acme posted a $676m (£352m) loss for the year.");
        assert_eq!(relation(&r, "post").2, "a $676m (£352m) loss", "{r:?}");
    }

    #[test]
    fn a_noun_in_s_after_a_subordinator_reports_nothing() {
        let r = relations(
            "Acme threatened Jane Roe with a ban if reports that she lied are true. Amid claims that Tom Hale lied, Globex Inc fell.",
        );
        assert!(
            r.iter()
                .all(|x| !matches!(x.1.as_str(), "report" | "claim")),
            "{r:?}"
        );
    }

    #[test]
    fn a_countrys_people_are_not_the_country() {
        let r = relations(
            "Most Americans believe that Tom Hale damaged the firm. Four in 10 Americans were likely to oppose the plan. The Northern Irishman is hoping Tom Hale can win.",
        );
        assert!(
            r.iter().all(|x| x.0 != "Americans" && x.0 != "Irishman"),
            "{r:?}"
        );
        assert_qualifier(&r, "damage", "claimant", "Americans", false);
        // A count after "that" opens the reported clause's own subject.
        let r = relations("The ILO estimated that 400,000 Peruvians have lost their jobs.");
        assert!(r.iter().all(|x| x.1 != "lose"), "{r:?}");
        // A demonym before a noun still names its country.
        let r = relations("The Turkmen side agreed to lower the price.");
        assert_eq!(relation(&r, "agree to").0, "Turkmen", "{r:?}");
    }

    #[test]
    fn a_link_ends_the_reported_clause() {
        let r = relations(
            "The Tarsk Council says Jane Roe paid $38M in 2005 https://t.co/8TtPu4eCA6 pic.twitter.com/qjyl4p6dPM",
        );
        assert_eq!(relation(&r, "say").2, "Jane Roe paid $38M in 2005", "{r:?}");
    }

    #[test]
    fn an_aside_in_the_reported_clauses_subject_stays_in_the_report() {
        let r = relations(
            "Jane Roe said Tom Hale, the mayor of Tarsk, was overseeing the plan. Brazil said the launch of the satellite, named after its late leader, was a success.",
        );
        let said = objects(&r, "say");
        assert!(
            said.contains(&"Tom Hale, the mayor of Tarsk, was overseeing the plan"),
            "{r:?}"
        );
        assert!(
            said.contains(
                &"the launch of the satellite, named after its late leader, was a success"
            ),
            "{r:?}"
        );
    }

    #[test]
    fn a_time_phrase_with_on_before_that_is_no_part_of_the_report() {
        let r = relations(
            "The Tarsk Council said earlier on Friday that her documents would look similar.",
        );
        assert_eq!(
            relation(&r, "say").2,
            "her documents would look similar",
            "{r:?}"
        );
    }

    #[test]
    fn who_after_a_comma_stands_for_the_person_before_it() {
        let r = relations(
            "He tweeted a reference to Jane Roe, who says Tom Hale tried to rob her at a party.",
        );
        assert_eq!(relation(&r, "say").0, "Jane Roe", "{r:?}");
        // An unnamed person before the comma: no name acts.
        let r = relations(
            "An Acme Corp psychiatrist, who has never met Tom Hale, spoke to the council.",
        );
        assert!(r.iter().all(|x| x.1 != "meet"), "{r:?}");
    }

    #[test]
    fn a_report_of_a_relative_clause_has_no_name_for_object() {
        let r = relations(
            "Jane Roe outlined a possible agreement that she said would include protecting Brazil from a tax hike. Tom Hale urges Planned Parenthood to help.",
        );
        assert!(r.iter().all(|x| x.1 != "say"), "{r:?}");
        assert!(r.iter().any(|x| x.1 == "urge"), "{r:?}");
    }

    #[test]
    fn a_speaker_after_a_quotation_reports_no_name_after_the_verb() {
        let r = relations(
            "“It was a fine balance,” Tom Hale told the Tarsk Globe. “We won,” Jane Roe said, explaining Acme Corp's loss. “It is over,” Ann Lee noted Acme Corp had failed.",
        );
        assert!(r.iter().all(|x| x.1 != "tell" && x.1 != "say"), "{r:?}");
        assert_eq!(relation(&r, "note").2, "Acme Corp had failed", "{r:?}");
    }

    #[test]
    fn coordinated_subjects_are_counterparts_only_of_acts_done_together() {
        let r = relations("Chile and Peru signed the treaty in March.");
        assert!(
            r.iter()
                .any(|x| x.0 == "Chile" && has_qualifier(x, "counterpart", "Peru")),
            "{r:?}"
        );
        let r = relations("Acme Corp and Globex Capital won the contracts in March.");
        let win = relation(&r, "win");
        assert!(win.3.iter().all(|(k, _)| k != "counterpart"), "{r:?}");
    }

    #[test]
    fn the_party_to_an_agreement_is_a_counterpart_only_of_making_it() {
        let r = relations("Tom Hale defended the nuclear deal with Brazil.");
        assert_qualifier(&r, "defend", "counterpart", "Brazil", false);
        let r = relations("Tom Hale signed a trade deal with Brazil.");
        assert_qualifier(&r, "sign", "counterpart", "Brazil", true);
    }

    #[test]
    fn an_ordinal_hyphened_to_its_noun_is_no_figure() {
        let r =
            relations("In May, Acme Corp headlined the news \"3rd-party sellers are thriving.\"");
        assert!(
            r.iter().all(|x| !has_qualifier(x, "quantity", "3")),
            "{r:?}"
        );
    }

    #[test]
    fn a_figure_before_a_relative_clause_is_not_its_verbs() {
        let r =
            relations("Tom Hale disclosed only five firms from which he received speaking fees.");
        let receive = relation(&r, "receive");
        assert_eq!(receive.2, "speaking fees", "{r:?}");
        assert!(!has_qualifier(receive, "quantity", "5"), "{r:?}");
    }

    #[test]
    fn a_place_right_before_the_verb_leaves_no_other_subject() {
        let r = relations("Tom Hale will struggle if Ohio gives him a second weak result.");
        assert!(r.iter().all(|x| x.1 != "give"), "{r:?}");
        let r = relations("Senator Jane Roe of Ohio released a statement.");
        assert_eq!(relation(&r, "release").0, "Jane Roe", "{r:?}");
    }

    #[test]
    fn a_year_among_modifiers_keeps_the_names_role() {
        let r = relations(
            "Tom Hale famously said in a 2010 Tarsk Globe interview, \"The single most important thing is to win.\"",
        );
        assert!(r.iter().all(|x| x.2 != "Tarsk Globe"), "{r:?}");
    }

    #[test]
    fn ahead_of_ends_an_object() {
        let r = relations("Jane Roe defended Tom Hale ahead of the vote.");
        assert_eq!(relation(&r, "defend").2, "Tom Hale", "{r:?}");
        let r = relations("Jane Roe was touring the north ahead of next week's primary in Lisbon.");
        assert_eq!(relation(&r, "tour").2, "the north", "{r:?}");
    }

    #[test]
    fn via_opens_no_object() {
        let r = relations(
            "Jane Roe battled her critics via Acme Corp. Tom Hale announced via Acme Corp that he had quit.",
        );
        assert_eq!(relation(&r, "battle").2, "her critics", "{r:?}");
        assert_eq!(relation(&r, "announce").2, "he had quit", "{r:?}");
    }

    #[test]
    fn a_place_stands_for_the_object_only_where_the_act_is_at_it() {
        let r =
            relations("Jane Roe lost in Ohio. Tom Hale fled to Brazil. Acme Corp met in Lisbon.");
        assert!(r.iter().all(|x| x.1 != "lose"), "{r:?}");
        assert_eq!(relation(&r, "flee").2, "Brazil", "{r:?}");
        assert_eq!(relation(&r, "meet in").2, "Lisbon", "{r:?}");
    }

    #[test]
    fn a_number_hyphened_to_a_name_is_no_figure() {
        let r = relations(
            "Jane Roe tweeted approval of unproven methods of combating COVID-19 in Tarsk.",
        );
        assert!(
            r.iter().all(|x| x.3.iter().all(|(k, _)| k != "quantity")),
            "{r:?}"
        );
    }

    #[test]
    fn an_impersonal_its_infinitive_has_no_subject() {
        let r = relations(
            "Tom Hale told the Tarsk Globe it was not fair to blame the public. Jane Roe said it is important to back Acme Corp now.",
        );
        assert!(r.iter().all(|x| x.1 != "blame" && x.1 != "back"), "{r:?}");
    }

    #[test]
    fn a_name_after_an_event_nouns_of_is_inside_the_object() {
        let r = relations("Jane Roe opposed the withdrawal of troops from Brazil.");
        assert_eq!(
            relation(&r, "oppose").2,
            "the withdrawal of troops",
            "{r:?}"
        );
        let r = relations("Tom Hale praised the election of Jane Roe.");
        assert_eq!(
            relation(&r, "praise").2,
            "the election of Jane Roe",
            "{r:?}"
        );
    }

    #[test]
    fn a_body_before_a_capitalised_title_only_qualifies_the_person() {
        let r = relations("Ann Lee met then Home Office Minister Tom Hale.");
        assert_eq!(relation(&r, "meet").2, "Tom Hale", "{r:?}");
    }

    #[test]
    fn a_report_in_a_relative_clause_claims_only_that_clause() {
        let r = relations(
            "Jane Roe distanced herself from posters featuring Tom Hale, which critics claimed were offensive.",
        );
        assert!(
            r.iter().all(|x| !x.3.iter().any(|(k, _)| k == "claimant")),
            "{r:?}"
        );
    }

    #[test]
    fn a_noun_after_on_and_a_decade_are_no_verb_or_figure() {
        let r = relations(
            "Acme Corp will start balloting 800 workers on strikes. Acme Corp says the over-55s are united.",
        );
        assert!(r.iter().all(|x| x.1 != "strike"), "{r:?}");
        assert!(
            r.iter().all(|x| !has_qualifier(x, "quantity", "55")),
            "{r:?}"
        );
    }

    #[test]
    fn a_name_in_brackets_is_no_subject() {
        let r = relations(
            "The fear was that a rival with 1.7 percent of sales (Globex Industries) would leave shoppers powerless.",
        );
        assert!(r.iter().all(|x| x.0 != "Globex Industries"), "{r:?}");
    }

    #[test]
    fn a_country_before_a_noun_and_an_adverb_is_no_subject() {
        let r = relations("Critics say U.S. withdrawal often leaves a vacuum in Syria.");
        assert!(r.iter().all(|x| x.1 != "leave"), "{r:?}");
        let r = relations("Brazilian troops often entered the town of Tarsk.");
        assert_eq!(relation(&r, "enter").0, "Brazilian", "{r:?}");
    }

    #[test]
    fn people_counted_after_a_number_speak_for_themselves_not_their_country() {
        let r = relations(
            "Three British intelligence officers concluded that the plan failed. Two French soldiers said the plan failed.",
        );
        assert!(
            r.iter()
                .all(|x| !matches!(x.0.as_str(), "British" | "French")),
            "{r:?}"
        );
        // A country's voice still speaks for it, and its forces act for it.
        let r = relations(
            "Two British officials said the plan failed. About 3,000 Brazilian troops were sent to Chile.",
        );
        assert_eq!(relation(&r, "say").0, "British", "{r:?}");
        assert_eq!(relation(&r, "send").0, "Brazilian", "{r:?}");
    }

    #[test]
    fn a_name_modifying_the_subjects_noun_does_not_act_after_a_comma() {
        let r = relations(
            "Jim Beck allies have publicly criticized Ann Lee, noting her long ties to Acme Corp.",
        );
        assert!(r.iter().all(|x| x.1 != "note"), "{r:?}");
        // A reflexive or a quantifier after the name is no such noun.
        let r = relations(
            "Tom Hale himself said the plan had failed. Ann Lee and Jim Beck both won acting awards.",
        );
        assert_eq!(subjects(&r, "say"), ["Tom Hale"], "{r:?}");
        assert_eq!(subjects(&r, "win"), ["Jim Beck", "Ann Lee"], "{r:?}");
    }

    #[test]
    fn a_verbs_object_does_not_act_in_an_adverbial_ing_clause() {
        let r = relations("The league punished Tom Hale by suspending him for two games.");
        assert!(r.iter().all(|x| x.1 != "suspend"), "{r:?}");
        // Nor after a comma, when no name is the main verb's subject.
        let r = relations(
            "The officials fined Ann Lee, saying she lied. The clinic treated Tom Hale, arguing he was ill.",
        );
        assert!(r.iter().all(|x| x.1 != "say" && x.1 != "argue"), "{r:?}");
        // Nor is a figure's noun the object when a pronoun is.
        let r = relations("Acme Corp suspended him for two games.");
        assert!(r.iter().all(|x| x.2 != "games"), "{r:?}");
        let r = relations("Jane Roe upset Tom Hale by hiring an aide from Acme Corp.");
        assert_eq!(relation(&r, "hire").0, "Jane Roe", "{r:?}");
        let r = relations(
            "“It was hard,” said Tom Hale, who worked for years before founding Globex Industries.",
        );
        assert_eq!(relation(&r, "found").0, "Tom Hale", "{r:?}");
    }

    #[test]
    fn a_verb_after_and_takes_no_earlier_verbs_object_as_its_subject() {
        let r = relations(
            "A knee injury has forced Jim Beck out of the final and left Tom Hale in line to play.",
        );
        assert!(r.iter().all(|x| x.1 != "leave"), "{r:?}");
        let r = relations("Ann Lee said Jim Beck complied with the orders and left the area.");
        assert!(
            r.iter().any(|x| x.0 == "Jim Beck" && x.1 == "leave"),
            "{r:?}"
        );
    }

    #[test]
    fn a_verb_joined_to_a_noun_phrase_clause_has_no_named_subject() {
        let r = relations(
            "Acme Corp sent 100 workers to the plant and a helicopter flew over the site and dropped flares.",
        );
        assert!(r.iter().all(|x| x.1 != "drop"), "{r:?}");
        let r = relations("Acme Corp confirmed the proposed sale and dropped its bid.");
        assert!(
            r.iter().any(|x| x.0 == "Acme Corp" && x.1 == "drop"),
            "{r:?}"
        );
    }

    #[test]
    fn a_possessor_before_a_participle_and_noun_is_no_object() {
        let r = relations("Tom Hale backed Jane Roe's stated aims for the port.");
        let back = relation(&r, "back");
        assert_eq!(back.2, "Jane Roe's stated aims", "{back:?}");
    }

    #[test]
    fn it_stands_for_no_person_and_would_marks_what_has_not_happened() {
        let r = relations("Tom Hale says it cuts the other way in Brazil.");
        assert!(r.iter().all(|x| x.1 != "cut"), "{r:?}");
        let r = relations("Acme Corp said it would sell the Tarsk plant.");
        let sell = relation(&r, "sell");
        assert!(has_qualifier(sell, "modality", "future"), "{sell:?}");
        let r = relations("Acme Corp would have sold the Tarsk plant.");
        let sell = relation(&r, "sell");
        assert!(has_qualifier(sell, "modality", "conditional"), "{sell:?}");
    }

    #[test]
    fn a_participle_before_a_noun_reports_nothing() {
        let r =
            relations("Prices rose. Jane Roe joined Tom Hale in trying to address alleged fraud.");
        assert!(!r.iter().any(|x| x.1 == "allege"), "{r:?}");
        let r = relations("Prices rose. Ann Lee denied the reported deal.");
        assert!(!r.iter().any(|x| x.1 == "report"), "{r:?}");
        let r = relations("Prices rose. Tom Hale has alleged fraud.");
        assert_eq!(relation(&r, "allege").2, "fraud", "{r:?}");
    }

    #[test]
    fn who_after_an_apposition_is_not_its_body() {
        let r = relations(
            "Prices rose. Tom Hale, president of the Tarsk Chamber of Commerce, who bought the plant in May, spoke.",
        );
        assert!(
            !r.iter().any(|x| x.1 == "buy" && x.0 != "Tom Hale"),
            "{r:?}"
        );
    }

    #[test]
    fn a_name_in_a_quoted_title_is_no_object_and_no_object_ends_inside_a_quotation() {
        let r =
            relations("Prices rose. Jane Roe signed the \"Buy Brazilian, Hire Brazilian\" order.");
        assert!(
            !r.iter().any(|x| x.1 == "sign" && x.2.starts_with("Brazil")),
            "{r:?}"
        );
        let r = relations(
            "Prices rose. Tom Hale accused Jane Roe's government of \"being less than candid\" over its plans.",
        );
        assert!(r.iter().all(|x| x.2.matches('"').count() % 2 == 0), "{r:?}");
    }

    #[test]
    fn a_quantifier_alone_is_no_object() {
        let r = relations("Prices rose. Jane Roe condemned both on Tuesday.");
        assert!(!r.iter().any(|x| x.1 == "condemn"), "{r:?}");
        let r = relations("Prices rose. Tom Hale condemned both plans.");
        assert_eq!(relation(&r, "condemn").2, "both plans", "{r:?}");
    }

    #[test]
    fn a_footnote_mark_is_no_figure() {
        let r = relations("Prices rose. [17] Detective Ann Lee stated that drugs had been found.");
        assert!(
            !has_qualifier(relation(&r, "state"), "quantity", "17"),
            "{r:?}"
        );
    }

    #[test]
    fn a_list_of_common_words_stays_in_the_object() {
        let r = relations(
            "Prices rose. Acme Corp warned that its profits may fall because of higher steel, plastic and paint prices.",
        );
        assert_eq!(
            relation(&r, "warn").2,
            "its profits may fall because of higher steel, plastic and paint prices",
            "{r:?}"
        );
        let r = relations("Prices rose. Globex Inc sold cars, trucks, and buses to Brazil.");
        assert_eq!(relation(&r, "sell").2, "cars, trucks, and buses", "{r:?}");
        let r = relations("Prices rose. Jane Roe said prices rose, and profits fell.");
        assert_eq!(relation(&r, "say").2, "prices rose", "{r:?}");
        let r = relations("Prices rose. Globex Inc bought cobalt, a rare and costly metal.");
        assert_eq!(relation(&r, "buy").2, "cobalt", "{r:?}");
    }

    #[test]
    fn a_finding_reports_its_clause() {
        let r = relations("Prices rose. The Acme Corp survey found most firms had raised prices.");
        assert_eq!(
            relation(&r, "find").2,
            "most firms had raised prices",
            "{r:?}"
        );
        // Finding a thing reports nothing.
        let r = relations("Prices rose. Globex Inc found a buyer for the Tarsk plant.");
        assert!(r.iter().all(|x| x.1 != "find"), "{r:?}");
    }

    #[test]
    fn a_verb_that_asks_for_something_reports_a_base_form_clause() {
        let r = relations("Prices rose. Jane Roe suggested the president reopen the government.");
        assert_eq!(
            relation(&r, "suggest").2,
            "the president reopen the government",
            "{r:?}"
        );
        let r = relations("Prices rose. Jane Roe suggested a new plan.");
        assert_eq!(relation(&r, "suggest").2, "a new plan", "{r:?}");
    }

    #[test]
    fn would_that_no_one_reports_supposes() {
        let r = relations("Prices rose. Tom Hale would certainly take heat from the critics.");
        assert_qualifier(&r, "take", "modality", "conditional", true);
        let r = relations("Prices rose. Acme Corp would close the plant, Jane Roe said.");
        assert_qualifier(&r, "close", "modality", "future", true);
        let r = relations("Prices rose. Acme Corp will close the plant.");
        assert_qualifier(&r, "close", "modality", "future", true);
        // "would say later": the past's future, told as done.
        let r = relations("Prices rose. Tom Hale would say later that he felt betrayed.");
        assert!(relation(&r, "say").3.is_empty(), "{r:?}");
    }

    #[test]
    fn an_opening_it_is_possible_or_likely_makes_the_clause_possible() {
        let r = relations(
            "It is possible Jim Beck will order troops into Tarsk. It's unlikely that Acme Corp sold the plant.",
        );
        assert_qualifier(&r, "order", "modality", "possible", true);
        assert_qualifier(&r, "sell", "modality", "possible", true);
        assert_qualifier(&r, "sell", "polarity", "negative", true);
    }

    #[test]
    fn a_report_that_opens_with_its_verb_says_nothing_alone() {
        let r = relations(
            "Blame fell on candidates who the Acme Party said ran as moderates in Brazil.",
        );
        assert!(r.iter().all(|x| x.1 != "say"), "{r:?}");
    }

    #[test]
    fn a_passive_subject_after_a_preposition_is_no_object() {
        let r =
            relations("A viral image of a child in a cage was not detained by the Acme Agency.");
        assert!(r.iter().all(|x| x.2 != "a cage"), "{r:?}");
    }

    #[test]
    fn an_ing_form_after_a_figure_modifies_what_was_counted() {
        let r = relations(
            "An Acme News poll shows 26 percent of voters under the age of 29 supporting Tom Hale.",
        );
        assert!(r.iter().all(|x| x.1 != "support"), "{r:?}");
    }

    #[test]
    fn what_a_charge_or_theory_says_is_alleged() {
        for text in [
            "Look at the Acme Party charge that Tom Hale weakened the rules in Brazil.",
            "The theory that Tom Hale weakened the rules in Brazil spread fast.",
        ] {
            let r = relations(text);
            let weaken = relation(&r, "weaken");
            assert!(
                has_qualifier(weaken, "modality", "alleged"),
                "{text}: {weaken:?}"
            );
        }
    }

    #[test]
    fn days_phrasal_verbs_and_modified_plurals_are_no_objects_or_verbs() {
        let r = relations(
            "Another survey, a weekly Acme News poll released Tuesday morning, showed a lead.",
        );
        assert!(r.iter().all(|x| x.2 != "Tuesday morning"), "{r:?}");
        let r = relations("Only 28 members of the Acme Party wound up siding with Tom Hale.");
        assert!(r.iter().all(|x| x.2 != "up siding"), "{r:?}");
        let r = relations("In recent weeks, Tom Hale has taken the Bain attacks head on.");
        assert!(r.iter().all(|x| x.1 != "attack"), "{r:?}");
        let r = relations("The EU plans to impose tariffs on Brazil.");
        assert!(r.iter().any(|x| x.1 == "impose"), "{r:?}");
        let r = relations("Ann Lee expects Tarsk sanctions against the Ruritanian Guard to rise.");
        assert!(r.iter().all(|x| x.1 != "sanction"), "{r:?}");
    }

    #[test]
    fn what_someone_was_called_is_part_of_the_object() {
        let r = relations(
            "Tom Hale called Jane Roe “an old party hack” who “sticks a thumb in our eye.”",
        );
        let call = relation(&r, "call");
        assert_eq!(call.2, "Jane Roe “an old party hack”", "{call:?}");
        assert!(call.3.iter().all(|(k, _)| k != "in"), "{call:?}");
        let r = relations("Jane Roe called Tom Hale's findings “a hoax” in Tarsk.");
        let call = relation(&r, "call");
        assert_eq!(call.2, "Tom Hale's findings “a hoax”", "{call:?}");
        let r = relations(
            "Ann Lee called the op-ed “active insubordination born out of loyalty to the country, not to the mayor of Tarsk”.",
        );
        assert!(relation(&r, "call").2.ends_with("mayor of Tarsk”"), "{r:?}");
        // Unquoted too.
        let r = relations(
            "Tom Hale called Jane Roe a fine captain. Ann Lee described the plan as a costly mistake.",
        );
        assert_eq!(relation(&r, "call").2, "Jane Roe a fine captain", "{r:?}");
        assert_eq!(
            relation(&r, "describe").2,
            "the plan as a costly mistake",
            "{r:?}"
        );
        // A pronoun stays, with whom it stands for; and a predicate after a comma and an
        // auxiliary shares the sentence's subject.
        let r = relations(
            "Jane Roe often cites Tom Hale in her books, has called him a fine author, and argues that culture matters.",
        );
        let call = relation(&r, "call");
        assert_eq!(call.0, "Jane Roe", "{call:?}");
        assert_eq!(call.2, "him a fine author", "{call:?}");
        assert!(has_qualifier(call, "about", "Tom Hale"), "{call:?}");
        // Not the caller himself, nor "her" as a determiner.
        let r = relations("Tom Hale said Jane Roe lied. Jane Roe called him a fraud back.");
        let call = relation(&r, "call");
        assert!(has_qualifier(call, "about", "Tom Hale"), "{call:?}");
        let r = relations("Jane Roe called her vote for the war a mistake.");
        assert!(
            !r.iter().any(|x| has_qualifier(x, "about", "Jane Roe")),
            "{r:?}"
        );
    }

    #[test]
    fn a_list_of_names_modifying_a_noun_is_no_subject() {
        for text in [
            "Chilean, Peruvian and Hong Kong stock markets reached record highs.",
            "Hong Kong stock markets reached record highs.",
        ] {
            let r = relations(text);
            assert!(r.iter().all(|x| x.1 != "reach"), "{text}: {r:?}");
        }
        let r = relations("Brazil, Chile and Peru signed the deal.");
        assert!(r.iter().any(|x| x.0 == "Brazil" && x.1 == "sign"), "{r:?}");
    }

    #[test]
    fn a_place_past_the_reported_words_is_where_the_reported_act_happened() {
        let r = relations(
            "Jane Roe stressed that the government has shown restraint in the face of attacks by rebels, culminating in the death of a contractor in Iraq last week. Tom Hale said the talks had failed, speaking in Lisbon on Monday.",
        );
        let stress = relation(&r, "stress");
        assert!(
            has_qualifier(stress, "reported_place", "Iraq"),
            "{stress:?}"
        );
        assert!(!stress.3.iter().any(|(k, _)| k == "place"), "{stress:?}");
        assert!(
            has_qualifier(relation(&r, "say"), "place", "Lisbon"),
            "{r:?}"
        );
    }

    #[test]
    fn a_date_inside_a_reported_clause_is_not_when_it_was_said() {
        let dates = dated_relations(
            "Jane Roe said she would travel to Tarsk on Friday. Tom Hale announced the sale on Tuesday.",
            "2031-03-06",
        );
        let dated = |predicate: &str| date_of(&dates, predicate).map(|d| d.is_some());
        assert_eq!(dated("say"), Some(false));
        assert_eq!(dated("announce"), Some(true));
    }

    #[test]
    fn a_date_before_after_or_in_a_relative_aside_is_another_acts() {
        let dates = dated_relations(
            "Tom Hale hosted Jane Roe on Thursday after launching his show on Monday. \
             Jim Beck, who leaves Acme Corp on Friday, said the plan had failed. \
             Ann Lee returned to Lisbon on Tuesday after signing the deal.",
            "2031-03-08",
        );
        let date =
            |predicate: &str| date_of(&dates, predicate).map(|d| d.unwrap_or_default().to_string());
        assert_eq!(date("launch").as_deref(), Some("2031-03-03"));
        assert_eq!(date("say").as_deref(), Some(""));
        assert_eq!(date("sign").as_deref(), Some(""));
    }

    #[test]
    fn a_date_in_the_verbs_own_clause_comes_before_an_earlier_clauses() {
        let dates = dated_relations(
            "Prices rose. Acme Corp on March 10 bought Globex Inc, and Initech Ltd on March 12 sold Vantrel Inc. \
             On March 3, Acme Corp bought Tarsk Steel, and Initech Ltd sold Oskol Mining.",
            "2031-03-20",
        );
        let sold: Vec<_> = dates.iter().filter(|(p, _)| p == "sell").collect();
        assert_eq!(sold.len(), 2, "{dates:?}");
        // Its own date; with none, the sentence's opening one still dates it.
        assert_eq!(sold[0].1.as_deref(), Some("2031-03-12"), "{dates:?}");
        assert_eq!(sold[1].1.as_deref(), Some("2031-03-03"), "{dates:?}");
    }

    #[test]
    fn a_date_past_and_and_another_subject_is_that_clauses() {
        let dates = dated_relations(
            "Prices rose. Jane Roe proposed a new port in January and the vote was set for March 12. \
             Tom Hale bought Globex Inc but he sold it on March 14.",
            "2031-03-20",
        );
        assert_eq!(date_of(&dates, "propose"), Some(None), "{dates:?}");
        assert_eq!(date_of(&dates, "buy"), Some(None), "{dates:?}");
    }

    #[test]
    fn a_condition_takes_no_date_from_before_its_if() {
        let dates = dated_relations(
            "Prices rose. Jane Roe painted a bleak picture Tuesday and warned it will get worse if Acme Corp does not reach a deal soon.",
            "2031-03-20",
        );
        assert_eq!(date_of(&dates, "reach"), Some(None), "{dates:?}");
    }

    #[test]
    fn by_and_an_ing_form_after_a_past_form_say_how_not_who() {
        let r = relations("Prices rose. Jane Roe responded by criticizing Acme Corp.");
        assert!(!r.iter().any(|x| x.1 == "respond"), "{r:?}");
        assert_eq!(relation(&r, "criticize").0, "Jane Roe", "{r:?}");
    }

    #[test]
    fn a_name_modifying_the_sentences_subject_does_not_act_in_its_ing_clause() {
        let r = relations(
            "Jane Roe spoke. The Roe campaign responded to the report by accusing the newspaper \
             of bias. Tom Hale didn't attend the meeting, but praised the plan.",
        );
        assert!(!r.iter().any(|x| x.1 == "accuse"), "{r:?}");
        assert_eq!(relation(&r, "praise").0, "Tom Hale", "{r:?}");
    }

    #[test]
    fn a_phrase_of_time_between_a_names_noun_and_the_verb_leaves_the_noun_the_subject() {
        let r = relations(
            "Jane Roe spoke. The Roe administration last week accused Russia of fraud. \
             Tom Hale this week said the plan would fail.",
        );
        assert!(!r.iter().any(|x| x.1 == "accuse"), "{r:?}");
        assert_eq!(relation(&r, "say").0, "Tom Hale", "{r:?}");
    }

    #[test]
    fn a_date_right_after_the_report_is_not_the_claims_when_the_claimant_acts_in_it() {
        // 2020-01-17 is a Friday.
        let dates = dated_relations(
            "Prices rose. Acme Corp said on Wednesday it will invest $700 million in Tarsk. \
             On Monday Globex Inc said it would sell the plant.",
            "2020-01-17",
        );
        assert_eq!(date_of(&dates, "invest"), Some(None), "{dates:?}");
        assert_eq!(
            date_of(&dates, "sell"),
            Some(Some("2020-01-13")),
            "{dates:?}"
        );
    }

    #[test]
    fn a_date_said_with_the_report_is_not_the_claims() {
        let dates = dated_relations(
            "Tom Hale said on Monday that Acme Corp has blocked the vote for years. \
             Jane Roe said Acme Corp had bought the Tarsk plant on Tuesday.",
            "2031-03-06",
        );
        let dated = |predicate: &str| date_of(&dates, predicate).map(|d| d.is_some());
        assert_eq!(dated("block"), Some(false));
        assert_eq!(dated("buy"), Some(true));
        let mut doc = Document::from_text(
            "t",
            "t",
            "Tom Hale cancelled the Tarsk rally before it was to begin Saturday.".to_string(),
        );
        doc.published = Some("2031-03-06".to_string());
        let (_, out) = extract_document(&doc, Ontology::shipped());
        let cancel = out
            .relations
            .iter()
            .find(|r| r.predicate == "cancel")
            .expect("a cancel relation");
        assert!(!cancel.qualifiers.contains_key("date"), "{cancel:?}");
    }

    #[test]
    fn a_reporting_noun_in_ing_ends_an_object_phrase_but_a_participle_opens_a_clause() {
        let r = relations("Tom Hale will receive an intelligence briefing in Tarsk.");
        assert!(
            r.iter()
                .any(|x| x.1 == "receive" && x.2 == "an intelligence briefing"),
            "{r:?}"
        );
        let r = relations("Tom Hale laid out his concerns saying the plan would fail in Tarsk.");
        assert!(r.iter().any(|x| x.2 == "his concerns"), "{r:?}");
    }

    #[test]
    fn a_pronoun_stands_for_a_person_of_its_sex() {
        let r = relations(
            "Tom Roe met Susan Hale in Tarsk. She adds that she voted for Acme Corp's plan.",
        );
        let vote = relation(&r, "vote for");
        assert_eq!(vote.0, "Susan Hale", "{vote:?}");
        let r = relations("Susan Roe met Mr. Hale in Tarsk. He later signed the bill in Lisbon.");
        let sign = relation(&r, "sign");
        assert_eq!(sign.0, "Hale", "{sign:?}");
    }

    #[test]
    fn a_progressive_is_no_passive() {
        let r = relations(
            "On Monday, the Acme Party is announcing its leadership team, steered by Tom Hale, a state senator.",
        );
        let announce = relation(&r, "announce");
        assert_eq!(announce.0, "Acme Party", "{announce:?}");
    }

    #[test]
    fn a_regular_past_after_was_is_a_passive() {
        // lemminflect lists "bust" as the participle and "busted" as a past only.
        let r = relations("Jim Beck was busted July 6 in Tarsk.");
        assert!(r.iter().all(|x| x.1 != "bust"), "{r:?}");
    }

    #[test]
    fn two_subjects_meeting_somewhere_meet_each_other() {
        let r = relations("Tom Hale and Jane Roe are meeting in Brazil for talks on the deal.");
        assert!(
            r.iter()
                .any(|x| x.0 == "Tom Hale" && x.1 == "meet" && x.2 == "Jane Roe"),
            "{r:?}"
        );
        assert!(r.iter().all(|x| x.2 != "Brazil"), "{r:?}");
    }

    #[test]
    fn the_object_of_a_verb_before_an_infinitive_does_not_act_in_it() {
        let r = relations("Tom Hale defeated the liberal icon Jane Roe to win the governorship.");
        assert!(r.iter().all(|x| x.0 != "Jane Roe"), "{r:?}");
        let r = relations("Tom Hale urged the young activist Jane Roe to leave Tarsk.");
        assert!(
            r.iter().any(|x| x.0 == "Jane Roe" && x.1 == "leave"),
            "{r:?}"
        );
    }

    #[test]
    fn a_name_in_a_relative_clause_between_dashes_does_not_act_after_it() {
        let r = relations(
            "Prices rose. Tom Hale -- who talked on Tuesday with Jane Roe -- said the talks went well. The board of Acme Corp — which Ann Lee chairs — voted for the sale.",
        );
        assert!(
            r.iter().all(|x| !matches!(
                (x.0.as_str(), x.1.as_str()),
                ("Jane Roe", "say") | ("Ann Lee", "vote for")
            )),
            "{r:?}"
        );
    }

    #[test]
    fn a_plural_subjects_present_verb_past_its_phrase_makes_a_reported_clause() {
        let r = relations(
            "Prices rose. Ann Lee said his comments on the economy resonate with young voters.",
        );
        assert_eq!(
            relation(&r, "say").2,
            "his comments on the economy resonate with young voters",
            "{r:?}"
        );
    }

    #[test]
    fn a_present_form_that_is_also_a_noun_is_the_verb_of_a_clause_after_that() {
        let r = relations(
            "Prices rose. Acme Corp said that the weedkiller kills bees. Globex Inc said that the price hikes were small.",
        );
        assert_eq!(
            objects(&r, "say"),
            ["the weedkiller kills bees", "the price hikes were small"],
            "{r:?}"
        );
    }

    #[test]
    fn a_participle_after_a_comma_takes_no_subject_from_a_phrase() {
        let r = relations(
            "Prices rose. In 2008 a flight from Chile landed hard at the airport, injuring 47 people. The singer with the band Acme Corp has quit, saying he was tired.",
        );
        assert!(
            r.iter().all(|x| x.0 != "Chile" && x.0 != "Acme Corp"),
            "{r:?}"
        );
    }

    #[test]
    fn an_adverbial_participle_after_a_relative_clause_takes_its_antecedent() {
        let r = relations(
            "Prices rose. He may face an opponent who condemns Tom Hale's plan while giving voters nothing. Jane Roe, who has kept a low profile since leaving Acme Corp, spoke.",
        );
        assert!(r.iter().all(|x| x.0 != "Tom Hale"), "{r:?}");
        assert_eq!(relation(&r, "leave").0, "Jane Roe", "{r:?}");
    }

    #[test]
    fn a_name_before_a_noun_in_ly_modifies_it() {
        let r = relations(
            "Prices rose. Tom Hale spoke on Monday. A Hale ally told reporters that the plan was dead.",
        );
        assert!(r.iter().all(|x| x.1 != "tell"), "{r:?}");
    }

    #[test]
    fn an_indirect_question_cut_short_is_no_object() {
        let r = relations(
            "Prices rose. Ann Lee declined to say whether the woman who called police had been present.",
        );
        assert!(r.iter().all(|x| !x.2.starts_with("whether")), "{r:?}");
    }

    #[test]
    fn a_date_after_a_relative_clause_is_the_main_clauses() {
        let r = relations(
            "Prices rose. Tom Hale, who also enjoys strong support among farmers, will speak on March 5, 2024.",
        );
        assert!(
            r.iter()
                .all(|x| x.1 != "enjoy" || x.3.iter().all(|(k, _)| k != "date")),
            "{r:?}"
        );
    }

    #[test]
    fn a_manner_idiom_or_a_clause_after_so_is_no_part_of_the_object() {
        let r = relations(
            "Prices rose. Tom Hale will proceed step by step with smaller measures. Judge Ann Lee then cleared the courtroom so lawyers could ask more questions.",
        );
        assert!(r.iter().all(|x| x.2 != "step"), "{r:?}");
        assert_eq!(relation(&r, "clear").2, "the courtroom", "{r:?}");
    }

    #[test]
    fn a_reciprocal_is_no_object() {
        let r = relations("Prices rose. Tom Hale and Ann Lee accused each other of lying.");
        assert!(r.iter().all(|x| !x.2.starts_with("each other")), "{r:?}");
    }

    #[test]
    fn a_name_after_agreed_to_is_the_infinitives_and_but_ends_a_figures_clause() {
        let r = relations(
            "Prices rose. Acme Corp has agreed to buy Globex Inc for $2bn. Globex shares have risen since but fell $12.33 on Tuesday.",
        );
        assert_eq!(relation(&r, "agree to").2, "buy Globex Inc", "{r:?}");
        assert!(
            r.iter()
                .all(|x| x.1 != "rise" || !has_qualifier(x, "quantity", "12.33")),
            "{r:?}"
        );
    }

    #[test]
    fn a_time_clause_after_the_listener_is_not_what_was_told() {
        let r = relations(
            "Prices rose. Tom Hale told reporters as he left the building that the plan was dead.",
        );
        assert!(r.iter().all(|x| !x.2.starts_with("he left")), "{r:?}");
    }

    #[test]
    fn an_infinitive_of_purpose_is_intended() {
        let r = relations(
            "Prices rose. Tom Hale flew to Tarsk to meet Ann Lee. Jane Roe can afford to lose two votes to pass the bill. Acme Corp took to Twitter to say it would close.",
        );
        assert_qualifier(&r, "meet", "modality", "intended", true);
        assert_qualifier(&r, "pass", "modality", "intended", true);
        assert_qualifier(&r, "say", "modality", "intended", false);
    }

    #[test]
    fn a_phrase_measured_by_a_figure_keeps_the_figure() {
        let r = relations(
            "Prices rose. Tom Hale signed a deal worth $8bn with Acme Corp. Jane Roe won contracts worth more than $2bn.",
        );
        assert_eq!(relation(&r, "sign").2, "a deal worth $8bn", "{r:?}");
        assert_eq!(
            relation(&r, "win").2,
            "contracts worth more than $2bn",
            "{r:?}"
        );
    }

    #[test]
    fn an_act_that_only_has_a_chance_is_possible_and_an_implication_alleged() {
        let r = relations(
            "Prices rose. There is a decent chance that Tom Hale will approve the pipeline. Jane Roe rejected the implication that Acme Corp acquired Globex Inc.",
        );
        assert_qualifier(&r, "approve", "modality", "possible", true);
        assert_qualifier(&r, "acquire", "modality", "alleged", true);
    }

    #[test]
    fn a_name_in_apposition_to_a_description_with_a_phrase_acts() {
        let r = relations(
            "Prices rose. A spokesman for Tom Hale, Jim Beck, accused Ann Lee of hypocrisy. The release of Jane Roe, Tom Hale's wife, has eased tensions.",
        );
        assert_eq!(relation(&r, "accuse").0, "Jim Beck", "{r:?}");
        assert!(r.iter().all(|x| x.0 != "Tom Hale"), "{r:?}");
    }

    #[test]
    fn a_participle_of_accusing_after_the_accused_is_passive() {
        let r = relations(
            "Prices rose. Tom Hale is on trial, accused of overseeing a fraud. Ann Lee, charged with bribery, resigned. Jane Roe was accused of theft by Acme Corp.",
        );
        assert!(
            r.iter()
                .all(|x| !(matches!(x.1.as_str(), "accuse" | "charge")
                    && matches!(x.0.as_str(), "Tom Hale" | "Ann Lee" | "Jane Roe"))),
            "{r:?}"
        );
        let accuse = relation(&r, "accuse");
        assert_eq!(
            (accuse.0.as_str(), accuse.2.as_str()),
            ("Acme Corp.", "Jane Roe")
        );
    }

    #[test]
    fn what_someone_is_urged_or_expected_to_do_is_in_the_object() {
        let r = relations(
            "Prices rose. Tom Hale urged members to back the plan. Ann Lee expects the economy to grow next year. Jane Roe asked Acme Corp to pay the workers and said she would wait.",
        );
        assert_eq!(relation(&r, "urge").2, "members to back the plan", "{r:?}");
        assert_eq!(
            relation(&r, "expect").2,
            "the economy to grow next year",
            "{r:?}"
        );
        let ask = relation(&r, "ask");
        assert_eq!(ask.2, "Acme Corp to pay the workers", "{r:?}");
        assert!(has_qualifier(ask, "about", "Acme Corp"), "{ask:?}");
    }

    #[test]
    fn a_name_hyphened_to_another_modifies_the_noun_after_them() {
        let r = relations("Tom Hale urged Congress to approve his new Brazil-Chile trade deal.");
        let approve = relation(&r, "approve");
        assert_eq!(approve.2, "his new Brazil-Chile trade deal", "{approve:?}");
    }

    #[test]
    fn a_passive_with_get_has_its_agent_after_by() {
        let r = relations("It is now easy to get banned by Acme Corp, too.");
        assert!(r.iter().all(|x| x.2 != "get"), "{r:?}");
    }

    #[test]
    fn a_reduced_passive_in_an_aside_takes_no_object_past_it() {
        let r = relations(
            "In the notice, obtained by Acme News, the Tarsk Council outlined new procedures.",
        );
        assert!(r.iter().all(|x| x.1 != "obtain"), "{r:?}");
        assert!(
            r.iter().any(|x| x.0 == "Tarsk Council" && x.1 == "outline"),
            "{r:?}"
        );
        for text in [
            "Tom Hale said the war was over, first reported by Acme News.",
            "In the letter to Tom Hale, obtained by Acme News, Jane Roe said support would fade.",
        ] {
            let r = relations(text);
            assert!(r.iter().all(|x| x.0 != "Acme News"), "{text}: {r:?}");
        }
        let r = relations("The challenger, Tom Hale, nominated by the Acme Party, won the seat.");
        assert!(
            r.iter()
                .any(|x| x.0 == "Acme Party" && x.1 == "nominate" && x.2 == "Tom Hale"),
            "{r:?}"
        );
    }

    #[test]
    fn a_listener_that_lists_is_not_what_was_told() {
        let r = relations(
            "Jane Roe told an audience of business, church and labor leaders that the vote would pass.",
        );
        let tell = relation(&r, "tell");
        assert_eq!(tell.2, "the vote would pass", "{tell:?}");
    }

    #[test]
    fn a_reported_share_leaves_the_clause_as_the_object() {
        let r = relations("The Acme Institute estimates that 76 percent of the land is rural.");
        let estimate = relation(&r, "estimate");
        assert_eq!(
            estimate.2, "76 percent of the land is rural",
            "{estimate:?}"
        );
        let r = relations("Acme Corp cut up to 20 percent of its staff.");
        assert!(
            r.iter().any(|x| x.1 == "cut" && x.2 == "its staff"),
            "{r:?}"
        );
    }

    #[test]
    fn what_someone_needs_another_to_do_is_requested() {
        let r = relations("We still need Congress to pass the Acme Corp bill, Tom Hale said.");
        let pass = relation(&r, "pass");
        assert!(has_qualifier(pass, "modality", "requested"), "{pass:?}");
        let r = relations("Tom Hale wants to visit Brazil.");
        let visit = relation(&r, "visit");
        assert!(has_qualifier(visit, "modality", "intended"), "{visit:?}");
        // Needed of the one who acts: an obligation, not done yet.
        for text in [
            "Prices rose. Acme Corp needs to sell Globex Inc.",
            "Prices rose. Acme Corp will have to sell Globex Inc.",
            "Prices rose. Acme Corp is required to sell Globex Inc.",
        ] {
            assert_qualifier(&relations(text), "sell", "modality", "obligatory", true);
        }
        assert_qualifier(
            &relations("Prices rose. Acme Corp had to sell Globex Inc."),
            "sell",
            "modality",
            "obligatory",
            false,
        );
    }

    #[test]
    fn an_intended_act_in_a_report_stays_intended() {
        let r = relations("The paper reports that Jane Roe threatened to shoot down the drones.");
        let shoot = relation(&r, "shoot down");
        assert!(has_qualifier(shoot, "modality", "intended"), "{shoot:?}");
    }

    #[test]
    fn an_intended_act_is_marked_and_is_not_the_report_object() {
        let r = relations("Tom Hale promised to visit Brazil.");
        let visit = relation(&r, "visit");
        assert!(has_qualifier(visit, "modality", "intended"), "{visit:?}");
        assert!(!r.iter().any(|x| x.1 == "promise"), "{r:?}");
        let r = relations("Jane Roe visited Brazil.");
        assert!(!r[0].3.iter().any(|q| q.0 == "modality"), "{r:?}");
    }

    #[test]
    fn never_able_to_is_a_negation() {
        let r = relations("Acme Corp would never be able to buy Globex Industries.");
        let buy = relation(&r, "buy");
        assert!(has_qualifier(buy, "polarity", "negative"), "{buy:?}");
    }

    #[test]
    fn a_negation_in_an_aside_before_the_verb_does_not_negate_it() {
        let r = relations("Ann Lee, who was not there, paid tribute to Tom Hale.");
        assert_qualifier(&r, "pay", "polarity", "negative", false);
        let r = relations("Ann Lee did not pay tribute to Tom Hale.");
        assert_qualifier(&r, "pay", "polarity", "negative", true);
    }

    #[test]
    fn a_negative_subject_negates_the_verb() {
        for text in [
            "Not a single new airline was approved by Acme Corp in 1990.",
            "No contract was signed by Globex Industries.",
        ] {
            let r = relations(text);
            assert!(
                r.iter()
                    .all(|x| has_qualifier(x, "polarity", "negative") || x.1 == "holds_role"),
                "{r:?}"
            );
            assert!(!r.is_empty(), "{text}");
        }
        for text in [
            "No fewer than 30 delegates were approved by Acme Corp.",
            "Nobody thinks the affair is the reason Jane Roe faced opposition.",
            "Tom Hale had no idea where Jane Roe found the money.",
            "None of the emails released by Acme Corp helped Tom Hale.",
            "There is no guarantee Acme Corp would change the plan.",
        ] {
            let r = relations(text);
            assert!(
                !r.iter().any(|x| has_qualifier(x, "polarity", "negative")),
                "{r:?}"
            );
        }
    }

    #[test]
    fn a_body_after_of_and_an_owner_does_not_act_for_the_head_noun() {
        let r = relations(
            "The director of Chile’s Civil Aviation Authority, Jim Beck, said the pilot did not report any problems. A survey of Tarsk’s Oskol Times found its staff was young.",
        );
        assert!(
            r.iter()
                .all(|x| !matches!(x.0.as_str(), "Civil Aviation Authority" | "Oskol Times")),
            "{r:?}"
        );
        // An "of" inside the owner's name is none.
        let r = relations(
            "The panel in the District of Columbia's Court of Appeals ruled that Acme Corp could not sue.",
        );
        assert_eq!(relation(&r, "rule").0, "Court of Appeals", "{r:?}");
    }

    #[test]
    fn the_person_named_after_a_head_of_a_body_speaks() {
        let r = relations(
            "The director of Chile’s Civil Aviation Authority, Jim Beck, said the pilot reported no problems. The head of the Oskol Transport Agency, Ann Lee, told reporters that the line was safe.",
        );
        assert_eq!(relation(&r, "say").0, "Jim Beck", "{r:?}");
        assert_eq!(relation(&r, "tell").0, "Ann Lee", "{r:?}");
    }

    #[test]
    fn a_name_in_a_phrase_after_the_subjects_noun_is_no_subject() {
        let r = relations("A plan concerning Acme Corp will include cuts.");
        assert!(!r.iter().any(|x| x.0 == "Acme Corp"), "{r:?}");
    }

    #[test]
    fn a_name_after_a_preposition_of_its_own_is_no_object() {
        let r = relations("Tom Hale headed past keeper Jane Roe to seal the win.");
        assert!(!r.iter().any(|x| x.2 == "Jane Roe"), "{r:?}");
        let r = relations("Acme Corp lifted the ban on Brazil.");
        let lift = relation(&r, "lift");
        assert_eq!(lift.2, "the ban");
        assert!(has_qualifier(lift, "on", "Brazil"), "{lift:?}");
        let r = relations("Jane Roe called on Tom Hale to resign.");
        assert!(
            r.iter()
                .any(|x| x.1 == "call on" && x.2 == "Tom Hale to resign"),
            "{r:?}"
        );
        // So does a phrase.
        let r = relations("Prices rose. Jane Roe called on rich nations to buy the vaccines.");
        assert_eq!(
            relation(&r, "call on").2,
            "rich nations to buy the vaccines",
            "{r:?}"
        );
    }

    #[test]
    fn calling_for_something_names_what_is_wanted() {
        let r = relations("Jane Roe called for sanctions against Tarsk.");
        assert!(
            r.iter()
                .any(|x| x.1 == "call for" && x.2.starts_with("sanctions")),
            "{r:?}"
        );
    }

    #[test]
    fn a_failure_to_act_is_a_negation() {
        let r = relations(
            "Acme Corp was fined after Jane Roe's failure to attend the hearing in Lisbon.",
        );
        let attend = relation(&r, "attend");
        assert!(has_qualifier(attend, "polarity", "negative"), "{attend:?}");
    }

    #[test]
    fn a_report_object_is_no_name_that_modifies_a_noun() {
        let r = relations("Tom Hale claims he cannot afford to sack the Brazil legend.");
        assert!(!r.iter().any(|x| x.2 == "Brazil"), "{r:?}");
        let r = relations("Jane Roe denied Acme Corp reports.");
        assert!(
            !r.iter().any(|x| x.1 == "deny" && x.2 == "Acme Corp"),
            "{r:?}"
        );
    }

    #[test]
    fn the_object_is_not_inside_a_relative_clause() {
        let r = relations("Jane Roe bought the painting that Tom Hale sold.");
        let buy = relation(&r, "buy");
        assert_eq!(buy.2, "the painting");
    }

    #[test]
    fn on_hands_an_infinitive_over_only_after_a_verb_of_asking_or_pressure() {
        let r = relations(
            "Governor Jane Roe posted on Twitter to warn residents there could be more storms.",
        );
        assert_eq!(relation(&r, "warn").0, "Jane Roe", "{r:?}");
        let r = relations("Jane Roe appeared on Tarsk Radio to talk about the budget.");
        assert_eq!(relation(&r, "talk").0, "Jane Roe", "{r:?}");
        let r = relations("The ruling increased pressure on Acme Corp to pay the fine.");
        assert_eq!(relation(&r, "pay").0, "Acme Corp", "{r:?}");
    }

    #[test]
    fn a_titled_name_inside_a_phrase_acts_only_where_the_phrase_hands_it_the_act() {
        let r =
            relations("Leaks by former NSA contractor Tom Hale forced the closure of the unit.");
        assert!(!r.iter().any(|x| x.0 == "Tom Hale"), "{r:?}");
        let r = relations("Senators called on President Tom Hale to cancel the summit.");
        assert!(
            r.iter().any(|x| x.0 == "Tom Hale" && x.1 == "cancel"),
            "{r:?}"
        );
        let r = relations("With President Tom Hale not denying the report, Acme Corp shares fell.");
        assert!(
            r.iter().any(|x| x.0 == "Tom Hale" && x.1 == "deny"),
            "{r:?}"
        );
    }

    #[test]
    fn a_person_is_not_placed_by_a_noun_they_modify_or_a_denial() {
        let r = relations("Jane Roe masks will be banned at Tarsk Arena.");
        assert!(!r.iter().any(|x| x.1 == "located at"), "{r:?}");
        let r = relations("Tom Hale did not play in Lisbon.");
        assert!(!r.iter().any(|x| x.1 == "located in"), "{r:?}");
        let r = relations("Tom Hale was at the stadium in Lisbon.");
        assert!(
            r.iter().any(|x| x.1 == "located in" && x.2 == "Lisbon"),
            "{r:?}"
        );
    }

    #[test]
    fn an_infinitive_after_a_plain_noun_has_no_subject() {
        let r =
            relations("For Tom Hale, losing the race could be a reason to buy Globex Industries.");
        assert!(!r.iter().any(|x| x.1 == "buy"), "{r:?}");
        let r = relations("Tom Hale made a bid to buy Globex Industries.");
        assert!(r.iter().any(|x| x.0 == "Tom Hale" && x.1 == "buy"), "{r:?}");
        assert!(
            !r.iter()
                .any(|x| x.1 == "make" && x.2 == "Globex Industries"),
            "{r:?}"
        );
    }

    #[test]
    fn a_name_compared_or_in_a_relative_clause_antecedent_is_no_subject() {
        let r = relations("Unlike Jane Roe, Tom Hale attacked Globex Industries.");
        let attack = relation(&r, "attack");
        assert_eq!(attack.0, "Tom Hale");
        let r = relations("A close ally of Jane Roe who has backed the plan resigned.");
        assert!(!r.iter().any(|x| x.0 == "Jane Roe"), "{r:?}");
    }

    #[test]
    fn a_person_is_not_placed_where_their_supporters_are() {
        let r = relations(
            "Tom Hale has stepped into the race, to the relief of his supporters in Lisbon.",
        );
        assert!(!r.iter().any(|x| x.1 == "located in"), "{r:?}");
        let r = relations(
            "Tom Hale and Jane Roe shook hands during their meeting at the Lisbon Arena.",
        );
        assert!(
            r.iter().any(|x| x.0 == "Tom Hale" && x.1 == "located at"),
            "{r:?}"
        );
    }

    #[test]
    fn a_short_copula_clause_is_reported_whole() {
        let r = relations("Lord Hale said the plan was poor.");
        assert!(
            r.iter().any(|x| x.1 == "say" && x.2 == "the plan was poor"),
            "{r:?}"
        );
    }

    #[test]
    fn a_scale_after_a_currency_may_stand_apart_and_a_counted_plural_is_no_verb() {
        let r = relations("Acme Corp will invest £35 bn in Lisbon.");
        let invest = relation(&r, "invest");
        assert!(
            invest
                .3
                .contains(&("quantity".into(), "35000000000".into())),
            "{invest:?}"
        );
        let r = relations("Tom Hale was planning £35bn cuts in public services.");
        assert!(!r.iter().any(|x| x.1 == "cut"), "{r:?}");
    }

    #[test]
    fn an_unknown_possessive_name_after_in_places_no_one_there() {
        let r = relations("Jane Roe is a director in Hale's company.");
        assert!(!r.iter().any(|x| x.1 == "located in"), "{r:?}");
        let r = relations("Jane Roe works at a bank in Manchester's city centre.");
        assert!(r.iter().any(|x| x.1 == "located in"), "{r:?}");
    }

    #[test]
    fn what_may_happen_places_no_one() {
        let r = relations(
            "Tom Hale believes Jane Roe can take gold at the Tarsk Indoor Championships.",
        );
        assert!(!r.iter().any(|x| x.1 == "attend"), "{r:?}");
        let r = relations(
            "Jane Roe is confident she can win a medal at the Tarsk Indoor Championships in Madrid.",
        );
        assert!(
            !r.iter().any(|x| x.0 == "Jane Roe" && x.1 == "located in"),
            "{r:?}"
        );
        let win = relation(&r, "win");
        assert!(has_qualifier(win, "modality", "possible"), "{win:?}");
    }

    #[test]
    fn a_pronoun_is_not_the_name_its_clause_gives_and_a_relative_report_claims_nothing() {
        let r = relations(
            "Tom Hale was charged in May. He noted that Hale had told police the gun was his.",
        );
        assert!(!r.iter().any(|x| x.1 == "note"), "{r:?}");
        let r = relations(
            "Jane Roe, who says she is innocent, could lose her medals after Tom Hale said he sold her the drugs.",
        );
        let say = r
            .iter()
            .find(|x| x.1 == "say" && x.0 == "Tom Hale")
            .expect("a say relation");
        assert!(!say.3.iter().any(|q| q.0 == "claimant"), "{say:?}");
    }

    #[test]
    fn declining_to_act_is_a_negation() {
        let r = relations("Acme Corp declined to buy Globex Industries.");
        let buy = relation(&r, "buy");
        assert!(has_qualifier(buy, "polarity", "negative"), "{buy:?}");
    }

    #[test]
    fn a_demonym_noun_before_a_preposition_is_a_person() {
        let r = relations("Tom Hale sold the Dutchman to Lazio for £16.5m.");
        let sell = relation(&r, "sell");
        assert_eq!(sell.2, "the Dutchman");
    }

    #[test]
    fn a_plural_possessor_is_no_object() {
        let r = relations("Tom Hale rejected the Democrats' plan.");
        let reject = relation(&r, "reject");
        assert_eq!(reject.2, "the Democrats' plan");
    }

    #[test]
    fn a_literal_object_keeps_joined_adjectives_and_is_no_comparison() {
        let r = relations("Jane Roe won a close and feisty race for the nomination.");
        assert!(
            r.iter()
                .any(|x| x.1 == "win" && x.2 == "a close and feisty race"),
            "{r:?}"
        );
        let r = relations("Tom Hale will resign rather than fire her.");
        assert!(!r.iter().any(|x| x.2 == "rather"), "{r:?}");
    }

    #[test]
    fn a_name_past_another_verb_is_not_the_triggers_but_the_place_is() {
        let r = relations("Tom Hale entered office promising talks with Brazil.");
        let enter = relation(&r, "enter");
        assert!(!enter.3.iter().any(|q| q.1 == "Brazil"), "{enter:?}");
        let r = relations(
            "Tom Hale beat Jane Roe in the final round to keep his title on Saturday in Lisbon.",
        );
        let beat = relation(&r, "beat");
        assert!(has_qualifier(beat, "place", "Lisbon"), "{beat:?}");
    }

    #[test]
    fn what_someone_was_asked_to_do_is_requested() {
        let r = relations("Senators called on President Tom Hale to cancel the summit.");
        let cancel = relation(&r, "cancel");
        assert!(has_qualifier(cancel, "modality", "requested"), "{cancel:?}");
        let r = relations("Tom Hale cancelled the summit.");
        assert!(!r[0].3.iter().any(|q| q.0 == "modality"), "{r:?}");
        // Asked of people no entity stands for, the act is none of the asker's.
        let r = relations("Prices rose. Jane Roe urged her colleagues to cancel the summit.");
        assert!(r.iter().all(|x| x.1 != "cancel"), "{r:?}");
        let r = relations("Prices rose. Jane Roe urged Tom Hale to cancel the summit.");
        assert_eq!(relation(&r, "cancel").0, "Tom Hale", "{r:?}");
    }

    #[test]
    fn a_hyphened_adjective_is_no_trigger_and_no_place() {
        let r = relations(
            "Congress granted Tom Hale authority to train forces in the U.S.-led coalition.",
        );
        assert!(!r.iter().any(|x| x.1 == "lead"), "{r:?}");
        let grant = relation(&r, "grant");
        assert!(
            !grant.3.iter().any(|q| q.0 == "in" || q.0 == "place"),
            "{grant:?}"
        );
    }

    #[test]
    fn future_and_unlikely_acts_are_marked() {
        let r = relations("Tom Hale will visit Lisbon. Jane Roe is set to visit Brazil.");
        assert!(
            r.iter()
                .filter(|x| x.1 == "visit")
                .all(|x| has_qualifier(x, "modality", "future")),
            "{r:?}"
        );
        let r = relations("Acme Corp is unlikely to buy Globex Industries.");
        let buy = relation(&r, "buy");
        assert!(has_qualifier(buy, "polarity", "negative"), "{buy:?}");
        let r = relations("Acme Corp could gain ground by buying Globex Industries.");
        let buy = relation(&r, "buy");
        assert!(has_qualifier(buy, "modality", "possible"), "{buy:?}");
    }

    #[test]
    fn people_named_after_whom_they_watch_claim_for_themselves() {
        let r = relations(
            "Prices rose. Tom Hale did not meet Ann Lee until Hale began his campaign, Lee observers say.",
        );
        assert!(qualifier_values(&r, "claimant").is_empty(), "{r:?}");
    }

    #[test]
    fn a_noun_called_by_a_name_is_no_call() {
        let r = relations(
            "Prices rose. Tom Hale was working as an adviser for a company called Acme International. Ann Lee called Globex Inc on Monday.",
        );
        assert_eq!(subjects(&r, "call"), ["Ann Lee"], "{r:?}");
    }

    #[test]
    fn a_plural_noun_before_on_leaves_the_name_after_it_a_qualifier() {
        let r = relations("Prices rose. The United Nations will lift its sanctions on Iran.");
        assert_eq!(objects(&r, "lift"), ["its sanctions"], "{r:?}");
        assert_qualifier(&r, "lift", "on", "Iran", true);
    }

    #[test]
    fn what_one_would_not_say_if_happened_is_a_question_no_one_claims() {
        let r = relations(
            "Prices rose. Acme Corp officials would not say if Globex Inc had bought the plant.",
        );
        assert_qualifier(&r, "buy", "modality", "question", true);
        assert!(qualifier_values(&r, "claimant").is_empty(), "{r:?}");
    }

    #[test]
    fn a_name_joined_to_a_capitalised_word_in_a_phrase_is_in_the_phrase() {
        let r =
            relations("Prices rose. Big majorities in the House or Senate would bring more money.");
        assert!(r.iter().all(|x| x.0 != "Senate"), "{r:?}");
    }

    #[test]
    fn the_one_questioned_on_whether_he_acted_is_who_acted() {
        let r = relations(
            "Prices rose. Tom Hale questioned Jim Beck on whether he supported the plan.",
        );
        assert_eq!(subjects(&r, "support"), ["Jim Beck"], "{r:?}");
    }

    #[test]
    fn adjectives_joined_by_or_stay_in_the_phrase() {
        let r = relations("Prices rose. Acme Corp could be targeting foreign or domestic firms.");
        assert_eq!(
            objects(&r, "target"),
            ["foreign or domestic firms"],
            "{r:?}"
        );
    }

    #[test]
    fn a_day_right_after_a_report_is_no_part_of_what_was_said() {
        let r = relations("Prices rose. Tom Hale said last Thursday he would resign.");
        assert_eq!(objects(&r, "say"), ["he would resign"], "{r:?}");
    }

    #[test]
    fn a_present_reporting_verb_after_and_ends_the_clause_a_present_report_opened() {
        let r =
            relations("Prices rose. Acme Corp denies the mill is unsafe and says it will appeal.");
        assert_eq!(objects(&r, "deny"), ["the mill is unsafe"], "{r:?}");
    }

    #[test]
    fn once_before_a_clause_ends_the_object_phrase() {
        let r = relations("Prices rose. Ann Lee blocked the merger once the board met.");
        assert_eq!(objects(&r, "block"), ["the merger"], "{r:?}");
    }

    #[test]
    fn a_capitalised_word_after_a_quoted_comma_opens_the_next_clause() {
        let r = relations(
            "Prices rose. Jim Beck said the plan was \"dead on arrival,\" Ann Lee replied on Friday.",
        );
        assert_eq!(
            objects(&r, "say"),
            ["the plan was \"dead on arrival\""],
            "{r:?}"
        );
    }

    #[test]
    fn a_reporting_participle_after_a_content_word_ends_what_was_said() {
        let r = relations(
            "Prices rose. Acme Corp said it was hopeful about its new mills saying that demand was strong.",
        );
        assert_eq!(
            objects(&r, "say"),
            ["it was hopeful about its new mills"],
            "{r:?}"
        );
        // After a noun phrase, a subject pronoun and its verb may follow the participle; in a
        // clause the participle may be a noun's ("denied they left because of reports claiming
        // they were …").
        let r = relations(
            "Tom Hale then declared victory saying she was \"done\" because voters were leaving. Ann Lee denied they had left because of reports claiming they were unhappy.",
        );
        assert_eq!(objects(&r, "declare"), ["victory"], "{r:?}");
        assert_eq!(
            objects(&r, "deny"),
            ["they had left because of reports claiming they were unhappy"],
            "{r:?}"
        );
    }

    #[test]
    fn but_and_an_adverb_before_a_second_verb_keep_the_reported_clause_whole() {
        let r = relations(
            "Prices rose. Ann Lee said the founders had considered but ultimately scrapped the plan.",
        );
        assert_eq!(
            objects(&r, "say"),
            ["the founders had considered but ultimately scrapped the plan"],
            "{r:?}"
        );
    }

    #[test]
    fn a_verb_joined_to_one_whose_subject_has_a_name_inside_takes_no_name_as_subject() {
        let r = relations(
            "Ann Lee, a professor at Tarsk University, said the Tarsk founding fathers had considered but ultimately scrapped the plan.",
        );
        assert!(subjects(&r, "scrap").is_empty(), "{r:?}");
    }

    #[test]
    fn a_phrase_an_auxiliary_follows_is_cut_from_its_clause_and_no_qualifier() {
        let r = relations("Prices rose. Acme Corp offered its thoughts on how prices could fall.");
        assert!(qualifier_values(&r, "on").is_empty(), "{r:?}");
    }

    #[test]
    fn a_month_after_last_right_after_a_report_is_no_part_of_what_was_said() {
        let r = relations(
            "Prices rose. Tom Hale said last October that the mill would close. Ann Lee said last May the port was shut.",
        );
        assert_eq!(
            objects(&r, "say"),
            ["the mill would close", "the port was shut"],
            "{r:?}"
        );
    }

    #[test]
    fn a_period_after_earlier_or_later_is_no_part_of_what_was_said() {
        let r = relations(
            "Prices rose. Acme Corp announced earlier this month it would close the plant. Ann Lee said later that day that the mill was safe.",
        );
        assert_eq!(
            objects(&r, "announce"),
            ["it would close the plant"],
            "{r:?}"
        );
        assert_eq!(objects(&r, "say"), ["the mill was safe"], "{r:?}");
    }

    #[test]
    fn a_day_after_on_right_after_a_report_opens_no_clause_of_its_own() {
        let dates = dated_relations(
            "Prices rose. Tom Hale said on Friday the mill would close.",
            "2031-04-11",
        );
        assert_eq!(
            date_of(&dates, "say"),
            Some(Some("2031-04-11")),
            "{dates:?}"
        );
    }

    #[test]
    fn an_adverb_of_a_preposition_and_a_noun_is_no_qualifier() {
        let r = relations("Prices rose. Tom Hale lost his bid in part because prices rose.");
        assert!(qualifier_values(&r, "in").is_empty(), "{r:?}");
    }

    #[test]
    fn a_place_after_near_is_no_place_of_the_act() {
        let r = relations("Prices rose. Ann Lee captured a seat near Tulsa.");
        assert!(qualifier_values(&r, "place").is_empty(), "{r:?}");
        assert_qualifier(&r, "capture", "near", "Tulsa", true);
    }

    #[test]
    fn a_negative_auxiliary_ends_an_object() {
        let r = relations("Prices rose. Tom Hale's decision to fire the coach isn't wise.");
        assert_eq!(objects(&r, "fire"), ["the coach"], "{r:?}");
    }

    #[test]
    fn what_was_left_undone_is_no_part_of_an_object() {
        let r = relations("Prices rose. Tom Hale backed the plan without criticizing Ann Lee.");
        assert_eq!(objects(&r, "back"), ["the plan"], "{r:?}");
    }

    #[test]
    fn what_one_did_without_doing_is_undone_unless_not_without() {
        let r = relations(
            "Prices rose. Tom Hale backed the plan, without criticizing Ann Lee. Jane Roe backed the plan, but not without criticizing Jim Beck.",
        );
        let denied: Vec<(&str, bool)> = r
            .iter()
            .filter(|x| x.1 == "criticize")
            .map(|x| (x.0.as_str(), has_qualifier(x, "polarity", "negative")))
            .collect();
        assert_eq!(denied, [("Tom Hale", true), ("Jane Roe", false)], "{r:?}");
    }

    #[test]
    fn what_one_was_able_to_do_was_done() {
        let r = relations(
            "Prices rose. Tom Hale was able to visit Oskol. Ann Lee is able to visit Tarsk.",
        );
        let visits: Vec<bool> = r
            .iter()
            .filter(|x| x.1 == "visit")
            .map(|x| has_qualifier(x, "modality", "possible"))
            .collect();
        assert_eq!(visits, [false, true], "{r:?}");
    }

    #[test]
    fn an_act_one_is_soon_to_do_is_to_come() {
        let r = relations("Prices rose. Acme Corp is soon to release a new phone.");
        assert_qualifier(&r, "release", "modality", "future", true);
    }

    #[test]
    fn a_modifier_name_neither_speaks_nor_acts_and_a_place_past_a_subordinator_is_not_where() {
        let r = relations("Jane Roe used her Acme Corp speech to say that taxes would rise.");
        let say = relation(&r, "say");
        assert_eq!(say.0, "Jane Roe");
        let r =
            relations("Tom Hale beat Jane Roe after his family returned from living in Brazil.");
        let beat = relation(&r, "beat");
        assert!(!beat.3.iter().any(|q| q.1 == "Brazil"), "{beat:?}");
    }

    #[test]
    fn whom_a_report_is_told_to_is_neither_its_object_nor_its_topic() {
        let r = relations("Tom Hale told a Senate committee today he would back the plan.");
        let tell = relation(&r, "tell");
        assert_eq!(tell.2, "he would back the plan");
        assert!(!tell.3.iter().any(|q| q.0 == "about"), "{tell:?}");
        let r = relations("Tom Hale told Acme Corp that prices would rise.");
        let tell = relation(&r, "tell");
        assert_eq!(tell.2, "prices would rise");
    }

    #[test]
    fn ratios_no_one_and_time_words_are_no_counts_or_objects() {
        let r = relations("Tom Hale said one in eight homes struggle.");
        let say = relation(&r, "say");
        assert_eq!(say.2, "one in eight homes struggle");
        assert!(!say.3.iter().any(|q| q.0 == "quantity"), "{say:?}");
        let r = relations("Jane Roe called Tom Hale moments later.");
        assert!(
            r.iter().any(|x| x.1 == "call" && x.2 == "Tom Hale"),
            "{r:?}"
        );
        let r = relations("Tom Hale made sure no one was listening. Jane Roe knew better.");
        assert!(!r.iter().any(|x| x.2 == "sure" || x.2 == "better"), "{r:?}");
        // A vague count of hundreds or thousands is no figure; "a hundred" is.
        let r = relations("Brazil sent several hundred troops to Peru.");
        assert_qualifier(&r, "send", "quantity", "100", false);
        let r = relations("Brazil sent a few thousand troops to Peru.");
        assert_qualifier(&r, "send", "quantity", "1000", false);
        let r = relations("Brazil sent a hundred troops to Peru.");
        assert_qualifier(&r, "send", "quantity", "100", true);
        // Figures joined by a slash are no count, and the slash joins them in a phrase.
        let r = relations("Prices rose. Acme Corp hired a 24/7 guard after 9/11, Tom Hale said.");
        let hire = relation(&r, "hire");
        assert_eq!(hire.2, "a 24/7 guard", "{r:?}");
        assert!(
            !r.iter().any(|x| x.3.iter().any(|q| q.0 == "quantity")),
            "{r:?}"
        );
    }

    #[test]
    fn calling_for_someone_to_act_reports_the_call_and_requests_the_act() {
        let r =
            relations("Brazil called Friday for President Tom Hale to cancel his trip to Peru.");
        let call = relation(&r, "call");
        assert!(
            call.2.starts_with("President Tom Hale to cancel"),
            "{call:?}"
        );
        assert!(has_qualifier(call, "about", "Tom Hale"), "{call:?}");
        let cancel = relation(&r, "cancel");
        assert!(has_qualifier(cancel, "modality", "requested"), "{cancel:?}");
        let r = relations("Acme Corp announced plans to buy Globex Industries.");
        assert!(
            !r.iter()
                .any(|x| x.1 == "announce" && x.2 == "Globex Industries"),
            "{r:?}"
        );
    }

    #[test]
    fn an_infinitive_after_a_plain_noun_phrase_has_no_subject() {
        let r = relations(
            "Officials worry about the absence of a serious Brazilian strategy to defeat Tarsk rebels.",
        );
        assert!(!r.iter().any(|x| x.1 == "defeat"), "{r:?}");
        let r = relations(
            "Acme Corp would not bow to a request from unions to expand Globex Industries.",
        );
        assert!(!r.iter().any(|x| x.1 == "expand"), "{r:?}");
        let r = relations(
            "Jane Roe left while the Hales were granted countless interviews to continue their campaign.",
        );
        assert!(!r.iter().any(|x| x.1 == "continue"), "{r:?}");
        let r = relations(
            "Acme Corp plans to buy Globex Industries. Brazil did little to ease concerns.",
        );
        assert!(
            r.iter().any(|x| x.0 == "Acme Corp" && x.1 == "buy"),
            "{r:?}"
        );
        let r = relations("Jane Roe is the third president to visit Brazil.");
        assert!(
            r.iter().any(|x| x.0 == "Jane Roe" && x.1 == "visit"),
            "{r:?}"
        );
    }

    #[test]
    fn a_condition_after_the_verb_makes_it_conditional_but_not_the_report() {
        let r =
            relations("Tom Hale warned that Brazil will destroy the economy if they win the vote.");
        let destroy = relation(&r, "destroy");
        assert!(
            destroy
                .3
                .contains(&("modality".into(), "conditional".into())),
            "{destroy:?}"
        );
        let warn = relation(&r, "warn");
        assert!(!warn.3.iter().any(|q| q.0 == "modality"), "{warn:?}");
        let r = relations("Acme Corp reached a deal that, if approved, will end the strike.");
        let reach = relation(&r, "reach");
        assert!(!reach.3.iter().any(|q| q.0 == "modality"), "{reach:?}");
    }

    #[test]
    fn a_figure_stays_in_the_phrase_a_reduced_passive_describes() {
        let r = relations("That is lower than the $15 an hour minimum backed by Jane Roe.");
        assert_eq!(relation(&r, "back").2, "the $15 an hour minimum", "{r:?}");
        // An age between commas is no phrase.
        let r = relations(
            "Jane Roe, 67, who was nominated by Tom Hale in October, will lead Acme Corp.",
        );
        assert_eq!(relation(&r, "nominate").2, "Jane Roe", "{r:?}");
    }

    #[test]
    fn a_quotation_after_a_named_listener_is_what_was_told() {
        let r = relations(
            "Jim Beck, a Tarsk consultant, told Acme News “I think we have time to fix it.”",
        );
        assert_eq!(
            relation(&r, "tell").2,
            "“I think we have time to fix it",
            "{r:?}"
        );
        // A quoted programme after a possessive is where it was told.
        let r = relations("Jim Beck told Acme’s “Morning Show” that the plant would close.");
        assert_eq!(relation(&r, "tell").2, "the plant would close", "{r:?}");
    }

    #[test]
    fn an_example_after_such_as_in_a_phrase_is_no_subject() {
        let r = relations(
            "Supporters of radical groups such as the Tarsk Front have attacked churches.",
        );
        assert!(r.iter().all(|x| x.1 != "attack"), "{r:?}");
        let r = relations("The rivalry among candidates such as Jane Roe has sparked worry.");
        assert!(r.iter().all(|x| x.1 != "spark"), "{r:?}");
        // Examples that head the subject act.
        let r = relations("Radical groups such as the Tarsk Front have attacked churches.");
        assert_eq!(relation(&r, "attack").0, "Tarsk Front", "{r:?}");
    }

    #[test]
    fn a_report_with_words_quoted_after_it_reports_nothing_before() {
        let r =
            relations("Jane Roe tried to reason with Tom Hale, but he responded “rather darkly.”");
        assert!(r.iter().all(|x| x.1 != "respond"), "{r:?}");
        // Nor one with an infinitive after it.
        let r = relations(
            "Jane Roe spoke. Acme Corp has a problem with young buyers, Roe said, adding that by speaking at the fair, she hoped to change that.",
        );
        assert!(r.iter().all(|x| x.1 != "hope"), "{r:?}");
    }

    #[test]
    fn a_participle_in_the_phrase_saying_where_it_was_said_is_not_claimed() {
        let r = relations(
            "“Those cuts will never happen,” Jane Roe said last month at an event hosted by Acme News.",
        );
        assert_qualifier(&r, "host", "claimant", "Jane Roe", false);
        let r = relations("Cuts will never happen, Jane Roe said at an event hosted by Acme News.");
        assert_qualifier(&r, "host", "claimant", "Jane Roe", false);
        let r = relations(
            "“The world has heard our message loud and clear,” Jane Roe said, in a written statement released by Acme Corp.",
        );
        assert_qualifier(&r, "release", "claimant", "Jane Roe", false);
    }

    #[test]
    fn an_infinitive_in_the_opening_subject_ends_its_object_before_the_main_verb() {
        let r = relations("Tom Hale's bid to buy the plant failed.");
        assert_eq!(relation(&r, "buy").2, "the plant", "{r:?}");
        let r = relations("The bid by Tom Hale to buy the plant collapsed.");
        assert_eq!(relation(&r, "buy").2, "the plant", "{r:?}");
    }

    #[test]
    fn an_owned_intention_is_meant_whatever_a_verb_before_asks() {
        let r = relations(
            "A court order blocking Tom Hale's effort to end the program took the pressure off.",
        );
        assert_qualifier(&r, "end", "modality", "intended", true);
    }

    #[test]
    fn but_inside_a_quotation_that_opens_the_clause_does_not_end_it() {
        let r = relations(
            "Jane Roe stressed in her speech that “it looks like a long night but I am feeling good!”",
        );
        assert_eq!(
            relation(&r, "stress").2,
            "“it looks like a long night but I am feeling good",
            "{r:?}"
        );
    }

    #[test]
    fn a_body_does_not_speak_through_a_side_leader_or_an_outsider_it_describes() {
        let r = relations("The Senate minority leader told followers that the plan failed.");
        assert!(r.iter().all(|x| x.1 != "tell"), "{r:?}");
        let r = relations("An Acme Corp ally says the plan failed.");
        assert!(r.iter().all(|x| x.1 != "say"), "{r:?}");
        // Its spokesman does.
        let r = relations("The Acme Corp spokesman said the plan failed.");
        assert_eq!(relation(&r, "say").0, "Acme Corp", "{r:?}");
    }

    #[test]
    fn a_name_between_two_joined_gerunds_is_no_subject_of_the_second() {
        let r = relations("Jane Roe backed closing Acme Corp and ending the deal.");
        assert!(r.iter().all(|x| x.0 != "Acme Corp"), "{r:?}");
    }

    #[test]
    fn what_something_is_called_follows_the_noun_a_name_modifies_or_a_phrase_of_where() {
        let r =
            relations("Tom Hale called the Acme Corp board a disgrace and said it should resign.");
        assert_eq!(
            relation(&r, "call").2,
            "the Acme Corp board a disgrace",
            "{r:?}"
        );
        let r = relations("Jim Beck described oil companies in Acme News as “a menace to us all.”");
        assert_eq!(
            relation(&r, "describe").2,
            "oil companies as “a menace to us all.”",
            "{r:?}"
        );
    }

    #[test]
    fn a_verb_in_the_reporters_present_after_a_past_clause_is_the_reporters() {
        let r = relations(
            "Acme News notes that the killings came at a bad time in Tom Hale's life and raises the prospect that they changed him.",
        );
        assert_eq!(
            relation(&r, "note").2,
            "the killings came at a bad time in Tom Hale's life",
            "{r:?}"
        );
    }

    #[test]
    fn an_adverb_and_a_day_before_the_reported_clause_are_when_it_was_said() {
        let r = relations("Tom Hale said later Monday that he will vote for Jane Roe.");
        assert_eq!(relation(&r, "say").2, "he will vote for Jane Roe", "{r:?}");
        let r =
            relations("Tom Hale stressed again Wednesday his belief that Acme Corp will thrive.");
        assert_eq!(
            relation(&r, "stress").2,
            "his belief that Acme Corp will thrive",
            "{r:?}"
        );
    }

    #[test]
    fn the_writers_source_after_a_comma_ends_a_reported_clause() {
        let r = relations(
            "Jane Roe said the plan is \"reasonable,\" according to an interview published Tuesday.",
        );
        assert_eq!(
            relation(&r, "say").2,
            "the plan is \"reasonable,\"",
            "{r:?}"
        );
    }

    #[test]
    fn a_place_modifying_a_noun_after_the_places_no_one() {
        let r = relations("Tom Hale pleaded guilty in September in the Boston case to fraud.");
        assert!(r.iter().all(|x| x.1 != "located in"), "{r:?}");
        // A site there still places its visitor.
        let r = relations("Tom Hale was a star at the Boston hospital.");
        assert!(
            r.iter().any(|x| x.1 == "located at" && x.2 == "Boston"),
            "{r:?}"
        );
    }

    #[test]
    fn a_charge_rejected_after_a_report_of_it_is_the_report_s_clause() {
        let r = relations(
            "Some critics say that the plan undermines the budget, a charge Jane Roe rejected.",
        );
        assert_eq!(
            relation(&r, "reject").2,
            "the plan undermines the budget",
            "{r:?}"
        );
        let r = relations(
            "Some lawmakers and local speakers have said that Acme Corp censors its critics, a claim the company rejects.",
        );
        assert_eq!(
            relation(&r, "reject").2,
            "Acme Corp censors its critics",
            "{r:?}"
        );
    }

    #[test]
    fn a_named_subjects_verb_after_a_question_and_a_dashed_aside_is_no_question() {
        let r = relations(
            "When asked whether she would rejoin the deal—first signed by Tom Hale—Jane Roe gave an unequivocal yes.",
        );
        assert_qualifier(&r, "give", "modality", "question", false);
    }

    #[test]
    fn suspecting_reports_a_clause() {
        let r = relations("Jim Beck suspects Tom Hale and Jane Roe were trying to stir up voters.");
        assert_eq!(
            relation(&r, "suspect").2,
            "Tom Hale and Jane Roe were trying to stir up voters",
            "{r:?}"
        );
    }

    #[test]
    fn a_common_noun_after_a_subordinator_is_the_subject_of_its_clause() {
        let r = relations("Acme Corp hopes to sign Tom Hale if the striker leaves Globex Inc.");
        assert!(r.iter().all(|x| x.1 != "leave"), "{r:?}");
        let r = relations("Tom Hale will miss the final after the club dropped its appeal.");
        assert!(r.iter().all(|x| x.1 != "drop"), "{r:?}");
    }

    #[test]
    fn time_and_again_says_how_often_and_is_no_object() {
        let r = relations("Jane Roe has repeated time and again that Acme Corp is sound.");
        assert!(r.iter().all(|x| x.2 != "time"), "{r:?}");
    }

    #[test]
    fn a_second_gerund_joined_to_the_first_shares_its_object() {
        let r =
            relations("Jane Roe said Acme Corp will stop collecting and storing phone records.");
        assert_eq!(
            relation(&r, "stop").2,
            "collecting and storing phone records",
            "{r:?}"
        );
    }

    #[test]
    fn a_negation_before_ready_to_reaches_the_verb() {
        let r = relations("Jane Roe isn't quite ready to leave Acme Corp.");
        assert_qualifier(&r, "leave", "polarity", "negative", true);
    }

    #[test]
    fn a_concession_after_a_comma_ends_a_reported_clause() {
        let r = relations(
            "Jane Roe does not think a hearing with two witnesses is “fair,” though she said she would cooperate.",
        );
        assert_eq!(
            relation(&r, "think").2,
            "a hearing with two witnesses is “fair,”",
            "{r:?}"
        );
        let r = relations(
            "Jane Roe said Monday that Acme Corp \"will soon reopen its plant,\" even as officials warned of long delays.",
        );
        assert_eq!(
            relation(&r, "say").2,
            "Acme Corp \"will soon reopen its plant,\"",
            "{r:?}"
        );
    }

    #[test]
    fn a_name_past_a_colon_or_a_semicolon_is_no_party_to_the_verb() {
        let r = relations(
            "Republicans leveled two main complaints: weak support for allegations against Tom Hale and the cost.",
        );
        assert_qualifier(&r, "level", "target", "Tom Hale", false);
    }

    #[test]
    fn a_gerund_cut_from_its_words_is_no_phrase_and_ends_the_phrases() {
        let r = relations("Jane Roe has joined Tom Hale in calling for a full inquiry.");
        let join = relation(&r, "join");
        assert!(join.3.iter().all(|(k, _)| k != "in" && k != "for"), "{r:?}");
    }

    #[test]
    fn a_place_past_a_joined_verb_or_the_end_of_a_relative_clause_is_not_where() {
        let r = relations(
            "Last week Tom Hale, who now leads the Tarsk Legal Fund, sent a letter to Jane Roe and used the situation in Oskol as an example.",
        );
        assert_qualifier(&r, "lead", "place", "Oskol", false);
        assert_qualifier(&r, "send", "place", "Oskol", false);
        // Nor past an auxiliary after "and" or "but".
        let r = relations(
            "Prices rose. Jim Beck visited Iowa last month and will campaign in Ohio. Acme Corp has called for new talks but isn't known to have set a date for what happens in Oskol.",
        );
        assert_qualifier(&r, "visit", "place", "Ohio", false);
        assert_qualifier(&r, "call for", "place", "Oskol", false);
        // Where it all happened is still found past an infinitive, and past a noun joined.
        let r = relations("Tom Hale invested more money and resources in Oskol.");
        assert_qualifier(&r, "invest", "place", "Oskol", true);
    }

    #[test]
    fn the_owner_of_a_noun_before_an_infinitive_is_who_would_act() {
        let r = relations(
            "Democrats and Republicans united in repudiating Jane Roe's failure to condemn Tom Hale.",
        );
        let condemn = relation(&r, "condemn");
        assert_eq!(condemn.0, "Jane Roe", "{r:?}");
        assert!(has_qualifier(condemn, "polarity", "negative"), "{r:?}");
        // An owned noun that names people acts itself, and no name stands for it.
        let r = relations("Tom Hale said the report led Jane Roe's opponents to quit Acme Corp.");
        assert!(r.iter().all(|x| x.1 != "quit"), "{r:?}");
    }

    #[test]
    fn a_failure_before_a_split_infinitive_negates_it_and_an_ability_makes_it_possible() {
        let r = relations("Jane Roe's failures to publicly condemn Tom Hale drew criticism.");
        assert_qualifier(&r, "condemn", "polarity", "negative", true);
        let r = relations("Critics doubt Jane Roe's ability to win the Tarsk primary.");
        assert_qualifier(&r, "win", "modality", "possible", true);
    }

    #[test]
    fn a_name_joined_to_a_possessive_name_owns_with_it_and_does_not_act() {
        let r = relations("Critics say Jane Roe and Tom Hale's tax plan kills jobs.");
        assert!(r.iter().all(|x| x.0 != "Jane Roe"), "{r:?}");
        // Past an owned person's name, the first name is one of a list.
        let r = relations("Tom Hale will be joined by Ann Lee and Jim Beck's lawyer Jane Roe.");
        assert!(r.iter().any(|x| x.0 == "Ann Lee" && x.1 == "join"), "{r:?}");
    }

    #[test]
    fn the_comma_closing_an_aside_after_the_reported_verb_ends_the_clause() {
        let r = relations(
            "Ann Lee noted that Acme Corp sent 200 cars to Tarsk, which has become a hub of the trade, and Tom Hale agreed.",
        );
        assert_eq!(
            relation(&r, "note").2,
            "Acme Corp sent 200 cars to Tarsk, which has become a hub of the trade",
            "{r:?}"
        );
        // Before the clause's verb the aside stays inside.
        let r = relations("Ann Lee said that Tom Hale, who died in 2001, had sold Acme Corp.");
        assert_eq!(
            relation(&r, "say").2,
            "Tom Hale, who died in 2001, had sold Acme Corp.",
            "{r:?}"
        );
    }

    #[test]
    fn and_that_after_a_bare_clause_inside_a_that_clause_joins_the_outer_report() {
        let r = relations(
            "Jane Roe later said that she hoped the players could find some rest and that she remained committed to the plan.",
        );
        assert_eq!(
            relation(&r, "hope").2,
            "the players could find some rest",
            "{r:?}"
        );
        // A report whose own clause has no "that" keeps both.
        let r = relations(
            "Jane Roe said the players could find some rest and that she remained committed to the plan.",
        );
        assert_eq!(
            relation(&r, "say").2,
            "the players could find some rest and that she remained committed to the plan",
            "{r:?}"
        );
    }

    #[test]
    fn a_past_participle_after_an_adjective_and_a_comma_stays_in_the_phrase() {
        let r = relations("France and Spain have agreed to a new, updated version of the treaty.");
        assert_eq!(
            relation(&r, "agree to").2,
            "a new, updated version of the treaty",
            "{r:?}"
        );
        let r = relations("After Acme Corp bought the plant, closed shops opened again.");
        assert!(r.iter().all(|x| !x.2.contains("closed")), "{r:?}");
    }

    #[test]
    fn a_participle_before_a_quotation_or_an_infinitive_ends_the_phrase() {
        let r = relations(
            "Jane Roe issued a statement offering “sincere condolences to the people of Tarsk and to the families of the victims of the crash.”",
        );
        assert_eq!(relation(&r, "issue").2, "a statement", "{r:?}");
        let r = relations(
            "Jane Roe told Tarsk Radio in an interview set to air on Sunday that she would run.",
        );
        assert!(
            has_qualifier(relation(&r, "tell"), "in", "an interview"),
            "{r:?}"
        );
        // A noun in -ing before an infinitive is still the noun.
        let r = relations("Acme Corp called an emergency meeting to discuss the sale.");
        assert_eq!(relation(&r, "call").2, "an emergency meeting", "{r:?}");
    }

    #[test]
    fn an_infinitive_cut_before_what_its_verb_takes_is_left_out_of_the_object() {
        let r = relations("Jane Roe said she supports their push to put that in the bill.");
        assert_eq!(relation(&r, "support").2, "their push", "{r:?}");
        let r = relations("Acme Corp has used the rule to object to more than 200 changes.");
        assert_eq!(relation(&r, "use").2, "the rule", "{r:?}");
        // A verb that ends its phrase keeps it.
        let r = relations("Jane Roe wasted a late chance to equalise in the final minute.");
        assert_eq!(
            relation(&r, "waste").2,
            "a late chance to equalise in the final minute",
            "{r:?}"
        );
    }

    #[test]
    fn an_object_ends_before_the_first_words_of_an_approximation() {
        let r = relations("Tom Hale noted the absence of more than a dozen senators.");
        assert_eq!(relation(&r, "note").2, "the absence", "{r:?}");
        let r = relations("Acme Corp kept the support of as many as 40 members.");
        assert_eq!(relation(&r, "keep").2, "the support", "{r:?}");
    }

    #[test]
    fn an_aside_on_a_name_in_a_report_is_neither_claimed_nor_denied() {
        let r = relations(
            "Tom Hale denied that he was giving cover to Qatar, which cooperates with France on arms sales.",
        );
        assert_qualifier(&r, "cooperate", "claimant", "Tom Hale", false);
        assert!(
            !has_qualifier(relation(&r, "cooperate"), "polarity", "negative"),
            "{r:?}"
        );
        // The act after the aside is still the report's.
        let r =
            relations("Ann Lee said that Acme Corp, which employs 300 people, sold Globex Inc.");
        assert_qualifier(&r, "employ", "claimant", "Ann Lee", false);
        assert_qualifier(&r, "sell", "claimant", "Ann Lee", true);
    }

    #[test]
    fn a_report_in_a_subordinate_clause_claims_only_its_own_clause() {
        let r = relations(
            "Although Jane Roe said the talks went well, Acme Corp has lost ground in Brazil.",
        );
        let lose = relation(&r, "lose");
        assert!(!lose.3.iter().any(|q| q.0 == "claimant"), "{lose:?}");
        let r = relations(
            "Tom Hale warned of cuts, while Jane Roe confirmed that Acme Corp had sold Globex Industries.",
        );
        let sell = relation(&r, "sell");
        assert!(has_qualifier(sell, "claimant", "Jane Roe"), "{sell:?}");
        // A conjunction or an adverb may stand before the subordinator.
        let r = relations(
            "But even before Acme Corp said the plant would not be sold, Jim Beck insisted he had no plan to leave.",
        );
        let insist = relation(&r, "insist");
        assert!(!insist.3.iter().any(|q| q.0 == "claimant"), "{insist:?}");
        // So may a stretch of time before "after" or "before".
        for text in [
            "Hours after Jim Beck posted a tweet, Acme Corp sold the plant.",
            "On Friday, about 14 hours after Jim Beck posted a tweet, Acme Corp sold the plant.",
        ] {
            let r = relations(text);
            let sell = relation(&r, "sell");
            assert!(
                !sell.3.iter().any(|q| q.0 == "claimant"),
                "{text}: {sell:?}"
            );
        }
    }

    #[test]
    fn a_trigger_keeps_the_phrase_its_verb_needs_unless_a_qualifier_holds_it() {
        let r = relations("Ann Lee described the levy as a tax on the poor.");
        assert_eq!(
            relation(&r, "describe").2,
            "the levy as a tax on the poor",
            "{r:?}"
        );
        let r = relations("Judge Ann Lee barred Acme Corp from selling its shares.");
        assert_eq!(
            relation(&r, "bar").2,
            "Acme Corp from selling its shares",
            "{r:?}"
        );
        // "for" already names the reason as a qualifier.
        let r = relations("Jane Roe blamed Jim Beck for the delay.");
        let blame = relation(&r, "blame");
        assert_eq!(blame.2, "Jim Beck", "{r:?}");
        assert!(has_qualifier(blame, "for", "the delay"), "{blame:?}");
    }

    #[test]
    fn a_negation_before_a_subordinator_and_a_list_number_say_nothing_of_the_verb() {
        let r = relations(
            "There were no warning signs before Tom Hale shot his neighbour in September.",
        );
        let shoot = relation(&r, "shoot");
        assert!(!shoot.3.iter().any(|q| q.0 == "polarity"), "{shoot:?}");
        let r = relations("Tom Hale spoke on Monday.\n\n3) He asked voters if they had voted.");
        let ask = relation(&r, "ask");
        assert!(!ask.3.iter().any(|q| q.0 == "quantity"), "{ask:?}");
    }

    #[test]
    fn a_course_only_considered_is_possible() {
        let r = relations("Acme Corp would consider selling the plant to Globex Inc.");
        assert!(
            has_qualifier(relation(&r, "sell"), "modality", "possible"),
            "{r:?}"
        );
    }

    #[test]
    fn a_gerunds_object_does_not_speak_and_so_far_is_no_object() {
        let r = relations(
            "Tom Hale, the lawyer representing Acme Corp, said the charity was proud, claiming it gave $19 million to schools.",
        );
        assert_eq!(relation(&r, "claim").0, "Tom Hale", "{r:?}");
        let r = relations("Prices rose. Tarsk-CoVs discovered so far are linked with bats.");
        assert!(!r.iter().any(|x| x.2 == "so far"), "{r:?}");
    }

    #[test]
    fn a_nouns_infinitive_keeps_its_negation_and_place_and_due_to_ends_a_phrase() {
        let r = relations("Coach Tom Hale defended his decision not to release the stars.");
        assert_eq!(
            relation(&r, "defend").2,
            "his decision not to release the stars",
            "{r:?}"
        );
        let r = relations("Ann Lee has expressed a willingness to come to Tarsk.");
        assert_eq!(
            relation(&r, "express").2,
            "a willingness to come to Tarsk",
            "{r:?}"
        );
        let r = relations("Acme Corp suffered a fall in profits due to the strike.");
        assert_eq!(relation(&r, "suffer").2, "a fall in profits", "{r:?}");
    }

    #[test]
    fn fans_do_not_speak_for_their_club_and_had_before_a_name_is_a_condition() {
        let r = relations("Prices rose. Acme Corp fans claimed the trouble began with chants.");
        assert!(r.iter().all(|x| x.1 != "claim"), "{r:?}");
        let r = relations("Prices rose. Acme Corp officials said the plant would close.");
        assert_eq!(relation(&r, "say").0, "Acme Corp", "{r:?}");
        let r = relations(
            "Voters “would have felt betrayed” had Jim Beck allowed Tom Hale to fill the seat, said Ann Lee.",
        );
        assert!(
            has_qualifier(relation(&r, "allow"), "modality", "conditional"),
            "{r:?}"
        );
    }

    #[test]
    fn a_clause_that_a_noun_after_to_or_about_states_is_not_reported() {
        let r = relations(
            "Tom Hale replied to claims that he had written off half the town. Ann Lee tweeted Sunday in response to an Acme News report that the bank has started to erode. Jim Beck noted in a recent report that the plant had closed.",
        );
        assert!(
            r.iter().all(|x| !matches!(x.1.as_str(), "reply" | "tweet")),
            "{r:?}"
        );
        assert_eq!(objects(&r, "note"), ["the plant had closed"], "{r:?}");
    }

    #[test]
    fn an_s_form_after_a_number_word_is_a_plural_noun() {
        let r = relations("Thirty states allow capital punishment.");
        assert!(r.iter().all(|x| x.1 != "state"), "{r:?}");
    }

    #[test]
    fn an_s_form_after_a_preposition_is_a_plural_noun() {
        let r = relations(
            "Ann Lee responded Wednesday to comments Jim Beck made to reporters. Tom Hale replied to claims that he had written off half the town. Acme Corp acted in response to sanctions imposed by Oskol.",
        );
        assert!(
            r.iter()
                .all(|x| !matches!(x.1.as_str(), "comment" | "claim" | "sanction")),
            "{r:?}"
        );
    }

    #[test]
    fn a_report_cut_down_to_a_pronoun_and_an_auxiliary_says_nothing() {
        let r = relations(
            "Prices rose, as Jim Beck said they would. Acme Corp insists it does not. Ann Lee said they would win.",
        );
        let reported: Vec<&str> = r
            .iter()
            .filter(|x| matches!(x.1.as_str(), "say" | "insist"))
            .map(|x| x.2.as_str())
            .collect();
        assert_eq!(reported, ["they would win"], "{r:?}");
    }

    #[test]
    fn an_s_form_after_a_governed_base_form_is_its_object() {
        let r = relations(
            "Spokespeople for Mr. Beck and Mr. Hale didn’t immediately return calls seeking comment. Acme Corp will take steps to cut costs.",
        );
        assert!(
            r.iter().all(|x| !matches!(x.1.as_str(), "call" | "step")),
            "{r:?}"
        );
    }

    #[test]
    fn an_s_form_right_after_a_reporting_verb_is_a_plural_noun() {
        let r = relations(
            "Jane Roe says claims that the mayor lied are unfounded. Tom Hale said reports of a deal were false.",
        );
        assert!(
            r.iter()
                .all(|x| !matches!(x.1.as_str(), "claim" | "report")),
            "{r:?}"
        );
        assert_eq!(
            relation(&r, "say").2,
            "claims that the mayor lied are unfounded",
            "{r:?}"
        );
    }

    #[test]
    fn a_subordinator_after_a_quotation_that_is_the_whole_report_opens_the_writers_clause() {
        let r = relations(
            "Jim Beck said Tuesday that \"all options are on the table\" after Oskol launched a missile over Japan.",
        );
        assert_eq!(
            relation(&r, "say").2,
            "\"all options are on the table\"",
            "{r:?}"
        );
        assert_qualifier(&r, "launch", "claimant", "Jim Beck", false);
        let r = relations(
            "Ann Lee tried to get Tom Hale to answer whether he was \"right or wrong\" when he called the plan a \"grave blunder.\"",
        );
        assert!(relation(&r, "call").3.is_empty(), "{r:?}");
    }

    #[test]
    fn a_name_after_in_a_noun_and_of_is_no_place() {
        let r = relations(
            "Jim Beck threatened to hold Tom Hale in contempt of Congress. Ann Lee met Jo Doe in the heart of Lisbon.",
        );
        assert!(
            !relation(&r, "hold").3.iter().any(|(k, _)| k == "place"),
            "{r:?}"
        );
        assert!(
            has_qualifier(relation(&r, "meet"), "place", "Lisbon"),
            "{r:?}"
        );
    }

    #[test]
    fn had_before_a_pronoun_and_its_participle_is_a_condition() {
        let r = relations(
            "Jim Beck may have had more support had he entered the race in 2008. Ann Lee spoke. Never had she joined a party. Tom Hale said he had sold the farm.",
        );
        assert_qualifier(&r, "enter", "modality", "conditional", true);
        assert_qualifier(&r, "join", "modality", "conditional", false);
        assert_qualifier(&r, "sell", "modality", "conditional", false);
    }

    #[test]
    fn should_before_its_subject_and_assuming_open_a_condition() {
        let r = relations(
            "Prices rose. But should Canada press ahead to levy tariffs on Swiss imports, that would hurt consumers. Jane Roe will win the seat, assuming Tom Hale wins the primary. Acme Corp will sell the unit, provided that Globex Inc pays the fee. Ann Lee said they should win the final.",
        );
        assert_qualifier(&r, "levy", "modality", "conditional", true);
        assert_qualifier(&r, "pay", "modality", "conditional", true);
        let win_by = |who: &str| r.iter().find(|x| x.1 == "win" && x.0 == who).unwrap();
        assert!(
            has_qualifier(win_by("Tom Hale"), "modality", "conditional"),
            "{r:?}"
        );
        assert!(
            !has_qualifier(win_by("Jane Roe"), "modality", "conditional"),
            "{r:?}"
        );
    }

    #[test]
    fn a_long_reported_clause_is_kept_whole() {
        let r = relations(
            "Tom Hale has said that he would not come to the defense of other alliance members but would first review how much those nations have spent on their own defense.",
        );
        assert_eq!(
            relation(&r, "say").2,
            "he would not come to the defense of other alliance members but would first review how much those nations have spent on their own defense",
            "{r:?}"
        );
    }

    #[test]
    fn a_passive_reporting_verb_has_no_claimant_even_after_an_adverb() {
        let r = relations(
            "The Acme Corp prop was only recalled after Jim Beck suffered a neck injury.",
        );
        let suffer = relation(&r, "suffer");
        assert!(!suffer.3.iter().any(|q| q.0 == "claimant"), "{suffer:?}");
    }

    #[test]
    fn ending_a_stretch_of_time_stops_nothing() {
        let r = relations(
            "Jim Beck ended March with $1.4 million on hand. Acme Corp ended the fiscal year with a profit. Globex Inc ended the talks in May.",
        );
        let ended: Vec<_> = r.iter().filter(|x| x.1 == "end").collect();
        assert_eq!(ended.len(), 1, "{r:?}");
        assert_eq!(ended[0].2, "the talks", "{r:?}");
    }

    #[test]
    fn a_particle_no_trigger_takes_makes_another_verb() {
        let r = relations("Tom Hale wound up his speech with a joke.");
        assert!(!r.iter().any(|x| x.1 == "wound"), "{r:?}");
        let r = relations("Brazil wounded nine soldiers in Lisbon.");
        assert!(r.iter().any(|x| x.1 == "wound"), "{r:?}");
    }

    #[test]
    fn a_phrase_may_stand_between_the_verb_and_that_and_made_clear_has_no_object() {
        let r = relations(
            "Tom Hale wrote in a blog post on Friday that Jane Roe is no longer a contributor.",
        );
        let write = relation(&r, "write");
        assert_eq!(write.2, "Jane Roe is no longer a contributor");
        let r = relations("Jane Roe made clear she would run again.");
        assert!(!r.iter().any(|x| x.2 == "clear"), "{r:?}");
    }

    #[test]
    fn a_birthplace_a_plan_or_a_name_in_a_phrase_places_no_one() {
        for text in [
            "Tom Hale was born in Lisbon.",
            "Tom Hale will play at Tarsk Arena in Lisbon.",
            "A museum dedicated to Tom Hale is to open in Lisbon.",
        ] {
            let r = relations(text);
            assert!(
                !r.iter()
                    .any(|x| x.0 == "Tom Hale" && x.1.starts_with("located")),
                "{text}: {r:?}"
            );
        }
        let r = relations("Tom Hale was at the stadium in Lisbon.");
        assert!(r.iter().any(|x| x.1 == "located in"), "{r:?}");
    }

    #[test]
    fn a_place_after_what_for_names_places_no_one() {
        for text in [
            "Tom Hale was passed fit for Sunday's match at Harbor Park.",
            "Tom Hale is finalising funding for the new stadium in Lisbon.",
        ] {
            let r = relations(text);
            assert!(
                !r.iter()
                    .any(|x| x.0 == "Tom Hale" && x.1.starts_with("located")),
                "{text}: {r:?}"
            );
        }
        for text in [
            "Tom Hale, best known for his films, died in Lisbon.",
            "Tom Hale met Jim Beck for a second time this week in Lisbon.",
        ] {
            let r = relations(text);
            assert!(
                r.iter().any(|x| x.0 == "Tom Hale" && x.1 == "located in"),
                "{text}: {r:?}"
            );
        }
    }

    #[test]
    fn a_ruling_reports_its_clause() {
        let r = relations("Judge Tom Hale ruled Acme Corp should get a tenth of the profits.");
        let rule = relation(&r, "rule");
        assert_eq!(rule.2, "Acme Corp should get a tenth of the profits");
    }

    #[test]
    fn a_relative_clause_or_party_label_stays_in_the_reported_clause() {
        let r =
            relations("Tom Hale said that Jane Roe, who died in 2001, would have been delighted.");
        let say = relation(&r, "say");
        assert_eq!(
            say.2,
            "Jane Roe, who died in 2001, would have been delighted"
        );
        // So does a lawmaker's party label, but a writer's bracketed clause ends it.
        let r = relations("Tom Hale said Senator Jane Roe (R., Wis.) was on board.");
        let say = relation(&r, "say");
        assert_eq!(say.2, "Senator Jane Roe (R., Wis.) was on board");
        let r = relations("Tom Hale says the Church opposes the plan (it never officially has).");
        assert_eq!(
            relation(&r, "say").2,
            "the Church opposes the plan",
            "{r:?}"
        );
    }

    #[test]
    fn a_name_joined_to_one_in_a_phrase_is_in_it_too() {
        let r = relations(
            "The film, which was made by Acme Corp and Globex Industries, beat rivals to the prize.",
        );
        assert!(!r.iter().any(|x| x.1 == "beat"), "{r:?}");
        let r = relations("Acme Corp and Globex Industries beat rivals to the prize.");
        assert!(
            r.iter().any(|x| x.0 == "Acme Corp" && x.1 == "beat"),
            "{r:?}"
        );
    }

    #[test]
    fn the_main_clause_speaker_claims_no_subordinate_clause_and_that_after_a_listener_opens_speech()
    {
        let r = relations(
            "Although Tom Hale did later disavow Jane Roe, Acme Corp called his response disgusting.",
        );
        assert!(
            !r.iter().any(|x| x.3.iter().any(|q| q.0 == "claimant")),
            "{r:?}"
        );
        let r =
            relations("Last week, Tom Hale told Jane Roe that he believes there may be a problem.");
        assert!(
            !r.iter().any(|x| x.1 == "believe" && x.2 == "Jane Roe"),
            "{r:?}"
        );
        let r = relations("It will be the 21st Acme Corp film to hit the big screen.");
        assert!(!r.iter().any(|x| x.1 == "hit"), "{r:?}");
    }

    #[test]
    fn an_open_question_is_a_question() {
        let r = relations("Analysts doubted whether Tom Hale would buy Globex Industries.");
        let buy = relation(&r, "buy");
        assert!(has_qualifier(buy, "modality", "question"), "{buy:?}");
        let r = relations("Prices rose. A reporter asked Jane Roe if she supported the new tax.");
        assert_qualifier(&r, "support", "modality", "question", true);
    }

    #[test]
    fn a_figure_in_an_aside_is_not_the_verbs() {
        let r = relations(
            "Tom Hale said the company - where he worked for 60 years - had broken the deal.",
        );
        let say = relation(&r, "say");
        assert!(!say.3.iter().any(|q| q.0 == "quantity"), "{say:?}");
    }

    #[test]
    fn a_demonym_before_a_verb_that_may_be_a_noun_is_a_person_not_the_country() {
        let r = relations("The Spaniard beat Tom Hale in the final.");
        assert!(!r.iter().any(|x| x.0 == "Spaniard"), "{r:?}");
    }

    #[test]
    fn qualifiers_stay_in_the_verbs_own_clause() {
        let r = relations("Jane Roe hit a peak of 40 points before declining in the polls.");
        let hit = relation(&r, "hit");
        assert!(!hit.3.iter().any(|q| q.0 == "in"), "{hit:?}");
        let r = relations("Tom Hale introduced Jane Roe with a speech on tax reform.");
        let intro = relation(&r, "introduce");
        assert!(!intro.3.iter().any(|q| q.0 == "on"), "{intro:?}");
        let r = relations("Jane Roe returned the files nearly two years after she left office.");
        let left = relation(&r, "leave");
        assert!(!left.3.iter().any(|q| q.0 == "quantity"), "{left:?}");
    }

    #[test]
    fn a_reporting_verb_after_a_denial_and_and_is_no_part_of_what_was_denied() {
        let r = relations(
            "Prices rose. Acme Corp denies that its weedkiller causes cancer and says the studies were flawed.",
        );
        assert_qualifier(&r, "say", "polarity", "negative", false);
    }

    #[test]
    fn a_reporting_verb_in_a_subordinate_clause_reports_nothing_before_it() {
        let r = relations(
            "Prices rose. Tom Hale came. Jim Beck said at one point, cutting Hale off before he could respond.",
        );
        assert!(!r.iter().any(|x| x.1 == "respond"), "{r:?}");
    }

    #[test]
    fn a_pronoun_and_a_reporting_verb_after_a_closed_quotation_report_anew() {
        let r = relations(
            "Prices rose. After Jim Beck noted that the plan has “some flaws,” she added that it would pass.",
        );
        assert_eq!(objects(&r, "note"), ["the plan has “some flaws,”"], "{r:?}");
    }

    #[test]
    fn a_clause_whose_subject_went_to_a_relative_pronoun_is_not_reported() {
        let r = relations(
            "Prices rose. Jane Roe discussed talks with Tarsk, which Tom Hale said he expected would resume in May.",
        );
        assert!(
            !r.iter()
                .any(|x| x.1 == "say" && x.2.starts_with("he expected")),
            "{r:?}"
        );
    }

    #[test]
    fn a_compound_of_manner_is_no_object() {
        let r = relations("Prices rose. Jane Roe met one-on-one with Tom Hale on Thursday.");
        assert_eq!(objects(&r, "meet"), ["Tom Hale"], "{r:?}");
        let r = relations("Prices rose. Acme Corp won back-to-back titles in Tarsk.");
        assert_eq!(objects(&r, "win"), ["back-to-back titles"], "{r:?}");
        let r = relations("Prices rose. Jane Roe criticized Medicare-for-all as too costly.");
        assert_eq!(objects(&r, "criticize"), ["Medicare-for-all"], "{r:?}");
    }

    #[test]
    fn a_caption_position_is_no_verb() {
        let r =
            relations("Jane Roe, left, and Tom Hale talk at an event at the University of Tarsk.");
        assert!(!r.iter().any(|x| x.1 == "leave"), "{r:?}");
        assert!(
            !relations("Tom Hale (right) greets Jane Roe in Lisbon.")
                .iter()
                .any(|x| x.1 == "right")
        );
        let r = relations(
            "A photo shows Jane Roe standing with Tom Hale, top left photo, at a gala in Tarsk.",
        );
        assert!(!r.iter().any(|x| x.1 == "leave"), "{r:?}");
    }

    #[test]
    fn a_member_inside_a_body_speaks_for_himself() {
        let r = relations(
            "A senior Democrat in the Brazilian Senate warned teachers they could see cuts.",
        );
        assert!(!r.iter().any(|x| x.1 == "warn"), "{r:?}");
        let r = relations("Acme Corp officials warned that prices would rise.");
        assert!(
            r.iter().any(|x| x.0 == "Acme Corp" && x.1 == "warn"),
            "{r:?}"
        );
    }

    #[test]
    fn a_participle_describing_a_noun_or_a_name_for_a_phrase_claims_nothing() {
        let r = relations(
            "Judge Tom Hale attached a column, written by Ann Lee, as an appendix to his opinion. \
             Jane Roe championed local firms, \"the small dealers,\" as her predecessor Ann Lee \
             called them.",
        );
        assert!(
            r.iter().all(|x| !x.3.iter().any(|(k, _)| k == "claimant")),
            "{r:?}"
        );
    }

    #[test]
    fn a_longer_preposition_ending_in_to_names_no_destination() {
        let r = relations(
            "Tarsk has achieved its objective with respect to Jim Beck. Jim Beck sent aid in response to Tom Hale. Ken Lowe delivered a response to Tom Hale.",
        );
        assert_eq!(qualifier_values(&r, "about"), ["Jim Beck"], "{r:?}");
        assert_eq!(qualifier_values(&r, "destination"), ["Tom Hale"], "{r:?}");
        assert!(
            has_qualifier(relation(&r, "deliver"), "destination", "Tom Hale"),
            "{r:?}"
        );
    }

    #[test]
    fn a_name_owning_a_figure_qualifies_it_and_is_no_argument() {
        let r = relations(
            "Ann Lee leads the race with 1,168 delegates to Jim Beck’s 884. Tom Hale agreed to buy Acme Corp's 4.76% holding in Globex Inc.",
        );
        assert!(qualifier_values(&r, "destination").is_empty(), "{r:?}");
        assert_eq!(relation(&r, "buy").2, "Acme Corp's 4.76% holding", "{r:?}");
    }

    #[test]
    fn a_titles_to_names_whom_the_office_serves_not_a_destination() {
        let r = relations(
            "Jane Roe met the Ruritanian ambassador to Tarsk last year. Acme Corp sent advisers to Oskol, and Tom Hale will head to Tarsk.",
        );
        assert!(
            !has_qualifier(relation(&r, "meet"), "destination", "Tarsk"),
            "{r:?}"
        );
        assert!(
            has_qualifier(relation(&r, "send"), "destination", "Oskol"),
            "{r:?}"
        );
    }

    #[test]
    fn where_one_leaves_for_is_a_destination_and_no_object() {
        let r = relations(
            "Amy Fox left Lisbon for Madrid on Sunday. Ann Lee left Friday for Camp Tarsk, a retreat in the Oskol hills. Acme Corp set a deadline for Globex Inc on Monday.",
        );
        let leave = relation(&r, "leave");
        assert_eq!(leave.2, "Lisbon", "{r:?}");
        assert!(qualifier_values(&r, "destination").len() == 1, "{r:?}");
        assert_eq!(r.iter().filter(|x| x.1 == "leave").count(), 1, "{r:?}");
        assert!(
            has_qualifier(relation(&r, "set"), "beneficiary", "Globex Inc"),
            "{r:?}"
        );
    }

    #[test]
    fn trigger_with_quantity_destination_and_claimant() {
        let r = relations("Brazil sent 2,500 soldiers to Paraguay, Argentina said.");
        let send = relation(&r, "send");
        assert_eq!(send.0, "Brazil");
        assert_eq!(send.2, "soldiers");
        assert!(has_qualifier(send, "quantity", "2500"), "{send:?}");
        assert!(has_qualifier(send, "destination", "Paraguay"), "{send:?}");
        assert!(has_qualifier(send, "claimant", "Argentina"), "{send:?}");
    }

    #[test]
    fn a_verb_joined_inside_a_relative_clause_is_not_the_main_subjects() {
        for sentence in [
            "Jane Roe posted a video of Tom Hale, a cleric who has urged calm and has called for a vote.",
            "Jane Roe praised Tom Hale, who has backed the plan and has called for a vote.",
        ] {
            let r = relations(sentence);
            assert!(
                !r.iter().any(|x| x.0 == "Jane Roe" && x.1 == "call for"),
                "{sentence}: {r:?}"
            );
        }
    }

    #[test]
    fn a_question_has_no_claimant_and_an_allegedly_is_alleged() {
        let r =
            relations("Jane Roe said reporters asked whether Brazil had sold the jets to Chile.");
        let sell = relation(&r, "sell");
        assert!(has_qualifier(sell, "modality", "question"), "{sell:?}");
        assert!(!sell.3.iter().any(|(k, _)| k == "claimant"), "{sell:?}");
        let r = relations("Brazil allegedly attacked Chilean soldiers near the border.");
        assert_qualifier(&r, "attack", "modality", "alleged", true);
    }

    #[test]
    fn what_others_expected_is_no_intention() {
        let r = relations("Prices rose. Acmeworks had been expected to win the auction.");
        assert_qualifier(&r, "win", "modality", "future", true);
        let r = relations("Prices rose. Jane Roe expects to win the race.");
        assert_qualifier(&r, "win", "modality", "intended", true);
    }

    #[test]
    fn a_clause_reported_with_a_noun_subject_is_not_the_reporters_act() {
        let r = relations(
            "Prices rose in May. Acme Corp said estate agents were set to enter the market. \
             Jane Roe said the city would look to hire several hundred tracers.",
        );
        assert!(
            !r.iter().any(|x| matches!(x.1.as_str(), "enter" | "hire")),
            "{r:?}"
        );
        // A verb that takes a noun is no report of a clause ("condemned sanctuary cities").
        let r = relations(
            "Prices rose in May. Tom Hale condemned sanctuary cities, claiming that they drew \
             migrants.",
        );
        assert_eq!(relation(&r, "claim").0, "Tom Hale", "{r:?}");
    }

    #[test]
    fn a_plain_noun_subject_after_another_clause_leaves_the_name_out() {
        let r = relations(
            "Trade talks resumed on Monday. France is struggling with a deficit and analysts said \
             the euro would fall.",
        );
        assert!(!r.iter().any(|x| x.1 == "say"), "{r:?}");
        // A floating quantifier or an adverb after the auxiliary is no such noun.
        let r = relations("Jane Roe and Tom Hale have both said they would stay.");
        assert!(r.iter().any(|x| x.1 == "say" && x.0 == "Tom Hale"), "{r:?}");
        let r = relations("Democrats have long complained that the break is unfair.");
        assert_eq!(relation(&r, "complain").0, "Democrats", "{r:?}");
    }

    #[test]
    fn a_country_in_a_description_or_before_a_speakers_title_does_not_speak() {
        for sentence in [
            "Acmeworks, a leading German insurer, said it did not know yet.",
            "Russia's president has defended the sale, saying it followed market rules.",
            "Many countries, such as Peru or Chile, do not buy insurance, said a US-based expert.",
        ] {
            let r = relations(sentence);
            assert!(
                !r.iter()
                    .any(|x| x.1 == "say" && matches!(x.0.as_str(), "German" | "Russia" | "Chile")),
                "{sentence}: {r:?}"
            );
        }
        // An official acts for the country.
        let r = relations("A senior Ecuadorian official said no decision had been made.");
        assert_eq!(relation(&r, "say").0, "Ecuadorian", "{r:?}");
    }

    #[test]
    fn an_object_phrase_runs_on_to_what_it_is_about() {
        for (sentence, verb, object) in [
            (
                "Acme Corp ignored a court order issued last week blocking the sale of its plant.",
                "ignore",
                "a court order issued last week blocking the sale of its plant",
            ),
            (
                "Tom Hale disdained the idea of a \"free market\" in health care.",
                "disdain",
                "the idea of a \"free market\"",
            ),
            (
                "Jane Roe drew a straight line between the speech and the violence.",
                "draw",
                "a straight line between the speech and the violence",
            ),
            // The names after "between" are the treaty's, not what was approved.
            (
                "Roe said the Duma approved a treaty between Russia and Norway.",
                "approve",
                "a treaty between Russia and Norway",
            ),
            // An approximation before the figure opens no other phrase.
            (
                "Tarsk moved at least 3,000 soldiers to Russia.",
                "move",
                "3,000 soldiers",
            ),
        ] {
            let r = relations(sentence);
            assert_eq!(relation(&r, verb).2, object, "{sentence}: {r:?}");
        }
    }

    #[test]
    fn a_phrase_cut_short_ends_at_its_noun() {
        for (sentence, verb, object) in [
            (
                "Acme Corp released a report based on the survey.",
                "release",
                "a report",
            ),
            (
                "Jane Roe cited a study showing that prices rose.",
                "cite",
                "a study",
            ),
            // An "-ing" noun with no object after it stays.
            (
                "Ann Lee faced tough grilling from senators.",
                "face",
                "tough grilling",
            ),
        ] {
            let r = relations(sentence);
            assert_eq!(relation(&r, verb).2, object, "{sentence}: {r:?}");
        }
    }

    #[test]
    fn a_report_reaches_a_name_only_past_titles_and_determiners() {
        for sentence in [
            "Tom Hale said his company rejects Jane Roe's remarks.",
            "Jane Roe spoke at the annual Acme Corp meeting.",
            "Tom Hale described how Jane Roe won the seat.",
        ] {
            let r = relations(sentence);
            assert!(
                !r.iter().any(|x| x.2 == "Jane Roe" || x.2 == "Acme Corp"),
                "{sentence}: {r:?}"
            );
        }
        let r = relations("Ann Lee urged Senator Jane Roe to resign.");
        assert!(
            has_qualifier(relation(&r, "urge"), "about", "Jane Roe"),
            "{r:?}"
        );
    }

    #[test]
    fn a_name_then_a_verb_that_is_also_a_noun_opens_a_reported_clause() {
        let r = relations(
            "Tom Hale warned that Russia plans to deploy 5,000 soldiers, while Ann Lee confirmed that 6,000 soldiers are training in Tarsk.",
        );
        let warn = relation(&r, "warn");
        assert!(warn.2.starts_with("Russia plans to deploy"), "{warn:?}");
        assert!(has_qualifier(warn, "about", "Russia"), "{warn:?}");
    }

    #[test]
    fn a_later_report_claims_an_act_only_from_behind_a_comma_or_at_the_end() {
        let r = relations(
            "Brazil sent troops to Paraguay on Monday when Argentina said that the border was open.",
        );
        assert_qualifier(&r, "send", "claimant", "Argentina", false);
        let r = relations("Brazil attacked Paraguay after Argentina criticized the treaty.");
        assert_qualifier(&r, "attack", "claimant", "Argentina", false);
        let r = relations("Brazil attacked Paraguay yesterday Argentina reported.");
        assert_qualifier(&r, "attack", "claimant", "Argentina", true);
    }

    #[test]
    fn a_negative_contraction_makes_a_reported_clause() {
        let r = relations("Tom Hale said he didn’t like the result of the vote.");
        assert_eq!(
            relation(&r, "say").2,
            "he didn’t like the result of the vote",
            "{r:?}"
        );
        // A report with a clause of its own claims nothing before it.
        let r = relations(
            "Brazil sold the jets to Chile on Monday, and Tom Hale has said he won’t sign the deal.",
        );
        assert_qualifier(&r, "sell", "claimant", "Tom Hale", false);
    }

    #[test]
    fn a_pronoun_joined_to_its_auxiliary_makes_a_reported_clause() {
        for (text, clause) in [
            ("Jane Roe said he'd ask Tom Hale.", "he'd ask Tom Hale"),
            (
                "Jane Roe said they’ll meet Tom Hale.",
                "they’ll meet Tom Hale",
            ),
        ] {
            let r = relations(text);
            assert_eq!(relation(&r, "say").2, clause, "{r:?}");
        }
    }

    #[test]
    fn what_nothing_supports_is_alleged_and_claimed_by_no_one() {
        let r = relations("Jane Roe said there was no evidence Brazil sold the jets to Chile.");
        let sell = relation(&r, "sell");
        assert!(has_qualifier(sell, "modality", "alleged"), "{sell:?}");
        assert!(!sell.3.iter().any(|(k, _)| k == "claimant"), "{sell:?}");
    }

    #[test]
    fn a_percent_sign_stays_with_its_figure_in_a_phrase() {
        let r = relations("Brazil bought a 6% stake in Petrobras.");
        assert_eq!(relation(&r, "buy").2, "a 6% stake", "{r:?}");
    }

    #[test]
    fn a_person_whose_relative_was_somewhere_is_not_placed_there() {
        let r = relations("Tom Hale, whose grandmother died in Lisbon, spoke on Monday.");
        assert!(!r.iter().any(|x| x.1 == "located in"), "{r:?}");
    }

    #[test]
    fn a_person_due_to_meet_someone_somewhere_is_not_there_yet() {
        let r = relations("Prices rose. Tom Hale is due to meet Ann Lee in Oskol.");
        assert!(r.iter().all(|x| x.1 != "located in"), "{r:?}");
    }

    #[test]
    fn a_person_is_not_placed_past_a_semicolon() {
        let r = relations("Ann Lee in Lisbon; Tom Hale in Tarsk; Jim Beck in Berlin wrote this.");
        let lee: Vec<&str> = r
            .iter()
            .filter(|x| x.0 == "Ann Lee" && x.1 == "located in")
            .map(|x| x.2.as_str())
            .collect();
        assert_eq!(lee, ["Lisbon"], "{r:?}");
    }

    #[test]
    fn the_speaker_is_the_name_an_aside_describes_not_one_inside_it() {
        let r = relations(
            "Ann Lee, who was the first woman to chair the Acme Corp board, said she believed Brazil had sold the jets.",
        );
        assert_qualifier(&r, "sell", "claimant", "Ann Lee", true);
        let r = relations(
            "Tom Hale, on his first day after Jane Roe was sacked, admitted the risks but insisted that Brazil had sold the jets.",
        );
        assert_qualifier(&r, "sell", "claimant", "Jane Roe", false);
    }

    #[test]
    fn no_figure_before_a_wh_clause_nor_an_object_past_a_colon() {
        let r = relations("Two words explain why Tom Hale won in 2016: Jane Roe.");
        assert!(
            r.iter()
                .filter(|x| x.1 == "win")
                .all(|x| x.2 != "Jane Roe" && !x.3.iter().any(|(k, _)| k == "quantity")),
            "{r:?}"
        );
    }

    #[test]
    fn the_counted_noun_ends_before_apiece_and_an_ing_phrase() {
        let r = relations(
            "Prices rose. Acme Corp sold 30 cars apiece. Globex Inc spent 700 words taking Jim Beck to task. The Tarsk Bank opened three new lending offices.",
        );
        assert_qualifier(&r, "sell", "unit", "cars", true);
        assert_qualifier(&r, "spend", "unit", "words", true);
        assert_qualifier(&r, "open", "unit", "offices", true);
    }

    #[test]
    fn a_range_of_numbers_is_at_least_its_lower_end_with_the_upper_ones_scale() {
        let r = relations(
            "Prices rose. Acme Corp hired four or five engineers. Globex Inc will reach 18 to 23 million homes.",
        );
        assert_eq!(objects(&r, "hire"), ["four or five engineers"], "{r:?}");
        assert_qualifier(&r, "hire", "approximation", "at least", true);
        assert_qualifier(&r, "hire", "unit", "engineers", true);
        assert_qualifier(&r, "reach", "quantity", "18000000", true);
    }

    #[test]
    fn a_number_after_or_that_ends_a_phrase_is_a_rough_measure_of_it() {
        let r = relations("Prices rose. Acme Corp expects a ruling within the next day or two.");
        assert_eq!(
            objects(&r, "expect"),
            ["a ruling within the next day or two"],
            "{r:?}"
        );
        assert!(qualifier_values(&r, "quantity").is_empty(), "{r:?}");
    }

    #[test]
    fn a_figure_before_figure_sizes_a_sum_and_counts_nothing() {
        let r = relations("Prices rose. Jane Roe wrote six figure checks to the campaign.");
        assert!(qualifier_values(&r, "quantity").is_empty(), "{r:?}");
    }

    #[test]
    fn a_particle_pronoun_or_participle_is_no_counted_noun() {
        for (sentence, verb, unit) in [
            (
                "Brazil sent 27 buses out to the border.",
                "send",
                Some("buses"),
            ),
            ("Brazil sent 20 more ships to Chile.", "send", Some("ships")),
            ("Brazil sent 27 aboard to the border.", "send", None),
            (
                "Brazil bought $500 billion worth of Chilean goods.",
                "buy",
                None,
            ),
        ] {
            let r = relations(sentence);
            let found = relation(&r, verb);
            let got = found
                .3
                .iter()
                .find(|(k, _)| k == "unit")
                .map(|(_, v)| v.as_str());
            assert_eq!(got, unit, "{sentence}: {found:?}");
        }
    }

    #[test]
    fn the_counted_noun_is_the_last_word_before_a_preposition() {
        let r = relations("Brazil will buy 135 advanced jet engines from Siemens.");
        let buy = relation(&r, "buy");
        assert!(has_qualifier(buy, "unit", "engines"), "{buy:?}");
        // A name may modify the counted noun, and any verb's figure has its unit.
        let r = relations("Brazil kept 9,000 hourly Siemens jobs.");
        assert!(
            r.iter()
                .any(|x| x.1 == "keep" && has_qualifier(x, "unit", "jobs")),
            "{r:?}"
        );
        // An age is no figure, and a figure past a comma belongs to another clause; a
        // demonym standing for a person is no party.
        let r = relations(
            "The Brazilian champion beat the 40-year-old Tomas Brenner, who fell to 36 wins.",
        );
        assert!(r.iter().all(|x| x.0 != "Brazilian"), "{r:?}");
        assert!(
            r.iter().all(|x| !has_qualifier(x, "quantity", "40")),
            "{r:?}"
        );
        let r = relations("Brazil beat Tomas Brenner in Lisbon, and 36 fans cheered.");
        let beat = relation(&r, "beat");
        assert!(!beat.3.iter().any(|(k, _)| k == "quantity"), "{beat:?}");
        // Neither a partitive nor a span of past time is a figure.
        let r = relations(
            "Brazil ended one of the last border checks. Portugal increased aid in the past four years.",
        );
        assert!(
            r.iter().all(|x| !x.3.iter().any(|(k, _)| k == "quantity")),
            "{r:?}"
        );
    }

    #[test]
    fn where_something_was_said_is_not_what_was_said() {
        let r = relations(
            "Anna Berg told reporters in Lisbon. Odile Marchetti led the crowd in singing to Joao Pereira.",
        );
        assert!(r.iter().all(|x| x.1 != "tell"), "{r:?}");
        assert!(r.iter().all(|x| x.1 != "sing"), "{r:?}");
    }

    #[test]
    fn reports_name_what_they_are_about() {
        let r = relations(
            "Anna Berg mentioned that the Brazilian Trade Council approved it. Odile Marchetti refused to confirm it, Reuters reported. Portugal plans to boost trade with Brazil, which is expected to grow. Joao Pereira addressed reports that Chile sent troops. Brazil praised the newly signed fisheries treaty.",
        );
        // What was said is the object, and the name it is about a qualifier.
        assert!(
            r.iter().any(|x| x.0 == "Anna Berg"
                && x.2 == "the Brazilian Trade Council approved it"
                && x.3
                    .contains(&("about".into(), "Brazilian Trade Council".into()))),
            "{r:?}"
        );
        assert!(r.iter().all(|x| x.2 != "Reuters"), "{r:?}");
        assert!(
            r.iter().all(|x| !has_qualifier(x, "claimant", "Brazil")),
            "{r:?}"
        );
        // "addressed reports": a noun, no verb; the report at the end of a sentence is about
        // the subject of the clause before it.
        assert!(
            r.iter()
                .all(|x| (x.1 != "report" || x.0 == "Reuters") && x.1 != "sign"),
            "{r:?}"
        );
        assert!(
            r.iter().any(|x| x.0 == "Reuters"
                && x.1 == "report"
                && x.2 == "Odile Marchetti refused to confirm it"
                && has_qualifier(x, "about", "Odile Marchetti")),
            "{r:?}"
        );
    }

    #[test]
    fn adverbs_and_demonyms_before_nouns_are_no_arguments() {
        let r = relations(
            "Anna Berg tweeted tersely to Joao Pereira. Odile Marchetti, asked by a Brazilian reporter about it, smiled.",
        );
        assert!(r.iter().all(|x| x.2 != "tersely"), "{r:?}");
        assert!(r.iter().all(|x| x.0 != "Brazilian"), "{r:?}");
    }

    #[test]
    fn a_change_is_to_the_figure_after_to() {
        let r = relations(
            "Brazil had increased support for Chile in recent years from $1.1bn to $4.6bn.",
        );
        let increase = relation(&r, "increase");
        assert!(
            increase
                .3
                .contains(&("quantity".into(), "4600000000".into())),
            "{increase:?}"
        );
    }

    #[test]
    fn money_amounts_are_normalised() {
        let r = relations("Siemens invested $28.3bn in Portugal last year.");
        let invest = relation(&r, "invest");
        assert!(
            invest
                .3
                .contains(&("quantity".into(), "28300000000".into())),
            "{invest:?}"
        );
        // 8.3 × 10⁹ is no whole number in binary; the sum is the object when no name is.
        let r = relations("Siemens offered to invest $8.3 billion in Siemens plants.");
        let invest = relation(&r, "invest");
        assert_eq!(invest.2, "$8.3 billion");
        assert!(
            has_qualifier(invest, "quantity", "8300000000")
                && has_qualifier(invest, "in", "Siemens plants"),
            "{invest:?}"
        );
    }

    #[test]
    fn approximations_are_kept() {
        let r = relations("Brazil deployed as many as 900 troops to Paraguay.");
        let d = relation(&r, "deploy");
        assert!(has_qualifier(d, "approximation", "as many as"), "{d:?}");
        // "About" after "all" or a verb of talk or thought says what the words concern.
        let r = relations(
            "Jim Beck says the talks are really all about two men. Ann Lee talked about three issues. Brazil deployed about 900 troops to Paraguay.",
        );
        assert_qualifier(&r, "say", "approximation", "about", false);
        assert_qualifier(&r, "talk", "approximation", "about", false);
        assert_qualifier(&r, "deploy", "approximation", "about", true);
    }

    #[test]
    fn the_nearest_reporter_before_a_verb_claims_it() {
        let r = relations(
            "Anna Berg warned that Portugal would send 100 inspectors, while Tomas Brenner confirmed that Chile deployed 200 soldiers to Peru.",
        );
        let deploy = relation(&r, "deploy");
        assert!(
            deploy
                .3
                .contains(&("claimant".into(), "Tomas Brenner".into())),
            "{deploy:?}"
        );
    }

    #[test]
    fn a_verb_joined_by_but_takes_the_main_subject() {
        let r = relations(
            "Brazilian President Joao Pereira did not deny a claim that Portugal had sent 300 inspectors but said Lisbon would decide.",
        );
        let say = relation(&r, "say");
        assert_eq!(say.0, "Joao Pereira", "{say:?}");
    }

    #[test]
    fn adverbial_ing_clause_takes_the_main_subject() {
        let r = relations(
            "Odile Marchetti kept her WBA and IBF belts by defeating Tomas Brenner in Lisbon.",
        );
        let a = relation(&r, "defeat");
        assert_eq!(
            (a.0.as_str(), a.2.as_str()),
            ("Odile Marchetti", "Tomas Brenner"),
            "{a:?}"
        );
    }

    #[test]
    fn subjects_across_relative_clauses_and_reduced_passives() {
        let r = relations("Maria Alves, 64, who created the Green Falcon in 1970, sued Siemens.");
        let sue = relation(&r, "sue");
        assert_eq!(sue.0, "Maria Alves", "{sue:?}");
        let r = relations("Tomas Brenner, the challenger nominated by the WBC, lost in Lisbon.");
        let nominate = relation(&r, "nominate");
        assert_eq!(
            (nominate.0.as_str(), nominate.2.as_str()),
            ("WBC", "Tomas Brenner"),
            "{nominate:?}"
        );
        let r = relations(
            "The agreement — which follows talks in May — was brokered by trade adviser Joao Pereira.",
        );
        let broker = relation(&r, "broker");
        assert_eq!(
            (broker.0.as_str(), broker.2.as_str()),
            ("Joao Pereira", "agreement"),
            "{broker:?}"
        );
        // A literal object stops before a new clause and never opens with a preposition.
        let r = relations("Brazil voiced concern they could be fighting alongside Portugal.");
        let voice = relation(&r, "voice");
        assert_eq!(voice.2, "concern", "{voice:?}");
        // "more arrests" is a noun, not a verb.
        let r = relations("Portugal saw more arrests this year.");
        assert!(r.iter().all(|x| x.1 != "arrest"), "{r:?}");
    }

    #[test]
    fn a_passive_agent_is_not_one_past_another_participle() {
        let r = relations(
            "Prices rose. Jim Beck was criticised for attending a dinner co-hosted by Tom Hale. Ann Lee was beaten to the leading sales award by Jane Roe.",
        );
        assert!(!r.iter().any(|x| x.0 == "Tom Hale"), "{r:?}");
        assert_eq!(relation(&r, "beat").0, "Jane Roe", "{r:?}");
    }

    #[test]
    fn the_owner_after_by_is_not_the_passives_agent() {
        let r = relations(
            "Tom Hale met investors. The tape was provided to Reuters on Tuesday by Hale's attorney and longtime friend Jim Beck. The plan was backed by Jane Roe's chief of staff.",
        );
        assert_eq!(relation(&r, "provide").0, "Jim Beck", "{r:?}");
        assert!(r.iter().all(|x| x.1 != "back"), "{r:?}");
        // A name owning the agent body is no agent either.
        let r = relations("The decision was ratified by France's Globex Committee.");
        assert_eq!(relation(&r, "ratify").0, "Globex Committee", "{r:?}");
    }

    #[test]
    fn whom_one_loses_to_is_the_opponent() {
        let r = relations(
            "Ann Lee lost the final to Jane Roe. Acme Corp sent 300 workers to Portugal.",
        );
        let lose = relation(&r, "lose");
        assert_eq!(lose.2, "the final", "{r:?}");
        assert!(has_qualifier(lose, "opponent", "Jane Roe"), "{r:?}");
        assert!(lose.3.iter().all(|(k, _)| k != "destination"), "{r:?}");
        assert!(
            has_qualifier(relation(&r, "send"), "destination", "Portugal"),
            "{r:?}"
        );
    }

    #[test]
    fn a_figure_counting_the_sources_is_no_quantity() {
        let r = relations(
            "Tom Hale told members he disagreed with Jim Beck, according to two sources who were in the meeting.",
        );
        let tell = relation(&r, "tell");
        assert!(tell.3.iter().all(|(k, _)| k != "quantity"), "{r:?}");
    }

    #[test]
    fn backing_out_of_or_stopping_short_of_is_an_idiom() {
        let r = relations(
            "Prices rose. Acme Corp has backed out of several deals with Globex Inc. Tom Hale stopped short of calling Jane Roe a liar. Ann Lee backed the plan.",
        );
        assert!(r.iter().all(|x| x.1 != "stop"), "{r:?}");
        assert_eq!(subjects(&r, "back"), ["Ann Lee"], "{r:?}");
    }

    #[test]
    fn what_unnamed_reports_say_is_alleged() {
        let r = relations(
            "Prices rose. Acme Corp have joined the race to sign Tom Hale, according to reports. Globex Inc joined the race, according to Jane Roe.",
        );
        let join: Vec<_> = r.iter().filter(|x| x.1 == "join").collect();
        assert!(has_qualifier(join[0], "modality", "alleged"), "{r:?}");
        assert!(join[1].3.iter().all(|(k, _)| k != "modality"), "{r:?}");
    }

    #[test]
    fn up_that_no_trigger_takes_makes_another_verb() {
        let r = relations(
            "Prices rose. Tom Hale picked up endorsements. Ann Lee gave up control of the firm. Globex Inc will send up to 450 workers to Portugal.",
        );
        assert!(r.iter().all(|x| x.1 != "pick" && x.1 != "give"), "{r:?}");
        assert!(
            has_qualifier(relation(&r, "send"), "approximation", "up to"),
            "{r:?}"
        );
    }

    #[test]
    fn a_listener_before_a_bare_noun_or_possessive_clause_is_not_what_was_told() {
        let r = relations(
            "Prices rose. Ann Lee told the Tarsk Herald progress had been made. Tom Hale told Reuters his primary concern was cost.",
        );
        assert_eq!(
            objects(&r, "tell"),
            ["progress had been made", "his primary concern was cost"],
            "{r:?}"
        );
    }

    #[test]
    fn adverbs_before_a_passive_verb_or_after_a_verb_are_no_object() {
        let r = relations(
            "Prices rose. The registration issue was first reported by Reuters. Tom Hale knew very well what he wanted.",
        );
        assert_eq!(objects(&r, "report"), ["registration issue"], "{r:?}");
        assert!(r.iter().all(|x| x.1 != "know"), "{r:?}");
    }

    #[test]
    fn a_gerund_after_a_name_in_a_phrase_is_only_talked_of() {
        let r = relations(
            "Prices rose. Tom Hale met Jane Roe to talk about Portugal entering the alliance. Ann Lee will speak about Jim Beck signing the Tarsk Accord.",
        );
        assert!(r.iter().all(|x| x.1 != "enter" && x.1 != "sign"), "{r:?}");
    }

    #[test]
    fn a_date_in_a_dash_aside_or_an_opening_phrase_of_another_time_is_not_the_verbs() {
        let dates = dated_relations(
            "Prices rose. Tom Hale foreshadowed the next showdown - a March 27 deadline for the council. \
             After a speech at Friday night's dinner, Jane Roe visited Tarsk. \
             Ann Lee signed the deal on a 22-13 vote Friday.",
            "2031-04-10",
        );
        let dated = |predicate: &str| date_of(&dates, predicate).map(|d| d.is_some());
        assert_eq!(dated("foreshadow"), Some(false));
        assert_eq!(dated("visit"), Some(false));
        // A hyphen inside a figure is no dash.
        assert_eq!(dated("sign"), Some(true));
    }

    #[test]
    fn a_day_after_an_indefinite_article_dates_its_noun_unless_the_occasion() {
        let dates = dated_relations(
            "Prices rose. Tom Hale announced a Friday vote on the tax. \
             In a Monday statement, Jane Roe criticised the tax.",
            "2031-04-10",
        );
        let dated = |predicate: &str| date_of(&dates, predicate).map(|d| d.is_some());
        assert_eq!(dated("announce"), Some(false));
        assert_eq!(dated("criticise"), Some(true));
    }

    #[test]
    fn a_date_past_a_colon_is_not_the_verbs() {
        let dates = dated_relations(
            "Prices rose. Tom Hale is demanding a full inquiry: on March 5, Ann Lee urged voters to stay calm.",
            "2031-04-11",
        );
        assert_eq!(date_of(&dates, "demand"), Some(None), "{dates:?}");
    }

    #[test]
    fn a_day_something_is_set_for_dates_the_thing() {
        let dates = dated_relations(
            "Prices rose. Tom Hale announced a vote for Tuesday on the tax.",
            "2031-04-11",
        );
        assert_eq!(date_of(&dates, "announce"), Some(None), "{dates:?}");
    }

    #[test]
    fn a_date_in_a_relative_clause_after_the_object_is_not_the_verbs() {
        let dates = dated_relations(
            "Prices rose. Jane Roe could refuse to send the bills that passed the House on \
             Wednesday. Ann Lee sold the farm that Jim Beck bought on Monday.",
            "2031-04-11",
        );
        assert_eq!(date_of(&dates, "send"), Some(None), "{dates:?}");
    }

    #[test]
    fn a_date_before_after_and_a_subject_is_not_the_later_verbs() {
        let dates = dated_relations(
            "Prices rose. Tom Hale was fired on March 3, two weeks after the Tarsk Council told \
             Acme Corp that he lied. On Tuesday, just after the Tarsk Council bought Globex Inc, \
             prices fell. Ann Lee has until Friday to reach a deal with Jim Beck. The poll, \
             released Friday, came days after special counsel Zelmira Roe delivered a blow to \
             the firm.",
            "2031-04-10",
        );
        let date = |predicate: &str| date_of(&dates, predicate).map(|d| d.map(str::to_string));
        assert_eq!(date("tell"), Some(None));
        assert_eq!(date("buy"), Some(None));
        // A subject's title may be a verb's word too.
        assert_eq!(date("deliver"), Some(None));
        // An infinitive after "until" and a date is no such verb.
        assert!(date("reach").is_some_and(|d| d.is_some()));
    }

    #[test]
    fn in_order_to_is_a_purpose_not_a_phrase() {
        let r = relations(
            "Prices rose. Ann Lee sold the shares in order to pay debts. Tom Hale met Jim Beck in order to end the strike.",
        );
        assert_eq!(objects(&r, "sell"), ["the shares"], "{r:?}");
        assert_qualifier(&r, "pay", "modality", "intended", true);
        assert!(qualifier_values(&r, "in").is_empty(), "{r:?}");
    }

    #[test]
    fn a_listener_runs_past_a_noun_in_ing_to_the_clause_told() {
        let r = relations(
            "Prices rose. Tom Hale told a group of columnists during a meeting at the town hall that he was unaware of the threat. Ann Lee told a gathering of farmers Friday that she would run.",
        );
        assert_eq!(
            objects(&r, "tell"),
            ["he was unaware of the threat", "she would run"],
            "{r:?}"
        );
    }

    #[test]
    fn a_pronoun_joined_to_its_copula_opens_a_reported_clause() {
        let r = relations(
            "Prices rose. Tom Hale said they're comfortable with Ann Lee having access. Jim Beck said we're ready for the vote.",
        );
        assert_eq!(
            objects(&r, "say"),
            [
                "they're comfortable with Ann Lee having access",
                "we're ready for the vote"
            ],
            "{r:?}"
        );
    }

    #[test]
    fn one_unnamed_official_of_a_country_is_not_the_country() {
        let r = relations(
            "Prices rose. A British government minister said she was resigning over the policy. An Italian district judge declared the whole law void. Russian officials said the talks failed.",
        );
        assert!(
            r.iter().all(|x| x.0 != "United Kingdom" && x.0 != "Italy"),
            "{r:?}"
        );
        assert_eq!(subjects(&r, "say"), ["Russian"], "{r:?}");
    }

    #[test]
    fn an_adverb_between_auxiliary_and_participle_keeps_it_passive() {
        let r = relations(
            "Prices rose. Ann Lee said she was physically threatened to keep quiet about the affair. Tom Hale was also banned for two years by Acme Corp on Monday.",
        );
        assert!(r.iter().all(|x| x.0 != "Ann Lee" || x.1 == "say"), "{r:?}");
        assert_eq!(subjects(&r, "ban"), ["Acme Corp"], "{r:?}");
    }

    #[test]
    fn an_adverb_between_a_modal_and_its_verb_keeps_the_verb() {
        let r = relations(
            "Prices rose. Tom Hale will soon visit Tarsk. Acme Corp may once again buy Globex Inc.",
        );
        assert_qualifier(&r, "visit", "modality", "future", true);
        assert_qualifier(&r, "buy", "modality", "possible", true);
    }

    #[test]
    fn what_is_to_happen_once_another_act_has_is_conditional() {
        let r = relations(
            "Prices rose. The rules would take effect once the Tarsk Council approved the new rules. Once the Tarsk Council approved the plan, Tom Hale left. Ann Lee will once again join the Tarsk Council.",
        );
        let approvals: Vec<bool> = r
            .iter()
            .filter(|x| x.1 == "approve")
            .map(|x| has_qualifier(x, "modality", "conditional"))
            .collect();
        assert_eq!(approvals, [true, false], "{r:?}");
        assert_qualifier(&r, "join", "modality", "conditional", false);
    }

    #[test]
    fn a_place_past_a_clause_describing_the_object_is_not_the_acts() {
        let r = relations(
            "Prices rose. Tarsk released a map noting numerous sites it targeted in Oskol. Tom Hale led a long campaign claiming Ann Lee was not born in Ruritania. Acme Corp took over its mining operations in Ruritania.",
        );
        assert_qualifier(&r, "release", "place", "Oskol", false);
        assert_qualifier(&r, "lead", "place", "Ruritania", false);
        assert_qualifier(&r, "take over", "place", "Ruritania", true);
    }

    #[test]
    fn a_demonym_after_an_article_is_one_of_the_countrys_people() {
        let r = relations(
            "Prices rose. The vote was poignant for Tom Hale, an African American who said his family in the US dates back to the 1500s.",
        );
        assert!(r.iter().all(|x| x.1 != "say" || x.0 == "Tom Hale"), "{r:?}");
    }

    #[test]
    fn the_reporters_own_perfect_after_and_ends_the_clause() {
        let r = relations(
            "Prices rose. Tom Hale has maintained he did nothing wrong in the call and has moved to discredit the critic.",
        );
        assert_eq!(
            objects(&r, "maintain"),
            ["he did nothing wrong in the call"],
            "{r:?}"
        );
    }

    #[test]
    fn one_who_calls_someone_to_act_or_calls_the_shots_reports_nothing() {
        let r = relations(
            "Prices rose. Democrats vowed to call Tom Hale to publicly testify. Ann Lee had called Jim Beck to congratulate him. Jim Beck will be calling the shots. Acme Corp called Tom Hale a liar.",
        );
        assert_eq!(subjects(&r, "call"), ["Acme Corp"], "{r:?}");
    }

    #[test]
    fn a_noun_after_but_yet_or_an_objects_and_says_it() {
        let r = relations(
            "Prices rose. The poll showed Tom Hale leading Jane Roe yet voters still said they did not trust her. The poll showed Tom Hale leading Jane Roe but 59 percent of voters said they did not trust her. Ann Lee led Jim Beck and voters said they liked him. Ann Lee and aides said they liked him.",
        );
        assert_eq!(subjects(&r, "say"), ["Ann Lee"], "{r:?}");
    }

    #[test]
    fn the_object_of_a_relative_clause_does_not_act_after_it() {
        let r = relations(
            "Prices rose. Members of the coalition that had backed Prime Minister Tom Hale nominated Jim Beck to the post. The rule that allowed Jane Roe to buy Acme Corp was new.",
        );
        assert!(r.iter().all(|x| x.1 != "nominate"), "{r:?}");
        // An infinitive's subject may be the object before it.
        assert_eq!(subjects(&r, "buy"), ["Jane Roe"], "{r:?}");
        // So with an article before the name.
        let r = relations(
            "For decades, the party that loses the Tarsk Assembly has usually won the races in Ohio.",
        );
        assert!(r.iter().all(|x| x.1 != "win"), "{r:?}");
    }

    #[test]
    fn a_lower_case_title_stays_with_its_conjunct() {
        let r = relations(
            "Prices rose. Jane Roe and fellow state Rep. Tom Hale said they suspect that the order was wrong. British and Irish Lions coach Jim Beck says he is unlikely to stay.",
        );
        // Each said it; neither claims what the other said.
        let says: Vec<_> = r.iter().filter(|x| x.1 == "say").collect();
        assert_eq!(
            says.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            ["Tom Hale", "Jane Roe", "Jim Beck"],
            "{r:?}"
        );
        assert!(
            says.iter().all(|x| x.3.iter().all(|q| q.0 != "claimant")),
            "{r:?}"
        );
    }

    #[test]
    fn a_listener_ends_before_a_pronoun_joined_to_its_auxiliary() {
        let r = relations("Prices rose. Sen. Tom Hale told Jim Beck he'll do just that.");
        assert_eq!(objects(&r, "tell"), ["he'll do just that"], "{r:?}");
    }

    #[test]
    fn a_name_past_a_comma_opens_another_clause() {
        let r = relations(
            "Prices rose. After Tom Hale won the party nomination, Jane Roe encouraged Ann Lee to make the trip.",
        );
        assert_eq!(objects(&r, "win"), ["the party nomination"], "{r:?}");
    }

    #[test]
    fn a_name_after_a_nouns_of_modifies_the_noun() {
        let r = relations(
            "Prices rose. Tom Hale introduced the parents of Jim Beck, the student who died. Jane Roe met the head of Acme Corp on Monday. Ruritania captured the city of Tarsk. Ann Lee sacked secretary of state Jim Beck. Tom Hale pulled out of the Tarsk Open.",
        );
        assert_eq!(
            objects(&r, "introduce"),
            ["the parents of Jim Beck"],
            "{r:?}"
        );
        assert_eq!(objects(&r, "meet"), ["the head of Acme Corp"], "{r:?}");
        // The city of Tarsk is Tarsk; a title's own words ("secretary of state") and a
        // particle ("out of") keep the name.
        assert_eq!(objects(&r, "capture"), ["Tarsk"], "{r:?}");
        assert_eq!(objects(&r, "sack"), ["Jim Beck"], "{r:?}");
        assert_eq!(objects(&r, "pull out of")[0], "Tarsk Open", "{r:?}");
    }

    #[test]
    fn a_noun_that_states_a_clause_reports_the_clause() {
        let r = relations(
            "Prices rose. Tom Hale welcomed the fact that the vote was quick. Jane Roe rejected the claim that Acme Corp sold arms. Ann Lee welcomed the fact there had been a recount. Jim Beck denied the claim he made. Jim Beck denied the allegations that forced Globex Inc to sack Tom Hale. Ann Lee said in her report that she examined the case.",
        );
        assert_eq!(
            objects(&r, "welcome"),
            [
                "the fact that the vote was quick",
                "the fact there had been a recount"
            ],
            "{r:?}"
        );
        assert_eq!(
            objects(&r, "reject"),
            ["the claim that Acme Corp sold arms"],
            "{r:?}"
        );
        assert_qualifier(&r, "reject", "about", "Acme Corp", true);
        // What was rejected is denied by who rejected it.
        assert_qualifier(&r, "sell", "polarity", "negative", true);
        // A relative clause ("the claim he made", "the allegations that forced …") is part of
        // the noun phrase, no statement, and what it says is not denied.
        assert_eq!(
            objects(&r, "deny"),
            [
                "the claim he made",
                "the allegations that forced Globex Inc to sack Tom Hale"
            ],
            "{r:?}"
        );
        assert_qualifier(&r, "sack", "polarity", "negative", false);
        // "said in his report that …": the clause is what was said, not the report's.
        assert_eq!(objects(&r, "say"), ["she examined the case"], "{r:?}");
        assert_qualifier(&r, "say", "in", "her report", true);
    }

    #[test]
    fn a_denied_clause_ends_at_a_participle_after_a_comma() {
        let r = relations(
            "Prices rose. Ann Lee rejected claims that Jim Beck had been sidelined, saying he was playing a new role.",
        );
        assert_qualifier(&r, "say", "polarity", "negative", false);
    }

    #[test]
    fn what_is_called_for_to_be_done_runs_on_through_be() {
        let r = relations(
            "Prices rose. Tom Hale called for the embargo to be lifted. Jane Roe called for an independent body to be set up. Ann Lee called for the talks to be \"a new start\".",
        );
        assert_eq!(
            objects(&r, "call for"),
            [
                "the embargo to be lifted",
                "an independent body to be set up",
                "the talks"
            ],
            "{r:?}"
        );
    }

    #[test]
    fn the_body_in_the_title_of_a_person_who_owns_the_subject_is_no_subject() {
        let r = relations(
            "Prices rose. Tory MP Tom Hale's bill received a first reading on Wednesday.",
        );
        assert!(r.iter().all(|x| x.1 != "receive"), "{r:?}");
    }

    #[test]
    fn passive_with_agent() {
        let r = relations("Tomas Brenner was arrested by Interpol in Portugal.");
        let a = relation(&r, "arrest");
        assert_eq!(
            (a.0.as_str(), a.2.as_str()),
            ("Interpol", "Tomas Brenner"),
            "{a:?}"
        );
        // With no name before the verb, the passive subject's words are the object.
        let r = relations("The new charges were announced on Friday by Odile Marchetti.");
        let a = relation(&r, "announce");
        assert_eq!(
            (a.0.as_str(), a.2.as_str()),
            ("Odile Marchetti", "new charges"),
            "{a:?}"
        );
        // With no agent, nobody acts, unless a country owns the passive subject.
        let r = relations("Odile Marchetti was arrested on Monday in Lisbon.");
        assert!(r.iter().all(|x| x.1 != "arrest"), "{r:?}");
        let r = relations("About 3,000 Brazilian troops were sent to Portugal.");
        assert!(
            r.iter().any(|x| x.0 == "Brazilian"
                && x.1 == "send"
                && has_qualifier(x, "destination", "Portugal")),
            "{r:?}"
        );
        // Inside a clause, the words right before the auxiliary are the passive subject, not
        // the nearest name; a reporting verb keeps it as its object.
        let r = relations(
            "Lisbon officials were angry that the indictments were announced by Odile Marchetti.",
        );
        let a = relation(&r, "announce");
        assert_eq!(
            (a.0.as_str(), a.2.as_str()),
            ("Odile Marchetti", "the indictments"),
            "{a:?}"
        );
    }

    #[test]
    fn words_inside_quotes_are_not_relations() {
        let r = relations(
            "“Brazil attacked Paraguay without warning last night,” Odile Marchetti said.",
        );
        assert!(!r.iter().any(|x| x.1 == "attack"), "{r:?}");
    }

    #[test]
    fn event_location_from_preposition() {
        let r = relations("Leaders gathered for the Harbor Summit in Lisbon.");
        assert!(
            r.iter()
                .any(|x| x.0 == "Harbor Summit" && x.1 == "located in" && x.2 == "Lisbon"),
            "{r:?}"
        );
    }

    #[test]
    fn articles_belong_to_their_agreement() {
        let r = relations("Article 5 of the Andes Fishing Treaty covers quotas.");
        assert!(
            r.iter()
                .any(|x| x.0 == "Andes Fishing Treaty" && x.1 == "include" && x.2 == "Article 5"),
            "{r:?}"
        );
    }

    #[test]
    fn pronoun_subject_and_relative_clause_object() {
        let r = relations(
            "On Monday, Odile Marchetti arrived. The parliament ratified the Andes Fishing Treaty that she signed with Brazil.",
        );
        assert!(
            r.iter().any(|x| x.0 == "Odile Marchetti"
                && x.1 == "sign"
                && x.2 == "Andes Fishing Treaty"),
            "{r:?}"
        );
    }

    #[test]
    fn person_at_a_place_unless_a_clause_intervenes() {
        let r = relations("Odile Marchetti floored her rival at Harbor Arena on Saturday.");
        assert!(
            r.iter()
                .any(|x| x.0 == "Odile Marchetti" && x.1 == "located at" && x.2 == "Harbor Arena"),
            "{r:?}"
        );
        let r = relations("Odile Marchetti asked whether the talks would go on in Harbor Arena.");
        assert!(!r.iter().any(|x| x.1.starts_with("located")), "{r:?}");
        let r = relations("Odile Marchetti said rebels were hiding in Harbor Arena.");
        assert!(!r.iter().any(|x| x.1.starts_with("located")), "{r:?}");
        // What a person owns or hosts is placed, not the person.
        let r = relations(
            "A guitar of Odile Marchetti was sold at Harbor Arena. Odile Marchetti's new film is set in Lisbon. A gala hosted by Anna Berg took place in Lisbon.",
        );
        assert!(!r.iter().any(|x| x.1.starts_with("located")), "{r:?}");
    }

    #[test]
    fn nouns_that_look_like_verbs_are_not_triggers() {
        let r = relations("Brazil finance ministers met in Lisbon near the end of the talks.");
        assert!(!r.iter().any(|x| x.1 == "finance" || x.1 == "end"), "{r:?}");
    }

    #[test]
    fn reports_need_something_reported() {
        let r = relations("Siemens said Wednesday. Odile Marchetti said it was over.");
        assert!(
            !r.iter()
                .any(|x| x.2 == "Wednesday" || x.2.starts_with("it ")),
            "{r:?}"
        );
    }

    #[test]
    fn a_verb_attributing_a_quotation_is_no_report() {
        let r = relations(
            "“We will win this race and then we will win the next one,” Odile Marchetti said, pointing to Brazil. Anna Berg said Portugal would win.",
        );
        assert!(r.iter().all(|x| x.0 != "Odile Marchetti"), "{r:?}");
        assert!(
            r.iter()
                .any(|x| x.0 == "Anna Berg" && x.1 == "say" && x.2 == "Portugal would win"),
            "{r:?}"
        );
    }

    #[test]
    fn names_in_lists_phrases_and_gerunds_are_no_arguments() {
        let r = relations(
            "Odile Marchetti kept her WBA, IBF and WBO title belts. Brazil lifted the embargo on selling arms to Portugal. Anna Berg of Lisbon, the top official on the Siemens Trade Council, stopped the talks. Portugal announced the agreement on Monday, citing Brazil.",
        );
        assert!(
            r.iter()
                .all(|x| !(x.0 == "Odile Marchetti" && x.2 == "WBA")),
            "{r:?}"
        );
        assert!(r.iter().all(|x| x.1 != "sell"), "{r:?}");
        assert!(r.iter().all(|x| x.0 != "Siemens Trade Council"), "{r:?}");
        assert!(
            r.iter()
                .any(|x| x.0 == "Portugal" && x.1 == "announce" && x.2 == "the agreement"),
            "{r:?}"
        );
    }

    #[test]
    fn what_a_denial_rejects_has_negative_polarity() {
        for text in [
            "Jane Roe denied that Brazil had sent troops.",
            "Jane Roe rejected claims that Brazil had sent troops.",
        ] {
            let r = relations(text);
            let send = relation(&r, "send");
            assert!(
                has_qualifier(send, "polarity", "negative"),
                "{text}: {send:?}"
            );
        }
        for text in [
            "Jane Roe confirmed that Brazil had sent troops.",
            "Jane Roe did not deny that Brazil had sent troops.",
        ] {
            let r = relations(text);
            let send = relation(&r, "send");
            assert!(
                !send.3.iter().any(|(k, _)| k == "polarity"),
                "{text}: {send:?}"
            );
        }
    }

    #[test]
    fn a_clause_the_writer_adds_after_a_comma_is_not_the_reporters_claim() {
        let r = relations(
            "Jane Roe denied that Brazil had sent troops, after Tom Hale said Acme Corp had sold the plant.",
        );
        let sell = relation(&r, "sell");
        assert!(has_qualifier(sell, "claimant", "Tom Hale"), "{sell:?}");
        let say = relation(&r, "say");
        assert!(
            say.3
                .iter()
                .all(|(k, _)| k != "claimant" && k != "polarity"),
            "{say:?}"
        );
    }

    #[test]
    fn a_person_with_two_appositives_is_the_subject_not_a_name_inside_them() {
        let r = relations(
            "Tom Hale, chief executive of Acme Corp., one of the largest insurers, calls the rise a shock.",
        );
        assert!(
            r.iter().any(|x| x.0 == "Tom Hale" && x.1 == "call"),
            "{r:?}"
        );
        assert!(r.iter().all(|x| x.0 != "Acme Corp."), "{r:?}");
        let r = relations(
            "The chairman of Globex Industries, Tom Hale, a former banker, said the plant would close.",
        );
        assert!(r.iter().any(|x| x.0 == "Tom Hale" && x.1 == "say"), "{r:?}");
    }

    #[test]
    fn a_trigger_with_a_particle_no_phrase_takes_is_another_verb() {
        let r = relations("The Labour Party picked up 47 seats on Friday.");
        assert!(r.iter().all(|x| x.1 != "pick"), "{r:?}");
    }

    #[test]
    fn a_denied_verb_has_negative_polarity() {
        let r = relations("Brazil could not support the fisheries plan. Portugal signed it.");
        let support = relation(&r, "support");
        assert!(
            has_qualifier(support, "polarity", "negative"),
            "{support:?}"
        );
        assert!(
            r.iter()
                .filter(|x| x.1 == "sign")
                .all(|x| !x.3.iter().any(|(k, _)| k == "polarity")),
            "{r:?}"
        );
    }

    #[test]
    fn an_ing_form_after_a_noun_modifies_it() {
        let r = relations(
            "Reporters asked Anna Berg about satellite images supporting the deployment of Chilean troops. Brazil may consider cancelling the Lisbon summit.",
        );
        assert!(r.iter().all(|x| x.1 != "support"), "{r:?}");
        assert!(
            r.iter().any(|x| x.0 == "Brazil" && x.1 == "cancel"),
            "{r:?}"
        );
    }

    #[test]
    fn a_relative_clause_acts_through_the_noun_before_that() {
        let r = relations(
            "Siemens and the union reached a deal that could end the strike at Bolt Motors. Anna Berg said that Brazil sent 40 inspectors.",
        );
        assert!(r.iter().all(|x| x.1 != "end"), "{r:?}");
        assert!(r.iter().any(|x| x.0 == "Brazil" && x.1 == "send"), "{r:?}");
    }

    #[test]
    fn descriptions_of_a_person_and_time_phrases_are_no_arguments() {
        let r = relations(
            "The Brazilian leader mentioned Article 5 of the pact. Anna Berg shared this week. Later, Maria Silva's comments came as the Lisbon Assembly ratified the pact that she signed with Chile.",
        );
        assert!(r.iter().all(|x| x.0 != "Brazilian"), "{r:?}");
        assert!(r.iter().all(|x| x.1 != "share"), "{r:?}");
        assert!(
            r.iter().any(|x| x.0 == "Maria Silva" && x.1 == "sign"),
            "{r:?}"
        );
    }

    #[test]
    fn a_speaker_after_the_verb_reports_the_clause_before() {
        let r = relations(
            "Acme had shipped the kits to Globex, said Mr Tarn. Prices will rise, said bank governor Ana Lopes, who spoke in Lima. Nobody will win, said Mr Tarn.",
        );
        let say = |who: &str| r.iter().find(|x| x.0 == who && x.1 == "say");
        assert_eq!(
            say("Tarn").map(|x| x.2.as_str()),
            Some("Acme had shipped the kits to Globex"),
            "{r:?}"
        );
        assert!(
            say("Tarn").is_some_and(|x| has_qualifier(x, "about", "Acme")),
            "{r:?}"
        );
        assert_eq!(
            say("Ana Lopes").map(|x| x.2.as_str()),
            Some("Prices will rise"),
            "{r:?}"
        );
        // The speaker claims what the clause says, and a pronoun is no object.
        let ship = relation(&r, "ship");
        assert!(has_qualifier(ship, "claimant", "Tarn"), "{ship:?}");
        assert!(!r.iter().any(|x| x.2 == "Nobody" || x.2 == "Tarn"), "{r:?}");
    }

    #[test]
    fn number_words_in_names_count_nothing_and_that_opens_a_clause() {
        let r = relations(
            "Tom Hale told Radio Four's morning show his concern was cost. The Group of Eight met to discuss 12 projects. Tom Hale told Channel 9 News that Acme would sell 40 planes.",
        );
        assert!(
            !r.iter()
                .flat_map(|x| &x.3)
                .any(|(k, v)| k == "quantity" && (v == "4" || v == "8")),
            "{r:?}"
        );
        assert!(!r.iter().any(|x| x.1 == "sell"), "{r:?}");
    }

    #[test]
    fn the_person_an_appositive_describes_is_the_speaker() {
        let r = relations(
            "Jane Roe, vice chairman of Globex Corp, said Brazil would sell 40 planes. Jane Roe, vice chairman of Globex Corp, has agreed to take the job.",
        );
        let sell = relation(&r, "sell");
        assert!(has_qualifier(sell, "claimant", "Jane Roe"), "{sell:?}");
        assert!(
            r.iter().any(|x| x.0 == "Jane Roe" && x.1 == "agree to"),
            "{r:?}"
        );
        assert!(
            !r.iter().flat_map(|x| &x.3).any(|(_, v)| v == "Globex Corp"),
            "{r:?}"
        );
    }

    #[test]
    fn a_place_inside_what_was_reported_is_the_reported_acts() {
        let r = relations(
            "Jane Roe said in Lisbon that Acme Corp had sent 300 workers to Portugal. Tom Hale told reporters that he had never been to Spain.",
        );
        let say = relation(&r, "say");
        assert!(has_qualifier(say, "place", "Lisbon"), "{r:?}");
        assert!(
            has_qualifier(say, "reported_destination", "Portugal"),
            "{r:?}"
        );
        let tell = relation(&r, "tell");
        assert!(
            has_qualifier(tell, "reported_destination", "Spain"),
            "{r:?}"
        );
        assert!(
            r.iter()
                .flat_map(|x| &x.3)
                .all(|(k, v)| k != "destination" || v == "Portugal"),
            "{r:?}"
        );
    }

    #[test]
    fn a_place_past_a_verb_joined_after_the_reported_words_is_not_the_reports() {
        let r = relations(
            "Jim Beck said he wanted to quit and praised the soldiers in recent battles in Tarsk.",
        );
        let say = relation(&r, "say");
        assert!(!has_qualifier(say, "reported_place", "Tarsk"), "{r:?}");
        assert!(!has_qualifier(say, "place", "Tarsk"), "{r:?}");
    }

    #[test]
    fn a_report_keeps_what_was_said_and_leaves_the_clause_its_own_arguments() {
        let r = relations(
            "Jane Roe said Acme Corp would open a plant in Tarsk with Globex Industries. Tom Hale praised Brazil and Acme Corp signed the deal. Tom Hale urged that Acme Corp should sell its stake.",
        );
        let say = relation(&r, "say");
        assert_eq!(
            say.2, "Acme Corp would open a plant in Tarsk with Globex Industries",
            "{r:?}"
        );
        assert!(has_qualifier(say, "about", "Acme Corp"), "{r:?}");
        // Where it happened stays, named as the reported act's place; with whom belongs to
        // the opening, not the saying.
        assert!(has_qualifier(say, "reported_place", "Tarsk"), "{r:?}");
        assert!(say.3.iter().all(|(k, _)| k != "place"), "{r:?}");
        assert!(say.3.iter().all(|(k, _)| k != "counterpart"), "{r:?}");
        // "praised" takes a name, not a bare clause; "urged that" reports one.
        assert!(
            r.iter().any(|x| x.1 == "praise" && x.2 == "Brazil"),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|x| x.1 == "urge" && x.2 == "Acme Corp should sell its stake"),
            "{r:?}"
        );
    }

    #[test]
    fn scores_infinitives_and_other_clauses_give_no_arguments() {
        let r = relations(
            "Jane Roe beat Ana Lee 6-3 7-5 to reach the final. Tom Hale defeated Ben Dale while Jim Doe beat Tim Tate and will next face Ana Lee. Ana Lee will oppose the bill and Jane Roe appears likely to do so.",
        );
        // A score is no quantity, and the infinitive's subject is the winner's.
        assert!(
            r.iter().any(|x| x.0 == "Jane Roe" && x.1 == "reach"),
            "{r:?}"
        );
        assert!(
            r.iter().all(|x| !x.3.iter().any(|(k, _)| k == "quantity")),
            "{r:?}"
        );
        let lose = relations(
            "Anna Berg spoke on Monday. Acme Corp lost the match, losing 2-0 away and missing out on a place in the final.",
        );
        assert!(
            lose.iter()
                .all(|x| x.3.iter().all(|(k, _)| k != "on" && k != "in")),
            "{lose:?}"
        );
        // Parties of another clause are no counterparts.
        let defeat = relation(&r, "defeat");
        assert!(defeat.3.iter().all(|(k, _)| k != "counterpart"), "{r:?}");
        assert!(
            r.iter()
                .all(|x| !(x.1 == "oppose" && has_qualifier(x, "counterpart", "Jane Roe"))),
            "{r:?}"
        );
    }

    #[test]
    fn literal_objects_drop_lead_ins_to_figures_and_times() {
        let r = relations(
            "Anna Berg spoke on Monday. Acme Corp lost about $180bn in the collapse. Tom Hale and Ana Lee issued a statement late on Friday. Globex Industries made a bid last year. Acme Corp said that consumer confidence rose to 104 from 103, despite the strike.",
        );
        let object = |verb: &str| r.iter().find(|x| x.1 == verb).map(|x| x.2.as_str());
        assert_eq!(object("lose"), Some("$180bn"), "{r:?}");
        assert_eq!(object("issue"), Some("a statement"), "{r:?}");
        assert_eq!(object("make"), Some("a bid"), "{r:?}");
        // "rose" is a noun too, but a verb after "confidence".
        assert_eq!(
            object("say"),
            Some("consumer confidence rose to 104 from 103"),
            "{r:?}"
        );
        let r = relations(
            "Anna Berg spoke on Monday. Jane Roe claims that Tom Hale's best years were too often forgotten. Jane Roe laid out her concerns saying, “Never.”",
        );
        let object = |verb: &str| r.iter().find(|x| x.1 == verb).map(|x| x.2.as_str());
        // A copula makes a clause that says enough; a reporting participle ends a phrase.
        assert_eq!(
            object("claim"),
            Some("Tom Hale's best years were too often forgotten"),
            "{r:?}"
        );
        assert_eq!(object("lay out"), Some("her concerns"), "{r:?}");
        // A comma inside a quotation does not end the reported clause.
        let quoted = relations(
            "Anna Berg spoke on Monday. Acme Corp said the tool would stop “rent, copy and return” abuse.",
        );
        assert!(
            quoted
                .iter()
                .any(|x| x.1 == "say" && x.2 == "the tool would stop “rent, copy and return” abuse"),
            "{quoted:?}"
        );
        let r = relations(
            "Anna Berg spoke on Monday. Tom Hale had lost voters' trust. Jane Roe said the personal ambition of Tom Hale and Ana Lee was \"getting in the way\".",
        );
        let object = |verb: &str| r.iter().find(|x| x.1 == verb).map(|x| x.2.as_str());
        assert_eq!(object("lose"), Some("voters' trust"), "{r:?}");
        // A verb past the first seven words still makes the phrase a clause's subject.
        assert_eq!(
            object("say"),
            Some("the personal ambition of Tom Hale and Ana Lee was \"getting in the way\""),
            "{r:?}"
        );
        let r = relations(
            "Anna Berg spoke on Monday. Tom Hale spent virtually his whole life there. Tom Hale tweeted tersely to Ana Lee.",
        );
        let object = |verb: &str| r.iter().find(|x| x.1 == verb).map(|x| x.2.as_str());
        assert_eq!(object("spend"), Some("his whole life"), "{r:?}");
        assert!(r.iter().all(|x| x.2 != "tersely"), "{r:?}");
    }

    #[test]
    fn adjectives_pronouns_and_ages_report_and_count_nothing() {
        let r = relations(
            "Anna Berg spoke on Monday. The site has listeners across the Spanish speaking world. Tom Hale said gadgets will become part of one's clothing. The Brazilian gaming giant hopes the console will sell. Sony and Acme Corp have both reduced prices recently.",
        );
        assert!(r.iter().all(|x| x.1 != "speak"), "{r:?}");
        assert!(
            r.iter().all(|x| !x.3.iter().any(|(k, _)| k == "quantity")),
            "{r:?}"
        );
        // The giant hopes, not its country.
        assert!(
            r.iter()
                .all(|x| x.0 != "Brazil"
                    && !x.3.iter().any(|(k, v)| k == "claimant" && v == "Brazil")),
            "{r:?}"
        );
        assert!(
            r.iter().any(|x| x.1 == "reduce" && x.2 == "prices"),
            "{r:?}"
        );
    }

    #[test]
    fn modals_signs_and_participants_in_relations() {
        let r = relations(
            "Anna Berg spoke on Monday. Acme Corp may reach an agreement next week. Globex Industries said its shares were bought for about $230m. Brazil ousted Tom Hale and has said it wants closer links. Jane Roe said the world owed a debt to Tom Hale.",
        );
        let reach = relation(&r, "reach");
        assert!(has_qualifier(reach, "modality", "possible"), "{r:?}");
        // A sign inside the reported clause does not end it.
        assert!(
            r.iter()
                .any(|x| x.0 == "Globex Industries"
                    && x.2 == "its shares were bought for about $230m"),
            "{r:?}"
        );
        // Who is ousted does not claim it; a person in what was said is no destination.
        assert!(
            r.iter().all(|x| !has_qualifier(x, "claimant", "Tom Hale")
                && !has_qualifier(x, "destination", "Tom Hale")),
            "{r:?}"
        );
    }

    #[test]
    fn raised_negation_and_participles_before_nouns() {
        let r = relations(
            "Anna Berg spoke on Monday. Acme Corp does not appear to have imposed any special checks. Brazil backed forces have freed 300 hostages. The Brazilian army denied they fired the shots.",
        );
        let impose = relation(&r, "impose");
        assert!(has_qualifier(impose, "polarity", "negative"), "{r:?}");
        // "backed" describes the forces; "denied they" still reports.
        assert!(r.iter().all(|x| x.1 != "back"), "{r:?}");
        assert!(r.iter().any(|x| x.1 == "deny"), "{r:?}");
    }

    #[test]
    fn a_joined_verb_has_no_subject_when_its_sentence_names_none() {
        let r = relations(
            "Anna Berg spoke on Monday. The director chastised Tom Hale but did not recommend charges. Tom Hale sold cars and bought trucks. An advert showed Ana Lee making remarks about the army.",
        );
        assert!(r.iter().all(|x| x.1 != "recommend"), "{r:?}");
        assert!(r.iter().any(|x| x.0 == "Tom Hale" && x.1 == "buy"), "{r:?}");
        assert!(r.iter().all(|x| x.1 != "remark"), "{r:?}");
    }

    #[test]
    fn a_time_before_that_and_a_figure_in_an_aside() {
        let r = relations(
            "Anna Berg spoke on Monday. Acme Corp said on Friday that it now owns 8% of Globex Industries. Brazil, whose army runs 13 bases in Chile, insisted that it had complied with the law.",
        );
        assert!(
            r.iter()
                .any(|x| x.1 == "say" && x.2 == "it now owns 8% of Globex Industries"),
            "{r:?}"
        );
        let insist = relation(&r, "insist");
        assert!(insist.3.iter().all(|(k, _)| k != "quantity"), "{r:?}");
    }

    #[test]
    fn metres_are_no_millions() {
        let r = relations(
            "Anna Berg spoke on Monday. Ana Lee took silver in the 800m in a personal best. Acme Corp paid £53m for Globex Industries. Acme Corp sold 30m phones.",
        );
        let quantity = |verb: &str| {
            r.iter()
                .find(|x| x.1 == verb)
                .and_then(|x| x.3.iter().find(|(k, _)| k == "quantity"))
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(quantity("take"), None, "{r:?}");
        assert_eq!(quantity("pay"), Some("53000000"), "{r:?}");
        assert_eq!(quantity("sell"), Some("30000000"), "{r:?}");
    }

    #[test]
    fn a_name_joined_by_and_is_a_counterpart_only_for_types_with_one() {
        let r = relations(
            "Anna Berg spoke on Monday. Anna Berg met Tom Hale and Ana Lee in Lisbon. Acme Corp bought Globex Industries and the Initech Group.",
        );
        let meet = relation(&r, "meet");
        assert!(has_qualifier(meet, "counterpart", "Ana Lee"), "{r:?}");
        let buy = relation(&r, "buy");
        assert!(buy.3.iter().all(|(k, _)| k != "counterpart"), "{r:?}");
    }

    #[test]
    fn a_possessor_is_not_the_argument_of_the_noun_it_owns() {
        let r = relations(
            "Acme Corp will control about 16% of Brazil's total crude output. Globex Ltd sent engineers to Brazil's Tarsk region.",
        );
        assert!(
            r.iter()
                .any(|x| x.1 == "control" && x.2 == "Brazil's total crude output"),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|x| x.1 == "send" && has_qualifier(x, "destination", "Tarsk region")),
            "{r:?}"
        );
    }

    #[test]
    fn a_report_is_not_about_a_name_past_its_first_clause() {
        let r = relations(
            "The party announced they would back the plan although Tom Hale was forced to resign. Jane Roe said that 3,000 Brazilian troops had left.",
        );
        assert!(
            !r.iter().any(|x| x.1 == "announce" && x.2 == "Tom Hale"),
            "{r:?}"
        );
        // A thousands separator is no clause break.
        assert!(
            r.iter().any(|x| x.0 == "Jane Roe"
                && x.1 == "say"
                && has_qualifier(x, "about", "Brazilian")),
            "{r:?}"
        );
    }

    #[test]
    fn a_person_named_before_a_noun_is_not_its_subject_nor_a_place() {
        let r = relations(
            "Jane Roe spoke on Monday. A Roe staffer confirmed the statement. Roe aides said the plan would fail. Roe earlier attended a ceremony. Tom Hale defended the decision cited in Roe's memo.",
        );
        assert!(
            !r.iter()
                .any(|x| x.0 == "Roe" && (x.1 == "confirm" || x.1 == "say")),
            "{r:?}"
        );
        assert!(r.iter().any(|x| x.0 == "Roe" && x.1 == "attend"), "{r:?}");
        assert!(
            !r.iter().flat_map(|x| &x.3).any(|(k, _)| k == "place"),
            "{r:?}"
        );
    }

    #[test]
    fn a_pronoun_before_the_verb_may_stand_for_a_nearer_noun_and_quantified_nouns_report_nothing() {
        let r = relations(
            "Sky News covered the march of the farmers the minute it reached Lisbon. Jane Roe told Sky News if Tom Hale does not win any states the party should quit. Microsoft said it reached Lisbon.",
        );
        assert!(
            !r.iter().any(|x| x.0 == "Sky News" && x.1 == "reach"),
            "{r:?}"
        );
        assert!(!r.iter().any(|x| x.1 == "state"), "{r:?}");
        assert!(
            r.iter().any(|x| x.0 == "Microsoft" && x.1 == "reach"),
            "{r:?}"
        );
    }

    #[test]
    fn a_distant_name_past_another_clause_is_no_subject_but_a_participle_shares_the_main_one() {
        let r = relations(
            "Brazil scrapped a rule that made it harder for people with low incomes to buy a house. Tom Hale won the primary, beating Jane Roe by ten points.",
        );
        assert!(!r.iter().any(|x| x.1 == "buy"), "{r:?}");
        assert!(
            r.iter()
                .any(|x| x.0 == "Tom Hale" && x.1 == "beat" && x.2 == "Jane Roe"),
            "{r:?}"
        );
    }

    #[test]
    fn a_participle_after_a_comma_takes_the_subject_of_the_verb_before_it() {
        let r = relations(
            "Jane Roe said Brazilian forces fought rebels near the border, killing dozens. Ana Lopes accused the army of bombing the town, killing seven people. Reports said an American died in Lisbon.",
        );
        let kill: Vec<_> = r.iter().filter(|x| x.1 == "kill").collect();
        assert_eq!(kill.len(), 1, "{r:?}");
        assert_eq!(kill[0].0, "Brazilian", "{r:?}");
        assert!(
            kill[0].3.contains(&("claimant".into(), "Jane Roe".into())),
            "{r:?}"
        );
        // "an American" is a person, not the country.
        assert!(!r.iter().any(|x| x.1 == "die"), "{r:?}");
    }

    #[test]
    fn a_participle_after_a_comma_takes_no_subject_from_a_phrase_before_it() {
        let r = relations(
            "Ann Lee became a face of the dispute after refusing to testify before the Tarsk Oversight Committee last Wednesday, citing her rights. Under Tom Hale, the Pentagon last year announced it was ending the ban, calling the rule outdated.",
        );
        assert!(!r.iter().any(|x| x.1 == "cite" || x.1 == "call"), "{r:?}");
        // A relative clause makes the name in the phrase the subject of the verb before.
        let r = relations(
            "Officials are focused on Globex Inc, a firm that has spread through the region, buying small farms.",
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Globex Inc" && x.1 == "buy" && x.2 == "small farms"),
            "{r:?}"
        );
    }

    #[test]
    fn a_reporting_participle_after_a_reported_clause_is_the_reporters() {
        let r = relations(
            "Jane Roe said Tom Hale has taken a different approach to the talks, arguing the country was emboldened by weak policies. A Globex Inc report charged that Jim Beck misled investors at a 2014 dinner, citing unnamed witnesses.",
        );
        assert_eq!(relation(&r, "argue").0, "Jane Roe", "{r:?}");
        let cite = relation(&r, "cite");
        assert_eq!(
            (cite.0.as_str(), cite.2.as_str()),
            ("Globex Inc", "unnamed witnesses"),
            "{r:?}"
        );
        assert!(!cite.3.iter().any(|q| q.0 == "claimant"), "{cite:?}");
    }

    #[test]
    fn a_relative_clause_on_the_body_of_an_apposition_leaves_the_person_the_subject() {
        let r = relations(
            "Jim Beck, chairman of the Tarsk Oversight Committee, which meets on Wednesday, said he expected a damning report.",
        );
        assert_eq!(relation(&r, "say").0, "Jim Beck", "{r:?}");
    }

    #[test]
    fn a_name_that_ends_an_opening_clause_has_no_apposition_after_its_comma() {
        let r = relations(
            "Bill Roe spoke on Monday. Although Ann Lee did not go as far as Roe, Sen. Tom Hale, D-Iowa, said he was open to changes.",
        );
        assert_eq!(subjects(&r, "say"), ["Tom Hale"], "{r:?}");
    }

    #[test]
    fn a_name_that_ends_an_opening_clause_claims_nothing_of_the_main_clause() {
        let r = relations(
            "Bill Roe spoke on Monday. Although Ann Lee did not go as far as Roe, Sen. Tom Hale, D-Iowa, said he was open and noted that wages rose.",
        );
        assert!(qualifier_values(&r, "claimant").is_empty(), "{r:?}");
    }

    #[test]
    fn a_pronoun_after_a_main_clause_subject_skips_the_name_in_the_clause_before() {
        let r = relations(
            "Bill Roe spoke on Monday. Although Ann Lee went further than Roe, Tom Hale said he would visit Oskol.",
        );
        assert_eq!(subjects(&r, "visit"), ["Tom Hale"], "{r:?}");
    }

    #[test]
    fn a_joined_verb_skips_a_name_in_a_clause_before_the_main_subject() {
        let r = relations(
            "Bill Roe spoke on Monday. Although Ann Lee went further than Roe, Tom Hale said prices fell and noted that wages rose.",
        );
        assert_eq!(subjects(&r, "note"), ["Tom Hale"], "{r:?}");
        // Nor an owner before the subject it names: the subject's apposition speaks.
        let r = relations(
            "Prices rose. Acme Corp’s chief economist, Tom Hale, praised the plan but said wages would lag.",
        );
        assert_eq!(relation(&r, "say").0, "Tom Hale", "{r:?}");
    }

    #[test]
    fn a_name_before_an_apostrophe_alone_owns_the_subject_and_is_not_it() {
        let r = relations(
            "Prices rose. The Tarsk Times’ editorial board said the court could delay its ruling.",
        );
        assert!(subjects(&r, "say").is_empty(), "{r:?}");
    }

    #[test]
    fn a_report_after_a_clause_that_quotes_words_inverts_its_speaker() {
        let r = relations(
            "Prices rose. Many voters in Tarsk now believe that \"the system is broken,\" reports Jim Beck.",
        );
        assert_eq!(relation(&r, "report").0, "Jim Beck", "{r:?}");
        assert_eq!(
            objects(&r, "report"),
            ["Many voters in Tarsk now believe that \"the system is broken\""],
            "{r:?}"
        );
    }

    #[test]
    fn a_relative_clause_on_the_place_of_an_apposition_leaves_the_person_the_subject() {
        let r = relations(
            "Ann Lee, a nurse at Oskol General Hospital, who joined the strike on Friday, said the wards were empty.",
        );
        assert_eq!(relation(&r, "say").0, "Ann Lee", "{r:?}");
    }

    #[test]
    fn an_unnamed_owner_of_a_decision_acts_in_its_infinitive() {
        let r = relations(
            "Ann Lee has been critical of the president's decision to withdraw from the Tarsk Accord. Tom Hale took office. Jim Beck welcomed the Hale administration's plan to sell the port.",
        );
        assert!(!r.iter().any(|x| x.1.starts_with("withdraw")), "{r:?}");
        assert_eq!(relation(&r, "sell").0, "Hale", "{r:?}");
    }

    #[test]
    fn names_joined_by_a_hyphen_before_a_noun_are_no_subject() {
        let r = relations("Stocks rose as a U.S.-Chile trade deal lifts optimism.");
        assert!(!r.iter().any(|x| x.1 == "lift"), "{r:?}");
    }

    #[test]
    fn a_base_form_after_a_demand_and_its_that_is_asked_for() {
        let r = relations(
            "Critics could start demanding that Acme Corp cut its losses. Tom Hale said that Globex Inc cut its prices.",
        );
        let cut: Vec<_> = r.iter().filter(|x| x.1 == "cut").collect();
        assert_eq!(cut.len(), 2, "{r:?}");
        assert!(has_qualifier(cut[0], "modality", "intended"), "{r:?}");
        assert!(!cut[1].3.iter().any(|(k, _)| k == "modality"), "{r:?}");
    }

    #[test]
    fn enough_for_an_infinitive_makes_it_possible() {
        let r = relations("Ruritania has enough uranium to build ten bombs.");
        assert_qualifier(&r, "build", "modality", "possible", true);
    }

    #[test]
    fn the_noun_before_an_infinitive_acts_in_it() {
        let r = relations(
            "Brazil is pushing nurses to stop taking night shifts. Jane Roe asked Tom Hale to provide the files. Brazil did little to ease the shortage.",
        );
        assert!(!r.iter().any(|x| x.1 == "stop"), "{r:?}");
        assert!(
            r.iter()
                .any(|x| x.0 == "Tom Hale" && x.1 == "provide" && x.2 == "the files"),
            "{r:?}"
        );
        assert!(r.iter().any(|x| x.0 == "Brazil" && x.1 == "ease"), "{r:?}");
    }

    #[test]
    fn a_literal_object_stops_at_a_verb_and_a_particle_is_none() {
        let r = relations(
            "Democrats who voted for the proposal insist it will lower rents. Brazil cut back on spending.",
        );
        assert!(
            r.iter().any(|x| x.1 == "vote for" && x.2 == "the proposal"),
            "{r:?}"
        );
        assert!(!r.iter().any(|x| x.2 == "back"), "{r:?}");
    }

    #[test]
    fn what_did_not_happen_is_conditional() {
        let r = relations(
            "Had Jane Roe run and won the nomination, voters would have backed her. Officials wished Jane Roe had called out Tom Hale. Jane Roe could have won the race. Jane Roe won the vote.",
        );
        let conditional = |x: &&Shown| {
            x.3.contains(&("modality".to_string(), "conditional".to_string()))
        };
        assert!(
            r.iter()
                .filter(|x| x.2 != "the vote")
                .filter(|x| x.1 == "win" || x.1 == "call out")
                .all(|x| conditional(&x)),
            "{r:?}"
        );
        assert!(
            r.iter().any(|x| x.2 == "the vote" && !conditional(&x)),
            "{r:?}"
        );
    }

    #[test]
    fn a_longer_reported_clause_is_the_object_quotes_and_all() {
        let r = relations(
            "Tom Hale said Friday that he relies on the advice of several seasoned mining engineers to run the business. Jane Roe told reporters it “was no accident” that the vote was held early. Ana Lopes said she plans to raise funds for the campaign.",
        );
        assert!(
            r.iter().any(|x| x.0 == "Tom Hale"
                && x.2
                    == "he relies on the advice of several seasoned mining engineers to run the business"),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Jane Roe"
                    && x.2 == "it “was no accident” that the vote was held early"),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Ana Lopes" && x.2 == "she plans to raise funds for the campaign"),
            "{r:?}"
        );
    }

    #[test]
    fn a_person_of_a_body_speaks_and_a_reported_clause_ends_at_but() {
        let r = relations(
            "Jane Roe of the Globex Corp said it believed the rules were wrong. Tom Hale has said he does not want higher taxes but on Wednesday said other promises would wait.",
        );
        assert!(r.iter().any(|x| x.0 == "Jane Roe" && x.1 == "say"), "{r:?}");
        assert!(
            !r.iter().any(|x| x.0 == "Globex Corp" && x.1 == "say"),
            "{r:?}"
        );
        assert!(
            r.iter().any(|x| x.0 == "Tom Hale"
                && x.1 == "say"
                && x.2 == "he does not want higher taxes"),
            "{r:?}"
        );
    }

    #[test]
    fn idioms_with_reporting_verbs_report_nothing() {
        let r = relations(
            "Most Brazilian fans, not to mention fans in Chile, rarely hear the songs. Needless to say, Brazil won.",
        );
        assert!(!r.iter().any(|x| x.1 == "mention" || x.1 == "say"), "{r:?}");
    }

    #[test]
    fn a_report_in_a_free_relative_clause_reports_nothing_after_it() {
        let r = relations(
            "Voters care about what Tom Hale says about them come November. Asked what he would tell friends who asked, Ann Lee smiled. She condemned what Jim Beck called a \"rant\" online.",
        );
        assert!(!r.iter().any(|x| x.1 == "say" || x.1 == "tell"), "{r:?}");
        assert!(
            r.iter().any(|x| x.0 == "Jim Beck" && x.1 == "call"),
            "{r:?}"
        );
    }

    #[test]
    fn a_list_of_places_is_no_place_in_another() {
        let r = relations(
            "Offices in Lyon, Leeds, Turin and Porto will close. The plant in Springfield, Illinois, will stay open. Flights from Lyon, Turin were cut. The talks in Salem, Oregon, United States, ended.",
        );
        let located: Vec<_> = r.iter().filter(|x| x.1 == "located in").collect();
        assert!(
            located
                .iter()
                .any(|x| x.0 == "Springfield" && x.2 == "Illinois"),
            "{r:?}"
        );
        assert!(
            located.iter().any(|x| x.0 == "Salem" && x.2 == "Oregon"),
            "{r:?}"
        );
        assert!(
            !located
                .iter()
                .any(|x| x.0 == "Lyon" || x.0 == "Leeds" || x.0 == "Turin"),
            "{r:?}"
        );
    }

    #[test]
    fn an_event_named_after_a_place_was_held_there() {
        let r = relations(
            "The talks in Lisbon on Monday went ahead. Officials spoke before the Lisbon summit.",
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Lisbon summit" && x.1 == "located in" && x.2 == "Lisbon"),
            "{r:?}"
        );
    }

    #[test]
    fn a_report_of_a_clause_that_names_nothing_is_about_what_it_says() {
        let r = relations(
            "Some 40 ports could close after a review by the World Bank, Anna Berg said. The Chilean navy denied it had fired the shots. Brazil said if Chile agreed the talks would go on.",
        );
        let berg = r
            .iter()
            .find(|x| x.0 == "Anna Berg" && x.1 == "say")
            .expect("a report by Anna Berg");
        assert_eq!(
            berg.2,
            "Some 40 ports could close after a review by the World Bank"
        );
        assert!(
            berg.3.contains(&("quantity".to_string(), "40".to_string())),
            "{r:?}"
        );
        assert!(!berg.3.iter().any(|(k, _)| k == "claimant"), "{r:?}");
        assert!(
            r.iter()
                .any(|x| x.1 == "deny" && x.2 == "it had fired the shots"),
            "{r:?}"
        );
        // A condition is not what was said.
        assert!(r.iter().all(|x| !x.2.starts_with("if")), "{r:?}");
    }

    #[test]
    fn a_list_of_names_before_a_noun_stays_in_the_object() {
        let r = relations(
            "Lisbon Stock Exchange merged the Paris, Madrid and Lisbon trading floors. Anna Berg praised Brazil and Chile signed the deal.",
        );
        assert!(
            r.iter()
                .any(|x| x.1 == "merge" && x.2 == "the Paris, Madrid and Lisbon trading floors"),
            "{r:?}"
        );
        assert!(r.iter().all(|x| !x.2.contains("and Chile")), "{r:?}");
    }

    #[test]
    fn a_phrasal_verb_is_no_report_and_a_share_is_of_what_follows() {
        let r =
            relations("The Group of Twenty wrote off up to 80% of the debts of poor countries.");
        let write = relation(&r, "write off");
        assert_eq!(write.2, "the debts of poor countries");
        assert!(
            write
                .3
                .contains(&("quantity".to_string(), "80".to_string())),
            "{r:?}"
        );
        assert!(r.iter().all(|x| x.1 != "write"), "{r:?}");
    }

    #[test]
    fn a_report_is_no_claim_of_a_name_before_its_verb() {
        let r = relations(
            "The Chilean military, which has been fighting rebels near Brazil, has denied the claims.",
        );
        let deny = relation(&r, "deny");
        assert_eq!(deny.2, "the claims");
        assert!(!deny.3.iter().any(|(k, _)| k == "claimant"), "{r:?}");
    }

    #[test]
    fn a_person_in_apposition_to_a_titled_description_is_met() {
        let r = relations(
            "Anna Berg arrived on Monday. She then met with the recently elected chairwoman of Brazil's National Assembly, Odile Marchetti, at a house near the palace.",
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Anna Berg" && x.1 == "meet" && x.2 == "Odile Marchetti"),
            "{r:?}"
        );
    }

    #[test]
    fn subjects_of_other_clauses_are_not_taken() {
        let r = relations(
            "Less than a year after Chile broke away from Brazil, a peace accord to end decades of war was signed. Anna Berg landed a right in the fifth and the round ended with Odile Marchetti on the ropes. Anna Berg spoke on Monday. Prices are furious with Brazilian President Joao Pereira over the rise, she says. Anna Berg met with Chilean leaders in Lisbon.",
        );
        assert!(r.iter().all(|x| x.1 != "end"), "{r:?}");
        assert!(
            r.iter().any(|x| x.0 == "Anna Berg"
                && x.1 == "say"
                && x.2 == "Prices are furious with Brazilian President Joao Pereira over the rise"),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Anna Berg" && x.1 == "meet" && x.2 == "Chilean leaders"),
            "{r:?}"
        );
    }

    #[test]
    fn ages_clock_times_directions_and_place_adverbs_are_no_arguments() {
        let r = relations(
            "Student Anna Berg, 18, said she is proud Joao Pereira is visiting. Anna Berg dropped Joao Pereira in the sixth, and referee Tomas Brenner gave him a count before stopping the fight at 2:56. Joao Pereira said Chilean forces fought rebels about five kilometers south of the town of Lisbon. Anna Berg arrived here on Sunday. Anna Berg spoke in Lisbon since the end of the Lisbon Summit.",
        );
        assert!(
            r.iter().all(|x| !x
                .3
                .iter()
                .any(|(k, v)| k == "quantity" && (v == "18" || v == "2"))),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Tomas Brenner" && x.1 == "stop" && x.2 == "the fight"),
            "{r:?}"
        );
        let fought = relation(&r, "fight");
        assert_eq!(fought.0, "Chilean");
        assert!(
            fought
                .3
                .contains(&("unit".to_string(), "kilometers".to_string())),
            "{r:?}"
        );
        assert!(
            r.iter().all(|x| x.1 != "arrive" && x.1 != "attend"),
            "{r:?}"
        );
    }

    #[test]
    fn headline_objects_and_hyphenated_words_stay_whole() {
        let r = relations(
            "Anna Berg confirms death of Chilean rebel leader. Anna Berg lifted the nearly 50-year-long trade embargo on Chile.",
        );
        assert!(
            r.iter()
                .any(|x| x.1 == "confirm" && x.2 == "death of Chilean rebel leader"),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|x| x.1 == "lift" && x.2.ends_with("trade embargo")),
            "{r:?}"
        );
    }

    #[test]
    fn clauses_after_that_have_their_own_subject() {
        let r = relations(
            "Chile dismissed claims that it had sent its troops to Brazil. The agency told Reuters that it had used new tools to confirm the sighting of a Chilean soldier. Brazil attacked the region with about a dozen drones overnight.",
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Chile" && x.1 == "send" && x.2 == "its troops"),
            "{r:?}"
        );
        assert!(
            r.iter().all(|x| x.0 != "Reuters" || x.1 != "confirm"),
            "{r:?}"
        );
        let attack = relation(&r, "attack");
        assert!(
            attack
                .3
                .contains(&("unit".to_string(), "drones".to_string())),
            "{r:?}"
        );
    }

    #[test]
    fn a_common_noun_subject_in_its_own_clause_is_no_name() {
        let r = relations(
            "Acme will stop making engines for its Bolt subsidiary, unions at the carmaker have said. The Lisbon Institute claims that taxes need to rise by about $10bn. Chile and union leaders have reached a deal to end the strike. Anna Berg said on Monday the navy shot down three drones. Brazil enjoyed strong growth outside Chile.",
        );
        assert!(r.iter().all(|x| x.1 != "say" || x.0 != "Bolt"), "{r:?}");
        assert!(r.iter().all(|x| x.1 != "rise"), "{r:?}");
        assert!(r.iter().any(|x| x.0 == "Chile" && x.1 == "end"), "{r:?}");
        assert!(
            r.iter().all(|x| x.1 != "shoot down" || x.0 != "Anna Berg"),
            "{r:?}"
        );
        assert!(r.iter().all(|x| x.2 != "Chile" || x.1 != "enjoy"), "{r:?}");
    }

    #[test]
    fn allegations_negations_and_phrases_before_a_name() {
        let r = relations(
            "Anna Berg denied accusations that she attacked Joao Pereira. Neither Chile nor Brazil signed the deal. The striker has been training in Chile and Tomas Brenner confirmed the news.",
        );
        let attack = relation(&r, "attack");
        assert!(
            attack
                .3
                .contains(&("modality".to_string(), "alleged".to_string())),
            "{r:?}"
        );
        assert!(
            r.iter().filter(|x| x.1 == "sign").all(|x| x
                .3
                .contains(&("polarity".to_string(), "negative".to_string()))),
            "{r:?}"
        );
        assert!(
            r.iter().all(|x| x.0 != "Chile" || x.1 != "confirm"),
            "{r:?}"
        );
    }

    #[test]
    fn a_country_acts_through_its_forces_not_through_its_films() {
        let r = relations(
            "The Chilean movie won four awards on Sunday. Chilean troops attacked the border post.",
        );
        assert!(r.iter().all(|x| x.1 != "win"), "{r:?}");
        assert!(
            r.iter().any(|x| x.0 == "Chilean" && x.1 == "attack"),
            "{r:?}"
        );
    }

    #[test]
    fn a_verb_in_a_condition_is_conditional() {
        let r = relations("If Anna Berg wins the election, Chile will sign the treaty.");
        let win = relation(&r, "win");
        assert!(
            win.3
                .contains(&("modality".to_string(), "conditional".to_string())),
            "{r:?}"
        );
    }

    #[test]
    fn the_name_after_by_or_for_acts_in_the_infinitive() {
        let r = relations(
            "Anna Berg hailed the deals, including plans by Andes Air to also buy 35 engines from Pratt & Whitney.",
        );
        assert!(
            r.iter().any(|x| x.0 == "Andes Air"
                && x.1 == "buy"
                && x.2 == "engines"
                && x.3
                    .contains(&("origin".to_string(), "Pratt & Whitney".to_string()))),
            "{r:?}"
        );
    }

    #[test]
    fn a_list_of_names_at_the_end_of_a_sentence() {
        // The list reaches the last token: nothing may index past it.
        let r = relations("Brazil beat Chile, Peru");
        assert!(r.iter().any(|x| x.0 == "Brazil" && x.1 == "beat"), "{r:?}");
    }

    #[test]
    fn where_an_agreement_was_signed() {
        let r = relations(
            "Brazil ratified the fisheries agreement with Portugal, signed in Lisbon last year.",
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "fisheries agreement" && x.1 == "located in" && x.2 == "Lisbon"),
            "{r:?}"
        );
    }

    #[test]
    fn kinship_after_a_possessive() {
        let r = relations("Odile Marchetti trained with her older sister, Ines, for years.");
        assert!(
            r.iter()
                .any(|x| x.0 == "Ines" && x.1 == "sister" && x.2 == "Odile Marchetti"),
            "{r:?}"
        );
    }

    #[test]
    fn a_name_asked_about_something_in_an_aside_asks_nothing() {
        let r = relations(
            "Prices rose. Tom Hale, asked about Jim Beck's remark, said the plan was sound. The minister, Jane Roe, asked the court to delay the case.",
        );
        assert_eq!(subjects(&r, "ask"), ["Jane Roe"], "{r:?}");
        assert_eq!(subjects(&r, "say"), ["Tom Hale"], "{r:?}");
    }

    #[test]
    fn a_reported_clause_ends_where_the_reporter_acts_or_reports_again() {
        let r = relations(
            "Prices rose. Tom Hale has denied the allegations against him and on Monday defended his record. Jane Roe noted the importance of fixing a \"broken system\" and she said reform could pass. Ann Lee criticized Jim Beck, noting that the fund had received large sums and urging him to return the money. Jim Beck was quoted, adding that any legal battle would be protracted and damaging to the business.",
        );
        assert_eq!(
            objects(&r, "deny"),
            ["the allegations against him"],
            "{r:?}"
        );
        assert_eq!(
            objects(&r, "note"),
            [
                "the importance of fixing a \"broken system\"",
                "the fund had received large sums"
            ],
            "{r:?}"
        );
        // An adjective in -ing is no act of the reporter's.
        assert_eq!(
            objects(&r, "add"),
            ["any legal battle would be protracted and damaging to the business"],
            "{r:?}"
        );
    }

    #[test]
    fn what_an_unnamed_side_of_a_dispute_says_is_alleged() {
        let r = relations(
            "Prices rose. One of his accusers said she was 14 when Tom Hale initiated an encounter. Critics have charged that Acme Corp has botched its strategy. Officials said Globex Inc sold the plant.",
        );
        assert_qualifier(&r, "initiate", "modality", "alleged", true);
        assert_qualifier(&r, "botch", "modality", "alleged", true);
        assert_qualifier(&r, "sell", "modality", "alleged", false);
    }

    #[test]
    fn a_name_acting_past_the_comma_after_by_is_no_agent() {
        let r = relations(
            "Prices rose. In a case involving an Acme trainer killed by an orca whale, Mr. Tom Hale wrote in 2014 that the department was wrong. The plan was backed by the chairman, Jane Roe, on Monday.",
        );
        assert!(r.iter().all(|x| x.1 != "kill"), "{r:?}");
        assert_eq!(subjects(&r, "back"), ["Jane Roe"], "{r:?}");
    }

    #[test]
    fn whom_a_quote_was_told_to_is_not_what_was_told() {
        let r = relations(
            "Prices rose. \"We will see,\" Mrs. Jane Roe told ABC News on March 27 after the council signed the deal. \"It was a mistake,\" Tom Hale told a news conference. Ann Lee told Acme Corp she would stay.",
        );
        assert_eq!(objects(&r, "tell"), ["she would stay"], "{r:?}");
    }

    #[test]
    fn a_compound_modifier_after_a_figures_comma_stays_in_the_phrase() {
        let r = relations(
            "Prices rose. Acme Corp outlined a roughly $760 billion, five-year infrastructure bill that would fund roads. Globex Inc posted a profit of $3bn, up 27%.",
        );
        assert_eq!(
            objects(&r, "outline"),
            ["a roughly $760 billion, five-year infrastructure bill"],
            "{r:?}"
        );
        assert_eq!(objects(&r, "post"), ["a profit of $3bn"], "{r:?}");
    }

    #[test]
    fn what_is_provided_with_stays_with_the_object() {
        let r = relations(
            "Prices rose. Acme Corp provided the transition team with office space. Globex Inc supplied Ruritania with 300 tanks.",
        );
        assert_eq!(
            objects(&r, "provide"),
            ["the transition team with office space"],
            "{r:?}"
        );
        assert_eq!(objects(&r, "supply"), ["Ruritania with 300 tanks"], "{r:?}");
    }

    #[test]
    fn a_quoted_complement_of_as_stays_with_the_object() {
        let r = relations(
            "Prices rose. Tom Hale described the plan as \"a lingering vestige\" on Monday. Jane Roe branded Jim Beck as \"a liar\".",
        );
        assert_eq!(
            objects(&r, "describe"),
            ["the plan as \"a lingering vestige\""],
            "{r:?}"
        );
        assert_eq!(objects(&r, "brand"), ["Jim Beck as \"a liar\""], "{r:?}");
    }

    #[test]
    fn a_pronoun_opening_a_clause_stands_for_the_name_after_its_comma() {
        let r = relations(
            "Prices rose. Tom Hale met Ann Lee. Before her meeting with Jim Beck, Jane Roe said the plan was sound. When he bought the mine, Ed Roe said it would pay.",
        );
        let met: Vec<_> = r
            .iter()
            .filter(|x| x.1 == "meet")
            .map(|x| (x.0.as_str(), x.2.as_str()))
            .collect();
        assert_eq!(
            met,
            [("Tom Hale", "Ann Lee"), ("Jane Roe", "Jim Beck")],
            "{r:?}"
        );
        assert!(
            subjects(&r, "buy").iter().all(|x| *x != "Tom Hale"),
            "{r:?}"
        );
    }

    #[test]
    fn kinship_of_the_person_joined_right_before_the_pronoun() {
        let r = relations(
            "Prices rose. Tom Hale and his wife Ann Hale welcomed Jim Beck and his wife, Sara, as they arrived.",
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Sara" && x.1 == "wife" && x.2 == "Jim Beck"),
            "{r:?}"
        );
    }

    #[test]
    fn a_reporting_verb_past_a_long_aside_attributes_the_quote() {
        let r = relations(
            "“It has been a long time coming,” Sen. Tom Hale, the Tarsk Republican who led the fight for the bill, said just ahead of the vote.",
        );
        assert!(r.iter().all(|x| x.1 != "say"), "{r:?}");
    }

    #[test]
    fn a_span_of_time_before_ago_is_when_it_was_said() {
        let r = relations(
            "Tom Hale announced moments ago that the plant would close. Jane Roe said two days ago the deal was dead.",
        );
        assert_eq!(relation(&r, "announce").2, "the plant would close", "{r:?}");
        assert_eq!(relation(&r, "say").2, "the deal was dead", "{r:?}");
    }

    #[test]
    fn an_intention_reaches_its_infinitive_past_a_phrase_of_time() {
        let r = relations(
            "Ruritania threatened in early March to launch a nuclear strike against Oskol.",
        );
        assert_qualifier(&r, "launch", "modality", "intended", true);
        let r = relations("Acme Corp vowed on Monday to sell the plant.");
        assert_qualifier(&r, "sell", "modality", "intended", true);
    }

    #[test]
    fn an_infinitive_a_past_copula_judges_is_no_purpose() {
        let r = relations(
            "He talked about how inconsiderate it was for Jim Beck to support the strike in Tarsk. It is important for Acme Corp to sell the plant.",
        );
        assert_qualifier(&r, "support", "modality", "intended", false);
        assert_qualifier(&r, "sell", "modality", "intended", true);
    }

    #[test]
    fn a_clause_after_a_reports_noun_object_is_not_reported() {
        let r =
            relations("Acme Corp announced its decision when Tom Hale said the talks had failed.");
        let say = relation(&r, "say");
        assert!(!say.3.iter().any(|(k, _)| k == "claimant"), "{r:?}");
        // "said it upset her when …": a pronoun opens the reported clause, so the clause of
        // when is reported too.
        let r = relations("Jane Roe said it upset her when Jim Beck sold the farm.");
        assert!(
            has_qualifier(relation(&r, "sell"), "claimant", "Jane Roe"),
            "{r:?}"
        );
    }

    #[test]
    fn a_report_of_an_infinitive_claims_nothing_else() {
        let r = relations(
            "Tom Hale introduced the bill on Thursday, and Acme Corp and Globex Inc agreed to meet on Friday.",
        );
        let introduce = relation(&r, "introduce");
        assert!(!introduce.3.iter().any(|(k, _)| k == "claimant"), "{r:?}");
        // But "claim to have" and "said to" still report what follows.
        let r = relations("Ruritania claims to have evidence that Globex Inc sold the arms.");
        assert!(
            has_qualifier(relation(&r, "sell"), "claimant", "Ruritania"),
            "{r:?}"
        );
    }

    #[test]
    fn coordinated_subjects_each_act_and_claimants_are_bodies() {
        let r = relations("Portugal and Brazil signed a fisheries agreement in Lisbon on Tuesday.");
        assert!(
            r.iter().any(|x| x.0 == "Portugal" && x.1 == "sign"),
            "{r:?}"
        );
        assert!(r.iter().any(|x| x.0 == "Brazil" && x.1 == "sign"), "{r:?}");
        // Each signed with the other.
        assert!(
            r.iter().any(|x| x.0 == "Portugal"
                && x.1 == "sign"
                && has_qualifier(x, "counterpart", "Brazil")),
            "{r:?}"
        );
        // A name in an opening subordinate clause is not the next clause's subject, and an
        // -ing form after a verb is its object, not a new event.
        let r = relations(
            "As Joao Pereira spoke about the future of Siemens, Anna Berg’s microphone stopped giving him any sound. The strike halted manufacturing across Brazil.",
        );
        assert!(r.iter().all(|x| x.0 != "Siemens"), "{r:?}");
        assert!(r.iter().all(|x| x.1 != "manufacture"), "{r:?}");
        // A comma closing an opening phrase joins nothing; a possessive owner is no subject.
        let r = relations(
            "Asked about Portugal, Brazil signed the accord. Later Odile Marchetti's microphone stopped working.",
        );
        assert!(r.iter().all(|x| x.0 != "Portugal"), "{r:?}");
        assert!(r.iter().all(|x| x.0 != "Odile Marchetti"), "{r:?}");
        // Titles and party labels between the names, and a count of a body's members.
        let r = relations(
            "Sen. Anna Berg (D-Ore.), Senate Minority Leader Tomas Brenner (R-Tex.) and 18 members of the Lisbon Trade Committee called on President Joao Pereira to resign.",
        );
        for who in ["Anna Berg", "Tomas Brenner", "Lisbon Trade Committee"] {
            assert!(
                r.iter()
                    .any(|x| x.0 == who && x.1 == "call on" && x.2 == "Joao Pereira to resign"),
                "{who}: {r:?}"
            );
        }
        assert!(
            r.iter()
                .any(|x| x.0 == "Lisbon Trade Committee" && has_qualifier(x, "quantity", "18")),
            "{r:?}"
        );
        let r = relations(
            "Brazil will send 40 inspectors to Lisbon, according to the Brazilian foreign ministry.",
        );
        let send = relation(&r, "send");
        assert!(
            send.3
                .contains(&("claimant".into(), "foreign ministry".into())),
            "{send:?}"
        );
    }

    #[test]
    fn people_attend_events_they_are_at() {
        let r = relations(
            "Odile Marchetti spoke to reporters after the conclusion of the Harbor Summit on Friday.",
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Odile Marchetti" && x.1 == "attend" && x.2 == "Harbor Summit"),
            "{r:?}"
        );
    }

    #[test]
    fn a_win_a_lead_or_a_phrase_in_a_place_does_not_put_a_person_there() {
        for text in [
            "Cheap loans helped drive Tom Hale to victory in Tarsk.",
            "Jane Roe capitalized on her big win in Tarsk.",
            "Tom Hale holds a similar edge in Tarsk.",
            "Tom Hale, a candidate for the race in Tarsk, spoke.",
            "Tom Hale has an event planned in Tarsk.",
            "Jane Roe, manager of a bakery in Tarsk, was shocked.",
            "When Tom Hale was mayor, they pushed for reform in Tarsk.",
            "Tom Hale holds a slim advantage in Tarsk.",
            "Tom Hale remains tied with Jim Beck in Tarsk.",
            "Tom Hale is leading the crowded field in Tarsk.",
        ] {
            let r = relations(text);
            assert!(!r.iter().any(|x| x.1 == "located in"), "{text}: {r:?}");
        }
        for text in [
            "Jane Roe in Tarsk contributed reporting.",
            "Jane Roe, a reporter in Tarsk, wrote the story.",
            "Tom Hale left a rally in Tarsk on Monday.",
            "Tom Hale stood with the crowd in Tarsk.",
            "Jane Roe at a rally in Tarsk waved.",
            "Jane Roe, 58, floored her rival at a hall in Tarsk.",
        ] {
            let r = relations(text);
            assert!(
                r.iter().any(|x| x.1 == "located in" && x.2 == "Tarsk"),
                "{text}: {r:?}"
            );
        }
    }

    #[test]
    fn whom_one_tells_is_not_what_was_told() {
        for text in [
            "Prices rose. Tom Hale told Tarsk Radio's morning show: \"We will not give up.\"",
            "Prices rose. Prices fell sharply, Jane Roe told a conference on ageing.",
            "Jane Roe spoke on Monday. Prices fell sharply, she told a conference on ageing.",
            "Prices rose. \"We will not give up,\" Tom Hale told a local news website.",
            "Prices rose. \u{201c}We will not give up,\u{201d} Tom Hale, head of the Tarsk Union, told the morning show.",
            "Prices rose. \u{201c}We will not give up,\u{201d} Sen. Tom Hale (D-Ore.) told a local news website.",
        ] {
            let r = relations(text);
            assert!(!r.iter().any(|x| x.1 == "tell"), "{text}: {r:?}");
        }
        let r = relations(
            "Prices rose. Tom Hale told supporters at a rally held in Tarsk on Tuesday that he would not resign.",
        );
        let tell = relation(&r, "tell");
        assert_eq!(tell.2, "he would not resign", "{r:?}");
    }

    #[test]
    fn a_part_of_the_day_after_a_weekday_is_when_it_was_said() {
        let r = relations("Prices rose. Jane Roe said Monday night that Tom Hale plans to attend.");
        assert_eq!(relation(&r, "say").2, "Tom Hale plans to attend", "{r:?}");
    }

    #[test]
    fn a_name_after_of_acts_only_for_its_voice_or_its_own_clause() {
        let r = relations(
            "Prices rose. The chairman of the Tarsk Housing Committee said Acme Corp had sold the plant.",
        );
        assert!(r.iter().all(|x| x.1 != "say"), "{r:?}");
        assert!(qualifier_values(&r, "claimant").is_empty(), "{r:?}");
        let r = relations(
            "Prices rose. Officials of Acme Corp said Globex Inc had sold the plant. It was part of Acme Corp's plan to cut 300 jobs. The testimony of Tom Hale, who led the inquiry, was long. The outgoing chairman of the party Jim Beck told the crowd to leave.",
        );
        assert_eq!(qualifier_values(&r, "claimant"), ["Acme Corp"], "{r:?}");
        assert_eq!(subjects(&r, "cut"), ["Acme Corp"], "{r:?}");
        assert_eq!(subjects(&r, "lead"), ["Tom Hale"], "{r:?}");
        assert_eq!(subjects(&r, "tell"), ["Jim Beck"], "{r:?}");
    }

    #[test]
    fn a_question_word_opens_the_clause_any_reporting_verb_reports() {
        let r = relations(
            "Prices rose. Jim Beck described how the leader had lived in tunnels for years.",
        );
        assert_eq!(
            objects(&r, "describe"),
            ["how the leader had lived in tunnels for years"],
            "{r:?}"
        );
    }

    #[test]
    fn a_name_past_that_is_no_agent_of_a_passive_report() {
        let r = relations(
            "Prices rose. Jim Beck says he has been told by aides that Tom Hale wants more votes.",
        );
        assert!(r.iter().all(|x| x.1 != "tell"), "{r:?}");
    }

    #[test]
    fn a_reduced_passive_far_from_a_name_acts_on_the_noun_before_it() {
        let r = relations(
            "Prices rose. Tom Hale attended a fundraiser hosted by the Acme Corp chief Jane Roe. Ann Lee, the challenger backed by Jim Beck, lost. Tom Hale, who was the challenger backed by Ann Lee, won.",
        );
        assert_eq!(objects(&r, "host"), ["a fundraiser"], "{r:?}");
        assert_eq!(objects(&r, "back"), ["Ann Lee", "Tom Hale"], "{r:?}");
    }

    #[test]
    fn a_relative_clause_reports_no_clause_before_it() {
        let r = relations(
            "Prices rose. Ann Lee pointed to claims of harassment against Tom Hale, which he denies.",
        );
        assert!(objects(&r, "deny").is_empty(), "{r:?}");
    }

    #[test]
    fn a_pronoun_stands_for_the_main_clause_subject_not_a_name_in_a_clause_before_it() {
        let r = relations(
            "Prices rose. If Tom Hale is the gunman, Jim Beck said, that makes him sad. Many people feel alienated, like Tom Hale did, he said.",
        );
        assert_eq!(subjects(&r, "say"), ["Jim Beck"], "{r:?}");
    }

    #[test]
    fn a_capitalised_verb_inside_a_name_does_not_end_the_object() {
        let r = relations(
            "Prices rose. Tom Hale, who has won the Tarsk Open four times, will rest. Jane Roe won the Oskol Open juniors.",
        );
        assert_eq!(
            objects(&r, "win"),
            ["the Tarsk Open", "the Oskol Open juniors"],
            "{r:?}"
        );
    }

    #[test]
    fn a_demonym_or_an_ing_form_before_a_name_describes_it() {
        let r = relations(
            "Prices rose. Jane Roe swept aside defending champion Ann Lee 6-3 6-2 to win the Tarsk Cup. Tom Hale came through a long battle with Argentine Jim Beck to reach the semi-finals. Officials opened an inquiry into whether Italian airline Oskol Air is receiving state aid.",
        );
        assert_eq!(subjects(&r, "win"), ["Jane Roe"], "{r:?}");
        assert_eq!(subjects(&r, "reach"), ["Tom Hale"], "{r:?}");
        assert_eq!(subjects(&r, "receive"), ["Oskol Air"], "{r:?}");
    }

    #[test]
    fn a_demonym_before_a_name_is_no_argument() {
        let r = relations(
            "Prices rose. Tom Hale survived an injury scare in his semi-final with seventh-seeded Austrian Jim Beck.",
        );
        assert_eq!(qualifier_values(&r, "counterpart"), ["Jim Beck"], "{r:?}");
    }

    #[test]
    fn a_name_after_of_and_an_age_is_in_a_phrase() {
        let r = relations(
            "Prices rose. Family members of 8-year-old Tom Hale held a private funeral on Tuesday. The 17-year-old Jim Beck held a party on Friday.",
        );
        assert_eq!(subjects(&r, "hold"), ["Jim Beck"], "{r:?}");
    }

    #[test]
    fn a_ruling_reports_a_clause_not_a_noun_phrase() {
        let r = relations(
            "Prices rose. Bronchitis ruled Jane Roe out of her quarter-final on Thursday. New Tarsk rules limit the size of a deficit. The Tarsk High Court ruled that the law was void.",
        );
        assert_eq!(objects(&r, "rule"), ["the law was void"], "{r:?}");
    }

    #[test]
    fn a_demonym_before_the_noun_of_an_infinitive_does_not_act() {
        let r = relations(
            "Prices rose. The only other Peruvian woman to win a match at the event is Jane Roe. Chile set out to cut its debt.",
        );
        assert!(subjects(&r, "win").is_empty(), "{r:?}");
        assert_eq!(subjects(&r, "cut"), ["Chile"], "{r:?}");
    }

    #[test]
    fn a_past_verb_after_a_quoted_comma_and_and_is_the_reporters_next_predicate() {
        let r = relations(
            "Prices rose. Jane Roe countered that no other industry in Tarsk has \"absolute immunity,\" and invoked the Oskol mass shooting.",
        );
        assert_eq!(
            objects(&r, "counter"),
            ["no other industry in Tarsk has \"absolute immunity,\""],
            "{r:?}"
        );
    }

    #[test]
    fn an_unknown_listener_after_a_quotation_is_no_object() {
        let r = relations(
            "\"This is clearly not a case of abuse,\" psychologist Jim Beck, director of the Tarsk Lab at Oskol University, told Slate.",
        );
        assert!(objects(&r, "tell").is_empty(), "{r:?}");
    }

    #[test]
    fn an_infinitive_may_open_a_quotation() {
        let r = relations(
            "Prices rose. After the vote, Jane Roe advised her party to \"leave the tax issue alone,\" with a smile.",
        );
        assert_eq!(
            objects(&r, "advise"),
            ["her party to \"leave the tax issue alone,\" with a smile"],
            "{r:?}"
        );
    }

    #[test]
    fn a_reported_clause_does_not_end_in_a_conjunction() {
        let r = relations(
            "Prices rose. Jim Beck said violent crime has been falling in recent years and, in some towns, it has halved.",
        );
        assert_eq!(
            objects(&r, "say"),
            ["violent crime has been falling in recent years"],
            "{r:?}"
        );
    }

    #[test]
    fn a_noun_after_for_is_the_subject_of_the_infinitive() {
        let r = relations(
            "Prices rose. Jane Roe made it easier for workers to receive care. Ann Lee paid for Tom Hale to receive care.",
        );
        assert_eq!(subjects(&r, "receive"), ["Tom Hale"], "{r:?}");
    }

    #[test]
    fn the_main_clause_of_a_condition_is_conditional() {
        let r = relations(
            "Prices rose. Even if they do take the House, Jane Roe faces an arduous task. If Acme Corp wins the bid, Globex Inc will sell the plant.",
        );
        assert_qualifier(&r, "face", "modality", "conditional", true);
        assert_qualifier(&r, "sell", "modality", "conditional", true);
    }

    #[test]
    fn a_pronoun_or_question_word_is_no_passive_object() {
        let r = relations(
            "Prices rose. She lost her ranking at the Tarsk Open, where she was beaten in the fourth round by Ann Lee.",
        );
        assert!(
            objects(&r, "beat").iter().all(|o| !o.contains("where")),
            "{r:?}"
        );
    }

    #[test]
    fn a_listener_may_hold_a_number() {
        let r = relations(
            "Prices rose. Jane Roe told Tarsk News 24 in 2001 that there was a real problem of trust.",
        );
        assert_eq!(
            objects(&r, "tell"),
            ["there was a real problem of trust"],
            "{r:?}"
        );
    }

    #[test]
    fn an_ing_form_between_a_determiner_and_a_noun_is_no_report() {
        let r = relations(
            "Prices rose. It has been spotted in Tarsk, said Jim Beck of the Oskol Centre's early warning system for new drugs.",
        );
        assert!(objects(&r, "warn").is_empty(), "{r:?}");
    }

    #[test]
    fn and_before_a_subject_and_its_reporting_verb_opens_another_report() {
        let r = relations(
            "Prices rose. Jim Beck has said Chile does not want an arms race and he has promised he would not deploy missiles. The Tarsk Party says the plan would raise taxes and the Oskol Party says the sums do not add up.",
        );
        assert_eq!(
            objects(&r, "say"),
            [
                "Chile does not want an arms race",
                "the plan would raise taxes",
                "the sums do not add up"
            ],
            "{r:?}"
        );
        assert!(
            r.iter()
                .filter(|x| x.1 == "say")
                .all(|x| x.3.iter().all(|(k, _)| k != "claimant")),
            "{r:?}"
        );
    }

    #[test]
    fn a_sum_of_money_counts_no_noun() {
        let r = relations("Prices rose. Jane Roe received a $3,000 grant from Acme Corp.");
        assert!(qualifier_values(&r, "unit").is_empty(), "{r:?}");
        assert_eq!(qualifier_values(&r, "quantity"), ["3000"], "{r:?}");
    }

    #[test]
    fn a_partys_members_or_a_quoted_speaker_are_not_located() {
        let r = relations("Prices rose. Republicans in Washington are worried about the plan.");
        assert!(r.iter().all(|x| x.1 != "located in"), "{r:?}");
        let r = relations(
            "Officials spoke.\n\nRoe: no child under 15 has died in Europe\n\nDr. Jane Roe, a member of the task force, said on Monday that it was so.",
        );
        assert!(r.iter().all(|x| x.1 != "located in"), "{r:?}");
    }

    #[test]
    fn a_programme_then_a_pronoun_clause_is_listener_and_report() {
        let r = relations(
            "Prices rose. Earlier, Jim Beck told Radio 4's Today programme there was no chance of a deal.",
        );
        assert_eq!(
            objects(&r, "tell"),
            ["there was no chance of a deal"],
            "{r:?}"
        );
    }

    #[test]
    fn dismissing_or_removing_something_is_no_dismissal_from_a_post() {
        let r = relations(
            "Prices rose. Tom Hale dismissed fears that the plan was weak. Acme Corp dismissed its chief executive. Jane Roe removed the tariffs. Ann Lee removed Jim Beck from office.",
        );
        let objects: Vec<&str> = r
            .iter()
            .filter(|x| matches!(x.1.as_str(), "dismiss" | "remove"))
            .map(|x| x.2.as_str())
            .collect();
        assert_eq!(objects, ["its chief executive", "Jim Beck"], "{r:?}");
    }

    #[test]
    fn a_plural_after_an_infinitive_is_its_object_not_a_report() {
        let r = relations(
            "Prices rose. Jim Beck refused to deny claims the minister had reneged on a deal.",
        );
        assert!(r.iter().all(|x| x.1 != "claim"), "{r:?}");
        assert_eq!(
            relation(&r, "deny").2,
            "claims the minister had reneged on a deal",
            "{r:?}"
        );
    }

    #[test]
    fn a_report_the_writer_hedges_is_alleged() {
        let r = relations(
            "Prices rose. Jane Roe allegedly said the plan was dead. Tom Hale reportedly announced his plan to quit. Jim Beck said he denied the charges.",
        );
        assert!(
            has_qualifier(relation(&r, "say"), "modality", "alleged"),
            "{r:?}"
        );
        assert!(
            has_qualifier(relation(&r, "announce"), "modality", "alleged"),
            "{r:?}"
        );
        // A report the writer does not hedge stays as it is, whatever it is about.
        assert!(
            r.iter()
                .filter(|x| x.0 == "Jim Beck")
                .all(|x| x.3.iter().all(|(k, _)| k != "modality")),
            "{r:?}"
        );
    }

    #[test]
    fn a_verb_that_takes_a_clause_only_after_that_has_no_inverted_speaker() {
        let r = relations(
            "Prices rose. The report, published on Monday, criticised Jane Roe. The plan had failed, said Tom Hale.",
        );
        assert!(
            r.iter().all(|x| x.1 != "criticise" || x.0 != "Jane Roe"),
            "{r:?}"
        );
        assert_eq!(relation(&r, "say").0, "Tom Hale", "{r:?}");
    }

    #[test]
    fn a_persons_state_before_the_apposition_leaves_the_person_the_subject() {
        let r = relations(
            "Prices rose. Sen. Ann Lee of Ohio, a possible Acme Corp contender, criticized Jim Beck in an interview.",
        );
        assert_eq!(relation(&r, "criticize").0, "Ann Lee", "{r:?}");
    }

    #[test]
    fn a_name_at_the_end_of_the_clause_said_is_no_inverted_speaker() {
        let r = relations(
            "Prices rose. Jim Beck, who is party chairman in Tarsk, said he had suspended Mr Hale on Friday.",
        );
        assert_eq!(subjects(&r, "say"), ["Jim Beck"], "{r:?}");
    }

    #[test]
    fn a_conjunction_inside_quoted_words_ends_no_object() {
        let r = relations("Prices rose. Jim Beck promised a \"firm but fair\" policy on ports.");
        assert_eq!(
            relation(&r, "promise").2,
            "a \"firm but fair\" policy",
            "{r:?}"
        );
    }

    #[test]
    fn a_noun_in_ing_before_to_or_for_ends_the_object() {
        let r = relations("Prices rose. Tom Hale gave an intelligence briefing to ambassadors.");
        assert_eq!(relation(&r, "give").2, "an intelligence briefing", "{r:?}");
    }

    #[test]
    fn so_long_as_opens_a_condition_but_a_comparison_does_not() {
        let r = relations(
            "Prices rose. So long as Jim Beck believes that his allies will hold, he will stay. The funds might not last as long as Ann Lee noted they would last.",
        );
        assert_qualifier(&r, "believe", "modality", "conditional", true);
        assert_qualifier(&r, "note", "modality", "conditional", false);
    }

    #[test]
    fn refusing_in_any_form_is_not_doing() {
        let r = relations(
            "Prices rose. Tom Hale accused Acme Corp of stonewalling in refusing to produce a single document.",
        );
        assert_qualifier(&r, "produce", "polarity", "negative", true);
    }

    #[test]
    fn a_need_that_may_arise_is_possible() {
        let r = relations(
            "Prices rose. Jim Beck may need to cast the deciding vote. Ann Lee needs to sign the deal.",
        );
        assert_qualifier(&r, "cast", "modality", "possible", true);
        assert_qualifier(&r, "sign", "modality", "obligatory", true);
    }

    #[test]
    fn an_auxiliary_after_and_past_a_phrase_is_the_reporters_next_predicate() {
        let r = relations(
            "Prices rose. Tom Hale argued privately against a strike and was overruled by Jim Beck. Ann Lee said the plan was dead and had been for years.",
        );
        assert!(r.iter().all(|x| x.1 != "argue"), "{r:?}");
        assert_eq!(
            relation(&r, "say").2,
            "the plan was dead and had been for years",
            "{r:?}"
        );
    }

    #[test]
    fn a_figure_after_a_reporting_participle_is_not_the_first_reports() {
        let r = relations(
            "Prices rose. Acme Corp posted a letter to Jim Beck asking him to cancel 65,000 permits.",
        );
        assert!(
            relation(&r, "post").3.iter().all(|(k, _)| k != "quantity"),
            "{r:?}"
        );
    }

    #[test]
    fn how_or_why_after_asking_opens_a_question() {
        let r = relations(
            "Prices rose. Tom Hale questioned how Acme Corp would fund its plans. Jane Roe asked how Globex Inc funds its plans.",
        );
        let funds: Vec<bool> = r
            .iter()
            .filter(|x| x.1 == "fund")
            .map(|x| has_qualifier(x, "modality", "question"))
            .collect();
        assert_eq!(funds, [true, false], "{r:?}");
    }

    #[test]
    fn a_capitalised_word_is_no_verb_of_a_reported_clause() {
        let r = relations("Prices rose. Tom Hale told the Tarsk Times: \"We will win.\"");
        assert!(r.iter().all(|x| x.1 != "tell"), "{r:?}");
    }

    #[test]
    fn a_name_past_the_reported_clause_is_not_what_it_is_about() {
        let r = relations(
            "Prices rose. Tom Hale said the plan was sound but he told the Tarsk Times: \"We will win.\"",
        );
        let say = relation(&r, "say");
        assert_eq!(say.2, "the plan was sound", "{r:?}");
        assert!(say.3.iter().all(|(k, _)| k != "about"), "{r:?}");
    }

    #[test]
    fn a_reporters_pronoun_after_an_opening_clause_is_that_clauses_subject() {
        let r = relations(
            "Tom Hale spoke on Monday. Although Jim Beck will stand again, he said his party will focus on ports.",
        );
        assert_eq!(subjects(&r, "say"), ["Jim Beck"], "{r:?}");
    }

    #[test]
    fn a_particle_after_the_verb_makes_another_verb() {
        let r = relations(
            "Prices rose. Ann Lee passed along the names of 57 members to Jim Beck. Tom Hale brushed aside the talk of a split.",
        );
        assert!(
            r.iter().all(|x| !matches!(x.1.as_str(), "pass" | "brush")),
            "{r:?}"
        );
    }

    #[test]
    fn a_participle_after_a_determiners_ordinal_is_an_adjective() {
        let r = relations(
            "Prices rose. Mayor Jane Roe – Tarsk’s first elected female mayor – called it a provocation. Tom Hale first signed the deal in 2010.",
        );
        assert!(r.iter().all(|x| x.1 != "elect"), "{r:?}");
        assert_eq!(relation(&r, "sign").2, "the deal", "{r:?}");
    }

    #[test]
    fn a_clause_of_contrast_after_a_report_is_not_the_reporters() {
        let r = relations(
            "Prices rose. Jim Beck said with her death, the port has lost a \"true friend,\" while Tom Hale echoed Ann Lee's view.",
        );
        assert!(relation(&r, "echo").3.is_empty(), "{r:?}");
        let r = relations(
            "Prices rose. Jim Beck said it was clear, while continuing to accuse Acme Corp of twisting the facts.",
        );
        assert!(
            has_qualifier(relation(&r, "twist"), "claimant", "Jim Beck"),
            "{r:?}"
        );
    }

    #[test]
    fn a_figure_glued_to_one_capital_is_no_quantity() {
        let r = relations(
            "Prices rose. Acme Corp will launch a 4G network and 3D audio. Globex Inc sold 6GB phones.",
        );
        let quantities = qualifier_values(&r, "quantity");
        assert_eq!(quantities, ["6"], "{r:?}");
    }

    #[test]
    fn a_name_after_on_and_before_that_is_where_it_was_said() {
        let r = relations("Prices rose. Jane Roe later clarified on CNN that the plan was dead.");
        let clarify = relation(&r, "clarify");
        assert_eq!(clarify.2, "the plan was dead", "{r:?}");
        assert!(has_qualifier(clarify, "on", "CNN"), "{r:?}");
    }

    #[test]
    fn a_possessive_day_opens_what_was_said() {
        let r = relations("Prices rose. Jane Roe said today's vote was a sham.");
        assert_eq!(relation(&r, "say").2, "today's vote was a sham", "{r:?}");
    }

    #[test]
    fn a_year_after_a_preposition_of_time_is_no_quantity() {
        let r = relations(
            "Prices rose. Tom Hale built an electric lamp in 1860, years before others. Acme Corp built 1860 homes.",
        );
        let quantities = qualifier_values(&r, "quantity");
        assert_eq!(quantities, ["1860"], "{r:?}");
    }

    #[test]
    fn the_whole_a_count_is_out_of_is_no_quantity() {
        let r = relations("Prices rose. Tom Hale trailed Jim Beck in 25 of 27 districts.");
        let trail = relation(&r, "trail");
        assert!(
            !trail.3.iter().any(|(k, v)| k == "quantity" && v == "27"),
            "{r:?}"
        );
    }

    #[test]
    fn whom_one_calls_on_to_act_comes_with_the_act() {
        let r =
            relations("Prices rose. Jane Roe is calling on Tom Hale to publish the trade deal.");
        let urge = relation(&r, "call on");
        assert_eq!(urge.2, "Tom Hale to publish the trade deal", "{r:?}");
        assert!(
            urge.3.contains(&("about".into(), "Tom Hale".into())),
            "{r:?}"
        );
    }

    #[test]
    fn what_something_is_described_as_may_be_quoted() {
        let r = relations(
            "Prices rose. Tom Hale has described the plan as the \"deal of the century,\" but critics disagree.",
        );
        assert_eq!(
            relation(&r, "describe").2,
            "the plan as the \"deal of the century,\"",
            "{r:?}"
        );
    }

    #[test]
    fn a_noun_keeps_the_infinitive_that_completes_it() {
        let r = relations(
            "Prices rose. Tom Hale spoke of his administration's work to create new jobs. Jane Roe signed a deal to buy Globex Industries. Ann Lee launched a campaign to cut taxes.",
        );
        for (verb, object) in [
            ("speak", "of his administration's work to create new jobs"),
            ("sign", "a deal to buy Globex Industries"),
            ("launch", "a campaign to cut taxes"),
        ] {
            assert!(
                r.iter().any(|x| x.1 == verb && x.2 == object),
                "{verb}: {r:?}"
            );
        }
    }

    #[test]
    fn what_someone_neglected_to_do_was_not_done() {
        let r =
            relations("Prices rose. Jane Roe neglected to mention that Tom Hale had paid the fee.");
        let mention = relation(&r, "mention");
        assert!(
            mention.3.contains(&("polarity".into(), "negative".into())),
            "{r:?}"
        );
    }

    #[test]
    fn a_report_is_dated_by_the_day_after_its_verb_not_by_the_clause_before() {
        let r = relations(
            "Prices rose. More people signed up on Thursday, 5 March 2015, than ever before, Jane Roe announced on Friday, 6 March 2015. Tom Hale arrived in Tarsk on or around August 25, 2014, staying in hotels, said Jim Beck.",
        );
        let announce = relation(&r, "announce");
        assert!(
            announce.3.contains(&("date".into(), "2015-03-06".into())),
            "{r:?}"
        );
        let say = relation(&r, "say");
        assert!(!say.3.iter().any(|(k, _)| k == "date"), "{r:?}");
    }

    #[test]
    fn a_body_before_a_partys_members_only_says_which() {
        let r = relations("Prices rose. Tom Hale met Senate Republicans on Tuesday.");
        assert!(!r.iter().any(|x| x.2 == "U.S. Senate"), "{r:?}");
        let r = relations("Prices rose. Tom Hale defeated four Senate Democratic incumbents.");
        assert_eq!(
            relation(&r, "defeat").2,
            "four Senate Democratic incumbents",
            "{r:?}"
        );
    }

    #[test]
    fn committing_or_devoting_something_keeps_what_it_goes_to() {
        let r = relations(
            "Prices rose. In his memo, Tom Hale committed himself to respecting the charter. \
             Ann Lee devoted her time to the cause.",
        );
        assert_eq!(
            relation(&r, "commit").2,
            "himself to respecting the charter",
            "{r:?}"
        );
        assert_eq!(relation(&r, "devote").2, "her time to the cause", "{r:?}");
    }

    #[test]
    fn either_after_a_noun_is_no_part_of_the_phrase() {
        let r = relations(
            "Prices rose. Here is a list of contenders either mentioned by Tom Hale or raised by \
             his allies. Acme Corp won the contract either way.",
        );
        assert_eq!(relation(&r, "mention").2, "contenders", "{r:?}");
        assert_eq!(relation(&r, "win").2, "the contract", "{r:?}");
    }

    #[test]
    fn a_refusal_to_tell_is_told_as_done() {
        let r = relations(
            "Prices rose. Jim Beck would not specify the changes he would make, telling \
             reporters that the plan was good.",
        );
        assert_qualifier(&r, "specify", "modality", "future", false);
        assert_qualifier(&r, "specify", "polarity", "negative", true);
    }

    #[test]
    fn a_year_before_a_noun_says_which_one_and_counts_nothing() {
        let r = relations("Prices rose. Jim Beck lost the 1828 election to Tom Hale.");
        assert_qualifier(&r, "lose", "quantity", "1828", false);
    }

    #[test]
    fn one_set_against_another_is_no_count() {
        let r = relations(
            "Prices rose. Jim Beck said voters trust one party over another. Acme Corp lost one \
             client or another. Globex Inc lost one client.",
        );
        let counted: Vec<&str> = r
            .iter()
            .filter(|x| x.3.iter().any(|(k, _)| k == "quantity"))
            .map(|x| x.1.as_str())
            .collect();
        assert_eq!(counted, ["lose"], "{r:?}");
    }

    #[test]
    fn how_often_is_no_part_of_an_object() {
        let r = relations(
            "Prices rose. Jim Beck repeated the claim a number of times. Ann Lee visited the \
             plant a dozen times. Tom Hale called Acme Corp two or three times.",
        );
        assert_eq!(relation(&r, "repeat").2, "the claim", "{r:?}");
        assert_eq!(relation(&r, "visit").2, "the plant", "{r:?}");
        assert!(!r.iter().any(|x| x.2.contains("two or")), "{r:?}");
    }

    #[test]
    fn a_pathway_or_an_inclination_keeps_what_it_leads_to() {
        let r = relations(
            "Prices rose. Tom Hale supported a pathway to citizenship. Ann Lee showed a \
             reluctance to sell the plant.",
        );
        assert_eq!(
            relation(&r, "support").2,
            "a pathway to citizenship",
            "{r:?}"
        );
        assert_eq!(
            relation(&r, "show").2,
            "a reluctance to sell the plant",
            "{r:?}"
        );
    }

    #[test]
    fn a_relative_clause_after_a_preposition_and_which_completes_its_noun() {
        let r = relations(
            "Prices rose. Acme Corp underlined the degree to which its costs had grown. \
             Jane Roe described the way in which the deal was struck, and left.",
        );
        assert_eq!(
            relation(&r, "underline").2,
            "the degree to which its costs had grown",
            "{r:?}"
        );
        assert_eq!(
            relation(&r, "describe").2,
            "the way in which the deal was struck",
            "{r:?}"
        );
    }

    #[test]
    fn a_gerund_keeps_its_particle_and_complement() {
        let r = relations(
            "Prices rose. Tom Hale proposed going ahead with the merger. Jane Roe opposes voting by mail. Ann Lee accused the board of trying to hide the losses.",
        );
        for (verb, object) in [
            ("propose", "going ahead with the merger"),
            ("oppose", "voting by mail"),
            ("accuse", "the board of trying to hide the losses"),
        ] {
            assert!(
                r.iter().any(|x| x.1 == verb && x.2 == object),
                "{verb}: {r:?}"
            );
        }
    }

    #[test]
    fn a_call_keeps_what_it_is_for() {
        let r = relations("Prices rose. Tom Hale repeated his call for a pause in the talks.");
        assert_eq!(relation(&r, "repeat").2, "his call for a pause", "{r:?}");
    }

    #[test]
    fn what_seemingly_happened_is_possible() {
        let r = relations("Prices rose. Jane Roe apparently signed the deal with Acme Corp.");
        let sign = relation(&r, "sign");
        assert!(
            sign.3.contains(&("modality".into(), "possible".into())),
            "{r:?}"
        );
    }

    #[test]
    fn a_denial_in_the_clause_before_while_is_not_the_subjects() {
        let r =
            relations("Prices rose. Tom Hale has done no deals while Jim Beck says he will stay.");
        let say = relation(&r, "say");
        assert!(
            !say.3.contains(&("polarity".into(), "negative".into())),
            "{r:?}"
        );
    }

    #[test]
    fn a_participle_keeps_its_particle() {
        let r = relations(
            "Prices rose. Jane Roe jailed Tom Hale for assaults carried out while drunk.",
        );
        let jail = relation(&r, "jail");
        assert!(
            jail.3
                .contains(&("for".into(), "assaults carried out".into())),
            "{r:?}"
        );
    }

    #[test]
    fn if_after_a_verb_of_asking_opens_a_question_not_a_condition() {
        let r = relations(
            "Prices rose. Jim Beck reached out to Ann Lee to ask if he could borrow a car.",
        );
        assert_qualifier(&r, "reach out to", "modality", "conditional", false);
    }

    #[test]
    fn a_phrase_after_an_adverb_of_saying_is_no_part_of_what_was_said() {
        let r = relations(
            "Prices rose. Ed Roe said publicly after the debate that he would run again.",
        );
        assert_eq!(objects(&r, "say"), ["he would run again"], "{r:?}");
    }

    #[test]
    fn a_quoted_title_or_a_case_name_places_nothing() {
        let r = relations(
            "Prices rose. Tom Hale is co-author of “Clean Air in Brazil.” The rule was upheld by the Supreme Court in Brazil v. Roe. Globex Inc in Brazil grew.",
        );
        let located: Vec<_> = r.iter().filter(|x| x.1.starts_with("located")).collect();
        assert_eq!(located.len(), 1, "{r:?}");
        assert_eq!(located[0].0, "Globex Inc", "{r:?}");
    }

    #[test]
    fn a_noun_keeps_the_noun_phrase_it_takes_after_to() {
        let r = relations(
            "Prices rose. Acme Corp defended the right to free speech. Ann Lee demanded an end to the strikes. Jim Beck sent the plan to the board.",
        );
        assert_eq!(objects(&r, "defend"), ["the right to free speech"], "{r:?}");
        assert_eq!(objects(&r, "demand"), ["an end to the strikes"], "{r:?}");
        assert_eq!(objects(&r, "send"), ["the plan"], "{r:?}");
    }

    #[test]
    fn a_quoted_programme_is_a_listener() {
        let r = relations(
            "Prices rose. Tom Hale told Acme’s “Morning Show” that the deal was poor. Ann Lee told “Globex Sunday” that she would run.",
        );
        assert_eq!(
            objects(&r, "tell"),
            ["the deal was poor", "she would run"],
            "{r:?}"
        );
    }

    #[test]
    fn a_dash_typed_as_spaced_hyphens_ends_a_reported_clause() {
        let r = relations(
            "Prices rose. Ann Lee said she would back the plan -- a shift from May. Jim Beck said the vote was 22-13 - a surprise. Ed Roe said Tom Hale -- as a judge -- likely has the skills. Jane Roe added that besides the boats – most of which are old – the navy can buy more. Tom Hale said the bills -- including a cap on rents, a tax on land and a ban on sales of farms to buyers from abroad -- must be read.",
        );
        assert_eq!(
            objects(&r, "say"),
            [
                "she would back the plan",
                "the vote was 22-13",
                "Tom Hale -- as a judge -- likely has the skills",
                "the bills -- including a cap on rents, a tax on land and a ban on sales of farms to buyers from abroad -- must be read"
            ],
            "{r:?}"
        );
        assert!(
            objects(&r, "add").iter().all(|o| !o.starts_with("besides")),
            "{r:?}"
        );
    }

    #[test]
    fn a_report_in_brackets_says_nothing_after_them() {
        let r = relations(
            "Prices rose. Tom Hale praised the speech, which (as Jim Beck notes) broke the rules of the council.",
        );
        assert!(objects(&r, "note").is_empty(), "{r:?}");
    }

    #[test]
    fn a_report_in_a_relative_clause_of_place_reports_no_clause_before() {
        let r = relations(
            "Prices rose. Jim Beck was sent to the camp in June, where he reported on Monday.",
        );
        assert!(objects(&r, "report").is_empty(), "{r:?}");
    }

    #[test]
    fn what_it_is_believed_was_done_is_alleged() {
        let r = relations(
            "Prices rose. It is believed that Ed Roe hired the boat. Tom Hale is thought to have bought the land. It was widely reported that Ann Lee sold the firm. Jim Beck signed the deal and it was said to be fine. It is thought Acme Corp wants more but Jane Roe says the talks went well.",
        );
        assert_qualifier(&r, "hire", "modality", "alleged", true);
        assert_qualifier(&r, "buy", "modality", "alleged", true);
        assert_qualifier(&r, "sell", "modality", "alleged", true);
        assert_qualifier(&r, "sign", "modality", "alleged", false);
        assert_qualifier(&r, "say", "modality", "alleged", false);
    }

    #[test]
    fn a_comma_or_and_between_two_adjectives_stays_in_the_object() {
        let r = relations(
            "Prices rose. Acme Corp imposed harsh, needless rules. Jim Beck sent a rather warm and gentle letter to the staff. Globex Inc has set another, even lower price. Ann Lee bought red apples and sold old cars.",
        );
        assert_eq!(objects(&r, "impose"), ["harsh, needless rules"], "{r:?}");
        assert_eq!(
            objects(&r, "send"),
            ["a rather warm and gentle letter"],
            "{r:?}"
        );
        assert_eq!(objects(&r, "set"), ["another, even lower price"], "{r:?}");
        assert_eq!(objects(&r, "buy"), ["red apples"], "{r:?}");
        let r = relations("Prices rose. Tom Hale met large and adoring crowds in Tarsk.");
        assert_eq!(objects(&r, "meet"), ["large and adoring crowds"], "{r:?}");
    }

    #[test]
    fn more_before_an_adverb_says_how_not_what() {
        let r = relations(
            "Prices rose. Ann Lee responded more sharply than in the first debate. Tom Hale wants more money.",
        );
        assert!(objects(&r, "respond").is_empty(), "{r:?}");
        assert_eq!(objects(&r, "want"), ["more money"], "{r:?}");
    }

    #[test]
    fn an_adverb_may_split_an_infinitive() {
        let r = relations(
            "Prices rose. The Senate voted to formally censure Ann Lee. Brazil offered to supply 120,000 barrels of oil a month to Chile.",
        );
        assert_eq!(qualifier_values(&r, "destination"), ["Chile"], "{r:?}");
        assert_eq!(objects(&r, "censure"), ["Ann Lee"], "{r:?}");
        assert!(objects(&r, "offer").is_empty(), "{r:?}");
    }

    #[test]
    fn what_one_may_decide_to_do_is_possible() {
        let r = relations(
            "Prices rose. The Senate could also vote to censure Ann Lee. Acme Corp plans to sell the plant.",
        );
        assert_qualifier(&r, "censure", "modality", "possible", true);
        assert_qualifier(&r, "sell", "modality", "intended", true);
    }

    #[test]
    fn a_singular_measure_before_a_noun_is_the_unit() {
        let r = relations("Acme Corp signed a five year deal with Globex Inc.");
        assert_qualifier(&r, "sign", "unit", "year", true);
    }

    #[test]
    fn a_name_of_two_words_between_an_adjective_and_the_counted_noun_is_passed() {
        let r =
            relations("Three senior Sri Lankan leaders assured Acme Corp that the plant was safe.");
        assert_eq!(qualifier_values(&r, "unit"), ["leaders"], "{r:?}");
    }

    #[test]
    fn an_object_does_not_end_in_the_word_that_leads_into_its_value() {
        let r = relations("Chile has threatened tariffs on goods worth up to $150 billion.");
        assert_eq!(relation(&r, "threaten").2, "tariffs on goods", "{r:?}");
    }

    #[test]
    fn an_adverb_or_the_next_verb_after_a_counted_noun_is_no_unit() {
        let r = relations(
            "Tarsk Radio reported that two boats left Oskol and were trying to reach the coast. Acme Corp said the 40 workers already on site would stay.",
        );
        assert_eq!(qualifier_values(&r, "unit"), ["boats", "workers"], "{r:?}");
    }

    #[test]
    fn a_participle_after_a_preposition_is_an_adjective() {
        let r = relations(
            "Jim Beck, like defeated Tarsk candidate Ann Lee, refused to concede. Acme Corp held talks with elected leaders.",
        );
        assert!(r.iter().all(|x| x.1 != "defeat" && x.1 != "elect"), "{r:?}");
    }

    #[test]
    fn the_occasion_of_a_report_is_not_what_was_said() {
        let r = relations(
            "Prices rose. Jim Beck said the court would uphold the ban during a long discussion Friday on Tarsk Radio.",
        );
        assert_eq!(
            objects(&r, "say"),
            ["the court would uphold the ban"],
            "{r:?}"
        );
        let r = relations(
            "Prices rose. Ann Lee mentioned the plan to cut taxes in a radio interview that aired Friday.",
        );
        assert_eq!(objects(&r, "mention"), ["the plan to cut taxes"], "{r:?}");
        // A time of what was reported stays, and so do words after "in" that name no occasion.
        let r = relations("Prices rose. Jim Beck said he was present during a private briefing.");
        assert_eq!(
            objects(&r, "say"),
            ["he was present during a private briefing"],
            "{r:?}"
        );
        let r = relations(
            "Prices rose. Jim Beck said he would seek asylum in countries that believe in free speech.",
        );
        assert_eq!(
            objects(&r, "say"),
            ["he would seek asylum in countries that believe in free speech"],
            "{r:?}"
        );
    }

    #[test]
    fn a_name_after_a_reporting_verb_and_a_comma_is_its_listener_when_a_clause_follows() {
        // "…, told Acme News on Monday that …" names whom the person before the aside told.
        let r = relations(
            "Jim Beck, a senator who once chaired the committee, told Acme News on Monday that the vote was close.",
        );
        assert_eq!(subjects(&r, "tell"), ["Jim Beck"], "{r:?}");
        assert_eq!(objects(&r, "tell"), ["the vote was close"], "{r:?}");
        // An inverted speaker still ends the clause, with a phrase after it.
        let r =
            relations("Prices rose. Tarsk will cut taxes, said Ann Lee in a statement on Monday.");
        assert_eq!(subjects(&r, "say"), ["Ann Lee"], "{r:?}");
    }

    #[test]
    fn and_others_with_a_reporting_verb_end_a_reported_clause() {
        let r = relations(
            "Prices rose. Jim Beck stated that the plan “will not happen,” and others noted that firms had left.",
        );
        assert_eq!(
            objects(&r, "state"),
            ["the plan “will not happen,”"],
            "{r:?}"
        );
    }

    #[test]
    fn a_figure_past_the_reported_clause_is_not_the_reports() {
        let r = relations(
            "Prices rose. Jim Beck said the plan had failed, and he added that 60 firms had left.",
        );
        let say = relation(&r, "say");
        assert!(say.3.iter().all(|(k, _)| k != "quantity"), "{r:?}");
    }

    #[test]
    fn a_date_in_brackets_after_a_reported_clause_is_not_said() {
        let r = relations(
            "Prices rose. Jim Beck insists he is innocent of the charges (April 17, 1989).",
        );
        assert_eq!(
            objects(&r, "insist"),
            ["he is innocent of the charges"],
            "{r:?}"
        );
        // Other words in brackets stay.
        let r = relations("Prices rose. Jim Beck said the plan (a merger) would fail.");
        assert_eq!(
            objects(&r, "say"),
            ["the plan (a merger) would fail"],
            "{r:?}"
        );
    }

    #[test]
    fn a_conjunction_and_its_adverb_end_no_reported_clause() {
        let r = relations(
            "Prices rose. Ann Lee asked Tom Hale to remove Jim Beck and then, later, she asked him to resign.",
        );
        assert_eq!(objects(&r, "ask"), ["Tom Hale to remove Jim Beck"], "{r:?}");
    }

    #[test]
    fn one_speaks_of_or_about_what_one_says() {
        let r = relations(
            "Prices rose. Ann Lee speaks Spanish. Tom Hale spoke longer than Jim Beck. Ed Roe spoke of his dislike of the plan. Jane Roe spoke her mind.",
        );
        assert_eq!(
            objects(&r, "speak"),
            ["of his dislike of the plan", "her mind"],
            "{r:?}"
        );
    }

    #[test]
    fn a_report_between_commas_says_nothing_after_them() {
        let r = relations(
            "Prices rose. The vote matters, because, as Tom Hale said, the new mayor, Ann Lee, has made it plain that she will act. “We will win,” Jane Roe said, adding that Jim Beck's plan, with its new tax, has hurt farmers.",
        );
        assert!(objects(&r, "say").is_empty(), "{r:?}");
    }

    #[test]
    fn not_merely_denies_nothing() {
        let r = relations(
            "Prices rose. Acme Corp did not merely raise prices. Globex Inc did not raise wages.",
        );
        let negative = |subject: &str| {
            r.iter()
                .find(|x| x.0 == subject && x.1 == "raise")
                .map(|x| x.3.contains(&("polarity".into(), "negative".into())))
        };
        assert_eq!(negative("Acme Corp"), Some(false), "{r:?}");
        assert_eq!(negative("Globex Inc"), Some(true), "{r:?}");
    }

    #[test]
    fn what_one_commits_to_do_is_intended() {
        let r = relations("Prices rose. Globex Inc recently committed to build ten plants.");
        assert_qualifier(&r, "build", "modality", "intended", true);
    }

    #[test]
    fn a_relative_clause_or_a_without_phrase_gives_the_verb_no_phrase() {
        let r = relations("Acme Corp released a new index that takes into account local prices.");
        assert_qualifier(&r, "release", "into", "account local prices", false);
        let r = relations("Acme Corp released $9 million in aid without the reviews it wanted.");
        assert_qualifier(&r, "release", "in", "aid", true);
    }

    #[test]
    fn a_name_in_a_clause_after_that_is_no_argument_of_the_verb_before() {
        let r = relations(
            "Ann Lee signed a law that bans smoking in Lisbon. Tom Hale ratified the treaty that he had signed with Jim Beck.",
        );
        assert_qualifier(&r, "sign", "place", "Lisbon", false);
        assert_qualifier(&r, "ratify", "counterpart", "Jim Beck", false);
        // A demonstrative "that" opens no clause.
        let r = relations("Ann Lee signed a deal with that firm in Lisbon.");
        assert_qualifier(&r, "sign", "place", "Lisbon", true);
    }

    #[test]
    fn a_modal_hedges_its_verb_past_well_or_now() {
        let r = relations("Prices rose. Tom Hale may well have taken more money.");
        assert_qualifier(&r, "take", "modality", "possible", true);
        // So it does past "now".
        let r = relations("Prices rose. Tom Hale will now lead the team.");
        assert_qualifier(&r, "lead", "modality", "future", true);
    }

    #[test]
    fn ever_since_ends_an_object() {
        let r = relations("Prices rose. Tom Hale has won the seat ever since.");
        assert_eq!(objects(&r, "win"), ["the seat"], "{r:?}");
        let r = relations("Prices rose. Acme Corp shut down the plant back in 1995.");
        assert_eq!(objects(&r, "shut down"), ["the plant"], "{r:?}");
        let r =
            relations("Prices rose. Ann Lee opened a chain of day spas more than a decade ago.");
        assert_eq!(objects(&r, "open"), ["a chain of day spas"], "{r:?}");
    }

    #[test]
    fn joking_that_reports_a_clause_but_a_race_is_no_report() {
        let r = relations("Prices rose. Ann Lee joked that the shop would never close.");
        assert_eq!(objects(&r, "joke"), ["the shop would never close"], "{r:?}");
        // Nouns among the forms stay nouns: a relay race, a joke.
        let r = relations("Prices rose. The Tarsk relay team won gold. Jokes spread fast.");
        assert!(!r.iter().any(|x| x.1 == "relay" || x.1 == "joke"), "{r:?}");
    }

    #[test]
    fn a_reduced_passive_after_a_noun_acts_on_the_noun() {
        let r = relations(
            "Prices rose. Tom Hale will see Ann Lee and attend a dinner hosted by Jim Beck.",
        );
        assert_eq!(objects(&r, "host"), ["a dinner"], "{r:?}");
        // In apposition to a name, the name.
        let r = relations(
            "Prices rose. Tom Hale, who was the challenger nominated by Acme Corp, lost.",
        );
        assert_eq!(objects(&r, "nominate"), ["Tom Hale"], "{r:?}");
    }

    #[test]
    fn a_hedge_a_conjunction_or_a_direction_is_no_object() {
        let r = relations(
            "Prices rose. Ann Lee brought him onto her show. Tom Hale stopped sort of calling it a \
             war. Jim Beck says he never sent nor received the files.",
        );
        assert!(
            !r.iter().any(|x| x.2.starts_with("onto")
                || x.2.starts_with("sort")
                || x.2.starts_with("nor")),
            "{r:?}"
        );
    }

    #[test]
    fn a_pronoun_adverb_or_contraction_after_and_opens_a_clause() {
        let r = relations(
            "Prices rose. Barr says that since Ann Lee did not make a determination, both he and \
             Tom Hale have. Jim Beck won the election and still won't speak to me.",
        );
        assert_eq!(objects(&r, "make"), ["a determination"], "{r:?}");
        assert_eq!(objects(&r, "win"), ["the election"], "{r:?}");
    }

    #[test]
    fn how_much_is_no_object_but_nearly_every_keeps_its_adverb() {
        let r = relations("Prices rose. Ann Lee admired the men Tom Hale admired so much.");
        assert!(!r.iter().any(|x| x.2 == "so much"), "{r:?}");
        let r = relations("Prices rose. Ann Lee has led nearly every primary poll.");
        assert_eq!(objects(&r, "lead"), ["nearly every primary poll"], "{r:?}");
    }

    #[test]
    fn the_day_of_a_closing_report_dates_the_report_not_the_act() {
        // 2024-03-08 is a Friday.
        let dates = dated_relations(
            "Prices rose. Tom Hale will sign an order sending the troops to the border, an \
             official said Thursday.",
            "2024-03-08",
        );
        assert_eq!(date_of(&dates, "sign"), Some(None), "{dates:?}");
    }

    #[test]
    fn a_person_claims_past_an_appositive_with_a_possessive() {
        let r = relations(
            "Prices rose. Tom Hale, Globex Inc.'s chief analyst, said Ann Lee would lose her seat.",
        );
        assert_qualifier(&r, "lose", "claimant", "Tom Hale", true);
    }

    #[test]
    fn more_than_a_dozen_is_approximate_and_counts_the_object() {
        let r = relations("Prices rose. Oskol sent more than a dozen troops to Tarsk.");
        assert_qualifier(&r, "send", "approximation", "more than", true);
        assert_eq!(objects(&r, "send"), ["troops"], "{r:?}");
    }

    #[test]
    fn a_reporting_verb_after_and_is_the_reporters_next_predicate() {
        let r = relations("Prices rose. Ann Lee told the judge four men and says two men now.");
        assert_eq!(objects(&r, "tell"), ["the judge four men"], "{r:?}");
    }

    #[test]
    fn last_month_ends_an_object() {
        let r = relations("Prices rose. Acme Corp agreed on a deal last month worth $5 million.");
        assert_eq!(objects(&r, "agree on"), ["a deal"], "{r:?}");
        let r = relations("Prices rose. Ann Lee left Globex last summer to run a shop.");
        assert_eq!(objects(&r, "leave"), ["Globex"], "{r:?}");
        // A participle keeps its time, and "the last week" is a thing.
        let r = relations("Prices rose. Acme Corp ignored an order issued last week banning cars.");
        assert_eq!(
            objects(&r, "ignore"),
            ["an order issued last week banning cars"],
            "{r:?}"
        );
        let r = relations("Prices rose. Ann Lee cancelled the last week of the tour.");
        assert_eq!(
            objects(&r, "cancel"),
            ["the last week of the tour"],
            "{r:?}"
        );
    }

    #[test]
    fn a_verb_form_after_an_article_and_an_adjective_is_a_noun() {
        let r = relations("Prices rose. Jim Beck faces a high bar in the vote.");
        assert_eq!(objects(&r, "face"), ["a high bar"], "{r:?}");
    }

    #[test]
    fn who_is_quoted_as_saying_says_it_and_the_quoter_claims_it() {
        let r = relations(
            "Prices rose. Reuters on Monday quoted Tom Hale as saying that the talks had failed. \
             The Tarsk Herald quoted Ann Lee as calling for a ban on imports.",
        );
        assert_eq!(objects(&r, "say"), ["the talks had failed"], "{r:?}");
        assert_eq!(relation(&r, "say").0, "Tom Hale", "{r:?}");
        assert_qualifier(&r, "say", "claimant", "Reuters", true);
        assert_eq!(relation(&r, "call for").0, "Ann Lee", "{r:?}");
        assert!(objects(&r, "quote").is_empty(), "{r:?}");
    }

    #[test]
    fn acts_after_a_quantifier_is_a_noun() {
        let r = relations("Prices rose. Ruritania agreed to halt all acts of aggression.");
        assert_eq!(objects(&r, "halt"), ["all acts of aggression"], "{r:?}");
    }

    #[test]
    fn an_adjective_of_wanting_before_an_infinitive_marks_an_intention() {
        let r = relations(
            "Prices rose. Tom Hale is eager to buy Acme Corp. Ann Lee says she is “not eager” to \
             send troops to Tarsk.",
        );
        assert_qualifier(&r, "buy", "modality", "intended", true);
        assert_qualifier(&r, "send", "modality", "intended", true);
        assert_qualifier(&r, "send", "polarity", "negative", true);
    }

    #[test]
    fn a_month_and_its_day_say_when_not_what() {
        let r = relations(
            "Prices rose. Ann Lee, a former worker from Ohio, died March 12. Tom Hale signed a \
             new order April 30. Jim Beck extended the July 1 deadline.",
        );
        assert!(objects(&r, "die").is_empty(), "{r:?}");
        assert_eq!(objects(&r, "sign"), ["a new order"], "{r:?}");
        assert_eq!(objects(&r, "extend"), ["the July 1 deadline"], "{r:?}");
    }

    #[test]
    fn a_platforms_account_does_not_act_for_the_platform() {
        let r = relations(
            "Prices rose. The White House's official Twitter account released a triumphant video.",
        );
        assert!(!r.iter().any(|x| x.1 == "release"), "{r:?}");
    }

    #[test]
    fn a_war_is_lived_through_not_attended() {
        let r = relations(
            "Prices rose. Acme awarded its medal to Tom Hale, a prisoner of war during the \
             Vietnam War. Ann Lee spoke during the Tarsk Summit.",
        );
        assert!(
            !r.iter().any(|x| x.0 == "Tom Hale" && x.1 == "attend"),
            "{r:?}"
        );
        assert!(
            r.iter().any(|x| x.0 == "Ann Lee" && x.1 == "attend"),
            "{r:?}"
        );
    }

    #[test]
    fn texted_is_a_verb_whose_infinitive_is_the_senders() {
        let r = relations("Prices rose. Jane Roe texted Reuters to say that the plan was dead.");
        assert_eq!(relation(&r, "say").0, "Jane Roe", "{r:?}");
    }

    #[test]
    fn a_number_of_dozens_counts_twelve_each() {
        let r = relations("Prices rose. Tarsk sent nearly two dozen troops to Oskol.");
        assert_qualifier(&r, "send", "quantity", "24", true);
    }

    #[test]
    fn an_adverb_of_how_often_is_no_part_of_the_object() {
        let r = relations(
            "Prices rose. Jane Roe talks often of a new tax. Jim Beck sparred often with Acme.",
        );
        assert_eq!(objects(&r, "talk"), ["of a new tax"], "{r:?}");
        assert!(objects(&r, "spar").is_empty(), "{r:?}");
    }

    #[test]
    fn only_before_that_limits_the_saying() {
        let r = relations("Prices rose. Jane Roe said only that the plan was dead.");
        assert_eq!(objects(&r, "say"), ["the plan was dead"], "{r:?}");
    }

    #[test]
    fn would_with_a_telling_held_back_is_told_as_done() {
        let r = relations("Prices rose. Jane Roe would say only that the plan was dead.");
        assert_qualifier(&r, "say", "modality", "future", false);
        assert_qualifier(&r, "say", "modality", "conditional", false);
    }

    #[test]
    fn a_broadcaster_after_spoke_on_is_where_not_what() {
        let r = relations("Prices rose. Jane Roe spoke on Fox News on Sunday.");
        assert!(r.iter().all(|x| x.1 != "speak"), "{r:?}");
    }

    #[test]
    fn with_names_the_object_only_of_acts_done_with_a_party() {
        let r = relations(
            "Prices rose. Tom Hale invested with a Ruritanian tycoon. Jane Roe met with Oskol leaders.",
        );
        assert!(objects(&r, "invest").is_empty(), "{r:?}");
        assert_eq!(objects(&r, "meet"), ["Oskol leaders"], "{r:?}");
    }

    #[test]
    fn a_figure_before_and_belongs_to_the_verb_before_it() {
        let r = relations(
            "Prices rose. Jane Roe won 84 caps and quit the team. Acme Corp saw its profits \
             drop 33% and warned that earnings may slide.",
        );
        assert!(
            !relation(&r, "quit").3.iter().any(|q| q.0 == "quantity"),
            "{r:?}"
        );
        assert!(
            !relation(&r, "warn").3.iter().any(|q| q.0 == "quantity"),
            "{r:?}"
        );
    }

    #[test]
    fn one_number_in_another_is_a_ratio_not_a_count() {
        let r = relations(
            "Prices rose. Jo Doe concludes that there is a 1 in 6 chance the plan will fail. Acme \
             Corp expects sales to top 500,000 in 2005.",
        );
        assert!(
            !relation(&r, "conclude").3.iter().any(|q| q.0 == "quantity"),
            "{r:?}"
        );
        assert_qualifier(&r, "expect", "quantity", "500000", true);
    }

    #[test]
    fn one_with_no_noun_or_a_manner_noun_is_no_count() {
        let r = relations(
            "Prices rose. Jim Beck said many candidates are after one thing. Tom Hale reiterated \
             his opposition to one even after the vote. Tarsk sent one soldier to Oskol.",
        );
        assert!(
            !relation(&r, "say").3.iter().any(|q| q.0 == "quantity"),
            "{r:?}"
        );
        assert!(
            !relation(&r, "reiterate")
                .3
                .iter()
                .any(|q| q.0 == "quantity"),
            "{r:?}"
        );
        assert_qualifier(&r, "send", "quantity", "1", true);
    }

    #[test]
    fn cutting_ties_ends_them() {
        let r = relations("Prices rose. Acme Corp severed ties with Globex Inc in May.");
        assert_eq!(objects(&r, "sever ties"), ["Globex Inc"], "{r:?}");
    }

    #[test]
    fn a_word_after_a_quantifier_is_no_verb() {
        let r =
            relations("Prices rose. Jim Beck fielded several blunt questions about his standing.");
        assert_eq!(
            objects(&r, "field"),
            ["several blunt questions about his standing"],
            "{r:?}"
        );
    }

    #[test]
    fn first_thing_says_when() {
        let r = relations("Prices rose. Tom Hale resigned first thing this morning.");
        assert!(objects(&r, "resign").is_empty(), "{r:?}");
    }

    #[test]
    fn to_after_an_adjective_names_whom_it_concerns_not_where() {
        let r = relations("Prices rose. Jane Roe said the tariffs are unfair to Brazil.");
        assert!(
            !relation(&r, "say")
                .3
                .iter()
                .any(|q| q.0.ends_with("destination")),
            "{r:?}"
        );
    }

    #[test]
    fn a_place_after_the_next_item_of_a_list_is_not_the_first_persons() {
        let r = relations(
            "Prices rose. Jim Beck in New York and Tom Hale in Chicago wrote the report.",
        );
        assert!(
            !r.iter().any(|x| x.0 == "Jim Beck" && x.2 == "Chicago"),
            "{r:?}"
        );
        assert!(
            r.iter().any(|x| x.0 == "Tom Hale" && x.2 == "Chicago"),
            "{r:?}"
        );
    }

    #[test]
    fn people_listed_with_the_places_they_are_of_act_together() {
        let r = relations(
            "Prices rose. Sens. Jim Beck of Ohio and Tom Hale (D) of Iowa declared that the vote was rigged.",
        );
        let declarers: Vec<&str> = r
            .iter()
            .filter(|x| x.1 == "declare")
            .map(|x| x.0.as_str())
            .collect();
        assert_eq!(declarers.len(), 2, "{r:?}");
        assert!(declarers.contains(&"Tom Hale"), "{r:?}");
    }

    #[test]
    fn a_comma_between_a_person_and_another_kind_of_name_joins_no_subjects() {
        let r = relations(
            "Asked about strikes inside Syria, Jim Beck and Tom Hale said all options remain open. Democrats will pressure two Republicans, Ann Lee and Jo Doe, to oppose the bill.",
        );
        let subjects: Vec<&str> = r
            .iter()
            .filter(|x| x.1 == "say" || x.1 == "oppose")
            .map(|x| x.0.as_str())
            .collect();
        assert_eq!(subjects.len(), 4, "{r:?}");
        assert!(!subjects.contains(&"Syria"), "{r:?}");
    }

    #[test]
    fn a_person_after_for_and_an_honorific_is_not_placed_but_an_agent_is() {
        let r = relations(
            "Prices rose. He will vote for Mr. Jim Beck and Rep. Tom Hale in Ohio's Seventh District. Agents were briefed by Mr. Ann Lee in Europe.",
        );
        let placed: Vec<(&str, &str)> = r
            .iter()
            .filter(|x| x.1 == "located in")
            .map(|x| (x.0.as_str(), x.2.as_str()))
            .collect();
        assert_eq!(placed, [("Ann Lee", "Europe")], "{r:?}");
    }

    #[test]
    fn a_source_cited_before_what_was_said_is_not_its_start() {
        let r = relations(
            "Prices rose. Jim Beck says according to the agency website, the agency is looking at old files. Ann Lee said that according to the report, the firm lost money.",
        );
        assert_eq!(
            objects(&r, "say"),
            ["the agency is looking at old files", "the firm lost money"],
            "{r:?}"
        );
    }

    #[test]
    fn a_demonstrative_joined_to_other_shares_its_noun() {
        let r = relations("Prices rose. Acme Corp bought these and other firms last year.");
        assert_eq!(objects(&r, "buy"), ["these and other firms"], "{r:?}");
    }

    #[test]
    fn what_one_is_reluctant_to_do_is_not_done() {
        let r = relations(
            "Prices rose. Jim Beck has been reluctant to tell his side of the story. Acme Corp is unwilling to buy Globex Inc.",
        );
        assert_qualifier(&r, "tell", "polarity", "negative", true);
        assert_qualifier(&r, "buy", "polarity", "negative", true);
    }

    #[test]
    fn what_one_is_resolved_to_do_is_intended() {
        let r = relations("Prices rose. Jim Beck is resolved to defeat Tom Hale.");
        assert_qualifier(&r, "defeat", "modality", "intended", true);
    }

    #[test]
    fn that_after_whether_is_no_start_of_what_was_said() {
        let r = relations(
            "Prices rose. Acme Corp declined to comment on whether that plan is being considered.",
        );
        assert!(!r.iter().any(|x| x.1 == "comment"), "{r:?}");
    }

    #[test]
    fn demonyms_joined_before_a_noun_describe_it_together() {
        let r = relations("Prices rose. Jim Beck met his U.S. and Chinese counterparts on Monday.");
        assert_eq!(
            objects(&r, "meet"),
            ["his U.S. and Chinese counterparts"],
            "{r:?}"
        );
    }

    #[test]
    fn whenever_opens_a_clause_after_the_object() {
        let r = relations("Prices rose. Jim Beck bought bottled water whenever he could.");
        assert_eq!(objects(&r, "buy"), ["bottled water"], "{r:?}");
    }

    #[test]
    fn a_span_of_time_before_after_ends_the_object() {
        let r = relations(
            "Prices rose. Jim Beck will face reelection less than a year after his impeachment.",
        );
        assert_eq!(objects(&r, "face"), ["reelection"], "{r:?}");
    }

    #[test]
    fn on_the_one_hand_is_no_qualifier() {
        let r = relations(
            "Prices rose. Jane Roe has blamed Jim Beck for the slow recovery on the one hand.",
        );
        assert!(qualifier_values(&r, "on").is_empty(), "{r:?}");
    }

    #[test]
    fn a_rival_one_trails_is_not_placed() {
        let r = relations("Prices rose. He is well behind Mr. Jim Beck in Iowa.");
        assert!(!r.iter().any(|x| x.1 == "located in"), "{r:?}");
    }

    #[test]
    fn a_participle_after_newly_before_a_title_is_an_adjective() {
        let r = relations(
            "Prices rose. Three judges – Jim Beck, Ann Lee, and newly appointed justice Tom Hale – issued a dissent.",
        );
        assert!(!r.iter().any(|x| x.1 == "appoint"), "{r:?}");
    }

    #[test]
    fn so_far_after_a_counted_noun_is_no_unit() {
        let r =
            relations("Prices rose. Tarsk has deported nearly 8,000 migrants so far this year.");
        assert_eq!(qualifier_values(&r, "unit"), ["migrants"], "{r:?}");
        assert_eq!(objects(&r, "deport"), ["8,000 migrants"], "{r:?}");
    }

    #[test]
    fn an_older_year_after_in_is_no_count() {
        let r = relations(
            "Prices rose. Jim Beck proposed voluntary emigration, but his speech in 1858 and his push in 1862 were tactics. Acme Corp settled claims in 1500 cases.",
        );
        assert_eq!(qualifier_values(&r, "quantity"), ["1500"], "{r:?}");
    }
}
