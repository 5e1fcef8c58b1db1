//! The model's narrow door to the other modules of a project: what they say about the names a
//! file imports from them, passed in by whoever builds the model (the project index),
//! and what a module says about its own names, read by that index.
//!
//! The model knows nothing of files or packages: a name is known by the qualified name its
//! import binds (`.compat.configparser` for `from .compat import configparser`).

use super::resolve::Value;
use super::{BindingKind, SemanticModel};
use crate::hash::HashMap;
use serde::{Deserialize, Serialize};

/// What a name imported from another module of the project is there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Imported {
    /// A module or name outside the project, by qualified name: the name is bound to it as an
    /// import of it would bind it. Ex) `configparser` for a compat module's
    /// `try: import configparser` / `except ImportError: import ConfigParser as configparser`.
    Qualified(String),
    /// A flag that is `True` exactly where importing these modules succeeded.
    /// Ex) `HAS_CRYPT = True` after `import crypt` in a `try`, `False` in its handler.
    ImportFlag(Vec<String>),
    /// A function of the other module that narrows like `isinstance`: a true call says its
    /// argument at `object` is an instance of its argument at `class` (positions).
    /// Ex) `def is_ast_node(node, types): return isinstance(node, types)`: 0 and 1.
    Predicate {
        /// The position of the argument tested.
        object: u8,
        /// The position of the class (or classes) it is tested against.
        class: u8,
    },
    /// A class defined in the other module, as far as its members can be removed APIs: the
    /// qualified names its bases outside that module resolve to there (its bases in that
    /// module followed; an empty string for a base it cannot tell), and the names of removed
    /// APIs it or those bases bind themselves. Ex) `Parser(configparser.RawConfigParser)`:
    /// bases `["configparser.RawConfigParser"]`; a test base defining `assertEquals`: that name.
    Class {
        /// The qualified names of its bases outside its module.
        bases: Vec<String>,
        /// The names of removed APIs that it (or a base in its module) binds.
        names: Vec<String>,
    },
    /// An instance of a standard-library class, bound at the other module's level: the class's
    /// qualified name. Ex) `logging.Logger` for `log = logging.getLogger(__name__)`.
    Instance(String),
}

/// What the project's other modules say about the names this file imports from them.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ProjectImports {
    /// By the qualified name an import of this file binds (`BindingKind::Import`).
    /// Ex) `.compat.configparser`, `mypkg.compat.HAS_CRYPT`.
    pub names: HashMap<String, Imported>,
    /// By the module a `from M import *` of this file names, as spelled there (`._compat`):
    /// the names it binds.
    pub stars: HashMap<String, Vec<String>>,
}

impl ProjectImports {
    /// Whether nothing is known (a single-file check).
    pub fn is_empty(&self) -> bool {
        self.names.is_empty() && self.stars.is_empty()
    }

    /// The binding an import of `qualified` makes: the name outside the project it stands for,
    /// or the import as spelled.
    pub(super) fn binding<'t>(&self, qualified: String) -> BindingKind<'t> {
        match self.names.get(&qualified) {
            Some(Imported::Qualified(outside)) => BindingKind::Import(outside.clone()),
            _ => BindingKind::Import(qualified),
        }
    }

    /// The name outside the project that `qualified`, an attribute of a module of the project
    /// (`.compat.configparser` after `from . import compat`), stands for.
    pub(super) fn attribute(&self, qualified: &str) -> Option<&str> {
        if self.names.is_empty() {
            return None;
        }
        match self.names.get(qualified) {
            Some(Imported::Qualified(outside)) => Some(outside),
            _ => None,
        }
    }

    /// What the class imported as `qualified` (`.optionfile.Parser`) is, if it is a class of
    /// another module of the project: its bases outside that module and the removed names it
    /// binds itself.
    pub(super) fn class(&self, qualified: &str) -> Option<(&[String], &[String])> {
        if self.names.is_empty() {
            return None;
        }
        match self.names.get(qualified) {
            Some(Imported::Class { bases, names }) => Some((bases, names)),
            _ => None,
        }
    }

    /// The standard-library class of the instance imported as `qualified` (`.utils.log`), if
    /// another module of the project binds it to one at its level.
    pub(super) fn instance(&self, qualified: &str) -> Option<&str> {
        if self.names.is_empty() {
            return None;
        }
        match self.names.get(qualified) {
            Some(Imported::Instance(class)) => Some(class),
            _ => None,
        }
    }

    /// The modules whose import the flag imported as `qualified` says succeeded.
    pub(super) fn import_flag(&self, qualified: &str) -> Option<&[String]> {
        match self.names.get(qualified) {
            Some(Imported::ImportFlag(modules)) => Some(modules),
            _ => None,
        }
    }
}

