//! Whether a `with` statement may enter an instance of some classes: a second, rarer pass of
//! the prefilter, run only on files that spell one of the classes and the word `with`.
//!
//! The rules see an instance where the resolver can follow it: a call of the class (or of a
//! method that makes one), or a name bound to such a value, an item of it, or what a `with`
//! entered (`p = Path(x)`, `for p in paths:`, `with Path(x) as p:`). Lexically that is: the
//! own words of some `with` item (outside the brackets of its calls) include a class name, or a
//! name that a binding statement binds from a value whose own words do, followed through any
//! number of bindings. Scopes are ignored, so the answer errs on the side of "may".

use super::lexer::{blanks_end, is_lone_equals, is_string_prefix, is_word_start, next_significant, word_end};
use std::collections::{HashMap, HashSet};

/// A statement that binds names: the words it binds and the words of the value it binds them from.
struct Binding<'b> {
    targets: Vec<&'b [u8]>,
    values: Vec<&'b [u8]>,
}

/// One logical statement being read.
#[derive(Default)]
struct Statement<'b> {
    words: Vec<&'b [u8]>,
    /// For each word: whether it is the value's own (outside the brackets of calls, as
    /// `Path` in `p = Path(x) / y`, unlike `x`), and, before the first split, whether it is
    /// a target's own (not followed by a dot, as `p` in `self.p = ...`).
    own: Vec<bool>,
    /// The bracket depth of the value's own words: 1 when the value is in parentheses.
    value_depth: usize,
    /// In a `with` header: the words outside the brackets of its items (the managers' own
    /// names, not their arguments: `Path` and `p` in `with Path(x) / y as p`).
    managers: Vec<&'b [u8]>,
    /// The bracket depth of a `with` header's items: 1 when the items are in parentheses.
    items_depth: Option<usize>,
    /// Where the current `with` item's words start in `managers`.
    item_start: usize,
    /// `with m as t`: what `t` is bound from is `m`'s own words, not its arguments'.
    entered: Vec<Binding<'b>>,
    /// Indexes into `words` where a lone `=` (or the `in` of a `for`) split the statement.
    splits: Vec<usize>,
    /// Words right after `as` or before `:=`: targets wherever they are.
    named: Vec<&'b [u8]>,
    is_with: bool,
    /// Where a `with` statement's keyword starts.
    with_at: usize,
    is_for: bool,
    /// After `def`: the next word names a function.
    def_next: bool,
    /// The function a `def` statement defines.
    def_name: Option<&'b [u8]>,
    /// Where a `return`'s value starts in `words`.
    returns_from: Option<usize>,
}

/// What the file's functions may return: the names `def` gives, and the own words of every
/// `return` statement's value (`make` in `def make(): return Path(x)`, then `with make():`).
/// Which function a `return` is in is not told: each name is bound from every value.
#[derive(Default)]
struct Functions<'b> {
    names: Vec<&'b [u8]>,
    returned: Vec<&'b [u8]>,
}

impl<'b> Statement<'b> {
    fn finish(
        &mut self,
        bindings: &mut Vec<Binding<'b>>,
        headers: &mut Vec<Header<'b>>,
        functions: &mut Functions<'b>,
    ) {
        let mut words = std::mem::take(&mut self.words);
        functions.names.extend(self.def_name);
        if let Some(from) = self.returns_from {
            let own = (from..words.len()).filter(|&index| self.own[index]).map(|index| words[index]);
            functions.returned.extend(own);
        }
        if self.is_with {
            headers.push((self.with_at, std::mem::take(&mut self.managers)));
        }
        if let (Some(&first), Some(&last)) = (self.splits.first(), self.splits.last()) {
            let own = |range: std::ops::Range<usize>| -> Vec<&'b [u8]> {
                range.filter(|&index| self.own[index]).map(|index| words[index]).collect()
            };
            bindings.push(Binding { targets: own(0..last), values: own(first..words.len()) });
        }
        bindings.append(&mut self.entered);
        if !self.named.is_empty() {
            bindings.push(Binding { targets: std::mem::take(&mut self.named), values: words });
            words = Vec::new();
        }
        // The next statement starts empty, in the vectors' room (a file has a statement a line).
        fn cleared<T>(vector: &mut Vec<T>) -> Vec<T> {
            let mut vector = std::mem::take(vector);
            vector.clear();
            vector
        }
        words.clear();
        *self = Statement {
            words,
            own: cleared(&mut self.own),
            managers: cleared(&mut self.managers),
            entered: std::mem::take(&mut self.entered),
            splits: cleared(&mut self.splits),
            ..Statement::default()
        };
    }

    /// A lone `=` or the `in` of a `for` ends before `at`: what follows is a value.
    fn split(&mut self, bytes: &[u8], at: usize) {
        if self.splits.is_empty() {
            let opens = next_significant(bytes, at, 0).is_some_and(|(_, next)| next == b'(');
            self.value_depth = usize::from(opens);
        }
        self.splits.push(self.words.len());
    }
}

/// A `with` statement's header: where its keyword starts, and its managers' own words.
type Header<'b> = (usize, Vec<&'b [u8]>);

