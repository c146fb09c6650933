//! Cross-document resolution: one node per real-world entity, one relation per fact however
//! many documents report it, one statement per thing said however many outlets quote it.
//!
//! ## Merge rules, in the order they run
//! Each rule records itself and its evidence on the merged node ([`EntityNode::merges`]).
//! - `resolve/known-name`: names the ontology data gave the same canonical name.
//! - `resolve/same-name`: the same name once normalised ([`name_key`]: case, hyphens, dots,
//!   possessive, diacritics), a person never with a non-person. A description of an agreement
//!   is not a name ("the trade deal" of two articles may be two deals): see
//!   `resolve/described-agreement`.
//! - `resolve/name-variant`: two people's full names that match word for word after folding
//!   romanisation variants, initials and suffixes ([`PersonName::compatible`]), when the name
//!   matches exactly one other person. A suffix counts where an article names its bearer as
//!   someone's son ("his son Tom Roe Jr." is not Tom Roe).
//! - `resolve/surname`: a one-word person name and the only person in the corpus with that
//!   family name.
//! - `resolve/acronym`: an acronym ("UCW") and the only organisation, agreement or event (of
//!   three words or more) whose name it abbreviates ("United Cable Workers").
//! - `resolve/brand-suffix`: a company's name with a suffix such as "Air" or "Motors" and the
//!   only organisation named without it ("Skyjet Air" = "Skyjet"; `brand-suffix` in
//!   `ontology/description_words.tsv`).
//! - `resolve/region-short-name`: a bare place name and the only region named with it and a
//!   designator ("Tarsk" and "Tarsk Oblast"); a "State" takes only a bare name the gazetteer
//!   does not know as a place of its own ("Washington" stays the capital).
//! - `resolve/country-qualified`: organisations described after one country in the same
//!   words, compared through [`description_key`] ("Atlantis's spy agency" = "the Atlantean
//!   intelligence service"; "the Atlantean Ministry of Defence" = "Atlantis's defense ministry").
//! - `resolve/country-body`: such a description and the only organisation whose name is
//!   written after that country somewhere in the corpus and holds the description's words
//!   ("Atlantis's audit office" = "National Audit Office", seen as "Atlantis's National Audit
//!   Office").
//! - `resolve/country-prefix`: a proper name with a country written before it and the same
//!   name alone ("Atlantean Coast Watch" = "Coast Watch"), when no other country is written
//!   before that name and it does not end like every country's body ("Defense Ministry",
//!   "Labour Party": `body-head` in `ontology/description_words.tsv`).
//! - `resolve/described-agreement`: descriptions of an agreement in the same words (synonyms
//!   folded: "partnership pact" = "partnership treaty") in articles that name at least two
//!   of the same countries.
//! - `resolve/described-agreement-part`: a description and the only longer description, in
//!   the same article or in articles naming two of the same countries, that holds all its
//!   words ("the partnership pact" = "the comprehensive strategic partnership treaty").
//! - `resolve/sole-shared-agreement`: an article's one description of an agreement that no
//!   other article shares, and the one agreement with the same head that other articles
//!   naming two of the same countries share ("the security treaty" = "the comprehensive
//!   strategic partnership treaty"), when the article and two of those are mainly about the
//!   same two countries, unless the article names that agreement as well.
//!
//! ## Never merged
//! A person with a place, country or organisation; two people who share only a given name or
//! only a family name that several people in the corpus carry; organisations that share a word
//! ("Daily Star" / "Morning Star"); a country with a city (a capital used for its government
//! is resolved inside the document, and the city node is kept apart, with "Lisbon (city)"
//! among its names when the country carries the city's name as an alias); descriptions of two
//! bodies of one country ("defense ministry" / "foreign ministry"); a description and a body
//! when two of that country's bodies hold its words.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use xxhash_rust::xxh3::xxh3_64;

use super::claims::mark_conflicts;
use super::coref::{DocumentFacts, LocalEntity, LocalQuote, LocalRelation, LocalValue};
use super::names::{
    DescriptionWords, PersonName, as_acronym, description_key, double_barrelled, name_key,
    place_key, region_base, skeleton, strip_time_suffix,
};
use super::naming::slug;
use super::statements::{QuoteWords, statement_ids};
use crate::graph::{
    Corpus, EntityNode, EntityType, Evidence, Mention, QuoteNode, RelationNode, Value,
};
use crate::text::acronym_of;

/// A stable short id from content.
pub(crate) fn content_id(parts: &[&str]) -> String {
    let hash = xxh3_64(parts.join("\u{1f}").as_bytes());
    // The hash as sixteen lower-case hex digits, written by hand: `format!("{:016x}")` cost
    // more than hashing the parts.
    (0..16)
        .rev()
        .map(|digit| char::from(b"0123456789abcdef"[((hash >> (4 * digit)) & 15) as usize]))
        .collect()
}

/// Union-find over local entities, remembering why each union happened.
struct Clusters {
    parent: Vec<usize>,
    /// `(rule, evidence)` per union, keyed by the local entity that joined.
    reasons: Vec<Vec<(String, String)>>,
}

impl Clusters {
    fn new(n: usize) -> Clusters {
        Clusters {
            parent: (0..n).collect(),
            reasons: vec![Vec::new(); n],
        }
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize, rule: &str, evidence: String) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb {
            return;
        }
        let (keep, join) = (ra.min(rb), ra.max(rb));
        self.parent[join] = keep;
        let moved = std::mem::take(&mut self.reasons[join]);
        self.reasons[keep].extend(moved);
        self.reasons[keep].push((rule.to_string(), evidence));
    }
}

/// One document's local entity, flattened for the corpus.
struct Local<'a> {
    /// Index of the document in the corpus, and its id.
    d: usize,
    doc: &'a str,
    entity: &'a LocalEntity,
    /// The name as matched: the label without a trailing time phrase, made with `key`.
    name: &'a str,
    /// [`name_key`] of `name`, made once (in parallel) for the rules that look names up by it.
    key: String,
    /// A person's name parsed for matching, made beside `key`; `None` for anything else.
    person: Option<PersonName>,
    /// A place's [`place_key`], made with `key`.
    place_key: Option<String>,
    /// A place's bare name when it is named with a region word ([`region_base`]), made with
    /// `key`.
    region_base: Option<String>,
    /// Whether every mention is a description of an agreement ("the partnership treaty"), made
    /// with `key`.
    described: bool,
    /// Whether it is a team named after a place ("Tarsk have won"), made with `key`: it never
    /// joins the city of its name.
    team: bool,
    /// Whether `name` is one word, made with `key`: three rules ask it of every local.
    one_word: bool,
    /// Locals (indices into the corpus list) of the countries written before its name.
    qualified_by: Vec<usize>,
    /// An organisation's [`name_key`] of its first one, two and three words (fewer for a
    /// shorter name, never the whole name): the keys [`country_prefix`] looks countries up by,
    /// made in parallel with `key` since the lookup itself waits for the countries' clusters.
    prefix_keys: Vec<String>,
    /// [`acronym_of`] an organisation, agreement or event, made with `key`.
    acronym: Option<String>,
    /// [`as_acronym`] of such a thing the ontology does not know, made with `key`.
    written_as_acronym: Option<String>,
    /// An organisation's `key` without a brand suffix, made with `key`.
    brand_base: Option<String>,
    /// A country's [`name_key`] of each of its names, made with `key`.
    country_name_keys: Vec<String>,
}

impl Local<'_> {
    fn is_person(&self) -> bool {
        self.entity.entity_type == EntityType::Person
    }
    fn one_word(&self) -> bool {
        self.one_word
    }
}

/// Two locals cited as evidence of their union: "'A' (doc1) = 'B' (doc2)". Written in one
/// string, since most unions are same-name ones across the corpus, and by hand: `format!`
/// cost several times the copying (some 25,000 unions on the BBC corpus).
fn cite_pair(a: &Local<'_>, b: &Local<'_>) -> String {
    let mut cite =
        String::with_capacity(a.name.len() + a.doc.len() + b.name.len() + b.doc.len() + 14);
    for (i, local) in [a, b].into_iter().enumerate() {
        if i > 0 {
            cite.push_str(" = ");
        }
        cite.push('\'');
        cite.push_str(local.name);
        cite.push_str("' (");
        cite.push_str(local.doc);
        cite.push(')');
    }
    cite
}

