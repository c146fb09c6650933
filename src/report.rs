//! The JSON report: a stable contract, described by `schema/report.schema.json`.

use std::collections::BTreeMap;
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
    object: &'a str,
    qualifiers: BTreeMap<&'a str, &'a str>,
    evidence: &'a [crate::graph::Evidence],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    conflicts_with: &'a [String],
}

/// Writes the report as pretty-printed JSON followed by a newline.
pub fn write_report(kg: &KnowledgeGraph, mut out: impl Write) -> std::io::Result<()> {
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
                object: r.object.as_report_str(),
                qualifiers: r
                    .qualifiers
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_report_str()))
                    .collect(),
                evidence: &r.evidence,
                conflicts_with: &r.conflicts_with,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut out, &report)?;
    out.write_all(b"\n")
}
