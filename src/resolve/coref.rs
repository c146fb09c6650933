//! In-document resolution: a surname, a full name and a title-plus-name are one person; an
//! acronym and its expansion one organization; a demonym and a country one country.
//!
//! Descriptions of an agreement with one head noun ("the security treaty", "the treaty") are
//! one agreement; a description in apposition to a named agreement ("the Coral Accord, the
//! proposed 9-nation trade deal") names that agreement, and so does every description with
//! its head in the document. An organization's name written right after a country ("Atlantis's
//! National Audit Office") records that country ([`LocalEntity::qualified_by`]), which lets
//! other articles' descriptions ("the Atlantean audit office") find it.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::{FxHashMap, FxHashSet};

use super::names::SUFFIXES;
use super::naming::normalize_name;
use crate::extract::{Arg, Extraction};
use crate::graph::{DocumentNode, EntityType, Mention};
use crate::ingest::Document;
use crate::ontology::{Ontology, Sex};

/// An entity as one document names it.
#[derive(Debug, Clone)]
pub struct LocalEntity {
    pub label: String,
    pub entity_type: EntityType,
    /// Surface forms, as written.
    pub names: BTreeSet<String>,
    /// Indices into [`DocumentFacts::mentions`].
    pub mentions: Vec<usize>,
    /// Whether the name came from the ontology's data (and so is already canonical).
    pub known: bool,
    /// Local country entities written right before one of its mentions, as a possessive or a
    /// demonym ("Atlantis's National Audit Office"): the country the body belongs to.
    pub qualified_by: BTreeSet<usize>,
    /// Whether a mention names the person with a generational suffix as someone's son ("his
    /// son Tom Roe Jr."): the suffix then tells him from his father.
    pub named_as_son: bool,
}

/// A relation or quote argument after resolution: a local entity index or a literal value.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum LocalValue {
    Entity(usize),
    Literal(String),
    Quantity { amount: String, text: String },
    Date { iso: String, text: String },
}

#[derive(Debug, Clone)]
pub struct LocalQuote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<usize>,
    pub rule: String,
}

#[derive(Debug, Clone)]
pub struct LocalRelation {
    pub subject: usize,
    pub predicate: String,
    pub relation_type: String,
    pub object: LocalValue,
    pub qualifiers: BTreeMap<String, LocalValue>,
    pub start: usize,
    pub end: usize,
    pub rule: String,
}

/// One document's statements with mentions grouped into local entities. Offsets are code
/// points into the input as read.
#[derive(Debug, Clone)]
pub struct DocumentFacts {
    pub document: DocumentNode,
    pub mentions: Vec<Mention>,
    pub entities: Vec<LocalEntity>,
    pub quotes: Vec<LocalQuote>,
    pub relations: Vec<LocalRelation>,
}

