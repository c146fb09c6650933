//! Opens a store made by `newsgraph build --store DIR` and runs a "who said X" query for each
//! name given, timing the load and the queries apart (the `query` command's time includes both
//! and process start).
//!
//! ```text
//! cargo run --release --example store_query -- kg/ trump pelosi
//! ```

use std::time::Instant;

use anyhow::{Context, Result};
use newsgraph::query::{ResultsFormat, run_query};
use newsgraph::store::GraphStore;

/// As in the `newsgraph` binary: opening a store allocates millions of small nodes, and
/// mimalloc does that in about 25% less CPU time than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .context("usage: store_query STORE_DIR [NAME...]")?;
    let mut names: Vec<String> = args.map(|a| a.to_lowercase()).collect();
    if names.is_empty() {
        names.push("smith".to_owned());
    }

    let started = Instant::now();
    let store = GraphStore::open(dir.as_ref())?;
    let load = started.elapsed();
    let quads = store.store().len()?;
    eprintln!(
        "opened {dir}: {quads} quads, {} documents in {:.2} s",
        store.documents().len(),
        load.as_secs_f64()
    );

    // The label filter scans every rdfs:label (about 50 ms on a 100 MB corpus's store); the
    // rest grows with the rows returned.
    for name in &names {
        let query = format!(
            r#"SELECT DISTINCT ?speaker ?quote ?document WHERE {{
  ?s rdfs:label ?speaker .
  FILTER(CONTAINS(LCASE(?speaker), "{name}"))
  ?q ng:speaker ?s ; schema:text ?quote ; ng:inDocument ?document .
}}"#
        );
        for run in 1..=3 {
            let mut out = Vec::new();
            let started = Instant::now();
            run_query(store.store(), &query, ResultsFormat::Csv, &mut out)?;
            let took = started.elapsed();
            let rows = out
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                .saturating_sub(1);
            eprintln!(
                "query {run} (who said \"{name}\"): {rows} rows in {:.1} ms",
                took.as_secs_f64() * 1e3
            );
        }
    }
    Ok(())
}
