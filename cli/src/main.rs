//! The `vanban` binary: parses the command line and maps outcomes to exit codes.

use std::process::ExitCode;

// Documents are allocated on the worker threads and freed on the sink threads; glibc's
// allocator spent about a tenth of a run's CPU samples on that (see bench/pipeline). The
// dynamic plugins keep their own allocator: buffers cross the boundary with free functions.
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    vanban_cli::main_with_args(std::env::args_os())
}
