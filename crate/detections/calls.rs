//! `removed-parameter` for argument shapes: a call whose arguments are no longer accepted,
//! such as `typing.TypedDict("TD", x=int)`, `sqlite3.connect(path, 5.0)` or `shlex.split(None)`.

use super::Context;
use crate::catalogue::{self, CallShape, Detection};
use crate::semantic::resolve::{Member, Value};
use crate::syntax::{named_children, string_value, text, Field, NodeExt};
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
        match argument.kind() {
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
    match node.kind() {
        "none" => value == "None",
        "parenthesized_expression" => {
            node.named_child(0).is_some_and(|inner| is_literal(inner, value, source))
        }
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
        CallShape::Literal { index, values } => {
            if call.list_splat && call.positional.len() <= index {
                return None;
            }
            let node = *call.positional.get(index)?;
            values.iter().any(|value| is_literal(node, value, source)).then_some(Some(node))
        }
        CallShape::FloatLiteral => {
            call.positional.iter().find(|node| node.kind() == "float").map(|node| Some(*node))
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
    let parts = match node.kind() {
        "string" => vec![node],
        "concatenated_string" => named_children(node),
        "parenthesized_expression" => return node.named_child(0).and_then(|inner| sql_text(inner, source)),
        _ => return None,
    };
    let mut sql = String::new();
    for part in parts {
        if part.kind() != "string" {
            return None;
        }
        for child in named_children(part) {
            match child.kind() {
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
    if !matches!(node.kind(), "tuple" | "list") {
        return None;
    }
    let items: Vec<Node<'_>> =
        named_children(node).into_iter().filter(|item| item.kind() != "comment").collect();
    let unpacked = items.iter().any(|item| matches!(item.kind(), "list_splat" | "parenthesized_list_splat"));
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
    if function.kind() == "attribute" {
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

/// Checks a `call` node's arguments against the call shapes of its callee.
pub fn call<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let (Some(function), Some(argument_list)) = (node.field(Field::Function), node.field(Field::Arguments))
    else {
        return;
    };
    let name = match function.kind() {
        "identifier" => function,
        "attribute" => match function.field(Field::Attribute) {
            Some(name) => name,
            None => return,
        },
        _ => return,
    };
    if argument_list.kind() != "argument_list" {
        return;
    }
    // The cheap test on the spelled name; a plain name may also be an alias
    // (`from typing import TypedDict as TD`).
    let spelled = catalogue::is_call_shape_name(text(name, checker.source));
    let aliased = || {
        function.kind() == "identifier"
            && matches!(checker.resolve(function), Value::Qualified(qualified)
                if catalogue::is_call_shape_name(qualified.rsplit('.').next().unwrap_or(&qualified)))
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
