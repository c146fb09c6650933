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
//!
//! With [`GroupBy::Outlet`], each outlet (or each document whose outlet is unknown) is a
//! cluster holding its quotes and the values of the relations only it reports; entities stay
//! outside the clusters, so the edges into one entity from several clusters show which outlets
//! talk about it. An edge reported by one outlet takes that outlet's colour; an edge reported by
//! several is drawn thick and black, outside any cluster, with the number of outlets.

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
    /// Whether to draw a cluster per outlet.
    pub group_by: GroupBy,
}

impl Default for DotOptions {
    fn default() -> Self {
        DotOptions {
            focus: None,
            depth: 1,
            group_by: GroupBy::None,
        }
    }
}

/// How [`render_dot`] gathers nodes into Graphviz clusters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum GroupBy {
    /// One flat drawing.
    #[default]
    None,
    /// A cluster per outlet (per document when its outlet is unknown) holding its quotes and
    /// the values of relations only it reports.
    Outlet,
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
const QUOTE_CHARS: usize = 32;
/// Cluster and edge colours of outlets, in cluster order, repeated when there are more outlets.
/// Red is left for conflicts.
const OUTLET_COLORS: [&str; 8] = [
    "blue3",
    "darkgreen",
    "darkorange3",
    "purple3",
    "deeppink3",
    "cyan4",
    "goldenrod4",
    "saddlebrown",
];
/// Most documents named in an outlet cluster's label; beyond that, only their number.
const CLUSTER_DOCS: usize = 3;

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
    /// The cluster drawn around the node, when grouping.
    group: Option<Group>,
}

/// An edge: from, to, label.
type Edge = (String, String, String);

/// A cluster: an outlet, or a document whose outlet is unknown. Outlets sort first.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Group {
    Outlet(String),
    Document(String),
}

