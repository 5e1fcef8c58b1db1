//! What a file's text must show for a detection to fire: the needs of each catalogue entry,
//! which the prefilter checks against what its lexer saw before anything is parsed. Each kind
//! of detection builds its entries' needs from the words below (see [`super::needs`]).

use crate::catalogue::{CallShape, Entry};
use crate::qualified_name::QualifiedName;
use crate::stdlib::{self, Produces};

/// Gives each word of the catalogue an id (the same word, the same id).
pub(crate) type Ids<'a> = dyn FnMut(&'static str) -> usize + 'a;

/// Stands for any float literal in code (a number with a point or an exponent): a pseudo-word
/// no identifier can spell.
pub(crate) const FLOAT_WORD: &str = "0.0";

/// Stands for a named SQL placeholder inside a string (`:name`, `@name`, `$name`): a
/// pseudo-word no identifier can spell.
pub(crate) const PLACEHOLDER_WORD: &str = ":name";

/// Stands for the `*` of a star import (`from time import *`): a pseudo-word no identifier can
/// spell. The lexer notes the pair (module, `*`) as it notes names imported from a module.
pub(crate) const STAR_WORD: &str = "*";

/// Words of the catalogue that are Python 3 keywords: no file can bind them.
pub(crate) const PYTHON_KEYWORDS: &[&str] = &["False", "None", "True", "not"];

/// Stands for the `~` operator in code: a pseudo-word no identifier can spell. The tokenizer
/// notes it, and the word after it (the lexer's `after_tilde`); it knows no other operator.
pub(crate) const TILDE_WORD: &str = "~";

/// What each entry needs to have been seen.
pub(crate) enum Needs {
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
    /// A keyword parameter: one of the callables' names in code, one of the keywords as a
    /// keyword argument, and a call of one of the callables (or of a method that hands its
    /// keywords on, `via`: [`crate::stdlib::KEYWORD_FORWARDERS`]) that may pass one of them.
    Keyword { callables: Vec<usize>, keywords: Vec<usize>, via: Vec<usize> },
    /// A call of a given shape: `callables` met, and a call of one of `words` (the callables'
    /// last segments) whose arguments may have the shape (`named`: the ids of the words the
    /// shape names, see the prefilter's `CallSite::may_have`).
    Called { callables: Box<Needs>, words: Vec<usize>, shape: CallShape, named: Vec<usize> },
    /// A class entered in a `with` statement: `spelled` met, and a `with` header that may enter
    /// an instance of one of `classes` (see the prefilter's `with_statements`).
    /// `with` is the keyword's id: a statement that holds no `with` holds no use.
    Entered { spelled: Box<Needs>, classes: Vec<&'static str>, with: usize },
}

impl Needs {
    /// Calls `visit` on these needs and every needs inside them.
    pub(crate) fn visit(&self, visit: &mut impl FnMut(&Needs)) {
        visit(self);
        match self {
            Needs::AnyOf(inner) | Needs::AllOf(inner) => inner.iter().for_each(|needs| needs.visit(visit)),
            Needs::Called { callables, .. } => callables.visit(visit),
            Needs::Entered { spelled, .. } => spelled.visit(visit),
            _ => {}
        }
    }
}

/// What a module-level name (`pathlib.Path`, `shlex.split`) needs: as for [`Needs::Name`].
pub(crate) fn name_needs(path: &'static str, id: &mut Ids<'_>) -> Needs {
    let path = QualifiedName::new(path);
    if let Some(["builtins", builtin]) = path.segments() {
        // A builtin (`open`) needs no import: its name in code is the evidence.
        return Needs::InCode { name: id(builtin) };
    }
    let (name, parent, root) =
        (path.last(), path.parent().map_or(path.as_str(), QualifiedName::last), path.root());
    Needs::Name { root: id(root), parent: id(parent), name: id(name) }
}

/// What making an instance of `class` (or of a class deriving from it) needs: the class
/// spelled as a name, or one of the functions that make it when called with no argument.
pub(crate) fn makers_needs(class: &'static str, id: &mut Ids<'_>) -> Needs {
    makers_needs_within(class, id, 0)
}

/// [`makers_needs`], following producers that are members of classes made the same way at
/// most a few steps (past that, a member spelled after a dot in a file importing its module).
pub(crate) fn makers_needs_within(class: &'static str, id: &mut Ids<'_>, depth: usize) -> Needs {
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
        let owner = QualifiedName::new(producer).parent().map(QualifiedName::as_str);
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
pub(crate) fn callable_needs(callable: &'static str, id: &mut Ids<'_>) -> Needs {
    let name = QualifiedName::new(callable).last();
    let is_method = QualifiedName::new(callable)
        .parent()
        .is_some_and(|parent| parent.last().starts_with(|c: char| c.is_ascii_uppercase()));
    if is_method {
        // A call of a method always spells it after a dot: a definition of the name is no use.
        Needs::Member { name: id(name), roots: vec![id(QualifiedName::new(callable).root())] }
    } else {
        name_needs(callable, id)
    }
}

/// The root modules a file must import for a receiver of `entry`'s class to be known in it: the
/// class's own, those of the calls and attributes that produce its instances (or instances
/// of its subclasses), from [`stdlib::PRODUCES`], and those of its other spellings
/// ([`stdlib::private_spellings`]).
pub(crate) fn receiver_roots(entry: &Entry) -> Vec<&'static str> {
    let root = |name: &'static str| QualifiedName::new(name).root();
    let class = QualifiedName::new(entry.symbol).parent_or_self();
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
    // Another module the semantic model reads as the class's (`typing.ForwardRef` for
    // `annotationlib.ForwardRef`): the class may be imported from there.
    for (private, _) in stdlib::private_spellings(entry.symbol) {
        if !roots.contains(&root(private)) {
            roots.push(root(private));
        }
    }
    roots
}
