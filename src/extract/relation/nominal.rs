//! Relations named by nouns rather than verbs: meetings ("her talks with Roe") and events
//! ("the union's strike against Acme"). Part of the trigger-word relation extractor.

use std::collections::BTreeMap;

use super::{
    OBJECT_STOP, PREPOSITIONS_NOT_IN_OBJECT_STOP, Unit, add_quantity, add_unit, argument_role,
    can_act, clause_break, determiner_or_possessive, finite_or_auxiliary, is_auxiliary,
    mark_polarity_and_modality, negative_contraction, noun_phrase_after, parse_quantity,
    preposition_before, pronoun_antecedent, used_as_noun, word_gap,
};
use crate::extract::types::{Arg, DocContext, Extraction, RelationMention};
use crate::graph::EntityType;
use crate::text::TokenKind;

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
    let words = ctx.token_texts(s);
    for (n, tok) in toks.iter().enumerate() {
        // "were meeting with Roe" is the verb, which the verb rules read. Only the sentence's
        // first word may be capitalised ("Talks between Roe and Lee …"); elsewhere that is a
        // name's word.
        let word = if n == 0 {
            ctx.lower_token(s, n)
        } else {
            words[n]
        };
        if !MEETING_NOUNS.contains(&word)
            || n + 2 >= toks.len()
            || n.checked_sub(1)
                .is_some_and(|b| is_auxiliary(ctx.lower_token(s, b)))
        {
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
                // Nor does "with White House aide Roe" meet the White House.
                if matches!(
                    out.mentions[other].entity_type,
                    EntityType::Country | EntityType::Organization
                ) && let Some(person) = in_sentence.iter().copied().find(|&m| {
                    out.mentions[m].entity_type == EntityType::Person
                        && out.mentions[m].span.start > out.mentions[other].span.end
                        && word_gap(
                            text,
                            out.mentions[other].span.end,
                            out.mentions[m].span.start,
                        ) <= 3
                        && !text[out.mentions[other].span.end..out.mentions[m].span.start]
                            .split_whitespace()
                            .any(|w| OBJECT_STOP.contains(&w))
                }) {
                    other = person;
                } else if ctx
                    .ontology
                    .is_demonym(&text[out.mentions[other].span.clone()])
                {
                    // "meetings with the American fifth seed": a demonym describes whom one
                    // meets, whom no name here says.
                    continue;
                }
                // The first party: a possessive before the noun ("Smith's", "his": the last
                // person named before it in the sentence, else in the sentences before), or
                // the subject of the clause ("Roe said during a meeting with Lee").
                let owner = (n.saturating_sub(4)..n).rev().find_map(|k| {
                    let w = ctx.lower_token(s, k);
                    if matches!(w, "'s" | "’s") {
                        return k.checked_sub(1).and_then(mention_ending);
                    }
                    if matches!(w, "his" | "her") {
                        return in_sentence
                            .iter()
                            .copied()
                            .rev()
                            .find(|&m| {
                                out.mentions[m].entity_type == EntityType::Person
                                    && out.mentions[m].span.end <= toks[k].span.start
                            })
                            .or_else(|| pronoun_antecedent(ctx, out, toks[k].span.start, w));
                    }
                    None
                });
                let owner = owner.or_else(|| {
                    let first = *in_sentence.first()?;
                    // "Besides Roe, the chiefs held talks with Lee": a name after a
                    // preposition is not the subject.
                    (out.mentions[first].span.end <= tok.span.start
                        && out.mentions[first].entity_type == EntityType::Person
                        && !clause_break(text, out.mentions[first].span.end, tok.span.start)
                        && preposition_before(ctx, out, s, in_sentence, first).is_none())
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
        let after_parties = ctx.token_from(s, out.mentions[last].span.end);
        let qualifiers = meeting_modality(ctx, s, n, after_parties);
        for other in others {
            if other == first {
                continue;
            }
            found.push(RelationMention {
                subject: first,
                predicate: "meet".to_string(),
                relation_type: "meet".to_string(),
                object: Arg::Mention(other),
                qualifiers: qualifiers.clone(),
                span: ctx.sentences[s].span.clone(),
                rule: RULE_MEETING,
            });
        }
    }
    found
}

/// Words before a meeting noun that put the meeting ahead or make it only possible ("his
/// planned talks with Roe", "a possible summit"), with the modality each gives.
const PROSPECTIVE_MEETING: &[(&str, &str)] = &[
    ("anticipated", "future"),
    ("expected", "future"),
    ("forthcoming", "future"),
    ("future", "future"),
    ("hoped-for", "intended"),
    ("mooted", "possible"),
    ("next", "future"),
    ("planned", "future"),
    ("possible", "possible"),
    ("potential", "possible"),
    ("proposed", "intended"),
    ("requested", "requested"),
    ("scheduled", "future"),
    ("upcoming", "future"),
];

/// Verbs that bring a meeting about, seek it or take part in it: whether the meeting took
/// place is what the verb says of itself ("will hold talks", "sought a meeting").
const MEETING_VERBS: &[&str] = &[
    "accept", "agree", "arrange", "ask", "attend", "chair", "convene", "demand", "have", "hold",
    "hope", "host", "join", "offer", "organise", "organize", "plan", "propose", "push", "request",
    "schedule", "seek", "set", "suggest", "urge", "want",
];

/// Whether a meeting named by the noun at token `n` took place, as the words around the noun
/// say: a word before it ("his planned talks"); the verb whose object it is ("sought a
/// meeting", "was hoping to set up a summit", "will hold talks", "cancelled the summit"); or
/// what follows its parties, from token `after` ("talks with Roe are planned", "… were
/// called off").
fn meeting_modality(
    ctx: &DocContext<'_>,
    s: usize,
    n: usize,
    after: usize,
) -> BTreeMap<String, Arg> {
    let mut qualifiers = BTreeMap::new();
    let set = |qualifiers: &mut BTreeMap<String, Arg>, key: &str, value: &str| {
        qualifiers
            .entry(key.to_string())
            .or_insert_with(|| Arg::Literal(value.to_string()));
    };
    let lemma = |k: usize| {
        ctx.ontology
            .verbs
            .get(ctx.lower_token(s, k))
            .map(|f| f.lemma.as_str())
    };
    let called_off = |lemma: Option<&str>, particle: &str| {
        matches!(
            lemma,
            Some("cancel" | "scrap" | "postpone" | "abandon" | "skip" | "boycott")
        ) || (lemma == Some("call") && particle == "off")
    };
    // The noun's own words, back to the verb whose object it is. Before a determiner or a
    // particle only that verb can stand ("set up a meeting"); among the words after one, a
    // verb's spelling may be a noun's ("hold trade talks"), so the leftmost is the verb when
    // an auxiliary or "to" comes before it ("will hold talks").
    let mut k = n;
    let mut particle = "";
    let mut determined = false;
    let mut leftmost_verb = None;
    let verb = loop {
        let Some(b) = k.checked_sub(1) else {
            break None;
        };
        let w = ctx.lower_token(s, b);
        if let Some(&(_, modality)) = PROSPECTIVE_MEETING.iter().find(|(word, _)| *word == w) {
            set(&mut qualifiers, "modality", modality);
        } else if matches!(w, "up" | "off" | "out") {
            particle = w;
            determined = true;
        } else if matches!(
            w,
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "'s" | "’s" | "'" | "’"
        ) {
            determined = true;
        } else if ctx.token(s, b).starts_with(char::is_uppercase) {
            // A possessive's name: "Roe's talks".
        } else if lemma(b).is_some() && (determined || ctx.ontology.is_finite_verb(w)) {
            break Some(b);
        } else if !determined && describes_noun(ctx, s, b) {
            if lemma(b).is_some() {
                leftmost_verb = Some(b);
            }
        } else {
            break leftmost_verb.filter(|_| is_auxiliary(w) || w == "to");
        }
        k = b;
    };
    // "Roe was not in the meeting with Lee": one who was not there met no one.
    if k >= 2
        && matches!(ctx.lower_token(s, k - 1), "in" | "at")
        && (matches!(ctx.lower_token(s, k - 2), "not" | "never")
            || negative_contraction(ctx.lower_token(s, k - 2)))
    {
        set(&mut qualifiers, "polarity", "negative");
    }
    if let Some(v) = verb {
        let mut verb_qualifiers = BTreeMap::new();
        mark_polarity_and_modality(ctx, s, v, true, &mut verb_qualifiers);
        let verb_lemma = lemma(v).unwrap_or_default();
        if called_off(Some(verb_lemma), particle) {
            // "cancelled the summit", "has called off the talks", but not "urged Roe to
            // cancel the summit" or "considers cancelling it".
            let done = ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, v))
                .is_some_and(|f| f.past || f.participle || f.third);
            if done && verb_qualifiers.is_empty() {
                set(&mut qualifiers, "polarity", "negative");
            }
        } else if MEETING_VERBS.contains(&verb_lemma) {
            match verb_lemma {
                "seek" | "want" | "propose" | "plan" | "offer" | "suggest" | "push" | "hope" => {
                    set(&mut qualifiers, "modality", "intended");
                }
                "request" | "demand" | "ask" | "urge" => {
                    set(&mut qualifiers, "modality", "requested");
                }
                "schedule" => set(&mut qualifiers, "modality", "future"),
                _ => {}
            }
            // "was hoping to set up a summit", "will hold talks": what holds the meeting
            // says whether it took place (not "was asked to leave the meeting").
            for (key, value) in verb_qualifiers {
                qualifiers.entry(key).or_insert(value);
            }
        }
    }
    // "talks with Roe are planned for May", "the summit was called off".
    let toks = &ctx.sentences[s].tokens;
    if after < toks.len()
        && matches!(
            ctx.lower_token(s, after),
            "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will"
        )
        && let Some(v) = (after + 1..(after + 4).min(toks.len())).find(|&k| lemma(k).is_some())
    {
        let particle = if v + 1 < toks.len() {
            ctx.lower_token(s, v + 1)
        } else {
            ""
        };
        match lemma(v) {
            l if called_off(l, particle) => set(&mut qualifiers, "polarity", "negative"),
            Some("plan" | "schedule" | "expect" | "set" | "slate") => {
                set(&mut qualifiers, "modality", "future")
            }
            _ => {}
        }
    }
    qualifiers
}

