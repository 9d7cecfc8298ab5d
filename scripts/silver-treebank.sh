#!/usr/bin/env bash
# Builds the silver treebank the committed parser trains on besides EWT and GUM (docs/models.md): the first 200
# articles of ../shared/data/corpora/allsides-10k.jsonl.gz parsed by the parser committed until 2026-12-01 (the
# 96-unit one of commit f18c76e, run with that commit's code), keeping sentences of 4 to 60 words until 170,000 words.
# Usage, from the repository root: scripts/silver-treebank.sh [OUT]   (default silver/allsides-200.conllu)
set -euo pipefail

out=${1:-silver/allsides-200.conllu}
teacher_commit=f18c76e
shared=$(cd ../shared/data && pwd)
root=$(pwd)
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git worktree add --detach --quiet "$work/tree" "$teacher_commit"
zcat "$shared/corpora/allsides-10k.jsonl.gz" | awk "NR <= 200" > "$work/articles.jsonl" # reads to the end: no broken pipe
dotnet run --project "$work/tree/src/Herald.Cli" -c Release -- analyze "$work/articles.jsonl" --format conllu -j 1 -o "$work/parsed.conllu"

mkdir -p "$(dirname "$out")"
# one sentence per blank-line-separated block; words are the lines numbered with a whole number (not ranges or empty nodes)
awk 'BEGIN { RS = ""; ORS = "\n\n" }
{
    n = split($0, lines, "\n"); kept = ""; words = 0
    for (i = 1; i <= n; i++) {
        if (lines[i] ~ /^# newdoc/) continue
        kept = kept (kept == "" ? "" : "\n") lines[i]
        split(lines[i], field, "\t")
        if (lines[i] !~ /^#/ && field[1] ~ /^[0-9]+$/) words++
    }
    if (words < 4 || words > 60) next
    if (total >= 170000) exit
    print kept; total += words
}' "$work/parsed.conllu" > "$out"
echo "wrote $out: $(grep -c '^$' "$out") sentences"
