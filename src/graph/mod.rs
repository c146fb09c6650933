//! Stage 5: the knowledge graph (petgraph) that every exporter reads.

mod model;

pub use model::{
    Corpus, DocumentNode, Edge, EntityNode, EntityType, Evidence, KnowledgeGraph, Mention, Node,
    QuoteNode, RelationNode, Value,
};
