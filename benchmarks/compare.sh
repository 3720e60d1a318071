#!/usr/bin/env bash
# Whole-process comparison on the 100 MB benchmark corpus: each articlelens analysis command against `wc -w`
# and a Lucene.Net tokenizer, and loading the 20,000-file folder against File.ReadAllText of the same files,
# interleaved in one run (startup included). `articlelens` is the native executable of `dotnet publish`; the commands in
# JIT run a second time as the JIT build (`dotnet ArticleLens.Cli.dll`, as `dotnet run` runs it). Prints medians, ratios
# and peak RSS.
#   benchmarks/compare.sh                 # 5 rounds, commands: summary themes countries pledges (JSON), pledges (table and JIT)
#   RUNS=9 COMMANDS="summary" TABLES="" JIT="" benchmarks/compare.sh
#   BENCH_DATA=/path/with/corpus.txt benchmarks/compare.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${BENCH_DATA:-$root/benchmarks/data}
runs=${RUNS:-5}
commands=${COMMANDS:-"summary themes countries pledges"}
tables=${TABLES-"pledges"} # also timed in the default format, a table
jit=${JIT-"pledges"}       # also timed as the JIT build
corpus=$data/corpus.txt

if [ ! -f "$corpus" ] || [ ! -d "$data/articles" ]; then
  mkdir -p "$data"
  SEED="$root/seeds/000_7a87ff6ad9da1c75.txt" OUT_DIR="$data" python3 "$root/../shared/bench/gen_corpus.py"
fi
native_dir=$(mktemp -d)
dotnet publish "$root/src/ArticleLens.Cli" -o "$native_dir" -v q -nologo >/dev/null
dotnet build -c Release "$root/src/ArticleLens.Cli" -v q -nologo >/dev/null
dotnet build -c Release "$root/benchmarks/ArticleLens.Benchmarks" -v q -nologo >/dev/null
native="$native_dir/ArticleLens.Cli"
cli="$root/src/ArticleLens.Cli/bin/Release/net10.0/ArticleLens.Cli.dll"
bench="$root/benchmarks/ArticleLens.Benchmarks/bin/Release/net10.0/ArticleLens.Benchmarks.dll"

declare -a names=("wc -w" "Lucene.Net StandardTokenizer")
declare -a cmds=("wc -w $corpus" "dotnet $bench lucene-count $corpus")
available=$("$native" --help)
for c in $commands; do
  if grep -qE "^ +$c( |$)" <<< "$available"; then
    names+=("articlelens $c"); cmds+=("$native $c $corpus --format json")
    if grep -qw "$c" <<< "$tables"; then names+=("articlelens $c, as a table"); cmds+=("$native $c $corpus"); fi
    if grep -qw "$c" <<< "$jit"; then names+=("articlelens $c, JIT build"); cmds+=("dotnet $cli $c $corpus --format json"); fi
  else
    echo "skipping '$c': not a command of this build" >&2
  fi
done

names+=("File.ReadAllText, 20,000 files" "Corpus.Load, 20,000 files")
cmds+=("dotnet $bench read $data/articles" "dotnet $bench load $data/articles")

results=$(mktemp)
timing=$(mktemp)
for ((round = 1; round <= runs; round++)); do
  for i in "${!cmds[@]}"; do
    /usr/bin/time -f "%e %M" -o "$timing" ${cmds[$i]} >/dev/null 2>&1 || true
    echo "${names[$i]}|$(tail -n 1 "$timing")" >> "$results"
  done
done

python3 - "$results" "$corpus" "$runs" <<'PY'
import os, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, fig = line.rstrip("\n").split("|")
    secs, kb = fig.split()
    rows.setdefault(name, []).append((float(secs), int(kb)))
mb = os.path.getsize(sys.argv[2]) / 1e6
base = statistics.median(s for s, _ in rows["wc -w"])
read = statistics.median(s for s, _ in rows["File.ReadAllText, 20,000 files"])
print(f"Corpus: {sys.argv[2]} ({mb:.0f} MB), {sys.argv[3]} interleaved rounds, medians\n")
print("| command | median s | MB/s | x wc -w | peak RSS MB |")
print("|---|---|---|---|---|")
for name, runs in rows.items():
    med = statistics.median(s for s, _ in runs)
    rss = max(k for _, k in runs) / 1024
    if "20,000" in name:
        continue
    print(f"| {name} | {med:.2f} | {mb / med:.0f} | {med / base:.2f} | {rss:.0f} |")
print("\n| loading articles/ (20,000 files) | median s | x File.ReadAllText | peak RSS MB |")
print("|---|---|---|---|")
for name, runs in rows.items():
    if "20,000" not in name:
        continue
    med = statistics.median(s for s, _ in runs)
    print(f"| {name.split(',')[0]} | {med:.2f} | {med / read:.2f} | {max(k for _, k in runs) / 1024:.0f} |")
PY
rm -rf "$results" "$timing" "$native_dir"
