//! A lexical prefilter: decides from the raw text, without parsing, whether a file can contain
//! any finding at all. Most files of a real code base cannot, and parsing is the expensive part.
//!
//! A small Python tokenizer reads the file once (comments skipped, strings kept apart from code)
//! and notes where the words of the catalogue occur:
//! - as the first segment of a module path in an import statement (`import imp`, `from distutils.core import`);
//! - after a dot or in the names a `from` import takes (`iu.set_loader`, `from typing import io`);
//! - after `def` (a legacy hook method's definition);
//! - anywhere in code, or inside strings;
//! - as the callee of a call, with how its arguments start ([`calls`]), or as a keyword argument.
//!
//! Each entry says which of these its uses must show (a removed module must be imported, a
//! removed name must be reached after a dot or imported by name, ...). A file is parsed only when
//! some entry's evidence is all there, and then only the top-level statements that may hold a
//! use in the form its entry needs (plus module-level code); a class entered in `with` gets a
//! second look ([`with_statements`]). The rules never see a use the prefilter would have missed:
//! every fixture goes through it, and the real-world corpus checks the end result.

mod calls;
mod with_statements;

use crate::catalogue::{CallShape, Detection, Entry, ENTRIES};
use crate::stdlib::{self, Produces};
use crate::version::PythonVersion;
use calls::{CallSite, Calls, StringValue};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Where a word occurred.
#[derive(Clone, Copy, Default)]
struct Seen {
    /// The first segment of an absolute module path in an import statement.
    imported: bool,
    /// After a dot, or as a name a `from` import takes.
    member: bool,
    /// The name of a `def`.
    defined: bool,
    /// Any identifier in code.
    code: bool,
    /// A word inside a string.
    string: bool,
    /// A name a `from` import takes (`from locale import format`).
    imported_name: bool,
    /// After a dot that follows a module alias (`import typing as t; t.re`).
    after_alias: bool,
    /// The name of a keyword argument (`=` follows it inside brackets).
    keyword: bool,
    /// The first word after `~` (past opening brackets): `~True`, `~(not x)`.
    after_tilde: bool,
}

/// What the tokenizer noted about a file.
struct Evidence<'b> {
    /// The file.
    bytes: &'b [u8],
    /// Where each word occurred, by word id.
    seen: Vec<Seen>,
    /// Pairs of words seen as `first.second`.
    pairs: Pairs,
    /// Pairs of words seen as `from ....first import second` (absolute imports only).
    from_imports: Pairs,
    /// The calls of the words that [`CallShape`] entries call, in the order of their
    /// statements.
    calls: Vec<CallSite>,
}

impl Evidence<'_> {
    /// The calls in top-level statement `block`.
    fn calls_in(&self, block: usize) -> &[CallSite] {
        let start = self.calls.partition_point(|call| call.block < block);
        let end = self.calls.partition_point(|call| call.block <= block);
        &self.calls[start..end]
    }
}

/// Pairs of word ids seen as `first.second` in code.
type Pairs = std::collections::HashSet<(usize, usize), BuildFnv>;

/// The functions that import a module named by a string: their presence lets string words count.
const IMPORT_FUNCTION_WORDS: &[&str] = &["__import__", "import_module", "import_deprecated"];

/// Words that no use spells but that the rules read around a use: the modern import-hook
/// methods, hook registries, version checks. A definition that holds one is parsed too.
const CONTEXT_WORDS: &[&str] =
    &["TYPE_CHECKING", "exec_module", "find_spec", "hexversion", "meta_path", "path_hooks", "version_info"];

/// Stands for any float literal in code (a number with a point or an exponent): a pseudo-word
/// no identifier can spell.
const FLOAT_WORD: &str = "0.0";

/// Stands for a named SQL placeholder inside a string (`:name`, `@name`, `$name`): a
/// pseudo-word no identifier can spell.
const PLACEHOLDER_WORD: &str = ":name";

/// Words of the catalogue that are Python 3 keywords: no file can bind them.
const PYTHON_KEYWORDS: &[&str] = &["False", "None", "True", "not"];

/// Stands for the `~` operator in code: a pseudo-word no identifier can spell. The tokenizer
/// notes it, and the word after it ([`Seen::after_tilde`]); it knows no other operator.
const TILDE_WORD: &str = "~";

/// What each entry needs to have been seen.
enum Needs {
    /// A removed module: its root imported (and, for a submodule such as `tkinter.tix`, its
    /// name reached as a member), or named in a string with an import function in code.
    Module { root: usize, name: Option<usize> },
    /// A removed name: its root imported and its name spelled after its parent (`locale.format`),
    /// after a module alias, or taken by a `from` import (or both in strings with an import
    /// function in code).
    Name { root: usize, parent: usize, name: usize },
    /// A method of a class: its name defined (a class overriding it), or reached as a member in a
    /// file that imports a module its receivers can come from (the class's own, or one whose
    /// functions return such objects, as `sys.meta_path` holds finders).
    Method { name: usize, roots: Vec<usize> },
    /// A distinctive method or a test-case alias: its name after a dot or defined.
    AnyReceiver { name: usize },
    /// A method of a class called on an instance: its name after a dot in a file that imports
    /// one of `roots` (unlike [`Needs::Method`], a definition of the name is no evidence).
    Member { name: usize, roots: Vec<usize> },
    /// A method defined in a subclass: its name after `def` in a file that imports one of
    /// `roots` (the base class's module).
    Definition { name: usize, roots: Vec<usize> },
    /// A unary operator (only `~` is noted) followed by one of the `leading` words; `names`
    /// are those of them a file may bind itself (`isinstance`, not `True`).
    Operand { operator: usize, leading: Vec<usize>, names: Vec<usize> },
    /// Any of these: a call of a given shape needs one of its callables spelled as a name (a
    /// function or class) or reached as a method; a class entered in a `with` statement needs
    /// the class or one of its subclasses spelled as a name.
    AnyOf(Vec<Needs>),
    /// All of these: a literal argument's words besides the callable (`"u"` in
    /// `array.array("u")`), the `with` keyword besides the class entered.
    AllOf(Vec<Needs>),
    /// A word inside a string.
    InString { name: usize },
    /// A name read in code (not only in strings).
    InCode { name: usize },
    /// An environment variable: in a string or as a keyword.
    Variable { name: usize },
    /// A keyword parameter: one of the callables' names in code and one of the keywords as a
    /// keyword argument.
    Keyword { callables: Vec<usize>, keywords: Vec<usize> },
    /// A call of a given shape: `callables` met, and a call of one of `words` (the callables'
    /// last segments) whose arguments may have the shape (`named`: the ids of the words the
    /// shape names, see [`CallSite::may_have`]).
    Called { callables: Box<Needs>, words: Vec<usize>, shape: CallShape, named: Vec<usize> },
    /// A class entered in a `with` statement: `spelled` met, and a `with` header that may enter
    /// an instance of one of `classes` (see [`with_statements`]).
    Entered { spelled: Box<Needs>, classes: Vec<&'static str> },
}

/// A catalogue or context word in a top-level statement, and how it was spelled there.
#[derive(Clone, Copy, Debug)]
struct Mention {
    id: usize,
    /// [`Mention::MEMBER`] and the other flags.
    form: u8,
    /// The word before the dot, when the word came after one (a word id).
    parent: Option<usize>,
}

impl Mention {
    /// After a dot.
    const MEMBER: u8 = 1;
    /// After a dot that follows a module alias.
    const AFTER_ALIAS: u8 = 2;
    /// The name of a `def`.
    const DEFINED: u8 = 4;
    /// A name a `from` import takes.
    const IMPORTED: u8 = 8;
    /// Inside a string.
    const STRING: u8 = 16;
    /// The name of a keyword argument.
    const KEYWORD: u8 = 32;

