//! The unit every later stage works on: one article, its metadata and its text.

use std::ops::Range;

/// One news article as read from its input.
///
/// `text` is what the extractors see. It is the input as read with page furniture (navigation,
/// share prompts, copyright lines, the title line) blanked out: every blanked character becomes
/// spaces of the same byte length, and newlines stay, so a byte offset into `text` is the same
/// byte offset into the input. For HTML the visible text is extracted first and `origin` maps
/// it back to the page source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Stable identifier: the file name for files, the `id` field for JSON Lines records.
    pub id: String,
    /// Where the document came from: a path, `path:LINE` for JSON Lines, or `-` for stdin.
    pub source: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// Publication date as ISO 8601 (`YYYY-MM-DD`) when it could be read.
    pub published: Option<String>,
    pub url: Option<String>,
    /// Analysis text (see the type's documentation).
    pub text: String,
    /// How offsets in `text` map back to the input as read.
    pub origin: TextOrigin,
}

/// How to turn a byte offset in [`Document::text`] into a code-point offset in the input as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextOrigin {
    /// `text` has the same bytes as the input except blanked spans, so an offset maps to the
    /// code-point count of the original text before it. `original` keeps the input as read, for
    /// counting code points and for quoting the exact words.
    Verbatim { original: String },
    /// `text` was extracted from markup. Each anchor is `(byte offset in text, code-point offset
    /// in the source)` at the start of a run of text copied unchanged; anchors are sorted.
    Mapped {
        source_len_chars: usize,
        anchors: Vec<(usize, usize)>,
    },
}

impl Document {
    /// A plain-text document whose analysis text is the input itself.
    pub fn from_text(id: impl Into<String>, source: impl Into<String>, text: String) -> Self {
        Document {
            id: id.into(),
            source: source.into(),
            title: None,
            outlet: None,
            published: None,
            url: None,
            origin: TextOrigin::Verbatim {
                original: text.clone(),
            },
            text,
        }
    }

    /// Code-point offset into the input as read for a byte offset into `text`.
    pub fn source_offset(&self, text_byte: usize) -> usize {
        match &self.origin {
            TextOrigin::Verbatim { original } => {
                let end = floor_char_boundary(original, text_byte);
                original[..end].chars().count()
            }
            TextOrigin::Mapped {
                source_len_chars,
                anchors,
            } => {
                let i = anchors.partition_point(|&(t, _)| t <= text_byte);
                if i == 0 {
                    return 0;
                }
                let (t, s) = anchors[i - 1];
                let run = &self.text[t..floor_char_boundary(&self.text, text_byte)];
                (s + run.chars().count()).min(*source_len_chars)
            }
        }
    }

    /// [`Document::source_offset`] for many offsets of this document.
    pub fn source_offsets(&self) -> SourceOffsets<'_> {
        let chars_before_block = match &self.origin {
            TextOrigin::Verbatim { original } => {
                let (mut before, mut counted_to) = (0, 0);
                (0..=original.len() / OFFSET_BLOCK)
                    .map(|block| {
                        let start = floor_char_boundary(original, block * OFFSET_BLOCK);
                        before += original[counted_to..start].chars().count();
                        counted_to = start;
                        before
                    })
                    .collect()
            }
            TextOrigin::Mapped { .. } => Vec::new(),
        };
        SourceOffsets {
            doc: self,
            chars_before_block,
        }
    }

    /// The exact words of the input for a byte range of `text` (blanked furniture reads as it
    /// was written, so evidence quotes the article, not the analysis text).
    pub fn original_text(&self, span: Range<usize>) -> &str {
        match &self.origin {
            TextOrigin::Verbatim { original } => original.get(span).unwrap_or(""),
            TextOrigin::Mapped { .. } => self.text.get(span).unwrap_or(""),
        }
    }
}

/// Bytes of the original per entry of [`SourceOffsets`]' table.
const OFFSET_BLOCK: usize = 64;

/// Code-point offsets for many byte offsets of one document, as [`Document::source_offset`]
/// gives them. For a verbatim text the code points before every [`OFFSET_BLOCK`] bytes are
/// counted once, so an offset counts the rest of one block instead of the text before it: a
/// document's mentions, quotes and relations made that quadratic in its length.
pub struct SourceOffsets<'d> {
    doc: &'d Document,
    /// For a verbatim text, the code points before each multiple of [`OFFSET_BLOCK`] bytes (the
    /// character boundary at or before it).
    chars_before_block: Vec<usize>,
}

impl SourceOffsets<'_> {
    /// Code-point offset into the input as read for a byte offset into `text`.
    pub fn of(&self, text_byte: usize) -> usize {
        match &self.doc.origin {
            TextOrigin::Verbatim { original } => {
                let end = floor_char_boundary(original, text_byte);
                let block = end / OFFSET_BLOCK;
                let start = floor_char_boundary(original, block * OFFSET_BLOCK);
                self.chars_before_block[block] + original[start..end].chars().count()
            }
            TextOrigin::Mapped { .. } => self.doc.source_offset(text_byte),
        }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbatim_offsets_count_code_points() {
        let doc = Document::from_text("a", "a", "Zoë met Ana.".to_string());
        let byte = doc.text.find("met").unwrap();
        assert_eq!(byte, 5);
        assert_eq!(doc.source_offset(byte), 4);
        assert_eq!(doc.original_text(byte..byte + 3), "met");
    }

    #[test]
    fn offsets_counted_by_block_are_those_counted_from_the_start() {
        let text = "Zoë met Ana — “née Müller” — in Zürich. ".repeat(40);
        let doc = Document::from_text("a", "a", text.clone());
        let offsets = doc.source_offsets();
        for at in 0..=text.len() + 1 {
            assert_eq!(offsets.of(at), doc.source_offset(at), "{at}");
        }
    }

    #[test]
    fn mapped_offsets_follow_anchors() {
        let mut doc = Document::from_text("a", "a", "Hello world".to_string());
        // "<p>Hello</p> <b>world</b>": "Hello" starts at 3, "world" at 16.
        doc.origin = TextOrigin::Mapped {
            source_len_chars: 25,
            anchors: vec![(0, 3), (6, 16)],
        };
        assert_eq!(doc.source_offset(0), 3);
        assert_eq!(doc.source_offset(2), 5);
        assert_eq!(doc.source_offset(8), 18);
    }
}
