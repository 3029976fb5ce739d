// eval_goto.c - goto statements in the tree-walker: SOP_GOTO stores its
// target LABELED_STMT in Frame.branch_target and returns EXEC_GOTO; the
// status unwinds through the statements (loops and switches pass it on)
// until a statement list holding the target resumes there. The checker
// (check_goto.c) guarantees the target is in an enclosing list.
#include "../internal.h"

// eval_goto_index: the index in l of the pending goto's target, or -1.
int eval_goto_index(Frame *fr, AstStmtList *l) {
    for (int i = 0; i < l->n; i++)
        if (l->v[i] == fr->branch_target) return i;
    return -1;
}
