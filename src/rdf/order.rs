//! The order of RDF terms by their N-Triples form, compared without writing the form out.
//!
//! Output is sorted by the N-Triples text of graph, subject, predicate and object, a total order
//! that does not depend on how a store iterates. Formatting every term to a `String` to sort by
//! it was the most expensive step of a build; these comparisons walk the same bytes in place:
//! `<iri>` for IRIs, and for literals the quoted, escaped value and its `@lang` or `^^<type>`
//! suffix, exactly as oxrdf prints them.

use std::cmp::Ordering;

use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphName, Literal, NamedOrBlankNode, Quad, Term, Triple};

/// Sorts quads by graph (the default graph first), subject, predicate, object.
pub(crate) fn sort_quads_in_place(quads: &mut [Quad]) {
    quads.sort_unstable_by(|a, b| {
        cmp_graph(&a.graph_name, &b.graph_name)
            .then_with(|| cmp_subject(&a.subject, &b.subject))
            .then_with(|| cmp_iri(a.predicate.as_str(), b.predicate.as_str()))
            .then_with(|| cmp_term(&a.object, &b.object))
    });
}

/// Sorts the quads of one graph by subject, predicate, object.
pub(crate) fn sort_quads_of_graph(quads: &mut [Quad]) {
    quads.sort_unstable_by(|a, b| {
        cmp_subject(&a.subject, &b.subject)
            .then_with(|| cmp_iri(a.predicate.as_str(), b.predicate.as_str()))
            .then_with(|| cmp_term(&a.object, &b.object))
    });
}

/// Sorts triples by subject, predicate, object.
pub(crate) fn sort_triples_in_place(triples: &mut [Triple]) {
    triples.sort_unstable_by(|a, b| {
        cmp_subject(&a.subject, &b.subject)
            .then_with(|| cmp_iri(a.predicate.as_str(), b.predicate.as_str()))
            .then_with(|| cmp_term(&a.object, &b.object))
    });
}

/// Sorts graph names by their N-Triples form, the default graph first.
pub(crate) fn sort_graph_names(graphs: &mut [GraphName]) {
    graphs.sort_unstable_by(cmp_graph);
}

fn cmp_graph(a: &GraphName, b: &GraphName) -> Ordering {
    match (a, b) {
        (GraphName::DefaultGraph, GraphName::DefaultGraph) => Ordering::Equal,
        (GraphName::DefaultGraph, _) => Ordering::Less,
        (_, GraphName::DefaultGraph) => Ordering::Greater,
        (GraphName::NamedNode(a), GraphName::NamedNode(b)) => cmp_iri(a.as_str(), b.as_str()),
        _ => a.to_string().cmp(&b.to_string()),
    }
}

fn cmp_subject(a: &NamedOrBlankNode, b: &NamedOrBlankNode) -> Ordering {
    match (a, b) {
        (NamedOrBlankNode::NamedNode(a), NamedOrBlankNode::NamedNode(b)) => {
            cmp_iri(a.as_str(), b.as_str())
        }
        _ => a.to_string().cmp(&b.to_string()),
    }
}

fn cmp_term(a: &Term, b: &Term) -> Ordering {
    match (a, b) {
        (Term::NamedNode(a), Term::NamedNode(b)) => cmp_iri(a.as_str(), b.as_str()),
        (Term::Literal(a), Term::Literal(b)) => literal_bytes(a).cmp(literal_bytes(b)),
        // `"` sorts before `<`.
        (Term::Literal(_), Term::NamedNode(_)) => Ordering::Less,
        (Term::NamedNode(_), Term::Literal(_)) => Ordering::Greater,
        _ => a.to_string().cmp(&b.to_string()),
    }
}

/// Compares `<a>` with `<b>`: the IRIs byte by byte, then the closing `>` of the shorter one
/// against the next byte of the longer.
pub(crate) fn cmp_iri(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let n = a.len().min(b.len());
    a[..n]
        .cmp(&b[..n])
        .then_with(|| match (a.get(n), b.get(n)) {
            (Some(&c), _) => c.cmp(&b'>').then(Ordering::Greater),
            (_, Some(&c)) => b'>'.cmp(&c).then(Ordering::Less),
            (None, None) => Ordering::Equal,
        })
}