    fn is(self, flags: u8) -> bool {
        self.form & flags != 0
    }
}

impl Needs {
    /// Whether a statement with these mentions may hold a use (in a file whose evidence meets
    /// these needs): a removed name spelled after its parent or an alias or as imported from
    /// its module, a method reached after a dot or defined, a keyword passed as one, a call
    /// that may have the shape, any other use word anywhere.
    fn mentioned_in(&self, block: usize, mentions: &[Mention], evidence: &Evidence<'_>) -> bool {
        match *self {
            Needs::Name { parent, name, .. } => mentions.iter().any(|mention| {
                mention.id == name
                    && (mention.parent == Some(parent)
                        || mention.is(Mention::AFTER_ALIAS | Mention::IMPORTED | Mention::STRING)
                        || (!mention.is(Mention::MEMBER) && evidence.from_imports.contains(&(parent, name))))
            }),
            Needs::Method { name, .. } | Needs::AnyReceiver { name } | Needs::Member { name, .. } => mentions
                .iter()
                .any(|mention| mention.id == name && mention.is(Mention::MEMBER | Mention::DEFINED)),
            Needs::Keyword { ref keywords, .. } => {
                mentions.iter().any(|mention| keywords.contains(&mention.id) && mention.is(Mention::KEYWORD))
            }
            Needs::AnyOf(ref inner) | Needs::AllOf(ref inner) => {
                inner.iter().any(|needs| needs.mentioned_in(block, mentions, evidence))
            }
            // The statement must hold a call that may have the shape.
            Needs::Called { words: ref called, shape, ref named, .. } => evidence
                .calls_in(block)
                .iter()
                .any(|call| called.contains(&call.callable) && call.may_have(shape, named)),
            Needs::Entered { ref spelled, .. } => spelled.mentioned_in(block, mentions, evidence),
            Needs::Module { root, name } => {
                let spelled = name.unwrap_or(root);
                mentions.iter().any(|mention| mention.id == spelled)
            }
            Needs::Definition { name, .. }
            | Needs::Variable { name }
            | Needs::InCode { name }
            | Needs::InString { name } => mentions.iter().any(|mention| mention.id == name),
            // The operator, or a name it is applied to that the statement may bind.
            Needs::Operand { operator, ref names, .. } => {
                mentions.iter().any(|mention| mention.id == operator || names.contains(&mention.id))
            }
        }
    }

