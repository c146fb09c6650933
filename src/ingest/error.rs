//! What stops ingest (`IngestError`) and what it reports without stopping (`IngestWarning`).

use std::fmt;
use std::io;
use std::path::PathBuf;

/// Why an input could not be turned into documents. Display is one line that starts with the
/// input's path (and line, for JSON Lines), so the CLI can print it as is.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    // The I/O error is part of the message rather than a `source`, so `{:#}` chains in the CLI
    // do not print it twice.
    #[error("{}: cannot read: {error}", path.display())]
    Read { path: PathBuf, error: io::Error },
    #[error("{}: empty input", path.display())]
    Empty { path: PathBuf },
    #[error("{}: binary file, not text", path.display())]
    Binary { path: PathBuf },
    #[error("{}: no .txt, .html, .htm, .jsonl or .jsonl.gz files", dir.display())]
    NoInputs { dir: PathBuf },
    #[error("{}: cannot decompress: {error}", path.display())]
    Decompress { path: PathBuf, error: io::Error },
    #[error("{}:{line}: invalid JSON: {message}", path.display())]
    Json {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{}:{line}: {problem}", path.display())]
    Record {
        path: PathBuf,
        line: usize,
        problem: RecordProblem,
    },
    #[error("{option}: not a date: {value:?} (expected YYYY-MM-DD or an RFC 2822 date)")]
    InvalidDate { option: &'static str, value: String },
    #[error("{}: cannot read --outlets table: {error}", path.display())]
    OutletsRead { path: PathBuf, error: io::Error },
    #[error("{}:{line}: {problem}", path.display())]
    Outlets {
        path: PathBuf,
        line: usize,
        problem: OutletsProblem,
    },
}

/// What is wrong with a row of an `--outlets` table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OutletsProblem {
    #[error("no \"outlet\" column in the header ({header})")]
    NoOutletColumn { header: String },
    #[error("no file name in the first column")]
    NoFileName,
    #[error("only {cells} column(s); the outlet is column {column}")]
    MissingColumn { cells: usize, column: usize },
    #[error("{file:?} is already listed on line {earlier}")]
    Duplicate { file: String, earlier: usize },
}

/// What is wrong with a well-formed JSON Lines record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordProblem {
    #[error("expected a JSON object")]
    NotAnObject,
    #[error("record has neither \"text\" nor \"html\"")]
    NoText,
    #[error("\"{field}\" must be {expected}")]
    FieldType {
        field: &'static str,
        expected: &'static str,
    },
}

/// Something odd about an input that still yielded a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestWarning {
    pub path: PathBuf,
    /// The line of a JSON Lines record; `None` for whole-file inputs.
    pub line: Option<usize>,
    pub kind: IngestWarningKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IngestWarningKind {
    InvalidUtf8,
    /// Nothing but markup or page furniture: the document will yield no statements.
    NoText,
    /// An `--outlets` table was given but does not list this file.
    NotInOutlets,
}

impl fmt::Display for IngestWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.kind)
    }
}

impl fmt::Display for IngestWarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IngestWarningKind::InvalidUtf8 => "invalid UTF-8 replaced with U+FFFD",
            IngestWarningKind::NoText => "no article text, only markup or page furniture",
            IngestWarningKind::NotInOutlets => "not listed in the --outlets table",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_one_line_and_name_the_input() {
        let err = IngestError::Record {
            path: "corpus.jsonl".into(),
            line: 7,
            problem: RecordProblem::NoText,
        };
        assert_eq!(
            err.to_string(),
            "corpus.jsonl:7: record has neither \"text\" nor \"html\""
        );
        let warning = IngestWarning {
            path: "a.txt".into(),
            line: None,
            kind: IngestWarningKind::InvalidUtf8,
        };
        assert_eq!(
            warning.to_string(),
            "a.txt: invalid UTF-8 replaced with U+FFFD"
        );
    }
}
