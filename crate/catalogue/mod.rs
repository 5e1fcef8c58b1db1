//! The catalogue: every removed standard-library API pysunset knows, as one typed table.
//!
//! Each [`Entry`] is a row of plain data: the API's qualified name, its kind, when it was
//! deprecated and removed, what to use instead, and how it is detected. The rules in
//! [`crate::rules`] are generic over these rows, so a new removal is a new row, not new code.
//! Facts the rules need about the rest of the standard library (canonical module paths, class
//! hierarchies, what a call returns) live in [`crate::stdlib`].

pub mod behaviours;
pub mod fixes;
mod rows;
pub mod star_exports;

use crate::edit::Applicability;
use crate::hash::HashMap;
use crate::qualified_name::QualifiedName;
use crate::rule::Rule;
use crate::semantic::RemovedApis;
use crate::stdlib;
use crate::version::PythonVersion;
use serde::Serialize;
use std::sync::OnceLock;

pub use fixes::Remedy;
pub use rows::ENTRIES;

/// What sort of API an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ApiKind {
    /// A module (`asyncore`).
    Module,
    /// A package with submodules (`distutils`).
    Package,
    /// A pseudo-module that lived as an attribute (`typing.io`).
    Namespace,
    /// A module-level function (`importlib.find_loader`).
    Function,
    /// A class (`pkgutil.ImpImporter`).
    Class,
    /// A method of a class (`pathlib.Path.link_to`).
    Method,
    /// A data attribute (`gzip.GzipFile.filename`).
    Attribute,
    /// A module-level constant.
    Constant,
    /// A second name for something that still exists (`unittest.TestCase.assertEquals`).
    Alias,
    /// An environment variable read by the interpreter (`PYTHONTHREADDEBUG`).
    EnvVar,
    /// A keyword parameter of a function or method (`ssl.SSLContext.wrap_socket(keyfile=)`).
    Parameter,
}

impl ApiKind {
    /// The word used for this kind in messages and documentation.
    pub fn noun(self) -> &'static str {
        match self {
            Self::Module => "module",
            Self::Package => "package",
            Self::Namespace => "namespace",
            Self::Function => "function",
            Self::Class => "class",
            Self::Method => "method",
            Self::Attribute => "attribute",
            Self::Constant => "constant",
            Self::Alias => "alias",
            Self::EnvVar => "environment variable",
            Self::Parameter => "parameter",
        }
    }
}