/// Joins each local to the one cluster indexed under the key it looks up ("UCW" and the only
/// organisation it abbreviates): `index` gives the key a local is found under, `lookup` the key
/// it looks for. A key that several clusters share joins the one of them named in the local's
/// own article ("LSE" where the article names the London Stock Exchange, though another names
/// the London School of Economics); failing that, nothing.
fn join_by_unique_key(
    cl: &mut Clusters,
    locals: &[Local<'_>],
    rule: &str,
    index: impl Fn(&Local<'_>) -> Option<String>,
    lookup: impl Fn(&Local<'_>) -> Option<String>,
) {
    // Per key, each cluster with the articles where it is indexed under that key.
    let mut roots: FxHashMap<String, BTreeMap<usize, BTreeSet<usize>>> = FxHashMap::default();
    let mut first_local: FxHashMap<usize, usize> = FxHashMap::default();
    for (i, l) in locals.iter().enumerate() {
        if let Some(key) = index(l) {
            let root = cl.root(i);
            roots
                .entry(key)
                .or_default()
                .entry(root)
                .or_default()
                .insert(l.d);
            first_local.entry(root).or_insert(i);
        }
    }
    for (i, l) in locals.iter().enumerate() {
        let Some(clusters) = lookup(l).and_then(|key| roots.get(&key)) else {
            continue;
        };
        let mut in_article = clusters.iter().filter(|(_, docs)| docs.contains(&l.d));
        let root = if clusters.len() == 1 {
            clusters.keys().next()
        } else {
            in_article
                .next()
                .map(|(root, _)| root)
                .filter(|_| in_article.next().is_none())
        };
        if let Some(root) = root {
            let j = first_local[root];
            let evidence = cite_pair(&locals[j], l);
            cl.union(j, i, rule, evidence);
        }
    }
}

/// Groups the local entities of all documents into corpus entities.
fn cluster_entities(locals: &[Local<'_>]) -> Clusters {
    let mut cl = Clusters::new(locals.len());

    // Known names and same names. Keys carry the person and team flags, so a person never
    // joins a place, nor a team its place.
    let mut by_name: FxHashMap<(bool, bool, &str), usize> = FxHashMap::default();
    for (i, l) in locals.iter().enumerate() {
        if l.is_person() && l.one_word() && !l.entity.known {
            continue; // joins by family name below
        }
        if l.described {
            continue; // a description is not a name: joins by its words and countries below
        }
        let key = match &l.place_key {
            Some(place_key) => (false, false, place_key.as_str()),
            None => (l.is_person(), l.team, l.key.as_str()),
        };
        match by_name.get(&key) {
            Some(&j) => {
                let rule = if l.entity.known && locals[j].entity.known {
                    "resolve/known-name"
                } else {
                    "resolve/same-name"
                };
                cl.union(j, i, rule, cite_pair(&locals[j], l));
            }
            None => {
                by_name.insert(key, i);
            }
        }
    }

    // Organisations qualified by a country, written with the country's name or demonym:
    // "Atlantis's defense ministry" = "Atlantean defense ministry".
    let mut country_of_name: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, l) in locals.iter().enumerate() {
        if l.entity.entity_type == EntityType::Country {
            let root = cl.root(i);
            for key in l.country_name_keys.iter().chain([&l.key]) {
                country_of_name.entry(key.as_str()).or_insert(root);
            }
        }
    }
    // Each organisation's country prefix, looked up once for the three rules below that
    // read it.
    let prefixes: Vec<Option<(usize, usize)>> = locals
        .iter()
        .map(|l| {
            (l.entity.entity_type == EntityType::Organization)
                .then(|| country_prefix(&l.prefix_keys, &country_of_name))
                .flatten()
        })
        .collect();
    let qualified: Vec<Option<(usize, String)>> = locals
        .iter()
        .zip(&prefixes)
        .map(|(l, prefix)| prefix.map(|prefix| country_qualified(l.name, prefix)))
        .collect();
    let mut by_qualified: FxHashMap<(usize, &str), usize> = FxHashMap::default();
    for (i, l) in locals.iter().enumerate() {
        let Some((country, rest)) = &qualified[i] else {
            continue;
        };
        let key = (*country, rest.as_str());
        match by_qualified.get(&key) {
            Some(&j) => cl.union(j, i, "resolve/country-qualified", cite_pair(&locals[j], l)),
            None => {
                by_qualified.insert(key, i);
            }
        }
    }

    // A country's description and the one body whose name is written after that country.
    let mut bodies: FxHashMap<usize, Vec<(usize, BTreeSet<String>)>> = FxHashMap::default();
    for (i, l) in locals.iter().enumerate() {
        if l.entity.entity_type == EntityType::Organization {
            for &c in &l.qualified_by {
                bodies
                    .entry(cl.root(c))
                    .or_default()
                    .push((i, name_words(l.name)));
            }
        }
    }
    for (i, l) in locals.iter().enumerate() {
        let Some((country, rest)) = &qualified[i] else {
            continue;
        };
        let want: BTreeSet<String> = rest.split(' ').map(str::to_string).collect();
        let Some(named) = bodies.get(country) else {
            continue;
        };
        let mut roots: BTreeMap<usize, usize> = BTreeMap::new();
        for (j, words) in named {
            if want.is_subset(words) {
                roots.entry(cl.root(*j)).or_insert(*j);
            }
        }
        if roots.len() == 1
            && let Some((&root, &j)) = roots.iter().next()
            && root != cl.root(i)
        {
            let evidence = format!("{}, named after the same country", cite_pair(l, &locals[j]));
            cl.union(j, i, "resolve/country-body", evidence);
        }
    }

    // A proper name with a country written before it, and the same name alone.
    let words = DescriptionWords::shipped();
    let mut prefixed: FxHashMap<String, (BTreeSet<usize>, Vec<usize>)> = FxHashMap::default();
    for (i, l) in locals.iter().enumerate() {
        let Some((country, k)) = prefixes[i] else {
            continue;
        };
        let rest: Vec<&str> = l.name.split_whitespace().skip(k).collect();
        let proper = rest.len() >= 2 && rest.iter().all(|w| w.starts_with(char::is_uppercase));
        let rest = name_key(&rest.join(" "));
        if proper
            && !rest
                .rsplit(' ')
                .next()
                .is_some_and(|w| words.is_body_head(w))
        {
            let entry = prefixed.entry(rest).or_default();
            entry.0.insert(country);
            entry.1.push(i);
        }
    }
    let mut prefixed: Vec<_> = prefixed.into_iter().collect();
    prefixed.sort();
    for (rest, (countries, named)) in prefixed {
        let Some(&j) = by_name.get(&(false, false, rest.as_str())) else {
            continue;
        };
        if countries.len() != 1 || locals[j].entity.entity_type != EntityType::Organization {
            continue;
        }
        for i in named {
            cl.union(
                j,
                i,
                "resolve/country-prefix",
                cite_pair(&locals[j], &locals[i]),
            );
        }
    }

    // Descriptions of one agreement in the same words, in articles about the same countries.
    let mut doc_countries: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (i, l) in locals.iter().enumerate() {
        if l.entity.entity_type == EntityType::Country {
            let root = cl.root(i);
            doc_countries.entry(l.d).or_default().insert(root);
        }
    }
    let mut by_description: FxHashMap<(Vec<String>, usize, usize), usize> = FxHashMap::default();
    for (i, l) in locals.iter().enumerate() {
        if !(l.described && l.entity.entity_type == EntityType::Agreement) {
            continue;
        }
        let pairs = country_pairs(&doc_countries, l.d);
        let keys: BTreeSet<Vec<String>> = l
            .entity
            .names
            .iter()
            .map(String::as_str)
            .chain([l.name])
            .map(description_key)
            .collect();
        for key in keys {
            for &(a, b) in &pairs {
                match by_description.get(&(key.clone(), a, b)) {
                    Some(&j) if cl.root(j) != cl.root(i) => {
                        let evidence = format!(
                            "{}, in articles that both name {} and {}",
                            cite_pair(&locals[j], l),
                            locals[a].name,
                            locals[b].name
                        );
                        cl.union(j, i, "resolve/described-agreement", evidence);
                    }
                    Some(_) => {}
                    None => {
                        by_description.insert((key.clone(), a, b), i);
                    }
                }
            }
        }
    }

    // A shorter description of an agreement and the one longer description holding all its
    // words, in the same article or in articles about the same two countries ("the partnership
    // pact" = "the comprehensive strategic partnership treaty").
    let mut described_keys: Vec<(usize, Vec<String>)> = Vec::new();
    for (i, l) in locals.iter().enumerate() {
        if l.described && l.entity.entity_type == EntityType::Agreement {
            for name in l.entity.names.iter().map(String::as_str).chain([l.name]) {
                described_keys.push((i, description_key(name)));
            }
        }
    }
    described_keys.sort();
    described_keys.dedup();
    // Each description's words, once; (head word, scope) → indices into them.
    let described_words: Vec<(usize, BTreeSet<&str>)> = described_keys
        .iter()
        .map(|(i, key)| (*i, key.iter().map(String::as_str).collect()))
        .collect();
    let mut by_head: FxHashMap<(&str, usize, usize), Vec<usize>> = FxHashMap::default();
    let offset = locals.iter().map(|l| l.d + 1).max().unwrap_or(0);
    for (n, (i, key)) in described_keys.iter().enumerate() {
        let Some(head) = key.last() else { continue };
        let l = &locals[*i];
        // The article itself stands as the pair (d, d); country pairs are (a, b) with a < b,
        // offset past the document indices so the two never collide.
        let mut scopes = vec![(l.d, l.d)];
        scopes.extend(
            country_pairs(&doc_countries, l.d)
                .into_iter()
                .map(|(a, b)| (offset + a, offset + b)),
        );
        for (a, b) in scopes {
            by_head.entry((head.as_str(), a, b)).or_default().push(n);
        }
    }
    // Longer descriptions join first, so that a short one sees them as one agreement.
    let mut part_of: BTreeMap<(std::cmp::Reverse<usize>, usize), BTreeSet<usize>> = BTreeMap::new();
    for group in by_head.values() {
        for (i, short) in group.iter().map(|&n| &described_words[n]) {
            if short.len() < 2 {
                continue; // a bare head ("the treaty") says nothing of which agreement
            }
            for (j, long) in group.iter().map(|&n| &described_words[n]) {
                if long.len() > short.len() && short.is_subset(long) {
                    part_of
                        .entry((std::cmp::Reverse(short.len()), *i))
                        .or_default()
                        .insert(*j);
                }
            }
        }
    }
    for ((_, i), longer) in part_of {
        let roots: BTreeSet<usize> = longer.iter().map(|&j| cl.root(j)).collect();
        if roots.len() == 1
            && let Some(&j) = longer.iter().next()
            && cl.root(j) != cl.root(i)
        {
            let evidence = format!(
                "{}, all of whose words it holds",
                cite_pair(&locals[i], &locals[j])
            );
            cl.union(j, i, "resolve/described-agreement-part", evidence);
        }
    }
    join_sole_shared_agreement(&mut cl, locals, &doc_countries);

    // Person name variants: same folded words first, then compatible full names.
    let people: Vec<(usize, &PersonName)> = locals
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.one_word())
        .filter_map(|(i, l)| Some((i, l.person.as_ref()?)))
        .filter(|(_, p)| p.words.len() >= 2)
        .collect();
    // A generational suffix counts for a name that an article gives someone's son ("his son
    // Tom Roe Jr"): "Tom Roe" and "Tom Roe Jr" are then father and son, in every article.
    // Elsewhere it is left out or written at will ("Robert Roe III", "Robert Roe").
    let told_apart: FxHashSet<String> = people
        .iter()
        .filter(|(i, _)| locals[*i].entity.named_as_son)
        .map(|(_, p)| p.key())
        .collect();
    let suffix_counts = |p: &PersonName| p.suffix.filter(|_| told_apart.contains(&p.key()));
    // Initials count: "George H. W. Bush" and "George W. Bush" are two people, and "George
    // Bush" is either only while the corpus writes one of them.
    let mut by_folded: BTreeMap<String, BTreeMap<&[char], Vec<usize>>> = BTreeMap::new();
    for (i, p) in &people {
        let mut folded = p.key();
        if let Some(suffix) = suffix_counts(p) {
            folded.push(' ');
            folded.push_str(suffix);
        }
        by_folded
            .entry(folded)
            .or_default()
            .entry(&p.initials)
            .or_default()
            .push(*i);
    }
    for spellings in by_folded.values() {
        let with_initials = spellings.keys().filter(|k| !k.is_empty()).count();
        let mut anchor: Option<usize> = None;
        for group in spellings.values() {
            for &i in &group[1..] {
                let evidence = cite_pair(&locals[group[0]], &locals[i]);
                cl.union(group[0], i, "resolve/name-variant", evidence);
            }
            if with_initials <= 1 {
                match anchor {
                    Some(a) => {
                        let evidence = cite_pair(&locals[a], &locals[group[0]]);
                        cl.union(a, group[0], "resolve/name-variant", evidence);
                    }
                    None => anchor = Some(group[0]),
                }
            }
        }
    }
    // Every word of the shorter name must match a word of the longer one, exactly or (for
    // words of four letters or more) by consonant skeleton. So a name's candidates are the
    // names that have all of its word keys: the intersection is bounded by its rarest word,
    // which keeps common given names from making this quadratic in a large corpus.
    // Candidates depend only on the name, and the people who share a name share a cluster
    // (same key above), so they are found once per distinct name: a name in thousands of
    // documents would otherwise compare thousands of times with thousands of others.
    let mut distinct: FxHashMap<&PersonName, usize> = FxHashMap::default();
    let mut names: Vec<&PersonName> = Vec::new();
    // The first person (index into `people`) of each distinct name.
    let mut first_of: Vec<usize> = Vec::new();
    let name_of: Vec<usize> = people
        .iter()
        .enumerate()
        .map(|(k, (_, p))| {
            *distinct.entry(p).or_insert_with(|| {
                names.push(p);
                first_of.push(k);
                names.len() - 1
            })
        })
        .collect();
    // Each distinct name's word keys and its compatible names depend on the names alone, so
    // they are found in parallel: this is the clustering's costliest part, and it is serial.
    let word_keys: Vec<Vec<String>> = names
        .par_iter()
        .map(|p| p.words.iter().map(|w| word_key(w)).collect())
        .collect();
    let mut by_key: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (n, keys) in word_keys.iter().enumerate() {
        let keys: BTreeSet<&str> = keys.iter().map(String::as_str).collect();
        for key in keys {
            by_key.entry(key).or_default().push(n);
        }
    }
    let compatible_names: Vec<Vec<usize>> = names
        .par_iter()
        .zip(&word_keys)
        .enumerate()
        .map(|(n, (p, keys))| {
            let mut keys: Vec<&Vec<usize>> = keys
                .iter()
                .filter_map(|key| by_key.get(key.as_str()))
                .collect();
            keys.sort_by_key(|block| block.len());
            match keys.split_first() {
                Some((rarest, rest)) => rarest
                    .iter()
                    .copied()
                    .filter(|&o| {
                        o != n
                            && rest.iter().all(|block| block.binary_search(&o).is_ok())
                            && p.compatible(names[o])
                            && suffix_counts(p) == suffix_counts(names[o])
                    })
                    .collect(),
                None => Vec::new(),
            }
        })
        .collect();
    for (k, (i, _)) in people.iter().enumerate() {
        // Each cluster is cited by its earliest compatible person.
        let mut roots: BTreeMap<usize, usize> = BTreeMap::new();
        for &o in &compatible_names[name_of[k]] {
            let j = people[first_of[o]].0;
            let slot = roots.entry(cl.root(j)).or_insert(j);
            *slot = (*slot).min(j);
        }
        roots.remove(&cl.root(*i));
        if roots.len() == 1
            && let Some((_, &j)) = roots.iter().next()
        {
            cl.union(
                j,
                *i,
                "resolve/name-variant",
                cite_pair(&locals[j], &locals[*i]),
            );
        }
    }

    // One-word person names: the only person (by cluster) with that family name. Not when an
    // article naming that person kept the bare name apart from them ("Mr. Roe" is not "Ann
    // Roe"): then someone else in the corpus bears it too.
    let mut surnames: FxHashMap<String, (BTreeSet<usize>, FxHashSet<usize>)> = FxHashMap::default();
    // "Tom Hale-Roe" has the family name "Hale-Roe": "Roe" alone (another person's name
    // in another article) is not him, though it is another bearer of the name.
    let mut double_barrelled_roots = FxHashSet::default();
    for (i, p) in &people {
        if double_barrelled(locals[*i].name) {
            double_barrelled_roots.insert(cl.root(*i));
        }
        // ("Roe" alone is not Tom Roe Jr, whose suffix is written to tell him from his
        // father.)
        if let Some(s) = p.surname().filter(|_| suffix_counts(p).is_none()) {
            let (roots, docs) = surnames.entry(s.to_string()).or_default();
            roots.insert(cl.root(*i));
            docs.insert(locals[*i].d);
        }
    }
    let one_word_people: Vec<(usize, String)> = locals
        .iter()
        .enumerate()
        .filter(|(_, l)| l.one_word() && !l.entity.known)
        .filter_map(|(i, l)| Some((i, l.person.as_ref()?.key())))
        .collect();
    let kept_apart: FxHashSet<&str> = one_word_people
        .iter()
        .filter(|(i, word)| {
            surnames
                .get(word)
                .is_some_and(|(_, docs)| docs.contains(&locals[*i].d))
        })
        .map(|(_, word)| word.as_str())
        .collect();
    let mut single_by_name: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, word) in &one_word_people {
        let (i, word, l) = (*i, word.as_str(), &locals[*i]);
        if let Some((set, _)) = surnames.get(word)
            && set.len() == 1
            && !kept_apart.contains(word)
            && let Some(&root) = set.iter().next()
            && !double_barrelled_roots.contains(&root)
        {
            cl.union(root, i, "resolve/surname", cite_pair(&locals[root], l));
            continue;
        }
        match single_by_name.get(word) {
            Some(&j) => cl.union(j, i, "resolve/same-name", cite_pair(&locals[j], l)),
            None => {
                single_by_name.insert(word, i);
            }
        }
    }

    // Acronyms and their expansions, among organisations, agreements and events.
    join_by_unique_key(
        &mut cl,
        locals,
        "resolve/acronym",
        |l| l.acronym.clone(),
        |l| l.written_as_acronym.clone(),
    );

    // A company's name with a brand suffix and the one organisation named without it.
    let organisation = |l: &Local<'_>| l.entity.entity_type == EntityType::Organization;
    join_by_unique_key(
        &mut cl,
        locals,
        "resolve/brand-suffix",
        |l| organisation(l).then(|| l.key.clone()),
        |l| l.brand_base.clone(),
    );

    // A bare place name and the one region named after it ("Kursk", "Kursk region"); but a
    // bare name the gazetteer knows is a place of its own beside a "State" named after it
    // ("Washington" the capital, "Washington State").
    let place = |l: &Local<'_>| l.entity.entity_type == EntityType::Place;
    let region = |l: &Local<'_>, state: bool| {
        (place(l) && l.key.ends_with(" state") == state)
            .then(|| l.region_base.clone())
            .flatten()
    };
    let bare = |l: &Local<'_>| (place(l) && l.region_base.is_none()).then(|| l.key.clone());
    join_by_unique_key(
        &mut cl,
        locals,
        "resolve/region-short-name",
        |l| region(l, false),
        bare,
    );
    join_by_unique_key(
        &mut cl,
        locals,
        "resolve/region-short-name",
        |l| region(l, true),
        |l| bare(l).filter(|_| !l.entity.known),
    );
    cl
}

