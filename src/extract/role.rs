//! Roles written around a person's name: "X holds title T of organization or country O".
//!
//! ## What it extracts
//! `holds_role` relations from a person to a title, with the organization or country (`of`).
//! Titles inside a capitalised name ("Defense Secretary Jane Roe") are found by the entity
//! extractor; this one covers the other ways news writes roles.
//!
//! ## Pattern
//! - Before the name, in lower case or mixed: "Acme spokeswoman Jane Roe", "the country's
//!   finance minister Jane Roe", "a Ruritanian government spokesman, Jane Roe".
//! - An appositive after the name: "Jane Roe, the chief executive of Acme,", "Jane Roe,
//!   Ruritania's foreign minister,", "Jane Roe, a senator from Ohio".
//!
//! ## Example
//! "Jane Roe, the chief executive of Acme Corp, said …" → Jane Roe holds_role "chief
//! executive" {of: Acme Corp}.
//!
//! ## Known misses
//! Roles stated in a separate sentence ("She heads the agency").
//!
//! ## Data used
//! `ontology/lexicon/titles.tsv`

use std::collections::BTreeMap;

use super::relation::{KINSHIP, is_quote_mark, possessive_mark};
use super::types::{Arg, DocContext, EntityMention, Extraction, Extractor, RelationMention};
use crate::graph::EntityType;
use crate::text::TokenKind;

pub struct Roles;

pub(super) const RULE_BEFORE: &str = "role/title-before-name";
/// The relation type of a party membership, and its predicate.
pub(crate) const MEMBER_OF: &str = "member_of";
pub(crate) const MEMBER_OF_PREDICATE: &str = "member of";
const RULE_APPOSITIVE: &str = "role/appositive";

/// Words that end a title phrase when reading backwards from a name.
const STOP_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    // "Both President Roe and …", "either Senator Roe or …": the words a pair opens with.
    "both",
    "either",
    "neither",
    "by",
    "with",
    "said",
    "says",
    "told",
    "to",
    "as",
    "from",
    "that",
    "'s",
    "’s",
    "but",
    "while",
    "when",
    "if",
    "because",
    "after",
    "before",
    "since",
    "then",
    "so",
    "on",
    "in",
    "at",
    "between",
    "no",
    "for",
    "time",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "during",
    "against",
    "without",
    "about",
    "than",
    "into",
    "through",
    "toward",
    "towards",
    "via",
    "despite",
    "amid",
    "alongside",
    "behind",
    "unlike",
    // "What President Roe wants", "Why Senator Roe left": a question word opens a clause.
    "what",
    "why",
    "how",
    "where",
    "whether",
];

impl Extractor for Roles {
    fn id(&self) -> &'static str {
        "role"
    }

    fn description(&self) -> &'static str {
        "Titles next to person names (before the name, or in an appositive after it) as holds_role relations with the organization or country; a party noun alone ('Republican Jim Beck') as member_of."
    }

    fn extract(&self, ctx: &DocContext<'_>, out: &mut Extraction) {
        // ("Committee Chair Sen. Roe" found inside a capitalised name: two posts.)
        let relations = std::mem::take(&mut out.relations);
        out.relations = relations
            .into_iter()
            .flat_map(|r| with_stacked_office(ctx, r))
            .collect();
        // (person mention, title) pairs already found inside capitalised names.
        let existing: Vec<(usize, String)> = out
            .relations
            .iter()
            .filter(|r| r.predicate == "holds_role")
            .filter_map(|r| title_key(r).map(|t| (r.subject, t)))
            .collect();
        let mut found = Vec::new();
        for (m, mention) in out.mentions.iter().enumerate() {
            if mention.entity_type != EntityType::Person {
                continue;
            }
            let s = mention.sentence;
            let toks = &ctx.sentences[s].tokens;
            let Some(first) = toks.iter().position(|t| t.span.start == mention.span.start) else {
                continue;
            };
            let Some(last) = toks.iter().position(|t| t.span.end == mention.span.end) else {
                continue;
            };
            // A person may hold several roles ("Sen. Jane Roe, the top Republican on …").
            let before = title_before(ctx, out, s, first, m)
                .into_iter()
                .flat_map(|role| with_stacked_office(ctx, role));
            for role in before.chain(appositives_after(ctx, out, s, last, m)) {
                let title = title_key(&role).unwrap_or_default();
                // ("Police Chief Jane Roe": "Chief" is a part of the title found already.)
                let known = existing
                    .iter()
                    .any(|(p, t)| *p == m && (*t == title || ends_with_title(t, &title)));
                if !known {
                    found.extend(as_membership(ctx, role));
                }
            }
        }
        // ("Police Chief Jane Roe": a title found inside the name, "Chief", gives way to the
        // whole one found here.)
        let longer: Vec<(usize, String)> = found
            .iter()
            .filter_map(|r| title_key(r).map(|t| (r.subject, t)))
            .collect();
        out.relations.retain(|r| {
            r.predicate != "holds_role"
                || title_key(r).is_none_or(|title| {
                    !longer
                        .iter()
                        .any(|(p, t)| *p == r.subject && ends_with_title(t, &title))
                })
        });
        out.relations.extend(found);
    }
}

/// A role whose title only tells a party as that membership: "Republican Jim Beck", "Ohio
/// Democrat Ann Lee", "Jim Beck, a moderate Republican" are members of a party, which is no
/// position ("top Democrat" is a listed title; "Republican Sen." ends in a title).
/// Only a home state or plain adjectives may stand before the party's noun; a former member
/// is none, and other words leave a title that was read wrong ("leaving the Republican"):
/// neither is kept.
pub(crate) fn as_membership(
    ctx: &DocContext<'_>,
    mut role: RelationMention,
) -> Option<RelationMention> {
    let Arg::Literal(title) = &role.object else {
        return Some(role);
    };
    let party_noun = |word: &str| ctx.ontology.party_members.contains(&word.to_lowercase());
    let (before, last) = title.rsplit_once(' ').unwrap_or(("", title));
    // ("Republicans Roe and Lee": each is a Republican.)
    let party = match last.strip_suffix('s') {
        Some(one) if party_noun(one) => one,
        _ if party_noun(last) => last,
        _ => return Some(role),
    };
    if title.contains(' ') && ctx.ontology.is_title(title) {
        return Some(role);
    }
    let describes = |(k, w): (usize, &str)| {
        let lw = w.to_lowercase();
        w.starts_with(char::is_uppercase)
            || (k == 0 && matches!(lw.as_str(), "a" | "an" | "the"))
            || (ctx.ontology.common_words.contains(lw.as_str())
                && !ctx.ontology.verbs.contains_key(lw.as_str())
                && !ctx.ontology.title_modifiers.contains(lw.as_str())
                && !super::relation::OBJECT_STOP.contains(&lw.as_str()))
    };
    if title.contains(' ') && !before.split(' ').enumerate().all(describes) {
        return None;
    }
    let party = party.to_string();
    role.predicate = MEMBER_OF_PREDICATE.to_string();
    role.relation_type = MEMBER_OF.to_string();
    role.object = Arg::Literal(party);
    role.qualifiers.clear();
    Some(role)
}

/// A role's title in lower case, for comparing roles.
fn title_key(role: &RelationMention) -> Option<String> {
    match &role.object {
        Arg::Literal(t) => Some(t.to_lowercase()),
        _ => None,
    }
}

/// Whether title `longer` ends with the whole words of title `shorter`: "police chief" and
/// "chief", not "chief" and "chief" nor "mischief" and "chief".
fn ends_with_title(longer: &str, shorter: &str) -> bool {
    longer
        .strip_suffix(shorter)
        .is_some_and(|head| head.ends_with(' '))
}

/// The mention covering token `t` of sentence `s`, if any (none past the sentence's end).
fn mention_at(ctx: &DocContext<'_>, out: &Extraction, s: usize, t: usize) -> Option<usize> {
    let span = &ctx.sentences[s].tokens.get(t)?.span;
    out.mentions
        .iter()
        .position(|m| m.sentence == s && m.span.start <= span.start && span.end <= m.span.end)
}

fn is_of_kind(out: &Extraction, m: usize) -> bool {
    matches!(
        out.mentions[m].entity_type,
        EntityType::Organization | EntityType::Country
    )
}

/// The first token of a list of people ending at token `first`: "Jane Roe, John Doe and Ann
/// Poe", so a plural title before the list reaches every name in it.
fn list_start(ctx: &DocContext<'_>, out: &Extraction, s: usize, first: usize) -> usize {
    let toks = &ctx.sentences[s].tokens;
    let mut start = first;
    while start >= 2 && matches!(ctx.token(s, start - 1), "," | "and") {
        let Some(m) = mention_at(ctx, out, s, start - 2) else {
            break;
        };
        if out.mentions[m].entity_type != EntityType::Person {
            break;
        }
        match toks
            .iter()
            .position(|t| t.span.start == out.mentions[m].span.start)
        {
            // "her rivals Roe and Lee, Poe is …": "and" closed the list, so a name after the
            // comma that follows starts a clause of its own.
            Some(p) if ctx.token(s, start - 1) == "," && p > 0 && ctx.token(s, p - 1) == "and" => {
                break;
            }
            Some(p) if p < start => start = p,
            _ => break,
        }
    }
    start
}

/// `relation`, and when it is a role whose title stacks a post on an elected office, the
/// office's role after it ([`split_stacked_office`]).
fn with_stacked_office(
    ctx: &DocContext<'_>,
    mut relation: RelationMention,
) -> impl Iterator<Item = RelationMention> {
    let office = split_stacked_office(ctx, &mut relation);
    std::iter::once(relation).chain(office)
}

