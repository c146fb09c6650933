//! End-to-end tests of the `newsgraph` binary: every output format, determinism, `--out-dir`,
//! SPARQL over files and stores, Graphviz rendering, and the error contract for bad input
//! (exit code 2, one `newsgraph: ` line naming the input, nothing half-written).
//!
//! Inputs are the seed articles in `../shared/seeds` (read, never copied) and invented text in
//! `tests/fixtures/cli/`.

#[path = "cli/util.rs"]
mod util;

use std::fs;
use std::path::Path;

use predicates::prelude::*;

use util::{assert_build_fails, assert_error_line, fixture, has_program, newsgraph, on_ci, seeds};

/// Every `--format` and the file name the tests give its output.
const FORMATS: [(&str, &str); 7] = [
    ("turtle", "graph.ttl"),
    ("ntriples", "graph.nt"),
    ("nquads", "graph.nq"),
    ("trig", "graph.trig"),
    ("rdfxml", "graph.rdf"),
    ("json", "report.json"),
    ("dot", "graph.dot"),
];

/// Who said "Images are a serious thing"? Quotes whose text contains the words, with the label
/// of their speaker.
const WHO_SAID_SERIOUS_THING: &str = r#"
PREFIX ng:     <https://w3id.org/newsgraph/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?speaker WHERE {
  ?q a schema:Quotation ;
     schema:text ?text ;
     ng:speaker ?s .
  ?s rdfs:label ?speaker .
  FILTER(CONTAINS(?text, "serious thing"))
}
"#;

fn build_seeds_to(format: &str, out: &Path) {
    newsgraph()
        .arg("build")
        .arg(seeds())
        .args(["--format", format, "-o"])
        .arg(out)
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
}

#[test]
fn build_writes_every_format_deterministically() {
    let dir = tempfile::tempdir().unwrap();
    for (format, name) in FORMATS {
        let first = dir.path().join(format!("1-{name}"));
        let second = dir.path().join(format!("2-{name}"));
        build_seeds_to(format, &first);
        build_seeds_to(format, &second);
        let a = fs::read(&first).unwrap();
        let b = fs::read(&second).unwrap();
        assert!(!a.is_empty(), "{format}: empty output");
        assert!(
            a == b,
            "{format}: two runs gave different bytes; first difference: {}",
            first_difference(&a, &b)
        );
    }
}

/// The first line where two outputs differ, both versions, for a readable failure.
fn first_difference(a: &[u8], b: &[u8]) -> String {
    let (a, b) = (String::from_utf8_lossy(a), String::from_utf8_lossy(b));
    let mut lines = a.lines().zip(b.lines()).enumerate();
    match lines.find(|(_, (x, y))| x != y) {
        Some((n, (x, y))) => format!("line {}: {x:?} vs {y:?}", n + 1),
        None => format!("{} vs {} lines", a.lines().count(), b.lines().count()),
    }
}

#[test]
fn build_to_stdout_matches_build_to_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("graph.ttl");
    build_seeds_to("turtle", &file);
    newsgraph()
        .arg("build")
        .arg(seeds())
        .assert()
        .success()
        .stdout(fs::read_to_string(&file).unwrap());
}

#[test]
fn out_dir_writes_every_output_and_prints_the_paths() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("seeds");
    let assert = newsgraph()
        .arg("build")
        .arg(seeds())
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    for name in [
        "graph.ttl",
        "graph.nq",
        "graph.trig",
        "report.json",
        "graph.dot",
    ] {
        let path = out.join(name);
        assert!(
            fs::metadata(&path).unwrap().len() > 0,
            "{name} is missing or empty"
        );
        assert!(
            stdout.contains(&path.display().to_string()),
            "stdout does not name {}: {stdout}",
            path.display()
        );
    }
}

#[test]
fn query_finds_the_speaker_of_a_quote_in_a_turtle_file() {
    let dir = tempfile::tempdir().unwrap();
    let ttl = dir.path().join("graph.ttl");
    build_seeds_to("turtle", &ttl);
    newsgraph()
        .args(["query", "--graph"])
        .arg(&ttl)
        .arg(WHO_SAID_SERIOUS_THING)
        .assert()
        .success()
        .stdout(predicate::str::contains("Putin"));
}

#[test]
fn query_finds_the_speaker_of_a_quote_in_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("kg");
    newsgraph()
        .arg("build")
        .arg(seeds())
        .arg("--store")
        .arg(&store)
        .arg("-o")
        .arg(dir.path().join("graph.ttl"))
        .assert()
        .success();
    newsgraph()
        .args(["query", "--results", "csv", "--store"])
        .arg(&store)
        .arg(WHO_SAID_SERIOUS_THING)
        .assert()
        .success()
        .stdout(predicate::str::contains("Putin"));
}

