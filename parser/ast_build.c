// ast_build.c - the constructors grammar actions call for expressions,
// types, fields and parameter lists (declared in internal.h).
//
// Each takes the Parser for its arena and converts bison locations
// (ParseLoc) to Pos. Lists are heap-free: list headers and their arrays
// live in the arena. A node's pos is its first token (go/ast Pos()).
#include "parser/parse_state.h"

#include <string.h>

static AstExpr *new_expr(Parser *P, AstExprKind k, Pos pos) {
    return ast_new_expr(P->arena, k, pos);
}

// ast_mk_ident: an IDENT from a name token (text already NUL-terminated).
AstExpr *ast_mk_ident(Parser *P, const ParseTok *t) {
    AstExpr *e = new_expr(P, AST_IDENT, pos_of(t->pos));
    e->u.ident.name = t->text;
    return e;
}

// ast_mk_lit: a BASIC_LIT from an INT/FLOAT/IMAG/CHAR/STRING token.
AstExpr *ast_mk_lit(Parser *P, const ParseTok *t) {
    AstExpr *e = new_expr(P, AST_BASIC_LIT, pos_of(t->pos));
    switch (t->kind) {
    case TOK_INT: e->u.lit.kind = LIT_INT; break;
    case TOK_FLOAT: e->u.lit.kind = LIT_FLOAT; break;
    case TOK_IMAG: e->u.lit.kind = LIT_IMAG; break;
    case TOK_CHAR: e->u.lit.kind = LIT_CHAR; break;
    default: e->u.lit.kind = LIT_STRING; break;
    }
    e->u.lit.text = t->text;
    e->u.lit.sval = t->sval;
    e->u.lit.slen = t->slen;
    e->u.lit.rune = t->ival;
    return e;
}

// ast_mk_bad: a BAD_EXPR placeholder after a syntax error.
AstExpr *ast_mk_bad(Parser *P, ParseLoc pos) {
    return new_expr(P, AST_BAD_EXPR, pos_of(pos));
}

// ast_mk_paren: PrimaryExpr "(" x ")" — also parenthesized types.
AstExpr *ast_mk_paren(Parser *P, ParseLoc lparen, AstExpr *x, ParseLoc rparen) {
    AstExpr *e = new_expr(P, AST_PAREN_EXPR, pos_of(lparen));
    e->u.paren.x = x;
    e->u.paren.rparen = pos_of(rparen);
    return e;
}

// ast_mk_selector: x.sel (also a qualified type name pkg.T).
AstExpr *ast_mk_selector(Parser *P, AstExpr *x, AstExpr *sel) {
    AstExpr *e = new_expr(P, AST_SELECTOR_EXPR, x->pos);
    e->u.selector.x = x;
    e->u.selector.sel = sel;
    return e;
}

// ast_mk_index: x[index].
AstExpr *ast_mk_index(Parser *P, AstExpr *x, ParseLoc lbrack, AstExpr *index, ParseLoc rbrack) {
    AstExpr *e = new_expr(P, AST_INDEX_EXPR, x->pos);
    e->u.index.x = x;
    e->u.index.index = index;
    e->u.index.lbrack = pos_of(lbrack);
    e->u.index.rbrack = pos_of(rbrack);
    return e;
}

// ast_mk_index_list: x[a, b, ...].
AstExpr *ast_mk_index_list(Parser *P, AstExpr *x, ParseLoc lbrack, AstExprList *indices, ParseLoc rbrack) {
    AstExpr *e = new_expr(P, AST_INDEX_LIST_EXPR, x->pos);
    e->u.index_list.x = x;
    e->u.index_list.indices = *indices;
    e->u.index_list.lbrack = pos_of(lbrack);
    e->u.index_list.rbrack = pos_of(rbrack);
    return e;
}

