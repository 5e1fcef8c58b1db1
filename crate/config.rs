//! Configuration in `pyproject.toml`, under `[tool.pysunset]`:
//!
//! ```toml
//! [tool.pysunset]
//! target = "3.13"                      # the Python version you are moving to ("py313" works too)
//! select = ["SUN001", "unittest-alias"] # report only these rules (codes or names)
//! ignore = ["SUN006"]                  # never report these
//! exclude = ["build", "tests/data/**", "*_pb2.py"]
//! ```
//!
//! Parsing is pure ([`Config::from_pyproject`]); finding the file is the caller's: the nearest
//! `pyproject.toml` with a `[tool.pysunset]` table, walking up from each path checked. Flags
//! override the file: a flag given replaces the file's value.
//!
//! `exclude` patterns ([`is_excluded`]) are matched against paths relative to the directory of
//! the `pyproject.toml`, with `/` between directories, the way `.gitignore` matches:
//! - a pattern without a `/` (other than a trailing one) matches a file or directory name at any
//!   depth: `build`, `*_pb2.py`;
//! - a pattern with a `/` is anchored at the project root: `tests/data`, `/docs`, `src/*/gen`;
//! - `*` matches within a name, `?` one character, `[abc]`/`[a-z]`/`[!a]` one character of a set,
//!   `**` any number of directories (`tests/**/fixtures`);
//! - a pattern that matches a directory excludes everything under it; a trailing `/` is ignored.
//!
//! Directory runs skip excluded files and directories; a file named on the command line is
//! checked even when a pattern matches it. The built-in skips (hidden directories, `venv`,
//! `node_modules`, ...) always apply.

use crate::rule::Rule;
use crate::version::PythonVersion;
use serde::Serialize;
use std::fmt;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// The name of the file that holds the configuration.
pub const CONFIG_FILE: &str = "pyproject.toml";

/// The keys of `[tool.pysunset]`.
pub const KEYS: &[&str] = &["target", "select", "ignore", "exclude"];

/// The settings of a `[tool.pysunset]` table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Config {
    /// `target`: the Python version the code is moving to.
    pub target: Option<PythonVersion>,
    /// `select`: report only these rules.
    pub select: Option<Vec<Rule>>,
    /// `ignore`: never report these rules.
    pub ignore: Option<Vec<Rule>>,
    /// `exclude`: glob patterns of paths to leave out of directory runs.
    pub exclude: Vec<String>,
}

/// Why a `pyproject.toml` could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// The key at fault (`select`), or `None` when the file is not valid TOML.
    pub key: Option<String>,
    /// What is wrong, and what is allowed.
    pub message: String,
    /// The 1-based line of the file where the fault is, when known.
    pub line: Option<usize>,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.key {
            Some(key) => write!(f, "[tool.pysunset] `{key}`: {}", self.message)?,
            None => write!(f, "{}", self.message)?,
        }
        match self.line {
            Some(line) => write!(f, " (line {line})"),
            None => Ok(()),
        }
    }
}

impl std::error::Error for ConfigError {}

/// A TOML value of the document, with its span.
type Value<'i> = Spanned<DeValue<'i>>;

/// Reads values of one document, turning spans into line numbers for errors.
struct Reader<'i> {
    text: &'i str,
}

impl Reader<'_> {
    fn line(&self, span: std::ops::Range<usize>) -> usize {
        self.text[..span.start.min(self.text.len())].matches('\n').count() + 1
    }

    fn error(&self, key: &str, value: &Value<'_>, message: impl Into<String>) -> ConfigError {
        ConfigError {
            key: Some(key.to_string()),
            message: message.into(),
            line: Some(self.line(value.span())),
        }
    }

    fn strings<'v>(
        &self,
        key: &str,
        value: &'v Value<'_>,
        what: &str,
    ) -> Result<Vec<(&'v str, &'v Value<'v>)>, ConfigError> {
        let DeValue::Array(list) = value.get_ref() else {
            return Err(self.error(
                key,
                value,
                format!(
                    "expected a list of {what}, such as [\"SUN001\"], not {}",
                    value.get_ref().type_str()
                ),
            ));
        };
        list.iter()
            .map(|item| match item.get_ref() {
                DeValue::String(text) => Ok((text.as_ref(), item)),
                other => Err(self.error(
                    key,
                    item,
                    format!("expected a list of {what}, found a {}", other.type_str()),
                )),
            })
            .collect()
    }

    fn rules(&self, key: &str, value: &Value<'_>) -> Result<Vec<Rule>, ConfigError> {
        self.strings(key, value, "rule codes or names")?
            .into_iter()
            .map(|(code, item)| {
                code.parse::<Rule>().map_err(|unknown| self.error(key, item, unknown.to_string()))
            })
            .collect()
    }
}

