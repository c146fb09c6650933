//! Cross-document resolution: one node per real-world entity, one relation per fact however
//! many documents report it.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use xxhash_rust::xxh3::xxh3_64;

use super::coref::{DocumentFacts, LocalValue};
use super::naming::{normalize_name, slug};
use crate::graph::{Corpus, EntityNode, EntityType, Evidence, QuoteNode, RelationNode, Value};

/// A stable short id from content.
pub(crate) fn content_id(parts: &[&str]) -> String {
    format!("{:016x}", xxh3_64(parts.join("\u{1f}").as_bytes()))
}

struct Cluster {
    /// Local entities as (document index, entity index).
    members: Vec<(usize, usize)>,
    known: bool,
}

/// Merges every document's local entities and statements into one corpus.
pub fn resolve_corpus(docs: Vec<DocumentFacts>) -> Corpus {
    // Corpus entities keyed by normalised label; a single-word person joins the one person in
    // the corpus whose full name ends with that word.
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut local_to_cluster: Vec<Vec<usize>> =
        docs.iter().map(|d| vec![0; d.entities.len()]).collect();
    let mut pending_single: Vec<(usize, usize)> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for (e, ent) in doc.entities.iter().enumerate() {
            let key = normalize_name(&ent.label);
            if ent.entity_type == EntityType::Person && !key.contains(' ') && !ent.known {
                pending_single.push((d, e));
                continue;
            }
            let c = *by_key.entry(key).or_insert_with(|| {
                clusters.push(Cluster {
                    members: Vec::new(),
                    known: false,
                });
                clusters.len() - 1
            });
            clusters[c].members.push((d, e));
            clusters[c].known |= ent.known;
            local_to_cluster[d][e] = c;
        }
    }
    // Surname → clusters of multi-word people with that surname.
    let mut surnames: HashMap<String, BTreeSet<usize>> = HashMap::new();
    for (key, &c) in &by_key {
        let (d, e) = clusters[c].members[0];
        if docs[d].entities[e].entity_type == EntityType::Person
            && let Some(last) = key.rsplit(' ').next()
        {
            surnames.entry(last.to_string()).or_default().insert(c);
        }
    }
    for (d, e) in pending_single {
        let key = normalize_name(&docs[d].entities[e].label);
        let c = match surnames.get(&key) {
            Some(set) if set.len() == 1 => *set.iter().next().unwrap_or(&0),
            _ => *by_key.entry(key).or_insert_with(|| {
                clusters.push(Cluster {
                    members: Vec::new(),
                    known: false,
                });
                clusters.len() - 1
            }),
        };
        clusters[c].members.push((d, e));
        local_to_cluster[d][e] = c;
    }

    // Entity nodes.
    let mut entity_ids: Vec<String> = Vec::with_capacity(clusters.len());
    let mut entities: Vec<EntityNode> = Vec::with_capacity(clusters.len());
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    for cluster in &clusters {
        let mut type_votes: BTreeMap<EntityType, usize> = BTreeMap::new();
        let mut names: BTreeMap<String, usize> = BTreeMap::new();
        let mut mentions = Vec::new();
        let mut labels: Vec<&str> = Vec::new();
        for &(d, e) in &cluster.members {
            let ent = &docs[d].entities[e];
            *type_votes.entry(ent.entity_type).or_default() +=
                ent.mentions.len() * if ent.known { 10 } else { 1 };
            for n in &ent.names {
                *names.entry(n.clone()).or_default() += 1;
            }
            labels.push(&ent.label);
            mentions.extend(ent.mentions.iter().map(|&m| docs[d].mentions[m].clone()));
        }
        let entity_type = type_votes
            .iter()
            .max_by_key(|(t, n)| (**n, std::cmp::Reverse(**t)))
            .map(|(t, _)| *t)
            .unwrap_or(EntityType::Organization);
        // The label: the data's name when known, else the longest full name used.
        let label = labels
            .iter()
            .max_by_key(|l| {
                (
                    cluster.known,
                    l.split_whitespace().count(),
                    l.len(),
                    std::cmp::Reverse(**l),
                )
            })
            .map(|l| l.to_string())
            .unwrap_or_default();
        mentions.sort();
        mentions.dedup();
        let mut id = format!("{}/{}", entity_type.as_str().to_lowercase(), slug(&label));
        let n = used_ids.entry(id.clone()).or_default();
        *n += 1;
        if *n > 1 {
            id = format!("{id}-{n}");
        }
        let aliases: Vec<String> = names.into_keys().filter(|n| *n != label).collect();
        let merges = if cluster.members.len() > 1 {
            let docs_in: BTreeSet<&str> = cluster
                .members
                .iter()
                .map(|&(d, _)| docs[d].document.id.as_str())
                .collect();
            vec![(
                "resolve/same-name".to_string(),
                format!("{} names in {} documents", aliases.len() + 1, docs_in.len()),
            )]
        } else {
            Vec::new()
        };
        entity_ids.push(id.clone());
        entities.push(EntityNode {
            id,
            label,
            entity_type,
            aliases,
            mentions,
            merges,
        });
    }
    let entity_of = |d: usize, e: usize| entity_ids[local_to_cluster[d][e]].clone();

    // Quotes.
    let mut quotes = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for q in &doc.quotes {
            let speaker = q.speaker.map(|s| entity_of(d, s));
            let id = content_id(&[&doc.document.id, &q.start.to_string(), &q.end.to_string()]);
            let statement = statement_id(speaker.as_deref(), &q.text);
            quotes.push((
                QuoteNode {
                    id,
                    doc: doc.document.id.clone(),
                    start: q.start,
                    end: q.end,
                    text: q.text.clone(),
                    rule: q.rule.clone(),
                    statement,
                },
                speaker,
            ));
        }
    }

    // Relations: one per (subject, predicate, object, qualifiers), with every report as evidence.
    let mut relations: BTreeMap<(String, String, Value, BTreeMap<String, Value>), Vec<Evidence>> =
        BTreeMap::new();
    for (d, doc) in docs.iter().enumerate() {
        let value = |v: &LocalValue| match v {
            LocalValue::Entity(e) => Value::Entity(entity_of(d, *e)),
            LocalValue::Literal(s) => Value::Literal(s.clone()),
            LocalValue::Quantity { amount, text } => Value::Quantity {
                amount: amount.clone(),
                text: text.clone(),
            },
            LocalValue::Date { iso, text } => Value::Date {
                iso: iso.clone(),
                text: text.clone(),
            },
        };
        for r in &doc.relations {
            let key = (
                entity_of(d, r.subject),
                r.predicate.clone(),
                value(&r.object),
                r.qualifiers
                    .iter()
                    .map(|(k, v)| (k.clone(), value(v)))
                    .collect(),
            );
            relations.entry(key).or_default().push(Evidence {
                doc: doc.document.id.clone(),
                start: r.start,
                end: r.end,
                rule: r.rule.clone(),
            });
        }
    }
    let relations = relations
        .into_iter()
        .map(|((subject, predicate, object, qualifiers), mut evidence)| {
            evidence.sort();
            evidence.dedup();
            let q: Vec<String> = qualifiers
                .iter()
                .map(|(k, v)| format!("{k}={}", v.as_report_str()))
                .collect();
            let id = content_id(&[&subject, &predicate, object.as_report_str(), &q.join(";")]);
            RelationNode {
                id,
                subject,
                predicate,
                object,
                qualifiers,
                evidence,
                conflicts_with: Vec::new(),
            }
        })
        .collect();

    Corpus {
        documents: docs.iter().map(|d| d.document.clone()).collect(),
        entities,
        quotes,
        relations,
    }
}

/// Reports of one statement share an id: the speaker plus the quote's words, normalised.
fn statement_id(speaker: Option<&str>, text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    content_id(&[speaker.unwrap_or(""), &words.join(" ")])
}
