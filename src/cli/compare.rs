//! `newsgraph compare`: how several articles report one story.

use anyhow::Result;

use super::args::CompareArgs;
use super::build::build;
use super::output::write_output;
use crate::compare::write_comparison;

pub fn run(args: CompareArgs) -> Result<()> {
    let kg = build(&args.inputs, &args.input)?;
    write_output(args.output.as_deref(), |w| Ok(write_comparison(&kg, w)?))
}
