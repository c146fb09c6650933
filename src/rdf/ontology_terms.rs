//! `ontology/newsgraph.ttl` declares every term the export uses, and agrees with
//! `ontology/relations.tsv`.

use std::collections::BTreeSet;
use std::path::Path;

use oxigraph::io::RdfFormat;
use oxigraph::model::Term;
use oxigraph::model::vocab::rdf;
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

use crate::rdf::graph_to_quads;
use crate::rdf::test_corpus::sample_graph;
use crate::rdf::vocab::{NG, NGR, NIF, PROV, SCHEMA};

fn ontology_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/ontology"))
}

fn ontology_store() -> Store {
    let path = ontology_dir().join("newsgraph.ttl");
    let ttl = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let store = Store::new().expect("store");
    store
        .load_from_slice(RdfFormat::Turtle, &ttl)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    store
}

fn select_iris(store: &Store, query: &str) -> BTreeSet<String> {
    let QueryResults::Solutions(rows) = SparqlEvaluator::new()
        .parse_query(query)
        .expect("query parses")
        .on_store(store)
        .execute()
        .expect("runs")
    else {
        panic!("not a SELECT")
    };
    rows.map(|row| match row.expect("row").get("t") {
        Some(Term::NamedNode(n)) => n.as_str().to_owned(),
        other => panic!("unexpected binding {other:?}"),
    })
    .collect()
}

const DECLARED: &str = "
    PREFIX owl: <http://www.w3.org/2002/07/owl#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT DISTINCT ?t WHERE {
      { ?t a ?k VALUES ?k { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty rdf:Property } }
      UNION { ?t rdfs:isDefinedBy ?by }
    }";

/// Terms in our namespaces (and the external vocabularies we align with) that `quads` use
/// as predicate or class but the ontology does not declare.
fn undeclared(quads: &[oxigraph::model::Quad]) -> Vec<String> {
    let declared = select_iris(&ontology_store(), DECLARED);
    let checked = [NG, NGR, SCHEMA, NIF, PROV];
    let mut used = BTreeSet::new();
    for quad in quads {
        used.insert(quad.predicate.as_str().to_owned());
        if quad.predicate.as_ref() == rdf::TYPE
            && let Term::NamedNode(class) = &quad.object
        {
            used.insert(class.as_str().to_owned());
        }
    }
    used.into_iter()
        .filter(|t| checked.iter().any(|ns| t.starts_with(ns)) && !declared.contains(t))
        .collect()
}

#[test]
fn export_uses_only_declared_terms() {
    let undeclared = undeclared(&graph_to_quads(&sample_graph()));
    assert!(
        undeclared.is_empty(),
        "not declared in ontology/newsgraph.ttl: {undeclared:?}"
    );
}

/// The real output of the seed articles, with every rule's relations, uses declared terms only.
#[test]
fn seed_articles_output_uses_only_declared_terms() {
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
    let kg = crate::pipeline::build_from_inputs(
        &[seeds.to_string()],
        &crate::ingest::IngestOptions::default(),
        crate::ontology::Ontology::shipped(),
        |_| {},
    )
    .expect("seed articles build");
    let undeclared = undeclared(&graph_to_quads(&kg));
    assert!(
        undeclared.is_empty(),
        "not declared in ontology/newsgraph.ttl: {undeclared:?}"
    );
}

#[test]
fn own_terms_have_label_and_comment() {
    let store = ontology_store();
    let missing = select_iris(
        &store,
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
         SELECT DISTINCT ?t WHERE {
           ?t a ?k .
           FILTER(STRSTARTS(STR(?t), \"https://w3id.org/newsgraph/\"))
           FILTER NOT EXISTS { ?t rdfs:label ?l . ?t rdfs:comment ?c }
         }",
    );
    let missing: Vec<_> = missing
        .into_iter()
        .filter(|t| t != "https://w3id.org/newsgraph/ontology")
        .collect();
    assert!(
        missing.is_empty(),
        "terms without rdfs:label and rdfs:comment: {missing:?}"
    );
}

/// Relation type ids of `ontology/relations.tsv` (first column, `#` lines and header skipped).
fn relation_ids() -> BTreeSet<String> {
    let path = ontology_dir().join("relations.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .filter(|id| *id != "id")
        .map(str::to_owned)
        .collect()
}

#[test]
fn relation_properties_match_relations_tsv() {
    let mut expected: BTreeSet<String> = relation_ids()
        .into_iter()
        .map(|id| {
            crate::rdf::vocab::relation_property(&id)
                .as_str()
                .to_owned()
        })
        .collect();
    expected.insert(
        crate::rdf::vocab::relation_property("holds_role")
            .as_str()
            .to_owned(),
    );
    let declared: BTreeSet<String> = select_iris(&ontology_store(), DECLARED)
        .into_iter()
        .filter(|t| t.starts_with(NGR))
        .collect();
    assert_eq!(
        declared, expected,
        "ngr: properties differ from ontology/relations.tsv; run ontology/scripts/gen_relation_properties.py"
    );
}