impl SemanticModel<'_> {
    /// What the module-level name `name` of this file is, as another module importing it sees
    /// it: an absolute import's qualified name, or a value that resolves to one; a relative
    /// import's (starting with dots, for the index to follow); a flag set where an import
    /// succeeds. `None` for anything else (a class, a function, a computed value).
    pub fn exported(&self, name: &str) -> Option<Imported> {
        let (_, binding) = self.lookup(name, self.module, usize::MAX)?;
        if let Some(modules) = self.import_flag(self.module, name) {
            return Some(Imported::ImportFlag(modules));
        }
        // An import in a branch no Python 3 runs gives way to the live binding (`if py3k: import
        // configparser` / `else: import ConfigParser as configparser`).
        let binding = match binding.kind {
            BindingKind::Import(_) => self.live_binding(name, self.module, binding, usize::MAX)?,
            _ => binding,
        };
        let qualified = match &binding.kind {
            BindingKind::Import(qualified) => qualified.clone(),
            BindingKind::Value(value) => match self.resolve(*value, self.module) {
                Value::Qualified(qualified) if !qualified.starts_with("builtins.") => qualified,
                Value::Instance(class) => return Some(Imported::Instance(class)),
                _ => return None,
            },
            BindingKind::Class(class) => return self.exported_class(*class),
            BindingKind::Function(definition) => {
                let (object, class) = self.predicate(*definition)?;
                return Some(Imported::Predicate {
                    object: object.try_into().ok()?,
                    class: class.try_into().ok()?,
                });
            }
            _ => return None,
        };
        Some(Imported::Qualified(qualified))
    }

    /// A class of this module as another module sees it ([`Imported::Class`]); `None` when it
    /// says nothing (no base outside the module, no removed name bound).
    fn exported_class(&self, class: super::ClassId) -> Option<Imported> {
        let mut bases = Vec::new();
        let mut names = Vec::new();
        for current in self.local_lineage(class) {
            let info = &self.classes[current];
            for &name in &info.names {
                if (self.removed.is_removed_name)(name) && !names.iter().any(|known| known == name) {
                    names.push(name.to_string());
                }
            }
            for base in &info.bases {
                match self.resolve(*base, info.scope) {
                    Value::LocalClass(_) => {}
                    Value::Qualified(qualified) if qualified == "builtins.object" => {}
                    Value::Qualified(qualified) => bases.push(qualified),
                    _ => bases.push(String::new()),
                }
            }
        }
        if bases.iter().all(String::is_empty) && names.is_empty() {
            return None;
        }
        // Whether a call of it runs a base's constructor: it or a base in its module defines
        // one (a quick look at their text: the summary's parse may leave methods out).
        for current in self.local_lineage(class) {
            let node = self.classes[current].node;
            let body = &self.source[node.start_byte()..class_end(self.source, node.start_byte())];
            for constructor in ["__init__", "__new__"] {
                let defines = body.lines().any(|line| {
                    let line = line.trim_start();
                    line.strip_prefix("def ").unwrap_or(line).trim_start().starts_with(constructor)
                });
                if defines && !names.iter().any(|known| known == constructor) {
                    names.push(constructor.to_string());
                }
            }
        }
        names.sort_unstable();
        Some(Imported::Class { bases, names })
    }

    /// The names the module binds in its own scope, in no particular order.
    pub fn module_names(&self) -> Vec<&str> {
        self.bindings.get(&self.module).map(|names| names.keys().copied().collect()).unwrap_or_default()
    }
}

/// Where the class statement at `start` ends in `source`: the start of the next line that is
/// indented no deeper than it and is neither blank nor a comment.
fn class_end(source: &str, start: usize) -> usize {
    let line_start = source[..start].rfind('\n').map_or(0, |newline| newline + 1);
    let indent = start - line_start;
    let mut at = source[start..].find('\n').map_or(source.len(), |newline| start + newline + 1);
    while at < source.len() {
        let line = &source[at..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        let body = line.trim_start();
        if !body.is_empty() && !body.starts_with('#') && line.len() - body.len() <= indent {
            return at;
        }
        at += line.len() + 1;
    }
    source.len()
}

/// `name` as the source spells it somewhere as a whole word (a slice of the source, as the
/// model's bindings are), or `None` when the source never does.
pub(super) fn spelled_in<'t>(source: &'t str, name: &str) -> Option<&'t str> {
    let is_word = |byte: u8| byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80;
    let bytes = source.as_bytes();
    source.match_indices(name).map(|(at, _)| at).find_map(|at| {
        let end = at + name.len();
        let bounded = (at == 0 || !is_word(bytes[at - 1])) && bytes.get(end).is_none_or(|&b| !is_word(b));
        bounded.then(|| &source[at..end])
    })
}
