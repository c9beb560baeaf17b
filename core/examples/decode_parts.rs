//! Times the parts of the decode stage (encoding detection, HTML reading) over a folder
//! of pages: `cargo run --release -p vanban-core --example decode_parts -- DIR [ROUNDS [PART]]`,
//! PART one of encoding, html, decode (all three by default; one part is handy under callgrind).
//! Reports process CPU time, not wall time, so that other jobs on the machine matter less.

use vanban_core::stages::load::{decode, encoding, html};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: decode_parts DIR [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3);
    let mut paths: Vec<_> = std::fs::read_dir(&dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    paths.sort();
    let pages: Vec<(String, Vec<u8>)> =
        paths.iter().filter_map(|p| Some((p.display().to_string(), std::fs::read(p).ok()?))).collect();
    let texts: Vec<String> = pages.iter().filter_map(|(_, raw)| encoding::decode_text(raw).ok().map(|t| t.text)).collect();
    let bytes: usize = pages.iter().map(|(_, raw)| raw.len()).sum();
    println!("{} pages, {:.1} MB; best of {rounds} rounds", pages.len(), bytes as f64 / 1e6);
    let best = |f: &dyn Fn()| (0..rounds).map(|_| { let t = cpu_seconds(); f(); cpu_seconds() - t }).fold(f64::MAX, f64::min);
    let report = |name: &str, secs: f64| println!("{name:20} {secs:.3} s  {:.0} pages/s  {:.0} MB/s", pages.len() as f64 / secs, bytes as f64 / secs / 1e6);
    let part = args.next().unwrap_or_default();
    let wanted = |name: &str| part.is_empty() || part == name;
    if wanted("encoding") {
        report("encoding", best(&|| { for (_, raw) in &pages { let _ = encoding::decode_text(raw); } }));
    }
    if wanted("html") {
        report("html reader", best(&|| { for (text, (path, _)) in texts.iter().zip(&pages) { let _ = html::read(text, path); } }));
    }
    if wanted("decode") {
        report("whole decode", best(&|| { for (path, raw) in &pages { let _ = decode::decode(raw, path, u64::MAX); } }));
    }
}

/// CPU seconds used by this process so far.
fn cpu_seconds() -> f64 {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec through a valid pointer.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut t) };
    t.tv_sec as f64 + t.tv_nsec as f64 / 1e9
}
