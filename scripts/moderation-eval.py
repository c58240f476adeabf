#!/usr/bin/env python3
"""Scores labeled sets through `safestream moderate` (the line protocol) and
prints precision, recall, F1, the false-positive rate on clean rows, accuracy
per kind and every miss with its score.

    swift build --product safestream
    python3 scripts/moderation-eval.py .build/debug/safestream FILE.tsv [FILE.tsv ...] [--quiet]

Files: `label<TAB>kind<TAB>text` per line (1 toxic, 0 clean), `#` comments.
Operators can use it on their own labeled exports before changing
MODERATION_THRESHOLD or MODERATION_WORDLIST (docs/MODERATION.md)."""
import collections, json, signal, subprocess, sys

signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # `| head` is fine
args = [a for a in sys.argv[1:] if not a.startswith('--')]
quiet = '--quiet' in sys.argv
if len(args) < 2:
    sys.exit(__doc__)
binary, files = args[0], args[1:]
rows = []
for name in files:
    for n, line in enumerate(open(name, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        parts = line.split('\t')
        if len(parts) != 3 or parts[0] not in ('0', '1'):
            sys.exit(f'{name}:{n}: expected label<TAB>kind<TAB>text')
        rows.append((parts[0] == '1', parts[1], parts[2]))
run = subprocess.run([binary, 'moderate'], input=''.join(r[2] + '\n' for r in rows),
                     capture_output=True, text=True, check=True)
results = [json.loads(l) for l in run.stdout.splitlines()]
assert len(results) == len(rows), f'{len(results)} results for {len(rows)} rows'
tp = fp = fn = tn = 0
kinds = collections.defaultdict(lambda: [0, 0])
misses = []
for (toxic, kind, text), r in zip(rows, results):
    kinds[kind][1] += 1
    if toxic == r['toxic']:
        kinds[kind][0] += 1
    if toxic and r['toxic']: tp += 1
    elif toxic: fn += 1; misses.append(f"  FN [{kind}] {r['score']} {text}")
    elif r['toxic']: fp += 1; misses.append(f"  FP [{kind}] {r['score']} {text}")
    else: tn += 1
p = tp / max(1, tp + fp); rec = tp / max(1, tp + fn); f1 = 2 * p * rec / max(1e-9, p + rec)
print(f'{len(rows)} messages: tp {tp} fp {fp} fn {fn} tn {tn}  '
      f'precision {p:.3f} recall {rec:.3f} F1 {f1:.3f} false-positive rate {fp / max(1, fp + tn):.3f}')
for kind in sorted(kinds):
    right, total = kinds[kind]
    if right != total:
        print(f'  {kind}: {right}/{total}')
if not quiet:
    print('\n'.join(misses))
