//! Statements: the reports of one thing said by one speaker, across documents and outlets.
//!
//! Outlets quote the same remark in different translations and punctuation ("X is a serious
//! matter; if there is X, it means something" / "X is serious, and if X exists, it must mean
//! something"). Two quotes report one statement when they have the same speaker entity, come
//! from different documents, and share at least [`MIN_SHARED`] content words (lower-cased,
//! lightly stemmed, function words dropped), which make at least [`MIN_OVERLAP`] of the
//! shorter quote's content words. Quotes with the same words (case and punctuation aside)
//! always share a statement, also within one document and without a speaker.
//!
//! Grouping is transitive: a long report that contains two shorter ones joins them.
//!
//! The statement id is a content hash of the speaker and the words of the group's first report
//! (by document and offset), so it is stable for the same input.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use super::merge::content_id;
use crate::graph::QuoteNode;

/// Fewest content words two reports of one statement share.
const MIN_SHARED: usize = 3;
/// Smallest share of the shorter report's content words found in the other.
const MIN_OVERLAP: f64 = 0.6;

/// English function words and speech fillers, which say nothing about what a quote is about.
/// Sorted, for reading; looked up through [`FUNCTION_WORD_SET`].
const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have",
    "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just",
    "me", "more", "my", "no", "not", "of", "on", "or", "our", "she", "so", "some", "such", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "up",
    "us", "very", "was", "we", "were", "what", "when", "where", "which", "who", "will", "with",
    "would", "you", "your",
];

/// [`FUNCTION_WORDS`] hashed: every word of every quote is looked up, and a binary search's
/// string comparisons cost several times one hash.
static FUNCTION_WORD_SET: LazyLock<FxHashSet<&str>> =
    LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());

/// The words of each quote that [`statement_ids`] compares. They depend on the text alone, so
/// they can be made while the quotes' speakers, corpus entities, are still being resolved.
pub(crate) struct QuoteWords {
    /// Each quote's words, lower-cased, joined by single spaces.
    plain: Vec<String>,
    /// Each quote's content words.
    content: Vec<BTreeSet<String>>,
}

impl QuoteWords {
    /// The words of each text, made in parallel.
    pub(crate) fn of(texts: &[&str]) -> QuoteWords {
        let (plain, content) = texts
            .par_iter()
            .map(|text| (plain_words(text), content_words(text)))
            .unzip();
        QuoteWords { plain, content }
    }
}

/// One statement id per quote, in the order given; `words` are those of the quotes' texts, in
/// the same order.
pub(crate) fn statement_ids(
    quotes: &[(QuoteNode, Option<String>)],
    words: &QuoteWords,
) -> Vec<String> {
    let n = quotes.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let union = |a: usize, b: usize, parent: &mut Vec<usize>| {
        let (ra, rb) = (root(parent, a), root(parent, b));
        parent[ra.max(rb)] = ra.min(rb);
    };

    let QuoteWords {
        plain: words,
        content,
    } = words;
    let mut same_text: FxHashMap<(Option<&str>, &str), usize> = FxHashMap::default();
    for (i, (_, speaker)) in quotes.iter().enumerate() {
        match same_text.get(&(speaker.as_deref(), words[i].as_str())) {
            Some(&j) => union(j, i, &mut parent),
            None => {
                same_text.insert((speaker.as_deref(), words[i].as_str()), i);
            }
        }
    }

    let mut by_speaker: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, (_, speaker)) in quotes.iter().enumerate() {
        if let Some(s) = speaker {
            by_speaker.entry(s).or_default().push(i);
        }
    }
    // Each speaker's pairs are found apart, in parallel; the groups the unions make do not
    // depend on their order.
    let groups: Vec<&Vec<usize>> = by_speaker.values().collect();
    let same: Vec<(usize, usize)> = groups
        .par_iter()
        .flat_map_iter(|group| {
            candidate_pairs(group, content)
                .into_iter()
                .filter(|&(a, b)| {
                    quotes[a].0.doc != quotes[b].0.doc && same_statement(&content[a], &content[b])
                })
        })
        .collect();
    for (a, b) in same {
        union(a, b, &mut parent);
    }

    // The id of a group: its first report by document and offset.
    let mut first: FxHashMap<usize, usize> = FxHashMap::default();
    for i in 0..n {
        let r = root(&mut parent, i);
        let slot = first.entry(r).or_insert(i);
        let key = |j: usize| (&quotes[j].0.doc, quotes[j].0.start, quotes[j].0.end);
        if key(i) < key(*slot) {
            *slot = i;
        }
    }
    (0..n)
        .map(|i| {
            let f = first[&root(&mut parent, i)];
            content_id(&[quotes[f].1.as_deref().unwrap_or(""), &words[f]])
        })
        .collect()
}