fn find<'t, 'i>(table: &'t DeTable<'i>, key: &str) -> Option<&'t Value<'i>> {
    table.iter().find(|(name, _)| name.get_ref() == key).map(|(_, value)| value)
}

impl Config {
    /// Reads the `[tool.pysunset]` table of a `pyproject.toml`'s text; `Ok(None)` when it has
    /// none. Invalid TOML, unknown keys and bad values are errors naming the key, what is
    /// allowed and the line.
    pub fn from_pyproject(text: &str) -> Result<Option<Config>, ConfigError> {
        let reader = Reader { text };
        let document = DeTable::parse(text).map_err(|error| ConfigError {
            key: None,
            message: format!("invalid TOML: {}", error.message()),
            line: error.span().map(|span| reader.line(span)),
        })?;
        let Some(tool) = find(document.get_ref(), "tool") else {
            return Ok(None);
        };
        let DeValue::Table(tool) = tool.get_ref() else {
            return Ok(None);
        };
        let Some(value) = find(tool, "pysunset") else {
            return Ok(None);
        };
        let DeValue::Table(table) = value.get_ref() else {
            return Err(ConfigError {
                key: None,
                message: format!("[tool.pysunset] must be a table, not {}", value.get_ref().type_str()),
                line: Some(reader.line(value.span())),
            });
        };
        let mut config = Config::default();
        for (key, value) in table.iter() {
            let key = key.get_ref().as_ref();
            match key {
                "target" => {
                    let DeValue::String(text) = value.get_ref() else {
                        return Err(reader.error(
                            key,
                            value,
                            format!(
                                "expected a version string such as \"3.13\", not {}",
                                value.get_ref().type_str()
                            ),
                        ));
                    };
                    let target = text
                        .parse()
                        .map_err(|e: crate::InvalidTarget| reader.error(key, value, e.to_string()))?;
                    config.target = Some(target);
                }
                "select" => config.select = Some(reader.rules(key, value)?),
                "ignore" => config.ignore = Some(reader.rules(key, value)?),
                "exclude" => {
                    for (pattern, item) in reader.strings(key, value, "glob patterns")? {
                        if pattern.trim().is_empty() {
                            return Err(reader.error(key, item, "a pattern is empty"));
                        }
                        if pattern.starts_with('!') {
                            return Err(reader.error(
                                key,
                                item,
                                format!(
                                    "`{pattern}`: negated patterns are not supported; list what to exclude"
                                ),
                            ));
                        }
                        config.exclude.push(pattern.to_string());
                    }
                }
                _ => {
                    return Err(reader.error(
                        key,
                        value,
                        format!("unknown key: the keys are {}", KEYS.join(", ")),
                    ));
                }
            }
        }
        Ok(Some(config))
    }
}

/// The directories of `path` and its parents, nearest first, where a configuration file may be:
/// for `a/b/c.py`, `a/b`, `a` and `` (the current directory). `/` and `\` separate directories;
/// an absolute path ends with its root (`/`). A directory path starts with itself.
pub fn search_directories(path: &str, is_directory: bool) -> Vec<String> {
    let mut directories = Vec::new();
    let mut current = path.trim_end_matches(['/', '\\']).to_string();
    if !is_directory {
        current = match current.rfind(['/', '\\']) {
            Some(0) => "/".into(),
            Some(slash) => current[..slash].to_string(),
            None => String::new(),
        };
    }
    loop {
        directories.push(current.clone());
        if current.is_empty() || current == "/" {
            break;
        }
        current = match current.rfind(['/', '\\']) {
            Some(0) => "/".into(),
            Some(slash) => current[..slash].to_string(),
            None => String::new(),
        };
    }
    directories
}

/// Whether `path` (relative to the project root) is excluded by any of `patterns` (see the
/// module documentation for the syntax).
pub fn is_excluded<P: AsRef<str>>(path: &str, patterns: &[P]) -> bool {
    let normalised = path.replace('\\', "/");
    let components: Vec<&str> =
        normalised.split('/').filter(|component| !component.is_empty() && *component != ".").collect();
    if components.is_empty() {
        return false;
    }
    patterns.iter().any(|pattern| matches_pattern(pattern.as_ref(), &components))
}

