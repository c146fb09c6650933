//! Per-stage benchmarks: ingest, sentence splitting, each extractor, in-document and corpus
//! resolution, and RDF serialization.
//!
//! Every stage runs on a small invented article (below). When
//! `../shared/corpora/throughput/bbc_fulltext_2225.jsonl` exists, the `corpus` group also runs
//! the whole pipeline on its first 200 records; set `NEWSGRAPH_BENCH_CORPUS` to use another
//! JSON Lines file.
//!
//! `cargo bench --bench pipeline`; `cargo bench --no-run` only checks that it builds.

use std::hint::black_box;
use std::io::Write;
use std::path::PathBuf;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};

use newsgraph::extract::{DocContext, EXTRACTORS, Extraction, LowerCaseTokens, extract_document};
use newsgraph::graph::KnowledgeGraph;
use newsgraph::ingest::{Document, IngestOptions, read_inputs};
use newsgraph::ontology::Ontology;
use newsgraph::pipeline::{build_graph, process_document};
use newsgraph::rdf::{RdfOutput, graph_to_quads, write_rdf};
use newsgraph::resolve::{resolve_corpus, resolve_document};
use newsgraph::text::split_sentences;

/// An invented article: names, titles, quotes, numbers and dates, in a few paragraphs.
const ARTICLE: &str = "\
Harbour Council Approves Tidal Barrier

The Port Velmar harbour council voted on Tuesday to spend $41.5 million on a tidal barrier, \
ending a two-year dispute with the regional ferry operator Saltline Ferries.

\"We cannot keep rebuilding the quay every winter,\" said Mayor Ines Okafor, who chaired the \
session. Okafor added that construction would begin in March 2026.

Saltline Ferries chief executive Tomas Brandt said the company welcomed the decision. \
\"It gives our crews certainty,\" Brandt told reporters outside the council chamber.

The barrier will be built by Northgate Engineering, which signed a contract with the council \
last week. According to the Velmar Institute of Coastal Studies, storm surges in the bay rose \
by 18% over the past decade.

Finance Minister Rosa Lindqvist visited Port Velmar in April and pledged 12 million euros from \
the national resilience fund. Critics, including councillor Amir Haddad, argued that the money \
should go to housing instead: \"Walls will not pay anyone's rent.\"
";

fn article() -> Document {
    Document::from_text("bench-article", "bench-article.txt", ARTICLE.to_owned())
}

fn corpus_path() -> Option<PathBuf> {
    let path = std::env::var_os("NEWSGRAPH_BENCH_CORPUS").map_or_else(
        || {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/corpora/throughput/bbc_fulltext_2225.jsonl")
        },
        PathBuf::from,
    );
    path.is_file().then_some(path)
}

fn stages(c: &mut Criterion) {
    let ontology = Ontology::shipped();
    let doc = article();
    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Bytes(ARTICLE.len() as u64));

    // Ingest: one JSON Lines file of 50 copies of the article, read and parsed.
    let dir = tempfile::tempdir().expect("tempdir");
    let jsonl = dir.path().join("articles.jsonl");
    let mut file = std::fs::File::create(&jsonl).expect("create");
    for i in 0..50 {
        let record =
            serde_json::json!({"id": format!("a-{i}"), "title": "Barrier", "text": ARTICLE});
        writeln!(file, "{record}").expect("write");
    }
    drop(file);
    let inputs = [jsonl.display().to_string()];
    group.throughput(Throughput::Bytes(50 * ARTICLE.len() as u64));
    group.bench_function("ingest_jsonl_x50", |b| {
        b.iter(|| {
            // Sum the text lengths so every document is really read and checked.
            read_inputs(&inputs, &IngestOptions::default())
                .expect("inputs")
                .map(|d| d.expect("document").document.text.len())
                .sum::<usize>()
        });
    });
    group.throughput(Throughput::Bytes(ARTICLE.len() as u64));

    group.bench_function("sentences", |b| {
        b.iter(|| split_sentences(black_box(&doc.text)));
    });

    let sentences = split_sentences(&doc.text);
    let lower = LowerCaseTokens::new(&doc, &sentences);
    let ctx = DocContext::new(&doc, &sentences, &lower, ontology);
    // Each extractor sees what the ones before it found, as in a build.
    let mut before = Extraction::default();
    for extractor in EXTRACTORS {
        group.bench_function(format!("extract/{}", extractor.id()), |b| {
            b.iter_batched(
                || before.clone(),
                |mut out| {
                    extractor.extract(&ctx, &mut out);
                    out
                },
                BatchSize::SmallInput,
            );
        });
        extractor.extract(&ctx, &mut before);
    }
    group.bench_function("extract/all", |b| {
        b.iter(|| extract_document(black_box(&doc), ontology));
    });

    let (_, extraction) = extract_document(&doc, ontology);
    group.bench_function("resolve/document", |b| {
        b.iter(|| resolve_document(black_box(&doc), &extraction, ontology));
    });
    // Corpus resolution over 20 copies of the article under different ids.
    let facts: Vec<_> = (0..20)
        .map(|i| {
            let mut copy = doc.clone();
            copy.id = format!("copy-{i}");
            process_document(&copy, ontology)
        })
        .collect();
    group.throughput(Throughput::Bytes(20 * ARTICLE.len() as u64));
    group.bench_function("resolve/corpus_x20", |b| {
        b.iter_batched(|| facts.clone(), resolve_corpus, BatchSize::SmallInput);
    });
    group.bench_function("graph/build_x20", |b| {
        b.iter_batched(
            || resolve_corpus(facts.clone()),
            KnowledgeGraph::build,
            BatchSize::SmallInput,
        );
    });
    let kg = build_graph(facts);
    group.bench_function("rdf/quads_x20", |b| b.iter(|| graph_to_quads(&kg)));
    for (name, format) in [
        ("rdf/nquads_x20", RdfOutput::NQuads),
        ("rdf/turtle_x20", RdfOutput::Turtle),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut out = Vec::with_capacity(1 << 20);
                write_rdf(&kg, format, &mut out).expect("write");
                out
            });
        });
    }
    group.finish();
}

/// The whole pipeline, one thread, on the first 200 records of a real corpus.
fn corpus(c: &mut Criterion) {
    let Some(path) = corpus_path() else {
        eprintln!("corpus benchmark skipped: no throughput corpus found");
        return;
    };
    let ontology = Ontology::shipped();
    let docs: Vec<Document> = read_inputs(&[path.display().to_string()], &IngestOptions::default())
        .expect("inputs")
        .take(200)
        .map(|d| d.expect("document").document)
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("corpus200");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("extract_and_resolve_documents", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| process_document(d, ontology))
                .collect::<Vec<_>>()
        });
    });
    let facts: Vec<_> = docs.iter().map(|d| process_document(d, ontology)).collect();
    group.bench_function("resolve_corpus_and_graph", |b| {
        b.iter_batched(|| facts.clone(), build_graph, BatchSize::LargeInput);
    });
    let kg = build_graph(facts);
    group.bench_function("nquads", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(16 << 20);
            write_rdf(&kg, RdfOutput::NQuads, &mut out).expect("write");
            out
        });
    });
    group.finish();
}

criterion_group!(benches, stages, corpus);
criterion_main!(benches);
