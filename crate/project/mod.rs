//! The project index: what the modules of one run say about the names other modules of the
//! run import from them, so that a directory run follows a compatibility module's re-exports
//! (`from .compat import configparser`, `from ._compat import *`) and flags (`from ._compat
//! import HAS_CRYPT`) as a check of one file follows its own imports.
//!
//! Two passes, both linear in the run:
//! 1. every file's text gets a quick look for its import statements ([`scan`]: no parse;
//!    `from ... import`, and plain `import pkg.compat as c` whose attributes the file reads), and each module another file imports from (directly, through a star import or a
//!    re-export) is summarised once: its module-level statements parsed and modelled, and what
//!    each of its names is bound to kept as a small typed [`Summary`];
//! 2. each file is checked with the [`FileFacts`] of the names it imports: the semantic model
//!    binds them to what their module binds them to, and the prefilter gets a prelude of the
//!    equivalent standard-library imports, so a file whose only evidence is an import from a
//!    compat module is still parsed.
//!
//! A use is reported where it is: `configparser.SafeConfigParser()` in the importing file is
//! that file's finding. A removed name imported by the compat module itself
//! (`from configparser import SafeConfigParser`) is the compat module's finding, at its import;
//! the importing file's `from .compat import SafeConfigParser` and its bare uses are not
//! reported again (as a name imported from a removed module is reported once, at its import,
//! in one file), while what is reached through the name (`SafeConfigParser().readfp(f)`) is.
//!
//! Modules are found from the run's paths ([`modules`]): a directory is a package when the run
//! holds its `__init__.py`. Relative imports are resolved by directory, from the importing
//! file's own (a directory without `__init__.py` is a namespace package). Absolute imports
//! reach a module of the run unless their first name is a standard-library module's: the one in
//! the importing file's own root, else the run's only module of that name.
//! A relative import the run cannot see (a single file, a package checked in part) is listed
//! by [`ProjectIndex::unseen`], for the command line to say so.

pub mod classes;
pub mod modules;
pub mod parts;
pub mod scan;

use crate::hash::{HashMap, HashSet};
use crate::semantic::project::{Imported, ProjectImports};
use crate::semantic::SemanticModel;
use crate::stdlib::canonical_path;
use modules::Modules;
use scan::FromImport;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::Arc;

/// How many re-exports and star imports a name is followed through.
const MAX_CHAIN: usize = 8;

/// What a module binds a name to, as the index keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
enum Export {
    /// Something outside the project (or a flag): final.
    Outside(Imported),
    /// A name of another module of the run (a re-export): `(module, name)`.
    Project(usize, String),
}

/// What one module of the run binds at module level, as far as other modules can use it.
/// Serialised when a worker thread of the npm package summarises a module for the main
/// thread's index ([`Summary::to_bytes`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Its names bound to something the index can follow, by name.
    names: HashMap<String, Export>,
    /// The run's modules it star-imports, in order.
    stars: Vec<usize>,
    /// The names of its literal `__all__`, if it has one: what a star import takes.
    all: Option<Vec<String>>,
    /// Whether it holds all the module's names (`false`: it holds those of the names asked for
    /// when it was made that the module binds, having parsed only the statements that bind
    /// them ([`parts`]), or none of them is bound there and it was not parsed).
    complete: bool,
    /// The names of its top-level classes ([`scan::class_names`]): new member words for
    /// another name do not make the summary again.
    classes: Vec<String>,
}

impl Summary {
    /// The summary as bytes, for the thread that merges the summaries (the npm package's
    /// worker threads summarise the modules its main thread's index asks for).
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// The summary [`Summary::to_bytes`] made (empty bytes: an empty summary, as for a module
    /// whose summary could not be made); `None` for bytes it did not make.
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        if bytes.is_empty() {
            return Some(Summary::default());
        }
        serde_json::from_slice(bytes).ok()
    }
}

/// What the index knows for one file: what `check_in_project` (lib.rs) takes.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct FileFacts {
    /// Import statements that stand for the names the file imports from the project, for the
    /// prefilter (`import configparser as configparser\n`).
    pub prelude: String,
    /// The names the file imports from the project, for the semantic model.
    pub imports: ProjectImports,
}

impl FileFacts {
    /// Whether the index knows nothing for the file (it is checked as alone).
    pub fn is_empty(&self) -> bool {
        self.imports.is_empty()
    }

    /// The facts as bytes, for a thread that checks the file without the index (the npm
    /// package's workers): empty when there are none.
    pub fn to_bytes(&self) -> Vec<u8> {
        if self.is_empty() {
            return Vec::new();
        }
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// The facts [`FileFacts::to_bytes`] made; `None` for bytes it did not make.
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        if bytes.is_empty() {
            return Some(FileFacts::default());
        }
        serde_json::from_slice(bytes).ok()
    }
}

/// Builds the index of a run: the files' paths, then each file's text ([`ProjectBuilder::scan`]),
/// then the summaries of the modules [`ProjectBuilder::wanted`] asks for, until it asks for none.
#[derive(Debug)]
pub struct ProjectBuilder {
    modules: Arc<Modules>,
    /// Per file: its imports that may name a module of the run, with the key of what each
    /// names in the run ([`modules::Module::key`]: a module, or a namespace package's
    /// directory; `None`: a relative import the run cannot see).
    imports: Vec<Vec<(FromImport, Option<String>)>>,
    summaries: HashMap<usize, Summary>,
    /// What has been asked of each module so far.
    requested: HashMap<usize, Requested>,
}

/// One thing asked of a module: (module, name or `None` for a star import, the member words
/// of the files asking).
type Request<'a> = (usize, Option<&'a str>, Cow<'a, [&'static str]>);

/// What the run asks of one module. Serialised for a worker thread of the npm package that
/// summarises the module ([`ProjectBuilder::asked_of`]).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct Requested {
    /// A star import of it.
    star: bool,
    /// The names imported from it.
    names: HashSet<String>,
    /// The names imported from it by files that spell member words ([`classes::member_words`]),
    /// with those words: the classes among them may be worth parsing.
    #[serde(deserialize_with = "classes::deserialize_class_words")]
    classes: HashMap<String, Vec<&'static str>>,
}

impl ProjectBuilder {
    /// The run's files, by path (`/` or `\` separated, as given).
    pub fn new(paths: &[String]) -> Self {
        Self::with_modules(Arc::new(Modules::new(paths)))
    }