// ast_mk_slice: x[lo:hi] or x[lo:hi:max] (slice3).
AstExpr *ast_mk_slice(Parser *P, AstExpr *x, ParseLoc lbrack, AstExpr *lo, AstExpr *hi,
                      AstExpr *max, bool slice3, ParseLoc rbrack) {
    AstExpr *e = new_expr(P, AST_SLICE_EXPR, pos_of(lbrack));   // Go 1.19's syntax places x[i:j] at its '['
    e->u.slice.x = x;
    e->u.slice.low = lo;
    e->u.slice.high = hi;
    e->u.slice.max = max;
    e->u.slice.slice3 = slice3;
    e->u.slice.lbrack = pos_of(lbrack);
    e->u.slice.rbrack = pos_of(rbrack);
    return e;
}

// ast_mk_type_assert: x.(type) — type NULL for x.(type) in a type switch.
AstExpr *ast_mk_type_assert(Parser *P, AstExpr *x, ParseLoc lparen, AstExpr *type) {
    AstExpr *e = new_expr(P, AST_TYPE_ASSERT_EXPR, x->pos);
    e->u.type_assert.x = x;
    e->u.type_assert.type = type;
    e->u.type_assert.lparen = pos_of(lparen);
    return e;
}

// ast_mk_call: fun(args) or fun(args...) (ellipsis non-NULL); conversions too.
AstExpr *ast_mk_call(Parser *P, AstExpr *fun, ParseLoc lparen, AstExprList *args,
                     const ParseTok *ellipsis, ParseLoc rparen) {
    AstExpr *e = new_expr(P, AST_CALL_EXPR, fun->pos);
    e->u.call.fun = fun;
    if (args)
        e->u.call.args = *args;
    e->u.call.lparen = pos_of(lparen);
    e->u.call.rparen = pos_of(rparen);
    if (ellipsis) {
        e->u.call.has_ellipsis = true;
        e->u.call.ellipsis = pos_of(ellipsis->pos);
    }
    return e;
}

// ast_mk_composite: type{elts}; type NULL when elided in an outer literal.
AstExpr *ast_mk_composite(Parser *P, AstExpr *type, ParseLoc lbrace, AstExprList *elts,
                          ParseLoc rbrace) {
    AstExpr *e = new_expr(P, AST_COMPOSITE_LIT, type ? type->pos : pos_of(lbrace));
    e->u.composite.type = type;
    if (elts)
        e->u.composite.elts = *elts;
    e->u.composite.lbrace = pos_of(lbrace);
    e->u.composite.rbrace = pos_of(rbrace);
    return e;
}

// ast_mk_key_value: key: value inside a composite literal.
AstExpr *ast_mk_key_value(Parser *P, AstExpr *key, ParseLoc colon, AstExpr *value) {
    AstExpr *e = new_expr(P, AST_KEY_VALUE_EXPR, key->pos);
    e->u.key_value.key = key;
    e->u.key_value.value = value;
    e->u.key_value.colon = pos_of(colon);
    return e;
}

// ast_mk_func_lit: func(...) ... { body }.
AstExpr *ast_mk_func_lit(Parser *P, AstExpr *type, AstBlock *body) {
    AstExpr *e = new_expr(P, AST_FUNC_LIT, type->pos);
    e->u.func_lit.type = type;
    e->u.func_lit.body = body;
    return e;
}

// ast_mk_unary: op x; "*x" becomes a STAR_EXPR (deref or pointer type).
AstExpr *ast_mk_unary(Parser *P, const ParseTok *op, AstExpr *x) {
    if (op->kind == TOK_MUL) {
        AstExpr *e = new_expr(P, AST_STAR_EXPR, pos_of(op->pos));
        e->u.star.x = x;
        return e;
    }
    AstExpr *e = new_expr(P, AST_UNARY_EXPR, pos_of(op->pos));
    e->u.unary.op = (TokenKind)op->kind;
    e->u.unary.x = x;
    return e;
}

// ast_mk_binary: x op y.
AstExpr *ast_mk_binary(Parser *P, AstExpr *x, const ParseTok *op, AstExpr *y) {
    AstExpr *e = new_expr(P, AST_BINARY_EXPR, x->pos);
    e->u.binary.x = x;
    e->u.binary.op = (TokenKind)op->kind;
    e->u.binary.op_pos = pos_of(op->pos);
    e->u.binary.y = y;
    return e;
}

