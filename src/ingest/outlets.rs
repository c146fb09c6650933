//! `--outlets FILE`: a tab-separated table naming the outlet (and optionally the publication
//! date) of each plain-text or HTML file, matched by document id (the file name).
//!
//! The first column is the file name. With a header row that names an `outlet` column, that
//! column is the outlet, and a `published` or `date` column (if any) gives the publication date
//! when it reads as one. Without such a header, the second column is the outlet. Blank lines and
//! lines starting with `#` are skipped; empty cells leave the value unknown.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use super::date;
use super::error::{IngestError, OutletsProblem};

/// First-column names that mark a header row even when it names no `outlet` column, so such a
/// header is reported instead of being read as a file called "file".
const KEY_HEADERS: [&str; 5] = ["file", "filename", "file_name", "id", "document"];

/// Date column names, in order of preference.
const DATE_HEADERS: [&str; 2] = ["published", "date"];

/// What the table says about one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct OutletEntry {
    pub(crate) outlet: Option<String>,
    /// Already normalised to `YYYY-MM-DD`.
    pub(crate) published: Option<String>,
}

/// File name → outlet and date, as read from an `--outlets` file.
#[derive(Debug, Clone, Default)]
pub(crate) struct OutletTable {
    entries: BTreeMap<String, OutletEntry>,
}

impl OutletTable {
    /// Reads the table at `path`; every problem names the file (and line).
    pub(crate) fn load(path: &Path) -> Result<OutletTable, IngestError> {
        let text = fs::read_to_string(path).map_err(|error| IngestError::OutletsRead {
            path: path.to_path_buf(),
            error,
        })?;
        OutletTable::parse(&text).map_err(|(line, problem)| IngestError::Outlets {
            path: path.to_path_buf(),
            line,
            problem,
        })
    }

    /// Parses the table text; an error carries the one-based line it is about.
    fn parse(text: &str) -> Result<OutletTable, (usize, OutletsProblem)> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut rows = text
            .lines()
            .enumerate()
            .map(|(i, line)| (i + 1, line.trim_end_matches('\r')))
            .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
            .peekable();
        let columns = match rows.peek() {
            Some(&(n, first)) => match Columns::from_header(first) {
                Some(columns) => {
                    rows.next();
                    columns.map_err(|problem| (n, problem))?
                }
                None => Columns::POSITIONAL,
            },
            None => return Ok(OutletTable::default()),
        };
        let mut entries = BTreeMap::new();
        let mut first_line: BTreeMap<String, usize> = BTreeMap::new();
        for (n, line) in rows {
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            let file = cells[0];
            if file.is_empty() {
                return Err((n, OutletsProblem::NoFileName));
            }
            if cells.len() <= columns.outlet {
                return Err((
                    n,
                    OutletsProblem::MissingColumn {
                        cells: cells.len(),
                        column: columns.outlet + 1,
                    },
                ));
            }
            if let Some(&earlier) = first_line.get(file) {
                return Err((
                    n,
                    OutletsProblem::Duplicate {
                        file: file.to_owned(),
                        earlier,
                    },
                ));
            }
            first_line.insert(file.to_owned(), n);
            let cell = |i: usize| cells.get(i).copied().filter(|c| !c.is_empty());
            let entry = OutletEntry {
                outlet: cell(columns.outlet).map(str::to_owned),
                published: columns.date.and_then(cell).and_then(date::normalize),
            };
            entries.insert(file.to_owned(), entry);
        }
        Ok(OutletTable { entries })
    }

    /// What the table says about the document with this id, if it lists it.
    pub(crate) fn get(&self, id: &str) -> Option<&OutletEntry> {
        self.entries.get(id)
    }
}

/// Which cells of a row hold the outlet and the date.
struct Columns {
    outlet: usize,
    date: Option<usize>,
}

impl Columns {
    /// No header: file name, then outlet; no date.
    const POSITIONAL: Columns = Columns {
        outlet: 1,
        date: None,
    };

