//! The knowledge the extractors use, loaded from the data files in `ontology/`.
//!
//! The shipped files are compiled into the binary (the tool works offline and from any
//! directory); [`Ontology::load`] reads a directory instead, for editing and testing the data.
//! Loading collects every problem as `file:line: message` and fails before any output is made.

mod error;
mod gazetteer;
mod tables;

use rustc_hash::{FxHashMap, FxHashSet};
use std::path::Path;
use std::sync::OnceLock;

pub use error::OntologyError;
pub use gazetteer::{Gazetteer, GazetteerEntry, NameKind};
pub use tables::{
    Country, EventNoun, KeywordPosition, Organization, Place, RelationType, VerbForm,
};

use crate::graph::EntityType;
use crate::text::lower;

/// The files of the ontology directory, by name relative to it.
const FILES: &[(&str, &str)] = &[
    (
        "lexicon/countries.tsv",
        include_str!("../../ontology/lexicon/countries.tsv"),
    ),
    (
        "lexicon/places.tsv",
        include_str!("../../ontology/lexicon/places.tsv"),
    ),
    (
        "lexicon/organizations.tsv",
        include_str!("../../ontology/lexicon/organizations.tsv"),
    ),
    (
        "lexicon/given_names.tsv",
        include_str!("../../ontology/lexicon/given_names.tsv"),
    ),
    (
        "lexicon/word_given_names.tsv",
        include_str!("../../ontology/lexicon/word_given_names.tsv"),
    ),
    (
        "lexicon/place_given_names.tsv",
        include_str!("../../ontology/lexicon/place_given_names.tsv"),
    ),
    (
        "lexicon/word_family_names.tsv",
        include_str!("../../ontology/lexicon/word_family_names.tsv"),
    ),
    (
        "lexicon/given_name_genders.tsv",
        include_str!("../../ontology/lexicon/given_name_genders.tsv"),
    ),
    (
        "lexicon/titles.tsv",
        include_str!("../../ontology/lexicon/titles.tsv"),
    ),
    (
        "lexicon/org_keywords.tsv",
        include_str!("../../ontology/lexicon/org_keywords.tsv"),
    ),
    (
        "lexicon/reporting_verbs.tsv",
        include_str!("../../ontology/lexicon/reporting_verbs.tsv"),
    ),
    (
        "lexicon/non_entities.tsv",
        include_str!("../../ontology/lexicon/non_entities.tsv"),
    ),
    (
        "lexicon/partisans.tsv",
        include_str!("../../ontology/lexicon/partisans.tsv"),
    ),
    (
        "lexicon/descriptors.tsv",
        include_str!("../../ontology/lexicon/descriptors.tsv"),
    ),
    (
        "lexicon/verbs.tsv",
        include_str!("../../ontology/lexicon/verbs.tsv"),
    ),
    (
        "lexicon/common_words.tsv",
        include_str!("../../ontology/lexicon/common_words.tsv"),
    ),
    (
        "lexicon/noun_complements.tsv",
        include_str!("../../ontology/lexicon/noun_complements.tsv"),
    ),
    (
        "lexicon/verb_complements.tsv",
        include_str!("../../ontology/lexicon/verb_complements.tsv"),
    ),
    (
        "relations.tsv",
        include_str!("../../ontology/relations.tsv"),
    ),
    // After relations.tsv: each event noun names one of its relation types.
    (
        "lexicon/event_nouns.tsv",
        include_str!("../../ontology/lexicon/event_nouns.tsv"),
    ),
];

/// A person's sex as a given name, an honorific or a pronoun tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Female,
    Male,
}

impl Sex {
    /// The sex an honorific tells, with or without its dot: "Mr." → male; "Mrs", "Ms.",
    /// "Miss" → female.
    pub fn of_honorific(word: &str) -> Option<Sex> {
        match word.trim_end_matches('.') {
            "Mr" => Some(Sex::Male),
            "Mrs" | "Ms" | "Miss" => Some(Sex::Female),
            _ => None,
        }
    }