/// Renders the store's entities, quotes and relations as DOT.
pub fn render_dot(store: &Store, options: &DotOptions) -> Result<String, DotError> {
    let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
    // Each edge with the groups (outlets) that report it; empty when not grouping.
    let mut edges: BTreeMap<Edge, BTreeSet<Group>> = BTreeMap::new();
    // Document IRI → its group, and each group's document ids.
    let mut doc_group: BTreeMap<String, Group> = BTreeMap::new();
    let mut group_docs: BTreeMap<Group, Vec<String>> = BTreeMap::new();
    if options.group_by == GroupBy::Outlet {
        for row in select(
            store,
            "SELECT ?d ?outlet WHERE { ?d a schema:NewsArticle OPTIONAL { ?d schema:publisher ?outlet } }",
        )? {
            let Some(d) = iri(&row[0]) else { continue };
            let id = document_id(&d);
            // A document with two publishers keeps the smallest, so the drawing is stable.
            let group = match literal(&row[1]) {
                Some(outlet) => Group::Outlet(outlet.to_owned()),
                None => Group::Document(id.clone()),
            };
            let slot = doc_group.entry(d).or_insert_with(|| group.clone());
            if group < *slot {
                *slot = group;
            }
        }
        for (d, group) in &doc_group {
            group_docs
                .entry(group.clone())
                .or_default()
                .push(document_id(d));
        }
    }

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
            group: None,
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
        "SELECT ?q ?text ?speaker ?doc WHERE { ?q a schema:Quotation ; schema:text ?text . OPTIONAL { ?q ng:speaker ?speaker } OPTIONAL { ?q ng:inDocument ?doc } }",
    )? {
        let (Some(q), Some(text)) = (iri(&row[0]), literal(&row[1])) else {
            continue;
        };
        let group = iri(&row[3]).and_then(|d| doc_group.get(&d).cloned());
        let node = nodes.entry(q.clone()).or_insert(Node {
            label: truncate(text, QUOTE_CHARS),
            kind: Kind::Quote,
            names: Vec::new(),
            group: None,
        });
        keep_min_group(&mut node.group, group.as_ref());
        if let Some(speaker) = iri(&row[2]) {
            ensure_entity(&mut nodes, &speaker);
            let groups = edges.entry((speaker, q, "said".to_owned())).or_default();
            groups.extend(group);
        }
    }

    // Which groups report each relation, from the documents of its evidence.
    let mut relation_groups: BTreeMap<String, BTreeSet<Group>> = BTreeMap::new();
    if options.group_by == GroupBy::Outlet {
        for row in select(
            store,
            "SELECT DISTINCT ?r ?doc WHERE { ?r a ng:Relation ; prov:wasDerivedFrom ?e . ?e ng:inDocument ?doc }",
        )? {
            if let (Some(r), Some(d)) = (iri(&row[0]), iri(&row[1]))
                && let Some(group) = doc_group.get(&d)
            {
                relation_groups.entry(r).or_default().insert(group.clone());
            }
        }
    }

    // One row per relation and qualifier combination; the smallest value of each wins, so a
    // relation with two dates is still drawn the same way every time.
    let mut relations: BTreeMap<String, Relation> = BTreeMap::new();
    for row in select(
        store,
        "SELECT ?r ?s ?p ?o ?quantity ?quantityText ?date ?roleIn WHERE {
           ?r a ng:Relation ; ng:subject ?s ; ng:predicate ?p ; ng:object ?o .
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
    // Where each claim is drawn (its literal value, else its subject), for conflict edges.
    let mut claim_nodes: BTreeMap<String, String> = BTreeMap::new();
    for (r, rel) in relations {
        let groups = relation_groups.remove(&r).unwrap_or_default();
        ensure_entity(&mut nodes, &rel.subject);
        let mut label = rel.predicate;
        let target = match (&rel.object, &rel.role_in) {
            (Term::NamedNode(o), _) => {
                ensure_entity(&mut nodes, o.as_str());
                // A claim about an entity ("Roe says 300 passengers a day to Gull Island"):
                // conflicts are drawn between the claimants.
                claim_nodes.insert(r.clone(), rel.subject.clone());
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
                // The value goes in its outlet's cluster when only one outlet reports it.
                let group = match groups.len() {
                    1 => groups.first().cloned(),
                    _ => None,
                };
                nodes.insert(
                    key.clone(),
                    Node {
                        label: text,
                        kind: Kind::Literal,
                        names: Vec::new(),
                        group,
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
        edges
            .entry((rel.subject, target, label))
            .or_default()
            .extend(groups);
    }

    // Claims that disagree (different figures for one quantity): a dashed red line between
    // the values they count, drawn once per pair.
    let mut conflicts: BTreeSet<(String, String)> = BTreeSet::new();
    for row in select(store, "SELECT ?a ?b WHERE { ?a ng:conflictsWith ?b }")? {
        if let (Some(a), Some(b)) = (iri(&row[0]), iri(&row[1]))
            && let (Some(na), Some(nb)) = (claim_nodes.get(&a), claim_nodes.get(&b))
            && na != nb
        {
            conflicts.insert((na.clone().min(nb.clone()), na.clone().max(nb.clone())));
        }
    }

    if let Some(name) = &options.focus {
        let keep = focus(&nodes, &edges, name, options.depth)?;
        nodes.retain(|k, _| keep.contains(k));
        edges.retain(|(a, b, _), _| keep.contains(a) && keep.contains(b));
        conflicts.retain(|(a, b)| keep.contains(a) && keep.contains(b));
    }
    // Only groups with something drawn get a cluster; colours follow their sorted order.
    let used: BTreeSet<&Group> = nodes
        .values()
        .filter_map(|n| n.group.as_ref())
        .chain(edges.values().flatten())
        .collect();
    let clusters: Vec<Cluster> = group_docs
        .iter()
        .filter(|(g, _)| used.contains(g))
        .enumerate()
        .map(|(i, (group, docs))| Cluster {
            group: group.clone(),
            docs: docs.clone(),
            color: OUTLET_COLORS[i % OUTLET_COLORS.len()],
        })
        .collect();
    Ok(write_dot(&nodes, &edges, &conflicts, &clusters))
}

/// One outlet's cluster as drawn.
struct Cluster {
    group: Group,
    /// Its document ids, sorted.
    docs: Vec<String>,
    color: &'static str,
}

impl Cluster {
    /// "Harbour Daily" over its documents, or the document id alone.
    fn label(&self) -> String {
        match &self.group {
            Group::Document(id) => id.clone(),
            Group::Outlet(name) if self.docs.len() <= CLUSTER_DOCS => {
                format!("{name}\n{}", self.docs.join(", "))
            }
            Group::Outlet(name) => format!("{name}\n{} documents", self.docs.len()),
        }
    }
}

fn keep_min_group(slot: &mut Option<Group>, group: Option<&Group>) {
    if let Some(g) = group
        && slot.as_ref().is_none_or(|old| g < old)
    {
        *slot = Some(g.clone());
    }
}

/// The id of a document from its IRI (`…/doc/a%20b.txt` → `a b.txt`).
fn document_id(iri: &str) -> String {
    let encoded = iri.rsplit('/').next().unwrap_or(iri);
    let bytes = encoded.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
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
            group: None,
        }
    });
}

/// Nodes within `depth` edges (either direction) of an entity whose names contain `name`.
fn focus(
    nodes: &BTreeMap<String, Node>,
    edges: &BTreeMap<Edge, BTreeSet<Group>>,
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
    for (a, b, _) in edges.keys() {
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
    edges: &BTreeMap<Edge, BTreeSet<Group>>,
    conflicts: &BTreeSet<(String, String)>,
    clusters: &[Cluster],
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
    if !clusters.is_empty() {
        let _ = writeln!(
            out,
            "    legend_outlets [label=\"edge in a box's colour: that outlet only\\nthick black edge: several outlets\", {LITERAL_STYLE}];"
        );
    }
    out.push_str("  }\n\n");

    let color: BTreeMap<&Group, &str> = clusters.iter().map(|c| (&c.group, c.color)).collect();
    let node_line = |key: &str, node: &Node, indent: &str| {
        let style = match node.kind {
            Kind::Entity { style } => {
                let (_, _, shape, color) = ENTITY_STYLES[style];
                format!("shape={shape}, style=filled, fillcolor={color}")
            }
            Kind::UntypedEntity => OTHER_STYLE.to_owned(),
            Kind::Quote => QUOTE_STYLE.to_owned(),
            Kind::Literal => LITERAL_STYLE.to_owned(),
        };
        format!(
            "{indent}{} [label=\"{}\", {style}];\n",
            ids[key],
            escape(&node.label)
        )
    };
    let clustered = |node: &Node| node.group.as_ref().is_some_and(|g| color.contains_key(g));
    for (key, node) in nodes.iter().filter(|(_, n)| !clustered(n)) {
        out.push_str(&node_line(key, node, "  "));
    }
    for (i, cluster) in clusters.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n  subgraph cluster_outlet_{i} {{\n    label=\"{}\";\n    fontname=\"Helvetica\";\n    style=rounded;\n    color={c};\n    fontcolor={c};",
            escape(&cluster.label()),
            c = cluster.color
        );
        let mut members = nodes
            .iter()
            .filter(|(_, n)| n.group.as_ref() == Some(&cluster.group))
            .peekable();
        if members.peek().is_none() {
            // Graphviz does not draw an empty cluster; an invisible point keeps the label.
            let _ = writeln!(
                out,
                "    cluster_outlet_{i}_anchor [label=\"\", shape=point, style=invis];"
            );
        }
        for (key, node) in members {
            out.push_str(&node_line(key, node, "    "));
        }
        out.push_str("  }\n");
    }
    if !edges.is_empty() {
        out.push('\n');
    }
    let mut sorted: Vec<(&String, &String, &String, &BTreeSet<Group>)> = edges
        .iter()
        .map(|((a, b, l), g)| (&ids[a.as_str()], &ids[b.as_str()], l, g))
        .collect();
    // Numeric id order (n2 before n10) reads better than string order.
    sorted.sort_by_key(|(a, b, l, _)| (id_number(a), id_number(b), l.as_str()));
    for (a, b, label, groups) in sorted {
        let drawn: Vec<&str> = groups
            .iter()
            .filter_map(|g| color.get(g).copied())
            .collect();
        match drawn[..] {
            [] => {
                let _ = writeln!(out, "  {a} -> {b} [label=\"{}\"];", escape(label));
            }
            [c] => {
                let _ = writeln!(
                    out,
                    "  {a} -> {b} [label=\"{}\", color={c}, fontcolor={c}];",
                    escape(label)
                );
            }
            _ => {
                let _ = writeln!(
                    out,
                    "  {a} -> {b} [label=\"{}\\n{} outlets\", penwidth=2];",
                    escape(label),
                    drawn.len()
                );
            }
        }
    }
    let mut sorted: Vec<(&String, &String)> = conflicts
        .iter()
        .map(|(a, b)| (&ids[a.as_str()], &ids[b.as_str()]))
        .collect();
    sorted.sort_by_key(|(a, b)| (id_number(a), id_number(b)));
    // The conflict edges take part in the layout: Graphviz 2.43 can fail to route an edge
    // with `constraint=false` ("triangulation failed", and the drawing is lost).
    for (a, b) in sorted {
        let _ = writeln!(
            out,
            "  {a} -> {b} [label=\"conflicts\", style=dashed, color=red, fontcolor=red, dir=none];"
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
    let flat = crate::text::collapse_whitespace(s);
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
        "PREFIX ng: <{}>\nPREFIX schema: <{}>\nPREFIX rdfs: <{}>\nPREFIX prov: <{}>\n{query}",
        vocab::NG,
        vocab::SCHEMA,
        vocab::RDFS,
        vocab::PROV
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
    use oxigraph::model::NamedNodeRef;

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
        // Quotes are cut short in drawings, with their marks escaped.
        assert!(
            dot.contains("We will \\\"rebuild\\\" the harbour…"),
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
            ..DotOptions::default()
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
                    depth: 0,
                    ..DotOptions::default()
                }
            )
            .is_ok()
        );
        let err = render_dot(
            &store,
            &DotOptions {
                focus: Some("nobody-here".into()),
                ..DotOptions::default()
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

    /// The text of the cluster block whose label starts with `label`.
    fn cluster<'a>(dot: &'a str, label: &str) -> &'a str {
        let start = dot
            .find(&format!("label=\"{label}"))
            .and_then(|at| dot[..at].rfind("subgraph cluster_outlet_"))
            .unwrap_or_else(|| panic!("no cluster {label}: {dot}"));
        let end = start + dot[start..].find("\n  }\n").expect("cluster end");
        &dot[start..end]
    }

    fn grouped() -> DotOptions {
        DotOptions {
            group_by: GroupBy::Outlet,
            ..DotOptions::default()
        }
    }

    #[test]
    fn grouping_by_outlet_clusters_quotes_and_colours_edges() {
        let store = sample_store();
        let dot = render_dot(&store, &grouped()).expect("render");
        assert_eq!(dot.matches("subgraph cluster_outlet_").count(), 2, "{dot}");
        let daily = cluster(&dot, "Daily Example\\ndoc-a");
        let wire = cluster(&dot, "Example Wire\\ndoc-b");
        assert!(daily.contains("We will \\\"rebuild\\\""), "{daily}");
        assert!(daily.contains("color=blue3"), "{daily}");
        assert!(wire.contains("The harbour comes first.") && wire.contains("Nobody asked us."));
        // Entities stay outside; the value only doc-b reports is inside its cluster, the value
        // both report is outside.
        for block in [daily, wire] {
            assert!(
                !block.contains("Mara") && !block.contains("Freedonia"),
                "{block}"
            );
        }
        assert_eq!(dot.matches("label=\"port upgrade\"").count(), 2, "{dot}");
        assert!(wire.contains("label=\"port upgrade\""), "{wire}");
        assert!(!daily.contains("port upgrade"), "{daily}");
        // Edges: one outlet's in its colour, the relation both report thick with a count.
        assert!(dot.contains("\\n2 outlets\", penwidth=2]"), "{dot}");
        assert!(
            dot.contains("[label=\"said\", color=blue3, fontcolor=blue3]"),
            "{dot}"
        );
        assert!(dot.contains("[label=\"said\", color=darkgreen, fontcolor=darkgreen]"));
        // The conflict between the two figures still shows.
        assert_eq!(
            dot.matches("label=\"conflicts\", style=dashed").count(),
            1,
            "{dot}"
        );
        assert_eq!(dot, render_dot(&store, &grouped()).expect("again"));
        let flat = render_dot(&store, &DotOptions::default()).expect("flat");
        assert!(!flat.contains("cluster_outlet"), "{flat}");
    }

    #[test]
    fn document_without_outlet_is_its_own_cluster() {
        let store = sample_store();
        let publisher = NamedNodeRef::new_unchecked(vocab::schema::PUBLISHER);
        let quads: Vec<_> = store
            .quads_for_pattern(None, Some(publisher), None, None)
            .collect::<Result<_, _>>()
            .expect("quads");
        for quad in &quads {
            store.remove(quad).expect("remove");
        }
        let dot = render_dot(&store, &grouped()).expect("render");
        assert!(cluster(&dot, "doc-a\"").contains("We will"), "{dot}");
        assert!(
            cluster(&dot, "doc-b\"").contains("Nobody asked us."),
            "{dot}"
        );
    }

    #[test]
    fn focus_drops_clusters_with_nothing_left() {
        let options = DotOptions {
            focus: Some("Freedonia".into()),
            depth: 1,
            group_by: GroupBy::Outlet,
        };
        let dot = render_dot(&sample_store(), &options).expect("render");
        // Only doc-a reports the role that links Freedonia to Mara Smith.
        assert_eq!(dot.matches("subgraph cluster_outlet_").count(), 1, "{dot}");
        assert!(dot.contains("cluster_outlet_0_anchor"), "{dot}");
    }

    #[test]
    fn document_ids_are_decoded_from_iris() {
        let iri = crate::rdf::vocab::document_iri("a b%/é.txt");
        assert_eq!(document_id(iri.as_str()), "a b%/é.txt");
        assert_eq!(document_id("https://example.org/doc/50%"), "50%");
    }
}
