//! The `vanban` binary: parses the command line and maps outcomes to exit codes.

use std::process::ExitCode;

fn main() -> ExitCode {
    vanban_cli::main_with_args(std::env::args_os())
}