/// How the rules recognise a use of an entry in source code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detection {
    /// A module or package: any import of it or of a submodule, static or dynamic.
    /// Ex) `import distutils.core`, `from asyncore import loop`, `__import__("imp")`.
    Import,
    /// A name inside a module, reached by import or as an attribute of the module.
    /// Ex) `from importlib import find_loader`, `importlib.util.set_loader`.
    Name,
    /// A method, reached through the class or through an instance whose class is known.
    /// Ex) `Path(p).link_to(t)`, `importlib.machinery.PathFinder.find_module(name)`.
    Method,
    /// A method of the import-hook protocol that the import system no longer calls: found as
    /// a [`Detection::Method`] is, and also where a finder or loader class of the file defines
    /// it without its modern counterpart (`legacy-import-hook`).
    /// Ex) `def find_module(self, name, path=None):` in a `sys.meta_path` finder.
    HookMethod(Hook),
    /// A method whose name is distinctive enough to report on any receiver, unless the
    /// receiver is known to be of another class (or defines the name itself).
    /// Ex) `parser.readfp(f)` with `parser` from anywhere.
    DistinctiveMethod,
    /// Keyword arguments of a function, class or method that were removed.
    /// Ex) `ftplib.FTP_TLS(keyfile=k)`, `smtp.starttls(certfile=c)` on an `smtplib.SMTP`.
    Keyword {
        /// The qualified names of the callables (one, or a family sharing the signature, such as
        /// the `hashlib` constructors), the first one naming the family.
        callables: &'static [&'static str],
        /// The removed keyword parameters.
        keywords: &'static [&'static str],
    },
    /// Calls of a function or class whose arguments have a shape that is no longer accepted.
    /// Ex) `typing.TypedDict("TD", x=int)`, `sqlite3.connect(path, 5.0)`, `shlex.split(None)`.
    CallShape {
        /// The qualified names of the callables.
        callables: &'static [&'static str],
        /// The arguments that are no longer accepted.
        shape: CallShape,
    },
    /// A `unittest.TestCase` alias, reached on `self`/`cls` of a test class or on a `TestCase`.
    /// Ex) `self.assertEquals(a, b)`, `unittest.TestCase.failUnless(self, x)`. Classes deriving
    /// from third-party test bases that define the alias themselves (`crate::test_bases`) keep it.
    TestCaseAlias,
    /// A class whose instances can no longer be subscripted as before (the symbol names its
    /// `__getitem__`): a subscript whose value is visibly an instance of it.
    /// Ex) `entry_points()["console_scripts"]`, `entry_point[0]`.
    Subscript {
        /// What such a subscript raises now: what a guard around it must catch.
        raises: crate::semantic::guards::Failure,
    },
    /// A class whose instances no longer work as context managers (the symbol names its
    /// `__enter__`): a `with` item whose value is known to be an instance of it.
    /// Ex) `with Path(p) as q:`, `with Path.cwd():`.
    ContextManager,
    /// An attribute the import system sets on every module (the symbol is `module.NAME`): read
    /// as an attribute of any receiver, or as a global name the file does not bind itself.
    /// Writes and deletions are not uses. Ex) `print(mod.__cached__)`, `path = __cached__`.
    ModuleAttribute,
    /// An environment variable, named in a string or a keyword argument.
    /// Ex) `os.environ["PYTHONTHREADDEBUG"] = "1"`, `dict(PYTHONTHREADDEBUG="1")`.
    EnvVar,
    /// A method that a standard-library class no longer calls (the symbol names the class and
    /// the method), defined in a class of the file that derives from that class, unless the
    /// class also defines `modern`, which takes the calls over.
    /// Ex) `def visit_Num(self, node):` in a subclass of `ast.NodeVisitor`.
    UncalledMethod {
        /// The method that is called instead.
        modern: &'static str,
    },
    /// A unary operator applied to an operand that is visibly of one type.
    /// Ex) `~True`, `~(not done)`, `~isinstance(x, int)`.
    UnaryOperator {
        /// The operator, as Python spells it.
        operator: &'static str,
        /// The operands it no longer accepts.
        operand: Operand,
    },
}

/// The protocol of a [`Detection::HookMethod`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hook {
    /// The modern method that makes the legacy one unnecessary.
    pub modern: &'static str,
    /// How many parameters (after `self`) the protocol passes.
    pub parameters: ParameterCount,
    /// Which kind of finder the row is reported for.
    pub finder: HookFinder,
    /// The part of the import system the method belongs to.
    pub role: HookRole,
}

/// The part of the import system a [`Hook`] method belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HookRole {
    /// A finder's method (`find_module`, `find_loader`).
    Finder,
    /// A loader's method (`module_repr`).
    Loader,
}

impl HookRole {
    /// Words in a class name that say the class plays this role. A class named only like a
    /// loader may find settings, templates or data rather than modules (celery's
    /// `BaseLoader.find_module`), so the words of a loader do not make a finder.
    pub fn name_parts(self) -> &'static [&'static str] {
        match self {
            HookRole::Finder => &["Finder", "Importer", "finder", "importer"],
            HookRole::Loader => &["Loader", "Importer", "loader", "importer"],
        }
    }
}

/// How many parameters a method of a [`Hook`] protocol takes after `self`: from `least` to
/// `most`, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParameterCount {
    /// The fewest.
    pub least: usize,
    /// The most.
    pub most: usize,
}

impl ParameterCount {
    /// From `least` to `most` parameters, both included.
    pub const fn between(least: usize, most: usize) -> Self {
        ParameterCount { least, most }
    }