    /// The run whose files' modules are `modules` (made once for several builders: the
    /// language server's checks of the documents of one workspace folder).
    pub fn with_modules(modules: Arc<Modules>) -> Self {
        ProjectBuilder {
            imports: vec![Vec::new(); modules.files()],
            modules,
            summaries: HashMap::default(),
            requested: HashMap::default(),
        }
    }

    /// Whether the run has more than one module (else there is nothing to follow).
    pub fn has_modules(&self) -> bool {
        self.modules.count() > 1
    }

    /// Whether the run has no Python module at all (nothing to follow, nothing to note).
    pub fn is_empty(&self) -> bool {
        self.modules.count() == 0
    }

    /// Notes the imports of file `index` (a quick look at its text).
    pub fn scan(&mut self, index: usize, text: &str) {
        let found = self.project_imports(index, text);
        if let Some(slot) = self.imports.get_mut(index) {
            *slot = found;
        }
    }

    /// The imports of `text` (file `index`) that may name a module of the run: its `from`
    /// imports, and its plain imports of the run's modules whose attributes it reads. Each with
    /// the key of what it names in the run ([`modules::Module::key`]), `None` for a relative
    /// import the run does not hold.
    pub fn project_imports(&self, index: usize, text: &str) -> Vec<(FromImport, Option<String>)> {
        if self.modules.get(index).is_none() {
            return Vec::new();
        }
        // Most imports name the standard library or a third-party package: their names are
        // not read.
        let may_be_ours = |level: usize, name: &str| {
            let root = name.split('.').next().unwrap_or(name);
            level > 0 || (self.modules.has_first_name(root) && !modules::is_stdlib(root))
        };
        let modules = &self.modules;
        let mut found: Vec<(FromImport, Option<String>)> = scan::imports_where(text, may_be_ours)
            .into_iter()
            .filter_map(|mut import| {
                if let Some(alias) = &import.plain {
                    // `import pkg.compat as c`: the attributes the file reads of `c`.
                    let target = modules.absolute(index, &import.module)?;
                    let attributes = scan::attributes_of(text, alias);
                    if attributes.is_empty() {
                        return None;
                    }
                    import.attributes = vec![(alias.clone(), attributes)];
                    let key = modules.get(target)?.key.clone();
                    return Some((import, Some(key)));
                }
                let key = if import.level > 0 {
                    modules.relative(index, import.level, &import.module)
                } else {
                    // An absolute import of something else than the run's modules: nothing
                    // to follow.
                    let target = modules.absolute(index, &import.module)?;
                    Some(modules.get(target)?.key.clone())
                };
                let Some(key) = key else {
                    return Some((import, None));
                };
                // `from . import compat`: the attributes the file reads of `compat`.
                import.attributes = import
                    .names
                    .iter()
                    .filter(|(imported, _)| modules.submodule(&key, imported).is_some())
                    .map(|(imported, alias)| (imported.clone(), scan::attributes_of(text, alias)))
                    .filter(|(_, attributes)| !attributes.is_empty())
                    .collect();
                // A namespace package (a directory without `__init__.py`) is seen when what the
                // file imports from it is a module of the run.
                let seen = modules.at_key(&key).is_some()
                    || import.names.iter().any(|(imported, _)| modules.submodule(&key, imported).is_some());
                Some((import, seen.then_some(key)))
            })
            .collect();
        // What the file may look up on a class it imports from the run (read only where it
        // imports from it).
        if found.iter().any(|(_, key)| key.is_some()) {
            let members = classes::member_words(text);
            for (import, _) in found.iter_mut().filter(|(_, key)| key.is_some()) {
                import.members = members.clone();
                // A class it imports and calls with a constructor's removed keyword.
                if classes::calls_constructor(text, import.names.iter().map(|(_, alias)| alias.as_str())) {
                    import.members.push("__init__");
                    import.members.sort_unstable();
                }
            }
        }
        found
    }

    /// Whether file `index` imports from a module the run holds (its facts may then not be
    /// empty: it waits for the summaries; any other file is checked as alone).
    pub fn imports_from_run(&self, index: usize) -> bool {
        self.imports.get(index).is_some_and(|imports| imports.iter().any(|(_, module)| module.is_some()))
    }

    /// Sets the imports of file `index` found by [`ProjectBuilder::project_imports`].
    pub fn set_imports(&mut self, index: usize, imports: Vec<(FromImport, Option<String>)>) {
        if let Some(slot) = self.imports.get_mut(index) {
            *slot = imports;
        }
    }

