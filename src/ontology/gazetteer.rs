//! Known names (countries, demonyms, capitals, places, organizations) matched with an
//! aho-corasick automata.

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};
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
    /// The names whose first byte is even, and those whose first byte is odd, in automata of
    /// their own: a search from one position needs only the automaton its first byte picks,
    /// and the two can be built side by side at start-up.
    parts: [Part; 2],
    /// Whether a pair of bytes opens a name (index: first byte × 256 + second): a match can
    /// only start at one of them. Every name has two bytes at least.
    starts: Box<[bool; 1 << 16]>,
    /// Entries per pattern; a pattern may name several entities (a city and its country).
    entries: Vec<Vec<GazetteerEntry>>,
}

/// The automaton of some of the names, and the pattern (index into `entries`) of each.
#[derive(Debug)]
struct Part {
    matcher: NFA,
    patterns: Vec<usize>,
}

impl Part {
    /// Building the two automata is about half of start-up. Dense transition tables only for the
    /// start states (the default is three levels deep) cut its build time by about a third and
    /// search as fast: below the first letter, names share few prefixes. Every search is
    /// anchored (see `longest_at`), so no prefilter is made.
    fn new(all: &[String], patterns: Vec<usize>) -> Part {
        let matcher = NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .dense_depth(1)
            .prefilter(false)
            .build(patterns.iter().map(|&p| &all[p]))
            .expect("gazetteer patterns are plain strings");
        Part { matcher, patterns }
    }
}

/// A gazetteer hit, as a byte range into the searched text.
#[derive(Debug, Clone)]
pub struct GazetteerMatch<'g> {
    pub start: usize,
    pub end: usize,
    pub entries: &'g [GazetteerEntry],
}

impl Gazetteer {
    /// Builds the matcher, with `parallel` its two automata side by side. Earlier entries win
    /// when two entries give the same name the same kind, so callers add more authoritative
    /// lists first.
    pub(crate) fn new(names: Vec<(String, GazetteerEntry)>, parallel: bool) -> Gazetteer {
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
        let part = |odd: u8| -> Vec<usize> {
            (0..patterns.len())
                .filter(|&p| patterns[p].as_bytes()[0] & 1 == odd)
                .collect()
        };
        let parts = if parallel {
            let (odd, even) = crate::threads::side_by_side(
                || Part::new(&patterns, part(1)),
                || Part::new(&patterns, part(0)),
            );
            [even, odd]
        } else {
            [Part::new(&patterns, part(0)), Part::new(&patterns, part(1))]
        };
        let mut starts = Box::new([false; 1 << 16]);
        for p in &patterns {
            starts[pair_index(p.as_bytes()[0], p.as_bytes()[1])] = true;
        }
        Gazetteer {
            parts,
            starts,
            entries,
        }
    }

    /// All whole-word matches in `text`, leftmost-longest, case-sensitive (proper names are
    /// capitalised; "us" is not "US").
    ///
    /// The matches are those of an unanchored leftmost-longest search: the longest name at the
    /// first position where one starts, then the same from its end on. Such a search steps the
    /// automaton through every byte of the text, though a name can only start at a byte that
    /// opens one (a capital, mostly), and only where the next byte is one that follows it in a
    /// name; so the longest name is looked for only there.
    pub fn find_all<'g>(&'g self, text: &str) -> Vec<GazetteerMatch<'g>> {
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(skip) = bytes.get(at..).and_then(|rest| {
            rest.windows(2)
                .position(|w| self.starts[pair_index(w[0], w[1])])
        }) {
            let start = at + skip;
            let Some((end, pattern)) = self.longest_at(bytes, start) else {
                at = start + 1;
                continue;
            };
            at = end;
            if is_word_boundary(text, start, end) {
                out.push(GazetteerMatch {
                    start,
                    end,
                    entries: &self.entries[pattern],
                });
            }
        }
        out
    }

    /// Entries for an exact name.
    pub fn lookup(&self, name: &str) -> &[GazetteerEntry] {
        match self.longest_at(name.as_bytes(), 0) {
            Some((end, pattern)) if end == name.len() => &self.entries[pattern],
            _ => &[],
        }
    }

    /// The end and the pattern of the longest name that starts at `start`, as the automaton's
    /// own anchored search finds it, without its per-search set-up: it runs at every byte
    /// that may open a name.
    fn longest_at(&self, bytes: &[u8], start: usize) -> Option<(usize, usize)> {
        // Every name that may start here has this first byte, so all are in its part.
        let part = &self.parts[usize::from(bytes.get(start)? & 1)];
        let nfa = &part.matcher;
        let mut sid = nfa
            .start_state(Anchored::Yes)
            .expect("an NFA supports anchored searches");
        let mut found = None;
        for (at, &b) in bytes.iter().enumerate().skip(start) {
            sid = nfa.next_state(Anchored::Yes, sid, b);
            if nfa.is_special(sid) {
                if nfa.is_dead(sid) {
                    break;
                }
                if nfa.is_match(sid) {
                    // A match state also holds the names that end here but start later
                    // (reached by failure links when searching unanchored): those are not
                    // this position's.
                    let pattern = nfa.match_pattern(sid, 0);
                    if at + 1 - nfa.pattern_len(pattern) == start {
                        found = Some((at + 1, part.patterns[pattern.as_usize()]));
                    }
                }
            }
        }
        found
    }
}

fn pair_index(first: u8, second: u8) -> usize {
    usize::from(first) << 8 | usize::from(second)
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
        for parallel in [false, true] {
            let g = Gazetteer::new(
                vec![
                    entry("Africa", EntityType::Country),
                    entry("South Africa", EntityType::Country),
                    entry("Acme", EntityType::Organization),
                    // 'S' and 'T' open names in different parts.
                    entry("Togo", EntityType::Country),
                ],
                parallel,
            );
            let text = "South Africa and Acmeville met Acme in Togo.";
            let found: Vec<&str> = g
                .find_all(text)
                .iter()
                .map(|m| &text[m.start..m.end])
                .collect();
            assert_eq!(found, ["South Africa", "Acme", "Togo"]);
            assert_eq!(g.lookup("Togo").len(), 1);
            assert!(g.lookup("").is_empty());
        }
    }
}
