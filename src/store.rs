//! A store directory: the corpus graph kept across runs, so documents can be added one batch at
//! a time and queried together.
//!
//! The directory holds `data.nq` (every quad, sorted, N-Quads) and `manifest.json` (which
//! documents are in, and where they came from). oxigraph is built without RocksDB, so the store
//! lives in memory while open and is written back by [`GraphStore::save`].

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, GraphNameRef, NamedNodeRef, Quad};
use oxigraph::store::{LoaderError, StorageError, Store};
use serde::{Deserialize, Serialize};

use crate::graph::KnowledgeGraph;
use crate::rdf::{self, vocab};

const DATA_FILE: &str = "data.nq";
const MANIFEST_FILE: &str = "manifest.json";
const MANIFEST_VERSION: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {error}")]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{path}: {error}")]
    Load { path: PathBuf, error: LoaderError },
    #[error("{path}: invalid manifest: {error}")]
    Manifest {
        path: PathBuf,
        error: serde_json::Error,
    },
    #[error("{path}: manifest version {found} is not supported (expected {MANIFEST_VERSION})")]
    ManifestVersion { path: PathBuf, found: u32 },
    #[error("{dir}: store has {present} but not {missing}")]
    Incomplete {
        dir: PathBuf,
        present: &'static str,
        missing: &'static str,
    },
    #[error("{dir}: {error}")]
    Storage { dir: PathBuf, error: StorageError },
}

/// One document of the store, as listed in `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestEntry {
    pub id: String,
    /// The document's named graph IRI.
    pub graph: String,
    /// Where the document was read from.
    pub source: String,
    /// Quads in the document's named graph.
    pub quads: usize,
}

#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    version: u32,
    documents: Vec<ManifestEntry>,
}

/// An on-disk corpus graph, loaded into an in-memory oxigraph store.
pub struct GraphStore {
    dir: PathBuf,
    store: Store,
    /// Sorted by document id.
    documents: Vec<ManifestEntry>,
}

impl GraphStore {
    /// Opens the store in `dir`, creating the directory when absent.
    pub fn open(dir: &Path) -> Result<GraphStore, StoreError> {
        fs::create_dir_all(dir).map_err(|error| StoreError::Io {
            path: dir.to_owned(),
            error,
        })?;
        let data_path = dir.join(DATA_FILE);
        let manifest_path = dir.join(MANIFEST_FILE);
        let store = Store::new().map_err(|error| StoreError::Storage {
            dir: dir.to_owned(),
            error,
        })?;

        let documents = match (data_path.exists(), manifest_path.exists()) {
            (false, false) => Vec::new(),
            (true, true) => {
                let data = fs::File::open(&data_path).map_err(|error| StoreError::Io {
                    path: data_path.clone(),
                    error,
                })?;
                load_nquads(&store, data).map_err(|error| StoreError::Load {
                    path: data_path.clone(),
                    error,
                })?;
                read_manifest(&manifest_path)?
            }
            // Half a store would silently lose documents on the next save.
            (true, false) => {
                return Err(StoreError::Incomplete {
                    dir: dir.to_owned(),
                    present: DATA_FILE,
                    missing: MANIFEST_FILE,
                });
            }
            (false, true) => {
                return Err(StoreError::Incomplete {
                    dir: dir.to_owned(),
                    present: MANIFEST_FILE,
                    missing: DATA_FILE,
                });
            }
        };
        Ok(GraphStore {
            dir: dir.to_owned(),
            store,
            documents,
        })
    }