/// "Senate Budget Committee Chair Sen. Jane Roe": a title before an elected office's
/// abbreviation is a post of its own, of the body before it; the office is another. Cuts
/// `role` to the post and returns the office's role.
fn split_stacked_office(
    ctx: &DocContext<'_>,
    role: &mut RelationMention,
) -> Option<RelationMention> {
    if role.predicate != "holds_role" {
        return None;
    }
    let Arg::Literal(title) = &role.object else {
        return None;
    };
    let (post, office) = title.rsplit_once(' ')?;
    let abbreviation = office
        .strip_suffix('.')
        .is_some_and(|o| ELECTED_OFFICES.contains(&o.to_lowercase().as_str()));
    // ("Lt. Gov." is one title; "Republican Sen." a member's, whose party is no post.)
    let stacked = post.rsplit(' ').next().is_some_and(|w| {
        let lower = w.to_lowercase();
        w.starts_with(char::is_uppercase)
            && !w.ends_with('.')
            && ctx.ontology.is_title(&lower)
            && !ctx.ontology.party_members.contains(&lower)
    });
    if !abbreviation || !stacked || ctx.ontology.is_title(&title.to_lowercase()) {
        return None;
    }
    let office = office.to_string();
    let post = post.to_string();
    role.object = Arg::Literal(post);
    Some(RelationMention {
        object: Arg::Literal(office),
        qualifiers: BTreeMap::new(),
        ..role.clone()
    })
}

/// Elected offices a party's name before them does not own: "GOP Sen. Roe" is a senator of
/// the Senate, from the party.
pub(super) const ELECTED_OFFICES: &[&str] = &[
    "sen",
    "senator",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "gov",
    "governor",
    "mayor",
    "speaker",
    "assemblyman",
    "assemblywoman",
    "lawmaker",
    "legislator",
    "del",
    "delegate",
];

/// "Acme spokeswoman Jane Roe": title words right before the name (or before a list of names
/// for a plural title), up to a stop word, with an organization or country (possibly
/// possessive) before them. Also "the chairwoman of Acme, Jane Roe".
fn title_before(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    first: usize,
    person: usize,
) -> Option<RelationMention> {
    let toks = &ctx.sentences[s].tokens;
    let text = ctx.text();
    let name_first = first;
    let first = list_start(ctx, out, s, first);
    // "a Ruritanian government spokesman, Jane Roe": a comma between title and name is allowed.
    let mut end = if first > 0 && toks[first - 1].text(text) == "," {
        first - 1
    } else {
        first
    };
    let mut of = None;
    // "the chairwoman of Acme, Jane Roe": step back over "of ORG".
    if end < first
        && end > 0
        && let Some(m) = mention_at(ctx, out, s, end - 1)
        && is_of_kind(out, m)
        && let Some(m_first) = toks
            .iter()
            .position(|t| t.span.start == out.mentions[m].span.start)
        && m_first >= 2
        && matches!(ctx.token(s, m_first - 1), "of" | "for" | "at")
    {
        of = Some(m);
        end = m_first - 1;
    }
    if end == 0
        || toks[end - 1].kind != TokenKind::Word
        || !title_ends_at(ctx, s, end.saturating_sub(4), end - 1)
        // "too early to judge Roe": after "to" a lower-case title that is also a verb is the
        // verb ("spoke to President Roe" keeps its title).
        || (end >= 2
            && ctx.lower_token(s, end - 2) == "to"
            && ctx.token(s, end - 1).starts_with(char::is_lowercase)
            && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, end - 1))
                .is_some_and(|f| f.base))
    {
        return None;
    }
    let mut start = end - 1;
    let mut standing_before_name = None;
    while start > 0 && end - start < 5 {
        let i = start - 1;
        let w = ctx.lower_token(s, i);
        // "the 37-year-old champion": an age describes the person, it is no part of a title;
        // nor is the verb before it ("called President Roe").
        let verb = ctx.ontology.is_finite_verb(w) && standing(w).is_none();
        // "served under former President Roe", "who met President Roe"; but "Under Secretary
        // Roe" is a title and "The Who drummer Roe" a band's.
        let lower_case_stop = matches!(ctx.token(s, i), "under" | "who" | "whom");
        // "Only Gov. Roe voted no", "even President Roe", "Now Senator Roe", "Instead
        // President Roe read …": a focusing, time or linking adverb is no part of it.
        // ("USA Today reporter Roe": a capital inside the sentence names a show or paper.)
        let focusing = (i == 0 || ctx.token(s, i).starts_with(char::is_lowercase))
            && matches!(
                w,
                "only"
                    | "even"
                    | "just"
                    | "also"
                    | "now"
                    | "instead"
                    | "meanwhile"
                    | "however"
                    | "later"
                    | "today"
                    | "yesterday"
                    | "recently"
                    | "finally"
            );
        if toks[i].kind != TokenKind::Word
            || STOP_WORDS.contains(&w)
            || lower_case_stop
            || focusing
            || w.ends_with("-old")
            || verb
        {
            if (w == "'s" || w == "’s") && i > 0 && of.is_none() {
                of = mention_at(ctx, out, s, i - 1).filter(|&m| is_of_kind(out, m));
            }
            break;
        }
        if let Some(m) = mention_at(ctx, out, s, i) {
            // "GOP Sen. Roe", like "Republican Sen. Roe": a party before an elected office
            // tells the holder's side, not the body whose office it is.
            if out.mentions[m].names_party()
                && ELECTED_OFFICES.contains(&ctx.lower_token(s, end - 1).trim_end_matches('.'))
            {
                start = ctx.token_from(s, out.mentions[m].span.start);
                continue;
            }
            if is_of_kind(out, m)
                && of.is_none()
                && !nationality(ctx, out, m, ctx.lower_token(s, end - 1))
            {
                of = Some(m);
            }
            // "former Acme chief executive Roe", "Former Ohio Gov. Roe", "presumptive GOP
            // nominee Roe": a word of the title's standing before the name that splits it.
            standing_before_name = standing_before(ctx, s, &out.mentions[m]);
            break;
        }
        start = i;
    }
    // Only a plural title ("ministers Roe and Lee") reaches past the first name of a list,
    // and a plural title names a list ("analysts Gartner" is no person's role).
    let plural = is_plural_title(ctx, s, end - 1);
    let list_follows = toks
        .iter()
        .position(|t| t.span.start >= out.mentions[person].span.end)
        .is_some_and(|k| {
            matches!(ctx.token(s, k), "," | "and")
                && ctx.token(s, k + 1).starts_with(char::is_uppercase)
        });
    // "one of the rebel leaders, Roe": one of a group.
    let one_of = (start.saturating_sub(3)..start)
        .any(|k| ctx.token(s, k).eq_ignore_ascii_case("one") && ctx.token(s, k + 1) == "of");
    if (first < name_first && !ctx.token(s, end - 1).ends_with('s'))
        || (plural && first == name_first && !list_follows && !one_of)
    {
        return None;
    }
    // A listed title ("Secretary of Defense") stays whole. Otherwise the title starts after
    // the last connecting word or verb ("a pet project of President Roe", "urged them to help
    // President Roe", "and Senator Roe"), and before a capitalised title after the last
    // lower-case word that is no title modifier ("former President Roe" keeps "former").
    let listed = |start: usize| {
        ctx.ontology
            .is_title(&text[toks[start].span.start..toks[end - 1].span.end])
    };
    let connecting = |k: usize| {
        let w = ctx.lower_token(s, k);
        STOP_WORDS.contains(&w)
            || matches!(w, "of" | "including" | "over" | "like" | "among")
            || ctx.ontology.verbs.get(w).is_some_and(|f| !f.also_noun)
            // ("On Monday President Roe": a day or a month says when, before the title.)
            || crate::text::WEEKDAYS.contains(&w)
            || crate::text::MONTHS.contains(&w)
    };
    // "ex-National Security Adviser Roe": "ex-" joined to the title's first word is "former".
    let ex_prefixed = |k: usize| {
        ctx.token(s, k)
            .strip_prefix("ex-")
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    };
    let lower_case_word = |k: usize| {
        let w = ctx.token(s, k);
        w.starts_with(char::is_lowercase)
            && !ex_prefixed(k)
            && !ctx.ontology.title_modifiers.contains(ctx.lower_token(s, k))
    };
    let scanned_start = start;
    // ("deputy chief of staff Roe": not at the "of" inside a listed title.)
    let core = (start..end).find(|&k| listed(k));
    if !listed(start)
        && let Some(k) = (start..end - 1)
            .rev()
            .find(|&k| connecting(k) && core.is_none_or(|core| k < core))
    {
        start = k + 1;
    }
    if ctx.token(s, end - 1).starts_with(char::is_uppercase)
        && !listed(start)
        && let Some(k) = (start..end - 1)
            .rev()
            .find(|&k| lower_case_word(k) && core.is_none_or(|core| k < core))
    {
        start = k + 1;
    }
    // "the brilliant young forward Roe": before a lower-case title only title modifiers and
    // names ("Agriculture minister", "former Acme chairman") stay.
    // ("associate deputy attorney general Roe": a lower-case title word stacked on it stays;
    // "fellow comedian Roe" is a peer's, no title.)
    // ("Ruritania union leader Roe", "Acme sales chief Roe": right after the body's name the
    // words name a part of it, and the post is in that part, so they stay.)
    let owner_right_before =
        of.is_some_and(|m| ctx.token_from(s, out.mentions[m].span.end) == scanned_start);
    if ctx.token(s, end - 1).starts_with(char::is_lowercase)
        && !listed(start)
        && !owner_right_before
        && let Some(core) = (start..end).find(|&k| listed(k))
        && let Some(k) = (start..core).rev().find(|&k| {
            let w = ctx.lower_token(s, k);
            lower_case_word(k) && (w == "fellow" || !ctx.ontology.titles.contains(w))
        })
    {
        start = k + 1;
    }
    // "After a meeting with Ruritania's president, Roe signed …": past a comma the title
    // names the person only in apposition ("…'s spokesman, Jane Roe, said").
    let comma_between = end < first;
    let closes = toks
        .iter()
        .position(|t| t.span.start >= out.mentions[person].span.end)
        .is_none_or(|k| matches!(ctx.token(s, k), "," | "." | ";"));
    if comma_between && !closes {
        return None;
    }
    // "so-called terrorism expert Roe": a title the writer disowns is no post held.
    if (scanned_start.saturating_sub(1)..end).any(|k| {
        matches!(
            ctx.lower_token(s, k),
            "so-called" | "self-styled" | "supposed"
        )
    }) {
        return None;
    }
    let ex = ex_prefixed(start);
    let title_from = toks[start].span.start + if ex { "ex-".len() } else { 0 };
    let mut title = text[title_from..toks[end - 1].span.end].to_string();
    // "succeeded his father Kim Roe": a relative is no title ("Father Roe" is a priest's).
    if KINSHIP.contains(&title.as_str()) {
        return None;
    }
    // "married her longtime partner, Jo Roe", "his former rival Jo Roe": right after a
    // possessive determiner a partner is a companion and a rival or a challenger an
    // opponent, the owner's, no post ("his business partner Jo Roe", "Acme partner Jo Roe"
    // work together; "Democratic challenger Jo Roe" runs for office); and a fellow is a peer
    // ("his fellow Missourians"; "senior fellow Jo Roe" holds a post).
    // ("her remaining presidential rivals Roe and Lee": an opponent whatever describes it.)
    let bare_title = title.strip_prefix("former ").unwrap_or(&title);
    let last_word = bare_title.rsplit(' ').next().unwrap_or(bare_title);
    let opponent = matches!(
        last_word.strip_suffix('s').unwrap_or(last_word),
        "rival" | "challenger"
    );
    // ("Unlike rivals Roe and Lee": a bare rival is an opponent whoever's it is.)
    if matches!(bare_title, "rival" | "rivals") {
        return None;
    }
    if (opponent || matches!(bare_title, "partner" | "fellow")) && {
        let mut k = start;
        while k > 0
            && (matches!(
                ctx.lower_token(s, k - 1),
                "longtime" | "long-time" | "life" | "former" | "main" | "chief" | "old"
            ) || (opponent
                && start - k < 3
                && ctx.token(s, k - 1).starts_with(char::is_lowercase)
                && !STOP_WORDS.contains(&ctx.lower_token(s, k - 1))))
        {
            k -= 1;
        }
        k > 0
            && matches!(
                ctx.lower_token(s, k - 1),
                "his" | "her" | "their" | "my" | "our" | "your"
            )
    } {
        return None;
    }
    // "Roe's former campaign chairman Lee", "then-Democratic Rep. Lee": a title cut after
    // "former" or "then-" is still a former one.
    // ("ousted former House Majority Leader Roe": once, where the title holds it already.)
    let standing_word = standing_before_name.or_else(|| {
        ((scanned_start..start).any(|k| standing(ctx.lower_token(s, k)) == Some("former")) || ex)
            .then_some("former")
    });
    if let Some(word) = standing_word
        && !title
            .split_whitespace()
            .next()
            .is_some_and(|first| first.eq_ignore_ascii_case(word))
    {
        title.insert_str(0, &format!("{word} "));
    }
    Some(role(
        person,
        title,
        of,
        toks[start].span.start..out.mentions[person].span.end,
        RULE_BEFORE,
    ))
}