#[test]
fn saved_queries_run_on_the_seeds() {
    let dir = tempfile::tempdir().unwrap();
    let ttl = dir.path().join("graph.ttl");
    build_seeds_to("turtle", &ttl);
    let queries = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/queries");
    let mut names: Vec<_> = fs::read_dir(&queries)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    for rq in names {
        newsgraph()
            .args(["query", "--graph"])
            .arg(&ttl)
            .arg("-f")
            .arg(&rq)
            .assert()
            .success();
    }
    // The saved queries' usage line passes the file as the query argument.
    newsgraph()
        .args(["query", "examples/queries/who-said-what.rq", "--graph"])
        .arg(&ttl)
        .assert()
        .success()
        .stdout(predicate::str::contains("Vladimir Putin"));
}

#[test]
fn dot_output_renders_with_graphviz() {
    if !has_program("dot") {
        assert!(!on_ci(), "Graphviz `dot` is not installed on CI");
        eprintln!("note: Graphviz `dot` is not installed; skipping the rendering check");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let dot = dir.path().join("graph.dot");
    build_seeds_to("dot", &dot);
    let svg = std::process::Command::new("dot")
        .arg("-Tsvg")
        .arg(&dot)
        .output()
        .unwrap();
    assert!(
        svg.status.success(),
        "dot -Tsvg failed: {}",
        String::from_utf8_lossy(&svg.stderr)
    );
    assert!(String::from_utf8_lossy(&svg.stdout).contains("<svg"));

    let focused = dir.path().join("putin.svg");
    newsgraph()
        .arg("dot")
        .arg(seeds())
        .args(["--focus", "Putin", "--svg"])
        .arg(&focused)
        .assert()
        .success();
    assert!(fs::read_to_string(&focused).unwrap().contains("<svg"));
}

#[test]
fn rules_lists_the_extractors() {
    newsgraph()
        .arg("rules")
        .assert()
        .success()
        .stdout(predicate::str::contains("entity").and(predicate::str::contains("quote")));
}

#[test]
fn invented_article_from_stdin() {
    newsgraph()
        .args(["build", "-", "--format", "json"])
        .write_stdin(fs::read(fixture("harbour.txt")).unwrap())
        .assert()
        .success()
        .stdout(predicate::str::contains("Jane Roe").and(predicate::str::contains("Lisbon")));
}

#[test]
fn missing_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-article.txt");
    assert_build_fails(&missing, "no-such-article.txt");
}

#[test]
fn binary_file_in_a_directory_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("articles");
    fs::create_dir(&input).unwrap();
    fs::write(input.join("x.txt"), b"PK\x03\x04\0\0\0binary\0data\0").unwrap();
    assert_build_fails(&input, "x.txt");
}

#[test]
fn empty_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("empty.txt");
    fs::write(&input, b"").unwrap();
    assert_build_fails(&input, "empty.txt");
}

#[test]
fn malformed_json_line_is_an_error_naming_the_line() {
    assert_build_fails(&fixture("malformed.jsonl"), "malformed.jsonl:2");
}

#[test]
fn invalid_utf8_is_a_warning_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("latin1.txt");
    let mut bytes = fs::read(fixture("harbour.txt")).unwrap();
    bytes.extend_from_slice(b"The caf\xe9 on the pier opened too.\n");
    fs::write(&input, bytes).unwrap();
    let out = dir.path().join("graph.ttl");
    newsgraph()
        .arg("build")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(
            predicate::str::contains("warning")
                .and(predicate::str::contains("latin1.txt"))
                .and(predicate::str::contains("panicked").not()),
        );
    assert!(fs::metadata(&out).unwrap().len() > 0);
}

#[test]
fn malformed_sparql_is_an_error_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let ttl = dir.path().join("graph.ttl");
    build_seeds_to("turtle", &ttl);
    let assert = newsgraph()
        .args(["query", "SELECT ?x WHERE { ?x", "--graph"])
        .arg(&ttl)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert_error_line(&stderr, "SPARQL");
    // The parser's position: line 1, column 21 (one-based), however the parser spells it.
    assert!(
        predicate::str::is_match(r"1:2[01]|line 1,? column 2[01]")
            .unwrap()
            .eval(&stderr),
        "no position in {stderr:?}"
    );
}

#[test]
fn missing_store_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("no-store");
    let assert = newsgraph()
        .args(["query", "SELECT * WHERE { ?s ?p ?o }", "--store"])
        .arg(&store)
        .assert()
        .code(2);
    assert_error_line(
        &String::from_utf8_lossy(&assert.get_output().stderr),
        "no-store",
    );
}