/// Groups the mentions of one document into entities and converts offsets to code points.
pub fn resolve_document(
    doc: &Document,
    extraction: &Extraction,
    ontology: &Ontology,
) -> DocumentFacts {
    let text = &doc.text;
    let mut entities: Vec<LocalEntity> = Vec::new();
    let mut by_key: FxHashMap<String, usize> = FxHashMap::default();
    let mut of_mention: Vec<usize> = vec![usize::MAX; extraction.mentions.len()];

    // Pass 1: names from data and multi-word names key on their normalised name.
    // Pass 2: single words join a person whose name ends (or starts) with them.
    // Descriptions come after names, so an agreement named and described keeps its name.
    // Each mention's key is made once, not at every comparison (the sort made 270,000 on
    // BBC, each scanning the mention's text); the keys end in the index, so they are distinct
    // and any sort gives one order.
    let order: Vec<usize> = {
        let mut keys: Vec<(bool, bool, bool, usize)> = extraction
            .mentions
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let single = m.canonical.is_none() && !text[m.span.clone()].contains(' ');
                let described = m.rule == crate::extract::RULE_DESCRIBED_AGREEMENT;
                // A description with an antecedent joins it once every name has its entity.
                (m.antecedent.is_some(), single, described, i)
            })
            .collect();
        keys.sort_unstable();
        keys.into_iter().map(|(.., i)| i).collect()
    };
    let named_key = |m: &crate::extract::EntityMention| match &m.canonical {
        Some(c) => known_key(c),
        None => normalize_name(&clean_surface(&text[m.span.clone()])),
    };
    // Description head → the key of the agreement a description with that head is in
    // apposition to.
    let mut described_as: FxHashMap<String, String> = FxHashMap::default();
    for (head, j) in appositive_agreements(text, &extraction.mentions) {
        described_as
            .entry(head)
            .or_insert_with(|| named_key(&extraction.mentions[j]));
    }
    let mut person_parts: FxHashMap<String, Vec<PersonPart>> = FxHashMap::default();
    // The last word of each event named in more than one word, for the event.
    let mut event_last_words: FxHashMap<String, usize> = FxHashMap::default();
    let honorific_sexes = honorific_sexes(text, &extraction.mentions);
    // Descriptions of agreements met so far: (key, modifier words).
    let mut descriptions: Vec<(String, FxHashSet<String>)> = Vec::new();
    for i in order {
        let m = &extraction.mentions[i];
        // "the airline": a mention of its antecedent's entity, not one of its names.
        if let Some(a) = m.antecedent {
            let entity = of_mention[a];
            of_mention[i] = entity;
            entities[entity].mentions.push(i);
            continue;
        }
        let surface = clean_surface(&text[m.span.clone()]);
        let (key, label, known) = match &m.canonical {
            Some(c) => (known_key(c), c.clone(), true),
            // Descriptions of an agreement by its head noun ("the security treaty", "the
            // partnership treaty") refer to one agreement within an article.
            None if m.rule == crate::extract::RULE_DESCRIBED_AGREEMENT => {
                let head = description_head(&surface);
                let words = modifier_words(&surface);
                // "the comprehensive strategic partnership treaty" and "the partnership pact":
                // an agreement head for another, with one's modifiers among the other's.
                let nested = descriptions.iter().find(|(_, other)| {
                    !words.is_empty()
                        && !other.is_empty()
                        && (words.is_subset(other) || other.is_subset(&words))
                });
                let key = match (described_as.get(&head), nested) {
                    (Some(key), _) => key.clone(),
                    (None, Some((key, _))) => key.clone(),
                    (None, None) => format!("described:{head}"),
                };
                descriptions.push((key.clone(), words));
                (key, surface.clone(), false)
            }
            // "Article 4" and "article 4" are one provision.
            None => (normalize_name(&surface), capitalise_first(&surface), false),
        };
        // "his son Tom Roe Jr.": the family name alone is then the father's.
        let son = m.entity_type == EntityType::Person && named_as_son(text, m.span.start, &key);
        // A one-word person's name is looked for among the people named in full first: an
        // earlier lone "Roe" that none of them could be ("Mrs. Roe" beside "Tom Roe") does not
        // take the later ones that "Tom Roe" can.
        let one_word = !known && !surface.contains(' ');
        let person_word = one_word && m.entity_type == EntityType::Person;
        let entity = if let Some(&e) = by_key.get(&key).filter(|_| !person_word) {
            e
        } else if one_word
            && let Some(e) = nearest_person(
                &person_parts,
                &key,
                honorific_sexes.get(&key).copied(),
                &of_mention,
                extraction,
                text,
                i,
            )
        {
            e
        } else if let Some(&e) = by_key.get(&key) {
            e
        } else if one_word
            && m.entity_type == EntityType::Event
            && let Some(&e) = event_last_words.get(&key)
        {
            e
        } else {
            entities.push(LocalEntity {
                label,
                entity_type: m.entity_type,
                names: BTreeSet::new(),
                mentions: Vec::new(),
                known,
                qualified_by: BTreeSet::new(),
                named_as_son: false,
            });
            let e = entities.len() - 1;
            by_key.insert(key.clone(), e);
            // "Nate" after "Hurricane Nate" (the extractor types it an event for this name).
            if m.entity_type == EntityType::Event
                && let Some((_, last)) = surface.rsplit_once(' ')
            {
                event_last_words.entry(normalize_name(last)).or_insert(e);
            }
            // "Roe Jr.": a family name with only "Jr" names the son, whom the family name alone
            // does not (that is the father). ("King Abdullah" is "Abdullah II", a monarch's.)
            let family_and_suffix = key
                .split_once(' ')
                .is_some_and(|(_, rest)| matches!(rest.trim_end_matches('.'), "jr" | "sr"));
            // "St. Francis": a saint is not the "Francis" of "Pope Francis".
            let saint = matches!(surface.split(' ').next(), Some("St." | "St" | "Saint"));
            if m.entity_type == EntityType::Person
                && surface.contains(' ')
                && !family_and_suffix
                && !saint
            {
                // "Eric Roe Jr.": a generational suffix is no name part.
                let mut words: Vec<&str> = key.split(' ').collect();
                while words.len() > 2
                    && SUFFIXES.contains(&words[words.len() - 1].trim_end_matches('.'))
                {
                    words.pop();
                }
                // "Kim Jong Un", "Moon Jae-in": a name of three words, or with a hyphened
                // given name, may be written family name first. Not one with an ordinary word
                // after its first ("Roe National Doral", a resort typed a person for want of a
                // keyword), whose first word is no one's family name.
                let family_first = (words.len() >= 3 || words[1..].iter().any(|w| w.contains('-')))
                    && !words[1..]
                        .iter()
                        .any(|w| ontology.common_words.contains(*w));
                // "Ms. Blasey" of "Christine Blasey Ford": a middle word may be half of a
                // double family name, taken when no family name matches.
                let middle = (words.len() == 3 && words[1].len() > 1).then(|| (words[1], false));
                // "BT Wholesale", typed a person for its two words: an acronym opens no
                // person's name, so "BT" alone is not this entity.
                let acronym_first = surface
                    .split_whitespace()
                    .next()
                    .is_some_and(crate::extract::is_acronym);
                let first = (!acronym_first).then_some((words[0], family_first));
                // ("first lady Melania Roe", "his wife, Ann Roe": a rare given name's sex may
                // be told by the noun before the name.)
                let sex = surface
                    .split_whitespace()
                    .next()
                    .and_then(|given| ontology.given_name_sexes.get(given).copied())
                    .or_else(|| sex_of_noun_before(text, m.span.start));
                let family = (!son).then_some((words[words.len() - 1], true));
                for (part, family) in first.into_iter().chain(family).chain(middle) {
                    person_parts
                        .entry(part.to_string())
                        .or_default()
                        .push(PersonPart {
                            entity: e,
                            family,
                            sex,
                        });
                }
            }
            e
        };
        of_mention[i] = entity;
        // Of two descriptions of one agreement the fuller one labels it ("the comprehensive
        // strategic partnership treaty" over "the partnership pact").
        if m.rule == crate::extract::RULE_DESCRIBED_AGREEMENT
            && !entities[entity].known
            && surface.split_whitespace().count()
                > entities[entity].label.split_whitespace().count()
        {
            entities[entity].label = surface.clone();
        }
        if son {
            entities[entity].named_as_son = true;
        }
        entities[entity].names.insert(surface);
        entities[entity].mentions.push(i);
    }
    for e in &mut entities {
        e.mentions.sort_unstable();
        e.entity_type = vote_type(e, extraction);
    }
    for (org, country) in country_qualified_names(text, &extraction.mentions) {
        let (o, c) = (of_mention[org], of_mention[country]);
        if o != c && entities[c].entity_type == EntityType::Country {
            entities[o].qualified_by.insert(c);
        }
    }

    let offsets = doc.source_offsets();
    let mentions: Vec<Mention> = extraction
        .mentions
        .iter()
        .map(|m| Mention {
            doc: doc.id.clone(),
            start: offsets.of(m.span.start),
            end: offsets.of(m.span.end),
            text: doc.original_text(m.span.clone()).to_string(),
            rule: m.rule.to_string(),
        })
        .collect();
    let value = |arg: &Arg| match arg {
        Arg::Mention(i) => LocalValue::Entity(of_mention[*i]),
        // A literal across a line break or a blanked span reads as one line.
        Arg::Literal(s) => LocalValue::Literal(crate::text::collapse_whitespace(s)),
        Arg::Quantity { amount, text } => LocalValue::Quantity {
            amount: amount.clone(),
            text: text.clone(),
        },
        Arg::Date { iso, text } => LocalValue::Date {
            iso: iso.clone(),
            text: text.clone(),
        },
    };
    let quotes = extraction
        .quotes
        .iter()
        .map(|q| LocalQuote {
            start: offsets.of(q.span.start),
            end: offsets.of(q.span.end),
            text: doc.original_text(q.span.clone()).to_string(),
            speaker: q.speaker.map(|s| of_mention[s]),
            rule: q.rule.to_string(),
        })
        .collect();
    let relations = extraction
        .relations
        .iter()
        .map(|r| LocalRelation {
            subject: of_mention[r.subject],
            predicate: r.predicate.clone(),
            relation_type: r.relation_type.clone(),
            object: value(&r.object),
            qualifiers: r
                .qualifiers
                .iter()
                .map(|(k, v)| (k.clone(), value(v)))
                .collect(),
            start: offsets.of(r.span.start),
            end: offsets.of(r.span.end),
            rule: r.rule.to_string(),
        })
        .filter(|r| r.object != LocalValue::Entity(r.subject))
        .collect();
    DocumentFacts {
        document: DocumentNode {
            id: doc.id.clone(),
            source: doc.source.clone(),
            title: doc.title.clone(),
            outlet: doc.outlet.clone(),
            published: doc.published.clone(),
            url: doc.url.clone(),
        },
        mentions,
        entities,
        quotes,
        relations,
    }
}