    /// `None` when `line` is not a header row; `Some(Err)` for a header without an `outlet`
    /// column.
    fn from_header(line: &str) -> Option<Result<Columns, OutletsProblem>> {
        let names: Vec<String> = line.split('\t').map(|c| c.trim().to_lowercase()).collect();
        let find = |name: &str| names.iter().position(|c| c == name);
        match find("outlet") {
            Some(outlet) => Some(Ok(Columns {
                outlet,
                date: DATE_HEADERS.iter().find_map(|name| find(name)),
            })),
            None if KEY_HEADERS.contains(&names[0].as_str()) => {
                Some(Err(OutletsProblem::NoOutletColumn {
                    header: line
                        .split('\t')
                        .map(str::trim)
                        .collect::<Vec<_>>()
                        .join(", "),
                }))
            }
            None => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(outlet: Option<&str>, published: Option<&str>) -> OutletEntry {
        OutletEntry {
            outlet: outlet.map(str::to_owned),
            published: published.map(str::to_owned),
        }
    }

    #[test]
    fn positional_table_maps_first_column_to_second() {
        let table = OutletTable::parse(
            "# hand-made\nferry.txt\tLakeside Courier\n\npier.html\tDune Wire\textra\n",
        )
        .unwrap();
        assert_eq!(
            table.get("ferry.txt"),
            Some(&entry(Some("Lakeside Courier"), None))
        );
        assert_eq!(
            table.get("pier.html"),
            Some(&entry(Some("Dune Wire"), None))
        );
        assert_eq!(table.get("other.txt"), None);
    }

    #[test]
    fn header_names_the_outlet_and_date_columns() {
        let text = "\u{feff}file\tgroup\tOutlet\tdate\ttopic\r\n\
                    a.txt\tE1\tHarbour Daily\t2024-03-09\tports\r\n\
                    b.txt\tE1\tValley Press\tsometime\tports\r\n\
                    c.txt\tE2\t\t9 Mar 2024\tports\r\n";
        let table = OutletTable::parse(text).unwrap();
        assert_eq!(
            table.get("a.txt"),
            Some(&entry(Some("Harbour Daily"), Some("2024-03-09")))
        );
        // A date that does not parse is left unknown; so is an empty outlet.
        assert_eq!(table.get("b.txt"), Some(&entry(Some("Valley Press"), None)));
        assert_eq!(table.get("c.txt"), Some(&entry(None, Some("2024-03-09"))));
        assert_eq!(table.get("file"), None);
    }

    #[test]
    fn published_column_is_preferred_to_date() {
        let text = "name\tdate\toutlet\tpublished\nx.txt\t2020-01-01\tGull Post\t2021-02-03\n";
        let table = OutletTable::parse(text).unwrap();
        assert_eq!(
            table.get("x.txt"),
            Some(&entry(Some("Gull Post"), Some("2021-02-03")))
        );
    }

    #[test]
    fn problems_carry_their_line() {
        let problem = |text: &str| {
            let (line, problem) = OutletTable::parse(text).unwrap_err();
            format!("{line}: {problem}")
        };
        assert_eq!(
            problem("file\tsource\tdate\na.txt\tHarbour Daily\t2024-03-09\n"),
            "1: no \"outlet\" column in the header (file, source, date)"
        );
        assert_eq!(
            problem("a.txt\tHarbour Daily\nb.txt\n"),
            "2: only 1 column(s); the outlet is column 2"
        );
        assert_eq!(
            problem("a.txt\tHarbour Daily\n\na.txt\tValley Press\n"),
            "3: \"a.txt\" is already listed on line 1"
        );
        assert_eq!(
            problem("\tHarbour Daily\n"),
            "1: no file name in the first column"
        );
    }

    #[test]
    fn load_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("outlets.tsv");
        let err = OutletTable::load(&missing).unwrap_err().to_string();
        assert!(
            err.starts_with(&format!(
                "{}: cannot read --outlets table: ",
                missing.display()
            )),
            "{err}"
        );
        fs::write(&missing, "file\ttitle\n").unwrap();
        let err = OutletTable::load(&missing).unwrap_err().to_string();
        assert_eq!(
            err,
            format!(
                "{}:1: no \"outlet\" column in the header (file, title)",
                missing.display()
            )
        );
    }
}
