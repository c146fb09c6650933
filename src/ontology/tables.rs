//! Parsers for the TSV files of `ontology/`. Each file starts with `#` comment lines (source,
//! licence, columns); every other non-empty line is one tab-separated row.

use std::collections::HashMap;

use super::gazetteer::{Gazetteer, GazetteerEntry, NameKind};
use super::{DescriptorPosition, Ontology};
use crate::graph::EntityType;
use rustc_hash::{FxHashMap, FxHashSet};

#[derive(Debug, Clone)]
pub struct Country {
    pub name: String,
    pub iso2: String,
    pub capital: Option<String>,
    pub demonyms: Vec<String>,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Place {
    pub name: String,
    pub kind: String,
    pub country_iso2: Option<String>,
    pub population: u64,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Organization {
    pub name: String,
    pub entity_type: EntityType,
    pub aliases: Vec<String>,
    pub country_iso2: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeywordPosition {
    First,
    Last,
    /// The word joins the known place name right after it ("South Kordofan", "Blue Nile").
    Modifier,
}

/// One spelling of an English verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbForm {
    pub lemma: String,
    /// Simple past ("sent").
    pub past: bool,
    /// Past participle ("sent", "taken").
    pub participle: bool,
    /// Third person singular present ("sends").
    pub third: bool,
    /// Base form ("send").
    pub base: bool,
    /// The spelling is also a noun ("plans", "talks"), so it needs context to be a verb.
    pub also_noun: bool,
}

/// A relation type declared in `ontology/relations.tsv`.
#[derive(Debug, Clone)]
pub struct RelationType {
    pub id: String,
    pub label: String,
    pub triggers: Vec<String>,
    pub subject_role: String,
    pub object_role: String,
    /// Whether the object may be a literal (`any`) or must be an entity (`entity`).
    pub object_may_be_literal: bool,
    pub qualifiers: Vec<String>,
    pub comment: String,
}

impl RelationType {
    /// Whether the act is done with another party, which `relations.tsv` says by listing
    /// `counterpart` among the type's qualifiers ("meet", "sign"): coordinated subjects of
    /// such an act are each other's counterparts.
    pub fn done_with_counterpart(&self) -> bool {
        self.qualifiers.iter().any(|q| q == "counterpart")
    }

    /// Whether a "to" phrase names the other side, which `relations.tsv` says by listing
    /// `opponent` among the type's qualifiers ("lost the final to Roe").
    pub fn to_opponent(&self) -> bool {
        self.qualifiers.iter().any(|q| q == "opponent")
    }
}

/// A noun that names a relation: "membership" is `join`, written "member of".
#[derive(Debug, Clone)]
pub struct EventNoun {
    /// Index into the relation types.
    pub relation: usize,
    pub predicate: String,
    /// The prepositions after which the noun names its object ("call for"); empty when it
    /// takes any of the usual ones.
    pub prepositions: Vec<String>,
}

/// The most columns any ontology file has (`relations.tsv`); later ones are not read.
const MAX_COLUMNS: usize = 8;

/// Cities below this population are left out of the gazetteer: small towns share their names
/// with people and common words far more often than news mentions them.
const MIN_CITY_POPULATION: u64 = 100_000;

#[derive(Default)]
pub(super) struct Tables {
    countries: Vec<Country>,
    places: Vec<Place>,
    organizations: Vec<Organization>,
    given_names: FxHashSet<String>,
    word_given_names: FxHashSet<String>,
    place_given_names: FxHashSet<String>,
    word_family_names: FxHashSet<String>,
    given_name_sexes: FxHashMap<String, super::Sex>,
    titles: FxHashSet<String>,
    party_members: FxHashSet<String>,
    trades: FxHashSet<String>,
    honorifics: FxHashSet<String>,
    title_modifiers: FxHashSet<String>,
    keywords: FxHashMap<String, [Option<EntityType>; 3]>,
    reporting_verbs: FxHashMap<String, String>,
    reporting_object_only: FxHashSet<String>,
    reporting_clause_only: FxHashSet<String>,
    reporting_continuers: FxHashSet<String>,
    non_entities: FxHashSet<String>,
    partisans: FxHashSet<String>,
    common_words: FxHashSet<String>,
    noun_complements: FxHashMap<String, Vec<String>>,
    verb_complements: FxHashMap<String, Vec<String>>,
    descriptors: FxHashMap<String, [Option<EntityType>; 6]>,
    verbs: FxHashMap<String, VerbForm>,
    relations: Vec<RelationType>,
    event_nouns: FxHashMap<String, EventNoun>,
}

/// The files whose rows make the gazetteer, by [`file_kind`].
pub(super) const GAZETTEER_FILES: [&str; 3] = ["countries.tsv", "places.tsv", "organizations.tsv"];

/// The name of an ontology file without its directory, which tells what its rows are.
pub(super) fn file_kind(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// The lines of `text` as [`str::lines`] gives them (without "\n" or "\r\n"), found by a loop
/// over the bytes: the lexicon has some 70,000 short lines, read at every start, and `lines`
/// paid more to set up its search for each line's end than to find it.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        match rest.bytes().position(|b| b == b'\n') {
            Some(end) => {
                let line = &rest[..end];
                rest = &rest[end + 1..];
                Some(line.strip_suffix('\r').unwrap_or(line))
            }
            None => Some(std::mem::take(&mut rest)),
        }
    })
}

