//! Ingest: input files (plain text, HTML, JSON Lines, gzipped JSON Lines, stdin) to
//! [`Document`]s.
//!
//! Inputs are expanded and checked up front, so a missing path fails before any output, then
//! read lazily one document at a time: a JSON Lines corpus streams line by line.

mod date;
mod document;
mod error;
mod furniture;
mod html;
mod jsonl;
mod outlets;
mod plain;
mod source;

use std::path::PathBuf;

pub use document::{Document, SourceOffsets, TextOrigin};
pub use error::{IngestError, IngestWarning, IngestWarningKind, OutletsProblem, RecordProblem};

use jsonl::Records;
use outlets::OutletTable;
use source::{Input, Opened};

/// Metadata an input does not carry itself.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// The outlet of documents that name none.
    pub outlet: Option<String>,
    /// The publication date of documents that give none; it must be `YYYY-MM-DD`, an ISO
    /// timestamp or an RFC 2822 date.
    pub published: Option<String>,
    /// A tab-separated table of file name → outlet (and date) for plain-text and HTML files,
    /// matched by document id. What it lists replaces what the file itself says; see
    /// `outlets.rs` for the format.
    pub outlets: Option<PathBuf>,
}

/// One document and what was odd about reading it.
#[derive(Debug, Clone)]
pub struct Ingested {
    pub document: Document,
    pub warnings: Vec<IngestWarning>,
}

/// Compiles the patterns page furniture is found with (some 40 M instructions), which reading
/// the first document otherwise does: a caller with a thread to spare can do it while it loads
/// something else.
pub fn compile_patterns() {
    furniture::compile_patterns();
}

/// Expands `inputs` (files, directories walked recursively in sorted path order, `-` for
/// stdin) and returns the documents they hold, read lazily.
///
/// Fails at once for a path that does not exist, a directory without inputs, an
/// `options.published` that is not a date, or an `options.outlets` table that cannot be read;
/// errors reading a file come from the iterator.
pub fn read_inputs(inputs: &[String], options: &IngestOptions) -> Result<Documents, IngestError> {
    let published = match &options.published {
        Some(value) => Some(
            date::normalize(value).ok_or_else(|| IngestError::InvalidDate {
                option: "--published",
                value: value.clone(),
            })?,
        ),
        None => None,
    };
    let outlets = options
        .outlets
        .as_deref()
        .map(OutletTable::load)
        .transpose()?;
    Ok(Documents {
        inputs: source::expand(inputs)?.into_iter(),
        records: None,
        outlet: options.outlet.clone(),
        published,
        outlets,
    })
}

/// The documents of a set of inputs, in input order. After an error the caller should stop;
/// iterating further continues with the next record or input.
pub struct Documents {
    inputs: std::vec::IntoIter<Input>,
    /// The JSON Lines input being read, if any.
    records: Option<Records>,
    /// `--outlet`, for documents that name none.
    outlet: Option<String>,
    /// `--published`, normalised, for documents that give none.
    published: Option<String>,
    outlets: Option<OutletTable>,
}

impl Documents {
    /// Applies the `--outlets` table to a whole-file document (not stdin, not JSON Lines
    /// records, which carry their own metadata).
    fn apply_table(&self, mut ingested: Ingested, path: &std::path::Path) -> Ingested {
        let Some(table) = &self.outlets else {
            return ingested;
        };
        let document = &mut ingested.document;
        match table.get(&document.id) {
            Some(entry) => {
                if entry.outlet.is_some() {
                    document.outlet.clone_from(&entry.outlet);
                }
                if entry.published.is_some() {
                    document.published.clone_from(&entry.published);
                }
            }
            None => ingested.warnings.push(IngestWarning {
                path: path.to_path_buf(),
                line: None,
                kind: IngestWarningKind::NotInOutlets,
            }),
        }
        ingested
    }

    fn fill_defaults(&self, mut ingested: Ingested) -> Ingested {
        let document = &mut ingested.document;
        if document.outlet.is_none() {
            document.outlet.clone_from(&self.outlet);
        }
        if document.published.is_none() {
            document.published.clone_from(&self.published);
        }
        ingested
    }
}