    /// The files whose summary the index needs and does not have yet: the modules imported
    /// from, and those their summaries lead to (a module summarised for some names only is
    /// asked for again when more of its names are wanted).
    pub fn wanted(&mut self) -> Vec<usize> {
        let modules = &self.modules;
        // (module, name or `None` for a star import, the member words of the files asking).
        let mut requests: Vec<Request<'_>> = Vec::new();
        for (import, key) in self.imports.iter().flatten() {
            let Some(key) = key else { continue };
            let owner = modules.at_key(key);
            let words = import.members.as_slice();
            let words = || Cow::Borrowed(words);
            if import.plain.is_some() {
                // `import pkg.compat as c`: what is asked of it is the attributes read of `c`.
                let attributes = import.attributes.iter().flat_map(|(_, attributes)| attributes);
                requests.extend(owner.into_iter().flat_map(|owner| {
                    attributes.clone().map(move |attribute| (owner, Some(attribute.as_str()), words()))
                }));
                continue;
            }
            if let Some(owner) = owner.filter(|_| import.star) {
                requests.push((owner, None, Cow::Borrowed(&[])));
            }
            // `from pkg import sub` of a module of the run imports that module: what is asked
            // of `sub` is the attributes the file reads of it.
            if let Some(owner) = owner {
                requests.extend(
                    import
                        .names
                        .iter()
                        .filter(|(name, _)| modules.submodule(key, name).is_none())
                        .map(|(name, _)| (owner, Some(name.as_str()), words())),
                );
            }
            for (name, attributes) in &import.attributes {
                let Some(submodule) = modules.submodule(key, name) else { continue };
                requests.extend(
                    attributes.iter().map(|attribute| (submodule, Some(attribute.as_str()), words())),
                );
            }
        }
        for (index, summary) in &self.summaries {
            requests.extend(summary.stars.iter().map(|&star| (star, None, Cow::Borrowed(&[][..]))));
            for (exported, export) in &summary.names {
                if let Export::Project(module, name) = export {
                    // A re-export is asked for with the words its own name was asked for with.
                    let words = self.words(*index, exported);
                    requests.push((*module, Some(name), Cow::Owned(words)));
                }
            }
        }
        let bases = self.class_bases();
        requests.extend(
            bases
                .iter()
                .map(|(module, name, words)| (*module, Some(name.as_str()), Cow::Borrowed(&words[..]))),
        );
        let mut wanted = Vec::new();
        let mut next = 0;
        while let Some((index, name, words)) = requests.get(next).cloned() {
            next += 1;
            let request = self.requested.get(&index);
            let new = match name {
                None => !request.is_some_and(|request| request.star),
                Some(name) => !request.is_some_and(|request| request.names.contains(name)),
            };
            // New words for a name: its class may now be worth parsing, even in a summary
            // that holds all the module's other names.
            let request = self.requested.entry(index).or_default();
            let mut new_words: Vec<&'static str> = Vec::new();
            if !words.is_empty() {
                let known = request.classes.entry(name.unwrap_or_default().to_string()).or_default();
                new_words.extend(words.iter().filter(|word| !known.contains(word)));
                known.extend(&new_words);
            }
            let summary = self.summaries.get(&index);
            // The summary is made again for them only where the module defines a class of
            // that name; through a re-export, they are asked of the module it leads to.
            let remake = !new_words.is_empty()
                && name.is_some_and(|name| {
                    summary.is_none_or(|summary| summary.classes.iter().any(|class| class == name))
                });
            if let (false, Some(Some(Export::Project(module, exported)))) =
                (new_words.is_empty(), name.map(|name| summary.and_then(|summary| summary.names.get(name))))
            {
                requests.push((*module, Some(exported.as_str()), Cow::Owned(new_words)));
            }
            let complete = summary.is_some_and(|summary| summary.complete);
            if ((new || summary.is_none()) && !complete) || remake {
                wanted.push(index);
            }
            match name {
                None => request.star = true,
                Some(name) => {
                    request.names.insert(name.to_string());
                }
            }
        }
        wanted.sort_unstable();
        wanted.dedup();
        wanted
    }

