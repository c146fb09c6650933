//! Stage 6: the knowledge graph as RDF.
//!
//! [`graph_to_quads`] maps the graph to quads (layout in `export.rs`); [`write_rdf`] serializes
//! them; [`vocab`] mints the IRIs. Every class and property written is declared in
//! `ontology/newsgraph.ttl`. Its `ngr:` relation properties are generated from
//! `ontology/relations.tsv` by `ontology/scripts/gen_relation_properties.py`, and the
//! `ontology_terms` tests fail when the export uses an undeclared term or the TTL and the TSV
//! disagree.

mod export;
mod nquads;
mod order;
pub mod vocab;

#[cfg(test)]
mod ontology_terms;
#[cfg(test)]
pub(crate) mod test_corpus;

pub use export::{RdfError, RdfOutput, graph_to_quads, graph_to_store, write_rdf};
pub(crate) use export::{for_each_batch, sort_quads, write_quads};
pub(crate) use nquads::LineWriter;
pub(crate) use order::{sort_graph_names, sort_quads_of_graph};