#[test]
fn thread_count_does_not_change_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let mut outputs = Vec::new();
    for threads in ["1", "2"] {
        let out = dir.path().join(format!("report-{threads}.json"));
        newsgraph()
            .arg("build")
            .arg(seeds())
            .args(["--format", "json", "--threads", threads, "-o"])
            .arg(&out)
            .assert()
            .success();
        outputs.push(fs::read(&out).unwrap());
    }
    assert!(outputs[0] == outputs[1], "--threads 1 and 2 differ");
}

#[test]
fn compare_reports_the_seeds_deterministically() {
    let run = || {
        let assert = newsgraph().arg("compare").arg(seeds()).assert().success();
        assert.get_output().stdout.clone()
    };
    let first = run();
    assert!(!first.is_empty());
    assert!(first == run(), "two runs of compare differ");
}

/// Two invented articles about one ferry, and `outlets.tsv` naming their outlets and dates.
fn outlet_articles() -> (std::path::PathBuf, std::path::PathBuf) {
    let dir = fixture("outlets");
    let table = dir.join("outlets.tsv");
    (dir, table)
}

#[test]
fn outlets_table_names_each_file_in_build_and_compare() {
    let (dir, table) = outlet_articles();
    let assert = newsgraph()
        .arg("build")
        .arg(&dir)
        .args(["--format", "json", "--outlets"])
        .arg(&table)
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    let report: serde_json::Value = serde_json::from_slice(&assert.get_output().stdout).unwrap();
    let documents: Vec<(&str, &str, &str)> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap(),
                d["outlet"].as_str().unwrap(),
                d["published"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        documents,
        [
            ("courier.txt", "Lakeside Courier", "2024-04-08"),
            ("wire.txt", "Valley Wire", "2024-04-09"),
        ]
    );

    newsgraph()
        .arg("compare")
        .arg(&dir)
        .arg("--outlets")
        .arg(&table)
        .assert()
        .success()
        .stdout(
            predicate::str::contains("2 documents from 2 outlets")
                .and(predicate::str::contains("Lakeside Courier"))
                .and(predicate::str::contains("Valley Wire")),
        );
}

#[test]
fn bad_outlets_table_is_an_error_naming_the_file() {
    let (dir, _) = outlet_articles();
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("no-such-outlets.tsv");
    let no_column = tmp.path().join("no-outlet-column.tsv");
    fs::write(&no_column, "file\tsource\ncourier.txt\tLakeside Courier\n").unwrap();
    for (table, names) in [
        (&missing, "no-such-outlets.tsv: cannot read"),
        (&no_column, "no-outlet-column.tsv:1: no \"outlet\" column"),
    ] {
        for command in ["build", "dot", "compare"] {
            let assert = newsgraph()
                .arg(command)
                .arg(&dir)
                .arg("--outlets")
                .arg(table)
                .assert()
                .code(2)
                .stdout(predicate::str::is_empty());
            assert_error_line(&String::from_utf8_lossy(&assert.get_output().stderr), names);
        }
    }
}

#[test]
fn dot_groups_by_outlet_and_renders() {
    let (dir, table) = outlet_articles();
    let assert = newsgraph()
        .arg("dot")
        .arg(&dir)
        .arg("--outlets")
        .arg(&table)
        .args(["--group-by", "outlet"])
        .assert()
        .success();
    let dot = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    assert_eq!(dot.matches("subgraph cluster_outlet_").count(), 2, "{dot}");
    assert!(
        dot.contains("label=\"Lakeside Courier\\ncourier.txt\"")
            && dot.contains("label=\"Valley Wire\\nwire.txt\""),
        "{dot}"
    );
    // The two outlets give different figures: the conflict edge is still drawn.
    assert!(dot.contains("label=\"conflicts\", style=dashed"), "{dot}");
    let flat = newsgraph().arg("dot").arg(&dir).assert().success();
    assert!(!String::from_utf8_lossy(&flat.get_output().stdout).contains("cluster_outlet"));

    if !has_program("dot") {
        assert!(!on_ci(), "Graphviz `dot` is not installed on CI");
        eprintln!("note: Graphviz `dot` is not installed; skipping the rendering check");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("outlets.dot");
    fs::write(&file, &dot).unwrap();
    let svg = std::process::Command::new("dot")
        .arg("-Tsvg")
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        svg.status.success(),
        "dot -Tsvg failed: {}",
        String::from_utf8_lossy(&svg.stderr)
    );
    let svg = String::from_utf8_lossy(&svg.stdout);
    assert!(svg.contains("<svg") && svg.contains("Valley Wire"), "{svg}");
}
