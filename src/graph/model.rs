//! The corpus knowledge graph: typed nodes and edges in a petgraph `StableDiGraph`.
//!
//! Node kinds: documents, entities, quotes and relations (a relation is a node because it carries
//! qualifiers and evidence: an n-ary statement). Edges tie a quote to its speaker and its
//! document, and a relation to its subject, object and entity-valued qualifiers.
//!
//! Every exporter (JSON report, RDF, DOT) reads this graph through the accessors below, so they
//! agree with each other. Node order is insertion order, and [`KnowledgeGraph::build`] inserts in
//! a sorted order, which keeps every output deterministic.

use std::collections::BTreeMap;

use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use petgraph::visit::EdgeRef;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

/// The six entity types of the report contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum EntityType {
    Person,
    Organization,
    Country,
    Place,
    Event,
    Agreement,
}

impl EntityType {
    pub const ALL: [EntityType; 6] = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Country,
        EntityType::Place,
        EntityType::Event,
        EntityType::Agreement,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "Person",
            EntityType::Organization => "Organization",
            EntityType::Country => "Country",
            EntityType::Place => "Place",
            EntityType::Event => "Event",
            EntityType::Agreement => "Agreement",
        }
    }

    pub fn parse(s: &str) -> Option<EntityType> {
        EntityType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s))
    }
}

