//! The whole build: inputs in, knowledge graph out.

use crate::extract::extract_document;
use crate::graph::KnowledgeGraph;
use crate::ingest::{Document, IngestError, IngestOptions, IngestWarning, read_inputs};
use crate::ontology::Ontology;
use crate::resolve::{DocumentFacts, resolve_corpus, resolve_document};

/// Extracts and resolves one document.
pub fn process_document(doc: &Document, ontology: &Ontology) -> DocumentFacts {
    let (_, extraction) = extract_document(doc, ontology);
    resolve_document(doc, &extraction)
}

/// Builds the knowledge graph of already processed documents.
pub fn build_graph(facts: Vec<DocumentFacts>) -> KnowledgeGraph {
    KnowledgeGraph::build(resolve_corpus(facts))
}

/// Reads every input, extracts each document and builds the corpus graph. Warnings (such as
/// invalid UTF-8) go to `on_warning`; the first error stops the build.
pub fn build_from_inputs(
    inputs: &[String],
    options: &IngestOptions,
    ontology: &Ontology,
    mut on_warning: impl FnMut(&IngestWarning),
) -> Result<KnowledgeGraph, IngestError> {
    let mut facts = Vec::new();
    for ingested in read_inputs(inputs, options)? {
        let ingested = ingested?;
        ingested.warnings.iter().for_each(&mut on_warning);
        facts.push(process_document(&ingested.document, ontology));
    }
    Ok(build_graph(facts))
}