/// The pairs of one speaker's quotes (indices into `content`) that may be one statement: a
/// superset of the pairs [`same_statement`] accepts, without comparing every pair (a speaker
/// quoted in thousands of articles would make that quadratic).
///
/// Prefix filtering: with the words ranked rarest first, two quotes sharing at least `t`
/// words share one among the first `n - t + 1` words of each, where `n` is its word count. So
/// each quote looks up the quotes containing one of its first words, `t` taken for it as the
/// shorter of the two, and only at least as long quotes are paired with it.
fn candidate_pairs(group: &[usize], content: &[BTreeSet<String>]) -> Vec<(usize, usize)> {
    let mut frequency: FxHashMap<&str, usize> = FxHashMap::default();
    for &q in group {
        for w in &content[q] {
            *frequency.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut ranked: Vec<(&str, usize)> = frequency.into_iter().collect();
    ranked.sort_unstable_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(b.0)));
    let rank: FxHashMap<&str, usize> = ranked
        .iter()
        .enumerate()
        .map(|(r, (w, _))| (*w, r))
        .collect();
    let words: Vec<Vec<usize>> = group
        .iter()
        .map(|&q| {
            let mut ranks: Vec<usize> = content[q].iter().map(|w| rank[w.as_str()]).collect();
            ranks.sort_unstable();
            ranks
        })
        .collect();
    let mut containing: Vec<Vec<usize>> = vec![Vec::new(); ranked.len()];
    for (k, ranks) in words.iter().enumerate() {
        for &r in ranks {
            containing[r].push(k);
        }
    }
    let mut pairs = Vec::new();
    let mut seen: Vec<usize> = vec![usize::MAX; group.len()];
    for (k, ranks) in words.iter().enumerate() {
        let n = ranks.len();
        let needed = min_shared(n);
        if n < needed {
            continue;
        }
        for &r in &ranks[..=n - needed] {
            for &o in &containing[r] {
                let longer = (words[o].len(), o) > (n, k);
                if longer && seen[o] != k {
                    seen[o] = k;
                    pairs.push((group[k], group[o]));
                }
            }
        }
    }
    pairs
}

/// The fewest shared words [`same_statement`] accepts when the shorter quote has `n` words.
fn min_shared(n: usize) -> usize {
    let mut t = MIN_SHARED;
    while (t as f64) < MIN_OVERLAP * n as f64 {
        t += 1;
    }
    t
}

/// Whether two reports' content words overlap enough to be one statement.
pub(crate) fn same_statement(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    let shared = a.intersection(b).count();
    let shorter = a.len().min(b.len());
    shared >= MIN_SHARED && shared as f64 >= MIN_OVERLAP * shorter as f64
}

/// The words, lower-cased, joined by single spaces.
fn plain_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        push_lowercase(&mut out, w);
    }
    out
}

/// Appends `word` in lower case: bytewise when ASCII (nearly always), which is what the
/// Unicode case tables give for it, several times faster.
fn push_lowercase(out: &mut String, word: &str) {
    if word.is_ascii() {
        // Copied in one piece and lowered in place: pushed a char at a time, each byte was
        // checked for room and encoded anew.
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// Content words, lightly stemmed: "Maps are delicate matters" → {map, delicate, matter}.
pub(crate) fn content_words(text: &str) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    // One buffer for every word's lower-cased form, rather than a string per word.
    let mut lowered = String::new();
    for w in text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        lowered.clear();
        push_lowercase(&mut lowered, w.trim_matches(|c| c == '\'' || c == '’'));
        let w = lowered
            .strip_suffix("'s")
            .or_else(|| lowered.strip_suffix("’s"))
            .unwrap_or(&lowered);
        if w.chars().count() > 1
            && !FUNCTION_WORD_SET.contains(w)
            && !w.contains('\'')
            && !w.contains('’')
        {
            words.insert(stem(w));
        }
    }
    words
}