/// Where a statement comes from: a document, a code-point range of the input as read (end
/// exclusive), and the id of the rule that produced it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Evidence {
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub rule: String,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Mention {
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The rule that recognised this mention.
    #[serde(skip)]
    pub rule: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentNode {
    pub id: String,
    pub source: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityNode {
    /// Stable id derived from type and canonical label, e.g. `person/jane-doe`.
    pub id: String,
    pub label: String,
    pub entity_type: EntityType,
    /// Other names used for the entity, sorted.
    pub aliases: Vec<String>,
    /// Every mention, sorted by document and offset.
    pub mentions: Vec<Mention>,
    /// Why mentions were merged into this entity: `(rule, evidence text)`, sorted.
    pub merges: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteNode {
    /// Stable id derived from document and offsets.
    pub id: String,
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub rule: String,
    /// Id shared by all reports of one statement by one speaker (across outlets).
    pub statement: String,
}

/// A relation's object or qualifier value.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Value {
    /// An entity, by id.
    Entity(String),
    /// Free text ("troops", a title such as "Defense Secretary").
    Literal(String),
    /// A number normalised to a plain decimal ("28300000000"), as written in `text`.
    Quantity { amount: String, text: String },
    /// An ISO 8601 date (`YYYY-MM-DD`), as written in `text`.
    Date { iso: String, text: String },
}

impl Value {
    /// The value as the JSON report writes it: an entity id, a literal, a decimal or a date.
    pub fn as_report_str(&self) -> &str {
        match self {
            Value::Entity(id) => id,
            Value::Literal(s) => s,
            Value::Quantity { amount, .. } => amount,
            Value::Date { iso, .. } => iso,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationNode {
    pub id: String,
    pub subject: String,
    /// The verb as written, as a lemma ("dispatch"), or the relation type for relations found
    /// by rules ("holds_role", "located_in").
    pub predicate: String,
    /// The declared relation type of `ontology/relations.tsv` ("send", "reports", "acts_on").
    pub relation_type: String,
    pub object: Value,
    pub qualifiers: BTreeMap<String, Value>,
    pub evidence: Vec<Evidence>,
    /// Ids of claims about the same quantity that give a different value.
    pub conflicts_with: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Document(DocumentNode),
    Entity(EntityNode),
    Quote(QuoteNode),
    Relation(RelationNode),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edge {
    /// Entity → document it is mentioned in.
    MentionedIn,
    /// Quote → document it appears in.
    QuotedIn,
    /// Quote → the entity who said it.
    SaidBy,
    /// Relation → its subject entity.
    Subject,
    /// Relation → its object entity.
    Object,
    /// Relation → an entity-valued qualifier, by name.
    Qualifier(String),
    /// Relation → document giving evidence for it.
    EvidenceIn,
}

/// Plain data the resolve stage hands over; [`KnowledgeGraph::build`] turns it into the graph.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub documents: Vec<DocumentNode>,
    pub entities: Vec<EntityNode>,
    /// Quotes with their speaker's entity id.
    pub quotes: Vec<(QuoteNode, Option<String>)>,
    pub relations: Vec<RelationNode>,
}

#[derive(Debug, Default)]
pub struct KnowledgeGraph {
    graph: StableDiGraph<Node, Edge>,
    by_id: FxHashMap<String, NodeIndex>,
    documents: Vec<NodeIndex>,
    entities: Vec<NodeIndex>,
    quotes: Vec<NodeIndex>,
    relations: Vec<NodeIndex>,
}

impl KnowledgeGraph {
    /// Builds the graph. Each list is sorted by id first, so the graph does not depend on the
    /// order in which documents were processed.
    pub fn build(mut corpus: Corpus) -> KnowledgeGraph {
        // The four lists are sorted side by side: one after another, each sort of a few
        // thousand nodes left threads waiting at its end.
        let Corpus {
            documents,
            entities,
            quotes,
            relations,
        } = &mut corpus;
        rayon::join(
            || {
                rayon::join(
                    || documents.par_sort_by(|a, b| a.id.cmp(&b.id)),
                    || entities.par_sort_by(|a, b| a.id.cmp(&b.id)),
                )
            },
            || {
                rayon::join(
                    || {
                        quotes.par_sort_by(|a, b| {
                            (&a.0.doc, a.0.start, a.0.end, &a.0.id)
                                .cmp(&(&b.0.doc, b.0.start, b.0.end, &b.0.id))
                        })
                    },
                    || relations.par_sort_by(|a, b| a.id.cmp(&b.id)),
                )
            },
        );

        let mut kg = KnowledgeGraph::default();
        // Every node is added here, one at a time: grown by doubling, the node list copied its
        // large nodes over and over (a third of this serial step with several threads).
        let nodes = corpus.documents.len()
            + corpus.entities.len()
            + corpus.quotes.len()
            + corpus.relations.len();
        kg.graph.reserve_exact_nodes(nodes);
        kg.by_id.reserve(nodes);
        // Links to documents go by document id straight to the node, rather than through a
        // `doc:` key made for every entity, quote and relation of the corpus.
        let mut document_nodes: FxHashMap<String, NodeIndex> = FxHashMap::default();
        for doc in corpus.documents {
            let id = doc_key(&doc.id);
            let doc_id = doc.id.clone();
            let ix = kg.add(id, Node::Document(doc));
            kg.documents.push(ix);
            document_nodes.insert(doc_id, ix);
        }
        // The documents each entity and relation links to are found in parallel: the inserts
        // below are serial, and with several threads this was most of their work.
        let (entity_docs, relation_docs): (Vec<Vec<NodeIndex>>, Vec<Vec<NodeIndex>>) = rayon::join(
            || {
                corpus
                    .entities
                    .par_iter()
                    .map(|e| {
                        let docs = e.mentions.iter().map(|m| m.doc.as_str());
                        nodes_of_documents(docs, &document_nodes)
                    })
                    .collect()
            },
            || {
                corpus
                    .relations
                    .par_iter()
                    .map(|r| {
                        let docs = r.evidence.iter().map(|e| e.doc.as_str());
                        nodes_of_documents(docs, &document_nodes)
                    })
                    .collect()
            },
        );
        // Edges to documents, to speakers and from relations to their ends and qualifiers.
        let edges = entity_docs.iter().map(Vec::len).sum::<usize>()
            + 2 * corpus.quotes.len()
            + relation_docs.iter().map(Vec::len).sum::<usize>()
            + corpus
                .relations
                .iter()
                .map(|r| 2 + r.qualifiers.len())
                .sum::<usize>();
        kg.graph.reserve_edges(edges);
        for (entity, docs) in corpus.entities.into_iter().zip(entity_docs) {
            let ix = kg.add(entity.id.clone(), Node::Entity(entity));
            kg.entities.push(ix);
            for doc in docs {
                kg.graph.add_edge(ix, doc, Edge::MentionedIn);
            }
        }
        for (quote, speaker) in corpus.quotes {
            let doc = document_nodes.get(quote.doc.as_str()).copied();
            let ix = kg.add(quote.id.clone(), Node::Quote(quote));
            kg.quotes.push(ix);
            if let Some(doc) = doc {
                kg.graph.add_edge(ix, doc, Edge::QuotedIn);
            }
            if let Some(speaker) = speaker {
                kg.link(ix, &speaker, Edge::SaidBy);
            }
        }
        for (relation, docs) in corpus.relations.into_iter().zip(relation_docs) {
            let subject = relation.subject.clone();
            let object = match &relation.object {
                Value::Entity(id) => Some(id.clone()),
                _ => None,
            };
            let qualifiers: Vec<(String, String)> = relation
                .qualifiers
                .iter()
                .filter_map(|(name, v)| match v {
                    Value::Entity(id) => Some((name.clone(), id.clone())),
                    _ => None,
                })
                .collect();
            let ix = kg.add(relation.id.clone(), Node::Relation(relation));
            kg.relations.push(ix);
            kg.link(ix, &subject, Edge::Subject);
            if let Some(object) = object {
                kg.link(ix, &object, Edge::Object);
            }
            for (name, id) in qualifiers {
                kg.link(ix, &id, Edge::Qualifier(name));
            }
            for doc in docs {
                kg.graph.add_edge(ix, doc, Edge::EvidenceIn);
            }
        }
        kg
    }

    fn add(&mut self, key: String, node: Node) -> NodeIndex {
        let ix = self.graph.add_node(node);
        self.by_id.insert(key, ix);
        ix
    }

    /// Adds an edge to the node with `key`; a dangling reference is dropped rather than invented.
    fn link(&mut self, from: NodeIndex, key: &str, edge: Edge) {
        if let Some(&to) = self.by_id.get(key) {
            self.graph.add_edge(from, to, edge);
        }
    }

    /// The underlying petgraph graph.
    pub fn graph(&self) -> &StableDiGraph<Node, Edge> {
        &self.graph
    }

    pub fn node_index(&self, id: &str) -> Option<NodeIndex> {
        self.by_id.get(id).copied()
    }

    pub fn documents(&self) -> impl Iterator<Item = &DocumentNode> {
        self.documents
            .iter()
            .filter_map(|&ix| match &self.graph[ix] {
                Node::Document(d) => Some(d),
                _ => None,
            })
    }

    pub fn entities(&self) -> impl Iterator<Item = &EntityNode> {
        self.entities
            .iter()
            .filter_map(|&ix| match &self.graph[ix] {
                Node::Entity(e) => Some(e),
                _ => None,
            })
    }

    pub fn entity(&self, id: &str) -> Option<&EntityNode> {
        match self.by_id.get(id).map(|&ix| &self.graph[ix]) {
            Some(Node::Entity(e)) => Some(e),
            _ => None,
        }
    }

    /// Quotes in document and offset order, each with its speaker.
    pub fn quotes(&self) -> impl Iterator<Item = (&QuoteNode, Option<&EntityNode>)> {
        self.quotes.iter().filter_map(|&ix| match &self.graph[ix] {
            Node::Quote(q) => Some((q, self.target(ix, |e| matches!(e, Edge::SaidBy)))),
            _ => None,
        })
    }

    pub fn relations(&self) -> impl Iterator<Item = &RelationNode> {
        self.relations
            .iter()
            .filter_map(|&ix| match &self.graph[ix] {
                Node::Relation(r) => Some(r),
                _ => None,
            })
    }

    fn target(&self, ix: NodeIndex, want: impl Fn(&Edge) -> bool) -> Option<&EntityNode> {
        self.graph
            .edges(ix)
            .find(|e| want(e.weight()))
            .and_then(|e| match &self.graph[e.target()] {
                Node::Entity(entity) => Some(entity),
                _ => None,
            })
    }
}

/// Documents share the id space with entities and quotes, so their keys get a prefix.
fn doc_key(doc_id: &str) -> String {
    format!("doc:{doc_id}")
}

/// The nodes of the documents named, in id order, once each; a document the graph does not
/// hold is left out, as [`KnowledgeGraph::link`] leaves out a dangling reference.
fn nodes_of_documents<'a>(
    docs: impl Iterator<Item = &'a str>,
    document_nodes: &FxHashMap<String, NodeIndex>,
) -> Vec<NodeIndex> {
    let mut v: Vec<&str> = docs.collect();
    v.sort_unstable();
    v.dedup();
    v.into_iter()
        .filter_map(|doc| document_nodes.get(doc).copied())
        .collect()
}
