//! A quick look at a file's text for the import statements that may name other modules of the
//! project (`from ... import ...`, and plain `import a.b as c`), without parsing: every file of
//! a directory run gets it, so it reads only around each `import` word.
//!
//! It may see more than there is (an import spelled in a docstring): that only makes the index
//! read a module it did not need; what a file's names are bound to is decided by the semantic
//! model over the parsed file.

use crate::prefilter::is_word_byte;

/// An import statement as spelled: `from ... import ...`, or a plain `import M as c` /
/// `import M` of one module (`plain` set; an `import a, b` is one of these for each module).
/// Serialised when a worker thread of the npm CLI looks at a file for the main thread's index.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FromImport {
    /// How many leading dots (0 for an absolute import).
    pub level: usize,
    /// The dotted module name after the dots (empty in `from . import x`).
    pub module: String,
    /// The names imported, each with the name it is bound to (`(a, b)` for `a as b`).
    pub names: Vec<(String, String)>,
    /// `from m import *`.
    pub star: bool,
    /// The byte offset of its `import` word in the text.
    pub at: usize,
    /// For the imported names that are modules themselves (`from . import compat`), the
    /// attributes the file reads of the name each is bound to (`compat.configparser`):
    /// `(name, attributes)`; for a plain import, one entry: `(the name it is read by,
    /// attributes)`. Filled by the project index, which knows which names are modules.
    pub attributes: Vec<(String, Vec<String>)>,
    /// For a plain import of `module` (level 0, no `names`): the name the file reads it by,
    /// `c` in `import a.b as c`, the dotted name itself in `import a.b` (which binds `a`, and
    /// the file reads `a.b.x`). `None` for a `from` import.
    pub plain: Option<String>,
    /// For a `from` import of names from a module of the run: the member words the file spells
    /// ([`super::classes::member_words`]), which decide whether a class it imports is worth
    /// parsing. Filled by the project index.
    #[serde(default, deserialize_with = "super::classes::deserialize_member_words")]
    pub members: Vec<&'static str>,
}

impl FromImport {
    /// The module as the semantic model spells it (`..compat`, `.`, `mypkg.compat`).
    pub fn spelled(&self) -> String {
        format!("{}{}", ".".repeat(self.level), self.module)
    }
}

/// The `from` imports of `text`, in order.
pub fn from_imports(text: &str) -> Vec<FromImport> {
    from_imports_where(text, |_, _| true)
}

/// The `from` imports of `text` whose level and module (after the dots) `keep` accepts, in
/// order: the others' names are not read.
pub fn from_imports_where(text: &str, keep: impl Fn(usize, &str) -> bool) -> Vec<FromImport> {
    imports_in(text, keep, false)
}

/// The imports of `text` whose level and module `keep` accepts, in order: its `from` imports
/// (as [`from_imports_where`]) and its plain imports (`import a.b as c`: one for each module,
/// at level 0). A plain import is read where `import` starts its line.
pub fn imports_where(text: &str, keep: impl Fn(usize, &str) -> bool) -> Vec<FromImport> {
    imports_in(text, keep, true)
}

/// The imports of `text` `keep` accepts, the plain ones too when `plain` is set.
fn imports_in(text: &str, keep: impl Fn(usize, &str) -> bool, plain: bool) -> Vec<FromImport> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for at in memchr::memmem::find_iter(bytes, "import") {
        let end = at + "import".len();
        if (at > 0 && is_word_byte(bytes[at - 1])) || bytes.get(end).is_some_and(|&b| is_word_byte(b)) {
            continue;
        }
        let line_start = text[..at].rfind('\n').map_or(0, |newline| newline + 1);
        let before = &text[line_start..at];
        if before.bytes().all(|byte| byte == b' ' || byte == b'\t') {
            if plain {
                plain_imports(&text[end..], at, &keep, &mut found);
            }
            continue;
        }
        let Some(import) = statement(before).filter(|import| keep(import.level, &import.module)) else {
            continue;
        };
        let (names, star) = imported_names(&text[end..]);
        if star || !names.is_empty() {
            found.push(FromImport { names, star, at, ..import });
        }
    }
    found
}

