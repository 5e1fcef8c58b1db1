//! `removed-parameter` for argument shapes: a call whose arguments are no longer accepted,
//! such as `typing.TypedDict("TD", x=int)`, `sqlite3.connect(path, 5.0)` or `shlex.split(None)`.

use super::needs::{callable_needs, Ids, Needs, FLOAT_WORD, PLACEHOLDER_WORD};
use super::Context;
use super::{quoted, Detector, Rows, Visit};
use crate::catalogue::{self, CallShape, Detection, Entry};
use crate::qualified_name::QualifiedName;
use crate::semantic::resolve::{Member, Value};
use crate::syntax::Kind;
use crate::syntax::{named_children, string_value, text, without_parentheses, Field, NodeExt};
use tree_sitter::Node;

/// The arguments of a call, sorted out.
struct Arguments<'t> {
    positional: Vec<Node<'t>>,
    /// Keyword arguments, by name.
    keywords: Vec<(&'t str, Node<'t>)>,
    /// `*args` among the arguments.
    list_splat: bool,
    /// `**kwargs` among the arguments.
    dictionary_splat: bool,
}

fn arguments<'t>(node: Node<'t>, source: &'t str) -> Arguments<'t> {
    let mut sorted = Arguments {
        positional: Vec::new(),
        keywords: Vec::new(),
        list_splat: false,
        dictionary_splat: false,
    };
    for argument in named_children(node) {
        match argument.kind_name() {
            "comment" => {}
            "keyword_argument" => {
                if let Some(name) = argument.field(Field::Name) {
                    sorted.keywords.push((text(name, source), argument));
                }
            }
            "list_splat" => sorted.list_splat = true,
            "dictionary_splat" => sorted.dictionary_splat = true,
            _ => sorted.positional.push(argument),
        }
    }
    sorted
}

/// Whether `node` is the literal `value` (`None`, or a string with that value).
fn is_literal(node: Node<'_>, value: &str, source: &str) -> bool {
    let node = without_parentheses(node);
    match node.kind_name() {
        "none" => value == "None",
        _ => value != "None" && string_value(node, source) == Some(value),
    }
}

/// The argument that has the shape, if the call has it: where the finding goes.
fn matching<'t>(shape: CallShape, call: &Arguments<'t>, source: &str) -> Option<Option<Node<'t>>> {
    let unpacked = call.list_splat || call.dictionary_splat;
    match shape {
        CallShape::KeywordOtherThan(allowed) => {
            call.keywords.iter().find(|(name, _)| !allowed.contains(name)).map(|(_, node)| Some(*node))
        }
        CallShape::PositionalMoreThan(count) => call.positional.get(count).map(|node| Some(*node)),
        CallShape::AnyArgument => {
            let first = call.positional.first().copied().or(call.keywords.first().map(|(_, node)| *node));
            first.map(Some)
        }
        CallShape::MissingOrNone { index, allowed } => {
            if unpacked || call.keywords.iter().any(|(name, _)| !allowed.contains(name)) {
                return None;
            }
            match call.positional.get(index) {
                None => Some(None),
                Some(node) if is_literal(*node, "None", source) => Some(Some(*node)),
                Some(_) => None,
            }
        }
        CallShape::Literal { index, keyword, values } => {
            if call.list_splat && call.positional.len() <= index {
                return None;
            }
            let by_keyword = || {
                let keyword = keyword?;
                let (_, argument) = call.keywords.iter().find(|(name, _)| *name == keyword)?;
                argument.field(Field::Value)
            };
            let node = call.positional.get(index).copied().or_else(by_keyword)?;
            values.iter().any(|value| is_literal(node, value, source)).then_some(Some(node))
        }
        CallShape::FloatLiteral => {
            call.positional.iter().find(|node| node.kind_name() == "float").map(|node| Some(*node))
        }
        CallShape::NamedPlaceholdersWithSequence { rows } => {
            let [sql, parameters] = call.positional.as_slice() else {
                return None;
            };
            if unpacked
                || !call.keywords.is_empty()
                || !sql_text(*sql, source).is_some_and(|sql| has_named_placeholder(&sql))
            {
                return None;
            }
            let items = sequence_items(*parameters)?;
            let judged = !rows || items.iter().all(|item| sequence_items(*item).is_some());
            judged.then_some(Some(*parameters))
        }
        CallShape::StringLiteral { index } => {
            let node = *call.positional.get(index)?;
            string_value(node, source).is_some().then_some(Some(node))
        }
        CallShape::StringLacking { index, prefix } => {
            let node = *call.positional.get(index)?;
            string_value(node, source).is_some_and(|value| !value.starts_with(prefix)).then_some(Some(node))
        }
    }
}