/// "the union's monthlong strike against Acme", "Ruritania's membership of the council", "its
/// presidency of the G8", "the purchase of 40 jets by Acme": an event or standing relation named
/// by a noun (a trigger word, or one of `event_nouns.tsv`). Who acts is the possessive before the
/// noun, or the name after "by"; the object is what follows the preposition after the noun.
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
    let lower_words = ctx.lower_tokens(s);
    for n in 1..toks.len().saturating_sub(2) {
        // Every noun below needs one of these prepositions after it; most words have none,
        // and are passed over before the noun look-ups, which had been most of this function.
        if !matches!(
            lower_words[n + 1],
            "on" | "against" | "with" | "of" | "to" | "for" | "from" | "in" | "over"
        ) {
            continue;
        }
        let word = ctx.lower_token(s, n);
        // Meetings have their own rule, with both parties.
        if MEETING_NOUNS.contains(&word) {
            continue;
        }
        // A listed event noun takes any preposition; a trigger verb used as a noun only those
        // that name a target ("Acme's attack on Bolt", not "Acme's fall of 5%").
        let (relation, predicate, listed) = if let Some(noun) = o.event_nouns.get(word) {
            // "a call for calm", but "a phone call with Roe": a noun may take only some
            // prepositions.
            let after = ctx.lower_token(s, n + 1);
            if !noun.prepositions.is_empty() && !noun.prepositions.iter().any(|p| p == after) {
                continue;
            }
            (noun.relation, noun.predicate.as_str(), true)
        } else if let Some(&r) = o.triggers.get(word) {
            let lemma = o.verbs.get(word).map(|f| f.lemma.as_str());
            (r, lemma.unwrap_or(word), false)
        } else {
            continue;
        };
        // The preposition is checked before the owner is looked for: few nouns take one that
        // can name what they reach, and the owner's search was most of this function.
        let prep = ctx.lower_token(s, n + 1);
        let names_target = matches!(prep, "on" | "against" | "with");
        let listed_preposition = matches!(prep, "of" | "to" | "for" | "from" | "in" | "over");
        if !(names_target || (listed && listed_preposition)) {
            continue;
        }
        // Words that only describe the noun may stand before it: "the union's monthlong
        // strike", "its 2005 presidency", "the $11 billion purchase".
        let mut p = n;
        while p > 0 && n - p < 4 && describes_noun(ctx, s, p - 1) {
            p -= 1;
        }
        let Some(before) = p.checked_sub(1) else {
            continue;
        };
        let owner = match ctx.lower_token(s, before) {
            "'s" | "’s" | "'" | "’" => in_sentence
                .iter()
                .copied()
                .find(|&m| before > 0 && out.mentions[m].span.end == toks[before - 1].span.end),
            // "its presidency": the last organization or country named before it.
            "its" => in_sentence.iter().rev().copied().find(|&m| {
                out.mentions[m].span.end <= toks[before].span.start
                    && matches!(
                        out.mentions[m].entity_type,
                        EntityType::Organization | EntityType::Country
                    )
            }),
            w @ ("his" | "her") => pronoun_antecedent(ctx, out, toks[before].span.start, w),
            "the" | "a" | "an" => None,
            // "U.S. strikes against Syria", "the U.S. invasion of Iraq": a country or body
            // named right before the noun, when what follows names the target ("U.S. arms
            // sales to the regime" and "troop deployments to Tarsk" name where, not what).
            _ => match in_sentence.iter().copied().find(|&m| {
                out.mentions[m].span.end == toks[before].span.end
                    && matches!(
                        out.mentions[m].entity_type,
                        EntityType::Country | EntityType::Organization
                    )
                    && matches!(ctx.lower_token(s, n + 1), "on" | "against" | "of")
            }) {
                Some(m) if !o.verbs.contains_key(word) || used_as_noun(ctx, s, n) => Some(m),
                _ => continue,
            },
        };
        // "blamed his killing on Tarsk": the "on" is the verb's, which lays the noun's event on
        // someone; it names no target of the event.
        let phrase_start = match owner {
            Some(m) if matches!(ctx.lower_token(s, before), "'s" | "’s" | "'" | "’") => {
                ctx.token_from(s, out.mentions[m].span.start)
            }
            _ => before,
        };
        if prep == "on"
            && phrase_start
                .checked_sub(1)
                .and_then(|v| o.verbs.get(ctx.lower_token(s, v)))
                .is_some_and(|f| VERBS_LAYING_ON.contains(&f.lemma.as_str()))
        {
            continue;
        }
        // "its gold supplies to help …": "to" before a verb opens a purpose, not an object.
        if prep == "to"
            && o.verbs.get(ctx.lower_token(s, n + 2)).is_some_and(|f| {
                f.base
                    && (!f.also_noun
                        || matches!(
                            ctx.lower_token(s, n + 3),
                            "the" | "a" | "an" | "its" | "their" | "his" | "her"
                        ))
            })
        {
            continue;
        }
        let mut qualifiers = BTreeMap::new();
        let Some((object, theme_end)) = theme(ctx, out, s, n + 2, in_sentence, &mut qualifiers)
        else {
            continue;
        };
        // "Lee's hiring with the headline …", "his presidency in terms of …", "his nomination
        // in 2016": past "with", "in", "from" or "over" only a name is what the noun reaches;
        // words there say where, how or when. Past "to" they may be ("his opposition to
        // same-sex marriage"), unless a verb makes them a purpose ("his call to arm teachers").
        let words_reached = match prep {
            "of" | "for" | "on" | "against" => true,
            "to" => !o
                .verbs
                .get(ctx.lower_token(s, n + 2))
                .is_some_and(|f| f.base),
            _ => false,
        };
        if matches!(object, Arg::Literal(_)) && !words_reached {
            continue;
        }
        // "the deployment of troops in Ruritania": a place after "in" is where, not what.
        if prep == "in"
            && let Arg::Mention(m) = object
            && matches!(
                out.mentions[m].entity_type,
                EntityType::Place | EntityType::Country
            )
        {
            continue;
        }
        // "the purchase of 40 jets by Ruritanian carrier Skyvona": the name a few words after
        // "by", past a demonym that only modifies the noun after it.
        let agent = owner.or_else(|| {
            (ctx.token(s, theme_end) == "by")
                .then(|| {
                    in_sentence.iter().copied().find(|&m| {
                        out.mentions[m].span.start > toks[theme_end].span.end
                            && word_gap(text, toks[theme_end].span.end, out.mentions[m].span.start)
                                <= 3
                            && !argument_role(ctx, s, out.mentions[m].span.clone()).1
                    })
                })
                .flatten()
        });
        let Some(agent) = agent.filter(|&m| can_act(out.mentions[m].entity_type)) else {
            continue;
        };
        if object == Arg::Mention(agent) {
            continue;
        }
        found.push(RelationMention {
            subject: agent,
            predicate: predicate.to_string(),
            relation_type: o.relations[relation].id.clone(),
            object,
            qualifiers,
            span: ctx.sentences[s].span.clone(),
            rule: RULE_NOMINAL,
        });
    }
    found
}