/// Nouns for a country's own arms and offices: a post in "the Ruritanian embassy" or over
/// "Ruritanian troops" is the country's.
const STATE_BODIES: &[&str] = &[
    "embassy",
    "consulate",
    "mission",
    "delegation",
    "government",
    "military",
    "army",
    "navy",
    "troops",
    "forces",
    "police",
];

/// Prepositions after a participle that make it open a phrase describing the noun before it:
/// "appointed by", "based in".
const PARTICIPLE_PREPOSITIONS: &[&str] = &[
    "by", "in", "at", "to", "for", "from", "with", "as", "on", "near",
];

/// Whether mention `m`, a country written as its demonym before the title word `title`
/// ("the Tarsk lawyer", "Tarskian actors"), tells only the holder's nationality: the title
/// names a trade, which no country confers.
fn nationality(ctx: &DocContext<'_>, out: &Extraction, m: usize, title: &str) -> bool {
    let trades = &ctx.ontology.trades;
    out.mentions[m].entity_type == EntityType::Country
        && ctx
            .ontology
            .is_demonym(&ctx.text()[out.mentions[m].span.clone()])
        && (trades.contains(title) || title.strip_suffix('s').is_some_and(|t| trades.contains(t)))
}

/// The standing a word before a title gives it, as written on the title: "former" (also for a
/// "then-" word, "then-Democratic"), held no more; "presumptive", "acting" or "interim", held
/// in part.
fn standing(lower: &str) -> Option<&'static str> {
    match lower {
        // ("ousted campaign manager Roe": one removed holds it no more.)
        "former" | "ousted" => Some("former"),
        "presumptive" => Some("presumptive"),
        "acting" => Some("acting"),
        "interim" => Some("interim"),
        _ => lower.starts_with("then-").then_some("former"),
    }
}

/// "former Acme chief executive Roe", "Former Ohio Gov. Roe", "then-Ohio Sen. Roe", "acting
/// Acme chief Roe": the title's standing stands before `organization`, the name that splits
/// it; it is put back at the title's head ("former chief executive").
pub(crate) fn keep_standing_before(
    ctx: &DocContext<'_>,
    s: usize,
    organization: &EntityMention,
    title: &mut String,
) {
    if let Some(word) = standing_before(ctx, s, organization) {
        title.insert_str(0, &format!("{word} "));
    }
}

