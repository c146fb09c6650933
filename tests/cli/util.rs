//! Shared helpers for the end-to-end tests: paths, the binary, and the bad-input assertions.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// `../shared` beside the repository: the seed articles and the gold annotations.
pub fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

pub fn seeds() -> PathBuf {
    shared().join("seeds")
}

/// A file of invented text under `tests/fixtures/cli/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/cli")
        .join(name)
}

/// The `newsgraph` binary, run from the repository root.
pub fn newsgraph() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// Whether a program can be started (`program -V`).
pub fn has_program(program: &str) -> bool {
    std::process::Command::new(program)
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// True on CI, where a missing tool is a failure rather than a skip.
pub fn on_ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false")
}

/// Runs `newsgraph build INPUT -o OUT` in a fresh temp dir and checks the failure contract:
/// exit code 2, one stderr line `newsgraph: ...` naming `names`, no panic, no output file and
/// no temporary file left behind. Returns the stderr line.
pub fn assert_build_fails(input: &Path, names: &str) -> String {
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("graph.ttl");
    let assert = newsgraph()
        .arg("build")
        .arg(input)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert_error_line(&stderr, names);
    assert!(!out.exists(), "{} was left behind", out.display());
    let left: Vec<_> = std::fs::read_dir(out_dir.path()).unwrap().collect();
    assert!(left.is_empty(), "files left behind: {left:?}");
    stderr
}

/// One line, `newsgraph: ` first, naming `names`, and no panic.
pub fn assert_error_line(stderr: &str, names: &str) {
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    assert!(
        stderr.starts_with("newsgraph: "),
        "stderr does not start with `newsgraph: `: {stderr:?}"
    );
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "stderr is not one line: {stderr:?}"
    );
    assert!(
        stderr.contains(names),
        "stderr does not name {names:?}: {stderr:?}"
    );
}
