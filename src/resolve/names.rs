//! Name keys for cross-document resolution: how two spellings of one name are recognised as
//! the same name, without ever matching on a shared part alone.
//!
//! ## Normalisation (documented, general, no names from any article)
//! - [`normalize_name`] first: lower case, hyphens to spaces, dots and a possessive dropped.
//! - Diacritics folded to ASCII (`Zoë` → `zoe`, `Šefčovič` → `sefcovic`).
//! - Person names only, per word, romanisation variants folded: a doubled `y` or `i` is single
//!   (`-skyy` → `-sky`, `-ii` → `-i`), and a word-final `-iy`, `-yi` or `-y` after a consonant
//!   is `-i` (so `Serhiy`, `Serhii` and `Serhi` give one key; `Dmitriy` and `Dmitri` too).
//! - Person names drop single-letter initials and generational suffixes (`Jr`, `III`) from
//!   the matching words, but keep initials to tell two people apart (`George H W` vs `George W`),
//!   and the suffix for the resolver to do so where an article names both a father and his son
//!   (`Tom Roe` and `Tom Roe Jr`).
//! - A trailing time phrase left on a name by extraction ("… on Monday") is not part of it.
//!
//! ## Matching words
//! Two words of person names match when their folded forms are equal, or, for words of at
//! least four letters, when their consonant skeletons are equal and two edits at most turn
//! one into the other (`Khalid` ~ `Khaled`; not `Pelley` ~ `Paul`), and another word (the
//! family name) matches exactly.
//!
//! ## Descriptions
//! Outlets describe one body or agreement in different words ("the spy agency", "the
//! intelligence service"; "the partnership pact", "the partnership treaty").
//! [`description_key`] compares them through `ontology/description_words.tsv`: synonyms to one
//! canonical word, "ministry of X" as "X ministry".

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::naming::normalize_name;

/// Generational suffixes, ignored when matching person names.
pub(crate) const SUFFIXES: [&str; 5] = ["jr", "sr", "ii", "iii", "iv"];

/// Name particles that may be written or left out (`al-Hilu` / `Hilu`).
const PARTICLES: [&str; 3] = ["al", "el", "bin"];

/// Whether a person's name ends in a double-barrelled family name, two names joined by a
/// hyphen ("Tom Hale-Roe"; not "Sami al-Oskol", whose "al" is a particle).
pub(crate) fn double_barrelled(name: &str) -> bool {
    name.split_whitespace().next_back().is_some_and(|last| {
        last.split(['-', '\u{2010}', '\u{2011}'])
            .filter(|part| {
                !part.is_empty() && !PARTICLES.contains(&crate::text::lower(part).as_ref())
            })
            .nth(1)
            .is_some()
    })
}

/// Designators that make a region's or a site's name out of a bare place name ("Tarsk" →
/// "Tarsk region", "Tarsk camp").
pub(crate) const REGION_WORDS: [&str; 9] = [
    "camp",
    "region",
    "oblast",
    "province",
    "state",
    "governorate",
    "prefecture",
    "district",
    "krai",
];

/// The name without a trailing time phrase: "Jane Roe on Monday" → "Jane Roe".
pub(crate) fn strip_time_suffix(label: &str) -> &str {
    // Only a weekday ends a time phrase, and most names end in none, nor have three words:
    // both are answered without listing the words, the last word first.
    let Some(last) = label.split_whitespace().next_back() else {
        return label;
    };
    let weekday = if last.is_ascii() {
        crate::text::WEEKDAYS
            .iter()
            .any(|day| last.eq_ignore_ascii_case(day))
    } else {
        crate::text::WEEKDAYS.contains(&last.to_lowercase().as_str())
    };
    if !weekday || label.split_whitespace().nth(2).is_none() {
        return label;
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    let mut keep = words.len() - 1;
    if words[keep - 1].eq_ignore_ascii_case("on") {
        keep -= 1;
    }
    // Cut the original string after the last kept word, so inner spacing is preserved.
    let last = words[keep - 1];
    let end = label
        .match_indices(last)
        .map(|(i, _)| i + last.len())
        .take(keep)
        .last()
        .unwrap_or(label.len());
    label[..end].trim_end()
}

/// `normalize_name` with diacritics folded to ASCII.
pub(crate) fn name_key(label: &str) -> String {
    let name = normalize_name(strip_time_suffix(label));
    // Nearly every name is ASCII, which has no diacritics to fold.
    if name.is_ascii() {
        name
    } else {
        fold_diacritics(&name)
    }
}

/// A person's name split for matching.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct PersonName {
    /// Folded words, without initials, suffixes and particles, in order.
    pub words: Vec<String>,
    /// Single-letter initials, in order.
    pub initials: Vec<char>,
    /// The generational suffix ("jr", "iii"), if the name has one.
    pub suffix: Option<&'static str>,
}