    /// The sex a lower-case noun for a kin or a rank tells of the person it is said of:
    /// "first lady", "wife", "chairwoman" → female; "husband", "son", "king" → male. ("Actor",
    /// "chairman" and "spokesman" are said of women too.)
    pub fn of_noun(word: &str) -> Option<Sex> {
        match word {
            "lady" | "wife" | "daughter" | "mother" | "sister" | "widow" | "girlfriend"
            | "granddaughter" | "niece" | "aunt" | "actress" | "queen" | "princess" | "duchess" => {
                Some(Sex::Female)
            }
            w if w.ends_with("woman") => Some(Sex::Female),
            "husband" | "son" | "father" | "brother" | "widower" | "boyfriend" | "grandson"
            | "nephew" | "uncle" | "king" | "prince" | "duke" => Some(Sex::Male),
            _ => None,
        }
    }
}

/// Where a descriptor noun stands relative to the name it types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
pub enum DescriptorPosition {
    /// "carrier X"
    Before,
    /// "the town of X"
    Of,
    /// "X province"
    After,
    /// "the airline": a definite description standing for the last such entity named.
    Definite,
    /// "the mortgage firm Freddie Vantrel": before a name, even one that opens with a given
    /// name; for nouns that never name a person's occupation ("broadcaster Ann Lee" is one).
    BeforeGivenName,
    /// "Tarsk striker", "Tarsk fans": after a place's name, a noun that makes the name stand for
    /// a sports club or team.
    AfterPlace,
}

