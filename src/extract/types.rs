//! What extractors emit for one document: mentions, quotes and relations, each with the byte
//! span of its evidence in the document text and the id of the rule that produced it.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::ops::Range;

use super::relation::Claimant;
use crate::graph::EntityType;
use crate::ingest::Document;
use crate::ontology::Ontology;
use crate::text::Sentence;

/// A named entity mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityMention {
    pub span: Range<usize>,
    pub entity_type: EntityType,
    /// Canonical name when the mention matched known data ("UK" → "United Kingdom").
    pub canonical: Option<String>,
    pub sentence: usize,
    pub rule: &'static str,
    /// For a description ("the airline"), the earlier mention it refers to.
    pub antecedent: Option<usize>,
}

impl EntityMention {
    /// Whether the mention names a political party, as its canonical name tells ("GOP" →
    /// "Republican Party").
    pub fn names_party(&self) -> bool {
        self.canonical
            .as_deref()
            .is_some_and(|c| c.ends_with(" Party"))
    }
}

/// A direct quotation. `span` covers the words between the marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteMention {
    pub span: Range<usize>,
    /// Index into [`Extraction::mentions`] of the speaker, when one was found.
    pub speaker: Option<usize>,
    pub sentence: usize,
    pub rule: &'static str,
}

/// An argument of a relation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Arg {
    Mention(usize),
    Literal(String),
    /// A decimal amount as written in `text` ("3,000 troops" → "3000").
    Quantity {
        amount: String,
        text: String,
    },
    Date {
        iso: String,
        text: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationMention {
    /// Index into [`Extraction::mentions`].
    pub subject: usize,
    /// The verb as written, as a lemma ("dispatch"), or the relation type for relations found
    /// by rules ("holds_role").
    pub predicate: String,
    /// The declared relation type of `ontology/relations.tsv` ("send", "reports", "acts_on").
    pub relation_type: String,
    pub object: Arg,
    pub qualifiers: BTreeMap<String, Arg>,
    pub span: Range<usize>,
    pub rule: &'static str,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub mentions: Vec<EntityMention>,
    pub quotes: Vec<QuoteMention>,
    pub relations: Vec<RelationMention>,
}

impl Extraction {
    /// Whether byte offset `at` lies inside a quotation found so far.
    pub fn quoted(&self, at: usize) -> bool {
        self.quotes
            .iter()
            .any(|q| q.span.start <= at && at < q.span.end)
    }

    /// The mentions of sentence `s` that may be a relation's parties, in text order: outside
    /// quotation marks (what the article itself states, not what someone said), and not a
    /// demonym standing for a person ("the Ruritanian won").
    pub fn argument_mentions(&self, s: usize) -> Vec<usize> {
        let mut found: Vec<usize> = (0..self.mentions.len())
            .filter(|&m| self.mentions[m].sentence == s && self.may_be_argument(m))
            .collect();
        found.sort_by_key(|&m| (self.mentions[m].span.start, m));
        found
    }

    /// [`Extraction::argument_mentions`] of each of the first `sentences` sentences, found in
    /// one pass over the mentions: asked sentence by sentence, every sentence read them all.
    pub fn argument_mentions_by_sentence(&self, sentences: usize) -> Vec<Vec<usize>> {
        let mut found = vec![Vec::new(); sentences];
        for (m, mention) in self.mentions.iter().enumerate() {
            if let Some(list) = found.get_mut(mention.sentence)
                && self.may_be_argument(m)
            {
                list.push(m);
            }
        }
        for list in &mut found {
            list.sort_by_key(|&m| (self.mentions[m].span.start, m));
        }
        found
    }

    /// Whether mention `m` may be a relation's party wherever it stands (see
    /// [`Extraction::argument_mentions`]).
    fn may_be_argument(&self, m: usize) -> bool {
        let mention = &self.mentions[m];
        !self.quoted(mention.span.start)
            && mention.rule != crate::extract::entity::RULE_DEMONYM_PERSON
            && mention.rule != crate::extract::entity::RULE_PLACE_TEAM_DESCRIBING
    }
}

/// Every token of a document in lower case. It is made before the document's [`DocContext`],
/// which lists each token's form as a `&str` borrowed from it: rules compare words in lower
/// case hundreds of thousands of times per document batch, and slicing a shared buffer at each
/// asking checked the slice's bounds and character boundaries every time.
pub struct LowerCaseTokens {
    /// The document's text with its ASCII letters lowered, then the lower case forms of the
    /// tokens with other letters.
    text: String,
    /// Where each token's lower case form lies in `text`, sentence after sentence.
    spans: Vec<Range<usize>>,
}

impl LowerCaseTokens {
    pub fn new(doc: &Document, sentences: &[Sentence]) -> Self {
        // The whole text lowered at once: lowering ASCII letters keeps every offset, so an
        // ASCII token's lower case form lies at the token's own span, with nothing copied per
        // token. The few tokens with other letters are lowered one by one (their lower case
        // may be longer) and put after the text.
        let mut text = doc.text.to_ascii_lowercase();
        let all_ascii = doc.text.is_ascii();
        let mut spans = Vec::with_capacity(sentences.iter().map(|s| s.tokens.len()).sum());
        for sentence in sentences {
            for token in &sentence.tokens {
                let word = token.text(&doc.text);
                if all_ascii || word.is_ascii() {
                    spans.push(token.span.clone());
                } else {
                    let start = text.len();
                    text.push_str(&crate::text::lower(word));
                    spans.push(start..text.len());
                }
            }
        }
        LowerCaseTokens { text, spans }
    }
}

/// What an extractor reads.
pub struct DocContext<'a> {
    pub doc: &'a Document,
    pub sentences: &'a [Sentence],
    pub ontology: &'a Ontology,
    /// Every token in lower case, sentence after sentence: rules compare words in lower case
    /// many times over, and lowering each once saves most of that work.
    lower: Vec<&'a str>,
    /// Every token's text, in the order of `lower`: rules read tokens millions of times, and
    /// slicing the text each time checked the span's bounds and character boundaries anew.
    texts: Vec<&'a str>,
    /// The index in `lower` of each sentence's first token, and the token count at the end.
    sentence_starts: Vec<usize>,
    /// Each token's lemma as a reporting verb, in the order of `lower`: rules ask it of
    /// nearly every word, several times over, and each asking hashed the word again.
    reporting_lemmas: Vec<Option<&'a str>>,
    /// Each sentence's claimant, found by the first relation extractor that asks and kept for
    /// the next, which asks again: it depends only on the mentions and quotes, which are all
    /// found before relations are (see [`super::EXTRACTORS`]).
    pub(super) claimants: Vec<OnceCell<Option<Claimant>>>,
}

