// The Python grammar's generated lexer (`ts_lex` and `ts_lex_keywords` of tree-sitter-python's
// src/parser.c, copied verbatim into python_lexer.inc by scripts/python-lexer.sh) compiled
// with tree-sitter's lexer calls inlined, for `pysunset_python_language` (python_language.c)
// to give the parser in the grammar's place. The generated code makes, for every character of a
// token, an indirect call of `lexer->advance` and one of `lexer->eof`; for every character of an
// identifier or a comment, one of `lexer->mark_end`; and for every character of an identifier, a
// binary search of 800 Unicode ranges (`set_contains`). Here the macros it is written with
// (those of tree-sitter's parser.h) do the same with
// - `advance`'s fast path inlined: when the lookahead and the character after it are ASCII, the
//   former no line break and the latter inside the lexer's chunk and included range, it moves
//   the position one byte and one column on, as tree-sitter's `ts_lexer__advance` does;
//   anything else is left to `lexer->advance`;
// - `mark_end` inlined but where a token would end at the start of an included range after the
//   first (there it is left to `lexer->mark_end`), and `eof` inlined;
// - `set_contains` answering an ASCII character by the ranges below 128 in order (at most four
//   for an identifier) before the binary search;
// - the state that steps over an identifier's characters (`IDENTIFIER_RUN`, put there by the
//   script) stepping first over the run of ASCII letters, digits and underscores ahead as that
//   many fast-path `advance` calls would, each followed by the state's `mark_end` (of which the
//   last one counts, done after the run) and its test of the character (true for those).
// Each moves tree-sitter's `Lexer` (its first field is the `TSLexer` given to the lexer, as the
// scanner relies on too) exactly as the call it replaces. The syntax tests compare the trees with
// the grammar's own language's.

#include "lexer.h"
#include "parser.h"

#include <stdbool.h>
#include <stdint.h>

static inline bool lexer_eof(const TSLexer *lexer) {
    const Lexer *self = (const Lexer *)lexer;
    return self->current_included_range_index == self->included_range_count;
}

static inline void lexer_advance(TSLexer *lexer, bool skip) {
    Lexer *self = (Lexer *)lexer;
    if (self->chunk && !self->logger.log && self->input.encoding == TSInputEncodingUTF8 && self->lookahead_size == 1 &&
        self->data.lookahead != '\n') {
        uint32_t next = self->current_position.bytes + 1;
        if (next < self->included_ranges[self->current_included_range_index].end_byte &&
            next < self->chunk_start + self->chunk_size) {
            uint8_t next_byte = (uint8_t)self->chunk[next - self->chunk_start];
            if (next_byte < 0x80) {
                if (self->column_data.valid) {
                    self->column_data.value++;
                }
                self->current_position.bytes = next;
                self->current_position.extent.column++;
                if (skip) {
                    self->token_start_position = self->current_position;
                }
                self->data.lookahead = next_byte;
                return;
            }
        }
    }
    lexer->advance(lexer, skip);
}

static inline void lexer_mark_end(TSLexer *lexer) {
    Lexer *self = (Lexer *)lexer;
    uint32_t index = self->current_included_range_index;
    if (index > 0 && index < self->included_range_count &&
        self->current_position.bytes == self->included_ranges[index].start_byte) {
        lexer->mark_end(lexer);
        return;
    }
    self->token_end_position = self->current_position;
}

static inline bool lexer_set_contains(const TSCharacterRange *ranges, uint32_t len, int32_t lookahead) {
    if (lookahead >= 0 && lookahead < 0x80) {
        for (uint32_t i = 0; i < len && ranges[i].start <= lookahead; i++) {
            if (lookahead <= ranges[i].end) {
                return true;
            }
        }
        return false;
    }
    return set_contains(ranges, len, lookahead);
}

// Whether an ASCII character is a letter, a digit or an underscore: those ASCII characters of
// the grammar's identifier characters after the first (`pysunset_python_lexer_fits` checks).
static inline bool is_identifier_ascii(uint8_t character) {
    return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') ||
           (character >= '0' && character <= '9') || character == '_';
}

// Steps over the identifier characters ahead as `lexer_advance` would one by one on its fast
// path (each an ASCII letter, digit or underscore followed by an ASCII character inside the
// chunk and the included range), and returns the lookahead then.
static inline int32_t identifier_run(TSLexer *lexer) {
    Lexer *self = (Lexer *)lexer;
    int32_t lookahead = self->data.lookahead;
    if (!self->chunk || self->logger.log || self->input.encoding != TSInputEncodingUTF8 || self->lookahead_size != 1) {
        return lookahead;
    }
    uint32_t range_end = self->included_ranges[self->current_included_range_index].end_byte;
    uint32_t chunk_end = self->chunk_start + self->chunk_size;
    uint32_t end = range_end < chunk_end ? range_end : chunk_end;
    const uint8_t *chunk = (const uint8_t *)self->chunk;
    uint32_t chunk_start = self->chunk_start;
    uint32_t start = self->current_position.bytes;
    uint32_t position = start;
    while (lookahead >= 0 && lookahead < 0x80 && is_identifier_ascii((uint8_t)lookahead) && position + 1 < end &&
           chunk[position + 1 - chunk_start] < 0x80) {
        position++;
        lookahead = chunk[position - chunk_start];
    }
    uint32_t count = position - start;
    if (count > 0) {
        self->current_position.bytes = position;
        self->current_position.extent.column += count;
        if (self->column_data.valid) {
            self->column_data.value += count;
        }
        self->data.lookahead = lookahead;
    }
    return lookahead;
}

#define IDENTIFIER_RUN() lookahead = identifier_run(lexer)

#undef START_LEXER
#define START_LEXER()                \
    bool result = false;             \
    bool skip = false;               \
    UNUSED                           \
    bool eof = false;                \
    int32_t lookahead;               \
    goto start;                      \
    next_state:                      \
    lexer_advance(lexer, skip);      \
    start:                           \
    skip = false;                    \
    lookahead = lexer->lookahead;

#undef ACCEPT_TOKEN
#define ACCEPT_TOKEN(symbol_value)       \
    result = true;                       \
    lexer->result_symbol = symbol_value; \
    lexer_mark_end(lexer);

#define set_contains lexer_set_contains

#include "python_lexer.inc"

#undef set_contains

bool pysunset_python_lex(TSLexer *lexer, TSStateId state) { return ts_lex(lexer, state); }

bool pysunset_python_keyword_lex(TSLexer *lexer, TSStateId state) { return ts_lex_keywords(lexer, state); }

// Whether python_lexer.inc was copied from the grammar `language` is (the same table sizes),
// and its identifier characters after the first are, in ASCII, those `identifier_run` steps over.
bool pysunset_python_lexer_fits(const TSLanguage *language) {
    if (!(language->abi_version == LANGUAGE_VERSION && language->state_count == STATE_COUNT &&
          language->large_state_count == LARGE_STATE_COUNT && language->symbol_count == SYMBOL_COUNT &&
          language->alias_count == ALIAS_COUNT && language->token_count == TOKEN_COUNT &&
          language->external_token_count == EXTERNAL_TOKEN_COUNT)) {
        return false;
    }
    uint32_t count = sizeof sym_identifier_character_set_2 / sizeof sym_identifier_character_set_2[0];
    for (int32_t character = 0; character < 0x80; character++) {
        if (set_contains(sym_identifier_character_set_2, count, character) != is_identifier_ascii((uint8_t)character)) {
            return false;
        }
    }
    return true;
}