#[derive(Debug)]
pub struct Ontology {
    pub countries: Vec<Country>,
    pub places: Vec<Place>,
    /// Names and aliases of the places listed as cities, lower-cased: one city never lies in
    /// another ("Lyon, Turin" is a list).
    pub cities: FxHashSet<String>,
    /// Names and aliases of the continents, states and regions, lower-cased: such a place
    /// lies in no city and at no site ("England in Cardiff" names a team).
    pub regions: FxHashSet<String>,
    pub organizations: Vec<Organization>,
    pub given_names: FxHashSet<String>,
    /// Given names that are also ordinary words ("Frank", "Rich", "Sandy"), as written: left out
    /// of `given_names`, they still may open a person's name that an ordinary word may not.
    pub word_given_names: FxHashSet<String>,
    /// Given names that are also names of places ("Chad", "Virginia", "Austin"), as written:
    /// the gazetteer reads them as the place unless a family name follows.
    pub place_given_names: FxHashSet<String>,
    /// Common family names that are also ordinary words ("Wright", "Wolf"), as written.
    pub word_family_names: FxHashSet<String>,
    /// Given names that are one sex's ("Susan": female), as written.
    pub given_name_sexes: FxHashMap<String, Sex>,
    /// Title words and phrases, lower-cased ("defense secretary").
    pub titles: FxHashSet<String>,
    /// Nouns for a party's member, lower-cased ("republican"): a title only inside a longer one
    /// or in a listed one ("top republican"), so also in `titles`.
    pub party_members: FxHashSet<String>,
    /// Titles that name a trade, not an office, lower-cased ("lawyer", "actor"): a demonym
    /// before one tells a nationality ("the Tarsk lawyer"), not whom the holder serves. Also in
    /// `titles`.
    pub trades: FxHashSet<String>,
    /// Honorifics, lower-cased, without the dot ("mr", "dr").
    pub honorifics: FxHashSet<String>,
    /// Title modifiers, lower-cased ("deputy", "former").
    pub title_modifiers: FxHashSet<String>,
    /// Head words that type a capitalised name: lower-cased word → type at each
    /// [`KeywordPosition`] (see [`Ontology::keyword_type`]).
    pub keywords: FxHashMap<String, [Option<EntityType>; 3]>,
    /// Reporting verb form → lemma, lower-cased.
    pub reporting_verbs: FxHashMap<String, String>,
    /// Per [`shape_index`] (first byte, and the low bits of the second) of a reporting verb
    /// form, the [`length_bit`]s of such forms: every token of every document is asked for its
    /// lemma, and this rules out most of them without hashing the word.
    reporting_verb_shapes: Vec<u64>,
    /// Lemmas of reporting verbs that report a clause only after "that" ("praised Roe").
    pub reporting_object_only: FxHashSet<String>,
    /// Lemmas of reporting verbs that report only a clause or a quotation ("added that …",
    /// not "added two stops").
    pub reporting_clause_only: FxHashSet<String>,
    /// Lower-case -ing forms that open a further statement of the subject after what it said
    /// ("…, adding that …", "…, insisting “…”").
    reporting_continuers: FxHashSet<String>,
    /// Common nouns that type the unknown name next to them: lower-cased word → type at each
    /// [`DescriptorPosition`] ("carrier X", "the town of X", "X province").
    pub descriptors: FxHashMap<String, [Option<EntityType>; 6]>,
    /// English verb forms ("sent" → send, past and participle).
    pub verbs: FxHashMap<String, VerbForm>,
    /// Capitalised words that are never entities on their own, lower-cased.
    pub non_entities: FxHashSet<String>,
    /// Nouns for unnamed people who speak for one side of a dispute ("critics", "accusers"):
    /// what they say is alleged.
    pub partisans: FxHashSet<String>,
    /// Lower-case English nouns, adjectives and adverbs ("posts", "history", "current"): a
    /// capitalised one that opens a sentence is most often the ordinary word.
    pub common_words: FxHashSet<String>,
    /// Nouns whose object phrase runs on through the phrase after them ("the right to see",
    /// "the rise in attacks") → the words that open it ("to", "in"), lower-cased.
    pub noun_complements: FxHashMap<String, Vec<String>>,
    /// Verbs whose object needs the phrase after it ("painted Roe as a bully", "attributed
    /// the loss to the strike") → the prepositions that open it, lower-cased.
    pub verb_complements: FxHashMap<String, Vec<String>>,
    pub relations: Vec<RelationType>,
    /// Relation trigger form (lower-cased) → index into `relations`.
    pub triggers: FxHashMap<String, usize>,
    /// First words of the trigger forms, to rule out most words with one lookup.
    pub trigger_heads: FxHashSet<String>,
    /// Nouns that name a relation ("membership" → join, written "member of"), lower-cased.
    pub event_nouns: FxHashMap<String, EventNoun>,
    pub gazetteer: Gazetteer,
}

/// A word's length as one bit of a mask; lengths past 62 bytes share the last bit.
fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// The slot of a non-empty word in `reporting_verb_shapes`: its first byte, and the low five
/// bits of its second (none for a one-byte word), which tell the lower-case letters apart.
fn shape_index(word: &[u8]) -> usize {
    usize::from(word[0]) << 5 | usize::from(word.get(1).map_or(0, |b| b & 0x1F))
}

/// The length of `reporting_verb_shapes`: every first byte, with 32 second-byte slots.
const SHAPE_SLOTS: usize = 256 << 5;