    /// The member words name `name` of module `index` was asked for with.
    fn words(&self, index: usize, name: &str) -> Vec<&'static str> {
        self.requested
            .get(&index)
            .and_then(|request| request.classes.get(name))
            .map_or(Vec::new(), Vec::clone)
    }

    /// The bases of the classes asked for with member words that are classes of the run, with
    /// those words: (module, name, words). Ex) requests-mock's `class TestCase(testtools.TestCase)`
    /// in `tests/base.py`, derived from in a sibling module.
    fn class_bases(&self) -> Vec<(usize, String, Vec<&'static str>)> {
        let mut bases = Vec::new();
        for (&index, summary) in &self.summaries {
            for (exported, export) in &summary.names {
                let Export::Outside(Imported::Class { bases: outside, .. }) = export else { continue };
                let words = self.words(index, exported);
                if words.is_empty() {
                    continue;
                }
                for base in outside {
                    if let Some(Some(Export::Project(module, name))) = self.in_project(index, base) {
                        bases.push((module, name, words.clone()));
                    }
                }
            }
        }
        bases
    }

    /// Whether the top-level class `name` of module `index` (text `text`) derives from a name
    /// the module imports from the run (`imports`: its `from` imports of the run's modules,
    /// read once): a class there may keep old names (a test base one class further from
    /// testtools' `TestCase`), though this one names nothing of it.
    fn derives_from_run(
        &self,
        index: usize,
        text: &str,
        name: &str,
        imports: &std::cell::OnceCell<Vec<FromImport>>,
    ) -> bool {
        let bases = scan::class_base_names(text, name);
        !bases.is_empty()
            && imports
                .get_or_init(|| {
                    scan::from_imports_where(text, |level, module| {
                        level > 0 || self.modules.absolute(index, module).is_some()
                    })
                })
                .iter()
                .any(|import| import.names.iter().any(|(_, alias)| bases.contains(&alias.as_str())))
    }

    /// What the index asks of module `index` now, as bytes for a thread that summarises it
    /// from its text with a builder of the same run's paths ([`ProjectBuilder::summarize_asked`]:
    /// the npm package's worker threads, for its main thread's index).
    pub fn asked_of(&self, index: usize) -> Vec<u8> {
        serde_json::to_vec(&self.requested.get(&index)).unwrap_or_default()
    }

    /// [`ProjectBuilder::summarize`] of module `index` with what another builder of the same
    /// run's paths asked of it (`asked`, from [`ProjectBuilder::asked_of`]): the summary that
    /// builder would make. `None` for bytes `asked_of` did not make.
    pub fn summarize_asked(&mut self, index: usize, asked: &[u8], text: &str) -> Option<Summary> {
        let asked: Option<Requested> = serde_json::from_slice(asked).ok()?;
        let before = match asked {
            Some(asked) => self.requested.insert(index, asked),
            None => self.requested.remove(&index),
        };
        let summary = self.summarize(index, text);
        match before {
            Some(before) => self.requested.insert(index, before),
            None => self.requested.remove(&index),
        };
        Some(summary)
    }

    /// The summary of file `index`, whose text is `text` (its module-level statements parsed).
    pub fn summarize(&self, index: usize, text: &str) -> Summary {
        if self.modules.get(index).is_none() {
            return Summary::default();
        }
        Summary { classes: scan::class_names(text), ..self.summarize_names(index, text) }
    }

    /// [`ProjectBuilder::summarize`] but for the names of the module's classes.
    fn summarize_names(&self, index: usize, text: &str) -> Summary {
        // Most modules imported from bind none of the names asked for: a quick look says so
        // without a parse.
        let request = self.requested.get(&index);
        let all = scan::all_names(text);
        // A module that star-imports may bind any name through it (read once, and only where a
        // `*` is).
        let star_imports: Vec<FromImport> = if text.contains('*') {
            scan::from_imports(text).into_iter().filter(|import| import.star).collect()
        } else {
            Vec::new()
        };
        let stars = !star_imports.is_empty();
        // A function asked for by name is parsed where it may be a predicate (an `isinstance`
        // in the module): it narrows in the importing file.
        // Only for a file that spells a member word (`v.s`): nothing else can be narrowed.
        let function_wanted = |name: &str| {
            request.and_then(|request| request.classes.get(name)).is_some_and(|words| !words.is_empty())
                && scan::defines_isinstance_test(text, name)
        };
        let functions_asked = text.contains("isinstance(")
            && request.is_some_and(|request| request.classes.keys().any(|name| function_wanted(name)));
        let asked = stars
            || functions_asked
            || request.is_none_or(|request| {
                let star = request.star
                    && all.as_ref().is_none_or(|all| all.iter().any(|name| scan::may_bind(text, name)));
                star || request.names.iter().any(|name| scan::may_bind(text, name))
            });
        // A class asked for by name is parsed too (what its instances and subclasses inherit)
        // when a file that asks for it spells a member word this module may change
        // ([`classes`]) and the class mentions a catalogue word.
        let matters = std::cell::RefCell::new(HashMap::default());
        // Or when it derives from a name the module imports from the run.
        let from_run = std::cell::OnceCell::new();
        let derived_wanted = |name: &str| {
            request.and_then(|request| request.classes.get(name)).is_some_and(|words| !words.is_empty())
                && self.derives_from_run(index, text, name, &from_run)
        };
        let class_wanted = |name: &str| {
            request.and_then(|request| request.classes.get(name)).is_some_and(|words| {
                words.iter().any(|&word| {
                    *matters.borrow_mut().entry(word).or_insert_with(|| {
                        classes::may_matter(text, word, |package| {
                            self.modules.absolute(index, package).is_none()
                        })
                    })
                }) || derived_wanted(name)
            })
        };
        let class_asked = request.is_some_and(|request| {
            request.classes.keys().any(|name| scan::defines_class(text, name) && class_wanted(name))
        });
        if !asked && !class_asked {
            return Summary::default();
        }
        let parts = if class_asked || functions_asked {
            crate::prefilter::module_parts(
                text,
                |name| class_asked && class_wanted(name),
                |name| class_asked && derived_wanted(name),
                |name| functions_asked && function_wanted(name),
            )
        } else {
            crate::prefilter::module_parts(text, |_| false, |_| false, |_| false)
        };
        if !asked && !parts.classes {
            return Summary::default();
        }
        // Of module-level code, the statements that bind the names asked for ([`parts`]); all of
        // it for a star import of the module or one in it (which may bind any name). A summary
        // of some names is made again when more are asked for.
        let names = request.filter(|request| !request.star && !stars).map(|request| &request.names);
        let complete = names.is_none();
        let ranges = parts::needed(text, &parts, names);
        if ranges.is_empty() {
            return Summary { complete, ..Summary::default() };
        }
        let Ok(tree) = crate::syntax::parse_within_budget(text, &ranges) else {
            return Summary { complete: true, ..Summary::default() };
        };
        Summary { complete, ..self.summary_of(index, &tree, text, all, star_imports) }
    }

    /// The summary of module `index` from the tree of its planned ranges: the names it binds at
    /// module level and where each leads, its `__all__`, and the modules its star-imports reach.
    fn summary_of(
        &self,
        index: usize,
        tree: &tree_sitter::Tree,
        text: &str,
        all: Option<Vec<String>>,
        star_imports: Vec<FromImport>,
    ) -> Summary {
        let model = SemanticModel::build(tree.root_node(), text, crate::catalogue::REMOVED_APIS);
        let mut summary = Summary { complete: true, all, ..Summary::default() };
        for name in model.module_names() {
            let Some(exported) = model.exported(name) else {
                continue;
            };
            let export = match exported {
                Imported::Qualified(qualified) => match self.in_project(index, &qualified) {
                    Some(Some(found)) => found,
                    Some(None) => continue,
                    None => Export::Outside(Imported::Qualified(qualified)),
                },
                flag => Export::Outside(flag),
            };
            summary.names.insert(name.to_string(), export);
        }
        for import in star_imports {
            let star = if import.level > 0 {
                self.modules
                    .relative(index, import.level, &import.module)
                    .and_then(|key| self.modules.at_key(&key))
            } else if modules::is_stdlib(&import.module) {
                None
            } else {
                self.modules.absolute(index, &import.module)
            };
            summary.stars.extend(star);
        }
        summary
    }

    /// Where a qualified name that module `index` binds lies in the run: `None` outside it,
    /// `Some(None)` in it but not followable (a relative name above the top, a submodule),
    /// `Some(Some(export))` a name of a module of the run.
    fn in_project(&self, index: usize, qualified: &str) -> Option<Option<Export>> {
        let level = qualified.len() - qualified.trim_start_matches('.').len();
        let rest = &qualified[level..];
        if level > 0 {
            // `..compat.configparser`: name `configparser` of the module at `..compat`; `.compat`:
            // name `compat` of the package at `.`.
            let (owner, name) = rest.rsplit_once('.').unwrap_or(("", rest));
            let found = self
                .modules
                .relative(index, level, owner)
                .and_then(|key| self.modules.at_key(&key))
                .filter(|_| !name.is_empty())
                .map(|owner| Export::Project(owner, name.to_string()));
            return Some(found);
        }
        if modules::is_stdlib(rest) {
            return None;
        }
        let Some((owner, name)) = rest.rsplit_once('.') else {
            return self.modules.absolute(index, rest).map(|_| None);
        };
        if let Some(owner) = self.modules.absolute(index, owner) {
            return Some(Some(Export::Project(owner, name.to_string())));
        }
        let in_run = self.modules.has_first_name(rest.split('.').next().unwrap_or_default());
        in_run.then_some(None)
    }

    /// The index, once the summaries it asks for are made one after the other from the files'
    /// texts (`text(index)`; `None`, a file without one, summarises as empty).
    pub fn complete<'a>(mut self, text: impl Fn(usize) -> Option<&'a str>) -> ProjectIndex {
        loop {
            let wanted = self.wanted();
            if wanted.is_empty() {
                break;
            }
            for index in wanted {
                let summary = self.summarize(index, text(index).unwrap_or_default());
                self.add(index, summary);
            }
        }
        self.finish()
    }

    /// Records the summary of file `index`.
    pub fn add(&mut self, index: usize, summary: Summary) {
        self.summaries.insert(index, summary);
    }

    /// The index, once [`ProjectBuilder::wanted`] is empty (summaries still missing are
    /// taken as empty).
    pub fn finish(self) -> ProjectIndex {
        let mut index = ProjectIndex { builder: self, stars: HashMap::default() };
        // Followed once per module, not once per file that star-imports it (the tests of a
        // library all doing `from tkinter import *`).
        let modules = &index.builder.modules;
        let starred: HashSet<usize> = index
            .builder
            .imports
            .iter()
            .flatten()
            .filter(|(import, _)| import.star)
            .filter_map(|(_, key)| modules.at_key(key.as_deref()?))
            .collect();
        for module in starred {
            let names = index.star_names(module);
            index.stars.insert(module, names);
        }
        index
    }
}

