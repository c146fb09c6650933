//! `newsgraph rules`: the extractors, in the order they run.

use anyhow::Result;

use crate::extract::EXTRACTORS;

pub fn run() -> Result<()> {
    for e in EXTRACTORS {
        println!("{:<10} {}", e.id(), e.description());
    }
    Ok(())
}
