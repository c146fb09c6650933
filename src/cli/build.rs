//! `newsgraph build`: articles in, graph out.

use std::fs;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::args::{BuildArgs, InputArgs, OutputFormat};
use super::output::{write_atomically, write_output};
use crate::dot::{DotOptions, render_dot, render_svg};
use crate::graph::KnowledgeGraph;
use crate::ingest::{IngestOptions, IngestWarning, compile_patterns};
use crate::ontology::Ontology;
use crate::pipeline::{BuildOptions, Progress, build_with};
use crate::rdf::{RdfOutput, graph_to_store, write_rdf};
use crate::report::write_report;
use crate::store::GraphStore;

pub fn run(args: BuildArgs) -> Result<()> {
    let bar = progress_bar();
    let kg = build_on(
        &args.inputs,
        &args.input,
        BuildOptions {
            threads: args.threads,
        },
        bar.as_ref(),
    )?;
    if let Some(bar) = &bar {
        bar.set_message("writing output");
    }
    if let Some(dir) = &args.store {
        let mut store = GraphStore::open(dir)?;
        store.add(&kg)?;
        store.save()?;
    }
    let write = || match &args.out_dir {
        Some(dir) => write_all(&kg, dir),
        None => write_output(args.output.as_deref(), |w| {
            write_format(&kg, args.format, w)
        }),
    };
    // Writers that render in parallel use the rayon pool they run in: one of --threads.
    let threads = BuildOptions {
        threads: args.threads,
    }
    .thread_count();
    let written = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(pool) => pool.install(write),
        Err(_) => write(),
    };
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    // The process ends next; freeing a large graph piece by piece took ~9% of a build.
    std::mem::forget(kg);
    written
}

/// Builds the graph of `inputs` with every core, printing ingest warnings to stderr.
pub fn build(inputs: &[String], input: &InputArgs) -> Result<KnowledgeGraph> {
    build_on(inputs, input, BuildOptions::default(), None)
}

fn build_on(
    inputs: &[String],
    input: &InputArgs,
    build: BuildOptions,
    bar: Option<&ProgressBar>,
) -> Result<KnowledgeGraph> {
    let options = IngestOptions {
        outlet: input.outlet.clone(),
        published: input.published.clone(),
        outlets: input.outlets.clone(),
    };
    let warn = |w: &IngestWarning| match bar {
        Some(bar) => bar.suspend(|| eprintln!("newsgraph: warning: {w}")),
        None => eprintln!("newsgraph: warning: {w}"),
    };
    let started = Instant::now();
    let show = |p: Progress| {
        if let Some(bar) = bar {
            let seconds = started.elapsed().as_secs_f64().max(1e-3);
            let mb = p.bytes as f64 / 1e6;
            bar.set_position(p.documents as u64);
            bar.set_message(format!(
                "{:.0} docs/s, {mb:.1} MB at {:.2} MB/s",
                p.documents as f64 / seconds,
                mb / seconds
            ));
        }
    };
    let kg = build_with(inputs, &options, load_ontology(build), build, warn, show)?;
    Ok(kg)
}

/// The shipped ontology. With threads to spare, the page-furniture patterns are compiled on
/// this thread while others load the ontology: both are serial start-up work (some 160 M and
/// 40 M instructions) that every extraction thread otherwise waits for.
fn load_ontology(build: BuildOptions) -> &'static Ontology {
    if build.thread_count() < 2 {
        return Ontology::shipped();
    }
    crate::threads::side_by_side(Ontology::shipped_in_parallel, compile_patterns).0
}

/// A spinner on stderr when stderr is a terminal; nothing otherwise, so pipes and logs only get
/// the output and warnings.
fn progress_bar() -> Option<ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template("{spinner} [{elapsed}] {pos} documents, {msg}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner());
    bar.set_style(style);
    bar.enable_steady_tick(Duration::from_millis(200));
    Some(bar)
}

fn write_format(kg: &KnowledgeGraph, format: OutputFormat, w: &mut dyn Write) -> Result<()> {
    let rdf = match format {
        OutputFormat::Json => return Ok(write_report(kg, w)?),
        OutputFormat::Dot => {
            let dot = render_dot(&graph_to_store(kg)?, &DotOptions::default())?;
            return Ok(w.write_all(dot.as_bytes())?);
        }
        OutputFormat::Turtle => RdfOutput::Turtle,
        OutputFormat::Ntriples => RdfOutput::NTriples,
        OutputFormat::Nquads => RdfOutput::NQuads,
        OutputFormat::Trig => RdfOutput::TriG,
        OutputFormat::Rdfxml => RdfOutput::RdfXml,
    };
    Ok(write_rdf(kg, rdf, w)?)
}

/// Writes every format into `dir` and prints where each went.
fn write_all(kg: &KnowledgeGraph, dir: &Path) -> Result<()> {
    fs::create_dir_all(dir)
        .with_context(|| format!("{}: cannot create directory", dir.display()))?;
    let mut written: Vec<PathBuf> = Vec::new();
    for (name, format) in [
        ("graph.ttl", OutputFormat::Turtle),
        ("graph.nq", OutputFormat::Nquads),
        ("graph.trig", OutputFormat::Trig),
        ("report.json", OutputFormat::Json),
        ("graph.dot", OutputFormat::Dot),
    ] {
        let path = dir.join(name);
        write_atomically(&path, |w| write_format(kg, format, w))?;
        written.push(path);
    }
    let dot = fs::read_to_string(dir.join("graph.dot"))?;
    let svg = dir.join("graph.svg");
    match render_svg(&dot, &svg) {
        Ok(()) => written.push(svg),
        Err(e) => eprintln!("newsgraph: note: no SVG drawing: {e}"),
    }
    println!(
        "{} documents, {} entities, {} quotes, {} relations",
        kg.documents().count(),
        kg.entities().count(),
        kg.quotes().count(),
        kg.relations().count()
    );
    for path in written {
        println!("wrote {}", path.display());
    }
    Ok(())
}