/// Whether `text` may bind `name` at module level in a way another module can import: as a
/// name an import statement binds (`import name`, `import a as name`, `from m import x as
/// name`), or as the target of a plain assignment at the start of a line (`name = ...`, not
/// `name == ...`; not `name = 1` at the start of a line: a literal outside any block). A quick
/// look: it may say yes for a name the module does not export.
pub fn may_bind(text: &str, name: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, name).any(|at| {
        let end = at + name.len();
        if (at > 0 && is_word_byte(bytes[at - 1])) || bytes.get(end).is_some_and(|&b| is_word_byte(b)) {
            return false;
        }
        let line_start = text[..at].rfind('\n').map_or(0, |newline| newline + 1);
        let before = text[line_start..at].trim();
        let after = text[end..].trim_start_matches([' ', '\t']);
        let assigned = before.is_empty()
            && after.starts_with('=')
            && !after.starts_with("==")
            // A literal assigned outside any block binds nothing an importer can follow (a
            // flag is set in the `try` around its import).
            && !(line_start == at && is_literal(after[1..].trim_start_matches([' ', '\t'])));
        // On an import's line, or in the parenthesised names of one (the line holds only names).
        let imported =
            before.starts_with("from ") || before.starts_with("import") || before.contains(" import");
        let listed = (before.is_empty() || before.ends_with(" as"))
            && after.starts_with([',', ')', '\n', '\r', '#'])
            && text[..line_start]
                .rfind("import")
                .is_some_and(|import| !text[import..line_start].contains(')'));
        assigned || imported || listed
    })
}

/// Whether `text` has a top-level `class name` statement (what its instances and subclasses
/// inherit may matter to an importer).
pub fn defines_class(text: &str, name: &str) -> bool {
    let bytes = text.as_bytes();
    let statement = format!("class {name}");
    memchr::memmem::find_iter(bytes, statement.as_bytes()).any(|at| {
        (at == 0 || bytes[at - 1] == b'\n')
            && bytes.get(at + statement.len()).is_none_or(|&byte| matches!(byte, b'(' | b':' | b' '))
    })
}

/// Whether `text` has a top-level `def name(` statement whose text (to the next line that
/// starts in its first column) spells `isinstance(`: a function that may narrow like it.
pub fn defines_isinstance_test(text: &str, name: &str) -> bool {
    let statement = format!("def {name}(");
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, statement.as_bytes()).any(|at| {
        if at > 0 && bytes[at - 1] != b'\n' {
            return false;
        }
        let mut end = bytes.len();
        for newline in memchr::memchr_iter(b'\n', &bytes[at..]) {
            let next = at + newline + 1;
            if bytes
                .get(next)
                .is_some_and(|&byte| !matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b'#' | b')'))
            {
                end = next;
                break;
            }
        }
        text[at..end].contains("isinstance(")
    })
}

/// The names of the top-level `class name` statements of `text`, as [`defines_class`] finds
/// them, in order.
pub fn class_names(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, b"class ")
        .filter(|&at| at == 0 || bytes[at - 1] == b'\n')
        .filter_map(|at| {
            let start = at + "class ".len();
            let end = start + bytes[start..].iter().take_while(|&&byte| is_word_byte(byte)).count();
            let name = text.get(start..end).filter(|name| !name.is_empty())?;
            bytes.get(end).is_none_or(|&byte| matches!(byte, b'(' | b':' | b' ')).then(|| name.to_string())
        })
        .collect()
}

/// The first names of the bases of the top-level `class name(...)` statements of `text`
/// (`base` of `base.TestCase`; keywords such as `metaclass=M` left out), as spelled up to the
/// first `)`. A quick look: a base spelled with brackets or calls may be cut.
pub fn class_base_names<'t>(text: &'t str, name: &str) -> Vec<&'t str> {
    let bytes = text.as_bytes();
    let statement = format!("class {name}(");
    let mut names = Vec::new();
    for at in memchr::memmem::find_iter(bytes, statement.as_bytes()) {
        if at > 0 && bytes[at - 1] != b'\n' {
            continue;
        }
        let start = at + statement.len();
        let end = start + memchr::memchr(b')', &bytes[start..]).unwrap_or(bytes.len() - start);
        for base in text[start..end].split(',') {
            let base = base.trim_start();
            let first = &base[..base.bytes().take_while(|&byte| is_word_byte(byte)).count()];
            let keyword = base[first.len()..].trim_start().starts_with('=');
            if !first.is_empty() && !keyword && !names.contains(&first) {
                names.push(first);
            }
        }
    }
    names
}

/// Whether an assigned value (the text after `=`) starts as a literal: a number, a string, a
/// bracket, a minus sign, `True`, `False` or `None`. Such a value is no module, name or flag
/// an importer can follow, whatever comes after it (`1 + x`).
fn is_literal(value: &str) -> bool {
    let bytes = value.as_bytes();
    match bytes.first() {
        Some(b'0'..=b'9' | b'"' | b'\'' | b'[' | b'{' | b'(' | b'-') => true,
        _ => ["True", "False", "None"].iter().any(|word| {
            value.strip_prefix(word).is_some_and(|rest| rest.bytes().next().is_none_or(|b| !is_word_byte(b)))
        }),
    }
}

