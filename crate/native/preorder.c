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

/// A recorded node (its `TSNode` without the tree, which is the root's), its depth below the
/// root (the root's is 0), its kind id (what `ts_node_symbol` gives), whether it is named and
/// whether it has children (`ts_node_child_count` > 0, in one byte with `named`'s: bit 0 named,
/// bit 1 a parent): laid out as the Rust side's `syntax::Recorded`.
typedef struct {
  uint32_t context[4];
  const void *id;
  uint32_t depth;
  TSSymbol kind;
  uint8_t flags;
} PysunsetRecorded;

enum { RECORDED_NAMED = 1, RECORDED_PARENT = 2 };

/// Whether a node of subtree `subtree` has children, as `ts_node_child_count(node) > 0`.
static inline bool has_children(Subtree subtree) {
  return ts_subtree_child_count(subtree) > 0 && subtree.ptr->visible_child_count > 0;
}

// 32 bytes where pointers are 8, 28 where they are 4 (wasm32), as the Rust side asserts too.
_Static_assert(sizeof(PysunsetRecorded) == 24 + sizeof(void *), "PysunsetRecorded is laid out as syntax::Recorded");

/// The records written so far, and the visible node seen last: it is kept when it is named or
/// the next visible node is one deeper (a cursor can go to a child of it), as `Preorder::new`
/// kept what a cursor gave.
typedef struct {
  PysunsetRecorded *out;
  uint32_t count;
  uint32_t capacity;
  bool has_pending;
  PysunsetRecorded pending;
} Records;

/// Settles the pending node now that the next visible one (at `next_depth`, or none: 0 with
/// `last`) is known; false when there is no room left.
static inline bool settle(Records *records, uint32_t next_depth, bool last) {
  if (!records->has_pending) return true;
  records->has_pending = false;
  PysunsetRecorded pending = records->pending;
  if (!(pending.flags & RECORDED_NAMED) && (last || next_depth <= pending.depth)) return true;
  if (records->count == records->capacity) return false;
  records->out[records->count++] = pending;
  return true;
}

static inline bool visit(Records *records, TSNode node, uint32_t depth, TSSymbol kind, bool named, bool parent) {
  if (!settle(records, depth, false)) return false;
  uint8_t flags = (named ? RECORDED_NAMED : 0) | (parent ? RECORDED_PARENT : 0);
  records->pending = (PysunsetRecorded){
    {node.context[0], node.context[1], node.context[2], node.context[3]}, node.id, depth, kind, flags};
  records->has_pending = true;
  return true;
}

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

/// A child of a frame as a cursor's child iterator gives it (`ts_tree_cursor_child_iterator_next`
/// and `ts_tree_cursor_current_node`): the subtree, its position, its alias (0 if none), its
/// structural index among its siblings, whether it is extra and whether it is visible.
typedef struct {
  const Subtree *subtree;
  Length position;
  TSSymbol alias;
  uint32_t structural_child_index;
  bool extra;
  bool visible;
} Step;

/// Takes the next child of `frame` (which has one, of `child_count`), moving the frame past it.
static inline Step frame_step(Frame *frame, uint32_t child_count) {
  const Subtree *children = ts_subtree_children(frame->parent);
  const Subtree *child = &children[frame->child_index];
  Step step = {
    .subtree = child,
    .position = frame->position,
    .alias = 0,
    .structural_child_index = frame->structural_child_index,
    .extra = ts_subtree_extra(*child),
    .visible = ts_subtree_visible(*child),
  };
  if (!step.extra) {
    if (frame->alias_sequence) {
      step.alias = frame->alias_sequence[frame->structural_child_index];
      step.visible |= step.alias != 0;
    }
    frame->structural_child_index++;
  }
  frame->position = length_add(frame->position, ts_subtree_size(*child));
  frame->child_index++;
  if (frame->child_index < child_count) {
    frame->position = length_add(frame->position, ts_subtree_padding(children[frame->child_index]));
  }
  return step;
}

/// Writes to `out` (room for `capacity` records) the nodes `Preorder::new` records of `root`:
/// `root` and the visible nodes under it, in the order a cursor from `root` visits them (the
/// nodes the cursor's `ts_tree_cursor_current_node` gives: same id, position, alias), those
/// that are named or have a visible child. Returns how many, or UINT32_MAX when they do not fit.
uint32_t pysunset_record(TSNode root, PysunsetRecorded *out, uint32_t capacity) {
  const TSTree *tree = root.tree;
  const TSLanguage *language = tree->language;
  Records records = {.out = out, .count = 0, .capacity = capacity, .has_pending = false};
  Subtree root_subtree = *(const Subtree *)root.id;
  visit(&records, root, 0, ts_node_symbol(root), ts_node_is_named(root), has_children(root_subtree));
  if (ts_subtree_child_count(root_subtree) == 0) {
    return settle(&records, 0, true) ? records.count : UINT32_MAX;
  }
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
    uint32_t depth = frame->depth;
    Step step = frame_step(frame, child_count);
    const Subtree *child = step.subtree;
    Length position = step.position;
    TSSymbol alias = step.alias;
    // `frame` is not used below: a push may move the stack.
    if (step.visible) {
      TSNode node = ts_node_new(tree, child, position, alias);
      bool named = alias ? ts_language_symbol_metadata(language, alias).named : ts_subtree_named(*child);
      // As `ts_node_symbol`: the alias or the subtree's symbol, made public.
      TSSymbol symbol = alias ? alias : ts_subtree_symbol(*child);
      // `ts_language_public_symbol`, inline (it is called for every visible node).
      TSSymbol kind = symbol == ts_builtin_sym_error ? symbol : language->public_symbol_map[symbol];
      if (!visit(&records, node, depth, kind, named, has_children(*child))) {
        array_delete(&stack);
        return UINT32_MAX;
      }
      if (ts_subtree_child_count(*child) > 0) {
        array_push(&stack, frame_of(language, *child, position, depth + 1));
      }
    } else if (ts_subtree_visible_child_count(*child) > 0) {
      array_push(&stack, frame_of(language, *child, position, depth));
    }
  }
  array_delete(&stack);
  return settle(&records, 0, true) ? records.count : UINT32_MAX;
}

