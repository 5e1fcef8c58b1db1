//! What of a file is parsed: the top-level statements that may hold a use, the definitions
//! they reach (bases, named functions, instantiated proxies), less the methods nothing needs.

use super::blocks::{BlockKind, Blocks, Member};
use super::code_words::code_word_runs;
use super::evidence::Mention;
use super::lexer::is_word_byte;
use crate::hash::BuildWordHash;
use crate::stdlib;
use std::collections::HashMap;

impl Blocks<'_> {
    /// The parts worth parsing, in order, each with the kind of its statement: the statements
    /// `relevant` says or that the others need, whole or (a class) less the methods left out
    /// (with `summary`, also those a summary does not read: [`Blocks::bodies_left_out`]).
    pub(super) fn parts(
        &self,
        end: usize,
        relevant: impl Fn(usize, std::ops::Range<usize>, &[Mention]) -> bool,
        is_word: impl Fn(&[u8]) -> bool,
        summary: bool,
        mut part: impl FnMut(BlockKind, std::ops::Range<usize>),
    ) {
        let mut include: Vec<bool> = self
            .list
            .iter()
            .enumerate()
            .map(|(index, b)| {
                b.kind != BlockKind::Definition
                    || relevant(index, b.start()..self.stop(index, end), &self.mentions[b.words.range()])
            })
            .collect();
        self.include_bases(&mut include);
        self.include_named_functions(&mut include, end);
        // The bases of the classes that the last step included.
        self.include_bases(&mut include);
        let mut left_out = self.methods_left_out(&include, end, &relevant, &is_word);
        if summary {
            self.bodies_left_out(&include, end, &is_word, &mut left_out);
        }
        for (index, block) in self.list.iter().enumerate() {
            if !include[index] {
                continue;
            }
            let stop = self.stop(index, end);
            let left_out = &left_out[index];
            if !left_out.contains(&true) || !left_out.contains(&false) {
                part(block.kind, block.start()..stop);
                continue;
            }
            for kept in self.kept_parts(index, end, left_out) {
                part(block.kind, kept);
            }
        }
    }

    /// Includes the classes whose names an included class's header mentions: its bases.
    pub(super) fn include_bases(&self, include: &mut [bool]) {
        let mut left_out: HashMap<&[u8], Vec<usize>, BuildWordHash> = HashMap::default();
        for (index, block) in self.list.iter().enumerate() {
            if let Some(name) = block.class_name().filter(|_| !include[index]) {
                left_out.entry(&self.bytes[name.start..name.end]).or_default().push(index);
            }
        }
        let mut pending: Vec<usize> = (0..self.list.len())
            .filter(|&index| include[index] && self.list[index].kind == BlockKind::Definition)
            .collect();
        while let Some(index) = pending.pop() {
            if left_out.is_empty() {
                return;
            }
            for word in &self.headers[self.list[index].header.range()] {
                for base in left_out.remove(&self.bytes[word.range()]).unwrap_or_default() {
                    include[base] = true;
                    pending.push(base);
                }
            }
        }
    }

    /// Includes the functions of the module that an included definition spells the name of (and,
    /// one step further, that those spell): helpers whose checks guard a use (`_require_crypt()`
    /// before it) or whose result is its receiver (`_parser().readfp(f)`). Also the classes that
    /// an included definition makes instances of (module-level code: those with a `__getattr__`): their instances are receivers
    /// (`package = DummyPackage()`, then `package.__loader__`: an instance of the file's own
    /// class, not a module). Of such a class, the methods that mention nothing and that nothing
    /// names are left out as usual, and what it spells is not followed further. Names count in
    /// code (and f-strings' fields), not in comments nor other strings.
    pub(super) fn include_named_functions(&self, include: &mut [bool], end: usize) {
        let mut left_out: HashMap<&[u8], usize, BuildWordHash> = HashMap::default();
        let mut classes: HashMap<&[u8], usize, BuildWordHash> = HashMap::default();
        for (index, block) in self.list.iter().enumerate() {
            if include[index] {
                continue;
            }
            if let Some(name) = block.function_name() {
                left_out.insert(&self.bytes[name.start..name.end], index);
            } else if let Some(name) = block.class_name() {
                classes.insert(&self.bytes[name.start..name.end], index);
            }
        }
        // Most words fail this test and are never hashed.
        let mut shapes = Shapes::default();
        for name in left_out.keys().chain(classes.keys()) {
            shapes.add(name);
        }
        // Module-level code is a frontier for the classes with a `__getattr__` it makes
        // instances of (`ast = ASTProxy()`: a proxy of a module, in Chameleon), not for the
        // functions it names nor for other classes (parsing every class module-level code
        // instantiates cost Lib 8% more parsing).
        let mut frontier: Vec<usize> = (0..self.list.len())
            .filter(|&index| include[index] && self.list[index].kind != BlockKind::Decorator)
            .collect();
        for round in 0..2 {
            if (left_out.is_empty() && (round > 0 || classes.is_empty())) || frontier.is_empty() {
                return;
            }
            let mut next = Vec::new();
            for index in frontier {
                let code = self.list[index].kind == BlockKind::Other;
                let stop = self.stop(index, end);
                let bytes = &self.bytes[self.list[index].start()..stop];
                for word in code_word_runs(bytes) {
                    if !shapes.may_hold(&bytes[word.clone()]) {
                        continue;
                    }
                    if !code {
                        if let Some(found) = left_out.remove(&bytes[word.clone()]) {
                            include[found] = true;
                            next.push(found);
                            continue;
                        }
                    }
                    if round == 0 && bytes.get(word.end) == Some(&b'(') {
                        let wanted = classes
                            .get(&bytes[word.clone()])
                            .is_some_and(|&found| !code || self.defines_getattr(found));
                        if let Some(found) = classes.remove(&bytes[word]).filter(|_| wanted) {
                            include[found] = true;
                        }
                    }
                }
            }
            frontier = next;
        }
    }

    /// Whether the class of block `index` defines `__getattr__`: its instances' attributes may
    /// be another object's (a proxy of a module).
    pub(super) fn defines_getattr(&self, index: usize) -> bool {
        self.list[index].class.as_ref().is_some_and(|body| {
            body.members.iter().any(|member| {
                member.name.is_some_and(|name| &self.bytes[name.start..name.end] == b"__getattr__")
            })
        })
    }

    /// The members of top-level statement `index` when it is a class whose methods can be left
    /// out one by one (none otherwise).
    pub(super) fn members(&self, index: usize) -> &[Member] {
        self.list[index].class.as_ref().filter(|body| !body.broken).map_or(&[][..], |body| &body.members)
    }

    /// Each of [`Self::members`] of statement `index` with its span: to the next member's
    /// start, the last one to the statement's stop.
    pub(super) fn member_spans(
        &self,
        index: usize,
        end: usize,
    ) -> impl Iterator<Item = (&Member, std::ops::Range<usize>)> {
        let members = self.members(index);
        let ends = members.iter().skip(1).map(|member| member.start).chain([self.stop(index, end)]);
        members.iter().zip(ends).map(|(member, end)| (member, member.start..end))
    }

    /// What is parsed of statement `index`, a class some of whose members `left_out` marks (one
    /// flag a member): its head, up to the first member, and each member not left out.
    pub(super) fn kept_parts<'s>(
        &'s self,
        index: usize,
        end: usize,
        left_out: &'s [bool],
    ) -> impl Iterator<Item = std::ops::Range<usize>> + 's {
        let head = self.list[index].start()..self.members(index)[0].start;
        let kept =
            self.member_spans(index, end).zip(left_out).filter(|(_, &out)| !out).map(|((_, span), _)| span);
        std::iter::once(head).chain(kept)
    }

    /// Leaves out, besides `left_out` ([`Blocks::methods_left_out`]), the methods of the
    /// included classes that a summary does not read: what another module sees of a class is
    /// its bases and the names its body binds that are removed names, not what its methods do.
    /// A method named like a catalogue or context word (`is_word`) stays, so does `__getattr__`
    /// (a proxy's attributes are what it returns), and one that spells `global` (it may bind a module-level name); of a class all of whose members would
    /// be left out, the shortest of those `left_out` kept stays (a body cannot be empty).
    fn bodies_left_out(
        &self,
        include: &[bool],
        end: usize,
        is_word: impl Fn(&[u8]) -> bool,
        left_out: &mut [Vec<bool>],
    ) {
        let bytes = self.bytes;
        for (index, _) in include.iter().enumerate().filter(|(_, &included)| included) {
            let members = self.members(index);
            if members.is_empty() {
                continue;
            }
            let out = &mut left_out[index];
            if out.is_empty() {
                *out = vec![false; members.len()];
            }
            let mut shortest: Option<(usize, usize)> = None;
            for (at, (member, span)) in self.member_spans(index, end).enumerate() {
                if !out[at] && shortest.is_none_or(|(_, length)| span.len() < length) {
                    shortest = Some((at, span.len()));
                }
                let Some(name) = member.name.filter(|_| member.kind == BlockKind::Definition) else {
                    continue;
                };
                let code = &bytes[span.clone()];
                let name = &bytes[name.start..name.end];
                // What `__getattr__` returns is what the instances' attributes are (a proxy of a
                // module, `ast = ASTProxy()`): a summary reads it.
                if out[at] || is_word(name) || name == b"__getattr__" {
                    continue;
                }
                out[at] = !code_word_runs(code).any(|word| &code[word] == b"global");
            }
            if let Some((at, _)) = shortest.filter(|_| !out.contains(&false)) {
                out[at] = false;
            }
        }
    }

    /// Which members of each included class are left out of the parse (empty for a statement
    /// that is no such class). A method is left out when it mentions nothing that matters
    /// (`relevant`), is no catalogue or context word nor a method that takes over from others
    /// (`is_word`: a class defining such a name changes what it or its other methods mean on
    /// the class: `visit_Constant` beside `visit_Str`), is no set-up method, and the code that is parsed
    /// spells its name nowhere but after `def` (no kept code calls it, no alias is assigned from
    /// it). The parsed code grows to a fixed point: a method kept because kept code names it
    /// keeps in turn the methods it names. Names count across classes (`quiet` named in one
    /// class keeps every `quiet`), in code and f-strings' fields, not in comments nor other
    /// strings (docstrings name methods in prose: `turtle.py`'s kept the whole module).
    pub(super) fn methods_left_out(
        &self,
        include: &[bool],
        end: usize,
        relevant: &impl Fn(usize, std::ops::Range<usize>, &[Mention]) -> bool,
        is_word: impl Fn(&[u8]) -> bool,
    ) -> Vec<Vec<bool>> {
        let mut left_out: Vec<Vec<bool>> = vec![Vec::new(); self.list.len()];
        // The names that may be left out, and whether parsed code spells them.
        let mut spelled: HashMap<&[u8], bool, BuildWordHash> = HashMap::default();
        // The methods that may be left out: (statement, member, its range, its name).
        let mut candidates: Vec<(usize, usize, std::ops::Range<usize>, &[u8])> = Vec::new();
        for (index, _) in include.iter().enumerate().filter(|(_, &included)| included) {
            let members = self.members(index);
            for (at, (member, span)) in self.member_spans(index, end).enumerate() {
                let Some(name) = member.name.filter(|_| member.kind == BlockKind::Definition) else {
                    continue;
                };
                let name = &self.bytes[name.start..name.end];
                // A set-up method (or `__init__`) is never left out: its checks guard the
                // other methods, and what it assigns to the receiver's attributes they read.
                // Nor is `__getattr__`: what it returns is what the instances' attributes are
                // (a proxy of a module).
                let constructs = stdlib::SET_UP_METHODS
                    .iter()
                    .chain(stdlib::CONSTRUCTION_METHODS)
                    .chain(&["__getattr__"])
                    .any(|set_up| set_up.as_bytes() == name);
                if is_word(name)
                    || constructs
                    || relevant(index, span.clone(), &self.mentions[member.words.range()])
                {
                    continue;
                }
                spelled.insert(name, false);
                if left_out[index].is_empty() {
                    left_out[index] = vec![false; members.len()];
                }
                left_out[index][at] = true;
                candidates.push((index, at, span, name));
            }
        }
        if candidates.is_empty() {
            return left_out;
        }
        // Most words fail this test and are never hashed.
        let mut shapes = Shapes::default();
        for name in spelled.keys() {
            shapes.add(name);
        }
        let bytes = self.bytes;
        let note = |range: std::ops::Range<usize>, spelled: &mut HashMap<&[u8], bool, BuildWordHash>| {
            for word in code_word_runs(&bytes[range.clone()]) {
                let (start, at) = (range.start + word.start, range.start + word.end);
                if !shapes.may_hold(&bytes[start..at]) {
                    continue;
                }
                if let Some(seen) = spelled.get_mut(&bytes[start..at]) {
                    if !*seen && !after_def(&bytes[..start]) {
                        *seen = true;
                    }
                }
            }
        };
        // The parsed code but the candidates: the included statements, less the candidates.
        for (index, _) in include.iter().enumerate().filter(|(_, &included)| included) {
            let stop = self.stop(index, end);
            if left_out[index].is_empty() {
                note(self.list[index].start()..stop, &mut spelled);
                continue;
            }
            for part in self.kept_parts(index, end, &left_out[index]) {
                note(part, &mut spelled);
            }
        }
        // The candidates that parsed code names are parsed, and what they name counts. So are
        // those of a class whose members would all be left out (its body cannot be empty: it
        // is parsed whole).
        loop {
            let mut grew = false;
            let whole: Vec<bool> = left_out.iter().map(|members| !members.contains(&false)).collect();
            for &(index, at, ref range, name) in &candidates {
                if left_out[index][at] && (spelled[name] || whole[index]) {
                    left_out[index][at] = false;
                    note(range.clone(), &mut spelled);
                    grew = true;
                }
            }
            if !grew {
                return left_out;
            }
        }
    }
}

