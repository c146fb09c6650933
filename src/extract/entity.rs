//! Named entities of the six types, and the roles written next to person names.
//!
//! ## What it extracts
//! People, organizations, countries, places, events and agreements named in the text, with
//! every mention; and "TITLE NAME" roles ("Defense Secretary Jane Roe") as `holds_role`
//! relations.
//!
//! ## Pattern
//! 1. Known names from the gazetteer (countries, demonyms, capitals, places, organizations).
//! 2. Runs of capitalised words (with inner "of", "for", "de", "al" …) between them. A run is
//!    split at the last title word that has a name after it: the part before is a role, the
//!    part after a person. Other runs are typed by their head keyword ("… Ministry",
//!    "… Treaty"), a known given name, an acronym, or context (a reporting verb after it).
//! 3. A second pass types single capitalised words by the document's other mentions: a surname
//!    or given name of a person found elsewhere is that person.
//!
//! ## Example
//! "Acme Corp chief executive Jane Roe visited Brazil." → Organization "Acme Corp", Person
//! "Jane Roe", Country "Brazil", and Jane Roe holds_role "chief executive" of Acme Corp.
//!
//! ## Known misses
//! Lower-case descriptions ("the company"), names at the start of a sentence that look like
//! ordinary words, and unknown single-word organizations.
//!
//! ## Data used
//! `ontology/lexicon/{countries,places,organizations,given_names,titles,org_keywords,
//! non_entities,reporting_verbs}.tsv`

use std::collections::BTreeMap;
use std::ops::Range;

use memchr::memmem;
use rustc_hash::{FxHashMap, FxHashSet};

use super::types::{Arg, DocContext, EntityMention, Extraction, Extractor, RelationMention};
use crate::extract::relation::NUMBER_WORDS;
use crate::graph::EntityType;
use crate::ontology::{DescriptorPosition, KeywordPosition, NameKind, Ontology};
use crate::text::{Sentence, Token, TokenKind, acronym_of, lower};

pub struct NamedEntities;

/// Words allowed inside a multi-word name when capitalised words stand on both sides.
const CONNECTORS: &[&str] = &[
    "of", "for", "the", "on", "de", "da", "del", "der", "van", "von", "al", "bin", "el", "la",
    "le", "du", "dos", "&", "and",
];

pub const RULE_GAZETTEER: &str = "entity/gazetteer";
pub const RULE_TITLE_PERSON: &str = "entity/title-person";
pub const RULE_KEYWORD: &str = "entity/keyword";
pub const RULE_GIVEN_NAME: &str = "entity/given-name";
pub const RULE_ACRONYM: &str = "entity/acronym";
pub const RULE_CONTEXT: &str = "entity/context";
pub const RULE_NAME_PART: &str = "entity/name-part";
/// "shares in Acme", "an analyst at Acme", "Paris-based Acme", "Acme said it …": an unknown
/// name the document speaks of as a company.
pub const RULE_COMPANY_CUE: &str = "entity/company-cue";
pub const RULE_DESCRIBED_AGREEMENT: &str = "entity/described-agreement";
pub const RULE_DESCRIBED_BODY: &str = "entity/described-body";
pub const RULE_DESCRIPTOR: &str = "entity/descriptor";
/// "Super Tuesday": a run ending in a weekday after "on", "before" or the like.
pub const RULE_NAMED_DAY: &str = "entity/named-day";
pub const RULE_ARTICLE: &str = "entity/article-number";
pub const RULE_PLACE_MODIFIER: &str = "entity/place-modifier";
/// "Ohio Democratic Party", "Texas GOP": a party's branch in a state or a city.
pub const RULE_REGIONAL_PARTY: &str = "entity/regional-party";
pub const RULE_COUNTRY_BODY: &str = "entity/country-body";
/// "Tarsk Echo", "Tarsk Rovers", "Dinamo Tarsk": a longer name holding a city's.
pub const RULE_NAMED_AFTER_CITY: &str = "entity/named-after-city";
/// "Tarsk Point USA", "Acme UK": unknown words before a country's code.
pub const RULE_NAMED_WITH_COUNTRY: &str = "entity/named-with-country";
/// "the Center on Budget and Policy Priorities (CBPP)": the words an acronym in brackets spells.
pub const RULE_ACRONYM_SPELLED: &str = "entity/acronym-spelled";
/// "Tarsk have won twice", "Tarsk striker Tom Hale": a place's name standing for a sports club
/// or team.
pub const RULE_PLACE_TEAM: &str = "entity/place-team";
/// "the Tarsk striker was injured": such a team's name describing one of its people, with no
/// name after; like [`RULE_DEMONYM_PERSON`], never the party that acts.
pub const RULE_PLACE_TEAM_DESCRIBING: &str = "entity/place-team-describing";
/// "the Ruritanian retained his title": a demonym standing for a person; relations never take
/// it as the party that acts.
pub const RULE_DEMONYM_PERSON: &str = "entity/demonym-as-noun";
pub const RULE_ROLE: &str = "role/title-before-name";

impl Extractor for NamedEntities {
    fn id(&self) -> &'static str {
        "entity"
    }

    fn description(&self) -> &'static str {
        "Named entities (gazetteer, capitalised runs typed by keywords, given names, acronyms and context) and TITLE NAME roles."
    }

    fn extract(&self, ctx: &DocContext<'_>, out: &mut Extraction) {
        let text = ctx.text();
        let o = ctx.ontology;
        let gazetteer_hits = o.gazetteer.find_all(text);
        let mut deferred: Vec<(usize, Range<usize>)> = Vec::new();
        let lower_case = LowerCaseWords::new(text);
        let mut hit_ix = 0;
        let headlines = headline_paragraphs(ctx);
        // Gazetteer hits that start and end on this sentence's token boundaries, by start
        // token: (end token, hit). Indexed by token rather than hashed: it is looked up at
        // nearly every token, and one vector serves every sentence.
        let mut known_from: Vec<Option<(usize, usize)>> = Vec::new();
        for (s_ix, sentence) in ctx.sentences.iter().enumerate() {
            let toks = &sentence.tokens;
            known_from.clear();
            known_from.resize(toks.len(), None);
            while hit_ix < gazetteer_hits.len()
                && gazetteer_hits[hit_ix].start < sentence.span.start
            {
                hit_ix += 1;
            }
            let mut h = hit_ix;
            while h < gazetteer_hits.len() && gazetteer_hits[h].start < sentence.span.end {
                let hit = &gazetteer_hits[h];
                // Tokens are in text order and never empty, so their starts and their ends
                // are each sorted and distinct.
                if let (Ok(a), Ok(b)) = (
                    toks.binary_search_by_key(&hit.start, |t| t.span.start),
                    toks.binary_search_by_key(&hit.end, |t| t.span.end),
                ) {
                    // "Mr. Kingston", "Dr Lincoln": after an honorific a city's or a place's
                    // name is a person's ("Miss Japan", "Miss USA" name a country's
                    // pageant).
                    let honorific = |k: usize| {
                        let w = ctx.lower_token(s_ix, k);
                        o.is_honorific(w) && w != "miss"
                    };
                    let after_honorific = hit
                        .entries
                        .iter()
                        .all(|e| e.entity_type == EntityType::Place)
                        && ((a > 0 && honorific(a - 1))
                            || (a > 1 && toks[a - 1].text(text) == "." && honorific(a - 2)));
                    if !after_honorific {
                        known_from[a] = Some((b, h));
                    }
                }
                h += 1;
            }
            let known = |t: usize| known_from.get(t).copied().flatten();
            // The known name right after token `k`, joined to it, when `k` is a modifier
            // keyword of type `t` ("South Tarsk", "Air Ruritania").
            let known_after_modifier = |k: usize, t: EntityType| {
                (o.keyword_type(ctx.lower_token(s_ix, k), KeywordPosition::Modifier) == Some(t))
                    .then(|| known(k + 1))
                    .flatten()
                    .filter(|_| adjacent_in_name(text, &toks[k], &toks[k + 1]))
            };
            // Whether gazetteer hit `h` names only a city.
            let names_a_city = |h: usize| {
                gazetteer_hits[h].entries.iter().all(|e| {
                    e.entity_type == EntityType::Place
                        && o.cities.contains(lower(&e.canonical).as_ref())
                })
            };
            // The last of the adjacent capitalised words, none of them a known name, that run
            // on from token `from`, while `takes` accepts them.
            let capitalised_run_end = |from: usize, takes: &dyn Fn(usize) -> bool| {
                let mut r = from;
                while r + 1 < toks.len()
                    && is_capitalised(text, &toks[r + 1])
                    && adjacent_in_name(text, &toks[r], &toks[r + 1])
                    && known(r + 1).is_none()
                    && takes(r + 1)
                {
                    r += 1;
                }
                r
            };

            // Whether the one-word place's name at token `k` (gazetteer hit `h`) is a given
            // name before a family name that ends the run ("Chad Pergram").
            let place_given_name_opens_person = |k: usize, h: usize| {
                o.place_given_names.contains(toks[k].text(text))
                    && gazetteer_hits[h]
                        .entries
                        .iter()
                        .all(|e| e.kind != NameKind::Demonym)
                    && toks.get(k + 1).is_some_and(|family| {
                        is_capitalised(text, family)
                            && adjacent_in_name(text, &toks[k], family)
                            && known(k + 1).is_none()
                            && is_family_name(o, family.text(text))
                            && !toks.get(k + 2).is_some_and(|n| {
                                is_capitalised(text, n) && adjacent_in_name(text, family, n)
                            })
                    })
            };

            // The last token of a party's name right after token `end`, written with "Party"
            // or "GOP" (not "Democrats", who are people), and no elected office after it
            // ("Ohio GOP Sen. Jane Roe" is a senator from Ohio, of the party).
            let party_after = |end: usize| {
                known(end + 1)
                    .filter(|&(party_end, p)| {
                        adjacent_in_name(text, &toks[end], &toks[end + 1])
                            && matches!(toks[party_end].text(text), "Party" | "GOP")
                            && !super::role::ELECTED_OFFICES.contains(
                                &ctx.lower_token(s_ix, party_end + 1).trim_end_matches('.'),
                            )
                            && gazetteer_hits[p].entries.iter().any(|e| {
                                e.entity_type == EntityType::Organization
                                    && e.canonical.ends_with(" Party")
                            })
                    })
                    .map(|(party_end, _)| party_end)
            };

            let headline = headlines.contains(&sentence.paragraph);
            let mut i = 0;
            while i < toks.len() {
                if let Some((end, h)) = known(i) {
                    let hit = &gazetteer_hits[h];
                    // "an African American man", "Native American leaders", "Latin American
                    // states": after another people's or a region's adjective "American" names
                    // a people, no country's.
                    if i > 0
                        && hit.entries.iter().all(|e| e.kind == NameKind::Demonym)
                        && matches!(toks[end].text(text), "American" | "Americans")
                        && adjacent_in_name(text, &toks[i - 1], &toks[i])
                        && is_capitalised(text, &toks[i - 1])
                        && {
                            let before = toks[i - 1].text(text);
                            before.ends_with("an")
                                || before.ends_with("ese")
                                || matches!(before, "Native" | "Arab" | "Latin" | "Jewish")
                        }
                        && !toks
                            .get(end + 1)
                            .is_some_and(|next| is_capitalised(text, next))
                    {
                        i = end + 1;
                        continue;
                    }
                    // "Ohio Democratic Party", "the Texas GOP": a place's name before a
                    // party's names the party's branch there, a body of its own.
                    if hit
                        .entries
                        .iter()
                        .any(|e| e.entity_type == EntityType::Place)
                        && let Some(party_end) = party_after(end)
                    {
                        push(
                            out,
                            toks[i].span.start..toks[party_end].span.end,
                            EntityType::Organization,
                            s_ix,
                            RULE_REGIONAL_PARTY,
                        );
                        i = party_end + 1;
                        continue;
                    }
                    // "the Congress of Racial Equality": a known body's one-word name that is
                    // also a body's opening keyword, after "the" and before "of" and
                    // capitalised words that name nothing known, opens another body's name
                    // ("told Congress of Tarsk's plans" keeps Congress).
                    if end == i
                        && i > 0
                        && ctx.lower_token(s_ix, i - 1) == "the"
                        && o.keyword_type(ctx.lower_token(s_ix, i), KeywordPosition::First)
                            == Some(EntityType::Organization)
                        && ctx.token(s_ix, i + 1) == "of"
                        && toks.get(i + 2).is_some_and(|n| is_capitalised(text, n))
                        && known(i + 2).is_none()
                        && !is_date_word(ctx.lower_token(s_ix, i + 2))
                    {
                        let r = capitalised_run_end(i + 2, &|_| true);
                        push(
                            out,
                            toks[i].span.start..toks[r].span.end,
                            EntityType::Organization,
                            s_ix,
                            RULE_KEYWORD,
                        );
                        i = r + 1;
                        continue;
                    }
                    // "Acme Summit", "Acme summit": a known name before an event or agreement
                    // keyword is part of that event's name.
                    // "Acme Intelligence Committee", "Ruritanian Armed Forces": a known name
                    // before a capitalised run ending in an organization keyword is part of
                    // that organization's name.
                    // ("Tarsk Security Committee Chairman Jane Roe", "White House Press
                    // Secretary Jane Roe": the run ends before a title of one to three words.)
                    let mut r =
                        capitalised_run_end(end, &|k| !title_opens_at(ctx, s_ix, k, toks.len()));
                    let of_follows = toks.get(r + 1).is_some_and(|t| t.text(text) == "of");
                    if r > end
                        && let Some(t) = o
                            .keyword_type(ctx.lower_token(s_ix, r), KeywordPosition::Last)
                            .or_else(|| {
                                of_follows
                                    .then(|| plural_body_head(o, toks[r].text(text)))
                                    .flatten()
                            })
                        && t != EntityType::Place
                    {
                        // "British Chambers of Commerce": a body's head word takes the
                        // capitalised words of its "of" phrase, up to a known name or a
                        // title ("… of Teachers President Jane Roe").
                        let no_title = |k: usize| !o.is_title(ctx.lower_token(s_ix, k));
                        if t == EntityType::Organization
                            && r + 2 < toks.len()
                            && of_follows
                            && is_capitalised(text, &toks[r + 2])
                            && known(r + 2).is_none()
                            && no_title(r + 2)
                            && !is_date_word(ctx.lower_token(s_ix, r + 2))
                        {
                            r = capitalised_run_end(r + 2, &no_title);
                            // "White House Office of Management and Budget": "and" joins a
                            // common noun's capitalised word to the phrase.
                            if ctx.token(s_ix, r + 1) == "and"
                                && toks.get(r + 2).is_some_and(|n| is_capitalised(text, n))
                                && known(r + 2).is_none()
                                && no_title(r + 2)
                                && is_common_noun(o, ctx.lower_token(s_ix, r + 2))
                                && !o.given_names.contains(toks[r + 2].text(text))
                            {
                                r = capitalised_run_end(r + 2, &no_title);
                            }
                        }
                        push(
                            out,
                            toks[i].span.start..toks[r].span.end,
                            t,
                            s_ix,
                            RULE_KEYWORD,
                        );
                        i = r + 1;
                        continue;
                    }
                    if let Some(k) = toks.get(end + 1)
                        && k.kind == TokenKind::Word
                        && adjacent_in_name(text, &toks[end], k)
                        && let Some(t) = o.keyword_type(ctx.lower_token(s_ix, end + 1), KeywordPosition::Last)
                        // "the Lisbon summit" names one event; "the Brazilian election"
                        // only describes one.
                        && (is_capitalised(text, k)
                            || (t == EntityType::Event
                                && hit.entries.iter().all(|e| e.kind != NameKind::Demonym)))
                        && matches!(t, EntityType::Event | EntityType::Agreement)
                        && known(end + 1).is_none()
                    {
                        push(out, toks[i].span.start..k.span.end, t, s_ix, RULE_KEYWORD);
                        i = end + 2;
                        continue;
                    }
                    // "Chad Pergram", "Alexandria Ocasio-Cortez": a place's name that is
                    // also a given name opens a person's name before a family name, the name's
                    // last word ("Virginia Tech", "Austin Police" and "Dallas Morning News"
                    // name bodies; "Israel David" lists two names).
                    if end == i && !headline && place_given_name_opens_person(i, h) {
                        push(
                            out,
                            toks[i].span.start..toks[i + 1].span.end,
                            EntityType::Person,
                            s_ix,
                            RULE_GIVEN_NAME,
                        );
                        i += 2;
                        continue;
                    }
                    // "Tarsk Echo", "Tarsk Rovers", "Tarsk Bridge": a city's name before
                    // capitalised words no list knows opens a longer name, a newspaper's, a
                    // club's or a ground's: a place when a place's keyword ends it, else a
                    // body. "Tarsk City" is the club, as a city named with "City" is known
                    // whole ("Mexico City"). A city that is also a given name may open a
                    // person's name instead ("Paris Hilton").
                    // Words of such a name: not a title ("Tarsk Mayor-elect Jane Roe"), a
                    // function word, a modal or a date, a contraction ("Tarsk I'd") or an
                    // acronym ("Tarsk HQ", "Tarsk MSP").
                    let name_word = |k: usize| {
                        let w = ctx.lower_token(s_ix, k);
                        let word = toks[k].text(text);
                        !o.is_title(w.split('-').next().unwrap_or(w))
                            && !FUNCTION_WORDS.contains(&w)
                            && !crate::text::MODALS.contains(&w)
                            && !is_date_word(w)
                            && word.chars().count() > 1
                            && !word.contains(['\'', '’'])
                            && !is_acronym(word)
                    };
                    let r = capitalised_run_end(end, &name_word);
                    // "Tarsk Children's Hospital" runs on past the possessive; "Washington,
                    // D.C. Thousands …" ends a sentence the splitter kept whole; "attorney
                    // Salem Roe" and "Gao Lin, spokesman for …" are people.
                    if !headline
                        && r > end
                        && names_a_city(h)
                        && !o.given_names.contains(toks[end].text(text))
                        && !matches!(ctx.token(s_ix, r + 1), "'s" | "’s")
                        && !toks[end].text(text).ends_with('.')
                        && !(i > 0 && o.is_title(ctx.lower_token(s_ix, i - 1)))
                        && !title_appositive_follows(ctx, s_ix, r)
                    {
                        let t =
                            match o.keyword_type(ctx.lower_token(s_ix, r), KeywordPosition::Last) {
                                Some(EntityType::Place)
                                    if r == end + 1 && ctx.lower_token(s_ix, r) == "city" =>
                                {
                                    EntityType::Organization
                                }
                                Some(t) => t,
                                None => EntityType::Organization,
                            };
                        push(
                            out,
                            toks[i].span.start..toks[r].span.end,
                            t,
                            s_ix,
                            RULE_NAMED_AFTER_CITY,
                        );
                        i = r + 1;
                        continue;
                    }
                    // "Amnesty for millions …": a known one-word name opening the sentence
                    // before a preposition is the common noun the document also writes in
                    // lower case ("offers amnesty"), not the body it names.
                    let common_noun = opens_sentence(ctx, s_ix, i)
                        && end == i
                        && lower_case.contains(&toks[i].text(text).to_lowercase())
                        && toks.get(i + 1).is_some_and(|n| {
                            matches!(
                                n.text(text),
                                "for" | "of" | "in" | "on" | "to" | "with" | "from" | "at" | "by"
                            )
                        });
                    if !common_noun
                        && let Some(m) = gazetteer_mention(ctx, s_ix, i, end, hit.entries)
                    {
                        out.mentions.push(m);
                    }
                    i = end + 1;
                    continue;
                }
                // "Article 5", "Title IX": a numbered provision of an agreement or a law.
                if numbered_provision(text, &toks[i], toks.get(i + 1)) {
                    push(
                        out,
                        toks[i].span.start..toks[i + 1].span.end,
                        EntityType::Agreement,
                        s_ix,
                        RULE_ARTICLE,
                    );
                    i += 2;
                    continue;
                }
                // In a title-case headline every word is capitalised, so only known names count.
                // "C-47s", "F-16": a model's designation is no name.
                let designation = text.as_bytes()[toks[i].span.end..].starts_with(b"-")
                    && text
                        .as_bytes()
                        .get(toks[i].span.end + 1)
                        .is_some_and(u8::is_ascii_digit);
                // "6GB", "20MW": a unit written against its figure is no name.
                let unit_of_figure = i > 0
                    && toks[i - 1].kind == TokenKind::Number
                    && toks[i - 1].span.end == toks[i].span.start;
                if headline
                    || designation
                    || unit_of_figure
                    || !is_capitalised(text, &toks[i])
                    || is_hyphenated_adjective(toks[i].text(text))
                    || demonym_compound(o, toks[i].text(text))
                {
                    i += 1;
                    continue;
                }
                // A run of capitalised words, up to the next known name.
                let mut j = i;
                while j + 1 < toks.len() && known(j + 1).is_none() {
                    let next = &toks[j + 1];
                    // ("fired Jane Roe July 6": a month before a day's number is a date.)
                    // (The number first: this runs for every word a name may take.)
                    let date = toks.get(j + 2).is_some_and(|t| t.kind == TokenKind::Number)
                        && is_date_word(ctx.lower_token(s_ix, j + 1));
                    // ("the Latinos I spoke with": "I" after a plural is the writer, not a
                    // numeral, which follows a given name or a head word: "Charles I",
                    // "World War I".)
                    let writer = next.text(text) == "I" && {
                        let before = toks[j].text(text);
                        before.len() > 3
                            && before.ends_with('s')
                            && !before.ends_with("ss")
                            && !o.given_names.contains(before)
                    };
                    if (is_capitalised(text, next) || is_name_particle(next.text(text)))
                        && !date
                        && !writer
                        && adjacent_in_name(text, &toks[j], next)
                        && (!is_hyphenated_adjective(next.text(text))
                            || is_hyphenated_given_name(o, next.text(text)))
                    {
                        j += 1;
                    } else if CONNECTORS.contains(&next.text(text))
                        && joins_connector(ctx, out, s_ix, i, j, next.text(text))
                        && j + 2 < toks.len()
                        && is_capitalised(text, &toks[j + 2])
                        && !is_date_word(&toks[j + 2].text(text).to_lowercase())
                        && known(j + 2).is_none()
                        // "… of Elected and Appointed Officials", "… of Health and Human
                        // Services": after "and" two name words or a body's head word, not a
                        // lone name ("the Office of Ethics and Roe").
                        && (next.text(text) != "and"
                            || toks.get(j + 3).is_some_and(|t| {
                                is_capitalised(text, t) && adjacent_in_name(text, &toks[j + 2], t)
                            })
                            || o.keyword_type(ctx.lower_token(s_ix, j + 2), KeywordPosition::Last)
                                == Some(EntityType::Organization)
                            // "Department of Trade and Industry", "Ministry of Oceans and
                            // Fisheries": a common noun's, or a plural's.
                            || is_common_noun(o, ctx.lower_token(s_ix, j + 2))
                            || (ctx.lower_token(s_ix, j + 2).ends_with('s')
                                && o.common_words.contains(ctx.lower_token(s_ix, j + 2))))
                    {
                        j += 2;
                    } else if matches!(next.text(text), "'" | "’")
                        && next.span.start == toks[j].span.end
                        && toks[j].text(text).ends_with('s')
                        && toks.get(j + 2).is_some_and(|after| {
                            is_capitalised(text, after) && adjacent_in_name(text, next, after)
                        })
                        // ("the Londoners' FA Cup tie": a known name is its own.)
                        && known(j + 2).is_none()
                        && o
                            .keyword_type(
                                ctx.lower_token(s_ix, capitalised_run_end(j + 2, &|_| true)),
                                KeywordPosition::Last,
                            )
                            .is_some_and(|t| t != EntityType::Place)
                    {
                        // "the Sexual Assault Survivors' Rights Act", "Veterans' Affairs
                        // Committee": a plural's possessive inside a body's or a law's name.
                        j += 2;
                    } else if next.text(text) == "]"
                        && next.span.start == toks[j].span.end
                        && toks.get(j + 2).is_some_and(|after| {
                            is_capitalised(text, after) && adjacent_in_name(text, next, after)
                        })
                    {
                        // "[special counsel Jane] Roe": an editor's bracket inside a
                        // quotation splits no name.
                        j += 2;
                    } else {
                        break;
                    }
                }
                // "The International Labour Organisation": ordinary words before a known name
                // ("Labour") open the body named by the capitalised words after it; words that
                // open no name ("The", "Yesterday") are left out.
                let ordinary = |k: usize| {
                    let w = ctx.lower_token(s_ix, k);
                    // "Former British TV presenter": a title's modifier is no part of a name.
                    o.common_words.contains(w) && !o.title_modifiers.contains(w)
                };
                let opens_no_name = |k: usize| {
                    let w = ctx.lower_token(s_ix, k);
                    o.is_non_entity(w) || FUNCTION_WORDS.contains(&w) || is_date_word(w)
                };
                if let Some((end, _)) = known(j + 1)
                    && adjacent_in_name(text, &toks[j], &toks[j + 1])
                    && let Some(opening) =
                        (i..=j).find(|&k| (i..k).all(opens_no_name) && (k..=j).all(ordinary))
                {
                    let r = capitalised_run_end(end, &|_| true);
                    if r > end
                        && o.keyword_type(ctx.lower_token(s_ix, r), KeywordPosition::Last)
                            == Some(EntityType::Organization)
                    {
                        let span = toks[opening].span.start..toks[r].span.end;
                        push(out, span, EntityType::Organization, s_ix, RULE_KEYWORD);
                        i = r + 1;
                        continue;
                    }
                }
                // "Athletics Ruritania", "Air Ruritania": a sport's word before a country's name
                // is that country's governing body of the sport; "Air", its airline.
                if j == i
                    && let Some((end, h)) = known_after_modifier(i, EntityType::Organization)
                    && gazetteer_hits[h]
                        .entries
                        .iter()
                        .any(|e| e.entity_type == EntityType::Country && e.kind == NameKind::Name)
                {
                    push(
                        out,
                        toks[i].span.start..toks[end].span.end,
                        EntityType::Organization,
                        s_ix,
                        RULE_COUNTRY_BODY,
                    );
                    i = end + 1;
                    continue;
                }
                // "Tarsk Point USA", "Acme UK": capitalised words the lexicons do not know,
                // written against a country's code, name a body or its branch there.
                if !headline
                    && let Some((end, _)) = known(j + 1)
                    && end == j + 1
                    && matches!(toks[end].text(text), "USA" | "UK")
                    && adjacent_in_name(text, &toks[j], &toks[end])
                    && !toks.get(end + 1).is_some_and(|n| {
                        is_capitalised(text, n) && adjacent_in_name(text, &toks[end], n)
                    })
                    && let Some(opening) = (i..=j).find(|&k| !opens_no_name(k))
                    // ("Previous UK hits …": an ordinary word opening the sentence.)
                    && !(opens_sentence(ctx, s_ix, opening) && ordinary(opening))
                    && !o.given_names.contains(toks[opening].text(text))
                    && !o.is_title(toks[opening].text(text))
                {
                    push(
                        out,
                        toks[opening].span.start..toks[end].span.end,
                        EntityType::Organization,
                        s_ix,
                        RULE_NAMED_WITH_COUNTRY,
                    );
                    i = end + 1;
                    continue;
                }
                // "Dinamo Tarsk", "AC Tarsk": a body's opening word before a city's name
                // opens a club's or a college's name. (Any other word may be a given name:
                // "Hayao Miyazaki", "Jack London".)
                if j == i
                    && !headline
                    && o.keyword_type(ctx.lower_token(s_ix, i), KeywordPosition::First)
                        == Some(EntityType::Organization)
                    && let Some((end, h)) = known(i + 1)
                    && adjacent_in_name(text, &toks[i], &toks[i + 1])
                    && names_a_city(h)
                {
                    push(
                        out,
                        toks[i].span.start..toks[end].span.end,
                        EntityType::Organization,
                        s_ix,
                        RULE_NAMED_AFTER_CITY,
                    );
                    i = end + 1;
                    continue;
                }
                // "South Tarsk", "Upper Tarsk": a modifier word joins the known place after it
                // (the place, not the country: "South Atlantis" is its own country's name).
                if j == i
                    && let Some((end, h)) = known_after_modifier(i, EntityType::Place)
                    && gazetteer_hits[h]
                        .entries
                        .iter()
                        .all(|e| e.entity_type == EntityType::Place)
                {
                    push(
                        out,
                        toks[i].span.start..toks[end].span.end,
                        EntityType::Place,
                        s_ix,
                        RULE_PLACE_MODIFIER,
                    );
                    i = end + 1;
                    continue;
                }
                // "the owner Mark Cuban": a census given name that is also an ordinary word
                // ("Mark", "Grant", "Dean"), inside a sentence, where a month or a modal ("In
                // May Britain …", "Will Ukraine …") cannot be, and with the run ending at the
                // known name after it ("Royal Canadian Mounted Police" goes on).
                let census_given = |k: usize| {
                    let w = toks[k].text(text);
                    let run_goes_on = toks.get(j + 2).is_some_and(|t| {
                        t.kind == TokenKind::Word && t.text(text).starts_with(char::is_uppercase)
                    });
                    k > 0
                        && !run_goes_on
                        && o.given_name_sexes.contains_key(w)
                        && !{
                            let w = lower(w);
                            crate::text::MONTHS.contains(&w.as_ref())
                                || crate::text::MODALS.contains(&w.as_ref())
                        }
                };
                // ("Dr. Jane Roe", "Mayor Jane Roe": the given name follows an honorific or a
                // title.)
                let given_at = (i..j)
                    .find(|&k| {
                        let w = ctx.lower_token(s_ix, k);
                        !(o.is_honorific(w) || o.is_title(w))
                    })
                    .unwrap_or(j);
                // "Lloyd Smithville", "Secretary Smithville": a given name or a title before
                // a one-word place makes the place word a surname.
                // ("Forward U.S.": no family name is written as an acronym.)
                if let Some((end, h)) = known(j + 1)
                    && end == j + 1
                    && adjacent_in_name(text, &toks[j], &toks[j + 1])
                    && !is_acronym(toks[j + 1].text(text))
                    && ((gazetteer_hits[h].entries.iter().all(|e| {
                        e.entity_type == EntityType::Place
                            || (e.entity_type == EntityType::Country && e.kind == NameKind::Name)
                    }) && (o.given_names.contains(toks[j].text(text))
                        || o.is_title(toks[j].text(text))
                        || (j == i && census_given(i))
                        // "George W. Bush": a middle initial too (not "A U.S. official",
                        // whose "A" opens the run).
                        || (j > i && is_initial(toks[j].text(text)))))
                        // "Christine Blasey Ford", "Christine Ford": any known name (a
                        // carmaker's too, but no plural such as "Democrats" and no acronym)
                        // ends a run of two or three words that opens with a given name, an
                        // honorific before it or not ("Dr. Christine Blasey Ford").
                        || (j - given_at <= 2
                            && (o.given_names.contains(toks[given_at].text(text))
                                || census_given(given_at))
                            && !toks[j + 1].text(text).ends_with('s')
                            && toks[j + 1].text(text).chars().skip(1).any(char::is_lowercase)))
                {
                    // ("Rep. Chad Pergram": the place's name may be a given name.)
                    let last = if place_given_name_opens_person(j + 1, h) {
                        j + 2
                    } else {
                        j + 1
                    };
                    // ("Omar Fatah el-Tarsk": a particle joined to a name ends it.)
                    let last = if toks.get(last + 1).is_some_and(|next| {
                        is_name_particle(next.text(text))
                            && adjacent_in_name(text, &toks[last], next)
                    }) {
                        last + 1
                    } else {
                        last
                    };
                    classify_run(ctx, s_ix, i, last, out, &mut deferred, &lower_case);
                    i = last + 1;
                    continue;
                }
                // "Bank of England", "Ministry of Defence of X": a first-position keyword
                // absorbs the known name after its "of"; it may end a run that a sentence's
                // first word opens ("The Confederation of British Industry").
                let mut run_end = j;
                if j + 2 < toks.len()
                    && toks[j + 1].text(text) == "of"
                    && [i, j].iter().any(|&k| {
                        o.keyword_type(ctx.lower_token(s_ix, k), KeywordPosition::First)
                            .is_some()
                    })
                    && let Some((end, h)) = known(j + 2)
                {
                    run_end = end;
                    // "Confederation of British Industry": a demonym there is an adjective of
                    // the capitalised words after it.
                    if gazetteer_hits[h]
                        .entries
                        .iter()
                        .all(|e| e.kind == NameKind::Demonym)
                    {
                        run_end = capitalised_run_end(end, &|k| {
                            !o.is_title_or_plural(ctx.lower_token(s_ix, k))
                        });
                    }
                }
                // "Food Bank of Western Tarsk", "University of Southern Ruritania": a place
                // modifier ending a run's "of" phrase joins the known place after it, and the
                // body's name runs on through it.
                if run_end >= i + 2
                    && toks[run_end - 1].text(text) == "of"
                    && let Some((end, h)) = known_after_modifier(run_end, EntityType::Place)
                    && gazetteer_hits[h]
                        .entries
                        .iter()
                        .all(|e| matches!(e.entity_type, EntityType::Place | EntityType::Country))
                {
                    run_end = end;
                }
                // "Tarsk County Democratic Party": so does a place's name a place's keyword
                // ends.
                // ("The" opening the sentence is no part of it.)
                let first = if ctx.lower_token(s_ix, i) == "the" {
                    i + 1
                } else {
                    i
                };
                if let Some(party_end) = party_after(run_end).filter(|_| {
                    run_end > first
                        && o.keyword_type(ctx.lower_token(s_ix, run_end), KeywordPosition::Last)
                            == Some(EntityType::Place)
                }) {
                    push(
                        out,
                        toks[first].span.start..toks[party_end].span.end,
                        EntityType::Organization,
                        s_ix,
                        RULE_REGIONAL_PARTY,
                    );
                    i = party_end + 1;
                    continue;
                }
                classify_run(ctx, s_ix, i, run_end, out, &mut deferred, &lower_case);
                i = run_end + 1;
            }
        }
        described_agreements(ctx, out);
        described_organizations(ctx, out);
        // Before the lone words left open are typed: a company's name is no part of a
        // person's name for them.
        guessed_people_that_are_companies(ctx, out, &deferred);
        resolve_deferred(ctx, out, deferred, &lower_case);
        places_that_are_teams(ctx, out);
        names_spelled_by_acronyms(ctx, out);
        link_acronyms(ctx, out);
    }
}