/// A hidden node whose children a child walk reads: its frame, and where it stands in its
/// parent's children (as a cursor's entry has it: its structural index, whether it is extra).
typedef struct {
  Frame frame;
  uint32_t structural_child_index;
  bool extra;
} Hidden;

/// The field of a visible child of `parent` reached through `stack[0..size]` (`stack[0]` is
/// `parent`'s own frame), as `ts_tree_cursor_current_field_id` gives it: the first field
/// (not inherited) that the child, or one of the hidden nodes above it, holds in its parent.
static TSFieldId field_of(const TSLanguage *language, const Hidden *stack, uint32_t size, bool extra,
                          uint32_t structural_child_index) {
  for (uint32_t level = size; level > 0; level--) {
    if (level < size) {
      extra = stack[level].extra;
      structural_child_index = stack[level].structural_child_index;
    }
    if (extra) return 0;
    const TSFieldMapEntry *map, *map_end;
    ts_language_field_map(language, stack[level - 1].frame.parent.ptr->production_id, &map, &map_end);
    for (; map < map_end; map++) {
      if (!map->inherited && map->child_index == structural_child_index) return map->field_id;
    }
  }
  return 0;
}

/// Writes to `out` (room for `capacity` nodes) children of `parent` among those a cursor visits
/// (its visible children, through hidden ones), in order: with `field` 0 the named ones, as
/// tree-sitter's `Node::named_children` gives them, else those in `field`, as its
/// `Node::children_by_field_id` does (anonymous ones too). A cursor rebuilds a child iterator
/// at each step through the grammar's hidden nodes (a block's statements, a call's arguments:
/// balanced trees); this reads each hidden node's children once. Returns how many, or
/// UINT32_MAX when they do not fit or the hidden nodes nest deeper than its stack.
static uint32_t children_of(TSNode parent, TSFieldId field, TSNode *out, uint32_t capacity) {
  Subtree subtree = *(const Subtree *)parent.id;
  if (ts_subtree_child_count(subtree) == 0) return 0;
  const TSTree *tree = parent.tree;
  const TSLanguage *language = tree->language;
  Length position = {
    .bytes = ts_node_start_byte(parent),
    .extent = ts_node_start_point(parent),
  };
  // Hidden nodes under a visible one nest about as deep as the log of its children's count.
  enum { MAX_HIDDEN = 64 };
  Hidden stack[MAX_HIDDEN];
  uint32_t size = 0;
  uint32_t count = 0;
  stack[size++] = (Hidden){frame_of(language, subtree, position, 1), 0, false};
  while (size > 0) {
    Frame *frame = &stack[size - 1].frame;
    uint32_t child_count = frame->parent.ptr->child_count;
    if (frame->child_index == child_count) {
      size--;
      continue;
    }
    Step step = frame_step(frame, child_count);
    const Subtree *child = step.subtree;
    if (step.visible) {
      bool wanted = field ? field_of(language, stack, size, step.extra, step.structural_child_index) == field
                    : step.alias ? ts_language_symbol_metadata(language, step.alias).named
                                 : ts_subtree_named(*child);
      if (wanted) {
        if (count == capacity) return UINT32_MAX;
        out[count++] = ts_node_new(tree, child, step.position, step.alias);
      }
    } else if (ts_subtree_visible_child_count(*child) > 0) {
      if (size == MAX_HIDDEN) return UINT32_MAX;
      stack[size++] = (Hidden){frame_of(language, *child, step.position, 1), step.structural_child_index, step.extra};
    }
  }
  return count;
}

/// Writes to `out` (room for `capacity` nodes) the named children of `parent`, as
/// tree-sitter's `Node::named_children` gives them (see `children_of`); how many, or
/// UINT32_MAX when they do not fit.
uint32_t pysunset_named_children(TSNode parent, TSNode *out, uint32_t capacity) {
  return children_of(parent, 0, out, capacity);
}

/// Writes to `out` (room for `capacity` nodes) the children of `parent` in `field` (not 0), as
/// tree-sitter's `Node::children_by_field_id` gives them (see `children_of`); how many, or
/// UINT32_MAX when they do not fit.
uint32_t pysunset_field_children(TSNode parent, TSFieldId field, TSNode *out, uint32_t capacity) {
  return field ? children_of(parent, field, out, capacity) : 0;
}