impl Iterator for Documents {
    type Item = Result<Ingested, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(records) = &mut self.records {
                match records.next() {
                    Some(item) => return Some(item.map(|i| self.fill_defaults(i))),
                    None => self.records = None,
                }
            }
            let input = self.inputs.next()?;
            let path = match &input {
                Input::File { path, .. } => Some(path.clone()),
                Input::Stdin => None,
            };
            match source::open(input) {
                Ok(Opened::Document(ingested)) => {
                    let ingested = match &path {
                        Some(path) => self.apply_table(ingested, path),
                        None => ingested,
                    };
                    return Some(Ok(self.fill_defaults(ingested)));
                }
                Ok(Opened::Records(records)) => self.records = Some(records),
                Err(error) => return Some(Err(error)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::io::Write;
    use std::path::Path;

    use flate2::Compression;
    use flate2::write::GzEncoder;

    use super::*;

    const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ingest");

    fn fixture(name: &str) -> String {
        format!("{FIXTURES}/{name}")
    }

    fn read_all(inputs: &[String]) -> Vec<Result<Ingested, IngestError>> {
        read_inputs(inputs, &IngestOptions::default())
            .unwrap()
            .collect()
    }

    fn only_error(path: &Path) -> String {
        let mut results = read_all(&[path.display().to_string()]);
        assert_eq!(results.len(), 1);
        results.remove(0).unwrap_err().to_string()
    }

    #[test]
    fn plain_fixture_keeps_offsets_and_blanks_furniture() {
        let path = fixture("article.txt");
        let original = fs::read_to_string(&path).unwrap();
        let ingested = read_all(std::slice::from_ref(&path)).remove(0).unwrap();
        let doc = ingested.document;
        assert_eq!(doc.id, "article.txt");
        assert_eq!(doc.source, path);
        assert_eq!(
            doc.title.as_deref(),
            Some("Lakeside Ferry Returns to Service")
        );
        assert_eq!(doc.text.len(), original.len());
        for word in ["Captain", "Delphine", "Grell", "Wednesday"] {
            assert_eq!(doc.text.find(word), original.find(word), "{word}");
        }
        for furniture in [
            "Image source",
            "Share this",
            "Advertisement",
            "Subscribe",
            "©",
            "Pier tolls",
        ] {
            assert!(!doc.text.contains(furniture), "{furniture} left in text");
        }
        assert!(ingested.warnings.is_empty());
    }

    #[test]
    fn html_fixture_maps_to_code_points_past_multibyte_text() {
        let path = fixture("page.html");
        let html = fs::read_to_string(&path).unwrap();
        let doc = read_all(&[path]).remove(0).unwrap().document;
        assert_eq!(doc.outlet.as_deref(), Some("Côte Ledger"));
        assert_eq!(doc.published.as_deref(), Some("2024-05-14"));
        let at = doc.text.find("Solenne").unwrap();
        let in_source = html[..html.find("Solenne Varga").unwrap()].chars().count();
        assert!(html[..html.find("Solenne Varga").unwrap()].len() > in_source);
        assert_eq!(doc.source_offset(at), in_source);
        assert!(!doc.text.contains("Newsletter"));
    }

    #[test]
    fn jsonl_fixture_yields_records_then_names_the_bad_line() {
        let path = fixture("records.jsonl");
        let results = read_all(std::slice::from_ref(&path));
        assert_eq!(results.len(), 3);
        let first = results[0].as_ref().unwrap();
        assert_eq!(first.document.id, "a-1");
        assert_eq!(first.document.source, format!("{path}:1"));
        let second = results[1].as_ref().unwrap();
        assert_eq!(second.document.id, "records.jsonl:2");
        let err = results[2].as_ref().unwrap_err().to_string();
        assert_eq!(
            err,
            format!("{path}:4: record has neither \"text\" nor \"html\"")
        );
    }

    #[test]
    fn reads_gzipped_json_lines_and_reports_bad_gzip() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("c.jsonl.gz");
        let mut gz = GzEncoder::new(Vec::new(), Compression::default());
        gz.write_all(b"{\"id\": \"g1\", \"text\": \"Kelp farms expanded.\"}\n")
            .unwrap();
        fs::write(&good, gz.finish().unwrap()).unwrap();
        let docs = read_all(&[good.display().to_string()]);
        assert_eq!(
            docs[0].as_ref().unwrap().document.text,
            "Kelp farms expanded."
        );

        let bad = dir.path().join("bad.jsonl.gz");
        fs::write(&bad, b"this is not gzip").unwrap();
        let err = only_error(&bad);
        assert!(
            err.starts_with(&format!("{}: cannot decompress: ", bad.display())),
            "{err}"
        );
    }

    #[test]
    fn empty_binary_and_missing_inputs_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty.txt");
        fs::write(&empty, " \n\t\n").unwrap();
        assert_eq!(
            only_error(&empty),
            format!("{}: empty input", empty.display())
        );

        let binary = dir.path().join("blob.txt");
        fs::write(&binary, b"PK\x03\x04\x00\x00data").unwrap();
        assert_eq!(
            only_error(&binary),
            format!("{}: binary file, not text", binary.display())
        );

        let missing = dir.path().join("missing.txt").display().to_string();
        let err = read_inputs(std::slice::from_ref(&missing), &IngestOptions::default())
            .err()
            .unwrap();
        assert!(
            err.to_string()
                .starts_with(&format!("{missing}: cannot read: "))
        );

        let nothing = tempfile::tempdir().unwrap();
        fs::write(nothing.path().join("notes.md"), "Not an input.").unwrap();
        let dir_name = nothing.path().display().to_string();
        let err = read_inputs(std::slice::from_ref(&dir_name), &IngestOptions::default())
            .err()
            .unwrap();
        assert_eq!(
            err.to_string(),
            format!("{dir_name}: no .txt, .html, .htm, .jsonl or .jsonl.gz files")
        );
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("latin1.txt");
        fs::write(&path, b"The caf\xe9 opened.\n").unwrap();
        let ingested = read_all(&[path.display().to_string()]).remove(0).unwrap();
        assert_eq!(ingested.document.text, "The caf\u{fffd} opened.\n");
        assert_eq!(
            ingested.warnings[0].to_string(),
            format!("{}: invalid UTF-8 replaced with U+FFFD", path.display())
        );
    }