/// The standing ([`standing`]) the word right before `name`, or before the title modifiers
/// there, gives a title that `name` splits.
fn standing_before(ctx: &DocContext<'_>, s: usize, name: &EntityMention) -> Option<&'static str> {
    let mut k = ctx.token_from(s, name.span.start).checked_sub(1)?;
    // "Former senior Ruritanian diplomat Roe": past title modifiers to the standing word.
    for _ in 0..2 {
        let w = ctx.lower_token(s, k);
        if standing(w).is_some() || k == 0 || !ctx.ontology.title_modifiers.contains(w) {
            break;
        }
        k -= 1;
    }
    standing(ctx.lower_token(s, k))
}

/// "Jane Roe, the chief executive of Acme," / "Jane Roe, Ruritania's foreign minister," /
/// "Jane Roe of Ohio, the top Republican on …" / "Jane Roe, Republican of Ohio, a founder of
/// …" (each appositive in a chain is a role).
fn appositives_after(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    last: usize,
    person: usize,
) -> Vec<RelationMention> {
    let toks = &ctx.sentences[s].tokens;
    let text = ctx.text();
    let mut roles = Vec::new();
    let mut at = last + 1;
    // "Jane Roe of Ohio, …": skip a home state after the name.
    if toks.get(at).is_some_and(|t| t.text(text) == "of")
        && let Some(m) = mention_at(ctx, out, s, at + 1)
    {
        at = toks
            .iter()
            .position(|t| t.span.end == out.mentions[m].span.end)
            .map_or(at, |e| e + 1);
    }
    let mut asides = 0;
    while roles.len() < 3 && toks.get(at).is_some_and(|t| t.text(text) == ",") {
        if let Some((role, next)) = appositive_at(ctx, out, s, at + 1, person) {
            roles.push(role);
            // On to the comma that ends this appositive (past its own "of X").
            at = (next..toks.len().min(next + 8))
                .find(|&k| matches!(ctx.token(s, k), "," | "." | ";"))
                .unwrap_or(toks.len());
            continue;
        }
        // "Jane Roe, D-Ohio, the …": one short aside between commas may come first; not a
        // clause ("Roe, saying Lee, a senator, …": the senator is Lee).
        let clause = |k: usize| {
            let w = ctx.lower_token(s, k);
            (w.ends_with("ing") && w.starts_with(char::is_lowercase))
                || super::relation::finite_or_auxiliary(ctx, w)
                || mention_at(ctx, out, s, k)
                    .is_some_and(|m| out.mentions[m].entity_type == EntityType::Person)
        };
        match (at + 1..toks.len().min(at + 5)).find(|&k| ctx.token(s, k) == ",") {
            Some(c) if roles.is_empty() && asides == 0 && !(at + 1..c).any(clause) => {
                asides += 1;
                at = c;
            }
            _ => break,
        }
    }
    roles
}

/// One appositive starting at token `i`; returns the role and the token after its title.
fn appositive_at(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    mut i: usize,
    person: usize,
) -> Option<(RelationMention, usize)> {
    let toks = &ctx.sentences[s].tokens;
    let text = ctx.text();
    // "Roe, perhaps the one aide who …", "Roe, arguably the best striker": a hedged
    // description is the writer's judgement, no position held; "Roe, not the president,"
    // sets another person apart.
    // ("Roe, among other Acme officials, …": one of a group, which names no post.)
    if matches!(
        ctx.lower_token(s, i),
        "perhaps" | "arguably" | "possibly" | "probably" | "maybe" | "not" | "among"
    ) {
        return None;
    }
    // "Roe, currently a director of Acme": an adverb before the title is no part of it.
    if toks.get(i).is_some_and(|t| {
        let w = t.text(text);
        (w.ends_with("ly") && w.starts_with(char::is_lowercase) && !ctx.ontology.is_title(w))
            || matches!(w, "now" | "also" | "still" | "then" | "once")
    }) {
        i += 1;
    }
    let bare_start = i;
    if matches!(ctx.lower_token(s, i), "the" | "a" | "an") {
        i += 1;
    }
    let mut of = None;
    // Whether `of` is a name modifying the title rather than its owner: "a Syria analyst".
    let mut of_modifies = false;
    // "Ruritania's foreign minister": the possessive names the organization or country.
    if let Some(m) = toks.get(i).and_then(|_| mention_at(ctx, out, s, i))
        && is_of_kind(out, m)
    {
        of = Some(m);
        while i < toks.len() && mention_at(ctx, out, s, i) == Some(m) {
            i += 1;
        }
        // ("the Liberal Democrats' spokesman": or an apostrophe alone.)
        if i < toks.len() && possessive_mark(ctx, s, i) {
            i += 1;
        } else {
            of_modifies = true;
        }
    }
    // "Roe, the senator's former chief of staff", "Roe, Tarsk's secretary of state": the
    // owner of the title, when no organization or country, is no part of it either.
    // (The mark may be a token of its own or end the owner's word.)
    // ("a journalist who's a frequent guest": "'s" after a pronoun is "is".)
    let owner_end = |k: usize| {
        let w = ctx.token(s, k);
        (matches!(w, "'s" | "’s")
            && !(k > 0
                && matches!(
                    ctx.lower_token(s, k - 1),
                    "who" | "it" | "that" | "he" | "she" | "there" | "what" | "here"
                )))
            || (k == i && (w.ends_with("'s") || w.ends_with("’s")))
    };
    // ("Roe, and Lee's top aide, …": "and" opens another person, not an owner.)
    // Whether the owner is a thing, no name: "the bill's author".
    let mut owned_by_thing = false;
    if of.is_none()
        && let Some(p) = (i..(i + 3).min(toks.len())).find(|&k| owner_end(k))
        && (i..p.max(i + 1)).all(|k| {
            toks[k].kind == TokenKind::Word && !STOP_WORDS.contains(&ctx.lower_token(s, k))
        })
    {
        owned_by_thing = (i..p.max(i + 1)).all(|k| {
            let w = ctx.token(s, k);
            w.starts_with(char::is_lowercase) && !ctx.ontology.is_title(&w.to_lowercase())
        });
        i = p + 1;
    }
    let title_start = i;
    // "Roe, after a dozen officers were charged, …": a preposition or conjunction opens a
    // phrase or clause, not a title.
    // ("Roe, who ran unopposed, could win the general election": nor does an auxiliary.)
    // ("Roe, along with Lee's spokesman, …", "Roe and Lee, both former senators, …": nor
    // "along" nor a word that counts a group.)
    if i < toks.len() && {
        let w = ctx.lower_token(s, i);
        STOP_WORDS.contains(&w)
            || matches!(
                w,
                "of" | "including" | "over" | "along" | "both" | "all" | "each" | "like"
            )
            || super::relation::is_auxiliary(w)
    } {
        return None;
    }
    // "Roe, asked by a reporter, said": a participle opens a clause, not a title; so does an
    // -ing form before a preposition or an article ("Roe, standing alongside the mayor,";
    // but "Roe, managing director of Acme", "Roe, acting head of Acme").
    // (Past the sentence's end the token is "", no verb.)
    // ("…, spoke with the president": a past form that is also a noun, "spoke", does too.)
    let form = ctx.ontology.verbs.get(ctx.lower_token(s, i));
    if form.is_some_and(|f| (f.past || f.participle) && !f.also_noun)
        || (form.is_some_and(|f| f.past || ctx.lower_token(s, i).ends_with("ing"))
            && matches!(
                ctx.lower_token(s, i + 1),
                "alongside"
                    | "beside"
                    | "behind"
                    | "next"
                    | "with"
                    | "at"
                    | "in"
                    | "on"
                    | "to"
                    | "by"
                    | "near"
                    | "outside"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
            ))
    {
        return None;
    }
    // The title: words up to a comma, a preposition, or the sentence end; it must end with a
    // title word.
    let mut title_end = None;
    while i < toks.len() && i < title_start + 6 {
        let t = &toks[i];
        // ("chief of staff", "secretary of state": a listed title runs on past its "of", but
        // not into a body's name, "secretary of Health and Human Services", which is `of`.)
        if t.text(text) == "of"
            && let Some(end) = (i + 1..(i + 4).min(toks.len())).find(|&j| {
                (title_start..i).any(|k| {
                    ctx.ontology
                        .is_title(&text[toks[k].span.start..toks[j].span.end])
                })
            })
            && mention_at(ctx, out, s, end)
                .is_none_or(|m| out.mentions[m].span.end <= toks[end].span.end)
        {
            title_end = Some(end);
            i = end + 1;
            continue;
        }
        if t.kind != TokenKind::Word
            || matches!(
                t.text(text),
                "of" | "for" | "at" | "in" | "on" | "from" | "who" | "which"
            )
        {
            break;
        }
        if title_ends_at(ctx, s, title_start, i) {
            title_end = Some(i);
        }
        i += 1;
    }
    let title_end = title_end?;
    // "Roe, a fellow Texan": before a capitalised word "fellow" means one of the same kind.
    if ctx.lower_token(s, title_end) == "fellow"
        && toks.get(title_end + 1).is_some_and(|t| {
            t.kind == TokenKind::Word && t.text(text).starts_with(char::is_uppercase)
        })
    {
        return None;
    }
    // "Roe, a major Democratic Party donor", "a private citizen": in lower case before
    // another word of the phrase, a rank is an adjective ("a major in the army" holds one).
    if matches!(ctx.token(s, title_end), "major" | "private")
        && toks.get(title_end + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !matches!(
                    t.text(text),
                    "of" | "for" | "at" | "in" | "on" | "from" | "who" | "with"
                )
        })
    {
        return None;
    }
    // "…meeting Ms Roe, the prince said": a verb right after the title makes it the subject
    // of the next clause, not an apposition; but a participle opening a phrase describes the
    // title's holder ("Roe, the attorney appointed by Lee", "a lawyer based in Oskol", "a
    // lawyer granted immunity").
    let next = ctx.lower_token(s, title_end + 1);
    let participle_phrase = || {
        ctx.ontology.verbs.get(next).is_some_and(|f| f.participle) && {
            let after = ctx.token(s, title_end + 2);
            PARTICIPLE_PREPOSITIONS.contains(&after)
                || (after.starts_with(char::is_lowercase)
                    && toks
                        .get(title_end + 2)
                        .is_some_and(|t| t.kind == TokenKind::Word)
                    && !STOP_WORDS.contains(&after)
                    && !matches!(
                        after,
                        "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "him"
                            | "them"
                            | "that"
                    ))
        }
    };
    // ("Mr Roe, Acme's chief executive said": at the clause's start, the name is the verb's
    // subject and the comma that should close the apposition is missing.)
    let opens_clause = || {
        let mut person_first = ctx.token_from(s, out.mentions[person].span.start);
        while person_first > 0
            && ctx
                .ontology
                .honorifics
                .contains(ctx.lower_token(s, person_first - 1).trim_end_matches('.'))
        {
            person_first -= 1;
        }
        person_first == 0 || is_quote_mark(ctx, s, person_first - 1)
    };
    if super::relation::finite_or_auxiliary(ctx, next) && !participle_phrase() && !opens_clause() {
        return None;
    }
    // "Roe, saying she was the only candidate, …", "Roe, representing Tarsk officials, …": an
    // -ing form right after the comma opens a clause when a name, a pronoun or a function
    // word stands between it and the title. ("Roe, supervising attorney", "Roe, a leading
    // expert": an -ing form before the title's nouns, or after an article, is an adjective.)
    if title_start == bare_start
        && form.is_some()
        && ctx.lower_token(s, title_start).ends_with("ing")
        && (title_start + 1..=title_end).any(|k| {
            let w = ctx.lower_token(s, k);
            toks[k].text(text).starts_with(char::is_uppercase)
                || STOP_WORDS.contains(&w)
                || matches!(w, "he" | "she" | "they" | "it" | "we" | "off" | "up" | "out")
        })
        // ("ranking Republican": unless a listed title starts with it.)
        && !(title_start..=title_end).any(|k| {
            ctx.ontology
                .is_title(&text[toks[title_start].span.start..toks[k].span.end])
        })
    {
        return None;
    }
    // "Roe, Trade Minister Ana Lee and …": a title before another person's name is that
    // person's, in a list of people rather than an apposition; and "Roe, Tom Duke and
    // others" lists a person whose name ends in a title word.
    let person_at = |k: usize| {
        mention_at(ctx, out, s, k).filter(|&m| out.mentions[m].entity_type == EntityType::Person)
    };
    // (A mistyped "State Minister" is no such name: it opens with a given name.)
    let opens_with_given_name = |m: usize| {
        text[out.mentions[m].span.clone()]
            .split_whitespace()
            .next()
            .is_some_and(|first| ctx.ontology.given_names.contains(first))
    };
    // ("As for Roe, Bishop said": a title word that is the family name of a person named
    // in full elsewhere is that person, no apposition.)
    let family_name = |m: usize| out.mentions[m].rule == crate::extract::entity::RULE_NAME_PART;
    if person_at(title_end + 1).is_some()
        || person_at(title_end).is_some_and(|m| opens_with_given_name(m) || family_name(m))
    {
        return None;
    }
    // "CES, with tiny, wearable MP3 players": a plural is no one person's title.
    if is_plural_title(ctx, s, title_end) {
        return None;
    }
    // "Roe, a Tarsk lawyer,": a demonym before a trade tells a nationality.
    if of_modifies && of.is_some_and(|m| nationality(ctx, out, m, ctx.lower_token(s, title_end))) {
        of = None;
    }
    // "a Syria analyst at the Tarsk Institute": a name modifying the title says what the
    // work is on; the body after the title is the title's.
    if (of.is_none() || of_modifies)
        && matches!(
            toks.get(title_end + 1).map(|t| t.text(text)),
            Some("of" | "for" | "at" | "on")
        )
    {
        let the = toks
            .get(title_end + 2)
            .is_some_and(|t| t.text(text).eq_ignore_ascii_case("the"));
        // ("head of France's central bank": a country that owns the body headed is no body
        // of the title's own; "director of Acme's lab" keeps Acme. Nor is a demonym before
        // the noun it describes: "a historian of American political discourse".)
        let body = mention_at(ctx, out, s, title_end + 2 + usize::from(the)).filter(|&m| {
            let after = ctx.token(s, ctx.token_from(s, out.mentions[m].span.end));
            is_of_kind(out, m)
                && !(out.mentions[m].entity_type == EntityType::Country
                    && (matches!(after, "'s" | "’s")
                        || (after.starts_with(char::is_lowercase)
                            && !STATE_BODIES.contains(&after.to_lowercase().as_str())
                            && ctx.ontology.is_demonym(&text[out.mentions[m].span.clone()]))))
        });
        of = body.or(of);
    }
    // "Roe, a major Republican donor and CEO of Acme": a description joined to a title by
    // "and" is no part of it ("president and chief executive" is two titles, kept whole).
    // "Roe, a so-called expert": a title the writer disowns is no post held.
    if (bare_start..=title_end).any(|k| {
        matches!(
            ctx.lower_token(s, k),
            "so-called" | "self-styled" | "supposed"
        )
    }) {
        return None;
    }
    // A description is a noun phrase of its own: two words or more, or an article after
    // "and" ("foreign policy and defense analyst", "operations and safety editor" join
    // modifiers of one noun; "former Treasury and White House official", two bodies').
    let title_start = (title_start + 1..title_end)
        .rev()
        .find(|&k| ctx.lower_token(s, k) == "and")
        .filter(|&and| !title_ends_at(ctx, s, title_start, and - 1))
        .and_then(|and| {
            let article = matches!(ctx.lower_token(s, and + 1), "a" | "an" | "the");
            let described = ctx.lower_token(s, and - 1);
            (article
                || (and - title_start >= 2
                    && !described.ends_with("cy")
                    && !super::entity::ends_like_common_noun(described.trim_end_matches('s'))))
            .then_some(and + 1 + usize::from(article))
        })
        .filter(|&k| {
            k <= title_end && {
                let w = ctx.token(s, k);
                w.starts_with(char::is_lowercase) || ctx.ontology.is_title(w)
            }
        })
        .unwrap_or(title_start);
    // "Roe, the bill's author": who wrote a thing, not a post held.
    if owned_by_thing
        && matches!(
            ctx.lower_token(s, title_end),
            "author" | "co-author" | "sponsor" | "co-sponsor" | "architect" | "creator"
        )
    {
        return None;
    }
    let title = text[toks[title_start].span.start..toks[title_end].span.end].to_string();
    let span = out.mentions[person].span.start..toks[title_end].span.end;
    Some((
        role(person, title, of, span, RULE_APPOSITIVE),
        title_end + 1,
    ))
}

