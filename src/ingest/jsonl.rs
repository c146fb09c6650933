//! JSON Lines corpora: one article per line, read one line at a time so a large (or gzipped)
//! corpus never sits in memory whole.

use std::io::BufRead;
use std::path::PathBuf;

use serde_json::{Map, Value};

use super::document::Document;
use super::error::{IngestError, IngestWarning, IngestWarningKind, RecordProblem};
use super::{Ingested, date, html, plain, source};

/// Yields one document per non-blank line of a JSON Lines input.
pub(crate) struct Records {
    /// The input as named in errors and warnings.
    path: PathBuf,
    /// The input as named in each document's `source` (`path:LINE`).
    label: String,
    /// Prefix of the `<name>:<line>` id given to records without one.
    id_prefix: String,
    reader: Box<dyn BufRead + Send>,
    /// Read errors of a gzip stream are decompression failures.
    compressed: bool,
    line: usize,
    records: usize,
    done: bool,
}

impl Records {
    pub(crate) fn new(
        path: PathBuf,
        label: String,
        id_prefix: String,
        reader: Box<dyn BufRead + Send>,
        compressed: bool,
    ) -> Self {
        Records {
            path,
            label,
            id_prefix,
            reader,
            compressed,
            line: 0,
            records: 0,
            done: false,
        }
    }

    fn record(&self, bytes: Vec<u8>) -> Result<Ingested, IngestError> {
        let (line, warning) = source::utf8_or_lossy(bytes, &self.path, Some(self.line));
        let value: Value = serde_json::from_str(
            // Some exporters start the file with a byte-order mark.
            line.trim_start_matches('\u{feff}')
                .trim_end_matches(['\n', '\r']),
        )
        .map_err(|e| IngestError::Json {
            path: self.path.clone(),
            line: self.line,
            message: json_message(&e),
        })?;
        let Value::Object(record) = value else {
            return Err(self.problem(RecordProblem::NotAnObject));
        };
        let id = match record.get("id") {
            None | Some(Value::Null) => format!("{}:{}", self.id_prefix, self.line),
            Some(Value::String(id)) => id.clone(),
            Some(Value::Number(id)) => id.to_string(),
            Some(_) => {
                return Err(self.problem(RecordProblem::FieldType {
                    field: "id",
                    expected: "a string or a number",
                }));
            }
        };
        let source = format!("{}:{}", self.label, self.line);
        let text = self.string(&record, "text")?;
        let html = self.string(&record, "html")?;
        let mut document = match (text, html) {
            // An empty "text" next to an "html" field is a placeholder; the page is the article.
            (Some(text), None) => plain::document(id, source, text),
            (Some(text), Some(_)) if !text.trim().is_empty() => plain::document(id, source, text),
            (_, Some(html)) => html::document(id, source, &html),
            (None, None) => return Err(self.problem(RecordProblem::NoText)),
        };
        self.apply_metadata(&record, &mut document)?;
        let mut warnings: Vec<IngestWarning> = warning.into_iter().collect();
        if document.text.trim().is_empty() {
            warnings.push(IngestWarning {
                path: self.path.clone(),
                line: Some(self.line),
                kind: IngestWarningKind::NoText,
            });
        }
        Ok(Ingested { document, warnings })
    }

    /// The record's own fields win over what was read from its text or page. `source` and
    /// `date` are the field names some public corpora use for outlet and publication date.
    fn apply_metadata(
        &self,
        record: &Map<String, Value>,
        document: &mut Document,
    ) -> Result<(), IngestError> {
        if let Some(title) = self.string(record, "title")? {
            document.title = Some(title);
        }
        let outlet = self.string(record, "outlet")?.or(self.source_name(record)?);
        if outlet.is_some() {
            document.outlet = outlet;
        }
        let published = [
            self.string(record, "published")?,
            self.string(record, "date")?,
        ]
        .into_iter()
        .flatten()
        .find_map(|d| date::normalize(&d));
        if published.is_some() {
            document.published = published;
        }
        if let Some(url) = self.string(record, "url")? {
            document.url = Some(url);
        }
        Ok(())
    }

    /// `source` as a name, or as `{"name": …}` the way news API dumps write it.
    fn source_name(&self, record: &Map<String, Value>) -> Result<Option<String>, IngestError> {
        match record.get("source") {
            Some(Value::Object(source)) => match source.get("name") {
                Some(Value::String(name)) => Ok(Some(name.clone())),
                _ => Ok(None),
            },
            _ => self.string(record, "source"),
        }
    }

    fn string(
        &self,
        record: &Map<String, Value>,
        field: &'static str,
    ) -> Result<Option<String>, IngestError> {
        match record.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(self.problem(RecordProblem::FieldType {
                field,
                expected: "a string",
            })),
        }
    }

    fn problem(&self, problem: RecordProblem) -> IngestError {
        IngestError::Record {
            path: self.path.clone(),
            line: self.line,
            problem,
        }
    }
}