fn matches_pattern(pattern: &str, path: &[&str]) -> bool {
    let pattern = pattern.trim().trim_end_matches('/');
    let pattern = pattern.strip_prefix("./").unwrap_or(pattern);
    if !pattern.contains('/') {
        return !pattern.is_empty() && path.iter().any(|component| matches_name(pattern, component));
    }
    let parts: Vec<&str> =
        pattern.trim_start_matches('/').split('/').filter(|part| !part.is_empty()).collect();
    // reach[j]: the first i pattern parts match the first j path components.
    let mut reach = vec![false; path.len() + 1];
    reach[0] = true;
    for part in &parts {
        let mut next = vec![false; path.len() + 1];
        if *part == "**" {
            let mut any = false;
            for j in 0..=path.len() {
                any |= reach[j];
                next[j] = any;
            }
        } else {
            for j in 1..=path.len() {
                next[j] = reach[j - 1] && matches_name(part, path[j - 1]);
            }
        }
        reach = next;
    }
    // A match of the whole path, or of a directory above it.
    !parts.is_empty() && reach[1..].iter().any(|&matched| matched)
}

/// One token of a name pattern.
enum Token {
    Char(char),
    Any,
    Star,
    Set { negated: bool, items: Vec<(char, char)> },
}

fn tokens(pattern: &str) -> Vec<Token> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        match chars[at] {
            '*' => out.push(Token::Star),
            '?' => out.push(Token::Any),
            '[' => {
                let mut end = at + 1;
                let negated = matches!(chars.get(end), Some('!' | '^'));
                if negated {
                    end += 1;
                }
                let start = end;
                if chars.get(end) == Some(&']') {
                    end += 1;
                }
                while end < chars.len() && chars[end] != ']' {
                    end += 1;
                }
                if end >= chars.len() {
                    out.push(Token::Char('['));
                } else {
                    let body = &chars[start..end];
                    let mut items = Vec::new();
                    let mut i = 0;
                    while i < body.len() {
                        if i + 2 < body.len() && body[i + 1] == '-' {
                            items.push((body[i], body[i + 2]));
                            i += 3;
                        } else {
                            items.push((body[i], body[i]));
                            i += 1;
                        }
                    }
                    out.push(Token::Set { negated, items });
                    at = end;
                }
            }
            '\\' if at + 1 < chars.len() => {
                at += 1;
                out.push(Token::Char(chars[at]));
            }
            c => out.push(Token::Char(c)),
        }
        at += 1;
    }
    out
}