/// The N-Triples bytes of a literal, as `oxrdf` prints it.
fn literal_bytes(literal: &Literal) -> impl Iterator<Item = u8> + '_ {
    let (separator, suffix): (&[u8], &str) = match literal.language() {
        Some(language) => (b"@", language),
        None if literal.datatype() == xsd::STRING => (b"", ""),
        None => (b"^^<", literal.datatype().as_str()),
    };
    let close: &[u8] = if separator == b"^^<" { b">" } else { b"" };
    std::iter::once(b'"')
        .chain(literal.value().chars().flat_map(escape))
        .chain(std::iter::once(b'"'))
        .chain(separator.iter().copied())
        .chain(suffix.bytes())
        .chain(close.iter().copied())
}

/// One character as N-Triples writes it inside quotes.
fn escape(c: char) -> impl Iterator<Item = u8> {
    let mut buf = [0_u8; 6];
    let len = match c {
        '\u{8}' => put(&mut buf, b"\\b"),
        '\t' => put(&mut buf, b"\\t"),
        '\n' => put(&mut buf, b"\\n"),
        '\u{C}' => put(&mut buf, b"\\f"),
        '\r' => put(&mut buf, b"\\r"),
        '"' => put(&mut buf, b"\\\""),
        '\\' => put(&mut buf, b"\\\\"),
        '\0'..='\u{1F}' | '\u{7F}' | '\u{FFFE}' | '\u{FFFF}' => {
            put(&mut buf, format!("\\u{:04X}", u32::from(c)).as_bytes())
        }
        _ => c.encode_utf8(&mut buf).len(),
    };
    buf.into_iter().take(len)
}

fn put(buf: &mut [u8; 6], bytes: &[u8]) -> usize {
    buf[..bytes.len()].copy_from_slice(bytes);
    bytes.len()
}

#[cfg(test)]
mod tests {
    use oxigraph::model::{NamedNode, Quad};

    use super::*;

    fn literals() -> Vec<Term> {
        let mut terms: Vec<Term> = [
            "",
            "a",
            "a\"b",
            "a\\b",
            "tab\there",
            "line\nbreak",
            "\u{1}",
            "\u{7f}",
            "é",
            "a b",
            "ab",
            "\u{FFFF}",
            "\r",
            "z",
        ]
        .into_iter()
        .map(|s| Literal::new_simple_literal(s).into())
        .collect();
        terms.push(Literal::new_typed_literal("12", xsd::INTEGER).into());
        terms.push(Literal::new_typed_literal("a", xsd::DATE).into());
        terms.push(Literal::new_language_tagged_literal_unchecked("a", "en").into());
        for iri in [
            "http://x/a",
            "http://x/a#b",
            "http://x/a/b",
            "http://x/ab",
            "http://x/",
        ] {
            terms.push(NamedNode::new_unchecked(iri).into());
        }
        terms
    }

    #[test]
    fn terms_sort_as_their_n_triples_text() {
        let terms = literals();
        for a in &terms {
            for b in &terms {
                assert_eq!(
                    cmp_term(a, b),
                    a.to_string().cmp(&b.to_string()),
                    "{a} vs {b}"
                );
            }
        }
    }

    #[test]
    fn quads_sort_by_graph_then_subject_predicate_object() {
        let iri = |s: &str| NamedNode::new_unchecked(format!("http://x/{s}"));
        let quad = |g: Option<&str>, s: &str, o: &str| {
            Quad::new(
                iri(s),
                iri("p"),
                Literal::new_simple_literal(o),
                g.map_or(GraphName::DefaultGraph, |g| iri(g).into()),
            )
        };
        let mut quads = vec![
            quad(Some("d#1"), "a", "x"),
            quad(Some("d"), "a", "x"),
            quad(None, "b", "x"),
            quad(None, "a", "y"),
            quad(None, "a", "x"),
        ];
        let mut expected = quads.clone();
        expected.sort_by_cached_key(|q| {
            let g = if q.graph_name.is_default_graph() {
                String::new()
            } else {
                q.graph_name.to_string()
            };
            [g, q.subject.to_string(), q.object.to_string()]
        });
        sort_quads_in_place(&mut quads);
        assert_eq!(quads, expected);
    }
}