/// How many lines [`lines`] gives.
fn line_count(text: &str) -> usize {
    let breaks = text.bytes().filter(|&b| b == b'\n').count();
    breaks + usize::from(!text.is_empty() && !text.ends_with('\n'))
}

/// Puts the first [`MAX_COLUMNS`] tab-separated fields of `line` into `fields`, as
/// `line.split('\t').take(MAX_COLUMNS)` gives them, and returns how many there are.
fn split_columns<'l>(line: &'l str, fields: &mut [&'l str; MAX_COLUMNS]) -> usize {
    let mut count = 0;
    let mut start = 0;
    for (i, b) in line.bytes().enumerate() {
        if b == b'\t' {
            fields[count] = &line[start..i];
            count += 1;
            start = i + 1;
            if count == MAX_COLUMNS {
                return count;
            }
        }
    }
    fields[count] = &line[start..];
    count + 1
}

fn split_list(field: Option<&&str>) -> Vec<String> {
    field
        .map(|f| {
            f.split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn non_empty(field: Option<&&str>) -> Option<String> {
    field
        .map(|f| f.trim())
        .filter(|f| !f.is_empty())
        .map(str::to_string)
}

impl Tables {
    pub(super) fn parse_file(&mut self, name: &str, text: &str, problems: &mut Vec<String>) {
        let kind = file_kind(name);
        // Tens of thousands of rows: sized once instead of rehashed while growing.
        if kind == "verbs.tsv" {
            self.verbs.reserve(line_count(text));
        } else if kind == "common_words.tsv" {
            self.common_words.reserve(line_count(text));
        }
        for (n, line) in lines(text).enumerate() {
            let line_no = n + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            // The columns in a fixed array rather than a Vec per row: verbs.tsv alone has tens of
            // thousands of rows, parsed at every start. No file has more columns than this.
            let mut fields = [""; MAX_COLUMNS];
            let count = split_columns(line, &mut fields);
            let cols = &fields[..count];
            let mut problem = |msg: String| problems.push(format!("{name}:{line_no}: {msg}"));
            let first = cols[0].trim();
            if first.is_empty() {
                problem("empty first column".to_string());
                continue;
            }
            match kind {
                "countries.tsv" => self.countries.push(Country {
                    name: first.to_string(),
                    iso2: cols
                        .get(1)
                        .map(|s| s.trim().to_string())
                        .unwrap_or_default(),
                    capital: non_empty(cols.get(3)),
                    demonyms: split_list(cols.get(4)),
                    aliases: split_list(cols.get(5)),
                }),
                "places.tsv" => {
                    let population = match cols.get(3).map(|s| s.trim()).unwrap_or("") {
                        "" => 0,
                        p => match p.parse() {
                            Ok(v) => v,
                            Err(_) => {
                                problem(format!("population {p:?} is not a number"));
                                continue;
                            }
                        },
                    };
                    self.places.push(Place {
                        name: first.to_string(),
                        kind: cols
                            .get(1)
                            .map(|s| s.trim().to_string())
                            .unwrap_or_default(),
                        country_iso2: non_empty(cols.get(2)),
                        population,
                        aliases: split_list(cols.get(4)),
                    });
                }
                "organizations.tsv" => {
                    let t = cols.get(1).map(|s| s.trim()).unwrap_or("Organization");
                    let Some(entity_type) = EntityType::parse(t) else {
                        problem(format!("unknown entity type {t:?}"));
                        continue;
                    };
                    self.organizations.push(Organization {
                        name: first.to_string(),
                        entity_type,
                        aliases: split_list(cols.get(2)),
                        country_iso2: non_empty(cols.get(3)),
                    });
                }
                "given_names.tsv" => {
                    self.given_names.insert(first.to_string());
                }
                "word_given_names.tsv" => {
                    self.word_given_names.insert(first.to_string());
                }
                "place_given_names.tsv" => {
                    self.place_given_names.insert(first.to_string());
                }
                "word_family_names.tsv" => {
                    self.word_family_names.insert(first.to_string());
                }
                "given_name_genders.tsv" => {
                    let sex = match cols.get(1).map(|s| s.trim()) {
                        Some("f") => super::Sex::Female,
                        Some("m") => super::Sex::Male,
                        other => {
                            problem(format!("unknown sex {other:?}"));
                            continue;
                        }
                    };
                    self.given_name_sexes.insert(first.to_string(), sex);
                }
                "titles.tsv" => {
                    let kind = cols.get(1).map(|s| s.trim()).unwrap_or("head");
                    // A party noun is a title word too ("Republican Sen."), and is marked so.
                    if kind == "party" {
                        self.party_members.insert(first.to_lowercase());
                    }
                    // So is a trade.
                    if kind == "trade" {
                        self.trades.insert(first.to_lowercase());
                    }
                    let set = match kind {
                        "head" | "party" | "trade" => &mut self.titles,
                        "honorific" => &mut self.honorifics,
                        "modifier" => &mut self.title_modifiers,
                        other => {
                            problem(format!("unknown title kind {other:?}"));
                            continue;
                        }
                    };
                    set.insert(first.trim_end_matches('.').to_lowercase());
                    set.insert(first.to_lowercase());
                }
                "org_keywords.tsv" => {
                    let t = cols.get(1).map(|s| s.trim()).unwrap_or("");
                    let Some(entity_type) = EntityType::parse(t) else {
                        problem(format!("unknown entity type {t:?}"));
                        continue;
                    };
                    let position = match cols.get(2).map(|s| s.trim()).unwrap_or("last") {
                        "first" => KeywordPosition::First,
                        "last" => KeywordPosition::Last,
                        "modifier" => KeywordPosition::Modifier,
                        other => {
                            problem(format!("unknown keyword position {other:?}"));
                            continue;
                        }
                    };
                    // A word may be a keyword at both ends; the first row for each end decides.
                    let slot = &mut self.keywords.entry(first.to_lowercase()).or_default()
                        [position as usize];
                    slot.get_or_insert(entity_type);
                }
                "reporting_verbs.tsv" => {
                    let lemma = cols.get(1).map(|s| s.trim()).filter(|s| !s.is_empty());
                    let lemma = lemma.unwrap_or(first).to_lowercase();
                    match cols.get(2).map(|s| s.trim()).unwrap_or("") {
                        "" => {}
                        "object" => {
                            self.reporting_object_only.insert(lemma.clone());
                        }
                        "clause" => {
                            self.reporting_clause_only.insert(lemma.clone());
                        }
                        other => {
                            problem(format!("unknown reporting verb complement {other:?}"));
                            continue;
                        }
                    }
                    match cols.get(3).map(|s| s.trim()).unwrap_or("") {
                        "" => {}
                        "continues" => {
                            self.reporting_continuers.insert(first.to_lowercase());
                        }
                        other => {
                            problem(format!("unknown reporting verb use {other:?}"));
                            continue;
                        }
                    }
                    self.reporting_verbs.insert(first.to_lowercase(), lemma);
                }
                "descriptors.tsv" => {
                    let t = cols.get(1).map(|s| s.trim()).unwrap_or("");
                    let Some(entity_type) = EntityType::parse(t) else {
                        problem(format!("unknown entity type {t:?}"));
                        continue;
                    };
                    let position = match cols.get(2).map(|s| s.trim()).unwrap_or("before") {
                        "before" => DescriptorPosition::Before,
                        "of" => DescriptorPosition::Of,
                        "after" => DescriptorPosition::After,
                        "definite" => DescriptorPosition::Definite,
                        "before-given-name" => DescriptorPosition::BeforeGivenName,
                        "after-place" => DescriptorPosition::AfterPlace,
                        other => {
                            problem(format!("unknown descriptor position {other:?}"));
                            continue;
                        }
                    };
                    self.descriptors.entry(first.to_lowercase()).or_default()[position as usize] =
                        Some(entity_type);
                }
                "verbs.tsv" => {
                    let Some(lemma) = non_empty(cols.get(1)) else {
                        problem(format!("verb form {first:?} has no lemma"));
                        continue;
                    };
                    let mut form = VerbForm {
                        lemma,
                        past: false,
                        participle: false,
                        third: false,
                        base: false,
                        also_noun: cols.get(3).is_some_and(|c| c.trim() == "noun"),
                    };
                    // The tags are read in one pass: asking for each of the four in turn split
                    // the column four times for every one of the tens of thousands of rows.
                    for tag in cols.get(2).copied().unwrap_or("").split('|') {
                        match tag {
                            "past" => form.past = true,
                            "participle" => form.participle = true,
                            "third" => form.third = true,
                            "base" => form.base = true,
                            _ => {}
                        }
                    }
                    self.verbs.insert(first.to_string(), form);
                }
                "common_words.tsv" => {
                    self.common_words.insert(first.to_string());
                }
                "noun_complements.tsv" => {
                    let openers = split_list(cols.get(1));
                    if openers.is_empty() {
                        problem(format!("noun {first:?} has no opening word"));
                        continue;
                    }
                    self.noun_complements.insert(first.to_lowercase(), openers);
                }
                "verb_complements.tsv" => {
                    let openers = split_list(cols.get(1));
                    if openers.is_empty() {
                        problem(format!("verb {first:?} has no opening word"));
                        continue;
                    }
                    self.verb_complements.insert(first.to_lowercase(), openers);
                }
                "non_entities.tsv" => {
                    self.non_entities.insert(first.to_lowercase());
                }
                "partisans.tsv" => {
                    self.partisans.insert(first.to_lowercase());
                }
                "relations.tsv" => {
                    // "-": a type assigned by rules (roles, prepositions), not by trigger words.
                    let by_rule = cols.get(2).map(|s| s.trim()) == Some("-");
                    let triggers = if by_rule {
                        Vec::new()
                    } else {
                        split_list(cols.get(2))
                    };
                    if triggers.is_empty() && !by_rule {
                        problem(format!("relation {first:?} has no trigger"));
                        continue;
                    }
                    let object_kind = cols.get(5).map(|s| s.trim()).unwrap_or("any");
                    if !matches!(object_kind, "any" | "entity" | "literal") {
                        problem(format!("unknown object kind {object_kind:?}"));
                        continue;
                    }
                    if self.relations.iter().any(|r| r.id == first) {
                        problem(format!("duplicate relation {first:?}"));
                        continue;
                    }
                    self.relations.push(RelationType {
                        id: first.to_string(),
                        label: non_empty(cols.get(1)).unwrap_or_else(|| first.to_string()),
                        triggers,
                        subject_role: non_empty(cols.get(3)).unwrap_or_default(),
                        object_role: non_empty(cols.get(4)).unwrap_or_default(),
                        object_may_be_literal: object_kind != "entity",
                        qualifiers: split_list(cols.get(6)),
                        comment: non_empty(cols.get(7)).unwrap_or_default(),
                    });
                }
                "event_nouns.tsv" => {
                    let id = cols.get(1).map(|s| s.trim()).unwrap_or("");
                    let Some(relation) = self.relations.iter().position(|r| r.id == id) else {
                        problem(format!("unknown relation {id:?}"));
                        continue;
                    };
                    let Some(predicate) = non_empty(cols.get(2)) else {
                        problem(format!("event noun {first:?} has no predicate"));
                        continue;
                    };
                    self.event_nouns.insert(
                        first.to_lowercase(),
                        EventNoun {
                            relation,
                            predicate,
                            prepositions: split_list(cols.get(3)),
                        },
                    );
                }
                _ => problem(format!("unknown ontology file {kind:?}")),
            }
        }
        if kind == "relations.tsv" {
            let mut seen: HashMap<String, &str> = HashMap::new();
            for r in &self.relations {
                for t in &r.triggers {
                    if let Some(other) = seen.insert(t.to_lowercase(), &r.id) {
                        if other != r.id {
                            problems.push(format!(
                                "{name}: trigger {t:?} belongs to both {other:?} and {:?}",
                                r.id
                            ));
                        }
                    }
                }
            }
        }
    }

    /// The names the gazetteer is made of: those of the tables read from [`GAZETTEER_FILES`],
    /// which no other file changes.
    pub(super) fn gazetteer_names(&self) -> Vec<(String, GazetteerEntry)> {
        let mut names: Vec<(String, GazetteerEntry)> = Vec::new();
        let entry = |canonical: &str, t: EntityType, kind: NameKind, country: Option<&str>| {
            GazetteerEntry {
                canonical: canonical.to_string(),
                entity_type: t,
                kind,
                country: country.map(str::to_string),
            }
        };
        // Organizations first: "Washington Post" and "White House" beat the places inside them
        // through leftmost-longest matching anyway, but an organization alias equal to a country
        // alias should not turn the country into an organization.
        for c in &self.countries {
            names.push((
                c.name.clone(),
                entry(&c.name, EntityType::Country, NameKind::Name, None),
            ));
            for a in &c.aliases {
                names.push((
                    a.clone(),
                    entry(&c.name, EntityType::Country, NameKind::Name, None),
                ));
            }
            for d in &c.demonyms {
                names.push((
                    d.clone(),
                    entry(&c.name, EntityType::Country, NameKind::Demonym, None),
                ));
            }
        }
        for o in &self.organizations {
            names.push((
                o.name.clone(),
                entry(&o.name, o.entity_type, NameKind::Name, None),
            ));
            for a in &o.aliases {
                names.push((
                    a.clone(),
                    entry(&o.name, o.entity_type, NameKind::Name, None),
                ));
            }
        }
        let capitals: HashMap<&str, &str> = self
            .countries
            .iter()
            .filter_map(|c| c.capital.as_deref().map(|cap| (cap, c.name.as_str())))
            .collect();
        for p in &self.places {
            let is_city = p.kind == "city";
            if is_city
                && p.population < MIN_CITY_POPULATION
                && !capitals.contains_key(p.name.as_str())
            {
                continue;
            }
            let country = capitals.get(p.name.as_str()).copied();
            let kind = if country.is_some() {
                NameKind::Capital
            } else {
                NameKind::Name
            };
            names.push((
                p.name.clone(),
                entry(&p.name, EntityType::Place, kind, country),
            ));
            for a in &p.aliases {
                names.push((a.clone(), entry(&p.name, EntityType::Place, kind, country)));
            }
        }
        for (cap, country) in &capitals {
            names.push((
                cap.to_string(),
                entry(cap, EntityType::Place, NameKind::Capital, Some(country)),
            ));
        }
        // News sets the apostrophe straight or curly ("McDonald's", "McDonald’s").
        let curly: Vec<(String, GazetteerEntry)> = names
            .iter()
            .filter(|(name, _)| name.contains('\''))
            .map(|(name, e)| (name.replace('\'', "’"), e.clone()))
            .collect();
        names.extend(curly);
        names
    }

    pub(super) fn into_ontology(self, gazetteer: Gazetteer) -> Ontology {
        let mut triggers = FxHashMap::default();
        let mut trigger_heads = FxHashSet::default();
        for (i, r) in self.relations.iter().enumerate() {
            for t in &r.triggers {
                let t = t.to_lowercase();
                trigger_heads.insert(t.split(' ').next().unwrap_or(&t).to_string());
                triggers.insert(t, i);
            }
        }
        let names_of_kind = |kinds: &[&str]| -> FxHashSet<String> {
            self.places
                .iter()
                .filter(|p| kinds.contains(&p.kind.as_str()))
                .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases))
                .map(|n| n.to_lowercase())
                .collect()
        };
        let cities = names_of_kind(&["city"]);
        let regions = names_of_kind(&["continent", "state", "region"]);
        let mut reporting_verb_shapes = vec![0; super::SHAPE_SLOTS];
        for form in self.reporting_verbs.keys().filter(|form| !form.is_empty()) {
            reporting_verb_shapes[super::shape_index(form.as_bytes())] |=
                super::length_bit(form.len());
        }
        Ontology {
            countries: self.countries,
            cities,
            regions,
            places: self.places,
            organizations: self.organizations,
            given_names: self.given_names,
            word_given_names: self.word_given_names,
            place_given_names: self.place_given_names,
            word_family_names: self.word_family_names,
            given_name_sexes: self.given_name_sexes,
            titles: self.titles,
            party_members: self.party_members,
            trades: self.trades,
            honorifics: self.honorifics,
            title_modifiers: self.title_modifiers,
            keywords: self.keywords,
            reporting_verbs: self.reporting_verbs,
            reporting_verb_shapes,
            reporting_object_only: self.reporting_object_only,
            reporting_clause_only: self.reporting_clause_only,
            reporting_continuers: self.reporting_continuers,
            non_entities: self.non_entities,
            partisans: self.partisans,
            common_words: self.common_words,
            noun_complements: self.noun_complements,
            verb_complements: self.verb_complements,
            descriptors: self.descriptors,
            verbs: self.verbs,
            relations: self.relations,
            triggers,
            trigger_heads,
            event_nouns: self.event_nouns,
            gazetteer,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_split_as_std_does() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\r\nb",
            "a\rb\r",
            "a\n\nb\r\n",
            "x\ty\r\n\tz\t\n",
        ] {
            let std_lines: Vec<&str> = text.lines().collect();
            assert_eq!(lines(text).collect::<Vec<_>>(), std_lines, "{text:?}");
            assert_eq!(line_count(text), std_lines.len(), "{text:?}");
        }
        for line in [
            "",
            "a",
            "a\tb",
            "\t",
            "a\t\tb\t",
            "1\t2\t3\t4\t5\t6\t7\t8\t9\t10",
        ] {
            let mut fields = [""; MAX_COLUMNS];
            let count = split_columns(line, &mut fields);
            let std_fields: Vec<&str> = line.split('\t').take(MAX_COLUMNS).collect();
            assert_eq!(fields[..count], std_fields[..], "{line:?}");
        }
    }
}
