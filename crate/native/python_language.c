// The Python grammar as the native CLI and the npm package's WebAssembly module (the
// `fast-language` feature: build.rs) parse with it: a copy of tree-sitter-python's language
// (`tree_sitter_python()`) with three changes that give the same trees faster.
// - Its external scanner is python_scanner.c's.
// - Its lexer functions are python_lexer.c's: the grammar's own, compiled with tree-sitter's
//   lexer calls inlined (used when the copy they are compiled from has the grammar's table
//   sizes; the syntax tests check that it does).
// - Every parse state's actions are in one dense table. The grammar keeps 185 of its 2,786
//   states in a dense table (`parse_table`) and the others in a compact list of symbol groups
//   (`small_parse_table`), which tree-sitter's `ts_language_lookup` searches one symbol at a
//   time (about 140 instructions a look-up on CPython's Lib, 1.5 M look-ups); a dense row gives
//   the same value at once. tree-sitter reads the table only through those look-ups, but for one
//   thing: error recovery lists a state's actions (`ts_language_lookaheads`), in the symbol
//   groups' order for a listed state and in symbol order for a dense one, and the reductions it
//   collects can depend on that order. `recovery_is_kept` replays that collection both ways for
//   every listed state; only when all agree is the dense table used (the syntax tests check that
//   it is).

#include <stdlib.h>
#include <string.h>

#include "parser.h"

const TSLanguage *tree_sitter_python(void);

void *pysunset_python_scanner_create(void);
void pysunset_python_scanner_destroy(void *payload);
bool pysunset_python_scanner_scan(void *payload, TSLexer *lexer, const bool *valid_symbols);
unsigned pysunset_python_scanner_serialize(void *payload, char *buffer);
void pysunset_python_scanner_deserialize(void *payload, const char *buffer, unsigned length);

bool pysunset_python_lex(TSLexer *lexer, TSStateId state);
bool pysunset_python_keyword_lex(TSLexer *lexer, TSStateId state);
bool pysunset_python_lexer_fits(const TSLanguage *language);

static TSLanguage python_language;
static bool python_language_dense;
static bool python_language_lexer;

// Every state's row of values by symbol: the grammar's dense rows, then each listed state's
// groups written out (the first group listing a symbol gives its value, as in the look-up).
static uint16_t *dense_table(const TSLanguage *base) {
    size_t symbols = base->symbol_count;
    uint16_t *table = calloc((size_t)base->state_count * symbols, sizeof(uint16_t));
    if (!table) {
        return NULL;
    }
    memcpy(table, base->parse_table, (size_t)base->large_state_count * symbols * sizeof(uint16_t));
    for (uint32_t state = base->large_state_count; state < base->state_count; state++) {
        const uint16_t *data = &base->small_parse_table[base->small_parse_table_map[state - base->large_state_count]];
        uint16_t *row = &table[state * symbols];
        uint16_t group_count = *(data++);
        for (unsigned group = 0; group < group_count; group++) {
            uint16_t value = *(data++);
            uint16_t symbol_count = *(data++);
            for (unsigned i = 0; i < symbol_count; i++) {
                uint16_t symbol = *(data++);
                if (symbol < symbols && row[symbol] == 0) {
                    row[symbol] = value;
                }
            }
        }
    }
    return table;
}

// A reduction error recovery collects (tree-sitter's `ReduceAction`).
typedef struct {
    TSSymbol symbol;
    uint16_t count;
    int16_t dynamic_precedence;
    uint16_t production_id;
} Reduction;

enum { MAX_REDUCTIONS = 512 };

typedef struct {
    Reduction list[MAX_REDUCTIONS];
    uint32_t size;
    bool overflow;
} Reductions;