    /// Calls `visit` on these needs and every needs inside them.
    fn visit(&self, visit: &mut impl FnMut(&Needs)) {
        visit(self);
        match self {
            Needs::AnyOf(inner) | Needs::AllOf(inner) => inner.iter().for_each(|needs| needs.visit(visit)),
            Needs::Called { callables, .. } => callables.visit(visit),
            Needs::Entered { spelled, .. } => spelled.visit(visit),
            _ => {}
        }
    }
}

struct Words {
    ids: HashMap<&'static [u8], usize, BuildFnv>,
    /// For each first byte, a bit per word length (below 64) that some word has: a cheap test
    /// that rejects almost every identifier before hashing it.
    shapes: [u64; 256],
    import_functions: Vec<usize>,
    context: Vec<usize>,
    /// By word id: whether some [`CallShape`] entry calls the word (its calls are recorded).
    called: Vec<bool>,
    needs: Vec<Needs>,
    shortest: usize,
    longest: usize,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut ids: HashMap<&'static [u8], usize, BuildFnv> = HashMap::default();
        let mut id = |word: &'static str| {
            let next = ids.len();
            *ids.entry(word.as_bytes()).or_insert(next)
        };
        let import_functions = IMPORT_FUNCTION_WORDS.iter().map(|word| id(word)).collect();
        let context = CONTEXT_WORDS.iter().map(|word| id(word)).collect();
        let needs: Vec<Needs> = ENTRIES
            .iter()
            .map(|entry: &Entry| {
                let root = entry.symbol.split('.').next().unwrap_or(entry.symbol);
                match entry.detection {
                    Detection::Import => Needs::Module {
                        root: id(root),
                        name: (root != entry.symbol).then(|| id(entry.name())),
                    },
                    Detection::Name => {
                        let parent = entry.symbol.rsplit('.').nth(1).unwrap_or(root);
                        Needs::Name { root: id(root), parent: id(parent), name: id(entry.name()) }
                    }
                    Detection::Method | Detection::HookMethod(_) => {
                        let name = id(entry.name());
                        let roots = receiver_roots(entry).into_iter().map(&mut id).collect();
                        let class = entry.symbol.rsplit_once('.').map_or(entry.symbol, |(class, _)| class);
                        if stdlib::bare_call_producers(class).next().is_some() {
                            // Only a call makes the receiver: the class or its maker is spelled.
                            Needs::AllOf(vec![Needs::Member { name, roots }, makers_needs(class, &mut id)])
                        } else {
                            Needs::Method { name, roots }
                        }
                    }
                    Detection::Subscript { .. } => {
                        let class = entry.symbol.rsplit_once('.').map_or(entry.symbol, |(class, _)| class);
                        makers_needs(class, &mut id)
                    }
                    Detection::ModuleAttribute => Needs::InCode { name: id(entry.name()) },
                    Detection::UncalledMethod { .. } => {
                        Needs::Definition { name: id(entry.name()), roots: vec![id(root)] }
                    }
                    Detection::UnaryOperator { operator, operand } => {
                        let words = operand.leading_words();
                        let names = words
                            .iter()
                            .filter(|word| !PYTHON_KEYWORDS.contains(word))
                            .map(|word| id(word))
                            .collect();
                        Needs::Operand {
                            operator: id(operator),
                            leading: words.into_iter().map(&mut id).collect(),
                            names,
                        }
                    }
                    Detection::DistinctiveMethod | Detection::TestCaseAlias { .. } => {
                        Needs::AnyReceiver { name: id(entry.name()) }
                    }
                    Detection::EnvVar => Needs::Variable { name: id(entry.name()) },
                    Detection::CallShape { callables, shape } => {
                        let named = match shape {
                            CallShape::KeywordOtherThan(allowed)
                            | CallShape::MissingOrNone { allowed, .. } => {
                                allowed.iter().map(|keyword| id(keyword)).collect()
                            }
                            CallShape::Literal { values, .. } => {
                                values.iter().map(|value| id(value)).collect()
                            }
                            _ => Vec::new(),
                        };
                        let called = Needs::Called {
                            callables: Box::new(Needs::AnyOf(
                                callables.iter().map(|callable| callable_needs(callable, &mut id)).collect(),
                            )),
                            words: callables
                                .iter()
                                .map(|callable| id(callable.rsplit('.').next().unwrap_or(callable)))
                                .collect(),
                            shape,
                            named,
                        };
                        match shape {
                            // Each literal is a word in a string (or `None` in code).
                            CallShape::Literal { values, .. } => Needs::AllOf(vec![
                                called,
                                Needs::AnyOf(
                                    values
                                        .iter()
                                        .map(|value| match *value {
                                            "None" => Needs::InCode { name: id("None") },
                                            value => Needs::InString { name: id(value) },
                                        })
                                        .collect(),
                                ),
                            ]),
                            CallShape::FloatLiteral => {
                                Needs::AllOf(vec![called, Needs::InCode { name: id(FLOAT_WORD) }])
                            }
                            CallShape::NamedPlaceholdersWithSequence { .. } => {
                                Needs::AllOf(vec![called, Needs::InString { name: id(PLACEHOLDER_WORD) }])
                            }
                            _ => called,
                        }
                    }
                    Detection::ContextManager => {
                        let class = entry.symbol.rsplit_once('.').map_or(entry.symbol, |(class, _)| class);
                        let (classes, _) = stdlib::inheriting_classes(class, entry.name());
                        let spelled =
                            Needs::AnyOf(classes.iter().map(|class| name_needs(class, &mut id)).collect());
                        Needs::Entered {
                            spelled: Box::new(Needs::AllOf(vec![
                                spelled,
                                Needs::InCode { name: id("with") },
                            ])),
                            classes: classes
                                .iter()
                                .map(|class| class.rsplit('.').next().unwrap_or(class))
                                .collect(),
                        }
                    }
                    Detection::Keyword { callables, keywords } => Needs::Keyword {
                        callables: callables
                            .iter()
                            .map(|callable| id(callable.rsplit('.').next().unwrap_or(callable)))
                            .collect(),
                        keywords: keywords.iter().map(|keyword| id(keyword)).collect(),
                    },
                }
            })
            .collect();
        let mut called = vec![false; ids.len()];
        for needs in &needs {
            needs.visit(&mut |needs| {
                if let Needs::Called { words, .. } = needs {
                    for &word in words {
                        called[word] = true;
                    }
                }
            });
        }
        let shortest = ids.keys().map(|word| word.len()).min().unwrap_or(0);
        let longest = ids.keys().map(|word| word.len()).max().unwrap_or(0);
        let mut shapes = [0u64; 256];
        for word in ids.keys() {
            shapes[usize::from(word[0])] |= 1 << word.len().min(63);
        }
        Words { ids, shapes, import_functions, context, called, needs, shortest, longest }
    })
}

/// What to parse of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plan {
    /// Nothing: the file cannot contain a finding.
    Skip,
    /// The whole file.
    Whole,
    /// These byte ranges, each a run of whole top-level statements: the module-level code, and
    /// the function and class definitions that mention a word of the catalogue (or are bases of
    /// such classes). The rest cannot hold a finding nor change what one means.
    Ranges(Vec<std::ops::Range<usize>>),
}

/// When the parts worth parsing cover more than this share of a file, it is parsed whole.
const WHOLE_FILE_SHARE: f64 = 0.7;

/// Whether `text` may contain a use of some entry of the catalogue (and so must be parsed).
pub fn may_contain_findings(text: &str) -> bool {
    plan(text, PythonVersion::NEWEST_TARGET) != Plan::Skip
}

/// What to parse of `text` when checking for `target` (entries of no concern at the target,
/// such as deprecations that come later, need no evidence).
pub fn plan(text: &str, target: PythonVersion) -> Plan {
    let words = words();
    let (blocks, evidence) = scan(text.as_bytes(), words);
    let met: Vec<&Needs> = ENTRIES
        .iter()
        .zip(&words.needs)
        .filter(|(entry, needs)| entry.status_at(target).is_some() && needs_met(words, &evidence, needs))
        .map(|(_, needs)| needs)
        .collect();
    if met.is_empty() {
        return Plan::Skip;
    }
    // A definition is worth parsing when it may hold a use of an entry whose evidence the
    // file shows, or mentions a context word.
    let relevant = |block: usize, mentions: &[Mention]| {
        mentions.iter().any(|mention| words.context.contains(&mention.id))
            || met.iter().any(|needs| needs.mentioned_in(block, mentions, &evidence))
    };
    let ranges = blocks.ranges(text.len(), relevant);
    let covered: usize = ranges.iter().map(|range| range.len()).sum();
    if covered as f64 > text.len() as f64 * WHOLE_FILE_SHARE {
        Plan::Whole
    } else {
        Plan::Ranges(ranges)
    }
}

/// The entries whose evidence `text` shows (what makes the prefilter parse a file).
pub fn possible_entries(text: &str) -> Vec<&'static Entry> {
    let words = words();
    let (_, evidence) = scan(text.as_bytes(), words);
    ENTRIES
        .iter()
        .zip(&words.needs)
        .filter(|(_, needs)| needs_met(words, &evidence, needs))
        .map(|(entry, _)| entry)
        .collect()
}

