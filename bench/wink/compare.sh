#!/usr/bin/env bash
# Herald vs wink-nlp speed on the same corpus, in one run, single-threaded.
#
# usage (from anywhere; paths are taken relative to the repository root):
#   bench/wink/compare.sh [CORPUS] [--rounds N] [--runs N] [--warmup N] [--no-build]
#     CORPUS     JSONL(.gz) with a "text" field per line (default ../shared/data/corpora/bbc.jsonl.gz)
#     --rounds   interleaved rounds herald, wink, herald, wink, ... (default 3); medians over rounds are reported
#     --runs     timed runs per tool per round (default 5); each tool reports its median run
#     --warmup   untimed runs per tool per round before the timed ones (default 3)
#     --no-build use the existing Release build of Herald.Cli instead of building it
#
# Prints each round's figures, then a summary with both tools' tokens/s and the ratio herald/wink.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

corpus="../shared/data/corpora/bbc.jsonl.gz"
rounds=3
runs=5
warmup=3
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "compare.sh: unknown option $1" >&2; exit 2 ;;
    *) corpus="$1"; shift ;;
  esac
done
for n in "$rounds" "$runs"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: --rounds and --runs need a positive integer" >&2; exit 2; }
done
[[ "$warmup" =~ ^[0-9]+$ ]] || { echo "compare.sh: --warmup needs a non-negative integer" >&2; exit 2; }
[ -f "$corpus" ] || { echo "compare.sh: corpus not found: $corpus (relative to $root)" >&2; exit 2; }

# wink's pinned packages (package-lock.json), installed once.
if [ ! -f bench/wink/node_modules/wink-nlp/package.json ] || [ ! -f bench/wink/node_modules/wink-eng-lite-web-model/package.json ]; then
  echo "== npm ci --prefix bench/wink" >&2
  npm ci --prefix bench/wink --no-audit --no-fund >&2
fi

dll=src/Herald.Cli/bin/Release/net10.0/Herald.Cli.dll
if [ "$build" = 1 ]; then
  echo "== dotnet build src/Herald.Cli -c Release" >&2
  if ! dotnet build src/Herald.Cli -c Release -nologo -v quiet >"${TMPDIR:-/tmp}/herald-compare-build.log" 2>&1; then
    tail -30 "${TMPDIR:-/tmp}/herald-compare-build.log" >&2
    echo "compare.sh: the Herald build failed (log: ${TMPDIR:-/tmp}/herald-compare-build.log)" >&2
    exit 1
  fi
fi
[ -f "$dll" ] || { echo "compare.sh: $dll is missing; build Herald first" >&2; exit 1; }

# Herald prints e.g. "tokens/s      6,572,958 (median)"; take the digits of a labelled line.
herald_field() { # $1 = label, $2 = output
  awk -v label="$1" 'index($0, label) == 1 { for (i = 2; i <= NF; i++) { v = $i; gsub(/,/, "", v); if (v ~ /^[0-9.]+$/) { print v; exit } } }' <<<"$2"
}
wink_field() { # $1 = JSON key, $2 = JSON text
  node -e 'const o = JSON.parse(require("fs").readFileSync(0, "utf8")); const v = o[process.argv[1]]; console.log(Array.isArray(v) ? v.join(",") : v);' "$1" <<<"$2"
}

herald_tps=() herald_ms=() wink_tps=() wink_tps_ns=() wink_ms=()
herald_pipeline="" herald_tokens="" herald_peak="" wink_json=""
for ((round = 1; round <= rounds; round++)); do
  out="$(dotnet "$dll" bench "$corpus" --until tagger --parallel 1 --runs "$runs" --warmup "$warmup")"
  herald_tps+=("$(herald_field 'tokens/s' "$out")")
  herald_ms+=("$(herald_field 'time/run' "$out")")
  herald_pipeline="$(sed -n 's/^pipeline *//p' <<<"$out")"
  herald_tokens="$(sed -n 's/^corpus.*articles, [0-9,]* words, \([0-9,]*\) tokens.*/\1/p' <<<"$out" | tr -d ,)"
  herald_peak="$(herald_field 'peak memory' "$out")"
  [ -n "${herald_tps[-1]}" ] || { echo "$out" >&2; echo "compare.sh: no 'tokens/s' line in herald bench output" >&2; exit 1; }
  echo "round $round  herald  ${herald_tps[-1]} tokens/s, median ${herald_ms[-1]} ms/run"

  wink_json="$(node bench/wink/wink-speed.js "$corpus" --runs "$runs" --warmup "$warmup")"
  wink_tps+=("$(wink_field tokens_per_s "$wink_json")")
  wink_tps_ns+=("$(wink_field tokens_excl_space_per_s "$wink_json")")
  wink_ms+=("$(wink_field median_ms "$wink_json")")
  echo "round $round  wink    ${wink_tps[-1]} tokens/s, median ${wink_ms[-1]} ms/run"
done

# Medians over rounds and the ratios, in node (already required for wink).
node - "${herald_tps[*]}" "${herald_ms[*]}" "${wink_tps[*]}" "${wink_tps_ns[*]}" "${wink_ms[*]}" \
  "$herald_pipeline" "$herald_tokens" "$herald_peak" "$wink_json" "$corpus" "$rounds" "$runs" "$warmup" <<'EOF'
const [hT, hM, wT, wTns, wM, hPipe, hTokens, hPeak, wJson, corpus, rounds, runs, warmup] = process.argv.slice(2);
const nums = (s) => s.trim().split(/\s+/).map(Number);
const median = (a) => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const w = JSON.parse(wJson);
const herald = median(nums(hT)), heraldMs = median(nums(hM));
const wink = median(nums(wT)), winkNs = median(nums(wTns)), winkMs = median(nums(wM));
const f = (n) => Math.round(n).toLocaleString('en-US');
const lines = [
  '',
  `corpus          ${corpus}: ${w.articles.toLocaleString('en-US')} articles, ${w.chars.toLocaleString('en-US')} chars`,
  `rounds          ${rounds} interleaved (herald, wink, ...); each: ${runs} timed runs after ${warmup} warm-up, 1 thread`,
  `herald          pipeline ${hPipe}`,
  `                ${Number(hTokens).toLocaleString('en-US')} tokens; peak working set ${hPeak} MiB (last round)`,
  `wink            wink-nlp ${w.versions['wink-nlp']} + wink-eng-lite-web-model ${w.versions['wink-eng-lite-web-model']}, node ${w.versions.node}; pipe ${w.pipe.join(' -> ')}`,
  `                ${w.tokens.toLocaleString('en-US')} tokens (${w.space_tokens.toLocaleString('en-US')} of them newline/tab tokens); peak RSS ${w.peak_rss_mib} MiB (last round)`,
  `herald tokens/s ${f(herald)}   (median over rounds; time/run ${f(heraldMs)} ms)`,
  `wink tokens/s   ${f(wink)}   (median over rounds; time/run ${f(winkMs)} ms; ${f(winkNs)} without newline/tab tokens)`,
  herald > 0 && wink > 0
    ? `ratio           herald/wink tokens/s = ${(herald / wink).toFixed(2)}x`
    : 'ratio           herald/wink tokens/s = n/a (0 tokens/s: every article failed; for Herald, e.g. no tagger model: try `herald analyze` on a file, set HERALD_MODELS)',
  `                wink/herald time on the same text = ${(winkMs / heraldMs).toFixed(2)}x`,
];
console.log(lines.join('\n'));
if (!(herald > 0 && wink > 0)) process.exitCode = 1;
EOF