/// Places whose names the document uses for sports clubs or teams: one mention spoken of as a
/// team's ([`spoken_of_as_team`]) makes every mention of the place the team's, since an article
/// about a team also writes its name with no such sign ("Tarsk had two chances").
fn places_that_are_teams(ctx: &DocContext<'_>, out: &mut Extraction) {
    // "the Tarsk striker" is a demonym-like mention, read as a person's description. A
    // region's name may stand for its team too ("Wales have won twice").
    let known_place = |m: &EntityMention| {
        m.entity_type == EntityType::Place
            && (m.rule == RULE_GAZETTEER || m.rule == RULE_DEMONYM_PERSON)
            && m.canonical.is_some()
    };
    let teams: FxHashSet<String> = out
        .mentions
        .iter()
        .filter(|m| known_place(m) && spoken_of_as_team(ctx, m))
        .filter_map(|m| m.canonical.clone())
        .collect();
    if teams.is_empty() {
        return;
    }
    for m in out.mentions.iter_mut() {
        if known_place(m) && m.canonical.as_ref().is_some_and(|c| teams.contains(c)) {
            m.entity_type = EntityType::Organization;
            m.rule = if m.rule == RULE_DEMONYM_PERSON {
                RULE_PLACE_TEAM_DESCRIBING
            } else {
                RULE_PLACE_TEAM
            };
        }
    }
}

/// Whether the place's name at `m` is used in ways a team's is and a place's never is: before
/// a noun of the team's players, fans or side ("Tarsk striker", "Tarsk's fans"); before a
/// plural verb, as British usage writes a team ("Tarsk have won", "Tarsk were"); before a
/// score, or after one that follows a name ("Tarsk 2-1 Oskol"); or on either side of "v"
/// ("Tarsk v Oskol").
fn spoken_of_as_team(ctx: &DocContext<'_>, m: &EntityMention) -> bool {
    let s = m.sentence;
    let toks = &ctx.sentences[s].tokens;
    let first = ctx.token_from(s, m.span.start);
    let next = ctx.token_from(s, m.span.end);
    let word = |k: usize| ctx.lower_token(s, k);
    // "Tarsk fans of all ages": a noun whose "of" phrase follows says something else.
    let noun = if matches!(word(next), "'s" | "’s") {
        next + 1
    } else {
        next
    };
    if ctx
        .ontology
        .descriptor_type(word(noun), DescriptorPosition::AfterPlace)
        .is_some()
        && word(noun + 1) != "of"
    {
        return true;
    }
    // The name opens its clause: in "Oskol and Tarsk are ports", "prices in central Tarsk
    // are rising" or "Waldorf Tarsk were", the verb is another subject's.
    let opens_clause = first.checked_sub(1).is_none_or(|k| {
        matches!(
            word(k),
            "but"
                | "while"
                | "when"
                | "as"
                | "after"
                | "before"
                | "because"
                | "since"
                | "though"
                | "although"
                | "that"
                | "if"
                | "so"
                | "\""
                | "“"
                | "("
                | ":"
                | "-"
                | "–"
                | "—"
        )
    });
    if opens_clause && matches!(word(next), "have" | "are" | "were") {
        return true;
    }
    // "2-1" from its first token.
    let score_at = |k: usize| {
        k + 2 < toks.len()
            && toks[k].kind == TokenKind::Number
            && word(k + 1) == "-"
            && toks[k + 2].kind == TokenKind::Number
            && toks[k].span.end == toks[k + 1].span.start
            && toks[k + 1].span.end == toks[k + 2].span.start
    };
    // Only the "v" of fixture lists: "vs." also pits a state against its capital.
    let versus = |k: usize| word(k) == "v";
    let capitalised_at = |k: usize| toks.get(k).is_some_and(|t| is_capitalised(ctx.text(), t));
    score_at(next)
        || (first >= 4 && score_at(first - 3) && capitalised_at(first - 4))
        || (versus(next) && capitalised_at(next + 1))
        || (first >= 2 && versus(first - 1) && capitalised_at(first - 2))
}

/// A line in title case ("Leaders Meet In Geneva To Discuss Trade"): most longer words
/// capitalised and no sentence-final period. `sentences` are the line's, in order; their words
/// are counted in place, with no list of them made for every paragraph.
fn is_headline(text: &str, sentences: &[Sentence]) -> bool {
    let (mut words, mut capitalised) = (0, 0);
    for t in sentences
        .iter()
        .flat_map(|x| &x.tokens)
        .filter(|t| t.kind == TokenKind::Word && t.span.len() > 3)
    {
        words += 1;
        if t.starts_uppercase(text) {
            capitalised += 1;
        }
    }
    let last = sentences.iter().rev().find_map(|x| x.tokens.last());
    words >= 4 && capitalised * 10 >= words * 8 && last.is_none_or(|t| t.text(text) != ".")
}

/// Paragraphs written in title case: headlines, whose sentences are judged as one line.
fn headline_paragraphs(ctx: &DocContext<'_>) -> Vec<usize> {
    let mut out = Vec::new();
    let mut s = 0;
    while s < ctx.sentences.len() {
        let p = ctx.sentences[s].paragraph;
        let mut e = s;
        while e + 1 < ctx.sentences.len() && ctx.sentences[e + 1].paragraph == p {
            e += 1;
        }
        if is_headline(ctx.text(), &ctx.sentences[s..=e]) {
            out.push(p);
        }
        s = e + 1;
    }
    out
}

fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty() && word.len() <= 4 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// "al-Hilu", "bin-Salman", "de-Gaulle": a lower-case particle joined to a capitalised name.
fn is_name_particle(word: &str) -> bool {
    word.split_once('-').is_some_and(|(particle, rest)| {
        matches!(
            particle,
            "al" | "el"
                | "ad"
                | "as"
                | "ash"
                | "bin"
                | "ibn"
                | "abu"
                | "de"
                | "da"
                | "di"
                | "van"
                | "von"
                | "le"
                | "la"
        ) && rest.starts_with(char::is_uppercase)
    })
}

/// "W.", "J": a capital letter standing for a name.
fn is_initial(word: &str) -> bool {
    let letters = word.strip_suffix('.').unwrap_or(word);
    // "H.W." is two initials written together.
    letters
        .split('.')
        .all(|part| part.chars().count() == 1 && part.starts_with(char::is_uppercase))
}

/// "Tarsk-based", "Acme-backed", "Hindi-language": a name joined to a lower-case word is an
/// adjective, no part of the name after it.
fn is_hyphenated_adjective(word: &str) -> bool {
    word.rsplit_once('-')
        .is_some_and(|(_, last)| last.starts_with(char::is_lowercase))
        && !is_name_particle(word)
}

/// "Geun-hye", "Jong-un": after a name's first word, a hyphenated word whose lower-case part is
/// no English word is a romanized given name, not an adjective such as "Tarsk-based" or
/// "Acme-led" (whose part after the hyphen the lexicons know).
fn is_hyphenated_given_name(o: &Ontology, word: &str) -> bool {
    // Romanized given names are two short syllables; "World War II-era", "Surplus-should" and
    // "Obama-era" are not (the lexicons hold no singular nouns, hence the nouns listed).
    word.split_once('-').is_some_and(|(first, last)| {
        (2..=5).contains(&first.len())
            && (2..=5).contains(&last.len())
            && first.chars().skip(1).all(|c| c.is_ascii_lowercase())
            && last.chars().all(|c| c.is_ascii_lowercase())
            && !matches!(
                last,
                "era" | "area" | "zone" | "level" | "class" | "scale" | "size"
            )
            && !o.common_words.contains(last)
            && !o.verbs.contains_key(last)
            && !crate::text::MODALS.contains(&last)
    })
}

/// Whether a capitalised word may be a family name after a given name: each part of it
/// ("Ocasio-Cortez") a common family name ("Wright") or no ordinary word ("Pergram"), and no
/// keyword, title, word that is no name alone ("Olympic"), date or known name; a word without
/// a hyphen is no given name either.
fn is_family_name(o: &Ontology, word: &str) -> bool {
    word.split('-').all(|part| {
        let lower_part = part.to_lowercase();
        let w = lower_part.as_str();
        part.chars().count() > 1
            && part.starts_with(char::is_uppercase)
            && part.chars().skip(1).all(char::is_lowercase)
            && (o.word_family_names.contains(part)
                || !(o.common_words.contains(w)
                    || is_common_noun(o, w)
                    || o.verbs.contains_key(w)))
            && !o.is_title(w)
            && !o.is_non_entity(w)
            && !is_date_word(w)
            && !FUNCTION_WORDS.contains(&w)
            && [KeywordPosition::First, KeywordPosition::Last, KeywordPosition::Modifier]
                .into_iter()
                .all(|at| o.keyword_type(w, at).is_none())
            // ("Israel David" lists two names; "Ocasio-Cortez" is one.)
            && (word.contains('-')
                || !(o.given_names.contains(part) || o.word_given_names.contains(part)))
            && o.gazetteer.lookup(part).is_empty()
    })
}

/// Whether a lower-case word is a singular common noun: the lexicon lists nouns' plurals
/// ("industries", "energies").
fn is_common_noun(o: &Ontology, word: &str) -> bool {
    let plural = match word.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
        _ if word.ends_with(['s', 'x']) || word.ends_with("ch") || word.ends_with("sh") => {
            format!("{word}es")
        }
        _ => format!("{word}s"),
    };
    o.common_words.contains(&plural)
}

/// "R-South", "D-New": the initial of a party joined to a state's name.
fn is_party_and_state(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() > 2 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// "African-American", "Irish-Americans", "Latin-American": capitalised words joined by
/// hyphens to a demonym describe people or things of mixed origin, no country and no body.
fn demonym_compound(o: &Ontology, word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(first, last)| {
        let singular = last.strip_suffix('s').unwrap_or(last);
        let demonym = if o.gazetteer.lookup(last).is_empty() {
            o.is_demonym(singular)
        } else {
            o.is_demonym(last)
        };
        demonym
            && first.split('-').all(|part| {
                part.starts_with(char::is_uppercase) && part.chars().all(char::is_alphabetic)
            })
    })
}

/// A capitalised word, but not a hashtag or a handle ("#TrumpCaved", "@AcmeNews"): those
/// label posts, they name no one in the story.
fn is_capitalised(text: &str, tok: &Token) -> bool {
    // The byte before the token tells a hashtag or handle: an ASCII byte is never part of
    // another character, and this is asked of every word.
    tok.kind == TokenKind::Word
        && tok.starts_uppercase(text)
        && !text.as_bytes()[..tok.span.start].ends_with(b"#")
        && !text.as_bytes()[..tok.span.start].ends_with(b"@")
}

/// Name words are separated by spaces only (not by commas or line breaks).
fn adjacent_in_name(text: &str, a: &Token, b: &Token) -> bool {
    let gap = &text[a.span.end..b.span.start];
    gap.len() <= 2 && gap.chars().all(|c| c == ' ')
}

fn gazetteer_mention(
    ctx: &DocContext<'_>,
    s: usize,
    first: usize,
    last: usize,
    entries: &[crate::ontology::GazetteerEntry],
) -> Option<EntityMention> {
    let toks = &ctx.sentences[s].tokens;
    let span = toks[first].span.start..toks[last].span.end;
    // "the 36-year-old Ruritanian retained his title": a demonym used as a noun names a
    // person of that country. The mention still links the country, but the person, not the
    // country, is who acts (see `RULE_DEMONYM_PERSON`).
    // "the Kremlin leader said": a country's name and a title, with no name after, are a
    // person too.
    // "an American died": so does one after "a" or "an".
    // "Many Americans bought cars", "two Britons died": a plural demonym names people of the
    // country with no article too; the country did not buy or die.
    if first > 0 && matches!(ctx.lower_token(s, first - 1), "the" | "a" | "an")
        || (first > 1 && ctx.token(s, first - 1).ends_with("-old"))
        || (first == last && plural_demonym(ctx, toks[first].text(ctx.text()), entries))
    {
        let next = toks.get(last + 1);
        let noun_follows = next.is_some_and(|t| {
            t.kind == TokenKind::Word
                && !ctx
                    .ontology
                    .is_finite_verb(crate::text::lower(t.text(ctx.text())).as_ref())
                && !crate::text::MODALS.contains(&crate::text::lower(t.text(ctx.text())).as_ref())
                && !matches!(
                    t.text(ctx.text()),
                    "and" | "or" | "who" | "has" | "had" | "is" | "was"
                )
                // "sold the Dutchman to Lazio": a preposition after it ends the phrase.
                && !crate::extract::relation::OBJECT_STOP.contains(&t.text(ctx.text()))
                && t.text(ctx.text()) != "of"
                // "the Spaniard beat Roe": a form that may be a noun is the verb before a
                // name or a determiner.
                && !(ctx
                    .ontology
                    .verbs
                    .get(crate::text::lower(t.text(ctx.text())).as_ref())
                    .is_some_and(|f| f.past || f.third)
                    && toks.get(last + 2).is_some_and(|after| {
                        let w = after.text(ctx.text());
                        w.starts_with(char::is_uppercase)
                            || matches!(w, "the" | "a" | "an" | "his" | "her" | "their" | "its")
                    }))
        });
        // "the Ruritanian champion dropped him": a title after the demonym, and no name
        // after the title, describes a person too.
        let titled = next.is_some_and(|t| ctx.ontology.is_title(t.text(ctx.text())))
            && !toks
                .get(last + 2)
                .is_some_and(|t| t.text(ctx.text()).starts_with(char::is_uppercase));
        let demonym = entries.iter().all(|e| e.kind == NameKind::Demonym);
        if ((demonym && !noun_follows) || titled)
            && let Some(entry) = entries.first()
        {
            return Some(EntityMention {
                span,
                entity_type: entry.entity_type,
                canonical: Some(entry.canonical.clone()),
                sentence: s,
                rule: RULE_DEMONYM_PERSON,
                antecedent: None,
            });
        }
    }
    // A capital followed by a verb or a possessive stands for its government ("Moscow said").
    let entry = if let Some(capital) = entries.iter().find(|e| e.kind == NameKind::Capital) {
        let next = toks
            .get(last + 1)
            .map(|t| t.text(ctx.text()).to_lowercase());
        // After a preposition ("in Lisbon", "to Lisbon") the city is a place, whatever follows.
        let after_preposition = first > 0
            && matches!(
                ctx.token(s, first - 1).to_lowercase().as_str(),
                "in" | "at" | "to" | "from" | "near" | "into" | "outside" | "inside" | "via"
            );
        // "working for Lisbon", "talks with Lisbon": the government, not the city.
        let acted_with = first > 0
            && matches!(
                ctx.token(s, first - 1).to_lowercase().as_str(),
                "for" | "against" | "with" | "by" | "on"
            );
        // "These people (Lisbon)": a gloss naming who acts.
        let gloss = first > 0 && ctx.token(s, first - 1) == "(" && next.as_deref() == Some(")");
        // "Lisbon said", "Lisbon submitted", "Lisbon's troops": a city does not act.
        let acts = next.as_deref().is_some_and(|n| {
            n == "'s"
                || n == "’s"
                || crate::text::MODALS.contains(&n)
                || matches!(n, "has" | "had")
                || ctx.ontology.reporting_lemma(n).is_some()
                || ctx.ontology.is_finite_verb(n)
        });
        // "in Lisbon's war", "up to Lisbon to decide", "between Lisbon and Madrid": a
        // possessive, an infinitive after it, or a pairing with another capital or country.
        let possessive = matches!(next.as_deref(), Some("'s" | "’s"));
        let to_decide = next.as_deref() == Some("to")
            && toks.get(last + 2).is_some_and(|t| {
                ctx.ontology
                    .verbs
                    .get(t.text(ctx.text()))
                    .is_some_and(|f| f.base)
            });
        let paired = first > 0
            && ctx.token(s, first - 1).eq_ignore_ascii_case("between")
            && next.as_deref() == Some("and")
            && toks.get(last + 2).is_some_and(|t| {
                ctx.ontology
                    .gazetteer
                    .lookup(t.text(ctx.text()))
                    .iter()
                    .any(|e| e.entity_type == EntityType::Country || e.kind == NameKind::Capital)
            });
        let does = matches!(
            next.as_deref(),
            Some("does" | "did" | "doesn't" | "didn't" | "do")
        );
        // "Lisbon had long pressed Madrid": the object of a verb whose subject, earlier in
        // the clause, is a country or a capital is a government too.
        // A city is still a place to visit, leave, reach or attack.
        let government_object = first > 1
            && ctx
                .ontology
                .verbs
                .get(ctx.token(s, first - 1).to_lowercase().as_str())
                .is_some_and(|f| !f.also_noun && !PLACE_VERBS.contains(&f.lemma.as_str()))
            && (0..first - 1)
                .rev()
                .take_while(|&k| !matches!(ctx.token(s, k), "," | ";" | ":"))
                .any(|k| {
                    ctx.ontology
                        .gazetteer
                        .lookup(ctx.token(s, k))
                        .iter()
                        .any(|e| {
                            e.kind != NameKind::Demonym
                                && (e.entity_type == EntityType::Country
                                    || e.kind == NameKind::Capital)
                        })
                });
        let as_government = acted_with
            || government_object
            || gloss
            || possessive
            || to_decide
            || paired
            || does
            || (!after_preposition && acts);
        if as_government {
            return Some(EntityMention {
                span,
                entity_type: EntityType::Country,
                canonical: capital.country.clone(),
                sentence: s,
                rule: "entity/capital-metonymy",
                antecedent: None,
            });
        }
        entries
            .iter()
            .find(|e| e.kind != NameKind::Capital)
            .unwrap_or(capital)
    } else {
        entries.first()?
    };
    Some(EntityMention {
        span,
        entity_type: entry.entity_type,
        canonical: Some(entry.canonical.clone()),
        sentence: s,
        rule: RULE_GAZETTEER,
        antecedent: None,
    })
}

