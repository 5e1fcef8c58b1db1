//! A small JSON Schema (draft-04) validator, enough for the SARIF 2.1.0 schema: `$ref` (within
//! the document), `type`, `properties`, `required`, `additionalProperties`, `items`, `enum`,
//! `minimum`, `maximum`, `minItems`, `uniqueItems`, `oneOf`, `anyOf`, `allOf`. `pattern` and
//! `format` are not checked.

use serde_json::Value;

/// Every place where `value` breaks `schema` (empty when it is valid).
pub fn validate(schema: &Value, value: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    check(schema, schema, value, "$", &mut errors);
    errors
}

fn resolve<'s>(root: &'s Value, reference: &str) -> &'s Value {
    let pointer = reference.strip_prefix('#').unwrap_or_else(|| panic!("only local $refs: {reference}"));
    root.pointer(pointer).unwrap_or_else(|| panic!("unresolved $ref {reference}"))
}

fn type_matches(name: &str, value: &Value) -> bool {
    match name {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "integer" => value.as_i64().is_some() || value.as_u64().is_some(),
        "number" => value.is_number(),
        other => panic!("unknown type {other}"),
    }
}

fn check(root: &Value, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        check(root, resolve(root, reference), value, at, errors);
        return;
    }
    if let Some(types) = schema.get("type") {
        let ok = match types {
            Value::String(name) => type_matches(name, value),
            Value::Array(names) => {
                names.iter().filter_map(Value::as_str).any(|name| type_matches(name, value))
            }
            _ => true,
        };
        if !ok {
            errors.push(format!("{at}: expected type {types}, found {value}"));
            return;
        }
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            errors.push(format!("{at}: {value} is not one of {allowed:?}"));
        }
    }
    if let Some(number) = value.as_f64() {
        if let Some(minimum) = schema.get("minimum").and_then(Value::as_f64) {
            if number < minimum {
                errors.push(format!("{at}: {number} < minimum {minimum}"));
            }
        }
        if let Some(maximum) = schema.get("maximum").and_then(Value::as_f64) {
            if number > maximum {
                errors.push(format!("{at}: {number} > maximum {maximum}"));
            }
        }
    }
    if let Some(object) = value.as_object() {
        for name in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
            let name = name.as_str().unwrap_or_default();
            if !object.contains_key(name) {
                errors.push(format!("{at}: missing required property `{name}`"));
            }
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        for (key, item) in object {
            match properties.and_then(|properties| properties.get(key)) {
                Some(property) => check(root, property, item, &format!("{at}.{key}"), errors),
                None => match schema.get("additionalProperties") {
                    Some(Value::Bool(false)) => errors.push(format!("{at}: property `{key}` is not allowed")),
                    Some(additional @ Value::Object(_)) => {
                        check(root, additional, item, &format!("{at}.{key}"), errors)
                    }
                    _ => {}
                },
            }
        }
    }
    if let Some(items) = value.as_array() {
        if let Some(minimum) = schema.get("minItems").and_then(Value::as_u64) {
            if (items.len() as u64) < minimum {
                errors.push(format!("{at}: fewer than {minimum} items"));
            }
        }
        if schema.get("uniqueItems") == Some(&Value::Bool(true)) {
            for (index, item) in items.iter().enumerate() {
                if items[..index].contains(item) {
                    errors.push(format!("{at}[{index}]: duplicate item"));
                }
            }
        }
        if let Some(item_schema) = schema.get("items") {
            for (index, item) in items.iter().enumerate() {
                check(root, item_schema, item, &format!("{at}[{index}]"), errors);
            }
        }
    }
    for (keyword, wanted) in [("oneOf", Some(1)), ("anyOf", None)] {
        if let Some(options) = schema.get(keyword).and_then(Value::as_array) {
            let passing = options
                .iter()
                .filter(|option| {
                    let mut sub = Vec::new();
                    check(root, option, value, at, &mut sub);
                    sub.is_empty()
                })
                .count();
            if wanted.map_or(passing == 0, |count| passing != count) {
                errors.push(format!("{at}: {passing} of the {keyword} schemas match"));
            }
        }
    }
    for option in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        check(root, option, value, at, errors);
    }
}
