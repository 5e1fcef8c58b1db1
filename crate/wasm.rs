//! The WebAssembly bindings: a thin layer that turns JavaScript values into the core's types
//! and back. Nothing here knows about Python; nothing in the core knows about JavaScript.

use crate::catalogue::ENTRIES;
use crate::{Options, PythonVersion};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** How serious a finding is for the chosen target version. */
export type Severity = "error" | "warning" | "info";
/** The stable code of a rule. */
export type RuleCode = "SUN001" | "SUN002" | "SUN003" | "SUN004" | "SUN005" | "SUN006" | "SUN007";
/** What sort of API a catalogue entry is. */
export type ApiKind = "module" | "package" | "namespace" | "function" | "class" | "method"
  | "attribute" | "constant" | "alias" | "env-var" | "parameter";
/** A place in the source: 1-based line, 1-based column in UTF-16 code units, 0-based UTF-8 byte offset. */
export interface Position { line: number; column: number; offset: number; }
/** A span of source, end exclusive. */
export interface Range { start: Position; end: Position; }
/** One use of a removed standard-library API. */
export interface Finding {
  code: RuleCode;
  rule: string;
  symbol: string;
  kind: ApiKind;
  severity: Severity;
  deprecatedIn: string | null;
  removedIn: string;
  message: string;
  replacement: string;
  /** Why the use is safe as written (only on `info` findings). */
  guard?: string;
  range: Range;
  url: string;
}
/** Options of `check`. */
export interface CheckOptions {
  /** The Python version the code is moving to, "3.12" (default) to "3.21". */
  target?: string;
}
/** An entry of the catalogue of removed APIs. */
export interface CatalogueEntry {
  symbol: string;
  kind: ApiKind;
  code: RuleCode;
  deprecatedIn: string | null;
  removedIn: string;
  replacement: string;
  why: string;
  alsoKnownAs: string[];
  /** Where the rules look for uses. */
  found: string;
  /** A program that uses the API ("" while none is written). */
  before: string;
  /** The same program migrated. */
  after: string;
  url: string;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// `Finding[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "Finding[]")]
    pub type FindingArray;
    /// `CheckOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "CheckOptions")]
    pub type CheckOptions;
    /// `CatalogueEntry[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "CatalogueEntry[]")]
    pub type CatalogueArray;
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[derive(Deserialize, Default)]
struct RawOptions {
    target: Option<String>,
}

/// The option names `check` accepts.
const OPTION_NAMES: &[&str] = &["target"];

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer =
        serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true).serialize_missing_as_null(true);
    value.serialize(&serializer).map_err(|error| JsError::new(&error.to_string()))
}

fn options_from_js(options: Option<CheckOptions>) -> Result<Options, JsError> {
    let value: JsValue = options.map_or(JsValue::UNDEFINED, Into::into);
    let raw: RawOptions = if value.is_undefined() || value.is_null() {
        RawOptions::default()
    } else {
        if let Some(object) = value.dyn_ref::<js_sys::Object>() {
            for key in js_sys::Object::keys(object).iter() {
                let key = key.as_string().unwrap_or_default();
                if !OPTION_NAMES.contains(&key.as_str()) {
                    return Err(JsError::new(&format!(
                        "invalid options: unknown option `{key}` (the only option is `target`)"
                    )));
                }
            }
        }
        serde_wasm_bindgen::from_value(value).map_err(|error| {
            JsError::new(&format!("invalid options: {error} (the only option is `target`)"))
        })?
    };
    let target = match raw.target {
        Some(text) => text.parse::<PythonVersion>().map_err(|error| JsError::new(&error.to_string()))?,
        None => PythonVersion::DEFAULT_TARGET,
    };
    Ok(Options::new(target))
}

/// Checks Python source text and returns its findings in source order.
/// Throws an `Error` with a readable message for invalid options or input that is not text.
#[wasm_bindgen]
pub fn check(source: &str, options: Option<CheckOptions>) -> Result<FindingArray, JsError> {
    let options = options_from_js(options)?;
    let findings = crate::check(source, &options).map_err(|error| JsError::new(&error.to_string()))?;
    Ok(to_js(&findings)?.unchecked_into())
}

/// Every entry of the catalogue of removed APIs.
#[wasm_bindgen]
pub fn catalogue() -> Result<CatalogueArray, JsError> {
    let entries: Vec<_> = ENTRIES.iter().map(|entry| entry.info()).collect();
    Ok(to_js(&entries)?.unchecked_into())
}

/// The version of pysunset.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