/// Whether `word`, found as `entries`, is a demonym's plural: the word without its final "s"
/// is a demonym of the same country ("Americans", "Britons"; not "Swiss").
fn plural_demonym(
    ctx: &DocContext<'_>,
    word: &str,
    entries: &[crate::ontology::GazetteerEntry],
) -> bool {
    let Some(singular) = word.strip_suffix('s') else {
        return false;
    };
    entries.iter().all(|e| e.kind == NameKind::Demonym)
        && ctx.ontology.gazetteer.lookup(singular).iter().any(|e| {
            e.kind == NameKind::Demonym && entries.iter().any(|p| p.canonical == e.canonical)
        })
}

/// Verbs whose object is a place even when a government acts ("Ruritania bombed Tarsk").
const PLACE_VERBS: &[&str] = &[
    "visit", "leave", "reach", "enter", "tour", "attack", "bomb", "shell", "strike", "hit",
    "capture", "seize", "take", "surround", "besiege", "occupy", "flee", "evacuate", "host",
    "liberate", "invade", "target", "raid", "storm", "defend", "control",
];

/// Grammar words that may be capitalised before a name without being part of it.
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "and", "but", "or", "of", "on", "in", "at", "by", "for", "from", "with",
    "to", "as", "this", "that", "these", "those", "last", "next", "every", "each", "when", "while",
    "after", "before", "since", "until", "if", "so", "then", "he", "she", "it", "we", "they", "i",
    "you",
];

/// Sentence adverbs that look like plurals: "Perhaps Roe will", "Sometimes Roe says".
const ADVERBS_ENDING_IN_S: &[&str] = &[
    "perhaps",
    "always",
    "sometimes",
    "afterwards",
    "nevertheless",
    "besides",
    "regardless",
    "nowadays",
    "whereas",
    "unless",
    "towards",
];

/// Words that open many place and organization names ("South Kordofan", "National Guard"), so
/// they stay part of a run even at the start of a sentence.
const NAME_INITIAL_WORDS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "national", "federal", "state", "royal", "united", "new", "upper", "lower", "great", "greater",
];

/// Words before a named day: "on Super Tuesday", "since Black Friday", "this Cyber Monday".
const DAY_NAME_OPENERS: &[&str] = &[
    "on", "since", "until", "till", "before", "after", "by", "the", "this", "last", "next",
];

/// Whether `w` (lower case) names a day: a weekday, "today", "yesterday" or "tomorrow".
fn is_day_word(w: &str) -> bool {
    crate::text::WEEKDAYS.contains(&w) || matches!(w, "today" | "yesterday" | "tomorrow")
}

fn is_date_word(w: &str) -> bool {
    // "Oct.", "Sept.": a month's abbreviation.
    let abbreviation = w.strip_suffix('.').filter(|a| a.len() >= 3);
    is_day_word(w)
        || crate::text::MONTHS.contains(&w)
        || abbreviation.is_some_and(|a| crate::text::MONTHS.iter().any(|m| m.starts_with(a)))
}

/// Whether token `k` of sentence `s` opens it. After a dateline ("WASHINGTON — Jane Roe, an
/// aide, …") the text runs on as if mid-sentence: what follows the dash is capitalised because
/// it is a name.
fn opens_sentence(ctx: &DocContext<'_>, s: usize, k: usize) -> bool {
    (k == 0 || after_list_marker(ctx, s, k)) && !(s > 0 && ctx.sentences[s - 1].dateline)
}

/// Whether the tokens before token `k` are only a list's number ("1) Will Roe win?", "(2)
/// Lee"), so that `k` is the first word. (A dash before a name is no list: "—Jane Roe
/// contributed reporting".)
fn after_list_marker(ctx: &DocContext<'_>, s: usize, k: usize) -> bool {
    let number = |i: usize| {
        let w = ctx.token(s, i);
        !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())
    };
    match k {
        2 => number(0) && matches!(ctx.token(s, 1), ")" | "."),
        3 => ctx.token(s, 0) == "(" && number(1) && ctx.token(s, 2) == ")",
        _ => false,
    }
}

/// Whether token `k` of sentence `s` opens it or a quotation, which is a sentence of its own.
fn opens_sentence_or_quotation(ctx: &DocContext<'_>, s: usize, k: usize) -> bool {
    opens_sentence(ctx, s, k) || (k > 0 && ctx.sentences[s].tokens[k - 1].kind == TokenKind::Quote)
}

/// "We’ll", "It's": a pronoun with a clitic, never a name.
fn is_contraction(w: &str) -> bool {
    w.split_once(['\'', '’']).is_some_and(|(_, tail)| {
        matches!(
            tail.to_lowercase().as_str(),
            "ll" | "re" | "ve" | "d" | "m" | "t" | "s"
        )
    })
}

/// Whether `word` and `next` name a numbered provision: "Article 5", "article 12" (an
/// agreement's), "Title IX", "Title VII" (a law's, numbered in Roman numerals).
/// (The next token's kind is the cheaper test, and rules out nearly every word.)
fn numbered_provision(text: &str, word: &Token, next: Option<&Token>) -> bool {
    match next.map(|n| (n.kind, n.text(text))) {
        Some((TokenKind::Number, _)) => word.text(text).eq_ignore_ascii_case("article"),
        Some((TokenKind::Word, numeral)) => {
            word.text(text) == "Title"
                && numeral.len() <= 5
                && numeral
                    .bytes()
                    .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
        }
        _ => false,
    }
}

/// Types the capitalised run `toks[first..=last]` of sentence `s` and records it.
fn classify_run(
    ctx: &DocContext<'_>,
    s: usize,
    mut first: usize,
    last: usize,
    out: &mut Extraction,
    deferred: &mut Vec<(usize, Range<usize>)>,
    lower_case: &LowerCaseWords<'_>,
) {
    let text = ctx.text();
    let o = ctx.ontology;
    let toks = &ctx.sentences[s].tokens;
    let word = |i: usize| toks[i].text(text);
    let lower = |i: usize| ctx.lower_token(s, i);
    let sentence_start = opens_sentence_or_quotation(ctx, s, first);
    if in_slogan(ctx, s, first) {
        return;
    }

    // Leading words that never start a name: the sentence's first word ("But", "Many"),
    // function words and dates anywhere ("The", "On", "Thursday"). Inside a run, listed words
    // such as "National" or "North" may still begin a name. A colon opens a clause too: "the
    // question: Could Roe win?", "the motto: Let Roe be Roe".
    let clause_start = sentence_start || (first > 0 && toks[first - 1].text(text) == ":");
    let mut at = first;
    while at <= last {
        let w = lower(at);
        if o.is_honorific(w) && at < last {
            // "Mr Lee": the rest is a person ("Mr. Lee Monday": but for a day's name after it).
            let mut end = last;
            while end > at + 1 && is_day_word(lower(end)) {
                end -= 1;
            }
            let span = toks[at + 1].span.start..toks[end].span.end;
            push(out, span, EntityType::Person, s, RULE_TITLE_PERSON);
            return;
        }
        let strippable = o.is_non_entity(w)
            && ((at == first
                && clause_start
                && !(at < last
                    && (NAME_INITIAL_WORDS.contains(&w)
                        // "Citizens United", "Workers Party": a plural noun that is no
                        // entity alone may open a name ("Perhaps", "Various" are none).
                        || (w.len() > 4
                            && w.ends_with('s')
                            && !["ss", "us", "is"].iter().any(|e| w.ends_with(e))
                            && !ADVERBS_ENDING_IN_S.contains(&w))
                        || matches!(w, "women" | "men" | "children" | "people"))))
                || FUNCTION_WORDS.contains(&w)
                // "the Sunday Times": a day's name after "the" opens a title.
                || (is_date_word(w)
                    && !(at < last
                        && at > 0
                        && lower(at - 1) == "the"
                        && crate::text::WEEKDAYS.contains(&w))));
        // "AT&T": letters glued to an ampersand open a firm's name, whatever word they spell.
        let before_ampersand = text[toks[at].span.end..].starts_with('&');
        if (!strippable || before_ampersand) && !is_contraction(word(at)) {
            break;
        }
        at += 1;
    }
    first = at;
    if first > last {
        return;
    }
    // "told the Sunday Times Mr Lee would …": an honorific inside a run starts a person's name.
    if let Some(k) = (first + 1..last).find(|&k| o.is_honorific(lower(k))) {
        classify_run(ctx, s, first, k - 1, out, deferred, lower_case);
        let span = toks[k + 1].span.start..toks[last].span.end;
        push(out, span, EntityType::Person, s, RULE_TITLE_PERSON);
        return;
    }
    // "Rep. Jim Beck (R-South Carolina)", "Jim Beck, D-New York,": a lawmaker's party joined
    // to a state names no one (in brackets or after a comma: "D-Wave Systems" is a firm).
    if is_party_and_state(word(first)) && first > 0 && matches!(word(first - 1), "(" | ",") {
        return;
    }
    // "Senator Ann Lee (D., N.Y.) said": a party and state after a lawmaker's name describe
    // her; the state does not speak.
    if first >= 3
        && word(first - 1) == ","
        && matches!(word(first - 2), "D." | "R." | "I.")
        && word(first - 3) == "("
    {
        return;
    }
    // "met with Jane Roe Tuesday": a weekday that ends a run dates the clause and is no part
    // of the name. After a word that opens a time phrase a word and a weekday name a day ("on
    // Super Tuesday", "before Black Friday"; but not "the Tarsk Supreme Court Wednesday").
    let mut last = last;
    if last > first && crate::text::WEEKDAYS.contains(&lower(last)) {
        if last == first + 1 && first > 0 && DAY_NAME_OPENERS.contains(&lower(first - 1)) {
            let span = toks[first].span.start..toks[last].span.end;
            push(out, span, EntityType::Event, s, RULE_NAMED_DAY);
            return;
        }
        last -= 1;
    }
    let len = last - first + 1;
    // A listed word alone ("GMT", "Thursday") is never an entity.
    if len == 1 && o.is_non_entity(lower(first)) {
        return;
    }
    // Several all-capital words ("BREAKING NEWS UPDATE") are a shouted heading, not a name;
    // so are shorter ones that make a clause ("ACME HAS SOLD IT").
    let shouted = |i: usize| word(i).chars().all(|c| !c.is_lowercase());
    if len >= 2
        && (first..=last).all(shouted)
        && ((first..=last).all(|i| word(i).len() > 4)
            || (first + 1..=last).any(|i| super::relation::finite_or_auxiliary(ctx, lower(i))))
    {
        return;
    }
    // "the third-ranking House Democrat,", "a Senate Republican said": after a lower-case word
    // and before a clause's end or verb, a run ending in a title that is no entity alone
    // describes a person, and names no body ("the Liberal Democrat leader" names the party).
    if len >= 2
        && first > 0
        && toks[first - 1].kind == TokenKind::Word
        && (word(first - 1).starts_with(char::is_lowercase)
            || matches!(lower(first - 1), "a" | "an" | "the"))
        && o.is_title(lower(last))
        && o.is_non_entity(lower(last))
        && toks.get(last + 1).is_none_or(|next| {
            let w = next.text(text);
            matches!(w, "," | "." | ";" | ":" | ")")
                || crate::extract::relation::finite_or_auxiliary(ctx, w)
        })
    {
        return;
    }
    let span = toks[first].span.start..toks[last].span.end;

    // "Director of Public Prosecutions Ken Roe", "Tarsk Globe Group Jane Roe": a given name
    // after a body's name (two or more words, none a given name or a title, the last a
    // plural or an organization's head word) starts a person's name of its own.
    if let Some(k) = (first + 2..=last).find(|&k| {
        let body_head = lower(k - 1);
        o.given_names.contains(word(k))
            && (first..k).all(|i| {
                !o.given_names.contains(word(i))
                    && word(i).len() > 2
                    && !o.is_title_or_plural(lower(i))
                    && !o.title_modifiers.contains(lower(i))
            })
            && ((body_head.ends_with('s') && body_head.len() > 4)
                || o.keyword_type(body_head, KeywordPosition::Last)
                    == Some(EntityType::Organization))
    }) {
        classify_run(ctx, s, first, k - 1, out, deferred, lower_case);
        classify_run(ctx, s, k, last, out, deferred, lower_case);
        return;
    }
    // "Association of Chief Police Officers": a body named with a title is no person.
    let body_of = last > first + 1
        && word(first + 1) == "of"
        && o.keyword_type(lower(first), KeywordPosition::First) == Some(EntityType::Organization);

    // A title inside the run with a name after it: "Deputy Spokesperson Jane Roe".
    // ("Martin Luther King Jr.": a generational suffix alone is no name, so the word
    // before it is a surname, not a title.)
    if let Some(k) = last_title_end(ctx, s, first, last)
        .filter(|&k| !(body_of || (k + 1 == last && is_generational_suffix(word(last)))))
    {
        let name_first = k + 1;
        let name_last = last;
        let head = lower(name_last);
        // "the Democrat House members", "the Rep. House & Senate": a body's first word
        // alone after a party label is the body.
        // ("the Democrat Party": a word that also ends a body's name ends this one.)
        let is_org = o.keyword_type(head, KeywordPosition::Last).is_some();
        if name_first == name_last
            && !is_org
            && o.keyword_type(head, KeywordPosition::First) == Some(EntityType::Organization)
        {
            let body = toks[name_first].span.clone();
            push(out, body, EntityType::Organization, s, RULE_KEYWORD);
            return;
        }
        // "Chief Executive of Acme": the name after "of" is the title's organization, not
        // a person.
        if word(name_first) == "of" {
            if name_first < last {
                classify_run(ctx, s, name_first + 1, last, out, deferred, lower_case);
            }
            return;
        }
        // "Chief Executive": a title phrase that ends the run takes the word after "Chief".
        let title_ends_run = (first..=name_first).any(|a| {
            let phrase: Vec<&str> = (a..=last).map(lower).collect();
            o.is_title(&phrase.join(" "))
        });
        // ("Rep. Steve King", "Gov. Ann Bishop": after a given name a title word is a family
        // name.)
        let family_name_title = name_last > name_first && o.given_names.contains(word(name_first));
        if !is_org
            && !title_ends_run
            && !o.is_title(lower(name_first))
            && (!o.is_title_or_plural(head) || family_name_title)
        {
            // "Police Chief Jane Roe of Oskol": the person's name ends before "of", and the
            // name after it is where the person works.
            let name_last = (name_first + 1..last)
                .find(|&j| word(j) == "of")
                .map_or(last, |of| of - 1);
            // "Republican Democrat Independent Men Women", a poll table's header: three or more
            // words that are all adjectives or plural nouns, none a given name, name no one
            // (two may: "Amber Strong").
            if name_last >= name_first + 2
                && (name_first..=name_last)
                    .all(|i| o.common_words.contains(lower(i)) && !o.given_names.contains(word(i)))
            {
                return;
            }
            let person_span = toks[name_first].span.start..toks[name_last].span.end;
            // "Calling President Jane Roe a …": an "-ing" verb that opens the sentence opens a
            // clause, not the title ("Acting President" is one, and "Marketing Director" names
            // a job: a form that is also a noun stays).
            let title_first = if first == 0
                && first < k
                && lower(first).ends_with("ing")
                && o.verbs.get(lower(first)).is_some_and(|f| !f.also_noun)
                && !o.title_modifiers.contains(lower(first))
            {
                first + 1
            } else {
                first
            };
            let title = text[toks[title_first].span.start..toks[k].span.end].to_string();
            let person = push(
                out,
                person_span.clone(),
                EntityType::Person,
                s,
                RULE_TITLE_PERSON,
            );
            add_role(ctx, s, title_first, person, title, out);
            if name_last < last {
                classify_run(ctx, s, name_last + 2, last, out, deferred, lower_case);
            }
            return;
        }
    }
    // A run that is only a title ("President", "Defense Secretary", "Senators") names nobody.
    // (One title word may be the family name of a person the document names in full,
    // "King said" after "Rep. Steve King": resolve_deferred keeps it only then.)
    let run = text[span.clone()].to_lowercase();
    if o.is_title_or_plural(&run) || (len == 1 && o.title_modifiers.contains(lower(first))) {
        if len == 1
            && o.is_title(&run)
            && word(first).chars().skip(1).any(char::is_lowercase)
            && !(first > 0 && lower(first - 1) == "the")
        {
            deferred.push((s, span));
        }
        return;
    }

    // "Smith & Sons": an ampersand joins the names of a firm.
    if toks[first..=last].iter().any(|t| t.text(text) == "&") {
        push(out, span, EntityType::Organization, s, RULE_KEYWORD);
        return;
    }
    // "World War II", "Super Bowl 50": a numeral after the head word.
    let head =
        if last > first && (is_roman_numeral(word(last)) || toks[last].kind == TokenKind::Number) {
            last - 1
        } else {
            last
        };
    // "Laurence H. Tribe", "Ann W. Post": a given name and a middle initial make the run a
    // person's name even when it ends in a body's head word (not "Emanuel A.M.E. Church",
    // whose letters abbreviate a name of their own).
    let given_name_and_initial = len == 3
        && o.given_names.contains(word(first))
        && is_initial(word(first + 1))
        && word(first + 1).trim_end_matches('.').chars().count() == 1;
    if !given_name_and_initial && let Some(t) = o.keyword_type(lower(head), KeywordPosition::Last) {
        // A keyword alone ("Forum", "Ministry") names nothing in particular.
        if len > 1 {
            push(out, span, t, s, RULE_KEYWORD);
        }
        return;
    }
    // "Tarsk Chamber of Commerce", "Tarsk Society of Engineers": a body's head word before
    // the run's "of".
    if let Some(of) = (first + 1..last).find(|&k| word(k) == "of")
        && (o.keyword_type(lower(of - 1), KeywordPosition::Last) == Some(EntityType::Organization)
            || plural_body_head(o, word(of - 1)).is_some())
    {
        push(out, span, EntityType::Organization, s, RULE_KEYWORD);
        return;
    }
    // "Treaty of Rome", "Convention on Human Rights": an agreement's first keyword is followed
    // by its preposition; "Bill Clinton" and "Act Smart" are no agreements.
    let preposition_follows = toks
        .get(first + 1)
        .is_some_and(|t| matches!(t.text(text), "of" | "on" | "for" | "between"));
    if len > 1
        && let Some(t) = o.keyword_type(lower(first), KeywordPosition::First)
        && (t != EntityType::Agreement || preposition_follows)
    {
        push(out, span, t, s, RULE_KEYWORD);
        return;
    }
    if is_acronym(word(first)) && len == 1 {
        push(out, span, EntityType::Organization, s, RULE_ACRONYM);
        return;
    }
    if len >= 2 && o.given_names.contains(word(first)) {
        // "the mortgage firm Freddie Vantrel": a company noun right before the name says what
        // it is, though it opens with a given name; "the firm Jane Roe founded" has its
        // determiner right before the noun and a verb after the name.
        let company_noun = first >= 2
            && o.descriptor_type(lower(first - 1), DescriptorPosition::BeforeGivenName)
                == Some(EntityType::Organization)
            && !(matches!(lower(first - 2), "the" | "a" | "an")
                && toks
                    .get(last + 1)
                    .is_some_and(|t| o.is_finite_verb(t.text(text))));
        let t = if company_noun {
            EntityType::Organization
        } else {
            EntityType::Person
        };
        push(out, span, t, s, RULE_GIVEN_NAME);
        return;
    }
    // "Ruritania state", "Oskol region": a lower-case place noun after the name is part of it.
    if let Some(next) = toks.get(last + 1)
        && next.kind == TokenKind::Word
        && next.text(text).starts_with(char::is_lowercase)
        && adjacent_in_name(text, &toks[last], next)
        && let Some(t) = o.descriptor_type(next.text(text), DescriptorPosition::After)
    {
        push(
            out,
            toks[first].span.start..next.span.end,
            t,
            s,
            RULE_DESCRIPTOR,
        );
        return;
    }
    // "air carrier Vietavia", "the town of Millbrook": a descriptor noun before the name.
    if first > 0 {
        let prev = lower(first - 1);
        let of_type = (prev == "of" && first > 1)
            .then(|| o.descriptor_type(lower(first - 2), DescriptorPosition::Of))
            .flatten();
        // "her sister, Ines": a comma may stand between the noun and the name.
        let before = if prev == "," && first > 1 {
            lower(first - 2)
        } else {
            prev
        };
        if let Some(t) = of_type.or_else(|| o.descriptor_type(before, DescriptorPosition::Before)) {
            push(out, span, t, s, RULE_DESCRIPTOR);
            return;
        }
    }
    // "Richard Roe of Globex Research": the name after a person's "of" is where they work.
    let affiliation = first >= 2
        && word(first - 1) == "of"
        && out.mentions.last().is_some_and(|m| {
            m.entity_type == EntityType::Person
                && m.sentence == s
                && m.span.end == toks[first - 2].span.end
        });
    if affiliation {
        // ("Mayor Jane Roe of Springfield": after the title of an office that governs a
        // place, the name is that place.)
        let person_first = out
            .mentions
            .last()
            .map_or(0, |m| ctx.token_from(s, m.span.start));
        let governs_place = (person_first.saturating_sub(3)..person_first).any(|k| {
            matches!(
                lower(k).trim_end_matches('.'),
                "mayor" | "governor" | "gov" | "sheriff" | "councilman" | "councilwoman"
            )
        });
        let entity_type = if governs_place {
            EntityType::Place
        } else {
            EntityType::Organization
        };
        push(out, span, entity_type, s, RULE_CONTEXT);
        return;
    }
    // ("banks turn to Acmesoft said Jane Roe, director of …": the name after the verb, ending
    // its clause, is who said it; "Roe says Washington will …" opens what was said.)
    // (Asked only after a reporting verb: this runs for every capitalised run.)
    let name_word = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.text(text).starts_with(char::is_uppercase)
                && !o.is_non_entity(lower(k))
                && !is_date_word(lower(k))
        })
    };
    let speaker_after = || {
        name_word(last + 2) && {
            let end = (last + 2..(last + 6).min(toks.len()))
                .find(|&k| !name_word(k))
                .unwrap_or(toks.len());
            toks.get(end)
                .is_none_or(|t| matches!(t.text(text), "," | "." | ";"))
        }
    };
    let next_is_reporting = toks
        .get(last + 1)
        .is_some_and(|t| o.reporting_lemma(t.text(text)).is_some())
        && !speaker_after();
    // Person names have no "of" or "for" inside ("Republic of Ruritania" is not a person).
    let has_connector = toks[first..=last]
        .iter()
        .any(|t| matches!(t.text(text), "of" | "for" | "the" | "on" | "&"));
    if (2..=4).contains(&len)
        && !has_connector
        && toks[first..=last].iter().all(|t| t.kind == TokenKind::Word)
    {
        // An unknown multi-word name: in news, most are people. At the start of a sentence the
        // first word may be an ordinary word, so require a verb after it ("Jane Roe said",
        // "Jane Roe stopped …") or a title in an appositive.
        let next_is_verb = toks
            .get(last + 1)
            .is_some_and(|t| o.is_finite_verb(t.text(text)));
        // "Southern Ruritania", "North Oskol": a place modifier does not start a person's name;
        // nor does a nationality adjective ("the Scottish Executive", "the Faroese Parliament").
        let nationality = {
            let w = word(first);
            w.len() > 5 && (w.ends_with("ish") || w.ends_with("ese"))
        };
        // "the Zelmar Fellowship", "the Valdoran Fighter": a last word that is a common
        // noun (by its ending, or written in lower case elsewhere in the document) is no
        // family name.
        let last_word = lower(last);
        // ("Windows XP", "Galaxy S10": an acronym or a model number ends no person's name,
        // save an honour or a generation after it.)
        // "the Beach Boys", "Six Nations", "All Blacks": a plural ends the name of a band, a
        // team or a body opened by an article, a number or "all"; a family name so spelt
        // follows a person's given name ("Bill Gates", "Keanu Reeves").
        let plural_body = o.common_words.contains(last_word)
            && last_word.ends_with('s')
            && !last_word.ends_with("ss")
            && ((first > 0 && lower(first - 1) == "the")
                || lower(first) == "all"
                || NUMBER_WORDS.iter().any(|(n, _)| *n == lower(first)));
        let common_last = ends_like_common_noun(last_word)
            || lower_case.contains(last_word)
            || plural_body
            || (is_acronym(word(last))
                && !matches!(
                    word(last),
                    "QC" | "KC" | "MP" | "MEP" | "MBE" | "OBE" | "CBE" | "II" | "III" | "IV"
                ));
        // "Federal Reserve", "Daily Beast", "Random House": an ordinary adjective, adverb or
        // plural opens no person's name, save a given name so written ("Frank", "Rich").
        // ("Planned Parenthood", "Allied Forces": nor does a verb's past form.)
        let ordinary_first = (o.common_words.contains(lower(first))
            || o.verbs.get(lower(first)).is_some_and(|f| {
                (f.past || f.participle) && !f.also_noun && lower(first).ends_with("ed")
            }))
            && !o.word_given_names.contains(word(first))
            && !o.given_names.contains(word(first));
        // "SSL International", "BDO Stoy Hayward": an acronym of three or more capitals opens
        // no person's name (two may be a person's initials: "JD Roe").
        // Dotted initials before one family name are a person's ("W.E.B. Roe"), whatever
        // their count.
        let initials_of_person = last == first + 1
            && word(first).len() >= 6
            && word(first)
                .as_bytes()
                .chunks(2)
                .all(|pair| pair.len() == 2 && pair[0].is_ascii_uppercase() && pair[1] == b'.');
        let acronym_first = is_acronym(word(first))
            && word(first).chars().filter(char::is_ascii_uppercase).count() >= 3
            && !initials_of_person;
        // "Justices Ann Lee", "Former Vice-President Tom Hale", "CPAC Wayne Roe": ordinary
        // words, titles and acronyms the run took in before a given name and a family name;
        // the person starts at the given name.
        if (ordinary_first || acronym_first)
            && let Some(k) = (first + 1..last).find(|&k| {
                o.given_names.contains(word(k))
                    || o.word_given_names.contains(word(k))
                    || (acronym_first && o.given_name_sexes.contains_key(word(k)))
            })
        {
            let person_span = toks[k].span.start..toks[last].span.end;
            push(out, person_span, EntityType::Person, s, RULE_GIVEN_NAME);
            return;
        }
        let t =
            if o.keyword_type(lower(first), KeywordPosition::Modifier) == Some(EntityType::Place) {
                EntityType::Place
            } else if nationality || common_last || ordinary_first || acronym_first {
                EntityType::Organization
            } else {
                EntityType::Person
            };
        // "Quina Roe, 25, said": an age between commas follows only a person.
        let age_follows = toks.get(last + 1).is_some_and(|t| t.text(text) == ",")
            && toks
                .get(last + 2)
                .is_some_and(|t| t.kind == TokenKind::Number && t.text(text).len() <= 3)
            && toks.get(last + 3).is_some_and(|t| t.text(text) == ",");
        if !sentence_start
            || next_is_reporting
            || next_is_verb
            || age_follows
            || title_appositive_follows(ctx, s, last)
        {
            let t = if age_follows { EntityType::Person } else { t };
            push(out, span, t, s, RULE_CONTEXT);
        }
        return;
    }
    if len == 1 {
        if next_is_reporting && !sentence_start_common(ctx, s, first, sentence_start, lower_case) {
            // "the Tennessean reported": no person takes an article, save a family in the
            // plural ("the Roes said").
            let after_the = first > 0 && lower(first - 1) == "the" && !word(first).ends_with('s');
            let t = if is_camel_case_brand(word(first)) || is_web_domain(word(first)) || after_the {
                EntityType::Organization
            } else {
                EntityType::Person
            };
            push(out, span, t, s, RULE_CONTEXT);
        } else {
            deferred.push((s, span));
        }
    }
}