fn capitalise_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c)
            if c.is_lowercase()
                && s.split_whitespace()
                    .nth(1)
                    .is_some_and(|w| w.starts_with(|d: char| d.is_ascii_digit())) =>
        {
            c.to_uppercase().chain(chars).collect()
        }
        _ => s.to_string(),
    }
}

/// The words of an agreement's description before its head, lower case, without articles and
/// generic adjectives: "the new “strategic partnership” pact" → {strategic, partnership}.
fn modifier_words(surface: &str) -> FxHashSet<String> {
    let words: Vec<String> = surface
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        // Articles, and adjectives any agreement may carry, say nothing of which one it is.
        .filter(|w| {
            !w.is_empty()
                && !matches!(
                    w.as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "this"
                        | "that"
                        | "new"
                        | "proposed"
                        | "draft"
                        | "landmark"
                        | "historic"
                        | "controversial"
                        | "final"
                        | "latest"
                        | "current"
                        | "former"
                        | "old"
                )
        })
        .collect();
    words[..words.len().saturating_sub(1)]
        .iter()
        .cloned()
        .collect()
}

/// The head noun of an agreement's description, lower case: "the security treaty" → "treaty".
fn description_head(surface: &str) -> String {
    surface.rsplit(' ').next().unwrap_or(surface).to_lowercase()
}

