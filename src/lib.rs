//! newsgraph turns news articles into a knowledge graph.
//!
//! The pipeline, one module per stage:
//! [`ingest`] → [`text`] → [`extract`] → [`resolve`] → [`graph`] → [`rdf`] / [`query`] / [`dot`] /
//! [`report`]. See `ARCHITECTURE.md` for the data types passed between stages.

pub mod cli;
pub mod compare;
pub mod dot;
pub mod extract;
pub mod graph;
pub mod ingest;
pub mod ontology;
pub mod pipeline;
pub mod query;
pub mod rdf;
pub mod report;
pub mod resolve;
pub mod store;
pub mod text;
mod threads;