/// The quotation marks around tokens `first..=last` of sentence `s` when nothing but a
/// title-case phrase stands between them ("the “Make America Great Again” hat"): capitalised
/// words, and the short function words a title writes in lower case.
pub(super) fn quoted_title(
    ctx: &DocContext<'_>,
    s: usize,
    first: usize,
    last: usize,
) -> Option<(usize, usize)> {
    let toks = &ctx.sentences[s].tokens;
    let text = ctx.text();
    let title_word = |k: usize| {
        toks[k].kind == TokenKind::Word
            && (toks[k].text(text).starts_with(char::is_uppercase)
                || matches!(
                    ctx.lower_token(s, k),
                    "the" | "a" | "an" | "of" | "and" | "to" | "for" | "in" | "on"
                ))
    };
    let open = (0..first)
        .rev()
        .find(|&k| !title_word(k))
        .filter(|&k| toks[k].kind == TokenKind::Quote)?;
    let close = (last + 1..toks.len())
        .find(|&k| !title_word(k))
        .filter(|&k| toks[k].kind == TokenKind::Quote)?;
    Some((open, close))
}

/// Whether the run at token `first` is inside a slogan or title in quotation marks that
/// opens with a verb's base form ("wore a “Make America Great Again” hat", "the “Stop the
/// Steal” rally"): its words are no name (a known name in it, matched before the runs, stays
/// one). "“Ask Tom Hale what he did,” Roe said" is speech.
fn in_slogan(ctx: &DocContext<'_>, s: usize, first: usize) -> bool {
    let Some((open, _)) = quoted_title(ctx, s, first, first) else {
        return false;
    };
    open + 1 < first
        && ctx
            .ontology
            .verbs
            .get(ctx.lower_token(s, open + 1))
            .is_some_and(|f| f.base)
        && !ctx
            .ontology
            .given_names
            .contains(ctx.sentences[s].tokens[open + 1].text(ctx.text()))
}

/// Whether `word` is a web site's domain ("Vantrel.com", "OpenData.org"): a site is its
/// publisher, an organization.
fn is_web_domain(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(name, domain)| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
            && matches!(
                domain,
                "com" | "org" | "net" | "gov" | "edu" | "io" | "co" | "news" | "info" | "uk"
            )
    })
}

/// Whether `word` has a capital inside it after a lower-case letter, as brands do ("YouTube",
/// "BuzzFeed", "AirAsia"), and is no family name so written ("McCarthy", "DeSantis",
/// "LaPierre", "MacArthur").
fn is_camel_case_brand(word: &str) -> bool {
    const FAMILY_PREFIXES: &[&str] = &[
        "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von",
    ];
    word.chars()
        .zip(word.chars().skip(1))
        .skip(1)
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
        && !FAMILY_PREFIXES.iter().any(|p| {
            word.strip_prefix(p)
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        })
}

/// "Jane Roe, the governor of …", "Jane Roe, the UN special rapporteur": a title of one to
/// three words within the few words after a comma.
fn title_appositive_follows(ctx: &DocContext<'_>, s: usize, last: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    let text = ctx.text();
    let words_end = (last + 2..(last + 7).min(toks.len()))
        .find(|&i| toks[i].kind != TokenKind::Word)
        .unwrap_or((last + 7).min(toks.len()));
    toks.get(last + 1).is_some_and(|t| t.text(text) == ",")
        && (last + 2..words_end).any(|i| title_opens_at(ctx, s, i, words_end))
}

/// Whether a listed title of one to three words, ending before token `end`, opens at token
/// `k`: "chairman", "Special Rapporteur", "White House Press Secretary".
fn title_opens_at(ctx: &DocContext<'_>, s: usize, k: usize, end: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    (k..(k + 3).min(end)).any(|j| {
        ctx.ontology
            .is_title(&ctx.text()[toks[k].span.start..toks[j].span.end])
    })
}

/// A word opening a sentence or a quotation (`sentence_start`) and followed by a reporting
/// verb is still a name unless it is a pronoun or another word listed as never an entity, or an
/// ordinary English word ("Suspect says …", "Posts threatening …", "\"Dismal reports …").
fn sentence_start_common(
    ctx: &DocContext<'_>,
    s: usize,
    i: usize,
    sentence_start: bool,
    lower_case: &LowerCaseWords<'_>,
) -> bool {
    ctx.ontology.is_non_entity(ctx.lower_token(s, i))
        || (sentence_start && ordinary_opening_word(ctx, ctx.token(s, i), lower_case))
}

/// Whether `lower_word` is a verb's -ing form and no other form of a verb: "falling", but not
/// "wing" or "ring", base forms that are family names too.
fn gerund_only(o: &Ontology, lower_word: &str) -> bool {
    lower_word.ends_with("ing")
        && o.verbs
            .get(lower_word)
            .is_some_and(|f| !(f.base || f.past || f.third || f.participle))
}

/// Whether `word`, capitalised at the start of a sentence, is an ordinary English word there
/// ("History will record …"): one the lexicon lists, a noun whose plural it lists ("Industry
/// suggests …"), a verb's base form that is also a noun, as uncountable ones with no plural are
/// ("Research suggests …"), a verb's -ing form ("Falling demand …") or a word ending like a
/// common noun ("Speculation suggests …"); no given name, and never
/// capitalised inside a sentence of the document, where "Trump" and "Bell" show they are names.
fn ordinary_opening_word(
    ctx: &DocContext<'_>,
    word: &str,
    lower_case: &LowerCaseWords<'_>,
) -> bool {
    let lower_word = word.to_lowercase();
    (ctx.ontology.common_words.contains(&lower_word)
        || is_common_noun(ctx.ontology, &lower_word)
        || ctx
            .ontology
            .verbs
            .get(lower_word.as_str())
            .is_some_and(|f| f.base && f.also_noun)
        || gerund_only(ctx.ontology, &lower_word)
        || ends_like_common_noun(&lower_word))
        && !ctx.ontology.given_names.contains(word)
        && !lower_case.capitalised_inside_sentence(word)
}

/// "Jr.", "Sr.", "III": a suffix that tells a person from a parent of the same name.
fn is_generational_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Jr" | "Sr" | "II" | "III" | "IV"
    )
}

/// The index of the last token of the rightmost title phrase in `first..last` (exclusive of
/// `last`, so a name follows it).
fn last_title_end(ctx: &DocContext<'_>, s: usize, first: usize, last: usize) -> Option<usize> {
    let o = ctx.ontology;
    // Every phrase tried is made in one buffer from the words the context lowered once: a
    // run of n words tries up to 5n phrases.
    let mut phrase = String::new();
    (first..last).rev().find(|&k| {
        (first..=k).rev().take(5).any(|a| {
            phrase.clear();
            for i in a..=k {
                if i > a {
                    phrase.push(' ');
                }
                phrase.push_str(ctx.lower_token(s, i));
            }
            o.is_title(&phrase)
        })
    })
}

/// Whether the run of tokens `first..=last` of sentence `s` takes the connecting word
/// `connector` after it and the capitalised words after that: a person's name takes no "for",
/// "of", "on" or "the" ("Clint Eastwood for Best Director"), and "for" joins only an
/// organization's head word ("Institute for Fiscal Studies", "Campaign for Nuclear
/// Disarmament").
fn joins_connector(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    first: usize,
    last: usize,
    connector: &str,
) -> bool {
    let (o, text) = (ctx.ontology, ctx.text());
    let run = &ctx.sentences[s].tokens[first..=last];
    let person = run
        .first()
        .is_some_and(|t| o.given_names.contains(t.text(text)));
    match connector {
        "for" => {
            !person
                && run
                    .last()
                    .is_some_and(|t| o.keywords.contains_key(lower(t.text(text)).as_ref()))
        }
        "of" | "on" | "the" => !person,
        // "National Association of Elected and Appointed Officials", "Department of Health
        // and Human Services": "and" joins inside a body's "of" phrase, or two words before a
        // body's head word.
        "and" => {
            let words: Vec<&str> = run.iter().map(|t| t.text(text)).collect();
            let of = words.iter().position(|w| *w == "of");
            let body = |w: &&str| {
                o.keyword_type(w, KeywordPosition::First) == Some(EntityType::Organization)
                    || o.keyword_type(w, KeywordPosition::Last) == Some(EntityType::Organization)
            };
            !person
                && (of.is_some_and(|of| words[..of].iter().any(body))
                    || and_joins_body_words(ctx, s, last)
                    || glossed_across_and(ctx, s, first, last)
                    || and_joins_committee_words(ctx, s, last)
                    || and_joins_title_words(ctx, out, s, first, last))
        }
        _ => true,
    }
}

/// Whether the "and" after token `last` joins two common nouns of a body's name, the second
/// right before the body's head word: "Fish and Wildlife Service", "Energy and Commerce
/// Committee". ([`joins_connector`] asks it of no person's name: "Tom and Jerry Smith".)
fn and_joins_body_words(ctx: &DocContext<'_>, s: usize, last: usize) -> bool {
    let o = ctx.ontology;
    let toks = &ctx.sentences[s].tokens;
    // A name's head word before "and" ends a first name ("Acme Bank and Globex Trust" are
    // two, and so are "the Tarsk Cup and Oskol League"); the word after "and" is the second
    // of the pair, with the body's head word right after it.
    let noun = last + 2;
    let head = last + 3;
    is_common_noun(o, ctx.lower_token(s, last))
        && o.keyword_type(ctx.lower_token(s, last), KeywordPosition::Last)
            .is_none()
        && head < toks.len()
        && is_capitalised(ctx.text(), &toks[noun])
        && !o.given_names.contains(ctx.token(s, noun))
        && !FUNCTION_WORDS.contains(&ctx.lower_token(s, noun))
        && is_capitalised(ctx.text(), &toks[head])
        && adjacent_in_name(ctx.text(), &toks[noun], &toks[head])
        && o.keyword_type(ctx.lower_token(s, head), KeywordPosition::Last)
            == Some(EntityType::Organization)
        && toks
            .get(head + 1)
            .is_none_or(|t| !is_capitalised(ctx.text(), t))
}

/// Whether the "and" after token `last` joins the subjects of a committee's name: "House
/// Energy and Commerce Committee", "Senate Energy and Natural Resources Committee". A
/// legislature names its committees by the fields they oversee, so the words on both sides
/// of "and" are one name even when one of them is a head word elsewhere ("Acme Energy").
fn and_joins_committee_words(ctx: &DocContext<'_>, s: usize, last: usize) -> bool {
    let (o, text) = (ctx.ontology, ctx.text());
    let toks = &ctx.sentences[s].tokens;
    let word = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && is_capitalised(text, t)
                && !o.given_names.contains(t.text(text))
                && !FUNCTION_WORDS.contains(&ctx.lower_token(s, k))
        })
    };
    // ("Roe and Judiciary Committee aides": a name before "and" is no field; "the Judiciary
    // Committee and Rules Committee" are two.)
    let field = ctx.lower_token(s, last);
    if is_committee(field)
        || !(is_common_noun(o, field)
            || o.common_words.contains(field)
            || o.keyword_type(field, KeywordPosition::Last).is_some())
    {
        return false;
    }
    let mut k = last + 2;
    while k < last + 5 && word(k) && adjacent_in_name(text, &toks[k - 1], &toks[k]) {
        if k > last + 2 && is_committee(ctx.lower_token(s, k)) {
            return toks.get(k + 1).is_none_or(|t| !is_capitalised(text, t));
        }
        k += 1;
    }
    false
}

fn is_committee(lower_word: &str) -> bool {
    matches!(lower_word, "committee" | "subcommittee")
}

/// Whether the "and" after the run `first..=last` of common nouns joins them to a title before
/// a given name: "Housing and Urban Development Secretary Jane Roe", "House Ways and Means
/// Committee Chairman Tom Hale" hold one title, not a body or a person named "Housing". (A
/// word that ends a person's name found before is that person: "Trump and Treasury Secretary
/// Jim Beck".)
fn and_joins_title_words(
    ctx: &DocContext<'_>,
    out: &Extraction,
    s: usize,
    first: usize,
    last: usize,
) -> bool {
    let (o, text) = (ctx.ontology, ctx.text());
    let toks = &ctx.sentences[s].tokens;
    // The title and given name after "and" first: the words before it are looked up among
    // the mentions found so far only when they are there.
    let mut k = last + 2;
    let title_before_given_name = loop {
        if !(k + 1 < toks.len()
            && is_capitalised(text, &toks[k])
            && adjacent_in_name(text, &toks[k], &toks[k + 1]))
        {
            break false;
        }
        if o.is_title(ctx.lower_token(s, k)) && o.given_names.contains(ctx.token(s, k + 1)) {
            break k > last + 2;
        }
        k += 1;
    };
    let common = |k: usize| {
        let w = ctx.lower_token(s, k);
        !o.given_names.contains(ctx.token(s, k))
            && (is_common_noun(o, w) || o.common_words.contains(w))
            && !out.mentions.iter().any(|m| {
                m.entity_type == EntityType::Person
                    && text[m.span.clone()].rsplit(' ').next() == Some(ctx.token(s, k))
            })
    };
    title_before_given_name && (first..=last).all(common)
}

/// Whether the capitalised words after the "and" after token `last` end in a bracketed short
/// name that spells the initials of the whole run, "and" left out: "Coastal and Ocean Fisheries
/// Agency (COFA)" is one name.
fn glossed_across_and(ctx: &DocContext<'_>, s: usize, first: usize, last: usize) -> bool {
    let text = ctx.text();
    let toks = &ctx.sentences[s].tokens;
    let mut end = last + 2;
    if toks.get(end).is_none_or(|t| !is_capitalised(text, t)) {
        return false;
    }
    while toks
        .get(end + 1)
        .is_some_and(|t| is_capitalised(text, t) && adjacent_in_name(text, &toks[end], t))
    {
        end += 1;
    }
    let name = &text[toks[first].span.start..toks[end].span.end];
    ctx.token(s, end + 1) == "("
        && ctx.token(s, end + 3) == ")"
        && spells_initials(ctx.token(s, end + 2), name)
}

/// `Organization` when `word` is the plural of an organization's head word ("Chambers"). Only
/// before "of" is such a plural a body's name ("British Chambers of Commerce"); elsewhere it is
/// as likely a surname ("Jane Chambers").
fn plural_body_head(o: &Ontology, word: &str) -> Option<EntityType> {
    word.strip_suffix('s')
        .and_then(|singular| o.keyword_type(singular, KeywordPosition::Last))
        .filter(|t| *t == EntityType::Organization)
}

/// Whether `word` is written as an acronym: two to six capitals or digits, with dots or not
/// ("BBC", "U.N.", "G7").
pub(crate) fn is_acronym(word: &str) -> bool {
    // Counted as the characters go by, with no vector of them: every capitalised run asks.
    let (mut letters, mut capitals) = (0, 0);
    for c in word.chars().filter(|c| *c != '.') {
        letters += 1;
        if c.is_uppercase() {
            capitals += 1;
        } else if !c.is_ascii_digit() {
            return false;
        }
    }
    (2..=6).contains(&letters) && capitals >= 2
}

fn push(
    out: &mut Extraction,
    span: Range<usize>,
    t: EntityType,
    s: usize,
    rule: &'static str,
) -> usize {
    out.mentions.push(EntityMention {
        span,
        entity_type: t,
        canonical: None,
        sentence: s,
        rule,
        antecedent: None,
    });
    out.mentions.len() - 1
}

/// Records "TITLE NAME" as a role; the organization or country is the mention right before the
/// title ("Acme chief executive", "Russian President", "U.S. Defense Secretary").
fn add_role(
    ctx: &DocContext<'_>,
    s: usize,
    title_first: usize,
    person: usize,
    mut title: String,
    out: &mut Extraction,
) {
    let toks = &ctx.sentences[s].tokens;
    let mut qualifiers = BTreeMap::new();
    let title_start = toks[title_first].span.start;
    let of = out.mentions[..person].iter().rposition(|m| {
        m.sentence == s
            && matches!(
                m.entity_type,
                EntityType::Country | EntityType::Organization
            )
            && ctx.text()[m.span.end..title_start]
                .trim_matches([' ', '\'', '’', 's'])
                .is_empty()
    });
    if let Some(of) = of {
        crate::extract::role::keep_standing_before(ctx, s, &out.mentions[of], &mut title);
        qualifiers.insert("of".to_string(), Arg::Mention(of));
    }
    // The evidence runs from the organization or country (or else the title) to the name.
    let start = of.map_or(title_start, |o| out.mentions[o].span.start.min(title_start));
    let span = start..out.mentions[person].span.end;
    let role = RelationMention {
        subject: person,
        predicate: "holds_role".to_string(),
        relation_type: "holds_role".to_string(),
        object: Arg::Literal(title),
        qualifiers,
        span,
        rule: RULE_ROLE,
    };
    out.relations
        .extend(crate::extract::role::as_membership(ctx, role));
}