/// `(description head, name)` pairs where a description of an agreement stands in apposition
/// right after the agreement's name: "the Coral Accord, the proposed 9-nation trade deal" (a
/// comma, an article, at most four lower-case words, then a head that a description in the
/// document has). A description followed by "and" or "or" is an item of a list, not an
/// apposition.
fn appositive_agreements(
    text: &str,
    mentions: &[crate::extract::EntityMention],
) -> Vec<(String, usize)> {
    let heads: FxHashSet<String> = mentions
        .iter()
        .filter(|m| m.rule == crate::extract::RULE_DESCRIBED_AGREEMENT)
        .map(|m| description_head(&clean_surface(&text[m.span.clone()])))
        .collect();
    let mut out = Vec::new();
    if heads.is_empty() {
        return out;
    }
    for (j, n) in mentions.iter().enumerate() {
        if n.entity_type != EntityType::Agreement
            || n.rule == crate::extract::RULE_DESCRIBED_AGREEMENT
        {
            continue;
        }
        let after = text[n.span.end..].trim_start_matches(['"', '\u{201d}', '\'', '\u{2019}']);
        let Some(after) = after.strip_prefix(", ") else {
            continue;
        };
        let words: Vec<&str> = after.split(' ').take(7).collect();
        if !matches!(words.first(), Some(&("the" | "a" | "an"))) {
            continue;
        }
        for (k, w) in words.iter().enumerate().skip(1) {
            let word = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            let plain = word
                .chars()
                .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-');
            if word.is_empty() || !plain || matches!(word, "and" | "or") || k > 5 {
                break;
            }
            if heads.contains(word) {
                let next = words.get(k + 1).copied().unwrap_or("");
                let listed = word == *w && matches!(next, "and" | "or");
                if !listed {
                    out.push((word.to_string(), j));
                }
                break;
            }
            if word != *w {
                break; // punctuation ends the apposition
            }
        }
    }
    out
}

/// `(organization, country)` mention pairs where the organization's name comes right after
/// the country's possessive or demonym: "Atlantis's National Audit Office", "the Atlantean
/// Coast Watch".
fn country_qualified_names(
    text: &str,
    mentions: &[crate::extract::EntityMention],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (o, m) in mentions.iter().enumerate() {
        let proper = text[m.span.clone()].starts_with(char::is_uppercase);
        if m.entity_type != EntityType::Organization || !proper {
            continue;
        }
        for (c, n) in mentions.iter().enumerate() {
            if n.entity_type != EntityType::Country
                || n.sentence != m.sentence
                || n.span.end > m.span.start
            {
                continue;
            }
            let gap = &text[n.span.end..m.span.start];
            let possessive =
                text[n.span.clone()].ends_with("'s") || text[n.span.clone()].ends_with("’s");
            if matches!(gap, "'s " | "’s " | " ") || (possessive && gap == " ") {
                out.push((o, c));
            }
        }
    }
    out
}

