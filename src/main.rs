//! The `newsgraph` command: parses arguments, calls the library, maps errors to exit codes.

use std::process::ExitCode;

fn main() -> ExitCode {
    newsgraph::cli::main()
}
