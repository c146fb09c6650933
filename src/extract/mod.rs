//! Stage 3: extractors read a document's sentences and emit mentions, quotes and relations.
//!
//! Each extractor is one file with its rule ids and tests; [`EXTRACTORS`] lists them in the
//! order they run. To add one, see "Adding an extractor" in `ARCHITECTURE.md`.

mod entity;
mod quote;
mod relation;
mod role;
mod svo;
mod types;

pub use entity::RULE_DESCRIBED_AGREEMENT;
pub use types::{
    Arg, DocContext, EntityMention, Extraction, Extractor, QuoteMention, RelationMention,
};

use crate::ingest::Document;
use crate::ontology::Ontology;
use crate::text::{Sentence, split_sentences};

/// Every extractor, in the order they run: entities first, since quotes and relations refer
/// to entity mentions.
pub static EXTRACTORS: &[&dyn Extractor] = &[
    &entity::NamedEntities,
    &role::Roles,
    &quote::Quotations,
    &relation::TriggeredRelations,
    &svo::SubjectVerbObject,
];

/// Runs the text stage and every extractor on one document.
pub fn extract_document(doc: &Document, ontology: &Ontology) -> (Vec<Sentence>, Extraction) {
    let sentences = split_sentences(&doc.text);
    let ctx = DocContext {
        doc,
        sentences: &sentences,
        ontology,
    };
    let mut out = Extraction::default();
    for extractor in EXTRACTORS {
        extractor.extract(&ctx, &mut out);
    }
    (sentences, out)
}
