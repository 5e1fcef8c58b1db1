//! Calls, as the prefilter's tokenizer sees them: for each call of a word that some
//! [`CallShape`] entry calls (`Path(...)`, `x.split(...)`), what its arguments look like, so
//! that a file whose calls cannot have the shape is not parsed for it.
//!
//! Everything here errs on the side of "may match": a call the tokenizer cannot read (unclosed
//! brackets, a callable passed on as a value) counts as one that has every shape.

use crate::catalogue::CallShape;

/// How a positional argument starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ArgumentStart {
    /// A string literal (of any prefix).
    String(StringValue),
    /// The word `None`.
    None,
    /// A float literal (a number with a point or an exponent).
    Float,
    /// Anything else.
    Other,
}

/// What a string literal holds, as far as call shapes care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum StringValue {
    /// One identifier-like word: its id, when the catalogue has the word.
    Word(Option<usize>),
    /// Anything else (empty, several words, escapes, punctuation).
    Other,
}

/// What one call's arguments look like.
#[derive(Clone, Debug, Default)]
pub(super) struct CallSite {
    /// The word id of the callable (its last segment, or what an alias stands for).
    pub callable: usize,
    /// The index of the top-level statement it is in.
    pub block: usize,
    /// Where it is in the file: its opening bracket, or the callable handed on.
    pub at: usize,
    /// How each positional argument starts, in order.
    pub positional: Vec<ArgumentStart>,
    /// The keyword arguments' names: word ids, or `None` for a word the catalogue lacks.
    pub keywords: Vec<Option<usize>>,
    /// `*args` among the arguments.
    pub list_splat: bool,
    /// `**kwargs` among the arguments.
    pub dictionary_splat: bool,
    /// The callable was not called here but handed on as a value (`P = Path`): its calls are
    /// out of sight, so this stands for a call with every shape.
    pub any_shape: bool,
}

impl CallSite {
    /// Whether the call may pass one of `keywords` (word ids) by name: it does, or unpacks
    /// `**kwargs`, or is out of sight.
    pub fn may_pass_keyword(&self, keywords: &[usize]) -> bool {
        self.any_shape
            || self.dictionary_splat
            || self.keywords.iter().any(|keyword| keyword.is_some_and(|id| keywords.contains(&id)))
    }

    /// Whether the call may have `shape`; `named` holds the word ids of the words the shape
    /// names: the keywords it allows ([`CallShape::KeywordOtherThan`],
    /// [`CallShape::MissingOrNone`]) or the string values it looks for ([`CallShape::Literal`]).
    pub fn may_have(&self, shape: CallShape, named: &[usize]) -> bool {
        if self.any_shape {
            return true;
        }
        let disallowed_keyword =
            || self.keywords.iter().any(|keyword| keyword.is_none_or(|id| !named.contains(&id)));
        let start = |index: usize| self.positional.get(index).copied();
        match shape {
            CallShape::KeywordOtherThan(_) => disallowed_keyword(),
            CallShape::PositionalMoreThan(count) => self.positional.len() > count,
            CallShape::AnyArgument => !self.positional.is_empty() || !self.keywords.is_empty(),
            CallShape::MissingOrNone { index, .. } => {
                !self.list_splat
                    && !self.dictionary_splat
                    && !disallowed_keyword()
                    && (self.positional.len() <= index || start(index) == Some(ArgumentStart::None))
            }
            // By keyword: the keyword the shape names (its word is kept with the values'). Not
            // any other keyword: `open(path, encoding=...)` is in most files and passes no mode.
            CallShape::Literal { index, keyword: Some(_), .. }
                if self.positional.len() <= index
                    && self.keywords.iter().any(|keyword| keyword.is_some_and(|id| named.contains(&id))) =>
            {
                true
            }
            CallShape::Literal { index, values, .. } => match start(index) {
                Some(ArgumentStart::None) => values.contains(&"None"),
                Some(ArgumentStart::String(StringValue::Word(Some(id)))) => named.contains(&id),
                Some(ArgumentStart::String(StringValue::Word(None))) => false,
                Some(ArgumentStart::String(StringValue::Other)) => true,
                _ => false,
            },
            CallShape::FloatLiteral => self.positional.contains(&ArgumentStart::Float),
            // The SQL a string, the parameters a second argument (a tuple or list literal).
            CallShape::NamedPlaceholdersWithSequence { .. } => {
                matches!(start(0), Some(ArgumentStart::String(_))) && self.positional.len() > 1
            }
            CallShape::StringLiteral { index } | CallShape::StringLacking { index, .. } => {
                matches!(start(index), Some(ArgumentStart::String(_)))
            }
        }
    }
}