impl Ontology {
    /// The ontology compiled into the binary.
    pub fn shipped() -> &'static Ontology {
        Ontology::shipped_with(false)
    }

    /// [`Ontology::shipped`], loaded (if it is not yet) with two more threads that build the
    /// gazetteer's two automata while this one reads the other tables: for a caller with
    /// threads to spare, as the load is serial start-up work.
    pub fn shipped_in_parallel() -> &'static Ontology {
        Ontology::shipped_with(true)
    }

    fn shipped_with(parallel: bool) -> &'static Ontology {
        static SHIPPED: OnceLock<Ontology> = OnceLock::new();
        SHIPPED.get_or_init(|| {
            // The shipped files are checked by the `shipped_ontology_loads_cleanly` test.
            Ontology::from_sources(
                FILES.iter().map(|&(n, t)| (n.to_string(), t.to_string())),
                parallel,
            )
            .unwrap_or_else(|e| panic!("shipped ontology is invalid: {e}"))
        })
    }

    /// Loads the ontology data files from `dir` (laid out like `ontology/`).
    pub fn load(dir: &Path) -> Result<Ontology, OntologyError> {
        let mut sources = Vec::new();
        for &(name, _) in FILES {
            let path = dir.join(name);
            let text = std::fs::read_to_string(&path).map_err(|e| OntologyError::Io {
                path: path.display().to_string(),
                message: e.to_string(),
            })?;
            sources.push((path.display().to_string(), text));
        }
        Ontology::from_sources(sources, false)
    }

    /// Reads the files of `sources` in order, except that those the gazetteer is made of go
    /// first: its automata (some 70 M instructions, nearly half of the load) need only them,
    /// so with `parallel` other threads build them while the other files are read.
    fn from_sources(
        sources: impl IntoIterator<Item = (String, String)>,
        parallel: bool,
    ) -> Result<Ontology, OntologyError> {
        let sources: Vec<(String, String)> = sources.into_iter().collect();
        // Each file's problems apart, reported in the order of the files.
        let mut problems: Vec<Vec<String>> = vec![Vec::new(); sources.len()];
        let mut parsed = tables::Tables::default();
        let (gazetteer_files, other_files): (Vec<usize>, Vec<usize>) = (0..sources.len())
            .partition(|&i| tables::GAZETTEER_FILES.contains(&tables::file_kind(&sources[i].0)));
        let mut parse = |files: &[usize], parsed: &mut tables::Tables| {
            for &i in files {
                let (name, text) = &sources[i];
                parsed.parse_file(name, text, &mut problems[i]);
            }
        };
        parse(&gazetteer_files, &mut parsed);
        let names = parsed.gazetteer_names();
        let gazetteer = if parallel {
            crate::threads::side_by_side(
                || Gazetteer::new(names, true),
                || parse(&other_files, &mut parsed),
            )
            .0
        } else {
            parse(&other_files, &mut parsed);
            Gazetteer::new(names, false)
        };
        let problems: Vec<String> = problems.into_iter().flatten().collect();
        if !problems.is_empty() {
            return Err(OntologyError::Invalid(problems));
        }
        Ok(parsed.into_ontology(gazetteer))
    }

    /// Lemma of a reporting verb form ("told" → "tell").
    pub fn reporting_lemma(&self, word: &str) -> Option<&str> {
        self.reporting_lemma_of_lower(&lower(word))
    }

    /// [`Ontology::reporting_lemma`] of a word already in lower case.
    ///
    /// Inlined: it is asked of every token, and most are ruled out by their shape at less
    /// than the cost of the call; the look-up of the others is out of line.
    #[inline]
    pub fn reporting_lemma_of_lower(&self, lower_word: &str) -> Option<&str> {
        let may_be_one = lower_word.is_empty()
            || self.reporting_verb_shapes[shape_index(lower_word.as_bytes())]
                & length_bit(lower_word.len())
                != 0;
        if !may_be_one {
            return None;
        }
        self.reporting_lemma_listed(lower_word)
    }

    /// The lemma `reporting_verbs` lists for a lower-case form.
    fn reporting_lemma_listed(&self, lower_word: &str) -> Option<&str> {
        self.reporting_verbs.get(lower_word).map(String::as_str)
    }

    /// Whether a reporting verb's lemma reports a clause without "that" ("said Roe would
    /// go", unlike "praised Roe").
    pub fn reports_bare_clause(&self, lemma: &str) -> bool {
        !self.reporting_object_only.contains(lemma)
    }

    /// Whether a reporting verb's lemma reports nothing with only a noun phrase after it
    /// ("added two stops", "maintained a lead").
    pub fn reports_only_a_clause(&self, lemma: &str) -> bool {
        self.reporting_clause_only.contains(lemma)
    }

    /// Whether the gazetteer puts every place named `place` in a country, and none of them in
    /// `country` (a country's name): "Vermont, Mexico" is a list, not a state of Mexico. (A
    /// facility is listed under the country that runs it, which may not be where it lies.)
    pub fn lies_outside(&self, place: &str, country: &str) -> bool {
        let Some(iso2) = self
            .countries
            .iter()
            .find(|c| c.name == country)
            .map(|c| &c.iso2)
        else {
            return false;
        };
        let mut named = false;
        for p in self
            .places
            .iter()
            .filter(|p| p.name == place || p.aliases.iter().any(|a| a == place))
        {
            if p.kind == "facility" || p.country_iso2.as_ref().is_none_or(|c| c == iso2) {
                return false;
            }
            named = true;
        }
        named
    }

    /// Whether a lower-case -ing form opens a further statement of the subject after what it
    /// said ("…, adding that …"; not "…, praising Roe").
    pub fn continues_statement(&self, lower_word: &str) -> bool {
        self.reporting_continuers.contains(lower_word)
    }

    /// The type a descriptor noun gives the name next to it.
    pub fn descriptor_type(&self, word: &str, position: DescriptorPosition) -> Option<EntityType> {
        self.descriptors.get(lower(word).as_ref())?[position as usize]
    }

    /// The entity type a keyword gives a capitalised name when it stands at `position`.
    pub fn keyword_type(&self, word: &str, position: KeywordPosition) -> Option<EntityType> {
        self.keywords.get(lower(word).as_ref())?[position as usize]
    }

    /// Whether `word` (as given) is a past or third-person verb form that is not also a noun:
    /// a verb that opens a clause ("sent", "says"), unlike "plans" or "forces".
    pub fn is_finite_verb(&self, word: &str) -> bool {
        self.verbs
            .get(word)
            .is_some_and(|f| (f.past || f.third) && !f.also_noun)
    }

    /// Whether `word` is only ever a country's demonym ("Argentine", "Russian"), no name.
    pub fn is_demonym(&self, word: &str) -> bool {
        let entries = self.gazetteer.lookup(word);
        !entries.is_empty() && entries.iter().all(|e| e.kind == NameKind::Demonym)
    }

    pub fn is_title(&self, phrase: &str) -> bool {
        self.titles.contains(lower(phrase).as_ref())
    }

    /// A title or its plural ("rebel leaders", "Senators").
    pub fn is_title_or_plural(&self, phrase: &str) -> bool {
        self.is_title(phrase)
            || phrase
                .strip_suffix('s')
                .is_some_and(|singular| self.is_title(singular))
    }

    pub fn is_honorific(&self, word: &str) -> bool {
        self.honorifics
            .contains(lower(word.trim_end_matches('.')).as_ref())
    }

    /// Whether the noun `word` (lower case, singular or plural) needs the phrase opened by
    /// `opener` after it to say what it is ("the right" + "to see the records").
    pub fn takes_complement(&self, word: &str, opener: &str) -> bool {
        let takes = |noun: &str| {
            self.noun_complements
                .get(noun)
                .is_some_and(|openers| openers.iter().any(|o| o == opener))
        };
        takes(word) || word.strip_suffix('s').is_some_and(takes)
    }

    /// Whether the verb `lemma` needs the phrase `opener` opens after its object to say what
    /// was done ("painted Roe" + "as a bully").
    pub fn verb_takes_complement(&self, lemma: &str, opener: &str) -> bool {
        self.verb_complements
            .get(lemma)
            .is_some_and(|openers| openers.iter().any(|o| o == opener))
    }

    /// Whether a word is never an entity on its own; an abbreviation's point is no part of the
    /// word ("Dec.", "Sept." are the listed "Dec" and "Sept").
    pub fn is_non_entity(&self, word: &str) -> bool {
        self.non_entities
            .contains(lower(word.trim_end_matches('.')).as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts that the shipped gazetteer reads each name as its canonical entry.
    fn assert_names_read_as(pairs: &[(&str, &str)]) {
        let o = Ontology::shipped();
        for &(name, canonical) in pairs {
            assert!(
                o.gazetteer
                    .lookup(name)
                    .iter()
                    .any(|e| e.canonical == canonical),
                "{name}: {:?}",
                o.gazetteer.lookup(name)
            );
        }
    }

    #[test]
    fn exonyms_listed_by_geonames_are_aliases_of_their_city() {
        assert_names_read_as(&[("Berne", "Bern"), ("Kiev", "Kyiv")]);
    }

    #[test]
    fn a_name_with_an_apostrophe_matches_it_curly() {
        assert_names_read_as(&[
            ("McDonald’s", "McDonald's"),
            ("Côte d’Ivoire", "Ivory Coast"),
        ]);
    }

    #[test]
    fn every_reporting_verb_form_has_its_lemma() {
        let o = Ontology::shipped();
        for (form, lemma) in &o.reporting_verbs {
            assert_eq!(
                o.reporting_lemma_of_lower(form),
                Some(lemma.as_str()),
                "{form}"
            );
        }
        assert_eq!(o.reporting_lemma_of_lower("the"), None);
    }

    #[test]
    fn the_lexicon_marks_the_forms_that_continue_a_statement() {
        let o = Ontology::shipped();
        assert!(o.continues_statement("adding") && o.continues_statement("claiming"));
        assert!(!o.continues_statement("praising") && !o.continues_statement("added"));
        let err = Ontology::from_sources(
            [(
                "lexicon/reporting_verbs.tsv".to_string(),
                "adding\tadd\tclause\tlater\n".to_string(),
            )],
            false,
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("reporting_verbs.tsv:1: unknown reporting verb use \"later\""),
            "{err}"
        );
    }

    #[test]
    fn shipped_ontology_loads_cleanly() {
        let o = Ontology::shipped();
        assert!(o.countries.len() > 150);
        assert!(o.reporting_lemma("told").is_some());
        assert!(!o.relations.is_empty());
    }

    #[test]
    fn reports_every_problem_with_file_and_line() {
        for parallel in [false, true] {
            let err = Ontology::from_sources(
                [
                    (
                        "relations.tsv".to_string(),
                        "# c\nsend\tsend\t\tagent\ttheme\tany\t\tx\n".to_string(),
                    ),
                    (
                        "lexicon/titles.tsv".to_string(),
                        "President\tboss\n".to_string(),
                    ),
                    // Read before the others, as the gazetteer is made of it, and reported
                    // after them all the same.
                    (
                        "lexicon/places.tsv".to_string(),
                        "Tarsk\tcity\tXX\tmany\n".to_string(),
                    ),
                ],
                parallel,
            )
            .unwrap_err()
            .to_string();
            let relations = err.find("relations.tsv:2: relation \"send\" has no trigger");
            let titles = err.find("lexicon/titles.tsv:1: unknown title kind \"boss\"");
            let places = err.find("lexicon/places.tsv:1: population \"many\" is not a number");
            assert!(
                relations.is_some() && titles > relations && places > titles,
                "{err}"
            );
        }
    }

    #[test]
    fn a_parallel_load_makes_the_same_gazetteer() {
        let files = || FILES.iter().map(|&(n, t)| (n.to_string(), t.to_string()));
        let serial = Ontology::from_sources(files(), false).expect("serial load");
        let parallel = Ontology::from_sources(files(), true).expect("parallel load");
        let text = "Ministers from France met the BBC in Paris, Lagos and New York.";
        let found = |o: &Ontology| {
            o.gazetteer
                .find_all(text)
                .iter()
                .map(|m| (m.start, m.end, m.entries.len()))
                .collect::<Vec<_>>()
        };
        assert!(!found(&serial).is_empty());
        assert_eq!(found(&serial), found(&parallel));
        assert_eq!(serial.countries.len(), parallel.countries.len());
        assert_eq!(serial.verbs.len(), parallel.verbs.len());
    }
}