/// Types single capitalised words left open by the first pass: a part of a person's name found
/// elsewhere in the document, or a place after "in"/"at"/"from".
fn resolve_deferred(
    ctx: &DocContext<'_>,
    out: &mut Extraction,
    deferred: Vec<(usize, Range<usize>)>,
    lower_case: &LowerCaseWords<'_>,
) {
    let text = ctx.text();
    let mut name_parts: FxHashMap<&str, EntityType> = FxHashMap::default();
    let mut family_names: FxHashSet<&str> = FxHashSet::default();
    for m in &out.mentions {
        if m.entity_type == EntityType::Person {
            let words: Vec<&str> = text[m.span.clone()].split_whitespace().collect();
            if let (Some(f), Some(l)) = (words.first(), words.last()) {
                name_parts.entry(*l).or_insert(EntityType::Person);
                if words.len() > 1 {
                    family_names.insert(*l);
                }
                // "Zawahiri" after "Ayman al-Zawahiri": the family name without its particle.
                if let Some((particle, family)) = l.split_once('-')
                    && matches!(particle, "al" | "el" | "Al" | "El" | "bin" | "ibn")
                {
                    name_parts.entry(family).or_insert(EntityType::Person);
                }
                // ("Chad" after "Chad Roe" is still the country: news names a person by the
                // family name.)
                if words.len() > 1 && !ctx.ontology.place_given_names.contains(*f) {
                    name_parts.entry(*f).or_insert(EntityType::Person);
                }
            }
        }
        // "Nate" after "Hurricane Nate": the name after an event's opening keyword.
        if m.entity_type == EntityType::Event
            && let Some((kind, name)) = text[m.span.clone()].split_once(' ')
            && !name.contains(' ')
            && ctx
                .ontology
                .keyword_type(&kind.to_lowercase(), KeywordPosition::First)
                == Some(EntityType::Event)
        {
            name_parts.entry(name).or_insert(EntityType::Event);
        }
    }
    // "the 64-year-old Roe": only a person has an age; but in "the 25-year-old Tarsk native"
    // the name is the noun's modifier, so the name must end its phrase.
    for (s, span) in &deferred {
        let before = text[..span.start].trim_end();
        let next = ctx.token(*s, ctx.token_from(*s, span.end));
        let name_ends = matches!(next, "" | "," | "." | ";" | ":" | ")")
            || crate::extract::relation::finite_or_auxiliary(ctx, next);
        if (before.ends_with("-year-old") || before.ends_with("-years-old")) && name_ends {
            name_parts
                .entry(&text[span.clone()])
                .or_insert(EntityType::Person);
        }
    }
    // A one-word place that is also the name of a person (or a storm) in this document is
    // that person ("Austin said" after "Lloyd Austin"); so is a one-word company name the
    // document never writes in full ("Ford" after "Christine Blasey Ford", in an article that
    // never names the carmaker).
    let written_in_full: FxHashSet<Option<String>> = out
        .mentions
        .iter()
        .filter(|o| o.entity_type == EntityType::Organization && text[o.span.clone()].contains(' '))
        .map(|o| o.canonical.clone())
        .collect();
    for m in out.mentions.iter_mut() {
        let Some(&name_type) = name_parts.get(&text[m.span.clone()]) else {
            continue;
        };
        let lone_company = m.entity_type == EntityType::Organization
            && m.rule == RULE_GAZETTEER
            && !text[m.span.clone()].contains(' ')
            && !written_in_full.contains(&m.canonical);
        // "Cuban said" after "Mark Cuban": a country's word standing alone for a noun phrase
        // ("Cuban officials" is the country's).
        let lone_country_word = m.entity_type == EntityType::Country
            && m.rule == RULE_GAZETTEER
            && !is_acronym(&text[m.span.clone()])
            && {
                let next = ctx.token(m.sentence, ctx.token_from(m.sentence, m.span.end));
                !next.starts_with(char::is_lowercase) || ctx.ontology.is_finite_verb(next)
            };
        if lone_company
            || lone_country_word
            || (m.entity_type == EntityType::Place
                && (m.rule == RULE_GAZETTEER || m.rule == RULE_CONTEXT))
        {
            m.entity_type = name_type;
            m.canonical = None;
            m.rule = RULE_NAME_PART;
        }
    }
    // "VietJet" after "Vietjet Air": the first word of an organization's name cased another
    // way stands for it. (Cased the same, "Democratic" of "Democratic Party" is often an
    // adjective.) So does an organization's one-word name when the document says what it is,
    // by a descriptor, an article ("the Fed mostly lends" after "the Fed said") or a company
    // cue ("Acme is due to …" after "Paris-based Acme"); a lone word typed so only because it
    // acts may be a person the document failed to name in full.
    let lone_organizations: FxHashSet<&str> = out
        .mentions
        .iter()
        .filter(|m| {
            m.entity_type == EntityType::Organization
                && (m.rule == RULE_DESCRIPTOR
                    || m.rule == RULE_GAZETTEER
                    || m.rule == RULE_COMPANY_CUE
                    || ctx
                        .token_from(m.sentence, m.span.start)
                        .checked_sub(1)
                        .is_some_and(|k| ctx.lower_token(m.sentence, k) == "the"))
        })
        .map(|m| &text[m.span.clone()])
        .filter(|name| !name.contains(' '))
        .collect();
    let organization_words: FxHashMap<String, &str> = out
        .mentions
        .iter()
        .filter(|m| m.entity_type == EntityType::Organization)
        .filter_map(|m| text[m.span.clone()].split_whitespace().next())
        .map(|w| (w.to_lowercase(), w))
        .collect();
    // A capitalised ordinary word ("Fighting broke out") is no name; nor is a word that opens
    // a sentence and is written in lower case elsewhere in the document, or ends like a common
    // noun ("Speculation has grown", "Turmoil followed").
    let ordinary = |s: usize, i: usize, word: &str| {
        let lower_word = word.to_lowercase();
        ctx.ontology.verbs.contains_key(&lower_word)
            || (opens_sentence_or_quotation(ctx, s, i)
                && (COMMON_NOUN_ENDINGS
                    .iter()
                    .chain(FAMILY_NAME_NOUN_ENDINGS)
                    .any(|e| lower_word.ends_with(e))
                    || lower_case.contains(&lower_word)
                    || ordinary_opening_word(ctx, word, lower_case)))
    };
    // "shares in Acmeworks", "Acmeworks reported revenues of $6m", "chief technology officer
    // at Acmeworks", "Paris-based Acmeworks": a company, wherever the document names it.
    let companies: FxHashSet<&str> = deferred
        .iter()
        .filter(|(s, span)| {
            let word = &text[span.clone()];
            (company_cue(ctx, *s, span.clone(), true)
                || employer_cue(ctx, *s, span.clone())
                || based_cue(ctx, *s, span.clone()))
                && !ctx.ontology.is_non_entity(word)
                && !ordinary(*s, ctx.token_from(*s, span.start), word)
        })
        .map(|(_, span)| &text[span.clone()])
        .collect();
    for (s, span) in deferred {
        let word = &text[span.clone()];
        // ("King said" after "Rep. Steve King": a title word stands for a person only as
        // the family name.)
        if ctx.ontology.is_title(&word.to_lowercase()) {
            if family_names.contains(word) {
                push(out, span, EntityType::Person, s, RULE_NAME_PART);
            }
            continue;
        }
        if let Some(&name_type) = name_parts.get(word) {
            push(out, span, name_type, s, RULE_NAME_PART);
            continue;
        }
        if word.len() > 2
            && organization_words
                .get(&word.to_lowercase())
                .is_some_and(|&cased| cased != word || lone_organizations.contains(word))
        {
            push(out, span, EntityType::Organization, s, RULE_NAME_PART);
            continue;
        }
        let toks = &ctx.sentences[s].tokens;
        let Some(i) = toks.iter().position(|t| t.span.start == span.start) else {
            continue;
        };
        let prev = if i > 0 { toks[i - 1].text(text) } else { "" };
        let listed = ctx.ontology.is_non_entity(word);
        // "in Tarsk" is a place; "her role in Brighter", with "brighter" written elsewhere, is not.
        let common_word = lower_case.contains(&word.to_lowercase());
        let ordinary = ordinary(s, i, word);
        if !listed && !ordinary && companies.contains(word) {
            push(out, span, EntityType::Organization, s, RULE_COMPANY_CUE);
            continue;
        }
        if is_web_domain(word) {
            push(out, span, EntityType::Organization, s, RULE_CONTEXT);
            continue;
        }
        if i > 1 && matches!(prev, "in" | "at" | "near" | "from" | "to") && !listed && !common_word
        {
            push(out, span, EntityType::Place, s, RULE_CONTEXT);
            continue;
        }
        // "Acmeworks reported …": a single unknown name that acts, and is no person named in
        // this document, is most often an organization (people are introduced by full name).
        let acts = toks
            .get(i + 1)
            .is_some_and(|t| ctx.ontology.is_finite_verb(t.text(text)));
        if acts && !listed && !ordinary && !is_contraction(word) {
            // "Tarskinho wants assurances that he will play": a "he" or "she" later in the
            // sentence, before any "it", is the name's; a company is "it". Another name, a
            // noun phrase's article or a relative clause ("fired a manager who said he …")
            // may be the pronoun's instead; "his" and "him" are often someone else's ("Acme
            // decided to act before his case was heard").
            let personal = toks[i + 1..]
                .iter()
                .take_while(|t| {
                    let w = t.text(text);
                    let other_antecedent = (t.kind == TokenKind::Word
                        && w.starts_with(char::is_uppercase))
                        || matches!(w, "a" | "an" | "the" | "who" | "whom" | "," | ";" | ":");
                    !other_antecedent
                })
                .map(|t| t.text(text))
                .find(|w| {
                    matches!(
                        *w,
                        "he" | "she" | "himself" | "herself" | "it" | "its" | "itself"
                    )
                })
                .is_some_and(|w| !w.starts_with("it"))
                // "Tarskova held her nerve": a possessive right after the verb is the
                // subject's own.
                || toks
                    .get(i + 2)
                    .is_some_and(|t| matches!(t.text(text), "his" | "her"));
            let entity_type = if personal {
                EntityType::Person
            } else {
                EntityType::Organization
            };
            push(out, span, entity_type, s, RULE_CONTEXT);
        }
    }
    sort_mentions(out);
}

/// Retypes as organizations the unknown names typed people by a guess (a reporting verb or a
/// verb after them, a given name opening them) when the document treats one of them as a
/// company: a lone word that reports of itself as "it" ("Acmeworks said it would cut jobs",
/// "Globex has said that its profits rose": people say "he" or "she"), or any such name with
/// shares or results ([`company_cue`]: "shares in Freddie Vantrel", "Vantrel reported revenues
/// of $6m"), or a company noun before it elsewhere ("budget airline Vantrel"). A lone word the
/// document also writes in a person's longer name or after a title, and a longer name it also
/// gives a person by a title, stay people.
fn guessed_people_that_are_companies(
    ctx: &DocContext<'_>,
    out: &mut Extraction,
    deferred: &[(usize, Range<usize>)],
) {
    let text = ctx.text();
    let guess = |m: &EntityMention| {
        m.entity_type == EntityType::Person && (m.rule == RULE_CONTEXT || m.rule == RULE_GIVEN_NAME)
    };
    let lone = |m: &EntityMention| !text[m.span.clone()].contains(' ');
    let reports_of_it = |m: &EntityMention| {
        let s = m.sentence;
        let mut k = ctx.token_from(s, m.span.end);
        while matches!(ctx.lower_token(s, k), "has" | "had" | "also") {
            k += 1;
        }
        if ctx.reporting_lemma(s, k).is_none() {
            return false;
        }
        k += 1;
        if ctx.lower_token(s, k) == "that" {
            k += 1;
        }
        matches!(ctx.lower_token(s, k), "it" | "its")
    };
    // "budget airline Vantrel": a company noun before the name elsewhere.
    let described: FxHashSet<&str> = out
        .mentions
        .iter()
        .filter(|m| m.rule == RULE_DESCRIPTOR && m.entity_type == EntityType::Organization)
        .map(|m| &text[m.span.clone()])
        .collect();
    // "chief of Vantrel", "Paris-based Vantrel": a lone name that a mention of it, or a lone
    // word not yet typed, speaks of as a company; "director of product at Vantrel Labs": a
    // longer name guessed a person's, spoken of as an employer (a person may be "based"
    // somewhere: "Tarsk-based Jane Roe").
    let cued: FxHashSet<&str> = out
        .mentions
        .iter()
        .filter_map(|m| {
            let lone = lone(m);
            (lone || guess(m)).then_some((m.sentence, &m.span, lone))
        })
        .chain(deferred.iter().map(|(s, span)| (*s, span, true)))
        .filter(|&(s, span, lone)| {
            employer_cue(ctx, s, span.clone()) || (lone && based_cue(ctx, s, span.clone()))
        })
        .map(|(_, span, _)| &text[span.clone()])
        .collect();
    // "Chelsea are saying …", "Acme have cut prices": a lone name with a plural verb after
    // it names a team or a firm, which British usage makes plural; one person takes "is".
    // (Not after "and" or "the": "Roe and Lee are", "the Roes are".)
    let guessed_words: FxHashSet<&str> = out
        .mentions
        .iter()
        .filter(|m| guess(m) && lone(m))
        .map(|m| &text[m.span.clone()])
        .collect();
    // (Every word of the document is passed: the plural verb is looked at before the name.)
    let guessed_words = &guessed_words;
    let plural_bodies: FxHashSet<&str> = (0..ctx.sentences.len())
        .filter(|_| !guessed_words.is_empty())
        .flat_map(|s| {
            let toks = &ctx.sentences[s].tokens;
            (0..toks.len().saturating_sub(1)).filter_map(move |i| {
                let word = toks[i].text(text);
                (matches!(ctx.lower_token(s, i + 1), "are" | "were" | "have")
                    && (i == 0 || !matches!(ctx.lower_token(s, i - 1), "and" | "the" | "&"))
                    && guessed_words.contains(word))
                .then_some(word)
            })
        })
        .collect();
    let companies: FxHashSet<&str> = out
        .mentions
        .iter()
        .filter(|m| guess(m))
        .filter(|m| {
            // A name opened by a given name may be a person reporting her company's results.
            let results = m.rule == RULE_CONTEXT;
            (lone(m) && plural_bodies.contains(&text[m.span.clone()]))
                || (lone(m) && m.rule == RULE_CONTEXT && reports_of_it(m))
                || described.contains(&text[m.span.clone()])
                || cued.contains(&text[m.span.clone()])
                || company_cue(ctx, m.sentence, m.span.clone(), results)
        })
        .map(|m| &text[m.span.clone()])
        .collect();
    if companies.is_empty() {
        return;
    }
    let named_people: FxHashSet<&str> = out
        .mentions
        .iter()
        .filter(|m| {
            m.entity_type == EntityType::Person
                && !(guess(m) && companies.contains(&text[m.span.clone()]))
        })
        .flat_map(|m| {
            let name = &text[m.span.clone()];
            // A lone word in another person's name; a longer name only when given a person
            // by other evidence than a guess.
            let words = name.split_whitespace().filter(|_| name.contains(' '));
            words.chain((!guess(m)).then_some(name))
        })
        .collect();
    for m in out.mentions.iter_mut() {
        let name = &text[m.span.clone()];
        if guess(m) && companies.contains(name) && !named_people.contains(name) {
            m.entity_type = EntityType::Organization;
            m.rule = RULE_COMPANY_CUE;
        }
    }
}

/// Whether the name at `span` is spoken of as a company: its shares ("shares in Acme", "Acme
/// shares fell", "Acme's shareholders") or, when `results` is asked for, its results ("Acme
/// reported revenues of $6m", "Acme posted a loss").
fn company_cue(ctx: &DocContext<'_>, s: usize, span: Range<usize>, results: bool) -> bool {
    let first = ctx.token_from(s, span.start);
    let mut k = ctx.token_from(s, span.end);
    let shares_before = first >= 2
        && matches!(ctx.lower_token(s, first - 1), "in" | "of")
        && matches!(
            ctx.lower_token(s, first - 2),
            "shares" | "stake" | "shareholders" | "stock"
        );
    if matches!(ctx.token(s, k), "'s" | "’s") {
        k += 1;
    }
    // "Acme shares fell", "Acme's share price"; but "Jane Roe shares his view" and "the Roes
    // share a laugh" are verbs.
    let shares_after = match ctx.lower_token(s, k) {
        "shareholders" => true,
        "share" => matches!(ctx.lower_token(s, k + 1), "price" | "prices"),
        "shares" | "stock" => matches!(
            ctx.lower_token(s, k + 1),
            "rose"
                | "fell"
                | "jumped"
                | "slumped"
                | "dropped"
                | "climbed"
                | "gained"
                | "lost"
                | "surged"
                | "tumbled"
                | "closed"
                | "ended"
                | "were"
                | "are"
                | "have"
                | "had"
                | "added"
                | "slid"
                | "plunged"
                | "rallied"
                | "soared"
                | "dipped"
                | "edged"
                | "traded"
                | "rise"
                | "fall"
                | "price"
                | "prices"
        ),
        _ => false,
    };
    while matches!(ctx.lower_token(s, k), "has" | "had" | "have") {
        k += 1;
    }
    let results = results
        && matches!(
            ctx.lower_token(s, k),
            "reported" | "posted" | "reports" | "posts"
        )
        && (k + 1..k + 5).any(|i| {
            matches!(
                ctx.lower_token(s, i),
                "revenue"
                    | "revenues"
                    | "profit"
                    | "profits"
                    | "sales"
                    | "earnings"
                    | "loss"
                    | "losses"
                    | "turnover"
            )
        });
    shares_before || shares_after || results
}

/// Whether the name at `span` names the firm someone works for ("chief of Vantrel", "an
/// analyst at Vantrel", "director of product at Vantrel"). Other titles may be a person's
/// ("the manager of Roe", "a spokesman for Roe") or a place's ("the mayor of Tarsk"), and a
/// possessive after the word makes it modify a body ("chairman of Roe's council").
fn employer_cue(ctx: &DocContext<'_>, s: usize, span: Range<usize>) -> bool {
    let first = ctx.token_from(s, span.start);
    let last = ctx.token_from(s, span.end);
    if first < 2 || matches!(ctx.token(s, last), "'s" | "’s") {
        return false;
    }
    let before = ctx.lower_token(s, first - 1);
    let employer = matches!(before, "of" | "at")
        && matches!(
            ctx.lower_token(s, first - 2),
            "chief"
                | "chairman"
                | "chairwoman"
                | "executive"
                | "analyst"
                | "economist"
                | "strategist"
                | "founder"
                | "co-founder"
                | "boss"
                | "owner"
                | "ceo"
        );
    // "director of product at Vantrel": "at" after a title a few words back.
    let works_at = before == "at"
        && ctx.token(s, first - 2).starts_with(char::is_lowercase)
        && (first.saturating_sub(5)..first - 1)
            .any(|k| ctx.ontology.is_title(ctx.lower_token(s, k)));
    employer || works_at
}

/// Whether the name at `span` is said to be based somewhere: "Paris-based Vantrel".
fn based_cue(ctx: &DocContext<'_>, s: usize, span: Range<usize>) -> bool {
    let first = ctx.token_from(s, span.start);
    if first == 0 {
        return false;
    }
    // One token when it opens the sentence ("Paris-based Vantrel said …").
    let before = ctx.lower_token(s, first - 1);
    before.ends_with("-based")
        || (before == "based" && first >= 2 && ctx.token(s, first - 2) == "-")
}

/// Endings of English common nouns that names rarely have.
const COMMON_NOUN_ENDINGS: &[&str] = &["tion", "sion", "ment", "ity", "ism", "ship", "edy", "ogy"];

/// Whether `lower_word` ends like a common noun ([`COMMON_NOUN_ENDINGS`]): "speculation".
pub(super) fn ends_like_common_noun(lower_word: &str) -> bool {
    COMMON_NOUN_ENDINGS.iter().any(|e| lower_word.ends_with(e))
}

/// Common-noun endings that family names have too (Souness, Spence, Vance): they mark a lone
/// word opening a sentence, not the last word of a name.
const FAMILY_NAME_NOUN_ENDINGS: &[&str] = &["ness", "ance", "ence"];

/// The words a document writes in lower case: a capitalised word also written so elsewhere is
/// an ordinary word there.
struct LowerCaseWords<'t> {
    text: &'t str,
}

impl<'t> LowerCaseWords<'t> {
    fn new(text: &'t str) -> Self {
        LowerCaseWords { text }
    }

    /// Whether `word` (capitalised) stands in the text as a whole word inside a sentence:
    /// after a lower-case word or a comma, not at a sentence's start.
    fn capitalised_inside_sentence(&self, word: &str) -> bool {
        self.text.match_indices(word).any(|(at, _)| {
            let mut before = self.text[..at].chars().rev();
            let after = self.text[at + word.len()..].chars().next();
            before.next() == Some(' ')
                && before.next().is_some_and(|c| c.is_lowercase() || c == ',')
                && !after.is_some_and(char::is_alphanumeric)
        })
    }

