//! N-Quads and N-Triples lines written straight into a buffer.
//!
//! The bytes are those of oxrdf's `Display` (`<iri>`, `"escaped"` with `@lang` or `^^<type>`,
//! `_:id`), which `oxttl` writes through `write_fmt`; that formatting machinery cost more than
//! building the quads. Here a literal with nothing to escape is copied in one piece.

use std::io::{self, Write};

use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphNameRef, LiteralRef, NamedOrBlankNodeRef, QuadRef, TermRef};

/// Buffered bytes are handed to the writer once they pass this size.
const FLUSH_AT: usize = 64 * 1024;

/// Writes quads (N-Quads) or triples (N-Triples: quads of the default graph) one line each.
pub(crate) struct LineWriter<W: Write> {
    out: W,
    buf: Vec<u8>,
}

impl<W: Write> LineWriter<W> {
    pub(crate) fn new(out: W) -> Self {
        LineWriter {
            out,
            buf: Vec::with_capacity(FLUSH_AT + 4096),
        }
    }

    /// `subject predicate object [graph] .` and a newline; the graph is left out for the
    /// default graph, as in N-Triples.
    pub(crate) fn write_quad(&mut self, quad: QuadRef<'_>) -> io::Result<()> {
        push_line(&mut self.buf, quad);
        self.flush_full()
    }

    /// Appends bytes that are already whole lines.
    pub(crate) fn write_lines(&mut self, lines: &[u8]) -> io::Result<()> {
        if self.buf.len() + lines.len() < FLUSH_AT {
            self.buf.extend_from_slice(lines);
            return Ok(());
        }
        // Large blocks go out directly rather than through the buffer.
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        self.out.write_all(lines)
    }

    fn flush_full(&mut self) -> io::Result<()> {
        if self.buf.len() >= FLUSH_AT {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    /// Writes what is buffered and returns the writer.
    pub(crate) fn finish(mut self) -> io::Result<W> {
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        Ok(self.out)
    }
}

/// One N-Quads line: `subject predicate object [graph] .` and a newline. Returns where the
/// subject and the space after it end.
fn push_line(buf: &mut Vec<u8>, quad: QuadRef<'_>) -> usize {
    // Writing to a Vec cannot fail.
    match quad.subject {
        NamedOrBlankNodeRef::NamedNode(n) => push_iri(buf, n.as_str()),
        other => {
            let _ = write!(buf, "{other}");
        }
    }
    buf.push(b' ');
    let subject_end = buf.len();
    push_iri(buf, quad.predicate.as_str());
    buf.push(b' ');
    match quad.object {
        TermRef::NamedNode(n) => push_iri(buf, n.as_str()),
        TermRef::Literal(l) => push_literal(buf, l),
        other => {
            let _ = write!(buf, "{other}");
        }
    }
    match quad.graph_name {
        GraphNameRef::DefaultGraph => {}
        GraphNameRef::NamedNode(n) => {
            buf.push(b' ');
            push_iri(buf, n.as_str());
        }
        other => {
            let _ = write!(buf, " {other}");
        }
    }
    buf.extend_from_slice(b" .\n");
    subject_end
}

/// The N-Quads lines of one graph, collected unsorted and then sorted as text.
///
/// Within one graph, the byte order of the lines is the order of [`super::order`] (subject,
/// predicate, object by their N-Triples text): IRIs end at their `>`, which no IRI contains,
/// and a literal that is the start of another (`"a"`, `"a"@en`) is followed by a space, which
/// sorts before `@` and `^`. Equal lines are equal quads. So sorting the text gives the bytes
/// that sorting the quads and writing them would, without making a `Quad` for each line.
#[derive(Default)]
pub(crate) struct LineBatch {
    buf: Vec<u8>,
    lines: Vec<Line>,
    /// Runs of consecutive lines with one subject, as ranges of `lines`; kept to reuse its
    /// allocation.
    runs: Vec<(usize, usize)>,
    /// The lines of a subject whose lines were pushed in several runs, gathered to be sorted.
    gathered: Vec<Line>,
}

/// Where a line is in [`LineBatch::buf`]: `buf[start..subject_end]` is its subject and the
/// space after it, `buf[subject_end..end]` the rest.
#[derive(Clone, Copy)]
struct Line {
    start: usize,
    subject_end: usize,
    end: usize,
}

impl Line {
    fn subject<'b>(&self, buf: &'b [u8]) -> &'b [u8] {
        &buf[self.start..self.subject_end]
    }