// ast_mk_array_type: [len]elt; len NULL for a slice, ELLIPSIS for [...]T.
AstExpr *ast_mk_array_type(Parser *P, ParseLoc lbrack, AstExpr *len, AstExpr *elt) {
    AstExpr *e = new_expr(P, AST_ARRAY_TYPE, pos_of(lbrack));
    e->u.array_type.len = len;
    e->u.array_type.elt = elt;
    return e;
}

// ast_mk_ellipsis: "...T" of a variadic parameter, or "..." of [...]T (elt NULL).
AstExpr *ast_mk_ellipsis(Parser *P, ParseLoc pos, AstExpr *elt) {
    AstExpr *e = new_expr(P, AST_ELLIPSIS, pos_of(pos));
    e->u.ellipsis.elt = elt;
    return e;
}

static AstFieldList with_braces(AstFieldList *l, ParseLoc open, ParseLoc close) {
    AstFieldList r = {0};
    if (l)
        r = *l;
    r.opening = pos_of(open);
    r.closing = pos_of(close);
    return r;
}

// ast_mk_struct_type: struct { fields }.
AstExpr *ast_mk_struct_type(Parser *P, ParseLoc pos, AstFieldList *fields, ParseLoc lbrace,
                            ParseLoc rbrace) {
    AstExpr *e = new_expr(P, AST_STRUCT_TYPE, pos_of(pos));
    e->u.struct_type.fields = with_braces(fields, lbrace, rbrace);
    return e;
}

// ast_mk_interface_type: interface { methods and embedded interfaces }.
AstExpr *ast_mk_interface_type(Parser *P, ParseLoc pos, AstFieldList *methods, ParseLoc lbrace,
                               ParseLoc rbrace) {
    AstExpr *e = new_expr(P, AST_INTERFACE_TYPE, pos_of(pos));
    e->u.interface_type.methods = with_braces(methods, lbrace, rbrace);
    return e;
}

// ast_mk_func_type: func(params) results. params/results may be NULL.
AstExpr *ast_mk_func_type(Parser *P, ParseLoc pos, AstFieldList *params, AstFieldList *results,
                          bool results_parens) {
    AstExpr *e = new_expr(P, AST_FUNC_TYPE, pos_of(pos));
    if (params)
        e->u.func_type.params = *params;
    if (results)
        e->u.func_type.results = *results;
    e->u.func_type.has_results_parens = results_parens;
    return e;
}

// ast_mk_tparams: see internal.h.
AstFieldList *ast_mk_tparams(Parser *P, AstFieldList *list, ParseLoc lbrack, ParseLoc rbrack) {
    (void)P;
    list->opening = pos_of(lbrack);
    list->closing = pos_of(rbrack);
    return list;
}

// ast_mk_generic_func_type: see internal.h.
AstExpr *ast_mk_generic_func_type(Parser *P, ParseLoc pos, AstFieldList *tparams, AstFieldList *params,
                                  AstFieldList *results, bool results_parens) {
    AstExpr *e = ast_mk_func_type(P, pos, params, results, results_parens);
    e->u.func_type.tparams = *tparams;
    return e;
}

// ast_mk_map_type: map[key]value.
AstExpr *ast_mk_map_type(Parser *P, ParseLoc pos, AstExpr *key, AstExpr *value) {
    AstExpr *e = new_expr(P, AST_MAP_TYPE, pos_of(pos));
    e->u.map_type.key = key;
    e->u.map_type.value = value;
    return e;
}

// ast_mk_chan_type: chan T, chan<- T, <-chan T (dir CHAN_BOTH/SEND/RECV).
AstExpr *ast_mk_chan_type(Parser *P, ParseLoc pos, int dir, AstExpr *value) {
    AstExpr *e = new_expr(P, AST_CHAN_TYPE, pos_of(pos));
    e->u.chan_type.dir = dir;
    e->u.chan_type.value = value;
    return e;
}

