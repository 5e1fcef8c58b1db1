//! The `pysunset` command.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    // `pysunset server`: the language server (crate/server); `./server` checks a path so named.
    if std::env::args_os().nth(1).is_some_and(|first| first == "server") {
        return pysunset::server::main(std::env::args_os().skip(2));
    }
    pysunset::cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