/// A call whose argument list is open.
struct Open {
    site: CallSite,
    /// The bracket depth inside its parentheses.
    depth: usize,
    /// Whether the next token at `depth` starts an argument.
    expect_argument: bool,
}

/// The calls of a file, recorded while it is tokenized.
#[derive(Default)]
pub(super) struct Calls {
    open: Vec<Open>,
    /// The calls whose argument lists were read (and the callables handed on as values).
    pub sites: Vec<CallSite>,
    /// A callable whose `(` comes next: the call opens there.
    pending: Option<usize>,
}

impl Calls {
    /// Whether some recorded call's argument list is open.
    pub fn is_open(&self) -> bool {
        !self.open.is_empty()
    }

    /// The word `callable` is followed by `(`: a call opens at the next bracket.
    pub fn expect_call(&mut self, callable: usize) {
        self.pending = Some(callable);
    }

    /// The word `callable` is handed on as a value (the end of an assignment's value, an
    /// argument): its calls cannot be seen.
    pub fn handed_on(&mut self, callable: usize, block: usize, at: usize) {
        self.sites.push(CallSite { callable, block, at, any_shape: true, ..CallSite::default() });
    }

    /// An opening bracket at `at` in top-level statement `block`; `depth` is the depth inside
    /// it.
    pub fn open_bracket(&mut self, depth: usize, block: usize, at: usize) {
        if let Some(callable) = self.pending.take() {
            self.open.push(Open {
                site: CallSite { callable, block, at, ..CallSite::default() },
                depth,
                expect_argument: true,
            });
        }
    }

    /// A closing bracket; `depth` is the depth after it.
    pub fn close_bracket(&mut self, depth: usize) {
        while self.open.last().is_some_and(|open| open.depth > depth) {
            if let Some(open) = self.open.pop() {
                self.sites.push(open.site);
            }
        }
    }

    /// The argument list the token at `depth` is directly in, if it starts an argument there.
    fn starting(&mut self, depth: usize) -> Option<&mut CallSite> {
        let open = self.open.last_mut().filter(|open| open.depth == depth && open.expect_argument)?;
        open.expect_argument = false;
        Some(&mut open.site)
    }

    /// A comma at `depth`: in an argument list, the next token starts an argument.
    pub fn comma(&mut self, depth: usize) {
        if let Some(open) = self.open.last_mut().filter(|open| open.depth == depth) {
            open.expect_argument = true;
        }
    }

    /// A token at `depth` that is not a word, a string, a number, a comma or a bracket closing.
    pub fn other(&mut self, depth: usize, byte: u8, next: Option<u8>) {
        if let Some(site) = self.starting(depth) {
            match (byte, next) {
                (b'*', Some(b'*')) => site.dictionary_splat = true,
                (b'*', _) => site.list_splat = true,
                _ => site.positional.push(ArgumentStart::Other),
            }
        }
    }

    /// A string literal at `depth`, holding `value`.
    pub fn string(&mut self, depth: usize, value: StringValue) {
        if let Some(site) = self.starting(depth) {
            site.positional.push(ArgumentStart::String(value));
        }
    }