    /// Whether a method taking `count` parameters (after `self`) fits.
    pub fn admits(self, count: usize) -> bool {
        (self.least..=self.most).contains(&count)
    }
}

/// Which finders a [`Hook`] row is reported for, when a class of the file defines the method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HookFinder {
    /// Meta path finders (`sys.meta_path`), and loaders.
    MetaPath,
    /// Path entry finders (`sys.path_hooks`, or a one-parameter method of an unregistered class).
    PathEntry,
    /// Both.
    Either,
}

impl Detection {
    /// Whether uses are found as a method's are: through the class or a known instance.
    pub fn is_method(self) -> bool {
        matches!(self, Detection::Method | Detection::HookMethod(_))
    }

    /// The method that takes over from the entry's when a class defines it too: then the
    /// class's definition of the entry's method means nothing removed.
    /// Ex) `find_spec` beside a legacy `find_module`, `visit_Constant` beside `visit_Num`.
    pub fn modern_method(self) -> Option<&'static str> {
        match self {
            Detection::HookMethod(hook) => Some(hook.modern),
            Detection::UncalledMethod { modern } => Some(modern),
            _ => None,
        }
    }
}

/// What the operand of a [`Detection::UnaryOperator`] visibly is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    /// A `bool`: `True` or `False`, a `not` expression, or a call of a builtin that returns a
    /// bool ([`stdlib::BOOL_RESULTS`]). Comparisons are left out: `==`, `<`, ... may return
    /// anything (`~(frame.x == 1)` is an element-wise mask in pandas and NumPy).
    Bool,
}

impl Operand {
    /// The words one of these operands starts with (past opening brackets): what the
    /// prefilter looks for right after the operator.
    pub fn leading_words(self) -> Vec<&'static str> {
        match self {
            Operand::Bool => {
                let mut words = vec!["True", "False", "not"];
                words.extend(stdlib::BOOL_RESULTS.iter().map(|name| QualifiedName::new(name).last()));
                words
            }
        }
    }
}

/// A shape of a call's arguments (see [`Detection::CallShape`]). Calls that unpack `*args` or
/// `**kwargs` where the shape needs to count or name arguments never match: their arguments
/// are not visible.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallShape {
    /// A keyword argument other than these. Ex) `TypedDict("TD", x=int)` (`total=` is fine).
    KeywordOtherThan(&'static [&'static str]),
    /// More than this many positional arguments. Ex) `sqlite3.connect(path, 5.0)`.
    PositionalMoreThan(usize),
    /// Any argument at all. Ex) `threading.RLock(1)`.
    AnyArgument,
    /// The positional argument at `index` is missing or the literal `None`, and no keyword
    /// other than `allowed` is passed. Ex) `TypedDict("TD")`, `TypedDict("TD", None)`.
    MissingOrNone {
        /// The argument's position.
        index: usize,
        /// Keywords that do not fill the argument in.
        allowed: &'static [&'static str],
    },
    /// The positional argument at `index` is one of these literals (`None`, or a string's
    /// value). Ex) `shlex.split(None)`, `array.array("u")`.
    Literal {
        /// The argument's position.
        index: usize,
        /// The parameter's name, where the argument may also be passed by keyword
        /// (`open(path, mode="rU")`).
        keyword: Option<&'static str>,
        /// The literals: `None`, or the value of a string literal.
        values: &'static [&'static str],
    },
    /// A positional argument is a float literal. Ex) `random.randrange(10.0)`.
    FloatLiteral,
    /// The first argument is a string literal whose SQL has a named placeholder (`:name`,
    /// `@name`, `$name`, outside SQL strings, quoted identifiers and comments) and the second a
    /// tuple or list literal; with `rows`, a tuple or list literal of tuple or list literals.
    /// Ex) `cursor.execute("SELECT * FROM t WHERE id = :id", (1,))`.
    NamedPlaceholdersWithSequence {
        /// The parameters are a sequence of rows (`executemany`).
        rows: bool,
    },
    /// The positional argument at `index` is a string literal. Ex) `ctypes.POINTER("Node")`.
    StringLiteral {
        /// The argument's position.
        index: usize,
    },
    /// The positional argument at `index` is a string literal that does not start with
    /// `prefix`. Ex) `mimetypes.add_type("text/x-ini", "ini")`.
    StringLacking {
        /// The argument's position.
        index: usize,
        /// What the string should start with.
        prefix: &'static str,
    },
}