impl Iterator for Records {
    type Item = Result<Ingested, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let mut bytes = Vec::new();
            match self.reader.read_until(b'\n', &mut bytes) {
                Ok(0) => {
                    self.done = true;
                    if self.records == 0 {
                        return Some(Err(IngestError::Empty {
                            path: self.path.clone(),
                        }));
                    }
                }
                Ok(_) => {
                    self.line += 1;
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    self.records += 1;
                    return Some(self.record(bytes));
                }
                Err(error) => {
                    // A stream that failed once will not recover; stop rather than repeat.
                    self.done = true;
                    let path = self.path.clone();
                    return Some(Err(if self.compressed {
                        IngestError::Decompress { path, error }
                    } else {
                        IngestError::Read { path, error }
                    }));
                }
            }
        }
        None
    }
}

/// serde_json's message without its "at line 1 column N": each record is parsed alone, so the
/// line would always be 1; the column is kept.
fn json_message(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = message
        .rfind(" at line ")
        .map_or(message.as_str(), |at| &message[..at]);
    format!("{message} at column {}", error.column())
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;

    fn records(input: &str) -> Records {
        Records::new(
            "corpus.jsonl".into(),
            "data/corpus.jsonl".into(),
            "corpus.jsonl".into(),
            Box::new(Cursor::new(input.as_bytes().to_vec())),
            false,
        )
    }

    #[test]
    fn reads_records_with_fallback_fields() {
        let input = concat!(
            r#"{"id": 17, "title": "Pier Reopens", "text": "Workers finished on Friday.", "source": "Harbour Daily", "date": "Sat, 09 Mar 2024 10:00:00 +0000"}"#,
            "\n\n",
            r#"{"html": "<p>Boats &amp; crews returned.</p>", "outlet": "Valley Press", "published": "2024-03-10", "url": "https://example.org/b"}"#,
            "\n",
        );
        let docs: Vec<Ingested> = records(input).map(Result::unwrap).collect();
        assert_eq!(docs.len(), 2);
        let first = &docs[0].document;
        assert_eq!(first.id, "17");
        assert_eq!(first.source, "data/corpus.jsonl:1");
        assert_eq!(first.title.as_deref(), Some("Pier Reopens"));
        assert_eq!(first.text, "Workers finished on Friday.");
        assert_eq!(first.outlet.as_deref(), Some("Harbour Daily"));
        assert_eq!(first.published.as_deref(), Some("2024-03-09"));
        let second = &docs[1].document;
        assert_eq!(second.id, "corpus.jsonl:3");
        assert_eq!(second.source, "data/corpus.jsonl:3");
        assert_eq!(second.text, "Boats & crews returned.");
        assert_eq!(second.outlet.as_deref(), Some("Valley Press"));
        assert_eq!(second.url.as_deref(), Some("https://example.org/b"));
    }

    #[test]
    fn bad_lines_name_path_and_line() {
        let input = "{\"text\": \"Fine.\"}\n{\"text\": \"Broken\n{\"title\": \"No body\"}\n[1]\n{\"id\": true, \"text\": \"x\"}\n";
        let results: Vec<String> = records(input)
            .map(|r| {
                r.map(|_| "ok".to_string())
                    .unwrap_or_else(|e| e.to_string())
            })
            .collect();
        assert_eq!(results[0], "ok");
        assert!(
            results[1]
                .starts_with("corpus.jsonl:2: invalid JSON: EOF while parsing a string at column"),
            "{}",
            results[1]
        );
        assert_eq!(
            results[2],
            "corpus.jsonl:3: record has neither \"text\" nor \"html\""
        );
        assert_eq!(results[3], "corpus.jsonl:4: expected a JSON object");
        assert_eq!(
            results[4],
            "corpus.jsonl:5: \"id\" must be a string or a number"
        );
    }

    #[test]
    fn no_records_is_empty_input() {
        let err = records("\n  \n").next().unwrap().unwrap_err();
        assert_eq!(err.to_string(), "corpus.jsonl: empty input");
    }

    #[test]
    fn invalid_utf8_in_a_record_warns_with_its_line() {
        let mut input = b"{\"text\": \"Caf".to_vec();
        input.extend([0xE9, b' ', b'o', b'k', b'"', b'}', b'\n']);
        let mut reader = Records::new(
            "c.jsonl".into(),
            "c.jsonl".into(),
            "c.jsonl".into(),
            Box::new(Cursor::new(input)),
            false,
        );
        let ingested = reader.next().unwrap().unwrap();
        assert_eq!(ingested.document.text, "Caf\u{fffd} ok");
        assert_eq!(
            ingested.warnings[0].to_string(),
            "c.jsonl:1: invalid UTF-8 replaced with U+FFFD"
        );
    }
}