impl<'a> DocContext<'a> {
    /// The context of `doc`, split into `sentences`, whose tokens `lower` holds in lower case.
    pub fn new(
        doc: &'a Document,
        sentences: &'a [Sentence],
        lower: &'a LowerCaseTokens,
        ontology: &'a Ontology,
    ) -> Self {
        let lower: Vec<&'a str> = lower
            .spans
            .iter()
            .map(|span| &lower.text[span.clone()])
            .collect();
        let mut sentence_starts = Vec::with_capacity(sentences.len() + 1);
        let mut start = 0;
        for sentence in sentences {
            sentence_starts.push(start);
            start += sentence.tokens.len();
        }
        sentence_starts.push(start);
        let reporting_lemmas = lower
            .iter()
            .map(|word| ontology.reporting_lemma_of_lower(word))
            .collect();
        // Sized first and filled a sentence at a time: collected through `flat_map`, whose
        // length is not known ahead, the list grew by doubling.
        let mut texts = Vec::with_capacity(lower.len());
        for sentence in sentences {
            texts.extend(sentence.tokens.iter().map(|token| token.text(&doc.text)));
        }
        DocContext {
            doc,
            sentences,
            ontology,
            lower,
            texts,
            sentence_starts,
            reporting_lemmas,
            claimants: vec![OnceCell::new(); sentences.len()],
        }
    }
}

impl<'a> DocContext<'a> {
    pub fn text(&self) -> &str {
        &self.doc.text
    }

    /// Text of token `t` of sentence `s`; empty past the sentence's end, so rules that look a
    /// few tokens ahead need no bounds checks of their own.
    pub fn token(&self, s: usize, t: usize) -> &'a str {
        self.token_index(s, t).map_or("", |i| self.texts[i])
    }

    /// [`DocContext::token`] in lower case.
    pub fn lower_token(&self, s: usize, t: usize) -> &'a str {
        self.token_index(s, t).map_or("", |i| self.lower[i])
    }

    /// The text of every token of sentence `s`, for scans over all of them: indexing the slice
    /// once found costs less than finding each token's place anew.
    pub fn token_texts(&self, s: usize) -> &[&'a str] {
        &self.texts[self.sentence_starts[s]..self.sentence_starts[s + 1]]
    }

    /// [`DocContext::token_texts`] in lower case.
    pub fn lower_tokens(&self, s: usize) -> &[&'a str] {
        &self.lower[self.sentence_starts[s]..self.sentence_starts[s + 1]]
    }

    /// The lemma of token `t` of sentence `s` as a reporting verb ("Said" → "say"), as
    /// [`Ontology::reporting_lemma`] gives it; none past the sentence's end.
    pub fn reporting_lemma(&self, s: usize, t: usize) -> Option<&'a str> {
        self.token_index(s, t)
            .and_then(|i| self.reporting_lemmas[i])
    }

    /// Where token `t` of sentence `s` is in the lists of every token; none past the
    /// sentence's end.
    fn token_index(&self, s: usize, t: usize) -> Option<usize> {
        let start = self.sentence_starts[s];
        (t < self.sentence_starts[s + 1] - start).then_some(start + t)
    }

    /// The index of sentence `s`'s first token at or after byte offset `at` (the token after a
    /// mention ending there); the token count when there is none.
    pub fn token_from(&self, s: usize, at: usize) -> usize {
        let toks = &self.sentences[s].tokens;
        toks.iter()
            .position(|t| t.span.start >= at)
            .unwrap_or(toks.len())
    }
}

/// One extraction rule family. Extractors run in registry order, so later ones can read what
/// earlier ones found (quotes read entity mentions).
pub trait Extractor: Sync {
    /// Stable id prefix of the rules this extractor applies, e.g. `quote`.
    fn id(&self) -> &'static str;
    /// One-paragraph description for `newsgraph rules`.
    fn description(&self) -> &'static str;
    fn extract(&self, ctx: &DocContext<'_>, out: &mut Extraction);
}
