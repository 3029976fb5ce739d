#!/usr/bin/env python3
# gen_rand_tables.py - regenerate runtime/rand_tables.inc from Go 1.19's
# $GOROOT/src/math/rand/{rng,normal,exp}.go.
import re
src='/usr/lib/go/src/math/rand/'
def body(text, name):
    m=re.search(r'\b'+name+r'\s*(\[\w+\]\w+\s*)?=\s*\[[^\]]*\]\w+\{(.*?)\n\s*\}', text, re.S)
    return [v.strip() for v in m.group(2).replace('\n',' ').split(',') if v.strip()]
rng=open(src+'rng.go').read(); nor=open(src+'normal.go').read(); ex=open(src+'exp.go').read()
out=['// rand_tables.inc - the tables of Go 1.19\'s math/rand, copied from',
     '// $GOROOT/src/math/rand/{rng,normal,exp}.go (BSD licence, The Go Authors)',
     '// by tools/gen_rand_tables.py; included by pkg_rand.c only.','']
def emit(ctype, cname, vals, n):
    assert len(vals)==n,(cname,len(vals))
    out.append('static const %s %s[%d] = {' % (ctype,cname,n))
    line='   '
    for v in vals:
        if ctype=='int64_t':
            s = ('INT64_C(%s)'%v) if v!='-9223372036854775808' else 'INT64_MIN'
        elif ctype=='float':
            s=v+('f' if ('.' in v or 'e' in v) else '.0f')
        else: s=v
        if len(line)+len(s)+2>100: out.append(line); line='   '
        line+=' '+s+','
    out.append(line); out.append('};')
emit('int64_t','rng_cooked',body(rng,'rngCooked'),607)
emit('uint32_t','kn',body(nor,'kn'),128)
emit('float','wn',body(nor,'wn'),128)
emit('float','fn',body(nor,'fn'),128)
emit('uint32_t','ke',body(ex,'ke'),256)
emit('float','we',body(ex,'we'),256)
emit('float','fe',body(ex,'fe'),256)
open('runtime/rand_tables.inc','w').write('\n'.join(out)+'\n')
