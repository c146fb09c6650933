//! Plain-text articles: furniture blanked, a leading title line moved into `title`.

use std::ops::Range;

use super::document::Document;
use super::furniture;

/// Longest line still read as a title; longer first lines are a lede.
const MAX_TITLE_CHARS: usize = 200;

/// A document for `text`, which stays byte-for-byte the input except for blanked spans.
pub(crate) fn document(id: String, source: String, text: String) -> Document {
    let mut document = Document::from_text(id, source, text);
    // A byte-order mark is encoding furniture; blanking it keeps offsets.
    if document.text.starts_with('\u{feff}') {
        let bom = 0..'\u{feff}'.len_utf8();
        furniture::blank(&mut document.text, std::slice::from_ref(&bom));
    }
    furniture::remove(&mut document.text);
    if let Some(range) = title_line(&document.text) {
        document.title = Some(document.text[range.clone()].trim().to_string());
        furniture::blank(&mut document.text, &[range]);
    }
    document
}

/// The first non-empty line when it reads as a headline: short, not ending like a sentence, not
/// a byline, and set off by a blank line from more text. A first sentence that runs straight into
/// the next paragraph stays text.
fn title_line(text: &str) -> Option<Range<usize>> {
    let mut lines = furniture::line_ranges(text);
    let first = lines.find(|r| !text[r.clone()].trim().is_empty())?;
    let line = text[first.clone()].trim();
    let sentence_end = line.ends_with(['.', '!', '?', '”', '"', ':', ',', ';']);
    let byline = line
        .strip_prefix("By ")
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    if line.chars().count() > MAX_TITLE_CHARS || sentence_end || byline {
        return None;
    }
    let next = lines.next()?;
    let more_text = lines.any(|r| !text[r].trim().is_empty());
    (text[next].trim().is_empty() && more_text).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        document("a.txt".into(), "dir/a.txt".into(), text.to_string())
    }

    #[test]
    fn short_first_line_before_a_blank_line_is_the_title() {
        let original =
            "Harbour Town Votes to Rebuild Pier\n\nThe council approved the plan on Monday.\n";
        let d = doc(original);
        assert_eq!(
            d.title.as_deref(),
            Some("Harbour Town Votes to Rebuild Pier")
        );
        assert_eq!(d.text.len(), original.len());
        assert!(d.text.trim_start().starts_with("The council"));
        let at = original.find("council").unwrap();
        assert_eq!(d.text.find("council"), Some(at));
        assert_eq!(d.source_offset(at), at);
    }

    #[test]
    fn first_sentence_is_not_a_title() {
        let original = "The council approved the plan on Monday.\n\nWork starts in June.\n";
        assert_eq!(doc(original).title, None);
        let run_on = "Harbour Town votes to rebuild its pier\nThe council approved the plan.\n";
        assert_eq!(doc(run_on).title, None);
        assert_eq!(doc(run_on).text, run_on);
    }

    #[test]
    fn byline_and_single_line_are_not_titles() {
        assert_eq!(doc("By Odile Marsh\n\nThe vote was close.\n").title, None);
        assert_eq!(doc("Harbour Town Votes\n\n").title, None);
    }

    #[test]
    fn title_found_after_blanked_furniture() {
        let original = "Skip to content\n\nOrchard Harvest Falls Short\n\nGrowers in the valley reported a poor year.\n";
        let d = doc(original);
        assert_eq!(d.title.as_deref(), Some("Orchard Harvest Falls Short"));
        assert_eq!(d.text.find("Growers"), original.find("Growers"));
    }
}
