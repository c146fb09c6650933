//! The knowledge graph as RDF quads, and as Turtle, N-Triples, N-Quads, TriG or RDF/XML.
//!
//! ## Layout
//! - Default graph: what holds corpus-wide. Document metadata (`schema:NewsArticle`), and each
//!   entity's class, `rdfs:label` and `ng:alias`es.
//!   Relations too: a relation is an n-ary node (`ng:Relation`: subject, type, object,
//!   qualifiers, conflicts) whose id gathers evidence from several documents.
//! - One named graph per document (graph name = document IRI): what that document says. Its
//!   mentions (`ng:Mention` with NIF offsets), quotes (`schema:Quotation`), and for each relation
//!   it supports, the direct triple `subject ngr:<type> object` (so simple SPARQL needs no join
//!   through the node) and `relation prov:wasDerivedFrom evidence-span`.
//! - Nothing is copied into several graphs except the direct triple, so queries over the union
//!   graph do not multiply rows; a direct triple gives one row per document that states it.
//! - No blank nodes: every IRI is derived from ids and offsets, so re-exporting the same corpus
//!   gives the same IRIs, and a store can replace one document's graph without touching others.
//!
//! Triple formats (Turtle, N-Triples, RDF/XML) flatten all graphs into one; provenance stays
//! queryable because mention, quote and evidence nodes carry `ng:inDocument`.

use std::io::Write;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{
    GraphNameRef, Literal, LiteralRef, NamedNode, NamedNodeRef, Quad, QuadRef, Term, TermRef,
    Triple,
};
use oxigraph::store::{StorageError, Store};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::graph::{
    DocumentNode, EntityNode, Evidence, KnowledgeGraph, Mention, QuoteNode, RelationNode, Value,
};
use crate::rdf::nquads::{LineBatch, LineWriter};
use crate::rdf::order;
use crate::rdf::vocab::{self, ng, nif, prov, rdfs, schema};

/// An RDF syntax [`write_rdf`] can produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RdfOutput {
    Turtle,
    NTriples,
    NQuads,
    TriG,
    RdfXml,
}

