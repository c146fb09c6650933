//! The whole build: inputs in, knowledge graph out.
//!
//! Documents are read as a stream, in batches of bounded size. Each batch is extracted and
//! resolved in parallel (one document per task), and the results are kept in input order, so
//! any number of threads gives the same graph as one. Only the small [`DocumentFacts`] of a
//! document outlive its batch; its text is dropped once processed. While the workers process
//! one batch, the calling thread reads the next.

use std::num::NonZeroUsize;

use rayon::prelude::*;

use crate::extract::extract_document;
use crate::graph::KnowledgeGraph;
use crate::ingest::{Document, Documents, IngestError, IngestOptions, IngestWarning, read_inputs};
use crate::ontology::Ontology;
use crate::resolve::{DocumentFacts, resolve_corpus, resolve_document};

/// A batch ends after this many documents …
const BATCH_DOCUMENTS: usize = 512;
/// … or this many bytes of text, whichever comes first: this bounds the text held in memory.
const BATCH_BYTES: usize = 16 * 1024 * 1024;
/// With several threads the first batch is smaller: every thread waits while it is read, and
/// the next is read while it is extracted.
const FIRST_BATCH_DOCUMENTS: usize = 64;

/// How a build runs.
#[derive(Debug, Clone, Copy, Default)]
pub struct BuildOptions {
    /// Worker threads for extraction and corpus resolution; `None` uses every core. With one
    /// thread, documents are extracted on the calling thread.
    pub threads: Option<NonZeroUsize>,
}

impl BuildOptions {
    /// The number of worker threads this build will use.
    pub fn thread_count(&self) -> usize {
        self.threads
            .or_else(|| std::thread::available_parallelism().ok())
            .map_or(1, NonZeroUsize::get)
    }
}

/// How far a build has got, reported after each batch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Documents extracted so far.
    pub documents: usize,
    /// Bytes of document text extracted so far.
    pub bytes: u64,
}

/// Extracts and resolves one document.
pub fn process_document(doc: &Document, ontology: &Ontology) -> DocumentFacts {
    let (_, extraction) = extract_document(doc, ontology);
    resolve_document(doc, &extraction, ontology)
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
    on_warning: impl FnMut(&IngestWarning),
) -> Result<KnowledgeGraph, IngestError> {
    build_with(
        inputs,
        options,
        ontology,
        BuildOptions::default(),
        on_warning,
        |_| {},
    )
}

/// [`build_from_inputs`] with a thread count and a progress callback, called on the calling
/// thread after each batch.
pub fn build_with(
    inputs: &[String],
    options: &IngestOptions,
    ontology: &Ontology,
    build: BuildOptions,
    mut on_warning: impl FnMut(&IngestWarning),
    mut on_progress: impl FnMut(Progress),
) -> Result<KnowledgeGraph, IngestError> {
    let mut documents = read_inputs(inputs, options)?;
    let mut facts: Vec<DocumentFacts> = Vec::new();
    let mut progress = Progress::default();
    let mut record = |batch: &[Document], facts: &mut Vec<DocumentFacts>, done| {
        progress.documents += batch.len();
        progress.bytes += batch.iter().map(|d| d.text.len() as u64).sum::<u64>();
        facts.extend(done);
        on_progress(progress);
    };

    let threads = build.thread_count();
    // Corpus resolution runs parallel steps on this pool too, so --threads bounds the build.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("newsgraph-extract-{i}"))
        .build()
        .ok();
    let graph = |facts: Vec<DocumentFacts>| match &pool {
        Some(pool) => pool.install(|| build_graph(facts)),
        None => build_graph(facts),
    };
    // With one thread, or without a pool (threads cannot be started), documents are
    // processed on this thread.
    let Some(pool) = pool.as_ref().filter(|_| threads > 1) else {
        loop {
            let batch = read_batch(&mut documents, BATCH_DOCUMENTS, &mut on_warning)?;
            if batch.is_empty() {
                return Ok(graph(facts));
            }
            let done: Vec<DocumentFacts> = batch
                .iter()
                .map(|d| process_document(d, ontology))
                .collect();
            record(&batch, &mut facts, done);
        }
    };
    let mut batch = read_batch(&mut documents, FIRST_BATCH_DOCUMENTS, &mut on_warning)?;
    while !batch.is_empty() {
        let (done, next) = crate::threads::side_by_side(
            || {
                pool.install(|| {
                    // One document per task: rayon otherwise splits a batch into a few long
                    // runs of documents, and at the end of a batch one thread worked through
                    // the rest of its run while the others had nothing left to take.
                    batch
                        .par_iter()
                        .with_max_len(1)
                        .map(|d| process_document(d, ontology))
                        .collect::<Vec<_>>()
                })
            },
            || read_batch(&mut documents, BATCH_DOCUMENTS, &mut on_warning),
        );
        record(&batch, &mut facts, done);
        batch = next?;
    }
    Ok(graph(facts))
}

/// The next documents, up to `max_documents` or [`BATCH_BYTES`] of text; empty at the end.
fn read_batch(
    documents: &mut Documents,
    max_documents: usize,
    on_warning: &mut impl FnMut(&IngestWarning),
) -> Result<Vec<Document>, IngestError> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < max_documents && bytes < BATCH_BYTES {
        let Some(ingested) = documents.next() else {
            break;
        };
        let ingested = ingested?;
        ingested.warnings.iter().for_each(&mut *on_warning);
        bytes += ingested.document.text.len();
        batch.push(ingested.document);
    }
    Ok(batch)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ingest");

    fn report(threads: usize) -> (String, Progress) {
        let mut last = Progress::default();
        let kg = build_with(
            &[
                format!("{FIXTURES}/tree"),
                format!("{FIXTURES}/article.txt"),
            ],
            &IngestOptions::default(),
            Ontology::shipped(),
            BuildOptions {
                threads: NonZeroUsize::new(threads),
            },
            |_| {},
            |p| last = p,
        )
        .expect("build");
        let mut out = Vec::new();
        crate::report::write_report(&kg, &mut out).expect("report");
        (String::from_utf8(out).expect("utf-8"), last)
    }

    #[test]
    fn thread_count_does_not_change_the_graph() {
        let (one, progress) = report(1);
        assert_eq!(progress.documents, 5);
        assert!(progress.bytes > 0);
        for threads in [2, 3] {
            assert_eq!(
                report(threads),
                (one.clone(), progress),
                "{threads} threads"
            );
        }
    }
}
