//! A digest of each file's tree-sitter tree as the node API shows it, to compare two builds of
//! the parser (vendor/tree-sitter/VENDOR.md): `cargo run --release --example tree_dump -- FILE...`
//! (a directory is walked for `*.py`) prints `digest path` a line. The digest covers every
//! visible node in preorder: its kind, byte range, depth, named/missing/error flags, child
//! counts, the field its parent gives it, its parent, and which node each field of the
//! language leads to from it.
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<_> =
            std::fs::read_dir(path).into_iter().flatten().flatten().map(|entry| entry.path()).collect();
        entries.sort();
        for entry in entries {
            files(&entry, out);
        }
    } else if path.extension().is_some_and(|extension| extension == "py") {
        out.push(path.to_path_buf());
    }
}

fn digest(source: &str) -> u64 {
    let Some(tree) = pysunset::syntax::parse(source) else { return 0 };
    let language = tree.language();
    let fields: Vec<u16> = (1..=language.field_count() as u16).collect();
    let mut hasher = DefaultHasher::new();
    let mut cursor = tree.walk();
    let mut depth = 0usize;
    loop {
        let node = cursor.node();
        (node.kind_id(), node.start_byte(), node.end_byte(), depth).hash(&mut hasher);
        (node.is_named(), node.is_missing(), node.is_error(), node.has_error()).hash(&mut hasher);
        (node.child_count(), node.named_child_count(), cursor.field_id()).hash(&mut hasher);
        node.parent()
            .map(|parent| (parent.kind_id(), parent.start_byte(), parent.end_byte()))
            .hash(&mut hasher);
        for &field in &fields {
            node.child_by_field_id(field)
                .map(|child| (child.kind_id(), child.start_byte(), child.end_byte()))
                .hash(&mut hasher);
        }
        if cursor.goto_first_child() {
            depth += 1;
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return hasher.finish();
            }
            depth -= 1;
        }
    }
}

fn main() {
    let mut paths = Vec::new();
    for argument in std::env::args().skip(1) {
        files(Path::new(&argument), &mut paths);
    }
    for path in paths {
        let Ok(bytes) = std::fs::read(&path) else { continue };
        let source = String::from_utf8_lossy(&bytes).replace('\0', " ");
        println!("{:016x} {}", digest(&source), path.display());
    }
}