impl CallShape {
    /// What goes wrong when a call has the shape: what a guard around it must catch.
    pub fn failure(self) -> crate::semantic::guards::Failure {
        match self {
            CallShape::NamedPlaceholdersWithSequence { .. } => crate::semantic::guards::Failure::Database,
            _ => crate::semantic::guards::Failure::Call,
        }
    }
}

/// One removed (or deprecated and scheduled) standard-library API.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The qualified name, as findings report it (`unittest.TestCase.assertEquals`).
    pub symbol: &'static str,
    /// What sort of API it is.
    pub kind: ApiKind,
    /// The release that deprecated it, where one did.
    pub deprecated_in: Option<PythonVersion>,
    /// The release that removed it (or is scheduled to); `None` for a deprecation CPython has
    /// not dated (reported as [`Rule::DeprecatedApi`] warnings).
    pub removed_in: Option<PythonVersion>,
    /// The release that withdrew an undated deprecation (it neither warns nor is scheduled from
    /// then on: `locale.getdefaultlocale` in 3.15, the legacy `importlib.resources` functions in
    /// 3.13); `None` for every API still deprecated or removed. Only a row with no removal may
    /// have one.
    pub withdrawn_in: Option<PythonVersion>,
    /// What to use instead, in one line.
    pub replacement: &'static str,
    /// Why it was removed, in one line. Empty in [`ENTRIES`] in builds without the `whys`
    /// feature (the playground's engine, which fetches them as data).
    pub why: &'static str,
    /// How the rules recognise a use of it.
    pub detection: Detection,
    /// Whether uses get an automatic fix, and how it is made (or why there is none).
    pub fix: Remedy,
    /// Other names people search for: documented spellings that never existed, and the like.
    pub also_known_as: &'static [&'static str],
    /// A short program that uses the API (the docs' "before"); it must produce this entry's
    /// finding at its removal version. Empty while no example is written. Builds without the
    /// `examples` feature (the playground's engine) leave the programs out: empty in
    /// [`ENTRIES`].
    pub before: &'static str,
    /// The same program migrated (the docs' "after"); it must produce no finding of this entry.
    /// Empty in [`ENTRIES`] without the `examples` feature, as `before` is.
    pub after: &'static str,
}

impl Entry {
    /// The rule that reports a use of this entry.
    pub fn rule(&self) -> Rule {
        if self.removed_in.is_none() {
            return Rule::DeprecatedApi;
        }
        match self.detection {
            Detection::Import => Rule::RemovedModule,
            Detection::Name | Detection::ModuleAttribute => Rule::RemovedName,
            Detection::Method
            | Detection::HookMethod(_)
            | Detection::DistinctiveMethod
            | Detection::ContextManager
            | Detection::Subscript { .. }
            | Detection::UncalledMethod { .. }
            | Detection::UnaryOperator { .. } => Rule::RemovedMethod,
            Detection::TestCaseAlias => Rule::UnittestAlias,
            Detection::EnvVar => Rule::RemovedEnvVar,
            Detection::Keyword { .. } | Detection::CallShape { .. } => Rule::RemovedParameter,
        }
    }