/// Whether the title word at token `k` is a plural ("leaders", "analysts") rather than a
/// title of its own ("Hercules", "boss").
fn is_plural_title(ctx: &DocContext<'_>, s: usize, k: usize) -> bool {
    let w = ctx.lower_token(s, k);
    !ctx.ontology.is_title(w)
        && w.strip_suffix('s')
            .is_some_and(|singular| ctx.ontology.is_title(singular))
}

/// Some title phrase ("chief executive", "minister") ends at token `end`, starting no earlier
/// than `from`.
fn title_ends_at(ctx: &DocContext<'_>, s: usize, from: usize, end: usize) -> bool {
    // Each phrase is the one after it with a word put before: grown from the end in one
    // string, where lowering and joining every phrase anew was a fiftieth of a build.
    let mut phrase = String::new();
    (from..=end).rev().any(|a| {
        if a < end {
            phrase.insert(0, ' ');
        }
        phrase.insert_str(0, ctx.lower_token(s, a));
        // "rebel leaders", "presidential candidates": a plural title.
        ctx.ontology.is_title_or_plural(&phrase)
    })
}

fn role(
    person: usize,
    title: String,
    of: Option<usize>,
    span: std::ops::Range<usize>,
    rule: &'static str,
) -> RelationMention {
    let mut qualifiers = BTreeMap::new();
    if let Some(of) = of {
        qualifiers.insert("of".to_string(), Arg::Mention(of));
    }
    RelationMention {
        subject: person,
        predicate: "holds_role".to_string(),
        relation_type: "holds_role".to_string(),
        object: Arg::Literal(title),
        qualifiers,
        span,
        rule,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract_document;
    use crate::ingest::Document;
    use crate::ontology::Ontology;

    /// (subject, object, `of`) of each relation of `relation_type` in `text`.
    fn relations_of_type(text: &str, relation_type: &str) -> Vec<(String, String, Option<String>)> {
        let doc = Document::from_text("t", "t", text.to_string());
        let (_, out) = extract_document(&doc, Ontology::shipped());
        out.relations
            .iter()
            .filter(|r| r.relation_type == relation_type)
            .map(|r| {
                let name = |i: usize| doc.text[out.mentions[i].span.clone()].to_string();
                let title = match &r.object {
                    Arg::Literal(t) => t.clone(),
                    other => format!("{other:?}"),
                };
                let of = match r.qualifiers.get("of") {
                    Some(Arg::Mention(i)) => Some(name(*i)),
                    _ => None,
                };
                (name(r.subject), title, of)
            })
            .collect()
    }

    fn roles(text: &str) -> Vec<(String, String, Option<String>)> {
        relations_of_type(text, "holds_role")
    }

    /// (person, party) of each party membership the role rules found.
    fn memberships(text: &str) -> Vec<(String, String)> {
        relations_of_type(text, MEMBER_OF)
            .into_iter()
            .map(|(person, party, _)| (person, party))
            .collect()
    }

    /// Whether `person` holds `title` among roles `r`.
    fn holds(r: &[(String, String, Option<String>)], person: &str, title: &str) -> bool {
        r.iter().any(|(p, t, _)| p == person && t == title)
    }

    #[test]
    fn a_named_person_after_a_comma_is_listed_not_a_title() {
        let r = roles("The list names Jim Beck, Tom Duke and others.");
        assert!(!r.iter().any(|(p, _, _)| p == "Jim Beck"), "{r:?}");
        let r = roles("Ann Lee, State Minister, spoke.");
        assert!(holds(&r, "Ann Lee", "State Minister"), "{r:?}");
    }

    #[test]
    fn a_party_noun_alone_is_a_membership_not_a_title() {
        let text = "Prices rose. Republican Jim Beck and Ann Lee, an Ohio Democrat, spoke. \
                    Tom Hale, the top Democrat on the panel, and Republican Sen. Ed Pine left. \
                    Al Dunn, a former Republican, and Jo Kerr, nine months after leaving the \
                    Republican Party, stayed.";
        let r = roles(text);
        assert!(
            !r.iter().any(|(_, t, _)| t.ends_with("Republican")
                || (t.ends_with("Democrat") && t != "top Democrat")),
            "{r:?}"
        );
        assert!(holds(&r, "Tom Hale", "top Democrat"), "{r:?}");
        assert!(holds(&r, "Ed Pine", "Republican Sen."), "{r:?}");
        assert_eq!(
            memberships(text),
            [
                ("Jim Beck".to_string(), "Republican".to_string()),
                ("Ann Lee".to_string(), "Democrat".to_string())
            ]
        );
    }

    #[test]
    fn an_apostrophe_alone_after_a_plural_name_owns_the_title() {
        let r = roles("Prices rose. Tom Hale, Acme Industries' chief spokesman, spoke.");
        assert_eq!(
            r,
            [(
                "Tom Hale".to_string(),
                "chief spokesman".to_string(),
                Some("Acme Industries".to_string())
            )]
        );
    }

    #[test]
    fn a_relative_before_a_name_holds_no_title() {
        let r =
            roles("Prices rose. Jim Beck succeeded his father Tom Beck. Father Ed Pine prayed.");
        assert!(!r.iter().any(|(p, _, _)| p == "Tom Beck"), "{r:?}");
        assert!(holds(&r, "Ed Pine", "Father"), "{r:?}");
    }

    #[test]
    fn a_title_before_a_name_keeps_its_stacked_titles_and_drops_a_focusing_adverb() {
        let r = roles(
            "Prices rose. The associate deputy attorney general Jim Beck left. Only Gov. Ann Lee \
             voted no. The presumptive nominee Tom Hale spoke with fellow comedian Jo Kerr.",
        );
        assert!(
            holds(&r, "Jim Beck", "associate deputy attorney general"),
            "{r:?}"
        );
        assert!(holds(&r, "Ann Lee", "Gov."), "{r:?}");
        assert!(holds(&r, "Tom Hale", "presumptive nominee"), "{r:?}");
        assert!(holds(&r, "Jo Kerr", "comedian"), "{r:?}");
        // A linking adverb opening the sentence; but a capital inside it names a show.
        let r = roles("Instead President Jo Doe read the letter. He met Today host Ann Poe.");
        assert!(holds(&r, "Jo Doe", "President"), "{r:?}");
        assert!(holds(&r, "Ann Poe", "Today host"), "{r:?}");
    }

    #[test]
    fn an_appositive_title_runs_past_its_of_and_leaves_out_its_owner() {
        let r = roles(
            "Prices rose. Jim Beck, the senator’s former chief of staff, left. Ann Lee, Oskol's \
             secretary of state, stayed. Tom Hale, a journalist who's a frequent guest, spoke.",
        );
        assert!(holds(&r, "Jim Beck", "former chief of staff"), "{r:?}");
        assert!(holds(&r, "Ann Lee", "secretary of state"), "{r:?}");
        assert!(holds(&r, "Tom Hale", "journalist"), "{r:?}");
    }

    #[test]
    fn a_title_before_a_name_runs_past_the_of_inside_a_listed_title() {
        let r = roles("The team is run by deputy chief of staff Tom Hale and top aide Jim Beck.");
        assert!(holds(&r, "Tom Hale", "deputy chief of staff"), "{r:?}");
        assert!(holds(&r, "Jim Beck", "top aide"), "{r:?}");
    }

    #[test]
    fn a_title_cut_after_former_or_then_is_a_former_one() {
        let r = roles(
            "A judge delayed the sentencing of Acme's former team chairman Tom Hale. Ann Lee defeated then-Democratic Rep. Jim Beck.",
        );
        assert!(holds(&r, "Tom Hale", "former chairman"), "{r:?}");
        assert!(holds(&r, "Jim Beck", "former Rep."), "{r:?}");
        // ... or before the place the title is of.
        let r = roles("Former Texas Gov. Tom Hale met then-Ohio Sen. Ann Lee.");
        assert!(holds(&r, "Tom Hale", "former Gov."), "{r:?}");
        assert!(holds(&r, "Ann Lee", "former Sen."), "{r:?}");
        // A listed title with "of" inside stays whole after "former"; "Now" is no part of it.
        let r = roles(
            "Ann Lee met former Secretary of Defense Tom Hale. Now Secretary of State Jim Beck spoke.",
        );
        assert!(
            holds(&r, "Tom Hale", "former Secretary of Defense"),
            "{r:?}"
        );
        assert!(!holds(&r, "Tom Hale", "former Defense"), "{r:?}");
        assert!(holds(&r, "Jim Beck", "Secretary of State"), "{r:?}");
        // "Presumptive", "acting" and "interim" before the splitting name stay too.
        let r = roles(
            "Biden faulted Republicans, including presumptive GOP nominee Jo Doe, for the vote. The acting Acme Corp chief Ann Lee left.",
        );
        assert!(holds(&r, "Jo Doe", "presumptive nominee"), "{r:?}");
        assert!(holds(&r, "Ann Lee", "acting chief"), "{r:?}");
    }

    #[test]
    fn the_owner_of_the_body_an_appositive_title_heads_is_not_its_body() {
        let r = roles(
            "Tom Hale, head of France’s central bank, spoke. Ann Lee, the head of Acme Corp, left.",
        );
        assert!(
            r.iter().any(|x| x.0 == "Tom Hale" && x.2.is_none()),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|x| x.0 == "Ann Lee" && x.2.as_deref() == Some("Acme Corp")),
            "{r:?}"
        );
    }

    #[test]
    fn incumbent_describes_a_title_and_is_none_itself() {
        let r = roles(
            "Jim Beck leads Republican incumbent Tom Hale. Ann Lee faces incumbent Gov. Bo Ray.",
        );
        assert!(!r.iter().any(|x| x.0 == "Tom Hale"), "{r:?}");
        assert!(holds(&r, "Bo Ray", "incumbent Gov."), "{r:?}");
    }

    #[test]
    fn a_verb_opening_the_sentence_is_no_part_of_the_title() {
        let r = roles(
            "Calling President Jim Beck a friend, Ann Lee left. Marketing Director Tom Hale stayed.",
        );
        assert!(holds(&r, "Jim Beck", "President"), "{r:?}");
        assert!(holds(&r, "Tom Hale", "Marketing Director"), "{r:?}");
    }

    #[test]
    fn finds_lower_case_title_before_name() {
        let r = roles(
            "Officials met on Monday. Later, NATO spokeswoman Maria Lindqvist said talks would go on.",
        );
        assert!(
            r.contains(&(
                "Maria Lindqvist".into(),
                "spokeswoman".into(),
                Some("NATO".into())
            )),
            "{r:?}"
        );
    }

    #[test]
    fn a_title_after_and_is_another_persons() {
        let r = roles(
            "Officials met on Monday. Talks began between Oskol's trade minister, Jim Beck, and Tarsk's top trade negotiator, Ann Lee.",
        );
        assert!(!holds(&r, "Jim Beck", "top trade negotiator"), "{r:?}");
        assert!(holds(&r, "Jim Beck", "trade minister"), "{r:?}");
    }

    #[test]
    fn a_question_word_is_no_part_of_a_title() {
        let r = roles("Officials met on Monday. What President Jim Beck wants is unclear.");
        assert!(holds(&r, "Jim Beck", "President"), "{r:?}");
    }

    #[test]
    fn police_ranks_are_titles() {
        let r = roles(
            "Officials met on Monday. State Trooper Tom Hale and Detective Jane Roe said the road was shut.",
        );
        for (name, title) in [("Tom Hale", "Trooper"), ("Jane Roe", "Detective")] {
            assert!(
                r.iter().any(|x| x.0 == name && x.1.ends_with(title)),
                "{name}: {r:?}"
            );
        }
    }

    #[test]
    fn a_verb_after_to_is_no_title() {
        let r = roles(
            "It is too early to judge Tom Hale, Jane Roe said. She spoke to President Ann Lee.",
        );
        assert!(r.iter().all(|(p, _, _)| p != "Tom Hale"), "{r:?}");
        assert!(r.iter().any(|(p, _, _)| p == "Ann Lee"), "{r:?}");
    }

    #[test]
    fn listed_titles_of_several_words_stay_whole() {
        let r = roles(
            "Japan's Chief Cabinet Secretary, Tom Hale, spoke. Ann Lee charged Jo Doe, the leader of the opposition. Presumptive nominee Jim Beck won.",
        );
        assert!(holds(&r, "Tom Hale", "Chief Cabinet Secretary"), "{r:?}");
        assert!(holds(&r, "Jo Doe", "leader of the opposition"), "{r:?}");
        assert!(holds(&r, "Jim Beck", "Presumptive nominee"), "{r:?}");
    }

    #[test]
    fn a_past_form_that_is_also_a_noun_after_a_comma_opens_a_clause() {
        let r = roles(
            "Jim Beck, the co-chair of the group Acme Action, spoke with the president. Tom Hale, R-Neb., accused the president.",
        );
        assert!(holds(&r, "Jim Beck", "co-chair"), "{r:?}");
        assert!(
            r.iter()
                .all(|x| !x.1.starts_with("spoke") && !x.1.starts_with("accused")),
            "{r:?}"
        );
    }

    #[test]
    fn a_hedge_before_a_title_stays_in_it() {
        let r =
            roles("The party backed its likely nominee Jill Roe and the would-be mayor Tom Hale.");
        assert!(holds(&r, "Jill Roe", "likely nominee"), "{r:?}");
        assert!(holds(&r, "Tom Hale", "would-be mayor"), "{r:?}");
    }

    #[test]
    fn an_ousted_campaign_manager_held_the_whole_title_before() {
        let r = roles(
            "The firm of ousted campaign manager Tom Hale was paid. Jo Doe is the campaign chairman.",
        );
        assert!(holds(&r, "Tom Hale", "former campaign manager"), "{r:?}");
    }

    #[test]
    fn a_partner_after_a_possessive_is_a_companion() {
        let r = roles(
            "Ann Lee married her longtime partner, Jo Doe, last year. His business partner Tom Hale left.",
        );
        assert!(r.iter().all(|x| x.0 != "Jo Doe"), "{r:?}");
        assert!(r.iter().any(|x| x.0 == "Tom Hale"), "{r:?}");
    }

    #[test]
    fn a_hedged_apposition_holds_no_title() {
        let r = roles(
            "Jim Beck, perhaps the one presidential aide who cannot be fired, left. Tom Hale, arguably the best striker in Oskol, scored.",
        );
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn an_apposition_setting_another_apart_holds_no_title() {
        let r = roles("Prices rose. The plan came from Jim Beck, not the president.");
        assert!(r.is_empty(), "{r:?}");
        let r =
            roles("Prices rose. The claim was repeated by Jim Beck, among other Acme officials.");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn a_fellow_before_a_capitalised_word_is_one_of_a_kind() {
        let r = roles("Prices rose. Jim Beck, a fellow Texan, left.");
        assert!(r.is_empty(), "{r:?}");
        let r = roles("Prices rose. Jim Beck, a fellow at the Tarsk Institute, left.");
        assert!(holds(&r, "Jim Beck", "fellow"), "{r:?}");
    }

    #[test]
    fn a_fellow_after_a_possessive_is_a_peer() {
        let r = roles("Prices rose. Today his fellow Jim Beck urged him to go.");
        assert!(r.is_empty(), "{r:?}");
        let r = roles("Prices rose. Senior fellow Jim Beck spoke.");
        assert!(holds(&r, "Jim Beck", "Senior fellow"), "{r:?}");
    }

    #[test]
    fn ex_joined_to_a_title_makes_it_former() {
        let r = roles("Prices rose. Tarsk criticized ex-Defence Minister Ann Berg.");
        assert!(holds(&r, "Ann Berg", "former Defence Minister"), "{r:?}");
    }

    #[test]
    fn a_bare_rival_holds_no_title() {
        let r = roles("Prices rose. Unlike rivals Tom Hale and Jim Beck, Ann Lee stayed.");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn a_liaison_is_a_title() {
        let r = roles("Jim Beck, the Acme Corp's chief legislative liaison, spoke.");
        assert!(holds(&r, "Jim Beck", "chief legislative liaison"), "{r:?}");
    }

    #[test]
    fn a_demonym_before_a_trade_tells_a_nationality() {
        let r = roles(
            "The Russian lawyer, Ann Lee, left. Jo Doe, a French actress, stayed. Russian President Tom Hale spoke.",
        );
        assert!(
            r.contains(&("Ann Lee".into(), "lawyer".into(), None)),
            "{r:?}"
        );
        assert!(
            r.contains(&("Jo Doe".into(), "actress".into(), None)),
            "{r:?}"
        );
        assert!(
            r.contains(&(
                "Tom Hale".into(),
                "President".into(),
                Some("Russian".into())
            )),
            "{r:?}"
        );
    }

    #[test]
    fn finds_appositive_title_with_organization() {
        let r =
            roles("Talks stalled, said Tomas Brenner, the chief executive of Siemens, on Friday.");
        assert!(
            r.iter().any(|(p, t, of)| p == "Tomas Brenner"
                && t == "chief executive"
                && of.as_deref() == Some("Siemens")),
            "{r:?}"
        );
    }

    #[test]
    fn a_party_before_an_elected_office_is_the_holders_side() {
        let r = roles("GOP Sen. Jim Beck spoke. GOP chairman Jo Doe agreed.");
        assert!(
            r.iter()
                .any(|(p, t, of)| p == "Jim Beck" && t == "GOP Sen." && of.is_none()),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|(p, t, of)| p == "Jo Doe" && t == "chairman" && of.as_deref() == Some("GOP")),
            "{r:?}"
        );
    }

    #[test]
    fn a_name_modifying_an_appositive_title_yields_to_the_body_after_it() {
        let r = roles(
            "Costs rose, said Jim Beck, a Brazil analyst at the Tarsk Institute. Ann Lee, UK economist at Acme Corp, agreed. Tom Hale, a Chile expert, disagreed.",
        );
        let of = |person: &str| {
            r.iter()
                .find(|(p, _, _)| p == person)
                .and_then(|(_, _, of)| of.clone())
        };
        assert_eq!(of("Jim Beck").as_deref(), Some("Tarsk Institute"), "{r:?}");
        assert_eq!(of("Ann Lee").as_deref(), Some("Acme Corp"), "{r:?}");
        // With no body after it, the name is still all there is.
        assert_eq!(of("Tom Hale").as_deref(), Some("Chile"), "{r:?}");
    }

    #[test]
    fn an_ing_form_before_a_preposition_or_article_opens_no_title() {
        let r = roles(
            "Ken Lowe, standing alongside the mayor, said the fire was out. Amy Fox, according to a spokesman, will resign. Jim Beck, managing director of Acme Corp, left. Tom Hale, representing Tarsk school officials, spoke. Ann Lee, saying she was the only candidate, won. Jo Roe, acting head of Globex Inc, agreed. Amy Lowe, supervising attorney at Globex Inc, and Ken Fox, a leading Tarsk researcher, spoke. Jim Roe, D-Ohio, ranking Republican on the panel, left.",
        );
        assert!(
            r.iter().all(|(p, _, _)| !matches!(
                p.as_str(),
                "Ken Lowe" | "Amy Fox" | "Tom Hale" | "Ann Lee"
            )),
            "{r:?}"
        );
        assert!(holds(&r, "Jo Roe", "acting head"), "{r:?}");
        assert!(holds(&r, "Amy Lowe", "supervising attorney"), "{r:?}");
        assert!(holds(&r, "Ken Fox", "leading Tarsk researcher"), "{r:?}");
        assert!(holds(&r, "Jim Roe", "ranking Republican"), "{r:?}");
        assert!(
            r.contains(&(
                "Jim Beck".into(),
                "managing director".into(),
                Some("Acme Corp".into())
            )),
            "{r:?}"
        );
    }

    #[test]
    fn counsel_is_a_title() {
        let r = roles(
            "Ann Lee, then the general counsel at Acme Corp, resigned. Globex Inc counsel Jim Beck spoke.",
        );
        assert!(
            r.contains(&(
                "Ann Lee".into(),
                "general counsel".into(),
                Some("Acme Corp".into())
            )),
            "{r:?}"
        );
        assert!(
            r.contains(&(
                "Jim Beck".into(),
                "counsel".into(),
                Some("Globex Inc".into())
            )),
            "{r:?}"
        );
    }

    #[test]
    fn titles_hold_no_age_conjunction_or_clause() {
        let r = roles(
            "The 37-year-old champion Tomas Brenner won, but President Anna Berg left. Odile Marchetti, asked by a reporter about it, said nothing. Brazil’s leader Joao Pereira agreed.",
        );
        assert!(
            r.contains(&("Tomas Brenner".into(), "champion".into(), None)),
            "{r:?}"
        );
        assert!(
            r.contains(&("Anna Berg".into(), "President".into(), None)),
            "{r:?}"
        );
        assert!(r.iter().all(|(p, _, _)| p != "Odile Marchetti"), "{r:?}");
        assert!(
            r.contains(&(
                "Joao Pereira".into(),
                "leader".into(),
                Some("Brazil".into())
            )),
            "{r:?}"
        );
        let r = roles("It was the first time President Anna Berg spoke.");
        assert_eq!(r, [("Anna Berg".into(), "President".into(), None)], "{r:?}");
        // A singular title names only the first person of a list; no verb is part of it.
        let r =
            roles("Critics called on President Anna Berg and Joao Pereira, Tomas Brenner said.");
        assert_eq!(r, [("Anna Berg".into(), "President".into(), None)], "{r:?}");
    }

    #[test]
    fn a_title_before_a_verb_after_a_comma_is_the_next_clauses_subject() {
        let r = roles(
            "Asked whether he had met Ann Lee, the prince said no. Prices rose. Mr Tom Hale, Acme's chief executive said so. Jo Doe, the lawyer appointed by the court, agreed.",
        );
        assert!(r.iter().all(|x| x.0 != "Ann Lee"), "{r:?}");
        assert!(holds(&r, "Tom Hale", "chief executive"), "{r:?}");
        assert!(holds(&r, "Jo Doe", "lawyer"), "{r:?}");
    }

    #[test]
    fn titles_start_after_connecting_words_and_clauses_are_no_appositives() {
        let r = roles(
            "The plan is a pet project of President Anna Berg. Critics urged Chile to help President Joao Pereira. After a meeting with Chile's president, Odile Marchetti signed the deal. Tomas Brenner, after a dozen officers were charged, spoke. Anna Berg, who ran unopposed, could win the general election. Tomas Brenner, along with the party's chief spokesman, left. Tomas Brenner, both former president and now an adviser, spoke.",
        );
        assert!(r.iter().all(|x| x.1 == "President"), "{r:?}");
        let r = roles(
            "Tomas Brenner served under former President Anna Berg. He ran against Senator Joao Pereira.",
        );
        assert!(
            r.iter()
                .all(|x| matches!(x.1.as_str(), "President" | "former President" | "Senator")),
            "{r:?}"
        );
        assert!(
            r.iter()
                .all(|x| x.0 != "Odile Marchetti" && x.0 != "Tomas Brenner"),
            "{r:?}"
        );
    }

    #[test]
    fn a_person_holds_the_whole_title_once() {
        let r = roles("Police Chief Anna Berg said the gunman acted alone.");
        assert_eq!(
            r,
            [("Anna Berg".into(), "Police Chief".into(), None)],
            "{r:?}"
        );
    }

    #[test]
    fn a_plural_title_needs_a_list_or_one_of() {
        let r = roles(
            "The survey by analysts Acmeworks was published. Presidential candidates Anna Berg and Joao Pereira spoke. One of the rebel leaders, Tomas Brenner, spoke.",
        );
        assert!(r.iter().all(|x| x.0 != "Acmeworks"), "{r:?}");
        assert!(r.iter().any(|x| x.0 == "Anna Berg"), "{r:?}");
        assert!(r.iter().any(|x| x.0 == "Tomas Brenner"), "{r:?}");
    }

    #[test]
    fn titles_keep_no_adverb_adjective_or_next_persons_title() {
        let r = roles(
            "Lillian Roe, presently a non-executive director of Acme Corp, resigned. The brilliant young forward Tom Hale scored. Ana Lee, Trade Minister Jane Roe and Secretary Tom Hale met. The former Acme chairman Jim Doe left.",
        );
        assert!(
            r.contains(&(
                "Lillian Roe".into(),
                "non-executive director".into(),
                Some("Acme Corp".into())
            )),
            "{r:?}"
        );
        assert!(
            r.contains(&("Tom Hale".into(), "forward".into(), None)),
            "{r:?}"
        );
        assert!(
            r.contains(&("Jim Doe".into(), "former Acme chairman".into(), None)),
            "{r:?}"
        );
        let r2 = roles("The show thanked its hosts Ana Lee and Tom Hale.");
        assert!(
            r2.contains(&("Ana Lee".into(), "hosts".into(), None)),
            "{r2:?}"
        );
        // A list of people: the minister's title is not Ana Lee's.
        assert!(r.iter().all(|x| x.0 != "Ana Lee"), "{r:?}");
    }

    #[test]
    fn former_before_the_organization_stays_in_the_title() {
        let r = roles("The former Globex Inc chief executive Jim Doe left.");
        assert_eq!(
            r,
            [(
                "Jim Doe".into(),
                "former chief executive".into(),
                Some("Globex Inc".into())
            )],
            "{r:?}"
        );
    }

    #[test]
    fn ignores_names_without_titles() {
        let r = roles("Anna Berg, who lives in Oslo, said nothing.");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn plural_title_before_a_list_of_names() {
        let r = roles(
            "The debate featured presidential candidates Anna Berg, Tomas Brenner and Odile Marchetti.",
        );
        for name in ["Anna Berg", "Tomas Brenner", "Odile Marchetti"] {
            assert!(
                r.iter()
                    .any(|(p, t, _)| p == name && t.contains("candidates")),
                "{name}: {r:?}"
            );
        }
    }

    #[test]
    fn title_of_organization_before_a_comma() {
        let r = roles("On Monday the chairwoman of Siemens, Anna Berg, resigned.");
        assert!(
            r.iter().any(|(p, t, of)| p == "Anna Berg"
                && t == "chairwoman"
                && of.as_deref() == Some("Siemens")),
            "{r:?}"
        );
    }

    #[test]
    fn a_title_of_several_words_after_president_is_whole() {
        let r = roles("Prices rose. Senate President Pro Tem Jim Beck spoke.");
        assert!(holds(&r, "Jim Beck", "President Pro Tem"), "{r:?}");
    }

    #[test]
    fn chained_appositives_after_a_home_state() {
        let r = roles(
            "Representative Tomas Brenner of Ohio, the top Republican on the panel, a founder of the caucus, spoke.",
        );
        assert!(holds(&r, "Tomas Brenner", "top Republican"), "{r:?}");
        assert!(holds(&r, "Tomas Brenner", "founder"), "{r:?}");
    }

    #[test]
    fn a_clause_between_commas_is_no_aside_before_an_appositive() {
        let r = roles(
            "An official praised Mr. Brenner, saying Anna Berg, a former senator, admires him.",
        );
        assert!(holds(&r, "Anna Berg", "former senator"), "{r:?}");
        assert!(!holds(&r, "Brenner", "former senator"), "{r:?}");
    }

    #[test]
    fn a_description_joined_to_a_title_by_and_is_no_part_of_it() {
        let r = roles(
            "Jim Beck, a major Republican donor and CEO of Acme Corp, spoke. Ann Lee, president \
             and chief executive of Globex Inc, agreed. Tom Hale, a foreign policy and defense \
             analyst, disagreed.",
        );
        assert!(holds(&r, "Jim Beck", "CEO"), "{r:?}");
        assert!(
            holds(&r, "Ann Lee", "president and chief executive"),
            "{r:?}"
        );
        assert!(
            holds(&r, "Tom Hale", "foreign policy and defense analyst"),
            "{r:?}"
        );
    }

    #[test]
    fn the_author_of_a_thing_holds_no_post() {
        let r = roles(
            "State Sen. Tom Hale, the bill’s author, said it would pass. Jim Beck, the \
             senator's chief of staff, agreed.",
        );
        assert!(!holds(&r, "Tom Hale", "author"), "{r:?}");
        assert!(holds(&r, "Jim Beck", "chief of staff"), "{r:?}");
    }

    #[test]
    fn a_title_word_that_is_a_family_name_is_no_apposition() {
        let r =
            roles("Gov. Ann Bishop spoke on Monday. As for Tom Hale, Bishop said he had to go.");
        assert!(!r.iter().any(|(p, _, _)| p == "Tom Hale"), "{r:?}");
    }

    #[test]
    fn a_post_before_an_elected_office_is_a_post_of_its_own() {
        let r = roles(
            "Senate Tarsk Committee Chair Sen. Ann Lee said on Monday that she will meet Hale. \
             Republican Sen. Tom Hale and Lt. Gov. Jo Doe agreed.",
        );
        assert!(
            r.contains(&(
                "Ann Lee".to_string(),
                "Chair".to_string(),
                Some("Senate Tarsk Committee".to_string())
            )),
            "{r:?}"
        );
        assert!(holds(&r, "Ann Lee", "Sen."), "{r:?}");
        assert!(holds(&r, "Jo Doe", "Lt. Gov."), "{r:?}");
        assert!(!holds(&r, "Tom Hale", "Republican"), "{r:?}");
    }

    #[test]
    fn a_demonym_describing_the_noun_after_of_is_no_owner() {
        let r = roles(
            "Jo Doe, a historian of American political discourse, said it was new. Tom Hale, \
             minister at the Chinese embassy in Washington, said no.",
        );
        assert!(
            r.contains(&("Jo Doe".to_string(), "historian".to_string(), None)),
            "{r:?}"
        );
        assert!(
            r.contains(&(
                "Tom Hale".to_string(),
                "minister".to_string(),
                Some("Chinese".to_string())
            )),
            "{r:?}"
        );
    }

    #[test]
    fn former_before_title_modifiers_and_the_country_stays() {
        let r = roles("Former senior US diplomat Tom Hale said the talks were hard.");
        assert!(holds(&r, "Tom Hale", "former diplomat"), "{r:?}");
    }

    #[test]
    fn a_title_ousted_and_former_is_former_once() {
        let r = roles("The academic ousted former House Majority Leader Tom Hale.");
        assert!(
            holds(&r, "Tom Hale", "former House Majority Leader"),
            "{r:?}"
        );
    }

    #[test]
    fn a_rival_or_a_partner_after_a_possessive_is_no_post() {
        let r = roles(
            "The governor wrote a book critical of his former rival Tom Hale. Ann Lee beat her \
             challenger Jim Beck. Democratic challenger Jo Doe spoke.",
        );
        assert!(
            !r.iter().any(|(p, _, _)| p == "Tom Hale" || p == "Jim Beck"),
            "{r:?}"
        );
        assert!(holds(&r, "Jo Doe", "Democratic challenger"), "{r:?}");
    }

    #[test]
    fn rivals_described_after_a_possessive_are_no_post() {
        let r = roles(
            "Ann Lee thanked her remaining presidential rivals Tom Hale and Jim Beck. His \
             Democratic rival Jo Doe spoke.",
        );
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn a_list_closed_by_and_ends_before_the_next_comma() {
        let r = roles("Next to ministers Tom Hale and Jim Beck, Ann Lee looked calm.");
        assert!(holds(&r, "Jim Beck", "ministers"), "{r:?}");
        assert!(!r.iter().any(|(p, _, _)| p == "Ann Lee"), "{r:?}");
    }

    #[test]
    fn words_right_after_the_owner_name_the_part_that_holds_the_post() {
        let r = roles(
            "Myanmar dissident leader Ann Lee spoke. Globex Inc marketing chief Tom Hale agreed. \
             Ruritania's brilliant young leader Jo Doe left.",
        );
        assert!(holds(&r, "Ann Lee", "dissident leader"), "{r:?}");
        assert!(holds(&r, "Tom Hale", "marketing chief"), "{r:?}");
        assert!(holds(&r, "Jo Doe", "leader"), "{r:?}");
    }

    #[test]
    fn a_title_the_writer_disowns_is_no_post() {
        let r = roles(
            "So-called terrorism expert Tom Hale had told reporters about it. Ann Lee, a \
             self-styled expert, spoke.",
        );
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn a_committee_named_after_a_known_body_owns_the_title_after_it() {
        let r = roles(
            "Senate Tarsk Committee Chairman Tom Hale spoke. White House Press Secretary Ann Lee \
             agreed.",
        );
        assert!(
            r.contains(&(
                "Tom Hale".to_string(),
                "Chairman".to_string(),
                Some("Senate Tarsk Committee".to_string())
            )),
            "{r:?}"
        );
        assert!(
            r.contains(&(
                "Ann Lee".to_string(),
                "Press Secretary".to_string(),
                Some("White House".to_string())
            )),
            "{r:?}"
        );
    }

    #[test]
    fn a_rank_in_lower_case_before_more_of_its_phrase_is_an_adjective() {
        let r = roles(
            "Jane Roe, a major Tarsk Party donor, spoke. Ann Lee, a private citizen, spoke. Tom Hale, a major in the army, spoke.",
        );
        assert!(!holds(&r, "Jane Roe", "major"), "{r:?}");
        assert!(!holds(&r, "Ann Lee", "private"), "{r:?}");
        assert!(holds(&r, "Tom Hale", "major"), "{r:?}");
    }

    #[test]
    fn a_day_before_a_title_is_no_part_of_it() {
        let r = roles("On Monday President Jim Beck spoke. In March Senator Ann Lee spoke.");
        assert!(holds(&r, "Jim Beck", "President"), "{r:?}");
        assert!(holds(&r, "Ann Lee", "Senator"), "{r:?}");
    }

    #[test]
    fn the_word_that_opens_a_pair_is_no_part_of_a_title() {
        let r = roles(
            "Both President Jim Beck and union leaders want higher wages. Neither Senator Ann Lee nor her aides spoke.",
        );
        assert!(holds(&r, "Jim Beck", "President"), "{r:?}");
        assert!(holds(&r, "Ann Lee", "Senator"), "{r:?}");
    }

    #[test]
    fn a_chief_of_mission_keeps_its_of_phrase() {
        let r = roles("\"It was risky,\" said Jane Roe, former deputy chief of mission in Oskol.");
        assert!(
            holds(&r, "Jane Roe", "former deputy chief of mission"),
            "{r:?}"
        );
    }
}