/// Verbs whose object is laid "on" someone or something ("blamed the attack on Roe", "spent
/// its budget on arms"), so an "on" after their object is theirs.
const VERBS_LAYING_ON: &[&str] = &["blame", "pin", "spend", "focus", "concentrate"];

/// Whether token `k` only describes the noun after it: a lower-case adjective or noun that is
/// no verb form ("monthlong", "coming"), a figure or year, a currency sign or a scale word.
fn describes_noun(ctx: &DocContext<'_>, s: usize, k: usize) -> bool {
    let tok = &ctx.sentences[s].tokens[k];
    let w = tok.text(ctx.text());
    match tok.kind {
        TokenKind::Number => true,
        TokenKind::Word => {
            w.starts_with(char::is_lowercase)
                && !matches!(
                    w,
                    "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "of"
                )
                && !OBJECT_STOP.contains(&w)
                && !is_auxiliary(w)
                && !ctx.ontology.is_finite_verb(w)
        }
        _ => matches!(w, "$" | "£" | "€" | "-"),
    }
}

/// What follows the preposition after an event noun, from token `k`: a name standing alone
/// ("of the Group of Eight"), else the words ("for 10% of Acme's profits", "of 40 Skyjet
/// planes"), a leading figure recorded as the quantity. Returns it with the token after it.
fn theme(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    k: usize,
    in_sentence: &[usize],
    qualifiers: &mut BTreeMap<String, Arg>,
) -> Option<(Arg, usize)> {
    let toks = &ctx.sentences[s].tokens;
    let mut from = k;
    if let Some((amount, written, next)) = parse_quantity(ctx, s, k) {
        let figure = add_quantity(ctx, s, k, amount, written, qualifiers);
        from = match figure.then(|| add_unit(ctx, s, next, qualifiers)).flatten() {
            // "10% of Acme's profits": the share is of what follows.
            Some(Unit::Share { of, after_sign }) => of.unwrap_or(after_sign),
            _ => next,
        };
    }
    let phrase = noun_phrase_after(ctx, s, from)?;
    let start = toks[from].span.start;
    // "Acme's call for the end of trade barriers comes amid …": when the event's noun opens
    // the sentence's subject (no verb stands before it), a present form after a noun is the
    // sentence's verb, even one that is also a noun. (Asked only of such a form.)
    let in_subject = || (0..from).all(|i| !finite_or_auxiliary(ctx, ctx.lower_token(s, i)));
    // "in China begins", "of the firm last year": a verb opens a new clause and a time
    // phrase says when, so the theme ends before them.
    let cut = toks
        .iter()
        .enumerate()
        .skip(from + 1)
        .take_while(|(_, t)| t.span.end <= start + phrase.len())
        .find(|&(i, t)| {
            let w = t.text(ctx.text());
            let after = ctx.lower_token(s, i + 1);
            // A participle right after a name is its verb ("the Arctic Council surprised").
            let after_name = ctx.token(s, i - 1).starts_with(char::is_uppercase);
            // (After a noun, no determiner or preposition, and before more words but no
            // verb: "of trade barriers", "the divide between", "a judicial approach." hold
            // nouns; a base form follows a plural only; and no surer verb comes later in the
            // clause: "the call for trade talks in Geneva was rejected".)
            let before = ctx.lower_token(s, i - 1);
            let verb_later = || {
                (i + 1..toks.len())
                    .take_while(|&j| !matches!(ctx.token(s, j), "," | ";" | ":"))
                    .any(|j| finite_or_auxiliary(ctx, ctx.lower_token(s, j)))
            };
            let after_noun = || {
                i > from + 1
                    && toks[i - 1].kind == TokenKind::Word
                    && ctx.token(s, i - 1).starts_with(char::is_lowercase)
                    && !OBJECT_STOP.contains(&before)
                    && !PREPOSITIONS_NOT_IN_OBJECT_STOP.contains(&before)
                    && !determiner_or_possessive(before)
                    && before != "of"
                    && toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word)
                    // ("port fees come": a noun before the verb.)
                    && ctx
                        .ontology
                        .verbs
                        .get(ctx.lower_token(s, i + 1))
                        .is_none_or(|f| !(f.base || f.third))
            };
            ctx.ontology.verbs.get(w).is_some_and(|f| {
                (!f.also_noun && (f.third || (f.past && (!f.participle || after_name))))
                    || (!f.past
                        && (f.third || (f.base && before.ends_with('s')))
                        && after_noun()
                        && in_subject()
                        && !verb_later())
            }) || (matches!(w, "last" | "next" | "this" | "earlier")
                && matches!(
                    after,
                    "year" | "month" | "week" | "weekend" | "night" | "summer" | "winter"
                ))
        })
        .map(|(_, t)| t.span.start);
    let phrase = match cut {
        Some(c) => ctx.text()[start..c].trim_end().to_string(),
        None => phrase,
    };
    if phrase.is_empty() {
        return None;
    }
    let end = start + phrase.len();
    let after = toks
        .iter()
        .position(|t| t.span.start >= end)
        .unwrap_or(toks.len());
    // A name that fills the phrase is the object; a phrase with more words keeps them all
    // ("Acme's profits", "40 Skyjet 300 planes").
    let name = in_sentence.iter().copied().find(|&m| {
        let span = &out.mentions[m].span;
        span.start >= start
            && span.end >= end
            && word_gap(ctx.text(), start, span.start) <= 1
            && !matches!(ctx.token(s, after), "'s" | "’s")
    });
    let object = if qualifiers.contains_key("quantity") {
        Arg::Literal(phrase)
    } else {
        name.map_or(Arg::Literal(phrase), Arg::Mention)
    };
    Some((object, after))
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
    fn an_owner_of_a_nomination_or_visit_acts_only_on_the_object_its_noun_names() {
        let r = relations(
            "In announcing her nomination in November, Jim Beck praised Ann Lee. Tom Hale's nomination to the Supreme Court stalled. During Ann Lee's visit for Jo Doe, she spoke. Jim Beck's nomination of Ann Lee stalled. Ann Lee's visit to Lisbon ended.",
        );
        let events: Vec<_> = r
            .iter()
            .filter(|x| matches!(x.1.as_str(), "nominate" | "visit"))
            .map(|x| (x.0.as_str(), x.1.as_str(), x.2.as_str()))
            .collect();
        assert_eq!(
            events,
            [
                ("Jim Beck", "nominate", "Ann Lee"),
                ("Ann Lee", "visit", "Lisbon")
            ],
            "{r:?}"
        );
    }

    #[test]
    fn a_meeting_with_someone_a_demonym_describes_meets_no_country() {
        let r = relations(
            "Jane Roe, who had lost all nine of her previous meetings with the American fifth seed, won.",
        );
        assert!(!r.iter().any(|x| x.1 == "meet"), "{r:?}");
    }

    #[test]
    fn a_possessive_in_an_opening_phrase_is_the_person_after_its_comma() {
        let r = relations(
            "Tom Hale spoke on Monday. Following his visit to Oskol last month, Jim Beck sent a letter to Ann Lee.",
        );
        assert!(
            r.iter().any(|x| x.0 == "Jim Beck" && x.1 == "visit"),
            "{r:?}"
        );
        assert!(!r.iter().any(|x| x.0 == "Tom Hale"), "{r:?}");
    }

    #[test]
    fn an_on_after_a_verb_that_lays_the_event_names_no_target() {
        let r =
            relations("Tom Hale was a critic of Russia, and many blamed his killing on Russia.");
        assert!(!r.iter().any(|x| x.1 == "kill"), "{r:?}");
        let r = relations("Jane Roe condemned Brazil's attack on Ukraine.");
        assert!(
            r.iter()
                .any(|x| x.0 == "Brazil" && x.1 == "attack" && x.2 == "Ukraine"),
            "{r:?}"
        );
    }

    #[test]
    fn a_meeting_is_not_the_verb_and_its_owner_is_no_prepositional_name() {
        let r = relations(
            "Besides Jane Roe, the chiefs held talks with Acme Corp aide Tom Hale on Monday.",
        );
        assert!(!r.iter().any(|x| x.1 == "meet"), "{r:?}");
        let r = relations("Jane Roe knew the chiefs were meeting with Tom Hale.");
        assert!(!r.iter().any(|x| x.1 == "meet"), "{r:?}");
        let r = relations("Jane Roe held talks with Acme Corp at the Tarsk Hall Tom Hale built.");
        assert!(!r.iter().any(|x| x.2 == "Tom Hale"), "{r:?}");
        let r = relations("Jane Roe held talks with Acme Corp aide Tom Hale on Monday.");
        assert!(
            r.iter()
                .any(|x| x.0 == "Jane Roe" && x.1 == "meet" && x.2 == "Tom Hale"),
            "{r:?}"
        );
    }

    #[test]
    fn a_meeting_planned_sought_or_called_off_did_not_take_place() {
        let meeting = |text: &str| {
            relations(text)
                .into_iter()
                .find(|x| x.1 == "meet")
                .unwrap_or_else(|| panic!("no meeting: {text}"))
                .3
        };
        let has = |q: &[(String, String)], k: &str, v: &str| q.iter().any(|x| x.0 == k && x.1 == v);
        let q = meeting("Prices rose. Jane Roe praised her planned talks with Tom Hale.");
        assert!(has(&q, "modality", "future"), "{q:?}");
        let q = meeting(
            "Prices rose. Jim Beck was hoping to set up a summit between Jane Roe and Tom Hale.",
        );
        assert!(has(&q, "modality", "intended"), "{q:?}");
        let q = meeting("Prices rose. Jane Roe sought a meeting with Tom Hale.");
        assert!(has(&q, "modality", "intended"), "{q:?}");
        let q = meeting("Prices rose. Jane Roe cancelled her summit with Tom Hale.");
        assert!(has(&q, "polarity", "negative"), "{q:?}");
        let q = meeting("Prices rose. Talks between Jane Roe and Tom Hale are planned for May.");
        assert!(has(&q, "modality", "future"), "{q:?}");
        // Only the verb that holds or seeks the meeting speaks for it.
        let q = meeting("Prices rose. Jim Beck urged Jane Roe to cancel her summit with Tom Hale.");
        assert!(!has(&q, "polarity", "negative"), "{q:?}");
        let q = meeting(
            "Prices rose. Jim Beck urged Jane Roe to consider cancelling her summit with Tom Hale.",
        );
        assert!(!has(&q, "polarity", "negative"), "{q:?}");
        let q = meeting("Prices rose. Jane Roe was asked to leave the meeting with Tom Hale.");
        assert!(q.is_empty(), "{q:?}");
        let q = meeting("Prices rose. Jim Beck did not tell us about his meeting with Tom Hale.");
        assert!(q.is_empty(), "{q:?}");
        let q = meeting("Prices rose. Jane Roe held talks with Tom Hale on Monday.");
        assert!(q.is_empty(), "{q:?}");
        // One who was not there met no one.
        let q = meeting("Prices rose. Jane Roe was not in the meeting with Tom Hale.");
        assert!(has(&q, "polarity", "negative"), "{q:?}");
        let q = meeting("Prices rose. Jane Roe wasn't at the talks with Tom Hale.");
        assert!(has(&q, "polarity", "negative"), "{q:?}");
    }

    #[test]
    fn a_name_right_before_an_event_noun_owns_it() {
        let r = relations("The risk grew after U.S. strikes against Brazil on April 7.");
        assert!(
            r.iter()
                .any(|x| x.0 == "U.S." && x.1 == "strike" && x.2 == "Brazil"),
            "{r:?}"
        );
        let r = relations("Critics want U.S. arms sales to Brazil halted.");
        assert!(r.iter().all(|x| x.1 != "sell"), "{r:?}");
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

    #[test]
    fn the_theme_of_an_event_noun_in_the_subject_ends_at_the_sentences_verb() {
        let r = relations(
            "Prices rose. Acme Corp's call for the end of trade barriers comes amid fears of a price war. Globex Inc's call for lower port fees come as a surprise.",
        );
        let theme = |s: &str| {
            r.iter()
                .find(|x| x.0 == s && x.1 == "call for")
                .map(|x| x.2.clone())
        };
        assert_eq!(
            theme("Acme Corp").as_deref(),
            Some("the end of trade barriers"),
            "{r:?}"
        );
        assert_eq!(
            theme("Globex Inc").as_deref(),
            Some("lower port fees"),
            "{r:?}"
        );
    }

    #[test]
    fn listed_event_nouns_take_their_preposition_and_a_by_agent() {
        let r = relations(
            "Chile's coming membership of the Arctic Council surprised diplomats. The deal includes the $2 billion purchase of 40 Skyjet 300 planes by Chilean airline Andes Air. Brazil made trade the theme of its 2025 presidency of the Group of Twenty. A judge upheld Anna Berg's demand for 10% of the studio's profits.",
        );
        let has = |s: &str, p: &str, o: &str| r.iter().any(|x| x.0 == s && x.1 == p && x.2 == o);
        assert!(has("Chile", "member of", "the Arctic Council"), "{r:?}");
        assert!(has("Andes Air", "purchase", "Skyjet 300 planes"), "{r:?}");
        assert!(
            has("Brazil", "holds presidency of", "Group of Twenty"),
            "{r:?}"
        );
        let demand = r.iter().find(|x| x.0 == "Anna Berg" && x.1 == "demand");
        assert!(
            demand.is_some_and(|x| x.2 == "the studio's profits"
                && x.3.contains(&("quantity".to_string(), "10".to_string()))),
            "{r:?}"
        );
    }

    #[test]
    fn trigger_nouns_need_a_target_and_purposes_are_no_objects() {
        let r = relations(
            "Chile's fall of 5% in exports worried Brazil. The Central Bank of Chile may use its gold supplies to help the relief effort.",
        );
        assert!(r.iter().all(|x| x.1 != "fall" && x.1 != "supply"), "{r:?}");
    }

    #[test]
    fn words_past_in_or_with_are_no_object_of_an_event_noun() {
        let r = relations(
            "Tom Hale's nomination in 2016 was blocked. Jane Roe's resignation in November surprised nobody. Critics noted Tom Hale's opposition to the tax plan.",
        );
        assert!(
            r.iter().all(|x| x.1 != "nominate" && x.1 != "resign"),
            "{r:?}"
        );
        assert!(
            r.iter().any(|x| x.1 == "oppose" && x.2 == "the tax plan"),
            "{r:?}"
        );
        // A listed noun may take only some prepositions: a phone call is no call for anything.
        let r = relations("Tom Hale's phone call with Jane Roe was recorded.");
        assert!(r.iter().all(|x| x.1 != "call for"), "{r:?}");
    }
}