    /// The last segment of the symbol: the name a use must spell out. For a keyword
    /// parameter entry, the (first) callable's last segment.
    pub fn name(&self) -> &'static str {
        let symbol = match self.detection {
            Detection::Keyword { callables, .. } | Detection::CallShape { callables, .. } => {
                callables.first().copied().unwrap_or(self.symbol)
            }
            _ => self.symbol,
        };
        QualifiedName::new(symbol).last()
    }

    /// The anchor of this entry in the generated documentation.
    pub fn slug(&self) -> String {
        let slug: String = self
            .symbol
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '-' })
            .collect();
        let slug = slug.split('-').filter(|part| !part.is_empty()).collect::<Vec<_>>().join("-");
        match self.detection {
            // `ParsingError(filename=)` and `ParsingError.filename` must not share an anchor.
            Detection::Keyword { .. } => format!("{slug}-parameter"),
            _ => slug,
        }
    }

    /// Whether uses of this entry get an automatic fix, and of which kind; `None` when the
    /// change is manual (the row's [`Entry::fix`] column says how).
    pub fn fix(&self) -> Option<Applicability> {
        self.fix.recipe().map(|recipe| recipe.applicability)
    }

    /// The documentation page (family) this entry is on: the module its API belongs to
    /// (`python` for environment variables and module attributes). Its row lives in
    /// `rows/<family>.rs`.
    pub fn family(&self) -> &'static str {
        let symbol = match self.detection {
            Detection::Keyword { callables, .. } | Detection::CallShape { callables, .. } => {
                callables.first().copied().unwrap_or(self.symbol)
            }
            Detection::EnvVar | Detection::ModuleAttribute => return "python",
            _ => self.symbol,
        };
        QualifiedName::new(symbol).root()
    }

    /// A link to this entry's documentation.
    pub fn docs_url(&self) -> String {
        format!("{DOCS_URL_BASE}{}.md#{}", self.family(), self.slug())
    }

    /// How serious a use is when migrating to `target`; `None` when it is not a concern yet.
    pub fn status_at(&self, target: PythonVersion) -> Option<Status> {
        if self.withdrawn_in.is_some_and(|withdrawn| withdrawn <= target) {
            None
        } else if self.removed_in.is_some_and(|removed| removed <= target) {
            Some(Status::Removed)
        } else if self.deprecated_in.is_some_and(|version| version <= target) {
            Some(Status::Deprecated)
        } else {
            None
        }
    }
}

/// Where findings link to: the generated documentation pages, relative to the repository root.
pub const DOCS_URL_BASE: &str = "docs/";

/// Where an entry stands at a target version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Gone in the target.
    Removed,
    /// Still there in the target, but deprecated and scheduled to go.
    Deprecated,
}

/// The catalogue's answers to what the semantic model asks about removed APIs.
pub const REMOVED_APIS: RemovedApis = RemovedApis {
    // A row, or a callable whose keywords or arguments rows judge (`self.addCleanup(function=f)`).
    is_removed: |symbol| {
        lookup(symbol).is_some()
            || !keyword_entries(symbol).is_empty()
            || !call_shape_entries(symbol).is_empty()
    },
    removed_within: |dotted| lookup_name_or_parent(dotted).map(|entry| entry.symbol),
    removed_in: |symbol| lookup(symbol).and_then(|entry| entry.removed_in),
    is_removed_name,
    replacement_names: |symbol, name| lookup(symbol).is_some_and(|entry| names_word(entry.replacement, name)),
    removed_together,
};

/// Whether `other` is another entry of `symbol`'s parent, of the same kind, deprecated, removed
/// and withdrawn in the same versions as `symbol`: one change took both.
/// Ex) `sys.last_value` and `sys.last_type` (both deprecated in 3.12); not `sys.last_value` and
/// `sys.set_coroutine_wrapper`.
fn removed_together(symbol: &str, other: &str) -> bool {
    let parent = |name: &str| name.rsplit_once('.').map(|(parent, _)| parent.to_string());
    match (lookup(symbol), lookup(other)) {
        (Some(a), Some(b)) => {
            a.symbol != b.symbol
                && parent(a.symbol).is_some()
                && parent(a.symbol) == parent(b.symbol)
                && a.kind == b.kind
                && (a.deprecated_in, a.removed_in, a.withdrawn_in)
                    == (b.deprecated_in, b.removed_in, b.withdrawn_in)
        }
        _ => false,
    }
}

