//! `newsgraph build`: articles in, graph out.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::args::{BuildArgs, InputArgs, OutputFormat};
use super::output::{write_atomically, write_output};
use crate::dot::{DotOptions, render_dot, render_svg};
use crate::graph::KnowledgeGraph;
use crate::ingest::IngestOptions;
use crate::ontology::Ontology;
use crate::pipeline::build_from_inputs;
use crate::rdf::{RdfOutput, graph_to_store, write_rdf};
use crate::report::write_report;
use crate::store::GraphStore;

pub fn run(args: BuildArgs) -> Result<()> {
    let kg = build(&args.inputs, &args.input)?;
    if let Some(dir) = &args.store {
        let mut store = GraphStore::open(dir)?;
        store.add(&kg)?;
        store.save()?;
    }
    match &args.out_dir {
        Some(dir) => write_all(&kg, dir),
        None => write_output(args.output.as_deref(), |w| {
            write_format(&kg, args.format, w)
        }),
    }
}

/// Builds the graph of `inputs`, printing ingest warnings to stderr.
pub fn build(inputs: &[String], input: &InputArgs) -> Result<KnowledgeGraph> {
    let options = IngestOptions {
        outlet: input.outlet.clone(),
        published: input.published.clone(),
    };
    let kg = build_from_inputs(inputs, &options, Ontology::shipped(), |w| {
        eprintln!("newsgraph: warning: {w}");
    })?;
    Ok(kg)
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