fn needs_met(words: &Words, evidence: &Evidence<'_>, needs: &Needs) -> bool {
    let Evidence { seen, pairs, from_imports, calls, .. } = evidence;
    let import_function = words.import_functions.iter().any(|&id| seen[id].code);
    match *needs {
        Needs::Module { root, name } => {
            (seen[root].imported && name.is_none_or(|name| seen[name].member || seen[name].imported_name))
                || (import_function && seen[root].string)
        }
        Needs::Name { root, parent, name } => {
            let spelled = from_imports.contains(&(parent, name))
                || seen[name].after_alias
                || pairs.contains(&(parent, name));
            (seen[root].imported && spelled) || (import_function && seen[root].string && seen[name].string)
        }
        Needs::Method { name, ref roots } => {
            seen[name].defined || (seen[name].member && roots.iter().any(|&root| seen[root].imported))
        }
        Needs::AnyReceiver { name } => seen[name].member || seen[name].defined,
        Needs::Member { name, ref roots } => {
            seen[name].member && roots.iter().any(|&root| seen[root].imported)
        }
        Needs::Definition { name, ref roots } => {
            seen[name].defined && roots.iter().any(|&root| seen[root].imported)
        }
        Needs::Operand { operator, ref leading, .. } => {
            seen[operator].code && leading.iter().any(|&word| seen[word].after_tilde)
        }
        Needs::Variable { name } => seen[name].string || seen[name].code,
        Needs::AnyOf(ref alternatives) => {
            alternatives.iter().any(|alternative| needs_met(words, evidence, alternative))
        }
        Needs::AllOf(ref requirements) => {
            requirements.iter().all(|requirement| needs_met(words, evidence, requirement))
        }
        Needs::InCode { name } => seen[name].code,
        Needs::InString { name } => seen[name].string,
        Needs::Keyword { ref callables, ref keywords } => {
            callables.iter().any(|&callable| seen[callable].code)
                && keywords.iter().any(|&keyword| seen[keyword].keyword)
        }
        Needs::Called { ref callables, words: ref called, shape, ref named } => {
            needs_met(words, evidence, callables)
                && calls.iter().any(|call| called.contains(&call.callable) && call.may_have(shape, named))
        }
        Needs::Entered { ref spelled, ref classes } => {
            needs_met(words, evidence, spelled) && with_statements::may_enter(evidence.bytes, classes)
        }
    }
}

/// What a module-level name (`pathlib.Path`, `shlex.split`) needs: as for [`Needs::Name`].
fn name_needs(path: &'static str, id: &mut impl FnMut(&'static str) -> usize) -> Needs {
    let mut segments = path.rsplit('.');
    let name = segments.next().unwrap_or(path);
    let parent = segments.next().unwrap_or(path);
    let root = path.split('.').next().unwrap_or(path);
    Needs::Name { root: id(root), parent: id(parent), name: id(name) }
}

/// What making an instance of `class` (or of a class deriving from it) needs: the class
/// spelled as a name, or one of the functions that make it when called with no argument.
fn makers_needs(class: &'static str, id: &mut impl FnMut(&'static str) -> usize) -> Needs {
    makers_needs_within(class, id, 0)
}

/// [`makers_needs`], following producers that are members of classes made the same way at
/// most a few steps (past that, a member spelled after a dot in a file importing its module).
fn makers_needs_within(
    class: &'static str,
    id: &mut impl FnMut(&'static str) -> usize,
    depth: usize,
) -> Needs {
    let (classes, _) = stdlib::inheriting_classes(class, "");
    let mut makers: Vec<&'static str> = classes.clone();
    makers.extend(classes.iter().flat_map(|class| stdlib::bare_call_producers(class)));
    for (function, produced) in stdlib::ARGUMENT_CALL_PRODUCES {
        let (Produces::Instance(made) | Produces::ItemsOf(made)) = *produced;
        if classes.contains(&made) {
            makers.push(function);
        }
    }
    let mut needs: Vec<Needs> = makers.into_iter().map(|maker| name_needs(maker, id)).collect();
    // Calls and attributes of PRODUCES that make one (`Distribution.entry_points` items): a
    // member of a class needs that class made too.
    for (producer, produced) in stdlib::PRODUCES {
        let (Produces::Instance(made) | Produces::ItemsOf(made)) = *produced;
        if !classes.contains(&made) {
            continue;
        }
        let producer = producer.trim_end_matches("()");
        let called = callable_needs(producer, id);
        let owner = producer.rsplit_once('.').map(|(owner, _)| owner);
        let is_member = matches!(called, Needs::Member { .. });
        match owner {
            Some(owner) if is_member && depth < 4 => {
                needs.push(Needs::AllOf(vec![called, makers_needs_within(owner, id, depth + 1)]));
            }
            _ => needs.push(called),
        }
    }
    Needs::AnyOf(needs)
}

/// What a call of `callable` needs: a method of a class (`mimetypes.MimeTypes.add_type`) as for
/// [`Needs::Member`], anything else as a name.
fn callable_needs(callable: &'static str, id: &mut impl FnMut(&'static str) -> usize) -> Needs {
    let mut segments = callable.rsplit('.');
    let name = segments.next().unwrap_or(callable);
    let is_method =
        segments.next().is_some_and(|parent| parent.starts_with(|c: char| c.is_ascii_uppercase()));
    if is_method {
        // A call of a method always spells it after a dot: a definition of the name is no use.
        Needs::Member { name: id(name), roots: vec![id(callable.split('.').next().unwrap_or(callable))] }
    } else {
        name_needs(callable, id)
    }
}

/// The root modules a file must import for a receiver of `entry`'s class to be known in it: the
/// class's own, and those of the calls and attributes that produce its instances (or instances
/// of its subclasses), from [`stdlib::PRODUCES`].
fn receiver_roots(entry: &Entry) -> Vec<&'static str> {
    let root = |name: &'static str| name.split('.').next().unwrap_or(name);
    let class = entry.symbol.rsplit_once('.').map_or(entry.symbol, |(class, _)| class);
    let mut roots = vec![root(entry.symbol)];
    for (producer, produced) in stdlib::PRODUCES {
        let (Produces::Instance(made) | Produces::ItemsOf(made)) = *produced;
        let is_class =
            |candidate: &str| candidate == class || stdlib::bases_of(candidate).any(|base| base == class);
        // `sys.path_hooks[]` items make path entry finders: follow one step of production.
        let makes_class = is_class(made)
            || stdlib::produces(&format!("{made}()")).is_some_and(|then| {
                let (Produces::Instance(next) | Produces::ItemsOf(next)) = then;
                is_class(next)
            });
        if makes_class && !roots.contains(&root(producer)) {
            roots.push(root(producer));
        }
    }
    roots
}