/// Whether `text` holds `word` as a whole word (not inside a longer identifier).
fn names_word(text: &str, word: &str) -> bool {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    !word.is_empty()
        && text
            .match_indices(word)
            .any(|(at, _)| !text[..at].ends_with(is_word) && !text[at + word.len()..].starts_with(is_word))
}

/// Whether some entry's name (the last segment of its symbol) is `name` (a set made once: the
/// project index asks it for every name of the classes it summarises).
fn is_removed_name(name: &str) -> bool {
    static NAMES: OnceLock<crate::hash::HashSet<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| ENTRIES.iter().map(Entry::name).collect()).contains(name)
}

/// The entry with exactly this qualified name.
pub fn lookup(symbol: &str) -> Option<&'static Entry> {
    static INDEX: OnceLock<HashMap<&'static str, &'static Entry>> = OnceLock::new();
    INDEX.get_or_init(|| ENTRIES.iter().map(|entry| (entry.symbol, entry)).collect()).get(symbol).copied()
}

/// The entry that `dotted` names or lies inside, trying the shortest prefix first.
///
/// `distutils.command.build` finds `distutils`; `typing.io.IO` finds `typing.io`.
pub fn lookup_name_or_parent(dotted: &str) -> Option<&'static Entry> {
    // No symbol has more components than the longest entry's: a dotted import of thousands
    // must not hash each of its thousands of prefixes.
    static DEEPEST: OnceLock<usize> = OnceLock::new();
    let deepest = *DEEPEST.get_or_init(|| {
        ENTRIES.iter().map(|entry| QualifiedName::new(entry.symbol).segment_count()).max().unwrap_or(0)
    });
    QualifiedName::new(dotted).prefixes().take(deepest).find_map(|prefix| lookup(prefix.as_str()))
}

/// The entries of each kind of detection (variant of [`Detection`]): the rules ask for some
/// kinds at every node of a file, so a scan of the whole table there would cost.
fn entries_of_kind(detection: &Detection) -> &'static [&'static Entry] {
    type Index = HashMap<std::mem::Discriminant<Detection>, Vec<&'static Entry>>;
    static INDEX: OnceLock<Index> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index: Index = HashMap::default();
        for entry in ENTRIES {
            index.entry(std::mem::discriminant(&entry.detection)).or_default().push(entry);
        }
        index
    });
    index.get(&std::mem::discriminant(detection)).map_or(&[], Vec::as_slice)
}

/// The entries of a kind of detection named `name` (their last segment).
fn entries_of_kind_named(detection: &Detection, name: &str) -> &'static [&'static Entry] {
    type Index = HashMap<std::mem::Discriminant<Detection>, HashMap<&'static str, Vec<&'static Entry>>>;
    static INDEX: OnceLock<Index> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index: Index = HashMap::default();
        for entry in ENTRIES {
            let kind = index.entry(std::mem::discriminant(&entry.detection)).or_default();
            kind.entry(entry.name()).or_default().push(entry);
        }
        index
    });
    index.get(&std::mem::discriminant(detection)).and_then(|kind| kind.get(name)).map_or(&[], Vec::as_slice)
}

/// Every entry found by `detection`.
pub fn entries_detected_by(detection: Detection) -> impl Iterator<Item = &'static Entry> {
    entries_of_kind(&detection).iter().copied().filter(move |entry| entry.detection == detection)
}

/// The entries that report removed keyword parameters of `callable`.
pub fn keyword_entries(callable: &str) -> &'static [&'static Entry] {
    static INDEX: OnceLock<HashMap<&'static str, Vec<&'static Entry>>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index: HashMap<&'static str, Vec<&'static Entry>> = HashMap::default();
        for entry in ENTRIES {
            if let Detection::Keyword { callables, .. } = entry.detection {
                for callable in callables {
                    index.entry(callable).or_default().push(entry);
                }
            }
        }
        index
    });
    index.get(callable).map_or(&[], Vec::as_slice)
}