    #[test]
    fn directories_are_walked_in_sorted_order_skipping_hidden_and_unknown_files() {
        let tree = fixture("tree");
        let ids = |inputs: &[String]| -> Vec<String> {
            read_all(inputs)
                .into_iter()
                .map(|r| r.unwrap().document.source)
                .collect()
        };
        let expected: Vec<String> = ["a/first.html", "a/second.txt", "b.jsonl:1", "c.txt"]
            .iter()
            .map(|s| format!("{tree}/{s}"))
            .collect();
        assert_eq!(ids(std::slice::from_ref(&tree)), expected);
        assert_eq!(ids(std::slice::from_ref(&tree)), ids(&[tree]));
    }

    #[test]
    fn explicit_file_with_unknown_extension_is_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("story");
        fs::write(&path, "Gulls returned to the cliffs.").unwrap();
        let doc = read_all(&[path.display().to_string()])
            .remove(0)
            .unwrap()
            .document;
        assert_eq!(doc.id, "story");
        assert_eq!(doc.text, "Gulls returned to the cliffs.");
    }

    #[test]
    fn options_fill_missing_metadata_only() {
        let options = IngestOptions {
            outlet: Some("Default Wire".into()),
            published: Some("Tue, 14 May 2024 09:00:00 +0000".into()),
            outlets: None,
        };
        let docs: Vec<Ingested> = read_inputs(&[fixture("records.jsonl")], &options)
            .unwrap()
            .take(2)
            .map(Result::unwrap)
            .collect();
        assert_eq!(docs[0].document.outlet.as_deref(), Some("Harbour Daily"));
        assert_eq!(docs[0].document.published.as_deref(), Some("2024-03-09"));
        assert_eq!(docs[1].document.outlet.as_deref(), Some("Default Wire"));
        assert_eq!(docs[1].document.published.as_deref(), Some("2024-05-14"));

        let bad = IngestOptions {
            published: Some("last week".into()),
            ..IngestOptions::default()
        };
        let err = read_inputs(&[], &bad).err().unwrap();
        assert_eq!(
            err.to_string(),
            "--published: not a date: \"last week\" (expected YYYY-MM-DD or an RFC 2822 date)"
        );
    }

    #[test]
    fn outlets_table_names_text_and_html_files_by_id() {
        let dir = tempfile::tempdir().unwrap();
        let articles = dir.path().join("articles");
        fs::create_dir(&articles).unwrap();
        fs::write(articles.join("ferry.txt"), "The ferry sailed at noon.\n").unwrap();
        fs::copy(fixture("page.html"), articles.join("page.html")).unwrap();
        fs::write(articles.join("stray.txt"), "Gulls circled the quay.\n").unwrap();
        let table = dir.path().join("outlets.tsv");
        fs::write(
            &table,
            "file\toutlet\tdate\nferry.txt\tLakeside Courier\t2023-07-01\npage.html\tDune Wire\t\n",
        )
        .unwrap();
        let options = IngestOptions {
            outlet: Some("Default Wire".into()),
            outlets: Some(table.clone()),
            ..IngestOptions::default()
        };
        let docs: Vec<Ingested> = read_inputs(&[articles.display().to_string()], &options)
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let meta = |d: &Ingested| {
            (
                d.document.id.clone(),
                d.document.outlet.clone(),
                d.document.published.clone(),
            )
        };
        let some = |s: &str| Some(s.to_owned());
        // The table replaces the page's own outlet but keeps its date when it gives none; a
        // file it does not list keeps the `--outlet` default and gets a warning.
        assert_eq!(
            docs.iter().map(meta).collect::<Vec<_>>(),
            [
                (
                    "ferry.txt".into(),
                    some("Lakeside Courier"),
                    some("2023-07-01")
                ),
                ("page.html".into(), some("Dune Wire"), some("2024-05-14")),
                ("stray.txt".into(), some("Default Wire"), None),
            ]
        );
        assert!(docs[0].warnings.is_empty() && docs[1].warnings.is_empty());
        assert_eq!(
            docs[2].warnings[0].to_string(),
            format!(
                "{}: not listed in the --outlets table",
                articles.join("stray.txt").display()
            )
        );

        // JSON Lines records keep their own metadata even when the table lists their id.
        fs::write(&table, "a-1\tDune Wire\n").unwrap();
        let first = read_inputs(&[fixture("records.jsonl")], &options)
            .unwrap()
            .next()
            .unwrap()
            .unwrap();
        assert_eq!(first.document.outlet.as_deref(), Some("Harbour Daily"));
        assert!(first.warnings.is_empty());

        let missing = IngestOptions {
            outlets: Some(dir.path().join("nope.tsv")),
            ..IngestOptions::default()
        };
        let err = read_inputs(&[fixture("article.txt")], &missing)
            .err()
            .unwrap();
        assert!(
            err.to_string()
                .contains("nope.tsv: cannot read --outlets table")
        );
    }
}
