#!/usr/bin/env python3
# gen_unicode_tables.py - regenerate runtime/unicode_tables.inc and
# runtime/unicode_table_list.h from Go 1.19's $GOROOT/src/unicode/tables.go.
import re
src=open('/usr/lib/go/src/unicode/tables.go').read()
tables={}
for m in re.finditer(r'^var (_\w+) = &RangeTable\{\n(.*?)^\}', src, re.S|re.M):
    name=m.group(1); body=m.group(2)
    r16=[];r32=[];lo=0
    sec=None
    for line in body.split('\n'):
        line=line.strip()
        if line.startswith('R16'): sec=r16; continue
        if line.startswith('R32'): sec=r32; continue
        mm=re.match(r'LatinOffset:\s*(\d+)',line)
        if mm: lo=int(mm.group(1)); continue
        mm=re.match(r'\{(0x[0-9a-fA-F]+),\s*(0x[0-9a-fA-F]+),\s*(\d+)\}',line)
        if mm and sec is not None: sec.append((int(mm.group(1),16),int(mm.group(2),16),int(mm.group(3))))
    tables[name]=(r16,r32,lo)
exports=[]
for m in re.finditer(r'^\t([A-Z]\w*)\s*=\s*(_\w+)\b', src, re.M):
    exports.append((m.group(1),m.group(2)))
orbit=re.search(r'var caseOrbit = \[\]foldPair\{\n(.*?)\n\}',src,re.S).group(1)
orbit=[tuple(int(x,16) for x in re.findall(r'0x[0-9A-Fa-f]+',l)) for l in orbit.split('\n') if '0x' in l]
used=sorted(set(t for _,t in exports))
out=['// unicode_tables.inc - Go 1.19\'s unicode range tables (categories, scripts,',
     '// properties) and caseOrbit, generated from $GOROOT/src/unicode/tables.go',
     '// (BSD licence, The Go Authors) by tools/gen_unicode_tables.py; included by unicode_tables.c only.','']
def nums(vals,per=12):
    lines=[]
    for i in range(0,len(vals),per):
        lines.append('    '+', '.join(vals[i:i+per])+',')
    return lines
for t in used:
    r16,r32,lo=tables[t]
    c=t[1:]
    if r16:
        out.append('static const uint16_t r16%s[] = {' % t)
        out+=nums([f'{a:#x}, {b:#x}, {s}' for a,b,s in r16],4)
        out.append('};')
    if r32:
        out.append('static const uint32_t r32%s[] = {' % t)
        out+=nums([f'{a:#x}, {b:#x}, {s}' for a,b,s in r32],4)
        out.append('};')
    out.append('static const UniTable tab%s = {%s, %d, %s, %d, %d};' % (t, ('r16'+t) if r16 else 'NULL', len(r16), ('r32'+t) if r32 else 'NULL', len(r32), lo))
lst=['// unicode_table_list.h - the exported range tables of package unicode',
     '// (name, table), generated with unicode_tables.inc by tools/gen_unicode_tables.py.',
     '#define UNICODE_TABLE_VARS(X) \\']
for name,t in exports:
    lst.append('    X(%s, tab%s) \\' % (name,t))
lst.append('')
open('/work/wt-stdlib-b/runtime/unicode_table_list.h','w').write('\n'.join(lst)+'\n')
out.append('static const uint32_t case_orbit[][2] = {')
out+=nums([f'{{{a:#x}, {b:#x}}}' for a,b in orbit],6)
out.append('};')
open('/work/wt-stdlib-b/runtime/unicode_tables.inc','w').write('\n'.join(out)+'\n')
print(len(used), len(exports), len(orbit))