/// The index of a run: what each file imports from the others ([`ProjectIndex::facts`]).
#[derive(Debug)]
pub struct ProjectIndex {
    builder: ProjectBuilder,
    /// What a `from module import *` binds, for each module of the run a file star-imports.
    stars: HashMap<usize, Vec<(String, Imported)>>,
}

impl ProjectIndex {
    /// An index from the files' paths and texts, in one call (for runs whose texts are all in
    /// memory: `checkFiles`, tests).
    pub fn from_texts(files: &[(String, &str)]) -> Self {
        let paths: Vec<String> = files.iter().map(|(path, _)| path.clone()).collect();
        let mut builder = ProjectBuilder::new(&paths);
        for (index, (_, text)) in files.iter().enumerate() {
            builder.scan(index, text);
        }
        builder.complete(|index| files.get(index).map(|(_, text)| *text))
    }

    /// What file `index` imports from the other modules of the run.
    pub fn facts(&self, index: usize) -> FileFacts {
        let mut facts = FileFacts::default();
        let Some(imports) = self.builder.imports.get(index) else {
            return facts;
        };
        let modules = &self.builder.modules;
        for (import, key) in imports {
            let Some(key) = key else { continue };
            let owner = modules.at_key(key);
            let spelled = import.spelled();
            let separator = if spelled.ends_with('.') { "" } else { "." };
            let bind = |facts: &mut FileFacts, name: &str, alias: &str, imported: Imported| {
                let key = canonical_path(&format!("{spelled}{separator}{name}")).into_owned();
                match &imported {
                    Imported::Qualified(qualified) => facts.prelude.push_str(&prelude_line(qualified, alias)),
                    // What a class inherits needs the evidence of its bases' imports.
                    Imported::Class { bases, .. } => {
                        for base in bases {
                            facts.prelude.push_str(&prelude_import(base));
                        }
                    }
                    // What an instance's members are needs the evidence of its class's import.
                    Imported::Instance(class) => facts.prelude.push_str(&prelude_import(class)),
                    Imported::ImportFlag(_) | Imported::Predicate { .. } => {}
                }
                facts.imports.names.insert(key, imported);
            };
            if import.plain.is_some() {
                // `import pkg.compat as c`, then `c.configparser`: bound as `pkg.compat.configparser`.
                for attribute in import.attributes.iter().flat_map(|(_, attributes)| attributes) {
                    if let Some(imported) = owner.and_then(|owner| self.follow(owner, attribute, 0)) {
                        bind(&mut facts, attribute, attribute, imported);
                    }
                }
                continue;
            }
            if let Some(owner) = owner {
                for (name, alias) in &import.names {
                    if let Some(imported) = self.follow(owner, name, 0) {
                        bind(&mut facts, name, alias, imported);
                    }
                }
            }
            // `from . import compat`, then `compat.configparser`: bound as `.compat.configparser`.
            for (name, attributes) in &import.attributes {
                let Some(submodule) = modules.submodule(key, name) else { continue };
                for attribute in attributes {
                    if let Some(imported) = self.follow(submodule, attribute, 0) {
                        bind(&mut facts, &format!("{name}.{attribute}"), attribute, imported);
                    }
                }
            }
            if import.star {
                let names = owner.and_then(|owner| self.stars.get(&owner)).map_or(&[][..], Vec::as_slice);
                for (name, imported) in names {
                    bind(&mut facts, name, name, imported.clone());
                }
                facts
                    .imports
                    .stars
                    .insert(spelled.clone(), names.iter().map(|(name, _)| name.clone()).collect());
            }
        }
        facts
    }

    /// The relative imports of file `index` whose module the run does not hold, as spelled
    /// (`.compat`), each once.
    pub fn unseen(&self, index: usize) -> Vec<String> {
        let mut unseen: Vec<String> = Vec::new();
        for (import, module) in self.builder.imports.get(index).into_iter().flatten() {
            let spelled = import.spelled();
            if module.is_none() && !unseen.contains(&spelled) {
                unseen.push(spelled);
            }
        }
        unseen
    }

    /// What `name` of module `module` is, following re-exports and star imports.
    fn follow(&self, module: usize, name: &str, depth: usize) -> Option<Imported> {
        self.follow_unseen(module, name, depth, &mut Vec::new())
    }

    /// [`ProjectIndex::follow`], where `seen` holds the (module, name) pairs this search has
    /// followed: a search stops once it finds, so a pair seen again led nowhere or is being
    /// followed (a cycle: asyncio's submodules bind `events` through the package that
    /// star-imports them). Without it, each cycle was gone around to the chain's limit.
    fn follow_unseen<'a>(
        &'a self,
        module: usize,
        name: &'a str,
        depth: usize,
        seen: &mut Vec<(usize, &'a str)>,
    ) -> Option<Imported> {
        match self.find(module, name, depth, seen)? {
            (owner, Imported::Class { bases, names }) => Some(self.inherited(owner, bases, names)),
            (_, imported) => Some(imported.clone()),
        }
    }

    /// What `name` of module `module` is bound to outside the project, with the module that
    /// binds it ([`ProjectIndex::follow_unseen`], before a class's bases are followed).
    fn find<'s: 'n, 'n>(
        &'s self,
        module: usize,
        name: &'n str,
        depth: usize,
        seen: &mut Vec<(usize, &'n str)>,
    ) -> Option<(usize, &'s Imported)> {
        if depth > MAX_CHAIN || seen.contains(&(module, name)) {
            return None;
        }
        seen.push((module, name));
        let summary = self.builder.summaries.get(&module)?;
        match summary.names.get(name) {
            Some(Export::Outside(imported)) => Some((module, imported)),
            Some(Export::Project(owner, inner)) => self.find(*owner, inner, depth + 1, seen),
            None => summary.stars.iter().find_map(|&star| self.find(star, name, depth + 1, seen)),
        }
    }