/// Whether a file or directory name matches a pattern of one component (no recursion: `*`
/// backtracks to the last star only).
fn matches_name(pattern: &str, name: &str) -> bool {
    if pattern == "**" {
        return true;
    }
    let tokens = tokens(pattern);
    let name: Vec<char> = name.chars().collect();
    let one = |token: &Token, c: char| match token {
        Token::Char(expected) => *expected == c,
        Token::Any => true,
        Token::Star => false,
        Token::Set { negated, items } => items.iter().any(|&(low, high)| low <= c && c <= high) != *negated,
    };
    let (mut t, mut n) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while n < name.len() {
        if t < tokens.len() && matches!(tokens[t], Token::Star) {
            star = Some((t, n));
            t += 1;
        } else if t < tokens.len() && one(&tokens[t], name[n]) {
            t += 1;
            n += 1;
        } else if let Some((star_t, star_n)) = star {
            t = star_t + 1;
            n = star_n + 1;
            star = Some((star_t, star_n + 1));
        } else {
            return false;
        }
    }
    tokens[t..].iter().all(|token| matches!(token, Token::Star))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_table() {
        let text = r#"
[project]
name = "x"

[tool.pysunset]
target = "py313"
select = ["SUN001", "unittest-alias"]
ignore = []
exclude = ["build/", "tests/data/**"]
"#;
        let config = Config::from_pyproject(text).unwrap().unwrap();
        assert_eq!(config.target, Some(PythonVersion::new(13)));
        assert_eq!(config.select, Some(vec![Rule::RemovedModule, Rule::UnittestAlias]));
        assert_eq!(config.ignore, Some(vec![]));
        assert_eq!(config.exclude, vec!["build/", "tests/data/**"]);
        assert_eq!(Config::from_pyproject("[tool.pysunset]\n").unwrap(), Some(Config::default()));
    }

    #[test]
    fn errors_say_the_line() {
        let error =
            Config::from_pyproject("[tool.pysunset]\ntarget = \"3.13\"\n\nselect = [\"SUN001\", \"X\"]\n")
                .unwrap_err();
        assert_eq!(error.line, Some(4));
        assert_eq!(error.key.as_deref(), Some("select"));
        assert_eq!(Config::from_pyproject("a = 1\nb = [\n").unwrap_err().line, Some(2));
    }

    #[test]
    fn no_table_is_no_config() {
        assert_eq!(Config::from_pyproject("").unwrap(), None);
        assert_eq!(Config::from_pyproject("[tool.ruff]\nline-length = 99\n").unwrap(), None);
    }

    #[test]
    fn errors_name_the_key_and_what_is_allowed() {
        for (text, expected) in [
            (
                "[tool.pysunset]\ntargt = \"3.12\"\n",
                "[tool.pysunset] `targt`: unknown key: the keys are target, select, ignore, exclude",
            ),
            (
                "[tool.pysunset]\ntarget = \"3.9\"\n",
                "[tool.pysunset] `target`: invalid target version `3.9`: expected one of 3.12,",
            ),
            (
                "[tool.pysunset]\ntarget = 3.12\n",
                "[tool.pysunset] `target`: expected a version string such as \"3.13\", not float",
            ),
            (
                "[tool.pysunset]\nselect = \"SUN001\"\n",
                "[tool.pysunset] `select`: expected a list of rule codes or names",
            ),
            (
                "[tool.pysunset]\nignore = [\"E501\"]\n",
                "[tool.pysunset] `ignore`: unknown rule `E501`: expected one of SUN001,",
            ),
            (
                "[tool.pysunset]\nexclude = [1]\n",
                "[tool.pysunset] `exclude`: expected a list of glob patterns, found a integer",
            ),
            (
                "[tool.pysunset]\nexclude = [\"!keep.py\"]\n",
                "[tool.pysunset] `exclude`: `!keep.py`: negated patterns",
            ),
            ("[tool]\npysunset = 1\n", "[tool.pysunset] must be a table"),
            ("[tool.pysunset\n", "invalid TOML: "),
            (
                "[tool.pysunset]\ntarget = \"3.13\"\n\nselect = [\"SUN001\", \"X\"]\n",
                "[tool.pysunset] `select`: unknown rule `X`",
            ),
        ] {
            let message = Config::from_pyproject(text).unwrap_err().to_string();
            assert!(message.starts_with(expected), "{text}: {message}");
            assert!(message.ends_with(')'), "errors say the line: {message}");
        }
    }

    #[test]
    fn names_match_at_any_depth_and_paths_from_the_root() {
        let patterns = ["build", "*_pb2.py", "tests/data", "/docs/", "src/**/gen", "legacy/[a-c]?.py"];
        for (path, excluded) in [
            ("build/lib/a.py", true),
            ("pkg/build/a.py", true),
            ("builder/a.py", false),
            ("api/messages_pb2.py", true),
            ("messages_pb2.pyi", false),
            ("tests/data/x/y.py", true),
            ("tests/database.py", false),
            ("other/tests/data/y.py", false),
            ("docs/conf.py", true),
            ("src/a/b/gen/x.py", true),
            ("src/gen/x.py", true),
            ("src/general.py", false),
            ("legacy/b1.py", true),
            ("legacy/d1.py", false),
            ("./build\\win.py", true),
            ("app/main.py", false),
            ("", false),
        ] {
            assert_eq!(is_excluded(path, &patterns), excluded, "{path}");
        }
    }

    #[test]
    fn name_patterns() {
        assert!(matches_name("*.py", "a.py"));
        assert!(matches_name("a*b*c", "aXbYbZc"));
        assert!(!matches_name("a*b*c", "aXbYbZ"));
        assert!(matches_name("[!a]?", "bc"));
        assert!(!matches_name("[!a]?", "ac"));
        assert!(matches_name("x[", "x["));
        assert!(matches_name("\\*", "*"));
        assert!(!matches_name("\\*", "a"));
    }

    #[test]
    fn search_directories_walk_up() {
        assert_eq!(search_directories("a/b/c.py", false), vec!["a/b", "a", ""]);
        assert_eq!(search_directories("a/b", true), vec!["a/b", "a", ""]);
        assert_eq!(search_directories("/p/x.py", false), vec!["/p", "/"]);
        assert_eq!(search_directories("x.py", false), vec![""]);
    }
}