/// Where the `with` statements of `bytes` that may enter an instance of one of `classes` (the
/// class names as spelled in code: `Path`, `PosixPath`, ...) start (their keyword), in order:
/// a statement of the file is worth parsing for such an entry only when it holds one.
pub(super) fn entering(bytes: &[u8], classes: &[&str]) -> Vec<usize> {
    let mut bindings: Vec<Binding> = Vec::new();
    let mut headers: Vec<Header> = Vec::new();
    let mut functions = Functions::default();
    let mut statement = Statement::default();
    let mut depth = 0usize;
    let mut name_next = false;
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        match byte {
            b'\n' => {
                at += 1;
                if depth == 0 {
                    statement.finish(&mut bindings, &mut headers, &mut functions);
                }
            }
            b'\\' => at += 2,
            b'#' => at = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |end| at + end),
            // Blanks mean nothing here (as any other byte the arms below do not name).
            b' ' | b'\t' | b'\r' | b'\x0c' => at = blanks_end(bytes, at),
            b'\'' | b'"' => at = crate::syntax::string_literal_end(bytes, at),
            _ if is_word_start(byte) => {
                let start = at;
                at = word_end(bytes, at);
                let word = &bytes[start..at];
                if matches!(bytes.get(at), Some(b'\'' | b'"')) && is_string_prefix(word) {
                    continue;
                }
                statement.word(bytes, at, depth, word, &mut name_next);
            }
            _ => {
                at += 1;
                match byte {
                    b'(' | b'[' | b'{' => depth += 1,
                    b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                    b';' if depth == 0 => statement.finish(&mut bindings, &mut headers, &mut functions),
                    b',' if statement.items_depth == Some(depth) => {
                        statement.item_start = statement.managers.len()
                    }
                    b':' if bytes.get(at) == Some(&b'=') => {
                        if let Some(&word) = statement.words.last() {
                            statement.named.push(word);
                        }
                    }
                    // The end of a compound statement's header: its body may follow on the line.
                    b':' if depth == 0 && (statement.is_with || statement.is_for) => {
                        statement.finish(&mut bindings, &mut headers, &mut functions)
                    }
                    b'=' => {
                        let lone = is_lone_equals(bytes, at - 1);
                        if lone && depth == 0 {
                            statement.split(bytes, at);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    statement.finish(&mut bindings, &mut headers, &mut functions);
    // Whether the file may enter an instance at all is told without what its functions return
    // (as it always was: following them let more files of CPython's Lib through, none with a
    // finding); which of its `with` statements may then is told with them, so that a statement
    // entering what a function of the file makes is parsed as it was before statements were
    // told apart.
    let entering = enters_an_instance(&bindings, &headers, classes);
    if entering.is_empty() || functions.names.is_empty() || functions.returned.is_empty() {
        return entering;
    }
    bindings.push(Binding { targets: functions.names, values: functions.returned });
    enters_an_instance(&bindings, &headers, classes)
}

impl<'b> Statement<'b> {
    /// A word of the statement at `at` (just past it), `depth` brackets deep; `name_next` after
    /// an `as`.
    fn word(&mut self, bytes: &'b [u8], at: usize, depth: usize, word: &'b [u8], name_next: &mut bool) {
        let first = self.words.is_empty() && self.splits.is_empty();
        match word {
            b"with" if first || self.words == [&b"async"[..]] => {
                self.words.clear();
                self.own.clear();
                self.is_with = true;
                self.with_at = at - word.len();
                let opens = next_significant(bytes, at, 0).is_some_and(|(_, next)| next == b'(');
                self.items_depth = Some(usize::from(opens));
            }
            b"for" if first => self.is_for = true,
            b"def" if first || self.words == [&b"async"[..]] => self.def_next = true,
            b"return" if depth == 0 => self.returns_from = Some(self.words.len()),
            b"in" if self.is_for && depth == 0 && self.splits.is_empty() => {
                self.split(bytes, at);
            }
            b"as" => *name_next = true,
            _ => {
                if std::mem::take(&mut self.def_next) {
                    self.def_name = Some(word);
                }
                let named = std::mem::take(name_next);
                if named && self.is_with {
                    let values = self.managers[self.item_start.min(self.managers.len())..].to_vec();
                    self.entered.push(Binding { targets: vec![word], values });
                } else if named {
                    self.named.push(word);
                }
                if !named && self.items_depth == Some(depth) {
                    self.managers.push(word);
                }
                let own = if self.splits.is_empty() {
                    depth == 0 && next_significant(bytes, at, depth).is_none_or(|(_, next)| next != b'.')
                } else {
                    depth == self.value_depth
                };
                self.words.push(word);
                self.own.push(own);
            }
        }
    }
}

/// Where the `with` headers of `headers` that name an instance of one of `classes` start,
/// following the bindings from the class names: each name is looked at once, so a long chain
/// of assignments costs its length, not its square.
fn enters_an_instance(bindings: &[Binding<'_>], headers: &[Header<'_>], classes: &[&str]) -> Vec<usize> {
    let mut bound_from: HashMap<&[u8], Vec<usize>> = HashMap::new();
    for (index, binding) in bindings.iter().enumerate() {
        for value in &binding.values {
            bound_from.entry(value).or_default().push(index);
        }
    }
    let mut instances: HashSet<&[u8]> = classes.iter().map(|class| class.as_bytes()).collect();
    let mut pending: Vec<&[u8]> = instances.iter().copied().collect();
    while let Some(name) = pending.pop() {
        for &index in bound_from.get(name).into_iter().flatten() {
            for &target in &bindings[index].targets {
                if instances.insert(target) {
                    pending.push(target);
                }
            }
        }
    }
    headers
        .iter()
        .filter(|(_, managers)| managers.iter().any(|word| instances.contains(word)))
        .map(|&(at, _)| at)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::entering;

    fn enters(source: &str) -> bool {
        !entering(source.as_bytes(), &["Path", "PosixPath"]).is_empty()
    }

    /// In a file where some `with` statement may enter an instance, so may one that enters what
    /// a function of the file returns (which function is not told); alone, it is not looked
    /// for (the file-level test is as it was).
    #[test]
    fn what_functions_return_counts_once_a_with_statement_may_enter() {
        let lexical = "\nwith Path(z): pass\n";
        for (source, found) in [
            ("def make():\n    return Path(x)\n\nwith make() as m: pass\n", 1),
            ("class C:\n    async def make(self):\n        if x:\n            return Path(x).parent\n    def f(self):\n        with self.make(): pass\n", 1),
            ("def make(): return Path(x)\nwith make(): pass\n", 1),
            ("def make():\n    return open(x)\n\nwith make() as m: Path(m)\n", 0),
        ] {
            assert!(entering(source.as_bytes(), &["Path"]).is_empty(), "{source:?}");
            let both = format!("{source}{lexical}");
            assert_eq!(entering(both.as_bytes(), &["Path"]).len(), found + 1, "{both:?}");
        }
    }

    /// The `with` statements that may enter an instance are told apart from the others of the
    /// same file, by where their keyword starts.
    #[test]
    fn the_with_statements_that_may_enter_are_found_by_their_start() {
        let source = "p = Path(x)\ndef f():\n    with lock:\n        pass\n    async with p: pass\nwith open(p) as f, q: pass\nwith (\n  Path(y) as r,\n): pass\n";
        let starts: Vec<&str> =
            entering(source.as_bytes(), &["Path"]).into_iter().map(|at| &source[at..at + 10]).collect();
        assert_eq!(starts, ["with p: pa", "with (\n  P"]);
    }

    #[test]
    fn with_statements_that_may_enter_an_instance() {
        for source in [
            "with Path(x) as p:\n    pass\n",
            "with pathlib.Path.cwd() / 'out', open(f) as g: pass\n",
            "async with Path(x):\n    pass\n",
            "p = Path(x)\nwith p:\n    pass\n",
            "def f():\n    with p: pass\np = q = PosixPath(x)\n",
            "for p in Path(a).parents:\n    with p:\n        pass\n",
            "with Path(x) as p:\n    with p: pass\n",
            "if (p := Path(x)):\n    with p: pass\n",
            "from pathlib import Path as P\nwith P(x): pass\n",
            "with (\n    Path(a) as p,\n):\n    pass\n",
            "self.p = Path(x)\nwith self.p: pass\n",
            "p = (Path(x)\n    / 'y')\nwith p: pass\n",
        ] {
            assert!(enters(source), "{source:?}");
        }
    }

    /// Blanks of every kind are stepped over a run at a time, and a comment to its line's end:
    /// the words and statements read are those a byte at a time gave.
    #[test]
    fn blanks_and_comments_between_words() {
        let source = "p\t=\x0c Path(x)  # with q:\r\nwith \t p:\r\n    pass\n  \t\nwith q: pass # p\n";
        let starts: Vec<&str> =
            entering(source.as_bytes(), &["Path"]).into_iter().map(|at| &source[at..at + 6]).collect();
        assert_eq!(starts, ["with \t"]);
        assert!(!enters("q = 1  # p = Path(x)\nwith\tq: pass\n"));
        assert!(enters("q = 1  # p\n\x0cq = Path(x)\nwith\tq: pass\n"));
    }

    #[test]
    fn with_statements_that_cannot() {
        for source in [
            "p = Path(x)\nwith open(p) as f:\n    pass\n",
            "with open(f) as g:\n    p = Path(g.read())\n",
            "p = Path(x)\nwith open(p) as f:\n    with f: pass\n",
            "x = 'with Path(x):'\n# with Path(x):\n",
            "p = Path(x)\nwith lock: print(p)\n",
            "f = open(Path(x))\nwith f: pass\n",
            // The engine does not follow list items either.
            "paths = [Path(a), Path(b)]\nfor p in paths:\n    with p:\n        pass\n",
            "self.p = Path(x)\nwith self.lock: pass\n",
            "if p == Path(x):\n    with q: pass\n",
        ] {
            assert!(!enters(source), "{source:?}");
        }
    }
}
