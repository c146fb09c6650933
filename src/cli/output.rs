//! Writing outputs so that a failed run leaves nothing that looks complete.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};

/// Writes to `path` through a temporary file in the same directory, renamed into place only
/// when `write` succeeds; on failure the temporary file is removed. A path that is a device or
/// a pipe (`-o /dev/null`) is written in place: renaming a file over it would replace it.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    if fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let file = fs::OpenOptions::new()
            .write(true)
            .open(path)
            .with_context(|| format!("{}: cannot open", path.display()))?;
        let mut w = BufWriter::new(file);
        write(&mut w)?;
        return w
            .flush()
            .with_context(|| format!("{}: cannot write", path.display()));
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .with_context(|| format!("{}: not a file path", path.display()))?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let file =
            fs::File::create(&tmp).with_context(|| format!("{}: cannot create", tmp.display()))?;
        let mut w = BufWriter::new(file);
        write(&mut w)?;
        w.flush()
            .with_context(|| format!("{}: cannot write", path.display()))?;
        fs::rename(&tmp, path).with_context(|| format!("{}: cannot write", path.display()))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Writes to `path` atomically, or to stdout when there is no path.
pub fn write_output(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    match path {
        Some(p) => write_atomically(p, write),
        None => {
            let stdout = io::stdout();
            let mut lock = BufWriter::new(stdout.lock());
            write(&mut lock)?;
            lock.flush()?;
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_device_is_written_in_place_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let null = Path::new("/dev/null");
        write_atomically(null, |w| Ok(w.write_all(b"discarded")?)).unwrap();
        assert!(fs::metadata(null).unwrap().file_type().is_char_device());
    }
}
