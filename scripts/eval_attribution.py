#!/usr/bin/env python3
"""Report relations and quotes scored against PolNeAR dev attributions (Source/Cue/Content).

usage: scripts/eval_attribution.py REPORT.json ANN_DIR

REPORT.json is `newsgraph build DIR --format json` on the corpus's texts (for PolNeAR dev:
../shared/corpora/polnear_dev/dev/text); ANN_DIR holds its brat `.ann` files.

A report relation (rule relation/reporting-verb) is
  - 'no-cue'   when no gold Cue lies inside its sentence,
  - 'right'    when its subject entity has a mention overlapping the Source of an attribution
               whose cue is in the sentence,
  - 'generic'  when the sentence's sources are all pronouns / common nouns (cannot check),
  - 'wrong'    otherwise.
Quotes: speaker checked the same way against attributions whose Content overlaps the quote.
Recall: attributions with a named Source (a capitalised word not sentence-initial pronoun):
found when a report or quote in the same sentence/content has a subject/speaker mention
overlapping the Source.
"""
import collections
import json
import os
import sys

if len(sys.argv) != 3:
    sys.exit(__doc__.strip().splitlines()[2])
rep = json.load(open(sys.argv[1], encoding='utf-8'))
ann_dir = sys.argv[2]

gold = collections.defaultdict(list)  # doc -> [(src, cue, content)]
for f in sorted(os.listdir(ann_dir)):
    doc = f.rsplit('_', 1)[0] + '.txt'
    spans, rels = {}, []
    for line in open(os.path.join(ann_dir, f), encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        if parts[0].startswith('T') and len(parts) >= 3:
            lab = parts[1].split(' ')
            segs = ' '.join(lab[1:]).split(';')
            a = int(segs[0].split()[0]); b = int(segs[-1].split()[-1])
            spans[parts[0]] = (lab[0], a, b, parts[2])
        elif parts[0].startswith('E'):
            args = dict(x.split(':') for x in parts[1].split())
            rels.append(args)
    for r in rels:
        g = lambda k: spans.get(r.get(k)) if r.get(k) else None
        attribution = (g('Source'), g('Cue'), g('Content'))
        # Articles annotated twice list the same attribution twice.
        if attribution not in gold[doc]:
            gold[doc].append(attribution)
mentions = collections.defaultdict(list)  # (doc, entity) -> spans
for e in rep['entities']:
    for m in e['mentions']:
        mentions[(m['doc'], e['id'])].append((m['start'], m['end']))

PRONOUNS = {'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their'}


def named(src):
    t = src[3]
    words = t.split()
    return any(w[:1].isupper() for w in words) and t.lower() not in PRONOUNS



def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def speaker_ok(doc, ent, src):
    return any(overlaps(m, (src[1], src[2])) for m in mentions[(doc, ent)])


counts = collections.Counter()
found_attr = set()


def judge(kind, doc, speaker, cand, none):
    """Counts one report or quote against the gold attributions `cand` [(index, attribution)]
    near it, and records the attributions it finds."""
    right = [i for i, a in cand if a[0] and speaker_ok(doc, speaker, a[0])]
    if not cand:
        verdict = none
    elif right:
        verdict = 'right'
        found_attr.update((doc, i) for i in right)
    elif all(not a[0] or not named(a[0]) for _, a in cand):
        verdict = 'generic'
    else:
        verdict = 'wrong'
    counts[f'{kind} {verdict}'] += 1


for r in rep['relations']:
    ev = r['evidence'][0]
    if ev['rule'] != 'relation/reporting-verb':
        continue
    doc = ev['doc']
    cand = [(i, a) for i, a in enumerate(gold.get(doc, []))
            if a[1] and ev['start'] <= a[1][1] and a[1][2] <= ev['end']]
    judge('report', doc, r['subject'], cand, 'no-cue')

for q in rep.get('quotes', []):
    if not q.get('speaker'):
        counts['quote no speaker'] += 1
        continue
    doc = q['doc']
    cand = [(i, a) for i, a in enumerate(gold.get(doc, []))
            if a[2] and overlaps((q['start'], q['end']), (a[2][1], a[2][2]))]
    judge('quote', doc, q['speaker'], cand, 'no-attribution')

named_attr = [(d, i) for d, al in gold.items() for i, a in enumerate(al) if a[0] and named(a[0])]
for k in sorted(counts):
    print(f'{k:28} {counts[k]}')
for kind in ('report', 'quote'):
    r, w = counts[f'{kind} right'], counts[f'{kind} wrong']
    if r + w:
        print(f'{kind} speaker precision (checkable): {r}/{r+w} = {r/(r+w):.3f}')
print(f'named-source attributions found: {len(set(named_attr) & found_attr)}/{len(named_attr)} = {len(set(named_attr) & found_attr)/max(1,len(named_attr)):.3f}')
