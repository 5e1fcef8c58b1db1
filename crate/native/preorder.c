// The visible nodes of a tree-sitter tree in preorder, as a tree cursor visits them
// (`ts_tree_cursor_goto_first_child`, `_next_sibling`, `_parent`), without the cursor.
//
// A cursor steps through the hidden nodes of the grammar (the repeat nodes of a block's
// statements or a call's arguments form balanced binary trees) one level at a time, each step
// rebuilding a child iterator from the parent: about 580 instructions per sibling step on
// CPython's Lib. This walks each subtree's children once, with an explicit stack (trees can be
// 100,000 deep). It reads tree-sitter's internal headers, those of the very sources the library
// is built from (the `tree-sitter` crate's `src`, found by build.rs), so the layouts agree.
#include <stdbool.h>
#include <stdint.h>

#include "tree_sitter/api.h"
#include "array.h"
#include "language.h"
#include "length.h"
#include "subtree.h"
#include "tree.h"

/// Called for each visible node: the node, its depth below the root (the root's is 0) and
/// whether it is named.
typedef void (*PysunsetVisit)(void *context, TSNode node, uint32_t depth, bool named);

typedef struct {
  // The subtree whose children are walked and the alias sequence of its production.
  Subtree parent;
  const TSSymbol *alias_sequence;
  // The position of the next child (after its padding).
  Length position;
  uint32_t child_index;
  uint32_t structural_child_index;
  // The depth of the visible nodes among these children.
  uint32_t depth;
} Frame;

static Frame frame_of(const TSLanguage *language, Subtree parent, Length position, uint32_t depth) {
  return (Frame){
    .parent = parent,
    .alias_sequence = ts_language_alias_sequence(language, parent.ptr->production_id),
    .position = position,
    .child_index = 0,
    .structural_child_index = 0,
    .depth = depth,
  };
}

/// Visits `root` and every visible node under it in the order a cursor from `root` does; the
/// nodes are those the cursor's `ts_tree_cursor_current_node` gives (same id, position, alias).
void pysunset_visible_nodes(TSNode root, PysunsetVisit visit, void *context) {
  const TSTree *tree = root.tree;
  const TSLanguage *language = tree->language;
  visit(context, root, 0, ts_node_is_named(root));
  Subtree root_subtree = *(const Subtree *)root.id;
  if (ts_subtree_child_count(root_subtree) == 0) return;
  Length root_position = {
    .bytes = ts_node_start_byte(root),
    .extent = ts_node_start_point(root),
  };
  Array(Frame) stack = array_new();
  array_push(&stack, frame_of(language, root_subtree, root_position, 1));
  while (stack.size > 0) {
    Frame *frame = array_back(&stack);
    uint32_t child_count = frame->parent.ptr->child_count;
    if (frame->child_index == child_count) {
      (void)array_pop(&stack);
      continue;
    }
    const Subtree *children = ts_subtree_children(frame->parent);
    const Subtree *child = &children[frame->child_index];
    Length position = frame->position;
    uint32_t depth = frame->depth;
    // As `ts_tree_cursor_child_iterator_next` and `ts_tree_cursor_current_node`.
    bool visible = ts_subtree_visible(*child);
    TSSymbol alias = 0;
    if (!ts_subtree_extra(*child)) {
      if (frame->alias_sequence) {
        alias = frame->alias_sequence[frame->structural_child_index];
        visible |= alias != 0;
      }
      frame->structural_child_index++;
    }
    frame->position = length_add(frame->position, ts_subtree_size(*child));
    frame->child_index++;
    if (frame->child_index < child_count) {
      frame->position = length_add(frame->position, ts_subtree_padding(children[frame->child_index]));
    }
    // `frame` is not used below: a push may move the stack.
    if (visible) {
      TSNode node = ts_node_new(tree, child, position, alias);
      bool named = alias ? ts_language_symbol_metadata(language, alias).named : ts_subtree_named(*child);
      visit(context, node, depth, named);
      if (ts_subtree_child_count(*child) > 0) {
        array_push(&stack, frame_of(language, *child, position, depth + 1));
      }
    } else if (ts_subtree_visible_child_count(*child) > 0) {
      array_push(&stack, frame_of(language, *child, position, depth));
    }
  }
  array_delete(&stack);
}
