//! `newsgraph dot`: draw a store, RDF files, or freshly built articles.

use anyhow::{Result, bail};

use super::args::{DotArgs, GroupByArg};
use super::build::build;
use super::output::write_output;
use crate::dot::{DotOptions, GroupBy, render_dot, render_svg};
use crate::query::load_graph_files;
use crate::rdf::graph_to_store;
use crate::store::GraphStore;

pub fn run(args: DotArgs) -> Result<()> {
    let store = if let Some(dir) = &args.store {
        if !dir.is_dir() {
            bail!("{}: no such store directory", dir.display());
        }
        GraphStore::open(dir)?.store().clone()
    } else if !args.graph.is_empty() {
        load_graph_files(&args.graph)?
    } else if !args.inputs.is_empty() {
        graph_to_store(&build(&args.inputs, &args.input)?)?
    } else {
        bail!("give --store DIR, --graph FILE... or input articles");
    };
    let options = DotOptions {
        focus: args.focus.clone(),
        depth: args.depth,
        group_by: match args.group_by {
            GroupByArg::None => GroupBy::None,
            GroupByArg::Outlet => GroupBy::Outlet,
        },
    };
    let dot = render_dot(&store, &options)?;
    if let Some(svg) = &args.svg {
        render_svg(&dot, svg)?;
    }
    if args.svg.is_none() || args.output.is_some() {
        write_output(args.output.as_deref(), |w| Ok(w.write_all(dot.as_bytes())?))?;
    }
    Ok(())
}