/// A light suffix stripper: plurals, -ed, -ing, -ly.
fn stem(w: &str) -> String {
    for suffix in ["ing", "ed", "ly", "es", "s"] {
        if let Some(s) = w.strip_suffix(suffix)
            && s.chars().count() >= 3
            && !(suffix == "s" && s.ends_with('s'))
        {
            return s.to_string();
        }
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_sorted_for_binary_search() {
        assert!(FUNCTION_WORDS.is_sorted());
    }

    #[test]
    fn words_are_lower_cased_like_to_lowercase() {
        assert_eq!(plain_words("The ÉLYSÉE said: “No!”"), "the élysée said no");
        assert_eq!(
            content_words("Maps’ MATTERS, Zoë's maps"),
            ["map", "matter", "zoë"].map(String::from).into()
        );
    }

    fn ids_of(quotes: &[(QuoteNode, Option<String>)]) -> Vec<String> {
        let texts: Vec<&str> = quotes.iter().map(|(q, _)| q.text.as_str()).collect();
        statement_ids(quotes, &QuoteWords::of(&texts))
    }

    fn quote(
        doc: &str,
        start: usize,
        text: &str,
        speaker: Option<&str>,
    ) -> (QuoteNode, Option<String>) {
        (
            QuoteNode {
                id: format!("{doc}:{start}"),
                doc: doc.to_string(),
                start,
                end: start + text.chars().count(),
                text: text.to_string(),
                rule: "test".to_string(),
                statement: String::new(),
            },
            speaker.map(str::to_string),
        )
    }

    #[test]
    fn translations_of_one_remark_are_one_statement() {
        let quotes = vec![
            quote(
                "a.txt",
                10,
                "Maps are a delicate matter; if there are maps, they show something.",
                Some("person/ana-roe"),
            ),
            quote(
                "b.txt",
                40,
                "Maps are a delicate matter. If there are maps, then they show something",
                Some("person/ana-roe"),
            ),
            quote(
                "c.txt",
                5,
                "The satellite maps are delicate, and if the maps exist, they must show something.",
                Some("person/ana-roe"),
            ),
            quote(
                "c.txt",
                90,
                "We will build the bridge next spring.",
                Some("person/ana-roe"),
            ),
        ];
        let ids = ids_of(&quotes);
        assert_eq!(ids[0], ids[1]);
        assert_eq!(ids[0], ids[2]);
        assert_ne!(ids[0], ids[3]);
    }

    #[test]
    fn other_speakers_and_short_overlaps_stay_apart() {
        let quotes = vec![
            quote(
                "a.txt",
                0,
                "Maps are a delicate matter; they show something.",
                Some("person/ana-roe"),
            ),
            quote(
                "b.txt",
                0,
                "Maps are a delicate matter; they show something.",
                Some("person/ben-ode"),
            ),
            quote("b.txt", 80, "The maps are wrong.", Some("person/ana-roe")),
        ];
        let ids = ids_of(&quotes);
        assert_ne!(ids[0], ids[1]);
        assert_ne!(ids[0], ids[2]);
    }

    /// The pairs that [`candidate_pairs`] proposes include every pair of quotes that are one
    /// statement, on quotes made of a few shared words in many combinations.
    #[test]
    fn candidates_include_every_matching_pair() {
        const WORDS: [&str; 9] = [
            "bridge", "river", "storm", "budget", "harbor", "tunnel", "school", "rail", "tax",
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let content: Vec<BTreeSet<String>> = (0..120)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                WORDS
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| state >> (i * 3) & 3 != 0)
                    .map(|(_, w)| w.to_string())
                    .collect()
            })
            .collect();
        let group: Vec<usize> = (0..content.len()).collect();
        let found: BTreeSet<(usize, usize)> = candidate_pairs(&group, &content)
            .into_iter()
            .map(|(a, b)| (a.min(b), a.max(b)))
            .collect();
        let mut matching = 0;
        for a in 0..content.len() {
            for b in a + 1..content.len() {
                if same_statement(&content[a], &content[b]) {
                    matching += 1;
                    assert!(
                        found.contains(&(a, b)),
                        "{:?} / {:?}",
                        content[a],
                        content[b]
                    );
                }
            }
        }
        assert!(matching > 100, "{matching}");
    }

    #[test]
    fn ids_do_not_depend_on_input_order() {
        let a = quote(
            "a.txt",
            0,
            "Maps are a delicate matter; they show something true.",
            Some("person/ana-roe"),
        );
        let b = quote(
            "b.txt",
            0,
            "The maps are delicate matters, showing something true.",
            Some("person/ana-roe"),
        );
        let forward = ids_of(&[a.clone(), b.clone()]);
        let backward = ids_of(&[b, a]);
        assert_eq!(forward[0], backward[1]);
        assert_eq!(forward[0], forward[1]);
    }
}