// ast_mk_expr_list: a new list holding first (if non-NULL).
AstExprList *ast_mk_expr_list(Parser *P, AstExpr *first) {
    AstExprList *l = arena_alloc(P->arena, sizeof *l);
    if (first)
        ast_expr_push(P->arena, l, first);
    return l;
}

// ast_mk_expr_unshift: see internal.h.
AstExprList *ast_mk_expr_unshift(Parser *P, AstExprList *l, AstExpr *e) {
    AstExprList *r = ast_mk_expr_list(P, e);
    for (int i = 0; i < l->n; i++) ast_expr_push(P->arena, r, l->v[i]);
    return r;
}

// ast_mk_expr_push appends e to l and returns l.
AstExprList *ast_mk_expr_push(Parser *P, AstExprList *l, AstExpr *e) {
    ast_expr_push(P->arena, l, e);
    return l;
}

// ast_mk_field: a field with names (may be NULL), type and tag (may be NULL).
AstField *ast_mk_field(Parser *P, AstExprList *names, AstExpr *type, AstExpr *tag) {
    AstField *f = ast_new_field(P->arena);
    if (names)
        f->names = *names;
    f->type = type;
    f->tag = tag;
    return f;
}

// ast_mk_field_list: a new field list holding first (if non-NULL).
AstFieldList *ast_mk_field_list(Parser *P, AstField *first) {
    AstFieldList *l = arena_alloc(P->arena, sizeof *l);
    if (first)
        ast_field_push(P->arena, l, first);
    return l;
}

// ast_mk_field_push appends f to l and returns l.
AstFieldList *ast_mk_field_push(Parser *P, AstFieldList *l, AstField *f) {
    ast_field_push(P->arena, l, f);
    return l;
}

// Parameter items as parsed: a lone identifier may be a name or a type.
static bool is_lone_name(const AstField *f) {
    return f->names.n == 0 && f->type->kind == AST_IDENT;
}

// ast_mk_params (Parameters) resolves "[name] type" items as
// cmd/compile/internal/syntax's paramList does: with no named item every
// item is a type; otherwise lone identifiers are names that share the type
// of the next typed item, grouped into one field (go/ast). An unnamed typed
// item or trailing names in a named list is "mixed named and unnamed
// parameters", reported at the leftmost offender.
AstFieldList *ast_mk_params(Parser *P, AstFieldList *items, ParseLoc open, ParseLoc close) {
    AstFieldList *out = ast_mk_field_list(P, NULL);
    out->opening = pos_of(open);
    out->closing = pos_of(close);
    if (!items)
        return out;
    int named = 0;
    for (int i = 0; i < items->n; i++)
        named += items->v[i]->names.n > 0;
    if (named == 0) {
        for (int i = 0; i < items->n; i++)
            ast_field_push(P->arena, out, items->v[i]);
        return out;
    }
    Pos bad = {0, 0};
    AstField *group = NULL;
    for (int i = 0; i < items->n; i++) {
        AstField *it = items->v[i];
        if (!group)
            group = ast_new_field(P->arena);
        if (is_lone_name(it)) {
            ast_expr_push(P->arena, &group->names, it->type);
            continue;
        }
        if (it->names.n == 0) {  // a type without a name
            if (bad.line == 0)
                bad = it->type->pos;
            AstExpr *blank = ast_new_expr(P->arena, AST_IDENT, it->type->pos);
            blank->u.ident.name = "_";
            ast_expr_push(P->arena, &group->names, blank);
        } else {
            ast_expr_push(P->arena, &group->names, it->names.v[0]);
        }
        group->type = it->type;
        ast_field_push(P->arena, out, group);
        group = NULL;
    }
    if (group) {  // trailing names without a type
        if (bad.line == 0)
            bad = group->names.v[0]->pos;
        group->type = ast_new_expr(P->arena, AST_BAD_EXPR, group->names.v[0]->pos);
        ast_field_push(P->arena, out, group);
    }
    if (bad.line != 0) {
        ParseLoc loc = {bad.line, bad.col};
        parse_error(P, loc, "syntax error: mixed named and unnamed parameters");
    }
    return out;
}
