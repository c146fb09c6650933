//! SPARQL over exported graphs: load RDF files, run a query, print the results.
//!
//! Queries see the union of all graphs as their default graph, so they need no `GRAPH` clause;
//! `GRAPH ?doc { … }` still works to ask which document says something. The prefixes of
//! [`vocab::PREFIXES`] are predefined.

use std::io::Write;
use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{IriParseError, Term, Triple};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryEvaluationError, QueryResults, SparqlEvaluator, SparqlSyntaxError};
use oxigraph::store::{LoaderError, StorageError, Store};

use crate::rdf::vocab;

#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error("{path}: cannot read: {error}")]
    Read {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{path}: unknown RDF file extension (expected .ttl, .nt, .nq, .trig, .rdf or .xml)")]
    UnknownExtension { path: PathBuf },
    #[error("{path}: {error}")]
    Load { path: PathBuf, error: LoaderError },
    #[error("SPARQL syntax error: {}", one_line(.0))]
    Syntax(SparqlSyntaxError),
    #[error("SPARQL evaluation failed: {0}")]
    Evaluation(QueryEvaluationError),
    #[error("invalid predefined prefix IRI: {0}")]
    Prefix(IriParseError),
    #[error("cannot create the in-memory store: {0}")]
    Storage(StorageError),
    #[error("cannot write query results: {0}")]
    Write(std::io::Error),
}

// The wrapped errors are part of each message rather than a `source`, so the CLI's `{:#}` chain
// does not print them twice. `From` is written out because `#[from]` would make them sources.

impl From<SparqlSyntaxError> for QueryError {
    fn from(error: SparqlSyntaxError) -> Self {
        QueryError::Syntax(error)
    }
}

impl From<QueryEvaluationError> for QueryError {
    fn from(error: QueryEvaluationError) -> Self {
        QueryError::Evaluation(error)
    }
}

impl From<IriParseError> for QueryError {
    fn from(error: IriParseError) -> Self {
        QueryError::Prefix(error)
    }
}

impl From<StorageError> for QueryError {
    fn from(error: StorageError) -> Self {
        QueryError::Storage(error)
    }
}

impl From<std::io::Error> for QueryError {
    fn from(error: std::io::Error) -> Self {
        QueryError::Write(error)
    }
}

/// The parser lists expected character classes over several lines; the CLI prints one line.
fn one_line(error: &SparqlSyntaxError) -> String {
    error
        .to_string()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// How SELECT and ASK results are printed. CONSTRUCT and DESCRIBE always give Turtle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultsFormat {
    /// Aligned columns with shortened IRIs, for people.
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

impl ResultsFormat {
    fn serializer_format(self) -> Option<QueryResultsFormat> {
        match self {
            ResultsFormat::Table => None,
            ResultsFormat::Csv => Some(QueryResultsFormat::Csv),
            ResultsFormat::Tsv => Some(QueryResultsFormat::Tsv),
            ResultsFormat::Json => Some(QueryResultsFormat::Json),
            ResultsFormat::Xml => Some(QueryResultsFormat::Xml),
        }
    }
}

/// The RDF syntax of a file, from its extension.
pub fn format_for_path(path: &Path) -> Option<RdfFormat> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "ttl" => Some(RdfFormat::Turtle),
        "nt" => Some(RdfFormat::NTriples),
        "nq" => Some(RdfFormat::NQuads),
        "trig" => Some(RdfFormat::TriG),
        "rdf" | "xml" | "owl" => Some(RdfFormat::RdfXml),
        _ => None,
    }
}

/// Loads RDF files into a new in-memory store. Triple files go into the default graph; N-Quads
/// and TriG keep their named graphs.
pub fn load_graph_files(paths: &[PathBuf]) -> Result<Store, QueryError> {
    let store = Store::new()?;
    for path in paths {
        let format = format_for_path(path)
            .ok_or_else(|| QueryError::UnknownExtension { path: path.clone() })?;
        let data = std::fs::read(path).map_err(|error| QueryError::Read {
            path: path.clone(),
            error,
        })?;
        store
            .load_from_slice(RdfParser::from_format(format), &data)
            .map_err(|error| QueryError::Load {
                path: path.clone(),
                error,
            })?;
    }
    Ok(store)
}

/// Runs a SPARQL query on `store` and writes its results to `out`.
pub fn run_query(
    store: &Store,
    query: &str,
    results: ResultsFormat,
    out: &mut dyn Write,
) -> Result<(), QueryError> {
    let mut evaluator = SparqlEvaluator::new();
    for (prefix, ns) in vocab::PREFIXES {
        evaluator = evaluator.with_prefix(prefix, ns)?;
    }
    let mut prepared = evaluator.parse_query(query)?;
    prepared.dataset_mut().set_default_graph_as_union();
    match prepared.on_store(store).execute()? {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            match results.serializer_format() {
                Some(format) => {
                    let mut w = QueryResultsSerializer::from_format(format)
                        .serialize_solutions_to_writer(&mut *out, variables)?;
                    for solution in solutions {
                        w.serialize(&solution?)?;
                    }
                    w.finish()?;
                }
                None => {
                    let mut rows = Vec::new();
                    for solution in solutions {
                        let solution = solution?;
                        rows.push(
                            variables
                                .iter()
                                .map(|v| solution.get(v).map(display_term).unwrap_or_default())
                                .collect(),
                        );
                    }
                    let header: Vec<String> =
                        variables.iter().map(|v| v.as_str().to_owned()).collect();
                    write_table(&header, &rows, out)?;
                }
            }
        }
        QueryResults::Boolean(value) => match results.serializer_format() {
            Some(format) => {
                QueryResultsSerializer::from_format(format)
                    .serialize_boolean_to_writer(&mut *out, value)?;
            }
            None => writeln!(out, "{value}")?,
        },
        QueryResults::Graph(triples) => {
            let mut quads = Vec::new();
            for triple in triples {
                let triple: Triple = triple?;
                quads.push(triple.in_graph(oxigraph::model::GraphName::DefaultGraph));
            }
            // Sorted because the engine's order is not stable across stores.
            crate::rdf::sort_quads(&mut quads);
            crate::rdf::write_quads(&quads, RdfFormat::Turtle, out)?;
        }
    }
    Ok(())
}