impl PersonName {
    pub(crate) fn parse(label: &str) -> PersonName {
        let mut words = Vec::new();
        let mut initials = Vec::new();
        let mut suffix = None;
        // Letters after the last word are no middle initials ("Donald Trump I think").
        let mut trailing = Vec::new();
        // "H.W." is two initials written together.
        for w in name_key(&label.replace('.', ". ")).split_whitespace() {
            if let Some(s) = SUFFIXES.iter().find(|s| **s == w) {
                suffix = Some(*s);
                continue;
            }
            if PARTICLES.contains(&w) {
                continue;
            }
            if w.chars().count() == 1 {
                trailing.extend(w.chars());
                continue;
            }
            initials.append(&mut trailing);
            words.push(fold_romanisation(w));
        }
        PersonName {
            words,
            initials,
            suffix,
        }
    }

    /// The family name as matched: the last word.
    pub(crate) fn surname(&self) -> Option<&str> {
        self.words.last().map(String::as_str)
    }

    /// The exact-match key: words joined.
    pub(crate) fn key(&self) -> String {
        self.words.join(" ")
    }

    /// Whether every word of the shorter name (two words or more) matches a distinct word of the
    /// longer one, at least one of them exactly and four letters or longer, and initials
    /// written on both sides agree.
    pub(crate) fn compatible(&self, other: &PersonName) -> bool {
        let (short, long) = if self.words.len() <= other.words.len() {
            (self, other)
        } else {
            (other, self)
        };
        if short.words.len() < 2 {
            return false;
        }
        if !self.initials.is_empty()
            && !other.initials.is_empty()
            && self.initials != other.initials
        {
            return false;
        }
        let mut used = vec![false; long.words.len()];
        let mut exact = false;
        for w in &short.words {
            let found = long
                .words
                .iter()
                .enumerate()
                .find(|(i, l)| !used[*i] && *l == w);
            let found = found.or_else(|| {
                long.words
                    .iter()
                    .enumerate()
                    .find(|(i, l)| !used[*i] && skeletons_match(w, l))
            });
            match found {
                Some((i, l)) => {
                    used[i] = true;
                    exact |= l == w && w.len() >= 4;
                }
                None => return false,
            }
        }
        exact
    }
}

/// Whether a surface form is written as an acronym: two to six capitals, optionally dotted.
pub(crate) fn as_acronym(name: &str) -> Option<String> {
    let letters: String = name.chars().filter(|c| *c != '.').collect();
    let n = letters.chars().count();
    ((2..=6).contains(&n) && letters.chars().all(|c| c.is_ascii_uppercase())).then_some(letters)
}

