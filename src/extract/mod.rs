//! Stage 3: extractors read a document's sentences and emit mentions, quotes and relations.
//!
//! Each extractor is one file with its rule ids and tests; [`EXTRACTORS`] lists them in the
//! order they run. To add one, see "Adding an extractor" in `ARCHITECTURE.md`.

mod date;
mod description;
mod entity;
mod quote;
mod relation;
mod role;
mod svo;
mod types;

pub use description::RULE_DEFINITE_DESCRIPTION;
pub(crate) use entity::is_acronym;
pub use entity::{RULE_DESCRIBED_AGREEMENT, RULE_PLACE_TEAM, RULE_PLACE_TEAM_DESCRIBING};
pub(crate) use relation::REPORTED_PLACES;
pub use relation::RULE_KINSHIP;
pub use types::{
    Arg, DocContext, EntityMention, Extraction, Extractor, LowerCaseTokens, QuoteMention,
    RelationMention,
};

use crate::ingest::Document;
use crate::ontology::Ontology;
use crate::text::{Sentence, split_sentences};

/// Every extractor, in the order they run: entities first, since quotes and relations refer
/// to entity mentions.
pub static EXTRACTORS: &[&dyn Extractor] = &[
    &entity::NamedEntities,
    &description::Descriptions,
    &role::Roles,
    &quote::Quotations,
    &relation::TriggeredRelations,
    &svo::SubjectVerbObject,
];

/// Runs the text stage and every extractor on one document.
pub fn extract_document(doc: &Document, ontology: &Ontology) -> (Vec<Sentence>, Extraction) {
    let sentences = split_sentences(&doc.text);
    let lower = LowerCaseTokens::new(doc, &sentences);
    let ctx = DocContext::new(doc, &sentences, &lower, ontology);
    let mut out = Extraction::default();
    for extractor in EXTRACTORS {
        extractor.extract(&ctx, &mut out);
    }
    (sentences, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every extractor on text built from pieces that stress them (marks, titles, numbers,
    /// names, stray punctuation), in many orders and lengths: nothing may panic.
    #[test]
    fn extract_never_panics() {
        const PIECES: &[&str] = &[
            "“",
            "”",
            "\"",
            "'s",
            ",",
            ".",
            " ",
            "\n",
            "\n\n",
            "Sen.",
            "Dr",
            "President",
            "Jane",
            "Roe",
            "said",
            "told",
            "the",
            "of",
            "Acme",
            "Corp",
            "3,000",
            "$28.3bn",
            "Article",
            "4",
            "(",
            ")",
            "he",
            "she",
            "Lisbon",
            "to",
            "in",
            "at",
            "between",
            "and",
            "his",
            "brother",
            "meeting",
            "with",
            "€",
            "ü",
            "—",
            "…",
            "U.S.",
            "24th",
            "Oct.",
            "by",
            "was",
            "sent",
            "troops",
            "treaty",
            "the",
            "'",
            "’",
            "-",
            "al-Hilu",
            "A",
            "1",
            ";",
            ":",
            "Brazil",
            "WBA",
            "kept",
            "her",
            "strike",
            "against",
            "who",
            "which",
            "that",
            "not",
            "co-created",
            "government",
            "the airline",
            "talks",
            "accusing",
            "Brazilian",
            "Kremlin",
            "South",
            "Nile",
            "members",
            "18",
        ];
        let ontology = Ontology::shipped();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for case in 0..2000 {
            let len = 1 + case % 60;
            let mut text = String::new();
            for _ in 0..len {
                // xorshift: a fixed, reproducible sequence of pieces.
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
                if state.is_multiple_of(3) {
                    text.push(' ');
                }
            }
            let doc = Document::from_text("t", "t", text);
            let _ = extract_document(&doc, ontology);
        }
    }
}
