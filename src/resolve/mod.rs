//! Stage 4: which mentions name the same entity, within a document and across documents.
//!
//! [`resolve_document`] turns one document's [`Extraction`] into a [`DocumentFacts`]: mentions
//! grouped into local entities with a canonical name. [`resolve_corpus`] merges the local
//! entities of all documents into corpus entities and writes the [`Corpus`] the graph is built
//! from.

mod claims;
mod coref;
mod merge;
mod names;
mod naming;
mod statements;

pub use claims::{claim_amount, claim_sets, claimant_id, comparable};
pub use coref::{DocumentFacts, LocalEntity, resolve_document};
pub use merge::resolve_corpus;
pub use naming::{normalize_name, slug};