/// The text of a string literal, or of adjacent string literals (`"SELECT *" " FROM t"`), when
/// nothing in it is computed (no f-string field).
fn sql_text(node: Node<'_>, source: &str) -> Option<String> {
    let node = without_parentheses(node);
    let parts = match node.kind_name() {
        "string" => vec![node],
        "concatenated_string" => named_children(node),
        _ => return None,
    };
    let mut sql = String::new();
    for part in parts {
        if part.kind_name() != "string" {
            return None;
        }
        for child in named_children(part) {
            match child.kind_name() {
                "string_start" | "string_end" => {}
                "string_content" => sql.push_str(text(child, source)),
                _ => return None,
            }
        }
    }
    Some(sql)
}

/// The items of a non-empty tuple or list literal (`None` for anything else).
fn sequence_items(node: Node<'_>) -> Option<Vec<Node<'_>>> {
    if !matches!(node.kind_name(), "tuple" | "list") {
        return None;
    }
    let items: Vec<Node<'_>> =
        named_children(node).into_iter().filter(|item| item.kind_name() != "comment").collect();
    let unpacked =
        items.iter().any(|item| matches!(item.kind_name(), "list_splat" | "parenthesized_list_splat"));
    (!items.is_empty() && !unpacked).then_some(items)
}

/// Whether SQL text has a named placeholder (`:name`, `@name`, `$name`), outside string
/// literals (`'...'`), quoted identifiers (`"..."`, `` `...` ``, `[...]`) and comments, as
/// SQLite's tokenizer reads them. `?` and `?NNN` are not named.
fn has_named_placeholder(sql: &str) -> bool {
    let bytes = sql.as_bytes();
    let is_name_byte = |byte: u8| byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80;
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        let closing = match byte {
            b'\'' | b'"' | b'`' => Some(byte),
            b'[' => Some(b']'),
            _ => None,
        };
        if let Some(closing) = closing {
            // A doubled quote inside is an escaped one: the scan simply reopens there.
            at = bytes[at + 1..].iter().position(|&b| b == closing).map_or(bytes.len(), |end| at + end + 2);
            continue;
        }
        if bytes[at..].starts_with(b"--") {
            at = bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |end| at + end);
            continue;
        }
        if bytes[at..].starts_with(b"/*") {
            at = sql[at + 2..].find("*/").map_or(bytes.len(), |end| at + end + 4);
            continue;
        }
        let after_name = at > 0 && (is_name_byte(bytes[at - 1]) || bytes[at - 1] == b'$');
        if matches!(byte, b':' | b'@' | b'$')
            && !after_name
            && bytes.get(at + 1).is_some_and(|&b| is_name_byte(b))
        {
            return true;
        }
        at += 1;
    }
    false
}

/// The qualified names the called function may be known by: a function or class, or a method
/// of an instance whose class is known (with the classes it inherits the method from).
fn callee_names<'t>(checker: &Context<'_, 't>, function: Node<'t>) -> Vec<String> {
    if function.kind_name() == "attribute" {
        if let (Some(object), Some(method)) =
            (function.field(Field::Object), function.field(Field::Attribute))
        {
            let receiver = checker.resolve(object);
            if matches!(receiver, Value::Instance(_)) {
                if let Member::Qualified(names) =
                    checker.model.member_of(&receiver, text(method, checker.source))
                {
                    return names;
                }
                return Vec::new();
            }
        }
    }
    match checker.resolve(function) {
        Value::Qualified(name) => vec![name],
        _ => Vec::new(),
    }
}

/// This module's detector: calls whose arguments have a shape no longer accepted.
pub(super) const DETECTOR: Detector = Detector {
    rows: Some(Rows {
        detection: |detection| matches!(detection, Detection::CallShape { .. }),
        needs,
        describe,
    }),
    visit: Some(Visit { nodes: &[Kind::Call], check, own_rows_only: true }),
};

/// Where calls of a given shape are found, in words.
fn describe(entry: &Entry) -> String {
    let Detection::CallShape { callables, shape } = entry.detection else {
        return String::new();
    };
    format!(
        "in calls of {} (through any import or alias) that pass {}; arguments that only exist at run time (variables, `*args`, `**kwargs`) are not judged",
        quoted(callables),
        shape_in_words(shape)
    )
}

/// The shape in words, for the documentation.
fn shape_in_words(shape: CallShape) -> String {
    match shape {
        CallShape::KeywordOtherThan(&[]) => "any keyword argument".into(),
        CallShape::KeywordOtherThan(allowed) => {
            format!("a keyword argument other than {}", quoted(allowed))
        }
        CallShape::PositionalMoreThan(count) => format!("more than {count} positional argument(s)"),
        CallShape::AnyArgument => "any argument".into(),
        CallShape::MissingOrNone { index, allowed } => format!(
            "no argument {} (or a literal `None` there), and no keyword other than {}",
            index + 1,
            quoted(allowed)
        ),
        CallShape::Literal { index, keyword, values } => {
            let values: Vec<String> = values
                .iter()
                .map(|value| if *value == "None" { "`None`".to_string() } else { format!("`{value:?}`") })
                .collect();
            let by_keyword = keyword.map(|keyword| format!(" (or `{keyword}=`)")).unwrap_or_default();
            format!("the literal {} as argument {}{by_keyword}", values.join(" or "), index + 1)
        }
        CallShape::FloatLiteral => "a float literal as an argument".into(),
        CallShape::NamedPlaceholdersWithSequence { rows: false } => "a string literal whose SQL has named placeholders (`:name`, `@name`, `$name`; not inside SQL strings, quoted identifiers or comments) and a tuple or list literal of values (`?` placeholders, dicts and values only known at run time are not judged)".into(),
        CallShape::NamedPlaceholdersWithSequence { rows: true } => "a string literal whose SQL has named placeholders (`:name`, `@name`, `$name`; not inside SQL strings, quoted identifiers or comments) and a tuple or list literal whose items are tuple or list literals (`?` placeholders, dicts and values only known at run time are not judged)".into(),
        CallShape::StringLiteral { index } => format!("a string literal as argument {}", index + 1),
        CallShape::StringLacking { index, prefix } => {
            format!("a string literal not starting with `{prefix}` as argument {}", index + 1)
        }
    }
}