/// The entries that report call shapes of `callable` (see [`Detection::CallShape`]).
pub fn call_shape_entries(callable: &str) -> &'static [&'static Entry] {
    static INDEX: OnceLock<HashMap<&'static str, Vec<&'static Entry>>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index: HashMap<&'static str, Vec<&'static Entry>> = HashMap::default();
        for entry in ENTRIES {
            if let Detection::CallShape { callables, .. } = entry.detection {
                for callable in callables {
                    index.entry(callable).or_default().push(entry);
                }
            }
        }
        index
    });
    index.get(callable).map_or(&[], Vec::as_slice)
}

/// The last segments of the callables of [`Detection::CallShape`] entries: the cheap test.
pub fn is_call_shape_name(name: &str) -> bool {
    static NAMES: OnceLock<crate::hash::HashSet<&'static str>> = OnceLock::new();
    NAMES
        .get_or_init(|| {
            ENTRIES
                .iter()
                .filter_map(|entry| match entry.detection {
                    Detection::CallShape { callables, .. } => Some(callables),
                    _ => None,
                })
                .flatten()
                .map(|callable| QualifiedName::new(callable).last())
                .collect()
        })
        .contains(name)
}

/// Keyword rows whose parameters became positional-only (3.7, 3.9) rather than disappearing:
/// their keywords, in order, are the parameters at positions 0, 1, ... Once a call fills such a
/// position with a positional argument, a keyword of the same name is an ordinary keyword that
/// reaches the callable's `**kwargs` (`weakref.finalize(obj, func, func=3)`): not a use.
pub static POSITIONAL_ONLY_ROWS: &[&str] = &[
    "bdb.Bdb.runcall(func=)",
    "cProfile.Profile.runcall(func=)",
    "concurrent.futures.Executor.submit(fn=)",
    "contextlib.ExitStack.callback(callback=)",
    "curses.wrapper(func=)",
    "functools.partialmethod(func=)",
    "multiprocessing.managers.Server.create(c=, typeid=)",
    "profile.Profile.runcall(func=)",
    "string.Formatter.format(format_string=)",
    "trace.Trace.runfunc(func=)",
    "unittest.TestCase.addCleanup(function=)",
    "weakref.finalize(obj=, func=)",
];

/// The position of `keyword` in a row of [`POSITIONAL_ONLY_ROWS`]; `None` for other rows.
pub fn positional_only_index(entry: &Entry, keyword: &str) -> Option<usize> {
    let Detection::Keyword { keywords, .. } = entry.detection else {
        return None;
    };
    if !POSITIONAL_ONLY_ROWS.contains(&entry.symbol) {
        return None;
    }
    keywords.iter().position(|listed| *listed == keyword)
}

/// Whether some entry removed a keyword parameter named `name` (from any callable).
pub fn is_removed_keyword(name: &str) -> bool {
    static NAMES: OnceLock<crate::hash::HashSet<&'static str>> = OnceLock::new();
    NAMES
        .get_or_init(|| {
            ENTRIES
                .iter()
                .filter_map(|entry| match entry.detection {
                    Detection::Keyword { keywords, .. } => Some(keywords),
                    _ => None,
                })
                .flatten()
                .copied()
                .collect()
        })
        .contains(name)
}

/// The entries of methods no longer called that are named `name` (see
/// [`Detection::UncalledMethod`]).
pub fn uncalled_methods(name: &str) -> impl Iterator<Item = &'static Entry> + '_ {
    entries_of_kind_named(&Detection::UncalledMethod { modern: "" }, name).iter().copied()
}