    /// A class of module `module` ([`Imported::Class`]) whose bases may be classes of the run
    /// (requests-mock's tests derive from `tests/base.py`'s `TestCase(testtools.TestCase)`):
    /// each such base in its place gives its own bases outside the run and the names it binds.
    /// A base the index cannot follow stays as it was; at most [`MAX_CHAIN`] classes are
    /// followed.
    fn inherited(&self, module: usize, bases: &[String], names: &[String]) -> Imported {
        let mut outside = Vec::new();
        let mut names = names.to_vec();
        let mut pending: Vec<(usize, &str)> =
            bases.iter().rev().map(|base| (module, base.as_str())).collect();
        let mut followed: Vec<(usize, String)> = Vec::new();
        while let Some((module, base)) = pending.pop() {
            let class = match self.builder.in_project(module, base) {
                Some(Some(Export::Project(owner, name)))
                    if followed.len() < MAX_CHAIN && !followed.contains(&(owner, name.clone())) =>
                {
                    let found = self.find(owner, &name, 0, &mut Vec::new());
                    followed.push((owner, name));
                    found
                }
                _ => None,
            };
            match class {
                Some((owner, Imported::Class { bases, names: bound })) => {
                    for name in bound {
                        if !names.contains(name) {
                            names.push(name.clone());
                        }
                    }
                    pending.extend(bases.iter().rev().map(|base| (owner, base.as_str())));
                }
                Some((_, Imported::Qualified(qualified))) => outside.push(qualified.clone()),
                _ => outside.push(base.to_string()),
            }
        }
        names.sort_unstable();
        Imported::Class { bases: outside, names }
    }

    /// The names a `from module import *` binds that the index can follow (those not starting
    /// with an underscore), sorted.
    fn star_names(&self, module: usize) -> Vec<(String, Imported)> {
        let mut names: HashMap<String, Imported> = HashMap::default();
        let mut pending = vec![(module, 0)];
        let mut seen = HashSet::default();
        while let Some((current, depth)) = pending.pop() {
            if depth > MAX_CHAIN || !seen.insert(current) {
                continue;
            }
            let Some(summary) = self.builder.summaries.get(&current) else {
                continue;
            };
            let taken = |name: &&String| match &summary.all {
                Some(all) => all.contains(name),
                None => !name.starts_with('_'),
            };
            for name in summary.names.keys().filter(taken) {
                if !names.contains_key(name) {
                    if let Some(imported) = self.follow(current, name, depth) {
                        names.insert(name.clone(), imported);
                    }
                }
            }
            pending.extend(summary.stars.iter().rev().map(|&star| (star, depth + 1)));
        }
        let mut names: Vec<(String, Imported)> = names.into_iter().collect();
        names.sort_by(|a, b| a.0.cmp(&b.0));
        names
    }
}

/// Among a file's `from` imports ([`ProjectBuilder::project_imports`]), the relative ones whose
/// module the run does not hold and whose names the file uses where that module's facts could
/// change a finding: as the receiver of an attribute (`configparser.x`) or as a tested flag
/// (`if HAS_CRYPT`), or any star import. Each module once, as spelled (`.compat`). An import
/// spelled inside a string or a comment (a test's source as text) is not one.
pub fn unfollowed(imports: &[(FromImport, Option<String>)], text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    // Made for the few files with a candidate: an import spelled in a string is none.
    let mut not_code = None;
    for (import, module) in imports {
        if module.is_some() || import.level == 0 {
            continue;
        }
        if scan::is_within(not_code.get_or_insert_with(|| scan::strings_and_comments(text)), import.at) {
            continue;
        }
        let used = import.star || import.names.iter().any(|(_, alias)| used_as_receiver_or_flag(text, alias));
        let spelled = import.spelled();
        if used && !found.contains(&spelled) {
            found.push(spelled);
        }
    }
    found
}

/// Whether `text` spells `name` before a dot, or after `if`, `elif`, `not`, `and` or `or`.
fn used_as_receiver_or_flag(text: &str, name: &str) -> bool {
    let bytes = text.as_bytes();
    let is_word = |byte: u8| byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80;
    memchr::memmem::find_iter(bytes, name).any(|at| {
        let end = at + name.len();
        if (at > 0 && is_word(bytes[at - 1])) || bytes.get(end).is_some_and(|&b| is_word(b)) {
            return false;
        }
        let before = text[..at].trim_end_matches([' ', '\t', '(']);
        let tested = ["if", "elif", "not", "and", "or"].iter().any(|word| {
            before
                .strip_suffix(word)
                .is_some_and(|rest| rest.chars().last().is_none_or(|c| !c.is_alphanumeric() && c != '_'))
        });
        tested || bytes.get(end) == Some(&b'.')
    })
}

/// The prelude line that imports `qualified` under its own last name
/// (`from logging import Logger as Logger`).
fn prelude_import(qualified: &str) -> String {
    let last = qualified.rsplit('.').next().unwrap_or(qualified);
    prelude_line(qualified, last)
}