/// What a top-level statement is, for deciding whether to parse it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BlockKind {
    /// A `def`, `async def` or `class` (with its decorators).
    Definition,
    /// Decorator lines, waiting for their definition.
    Decorator,
    /// Any other statement: module-level code, always parsed.
    Other,
}

/// A top-level statement.
#[derive(Debug)]
struct Block {
    start: usize,
    kind: BlockKind,
    /// The catalogue and context words it mentions (ids, with repeats).
    words: Vec<Mention>,
    /// For a class: its name.
    name: Option<(usize, usize)>,
    /// The words of a definition's header (a class's bases), up to its first `:`.
    header: Vec<(usize, usize)>,
    in_header: bool,
}

/// The top-level statements of a file.
struct Blocks<'b> {
    bytes: &'b [u8],
    list: Vec<Block>,
}

impl Blocks<'_> {
    fn open(&mut self, start: usize, kind: BlockKind) {
        if let Some(last) = self.list.last_mut() {
            if last.kind == BlockKind::Decorator {
                // A definition (or more decorators) after decorators: one statement.
                if kind != BlockKind::Decorator {
                    last.kind = kind;
                }
                return;
            }
        }
        self.list.push(Block {
            start,
            kind,
            words: Vec::new(),
            name: None,
            header: Vec::new(),
            in_header: true,
        });
    }

    fn current(&mut self) -> Option<&mut Block> {
        self.list.last_mut()
    }

    /// The byte ranges worth parsing, merged.
    fn ranges(
        &self,
        end: usize,
        relevant: impl Fn(usize, &[Mention]) -> bool,
    ) -> Vec<std::ops::Range<usize>> {
        let mut include: Vec<bool> = self
            .list
            .iter()
            .enumerate()
            .map(|(index, b)| b.kind != BlockKind::Definition || relevant(index, &b.words))
            .collect();
        // Classes whose names an included class's header mentions: its bases.
        let text = |(start, stop): (usize, usize)| &self.bytes[start..stop];
        let mut changed = true;
        let mut rounds = 0;
        while changed && rounds < 32 {
            changed = false;
            rounds += 1;
            for index in 0..self.list.len() {
                if !include[index] || self.list[index].kind != BlockKind::Definition {
                    continue;
                }
                for &word in &self.list[index].header {
                    for (other, block) in self.list.iter().enumerate() {
                        if !include[other] && block.name.is_some_and(|name| text(name) == text(word)) {
                            include[other] = true;
                            changed = true;
                        }
                    }
                }
            }
        }
        let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
        for (index, block) in self.list.iter().enumerate() {
            if !include[index] {
                continue;
            }
            let stop = self.list.get(index + 1).map_or(end, |next| next.start);
            match ranges.last_mut() {
                Some(last) if last.end == block.start => last.end = stop,
                _ => ranges.push(block.start..stop),
            }
        }
        ranges
    }
}

/// Where the tokenizer is within a statement.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Statement {
    /// At the start of a statement: an `import` or `from` here starts an import.
    Start,
    /// Anywhere else.
    Other,
    /// In `import a.b as c, d`: `expect_module` says a module path may start here.
    ImportNames { expect_module: bool },
    /// In `from a.b`: `relative` when the path started with a dot.
    FromModule { started: bool, relative: bool },
    /// In `from a.b import c as d, e`: `alias` right after `as`.
    FromNames { alias: bool },
}

/// Byte classes, looked up in one table instead of several comparisons per byte.
const WORD_START: u8 = 1;
const WORD: u8 = 2;

const CLASSES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        table[byte] = if b.is_ascii_alphabetic() || b == b'_' || b >= 0x80 {
            WORD_START | WORD
        } else if b.is_ascii_digit() {
            WORD
        } else {
            0
        };
        byte += 1;
    }
    table
};

fn is_word_start(byte: u8) -> bool {
    CLASSES[usize::from(byte)] & WORD_START != 0
}

fn is_word_byte(byte: u8) -> bool {
    CLASSES[usize::from(byte)] & WORD != 0
}

/// Whether `prefix` (the letters before a quote) makes a string literal.
fn is_string_prefix(prefix: &[u8]) -> bool {
    prefix.len() <= 2 && prefix.iter().all(|b| b"rRbBuUfF".contains(b))
}

/// Whether the `=` at `equals` stands alone: an assignment's or a keyword argument's, not part
/// of `==`, `<=`, `+=`, `:=` and the like.
fn is_lone_equals(bytes: &[u8], equals: usize) -> bool {
    let before = equals.checked_sub(1).map(|index| bytes[index]);
    let compound = matches!(
        before,
        Some(b'=' | b'!' | b'<' | b'>' | b'+' | b'-' | b'*' | b'/' | b'%' | b'&' | b'|' | b'^' | b'@' | b':')
    );
    !compound && bytes.get(equals + 1) != Some(&b'=')
}

/// The next byte after `at` that is not blank (nor, inside brackets, a line break), and where.
fn next_significant(bytes: &[u8], mut at: usize, depth: usize) -> Option<(usize, u8)> {
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b' ' | b'\t' | b'\x0c' => at += 1,
            b'\r' | b'\n' if depth > 0 => at += 1,
            b'\\' if matches!(bytes.get(at + 1), Some(b'\n' | b'\r')) => at += 2,
            _ => return Some((at, byte)),
        }
    }
    None
}