/// The key of a place name, from its [`name_key`], with compass adjectives written as the
/// compass point: "Southern Tarsk" and "South Tarsk" are one region.
pub(crate) fn place_key(key: &str) -> String {
    key.split(' ')
        .map(|w| match w {
            "northern" => "north",
            "southern" => "south",
            "eastern" => "east",
            "western" => "west",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "tarsk region" → "tarsk": the bare name of a region named with a designator word, from its
/// [`name_key`].
pub(crate) fn region_base(key: &str) -> Option<String> {
    let (base, last) = key.rsplit_once(' ')?;
    REGION_WORDS.contains(&last).then(|| base.to_string())
}

/// Path of the description words, as named in loading errors.
const DESCRIPTION_WORDS_PATH: &str = "ontology/description_words.tsv";

/// The words of `ontology/description_words.tsv`.
#[derive(Debug, Default)]
pub(crate) struct DescriptionWords {
    /// Phrase (words) → canonical word, longest phrase first.
    same: Vec<(Vec<String>, String)>,
    /// Heads written before "of" ("ministry of defense").
    inverted: FxHashSet<String>,
    /// Last words of generic national bodies' names.
    body_heads: FxHashSet<String>,
    /// Words a company's name may add or leave out ("Acme Air" / "Acme").
    brand_suffixes: FxHashSet<String>,
}

impl DescriptionWords {
    /// Parses the file; every bad row is reported as `file:line: problem`.
    pub(crate) fn parse(path: &str, text: &str) -> Result<DescriptionWords, Vec<String>> {
        let mut out = DescriptionWords::default();
        let mut errors = Vec::new();
        let mut seen: FxHashSet<(String, String)> = FxHashSet::default();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let at = format!("{path}:{}", n + 1);
            let cols: Vec<&str> = line.split('\t').collect();
            let word = cols.get(1).copied().unwrap_or("").trim();
            if word.is_empty() || word != word.to_lowercase() {
                errors.push(format!(
                    "{at}: the word must be non-empty lower case, got {word:?}"
                ));
                continue;
            }
            if !seen.insert((cols[0].to_string(), word.to_string())) {
                errors.push(format!("{at}: duplicate entry {} {word:?}", cols[0]));
                continue;
            }
            match (cols[0], cols.len()) {
                ("same", 3) if !cols[2].trim().is_empty() => out.same.push((
                    word.split_whitespace().map(str::to_string).collect(),
                    cols[2].trim().to_string(),
                )),
                ("same", _) => errors.push(format!(
                    "{at}: a same row has three columns: same, word, canonical word"
                )),
                ("inverted", 2) => {
                    out.inverted.insert(word.to_string());
                }
                ("body-head", 2) => {
                    out.body_heads.insert(word.to_string());
                }
                ("brand-suffix", 2) => {
                    out.brand_suffixes.insert(word.to_string());
                }
                ("inverted" | "body-head" | "brand-suffix", _) => {
                    errors.push(format!("{at}: a {} row has two columns", cols[0]))
                }
                (kind, _) => errors.push(format!(
                    "{at}: unknown kind {kind:?} (expected same, inverted, body-head or brand-suffix)"
                )),
            }
        }
        out.same
            .sort_by_key(|(phrase, _)| std::cmp::Reverse(phrase.len()));
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }

    /// The shipped file, compiled in (its test checks it loads cleanly).
    pub(crate) fn shipped() -> &'static DescriptionWords {
        static WORDS: OnceLock<DescriptionWords> = OnceLock::new();
        WORDS.get_or_init(|| {
            DescriptionWords::parse(
                DESCRIPTION_WORDS_PATH,
                include_str!("../../ontology/description_words.tsv"),
            )
            .unwrap_or_else(|errors| panic!("{}", errors.join("\n")))
        })
    }

    /// Whether `word` ends the name of a generic national body ("ministry", "party").
    pub(crate) fn is_body_head(&self, word: &str) -> bool {
        self.body_heads.contains(word)
    }

    /// "acme air" → "acme": a company's name without a trailing brand suffix, from its
    /// [`name_key`].
    pub(crate) fn without_brand_suffix(&self, key: &str) -> Option<String> {
        let (base, last) = key.rsplit_once(' ')?;
        self.brand_suffixes.contains(last).then(|| base.to_string())
    }
}

/// A description's words compared across outlets: [`name_key`] words, "X of Y" with an
/// inverted head as "Y X", and synonyms as their canonical word ("Spy Agency" → `intelligence
/// agency`; "ministry of defence" → `defense ministry`).
pub(crate) fn description_key(description: &str) -> Vec<String> {
    let words = DescriptionWords::shipped();
    let mut key: Vec<String> = name_key(description)
        .split_whitespace()
        .map(|w| w.trim_matches('\'').to_string())
        .filter(|w| !w.is_empty())
        .collect();
    if key.len() >= 3 && key[1] == "of" && words.inverted.contains(&key[0]) {
        let head = key.remove(0);
        key.remove(0);
        key.push(head);
    }
    let mut out = Vec::with_capacity(key.len());
    let mut i = 0;
    'word: while i < key.len() {
        for (phrase, canonical) in &words.same {
            if key[i..].starts_with(phrase) {
                out.push(canonical.clone());
                i += phrase.len();
                continue 'word;
            }
        }
        out.push(key[i].clone());
        i += 1;
    }
    out
}

/// Romanisation variants folded (see the module doc).
fn fold_romanisation(word: &str) -> String {
    let mut out: Vec<char> = Vec::with_capacity(word.len());
    for c in word.chars() {
        if (c == 'y' || c == 'i') && out.last() == Some(&c) {
            continue;
        }
        out.push(c);
    }
    let n = out.len();
    if n >= 4 {
        let last2: String = out[n - 2..].iter().collect();
        if last2 == "iy" || last2 == "yi" {
            out.truncate(n - 1);
            out[n - 2] = 'i';
        } else if out[n - 1] == 'y' && !is_vowel(out[n - 2]) {
            out[n - 1] = 'i';
        }
    }
    out.into_iter().collect()
}

/// Whether two words of four letters or more are one name spelt two ways: their consonant
/// skeletons are equal and two edits at most turn one into the other ("Khalid" ~ "Khaled",
/// "Cory" ~ "Corey", "Eliot" ~ "Elliott"; not "Pelley" ~ "Paul", both "pl").
fn skeletons_match(a: &str, b: &str) -> bool {
    a.len() >= 4 && b.len() >= 4 && skeleton(a) == skeleton(b) && strsim::levenshtein(a, b) <= 2
}

