//! Namespaces, terms and IRI minting for the RDF export.
//!
//! Every term the exporter writes is a `const` here, so `ontology/newsgraph.ttl` can be checked
//! against one list (see the `ontology_terms` test in [`crate::rdf`]).

use oxigraph::model::NamedNode;

/// The newsgraph ontology: classes and properties (`ng:`).
pub const NG: &str = "https://w3id.org/newsgraph/ontology#";
/// Resources minted for one corpus: documents, entities, quotes, relations (`ngd:`).
pub const NGD: &str = "https://w3id.org/newsgraph/data/";
/// One property per relation type of `ontology/relations.tsv`, plus `holds_role` (`ngr:`).
pub const NGR: &str = "https://w3id.org/newsgraph/relation/";
pub const SCHEMA: &str = "http://schema.org/";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";

/// Prefixes written by the serializers and predefined for SPARQL queries, in a fixed order.
pub const PREFIXES: [(&str, &str); 11] = [
    ("ng", NG),
    ("ngd", NGD),
    ("ngr", NGR),
    ("schema", SCHEMA),
    ("prov", PROV),
    ("nif", NIF),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("xsd", XSD),
    ("owl", OWL),
    ("dcterms", DCTERMS),
];

/// Declares `pub const NAME: &str = "<namespace><local>";` for each listed term.
macro_rules! terms {
    ($ns:literal; $($name:ident = $local:literal),* $(,)?) => {
        $(pub const $name: &str = concat!($ns, $local);)*
    };
}

/// `ng:` classes and properties.
pub mod ng {
    terms! { "https://w3id.org/newsgraph/ontology#";
        ENTITY = "Entity",
        PERSON = "Person",
        ORGANIZATION = "Organization",
        COUNTRY = "Country",
        PLACE = "Place",
        EVENT = "Event",
        AGREEMENT = "Agreement",
        MENTION = "Mention",
        RELATION = "Relation",
        EVIDENCE = "Evidence",
        STATEMENT = "Statement",
        QUALIFIER = "Qualifier",
        SOURCE = "source",
        ALIAS = "alias",
        MENTION_OF = "mentionOf",
        IN_DOCUMENT = "inDocument",
        RULE = "rule",
        SPEAKER = "speaker",
        STATEMENT_PROP = "statement",
        SUBJECT = "subject",
        RELATION_TYPE = "relationType",
        PREDICATE = "predicate",
        OBJECT = "object",
        OBJECT_TEXT = "objectText",
        QUANTITY = "quantity",
        QUANTITY_TEXT = "quantityText",
        DATE = "date",
        DATE_TEXT = "dateText",
        PLACE_PROP = "place",
        CLAIMANT = "claimant",
        DESTINATION = "destination",
        INSTRUMENT = "instrument",
        ORIGIN = "origin",
        COUNTERPART = "counterpart",
        ROLE_IN = "roleIn",
        APPROXIMATION = "approximation",
        HAS_QUALIFIER = "hasQualifier",
        QUALIFIER_NAME = "qualifierName",
        QUALIFIER_VALUE = "qualifierValue",
        QUALIFIER_TEXT = "qualifierText",
        CONFLICTS_WITH = "conflictsWith",
    }
}

/// schema.org terms.
pub mod schema {
    terms! { "http://schema.org/";
        NEWS_ARTICLE = "NewsArticle",
        QUOTATION = "Quotation",
        NAME = "name",
        PUBLISHER = "publisher",
        DATE_PUBLISHED = "datePublished",
        URL = "url",
        TEXT = "text",
    }
}

/// PROV-O terms.
pub mod prov {
    terms! { "http://www.w3.org/ns/prov#";
        WAS_DERIVED_FROM = "wasDerivedFrom",
    }
}

/// NIF 2.0 core terms: offsets are code points, end exclusive, as in newsgraph.
pub mod nif {
    terms! { "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        BEGIN_INDEX = "beginIndex",
        END_INDEX = "endIndex",
        ANCHOR_OF = "anchorOf",
    }
}

