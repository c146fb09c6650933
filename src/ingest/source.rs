//! Which inputs to read and in what order, and turning each into documents.

use std::fs::{self, File};
use std::io::{self, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;

use super::error::{IngestError, IngestWarning, IngestWarningKind};
use super::jsonl::Records;
use super::{Ingested, html, plain};

/// How much of a file is checked for NUL bytes before calling it binary (as git and grep do).
const BINARY_SNIFF_BYTES: usize = 8 * 1024;

/// How stdin is named in errors and warnings.
const STDIN_NAME: &str = "<stdin>";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Text,
    Html,
    Jsonl,
    JsonlGz,
}

impl Kind {
    /// The kind a file name's extension stands for; `None` for extensions we do not read.
    fn of(path: &Path) -> Option<Kind> {
        let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
        if name.ends_with(".jsonl.gz") {
            Some(Kind::JsonlGz)
        } else if name.ends_with(".jsonl") {
            Some(Kind::Jsonl)
        } else if name.ends_with(".html") || name.ends_with(".htm") {
            Some(Kind::Html)
        } else if name.ends_with(".txt") {
            Some(Kind::Text)
        } else {
            None
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Input {
    File { path: PathBuf, kind: Kind },
    Stdin,
}

/// One opened input: a whole-file document, or a stream of JSON Lines records.
pub(crate) enum Opened {
    Document(Ingested),
    Records(Records),
}

/// Expands the command-line inputs: files as given (unknown extensions read as text),
/// directories walked recursively for known extensions with paths sorted, `-` for stdin.
/// Paths are checked here so a typo fails before any output.
pub(crate) fn expand(inputs: &[String]) -> Result<Vec<Input>, IngestError> {
    let mut expanded = Vec::new();
    for input in inputs {
        if input == "-" {
            expanded.push(Input::Stdin);
            continue;
        }
        let path = PathBuf::from(input);
        let metadata = fs::metadata(&path).map_err(|error| IngestError::Read {
            path: path.clone(),
            error,
        })?;
        if !metadata.is_dir() {
            let kind = Kind::of(&path).unwrap_or(Kind::Text);
            expanded.push(Input::File { path, kind });
            continue;
        }
        let mut found = Vec::new();
        walk(&path, &mut found)?;
        if found.is_empty() {
            return Err(IngestError::NoInputs { dir: path });
        }
        found.sort();
        expanded.extend(found.into_iter().filter_map(|path| {
            let kind = Kind::of(&path)?;
            Some(Input::File { path, kind })
        }));
    }
    Ok(expanded)
}

/// Collects files with a known extension under `dir`, skipping hidden entries. Symlinked
/// directories are not followed, so a link cycle cannot loop.
fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> Result<(), IngestError> {
    let read_error = |error| IngestError::Read {
        path: dir.to_path_buf(),
        error,
    };
    for entry in fs::read_dir(dir).map_err(read_error)? {
        let entry = entry.map_err(read_error)?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let file_type = entry.file_type().map_err(|error| IngestError::Read {
            path: path.clone(),
            error,
        })?;
        if file_type.is_dir() {
            walk(&path, found)?;
        } else if Kind::of(&path).is_some() && (file_type.is_file() || path.is_file()) {
            found.push(path);
        }
    }
    Ok(())
}

/// Opens an input: whole files are read and parsed now, JSON Lines are only opened.
pub(crate) fn open(input: Input) -> Result<Opened, IngestError> {
    let Input::File { path, kind } = input else {
        return open_stdin();
    };
    let read_error = |error| IngestError::Read {
        path: path.clone(),
        error,
    };
    let label = path.display().to_string();
    let name = path
        .file_name()
        .map_or_else(|| label.clone(), |n| n.to_string_lossy().into_owned());
    match kind {
        Kind::Text | Kind::Html => {
            let bytes = fs::read(&path).map_err(read_error)?;
            whole(&path, name, label, bytes, kind)
        }
        Kind::Jsonl => {
            let file = File::open(&path).map_err(read_error)?;
            let reader = Box::new(BufReader::new(file));
            Ok(Opened::Records(Records::new(
                path, label, name, reader, false,
            )))
        }
        Kind::JsonlGz => {
            let file = File::open(&path).map_err(read_error)?;
            let reader = Box::new(BufReader::new(MultiGzDecoder::new(file)));
            Ok(Opened::Records(Records::new(
                path, label, name, reader, true,
            )))
        }
    }
}

/// Stdin is read whole and sniffed: markup if it starts with `<`, JSON Lines with `{`.
fn open_stdin() -> Result<Opened, IngestError> {
    let path = PathBuf::from(STDIN_NAME);
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|error| IngestError::Read {
            path: path.clone(),
            error,
        })?;
    let kind = match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => Kind::Jsonl,
        Some(b'<') => Kind::Html,
        _ => Kind::Text,
    };
    if kind == Kind::Jsonl {
        let reader = Box::new(Cursor::new(bytes));
        let records = Records::new(path, "-".into(), "stdin".into(), reader, false);
        return Ok(Opened::Records(records));
    }
    whole(&path, "stdin".into(), "-".into(), bytes, kind)
}

/// A whole-file text or HTML input as one document.
fn whole(
    path: &Path,
    id: String,
    source: String,
    bytes: Vec<u8>,
    kind: Kind,
) -> Result<Opened, IngestError> {
    if bytes[..bytes.len().min(BINARY_SNIFF_BYTES)].contains(&0) {
        return Err(IngestError::Binary {
            path: path.to_path_buf(),
        });
    }
    let (text, warning) = utf8_or_lossy(bytes, path, None);
    if text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return Err(IngestError::Empty {
            path: path.to_path_buf(),
        });
    }
    let document = match kind {
        Kind::Html => html::document(id, source, &text),
        _ => plain::document(id, source, text),
    };
    let mut warnings: Vec<IngestWarning> = warning.into_iter().collect();
    if document.text.trim().is_empty() {
        warnings.push(IngestWarning {
            path: path.to_path_buf(),
            line: None,
            kind: IngestWarningKind::NoText,
        });
    }
    Ok(Opened::Document(Ingested { document, warnings }))
}

/// Decodes UTF-8, replacing invalid sequences with U+FFFD and saying so rather than failing:
/// one bad byte should not cost the article.
pub(crate) fn utf8_or_lossy(
    bytes: Vec<u8>,
    path: &Path,
    line: Option<usize>,
) -> (String, Option<IngestWarning>) {
    match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(error) => (
            String::from_utf8_lossy(error.as_bytes()).into_owned(),
            Some(IngestWarning {
                path: path.to_path_buf(),
                line,
                kind: IngestWarningKind::InvalidUtf8,
            }),
        ),
    }
}
