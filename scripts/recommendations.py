#!/usr/bin/env python3
"""Extracts the recommendations matrix of A/76/505/Add.1 (seed 004) into
www/data/recommendations.json, and its list of paragraph numbers into
tests/fixtures/a75-19-paragraphs.txt (what tests/recommendations.rs checks the data against).

Reading of the text version: each row of the matrix is a paragraph number of A/75/19 and the
Secretariat's status text; the number stands beside the row's first paragraph only, so a block
with no number continues the row above it (also across a page break, where the header "Para. in
A/75/19" repeats). Section headings are the roman-numbered lines. The status text is kept as
printed (markdown link marks and escapes removed, HTML paragraph marks split into paragraphs).

Usage: python3 scripts/recommendations.py [../shared/seeds/004_*.txt]   (run again after a change)
"""
import glob, json, re, sys
from collections import OrderedDict as O

root = __file__.rsplit('/scripts/', 1)[0]
seed = sys.argv[1] if len(sys.argv) > 1 else sorted(glob.glob(root + '/../shared/seeds/004_*.txt'))[0]
main = json.load(open(root + '/www/data/peacekeeping.json'))
codes = [m['code'] for m in main['missions']]

lines = open(seed, encoding='utf-8').read().split('\n')
start = next(i for i, l in enumerate(lines) if re.match(r'^I\. ', l))
section = None
sections, rows = [], []
for raw in lines[start:]:
    line = raw.strip()
    if not line or line in ('Para. in', 'A/75/19'):
        continue
    m = re.match(r'^([IVX]+)\.\s+(.*\S)\s*$', line)
    if m:
        section = O([('id', m.group(1)), ('title', f'{m.group(1)}. {m.group(2)}')])
        sections.append(section)
        continue
    m = re.match(r'^(?:-\s+)?(\d+)\s+(.*)$', line)
    if m:
        rows.append({'para': int(m.group(1)), 'section': section['id'], 'blocks': [m.group(2)]})
    elif rows and rows[-1]['section'] == section['id']:
        rows[-1]['blocks'].append(line)
    else:
        raise SystemExit(f'a block before any row of section {section["id"]}: {line[:60]}')

def cited(text):
    return re.findall(r'\[([^\]]+)\]\(#\)', text)

def clean(text):
    text = re.sub(r'\[([^\]]+)\]\(#\)', r'\1', text)
    return text.replace('\\$', '$').strip()

paragraphs = []
for r in rows:
    blocks = []
    for b in r['blocks']:
        parts = re.findall(r'<p>(.*?)</p>', b) or [b]
        blocks.extend(clean(p) for p in parts if p.strip())
    text = ' '.join(blocks)
    raw = ' '.join(r['blocks'])
    p = O()
    p['para'] = r['para']
    p['section'] = r['section']
    p['status'] = blocks
    if blocks == ['This recommendation is not addressed to the Secretariat.']:
        p['not_addressed'] = True
    docs = list(dict.fromkeys(cited(raw)))
    if docs:
        p['cites'] = docs
    named = [c for c in codes if re.search(r'\b' + re.escape(c) + r'\b', text)]
    if named:
        p['missions'] = named
    figures = [f['id'] for f in main['figures']
               if f['ref']['source'] == 'A/76/505/Add.1' and re.search(r'\bpara ' + str(r['para']) + r'\b', f['ref']['locator'])]
    if figures:
        p['figures'] = figures
    p['ref'] = O([('source', 'A/76/505/Add.1'), ('locator', f"Section {r['section']}, row for A/75/19 para {r['para']}")])
    paragraphs.append(p)

src = next(s for s in main['sources'] if s['id'] == 'A/76/505/Add.1')
out = O([
    ('$schema', 'recommendations.schema.json'),
    ('format', 1),
    ('meta', O([('title', 'Status of the recommendations of the Special Committee on Peacekeeping Operations (A/75/19)'),
                ('as_of', '2021-11')])),
    ('sources', [src]),
    ('sections', sections),
    ('paragraphs', paragraphs),
])
open(root + '/www/data/recommendations.json', 'w').write(json.dumps(out, indent=1, ensure_ascii=False) + '\n')
open(root + '/tests/fixtures/a75-19-paragraphs.txt', 'w').write(
    '# The A/75/19 paragraph numbers of the matrix in A/76/505/Add.1, in order, as extracted by\n'
    '# scripts/recommendations.py from the text version (seed 004).\n' +
    '\n'.join(str(r['para']) for r in rows) + '\n')
print(f'{len(paragraphs)} paragraphs in {len(sections)} sections;',
      sum(1 for p in paragraphs if p.get('not_addressed')), 'not addressed to the Secretariat;',
      sum(1 for p in paragraphs if p.get('missions')), 'name a mission;',
      sum(1 for p in paragraphs if p.get('cites')), 'cite a document;',
      sum(1 for p in paragraphs if p.get('figures')), 'carry a figure of the figures table')
