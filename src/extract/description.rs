//! Definite descriptions that stand for an entity named earlier: "the airline", "the
//! automaker", "the nation".
//!
//! ## What it extracts
//! A mention for "the NOUN", where NOUN is a descriptor with position `definite` in
//! `ontology/lexicon/descriptors.tsv`, pointing at its antecedent: the last entity of the
//! noun's type named in the same sentence or the two before it. Relations and quotes then read
//! "Acme plans to sell 100 jets to the airline" as a sale to that airline.
//!
//! ## Example
//! "Skyjet ordered engines. Acme will sell 100 jets to the airline." → "the airline" refers to
//! Skyjet.
//!
//! ## Known misses
//! The antecedent is the nearest entity of the type, not the one the writer meant when
//! several are in play ("Acme outbid Bolt, and the company …"); descriptions of people ("the
//! president") are the role and quote extractors' business.
//!
//! ## Data used
//! `ontology/lexicon/descriptors.tsv` (rows with position `definite`).

use super::relation::is_auxiliary;
use super::types::{DocContext, EntityMention, Extraction, Extractor};
use crate::ontology::DescriptorPosition;
use crate::text::{TokenKind, lower};

pub struct Descriptions;

pub const RULE_DEFINITE_DESCRIPTION: &str = "entity/definite-description";

/// Words besides auxiliaries that may follow a description without making it part of a
/// compound ("the airline also said", "the airline in question").
const GRAMMAR_WORDS: &[&str] = &[
    "also", "and", "or", "but", "to", "in", "on", "at", "for", "with", "from", "by", "of", "that",
    "which", "who", "as", "'s", "’s", "itself", "said", "says",
];

/// How many sentences before the description its antecedent may be named in.
const LOOKBACK_SENTENCES: usize = 2;

impl Extractor for Descriptions {
    fn id(&self) -> &'static str {
        "description"
    }

    fn description(&self) -> &'static str {
        "Definite descriptions (\"the airline\", \"the nation\") as mentions of the last entity of their type named shortly before."
    }

    fn extract(&self, ctx: &DocContext<'_>, out: &mut Extraction) {
        let text = ctx.text();
        let mut found = Vec::new();
        for (s, sentence) in ctx.sentences.iter().enumerate() {
            let toks = &sentence.tokens;
            for i in 1..toks.len() {
                if !toks[i - 1].text(text).eq_ignore_ascii_case("the")
                    || toks[i].kind != TokenKind::Word
                    || !toks[i].text(text).starts_with(char::is_lowercase)
                {
                    continue;
                }
                let Some(entity_type) = ctx
                    .ontology
                    .descriptor_type(toks[i].text(text), DescriptorPosition::Definite)
                else {
                    continue;
                };
                // "the airline Skyjet", "the company's board … " stay as they are: a name after
                // the noun is the descriptor's own name; a noun after it makes a compound.
                if toks.get(i + 1).is_some_and(|n| {
                    let w = lower(n.text(text));
                    let verb = ctx
                        .ontology
                        .verbs
                        .get(w.as_ref())
                        .is_some_and(|f| f.past || f.third);
                    n.kind == TokenKind::Word
                        && (n.text(text).starts_with(char::is_uppercase)
                            || !(verb
                                || w.ends_with("ly")
                                || is_auxiliary(&w)
                                || GRAMMAR_WORDS.contains(&w.as_ref())))
                }) {
                    continue;
                }
                let span = toks[i - 1].span.start..toks[i].span.end;
                if out.quoted(span.start)
                    || out
                        .mentions
                        .iter()
                        .any(|m| m.span.start < span.end && span.start < m.span.end)
                {
                    continue;
                }
                // "Acme will sell jets to the airline": a description is not the subject of
                // its own clause, so a name in the same clause is no antecedent.
                let same_clause = |m: &EntityMention| {
                    m.sentence == s
                        && !toks.iter().any(|t| {
                            t.span.start >= m.span.end
                                && t.span.end <= span.start
                                && matches!(t.text(text), "," | ";" | ":" | "and" | "but")
                        })
                };
                let antecedent = out
                    .mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| {
                        m.entity_type == entity_type
                            && m.span.end <= span.start
                            && m.sentence + LOOKBACK_SENTENCES >= s
                            && m.antecedent.is_none()
                            && !same_clause(m)
                            // "the treaty" is the agreement, not one of its articles.
                            && m.rule != crate::extract::entity::RULE_ARTICLE
                            // "(Reuters) -" credits the agency; "the firm" is another.
                            && !ctx.sentences[m.sentence].dateline
                    })
                    .max_by_key(|(_, m)| m.span.start)
                    .map(|(a, _)| a);
                if let Some(antecedent) = antecedent {
                    found.push(EntityMention {
                        span,
                        entity_type,
                        canonical: None,
                        sentence: s,
                        rule: RULE_DEFINITE_DESCRIPTION,
                        antecedent: Some(antecedent),
                    });
                }
            }
        }
        out.mentions.extend(found);
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_document;
    use crate::ingest::Document;
    use crate::ontology::Ontology;

    /// (description, the text of its antecedent).
    fn descriptions(text: &str) -> Vec<(String, String)> {
        let doc = Document::from_text("t", "t", text.to_string());
        let (_, out) = extract_document(&doc, Ontology::shipped());
        out.mentions
            .iter()
            .filter_map(|m| {
                let a = m.antecedent?;
                Some((
                    doc.text[m.span.clone()].to_string(),
                    doc.text[out.mentions[a].span.clone()].to_string(),
                ))
            })
            .collect()
    }

    #[test]
    fn a_description_refers_to_the_last_entity_of_its_type() {
        let d = descriptions(
            "Budget carrier Skyjet ordered engines. Siemens will also sell 100 jets to the airline. Brazil held talks, and Portugal thanked the nation.",
        );
        // Not Siemens: the seller is not the buyer in its own clause.
        assert!(
            d.contains(&("the airline".into(), "Skyjet".into())),
            "{d:?}"
        );
        assert!(d.contains(&("the nation".into(), "Brazil".into())), "{d:?}");
    }

    #[test]
    fn compounds_names_and_distant_antecedents_are_left_alone() {
        let d = descriptions(
            "Siemens opened a plant. Talks went on. Nothing changed. Then the company board met, and the airline Skyjet left.",
        );
        assert!(d.is_empty(), "{d:?}");
    }
}
