//! `newsgraph query`: SPARQL over a store or RDF files.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result, bail};

use super::args::{QueryArgs, ResultsArg};
use crate::query::{ResultsFormat, load_graph_files, run_query};
use crate::store::GraphStore;

pub fn run(args: QueryArgs) -> Result<()> {
    let query = match (&args.query, &args.file) {
        // A positional argument naming a `.rq` file is read, as the saved queries' usage says.
        (Some(q), _) if q.ends_with(".rq") && Path::new(q).is_file() => read_query(Path::new(q))?,
        (Some(q), _) => q.clone(),
        (None, Some(path)) => read_query(path)?,
        (None, None) => bail!("give a query or -f FILE.rq"),
    };
    let store = match &args.store {
        Some(dir) => {
            if !dir.is_dir() {
                bail!("{}: no such store directory", dir.display());
            }
            GraphStore::open(dir)?.store().clone()
        }
        None if !args.graph.is_empty() => load_graph_files(&args.graph)?,
        None => bail!("give --store DIR or --graph FILE..."),
    };
    let results = match args.results {
        ResultsArg::Table => ResultsFormat::Table,
        ResultsArg::Csv => ResultsFormat::Csv,
        ResultsArg::Tsv => ResultsFormat::Tsv,
        ResultsArg::Json => ResultsFormat::Json,
        ResultsArg::Xml => ResultsFormat::Xml,
    };
    let mut out = BufWriter::new(io::stdout().lock());
    run_query(&store, &query, results, &mut out)?;
    out.flush()?;
    Ok(())
}

fn read_query(path: &Path) -> Result<String> {
    fs::read_to_string(path).with_context(|| format!("{}: cannot read query", path.display()))
}
