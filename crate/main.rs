//! The `pysunset` command.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    pysunset::cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