pub mod rdfs {
    terms! { "http://www.w3.org/2000/01/rdf-schema#";
        LABEL = "label",
    }
}

/// The `ng:` class of an entity type.
pub fn entity_class(t: crate::graph::EntityType) -> &'static str {
    use crate::graph::EntityType;
    match t {
        EntityType::Person => ng::PERSON,
        EntityType::Organization => ng::ORGANIZATION,
        EntityType::Country => ng::COUNTRY,
        EntityType::Place => ng::PLACE,
        EntityType::Event => ng::EVENT,
        EntityType::Agreement => ng::AGREEMENT,
    }
}

/// Percent-encodes every byte outside RFC 3986 "unreserved", and also keeps `/` when
/// `keep_slash`: entity ids such as `person/jane-doe` read better with their slash, while a
/// document id must not contain one because it is a path segment of mention IRIs.
pub fn encode_segment(s: &str, keep_slash: bool) -> String {
    let mut out = String::with_capacity(s.len());
    push_encoded(&mut out, s, keep_slash);
    out
}

/// [`encode_segment`], appended to `out`.
fn push_encoded(out: &mut String, s: &str, keep_slash: bool) {
    let plain = |b: u8| {
        b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~')
            || (keep_slash && b == b'/')
    };
    // Most ids have no dot at all, which a byte test tells before splitting them at slashes.
    let dots =
        |s: &str| s.as_bytes().contains(&b'.') && s.split('/').any(|seg| seg == "." || seg == "..");
    // Ids are made of plain bytes almost always: copied in one piece.
    if s.bytes().all(plain) && !dots(s) {
        out.push_str(s);
        return;
    }
    let start = out.len();
    for b in s.bytes() {
        if plain(b) {
            out.push(char::from(b));
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    // "." and ".." segments would be removed by IRI normalisation, so they are encoded too.
    if dots(&out[start..]) {
        let encoded = out[start..]
            .split('/')
            .map(encode_dots)
            .collect::<Vec<_>>()
            .join("/");
        out.truncate(start);
        out.push_str(&encoded);
    }
}

fn encode_dots(seg: &str) -> String {
    if seg == "." || seg == ".." {
        seg.replace('.', "%2E")
    } else {
        seg.to_owned()
    }
}

/// `NGD` `kind` `/` and the encoded `id`, made in one string: these are minted for every
/// node and mention of the export.
fn id_iri(kind: &str, id: &str, keep_slash: bool) -> NamedNode {
    let mut iri = String::with_capacity(NGD.len() + kind.len() + 1 + id.len());
    iri.push_str(NGD);
    iri.push_str(kind);
    iri.push('/');
    push_encoded(&mut iri, id, keep_slash);
    // Safe to skip validation: NGD is a valid absolute IRI and the rest holds only unreserved
    // characters, `/`, `-` and `%XX` escapes, which are all valid in an IRI path.
    NamedNode::new_unchecked(iri)
}

pub fn document_iri(doc: &str) -> NamedNode {
    id_iri("doc", doc, false)
}

pub fn entity_iri(id: &str) -> NamedNode {
    id_iri("entity", id, true)
}

pub fn quote_iri(id: &str) -> NamedNode {
    id_iri("quote", id, true)
}

pub fn statement_iri(id: &str) -> NamedNode {
    id_iri("statement", id, true)
}

pub fn relation_iri(id: &str) -> NamedNode {
    id_iri("relation", id, true)
}

/// A qualifier node of a relation, for qualifier names without an `ng:` property.
pub fn qualifier_iri(relation: &str, name: &str) -> NamedNode {
    // In one string, as `id_iri` makes its IRIs.
    let mut iri = String::with_capacity(NGD.len() + relation.len() + name.len() + 12);
    iri.push_str(NGD);
    iri.push_str("relation/");
    push_encoded(&mut iri, relation, true);
    iri.push_str("/q/");
    push_encoded(&mut iri, name, false);
    // Valid for the reason given at `id_iri`.
    NamedNode::new_unchecked(iri)
}

pub fn mention_iri(doc: &str, start: usize, end: usize) -> NamedNode {
    DocumentIris::new(doc).mention(start, end)
}

pub fn evidence_iri(doc: &str, start: usize, end: usize) -> NamedNode {
    DocumentIris::new(doc).evidence(start, end)
}

/// The IRIs of spans in one document, with the document id encoded once for all of them.
pub struct DocumentIris {
    encoded: String,
}

impl DocumentIris {
    pub fn new(doc: &str) -> DocumentIris {
        DocumentIris {
            encoded: encode_segment(doc, false),
        }
    }

    /// [`mention_iri`] of this document.
    pub fn mention(&self, start: usize, end: usize) -> NamedNode {
        self.span("mention", start, end)
    }

    /// [`evidence_iri`] of this document.
    pub fn evidence(&self, start: usize, end: usize) -> NamedNode {
        self.span("evidence", start, end)
    }

    fn span(&self, kind: &str, start: usize, end: usize) -> NamedNode {
        let mut iri = String::with_capacity(NGD.len() + kind.len() + self.encoded.len() + 24);
        iri.push_str(NGD);
        iri.push_str(kind);
        iri.push('/');
        iri.push_str(&self.encoded);
        iri.push('/');
        push_decimal(&mut iri, start);
        iri.push('-');
        push_decimal(&mut iri, end);
        // Valid for the reason given at `id_iri`.
        NamedNode::new_unchecked(iri)
    }
}

/// Appends `n` in decimal. A mention's or evidence span's offsets went through `write!`, whose
/// formatting machinery cost more than the rest of making the IRI (some 70,000 IRIs in the
/// BBC corpus).
fn push_decimal(out: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b"0123456789"[n % 10];
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &digit in &digits[start..] {
        out.push(char::from(digit));
    }
}

/// The `ngr:` property of a relation type id such as `holds_role`.
pub fn relation_property(predicate: &str) -> NamedNode {
    // Built by hand rather than with `format!`, whose machinery cost more than the copying.
    let mut iri = String::with_capacity(NGR.len() + predicate.len());
    iri.push_str(NGR);
    push_encoded(&mut iri, predicate, false);
    // Same argument as `id_iri`: NGR is valid and the local part is encoded.
    NamedNode::new_unchecked(iri)
}

/// Shortens `iri` to `prefix:local` with the first matching entry of [`PREFIXES`].
pub fn shorten(iri: &str) -> Option<String> {
    PREFIXES
        .iter()
        .find_map(|(p, ns)| iri.strip_prefix(ns).map(|local| format!("{p}:{local}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_written_as_display_writes_them() {
        for n in [0, 7, 10, 1_234, usize::MAX] {
            let mut out = String::from("x");
            push_decimal(&mut out, n);
            assert_eq!(out, format!("x{n}"));
        }
    }

    #[test]
    fn encoded_ids_make_valid_iris() {
        for id in ["person/jane-doe", "a b/ç\"<>", "../x", ".", "doc?#1", ""] {
            for iri in [
                entity_iri(id),
                document_iri(id),
                mention_iri(id, 3, 9),
                qualifier_iri(id, id),
            ] {
                assert!(NamedNode::new(iri.as_str()).is_ok(), "{iri}");
            }
        }
        assert_eq!(
            entity_iri("person/jane-doe").as_str(),
            format!("{NGD}entity/person/jane-doe")
        );
        assert_eq!(
            document_iri("a/b c").as_str(),
            format!("{NGD}doc/a%2Fb%20c")
        );
        assert_eq!(
            entity_iri("x/../y").as_str(),
            format!("{NGD}entity/x/%2E%2E/y")
        );
    }

    #[test]
    fn shorten_uses_known_prefixes() {
        assert_eq!(shorten(ng::PERSON).as_deref(), Some("ng:Person"));
        assert_eq!(shorten("http://example.org/x"), None);
    }
}