fn scan<'b>(bytes: &'b [u8], words: &Words) -> (Blocks<'b>, Evidence<'b>) {
    let mut seen = vec![Seen::default(); words.ids.len()];
    let mut pairs = Pairs::default();
    let mut from_imports = Pairs::default();
    // In `from a.b import c`: the id of the module path's last word (`b`), if a known word.
    let mut from_module: Option<usize> = None;
    let mut calls = Calls::default();
    // Inside an assignment's value (after a lone `=`, across dots and words): a callable
    // that ends the value is handed on (`P = pathlib.Path`).
    let mut in_value = false;
    // In `from m import a as b`: the id of the callable `a`, whose alias comes next.
    let mut from_name: Option<usize> = None;
    // Aliases of callables (`from typing import TypedDict as TD`): the alias and what it names.
    let mut callable_aliases: Vec<(&[u8], usize)> = Vec::new();
    let lookup = |word: &[u8]| -> Option<usize> {
        if word.len() < words.shortest
            || word.len() > words.longest
            || words.shapes[usize::from(word[0])] & (1 << word.len().min(63)) == 0
        {
            return None;
        }
        words.ids.get(word).copied()
    };
    let mut at = 0;
    let mut depth = 0usize;
    let mut statement = Statement::Start;
    let mut after_dot = false;
    let mut after_def = false;
    let mut blocks = Blocks { bytes, list: Vec::new() };
    // Set at the start of a line outside brackets: a token there, in column 0, may start a
    // new top-level statement.
    let mut line_start = Some(0);
    let mut class_name_next = false;
    // The identifier before the current token (kept across a dot), and module aliases.
    let mut previous: Option<(usize, usize)> = None;
    let mut alias_next = false;
    let mut aliases: Vec<&[u8]> = Vec::new();
    // After `~` (and opening brackets): the next word is its operand's first.
    let tilde = words.ids.get(TILDE_WORD.as_bytes()).copied();
    let mut operand_next = false;
    while at < bytes.len() {
        let byte = bytes[at];
        if line_start == Some(at) && !matches!(byte, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'#' | b'\\') {
            let word_end = bytes[at..].iter().position(|&b| !is_word_byte(b)).map_or(bytes.len(), |n| at + n);
            let kind = match &bytes[at..word_end] {
                b"else" | b"elif" | b"except" | b"finally" => None,
                b"def" | b"class" | b"async" => Some(BlockKind::Definition),
                _ if byte == b'@' => Some(BlockKind::Decorator),
                _ => Some(BlockKind::Other),
            };
            if let Some(kind) = kind {
                blocks.open(at, kind);
            }
        }
        if blocks.list.is_empty() {
            blocks.open(0, BlockKind::Other);
        }
        match byte {
            b'\n' => {
                at += 1;
                if depth == 0 {
                    in_value = false;
                    statement = Statement::Start;
                    line_start = Some(at);
                    previous = None;
                }
                after_dot = false;
            }
            b' ' | b'\t' | b'\r' | b'\x0c' => at += 1,
            b'\\' => {
                // A line continuation (or a stray backslash): the statement goes on.
                at += 1;
                if bytes.get(at) == Some(&b'\r') {
                    at += 1;
                }
                if bytes.get(at) == Some(&b'\n') {
                    at += 1;
                }
            }
            b'#' => {
                while at < bytes.len() && bytes[at] != b'\n' {
                    at += 1;
                }
            }
            b'\'' | b'"' => {
                previous = None;
                in_value = false;
                let start = at;
                operand_next = false;
                let mut hits = Vec::new();
                at = scan_string(bytes, at, &lookup, &mut seen, &mut hits);
                calls.string(depth, string_value(&bytes[start..at], &lookup));
                if let Some(block) = blocks.current() {
                    block.words.extend(hits.into_iter().map(|id| Mention {
                        id,
                        form: Mention::STRING,
                        parent: None,
                    }));
                }
                after_dot = false;
                after_def = false;
                statement = match statement {
                    Statement::Start => Statement::Other,
                    other => other,
                };
            }
            b'0'..=b'9' | b'.' if byte != b'.' || bytes.get(at + 1).is_some_and(u8::is_ascii_digit) => {
                previous = None;
                in_value = false;
                operand_next = false;
                let start = at;
                while at < bytes.len() && (is_word_byte(bytes[at]) || bytes[at] == b'.') {
                    at += 1;
                }
                let number = &bytes[start..at];
                let hexadecimal = number.len() > 1 && matches!(number[1], b'x' | b'X');
                let float = !hexadecimal && number.iter().any(|b| matches!(b, b'.' | b'e' | b'E'));
                if float {
                    if let Some(id) = words.ids.get(FLOAT_WORD.as_bytes()) {
                        seen[*id].code = true;
                    }
                }
                calls.number(depth, float);
                after_dot = false;
            }
            _ if is_word_start(byte) => {
                let start = at;
                while at < bytes.len() && is_word_byte(bytes[at]) {
                    at += 1;
                }
                let word = &bytes[start..at];
                if matches!(bytes.get(at), Some(b'\'' | b'"')) && is_string_prefix(word) {
                    continue; // the prefix of a string literal: the quote comes next
                }
                let id = lookup(word);
                if alias_next {
                    aliases.push(word);
                    if let (Statement::FromNames { .. }, Some(named)) = (statement, from_name.take()) {
                        callable_aliases.push((word, named));
                    }
                }
                // What follows the word matters to a catalogue word, an alias, or an argument.
                let next = if id.is_some() || calls.is_open() || !callable_aliases.is_empty() {
                    next_significant(bytes, at, depth)
                } else {
                    None
                };
                let keyword = matches!(next, Some((equals, b'='))
                    if depth > 0 && bytes.get(equals + 1) != Some(&b'='));
                calls.word(depth, word, id, keyword);
                let callable = match id {
                    Some(id) if words.called[id] => Some(id),
                    Some(_) => None,
                    None if callable_aliases.is_empty() => None,
                    None => {
                        callable_aliases.iter().find(|(alias, _)| *alias == word).map(|(_, named)| *named)
                    }
                };
                if let Some(callable) = callable {
                    match next.map(|(_, byte)| byte) {
                        Some(b'(') => calls.expect_call(callable),
                        None | Some(b'\n' | b'\r' | b';' | b',' | b')' | b']' | b'}' | b'#') if in_value => {
                            calls.handed_on(callable, blocks.list.len().saturating_sub(1))
                        }
                        _ => {}
                    }
                    if matches!(statement, Statement::FromNames { alias: false }) {
                        from_name = Some(callable);
                    }
                }
                let mut mention = None;
                if let Some(id) = id {
                    let slot = &mut seen[id];
                    slot.keyword |= keyword;
                    slot.code = true;
                    slot.after_tilde |= operand_next;
                    slot.member |= after_dot;
                    slot.defined |= after_def;
                    let mut form = 0;
                    let mut parent = None;
                    if after_dot {
                        form |= Mention::MEMBER;
                    }
                    if after_def {
                        form |= Mention::DEFINED;
                    }
                    if keyword {
                        form |= Mention::KEYWORD;
                    }
                    if matches!(statement, Statement::FromNames { alias: false }) {
                        form |= Mention::IMPORTED;
                    }
                    if let (true, Some((first, last))) = (after_dot, previous) {
                        let before = &bytes[first..last];
                        if let Some(before) = lookup(before) {
                            pairs.insert((before, id));
                            parent = Some(before);
                        }
                        if aliases.contains(&before) {
                            seen[id].after_alias = true;
                            form |= Mention::AFTER_ALIAS;
                        }
                    }
                    mention = Some(Mention { id, form, parent });
                }
                operand_next = false;
                alias_next = word == b"as"
                    && matches!(statement, Statement::ImportNames { .. } | Statement::FromNames { .. });
                previous = Some((start, at));
                if let Some(block) = blocks.current() {
                    block.words.extend(mention);
                    if class_name_next {
                        block.name = Some((start, at));
                    } else if block.in_header && block.kind == BlockKind::Definition {
                        block.header.push((start, at));
                    }
                }
                class_name_next = word == b"class";
                after_def = word == b"def";
                statement = match (statement, word) {
                    (Statement::Start, b"import") => Statement::ImportNames { expect_module: true },
                    (Statement::Start, b"from") => Statement::FromModule { started: false, relative: false },
                    (Statement::ImportNames { .. }, b"as") => Statement::ImportNames { expect_module: false },
                    (Statement::ImportNames { expect_module }, _) => {
                        if expect_module && !after_dot {
                            if let Some(id) = id {
                                seen[id].imported = true;
                            }
                        }
                        Statement::ImportNames { expect_module: false }
                    }
                    (Statement::FromModule { started, relative }, b"import") if started || relative => {
                        Statement::FromNames { alias: false }
                    }
                    (Statement::FromModule { started, relative }, _) => {
                        if !started && !relative {
                            if let Some(id) = id {
                                seen[id].imported = true;
                            }
                        }
                        from_module = if relative { None } else { id };
                        Statement::FromModule { started: true, relative }
                    }
                    (Statement::FromNames { .. }, b"as") => Statement::FromNames { alias: true },
                    (Statement::FromNames { alias }, _) => {
                        if !alias {
                            if let Some(id) = id {
                                if let Some(module) = from_module {
                                    from_imports.insert((module, id));
                                }
                                seen[id].member = true;
                                seen[id].imported_name = true;
                            }
                        }
                        Statement::FromNames { alias: false }
                    }
                    (Statement::Start, _) => Statement::Other,
                    (other, _) => other,
                };
                after_dot = false;
            }
            _ => {
                at += 1;
                after_def = false;
                after_dot = byte == b'.';
                operand_next = match (byte, tilde) {
                    (b'~', Some(id)) => {
                        seen[id].code = true;
                        if let Some(block) = blocks.current() {
                            block.words.push(Mention { id, form: 0, parent: None });
                        }
                        true
                    }
                    (b'(', _) => operand_next,
                    _ => false,
                };
                if byte != b'.' {
                    previous = None;
                }
                // A lone `=` (or the `=` of `:=`) starts a value; dots keep it going.
                in_value = match byte {
                    // `at` is past the `=`.
                    b'=' => is_lone_equals(bytes, at - 1) || (at >= 2 && bytes[at - 2] == b':'),
                    b'.' => in_value,
                    _ => false,
                };
                match byte {
                    b'(' | b'[' | b'{' => {
                        calls.other(depth, byte, None);
                        depth += 1;
                        if byte == b'(' {
                            calls.open_bracket(depth, blocks.list.len().saturating_sub(1));
                        }
                    }
                    b')' | b']' | b'}' => {
                        depth = depth.saturating_sub(1);
                        calls.close_bracket(depth);
                    }
                    b',' => calls.comma(depth),
                    _ => calls.other(depth, byte, bytes.get(at).copied()),
                }
                match byte {
                    b'(' | b'[' | b'{' | b')' | b']' | b'}' => {}
                    b';' => statement = Statement::Start,
                    b':' if depth == 0 => {
                        statement = Statement::Start;
                        if let Some(block) = blocks.current() {
                            block.in_header = false;
                        }
                    }
                    b',' => {
                        if let Statement::ImportNames { .. } = statement {
                            statement = Statement::ImportNames { expect_module: true };
                        }
                    }
                    b'.' => {
                        if let Statement::FromModule { started: false, .. } = statement {
                            statement = Statement::FromModule { started: false, relative: true };
                        }
                    }
                    _ => {
                        if statement == Statement::Start {
                            statement = Statement::Other;
                        }
                    }
                }
            }
        }
    }
    calls.finish();
    let mut calls = calls.sites;
    // Sites come in statement order already (a call closes before the next statement opens,
    // but for unbalanced brackets); `calls_in` relies on it.
    calls.sort_by_key(|call| call.block);
    (blocks, Evidence { bytes, seen, pairs, from_imports, calls })
}

