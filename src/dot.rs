//! Graphviz DOT drawing of a knowledge graph, read back from an RDF store.
//!
//! Reading the store (not the in-memory [`crate::graph::KnowledgeGraph`]) means the same drawing
//! comes from a store directory, exported RDF files, or a freshly built graph.
//!
//! Entities are shaped and coloured by type, quotes are notes linked from their speaker by
//! "said", and relations are edges labelled with their type plus any quantity and date; a role
//! (`holds_role`) is an edge to the body it belongs to, labelled with the title.
//! Literal objects become small plaintext nodes. The DOT text is written here, not with petgraph's
//! `Dot`, because every label must be escaped.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use oxigraph::model::Term;
use oxigraph::sparql::{QueryEvaluationError, QueryResults, SparqlEvaluator, SparqlSyntaxError};
use oxigraph::store::Store;

use crate::rdf::vocab::{self, ng};

#[derive(Debug, thiserror::Error)]
pub enum DotError {
    #[error("no entity label or alias contains {0:?}")]
    FocusNotFound(String),
    #[error("internal SPARQL query does not parse: {0}")]
    Syntax(SparqlSyntaxError),
    #[error("reading the graph failed: {0}")]
    Evaluation(QueryEvaluationError),
    #[error("Graphviz `dot` not found; install graphviz")]
    GraphvizMissing,
    #[error("Graphviz `dot` failed ({status}): {stderr}")]
    Graphviz { status: String, stderr: String },
    #[error("{path}: {error}")]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

// The wrapped errors are part of each message rather than a `source`, so the CLI's `{:#}` chain
// does not print them twice. `From` is written out because `#[from]` would make them sources.

impl From<SparqlSyntaxError> for DotError {
    fn from(error: SparqlSyntaxError) -> Self {
        DotError::Syntax(error)
    }
}

impl From<QueryEvaluationError> for DotError {
    fn from(error: QueryEvaluationError) -> Self {
        DotError::Evaluation(error)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DotOptions {
    /// Keep only nodes near entities whose label or alias contains this, case-insensitively.
    pub focus: Option<String>,
    /// How many edges away from a focus entity a node may be.
    pub depth: usize,
}

impl Default for DotOptions {
    fn default() -> Self {
        DotOptions {
            focus: None,
            depth: 1,
        }
    }
}

/// Shape and fill of each entity class, in legend order.
const ENTITY_STYLES: [(&str, &str, &str, &str); 6] = [
    (ng::PERSON, "Person", "ellipse", "lightblue"),
    (ng::ORGANIZATION, "Organization", "box", "khaki"),
    (ng::COUNTRY, "Country", "doubleoctagon", "palegreen"),
    (ng::PLACE, "Place", "hexagon", "lightgreen"),
    (ng::EVENT, "Event", "diamond", "salmon"),
    (ng::AGREEMENT, "Agreement", "component", "plum"),
];
const QUOTE_STYLE: &str = "shape=note, style=filled, fillcolor=lightyellow";
const LITERAL_STYLE: &str = "shape=plaintext, fontsize=9";
/// Entities whose class is not one of ours (e.g. from a hand-written graph file).
const OTHER_STYLE: &str = "shape=ellipse";
/// Longest quote shown in full, in characters.
const QUOTE_CHARS: usize = 60;

enum Kind {
    Entity { style: usize },
    UntypedEntity,
    Quote,
    Literal,
}

struct Node {
    label: String,
    kind: Kind,
    /// Label and aliases, lower-cased, for `--focus`.
    names: Vec<String>,
}

/// Renders the store's entities, quotes and relations as DOT.
pub fn render_dot(store: &Store, options: &DotOptions) -> Result<String, DotError> {
    let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
    let mut edges: BTreeSet<(String, String, String)> = BTreeSet::new();

    let types = ENTITY_STYLES
        .iter()
        .map(|(iri, ..)| format!("<{iri}>"))
        .collect::<Vec<_>>()
        .join(" ");
    for row in select(
        store,
        &format!(
            "SELECT ?e ?type ?label WHERE {{ ?e a ?type . VALUES ?type {{ {types} }} OPTIONAL {{ ?e rdfs:label ?label }} }}"
        ),
    )? {
        let (Some(e), Some(t)) = (iri(&row[0]), iri(&row[1])) else {
            continue;
        };
        let Some(style) = ENTITY_STYLES.iter().position(|(c, ..)| *c == t) else {
            continue;
        };
        let label = literal(&row[2]).map_or_else(|| local_name(&e), str::to_owned);
        // An entity with two classes keeps the first in legend order (rows are not ordered).
        let node = nodes.entry(e).or_insert(Node {
            label: label.clone(),
            kind: Kind::Entity { style },
            names: Vec::new(),
        });
        if let Kind::Entity { style: old } = node.kind {
            node.kind = Kind::Entity {
                style: old.min(style),
            };
        }
        node.names.push(label.to_lowercase());
        node.label = node.label.clone().min(label);
    }
    for row in select(store, "SELECT ?e ?alias WHERE { ?e ng:alias ?alias }")? {
        if let (Some(e), Some(alias)) = (iri(&row[0]), literal(&row[1])) {
            if let Some(node) = nodes.get_mut(&e) {
                node.names.push(alias.to_lowercase());
            }
        }
    }

    for row in select(
        store,
        "SELECT ?q ?text ?speaker WHERE { ?q a schema:Quotation ; schema:text ?text . OPTIONAL { ?q ng:speaker ?speaker } }",
    )? {
        let (Some(q), Some(text)) = (iri(&row[0]), literal(&row[1])) else {
            continue;
        };
        nodes.entry(q.clone()).or_insert(Node {
            label: truncate(text, QUOTE_CHARS),
            kind: Kind::Quote,
            names: Vec::new(),
        });
        if let Some(speaker) = iri(&row[2]) {
            ensure_entity(&mut nodes, &speaker);
            edges.insert((speaker, q, "said".to_owned()));
        }
    }

    // One row per relation and qualifier combination; the smallest value of each wins, so a
    // relation with two dates is still drawn the same way every time.
    let mut relations: BTreeMap<String, Relation> = BTreeMap::new();
    for row in select(
        store,
        "SELECT ?r ?s ?p ?o ?quantity ?quantityText ?date ?roleIn WHERE {
           ?r a ng:Relation ; ng:subject ?s ; ng:relationType ?p ; ng:object ?o .
           OPTIONAL { ?r ng:quantity ?quantity } OPTIONAL { ?r ng:quantityText ?quantityText }
           OPTIONAL { ?r ng:date ?date } OPTIONAL { ?r ng:roleIn ?roleIn FILTER(isIRI(?roleIn)) }
         }",
    )? {
        let (Some(r), Some(s), Some(p), Some(o)) =
            (iri(&row[0]), iri(&row[1]), literal(&row[2]), row[3].clone())
        else {
            continue;
        };
        let rel = relations.entry(r).or_insert_with(|| Relation {
            subject: s,
            predicate: p.to_owned(),
            object: o,
            quantity: None,
            date: None,
            role_in: None,
        });
        keep_min(&mut rel.quantity, literal(&row[5]).or(literal(&row[4])));
        keep_min(&mut rel.date, literal(&row[6]));
        keep_min(&mut rel.role_in, iri(&row[7]).as_deref());
    }
    // Where each relation's object was drawn, for conflict edges between claims.
    let mut claim_nodes: BTreeMap<String, String> = BTreeMap::new();
    for (r, rel) in relations {
        ensure_entity(&mut nodes, &rel.subject);
        let mut label = rel.predicate;
        let target = match (&rel.object, &rel.role_in) {
            (Term::NamedNode(o), _) => {
                ensure_entity(&mut nodes, o.as_str());
                o.as_str().to_owned()
            }
            // A role ("Harbour Minister") is drawn on the edge to the body it belongs to.
            (Term::Literal(title), Some(role_in)) => {
                ensure_entity(&mut nodes, role_in);
                label.push('\n');
                label.push_str(title.value());
                role_in.clone()
            }
            (other, _) => {
                let key = format!("{r}#object");
                let text = match other {
                    Term::Literal(l) => l.value().to_owned(),
                    t => t.to_string(),
                };
                nodes.insert(
                    key.clone(),
                    Node {
                        label: text,
                        kind: Kind::Literal,
                        names: Vec::new(),
                    },
                );
                claim_nodes.insert(r.clone(), key.clone());
                key
            }
        };
        let details: Vec<String> = [rel.quantity, rel.date].into_iter().flatten().collect();
        if !details.is_empty() {
            label.push('\n');
            label.push_str(&details.join(" · "));
        }
        edges.insert((rel.subject, target, label));
    }

    // Claims that disagree (different figures for one quantity): a dashed red line between
    // the values they count, drawn once per pair.
    let mut conflicts: BTreeSet<(String, String)> = BTreeSet::new();
    for row in select(store, "SELECT ?a ?b WHERE { ?a ng:conflictsWith ?b }")? {
        if let (Some(a), Some(b)) = (iri(&row[0]), iri(&row[1]))
            && let (Some(na), Some(nb)) = (claim_nodes.get(&a), claim_nodes.get(&b))
        {
            conflicts.insert((na.clone().min(nb.clone()), na.clone().max(nb.clone())));
        }
    }

    if let Some(name) = &options.focus {
        let keep = focus(&nodes, &edges, name, options.depth)?;
        nodes.retain(|k, _| keep.contains(k));
        edges.retain(|(a, b, _)| keep.contains(a) && keep.contains(b));
        conflicts.retain(|(a, b)| keep.contains(a) && keep.contains(b));
    }
    Ok(write_dot(&nodes, &edges, &conflicts))
}

struct Relation {
    subject: String,
    predicate: String,
    object: Term,
    /// As written when known, else the decimal.
    quantity: Option<String>,
    date: Option<String>,
    /// The body a `holds_role` title belongs to.
    role_in: Option<String>,
}

fn keep_min(slot: &mut Option<String>, value: Option<&str>) {
    if let Some(v) = value {
        if slot.as_deref().is_none_or(|old| v < old) {
            *slot = Some(v.to_owned());
        }
    }
}

/// Adds a node for an entity that has no class of ours, so its edges are not lost.
fn ensure_entity(nodes: &mut BTreeMap<String, Node>, iri: &str) {
    nodes.entry(iri.to_owned()).or_insert_with(|| {
        let label = local_name(iri);
        Node {
            names: vec![label.to_lowercase()],
            label,
            kind: Kind::UntypedEntity,
        }
    });
}

/// Nodes within `depth` edges (either direction) of an entity whose names contain `name`.
fn focus(
    nodes: &BTreeMap<String, Node>,
    edges: &BTreeSet<(String, String, String)>,
    name: &str,
    depth: usize,
) -> Result<BTreeSet<String>, DotError> {
    let needle = name.to_lowercase();
    let mut keep: BTreeSet<String> = nodes
        .iter()
        .filter(|(_, n)| n.names.iter().any(|s| s.contains(&needle)))
        .map(|(k, _)| k.clone())
        .collect();
    if keep.is_empty() {
        return Err(DotError::FocusNotFound(name.to_owned()));
    }
    let mut neighbours: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (a, b, _) in edges {
        neighbours.entry(a).or_default().push(b);
        neighbours.entry(b).or_default().push(a);
    }
    let mut queue: VecDeque<(String, usize)> = keep.iter().map(|k| (k.clone(), 0)).collect();
    while let Some((key, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        for next in neighbours.get(key.as_str()).into_iter().flatten() {
            if keep.insert((*next).to_owned()) {
                queue.push_back(((*next).to_owned(), d + 1));
            }
        }
    }
    Ok(keep)
}

fn write_dot(
    nodes: &BTreeMap<String, Node>,
    edges: &BTreeSet<(String, String, String)>,
    conflicts: &BTreeSet<(String, String)>,
) -> String {
    // Ids follow sorted IRI order, so the same graph always gets the same ids.
    let ids: BTreeMap<&str, String> = nodes
        .keys()
        .enumerate()
        .map(|(i, k)| (k.as_str(), format!("n{i}")))
        .collect();
    let mut out = String::new();
    out.push_str("digraph newsgraph {\n");
    out.push_str("  rankdir=LR;\n");
    out.push_str("  node [fontname=\"Helvetica\", fontsize=10];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=9];\n\n");
    out.push_str("  subgraph cluster_legend {\n    label=\"Legend\";\n    style=dashed;\n");
    for (_, name, shape, color) in ENTITY_STYLES {
        let _ = writeln!(
            out,
            "    legend_{} [label=\"{name}\", shape={shape}, style=filled, fillcolor={color}];",
            name.to_lowercase()
        );
    }
    let _ = writeln!(out, "    legend_quote [label=\"Quote\", {QUOTE_STYLE}];");
    let _ = writeln!(
        out,
        "    legend_literal [label=\"value\", {LITERAL_STYLE}];"
    );
    out.push_str("  }\n\n");

    for (key, node) in nodes {
        let style = match node.kind {
            Kind::Entity { style } => {
                let (_, _, shape, color) = ENTITY_STYLES[style];
                format!("shape={shape}, style=filled, fillcolor={color}")
            }
            Kind::UntypedEntity => OTHER_STYLE.to_owned(),
            Kind::Quote => QUOTE_STYLE.to_owned(),
            Kind::Literal => LITERAL_STYLE.to_owned(),
        };
        let _ = writeln!(
            out,
            "  {} [label=\"{}\", {style}];",
            ids[key.as_str()],
            escape(&node.label)
        );
    }
    if !edges.is_empty() {
        out.push('\n');
    }
    let mut sorted: Vec<(&String, &String, &String)> = edges
        .iter()
        .map(|(a, b, l)| (&ids[a.as_str()], &ids[b.as_str()], l))
        .collect();
    // Numeric id order (n2 before n10) reads better than string order.
    sorted.sort_by_key(|(a, b, l)| (id_number(a), id_number(b), l.as_str()));
    for (a, b, label) in sorted {
        let _ = writeln!(out, "  {a} -> {b} [label=\"{}\"];", escape(label));
    }
    let mut sorted: Vec<(&String, &String)> = conflicts
        .iter()
        .map(|(a, b)| (&ids[a.as_str()], &ids[b.as_str()]))
        .collect();
    sorted.sort_by_key(|(a, b)| (id_number(a), id_number(b)));
    for (a, b) in sorted {
        let _ = writeln!(
            out,
            "  {a} -> {b} [label=\"conflicts\", style=dashed, color=red, fontcolor=red, dir=none, constraint=false];"
        );
    }
    out.push_str("}\n");
    out
}

fn id_number(id: &str) -> usize {
    id.trim_start_matches('n').parse().unwrap_or(usize::MAX)
}

/// Escapes text for a double-quoted DOT string: backslash and quote are escaped, line breaks
/// become `\n` (a centred line break in Graphviz), other control characters are dropped.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// At most `max` characters, cut at a word boundary where possible, with an ellipsis.
fn truncate(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end())
}

/// The readable end of an IRI: `ngd:entity/person/jane-doe` → `jane-doe`.
fn local_name(iri: &str) -> String {
    iri.rsplit(['/', '#'])
        .next()
        .filter(|s| !s.is_empty())
        .unwrap_or(iri)
        .to_owned()
}

fn iri(term: &Option<Term>) -> Option<String> {
    match term {
        Some(Term::NamedNode(n)) => Some(n.as_str().to_owned()),
        _ => None,
    }
}

fn literal(term: &Option<Term>) -> Option<&str> {
    match term {
        Some(Term::Literal(l)) => Some(l.value()),
        _ => None,
    }
}

/// Runs a SELECT over the union of all graphs; each row holds the bindings in projection order.
fn select(store: &Store, query: &str) -> Result<Vec<Vec<Option<Term>>>, DotError> {
    let query = format!(
        "PREFIX ng: <{}>\nPREFIX schema: <{}>\nPREFIX rdfs: <{}>\n{query}",
        vocab::NG,
        vocab::SCHEMA,
        vocab::RDFS
    );
    let mut prepared = SparqlEvaluator::new().parse_query(&query)?;
    prepared.dataset_mut().set_default_graph_as_union();
    let QueryResults::Solutions(solutions) = prepared.on_store(store).execute()? else {
        return Ok(Vec::new());
    };
    let variables = solutions.variables().to_vec();
    let mut rows = Vec::new();
    for solution in solutions {
        let solution = solution?;
        rows.push(variables.iter().map(|v| solution.get(v).cloned()).collect());
    }
    Ok(rows)
}

/// Renders `dot` to SVG with Graphviz, through a temporary file renamed into place.
pub fn render_svg(dot: &str, svg_path: &Path) -> Result<(), DotError> {
    let mut tmp = svg_path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let mut child = match Command::new("dot")
        .arg("-Tsvg")
        .arg("-o")
        .arg(&tmp)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(DotError::GraphvizMissing);
        }
        Err(error) => {
            return Err(DotError::Io {
                path: PathBuf::from("dot"),
                error,
            });
        }
    };
    let written = child
        .stdin
        .take()
        .map(|mut stdin| stdin.write_all(dot.as_bytes()));
    let output = child.wait_with_output().map_err(|error| DotError::Io {
        path: PathBuf::from("dot"),
        error,
    })?;
    if !output.status.success() {
        let _ = std::fs::remove_file(&tmp);
        return Err(DotError::Graphviz {
            status: output.status.to_string(),
            stderr: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        });
    }
    if let Some(Err(error)) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(DotError::Io {
            path: PathBuf::from("dot"),
            error,
        });
    }
    std::fs::rename(&tmp, svg_path).map_err(|error| DotError::Io {
        path: svg_path.to_owned(),
        error,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdf::graph_to_store;
    use crate::rdf::test_corpus::sample_graph;

    fn sample_store() -> Store {
        graph_to_store(&sample_graph()).expect("store")
    }

    #[test]
    fn draws_legend_types_quotes_and_relations() {
        let dot = render_dot(&sample_store(), &DotOptions::default()).expect("render");
        assert!(dot.contains("subgraph cluster_legend"), "{dot}");
        assert!(dot.contains("rankdir=LR"));
        assert!(dot.contains("label=\"Mara \\\"The Hammer\\\" Smith\", shape=ellipse, style=filled, fillcolor=lightblue"), "{dot}");
        assert!(
            dot.contains("We will \\\"rebuild\\\" the harbour by spring."),
            "{dot}"
        );
        assert!(dot.contains("[label=\"said\"]"), "{dot}");
        assert!(dot.contains("fund\\n28.3 billion · 2031-04-01"), "{dot}");
        assert!(dot.contains("holds_role\\nHarbour Minister\"]"), "{dot}");
        assert!(
            dot.contains("[label=\"port upgrade\", shape=plaintext"),
            "{dot}"
        );
        assert_eq!(
            dot,
            render_dot(&sample_store(), &DotOptions::default()).expect("again")
        );
    }

    #[test]
    fn conflicting_claims_get_one_conflict_edge() {
        let dot = render_dot(&sample_store(), &DotOptions::default()).expect("dot");
        let lines: Vec<&str> = dot
            .lines()
            .filter(|l| l.contains("label=\"conflicts\""))
            .collect();
        assert_eq!(lines.len(), 1, "{dot}");
        assert!(lines[0].contains("style=dashed"), "{dot}");
    }

    #[test]
    fn focus_keeps_neighbourhood() {
        let store = sample_store();
        let all = render_dot(&store, &DotOptions::default()).expect("render");
        let options = DotOptions {
            focus: Some("FREEDONIA".into()),
            depth: 1,
        };
        let dot = render_dot(&store, &options).expect("render");
        assert!(dot.contains("Freedonia") && dot.contains("Mara"), "{dot}");
        assert!(
            !dot.contains("Nobody asked us") && !dot.contains("North Harbour"),
            "{dot}"
        );
        assert!(dot.len() < all.len());
        // Matching an alias works too.
        assert!(
            render_dot(
                &store,
                &DotOptions {
                    focus: Some("smith".into()),
                    depth: 0
                }
            )
            .is_ok()
        );
        let err = render_dot(
            &store,
            &DotOptions {
                focus: Some("nobody-here".into()),
                depth: 1,
            },
        )
        .unwrap_err();
        assert!(matches!(err, DotError::FocusNotFound(ref n) if n == "nobody-here"));
    }

    #[test]
    fn escapes_and_truncates() {
        assert_eq!(escape("a\\b\"c\nd\r"), "a\\\\b\\\"c\\nd");
        let long = "word ".repeat(30);
        let t = truncate(&long, 60);
        assert!(t.ends_with('…') && t.chars().count() <= 61, "{t}");
        assert_eq!(truncate("short", 60), "short");
    }

    #[test]
    fn graphviz_renders_svg() {
        let graphviz = Command::new("dot").arg("-V").output().is_ok();
        let dir = tempfile::tempdir().expect("tempdir");
        let svg = dir.path().join("kg.svg");
        let dot = render_dot(&sample_store(), &DotOptions::default()).expect("render");
        match render_svg(&dot, &svg) {
            Ok(()) => {
                let text = std::fs::read_to_string(&svg).expect("svg");
                assert!(text.contains("<svg") && text.contains("Freedonia"));
                assert!(!dir.path().join("kg.svg.tmp").exists());
            }
            Err(DotError::GraphvizMissing) if !graphviz => {
                eprintln!("skipped: Graphviz not installed")
            }
            Err(e) => panic!("{e}"),
        }
    }
}