/// The attributes `text` reads of `name` (`name.attribute`, not `x.name.attribute`), each once,
/// in order of first appearance. A quick look: it may see one in a string or a comment.
pub fn attributes_of(text: &str, name: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut found: Vec<String> = Vec::new();
    for at in memchr::memmem::find_iter(bytes, name) {
        let end = at + name.len();
        if at > 0 && (is_word_byte(bytes[at - 1]) || bytes[at - 1] == b'.') {
            continue;
        }
        let Some(rest) = text[end..].strip_prefix('.') else {
            continue;
        };
        let length = rest.bytes().take_while(|&byte| is_word_byte(byte)).count();
        let attribute = &rest[..length];
        let starts_well = attribute.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_');
        if starts_well && !found.iter().any(|seen| seen == attribute) {
            found.push(attribute.to_string());
        }
    }
    found
}

/// The names of a literal `__all__ = [...]` (or a tuple) at the start of a line: what a star
/// import of the module takes. `None` when there is none, or it is not a list of strings.
pub fn all_names(text: &str) -> Option<Vec<String>> {
    // memchr's search: in WebAssembly (no SIMD) the standard library's is several times slower.
    let at = memchr::memmem::find_iter(text.as_bytes(), "__all__")
        .find(|&at| at == 0 || text.as_bytes()[at - 1] == b'\n')?;
    let rest = text[at + "__all__".len()..].trim_start_matches([' ', '\t']);
    let rest = rest.strip_prefix('=')?.trim_start_matches([' ', '\t']);
    let close = match rest.as_bytes().first()? {
        b'[' => ']',
        b'(' => ')',
        _ => return None,
    };
    let inside = &rest[1..rest.find(close)?];
    let mut names = Vec::new();
    for item in
        inside.lines().map(|line| line.split('#').next().unwrap_or("")).flat_map(|line| line.split(','))
    {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        let name = item.strip_prefix(['"', '\'']).and_then(|item| item.strip_suffix(['"', '\'']))?;
        names.push(name.to_string());
    }
    Some(names)
}

/// The byte ranges of `text` that are not code: its comments and string literals (quotes
/// included; an unterminated one runs to the end of its line, or of the file for a
/// triple-quoted one), in order. A lexer's look, without a parse.
pub fn strings_and_comments(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'#' => {
                let end = bytes[at..].iter().position(|&byte| byte == b'\n').map_or(bytes.len(), |n| at + n);
                found.push(at..end);
                at = end;
            }
            quote @ (b'"' | b'\'') => {
                let start = at;
                let triple = bytes.get(at + 1) == Some(&quote) && bytes.get(at + 2) == Some(&quote);
                at += if triple { 3 } else { 1 };
                loop {
                    match bytes.get(at) {
                        None => break,
                        Some(b'\\') => at += 2,
                        Some(&byte) if byte == quote => {
                            if !triple {
                                at += 1;
                                break;
                            }
                            if bytes.get(at + 1) == Some(&quote) && bytes.get(at + 2) == Some(&quote) {
                                at += 3;
                                break;
                            }
                            at += 1;
                        }
                        Some(b'\n') if !triple => break,
                        Some(_) => at += 1,
                    }
                }
                at = at.min(bytes.len());
                found.push(start..at);
            }
            // A string's prefix (`r`, `b`, `f`) is read as code: it holds no `import`.
            _ => at += 1,
        }
    }
    found
}

/// Whether offset `at` lies in one of `ranges` (sorted, as [`strings_and_comments`] gives them).
pub fn is_within(ranges: &[std::ops::Range<usize>], at: usize) -> bool {
    let after = ranges.partition_point(|range| range.start <= at);
    after > 0 && ranges[after - 1].contains(&at)
}

/// `from <dots><module> ` (the text of the line before `import`), if that is what it is.
fn statement(before: &str) -> Option<FromImport> {
    let rest = before.trim_start().strip_prefix("from")?;
    if !rest.starts_with([' ', '\t', '.']) {
        return None;
    }
    let rest = rest.trim();
    let level = rest.len() - rest.trim_start_matches('.').len();
    let module: String = rest[level..].chars().filter(|c| !c.is_whitespace()).collect();
    let valid = module.is_empty() || module.split('.').all(is_identifier);
    (valid && (level > 0 || !module.is_empty())).then(|| FromImport {
        level,
        module,
        names: Vec::new(),
        star: false,
        at: 0,
        attributes: Vec::new(),
        plain: None,
        members: Vec::new(),
    })
}

