//! The command-line interface. `main.rs` only calls [`main`]; each command lives in its own
//! file and calls the library.

mod args;
mod build;
mod compare;
mod dot;
mod output;
mod query;
mod rules;

use std::io::ErrorKind;
use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};

/// Exit code for a failed run (bad input, bad query, unwritable output).
const EXIT_ERROR: u8 = 2;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build::run(args),
        Command::Query(args) => query::run(args),
        Command::Dot(args) => dot::run(args),
        Command::Compare(args) => compare::run(args),
        Command::Rules => rules::run(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // A closed pipe (`newsgraph ... | head`) is not an error worth reporting.
            if err.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|e| e.kind() == ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("newsgraph: {err:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}