/// Scans the string literal whose first quote is at `at`, noting the words inside it; returns
/// the offset after its closing quote (or the end of the line or file when it is unterminated);
/// the known words in it are added to `hits`.
fn scan_string(
    bytes: &[u8],
    mut at: usize,
    lookup: &impl Fn(&[u8]) -> Option<usize>,
    seen: &mut [Seen],
    hits: &mut Vec<usize>,
) -> usize {
    let quote = bytes[at];
    let triple = bytes.get(at + 1) == Some(&quote) && bytes.get(at + 2) == Some(&quote);
    if !triple && bytes.get(at + 1) == Some(&quote) {
        return at + 2; // an empty string
    }
    at += if triple { 3 } else { 1 };
    while at < bytes.len() {
        let byte = bytes[at];
        if byte == b'\\' {
            at += 2;
        } else if byte == quote {
            if !triple {
                return at + 1;
            }
            if bytes.get(at + 1) == Some(&quote) && bytes.get(at + 2) == Some(&quote) {
                return at + 3;
            }
            at += 1;
        } else if byte == b'\n' && !triple {
            return at;
        } else if matches!(byte, b':' | b'@' | b'$')
            && bytes.get(at + 1).is_some_and(|&next| is_word_byte(next))
            && !bytes.get(at.wrapping_sub(1)).is_some_and(|&before| is_word_byte(before))
            // `":memory:"`, the name of SQLite's in-memory database, is no placeholder.
            && bytes[at + 1..].iter().find(|&&b| !is_word_byte(b)) != Some(&byte)
        {
            if let Some(id) = lookup(PLACEHOLDER_WORD.as_bytes()) {
                seen[id].string = true;
                hits.push(id);
            }
            at += 1;
        } else if is_word_start(byte) {
            let start = at;
            while at < bytes.len() && is_word_byte(bytes[at]) {
                at += 1;
            }
            if let Some(id) = lookup(&bytes[start..at]) {
                seen[id].string = true;
                hits.push(id);
            }
        } else {
            at += 1;
        }
    }
    bytes.len()
}