/// The modules `keep` accepts of a plain import whose `import` word is at `at` and `after`
/// follows it (`import a.b as c, d`), each as a [`FromImport`] with `plain` set.
fn plain_imports(after: &str, at: usize, keep: &impl Fn(usize, &str) -> bool, found: &mut Vec<FromImport>) {
    let bytes = after.as_bytes();
    let mut end = 0;
    while end < bytes.len() && !matches!(bytes[end], b'\n' | b';' | b'#') {
        // A backslash continues the line.
        end += if bytes[end] == b'\\' { 2 } else { 1 };
    }
    for item in after[..end.min(after.len())].split(',') {
        let mut words = item.split(|c: char| c.is_whitespace() || c == '\\').filter(|word| !word.is_empty());
        let (module, alias) = match (words.next(), words.next(), words.next(), words.next()) {
            (Some(module), None, _, _) => (module, module),
            (Some(module), Some("as"), Some(alias), None) if is_identifier(alias) => (module, alias),
            _ => continue,
        };
        if module.split('.').all(is_identifier) && keep(0, module) {
            found.push(FromImport {
                level: 0,
                module: module.to_string(),
                names: Vec::new(),
                star: false,
                at,
                attributes: Vec::new(),
                plain: Some(alias.to_string()),
                members: Vec::new(),
            });
        }
    }
}

