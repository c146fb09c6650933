use std::fmt;

/// A problem with the ontology data. `Invalid` lists every problem found, each as
/// `file:line: message`, so one run shows all of them.
#[derive(Debug)]
pub enum OntologyError {
    Io { path: String, message: String },
    Invalid(Vec<String>),
}

impl fmt::Display for OntologyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OntologyError::Io { path, message } => write!(f, "{path}: cannot read: {message}"),
            OntologyError::Invalid(problems) => write!(f, "{}", problems.join("; ")),
        }
    }
}

impl std::error::Error for OntologyError {}
