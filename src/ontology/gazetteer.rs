//! Known names (countries, demonyms, capitals, places, organizations) matched in one pass with
//! aho-corasick.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rustc_hash::FxHashMap;

use crate::graph::EntityType;

/// How a gazetteer name refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// The entity's name or an alias ("United Kingdom", "UK").
    Name,
    /// A demonym standing for a country ("Russian forces").
    Demonym,
    /// A capital city, which may stand for its country's government ("Moscow said").
    Capital,
}

#[derive(Debug, Clone)]
pub struct GazetteerEntry {
    /// Canonical name of the entity.
    pub canonical: String,
    pub entity_type: EntityType,
    pub kind: NameKind,
    /// For capitals: the country they stand for.
    pub country: Option<String>,
}

#[derive(Debug)]
pub struct Gazetteer {
    matcher: AhoCorasick,
    /// Entries per pattern; a pattern may name several entities (a city and its country).
    entries: Vec<Vec<GazetteerEntry>>,
}

/// A gazetteer hit, as a byte range into the searched text.
#[derive(Debug, Clone)]
pub struct GazetteerMatch<'g> {
    pub start: usize,
    pub end: usize,
    pub entries: &'g [GazetteerEntry],
}

impl Gazetteer {
    /// Builds the matcher. Earlier entries win when two entries give the same name the same
    /// kind, so callers add more authoritative lists first.
    pub(crate) fn new(names: Vec<(String, GazetteerEntry)>) -> Gazetteer {
        let mut patterns: Vec<String> = Vec::new();
        let mut entries: Vec<Vec<GazetteerEntry>> = Vec::new();
        let mut index: FxHashMap<String, usize> = FxHashMap::default();
        for (name, entry) in names {
            let name = name.trim().to_string();
            if name.chars().count() < 2 {
                continue;
            }
            let i = *index.entry(name.clone()).or_insert_with(|| {
                patterns.push(name.clone());
                entries.push(Vec::new());
                patterns.len() - 1
            });
            if !entries[i]
                .iter()
                .any(|e: &GazetteerEntry| e.entity_type == entry.entity_type)
            {
                entries[i].push(entry);
            }
        }
        // Building the automaton is about half of start-up. Dense transition tables only for
        // the start state (the default is three levels deep) cut its build time by about a third
        // and search as fast: below the first letter, names share few prefixes. The kind is the
        // one the builder picks for this many patterns anyway, named so it stays so.
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .dense_depth(1)
            .build(&patterns)
            .expect("gazetteer patterns are plain strings");
        Gazetteer { matcher, entries }
    }

    /// All whole-word matches in `text`, leftmost-longest, case-sensitive (proper names are
    /// capitalised; "us" is not "US").
    pub fn find_all<'g>(&'g self, text: &str) -> Vec<GazetteerMatch<'g>> {
        let mut out = Vec::new();
        for m in self.matcher.find_iter(text) {
            if !is_word_boundary(text, m.start(), m.end()) {
                continue;
            }
            out.push(GazetteerMatch {
                start: m.start(),
                end: m.end(),
                entries: &self.entries[m.pattern().as_usize()],
            });
        }
        out
    }

    /// Entries for an exact name.
    pub fn lookup(&self, name: &str) -> &[GazetteerEntry] {
        match self.matcher.find(name) {
            Some(m) if m.start() == 0 && m.end() == name.len() => {
                &self.entries[m.pattern().as_usize()]
            }
            _ => &[],
        }
    }
}

fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, t: EntityType) -> (String, GazetteerEntry) {
        (
            name.to_string(),
            GazetteerEntry {
                canonical: name.to_string(),
                entity_type: t,
                kind: NameKind::Name,
                country: None,
            },
        )
    }

    #[test]
    fn matches_whole_words_longest_first() {
        let g = Gazetteer::new(vec![
            entry("Africa", EntityType::Country),
            entry("South Africa", EntityType::Country),
            entry("Acme", EntityType::Organization),
        ]);
        let text = "South Africa and Acmeville met Acme.";
        let found: Vec<&str> = g
            .find_all(text)
            .iter()
            .map(|m| &text[m.start..m.end])
            .collect();
        assert_eq!(found, ["South Africa", "Acme"]);
    }
}
