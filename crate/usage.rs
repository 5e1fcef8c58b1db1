//! The command-line usage text: one text for the native CLI and the Node CLI (through the
//! WebAssembly build's `cliUsage`), so `--help` prints the same bytes in both.

/// What `pysunset --help` prints (and usage errors print after their message).
pub const USAGE: &str = "\
Usage: pysunset [OPTIONS] PATH...

Finds uses of Python standard-library APIs removed since Python 3.3, scheduled for
removal (up to 3.21) or deprecated with no removal date yet (rule SUN008, warnings),
and says what to use instead. PATH is a file, a directory (searched
recursively for Python files, stubs, notebooks, and the .env, Dockerfile, tox.ini,
shell and CI files where removed environment variables hide), or - for standard input.

Options:
  -t, --target VERSION        the Python version you are moving to: 3.12 (default) to 3.21
  -f, --format FORMAT         text (default), json, sarif, github or junit
      --select CODES          report only these rules (comma-separated codes or names)
      --ignore CODES          do not report these rules
      --color WHEN            colours in text output: auto (default), always or never
      --config FILE           read [tool.pysunset] from this pyproject.toml only
      --no-config             read no pyproject.toml
      --stdin-filename NAME   the name of the file read from standard input
      --fix                   apply the safe fixes to the files (atomically; files without a
                              fix are not touched) and report what is left
      --unsafe-fixes          also apply (or, without --fix or --diff, count) the unsafe fixes
      --diff                  print the fixes as a unified diff and write nothing; exit 1
                              when there is something to fix
      --exit-zero             exit 0 even when errors are found
      --catalogue             print the catalogue of removed APIs as JSON and exit
  -h, --help                  print this help
  -V, --version               print the version

Settings come from the nearest pyproject.toml with a [tool.pysunset] table above each
PATH (target, select, ignore, exclude); flags override them.

Exit status: 1 when an error-level finding is reported, 0 otherwise, 2 on a usage or
configuration error.";
