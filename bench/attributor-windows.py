#!/usr/bin/env python3
"""The shares quoted beside Attributor's windows, measured on PolNeAR train's gold attributions.

    python3 bench/attributor-windows.py [../shared/eval/polnear/train]

Tokens are runs of ASCII letters and digits, or any one other non-space character. Reads the
shared data in place; prints each window's share."""
import bisect, json, re, sys

root = (sys.argv[1] if len(sys.argv) > 1 else '../shared/eval/polnear/train').rstrip('/') + '/'
tok = re.compile(r"[A-Za-z0-9]+|[^\sA-Za-z0-9]")
def toks(s): return len(tok.findall(s))

source_len, subject_to_cue, cue_to_inverted, after_quote, parens = [], [], [], [], []
for line in open(root + 'gold.jsonl', encoding='utf-8'):
    d = json.loads(line)
    t = open(root + d['doc'], encoding='utf-8').read()
    parens += [toks(m.group(0)) - 1 for m in re.finditer(r"\([^()\n]{0,400}\)", t)]
    for a in d['attributions']:
        s, c = a['source'], a['cue']
        if not s or not c:
            continue
        source_len.append(toks(t[s[0]:s[1]]))
        if s[1] <= c[0]:
            subject_to_cue.append(toks(t[s[0]:c[0]]))
        elif c[1] <= s[0]:
            cue_to_inverted.append(toks(t[c[1]:s[0]]))
        for q in a['quotes']:
            if q[1] <= s[0] < c[0]:
                after_quote.append(toks(t[q[1]:c[0]]) - 1)  # less the closing mark

def share(name, xs, window):
    xs = sorted(xs)
    print(f"{name}: {bisect.bisect_right(xs, window) / len(xs):.3f} of {len(xs)} within {window}")

share("SUBJECT_TO_VERB (a source's start to its cue, source first)", subject_to_cue, 30)
share("NOUN_PHRASE (source length)", source_len, 32)
share("NAME_AFTER_VERB (source length)", source_len, 10)
share("INVERTED_SUBJECT (an inverted cue's end to its source)", cue_to_inverted, 12)
share("AFTER_QUOTE_TO_CUE (a quote's end to its cue, source and cue after it)", after_quote, 16)
share("PARENTHESIS (tokens inside a parenthesis, with the closing one)", parens, 12)