fn check<'t>(context: &mut Context<'_, 't>, _kind: Kind, node: Node<'t>, _ancestors: &[Node<'t>]) {
    call(context, node);
}

/// Checks a `call` node's arguments against the call shapes of its callee.
pub fn call<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let (Some(function), Some(argument_list)) = (node.field(Field::Function), node.field(Field::Arguments))
    else {
        return;
    };
    let name = match function.kind_name() {
        "identifier" => function,
        "attribute" => match function.field(Field::Attribute) {
            Some(name) => name,
            None => return,
        },
        _ => return,
    };
    if argument_list.kind_name() != "argument_list" {
        return;
    }
    // The cheap test on the spelled name; a plain name may also be an alias
    // (`from typing import TypedDict as TD`).
    let spelled = catalogue::is_call_shape_name(text(name, checker.source));
    let aliased = || {
        function.kind_name() == "identifier"
            && matches!(checker.resolve(function), Value::Qualified(qualified)
                if catalogue::is_call_shape_name(QualifiedName::new(&qualified).last()))
    };
    if !spelled && !aliased() {
        return;
    }
    let entries: Vec<&'static catalogue::Entry> = callee_names(checker, function)
        .iter()
        .flat_map(|callee| catalogue::call_shape_entries(callee).iter().copied())
        .collect();
    if entries.is_empty() {
        return;
    }
    let call = arguments(argument_list, checker.source);
    for entry in entries {
        let Detection::CallShape { shape, .. } = entry.detection else {
            continue;
        };
        if let Some(argument) = matching(shape, &call, checker.source) {
            // The offending argument, or the whole call when the problem is one left out.
            let (first, last) = argument.map_or((node, node), |argument| (argument, argument));
            checker.report(entry, entry.rule(), first, last, shape.failure());
        }
    }
}

/// What a file must show for a call of a given shape: a callable met, a call of it whose
/// arguments may have the shape, and the words the shape's literals spell.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    let Detection::CallShape { callables, shape } = entry.detection else {
        unreachable!("only call-shape entries are detected by calls.rs")
    };
    let named = match shape {
        CallShape::KeywordOtherThan(allowed) | CallShape::MissingOrNone { allowed, .. } => {
            allowed.iter().map(|keyword| id(keyword)).collect()
        }
        CallShape::Literal { values, keyword, .. } => {
            values.iter().chain(keyword.as_ref()).map(|word| id(word)).collect()
        }
        _ => Vec::new(),
    };
    let called = Needs::Called {
        callables: Box::new(Needs::AnyOf(
            callables.iter().map(|callable| callable_needs(callable, id)).collect(),
        )),
        words: callables.iter().map(|callable| id(QualifiedName::new(callable).last())).collect(),
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
        CallShape::FloatLiteral => Needs::AllOf(vec![called, Needs::InCode { name: id(FLOAT_WORD) }]),
        CallShape::NamedPlaceholdersWithSequence { .. } => {
            Needs::AllOf(vec![called, Needs::InString { name: id(PLACEHOLDER_WORD) }])
        }
        _ => called,
    }
}

#[cfg(test)]
mod tests {
    use super::has_named_placeholder;

    #[test]
    fn named_placeholders_are_found_outside_quotes_and_comments() {
        for sql in [
            "SELECT * FROM t WHERE id = :id",
            "INSERT INTO t VALUES (:1, :2)",
            "SELECT @name",
            "SELECT $name",
            "SELECT 'it''s' , :x",
            "UPDATE t SET a=:a",
        ] {
            assert!(has_named_placeholder(sql), "{sql}");
        }
        for sql in [
            "SELECT * FROM t WHERE id = ?",
            "SELECT ?1, ?2",
            "SELECT strftime('%H:%M', 'now')",
            "SELECT \"a:b\" FROM [c:d] JOIN `e:f`",
            "SELECT 1 -- where x = :x\n",
            "SELECT 1 /* :x */",
            "SELECT a$b FROM t",
            "SELECT ':unterminated",
            "SELECT x: FROM t",
        ] {
            assert!(!has_named_placeholder(sql), "{sql}");
        }
    }
}
