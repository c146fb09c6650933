//! The JSON report: a stable contract, described by `schema/report.schema.json`.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use serde::Serialize;

use crate::graph::{KnowledgeGraph, Mention};

#[derive(Serialize)]
struct Report<'a> {
    documents: Vec<ReportDocument<'a>>,
    entities: Vec<ReportEntity<'a>>,
    quotes: Vec<ReportQuote<'a>>,
    relations: Vec<ReportRelation<'a>>,
}

#[derive(Serialize)]
struct ReportDocument<'a> {
    id: &'a str,
    source: &'a str,
    title: Option<&'a str>,
    outlet: Option<&'a str>,
    published: Option<&'a str>,
}

#[derive(Serialize)]
struct ReportEntity<'a> {
    id: &'a str,
    label: &'a str,
    #[serde(rename = "type")]
    entity_type: &'static str,
    aliases: &'a [String],
    mentions: &'a [Mention],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    merges: Vec<ReportMerge<'a>>,
}

/// Why mentions from several names or documents were merged into one entity.
#[derive(Serialize)]
struct ReportMerge<'a> {
    rule: &'a str,
    evidence: &'a str,
}

#[derive(Serialize)]
struct ReportQuote<'a> {
    id: &'a str,
    doc: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    speaker: Option<&'a str>,
    statement: &'a str,
    rule: &'a str,
}

#[derive(Serialize)]
struct ReportRelation<'a> {
    id: &'a str,
    subject: &'a str,
    predicate: &'a str,
    relation_type: &'a str,
    object: &'a str,
    qualifiers: BTreeMap<&'a str, &'a str>,
    evidence: &'a [crate::graph::Evidence],
    /// How many outlets (documents without an outlet count as their own) report it.
    reported_by: usize,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    conflicts_with: &'a [String],
}

/// Writes the report as pretty-printed JSON followed by a newline.
pub fn write_report(kg: &KnowledgeGraph, mut out: impl Write) -> std::io::Result<()> {
    let outlet: BTreeMap<&str, &str> = kg
        .documents()
        .map(|d| (d.id.as_str(), d.outlet.as_deref().unwrap_or(d.id.as_str())))
        .collect();
    let report = Report {
        documents: kg
            .documents()
            .map(|d| ReportDocument {
                id: &d.id,
                source: &d.source,
                title: d.title.as_deref(),
                outlet: d.outlet.as_deref(),
                published: d.published.as_deref(),
            })
            .collect(),
        entities: kg
            .entities()
            .map(|e| ReportEntity {
                id: &e.id,
                label: &e.label,
                entity_type: e.entity_type.as_str(),
                aliases: &e.aliases,
                mentions: &e.mentions,
                merges: e
                    .merges
                    .iter()
                    .map(|(rule, evidence)| ReportMerge { rule, evidence })
                    .collect(),
            })
            .collect(),
        quotes: kg
            .quotes()
            .map(|(q, speaker)| ReportQuote {
                id: &q.id,
                doc: &q.doc,
                start: q.start,
                end: q.end,
                text: &q.text,
                speaker: speaker.map(|s| s.id.as_str()),
                statement: &q.statement,
                rule: &q.rule,
            })
            .collect(),
        relations: kg
            .relations()
            .map(|r| ReportRelation {
                id: &r.id,
                subject: &r.subject,
                predicate: &r.predicate,
                relation_type: &r.relation_type,
                object: r.object.as_report_str(),
                qualifiers: r
                    .qualifiers
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_report_str()))
                    .collect(),
                evidence: &r.evidence,
                reported_by: r
                    .evidence
                    .iter()
                    .map(|e| outlet.get(e.doc.as_str()).copied().unwrap_or(&e.doc))
                    .collect::<BTreeSet<&str>>()
                    .len(),
                conflicts_with: &r.conflicts_with,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut out, &report)?;
    out.write_all(b"\n")
}