/// A term for the table: IRIs shortened with the known prefixes, literals as their value.
fn display_term(term: &Term) -> String {
    let text = match term {
        Term::NamedNode(n) => {
            vocab::shorten(n.as_str()).unwrap_or_else(|| format!("<{}>", n.as_str()))
        }
        Term::BlankNode(b) => b.to_string(),
        Term::Literal(l) => l.value().to_owned(),
        #[allow(unreachable_patterns)] // triple terms exist only with oxigraph's `rdf-12` feature
        other => other.to_string(),
    };
    // Line breaks and tabs would break the columns.
    text.replace('\n', "\\n")
        .replace('\r', "\\r")
        .replace('\t', "\\t")
}

fn write_table(
    header: &[String],
    rows: &[Vec<String>],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let width = |s: &str| s.chars().count();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - width(c))))
            .collect();
        padded.join("  ").trim_end().to_owned()
    };
    writeln!(out, "{}", line(header))?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    writeln!(out, "{}", line(&rule))?;
    for row in rows {
        writeln!(out, "{}", line(row))?;
    }
    writeln!(
        out,
        "{} {}",
        rows.len(),
        if rows.len() == 1 { "row" } else { "rows" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdf::graph_to_store;
    use crate::rdf::test_corpus::sample_graph;

    fn sample_store() -> Store {
        graph_to_store(&sample_graph()).expect("store")
    }

    fn run(query: &str, format: ResultsFormat) -> Result<String, QueryError> {
        let mut out = Vec::new();
        run_query(&sample_store(), query, format, &mut out)?;
        Ok(String::from_utf8(out).expect("utf-8"))
    }

    fn query_file(name: &str) -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/queries")
            .join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn table_shortens_iris_and_counts_rows() {
        let out = run(
            "SELECT ?e ?label WHERE { ?e a ng:Person ; rdfs:label ?label }",
            ResultsFormat::Table,
        )
        .expect("runs");
        assert!(out.contains("ngd:entity/person/mara-smith"), "{out}");
        assert!(out.contains("Mara \"The Hammer\" Smith"), "{out}");
        assert!(out.ends_with("1 row\n"), "{out}");
    }

    #[test]
    fn union_default_graph_sees_document_graphs() {
        let out = run("ASK { ?q a schema:Quotation }", ResultsFormat::Table).expect("runs");
        assert_eq!(out, "true\n");
        let json = run("SELECT ?q WHERE { ?q ng:speaker ?s }", ResultsFormat::Json).expect("runs");
        assert!(json.starts_with("{\"head\":{\"vars\":[\"q\"]}"), "{json}");
    }

    #[test]
    fn construct_gives_turtle() {
        let out = run(
            "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l }",
            ResultsFormat::Table,
        )
        .expect("runs");
        assert!(
            out.contains("@prefix rdfs:") && out.contains("rdfs:label \"Freedonia\""),
            "{out}"
        );
    }

    #[test]
    fn syntax_error_has_position() {
        let err =
            run("SELECT ?x WHERE { ?x ng:speaker }", ResultsFormat::Table).expect_err("bad query");
        assert!(matches!(err, QueryError::Syntax(_)));
        let msg = err.to_string();
        assert!(msg.contains("error at 1:") && !msg.contains('\n'), "{msg}");
    }

    #[test]
    fn loads_files_by_extension() {
        let dir = tempfile::tempdir().expect("tempdir");
        let ttl = dir.path().join("g.ttl");
        let mut buf = Vec::new();
        crate::rdf::write_rdf(&sample_graph(), crate::rdf::RdfOutput::Turtle, &mut buf)
            .expect("write");
        std::fs::write(&ttl, buf).expect("write");
        let store = load_graph_files(&[ttl]).expect("load");
        assert!(store.len().expect("len") > 10);

        let bad = dir.path().join("g.json");
        std::fs::write(&bad, "{}").expect("write");
        let err = load_graph_files(&[bad])
            .err()
            .expect("unknown extension")
            .to_string();
        assert!(err.contains("g.json"), "{err}");

        let broken = dir.path().join("broken.ttl");
        std::fs::write(&broken, "@prefix x: <http://x/> .\nx:a x:b .\n").expect("write");
        let err = load_graph_files(&[broken])
            .err()
            .expect("parse error")
            .to_string();
        assert!(
            err.contains("broken.ttl") && err.contains("line 2"),
            "{err}"
        );
    }

    /// Each saved query parses, runs, and finds something in the sample corpus.
    #[test]
    fn saved_queries_return_rows() {
        for (file, must_contain) in [
            ("who-said-what.rq", "The harbour comes first."),
            ("quotes-by-speaker.rq", "We will"),
            ("figures-and-claimants.rq", "28300000000"),
            ("entities-by-outlets.rq", "Mara"),
        ] {
            let query = query_file(file);
            let out = run(&query, ResultsFormat::Table).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert!(out.contains(must_contain), "{file}:\n{out}");
            assert!(!out.ends_with("\n0 rows\n"), "{file}:\n{out}");
            // The PREFIX lines make each file portable to other SPARQL engines.
            let bare = SparqlEvaluator::new().parse_query(&query);
            assert!(
                bare.is_ok(),
                "{file} must declare its prefixes: {:?}",
                bare.err()
            );
        }
    }
}
