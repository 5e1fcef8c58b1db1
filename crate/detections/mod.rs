//! The detections: each looks at one kind of node and reports uses of catalogue entries.
//!
//! Detections are free functions over a [`Context`]; what they look for comes from the
//! catalogue, never from names written into a detection.

mod context;

pub use context::Context;

pub mod calls;
pub mod context_managers;
pub mod env_vars;
pub mod import_hooks;
pub mod imports;
pub mod keywords;
pub mod members;
pub mod module_attributes;
pub mod operators;
pub mod recovery;
pub mod subscripts;
pub mod uncalled_methods;