    /// A number at `depth`.
    pub fn number(&mut self, depth: usize, float: bool) {
        if let Some(site) = self.starting(depth) {
            site.positional.push(if float { ArgumentStart::Float } else { ArgumentStart::Other });
        }
    }

    /// A word at `depth` (its id, if the catalogue has it); `keyword` when `=` follows it.
    pub fn word(&mut self, depth: usize, word: &[u8], id: Option<usize>, keyword: bool) {
        if let Some(site) = self.starting(depth) {
            if keyword {
                site.keywords.push(id);
            } else if word == b"None" {
                site.positional.push(ArgumentStart::None);
            } else {
                site.positional.push(ArgumentStart::Other);
            }
        }
    }

    /// The end of the file: calls left open (unbalanced brackets) count as read.
    pub fn finish(&mut self) {
        self.close_bracket(0);
    }
}

#[cfg(test)]
mod tests {
    use super::{ArgumentStart, CallSite, StringValue};
    use crate::catalogue::CallShape;

    fn site(positional: &[ArgumentStart], keywords: &[Option<usize>]) -> CallSite {
        CallSite { positional: positional.to_vec(), keywords: keywords.to_vec(), ..CallSite::default() }
    }

    #[test]
    fn shapes_are_judged_from_how_arguments_start() {
        use ArgumentStart::{Float, Other};
        let text = ArgumentStart::String(StringValue::Other);
        let keyword_shape = CallShape::KeywordOtherThan(&["total"]);
        assert!(site(&[text], &[None]).may_have(keyword_shape, &[7]));
        assert!(!site(&[text], &[Some(7)]).may_have(keyword_shape, &[7]));
        assert!(!site(&[text, Other], &[]).may_have(keyword_shape, &[7]));
        assert!(site(&[Other, Float], &[]).may_have(CallShape::FloatLiteral, &[]));
        assert!(!site(&[Other, Other], &[]).may_have(CallShape::FloatLiteral, &[]));
        let missing = CallShape::MissingOrNone { index: 1, allowed: &[] };
        assert!(site(&[text], &[]).may_have(missing, &[]));
        assert!(site(&[text, ArgumentStart::None], &[]).may_have(missing, &[]));
        assert!(!site(&[text, Other], &[]).may_have(missing, &[]));
        assert!(!CallSite { list_splat: true, ..site(&[text], &[]) }.may_have(missing, &[]));
        assert!(CallSite { any_shape: true, ..CallSite::default() }.may_have(missing, &[]));
        let literal = CallShape::Literal { index: 0, keyword: None, values: &["u"] };
        let word = |id| ArgumentStart::String(StringValue::Word(id));
        assert!(site(&[word(Some(3))], &[]).may_have(literal, &[3]));
        assert!(!site(&[word(Some(4))], &[]).may_have(literal, &[3]));
        assert!(!site(&[word(None)], &[]).may_have(literal, &[3]));
        assert!(site(&[text], &[]).may_have(literal, &[3]));
        assert!(!site(&[ArgumentStart::None], &[]).may_have(literal, &[3]));
        assert!(!site(&[Other], &[]).may_have(literal, &[]));
        // By keyword (`open(p, mode="rU")`, the keyword's word 5 among the named ones): only that
        // keyword, not any other (`open(p, encoding="utf-8")` passes no mode).
        let by_keyword = CallShape::Literal { index: 1, keyword: Some("mode"), values: &["rU"] };
        assert!(site(&[text], &[Some(5)]).may_have(by_keyword, &[3, 5]));
        assert!(!site(&[text], &[None]).may_have(by_keyword, &[3, 5]));
        assert!(!site(&[text], &[Some(6)]).may_have(by_keyword, &[3, 5]));
        assert!(!site(&[], &[]).may_have(CallShape::AnyArgument, &[]));
        assert!(site(&[], &[None]).may_have(CallShape::AnyArgument, &[]));
        assert!(site(&[Other, Other], &[]).may_have(CallShape::PositionalMoreThan(1), &[]));
    }
}