    /// Adds the graph's documents. A document already in the store is replaced: its named graph
    /// and its default-graph metadata are removed first. Entity triples in the default graph are
    /// shared by documents and are simply inserted again (the store is a set).
    pub fn add(&mut self, kg: &KnowledgeGraph) -> Result<(), StoreError> {
        let storage = |error| StoreError::Storage {
            dir: self.dir.clone(),
            error,
        };
        let mut tx = self.store.start_transaction().map_err(storage)?;
        for doc in kg.documents() {
            let iri = vocab::document_iri(&doc.id);
            tx.remove_named_graph(&iri).map_err(storage)?;
            let metadata: Vec<Quad> = tx
                .quads_for_pattern(
                    Some(iri.as_ref().into()),
                    None,
                    None,
                    Some(GraphNameRef::DefaultGraph),
                )
                .collect::<Result<_, _>>()
                .map_err(storage)?;
            for quad in &metadata {
                tx.remove(quad);
            }
        }
        rdf::for_each_batch(kg, |batch| {
            tx.extend(batch);
            Ok::<_, std::convert::Infallible>(())
        })
        .unwrap_or_else(|never| match never {});
        tx.commit().map_err(storage)?;

        for doc in kg.documents() {
            let graph = vocab::document_iri(&doc.id);
            let entry = ManifestEntry {
                id: doc.id.clone(),
                graph: graph.as_str().to_owned(),
                source: doc.source.clone(),
                quads: self.graph_len(graph.as_ref())?,
            };
            match self.documents.binary_search_by(|e| e.id.cmp(&doc.id)) {
                Ok(i) => self.documents[i] = entry,
                Err(i) => self.documents.insert(i, entry),
            }
        }
        Ok(())
    }

    /// Writes `data.nq` and `manifest.json`, each to a `.tmp` file renamed into place, so a
    /// failed save leaves the previous files whole.
    ///
    /// `data.nq` is sorted like every RDF output (see [`rdf::sort_quads`]), so that saving the
    /// same corpus twice gives the same file (diffable, cacheable). It is written one graph at a time: the default graph,
    /// then each named graph in order, so only one graph's quads are held and sorted at once.
    pub fn save(&self) -> Result<(), StoreError> {
        let storage = |error| StoreError::Storage {
            dir: self.dir.clone(),
            error,
        };
        let mut graphs: Vec<GraphName> = self
            .store
            .named_graphs()
            .map(|g| g.map(GraphName::from))
            .collect::<Result<_, _>>()
            .map_err(storage)?;
        rdf::sort_graph_names(&mut graphs);
        graphs.insert(0, GraphName::DefaultGraph);
        write_atomically(&self.dir.join(DATA_FILE), |w| {
            let mut lines = rdf::LineWriter::new(w);
            for graph in &graphs {
                let mut quads: Vec<Quad> = self
                    .store
                    .quads_for_pattern(None, None, None, Some(graph.as_ref()))
                    .collect::<Result<_, _>>()?;
                rdf::sort_quads_of_graph(&mut quads);
                for quad in &quads {
                    lines.write_quad(quad.as_ref())?;
                }
            }
            lines.finish()?;
            Ok(())
        })?;
        let manifest = Manifest {
            version: MANIFEST_VERSION,
            documents: self.documents.clone(),
        };
        write_atomically(&self.dir.join(MANIFEST_FILE), |w| {
            serde_json::to_writer_pretty(&mut *w, &manifest)?;
            w.write_all(b"\n")
        })
    }