impl RdfOutput {
    /// Names accepted by [`RdfOutput::from_name`], in help order.
    pub const NAMES: [&'static str; 5] = ["turtle", "ntriples", "nquads", "trig", "rdfxml"];

    /// Parses a format name as given on the command line (`turtle`, `ttl`, `nt`, …).
    pub fn from_name(name: &str) -> Result<RdfOutput, RdfError> {
        match name.to_ascii_lowercase().as_str() {
            "turtle" | "ttl" => Ok(RdfOutput::Turtle),
            "ntriples" | "n-triples" | "nt" => Ok(RdfOutput::NTriples),
            "nquads" | "n-quads" | "nq" => Ok(RdfOutput::NQuads),
            "trig" => Ok(RdfOutput::TriG),
            "rdfxml" | "rdf/xml" | "rdf" | "xml" => Ok(RdfOutput::RdfXml),
            _ => Err(RdfError::UnknownFormat {
                name: name.to_owned(),
            }),
        }
    }

    fn format(self) -> RdfFormat {
        match self {
            RdfOutput::Turtle => RdfFormat::Turtle,
            RdfOutput::NTriples => RdfFormat::NTriples,
            RdfOutput::NQuads => RdfFormat::NQuads,
            RdfOutput::TriG => RdfFormat::TriG,
            RdfOutput::RdfXml => RdfFormat::RdfXml,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RdfError {
    #[error(
        "unknown RDF format {name:?} (expected one of: turtle, ntriples, nquads, trig, rdfxml)"
    )]
    UnknownFormat { name: String },
    #[error("cannot write RDF: {0}")]
    Io(std::io::Error),
    #[error("cannot fill the in-memory RDF store: {0}")]
    Storage(StorageError),
}

// The wrapped errors are part of each message rather than a `source`, so the CLI's `{:#}` chain
// does not print them twice. `From` is written out because `#[from]` would make them sources.

impl From<std::io::Error> for RdfError {
    fn from(error: std::io::Error) -> Self {
        RdfError::Io(error)
    }
}

impl From<StorageError> for RdfError {
    fn from(error: StorageError) -> Self {
        RdfError::Storage(error)
    }
}

/// The graph's quads in a new in-memory store, for querying or drawing a freshly built graph.
pub fn graph_to_store(kg: &KnowledgeGraph) -> Result<Store, RdfError> {
    let store = Store::new()?;
    store.extend(graph_to_quads(kg))?;
    Ok(store)
}

/// Writes the graph in `format`. The same graph always gives the same bytes.
///
/// N-Quads and TriG are streamed: the quads are made, sorted and written one batch at a time
/// (see [`for_each_batch`]), so memory does not grow with the output. The triple formats merge
/// all graphs into one sorted set first.
pub fn write_rdf(kg: &KnowledgeGraph, format: RdfOutput, w: impl Write) -> Result<(), RdfError> {
    match format {
        RdfOutput::NQuads => write_nquads(kg, w)?,
        RdfOutput::TriG => {
            let mut writer = serializer(RdfFormat::TriG)?.for_writer(w);
            for_each_batch(kg, |batch| {
                batch.iter().try_for_each(|q| writer.serialize_quad(q))
            })?;
            writer.finish()?;
        }
        RdfOutput::Turtle | RdfOutput::NTriples | RdfOutput::RdfXml => {
            write_quads(&graph_to_quads(kg), format.format(), w)?;
        }
    }
    Ok(())
}

/// A serializer for `format` with the newsgraph prefixes.
fn serializer(format: RdfFormat) -> Result<RdfSerializer, std::io::Error> {
    let mut serializer = RdfSerializer::from_format(format);
    for (prefix, ns) in vocab::PREFIXES {
        serializer = serializer
            .with_prefix(prefix, ns)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
    }
    Ok(serializer)
}

/// Serializes sorted quads with the newsgraph prefixes; triple formats get the union of all
/// graphs, deduplicated.
pub(crate) fn write_quads(
    quads: &[Quad],
    format: RdfFormat,
    w: impl Write,
) -> Result<(), std::io::Error> {
    if format == RdfFormat::NQuads {
        let mut lines = LineWriter::new(w);
        quads
            .iter()
            .try_for_each(|q| lines.write_quad(q.as_ref()))?;
        lines.finish()?;
        return Ok(());
    }
    if format.supports_datasets() {
        let mut writer = serializer(format)?.for_writer(w);
        for quad in quads {
            writer.serialize_quad(quad)?;
        }
        writer.finish()?;
        return Ok(());
    }
    let mut triples: Vec<Triple> = quads.iter().map(|q| Triple::from(q.clone())).collect();
    order::sort_triples_in_place(&mut triples);
    triples.dedup();
    if format == RdfFormat::NTriples {
        let mut lines = LineWriter::new(w);
        for triple in &triples {
            lines.write_quad(triple.as_ref().in_graph(GraphNameRef::DefaultGraph))?;
        }
        lines.finish()?;
        return Ok(());
    }
    let mut writer = serializer(format)?.for_writer(w);
    for triple in &triples {
        writer.serialize_triple(triple)?;
    }
    writer.finish()?;
    Ok(())
}

/// Sorts quads by the N-Triples form of graph (the default graph first, as it holds the
/// documents a reader looks for first), subject, predicate and object, and removes duplicates:
/// a total order that does not depend on how a store happens to iterate, and groups a subject's
/// triples together for Turtle.
pub(crate) fn sort_quads(quads: &mut Vec<Quad>) {
    order::sort_quads_in_place(quads);
    quads.dedup();
}

/// Every quad of the graph, sorted by graph, subject, predicate and object, without duplicates.
pub fn graph_to_quads(kg: &KnowledgeGraph) -> Vec<Quad> {
    let mut quads = Vec::new();
    for_each_batch(kg, |batch| {
        quads.extend_from_slice(batch);
        Ok::<_, std::convert::Infallible>(())
    })
    .unwrap_or_else(|never| match never {});
    quads
}

/// Calls `emit` with the graph's quads in output order, one sorted and deduplicated batch at a
/// time: each subject of the default graph, then each document's named graph. The batches
/// together are exactly [`graph_to_quads`], but only one is held at a time, and sorting many
/// small batches is cheaper than sorting everything.
///
/// This works because the order is by graph, then subject: the default graph's subjects are
/// listed with what describes them and sorted first, and every quad of a named graph comes from
/// its document's mentions, quotes and relation evidence.
pub(crate) fn for_each_batch<E>(
    kg: &KnowledgeGraph,
    mut emit: impl FnMut(&[Quad]) -> Result<(), E>,
) -> Result<(), E> {
    let plan = Batches::new(kg);
    let mut out = Quads(Vec::new());
    for batch in 0..plan.len() {
        out.0.clear();
        plan.fill(batch, &mut out);
        order::sort_quads_of_graph(&mut out.0);
        out.0.dedup();
        emit(&out.0)?;
    }
    Ok(())
}

/// Batches rendered as N-Quads text per task: enough that a task is worth handing to a thread,
/// few enough that the text waiting to be written stays small (a document graph of a long
/// article is a few hundred kilobytes; a default-graph subject a few lines).
const SUBJECTS_PER_TASK: usize = 256;
const DOCUMENTS_PER_TASK: usize = 4;
/// Tasks rendered together, per thread, between two waits for the writer: each wait may put
/// the other threads to sleep, and with two tasks per thread they slept through much of the
/// writing. Eight tasks (32 documents) per thread hold a few megabytes of text.
const TASKS_PER_THREAD_IN_WINDOW: usize = 8;

/// Writes the graph as N-Quads, the batches of [`for_each_batch`] made straight into text
/// ([`LineBatch`]). With more than one rayon thread, consecutive tasks are rendered in
/// parallel and written in order, so the bytes do not depend on the thread count. The text of
/// one window of tasks is written while the next window renders: writing is serial, and the
/// other threads would otherwise wait for it.
fn write_nquads(kg: &KnowledgeGraph, w: impl Write) -> Result<(), std::io::Error> {
    let plan = Batches::new(kg);
    let mut lines = LineWriter::new(w);
    // A task's text, made with a batch that is filled and drained for each of its graphs or
    // subjects.
    let render =
        |tasks: std::ops::Range<usize>, batch: &mut Quads<LineBatch>, text: &mut Vec<u8>| {
            for i in tasks {
                plan.fill(i, batch);
                batch.0.drain_sorted(text);
            }
        };
    let split = |range: std::ops::Range<usize>, size: usize| {
        range
            .clone()
            .step_by(size)
            .map(move |start| start..(start + size).min(range.end))
    };
    let defaults = plan.subject_groups.len() - 1;
    let tasks: Vec<std::ops::Range<usize>> = split(0..defaults, SUBJECTS_PER_TASK)
        .chain(split(defaults..plan.len(), DOCUMENTS_PER_TASK))
        .collect();
    let threads = rayon::current_num_threads();
    if threads == 1 {
        // One batch and one text buffer serve every task: they grow to the largest task once,
        // where growing them from empty for each task copied the text over and over.
        let mut batch = Quads(LineBatch::default());
        let mut text = Vec::new();
        for task in tasks {
            render(task, &mut batch, &mut text);
            lines.write_lines(&text)?;
            text.clear();
        }
    } else {
        // The text of a window is written while the next one renders, into buffers kept from
        // the window before: fresh ones grew by reallocation and page faults for every task.
        let mut rendered: Vec<Vec<u8>> = Vec::new();
        let mut spare: Vec<Vec<u8>> = Vec::new();
        for window in tasks.chunks(threads * TASKS_PER_THREAD_IN_WINDOW) {
            let mut next: Vec<Vec<u8>> = window
                .iter()
                .map(|_| spare.pop().unwrap_or_default())
                .collect();
            // In place: the writer need not be `Send`, and this thread joins the rendering
            // once its writes are done.
            let written = rayon::in_place_scope(|scope| {
                scope.spawn(|_| {
                    next.par_iter_mut().zip(window).for_each_init(
                        || Quads(LineBatch::default()),
                        |batch, (text, task)| render(task.clone(), batch, text),
                    );
                });
                rendered.iter().try_for_each(|text| lines.write_lines(text))
            });
            written?;
            spare.extend(rendered.drain(..).map(|mut text| {
                text.clear();
                text
            }));
            rendered = next;
        }
        rendered
            .iter()
            .try_for_each(|text| lines.write_lines(text))?;
    }
    lines.finish()?;
    Ok(())
}

/// The graph's batches in output order: groups of default-graph subjects with one IRI, then
/// groups of document graphs with one IRI, each sorted by IRI.
struct Batches<'a> {
    subjects: Vec<(NamedNode, DefaultSubject<'a>)>,
    /// Where each subject's group starts in `subjects`, and the end.
    subject_groups: Vec<usize>,
    graphs: Vec<(NamedNode, DocumentGraph<'a>)>,
    graph_groups: Vec<usize>,
    /// Every entity's IRI, made once rather than for each of its mentions.
    entity_iris: Vec<NamedNode>,
}

impl<'a> Batches<'a> {
    /// The default graph's subjects and the document graphs are listed and sorted side by
    /// side: on one thread this is serial work between resolution and the parallel rendering.
    fn new(kg: &'a KnowledgeGraph) -> Batches<'a> {
        fn by_iri<T>(a: &(NamedNode, T), b: &(NamedNode, T)) -> std::cmp::Ordering {
            order::cmp_iri(a.0.as_str(), b.0.as_str())
        }
        let (mut subjects, (mut graphs, entity_iris)) =
            rayon::join(|| default_graph_subjects(kg), || document_graphs(kg));
        rayon::join(
            || subjects.par_sort_by(by_iri),
            || graphs.par_sort_by(by_iri),
        );
        let subject_groups = group_starts(&subjects);
        let graph_groups = group_starts(&graphs);
        Batches {
            subjects,
            subject_groups,
            graphs,
            graph_groups,
            entity_iris,
        }
    }

    fn len(&self) -> usize {
        self.subject_groups.len() + self.graph_groups.len() - 2
    }

    /// Adds the (unsorted) quads of batch `i` to `out`.
    fn fill(&self, i: usize, out: &mut Quads<impl QuadSink>) {
        let defaults = self.subject_groups.len() - 1;
        if i < defaults {
            let group = self.subject_groups[i]..self.subject_groups[i + 1];
            for (iri, subject) in &self.subjects[group] {
                out.default_graph_subject(iri.as_ref(), subject);
            }
        } else {
            let i = i - defaults;
            let group = self.graph_groups[i]..self.graph_groups[i + 1];
            for (iri, contents) in &self.graphs[group] {
                out.document_graph(iri.as_ref(), contents, &self.entity_iris);
            }
        }
    }
}

/// The start of each run of equal IRIs in `items`, then its length.
fn group_starts<T>(items: &[(NamedNode, T)]) -> Vec<usize> {
    let mut starts: Vec<usize> = (0..items.len())
        .filter(|&i| i == 0 || items[i - 1].0 != items[i].0)
        .collect();
    starts.push(items.len());
    starts
}

/// A subject of the default graph and what its triples come from.
enum DefaultSubject<'a> {
    Document(&'a DocumentNode),
    Entity(&'a EntityNode),
    /// A statement shared by quotes: its only triple is its type.
    Statement,
    Relation(&'a RelationNode),
    /// A qualifier without an `ng:` property, a node of its own.
    Qualifier(&'a str, &'a Value),
    /// The direct triple of a relation no document supports (its subject is the entity).
    Direct(&'a RelationNode),
}

/// Every subject of the default graph, unsorted; a subject may be listed more than once.
fn default_graph_subjects(kg: &KnowledgeGraph) -> Vec<(NamedNode, DefaultSubject<'_>)> {
    let mut subjects = Vec::new();
    for doc in kg.documents() {
        subjects.push((vocab::document_iri(&doc.id), DefaultSubject::Document(doc)));
    }
    for entity in kg.entities() {
        subjects.push((
            vocab::entity_iri(&entity.id),
            DefaultSubject::Entity(entity),
        ));
    }
    for (quote, _) in kg.quotes() {
        subjects.push((
            vocab::statement_iri(&quote.statement),
            DefaultSubject::Statement,
        ));
    }
    for relation in kg.relations() {
        subjects.push((
            vocab::relation_iri(&relation.id),
            DefaultSubject::Relation(relation),
        ));
        for (name, value) in &relation.qualifiers {
            if known_qualifier(name, value).is_none() {
                subjects.push((
                    vocab::qualifier_iri(&relation.id, name),
                    DefaultSubject::Qualifier(name, value),
                ));
            }
        }
        if relation.evidence.is_empty() {
            subjects.push((
                vocab::entity_iri(&relation.subject),
                DefaultSubject::Direct(relation),
            ));
        }
    }
    subjects
}

/// What a document's named graph holds.
#[derive(Default)]
struct DocumentGraph<'a> {
    /// Mentions of entities in the document, with their entity's IRI (an index into
    /// [`Batches::entity_iris`]).
    mentions: Vec<(usize, &'a Mention)>,
    quotes: Vec<(&'a QuoteNode, Option<&'a EntityNode>)>,
    /// Relations the document gives evidence for, once each.
    relations: Vec<&'a RelationNode>,
    /// The document's evidence spans, with their relation.
    evidence: Vec<(&'a RelationNode, &'a Evidence)>,
}

/// Every document's graph with its IRI, unsorted, and the IRI of every entity. Should two ids
/// give one IRI, they are listed apart and [`for_each_batch`] merges them.
fn document_graphs(kg: &KnowledgeGraph) -> (Vec<(NamedNode, DocumentGraph<'_>)>, Vec<NamedNode>) {
    // Looked up once per mention, quote and evidence span; the order it iterates in is undone by
    // the sort that follows.
    let mut graphs: FxHashMap<&str, DocumentGraph<'_>> = FxHashMap::default();
    let mut entity_iris = Vec::new();
    for entity in kg.entities() {
        for m in &entity.mentions {
            graphs
                .entry(m.doc.as_str())
                .or_default()
                .mentions
                .push((entity_iris.len(), m));
        }
        entity_iris.push(vocab::entity_iri(&entity.id));
    }
    for (quote, speaker) in kg.quotes() {
        graphs
            .entry(quote.doc.as_str())
            .or_default()
            .quotes
            .push((quote, speaker));
    }
    for relation in kg.relations() {
        let mut docs: Vec<&str> = Vec::new();
        for e in &relation.evidence {
            graphs
                .entry(e.doc.as_str())
                .or_default()
                .evidence
                .push((relation, e));
            docs.push(&e.doc);
        }
        // Once per document, however many spans it has.
        docs.sort_unstable();
        docs.dedup();
        for doc in docs {
            graphs.entry(doc).or_default().relations.push(relation);
        }
    }
    let graphs = graphs
        .into_iter()
        .map(|(id, contents)| (vocab::document_iri(id), contents))
        .collect();
    (graphs, entity_iris)
}

/// Where quads go as they are made: owned quads to sort and serialize, or N-Quads text.
trait QuadSink {
    fn push(&mut self, quad: QuadRef<'_>);
}

impl QuadSink for Vec<Quad> {
    fn push(&mut self, quad: QuadRef<'_>) {
        Vec::push(self, quad.into_owned());
    }
}

impl QuadSink for LineBatch {
    fn push(&mut self, quad: QuadRef<'_>) {
        LineBatch::push(self, quad);
    }
}

/// Makes the quads of the layout into a sink. Terms are passed by reference, so text that
/// only goes to N-Quads is never copied into a `Quad`.
struct Quads<S>(S);

impl<S: QuadSink> Quads<S> {
    /// The triples of one default-graph subject.
    fn default_graph_subject(&mut self, iri: NamedNodeRef<'_>, subject: &DefaultSubject<'_>) {
        let default = GraphNameRef::DefaultGraph;
        match *subject {
            DefaultSubject::Document(doc) => self.document(iri, doc),
            DefaultSubject::Entity(entity) => {
                let class = vocab::entity_class(entity.entity_type);
                self.add(iri, rdf::TYPE.as_str(), named(class), default);
                self.add(iri, rdfs::LABEL, string(&entity.label), default);
                for alias in &entity.aliases {
                    self.add(iri, ng::ALIAS, string(alias), default);
                }
            }
            DefaultSubject::Statement => {
                self.add(iri, rdf::TYPE.as_str(), named(ng::STATEMENT), default);
            }
            // The relation node is corpus-wide (one id gathers evidence from several
            // documents), so it goes in the default graph; each document's graph gets what
            // that document says: the direct triple and the evidence spans. Copying the node
            // into every graph would make union-graph queries return one row per copy and per
            // combination of copies.
            DefaultSubject::Relation(relation) => self.relation(iri, relation, default),
            DefaultSubject::Qualifier(name, value) => self.qualifier(iri, name, value, default),
            DefaultSubject::Direct(relation) => self.direct(relation, default),
        }
    }

    /// A document's metadata (default graph).
    fn document(&mut self, iri: NamedNodeRef<'_>, doc: &DocumentNode) {
        let default = GraphNameRef::DefaultGraph;
        self.add(
            iri,
            rdf::TYPE.as_str(),
            named(schema::NEWS_ARTICLE),
            default,
        );
        self.add(iri, ng::SOURCE, string(&doc.source), default);
        if let Some(title) = &doc.title {
            self.add(iri, schema::NAME, string(title), default);
        }
        if let Some(outlet) = &doc.outlet {
            self.add(iri, schema::PUBLISHER, string(outlet), default);
        }
        if let Some(published) = &doc.published {
            self.add(
                iri,
                schema::DATE_PUBLISHED,
                &date_literal(published),
                default,
            );
        }
        if let Some(url) = &doc.url {
            // schema:url takes an IRI; text that is not one is kept as a string, not dropped.
            let term: TermRef<'_> = match NamedNodeRef::new(url.as_str()) {
                Ok(n) => n.into(),
                Err(_) => string(url).into(),
            };
            self.add(iri, schema::URL, term, default);
        }
    }

    /// What one document says: its mentions, quotes, and the relations it gives evidence for.
    /// `doc` is the document's IRI, which is also the graph's name.
    fn document_graph(
        &mut self,
        doc: NamedNodeRef<'_>,
        contents: &DocumentGraph<'_>,
        entity_iris: &[NamedNode],
    ) {
        let g = GraphNameRef::NamedNode(doc);
        // Each node's lines are added in the order of their predicates' IRIs (nif:, schema:,
        // rdf:type, then ng:), which is their order in the output, so the batch's sort finds
        // them in place instead of moving each line past several others.
        let mut spans: Option<vocab::DocumentIris> = None;
        for &(entity, m) in &contents.mentions {
            let spans = spans.get_or_insert_with(|| vocab::DocumentIris::new(&m.doc));
            let mention = spans.mention(m.start, m.end);
            let mention = mention.as_ref();
            self.add(mention, nif::ANCHOR_OF, string(&m.text), g);
            self.offsets(mention, m.start, m.end, g);
            self.add(mention, rdf::TYPE.as_str(), named(ng::MENTION), g);
            self.add(mention, ng::IN_DOCUMENT, doc, g);
            self.add(mention, ng::MENTION_OF, &entity_iris[entity], g);
            self.add(mention, ng::RULE, string(&m.rule), g);
        }
        for (quote, speaker) in &contents.quotes {
            let iri = vocab::quote_iri(&quote.id);
            let iri = iri.as_ref();
            self.offsets(iri, quote.start, quote.end, g);
            self.add(iri, schema::TEXT, string(&quote.text), g);
            self.add(iri, rdf::TYPE.as_str(), named(schema::QUOTATION), g);
            self.add(iri, ng::IN_DOCUMENT, doc, g);
            self.add(iri, ng::RULE, string(&quote.rule), g);
            if let Some(speaker) = speaker {
                self.add(iri, ng::SPEAKER, &vocab::entity_iri(&speaker.id), g);
            }
            // A statement is shared by the quotes of several documents: its type is in the
            // default graph.
            let statement = vocab::statement_iri(&quote.statement);
            self.add(iri, ng::STATEMENT_PROP, &statement, g);
        }
        for relation in &contents.relations {
            self.direct(relation, g);
        }
        for &(relation, e) in &contents.evidence {
            let spans = spans.get_or_insert_with(|| vocab::DocumentIris::new(&e.doc));
            let evidence = spans.evidence(e.start, e.end);
            let evidence = evidence.as_ref();
            let iri = vocab::relation_iri(&relation.id);
            self.add(iri.as_ref(), prov::WAS_DERIVED_FROM, evidence, g);
            self.offsets(evidence, e.start, e.end, g);
            self.add(evidence, rdf::TYPE.as_str(), named(ng::EVIDENCE), g);
            self.add(evidence, ng::IN_DOCUMENT, doc, g);
            self.add(evidence, ng::RULE, string(&e.rule), g);
        }
    }

    fn add<'t>(
        &mut self,
        s: NamedNodeRef<'_>,
        p: &str,
        o: impl Into<TermRef<'t>>,
        g: GraphNameRef<'_>,
    ) {
        self.0.push(QuadRef::new(s, named(p), o.into(), g));
    }

    /// Where a node's text is in its document, as NIF offsets.
    fn offsets(&mut self, s: NamedNodeRef<'_>, start: usize, end: usize, g: GraphNameRef<'_>) {
        let (start, end) = (start.to_string(), end.to_string());
        self.add(s, nif::BEGIN_INDEX, offset(&start), g);
        self.add(s, nif::END_INDEX, offset(&end), g);
    }

    /// The relation node with its qualifiers and conflicts; qualifiers without an `ng:`
    /// property are nodes of their own ([`Quads::qualifier`]), linked with `ng:hasQualifier`.
    fn relation(&mut self, iri: NamedNodeRef<'_>, r: &RelationNode, g: GraphNameRef<'_>) {
        self.add(iri, rdf::TYPE.as_str(), named(ng::RELATION), g);
        self.add(iri, ng::SUBJECT, &vocab::entity_iri(&r.subject), g);
        self.add(iri, ng::RELATION_TYPE, string(&r.relation_type), g);
        self.add(iri, ng::PREDICATE, string(&r.predicate), g);
        let (object, object_text) = value_term(&r.object);
        self.add(iri, ng::OBJECT, &object, g);
        if let Some(text) = object_text {
            self.add(iri, ng::OBJECT_TEXT, string(text), g);
        }

        for (name, value) in &r.qualifiers {
            match known_qualifier(name, value) {
                Some((property, text_property)) => {
                    let (term, text) = value_term(value);
                    self.add(iri, property, &term, g);
                    if let (Some(tp), Some(text)) = (text_property, text) {
                        self.add(iri, tp, string(text), g);
                    }
                }
                None => {
                    let q = vocab::qualifier_iri(&r.id, name);
                    self.add(iri, ng::HAS_QUALIFIER, &q, g);
                }
            }
        }
        for other in &r.conflicts_with {
            self.add(iri, ng::CONFLICTS_WITH, &vocab::relation_iri(other), g);
        }
    }

    /// A qualifier node: its name, value, and the value as written.
    fn qualifier(&mut self, q: NamedNodeRef<'_>, name: &str, value: &Value, g: GraphNameRef<'_>) {
        let (term, text) = value_term(value);
        self.add(q, rdf::TYPE.as_str(), named(ng::QUALIFIER), g);
        self.add(q, ng::QUALIFIER_NAME, string(name), g);
        self.add(q, ng::QUALIFIER_VALUE, &term, g);
        if let Some(text) = text {
            self.add(q, ng::QUALIFIER_TEXT, string(text), g);
        }
    }

    /// The direct triple `subject ngr:<type> object` of a relation, in graph `g`.
    fn direct(&mut self, relation: &RelationNode, g: GraphNameRef<'_>) {
        let subject = vocab::entity_iri(&relation.subject);
        let property = vocab::relation_property(&relation.relation_type);
        let object = value_term(&relation.object).0;
        self.0.push(QuadRef::new(&subject, &property, &object, g));
    }
}

/// The `ng:` property (and the property for its as-written text) of a qualifier whose name and
/// value kind match the ontology's declared range; anything else becomes a qualifier node, so
/// every `ng:` qualifier property has one range.
fn known_qualifier(name: &str, value: &Value) -> Option<(&'static str, Option<&'static str>)> {
    match (name, value) {
        ("quantity", Value::Quantity { .. }) => Some((ng::QUANTITY, Some(ng::QUANTITY_TEXT))),
        ("date", Value::Date { .. }) => Some((ng::DATE, Some(ng::DATE_TEXT))),
        ("approximation", Value::Literal(_)) => Some((ng::APPROXIMATION, None)),
        // Participants: an entity, or the words as written when they did not resolve to one.
        (name, Value::Entity(_) | Value::Literal(_)) => PARTICIPANTS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, property)| (*property, None)),
        _ => None,
    }
}

/// Participant qualifier names (as the extractors write them) and their `ng:` properties.
const PARTICIPANTS: [(&str, &str); 7] = [
    ("claimant", ng::CLAIMANT),
    ("counterpart", ng::COUNTERPART),
    ("destination", ng::DESTINATION),
    ("instrument", ng::INSTRUMENT),
    // `holds_role` relations: "Freedonia's Harbour Minister Mara Smith" has `of` Freedonia.
    ("of", ng::ROLE_IN),
    ("origin", ng::ORIGIN),
    ("place", ng::PLACE_PROP),
];

/// A value as an RDF term, plus its text as written when the term is normalised.
fn value_term(value: &Value) -> (Term, Option<&str>) {
    match value {
        Value::Entity(id) => (vocab::entity_iri(id).into(), None),
        Value::Literal(s) => (Literal::new_simple_literal(s).into(), None),
        Value::Quantity { amount, text } => {
            let lit = if is_decimal(amount) {
                Literal::new_typed_literal(amount, xsd::DECIMAL)
            } else {
                Literal::new_simple_literal(amount)
            };
            (lit.into(), Some(text))
        }
        Value::Date { iso, text } => (date_literal(iso).into(), Some(text)),
    }
}

fn named(iri: &str) -> NamedNodeRef<'_> {
    // Only called with the vocabulary constants, which are valid absolute IRIs.
    NamedNodeRef::new_unchecked(iri)
}

fn string(s: &str) -> LiteralRef<'_> {
    LiteralRef::new_simple_literal(s)
}

/// NIF declares offsets as xsd:nonNegativeInteger; xsd:integer is used because SPARQL engines
/// (oxigraph included) compare and sort it numerically. Borrowed: an owned literal copies its
/// datatype's IRI into a string of its own, twice for every mention, quote and evidence span.
fn offset(digits: &str) -> LiteralRef<'_> {
    LiteralRef::new_typed_literal(digits, xsd::INTEGER)
}

/// `YYYY-MM-DD` as xsd:date, `YYYY-MM` as xsd:gYearMonth, `YYYY` as xsd:gYear; a timestamp keeps
/// its day as xsd:date (publication dates are compared by day). Anything else stays a string,
/// so a malformed date never becomes an invalid typed literal.
fn date_literal(s: &str) -> Literal {
    let digits = |part: &str, n: usize| part.len() == n && part.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = s.get(..10.min(s.len())).unwrap_or(s).split('-').collect();
    match parts.as_slice() {
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
            let day_only = s.len() == 10 || s[10..].starts_with(['T', ' ']);
            if day_only && valid_month_day(m, d) {
                Literal::new_typed_literal(&s[..10], xsd::DATE)
            } else {
                Literal::new_simple_literal(s)
            }
        }
        [y, m] if s.len() == 7 && digits(y, 4) && digits(m, 2) && valid_month_day(m, "01") => {
            Literal::new_typed_literal(s, xsd::G_YEAR_MONTH)
        }
        [y] if digits(y, 4) && s.len() == 4 => Literal::new_typed_literal(s, xsd::G_YEAR),
        _ => Literal::new_simple_literal(s),
    }
}

fn valid_month_day(m: &str, d: &str) -> bool {
    matches!((m.parse::<u8>(), d.parse::<u8>()), (Ok(1..=12), Ok(1..=31)))
}

/// The xsd:decimal lexical form: optional sign, digits, optional fraction.
fn is_decimal(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    (!int.is_empty() || !frac.is_empty())
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use oxigraph::model::GraphName;

    use super::*;
    use crate::rdf::test_corpus::sample_graph;

    fn to_string(format: RdfOutput) -> String {
        let mut buf = Vec::new();
        write_rdf(&sample_graph(), format, &mut buf).expect("write");
        String::from_utf8(buf).expect("utf-8")
    }

    #[test]
    fn every_format_is_byte_identical_across_runs() {
        for name in RdfOutput::NAMES {
            let format = RdfOutput::from_name(name).expect("known name");
            assert_eq!(to_string(format), to_string(format), "{name}");
        }
    }

    /// The TriG of the sample corpus, compared with `tests/fixtures/rdf/sample.trig`. After an
    /// intended change, rerun with `NEWSGRAPH_BLESS=1` and review the diff.
    #[test]
    fn golden_trig() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rdf/sample.trig");
        let got = to_string(RdfOutput::TriG);
        if std::env::var_os("NEWSGRAPH_BLESS").is_some() {
            std::fs::write(&path, &got).expect("write golden file");
        }
        let want = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (run with NEWSGRAPH_BLESS=1 to create it)",
                path.display()
            )
        });
        assert!(
            got == want,
            "TriG differs from {}; rerun with NEWSGRAPH_BLESS=1 and review the diff",
            path.display()
        );
    }

    #[test]
    fn turtle_uses_prefixes_and_typed_literals() {
        let ttl = to_string(RdfOutput::Turtle);
        assert!(
            ttl.contains("@prefix ng: <https://w3id.org/newsgraph/ontology#>"),
            "{ttl}"
        );
        assert!(ttl.contains("\"28300000000\"^^xsd:decimal"), "{ttl}");
        assert!(ttl.contains("\"2031-04-02\"^^xsd:date"), "{ttl}");
        assert!(ttl.contains("ngr:fund"), "{ttl}");
    }

    #[test]
    fn batches_concatenate_to_one_sorted_set() {
        let quads = graph_to_quads(&sample_graph());
        let mut sorted = quads.clone();
        sort_quads(&mut sorted);
        assert_eq!(quads, sorted);
        let mut batches = 0;
        for_each_batch(&sample_graph(), |batch| {
            assert!(!batch.is_empty());
            batches += 1;
            Ok::<_, std::convert::Infallible>(())
        })
        .unwrap_or_else(|never| match never {});
        assert!(batches > 2, "{batches}");
    }

    #[test]
    fn documents_get_named_graphs() {
        let quads = graph_to_quads(&sample_graph());
        let doc = GraphName::from(vocab::document_iri("doc-a"));
        assert!(
            quads
                .iter()
                .any(|q| q.graph_name == doc && q.predicate.as_str() == ng::MENTION_OF)
        );
        // Entity labels are corpus-wide, so they live in the default graph only.
        assert!(
            quads
                .iter()
                .filter(|q| q.predicate.as_str() == rdfs::LABEL)
                .all(|q| q.graph_name.is_default_graph())
        );
        assert!(
            quads
                .iter()
                .all(|q| !q.subject.is_blank_node() && !q.object.is_blank_node())
        );
    }

    #[test]
    fn unknown_qualifier_gets_a_minted_node() {
        let quads = graph_to_quads(&sample_graph());
        assert!(
            quads
                .iter()
                .any(|q| q.subject.to_string().contains("/q/currency")
                    && q.predicate.as_str() == ng::QUALIFIER_NAME)
        );
    }

    #[test]
    fn dates_and_decimals() {
        assert_eq!(date_literal("2024-05-01").datatype(), xsd::DATE);
        assert_eq!(date_literal("2024-05-01T10:00:00Z").value(), "2024-05-01");
        assert_eq!(date_literal("2024-05").datatype(), xsd::G_YEAR_MONTH);
        assert_eq!(date_literal("May 2024").datatype(), xsd::STRING);
        assert_eq!(date_literal("2024-13-01").datatype(), xsd::STRING);
        assert!(is_decimal("-12.5") && is_decimal("3") && !is_decimal("1e5") && !is_decimal("."));
    }

    #[test]
    fn format_names() {
        assert_eq!(RdfOutput::from_name("TTL").ok(), Some(RdfOutput::Turtle));
        assert!(
            RdfOutput::from_name("jsonld")
                .unwrap_err()
                .to_string()
                .contains("jsonld")
        );
    }
}