/// An import statement binding `alias` to `qualified`, as the prefilter reads it.
fn prelude_line(qualified: &str, alias: &str) -> String {
    let plain =
        |text: &str| !text.is_empty() && text.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '.');
    if !plain(qualified) || !plain(alias) {
        return String::new();
    }
    match qualified.rsplit_once('.') {
        Some((parent, last)) => format!("from {parent} import {last} as {alias}\n"),
        None => format!("import {qualified} as {alias}\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(files: &[(&str, &str)]) -> ProjectIndex {
        let owned: Vec<(String, &str)> = files.iter().map(|(path, text)| (path.to_string(), *text)).collect();
        ProjectIndex::from_texts(&owned)
    }

    const COMPAT: &str =
        "try:\n    import configparser\nexcept ImportError:\n    import ConfigParser as configparser\n\
        try:\n    import crypt\n    HAS_CRYPT = True\nexcept ImportError:\n    HAS_CRYPT = False\n\
        from configparser import SafeConfigParser\nimport requests\n\ndef helper():\n    import imp\n";

    #[test]
    fn a_compat_module_s_names_reach_its_importers() {
        let index = index(&[
            ("pkg/__init__.py", ""),
            ("pkg/compat.py", COMPAT),
            ("pkg/use.py", "from .compat import configparser as cp, HAS_CRYPT, requests, helper\n"),
            ("pkg/star.py", "from .compat import *\n"),
            ("pkg/again.py", "from .use import cp\n"),
        ]);
        let facts = index.facts(2);
        let names = &facts.imports.names;
        assert_eq!(names.get(".compat.configparser"), Some(&Imported::Qualified("configparser".into())));
        assert_eq!(names.get(".compat.requests"), Some(&Imported::Qualified("requests".into())));
        assert!(
            matches!(names.get(".compat.HAS_CRYPT"), Some(Imported::ImportFlag(modules)) if modules.iter().any(|m| m == "crypt"))
        );
        assert_eq!(names.get(".compat.helper"), None);
        assert!(facts.prelude.contains("import configparser as cp\n"), "{}", facts.prelude);
        let star = index.facts(3);
        assert_eq!(
            star.imports.stars.get(".compat").map(Vec::as_slice),
            Some(
                &["HAS_CRYPT", "SafeConfigParser", "configparser", "crypt", "requests"].map(String::from)[..]
            )
        );
        assert!(star.prelude.contains("from configparser import SafeConfigParser as SafeConfigParser\n"));
        // A re-export of a re-export.
        assert_eq!(
            index.facts(4).imports.names.get(".use.cp"),
            Some(&Imported::Qualified("configparser".into()))
        );
    }

    #[test]
    fn a_package_named_like_the_standard_library_s_follows_its_relative_imports() {
        let index = index(&[
            ("Lib/email/__init__.py", ""),
            ("Lib/email/compat.py", COMPAT),
            ("Lib/email/use.py", "from .compat import configparser\n"),
            ("Lib/other.py", "from email.compat import configparser\nfrom os import path\n"),
            ("Lib/os.py", "import configparser as path\n"),
        ]);
        assert_eq!(
            index.facts(2).imports.names.get(".compat.configparser"),
            Some(&Imported::Qualified("configparser".into()))
        );
        assert!(index.unseen(2).is_empty());
        // An absolute import of a standard-library name is the standard library's.
        assert!(index.facts(3).is_empty());
    }

    #[test]
    fn what_the_run_cannot_see_is_listed() {
        let alone = index(&[("pkg/use.py", "from .compat import configparser\nfrom os import path\n")]);
        assert_eq!(alone.unseen(0), vec![".compat".to_string()]);
        assert!(alone.facts(0).is_empty());
        let both = index(&[
            ("pkg/__init__.py", ""),
            ("pkg/compat.py", COMPAT),
            ("pkg/use.py", "from .compat import x\n"),
        ]);
        assert!(both.unseen(2).is_empty());
    }

    /// The npm package's workers summarise the modules its main thread's index asks for, each
    /// with a builder of its own (the run's paths only) and what the index asks of the module:
    /// every summary, read back from its bytes, is the one the index would make itself, and the
    /// index built from them gives every file the same facts.
    #[test]
    fn summaries_made_elsewhere_from_what_the_index_asks_are_its_own() {
        let parser = "import configparser\n\n\nclass Parser(configparser.RawConfigParser):\n    pass\n\n\n\
                      class Plain:\n    def readfp(self, f):\n        pass\n";
        let files: Vec<(String, &str)> = [
            ("pkg/__init__.py", "from .compat import *\n"),
            ("pkg/compat.py", COMPAT),
            (
                "pkg/use.py",
                "from .compat import configparser as cp, HAS_CRYPT\nfrom . import compat\ncompat.requests\n",
            ),
            ("pkg/again.py", "from .use import cp\nfrom pkg import SafeConfigParser\n"),
            ("pkg/optionfile.py", parser),
            (
                "pkg/reads.py",
                "from .optionfile import Parser, Plain\nParser().readfp(f)\nPlain().readfp(f)\n",
            ),
            ("pkg/star.py", "from . import *\n"),
            // A class asked for with member words whose base is a class of the run: a second
            // round asks for the base, a third for its own base.
            ("pkg/base.py", "import testtools\n\n\nclass TestCase(testtools.TestCase):\n    pass\n"),
            ("pkg/middle.py", "from . import base\n\n\nclass Middle(base.TestCase):\n    pass\n"),
            ("pkg/further.py", "from .middle import Middle as M\n\n\nclass Deep(M):\n    pass\n"),
            ("pkg/test_x.py", "from .further import Deep\nclass T(Deep):\n    def test(self):\n        self.assertEquals(1, 1)\n"),
        ]
        .iter()
        .map(|(path, text)| (path.to_string(), *text))
        .collect();
        let paths: Vec<String> = files.iter().map(|(path, _)| path.clone()).collect();
        let mut here = ProjectBuilder::new(&paths);
        for (index, (_, text)) in files.iter().enumerate() {
            here.scan(index, text);
        }
        let mut worker = ProjectBuilder::new(&paths);
        let mut rounds = 0;
        loop {
            let wanted = here.wanted();
            if wanted.is_empty() {
                break;
            }
            rounds += 1;
            for index in wanted {
                let text = files[index].1;
                let own = here.summarize(index, text);
                let made =
                    worker.summarize_asked(index, &here.asked_of(index), text).map(|made| made.to_bytes());
                let made = made.as_deref().and_then(Summary::from_bytes);
                assert_eq!(made.as_ref(), Some(&own), "{}", files[index].0);
                here.add(index, own);
            }
        }
        assert!(rounds > 1, "the run leads from module to module");
        let merged = here.finish();
        let alone = ProjectIndex::from_texts(&files);
        for (index, (path, _)) in files.iter().enumerate() {
            let facts = |built: &ProjectIndex| serde_json::to_value(built.facts(index)).ok();
            assert_eq!(facts(&merged), facts(&alone), "{path}");
        }
        assert!(!merged.facts(5).is_empty() && !merged.facts(3).is_empty() && !merged.facts(10).is_empty());
        assert_eq!(worker.summarize_asked(1, b"not asked", COMPAT), None);
        assert_eq!(Summary::from_bytes(b""), Some(Summary::default()));
    }

    /// A class of another module is parsed (and followed into its bases) only for a file that
    /// spells a member word it may change: the cost of following classes is paid where it can
    /// pay off (CPython's Lib imports many classes from sibling modules).
    #[test]
    fn a_class_is_followed_only_for_a_file_that_may_look_up_a_removed_member() {
        let parser = "import configparser\n\n\nclass Parser(configparser.RawConfigParser):\n    pass\n\n\n\
                      class Plain:\n    def readfp(self, f):\n        pass\n\n\nclass Other:\n    pass\n";
        let run = |importers: &[(&'static str, &'static str)]| {
            let mut files = vec![("pkg/__init__.py", ""), ("pkg/optionfile.py", parser)];
            files.extend_from_slice(importers);
            index(&files)
        };
        let reads = run(&[(
            "pkg/reads.py",
            "from .optionfile import Parser, Plain\nParser().readfp(f)\nPlain().readfp(f)\n",
        )]);
        let class = |index: &ProjectIndex, name: &str| index.facts(2).imports.names.get(name).cloned();
        assert_eq!(
            class(&reads, ".optionfile.Parser"),
            Some(Imported::Class { bases: vec!["configparser.RawConfigParser".into()], names: vec![] })
        );
        // `readfp` is distinctive: a class of the module that defines it keeps it.
        assert_eq!(
            class(&reads, ".optionfile.Plain"),
            Some(Imported::Class { bases: vec![], names: vec!["readfp".into()] })
        );
        // No member word (`read` is no removed API's name), or one the module names no owner
        // of (`items`: `SelectableGroups`'s): the class is not parsed.
        let other = run(&[("pkg/other.py", "from .optionfile import Parser\nParser().read(f)\n")]);
        assert_eq!(class(&other, ".optionfile.Parser"), None);
        let lists = run(&[("pkg/lists.py", "from .optionfile import Parser\nParser().items()\n")]);
        assert_eq!(class(&lists, ".optionfile.Parser"), None);
    }

    /// A test base of a sibling module that derives from another sibling's class on a
    /// third-party test base (requests-mock's `tests/base.py`, one class further): the class
    /// is followed through both modules to its bases outside the run, also where the middle
    /// module names nothing of the test base.
    #[test]
    fn a_class_s_bases_in_the_run_are_followed_to_their_own() {
        let base = "import testtools\n\n\nclass TestCase(testtools.TestCase):\n    pass\n";
        let files = [
            ("pkg/__init__.py", ""),
            ("pkg/base.py", base),
            ("pkg/middle.py", "from . import base\n\n\nclass Middle(base.TestCase):\n    pass\n"),
            ("pkg/further.py", "from .middle import Middle as M\n\n\nclass Deep(M):\n    pass\n"),
            (
                "pkg/test_x.py",
                "from .middle import Middle\nfrom .further import Deep\nclass T(Middle, Deep):\n    \
                 def test(self):\n        self.assertEquals(1, 1)\n",
            ),
        ];
        let built = index(&files);
        let facts = built.facts(4);
        let testtools = Some(Imported::Class { bases: vec!["testtools.TestCase".into()], names: vec![] });
        assert_eq!(facts.imports.names.get(".middle.Middle").cloned(), testtools);
        assert_eq!(facts.imports.names.get(".further.Deep").cloned(), testtools);
        // No member word in the importing file: nothing is followed.
        let plain =
            [&files[..4], &[("pkg/test_x.py", "from .middle import Middle\nMiddle().run()\n")]].concat();
        assert_eq!(index(&plain).facts(4).imports.names.get(".middle.Middle"), None);
    }

    /// The index of a package that star-imports `submodules` submodules, each binding a
    /// sibling through the package (`from . import events`, as in asyncio) when `cycle`, else
    /// from outside (`from os import events`), with a user of both; the facts of the user, and
    /// the time the index and the facts took (the best of three).
    fn star_package(submodules: usize, cycle: bool) -> (FileFacts, std::time::Duration) {
        let stars: String = (0..submodules).map(|n| format!("from .m{n} import *\n")).collect();
        let mut files: Vec<(String, String)> = vec![("pkg/__init__.py".into(), stars)];
        let from = if cycle { "." } else { "os" };
        for n in 0..submodules {
            let last = if n + 1 == submodules { "import configparser as compat_name\n" } else { "" };
            files.push((format!("pkg/m{n}.py"), format!("from {from} import events\n{last}")));
        }
        files.push(("pkg/events.py".into(), String::new()));
        files.push(("pkg/use.py".into(), "from . import events, compat_name\n".into()));
        let borrowed: Vec<(&str, &str)> =
            files.iter().map(|(path, text)| (path.as_str(), text.as_str())).collect();
        let mut best = std::time::Duration::MAX;
        let mut facts = FileFacts::default();
        for _ in 0..3 {
            let start = std::time::Instant::now();
            facts = index(&borrowed).facts(borrowed.len() - 1);
            best = best.min(start.elapsed());
        }
        (facts, best)
    }

    /// Each (module, name) is followed once per search. Before, a search went around a cycle of
    /// star imports through every submodule again, to the chain's limit: 32^4 steps here (with
    /// 64 submodules this test ran 275 s in a release build instead of milliseconds; asyncio's
    /// 18 made the index a tenth of the instructions of a run over CPython's Lib).
    #[test]
    fn star_imports_that_lead_back_to_the_package_are_followed_once() {
        let (facts, cycle) = star_package(32, true);
        assert_eq!(
            facts.imports.names.get(".compat_name"),
            Some(&Imported::Qualified("configparser".into()))
        );
        assert_eq!(facts.imports.names.get(".events"), None);
        let (facts, plain) = star_package(32, false);
        assert_eq!(facts.imports.names.get(".events"), Some(&Imported::Qualified("os.events".into())));
        assert!(cycle < plain * 4, "with the cycle {cycle:?}, without {plain:?}");
    }

    #[test]
    fn a_module_level_stdlib_instance_is_exported_with_its_class() {
        let index = index(&[
            ("pkg/__init__.py", ""),
            ("pkg/utils.py", "import logging\nlog = logging.getLogger(__name__)\nnothing = None\n"),
            ("pkg/config.py", "from .utils import log, nothing\nlog.warn('x')\nnothing.warn('y')\n"),
        ]);
        let facts = index.facts(2);
        assert_eq!(facts.imports.names.get(".utils.log"), Some(&Imported::Instance("logging.Logger".into())));
        assert_eq!(facts.imports.names.get(".utils.nothing"), None);
        assert!(facts.prelude.contains("from logging import Logger as Logger\n"), "{}", facts.prelude);
    }
}