    fn rest<'b>(&self, buf: &'b [u8]) -> &'b [u8] {
        &buf[self.subject_end..self.end]
    }

    fn text<'b>(&self, buf: &'b [u8]) -> &'b [u8] {
        &buf[self.start..self.end]
    }
}

impl LineBatch {
    pub(crate) fn push(&mut self, quad: QuadRef<'_>) {
        let start = self.buf.len();
        let subject_end = push_line(&mut self.buf, quad);
        self.lines.push(Line {
            start,
            subject_end,
            end: self.buf.len(),
        });
    }

    /// Appends the lines to `out`, sorted and without duplicates, and empties the batch.
    ///
    /// A subject's lines are pushed together, a handful at a time, and comparing whole lines
    /// compared their long shared subject over and over: a third of the cost of writing. So the
    /// runs of one subject are sorted by subject, and each subject's lines by what follows it.
    /// That is the order of the whole lines, as a subject (an IRI, or a blank node) holds no
    /// space: of two different subjects each followed by a space, neither starts the other.
    pub(crate) fn drain_sorted(&mut self, out: &mut Vec<u8>) {
        let LineBatch {
            buf,
            lines,
            runs,
            gathered,
        } = self;
        let buf: &[u8] = buf;
        runs.clear();
        let mut first = 0;
        for i in 1..=lines.len() {
            if i == lines.len() || lines[i].subject(buf) != lines[first].subject(buf) {
                runs.push((first, i));
                first = i;
            }
        }
        runs.sort_unstable_by(|a, b| lines[a.0].subject(buf).cmp(lines[b.0].subject(buf)));
        let mut k = 0;
        while k < runs.len() {
            let this = lines[runs[k].0].subject(buf);
            let same = runs[k + 1..]
                .iter()
                .take_while(|run| lines[run.0].subject(buf) == this)
                .count();
            let one_subject: &mut [Line] = if same == 0 {
                &mut lines[runs[k].0..runs[k].1]
            } else {
                gathered.clear();
                for &(from, to) in &runs[k..=k + same] {
                    gathered.extend_from_slice(&lines[from..to]);
                }
                &mut gathered[..]
            };
            one_subject.sort_unstable_by(|a, b| a.rest(buf).cmp(b.rest(buf)));
            // Lines of different subjects differ, so duplicates are within one subject.
            let mut last: Option<&[u8]> = None;
            for line in one_subject.iter() {
                let rest = line.rest(buf);
                if last != Some(rest) {
                    out.extend_from_slice(line.text(buf));
                    last = Some(rest);
                }
            }
            k += same + 1;
        }
        self.buf.clear();
        self.lines.clear();
    }
}

fn push_iri(buf: &mut Vec<u8>, iri: &str) {
    buf.push(b'<');
    buf.extend_from_slice(iri.as_bytes());
    buf.push(b'>');
}

fn push_literal(buf: &mut Vec<u8>, literal: LiteralRef<'_>) {
    push_quoted(buf, literal.value());
    if let Some(language) = literal.language() {
        buf.push(b'@');
        buf.extend_from_slice(language.as_bytes());
    } else if literal.datatype() != xsd::STRING {
        buf.extend_from_slice(b"^^");
        push_iri(buf, literal.datatype().as_str());
    }
}

/// The bytes at which a literal may need an escape: controls, `"`, `\`, DEL, and 0xEF, which
/// starts U+FFFE and U+FFFF (EF BF BE, EF BF BF). Literals are most of the bytes written, and
/// one look-up a byte costs less than five comparisons.
const MAY_ESCAPE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xEF;
        b += 1;
    }
    table
};

