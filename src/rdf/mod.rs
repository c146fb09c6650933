//! Stage 6: the knowledge graph as RDF (see `ontology/newsgraph.ttl` for every term used).

mod export;
pub mod vocab;

#[cfg(test)]
mod ontology_terms;
#[cfg(test)]
pub(crate) mod test_corpus;

pub use export::{RdfError, RdfOutput, graph_to_quads, graph_to_store, write_rdf};
pub(crate) use export::{sort_quads, write_quads};
