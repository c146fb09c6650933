//! Opens a store made by `newsgraph build --store DIR` and asks "who said X" for each name
//! given, timing the load and the queries apart (the `query` command's time includes both and
//! process start).
//!
//! ```text
//! cargo run --release --example store_query -- kg/ Trump Pelosi
//! ```
//!
//! Each name is asked twice: with the saved `examples/queries/who-said.rq`, which looks the exact
//! name up in the store's index, and with a substring match on every label, in any case.

use std::time::Instant;

use anyhow::{Context, Result};
use newsgraph::query::{ResultsFormat, run_query};
use newsgraph::store::GraphStore;

/// As in the `newsgraph` binary: opening a store allocates millions of small nodes, and
/// mimalloc does that in about 25% less CPU time than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const WHO_SAID: &str = include_str!("queries/who-said.rq");
/// The literal on the line of `who-said.rq` that its usage says to edit.
const WHO_SAID_NAME: &str = "\"Pelosi\"";

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .context("usage: store_query STORE_DIR [NAME...]")?;
    let mut names: Vec<String> = args.collect();
    if names.is_empty() {
        names.push("Smith".to_owned());
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

    for name in &names {
        let literal = format!("\"{}\"", name.replace('\\', "\\\\").replace('"', "\\\""));
        let exact = WHO_SAID.replace(WHO_SAID_NAME, &literal);
        // The label filter scans every rdfs:label (about 50 ms on a 100 MB corpus's store); the
        // rest grows with the rows returned.
        let substring = format!(
            r#"SELECT DISTINCT ?speaker ?quote ?document WHERE {{
  ?s rdfs:label ?speaker .
  FILTER(CONTAINS(LCASE(?speaker), {}))
  ?q ng:speaker ?s ; schema:text ?quote ; ng:inDocument ?document .
}}"#,
            literal.to_lowercase()
        );
        for (how, query) in [("who-said.rq", &exact), ("label substring", &substring)] {
            for run in 1..=3 {
                let mut out = Vec::new();
                let started = Instant::now();
                run_query(store.store(), query, ResultsFormat::Csv, &mut out)?;
                let took = started.elapsed();
                let rows = out
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    .saturating_sub(1);
                eprintln!(
                    "query {run} (who said {literal}, {how}): {rows} rows in {:.1} ms",
                    took.as_secs_f64() * 1e3
                );
            }
        }
    }
    Ok(())
}