    /// Whether `word` (lower case) stands in the text as a whole word: for a word of letters
    /// and digits, a run of them that starts in lower case; "co-operation", with inner
    /// punctuation, anywhere between non-alphanumeric characters.
    ///
    /// The text is searched for the word at each call rather than split into a set of its
    /// runs once: a document asks about a few words, and hashing all its words cost 4% of a
    /// build.
    fn contains(&self, word: &str) -> bool {
        if word.chars().all(char::is_alphanumeric) && !word.starts_with(char::is_lowercase) {
            return false;
        }
        // No whole-word match of a word of letters and digits overlaps an earlier match, so
        // the non-overlapping matches find every run.
        memmem::find_iter(self.text.as_bytes(), word.as_bytes()).any(|at| {
            let before = self.text[..at].chars().next_back();
            let after = self.text[at + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }
}

/// Sorts mentions by position and re-points the relations that refer to them by index.
fn sort_mentions(out: &mut Extraction) {
    let mut order: Vec<usize> = (0..out.mentions.len()).collect();
    order.sort_by_key(|&i| (out.mentions[i].span.start, out.mentions[i].span.end));
    let mut new_index = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let old = std::mem::take(&mut out.mentions);
    let mut slots: Vec<Option<EntityMention>> = old.into_iter().map(Some).collect();
    out.mentions = order.iter().filter_map(|&i| slots[i].take()).collect();
    renumber_relations(out, &new_index);
}

/// Points the relations' mentions at their new indices, mention `i` now being
/// `new_index[i]`.
fn renumber_relations(out: &mut Extraction, new_index: &[usize]) {
    let remap = |arg: &mut Arg| {
        if let Arg::Mention(i) = arg {
            *i = new_index[*i];
        }
    };
    for r in &mut out.relations {
        r.subject = new_index[r.subject];
        remap(&mut r.object);
        r.qualifiers.values_mut().for_each(remap);
    }
}

/// Head nouns of agreements that news often names only by description ("the new security
/// pact"). Narrower than the Agreement keywords, which also type capitalised names ("… Act").
const AGREEMENT_HEADS: &[&str] = &[
    "treaty",
    "pact",
    "accord",
    "agreement",
    "deal",
    "ceasefire",
    "armistice",
];

/// Adjectives that weigh a deal rather than say which one it is: "not the biggest deal in the
/// world", "a better deal".
const SIZE_AND_WORTH_WORDS: &[&str] = &[
    "big", "bigger", "biggest", "good", "better", "best", "bad", "worse", "worst", "great",
    "greater", "greatest", "large", "larger", "largest", "huge", "real", "raw", "fair",
];

/// "the comprehensive strategic partnership treaty": a lower-case agreement head with at least
/// one modifier before it names an agreement.
fn described_agreements(ctx: &DocContext<'_>, out: &mut Extraction) {
    let text = ctx.text();
    for (s, sentence) in ctx.sentences.iter().enumerate() {
        let toks = &sentence.tokens;
        for (h, head) in toks.iter().enumerate() {
            if head.kind != TokenKind::Word || !AGREEMENT_HEADS.contains(&head.text(text)) {
                continue;
            }
            let mut first = h;
            // Quotation marks around a modifier ("the “strategic partnership” treaty") stay
            // inside the description.
            let mut quote_marks = 0;
            while first > 0 && h - first < 4 + quote_marks {
                if toks[first - 1].kind == TokenKind::Quote {
                    quote_marks += 1;
                    first -= 1;
                    continue;
                }
                let w = toks[first - 1].text(text);
                let modifier = toks[first - 1].kind == TokenKind::Word
                    && w.starts_with(char::is_lowercase)
                    && !w.ends_with("ly")
                    && !w.ends_with("ed")
                    && !FUNCTION_WORDS.contains(&w)
                    && !matches!(
                        w,
                        "its"
                            | "their"
                            | "his"
                            | "her"
                            | "our"
                            | "new"
                            | "any"
                            | "such"
                            | "no"
                            | "which"
                            | "what"
                    )
                    && !SIZE_AND_WORTH_WORDS.contains(&w);
                if !modifier {
                    break;
                }
                first -= 1;
            }
            // Only a definite description names one agreement: "the … treaty", "Ruritania's …
            // pact" ("a trade deal" is any deal). Adverbs and participles may come between.
            let mut d = first;
            while d > 0 && first - d < 2 && {
                let w = toks[d - 1].text(text);
                w.ends_with("ly") || w.ends_with("ed")
            } {
                d -= 1;
            }
            // "the Ruritanian partnership pact": a party's demonym may stand after "the".
            if d > 0
                && out.mentions.iter().any(|m| {
                    m.entity_type == EntityType::Country && m.span.end == toks[d - 1].span.end
                })
            {
                d -= 1;
            }
            // A description followed by its parties ("a treaty between X and Y") is specific,
            // and so is one whose modifier is quoted as a name ("a new “open skies” pact").
            let definite = quote_marks >= 2
                || d > 0
                    && matches!(
                        toks[d - 1].text(text).to_lowercase().as_str(),
                        "the" | "'s" | "’s"
                    )
                || toks.get(h + 1).is_some_and(|t| t.text(text) == "between");
            let overlaps = out
                .mentions
                .iter()
                .any(|m| m.span.start < head.span.end && toks[first].span.start < m.span.end);
            // An opening mark stays when its closing mark is inside the description.
            while first < h && toks[first].kind == TokenKind::Quote && quote_marks < 2 {
                first += 1;
            }
            if first < h && definite && !overlaps {
                push(
                    out,
                    toks[first].span.start..head.span.end,
                    EntityType::Agreement,
                    s,
                    RULE_DESCRIBED_AGREEMENT,
                );
            }
        }
    }
}

/// Head nouns of state bodies that news names by description after a country ("Ruritania's
/// defence ministry", "the Ruritanian intelligence service").
const BODY_HEADS: &[&str] = &[
    "ministry",
    "agency",
    "service",
    "directorate",
    "intelligence",
    "parliament",
    "police",
];

/// Heads that name a body only right after a demonym, as the last word of their phrase and as
/// the subject of a verb: "the Ruritanian military denied", not "Ruritania's growing military"
/// (its strength) or "the Ruritanian military presence". Elsewhere the phrase only points at
/// the country ("fought alongside the Ruritanian military", "the lower house of the Ruritanian
/// parliament"), as "Ruritanian forces" does, so the demonym alone stays its mention.
const SUBJECT_BODY_HEADS: &[&str] = &["military", "army", "parliament", "police"];

/// Whether the phrase ending before token `next` is the subject of the verb that follows it,
/// right away ("denied", "has", "and") or after a relative aside (", which has been").
fn subject_before_verb(ctx: &DocContext<'_>, toks: &[Token], next: usize) -> bool {
    let text = ctx.text();
    let next = match toks.get(next) {
        Some(t) if t.text(text) == "," => match toks.get(next + 1) {
            Some(t) if matches!(t.text(text), "which" | "who") => return true,
            _ => return false,
        },
        Some(t) => t,
        None => return false,
    };
    let w = next.text(text);
    next.kind == TokenKind::Word
        && (ctx.ontology.is_finite_verb(w)
            || crate::text::MODALS.contains(&w)
            || matches!(w, "has" | "have" | "had" | "is" | "was" | "were" | "and"))
}

/// "Ruritania's defence ministry", "the Ruritanian foreign ministry": a country (possessive or
/// demonym) and lower-case words ending in a body's head noun name that body. The mention
/// covers the description; its name includes the country, so other articles' wordings meet.
fn described_organizations(ctx: &DocContext<'_>, out: &mut Extraction) {
    let text = ctx.text();
    let mut found = Vec::new();
    for country in out
        .mentions
        .iter()
        .filter(|m| m.entity_type == EntityType::Country)
    {
        let s = country.sentence;
        let toks = &ctx.sentences[s].tokens;
        let Some(mut i) = toks.iter().position(|t| t.span.start >= country.span.end) else {
            continue;
        };
        let possessive = matches!(toks[i].text(text), "'s" | "’s");
        if possessive {
            i += 1;
        }
        let start = i;
        let bare_head = !possessive && SUBJECT_BODY_HEADS.contains(&toks[i].text(text));
        if bare_head && subject_before_verb(ctx, toks, i + 1) {
            found.push(EntityMention {
                span: toks[i].span.clone(),
                entity_type: EntityType::Organization,
                canonical: Some(text[country.span.start..toks[i].span.end].to_string()),
                sentence: s,
                rule: RULE_DESCRIBED_BODY,
                antecedent: None,
            });
            continue;
        }
        let mut head = None;
        while i < toks.len() && i < start + 4 {
            let w = toks[i].text(text);
            if toks[i].kind != TokenKind::Word
                || !w.starts_with(char::is_lowercase)
                || FUNCTION_WORDS.contains(&w)
            {
                break;
            }
            // "armed forces" names a body; "forces" alone is only the country's troops.
            if BODY_HEADS.contains(&w)
                || (w == "forces" && i > start && toks[i - 1].text(text) == "armed")
            {
                head = Some(i);
            }
            i += 1;
        }
        // "Ruritanian intelligence" alone is the trade, not a body; a bare head that is no
        // subject is the country's.
        let Some(head) =
            head.filter(|&h| h > start || !(bare_head || toks[h].text(text) == "intelligence"))
        else {
            continue;
        };
        found.push(EntityMention {
            span: toks[start].span.start..toks[head].span.end,
            entity_type: EntityType::Organization,
            canonical: Some(text[country.span.start..toks[head].span.end].to_string()),
            sentence: s,
            rule: RULE_DESCRIBED_BODY,
            antecedent: None,
        });
    }
    out.mentions.extend(found);
}

/// "Full Name (ACR)": every mention of the acronym in the document names the same entity as
/// the full name. A short name written as a word ("Coastal Ocean Fisheries Agency (Cofa)", as
/// some outlets write acronyms) counts when its letters are the name's initials.
fn link_acronyms(ctx: &DocContext<'_>, out: &mut Extraction) {
    let text = ctx.text();
    let mut expansions: FxHashMap<String, (String, EntityType)> = FxHashMap::default();
    for m in &out.mentions {
        if let Some(acronym) = bracketed_after(text, m.span.end)
            && (is_acronym(acronym) || spells_initials(acronym, &text[m.span.clone()]))
        {
            let name = m
                .canonical
                .clone()
                .unwrap_or_else(|| text[m.span.clone()].to_string());
            expansions
                .entry(acronym.to_string())
                .or_insert((name, m.entity_type));
        }
    }
    if expansions.is_empty() {
        return;
    }
    for m in &mut out.mentions {
        if let Some((name, t)) = expansions.get(&text[m.span.clone()]) {
            m.canonical = Some(name.clone());
            m.entity_type = *t;
        }
    }
}

/// Makes one name of the capitalised words an acronym in brackets spells, when the name before
/// the brackets is only their end: "the Center on Budget and Policy Priorities (CBPP)" is no
/// person "Policy Priorities", "the Islamic State of Iraq and Syria (ISIS)" no country Syria.
/// The lower-case words between are skipped in the spelling; the name is a body unless its
/// first mention is an event or an agreement.
fn names_spelled_by_acronyms(ctx: &DocContext<'_>, out: &mut Extraction) {
    let text = ctx.text();
    let mut spelled: Vec<(usize, Range<usize>, EntityType)> = Vec::new();
    for (i, m) in out.mentions.iter().enumerate() {
        let Some(acronym) = bracketed_after(text, m.span.end) else {
            continue;
        };
        if !is_acronym(acronym) || acronym.len() < 3 {
            continue;
        }
        let s = m.sentence;
        let toks = &ctx.sentences[s].tokens;
        let first = ctx.token_from(s, m.span.start);
        // The initials of the capitalised words from the token reached to the name's end.
        let mut initials: Vec<char> = (first..toks.len())
            .take_while(|&j| toks[j].span.end <= m.span.end)
            .filter_map(|j| toks[j].text(text).chars().next())
            .filter(|c| c.is_uppercase())
            .collect();
        let wanted: Vec<char> = acronym.chars().collect();
        if initials == wanted {
            continue;
        }
        // Back over capitalised words and the lower-case words of a name ("on", "and"), while
        // the initials are fewer than the acronym's letters.
        let mut k = first;
        let mut found = None;
        while k > 0 && first - k < 10 && initials.len() < wanted.len() {
            k -= 1;
            let w = toks[k].text(text);
            let name_word = toks[k].kind == TokenKind::Word
                && (w.starts_with(char::is_uppercase)
                    || matches!(w, "of" | "on" | "and" | "for" | "in" | "&"));
            if !name_word {
                break;
            }
            if let Some(c) = w.chars().next().filter(|c| c.is_uppercase()) {
                initials.insert(0, c);
                if initials == wanted {
                    found = Some(k);
                }
            }
        }
        let Some(k) = found else {
            continue;
        };
        let span = toks[k].span.start..m.span.end;
        let opening = out
            .mentions
            .iter()
            .find(|n| n.sentence == s && span.contains(&n.span.start));
        let entity_type = match opening.map(|n| n.entity_type) {
            Some(t @ (EntityType::Event | EntityType::Agreement)) => t,
            _ => EntityType::Organization,
        };
        spelled.push((i, span, entity_type));
    }
    if spelled.is_empty() {
        return;
    }
    let inside = |n: &EntityMention, span: &Range<usize>| {
        span.start <= n.span.start && n.span.end <= span.end
    };
    let mut drop = vec![false; out.mentions.len()];
    for (i, span, entity_type) in &spelled {
        let covered: Vec<usize> = (0..out.mentions.len())
            .filter(|&j| j != *i && inside(&out.mentions[j], span))
            .collect();
        // A role already read off one of the words keeps its mention, and the name its parts.
        let in_relation = out.relations.iter().any(|r| {
            covered.iter().any(|&j| {
                r.subject == j
                    || r.object == Arg::Mention(j)
                    || r.qualifiers.values().any(|q| *q == Arg::Mention(j))
            })
        });
        if in_relation {
            continue;
        }
        covered.iter().for_each(|&j| drop[j] = true);
        let m = &mut out.mentions[*i];
        m.span = span.clone();
        m.entity_type = *entity_type;
        m.canonical = None;
        m.rule = RULE_ACRONYM_SPELLED;
    }
    let mut new_index = Vec::with_capacity(drop.len());
    let mut kept = 0;
    for &dropped in &drop {
        new_index.push(kept);
        kept += usize::from(!dropped);
    }
    let mentions = std::mem::take(&mut out.mentions);
    out.mentions = mentions
        .into_iter()
        .zip(drop)
        .filter_map(|(m, dropped)| (!dropped).then_some(m))
        .collect();
    renumber_relations(out, &new_index);
    sort_mentions(out);
}

/// The words in brackets right after byte `end`, past one space: "CBPP" of "… Priorities (CBPP)".
fn bracketed_after(text: &str, end: usize) -> Option<&str> {
    let rest = text[end..].strip_prefix(" (")?;
    rest.find(')').map(|close| &rest[..close])
}

/// Whether `word`, a capitalised word of three or more letters, spells the initials of `name`
/// ("Cofa" of "Coastal Ocean Fisheries Agency").
fn spells_initials(word: &str, name: &str) -> bool {
    word.len() >= 3
        && word.starts_with(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && acronym_of(name).is_some_and(|a| a.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract_document;
    use crate::ingest::Document;
    use crate::ontology::Ontology;

    /// (text, type) of every mention, in order.
    fn mentions(text: &str) -> Vec<(String, EntityType)> {
        let doc = Document::from_text("t", "t", text.to_string());
        let (_, out) = extract_document(&doc, Ontology::shipped());
        out.mentions
            .iter()
            .map(|m| (text[m.span.clone()].to_string(), m.entity_type))
            .collect()
    }

    fn has(found: &[(String, EntityType)], text: &str, t: EntityType) -> bool {
        found.iter().any(|(s, ty)| s == text && *ty == t)
    }

    #[test]
    fn a_known_bodys_name_that_opens_bodies_takes_its_of_phrase_after_the() {
        let found = mentions(
            "Ann Lee joined the Congress of Racial Equality in 1961. Jane Roe warned Congress of Tarsk's plans.",
        );
        assert!(
            has(
                &found,
                "Congress of Racial Equality",
                EntityType::Organization
            ),
            "{found:?}"
        );
        assert!(
            has(&found, "Congress", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_shouted_heading_that_makes_a_clause_is_no_name() {
        let found = mentions("Prices rose.\n\nHOUSE PANEL HAS A PLAN\n\nJane Roe spoke.");
        assert!(found.iter().all(|(s, _)| !s.contains("HAS")), "{found:?}");
        assert!(has(&found, "Jane Roe", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_title_word_after_a_given_name_is_a_family_name() {
        let found = mentions(
            "Prices rose. Rep. Steve King spoke on Monday. Later King said the vote was over. \
             The King of Tarsk and MP Ann Lee agreed.",
        );
        assert!(has(&found, "Steve King", EntityType::Person), "{found:?}");
        assert!(has(&found, "King", EntityType::Person), "{found:?}");
        // ("The King" is a monarch; "MP", all capitals, no family name.)
        assert_eq!(
            found.iter().filter(|(s, _)| s == "King").count(),
            1,
            "{found:?}"
        );
    }

    #[test]
    fn the_islamic_republic_is_iran() {
        let found =
            mentions("Prices rose. Tom Hale moved closer to a deal with the Islamic Republic.");
        assert!(
            has(&found, "Islamic Republic", EntityType::Country),
            "{found:?}"
        );
    }

    #[test]
    fn a_magazine_named_with_a_title_word_is_an_organization() {
        let found = mentions("Prices rose. In early April, Mother Jones began requesting data.");
        assert!(
            has(&found, "Mother Jones", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_paper_named_the_times_of_a_country_is_one_name() {
        let found =
            mentions("Prices rose. The Times of Israel reports that Israeli leaders agreed.");
        assert!(
            has(&found, "The Times of Israel", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_stock_index_is_no_person() {
        let found = mentions(
            "Prices rose. The Dow Jones Industrial Average jumped 300 points and the Nasdaq \
             Composite climbed 2%.",
        );
        assert!(
            has(
                &found,
                "Dow Jones Industrial Average",
                EntityType::Organization
            ),
            "{found:?}"
        );
        assert!(
            has(&found, "Nasdaq Composite", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn hospitals_name_a_body() {
        let found =
            mentions("Prices rose. Tom Hale University Hospitals found that 12 patients fell ill.");
        assert!(
            has(
                &found,
                "Tom Hale University Hospitals",
                EntityType::Organization
            ),
            "{found:?}"
        );
    }

    #[test]
    fn and_joins_two_nouns_before_a_bodys_head_word() {
        let found = mentions(
            "The Tarsk Fish and Wildlife Service said sales rose. Acme Bank and Globex Trust merged. Tom and Jerry Smith spoke.",
        );
        assert!(
            has(
                &found,
                "Tarsk Fish and Wildlife Service",
                EntityType::Organization
            ),
            "{found:?}"
        );
        assert!(
            has(&found, "Acme Bank", EntityType::Organization),
            "{found:?}"
        );
        assert!(
            has(&found, "Globex Trust", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn and_joins_common_nouns_to_a_title_before_a_given_name() {
        let text = "President Jim Trump spoke. House Ways and Means Committee Chairman Tom Hale said the plan was sound. Housing and Urban Development Secretary Ann Lee agreed. Trump and Treasury Secretary Ken Lowe met.";
        let doc = Document::from_text("t", "t", text.to_string());
        let (_, out) = extract_document(&doc, Ontology::shipped());
        let titles: Vec<&str> = out
            .relations
            .iter()
            .filter_map(|r| match &r.object {
                Arg::Literal(title) => Some(title.as_str()),
                _ => None,
            })
            .collect();
        for title in [
            "House Ways and Means Committee Chairman",
            "Housing and Urban Development Secretary",
            // A word that ends a name found before is that person, listed with another.
            "Treasury Secretary",
        ] {
            assert!(titles.contains(&title), "{titles:?}");
        }
        let found = mentions(text);
        assert!(!found.iter().any(|(m, _)| m == "House Ways"), "{found:?}");
    }

    #[test]
    fn a_paper_called_standard_and_a_body_called_international_are_organizations() {
        let found = mentions(
            "Prices rose. The Tarsk Evening Standard quoted Tom Hale. Vantrel International said sales rose.",
        );
        assert!(
            has(&found, "Tarsk Evening Standard", EntityType::Organization),
            "{found:?}"
        );
        assert!(
            has(&found, "Vantrel International", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_plural_after_an_article_or_a_number_ends_no_persons_name() {
        let found = mentions(
            "The Velvet Hammers said they would tour. Fans cheered as Seven Arrows won the cup. Later the Tarsk Wolves lost. Jim Banks spoke.",
        );
        for band in ["Velvet Hammers", "Seven Arrows", "Tarsk Wolves"] {
            assert!(
                has(&found, band, EntityType::Organization),
                "{band}: {found:?}"
            );
        }
        assert!(has(&found, "Jim Banks", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_city_spoken_of_as_a_club_is_the_club_in_the_whole_document() {
        use EntityType::{Organization, Place};
        for (text, club) in [
            (
                "Newcastle have lost twice. Tom Hale joined Newcastle in May.",
                "Newcastle",
            ),
            (
                "Leicester striker Tom Hale scored. Leicester had two chances.",
                "Leicester",
            ),
            (
                "The Liverpool fans sang. Liverpool had two chances.",
                "Liverpool",
            ),
            (
                "Birmingham v Leeds is on Sunday. Birmingham had two chances.",
                "Birmingham",
            ),
            (
                "Ann Lee scored as Portsmouth 2-1 Brighton ended. Brighton had two chances.",
                "Brighton",
            ),
            (
                "The Leicester striker was hurt. Leicester had two chances.",
                "Leicester",
            ),
            ("Wales have won twice. Wales had two chances.", "Wales"),
        ] {
            let found = mentions(text);
            let places = found
                .iter()
                .filter(|(s, t)| s == club && *t == Place)
                .count();
            assert_eq!(places, 0, "{text}: {found:?}");
            assert!(has(&found, club, Organization), "{text}: {found:?}");
        }
        // A city that acts, or lies in a list, stays a city.
        for (text, city) in [
            ("Oskol and Liverpool are ports.", "Liverpool"),
            ("Shops in central London were busy.", "London"),
            ("States vs. Washington was the fight.", "Washington"),
            ("Liverpool fans of all ages came to the city.", "Liverpool"),
            ("Liverpool has a new mayor.", "Liverpool"),
        ] {
            assert!(
                has(&mentions(text), city, Place),
                "{text}: {:?}",
                mentions(text)
            );
        }
    }

    #[test]
    fn a_city_before_capitalised_words_no_list_knows_opens_a_longer_name() {
        use EntityType::{Organization, Person, Place};
        let found = mentions(
            "The Liverpool Echo said Tom Hale would stay. Birmingham City lost at Stamford Bridge. \
             Newcastle Falcons won in Los Angeles County.",
        );
        for (name, t) in [
            ("Liverpool Echo", Organization),
            ("Birmingham City", Organization),
            ("Stamford Bridge", Place),
            ("Newcastle Falcons", Organization),
            ("Los Angeles County", Place),
        ] {
            assert!(has(&found, name, t), "{name}: {found:?}");
        }
        // A club's or a college's opening word before a city's name; not a given name.
        let found = mentions("Dinamo Bucharest beat AC Milan. Hayao Miyazaki watched.");
        assert!(has(&found, "Dinamo Bucharest", Organization), "{found:?}");
        assert!(has(&found, "AC Milan", Organization), "{found:?}");
        assert!(!has(&found, "Hayao Miyazaki", Organization), "{found:?}");
        // Titles, contractions, acronyms, given names and appositive titles end or refuse it.
        let found = mentions(
            "Tarsk Mayor-elect Jane Roe spoke. I have a bridge in Leeds I'd sell. The London HQ \
             closed. Paris Hilton smiled. Attorney Salem Dahdouh agreed. Nanjing Chen, spokesman \
             for Acme Corp, agreed.",
        );
        for (name, t) in [("Leeds", Place), ("London", Place), ("Jane Roe", Person)] {
            assert!(has(&found, name, t), "{name}: {found:?}");
        }
        for name in [
            "Leeds I'd",
            "London HQ",
            "Paris Hilton",
            "Salem Dahdouh",
            "Nanjing Chen",
        ] {
            assert!(!has(&found, name, Organization), "{name}: {found:?}");
        }
    }

    #[test]
    fn a_lone_name_that_acts_is_a_person_when_the_sentence_calls_it_he() {
        let found = mentions("Prices rose. Tarskinho wants assurances that he will play.");
        assert!(has(&found, "Tarskinho", EntityType::Person), "{found:?}");
        for text in [
            "Prices rose. Globexo says it will cut jobs.",
            "Prices rose. Vantrel fired a manager who said he was sorry.",
        ] {
            let found = mentions(text);
            assert!(
                found.iter().any(|(_, t)| *t == EntityType::Organization),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn an_ascii_spelling_that_is_a_word_or_a_given_name_is_no_city() {
        let found = mentions("Sale of the unit was delayed. Leon Roe said it failed. Bush spoke.");
        assert!(
            !found.iter().any(|(_, t)| *t == EntityType::Place),
            "{found:?}"
        );
        assert!(has(&found, "Leon Roe", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_known_name_opening_a_sentence_as_a_common_noun_is_none() {
        let found = mentions(
            "The plan offers amnesty to millions. Amnesty for millions sends the wrong message. Amnesty International said so.",
        );
        assert_eq!(
            found
                .iter()
                .filter(|(s, _)| s.starts_with("Amnesty"))
                .count(),
            1,
            "{found:?}"
        );
    }

    #[test]
    fn an_ordinary_word_opening_a_sentence_is_no_name_unless_capitalised_inside_one() {
        let found = mentions(
            "Posts threatening the mayor spread overnight. History will record the vote. Suspect says he fired twice. Medics arrived later.",
        );
        assert!(found.is_empty(), "{found:?}");
        // A quotation opens a sentence too; an -ing form and a word ending like a common noun
        // are ordinary there.
        let found = mentions(
            "Prices rose. \"Dismal reports from shops worry us,\" he said. Falling demand suggests a slowdown. Speculation suggests a bid.",
        );
        assert!(found.is_empty(), "{found:?}");
        // "Bell" inside a sentence shows the opening one is a name too.
        let found = mentions("Bell said the plant would close. Workers knew Bell had no choice.");
        assert_eq!(
            found.iter().filter(|(s, _)| s == "Bell").count(),
            2,
            "{found:?}"
        );
    }

    #[test]
    fn an_abbreviation_of_a_technology_or_term_is_no_body() {
        let found = mentions(
            "Prices rose. DVD sales fell as GDP shrank, and Aids spread, Acme Corp said. The DVD Forum met.",
        );
        assert!(
            found
                .iter()
                .all(|(s, _)| !matches!(s.as_str(), "DVD" | "GDP" | "Aids")),
            "{found:?}"
        );
        // Inside a longer name it stays.
        assert!(found.iter().any(|(s, _)| s == "DVD Forum"), "{found:?}");
    }

    #[test]
    fn a_camel_case_brand_that_speaks_is_an_organization() {
        let found = mentions("Officials met on Monday. TarskTube said the video broke its rules.");
        assert!(
            has(&found, "TarskTube", EntityType::Organization),
            "{found:?}"
        );
        let found = mentions("Officials met on Monday. McTarsk said the video broke the rules.");
        assert!(has(&found, "McTarsk", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_web_sites_domain_is_an_organization() {
        let found = mentions(
            "Officials met on Monday. The data came from Vantrel.com, a watchdog. Oskolnews.org reported it.",
        );
        assert!(
            has(&found, "Vantrel.com", EntityType::Organization),
            "{found:?}"
        );
        assert!(
            has(&found, "Oskolnews.org", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_place_after_an_honorific_is_a_persons_name() {
        let found = mentions(
            "Officials met on Monday. But Mr. Kingston said he was opposed, and Ms Paris agreed.",
        );
        assert!(has(&found, "Kingston", EntityType::Person), "{found:?}");
        assert!(has(&found, "Paris", EntityType::Person), "{found:?}");
        assert!(
            found.iter().all(|(_, t)| *t != EntityType::Country),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_ending_in_a_trade_or_service_word_is_an_organization() {
        let found = mentions(
            "Officials met on Monday. Vantrel Communications said it would bid. Oskolnet Healthcare closed, and the Tarsk Highway Patrol said so.",
        );
        for name in [
            "Vantrel Communications",
            "Oskolnet Healthcare",
            "Tarsk Highway Patrol",
        ] {
            assert!(
                has(&found, name, EntityType::Organization),
                "{name}: {found:?}"
            );
        }
    }

    #[test]
    fn an_unknown_name_ending_in_an_acronym_is_no_person() {
        let found = mentions("Officials met on Monday. Critics said Tarsk XP was too slow.");
        assert!(
            has(&found, "Tarsk XP", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn an_acronym_of_three_capitals_opens_no_persons_name() {
        let found = mentions(
            "Officials met on Monday. Analysts at KTX Global Insight said growth slowed. At the \
             KTXC rally, KTXC Wayne Roe spoke. JD Vantrel said he would run.",
        );
        assert!(
            has(&found, "KTX Global Insight", EntityType::Organization),
            "{found:?}"
        );
        assert!(has(&found, "Wayne Roe", EntityType::Person), "{found:?}");
        assert!(has(&found, "JD Vantrel", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_given_name_that_is_a_word_before_a_country_word_makes_a_person() {
        let found = mentions(
            "Officials met on Monday. The owner Mark Cuban criticised the league. After the \
             game, Cuban said teams could practise. Cuban officials said talks failed. In May \
             Britain left. The Royal Canadian Mounted Police said nothing.",
        );
        assert!(has(&found, "Mark Cuban", EntityType::Person), "{found:?}");
        let kinds = |name: &str| -> Vec<EntityType> {
            found
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, t)| *t)
                .collect()
        };
        // The lone "Cuban" who speaks is the person; the one before "officials" the country.
        assert_eq!(
            kinds("Cuban"),
            [EntityType::Person, EntityType::Country],
            "{found:?}"
        );
        assert!(
            !found
                .iter()
                .any(|(n, _)| n == "May Britain" || n == "Royal Canadian"),
            "{found:?}"
        );
    }

    #[test]
    fn a_given_name_before_a_known_one_word_name_makes_a_person() {
        let found = mentions("Officials met on Monday. Henry Ford built cars in Detroit.");
        assert!(has(&found, "Henry Ford", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_place_name_that_is_a_given_name_opens_a_person_before_a_family_name() {
        let found = mentions(
            "Officials met on Monday. Secretary Chad Vantrel spoke in Virginia. Later, Chad sent \
             troops. Virginia Zelmirova starred with Austin Wright and Rep. Jordan Oskolov. \
             Virginia Tech won. Austin Police and the Houston Chronicle agreed.",
        );
        for person in [
            "Chad Vantrel",
            "Virginia Zelmirova",
            "Austin Wright",
            "Jordan Oskolov",
        ] {
            assert!(
                has(&found, person, EntityType::Person),
                "{person}: {found:?}"
            );
        }
        // A given name alone is still the place.
        assert!(has(&found, "Chad", EntityType::Country), "{found:?}");
        assert!(has(&found, "Virginia", EntityType::Place), "{found:?}");
        for body in ["Virginia Tech", "Austin Police", "Houston Chronicle"] {
            assert!(
                has(&found, body, EntityType::Organization),
                "{body}: {found:?}"
            );
        }
    }

    #[test]
    fn an_honorific_before_given_names_keeps_a_known_name_ending_them() {
        let found = mentions("The panel questioned Dr. Jane Ellen Ford last week.");
        assert!(
            has(&found, "Jane Ellen Ford", EntityType::Person),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|(_, t)| *t == EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn an_acronym_in_brackets_makes_one_name_of_the_words_it_spells() {
        let found = mentions(
            "Prices rose. Staff at the Center on Budget and Policy Priorities (CBPP) said so. Rebels of the Liberation Front of Chad and Niger (LFCN) fled.",
        );
        for name in [
            "Center on Budget and Policy Priorities",
            "Liberation Front of Chad and Niger",
        ] {
            assert!(
                has(&found, name, EntityType::Organization),
                "{name}: {found:?}"
            );
        }
        assert!(
            !found
                .iter()
                .any(|(s, _)| s == "Policy Priorities" || s == "Niger"),
            "{found:?}"
        );
    }

    #[test]
    fn and_joins_a_common_nouns_word_to_a_known_names_body() {
        let found = mentions(
            "Prices rose. The rules await the White House Office of Management and Budget. The White House Office of Trade and Tom Hale met.",
        );
        assert!(
            has(
                &found,
                "White House Office of Management and Budget",
                EntityType::Organization
            ),
            "{found:?}"
        );
        assert!(has(&found, "Tom Hale", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_roads_name_is_a_place() {
        let found = mentions(
            "Prices rose. Traffic moves along the Harbor Freeway in Tarsk. Cars crowd the Vantrel Turnpike.",
        );
        for road in ["Harbor Freeway", "Vantrel Turnpike"] {
            assert!(has(&found, road, EntityType::Place), "{road}: {found:?}");
        }
    }

    #[test]
    fn a_plurals_possessive_inside_a_name_keeps_it_whole() {
        let found = mentions(
            "Prices rose. Tom Hale signed the Tarsk Survivors' Rights Act. The Vantrel Teachers’ Union said prices rose. The Democrats' Senate majority grew.",
        );
        assert!(
            has(&found, "Tarsk Survivors' Rights Act", EntityType::Agreement),
            "{found:?}"
        );
        assert!(
            has(&found, "Vantrel Teachers’ Union", EntityType::Organization),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|(s, _)| s.ends_with("' Senate")),
            "{found:?}"
        );
    }

    #[test]
    fn a_storms_name_after_its_kind_is_an_event() {
        let found = mentions(
            "Aid after Hurricane Ann was slow. Typhoon Jim and Superstorm Sara hit the coast. Ann cut power to the town.",
        );
        for storm in ["Hurricane Ann", "Typhoon Jim", "Superstorm Sara", "Ann"] {
            assert!(has(&found, storm, EntityType::Event), "{storm}: {found:?}");
        }
    }

    #[test]
    fn an_honorific_inside_a_run_starts_a_person_and_a_day_after_the_opens_a_title() {
        let found =
            mentions("Officials met on Monday. A source told the Sunday Globe Mr Hale would run.");
        assert!(
            has(&found, "Sunday Globe", EntityType::Organization),
            "{found:?}"
        );
        assert!(has(&found, "Hale", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_sentence_adverb_or_auxiliary_after_a_colon_opens_no_name() {
        let found = mentions(
            "Officials met on Monday. Perhaps Tom Hale realized that. The question: Could Jane \
             Roe have won? The motto: Let Ann Lee be Ann Lee.",
        );
        for name in ["Tom Hale", "Jane Roe", "Ann Lee"] {
            assert!(has(&found, name, EntityType::Person), "{found:?}");
        }
        assert!(
            !found
                .iter()
                .any(|(s, _)| ["Perhaps", "Could", "Let"].iter().any(|w| s.starts_with(w))),
            "{found:?}"
        );
    }

    #[test]
    fn a_sports_word_or_air_before_a_country_names_its_body() {
        let found = mentions(
            "Officials met on Monday. Jane Roe was banned by Athletics Kenya. She trained in Kenya. Air Kenya and Air Tarsk picked Globex Capital for the listing.",
        );
        assert!(
            has(&found, "Athletics Kenya", EntityType::Organization),
            "{found:?}"
        );
        assert!(has(&found, "Kenya", EntityType::Country), "{found:?}");
        assert!(
            has(&found, "Air Kenya", EntityType::Organization),
            "{found:?}"
        );
        assert!(
            has(&found, "Air Tarsk", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_designation_is_no_name_and_and_joins_inside_a_bodys_of_phrase() {
        let found = mentions(
            "Officials met on Monday. Troops flew over the English Channel in C-47s. The Department of Health and Human Services said no. Tom Hale and Jane Roe met.",
        );
        assert!(!found.iter().any(|(s, _)| s == "C"), "{found:?}");
        assert!(
            found
                .iter()
                .any(|(s, t)| s.ends_with("Health and Human Services")
                    && *t == EntityType::Organization),
            "{found:?}"
        );
        assert!(has(&found, "Tom Hale", EntityType::Person), "{found:?}");
        assert!(has(&found, "Jane Roe", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_unit_written_against_its_figure_is_no_name() {
        let found = mentions(
            "Officials met on Monday. The Acme player holds 6GB of songs and draws 40MW at most.",
        );
        assert!(
            !found.iter().any(|(s, _)| s == "GB" || s == "MW"),
            "{found:?}"
        );
    }

    #[test]
    fn the_writers_i_after_a_plural_is_no_numeral_of_a_name() {
        let found = mentions(
            "Officials met on Monday. The Tarsk Latinos I spoke with were afraid. King Charles I ruled Tarsk after World War I ended.",
        );
        assert!(
            !found
                .iter()
                .any(|(s, _)| s.ends_with(" I") && s.contains("Latinos")),
            "{found:?}"
        );
        assert!(has(&found, "Charles I", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_romanized_given_name_with_a_hyphen_stays_in_the_name() {
        let found = mentions(
            "Officials met on Monday. Jane Roe said Park Geun-hye will meet Choe Son-hui in Tarsk. A World War II-era ship and an Obama-era rule stayed.",
        );
        assert!(
            has(&found, "Park Geun-hye", EntityType::Person),
            "{found:?}"
        );
        assert!(has(&found, "Choe Son-hui", EntityType::Person), "{found:?}");
        assert!(!found.iter().any(|(s, _)| s.ends_with("-era")), "{found:?}");
    }

    #[test]
    fn unknown_words_before_a_countrys_code_name_a_body() {
        let found = mentions(
            "Officials met on Monday. Tarsk Point USA fired its director, and Globex UK hired him. Previous UK owners agreed.",
        );
        assert!(
            has(&found, "Tarsk Point USA", EntityType::Organization),
            "{found:?}"
        );
        assert!(
            has(&found, "Globex UK", EntityType::Organization),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|(s, _)| s.starts_with("Previous")),
            "{found:?}"
        );
    }

    #[test]
    fn a_title_phrase_describing_a_person_names_no_body() {
        let found = mentions(
            "Officials met on Monday. Jim Beck, the third-ranking House Democrat, said no. A Senate Republican said yes.",
        );
        assert!(
            !found
                .iter()
                .any(|(s, _)| s == "House Democrat" || s == "Senate Republican"),
            "{found:?}"
        );
        // Before a noun it is the party's name.
        let found = mentions("Officials met on Monday. Ann Lee met the House Democrat leaders.");
        assert!(
            has(&found, "House Democrat", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_before_an_inverted_attribution_is_not_the_speaker() {
        let found = mentions(
            "Officials met on Monday. Many shops now rely on Acmesoft said Tom Hale, head of Globex Inc.",
        );
        assert!(
            !found
                .iter()
                .any(|(s, t)| s == "Acmesoft" && *t == EntityType::Person),
            "{found:?}"
        );
        // A name opening what was said is no inverted speaker.
        let found = mentions("Officials met on Monday. Sandoval says Washington will act.");
        assert!(has(&found, "Sandoval", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_lawmakers_party_and_state_name_no_one() {
        let found = mentions(
            "Officials met on Monday. Rep. Jim Beck (R-South Carolina) said no. Ann Lee, D-New York, agreed.",
        );
        assert!(!found.iter().any(|(s, _)| s.contains('-')), "{found:?}");
    }

    #[test]
    fn and_joins_a_common_noun_inside_a_bodys_of_phrase() {
        let found = mentions(
            "Officials met on Monday. The Tarsk Department of Trade and Industry said no.",
        );
        assert!(
            has(
                &found,
                "Tarsk Department of Trade and Industry",
                EntityType::Organization
            ),
            "{found:?}"
        );
    }

    #[test]
    fn a_newspapers_head_word_names_an_organization() {
        let found = mentions(
            "Officials met on Monday. Jane Roe told the Tarsk Examiner that rents rose. The Lisbon Sentinel agreed.",
        );
        assert!(
            has(&found, "Tarsk Examiner", EntityType::Organization),
            "{found:?}"
        );
        assert!(
            has(&found, "Lisbon Sentinel", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn an_occupation_before_a_name_is_a_title() {
        let found =
            mentions("Officials met on Monday. Actress Jane Roe and producer Tom Hale spoke.");
        assert!(has(&found, "Jane Roe", EntityType::Person), "{found:?}");
        assert!(has(&found, "Tom Hale", EntityType::Person), "{found:?}");
    }

    #[test]
    fn hashtags_and_handles_are_no_names() {
        let found = mentions(
            "Officials met on Monday. The tag #TaxesNow trended after Jane Roe spoke. Follow @HarbourNews for updates.",
        );
        assert!(has(&found, "Jane Roe", EntityType::Person), "{found:?}");
        assert!(
            !found
                .iter()
                .any(|(s, _)| s.contains("TaxesNow") || s.contains("HarbourNews")),
            "{found:?}"
        );
    }

    #[test]
    fn team_before_a_name_opens_a_body() {
        let found = mentions("Prices rose. Team Hale approached the issue with caution.");
        assert!(
            has(&found, "Team Hale", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_slogan_in_quotation_marks_that_opens_with_a_verb_names_nobody() {
        let found = mentions("Ann Lee wore a “Make America Proud Again” cap to the rally.");
        assert!(
            found.iter().all(|(name, _)| !name.contains("Again")),
            "{found:?}"
        );
        // A known name inside stays one.
        assert!(has(&found, "America", EntityType::Country), "{found:?}");
    }

    #[test]
    fn a_name_joined_to_a_lower_case_word_is_an_adjective() {
        let found = mentions(
            "Officials met on Monday. The Tarsk-based Jane Roe said no. Tom Hale quit the firm.",
        );
        assert!(has(&found, "Jane Roe", EntityType::Person), "{found:?}");
        assert!(
            !found.iter().any(|(t, _)| t.contains("-based")),
            "{found:?}"
        );
        // "Tom" is a given name, so the unknown surname after it makes a person.
        assert!(has(&found, "Tom Hale", EntityType::Person), "{found:?}");
        // After a middle initial a place's name is a surname.
        let found = mentions("Officials met on Monday. Jane W. Paris spoke in Lisbon.");
        assert!(
            has(&found, "Jane W. Paris", EntityType::Person),
            "{found:?}"
        );
        // A plural that is no entity alone may still open a name.
        let found =
            mentions("Officials met on Monday. Voters left. Women Rule Summit opened in Lisbon.");
        assert!(!found.iter().any(|(t, _)| t == "Voters"), "{found:?}");
        assert!(
            found.iter().any(|(t, _)| t == "Women Rule Summit"),
            "{found:?}"
        );
    }

    #[test]
    fn a_body_named_with_a_title_or_before_a_person_is_no_person() {
        let found = mentions(
            "Officials met on Monday. The Association of Chief Police Officers said it would act. Director of Public Prosecutions Ken Roe said no. Hillary Rodham Clinton spoke.",
        );
        assert!(
            has(
                &found,
                "Association of Chief Police Officers",
                EntityType::Organization
            ),
            "{found:?}"
        );
        assert!(has(&found, "Ken Roe", EntityType::Person), "{found:?}");
        // A given name after the first name is no new person.
        assert!(
            has(&found, "Hillary Rodham Clinton", EntityType::Person),
            "{found:?}"
        );
    }

    #[test]
    fn a_table_header_of_party_words_and_plurals_names_no_one() {
        let found = mentions("Support by group: Republican Democrat Independent Men Women.");
        assert!(found.iter().all(|m| m.1 != EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_hotel_or_a_competition_after_a_title_word_is_no_person() {
        let found = mentions(
            "Officials met on Monday at the Commodore Hotel. Ann Lee won the Chef Competition.",
        );
        assert!(
            has(&found, "Commodore Hotel", EntityType::Place),
            "{found:?}"
        );
        assert!(
            has(&found, "Chef Competition", EntityType::Event),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .all(|m| m.1 != EntityType::Person || m.0 == "Ann Lee"),
            "{found:?}"
        );
    }

    #[test]
    fn an_organization_word_cased_another_way_is_that_organization() {
        let found = mentions(
            "Skyjet Air ordered new planes. Analysts expect a second order by SkyJet soon. The Democratic Party met. Democratic leaders spoke.",
        );
        assert!(has(&found, "SkyJet", EntityType::Organization), "{found:?}");
        assert!(!found.iter().any(|(t, _)| t == "Democratic"), "{found:?}");
    }

    #[test]
    fn a_demonym_before_military_or_army_names_the_force() {
        let found = mentions(
            "The Chilean military denied the claims. Brazil's growing military worries Chile. The Brazilian military presence grew.",
        );
        assert!(
            has(&found, "military", EntityType::Organization),
            "{found:?}"
        );
        assert_eq!(
            found
                .iter()
                .filter(|(_, t)| *t == EntityType::Organization)
                .count(),
            1,
            "{found:?}"
        );
    }

    #[test]
    fn a_company_name_ending_a_persons_name_is_her_family_name() {
        let found = mentions(
            "Headline\n\nJane Ellen Ford testified on Thursday. The panel may ask Ford about it.",
        );
        assert!(
            has(&found, "Jane Ellen Ford", EntityType::Person),
            "{found:?}"
        );
        assert!(has(&found, "Ford", EntityType::Person), "{found:?}");
        assert!(
            !found.iter().any(|(_, t)| *t == EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_lawmakers_state_in_brackets_is_no_entity() {
        let found =
            mentions("Headline\n\nLeader Ann Lee (D., N.Y.) said he would ask for a probe.");
        assert!(!found.iter().any(|(t, _)| t == "N.Y."), "{found:?}");
        assert!(has(&found, "Ann Lee", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_weekday_ending_a_name_dates_it_unless_the_run_names_a_day() {
        let found = mentions(
            "Donors met with Jane Roe Wednesday. Turnout rose on Super Tuesday. Shops open early before Black Friday.",
        );
        assert!(has(&found, "Jane Roe", EntityType::Person), "{found:?}");
        assert!(has(&found, "Super Tuesday", EntityType::Event), "{found:?}");
        assert!(has(&found, "Black Friday", EntityType::Event), "{found:?}");
        assert!(
            !found.iter().any(|(t, _)| t.contains("Wednesday")),
            "{found:?}"
        );
    }

    #[test]
    fn a_demonym_and_bare_body_head_name_the_body_only_as_subject() {
        let found = mentions(
            "The Chilean police arrested two men. The Peruvian army, which has denied it, stayed. Volunteers fought alongside the Bolivian military, he said. The vote split the lower house of the Chilean parliament, the Chamber of Deputies.",
        );
        let bodies: Vec<&str> = found
            .iter()
            .filter(|(_, t)| *t == EntityType::Organization)
            .map(|(text, _)| text.as_str())
            .collect();
        assert!(bodies.contains(&"police"), "{found:?}");
        assert!(bodies.contains(&"army"), "{found:?}");
        assert!(!bodies.contains(&"military"), "{found:?}");
        assert!(!bodies.contains(&"parliament"), "{found:?}");
        assert!(has(&found, "Bolivian", EntityType::Country), "{found:?}");
    }

    #[test]
    fn a_title_and_its_organization_name_no_person() {
        let found = mentions(
            "Sales rose, said Jane Morton, Chief Executive of Google UK. Tom Hale, Chief Executive of Acme Corp, agreed.",
        );
        let people: Vec<_> = found
            .iter()
            .filter(|(_, t)| *t == EntityType::Person)
            .map(|(s, _)| s.as_str())
            .collect();
        assert_eq!(people, ["Jane Morton", "Tom Hale"], "{found:?}");
        assert!(
            has(&found, "Acme Corp", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_person_name_takes_no_connector_and_bill_is_a_given_name() {
        let found = mentions(
            "The prize went to Clint Morrow for Best Picture. Analysts such as Richard Veld of Globex Research agreed. Bill Carver met the Institute for Fiscal Studies about the Bill of Rights.",
        );
        assert!(has(&found, "Clint Morrow", EntityType::Person), "{found:?}");
        assert!(has(&found, "Richard Veld", EntityType::Person), "{found:?}");
        assert!(
            has(&found, "Globex Research", EntityType::Organization),
            "{found:?}"
        );
        assert!(has(&found, "Bill Carver", EntityType::Person), "{found:?}");
        assert!(
            has(
                &found,
                "Institute for Fiscal Studies",
                EntityType::Organization
            ),
            "{found:?}"
        );
        assert!(
            has(&found, "Bill of Rights", EntityType::Agreement),
            "{found:?}"
        );
    }

    #[test]
    fn a_common_noun_opening_a_sentence_is_no_organization() {
        let found = mentions(
            "Speculation has grown. Turbulence hit the markets, and the turbulence spread. Zentrova bought a rival.",
        );
        assert!(!found.iter().any(|(t, _)| t == "Speculation"), "{found:?}");
        assert!(!found.iter().any(|(t, _)| t == "Turbulence"), "{found:?}");
        assert!(
            has(&found, "Zentrova", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn an_unknown_name_opened_by_a_nationality_is_a_body() {
        let found = mentions("The Faroese Fisheries Board said quotas would fall.");
        assert!(
            has(&found, "Faroese Fisheries Board", EntityType::Organization),
            "{found:?}"
        );
        let found = mentions("On Monday the Scottish Executive said quotas would fall.");
        assert!(
            has(&found, "Scottish Executive", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_lone_unknown_name_that_reports_of_itself_as_it_is_an_organization() {
        let found = mentions(
            "Vantrel said it would cut 300 jobs. Halvorsen said he would stay. Jane Roe spoke later, and Roe said it was a mistake.",
        );
        assert!(
            has(&found, "Vantrel", EntityType::Organization),
            "{found:?}"
        );
        assert!(has(&found, "Halvorsen", EntityType::Person), "{found:?}");
        assert!(has(&found, "Roe", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_lone_name_a_company_noun_or_an_article_types_is_an_organization_throughout() {
        let found = mentions(
            "Budget airline Vantrel has ordered 70 planes. Vantrel said the deal would cut costs. Halvorsen said he was pleased.",
        );
        assert!(!has(&found, "Vantrel", EntityType::Person), "{found:?}");
        assert!(has(&found, "Halvorsen", EntityType::Person), "{found:?}");
        // No person takes an article; the organization's later bare name is it too, though
        // no verb follows it there.
        let found = mentions(
            "Prices rose. The Tarskian said it would print the letter. Readers say the Tarskian usually prints letters.",
        );
        assert_eq!(
            found
                .iter()
                .filter(|(s, t)| s == "Tarskian" && *t == EntityType::Organization)
                .count(),
            2,
            "{found:?}"
        );
        // A family in the plural stays people.
        let found = mentions("Prices rose. The Roes said they would sell the house.");
        assert!(has(&found, "Roes", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_name_with_shares_results_or_a_company_noun_is_an_organization() {
        let found = mentions(
            "Shares in Vantrelco rose 5% on Monday. Chalvane reported revenues of $69m. \
             The mortgage firm Freddie Vantrel restated its earnings. Trading in Tarsk Holdings \
             resumed, and Ossian Brand shares fell 3%. The reinsurer Tarsk Re said claims rose.",
        );
        for name in [
            "Vantrelco",
            "Chalvane",
            "Freddie Vantrel",
            "Ossian Brand",
            "Tarsk Re",
        ] {
            assert!(
                has(&found, name, EntityType::Organization),
                "{name}: {found:?}"
            );
        }
        // A person who reports results, shares a view or follows an occupation stays one.
        let found = mentions(
            "Acme Corp's chief Ann Lee reported a loss of $3m. Jane Roe shares his view. \
             Broadcaster Tom Hale accused him.",
        );
        for name in ["Ann Lee", "Jane Roe", "Tom Hale"] {
            assert!(has(&found, name, EntityType::Person), "{name}: {found:?}");
        }
    }

    #[test]
    fn an_unknown_name_opened_by_an_ordinary_word_is_no_person_unless_a_given_name() {
        let found = mentions(
            "Shares fell after the Daily Tarsk reported the sale. Later Frank Tarsk said so, and the ruling of Justices Ann Halvorsen and Tom Hale stood.",
        );
        assert!(
            has(&found, "Daily Tarsk", EntityType::Organization),
            "{found:?}"
        );
        assert!(has(&found, "Frank Tarsk", EntityType::Person), "{found:?}");
        assert!(
            has(&found, "Ann Halvorsen", EntityType::Person),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|(s, _)| s.starts_with("Justices")),
            "{found:?}"
        );
    }

    #[test]
    fn an_unknown_name_ending_in_a_common_noun_is_no_person() {
        let found = mentions(
            "The contract went to Zelmar Fellowship on Monday. Its fighter jets flew, and Valdoran Fighter said it was ready. Later Halvor Stenmark said so.",
        );
        assert!(
            has(&found, "Zelmar Fellowship", EntityType::Organization),
            "{found:?}"
        );
        assert!(
            has(&found, "Valdoran Fighter", EntityType::Organization),
            "{found:?}"
        );
        assert!(
            has(&found, "Halvor Stenmark", EntityType::Person),
            "{found:?}"
        );
    }

    #[test]
    fn an_editors_bracket_splits_no_name() {
        let found =
            mentions("“It was a blow from [special counsel Jane] Halvorsen,” an aide said.");
        assert!(
            has(&found, "Jane] Halvorsen", EntityType::Person),
            "{found:?}"
        );
    }

    #[test]
    fn an_age_after_a_name_opening_a_clause_makes_it_a_person() {
        let found = mentions("\"We are not going to stop at all,\" Quina Velasko, 25, said.");
        assert!(
            has(&found, "Quina Velasko", EntityType::Person),
            "{found:?}"
        );
    }

    #[test]
    fn a_title_of_several_words_after_a_comma_makes_an_unknown_name_opening_a_sentence_a_person() {
        let found = mentions(
            "Fernand Tarskov, the UN special rapporteur on minorities, told reporters that talks failed.",
        );
        assert!(
            has(&found, "Fernand Tarskov", EntityType::Person),
            "{found:?}"
        );
    }

    #[test]
    fn a_companys_name_after_a_title_and_a_given_name_is_a_family_name() {
        let found =
            mentions("Governor Jane Honda said the plan would work. Rep. Tom Bloomberg agreed.");
        assert!(has(&found, "Jane Honda", EntityType::Person), "{found:?}");
        assert!(
            has(&found, "Tom Bloomberg", EntityType::Person),
            "{found:?}"
        );
    }

    #[test]
    fn a_places_name_before_a_partys_names_its_branch_there() {
        let found = mentions(
            "Ohio Democratic Party Chairman Jim Beck spoke. The Tarsk County Republican Party \
             agreed, and the Texas GOP did too. Ohio GOP Sen. Ann Lee and Ohio Democrats did not.",
        );
        for branch in [
            "Ohio Democratic Party",
            "Tarsk County Republican Party",
            "Texas GOP",
        ] {
            assert!(has(&found, branch, EntityType::Organization), "{found:?}");
        }
        assert!(
            !has(&found, "Ohio GOP", EntityType::Organization),
            "{found:?}"
        );
        assert!(has(&found, "Ohio", EntityType::Place), "{found:?}");
    }

    #[test]
    fn a_particle_joined_to_a_name_ends_a_name_holding_a_known_one() {
        let found = mentions("General Omar Fatah el-Tarsk said the plan would work.");
        assert!(
            has(&found, "Omar Fatah el-Tarsk", EntityType::Person),
            "{found:?}"
        );
    }

    #[test]
    fn a_countrys_acronym_after_a_title_is_no_family_name() {
        let found =
            mentions("The group is called Acme, as in Forward U.S., and it will push hard.");
        assert!(
            !found.iter().any(|(_, t)| *t == EntityType::Person),
            "{found:?}"
        );
        assert!(has(&found, "U.S.", EntityType::Country), "{found:?}");
    }

    #[test]
    fn a_room_named_after_a_person_is_a_place() {
        let found =
            mentions("Tom Hale returned to the James S. Brady Press Briefing Room on Monday.");
        assert!(
            has(
                &found,
                "James S. Brady Press Briefing Room",
                EntityType::Place
            ),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_ending_in_springs_or_beach_is_a_place() {
        let found =
            mentions("The family flew to Palm Springs on Friday and then drove to Tarsk Beach.");
        assert!(has(&found, "Palm Springs", EntityType::Place), "{found:?}");
        assert!(has(&found, "Tarsk Beach", EntityType::Place), "{found:?}");
    }

    #[test]
    fn a_name_ending_in_co_without_a_point_is_a_body() {
        let found = mentions("Tarsk Motor Co said in a statement that sales rose.");
        assert!(
            has(&found, "Tarsk Motor Co", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_conservancy_is_a_body() {
        let found = mentions("Jim Beck runs the office for The Tarsk Conservancy in Kansas.");
        assert!(
            has(&found, "Tarsk Conservancy", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_named_market_is_a_place() {
        let found = mentions("Police officers patrol inside Tarsk Market this afternoon.");
        assert!(has(&found, "Tarsk Market", EntityType::Place), "{found:?}");
    }

    #[test]
    fn a_weekly_and_a_lab_are_bodies() {
        let found = mentions(
            "In a report, the Tarsk Weekly quoted the World Inequality Lab as saying that the \
             region is unequal.",
        );
        assert!(
            has(&found, "Tarsk Weekly", EntityType::Organization),
            "{found:?}"
        );
        assert!(
            has(&found, "World Inequality Lab", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_word_after_in_is_a_place_unless_written_in_lower_case_elsewhere() {
        let found = mentions(
            "Her role in Brighter won praise. The stage grew brighter. He was born in Tarsk.",
        );
        assert!(!has(&found, "Brighter", EntityType::Place), "{found:?}");
        assert!(has(&found, "Tarsk", EntityType::Place), "{found:?}");
    }

    #[test]
    fn title_before_name_gives_person_and_country() {
        let m = mentions(
            "Officials said French Foreign Minister Odile Marchetti arrived in Brazil on Tuesday.",
        );
        assert!(has(&m, "Odile Marchetti", EntityType::Person), "{m:?}");
        assert!(has(&m, "French", EntityType::Country), "{m:?}");
        assert!(has(&m, "Brazil", EntityType::Country), "{m:?}");
        assert!(
            !m.iter()
                .any(|(s, _)| s.contains("Tuesday") || s.contains("Minister")),
            "{m:?}"
        );
    }

    #[test]
    fn a_days_name_ends_no_name_but_its_own() {
        let m = mentions(
            "Ana Roe noted that Mr. Hale Monday compiled a list. The Tarsk Supreme Court Wednesday struck it down. Voters went to the polls on Super Tuesday.",
        );
        assert!(has(&m, "Hale", EntityType::Person), "{m:?}");
        assert!(
            !m.iter()
                .any(|(s, _)| s.ends_with("Monday") || s.ends_with("Wednesday")),
            "{m:?}"
        );
        assert!(m.iter().any(|(s, _)| s == "Super Tuesday"), "{m:?}");
    }

    #[test]
    fn a_lone_name_with_a_plural_verb_is_a_body() {
        let m = mentions(
            "\"Vantrel are saying clearly that they will not tolerate it.\" Later, Vantrel believed the fine was fair.",
        );
        assert!(has(&m, "Vantrel", EntityType::Organization), "{m:?}");
        // Joined by "and", a person's name takes "are" too.
        let m = mentions("Ana Roe spoke. Roe and Hale are friends. Roe believed it.");
        assert!(
            !m.iter().any(|(_, t)| *t == EntityType::Organization),
            "{m:?}"
        );
    }

    #[test]
    fn a_titled_persons_name_ends_before_of() {
        let m = mentions("Police Chief Odile Marchetti of Aurora said the gunman acted alone.");
        assert!(has(&m, "Odile Marchetti", EntityType::Person), "{m:?}");
        assert!(!m.iter().any(|(s, _)| s.contains("of Aurora")), "{m:?}");
        // A body's name keeps its "of".
        let m = mentions("Justice Against Sponsors of Terrorism Act passed.");
        assert!(!m.iter().any(|(_, t)| *t == EntityType::Person), "{m:?}");
    }

    #[test]
    fn a_numbered_title_of_a_law_is_an_agreement() {
        let m = mentions("Title VII prohibits discrimination, and Title IX covers schools.");
        assert!(has(&m, "Title VII", EntityType::Agreement), "{m:?}");
        assert!(has(&m, "Title IX", EntityType::Agreement), "{m:?}");
    }

    #[test]
    fn the_name_after_a_mayors_of_is_a_place() {
        let m = mentions("Support came from Mayor Tom Hale of Oskol, an ally of the governor.");
        assert!(has(&m, "Oskol", EntityType::Place), "{m:?}");
        let m = mentions("Analysts such as Tom Hale of Globex Research agreed.");
        assert!(
            has(&m, "Globex Research", EntityType::Organization),
            "{m:?}"
        );
    }

    #[test]
    fn surname_alone_is_the_person_even_when_it_is_a_city_name() {
        let m = mentions(
            "Talks began when Marcus Dallas landed. Later, Dallas said the deal was close.",
        );
        assert_eq!(
            m.iter().filter(|(_, t)| *t == EntityType::Person).count(),
            2,
            "{m:?}"
        );
        assert!(!m.iter().any(|(_, t)| *t == EntityType::Place), "{m:?}");
    }

    #[test]
    fn a_bodys_head_word_keeps_its_of_phrase() {
        let m = mentions(
            "Prices rose. The Tarsk Chambers of Commerce criticised the tax, and the American Federation of Teachers President Jane Roe said so. On Monday the Confederation of British Industry warned of job losses. Guy Chambers wrote the song.",
        );
        for (name, t) in [
            ("Tarsk Chambers of Commerce", EntityType::Organization),
            ("American Federation of Teachers", EntityType::Organization),
            ("Jane Roe", EntityType::Person),
            (
                "Confederation of British Industry",
                EntityType::Organization,
            ),
            ("Guy Chambers", EntityType::Person),
        ] {
            assert!(has(&m, name, t), "{name}: {m:?}");
        }
    }

    #[test]
    fn a_place_modifier_ending_a_bodys_of_phrase_joins_the_place_after_it() {
        let m =
            mentions("Prices rose. The Food Bank of Central Florida said it was short of funds.");
        assert!(
            has(&m, "Food Bank of Central Florida", EntityType::Organization),
            "{m:?}"
        );
    }

    #[test]
    fn letters_glued_to_an_ampersand_open_a_firms_name() {
        let m =
            mentions("Prices rose. Acme Corp agreed to buy AT&T on Monday. Later AT&T said no.");
        assert!(has(&m, "AT&T", EntityType::Organization), "{m:?}");
        assert!(m.iter().all(|(s, _)| !s.starts_with('&')), "{m:?}");
    }

    #[test]
    fn demonyms_joined_by_hyphens_name_nothing() {
        let m = mentions(
            "Prices rose. Tom Hale, an African-American convicted of fraud, was freed. Palestinian-Israeli talks stalled in Brazil.",
        );
        assert!(m.iter().all(|(s, _)| !s.contains('-')), "{m:?}");
        assert!(has(&m, "Tom Hale", EntityType::Person), "{m:?}");
    }

    #[test]
    fn a_nations_man_names_a_person_no_body() {
        let m = mentions(
            "Prices rose. Tom Hale had a chance, but the Welshman dragged his shot wide. The Englishman scored.",
        );
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(has(&m, "Tom Hale", EntityType::Person), "{m:?}");
    }

    #[test]
    fn ordinary_words_before_a_known_name_open_a_body() {
        let m = mentions(
            "Prices rose. The International Labour Organisation said so. Former British TV host Tom Hale agreed.",
        );
        for (name, t) in [
            (
                "International Labour Organisation",
                EntityType::Organization,
            ),
            ("Tom Hale", EntityType::Person),
        ] {
            assert!(has(&m, name, t), "{name}: {m:?}");
        }
    }

    #[test]
    fn keywords_type_organizations_events_and_agreements() {
        let m = mentions(
            "Delegates of the Coastal Fisheries Agency met at the Harbor Summit and praised the Lisbon Fishing Accord.",
        );
        assert!(
            has(&m, "Coastal Fisheries Agency", EntityType::Organization),
            "{m:?}"
        );
        assert!(has(&m, "Harbor Summit", EntityType::Event), "{m:?}");
        assert!(
            m.iter()
                .any(|(s, t)| s.ends_with("Fishing Accord") && *t == EntityType::Agreement),
            "{m:?}"
        );
        // A plural head: a district's schools are one body.
        let m = mentions("Jane Roe taught at Oskol Public Schools for ten years.");
        assert!(
            has(&m, "Oskol Public Schools", EntityType::Organization),
            "{m:?}"
        );
    }

    #[test]
    fn a_listed_body_with_and_in_its_name_is_one_name() {
        let m = mentions(
            "A letter from the federal Centers for Medicare and Medicaid Services reached Tarsk.",
        );
        assert!(
            has(
                &m,
                "Centers for Medicare and Medicaid Services",
                EntityType::Organization
            ),
            "{m:?}"
        );
    }

    #[test]
    fn a_committee_named_by_two_fields_is_one_body() {
        let m = mentions(
            "The Tarsk Energy and Commerce Committee met the Senate Ways and Means Committee. Acme Energy and Globex Trust merged, and the Judiciary Committee and Rules Committee met.",
        );
        for name in [
            "Tarsk Energy and Commerce Committee",
            "Ways and Means Committee",
            "Acme Energy",
            "Globex Trust",
            "Judiciary Committee",
            "Rules Committee",
        ] {
            assert!(has(&m, name, EntityType::Organization), "{name}: {m:?}");
        }
    }

    #[test]
    fn a_title_word_before_a_generational_suffix_is_a_surname() {
        let m = mentions("Tom Marshal King Jr. spoke, and so did Ann Lee Sr. and Jim Roe III.");
        for name in ["Tom Marshal King Jr.", "Ann Lee Sr.", "Jim Roe III"] {
            assert!(has(&m, name, EntityType::Person), "{name}: {m:?}");
        }
        assert!(m.iter().all(|(s, _)| s != "Jr."), "{m:?}");
    }

    #[test]
    fn a_month_before_a_days_number_ends_a_name() {
        let m = mentions("Acme Corp fired Jane Roe July 6, and Tom Hale Oct. 2.");
        for name in ["Jane Roe", "Tom Hale"] {
            assert!(has(&m, name, EntityType::Person), "{name}: {m:?}");
        }
    }

    #[test]
    fn an_abbreviated_department_is_an_organization() {
        let m = mentions("The Fisheries Dept. said no, and the Tarsk Water Dept said yes.");
        for name in ["Fisheries Dept", "Tarsk Water Dept"] {
            assert!(has(&m, name, EntityType::Organization), "{name}: {m:?}");
        }
    }

    #[test]
    fn advisers_associates_consultancies_research_firms_and_tribes_are_organizations() {
        let m = mentions(
            "Ann Lee of Vantrel Global Advisors met Tom Hale of the Oskol Valley Tribe, and Beck Associates hired Roe Consulting and Edison Research.",
        );
        for name in [
            "Vantrel Global Advisors",
            "Oskol Valley Tribe",
            "Beck Associates",
            "Roe Consulting",
            "Edison Research",
        ] {
            assert!(has(&m, name, EntityType::Organization), "{name}: {m:?}");
        }
        // A person whose surname is one of those words.
        let m = mentions("The law professor Laurence H. Tribe said so.");
        assert!(has(&m, "Laurence H. Tribe", EntityType::Person), "{m:?}");
        let m = mentions("Mourners met at the Emanuel A.M.E. Church on Sunday.");
        assert!(
            has(&m, "Emanuel A.M.E. Church", EntityType::Organization),
            "{m:?}"
        );
    }

    #[test]
    fn modifier_word_joins_the_known_place_after_it() {
        let m =
            mentions("Refugees fled South Kordofan for Upper Nile, and aid reached South Korea.");
        assert!(has(&m, "South Kordofan", EntityType::Place), "{m:?}");
        assert!(has(&m, "Upper Nile", EntityType::Place), "{m:?}");
        assert!(has(&m, "South Korea", EntityType::Country), "{m:?}");
    }

    #[test]
    fn a_demonym_before_a_lower_case_event_word_is_a_description() {
        let m = mentions("Delegates left the Lisbon summit before the Brazilian election.");
        assert!(has(&m, "Lisbon summit", EntityType::Event), "{m:?}");
        assert!(has(&m, "Brazilian", EntityType::Country), "{m:?}");
        assert!(!m.iter().any(|(s, _)| s.contains("election")), "{m:?}");
    }

    #[test]
    fn sentence_initial_words_and_dates_are_not_entities() {
        let m = mentions("However, the talks stalled. Many delegates left on Friday in October.");
        assert!(m.is_empty(), "{m:?}");
        let m = mentions("The union met Anna Berg on Oct. 9 in Lisbon.");
        assert!(has(&m, "Anna Berg", EntityType::Person), "{m:?}");
        // The article "A" before a country's abbreviation is no initial.
        let m = mentions("A U.S. official told the board that Anna Berg would go.");
        assert!(has(&m, "U.S.", EntityType::Country), "{m:?}");
        // A plural noun for a group of people, opening a sentence before its verb.
        let m = mentions("Families opened their homes. Hostages were freed.");
        assert!(m.is_empty(), "{m:?}");
        // A singular noun whose plural the lexicon lists.
        let m = mentions("History suggests the plan works. Suicide rates rose.");
        assert!(m.is_empty(), "{m:?}");
        // An uncountable noun with no plural, which the verbs' lexicon lists as a noun too.
        let m = mentions("Research suggests the plan works. Ann Lee said so.");
        assert!(!m.iter().any(|(s, _)| s == "Research"), "{m:?}");
    }

    #[test]
    fn acronym_takes_the_name_it_abbreviates() {
        let doc = Document::from_text(
            "t",
            "t",
            "The Coastal Fisheries Agency (CFA) issued rules. The CFA said more would follow."
                .to_string(),
        );
        let (_, out) = extract_document(&doc, Ontology::shipped());
        let cfa: Vec<_> = out
            .mentions
            .iter()
            .filter(|m| &doc.text[m.span.clone()] == "CFA")
            .collect();
        assert_eq!(cfa.len(), 2);
        assert!(
            cfa.iter()
                .all(|m| m.canonical.as_deref() == Some("Coastal Fisheries Agency"))
        );
    }

    #[test]
    fn a_family_name_without_its_particle_is_the_persons() {
        let found = mentions(
            "Prices rose. Sami al-Tarsk spoke on Monday. Later, Tarsk denounced the plan.",
        );
        assert!(has(&found, "Tarsk", EntityType::Person), "{found:?}");
        assert!(!has(&found, "Tarsk", EntityType::Organization), "{found:?}");
    }

    #[test]
    fn a_name_with_an_age_before_it_is_a_persons() {
        let found = mentions(
            "Prices rose. The 64-year-old Tarsk has grown critical. Tarsk is a familiar figure.",
        );
        assert!(has(&found, "Tarsk", EntityType::Person), "{found:?}");
        assert!(!has(&found, "Tarsk", EntityType::Organization), "{found:?}");
    }

    #[test]
    fn a_bodys_first_word_after_a_party_label_is_no_person() {
        let found = mentions(
            "Prices rose. Jim Beck said he and the Democrat House members worked together.",
        );
        assert!(has(&found, "House", EntityType::Organization), "{found:?}");
        assert!(!has(&found, "House", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_longer_name_someone_works_at_is_a_company() {
        let found = mentions(
            "Prices rose. Tom Hale, director of product at Quill Vantrel, said sales rose. Quill Vantrel said so too. The Tarsk-based Jane Roe said no.",
        );
        assert!(
            has(&found, "Quill Vantrel", EntityType::Organization),
            "{found:?}"
        );
        assert!(
            !has(&found, "Quill Vantrel", EntityType::Person),
            "{found:?}"
        );
        assert!(has(&found, "Jane Roe", EntityType::Person), "{found:?}");
    }

    #[test]
    fn and_joins_a_plural_inside_a_bodys_of_phrase() {
        let found =
            mentions("Prices rose. The Ministry of Oceans and Fisheries said it would act.");
        assert!(
            has(
                &found,
                "Ministry of Oceans and Fisheries",
                EntityType::Organization
            ),
            "{found:?}"
        );
    }

    #[test]
    fn dean_before_a_family_name_is_a_given_name() {
        let found = mentions(
            "Prices rose. A spokesman for Acme Corp, Dean Vantrel, said the firm would appeal.",
        );
        assert!(has(&found, "Dean Vantrel", EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_lone_word_someone_works_at_is_no_place() {
        let found = mentions("Prices rose. Tom Hale, chief technology officer at Vantrelo, spoke.");
        assert!(
            has(&found, "Vantrelo", EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn tory_alone_is_the_conservative_party() {
        let found = mentions("Prices rose. Tory leader Jim Beck said no.");
        assert!(has(&found, "Tory", EntityType::Organization), "{found:?}");
    }

    #[test]
    fn a_short_name_written_as_a_word_takes_the_name_it_abbreviates() {
        let found = mentions(
            "Sales rose, said the Coastal Ocean Fisheries Agency (Cofa). Cofa noted that catches fell.",
        );
        assert!(has(&found, "Cofa", EntityType::Organization), "{found:?}");
        assert!(!has(&found, "Cofa", EntityType::Person), "{found:?}");
        // The short name spells the initials across an "and" of the name.
        let found = mentions(
            "Sales rose, said the Coastal and Ocean Fisheries Agency (Cofa). Cofa noted that catches fell.",
        );
        assert!(
            has(
                &found,
                "Coastal and Ocean Fisheries Agency",
                EntityType::Organization
            ),
            "{found:?}"
        );
        assert!(has(&found, "Cofa", EntityType::Organization), "{found:?}");
        // A word in brackets that does not spell the initials is no short name of it.
        let found = mentions(
            "Sales rose, said the Coastal Fisheries Agency (Vantrel). Vantrel noted that catches fell.",
        );
        assert!(has(&found, "Vantrel", EntityType::Person), "{found:?}");
    }

    #[test]
    fn definite_agreement_descriptions_and_articles() {
        let m = mentions(
            "Both sides ratified the bilateral fishing treaty, and Article 7 of it covers quotas. A trade deal is not planned. Lisbon touted a new “blue water” pact and the Brazilian maritime accord.",
        );
        assert!(
            has(&m, "bilateral fishing treaty", EntityType::Agreement),
            "{m:?}"
        );
        assert!(has(&m, "Article 7", EntityType::Agreement), "{m:?}");
        assert!(!m.iter().any(|(s, _)| s.contains("trade deal")), "{m:?}");
        assert!(has(&m, "“blue water” pact", EntityType::Agreement), "{m:?}");
        assert!(has(&m, "maritime accord", EntityType::Agreement), "{m:?}");
        let weighed = mentions("“It is not the biggest deal in the world,” she said.");
        assert!(
            !weighed.iter().any(|(s, _)| s.contains("deal")),
            "{weighed:?}"
        );
    }

    #[test]
    fn country_bodies_described_in_lower_case() {
        let m = mentions("Brazil's foreign ministry said nothing.");
        assert!(
            has(&m, "foreign ministry", EntityType::Organization),
            "{m:?}"
        );
    }

    #[test]
    fn offsets_survive_a_leading_multibyte_character() {
        let text = "€ Odile Marchetti, the mayor, spoke.";
        let m = mentions(text);
        assert!(has(&m, "Odile Marchetti", EntityType::Person), "{m:?}");
    }

    #[test]
    fn descriptor_nouns_and_ampersands_type_unknown_names() {
        let m = mentions(
            "The deal lets air carrier Skyvona buy engines from Hollis & Brandt near the town of Millbrook.",
        );
        assert!(has(&m, "Skyvona", EntityType::Organization), "{m:?}");
        assert!(
            has(&m, "Hollis & Brandt", EntityType::Organization),
            "{m:?}"
        );
        assert!(has(&m, "Millbrook", EntityType::Place), "{m:?}");
        let m = mentions("A study published by the journal Milbank Quarterly examined the data.");
        assert!(
            has(&m, "Milbank Quarterly", EntityType::Organization),
            "{m:?}"
        );
    }

    #[test]
    fn capitals_stand_for_governments_only_when_they_act() {
        let m = mentions(
            "It is up to Lisbon to decide. Lisbon said no. Talks between Lisbon and Madrid ended. Tourists flew to Lisbon. Madrid has long pressed Lisbon for a deal. Madrid shelled Lisbon. The Spanish team visited Lisbon.",
        );
        let countries = m
            .iter()
            .filter(|(s, t)| s == "Lisbon" && *t == EntityType::Country)
            .count();
        let places = m
            .iter()
            .filter(|(s, t)| s == "Lisbon" && *t == EntityType::Place)
            .count();
        assert_eq!((countries, places), (4, 3), "{m:?}");
    }

    #[test]
    fn abbreviated_months_are_no_places() {
        let m = mentions(
            "Prices rose. The strike ran from Dec. 22 to Jan. 25 in Tarsk, and polls were taken from Sept. 3-5.",
        );
        assert!(has(&m, "Tarsk", EntityType::Place), "{m:?}");
        assert_eq!(m.len(), 1, "{m:?}");
    }

    #[test]
    fn a_lone_name_someone_is_chief_of_is_a_company() {
        let m = mentions(
            "Prices rose. Vantrel said sales rose. \"We are happy,\" said Tom Hale, chief of Vantrel. Ann Lee, an analyst at Brevik, said so. Brevik said no. Paris-based Oskolnet said it would grow. Oskolnet said no. The manager of Roe said Roe was well.",
        );
        for name in ["Vantrel", "Oskolnet"] {
            assert!(
                m.iter()
                    .all(|(s, t)| s != name || *t == EntityType::Organization),
                "{name}: {m:?}"
            );
        }
        assert!(!has(&m, "Brevik", EntityType::Person), "{m:?}");
        assert!(!has(&m, "Roe", EntityType::Organization), "{m:?}");
    }

    #[test]
    fn a_lone_name_based_somewhere_is_a_company_when_the_phrase_opens_the_sentence() {
        let m = mentions(
            "Prices rose. In a statement, Oskolnet said any offer would be in cash. Paris-based Oskolnet has grown. Oskolnet is due to hold talks. Talks with Brevik failed. Paris-based Brevik has grown.",
        );
        let companies = m
            .iter()
            .filter(|(s, t)| s == "Oskolnet" && *t == EntityType::Organization)
            .count();
        assert_eq!(companies, 3, "{m:?}");
        assert!(has(&m, "Brevik", EntityType::Organization), "{m:?}");
    }

    #[test]
    fn a_lone_name_whose_verb_takes_his_or_her_is_a_person() {
        let m = mentions(
            "Prices rose. In the final set Tarskova held her nerve. Oskolov defended himself in court.",
        );
        assert!(has(&m, "Tarskova", EntityType::Person), "{m:?}");
        assert!(has(&m, "Oskolov", EntityType::Person), "{m:?}");
    }

    #[test]
    fn a_verbs_past_form_opens_no_persons_name() {
        let m =
            mentions("Prices rose. The Tarsk League and Planned Vantrelhood endorsed Jane Roe.");
        assert!(!has(&m, "Planned Vantrelhood", EntityType::Person), "{m:?}");
        assert!(has(&m, "Jane Roe", EntityType::Person), "{m:?}");
    }

    #[test]
    fn a_list_number_opens_a_sentence_whose_first_word_is_no_name() {
        let text = "Prices rose.\n\n1) Will Hale face the mayor?\n\n2) Tom Hale spoke on Monday.";
        let found = mentions(text);
        assert!(
            !found.iter().any(|(n, _)| n.starts_with("Will")),
            "{found:?}"
        );
    }

    #[test]
    fn a_named_poll_is_an_organization() {
        let found = mentions("Prices rose. A Tarsk Poll found that most voters back Tom Hale.");
        assert!(
            has(&found, "Tarsk Poll", EntityType::Organization),
            "{found:?}"
        );
        assert!(!found.iter().any(|(n, _)| n == "Poll"), "{found:?}");
    }

    #[test]
    fn three_dotted_initials_open_a_persons_name() {
        let found = mentions("Prices rose. The scholar W.E.B. Halloran wrote the book.");
        assert!(
            has(&found, "W.E.B. Halloran", EntityType::Person),
            "{found:?}"
        );
    }

    #[test]
    fn god_is_no_place() {
        let found = mentions("Prices rose. Tom Hale said he trusts in God and in Tarsk.");
        assert!(!found.iter().any(|(n, _)| n == "God"), "{found:?}");
    }

    #[test]
    fn a_listed_company_alone_is_an_organization() {
        let found = mentions("Prices rose. Walgreens said it would close 200 stores, Humana said.");
        assert!(
            has(&found, "Walgreens", EntityType::Organization),
            "{found:?}"
        );
        assert!(has(&found, "Humana", EntityType::Organization), "{found:?}");
    }
}