/// The string in double quotes, escaped as oxrdf's `print_quoted_str` does.
fn push_quoted(buf: &mut Vec<u8>, value: &str) {
    buf.push(b'"');
    let bytes = value.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !MAY_ESCAPE[usize::from(b)] {
            continue;
        }
        if b == 0xEF && !matches!(bytes.get(i + 1..i + 3), Some([0xBF, 0xBE | 0xBF])) {
            continue;
        }
        buf.extend_from_slice(&bytes[start..i]);
        let c = value[i..].chars().next().unwrap_or_default();
        match c {
            '\u{8}' => buf.extend_from_slice(b"\\b"),
            '\t' => buf.extend_from_slice(b"\\t"),
            '\n' => buf.extend_from_slice(b"\\n"),
            '\u{C}' => buf.extend_from_slice(b"\\f"),
            '\r' => buf.extend_from_slice(b"\\r"),
            '"' => buf.extend_from_slice(b"\\\""),
            '\\' => buf.extend_from_slice(b"\\\\"),
            _ => {
                // Writing to a Vec cannot fail.
                let _ = write!(buf, "\\u{:04X}", u32::from(c));
            }
        }
        start = i + c.len_utf8();
    }
    buf.extend_from_slice(&bytes[start..]);
    buf.push(b'"');
}

#[cfg(test)]
mod tests {
    use oxigraph::model::{GraphName, Literal, NamedNode, Quad};

    use super::*;

    fn line(quad: &Quad) -> String {
        let mut w = LineWriter::new(Vec::new());
        w.write_quad(quad.as_ref()).expect("write");
        String::from_utf8(w.finish().expect("finish")).expect("utf-8")
    }

    #[test]
    fn batches_drain_as_sorted_unique_lines() {
        let iri = |s: &str| NamedNode::new_unchecked(format!("http://x/{s}"));
        let mut batch = LineBatch::default();
        let mut quads = Vec::new();
        // Subjects that start one another, pushed in several runs, with repeated lines.
        for (s, p, o) in [
            ("a", "p", "2"),
            ("a", "q", "1"),
            ("ab", "p", "1"),
            ("a", "p", "1"),
            ("a/b", "p", "1"),
            ("a", "p", "2"),
            ("ab", "p", "1"),
            ("a", "p", "1\\"),
            ("a", "p", ""),
        ] {
            let quad = Quad::new(
                iri(s),
                iri(p),
                Literal::new_simple_literal(o),
                GraphName::from(iri("g")),
            );
            batch.push(quad.as_ref());
            quads.push(format!("{quad} .\n"));
        }
        quads.sort();
        quads.dedup();
        let mut out = Vec::new();
        batch.drain_sorted(&mut out);
        assert_eq!(String::from_utf8(out).expect("utf-8"), quads.concat());
        let mut empty = Vec::new();
        batch.drain_sorted(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    fn lines_match_oxrdf_display() {
        let s = NamedNode::new_unchecked("http://x/s");
        let p = NamedNode::new_unchecked("http://x/p");
        let g: GraphName = NamedNode::new_unchecked("http://x/g").into();
        let values = [
            "",
            "plain",
            "a\"b\\c",
            "tab\there\nnew\rline\u{8}\u{C}",
            "\u{1}\u{1F}\u{7F}",
            "é ü 日本 \u{FFFD}\u{FFFE}\u{FFFF}\u{EFFF}",
            "end\u{FFFF}",
            "\u{10FFFF}",
        ];
        let mut objects: Vec<oxigraph::model::Term> = values
            .iter()
            .map(|v| Literal::new_simple_literal(*v).into())
            .collect();
        objects.push(Literal::new_typed_literal("12", xsd::INTEGER).into());
        objects.push(Literal::new_language_tagged_literal_unchecked("x\"", "en-GB").into());
        objects.push(NamedNode::new_unchecked("http://x/o").into());
        for object in objects {
            for graph in [GraphName::DefaultGraph, g.clone()] {
                let quad = Quad::new(s.clone(), p.clone(), object.clone(), graph);
                assert_eq!(line(&quad), format!("{quad} .\n"));
            }
        }
    }
}