    /// The documents in the store, sorted by id.
    pub fn documents(&self) -> &[ManifestEntry] {
        &self.documents
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    fn graph_len(&self, graph: NamedNodeRef<'_>) -> Result<usize, StoreError> {
        let mut n = 0;
        for quad in self
            .store
            .quads_for_pattern(None, None, None, Some(graph.into()))
        {
            quad.map_err(|error| StoreError::Storage {
                dir: self.dir.clone(),
                error,
            })?;
            n += 1;
        }
        Ok(n)
    }
}

/// Quads parsed per batch handed to the loader.
const LOAD_BATCH: usize = 64 * 1024;

/// Loads N-Quads into `store`: one thread parses while this one inserts, batch by batch in file
/// order, so the store is filled in the same order every time (query results without ORDER BY
/// come out in the same order). The parser is lenient (IRIs are not validated): `data.nq` is
/// written by [`GraphStore::save`]; syntax errors are still reported.
///
/// Inserting is the slow half (oxigraph's in-memory store takes one writer at a time), so this
/// thread only inserts: quads are inserted by reference, and each emptied batch goes back to the
/// parser, which frees its quads and reuses its buffer. oxigraph's bulk loader does the same
/// inserts in memory, but takes the quads by value, moves every batch into a buffer sized for a
/// million quads and frees them on the inserting thread: the store of a 100 MB corpus (13.5
/// million quads) opened in 128 s that way and in 107 s this way.
///
/// The file is parsed as it is read rather than read whole first: `data.nq` of that corpus is
/// 2.8 GB, which was held in memory, beside the store, until the load ended.
///
/// Each batch is committed on its own: one transaction keeps a log entry per inserted quad (some 12
/// million for that corpus, in one vector grown by copying) and walks them all again at commit.
/// Nothing else sees the store before `open` returns, and a failed load drops it, so one
/// transaction's atomicity bought nothing. Streaming and per-batch commits together took the
/// peak RSS of opening that store from 7.2 GB to 4.0 GB; the open time did not move beyond the
/// noise (inserting, one quad at a time, is most of it).
fn load_nquads(store: &Store, data: impl std::io::Read + Send) -> Result<(), LoaderError> {
    std::thread::scope(|scope| {
        let (sender, batches) = std::sync::mpsc::sync_channel::<Result<Vec<Quad>, LoaderError>>(4);
        let (give_back, given_back) = std::sync::mpsc::channel::<Vec<Quad>>();
        scope.spawn(move || {
            let parser = RdfParser::from_format(RdfFormat::NQuads).lenient();
            let mut batch = Vec::with_capacity(LOAD_BATCH);
            for quad in parser.for_reader(data) {
                match quad {
                    Ok(quad) => batch.push(quad),
                    Err(error) => {
                        let _ = sender.send(Err(error.into()));
                        return;
                    }
                }
                if batch.len() == LOAD_BATCH {
                    let next = match given_back.try_recv() {
                        Ok(mut inserted) => {
                            inserted.clear();
                            inserted
                        }
                        Err(_) => Vec::with_capacity(LOAD_BATCH),
                    };
                    let full = std::mem::replace(&mut batch, next);
                    if sender.send(Ok(full)).is_err() {
                        return;
                    }
                }
            }
            let _ = sender.send(Ok(batch));
        });
        // Stops at the first error; dropping the receiver then stops the parser.
        for batch in batches {
            let batch = batch?;
            let mut transaction = store.start_transaction()?;
            transaction.extend(&batch);
            transaction.commit()?;
            // The parser may have finished: then the batch is freed here.
            let _ = give_back.send(batch);
        }
        Ok(())
    })
}

fn read(path: &Path) -> Result<Vec<u8>, StoreError> {
    fs::read(path).map_err(|error| StoreError::Io {
        path: path.to_owned(),
        error,
    })
}

fn read_manifest(path: &Path) -> Result<Vec<ManifestEntry>, StoreError> {
    let bytes = read(path)?;
    let manifest: Manifest =
        serde_json::from_slice(&bytes).map_err(|error| StoreError::Manifest {
            path: path.to_owned(),
            error,
        })?;
    if manifest.version != MANIFEST_VERSION {
        return Err(StoreError::ManifestVersion {
            path: path.to_owned(),
            found: manifest.version,
        });
    }
    let mut documents = manifest.documents;
    documents.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(documents)
}

/// Writes `path` through `<path>.tmp` and a rename.
fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<fs::File>) -> std::io::Result<()>,
) -> Result<(), StoreError> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let io_err = |path: &Path| {
        let path = path.to_owned();
        move |error| StoreError::Io { path, error }
    };
    let file = fs::File::create(&tmp).map_err(io_err(&tmp))?;
    let mut w = BufWriter::new(file);
    write(&mut w).map_err(io_err(&tmp))?;
    let file = w.into_inner().map_err(|e| StoreError::Io {
        path: tmp.clone(),
        error: e.into_error(),
    })?;
    file.sync_all().map_err(io_err(&tmp))?;
    fs::rename(&tmp, path).map_err(io_err(path))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::KnowledgeGraph;
    use crate::rdf::test_corpus::{sample_corpus, sample_graph};
    use oxigraph::model::QuadRef;

    fn doc_graph_len(store: &GraphStore, doc: &str) -> usize {
        store
            .graph_len(vocab::document_iri(doc).as_ref())
            .expect("len")
    }

    #[test]
    fn save_and_reopen_round_trips() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("kg");
        let mut store = GraphStore::open(&path).expect("open new");
        store.add(&sample_graph()).expect("add");
        store.save().expect("save");
        let first = fs::read(path.join(DATA_FILE)).expect("data");

        let reopened = GraphStore::open(&path).expect("reopen");
        assert_eq!(reopened.store().len().ok(), store.store().len().ok());
        assert_eq!(reopened.documents(), store.documents());
        assert_eq!(reopened.documents().len(), 2);
        assert!(reopened.documents()[0].quads > 0);
        reopened.save().expect("save again");
        assert_eq!(
            fs::read(path.join(DATA_FILE)).expect("data"),
            first,
            "save is deterministic"
        );
        assert!(!path.join("data.nq.tmp").exists());
    }

    #[test]
    fn adding_a_document_again_replaces_its_graph() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut store = GraphStore::open(dir.path()).expect("open");
        store.add(&sample_graph()).expect("add");
        let before = doc_graph_len(&store, "doc-a");

        // doc-a again, now with a new title and without its quotes and relations.
        let mut corpus = sample_corpus();
        corpus.documents.retain(|d| d.id == "doc-a");
        corpus.documents[0].title = Some("Corrected headline".into());
        corpus.quotes.clear();
        corpus.relations.clear();
        store.add(&KnowledgeGraph::build(corpus)).expect("re-add");

        assert!(doc_graph_len(&store, "doc-a") < before);
        assert!(
            doc_graph_len(&store, "doc-b") > 0,
            "other documents are untouched"
        );
        let doc = vocab::document_iri("doc-a");
        let titles: Vec<_> = store
            .store()
            .quads_for_pattern(
                Some(doc.as_ref().into()),
                Some(NamedNodeRef::new_unchecked(vocab::schema::NAME)),
                None,
                None,
            )
            .collect::<Result<_, _>>()
            .expect("quads");
        assert_eq!(titles.len(), 1, "{titles:?}");
        assert!(
            store
                .store()
                .contains(QuadRef::new(
                    &doc,
                    NamedNodeRef::new_unchecked(vocab::schema::NAME),
                    oxigraph::model::LiteralRef::new_simple_literal("Corrected headline"),
                    GraphNameRef::DefaultGraph,
                ))
                .expect("contains")
        );
    }

    #[test]
    fn errors_name_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::write(dir.path().join(DATA_FILE), "<a> <b> .\n").expect("write");
        fs::write(
            dir.path().join(MANIFEST_FILE),
            "{\"version\":1,\"documents\":[]}",
        )
        .expect("write");
        let err = GraphStore::open(dir.path())
            .err()
            .expect("bad data fails")
            .to_string();
        assert!(err.contains("data.nq"), "{err}");

        fs::remove_file(dir.path().join(DATA_FILE)).expect("rm");
        let err = GraphStore::open(dir.path())
            .err()
            .expect("half store fails")
            .to_string();
        assert!(
            err.contains("manifest.json") && err.contains("data.nq"),
            "{err}"
        );

        fs::write(dir.path().join(DATA_FILE), "").expect("write");
        fs::write(
            dir.path().join(MANIFEST_FILE),
            "{\"version\":7,\"documents\":[]}",
        )
        .expect("write");
        let err = GraphStore::open(dir.path())
            .err()
            .expect("bad version fails")
            .to_string();
        assert!(
            err.contains("manifest.json") && err.contains("version 7"),
            "{err}"
        );
    }
}