/// The key of mentions of a known entity: "known:" and its canonical name normalised. Written
/// by hand, as `format!` cost more than the copying.
fn known_key(canonical: &str) -> String {
    let name = normalize_name(canonical);
    let mut key = String::with_capacity("known:".len() + name.len());
    key.push_str("known:");
    key.push_str(&name);
    key
}

/// "Roe's" → "Roe"; inner whitespace collapsed.
fn clean_surface(s: &str) -> String {
    let s = s.trim();
    let s = s
        .strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .unwrap_or(s);
    // Nearly every mention is plain words with single spaces, which the cleaning below would
    // take apart into a list of words and join again unchanged.
    if crate::text::is_collapsed_ascii(s) && !s.contains(['"', '[', ']']) {
        return s.to_string();
    }
    // Quotation marks inside a description ("the “strategic” pact") and an editor's brackets
    // ("[special counsel Jane] Roe") are not part of the name.
    s.split_whitespace()
        .map(|w| w.trim_matches(['"', '\u{201C}', '\u{201D}', '[', ']']))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One word of a person's name, as a candidate for a single word that matches it.
struct PersonPart {
    entity: usize,
    /// Whether the word is the family name.
    family: bool,
    /// The sex the person's given name says, when it says one.
    sex: Option<Sex>,
}

/// The sex that "Mr." or "Mrs."/"Ms." says most often before a single word naming a person.
#[derive(Clone, Copy)]
struct UsualSex {
    sex: Sex,
    /// Whether those honorifics stand before at least half the word's mentions.
    on_most: bool,
}

/// Whether the person's name `key` (lower case), written at `start`, ends in a generational
/// suffix and follows "son" ("his son Tom Roe Jr.", "Roe's eldest son, Tom Roe Jr.").
fn named_as_son(text: &str, start: usize, key: &str) -> bool {
    let suffixed = key
        .rsplit_once(' ')
        .is_some_and(|(_, last)| SUFFIXES.contains(&last.trim_end_matches('.')));
    let before = text[..start].trim_end_matches([' ', ',']);
    suffixed
        && ["son", "sons", "grandson"].iter().any(|noun| {
            before
                .strip_suffix(noun)
                .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
        })
}

/// Per single word naming a person (normalised), the sex that "Mr." or "Mrs."/"Ms." before it
/// says most often in the document, if one does.
fn honorific_sexes(
    text: &str,
    mentions: &[crate::extract::EntityMention],
) -> FxHashMap<String, UsualSex> {
    // Per name: mentions after "Mrs."/"Ms.", after "Mr.", and with no honorific.
    let mut counts: FxHashMap<String, [usize; 3]> = FxHashMap::default();
    for m in mentions {
        let surface = &text[m.span.clone()];
        if m.entity_type != EntityType::Person || m.canonical.is_some() || surface.contains(' ') {
            continue;
        }
        let slot = honorific_before(text, m.span.start).map_or(2, |sex| sex as usize);
        counts
            .entry(normalize_name(&clean_surface(surface)))
            .or_default()[slot] += 1;
    }
    counts
        .into_iter()
        .filter_map(|(key, [female, male, bare])| {
            let (sex, marked) = match male.cmp(&female) {
                std::cmp::Ordering::Greater => (Sex::Male, male),
                std::cmp::Ordering::Less => (Sex::Female, female),
                std::cmp::Ordering::Equal => return None,
            };
            let usual = UsualSex {
                sex,
                on_most: 2 * marked >= female + male + bare,
            };
            Some((key, usual))
        })
        .collect()
}

/// The sex that a kin or rank noun right before byte `start` tells ("first lady …", "his
/// wife, …"). Only the word right before counts: "the spokeswoman for Tom Roe's campaign"
/// says nothing of Roe.
fn sex_of_noun_before(text: &str, start: usize) -> Option<Sex> {
    let word = text[..start].split_whitespace().next_back()?;
    Sex::of_noun(word.strip_suffix(',').unwrap_or(word))
}

/// The sex of the honorific ("Mr.", "Ms.") right before byte `start`, if one is there.
fn honorific_before(text: &str, start: usize) -> Option<Sex> {
    text[..start]
        .split_whitespace()
        .next_back()
        .and_then(Sex::of_honorific)
}

/// The person a single word refers to: among the people whose first or last name it is, the
/// one mentioned most recently before mention `i` (or first after it). A relative introduced as
/// another candidate's kin ("Roe came with his wife, Ann Lee-Roe") yields to that person unless
/// she is mentioned more: news style names such a relative by given name or title, and keeps
/// the bare family name for the person the article is about. After "Ms." or "Mrs." the title
/// itself may point at the relative, so only recency counts.
///
/// A candidate whose given name says the other sex than the honorific before the word, or, with
/// none there, than the one the document writes before it most often (`usual_sex`), is none:
/// "Mr. Roe" and a bare "Roe" in an article that says "Mr. Roe" are not "Ann Roe", the only
/// Roe it names in full. That usual sex counts only where its honorifics stand before most of
/// the word's mentions or no one named in full may be of that sex: two "Mrs. Roe" for a spouse
/// among seventy bare "Roe" say nothing of the bare ones when the article names "Tom Roe" and
/// "Melania Roe".
fn nearest_person(
    parts: &FxHashMap<String, Vec<PersonPart>>,
    key: &str,
    usual_sex: Option<UsualSex>,
    of_mention: &[usize],
    extraction: &Extraction,
    text: &str,
    i: usize,
) -> Option<usize> {
    let mentions = &extraction.mentions;
    let parts = parts.get(key)?;
    let honorific = honorific_before(text, mentions[i].span.start);
    let usual_sex = usual_sex
        .filter(|u| u.on_most || !parts.iter().any(|p| p.sex.is_none_or(|s| s == u.sex)))
        .map(|u| u.sex);
    let sex = honorific.or(usual_sex);
    // A word that ends some person's name (or starts one written family name first) is their
    // family name: a name that only starts with it ("Roe Mortgage", a firm named after Jane
    // Roe) is no candidate.
    let family = parts.iter().any(|p| p.family);
    let candidates: Vec<usize> = parts
        .iter()
        .filter(|p| p.family || !family)
        .filter(|p| sex.is_none() || p.sex.is_none() || p.sex == sex)
        .map(|p| p.entity)
        .collect();
    if candidates.len() <= 1 {
        return candidates.first().copied();
    }
    let start = mentions[i].span.start;
    // Per candidate: (mentions so far, whether mentioned before `i`, distance to the nearest).
    let mut seen: Vec<(usize, bool, usize)> = vec![(0, false, usize::MAX); candidates.len()];
    for (j, m) in mentions.iter().enumerate() {
        let Some(c) = candidates.iter().position(|&e| e == of_mention[j]) else {
            continue;
        };
        let before = m.span.start < start;
        let dist = m.span.start.abs_diff(start);
        let (count, was_before, nearest) = &mut seen[c];
        *count += 1;
        if (before && !*was_before) || (before == *was_before && dist < *nearest) {
            (*was_before, *nearest) = (before, dist);
        }
    }
    let by_recency_only = honorific == Some(Sex::Female);
    let yields_as_relative = |c: usize| {
        !by_recency_only
            && extraction.relations.iter().any(|r| {
                r.rule == crate::extract::RULE_KINSHIP
                    && of_mention[r.subject] == candidates[c]
                    && matches!(r.object, Arg::Mention(p) if candidates
                        .iter()
                        .position(|&e| e == of_mention[p])
                        .is_some_and(|k| seen[k].0 >= seen[c].0))
            })
    };
    // "Jane Roe … Jane Roe … Tom Roe … Roe said": the bare family name is the one the article
    // names most, whom news style calls so; a relative is named by given name or title.
    let named = |c: usize| if by_recency_only { 0 } else { seen[c].0 };
    (0..candidates.len())
        .filter(|&c| seen[c].0 > 0)
        .max_by_key(|&c| {
            let (_, before, nearest) = seen[c];
            (
                !yields_as_relative(c),
                before,
                named(c),
                std::cmp::Reverse(nearest),
            )
        })
        .map(|c| candidates[c])
}

/// The entity's type: what the data says for known names, else the most common type among its
/// mentions (ties go to the order of [`EntityType::ALL`]).
fn vote_type(e: &LocalEntity, extraction: &Extraction) -> EntityType {
    let mut counts = [0usize; 6];
    for &m in &e.mentions {
        let mention = &extraction.mentions[m];
        let weight = if mention.canonical.is_some() { 10 } else { 1 };
        let t = EntityType::ALL
            .iter()
            .position(|&t| t == mention.entity_type)
            .unwrap_or(0);
        counts[t] += weight;
    }
    let best = (0..6)
        .max_by_key(|&i| (counts[i], std::cmp::Reverse(i)))
        .unwrap_or(0);
    EntityType::ALL[best]
}

#[cfg(test)]
mod tests {
    use super::DocumentFacts;
    use crate::graph::EntityType;
    use crate::ingest::Document;
    use crate::ontology::Ontology;
    use crate::pipeline::process_document;

    fn facts(text: &str) -> DocumentFacts {
        let doc = Document::from_text("a.txt".to_string(), "a.txt".to_string(), text.to_string());
        process_document(&doc, Ontology::shipped())
    }

    /// The label of the local entity that the mention written `surface` at byte `at` joined.
    fn entity_at(facts: &DocumentFacts, surface: &str, at: usize) -> String {
        let m = facts
            .mentions
            .iter()
            .position(|m| m.text == surface && m.start >= at)
            .unwrap_or_else(|| panic!("no mention {surface:?} after {at}"));
        let e = facts
            .entities
            .iter()
            .find(|e| e.mentions.contains(&m))
            .expect("every mention has an entity");
        e.label.clone()
    }

    #[test]
    fn an_honorific_of_the_other_sex_keeps_a_family_name_from_the_person() {
        // "Mr. Roe" is not Ann Roe, nor is the bare "Roe" of an article that calls him so.
        let text = "Talks began. President Roe welcomed the envoys. First lady Ann Roe greeted them. Mr. Roe said the talks went well. Roe announced a summit.";
        let facts = facts(text);
        for at in [
            text.find("President Roe").unwrap(),
            text.find("Mr. Roe").unwrap(),
            text.find("Roe announced").unwrap(),
        ] {
            assert_eq!(entity_at(&facts, "Roe", at), "Roe");
        }
        // A "Mrs. Roe" that Tom Roe cannot be does not take the "Mr. Roe" after her.
        let text = "Talks began. Mrs. Roe smiled. Tom Roe spoke. Mr. Roe said the talks went well.";
        let facts = self::facts(text);
        assert_eq!(
            entity_at(&facts, "Roe", text.find("Mr. Roe").unwrap()),
            "Tom Roe"
        );
        assert_eq!(entity_at(&facts, "Roe", text.find("Mrs.").unwrap()), "Roe");
        // A generational suffix is no family name.
        let text = "Tom Hale Jr. spoke on Monday. Hale said the talks went well.";
        let facts = self::facts(text);
        assert_eq!(
            entity_at(&facts, "Hale", text.find("Hale said").unwrap()),
            "Tom Hale Jr."
        );
    }

    #[test]
    fn a_kin_noun_before_a_rare_given_name_tells_the_sex() {
        // Only right before the name: Zoltar Roe's spokeswoman is not Zoltar Roe.
        let text = "Ann Lee, the spokeswoman for Zoltar Roe's campaign, spoke. Mr. Roe left.";
        let facts = facts(text);
        assert_eq!(
            entity_at(&facts, "Roe", text.find("Mr. Roe").unwrap()),
            "Zoltar Roe"
        );
        // "Zelmira" is in no list of given names; "first lady" says she is not "Mr. Roe".
        let text = "President Roe spoke. Mr. Roe said the talks went well. Roe thanked the \
                    envoys, along with first lady Zelmira Roe. It was Mrs. Roe's birthday. \
                    Mr. Roe left.";
        let facts = self::facts(text);
        for at in [
            text.find("President Roe").unwrap(),
            text.find("Roe thanked").unwrap(),
            text.rfind("Mr. Roe").unwrap(),
        ] {
            assert_eq!(entity_at(&facts, "Roe", at), "Roe");
        }
        assert_eq!(
            entity_at(&facts, "Roe", text.find("Mrs.").unwrap()),
            "Zelmira Roe"
        );
    }

    #[test]
    fn a_few_honorifics_for_a_spouse_do_not_take_the_bare_family_name() {
        let text = "Tom Roe spoke on Monday. Roe said the talks went well. Roe thanked the envoys. His wife, Melania Roe, smiled, and Mrs. Roe waved. Roe then left. Roe flew home.";
        let facts = facts(text);
        for at in [
            text.find("Roe said").unwrap(),
            text.find("Roe then").unwrap(),
            text.find("Roe flew").unwrap(),
        ] {
            assert_eq!(entity_at(&facts, "Roe", at), "Tom Roe");
        }
    }

    #[test]
    fn a_saints_name_is_not_the_given_name_alone() {
        let text = "Pope Gregory took his name from St. Gregory, a monk. Later, Gregory called for change.";
        let facts = facts(text);
        assert_eq!(
            entity_at(&facts, "Gregory", text.find("Later").unwrap()),
            "Gregory"
        );
    }

    #[test]
    fn a_family_name_alone_is_the_person_not_a_firm_named_after_them() {
        let text = "Tom Roe spoke on Monday. She listed Roe Mortgage and Roe Steaks, and Mr. Roe said he was proud. Critics said Roe had failed.";
        let facts = facts(text);
        for at in [
            text.find("Mr. Roe").unwrap(),
            text.find("said Roe").unwrap(),
        ] {
            assert_eq!(entity_at(&facts, "Roe", at), "Tom Roe");
        }
        assert!(
            facts
                .entities
                .iter()
                .any(|e| e.label == "Tom Roe" && e.entity_type == EntityType::Person)
        );
        // Half of a double family name finds its person.
        let text = "Ann Marie Lee testified. Later Ms. Marie was asked about it.";
        let facts = self::facts(text);
        assert_eq!(
            entity_at(&facts, "Marie", text.find("Ms.").unwrap()),
            "Ann Marie Lee"
        );
        // A family name written first stays a candidate; the nearer person is taken.
        let text =
            "Tom Hwang was freed. Hwang Sung Min met envoys later. Hwang said talks went well.";
        let facts = self::facts(text);
        let at = text.find("Hwang said").unwrap();
        assert_eq!(entity_at(&facts, "Hwang", at), "Hwang Sung Min");
    }

    #[test]
    fn a_family_name_alone_is_the_person_named_most() {
        let text = "Tom Hale spoke in Tarsk on Monday. Tom Hale thanked the crowd. Ann Hale wore a \
                    red coat. Hale said the visit went well.";
        let facts = facts(text);
        let at = text.find("Hale said").unwrap();
        assert_eq!(entity_at(&facts, "Hale", at), "Tom Hale");
    }

    #[test]
    fn a_family_name_alone_is_not_the_first_word_of_a_place_named_after_the_person() {
        let text = "Tom Wolf said the talks would be held at Wolf National Doral near Tarsk. \
                    Wolf said he would not profit from them.";
        let facts = facts(text);
        let at = text.find("Wolf said he").unwrap();
        assert_eq!(entity_at(&facts, "Wolf", at), "Tom Wolf");
    }

    #[test]
    fn an_acronym_alone_is_not_a_two_word_name_it_opens() {
        let text = "Prices fell in May. KT Wholesale cut its prices. The rival KT Retail said \
                    sales rose. KT said it would add staff.";
        let facts = facts(text);
        let at = text.find("KT said").unwrap();
        assert_eq!(entity_at(&facts, "KT", at), "KT");
    }

    #[test]
    fn a_family_name_alone_is_not_a_relative_introduced_as_kin() {
        let text = "Tom Hale spoke in Tarsk. Hale came with his wife, Ann Lee-Hale, and their son. \
                    Hale said he had never met the mayor.";
        let facts = facts(text);
        let at = text.find("Hale said").unwrap();
        assert_eq!(entity_at(&facts, "Hale", at), "Tom Hale");
        // Mentioned as often, the relative still yields.
        let text = "Tom Hale spoke in Tarsk with his wife, Ann Lee-Hale. Hale said it went well.";
        let facts = self::facts(text);
        let at = text.find("Hale said").unwrap();
        assert_eq!(entity_at(&facts, "Hale", at), "Tom Hale");
        // A relative mentioned more than the person whose kin she is keeps her family name.
        let text = "Tom Hale praised his sister, Ann Hale. Ann Hale runs Acme Corp. Ann Hale said \
                    profits rose. Hale thanked staff.";
        let facts = self::facts(text);
        let at = text.find("Hale thanked").unwrap();
        assert_eq!(entity_at(&facts, "Hale", at), "Ann Hale");
        // A title for a woman keeps the nearest person.
        let text = "Tom Hale spoke in Tarsk with his wife, Ann Lee-Hale. Ms. Hale smiled.";
        let facts = self::facts(text);
        let at = text.find("Ms. Hale").unwrap();
        assert_eq!(entity_at(&facts, "Hale", at), "Ann Lee-Hale");
    }
}