/// Whether `part` can be a name in a dotted module name.
fn is_identifier(part: &str) -> bool {
    part.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && part.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// The names after `import`: up to the closing parenthesis, or to the end of the logical line.
fn imported_names(after: &str) -> (Vec<(String, String)>, bool) {
    let trimmed = after.trim_start_matches([' ', '\t']);
    let list = if let Some(inside) = trimmed.strip_prefix('(') {
        &inside[..inside.find(')').unwrap_or(inside.len())]
    } else {
        let mut end = 0;
        let bytes = trimmed.as_bytes();
        while end < bytes.len() && !matches!(bytes[end], b'\n' | b';' | b'#') {
            // A backslash continues the line.
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        &trimmed[..end.min(trimmed.len())]
    };
    // Comments end at the line's end (inside parentheses, a list spans lines).
    let list: String =
        list.lines().map(|line| line.split('#').next().unwrap_or("")).collect::<Vec<_>>().join("\n");
    let mut names = Vec::new();
    let mut star = false;
    for item in list.split(',') {
        let words: Vec<&str> =
            item.split(|c: char| c.is_whitespace() || c == '\\').filter(|word| !word.is_empty()).collect();
        match words.as_slice() {
            ["*"] => star = true,
            [name] => names.push((name.to_string(), name.to_string())),
            [name, "as", alias] => names.push((name.to_string(), alias.to_string())),
            _ => {}
        }
    }
    names.retain(|(name, alias)| {
        [name, alias].iter().all(|word| word.chars().all(|c| c.is_alphanumeric() || c == '_'))
    });
    (names, star)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn class_names_are_the_top_level_class_statements() {
        let text = "class A(B):\n    class Inner:\n        pass\nclass C:\n    pass\nclassy = 1\nclass D.x\n";
        assert_eq!(class_names(text), vec!["A", "C"]);
        assert!(class_names(text).iter().all(|name| defines_class(text, name)));
    }

    #[test]
    fn from_imports_of_every_shape() {
        let text = "import os\nfrom .compat import configparser, urlparse as up\n\
            from ..a.b import (\n    x,  # a comment\n    y as z,\n)\nfrom ._compat import *\n\
            try:\n    from mypkg.compat import HAS_CRYPT\nexcept ImportError:\n    pass\n\
            from . import sibling\nfrom x import a; import b\nfrom y import c, \\\n    d\n\
            important = 1\nfromage import x\n";
        let found = from_imports(text);
        type Shown<'a> = (usize, &'a str, Vec<(String, String)>, bool);
        let shown: Vec<Shown> =
            found.iter().map(|i| (i.level, i.module.as_str(), i.names.clone(), i.star)).collect();
        assert_eq!(
            shown,
            vec![
                (1, "compat", names(&[("configparser", "configparser"), ("urlparse", "up")]), false),
                (2, "a.b", names(&[("x", "x"), ("y", "z")]), false),
                (1, "_compat", vec![], true),
                (0, "mypkg.compat", names(&[("HAS_CRYPT", "HAS_CRYPT")]), false),
                (1, "", names(&[("sibling", "sibling")]), false),
                (0, "x", names(&[("a", "a")]), false),
                (0, "y", names(&[("c", "c"), ("d", "d")]), false),
            ]
        );
        assert_eq!(found[1].spelled(), "..a.b");
    }

    #[test]
    fn plain_imports_of_every_shape() {
        let text = "import os\nimport pkg.compat as c, other\n    import pkg.compat\n\
            from x import a; import b\nx = 1  # import nope\nimport a as\n\"\"\"\nimport this and that\n\
            \"\"\"\nimport pkg.sub as s \\\n    , pkg.more  # import pkg.no\nimport pkg.bad-name\n";
        let plain = |found: Vec<FromImport>| -> Vec<(String, String)> {
            found.into_iter().filter_map(|import| Some((import.module, import.plain?))).collect()
        };
        assert_eq!(
            plain(imports_where(text, |_, _| true)),
            names(&[
                ("os", "os"),
                ("pkg.compat", "c"),
                ("other", "other"),
                ("pkg.compat", "pkg.compat"),
                ("pkg.sub", "s"),
                ("pkg.more", "pkg.more"),
            ])
        );
        assert_eq!(
            plain(imports_where(text, |_, module| module.starts_with("pkg."))),
            names(&[
                ("pkg.compat", "c"),
                ("pkg.compat", "pkg.compat"),
                ("pkg.sub", "s"),
                ("pkg.more", "pkg.more")
            ])
        );
        assert!(from_imports_where(text, |_, _| true).iter().all(|import| import.plain.is_none()));
        let import = &imports_where(text, |_, _| true)[1];
        assert_eq!((import.level, &text[import.at..import.at + 6], import.names.len()), (0, "import", 0));
    }

    #[test]
    fn strings_and_comments_are_told_from_code() {
        let text = "from .a import b  # from .c import d\nx = '''\nfrom .e import f\n'''\n\
            y = \"it's\" + 'say \\'no\\'' + r\"\\\"\"\nfrom .g import h\nz = 'open\nfrom .i import j\n";
        let ranges = strings_and_comments(text);
        let code: Vec<String> = from_imports(text)
            .into_iter()
            .filter(|import| !is_within(&ranges, import.at))
            .map(|import| import.spelled())
            .collect();
        assert_eq!(code, [".a", ".g", ".i"]);
        assert!(is_within(&ranges, text.find("'''").unwrap()));
        assert!(!is_within(&ranges, 0));
    }

    #[test]
    fn attributes_read_of_a_name() {
        let text = "from . import compat\ncompat.configparser.x()\nif compat.HAS:\n    pass\n\
            other.compat.no\nmycompat.no\ncompat.configparser\ncompat. 1\n";
        assert_eq!(attributes_of(text, "compat"), vec!["configparser".to_string(), "HAS".to_string()]);
        assert!(attributes_of(text, "other.compat").contains(&"no".to_string()));
        assert!(attributes_of("compat = 1\n", "compat").is_empty());
    }

    #[test]
    fn literal_all_lists() {
        let names = |text: &str| all_names(text).map(|names| names.join(" "));
        assert_eq!(names("x = 1\n__all__ = ['a', \"b\",  # c\n    'd']\n").as_deref(), Some("a b d"));
        assert_eq!(names("__all__ = ('a',)\n").as_deref(), Some("a"));
        assert_eq!(names("__all__ = a.__all__ + b.__all__\n"), None);
        assert_eq!(names("__all__ = [name for name in dir()]\n"), None);
        assert_eq!(names("    __all__ = ['a']\n"), None);
    }

    #[test]
    fn names_a_module_may_bind() {
        let text = "import configparser
import os.path as osp
from x import (
    a,
    b as flag,
)
try:
    HAS = True
except ImportError:
    HAS = False
if HAS == 1:
    pass
def helper():
    return configparser
Raw = configparser.RawConfigParser
VERSION = \"1.0\"
LIMIT = -1
NAMES = [Raw]
NOTHING = None
Late = None
Truth = True_value
if HAS:
    Late = configparser
";
        for name in ["configparser", "osp", "a", "flag", "HAS", "Raw", "Late", "Truth"] {
            assert!(may_bind(text, name), "{name}");
        }
        for name in ["helper", "b", "pass", "ImportError", "VERSION", "LIMIT", "NAMES", "NOTHING"] {
            assert!(!may_bind(text, name), "{name}");
        }
    }
}
