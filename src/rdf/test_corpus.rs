//! A small invented corpus shared by the RDF, store, query and DOT tests.

use std::collections::BTreeMap;

use crate::graph::{
    Corpus, DocumentNode, EntityNode, EntityType, Evidence, KnowledgeGraph, Mention, QuoteNode,
    RelationNode, Value,
};

fn doc(id: &str, outlet: &str) -> DocumentNode {
    DocumentNode {
        id: id.into(),
        source: format!("articles/{id}.txt"),
        title: Some(format!("Harbour plan, as told by {outlet}")),
        outlet: Some(outlet.into()),
        published: Some("2031-04-02".into()),
        url: Some(format!("https://news.example/{id}")),
    }
}

fn mention(doc: &str, start: usize, text: &str) -> Mention {
    Mention {
        doc: doc.into(),
        start,
        end: start + text.chars().count(),
        text: text.into(),
        rule: "entity/gazetteer".into(),
    }
}

fn entity(
    id: &str,
    label: &str,
    t: EntityType,
    aliases: &[&str],
    mentions: Vec<Mention>,
) -> EntityNode {
    EntityNode {
        id: id.into(),
        label: label.into(),
        entity_type: t,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        mentions,
        merges: Vec::new(),
    }
}

fn evidence(doc: &str, start: usize, end: usize) -> Evidence {
    Evidence {
        doc: doc.into(),
        start,
        end,
        rule: "relation/verb-pattern".into(),
    }
}

/// Two outlets report that Mara Smith (a minister of Freedonia) funds a port upgrade with 28.3
/// billion (or 28 billion, says the second).
pub(crate) fn sample_corpus() -> Corpus {
    let entities = vec![
        entity(
            "person/mara-smith",
            "Mara \"The Hammer\" Smith",
            EntityType::Person,
            &["Smith"],
            vec![
                mention("doc-a", 0, "Mara Smith"),
                mention("doc-b", 10, "Smith"),
            ],
        ),
        entity(
            "country/freedonia",
            "Freedonia",
            EntityType::Country,
            &[],
            vec![mention("doc-a", 40, "Freedonia")],
        ),
        entity(
            "organization/port-board",
            "Port Board",
            EntityType::Organization,
            &[],
            vec![mention("doc-b", 60, "Port Board")],
        ),
        entity(
            "place/north-harbour",
            "North Harbour",
            EntityType::Place,
            &[],
            vec![mention("doc-b", 80, "North Harbour")],
        ),
        entity(
            "event/harbour-summit",
            "Harbour Summit",
            EntityType::Event,
            &[],
            Vec::new(),
        ),
        entity(
            "agreement/harbour-accord",
            "Harbour Accord",
            EntityType::Agreement,
            &[],
            Vec::new(),
        ),
    ];
    let quote = |id: &str, d: &str, start: usize, text: &str| QuoteNode {
        id: id.into(),
        doc: d.into(),
        start,
        end: start + text.chars().count(),
        text: text.into(),
        rule: "quote/said-attribution".into(),
        statement: "statement/harbour-1".into(),
    };
    let pledge = RelationNode {
        id: "rel/pledge-1".into(),
        subject: "person/mara-smith".into(),
        predicate: "fund".into(),
        relation_type: "fund".into(),
        object: Value::Literal("port upgrade".into()),
        qualifiers: BTreeMap::from([
            (
                "quantity".into(),
                Value::Quantity {
                    amount: "28300000000".into(),
                    text: "28.3 billion".into(),
                },
            ),
            (
                "date".into(),
                Value::Date {
                    iso: "2031-04-01".into(),
                    text: "on Tuesday".into(),
                },
            ),
            (
                "claimant".into(),
                Value::Entity("organization/port-board".into()),
            ),
            ("currency".into(), Value::Literal("dollars".into())),
            (
                "destination".into(),
                Value::Entity("place/north-harbour".into()),
            ),
            ("place".into(), Value::Literal("the capital".into())),
            ("approximation".into(), Value::Literal("nearly".into())),
            ("instrument".into(), Value::Literal("bonds".into())),
        ]),
        evidence: vec![evidence("doc-a", 0, 70), evidence("doc-b", 0, 90)],
        conflicts_with: vec!["rel/pledge-2".into()],
    };
    let pledge_b = RelationNode {
        id: "rel/pledge-2".into(),
        qualifiers: BTreeMap::from([(
            "quantity".into(),
            Value::Quantity {
                amount: "28000000000".into(),
                text: "28 billion".into(),
            },
        )]),
        evidence: vec![evidence("doc-b", 100, 160)],
        conflicts_with: vec!["rel/pledge-1".into()],
        ..pledge.clone()
    };
    let role = RelationNode {
        id: "rel/role-1".into(),
        subject: "person/mara-smith".into(),
        predicate: "holds_role".into(),
        relation_type: "holds_role".into(),
        object: Value::Literal("Harbour Minister".into()),
        qualifiers: BTreeMap::from([("of".into(), Value::Entity("country/freedonia".into()))]),
        evidence: vec![evidence("doc-a", 0, 50)],
        conflicts_with: Vec::new(),
    };
    Corpus {
        documents: vec![doc("doc-a", "Daily Example"), doc("doc-b", "Example Wire")],
        entities,
        quotes: vec![
            (
                quote(
                    "quote/doc-a/100-140",
                    "doc-a",
                    100,
                    "We will \"rebuild\" the harbour\nby spring.",
                ),
                Some("person/mara-smith".into()),
            ),
            (
                quote(
                    "quote/doc-b/200-230",
                    "doc-b",
                    200,
                    "The harbour comes first.",
                ),
                Some("person/mara-smith".into()),
            ),
            (
                quote("quote/doc-b/300-320", "doc-b", 300, "Nobody asked us."),
                None,
            ),
        ],
        relations: vec![pledge, pledge_b, role],
    }
}

pub(crate) fn sample_graph() -> KnowledgeGraph {
    KnowledgeGraph::build(sample_corpus())
}