/// What the string literal `literal` (quotes included, prefix excluded) holds.
fn string_value(literal: &[u8], lookup: &impl Fn(&[u8]) -> Option<usize>) -> StringValue {
    let quotes = if literal.len() >= 6 && literal[..3].iter().all(|&b| b == literal[0]) { 3 } else { 1 };
    let Some(content) = literal.get(quotes..literal.len().saturating_sub(quotes)) else {
        return StringValue::Other;
    };
    if !content.is_empty() && is_word_start(content[0]) && content.iter().all(|&b| is_word_byte(b)) {
        StringValue::Word(lookup(content))
    } else {
        StringValue::Other
    }
}

/// The FNV-1a hash: fast for the short words the prefilter looks up.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[derive(Clone, Copy, Default)]
struct BuildFnv;

impl std::hash::BuildHasher for BuildFnv {
    type Hasher = Fnv;
    fn build_hasher(&self) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

#[cfg(test)]
mod tests {
    use super::{may_contain_findings, plan, Plan};
    use crate::version::PythonVersion;

    #[test]
    fn passes_files_that_may_use_an_entry() {
        for source in [
            "import asyncore\n",
            "import os, imp\n",
            "if x: import imp\n",
            "try: import imp\nexcept ImportError: pass\n",
            "from distutils.core import setup\n",
            "import distutils.core as dc\n",
            "x = __import__('imp')",
            "importlib.import_module(\"asyncore\")",
            "self.assertEquals(1, 1)",
            "check = self.failUnless",
            "from typing import io",
            "from typing import (\n    IO,\n    re as typing_re,\n)\n",
            "import typing\nx = typing.re.Match",
            "import typing.io",
            "from typing.io import IO",
            "import importlib.util as iu\niu.set_loader",
            "env['PYTHONTHREADDEBUG'] = '1'",
            "dict(PYTHONTHREADDEBUG='1')",
            "class F:\n    def find_module(self, name, path=None): pass\n",
            "from pathlib import Path\nPath(x).link_to(y)",
            "from importlib.util import module_for_loader, \\\n    set_package\n",
            "print 'x'; import imp\n",
            "import array\narray.array('u', 'x')\n",
            "from pathlib import Path\nPath('a', strict=True)\n",
            "from pathlib import Path as P\nP(\n    'a',\n    flag=1,\n)\n",
            "import typing\nTD = typing.TypedDict\n",
            "import random\nrandom.randrange(.5)\n",
            "import random\nrandom.randrange(0, 1.5)\n",
            "from pathlib import Path\np = Path('x')\nwith p: pass\n",
            "import ast\nclass V(ast.NodeVisitor):\n    def visit_Num(self, node): pass\n",
            "x = ~True",
            "x = ~ (not y)",
            "import sqlite3\ncursor.execute('SELECT ' ':a', (1,))",
            "from importlib.metadata import entry_points\nentry_points()['x']",
            "from importlib.metadata import entry_points\nfor ep in entry_points(group='x'):\n    ep[0]\n",
            "import importlib.metadata\nfor ep in importlib.metadata.distribution('x').entry_points:\n    ep[0]\n",
        ] {
            assert!(may_contain_findings(source), "{source:?}");
        }
    }

    #[test]
    fn skips_files_that_cannot_contain_findings() {
        for source in [
            "import os\nimport importlib\n",
            "important = impish = 1",
            "import io\nimport typing\n",
            "import re\nimport typing\nre.compile('x')\n",
            "self.assertEqual(a, b)",
            "",
            "# import asyncore\n",
            "x = 1  # from distutils.core import setup\n",
            "'''\nimport imp\n'''\n",
            "message = 'import asyncore'\n",
            "imp = load()\nimp.thing()\n",
            "from . import imp\n",
            "from .imp import x\n",
            "import numpy.distutils\n",
            "assertEquals = 1\n",
            "typing = 1; re = 2\n",
            "import array\narray.array('b', b'x')\n",
            "from pathlib import Path\np = Path('x', *parts)\nwith open(p) as f: pass\n",
            "from pathlib import Path\nPath('a') == Path(b == 2)\n",
            "import random\nrandom.randrange(10)\nx = 1.5\n",
            "class V:\n    def visit_Num(self, node): pass\n",
            "x = ~mask; y = True",
            "import sqlite3\ncursor.execute('SELECT ?', (1,))\n",
            "import sqlite3\ncursor.execute(':memory:', (1,))\n",
            "import sqlite3\nclass Job:\n    def execute(self): return ':x'\n",
            "entry_points()['x']",
            "import importlib\nready = selector.select()\nitem = table.entry_points[0]\n",
        ] {
            assert!(!may_contain_findings(source), "{source:?}");
        }
    }

    fn parsed(source: &str) -> String {
        match plan(source, PythonVersion::DEFAULT_TARGET) {
            Plan::Skip => String::new(),
            Plan::Whole => source.to_string(),
            Plan::Ranges(ranges) => ranges.into_iter().map(|range| &source[range]).collect(),
        }
    }

    #[test]
    fn plans_the_statements_worth_parsing() {
        let filler = "    x = 1\n".repeat(50);
        let source = format!(
            "import unittest\nPY2 = False\n\ndef unrelated():\n{filler}\n\
             @decorator\nclass Base(unittest.TestCase):\n{filler}\n\
             # a comment in column 0\nclass T(Base):\n    def t(self):\n        self.assertEquals(1, 1)\n\
             def other():\n{filler}\
             if PY2:\n    pass\nelse:\n    pass\n\
             def modern(self):\n    return find_spec\n{filler}"
        );
        let kept = parsed(&source);
        assert!(matches!(plan(&source, PythonVersion::DEFAULT_TARGET), Plan::Ranges(_)));
        assert!(kept.starts_with("import unittest\nPY2 = False\n"), "{kept}");
        assert!(
            kept.contains("@decorator\nclass Base(unittest.TestCase):"),
            "a base of a kept class: {kept}"
        );
        assert!(kept.contains("class T(Base):"), "{kept}");
        assert!(kept.contains("if PY2:\n    pass\nelse:\n    pass\n"), "{kept}");
        assert!(kept.contains("def modern"), "{kept}");
        assert!(!kept.contains("def unrelated") && !kept.contains("def other"), "{kept}");
    }

    #[test]
    fn unterminated_strings_and_odd_bytes_do_not_confuse_it() {
        assert!(may_contain_findings("x = 'unterminated\nimport imp\n"));
        assert!(!may_contain_findings("x = '''unterminated\nimport imp\n"));
        assert!(may_contain_findings("x = b'\\''\nimport imp\n"));
        assert!(may_contain_findings("s = u\"é\"; import asyncore"));
        assert!(may_contain_findings("x = 0777L\nimport imp\n"));
    }
}
