//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "newsgraph",
    version,
    about = "Turn news articles into a knowledge graph: entities, quotes, roles and claims with provenance."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Extract a knowledge graph from articles and write it as RDF, JSON or DOT.
    #[command(after_help = "Examples:
  newsgraph build articles/ -o graph.ttl
  newsgraph build corpus.jsonl.gz --format nquads -o graph.nq --store kg/
  newsgraph build story.html --format json > report.json
  newsgraph build ../shared/seeds --out-dir out/")]
    Build(BuildArgs),
    /// Run a SPARQL query over a store or RDF files.
    #[command(after_help = "Examples:
  newsgraph query --store kg/ -f examples/queries/who-said-what.rq
  newsgraph query examples/queries/who-said-what.rq --graph a.ttl --graph b.ttl
  newsgraph query --graph graph.ttl 'SELECT ?s WHERE { ?q ng:speaker ?s }' --results csv")]
    Query(QueryArgs),
    /// Draw the graph with Graphviz (DOT text, or SVG when Graphviz is installed).
    #[command(after_help = "Examples:
  newsgraph dot --store kg/ -o graph.dot
  newsgraph dot articles/ --focus \"Jane Roe\" --depth 2 --svg roe.svg
  newsgraph dot articles/ --outlets outlets.tsv --group-by outlet --svg outlets.svg")]
    Dot(DotArgs),
    /// Compare how articles report one story: shared statements, figures by claimant and
    /// outlet with conflicts, facts and entities only one outlet reports.
    #[command(after_help = "Examples:
  newsgraph compare ../shared/seeds
  newsgraph compare a.txt b.html c.txt -o comparison.txt
  newsgraph compare articles/ --outlets articles/index.tsv")]
    Compare(CompareArgs),
    /// List the extraction rules, in the order they run.
    Rules,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Rdfxml,
    Json,
    Dot,
}

#[derive(Args)]
pub struct InputArgs {
    /// Outlet name for inputs that do not give one.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Publication date (YYYY-MM-DD) for inputs that do not give one.
    #[arg(long)]
    pub published: Option<String>,
    /// A tab-separated table naming the outlet of each .txt/.html file: file name in the first
    /// column, outlet in a column headed `outlet` (else the second column), and the date from a
    /// `published` or `date` column. It overrides what the files say.
    #[arg(long, value_name = "FILE")]
    pub outlets: Option<PathBuf>,
}

#[derive(Args)]
pub struct BuildArgs {
    /// Files, directories (searched recursively for .txt, .html, .htm, .jsonl, .jsonl.gz) or `-` for stdin.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Write the output here (atomically) instead of to stdout.
    #[arg(short, long, conflicts_with = "out_dir")]
    pub output: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "turtle", conflicts_with = "out_dir")]
    pub format: OutputFormat,
    /// Also add the graph to this store directory (created if absent), for `query` and `dot`.
    #[arg(long)]
    pub store: Option<PathBuf>,
    /// Write every output (Turtle, N-Quads, TriG, JSON report, DOT, and SVG when Graphviz is
    /// installed) into this directory and print their paths.
    #[arg(long)]
    pub out_dir: Option<PathBuf>,
    /// Extract and write with this many threads (default: one per core). The output does not depend on it.
    #[arg(long, value_name = "N")]
    pub threads: Option<std::num::NonZeroUsize>,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ResultsArg {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

#[derive(Args)]
pub struct QueryArgs {
    /// A store directory made by `build --store`.
    #[arg(long, conflicts_with = "graph")]
    pub store: Option<PathBuf>,
    /// An RDF file (.ttl, .nt, .nq, .trig, .rdf); repeat for several.
    #[arg(long, value_name = "FILE")]
    pub graph: Vec<PathBuf>,
    /// The SPARQL query text, or the path of a `.rq` file holding it.
    #[arg(required_unless_present = "file", conflicts_with = "file")]
    pub query: Option<String>,
    /// Read the query from this file.
    #[arg(short, long)]
    pub file: Option<PathBuf>,
    /// How to print SELECT and ASK results.
    #[arg(long, value_enum, default_value = "table")]
    pub results: ResultsArg,
}

#[derive(Args)]
pub struct DotArgs {
    /// Articles to build the graph from (instead of --store or --graph).
    pub inputs: Vec<String>,
    #[arg(long, conflicts_with_all = ["graph", "inputs"])]
    pub store: Option<PathBuf>,
    /// An RDF file (.ttl, .nt, .nq, .trig, .rdf); repeat for several.
    #[arg(long, value_name = "FILE", conflicts_with = "inputs")]
    pub graph: Vec<PathBuf>,
    /// Keep only the neighbourhood of entities whose name contains this text.
    #[arg(long)]
    pub focus: Option<String>,
    /// How many hops around the focus to keep.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Draw a cluster per outlet (per document when the outlet is unknown) with its quotes;
    /// edges take the colour of the one outlet that reports them, or are thick when several do.
    #[arg(long, value_enum, default_value = "none")]
    pub group_by: GroupByArg,
    /// Write the DOT text here instead of stdout.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Also render an SVG with Graphviz `dot`.
    #[arg(long)]
    pub svg: Option<PathBuf>,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupByArg {
    None,
    Outlet,
}

#[derive(Args)]
pub struct CompareArgs {
    /// Files or directories of articles about one story (as for `build`).
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Write the comparison here (atomically) instead of to stdout.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub input: InputArgs,
}
