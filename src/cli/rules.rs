//! `newsgraph rules`: the extractors, in the order they run.

use anyhow::Result;

use crate::extract::EXTRACTORS;

pub fn run() -> Result<()> {
    let width = EXTRACTORS.iter().map(|e| e.id().len()).max().unwrap_or(0);
    for e in EXTRACTORS {
        println!("{:<width$} {}", e.id(), e.description());
    }
    Ok(())
}