// What `ts_parser__process_candidate_recovery_actions` adds for the terminal `symbol` whose
// table value is `value` (`ts_reduce_action_set_add`: once per symbol and count).
static void collect(const TSLanguage *language, TSSymbol symbol, uint16_t value, Reductions *reductions) {
    if (symbol == 0 || symbol >= language->token_count) {
        return;
    }
    const TSParseActionEntry *entry = &language->parse_actions[value];
    const TSParseAction *actions = (const TSParseAction *)(entry + 1);
    for (uint32_t i = 0; i < entry->entry.count; i++) {
        TSParseAction action = actions[i];
        if (action.type != TSParseActionTypeReduce || action.reduce.child_count == 0) {
            continue;
        }
        bool seen = false;
        for (uint32_t j = 0; j < reductions->size; j++) {
            if (reductions->list[j].symbol == action.reduce.symbol &&
                reductions->list[j].count == action.reduce.child_count) {
                seen = true;
                break;
            }
        }
        if (seen) {
            continue;
        }
        if (reductions->size == MAX_REDUCTIONS) {
            reductions->overflow = true;
            return;
        }
        reductions->list[reductions->size++] = (Reduction){
            .symbol = action.reduce.symbol,
            .count = action.reduce.child_count,
            .dynamic_precedence = action.reduce.dynamic_precedence,
            .production_id = action.reduce.production_id,
        };
    }
}

// The stable sort by symbol, descending, that `ts_parser__do_all_potential_reductions` applies.
static void sort(Reductions *reductions) {
    for (uint32_t j = 1; j < reductions->size; j++) {
        Reduction key = reductions->list[j];
        int32_t k = (int32_t)j - 1;
        while (k >= 0 && reductions->list[k].symbol < key.symbol) {
            reductions->list[k + 1] = reductions->list[k];
            k--;
        }
        reductions->list[k + 1] = key;
    }
}

static bool same(const Reductions *a, const Reductions *b) {
    if (a->overflow || b->overflow || a->size != b->size) {
        return false;
    }
    for (uint32_t i = 0; i < a->size; i++) {
        const Reduction *x = &a->list[i];
        const Reduction *y = &b->list[i];
        if (x->symbol != y->symbol || x->count != y->count || x->dynamic_precedence != y->dynamic_precedence ||
            x->production_id != y->production_id) {
            return false;
        }
    }
    return true;
}

// Whether, for every listed state, error recovery collects the same reductions from the dense
// row (symbol order) as from the groups (their order).
static bool recovery_is_kept(const TSLanguage *base, const uint16_t *table) {
    static Reductions listed;
    static Reductions dense;
    for (uint32_t state = base->large_state_count; state < base->state_count; state++) {
        listed.size = 0;
        listed.overflow = false;
        dense.size = 0;
        dense.overflow = false;
        const uint16_t *data = &base->small_parse_table[base->small_parse_table_map[state - base->large_state_count]];
        uint16_t group_count = *(data++);
        for (unsigned group = 0; group < group_count; group++) {
            uint16_t value = *(data++);
            uint16_t symbol_count = *(data++);
            for (unsigned i = 0; i < symbol_count; i++) {
                collect(base, *(data++), value, &listed);
            }
        }
        const uint16_t *row = &table[(size_t)state * base->symbol_count];
        for (TSSymbol symbol = 0; symbol < base->symbol_count; symbol++) {
            if (row[symbol] != 0) {
                collect(base, symbol, row[symbol], &dense);
            }
        }
        sort(&listed);
        sort(&dense);
        if (!same(&listed, &dense)) {
            return false;
        }
    }
    return true;
}

// Makes the language `pysunset_python_language` returns (once, before any parse: Rust's
// `syntax::native::python_language` calls it under a `Once`).
void pysunset_python_language_init(void) {
    const TSLanguage *base = tree_sitter_python();
    memcpy(&python_language, base, sizeof python_language);
    python_language.external_scanner.create = pysunset_python_scanner_create;
    python_language.external_scanner.destroy = pysunset_python_scanner_destroy;
    python_language.external_scanner.scan = pysunset_python_scanner_scan;
    python_language.external_scanner.serialize = pysunset_python_scanner_serialize;
    python_language.external_scanner.deserialize = pysunset_python_scanner_deserialize;
    if (pysunset_python_lexer_fits(base)) {
        python_language.lex_fn = pysunset_python_lex;
        python_language.keyword_lex_fn = pysunset_python_keyword_lex;
        python_language_lexer = true;
    }
    uint16_t *table = dense_table(base);
    if (table && recovery_is_kept(base, table)) {
        python_language.parse_table = table;
        python_language.large_state_count = base->state_count;
        python_language_dense = true;
    } else {
        free(table);
    }
}

const TSLanguage *pysunset_python_language(void) { return &python_language; }

// Whether the language's parse states are all in the dense table.
bool pysunset_python_language_is_dense(void) { return python_language_dense; }

// Whether the language lexes with python_lexer.c's functions.
bool pysunset_python_language_has_lexer(void) { return python_language_lexer; }