/// The pairs `(a, b)`, `a < b`, of the country clusters article `d` names: two articles share
/// two countries when they share such a pair.
fn country_pairs(
    doc_countries: &BTreeMap<usize, BTreeSet<usize>>,
    d: usize,
) -> Vec<(usize, usize)> {
    let countries: Vec<usize> = doc_countries
        .get(&d)
        .map(|c| c.iter().copied().collect())
        .unwrap_or_default();
    let mut pairs = Vec::new();
    for (k, &a) in countries.iter().enumerate() {
        for &b in &countries[k + 1..] {
            pairs.push((a, b));
        }
    }
    pairs
}

/// The two country clusters each article is mainly about: the two it mentions most, both
/// more often than any third. Any two countries an article names are too loose a scope for
/// joining agreements by their head word alone: a corpus of many articles names the same
/// pairs in passing, and a plea deal would join a nuclear deal.
fn main_country_pair(cl: &mut Clusters, locals: &[Local<'_>]) -> BTreeMap<usize, (usize, usize)> {
    let mut counts: BTreeMap<usize, BTreeMap<usize, usize>> = BTreeMap::new();
    for (i, l) in locals.iter().enumerate() {
        if l.entity.entity_type == EntityType::Country {
            *counts
                .entry(l.d)
                .or_default()
                .entry(cl.root(i))
                .or_default() += l.entity.mentions.len();
        }
    }
    let mut pairs = BTreeMap::new();
    for (d, by_root) in counts {
        let mut ranked: Vec<(usize, usize)> = by_root.into_iter().map(|(r, n)| (n, r)).collect();
        ranked.sort_by(|x, y| y.cmp(x));
        let third = ranked.get(2).map_or(0, |&(n, _)| n);
        if let [(_, a), (second, b), ..] = ranked[..] {
            if second > third {
                pairs.insert(d, (a.min(b), a.max(b)));
            }
        }
    }
    pairs
}

/// An article's one description of an agreement that no other article shares, and the one
/// agreement that other articles naming two of the same countries share, described with the
/// same head ("the security treaty" of one outlet = "the comprehensive strategic partnership
/// treaty" of the others), when the article and two of the others are mainly about the same
/// two countries ([`main_country_pair`]). An article that already names that shared agreement
/// may describe another one, so it joins nothing; nor does an article describing two
/// agreements.
fn join_sole_shared_agreement(
    cl: &mut Clusters,
    locals: &[Local<'_>],
    doc_countries: &BTreeMap<usize, BTreeSet<usize>>,
) {
    let main_pair = main_country_pair(cl, locals);
    let agreement = |l: &Local<'_>| l.entity.entity_type == EntityType::Agreement;
    let mut docs_of: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (i, l) in locals.iter().enumerate().filter(|(_, l)| agreement(l)) {
        docs_of.entry(cl.root(i)).or_default().insert(l.d);
    }
    let head = |l: &Local<'_>| description_key(l.name).pop();
    // (head, country pair) → agreements shared by two or more articles naming that pair.
    let mut shared: FxHashMap<(String, usize, usize), BTreeSet<usize>> = FxHashMap::default();
    // (article, head) → the unshared described agreements there: (root, a local of it).
    let mut unshared: BTreeMap<(usize, String), BTreeMap<usize, usize>> = BTreeMap::new();
    for (i, l) in locals.iter().enumerate().filter(|(_, l)| agreement(l)) {
        let root = cl.root(i);
        let Some(head) = head(l) else { continue };
        if docs_of[&root].len() >= 2 {
            for (a, b) in country_pairs(doc_countries, l.d) {
                shared.entry((head.clone(), a, b)).or_default().insert(root);
            }
        } else if l.described {
            unshared
                .entry((l.d, head))
                .or_default()
                .entry(root)
                .or_insert(i);
        }
    }
    for ((d, head), described) in unshared {
        let [(_, &i)] = described.iter().collect::<Vec<_>>()[..] else {
            continue;
        };
        let mut candidates = BTreeSet::new();
        for (a, b) in country_pairs(doc_countries, d) {
            if let Some(roots) = shared.get(&(head.clone(), a, b)) {
                candidates.extend(roots.iter().copied());
            }
        }
        let [root] = candidates.into_iter().collect::<Vec<_>>()[..] else {
            continue;
        };
        if docs_of[&root].contains(&d) {
            continue;
        }
        let about_same_pair = main_pair.get(&d).is_some_and(|&pair| {
            docs_of[&root]
                .iter()
                .filter(|other| main_pair.get(other) == Some(&pair))
                .count()
                >= 2
        });
        if !about_same_pair {
            continue;
        }
        let evidence = format!(
            "{}, the only such agreement that other articles naming two of its article's countries share, two of them mainly about the same two",
            cite_pair(&locals[i], &locals[root])
        );
        cl.union(root, i, "resolve/sole-shared-agreement", evidence);
    }
}

/// Generic head words an organisation's description may add or leave out ("the military
/// intelligence agency" / "the military intelligence").
const GENERIC_ORG_WORDS: [&str; 3] = ["agency", "service", "services"];

/// Words that carry no meaning in a body's name ("Ministry of Defence").
const NAME_FUNCTION_WORDS: [&str; 4] = ["of", "the", "and", "for"];

/// `(country cluster, words before the rest)` when the name starts with a country's name,
/// possessive or demonym ("Atlantis's defence ministry" → 1 word; "New Atlantis's …" → 2).
/// `prefix_keys` are the name's [`Local::prefix_keys`].
fn country_prefix(
    prefix_keys: &[String],
    country_of_name: &FxHashMap<&str, usize>,
) -> Option<(usize, usize)> {
    (1..=prefix_keys.len()).rev().find_map(|k| {
        country_of_name
            .get(prefix_keys[k - 1].as_str())
            .map(|&country| (country, k))
    })
}

/// The [`name_key`]s of `name`'s leading words that may be a country's name: its first one,
/// two and three words, but never all of it.
fn prefix_keys(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..words.len().min(4))
        .map(|k| name_key(&words[..k].join(" ")))
        .collect()
}

/// `(country cluster, rest of the name)` for an organisation named by a country's name, its
/// possessive or its demonym followed by a description, the description as
/// [`description_key`] gives it; the description's last word is dropped when it is generic.
/// `prefix` is the name's [`country_prefix`].
fn country_qualified(name: &str, (country, k): (usize, usize)) -> (usize, String) {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut rest = description_key(&words[k..].join(" "));
    if rest.len() > 1
        && rest
            .last()
            .is_some_and(|w| GENERIC_ORG_WORDS.contains(&w.as_str()))
    {
        rest.pop();
    }
    (country, rest.join(" "))
}

/// The words of a body's name as a set, compared through [`description_key`].
fn name_words(name: &str) -> BTreeSet<String> {
    description_key(name)
        .into_iter()
        .filter(|w| !NAME_FUNCTION_WORDS.contains(&w.as_str()))
        .collect()
}

/// What makes two reports one relation: subject, predicate, object and qualifiers.
type RelationKey = (String, String, Value, BTreeMap<String, Value>);

/// Merges every document's local entities and statements into one corpus.
pub fn resolve_corpus(mut docs: Vec<DocumentFacts>) -> Corpus {
    let mut index: Vec<Vec<usize>> = Vec::with_capacity(docs.len());
    // Sized once: a local is some 300 bytes and a corpus has tens of thousands, so growing the
    // list by doubling copied megabytes and touched twice the fresh memory, serially.
    let mut locals: Vec<Local<'_>> =
        Vec::with_capacity(docs.iter().map(|doc| doc.entities.len()).sum());
    for (d, doc) in docs.iter().enumerate() {
        let first = locals.len();
        let mut ids = Vec::with_capacity(doc.entities.len());
        for entity in &doc.entities {
            ids.push(locals.len());
            locals.push(Local {
                d,
                doc: &doc.document.id,
                entity,
                name: "",
                key: String::new(),
                person: None,
                place_key: None,
                region_base: None,
                described: false,
                team: false,
                one_word: false,
                qualified_by: entity.qualified_by.iter().map(|&c| first + c).collect(),
                prefix_keys: Vec::new(),
                acronym: None,
                written_as_acronym: None,
                brand_base: None,
                country_name_keys: Vec::new(),
            });
        }
        index.push(ids);
    }
    // The rest of each local is made in parallel, as the rules read it serially. Whether it
    // is described is here too: reading the rules of every mention, scattered in memory, took
    // some 10 ms of cache misses on the BBC corpus when it was made in the loop above.
    locals.par_iter_mut().for_each(|l| {
        let entity = l.entity;
        let mentions = &docs[l.d].mentions;
        l.described = !entity.mentions.is_empty()
            && entity.mentions.iter().all(|&m| {
                // "the pact" after the description refers back to it.
                matches!(
                    mentions[m].rule.as_str(),
                    crate::extract::RULE_DESCRIBED_AGREEMENT
                        | crate::extract::RULE_DEFINITE_DESCRIPTION
                )
            })
            && entity
                .mentions
                .iter()
                .any(|&m| mentions[m].rule == crate::extract::RULE_DESCRIBED_AGREEMENT);
        l.team = entity.mentions.iter().any(|&m| {
            matches!(
                mentions[m].rule.as_str(),
                crate::extract::RULE_PLACE_TEAM | crate::extract::RULE_PLACE_TEAM_DESCRIBING
            )
        });
        l.name = strip_time_suffix(&entity.label);
        l.key = name_key(l.name);
        l.one_word = !l.name.contains(char::is_whitespace);
        l.person = l.is_person().then(|| PersonName::parse(l.name));
        match l.entity.entity_type {
            EntityType::Place => {
                l.place_key = Some(place_key(&l.key));
                l.region_base = region_base(&l.key);
            }
            EntityType::Country => {
                l.country_name_keys = entity.names.iter().map(|n| name_key(n)).collect();
            }
            EntityType::Organization => {
                l.prefix_keys = prefix_keys(l.name);
                l.brand_base = DescriptionWords::shipped().without_brand_suffix(&l.key);
            }
            _ => {}
        }
        // A two-word event's name is no acronym's ("HK" is not "Hurricane Katrina", "ID"
        // cards not "Independence Day").
        let abbreviated = match l.entity.entity_type {
            EntityType::Organization | EntityType::Agreement => true,
            EntityType::Event => l.name.split_whitespace().nth(2).is_some(),
            _ => false,
        };
        if abbreviated {
            l.acronym = acronym_of(l.name);
            if !l.entity.known {
                l.written_as_acronym = as_acronym(l.name);
            }
        }
    });
    // The words of the quotes need no entity: they are made while the entities cluster, which
    // is serial.
    let quote_texts: Vec<&str> = docs
        .iter()
        .flat_map(|doc| doc.quotes.iter().map(|q| q.text.as_str()))
        .collect();
    let (mut cl, quote_words) = rayon::join(
        || cluster_entities(&locals),
        || QuoteWords::of(&quote_texts),
    );
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..locals.len() {
        members.entry(cl.root(i)).or_default().push(i);
    }

    // Entity nodes, made in parallel; then numbered in order, since an id already taken gets
    // a suffix counted over the nodes before it.
    let members: Vec<(usize, Vec<usize>)> = members.into_iter().collect();
    let mut entity_of_local: Vec<usize> = vec![0; locals.len()];
    for (e, (_, group)) in members.iter().enumerate() {
        for &i in group {
            entity_of_local[i] = e;
        }
    }
    let mut entities: Vec<EntityNode> = members
        .par_iter()
        .map(|(root, group)| entity_node(&locals, group, &cl.reasons[*root]))
        .collect();
    let mut used_ids: FxHashMap<String, usize> = FxHashMap::default();
    for entity in &mut entities {
        let n = used_ids.entry(entity.id.clone()).or_default();
        *n += 1;
        if *n > 1 {
            entity.id = format!("{}-{n}", entity.id);
        }
    }
    // Mentions move from the documents' facts into their entities rather than being copied:
    // on a large corpus the two copies were a fifth of the peak memory. A mention that several
    // local entities list is copied for all but the last.
    let sources: Vec<Vec<(usize, usize)>> = members
        .iter()
        .map(|(_, group)| {
            group
                .iter()
                .flat_map(|&i| {
                    let d = locals[i].d;
                    locals[i].entity.mentions.iter().map(move |&m| (d, m))
                })
                .collect()
        })
        .collect();
    drop(locals);
    let mut uses: Vec<Vec<usize>> = docs.iter().map(|d| vec![0; d.mentions.len()]).collect();
    for &(d, m) in sources.iter().flatten() {
        uses[d][m] += 1;
    }
    for (entity, sources) in entities.iter_mut().zip(sources) {
        entity.mentions = sources
            .into_iter()
            .map(|(d, m)| {
                uses[d][m] -= 1;
                let mention = &mut docs[d].mentions[m];
                if uses[d][m] == 0 {
                    std::mem::replace(mention, moved_mention())
                } else {
                    mention.clone()
                }
            })
            .collect();
    }
    entities.par_iter_mut().for_each(|e| {
        e.mentions.sort();
        e.mentions.dedup();
    });
    // From here on each part of the facts is moved out or freed once used. In parallel: one
    // by one, freeing the local entities was a noticeable serial step.
    docs.par_iter_mut().for_each(|doc| {
        doc.mentions = Vec::new();
        doc.entities = Vec::new();
    });
    name_cities_apart_from_countries(&mut entities);
    let entity_ids: Vec<String> = entities.iter().map(|e| e.id.clone()).collect();
    let entity_of = |d: usize, e: usize| entity_ids[entity_of_local[index[d][e]]].clone();

    // Quotes and relations are resolved side by side: neither reads the other, and one after
    // the other they kept all but one thread waiting.
    let (local_quotes, local_relations): (Vec<Vec<LocalQuote>>, Vec<Vec<LocalRelation>>) = docs
        .iter_mut()
        .map(|doc| {
            (
                std::mem::take(&mut doc.quotes),
                std::mem::take(&mut doc.relations),
            )
        })
        .unzip();
    let (quotes, relations) = rayon::join(
        || {
            let quotes = resolve_quotes(&docs, local_quotes, &quote_words, &entity_of);
            // Freed here, beside the relations, rather than serially once both are done.
            drop(quote_words);
            quotes
        },
        || resolve_relations(&docs, local_relations, &entity_of),
    );

    let documents = docs.iter().map(|d| d.document.clone()).collect();
    // Freeing every document's facts one by one is a noticeable serial step of a large build.
    docs.into_par_iter().for_each(drop);
    Corpus {
        documents,
        entities,
        quotes,
        relations,
    }
}

/// The quotes of every document, each with its speaker's corpus entity and the statement it
/// reports; `words` are those of their texts, in order. `entity_of(d, e)` is the id of local
/// entity `e` of document `d`.
fn resolve_quotes(
    docs: &[DocumentFacts],
    local_quotes: Vec<Vec<LocalQuote>>,
    words: &QuoteWords,
    entity_of: &(impl Fn(usize, usize) -> String + Sync),
) -> Vec<(QuoteNode, Option<String>)> {
    // Sized once, as this runs serially: grown by doubling, the list copied its nodes over.
    let mut quotes = Vec::with_capacity(local_quotes.iter().map(Vec::len).sum());
    for (d, (doc, doc_quotes)) in docs.iter().zip(local_quotes).enumerate() {
        for q in doc_quotes {
            let speaker = q.speaker.map(|s| entity_of(d, s));
            let id = content_id(&[&doc.document.id, &q.start.to_string(), &q.end.to_string()]);
            quotes.push((
                QuoteNode {
                    id,
                    doc: doc.document.id.clone(),
                    start: q.start,
                    end: q.end,
                    text: q.text,
                    rule: q.rule,
                    statement: String::new(),
                },
                speaker,
            ));
        }
    }
    let statements = statement_ids(&quotes, words);
    for ((quote, _), statement) in quotes.iter_mut().zip(statements) {
        quote.statement = statement;
    }
    quotes
}

/// One relation per (subject, predicate, object, qualifiers), with every report as evidence,
/// and their conflicts marked. `entity_of(d, e)` is the id of local entity `e` of document `d`.
fn resolve_relations(
    docs: &[DocumentFacts],
    local_relations: Vec<Vec<LocalRelation>>,
    entity_of: &(impl Fn(usize, usize) -> String + Sync),
) -> Vec<RelationNode> {
    // Each key keeps its declared relation type beside the evidence that reports it. Hashed,
    // and the distinct keys sorted once at the end: a tree of them grew node by node and
    // compared every report's key, strings and values, with a dozen others.
    // Sized for every report having a key of its own, rather than rehashed while growing.
    let mut relations: FxHashMap<RelationKey, (String, Vec<Evidence>)> =
        FxHashMap::with_capacity_and_hasher(
            local_relations.iter().map(Vec::len).sum(),
            Default::default(),
        );
    for (d, (doc, doc_relations)) in docs.iter().zip(local_relations).enumerate() {
        let value = |v: LocalValue| match v {
            LocalValue::Entity(e) => Value::Entity(entity_of(d, e)),
            LocalValue::Literal(s) => Value::Literal(s),
            LocalValue::Quantity { amount, text } => Value::Quantity { amount, text },
            LocalValue::Date { iso, text } => Value::Date { iso, text },
        };
        for r in doc_relations {
            let subject = entity_of(d, r.subject);
            let object = value(r.object);
            // A relation whose two ends resolved to one entity says nothing.
            if object == Value::Entity(subject.clone()) {
                continue;
            }
            let key = (
                subject,
                r.predicate,
                object,
                r.qualifiers
                    .into_iter()
                    .map(|(k, v)| (k, value(v)))
                    .collect(),
            );
            let entry = relations
                .entry(key)
                .or_insert_with(|| (r.relation_type, Vec::new()));
            entry.1.push(Evidence {
                doc: doc.document.id.clone(),
                start: r.start,
                end: r.end,
                rule: r.rule,
            });
        }
    }
    let mut relations: Vec<(RelationKey, (String, Vec<Evidence>))> =
        relations.into_iter().collect();
    // Sorted and made into nodes in parallel: the keys are distinct, so the order is the same
    // however they are sorted, and the quotes resolved beside this may leave a thread free.
    relations.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut relations: Vec<RelationNode> = relations
        .into_par_iter()
        .map(
            |((subject, predicate, object, qualifiers), (relation_type, mut evidence))| {
                evidence.sort();
                evidence.dedup();
                // "name=value" per qualifier, joined with ";", written into one string: a
                // `format!` per qualifier cost more than hashing them.
                let mut q = String::new();
                for (i, (k, v)) in qualifiers.iter().enumerate() {
                    if i > 0 {
                        q.push(';');
                    }
                    q.push_str(k);
                    q.push('=');
                    q.push_str(v.as_report_str());
                }
                let id = content_id(&[&subject, &predicate, object.as_report_str(), &q]);
                RelationNode {
                    id,
                    subject,
                    predicate,
                    relation_type,
                    object,
                    qualifiers,
                    evidence,
                    conflicts_with: Vec::new(),
                }
            },
        )
        .collect();
    mark_conflicts(&mut relations);
    relations
}

/// "Lisbon" the city and "Lisbon" the government (an alias of Portugal, from "Lisbon said")
/// are two nodes; the city also gets the disambiguated name "Lisbon (city)", so that one of its
/// names belongs to it alone.
fn name_cities_apart_from_countries(entities: &mut [EntityNode]) {
    let country_aliases: BTreeSet<String> = entities
        .iter()
        .filter(|e| e.entity_type == EntityType::Country)
        .flat_map(|e| e.aliases.iter().map(|a| name_key(a)))
        .collect();
    for e in entities.iter_mut() {
        if e.entity_type == EntityType::Place && country_aliases.contains(&name_key(&e.label)) {
            let city = format!("{} (city)", e.label);
            let at = e.aliases.binary_search(&city).unwrap_or_else(|at| at);
            e.aliases.insert(at, city);
        }
    }
}

/// What is left in a document's facts where a mention was moved out.
fn moved_mention() -> Mention {
    Mention {
        doc: String::new(),
        start: 0,
        end: 0,
        text: String::new(),
        rule: String::new(),
    }
}

/// The blocking key of a name word: its consonant skeleton when skeletons may match it.
fn word_key(word: &str) -> String {
    if word.chars().count() >= 4 {
        skeleton(word)
    } else {
        word.to_string()
    }
}

/// The corpus entity of one cluster of local entities.
/// Its mentions are filled in by `resolve_corpus`.
fn entity_node(locals: &[Local<'_>], group: &[usize], reasons: &[(String, String)]) -> EntityNode {
    let mut type_votes: BTreeMap<EntityType, usize> = BTreeMap::new();
    // Borrowed until the distinct ones are known: a name in a thousand documents was cloned a
    // thousand times, for all but one clone to be dropped.
    let mut names: BTreeSet<&str> = BTreeSet::new();
    // Label candidates: (known, several words, mentions, words, length) → the best wins.
    let mut labels: BTreeMap<&str, (bool, usize)> = BTreeMap::new();
    let known = group.iter().any(|&i| locals[i].entity.known);
    // "the American Health Care Act … the AHCA": an unknown acronym is typed by default, so
    // the name it stands for, spelled out, types the entity however often the acronym is used.
    let acronym = |l: &Local<'_>| {
        !l.entity.known && l.one_word && l.name.chars().all(|c| c.is_ascii_uppercase())
    };
    let spelled_out = group.iter().any(|&i| !acronym(&locals[i]));
    for &i in group {
        let l = &locals[i];
        let ent = l.entity;
        if !(spelled_out && acronym(l)) {
            *type_votes.entry(ent.entity_type).or_default() +=
                ent.mentions.len() * if ent.known { 10 } else { 1 };
        }
        names.extend(ent.names.iter().map(String::as_str));
        let slot = labels.entry(l.name).or_default();
        slot.0 |= ent.known;
        slot.1 += ent.mentions.len();
    }
    let entity_type = type_votes
        .iter()
        .max_by_key(|(t, n)| (**n, std::cmp::Reverse(**t)))
        .map(|(t, _)| *t)
        .unwrap_or(EntityType::Organization);
    let label = labels
        .iter()
        .filter(|(_, (k, _))| *k || !known)
        .max_by_key(|(l, (_, n))| {
            let words = l.split_whitespace().count();
            (words > 1, *n, words, l.len(), std::cmp::Reverse(**l))
        })
        .map(|(l, _)| l.to_string())
        .unwrap_or_default();
    // Unique once numbered by `resolve_corpus`.
    let id = format!("{}/{}", entity_type.as_str().to_lowercase(), slug(&label));
    let aliases: Vec<String> = names
        .into_iter()
        .filter(|n| *n != label)
        .map(str::to_string)
        .collect();
    EntityNode {
        id,
        label,
        entity_type,
        aliases,
        mentions: Vec::new(),
        merges: summarise_merges(reasons),
    }
}

/// Merge reasons, sorted; same-name unions are summarised as one line per name, since a name
/// in a thousand documents would otherwise give a thousand lines.
fn summarise_merges(reasons: &[(String, String)]) -> Vec<(String, String)> {
    let mut out: BTreeSet<(String, String)> = BTreeSet::new();
    let mut same: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (rule, evidence) in reasons {
        if rule == "resolve/same-name" || rule == "resolve/known-name" {
            // Evidence is "'A' (doc1) = 'B' (doc2)": count documents per rule.
            for part in evidence.split(" = ") {
                same.entry(rule.as_str()).or_default().insert(part);
            }
        } else {
            out.insert((rule.clone(), evidence.clone()));
        }
    }
    for (rule, parts) in same {
        let docs: BTreeSet<&str> = parts
            .iter()
            .filter_map(|p| p.rsplit_once(" (").map(|(_, d)| d.trim_end_matches(')')))
            .collect();
        let spellings: BTreeSet<&str> = parts
            .iter()
            .filter_map(|p| p.rsplit_once(" (").map(|(n, _)| n))
            .collect();
        let spellings: Vec<&str> = spellings.into_iter().collect();
        out.insert((
            rule.to_string(),
            format!("{} in {} documents", spellings.join(", "), docs.len()),
        ));
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use xxhash_rust::xxh3::xxh3_64;

    use super::content_id;
    use crate::graph::{EntityType, KnowledgeGraph};
    use crate::ingest::Document;
    use crate::ontology::Ontology;
    use crate::pipeline::{build_graph, process_document};

    #[test]
    fn content_ids_are_the_hash_in_sixteen_hex_digits() {
        for parts in [&["a", "b"][..], &[""], &["doc-1", "12", "40"]] {
            let hash = xxh3_64(parts.join("\u{1f}").as_bytes());
            assert_eq!(content_id(parts), format!("{hash:016x}"));
        }
    }

    /// Builds the graph of invented articles, one string each.
    fn graph(articles: &[&str]) -> KnowledgeGraph {
        let facts = articles
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let doc =
                    Document::from_text(format!("a{i}.txt"), format!("a{i}.txt"), text.to_string());
                process_document(&doc, Ontology::shipped())
            })
            .collect();
        build_graph(facts)
    }

    /// Ids of the entities with a mention whose text is `name`.
    fn nodes_named(kg: &KnowledgeGraph, name: &str) -> Vec<String> {
        kg.entities()
            .filter(|e| e.mentions.iter().any(|m| m.text == name))
            .map(|e| e.id.clone())
            .collect()
    }

    #[test]
    fn romanisation_variants_and_surnames_are_one_person() {
        let kg = graph(&[
            "Mayor Oleksiy Zabolotskyy said the bridge would reopen.",
            "The mayor, Oleksii Zabolotsky, said on Tuesday the bridge was safe. Zabolotsky added that repairs would finish soon.",
        ]);
        let a = nodes_named(&kg, "Oleksiy Zabolotskyy");
        let b = nodes_named(&kg, "Oleksii Zabolotsky");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a, b);
        let person = kg.entity(&a[0]).expect("merged person");
        assert!(
            person
                .merges
                .iter()
                .any(|(rule, _)| rule == "resolve/name-variant"),
            "{:?}",
            person.merges
        );
    }

    #[test]
    fn a_club_named_after_a_city_does_not_join_the_city() {
        let kg = graph(&[
            "Sports news. Liverpool have won twice. Liverpool had two chances.",
            "City news. Liverpool has a new mayor.",
            "Travel news. Ann Lee flew to Liverpool on Monday.",
        ]);
        let named = nodes_named(&kg, "Liverpool");
        assert_eq!(
            named,
            ["organization/liverpool", "place/liverpool"],
            "{named:?}"
        );
    }

    #[test]
    fn a_lone_name_is_not_the_second_half_of_a_double_barrelled_surname() {
        let kg = graph(&[
            "Sports news. Tom Hale-Roe won the race in Lisbon.",
            "Church news. Pope Roe visited Chile on Monday. Roe said he was sorry.",
        ]);
        let tom = nodes_named(&kg, "Tom Hale-Roe");
        assert_eq!(tom.len(), 1, "{tom:?}");
        assert_ne!(tom, nodes_named(&kg, "Roe"));
    }

    #[test]
    fn names_that_differ_in_their_initials_are_two_people() {
        let kg = graph(&[
            "Tom A. Hale visited Chile. Jane Roe met Tom B. A. Hale.",
            "Tom A. Hale spoke in Lisbon. Ann Lee thanked Tom B.A. Hale.",
        ]);
        let father = nodes_named(&kg, "Tom B. A. Hale");
        assert_eq!(father.len(), 1, "{father:?}");
        // Initials written together are the same initials.
        assert_eq!(father, nodes_named(&kg, "Tom B.A. Hale"));
        assert_ne!(father, nodes_named(&kg, "Tom A. Hale"));
        assert_eq!(nodes_named(&kg, "Tom A. Hale").len(), 1);
    }

    #[test]
    fn a_son_named_for_his_father_is_another_person() {
        let kg = graph(&[
            "Tom Hale met the lawyer. His son Tom Hale Jr. also attended.",
            "Tom Hale Jr. posted the emails on Tuesday.",
            "Tom Hale spoke in Lisbon.",
            "Jim Beck Jr. spoke in Oskol. Jim Beck Jr. left, and Jim Beck was cheered.",
            "Jim Beck spoke in Tarsk.",
            "The team of President Lowe met on Monday. Lowe Jr. agreed, and Lowe left.",
        ]);
        let son = nodes_named(&kg, "Tom Hale Jr.");
        assert_eq!(son.len(), 1, "{son:?}");
        assert_ne!(son, nodes_named(&kg, "Tom Hale"));
        assert_eq!(nodes_named(&kg, "Tom Hale").len(), 1);
        // No article calls Jim Beck Jr. a son: the suffix may be left out.
        assert_eq!(
            nodes_named(&kg, "Jim Beck Jr."),
            nodes_named(&kg, "Jim Beck")
        );
        // "Lowe Jr." is the son, "Lowe" alone the father.
        let lowe = nodes_named(&kg, "Lowe");
        assert_eq!(lowe.len(), 1, "{lowe:?}");
        assert_ne!(lowe, nodes_named(&kg, "Lowe Jr."));
    }

    #[test]
    fn a_name_split_by_an_editors_bracket_joins_the_person() {
        let kg = graph(&[
            "Special counsel Jane Halvorsen filed the charges on Friday.",
            "“It was a blow from [special counsel Jane] Halvorsen,” an aide said.",
        ]);
        let a = nodes_named(&kg, "Jane Halvorsen");
        let b = nodes_named(&kg, "Jane] Halvorsen");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a, b);
        let person = kg.entity(&a[0]).expect("merged person");
        assert_eq!(person.label, "Jane Halvorsen");
    }

    #[test]
    fn people_sharing_a_name_part_stay_apart() {
        let kg = graph(&[
            "Tomas Brandt met Erik Brandt in Oslo on Monday.",
            "Brandt said the talks went well.",
        ]);
        let tomas = nodes_named(&kg, "Tomas Brandt");
        let erik = nodes_named(&kg, "Erik Brandt");
        assert_eq!(tomas.len(), 1);
        assert_ne!(tomas, erik);
        // The bare family name is ambiguous between two people, so it joins neither.
        let bare = nodes_named(&kg, "Brandt");
        assert!(
            bare.iter().all(|b| !tomas.contains(b) && !erik.contains(b)),
            "{bare:?}"
        );
    }

    #[test]
    fn a_family_name_its_own_article_kept_from_the_person_stays_apart() {
        let kg = graph(&[
            "Talks began on Monday. First lady Ann Roe greeted the envoys. Mr. Roe said the talks went well.",
            "Roe said the talks would go on.",
        ]);
        let ann = nodes_named(&kg, "Ann Roe");
        assert_eq!(ann.len(), 1);
        let bare = nodes_named(&kg, "Roe");
        assert!(
            !bare.is_empty() && bare.iter().all(|b| !ann.contains(b)),
            "{bare:?}"
        );
    }

    #[test]
    fn an_acronym_of_two_bodies_joins_the_one_its_article_names() {
        let kg = graph(&[
            "The Tarsk Stock Exchange opened late. Shares on the TSE fell on Friday.",
            "The Tarsk School of Economics published a study of the tax.",
        ]);
        let exchange = nodes_named(&kg, "Tarsk Stock Exchange");
        assert_eq!(exchange.len(), 1);
        assert_eq!(exchange, nodes_named(&kg, "TSE"));
        assert_ne!(exchange, nodes_named(&kg, "Tarsk School of Economics"));
    }

    #[test]
    fn acronym_in_one_article_and_expansion_in_another() {
        let kg = graph(&[
            "The United Cable Workers called a strike at the plant.",
            "Members of the UCW voted on Friday to end the strike.",
        ]);
        let full = nodes_named(&kg, "United Cable Workers");
        assert_eq!(full.len(), 1);
        assert_eq!(full, nodes_named(&kg, "UCW"));
    }

    #[test]
    fn the_spelled_out_name_types_an_acronym_used_more_often() {
        let kg = graph(&[
            "Lawmakers pulled the Tarsk Water Safety Act on Friday. Critics panned the TWSA. Backers of the TWSA said it would return.",
        ]);
        let act = nodes_named(&kg, "Tarsk Water Safety Act");
        assert_eq!(act, nodes_named(&kg, "TWSA"));
        assert!(act.iter().all(|id| id.starts_with("agreement/")), "{act:?}");
    }

    #[test]
    fn an_acronym_joins_no_event_named_in_two_words() {
        let kg = graph(&[
            "Leaders met at the Tarsk Summit on Monday. Hurricane Ann flooded the coast.",
            "Shares in TS, the maker of tin cans, fell on Friday. HA cut jobs.",
        ]);
        for (event, letters) in [("Tarsk Summit", "TS"), ("Hurricane Ann", "HA")] {
            let named = nodes_named(&kg, event);
            assert_eq!(named.len(), 1, "{event}");
            assert_ne!(named, nodes_named(&kg, letters), "{event}");
        }
    }

    #[test]
    fn a_company_with_and_without_its_brand_suffix() {
        let kg = graph(&[
            "The budget carrier Skyjet ordered new engines.",
            "Passengers complained after airline Skyjet Air cancelled flights.",
        ]);
        let short = nodes_named(&kg, "Skyjet");
        assert_eq!(short.len(), 1, "{short:?}");
        assert_eq!(short, nodes_named(&kg, "Skyjet Air"));
        assert!(rules_of(&kg, "Skyjet Air").contains(&"resolve/brand-suffix".to_string()));
    }

    #[test]
    fn a_shorter_agreement_description_joins_the_one_holding_its_words() {
        let kg = graph(&[
            "Brazil and Portugal signed the comprehensive maritime partnership treaty. Article 2 of the Brazilian partnership pact covers fishing.",
            "Brazil and Portugal said the maritime partnership agreement takes effect in May.",
        ]);
        let full = nodes_named(&kg, "comprehensive maritime partnership treaty");
        assert_eq!(full.len(), 1, "{full:?}");
        assert_eq!(full, nodes_named(&kg, "partnership pact"));
        assert_eq!(full, nodes_named(&kg, "maritime partnership agreement"));
    }

    #[test]
    fn a_known_city_is_not_the_state_named_after_it() {
        let kg = graph(&[
            "Jane Roe blamed a culture of scandal in Washington.",
            "Tom Hale won in Washington State on Monday.",
        ]);
        assert_eq!(nodes_named(&kg, "Washington").len(), 1);
        assert_eq!(nodes_named(&kg, "Washington State").len(), 1);
        assert_ne!(
            nodes_named(&kg, "Washington"),
            nodes_named(&kg, "Washington State")
        );
    }

    #[test]
    fn a_city_and_its_country_are_not_merged() {
        let kg = graph(&[
            "France sent aid to refugees who had reached Paris by train.",
            "Crowds gathered in Paris on Sunday as France celebrated.",
        ]);
        let countries: Vec<_> = kg
            .entities()
            .filter(|e| e.entity_type == EntityType::Country && e.label == "France")
            .collect();
        assert_eq!(countries.len(), 1);
        assert!(countries[0].mentions.iter().all(|m| m.text != "Paris"));
        let city = nodes_named(&kg, "Paris");
        assert_eq!(city.len(), 1, "{city:?}");
        assert_ne!(city[0], countries[0].id);
    }

    #[test]
    fn a_capital_that_also_speaks_for_its_country_gets_a_city_name() {
        let kg = graph(&[
            "Paris said the talks would resume. Crowds gathered in Paris on Sunday.",
            "France sent a delegation to the summit.",
        ]);
        let country = kg
            .entities()
            .find(|e| e.entity_type == EntityType::Country && e.label == "France")
            .expect("France");
        assert!(country.aliases.iter().any(|a| a == "Paris"), "{country:?}");
        let city = kg
            .entities()
            .find(|e| e.entity_type == EntityType::Place && e.label == "Paris")
            .expect("Paris the city");
        assert!(city.aliases.iter().any(|a| a == "Paris (city)"), "{city:?}");
        // A city no country is named after keeps its names as written.
        let kg = graph(&["Crowds gathered in Paris on Sunday."]);
        assert!(kg.entities().all(|e| e.aliases.is_empty()));
    }

    #[test]
    fn organisations_sharing_a_word_stay_apart() {
        let kg = graph(&[
            "The Harbour Post reported the fire first.",
            "The Harbour Times later confirmed the report.",
        ]);
        let post = nodes_named(&kg, "Harbour Post");
        let examiner = nodes_named(&kg, "Harbour Times");
        assert!(!post.is_empty() && !examiner.is_empty());
        assert_ne!(post, examiner);
    }

    /// The rules recorded on the node that holds a mention with this text.
    fn rules_of(kg: &KnowledgeGraph, name: &str) -> Vec<String> {
        kg.entities()
            .filter(|e| e.mentions.iter().any(|m| m.text == name))
            .flat_map(|e| e.merges.iter().map(|(rule, _)| rule.clone()))
            .collect()
    }

    #[test]
    fn descriptions_of_one_body_in_other_words() {
        let kg = graph(&[
            "Norway's spy agency said the ship left port. Portugal's foreign ministry said nothing.",
            "The Norwegian intelligence service declined to comment. The Portuguese defense ministry agreed.",
        ]);
        let spy = nodes_named(&kg, "spy agency");
        assert_eq!(spy.len(), 1, "{spy:?}");
        assert_eq!(spy, nodes_named(&kg, "intelligence service"));
        assert!(rules_of(&kg, "spy agency").contains(&"resolve/country-qualified".to_string()));
        // Two bodies of one country stay apart.
        assert_ne!(
            nodes_named(&kg, "foreign ministry"),
            nodes_named(&kg, "defense ministry")
        );
    }

    #[test]
    fn a_description_and_the_body_named_after_its_country() {
        let kg = graph(&[
            "Norway's security agency said the ship left port.",
            "Norway's National Security Authority said the ship had left.",
        ]);
        let described = nodes_named(&kg, "security agency");
        assert_eq!(described.len(), 1);
        assert_eq!(described, nodes_named(&kg, "National Security Authority"));
        assert!(rules_of(&kg, "security agency").contains(&"resolve/country-body".to_string()));

        // Two of the country's bodies hold the description's words: it joins neither.
        let kg = graph(&[
            "Norway's security agency said the ship left port.",
            "Norway's National Security Authority said the ship had left. Norway's National Security Council met on Friday.",
        ]);
        let described = nodes_named(&kg, "security agency");
        assert_ne!(described, nodes_named(&kg, "National Security Authority"));
        assert_ne!(described, nodes_named(&kg, "National Security Council"));
    }

    #[test]
    fn a_name_with_its_country_written_before_it() {
        let kg = graph(&[
            "The U.S. Harbor Relief Corps arrived, U.S. officials said. The French Socialist Party met. French officials agreed.",
            "The Harbor Relief Corps left. The Socialist Party met in Lyon.",
        ]);
        let corps = nodes_named(&kg, "Harbor Relief Corps");
        assert_eq!(corps.len(), 1);
        assert_eq!(corps, nodes_named(&kg, "U.S. Harbor Relief Corps"));
        assert!(
            rules_of(&kg, "Harbor Relief Corps").contains(&"resolve/country-prefix".to_string())
        );
        // Every country has a socialist party: the bare name is not assumed to be France's.
        assert_ne!(
            nodes_named(&kg, "Socialist Party"),
            nodes_named(&kg, "French Socialist Party")
        );
    }

    #[test]
    fn a_name_written_after_two_countries_is_not_either() {
        let kg = graph(&[
            "The U.S. Harbor Relief Corps arrived. The Canadian Harbor Relief Corps stayed home.",
            "The Harbor Relief Corps left.",
        ]);
        let bare = nodes_named(&kg, "Harbor Relief Corps");
        assert_eq!(bare.len(), 1);
        assert_ne!(bare, nodes_named(&kg, "U.S. Harbor Relief Corps"));
        assert_ne!(bare, nodes_named(&kg, "Canadian Harbor Relief Corps"));
    }

    #[test]
    fn descriptions_of_one_agreement_between_the_same_countries() {
        let kg = graph(&[
            "France and Spain signed the fisheries partnership treaty.",
            "France and Spain ratified the fisheries partnership pact.",
            "Chile and Peru signed the fisheries partnership treaty.",
        ]);
        let pact = nodes_named(&kg, "fisheries partnership pact");
        assert_eq!(pact.len(), 1);
        let treaty = nodes_named(&kg, "fisheries partnership treaty");
        // France and Spain's treaty, and another between two other countries.
        assert_eq!(treaty.len(), 2, "{treaty:?}");
        assert!(treaty.contains(&pact[0]));
        assert!(
            rules_of(&kg, "fisheries partnership pact")
                .contains(&"resolve/described-agreement".to_string())
        );
    }

    #[test]
    fn an_article_describing_an_agreement_otherwise_joins_the_one_its_peers_share() {
        let kg = graph(&[
            "France and Spain signed the fisheries partnership treaty.",
            "Spain and France ratified the fisheries partnership pact.",
            "France praised the security treaty with Spain.",
            "Spain and France named the fisheries partnership treaty and the customs pact.",
            "Chile and Peru signed the coastal defence treaty.",
        ]);
        let shared = nodes_named(&kg, "fisheries partnership treaty");
        assert_eq!(shared.len(), 1, "{shared:?}");
        assert_eq!(shared, nodes_named(&kg, "security treaty"));
        assert!(
            rules_of(&kg, "security treaty").contains(&"resolve/sole-shared-agreement".to_string())
        );
        // An article that names the shared treaty describes another one with its other words.
        assert_ne!(shared, nodes_named(&kg, "customs pact"));
        // Articles about other countries do not join it.
        assert_ne!(shared, nodes_named(&kg, "coastal defence treaty"));
    }

    #[test]
    fn an_article_naming_the_peers_countries_in_passing_joins_none_of_their_agreements() {
        let kg = graph(&[
            "France and Spain signed the fisheries partnership treaty.",
            "Spain and France ratified the fisheries partnership pact.",
            "Chile and Peru signed the mining treaty. Chile and Peru will review it. France and Spain watched.",
        ]);
        let shared = nodes_named(&kg, "fisheries partnership treaty");
        assert_eq!(shared.len(), 1, "{shared:?}");
        assert_ne!(shared, nodes_named(&kg, "mining treaty"));
    }

    #[test]
    fn one_article_describing_an_agreement_with_two_heads() {
        let kg = graph(&[
            "France and Spain signed a \"comprehensive fisheries partnership\" treaty. Critics said the partnership pact favoured France. The new security pact was signed too.",
        ]);
        let treaty = nodes_named(&kg, "\"comprehensive fisheries partnership\" treaty");
        assert_eq!(treaty.len(), 1);
        assert_eq!(treaty, nodes_named(&kg, "partnership pact"));
        // Words that are not among the other's name another agreement.
        assert_ne!(treaty, nodes_named(&kg, "new security pact"));
    }

    #[test]
    fn a_description_in_apposition_names_the_agreement() {
        let kg = graph(&[
            "Officials praised the Coral Accord, the proposed nine-nation trade deal, on Monday. Critics said the trade deal would cost jobs.",
        ]);
        let accord = nodes_named(&kg, "Coral Accord");
        assert_eq!(accord.len(), 1);
        assert_eq!(accord, nodes_named(&kg, "trade deal"));

        // A list of agreements is not an apposition.
        let kg =
            graph(&["Officials compared the Coral Accord, the trade deal and the security pact."]);
        assert_ne!(
            nodes_named(&kg, "Coral Accord"),
            nodes_named(&kg, "trade deal")
        );
    }
}