/// First letter plus the consonants after it, with repeats collapsed: "khaled" → "khld".
pub(crate) fn skeleton(word: &str) -> String {
    let mut out = String::new();
    for (i, c) in word.chars().enumerate() {
        if i > 0 && (is_vowel(c) || c == 'y') {
            continue;
        }
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Latin letters with diacritics to their base letter; other characters unchanged.
fn fold_diacritics(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'ĉ' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
            'ğ' | 'ģ' => 'g',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
            'ł' | 'ľ' | 'ĺ' => 'l',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ř' => 'r',
            'ś' | 'š' | 'ş' | 'ș' => 's',
            'ť' | 'ţ' | 'ț' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> PersonName {
        PersonName::parse(s)
    }

    #[test]
    fn a_hyphen_joins_two_family_names_but_not_a_particle_to_one() {
        assert!(super::double_barrelled("Tom Hale-Roe"));
        assert!(!super::double_barrelled("Sami al-Oskol"));
        assert!(!super::double_barrelled("Kim Jong Roe"));
    }

    #[test]
    fn romanisation_variants_share_a_key() {
        assert_eq!(
            p("Oleksiy Zabolotskyy").key(),
            p("Oleksii Zabolotsky").key()
        );
        assert_eq!(p("Dmitriy Orlovsky").key(), p("Dmitri Orlovskiy").key());
        assert_eq!(p("Zoë Brontë").key(), p("Zoe Bronte").key());
    }

    #[test]
    fn time_suffix_is_not_part_of_a_name() {
        assert_eq!(strip_time_suffix("Jane Roe on Monday"), "Jane Roe");
        assert_eq!(strip_time_suffix("Jane Roe Friday"), "Jane Roe");
        assert_eq!(strip_time_suffix("Monday"), "Monday");
        assert_eq!(name_key("Jane Roe on Sunday"), "jane roe");
    }

    #[test]
    fn middle_names_initials_and_suffixes() {
        assert!(p("Marcus Bell").compatible(&p("Marcus T. Bell Jr.")));
        assert_eq!(p("Marcus Bell Jr.").suffix, Some("jr"));
        assert!(p("Halid al-Tamimi").compatible(&p("Tamimi Haled Omar")));
        assert!(!p("Anna K. Bell").compatible(&p("Anna J. Bell")));
    }

    #[test]
    fn a_shared_part_is_not_a_match() {
        // Same family name, different given names; same given name, different family names.
        assert!(!p("Min Jae Park").compatible(&p("Oleh Park")));
        assert!(!p("Min Jae Park").compatible(&p("Min Jae Ho")));
        assert!(!p("Tom Bell").compatible(&p("Tim Bell")));
        // Two family names whose consonants are alike are still two ("p-l").
        assert!(!p("Jane Pelley").compatible(&p("Jane Paul")));
        // One word alone never matches through `compatible`.
        assert!(!p("Bell").compatible(&p("Tom Bell")));
    }

    #[test]
    fn acronyms() {
        assert_eq!(as_acronym("U.C.W.").as_deref(), Some("UCW"));
        assert_eq!(as_acronym("Ucw"), None);
    }

    #[test]
    fn descriptions_in_other_words() {
        assert_eq!(description_key("spy agency"), ["intelligence", "agency"]);
        assert_eq!(
            description_key("Ministry of Defence"),
            ["defense", "ministry"]
        );
        assert_eq!(
            description_key("“strategic partnership” pact"),
            ["strategic", "partnership", "agreement"]
        );
        assert_eq!(description_key("armed forces"), ["military"]);
        // Words that are no one's synonym are kept as written.
        assert_eq!(description_key("foreign ministry"), ["foreign", "ministry"]);
    }

    #[test]
    fn shipped_description_words_load_cleanly() {
        let text = include_str!("../../ontology/description_words.tsv");
        assert!(DescriptionWords::parse(DESCRIPTION_WORDS_PATH, text).is_ok());
        assert!(DescriptionWords::shipped().is_body_head("ministry"));
    }

    #[test]
    fn bad_description_rows_name_file_and_line() {
        let text = "# header\nsame\tspy\nsame\tSpy\tintelligence\nsynonym\ta\tb\ninverted\tministry\ninverted\tministry\n";
        let errors = DescriptionWords::parse("words.tsv", text).expect_err("bad rows");
        assert_eq!(
            errors,
            [
                "words.tsv:2: a same row has three columns: same, word, canonical word",
                "words.tsv:3: the word must be non-empty lower case, got \"Spy\"",
                "words.tsv:4: unknown kind \"synonym\" (expected same, inverted, body-head or brand-suffix)",
                "words.tsv:6: duplicate entry inverted \"ministry\"",
            ]
        );
    }

    #[test]
    fn regions() {
        assert_eq!(
            region_base(&name_key("Tarsk Oblast")).as_deref(),
            Some("tarsk")
        );
        assert_eq!(region_base(&name_key("Tarsk")), None);
        let place = |name: &str| place_key(&name_key(name));
        assert_eq!(place("Southern Tarsk"), place("South Tarsk"));
        assert_ne!(place("Southern Tarsk"), place("North Tarsk"));
    }
}