/// A cheap test of whether a word may be one of a set of (non-empty) words, before hashing
/// it: for each first byte, a bit per length (below 64; longer words share the last bit) that
/// some word of the set has, and the same for each last byte. Together they reject most
/// identifiers, even those that share a first byte and a length with a word (`self`, `name`).
pub(super) struct Shapes {
    pub(super) first: [u64; 256],
    pub(super) last: [u64; 256],
}

impl Default for Shapes {
    fn default() -> Self {
        Shapes { first: [0; 256], last: [0; 256] }
    }
}

impl Shapes {
    /// Adds `word` (not empty) to the set.
    pub(super) fn add(&mut self, word: &[u8]) {
        let length = 1 << word.len().min(63);
        self.first[usize::from(word[0])] |= length;
        self.last[usize::from(word[word.len() - 1])] |= length;
    }

    /// Whether `word` (not empty) may be one of the set's words (`false`: it is none).
    pub(super) fn may_hold(&self, word: &[u8]) -> bool {
        let length = 1 << word.len().min(63);
        self.first[usize::from(word[0])] & length != 0
            && self.last[usize::from(word[word.len() - 1])] & length != 0
    }
}

/// Whether `before` (the text before a word) ends with the keyword `def` and blanks: the word
/// is a definition's name, no use of it.
pub(super) fn after_def(before: &[u8]) -> bool {
    let keyword_end = before.iter().rposition(|&byte| !matches!(byte, b' ' | b'\t')).map_or(0, |at| at + 1);
    keyword_end < before.len()
        && before[..keyword_end].ends_with(b"def")
        && (keyword_end == 3 || !is_word_byte(before[keyword_end - 4]))
}