/// The entries of the unary `operator` (see [`Detection::UnaryOperator`]).
pub fn unary_operator_entries(operator: &str) -> impl Iterator<Item = (&'static Entry, Operand)> + '_ {
    let sample = Detection::UnaryOperator { operator: "", operand: Operand::Bool };
    entries_of_kind(&sample).iter().copied().filter_map(move |entry| match entry.detection {
        Detection::UnaryOperator { operator: spelled, operand } if spelled == operator => {
            Some((entry, operand))
        }
        _ => None,
    })
}

/// The distinctive-method entries named `name` (see [`Detection::DistinctiveMethod`]).
pub fn distinctive_methods(name: &str) -> impl Iterator<Item = &'static Entry> + '_ {
    entries_of_kind_named(&Detection::DistinctiveMethod, name).iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fails unless `rows` are sorted by symbol, each symbol once.
    fn assert_sorted_and_unique(rows: &[Entry], place: &str) {
        for pair in rows.windows(2) {
            assert!(
                pair[0].symbol < pair[1].symbol,
                "{place}: {} must sort before {}",
                pair[0].symbol,
                pair[1].symbol
            );
        }
    }

    #[test]
    fn entries_are_sorted_and_unique() {
        assert_sorted_and_unique(ENTRIES, "ENTRIES");
    }

    #[test]
    fn entries_are_consistent() {
        for entry in ENTRIES {
            assert!(!entry.replacement.is_empty(), "{}", entry.symbol);
            assert!(!entry.why.is_empty(), "{}", entry.symbol);
            match entry.removed_in {
                Some(removed) => {
                    assert!(entry.deprecated_in.is_none_or(|version| version < removed), "{}", entry.symbol)
                }
                // An undated deprecation is reported from the version that deprecated it.
                None => assert!(entry.deprecated_in.is_some(), "{}", entry.symbol),
            }
            // A withdrawal ends a deprecation that had begun, and nothing removed is withdrawn.
            if let Some(withdrawn) = entry.withdrawn_in {
                assert!(entry.removed_in.is_none(), "{}", entry.symbol);
                assert!(entry.deprecated_in.is_some_and(|version| version < withdrawn), "{}", entry.symbol);
            }
            let modular = matches!(entry.kind, ApiKind::Module | ApiKind::Package);
            assert_eq!(modular, entry.detection == Detection::Import, "{}", entry.symbol);
            assert_eq!(
                entry.kind == ApiKind::EnvVar,
                entry.detection == Detection::EnvVar,
                "{}",
                entry.symbol
            );
        }
    }

    /// Each family file holds the rows of its documentation page, sorted.
    #[test]
    fn rows_live_in_the_file_of_their_family() {
        for (name, rows) in rows::FAMILIES {
            for row in *rows {
                assert_eq!(row.family(), *name, "move {} to rows/{}.rs", row.symbol, row.family());
            }
            assert_sorted_and_unique(rows, &format!("rows/{name}.rs"));
        }
        assert_eq!(rows::FAMILIES.iter().map(|(_, rows)| rows.len()).sum::<usize>(), ENTRIES.len());
    }

    #[test]
    fn positional_only_rows_are_keyword_rows() {
        for symbol in POSITIONAL_ONLY_ROWS {
            let entry = lookup(symbol).unwrap_or_else(|| panic!("no row {symbol}"));
            assert!(matches!(entry.detection, Detection::Keyword { .. }), "{symbol}");
        }
    }

    #[test]
    fn anchors_are_unique() {
        let mut slugs: Vec<String> = ENTRIES.iter().map(Entry::slug).collect();
        slugs.sort();
        for pair in slugs.windows(2) {
            assert_ne!(pair[0], pair[1]);
        }
    }

    #[test]
    fn lookups_find_names_and_parents() {
        assert_eq!(lookup("asyncore").map(|e| e.symbol), Some("asyncore"));
        assert!(lookup("asyncore.loop").is_none());
        assert_eq!(lookup_name_or_parent("distutils.command.build").map(|e| e.symbol), Some("distutils"));
        assert_eq!(lookup_name_or_parent("typing.io.IO").map(|e| e.symbol), Some("typing.io"));
        assert!(lookup_name_or_parent("numpy.distutils").is_none());
        assert!(lookup_name_or_parent("typing").is_none());
    }

    #[test]
    fn status_follows_the_target() {
        let typing_io = lookup("typing.io").unwrap();
        assert_eq!(typing_io.status_at(PythonVersion::new(12)), Some(Status::Deprecated));
        assert_eq!(typing_io.status_at(PythonVersion::new(13)), Some(Status::Removed));
    }
}
