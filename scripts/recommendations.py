#!/usr/bin/env python3
"""Extracts the recommendations matrix of A/76/505/Add.1 (seed 004) into
www/data/recommendations.json (tests/recommendations.rs reads the row numbers from the seed on its
own and checks the data against them).

Reading of the text version: each row of the matrix is a paragraph number of A/75/19 and the
Secretariat's status text. A row is written in one of three ways: "N text", "N<tab><p>text</p>"
or, for two runs of rows (paras 106-112 and 134-139), as a markdown table row "| N | <p>text</p> |".
The number stands beside the row's first paragraph only, so a block with no number continues the
row above it (also across a page break, where the header "Para. in A/75/19" repeats, plain or in
<i>). Section headings are the roman-numbered lines. Layout debris (a table's "- | | |" and
"|-----|--|" lines, the page header) is dropped. The status text is kept as printed (markdown link
marks and backslash escapes removed, HTML paragraph marks split into paragraphs).

A row cites the documents linked in it and the document symbols written in plain text (S/2020/1224);
it names the missions of the data file written by acronym or by full English name.

Usage: python3 scripts/recommendations.py [../shared/seeds/004_*.txt]   (run again after a change)
"""
import glob, json, re, sys
from collections import OrderedDict as O

root = __file__.rsplit('/scripts/', 1)[0]
seed = sys.argv[1] if len(sys.argv) > 1 else sorted(glob.glob(root + '/../shared/seeds/004_*.txt'))[0]
main = json.load(open(root + '/www/data/peacekeeping.json'))


# The section titles in the other five languages: this site's own translations (the official
# versions of A/76/505/Add.1 are not among the sources), in the UN terms of UNTERM where one exists.
TITLES = {
    'I': {'fr': 'Introduction', 'es': 'Introducción', 'ru': 'Введение', 'zh': '导言', 'ar': 'مقدمة'},
    'II': {'fr': 'Comportement du personnel de maintien de la paix et conduite des opérations de maintien de la paix',
           'es': 'Conducta del personal de mantenimiento de la paz y de las operaciones de mantenimiento de la paz',
           'ru': 'Поведение миротворцев и проведение миротворческих операций',
           'zh': '维持和平人员的行为和维持和平行动的开展',
           'ar': 'سلوك أفراد حفظ السلام وسير عمليات حفظ السلام'},
    'III': {'fr': 'Partenariats', 'es': 'Alianzas', 'ru': 'Партнерские отношения', 'zh': '伙伴关系', 'ar': 'الشراكات'},
    'IV': {'fr': 'Consolidation et pérennisation de la paix', 'es': 'Consolidación y sostenimiento de la paz',
           'ru': 'Миростроительство и поддержание мира', 'zh': '建设和平与保持和平', 'ar': 'بناء السلام واستدامته'},
    'V': {'fr': 'Performance et responsabilité', 'es': 'Desempeño y rendición de cuentas',
          'ru': 'Эффективность работы и подотчетность', 'zh': '业绩和问责', 'ar': 'الأداء والمساءلة'},
    'VI': {'fr': 'Politique', 'es': 'Política', 'ru': 'Политика', 'zh': '政治', 'ar': 'السياسة'},
    'VII': {'fr': 'Protection', 'es': 'Protección', 'ru': 'Защита', 'zh': '保护', 'ar': 'الحماية'},
    'VIII': {'fr': 'Sûreté et sécurité', 'es': 'Seguridad', 'ru': 'Охрана и безопасность', 'zh': '安全和安保',
             'ar': 'السلامة والأمن'},
    'IX': {'fr': 'Les femmes et la paix et la sécurité', 'es': 'Las mujeres y la paz y la seguridad',
           'ru': 'Женщины и мир и безопасность', 'zh': '妇女与和平与安全', 'ar': 'المرأة والسلام والأمن'},
}

lines = open(seed, encoding='utf-8').read().split('\n')
start = next(i for i, l in enumerate(lines) if re.match(r'^I\. ', l))
section = None
sections, rows = [], []
for raw in lines[start:]:
    line = raw.strip()
    if not line or line in ('Para. in', 'A/75/19', '<i>Para. in A/75/19</i>'):
        continue
    if re.fullmatch(r'[-|\s]+', line):  # a markdown table's empty header row and rule
        continue
    m = re.match(r'^([IVX]+)\.\s+(.*\S)\s*$', line)
    if m:
        section = O([('id', m.group(1)), ('title', f'{m.group(1)}. {m.group(2)}'),
                     ('translations', O((lang, O([('text', f'{m.group(1)}. {text}'), ('own', True)]))
                                         for lang, text in TITLES[m.group(1)].items()))])
        sections.append(section)
        continue
    m = (re.fullmatch(r'\|\s*(\d+)\s*\|\s*(.*?)\s*\|', line)
         or re.match(r'^(?:-\s+)?(\d+)\s+(.*)$', line))
    if m:
        if rows and int(m.group(1)) <= rows[-1]['para']:
            raise SystemExit(f'row {m.group(1)} after row {rows[-1]["para"]}: {line[:60]}')
        rows.append({'para': int(m.group(1)), 'section': section['id'], 'blocks': [m.group(2)]})
    elif rows and rows[-1]['section'] == section['id']:
        rows[-1]['blocks'].append(line)
    else:
        raise SystemExit(f'a block before any row of section {section["id"]}: {line[:60]}')

def unescape(text):
    return re.sub(r'\\([\\`*_{}\[\]()#+\-.!$|])', r'\1', text)

SYMBOL = r'\b(?:A|S)/(?:PRST/|RES/)?\d+/\d+(?:/(?:Rev|Add)\.\d+)*'

def cited(text):
    linked = [unescape(d) for d in re.findall(r'\[((?:[^\]\\]|\\.)+)\]\(#\)', text)]
    plain = re.findall(SYMBOL, clean(text))
    return list(dict.fromkeys(linked + plain))

def clean(text):
    text = re.sub(r'\[((?:[^\]\\]|\\.)+)\]\(#\)', r'\1', text)
    return unescape(text).strip()

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
    docs = cited(raw)
    if docs:
        p['cites'] = docs
    named = [m['code'] for m in main['missions']
             if re.search(r'\b' + re.escape(m['code']) + r'\b', text) or m['name'] in text]
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
print(f'{len(paragraphs)} paragraphs in {len(sections)} sections;',
      sum(1 for p in paragraphs if p.get('not_addressed')), 'not addressed to the Secretariat;',
      sum(1 for p in paragraphs if p.get('missions')), 'name a mission;',
      sum(1 for p in paragraphs if p.get('cites')), 'cite a document;',
      sum(1 for p in paragraphs if p.get('figures')), 'carry a figure of the figures table')
