//! `removed-method` for definitions: a method that a standard-library base class no longer
//! calls, such as `visit_Num` in a subclass of `ast.NodeVisitor` (3.14 dispatches every literal
//! to `visit_Constant`). Nothing fails: the method is silently never called.

use super::needs::{Ids, Needs};
use super::Context;
use super::{Detector, Rows, Visit};
use crate::catalogue::{self, Detection, Entry};
use crate::qualified_name::QualifiedName;
use crate::semantic::guards::Failure;
use crate::semantic::{ClassId, SemanticModel};
use crate::syntax::Kind;
use crate::syntax::{text, Field, NodeExt};
use tree_sitter::Node;

/// This module's detector: methods that a standard-library base class no longer calls.
pub(super) const DETECTOR: Detector = Detector {
    rows: Some(Rows {
        detection: |detection| matches!(detection, Detection::UncalledMethod { .. }),
        needs,
        describe,
    }),
    visit: Some(Visit { nodes: &[Kind::FunctionDefinition], check, own_rows_only: true }),
};

/// Where definitions of a method no longer called are found, in words.
fn describe(entry: &Entry) -> String {
    let Detection::UncalledMethod { modern } = entry.detection else {
        return String::new();
    };
    format!(
        "where a class of the file that visibly derives from the class (through `import`, `from ... import`, aliases and other classes of the file) defines the method, unless that class or one of its bases in the file also defines `{modern}`; classes deriving from another module's class are not matched"
    )
}

fn check<'t>(context: &mut Context<'_, 't>, _kind: Kind, node: Node<'t>, _ancestors: &[Node<'t>]) {
    function_definition(context, node);
}

/// Checks a `function_definition` node: a method of a class of the file.
pub fn function_definition<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let Some(name_node) = node.field(Field::Name) else {
        return;
    };
    let name = text(name_node, checker.source);
    let mut entries = catalogue::uncalled_methods(name).peekable();
    if entries.peek().is_none() {
        return;
    }
    // The scope the `def` runs in is the class body (also under an `if` inside it).
    let Some(class) = checker.model.class_of_scope(checker.scope()) else {
        return;
    };
    let reported: Vec<&'static Entry> =
        entries.filter(|entry| is_uncalled(checker.model, class, entry)).collect();
    for entry in reported {
        checker.report(entry, entry.rule(), name_node, name_node, Failure::Silent);
    }
}

/// Whether `class` derives from the entry's class and defines none of the methods called
/// instead (itself or through its bases in the file).
fn is_uncalled(model: &SemanticModel<'_>, class: ClassId, entry: &Entry) -> bool {
    let Detection::UncalledMethod { modern } = entry.detection else {
        return false;
    };
    let Some(owner) = QualifiedName::new(entry.symbol).parent().map(QualifiedName::as_str) else {
        return false;
    };
    model.derives_without(class, owner, modern)
}

/// What a file must show for a definition of an uncalled method: its name after `def` in a
/// file that imports the base class's module.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    let root = QualifiedName::new(entry.symbol).root();
    Needs::Definition { name: id(entry.name()), roots: vec![id(root)] }
}
