#!/usr/bin/env bash
# End-to-end throughput of `newsgraph build` on the throughput corpora, and the store at scale.
#
#   scripts/bench.sh [SHARED_DIR]     (default: ../shared)
#   SKIP_ALLSIDES=1 scripts/bench.sh  (BBC only: about half a minute)
#
# BBC with --threads 1 and with every core, then the first 300 BBC articles (the spaCy+textacy
# peer took 53 s for them), then the AllSides corpus with every core: wall and CPU time, MB/s
# (uncompressed input bytes), articles/s, triples/s (lines of the N-Quads output) and peak RSS.
# Then `build --store` on AllSides, and examples/store_query on that store, which times opening
# it and a "who said" query apart. Needs GNU time at /usr/bin/time. Timings are only comparable
# on an idle machine: each row ends with the one-minute load average taken just before its run,
# and CPU time (user + sys) moves less with the load than wall time does.
set -euo pipefail

cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
CORPORA=$SHARED/corpora/throughput
BBC=$CORPORA/bbc_fulltext_2225.jsonl
ALLSIDES=$CORPORA/allsides_news_subset.jsonl.gz
WORK=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

cargo build --release --quiet --bin newsgraph --example store_query
BIN=target/release/newsgraph
CORES=$(nproc)
echo "$CORES cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# input_bytes FILE: uncompressed size.
input_bytes() {
    case $1 in
        *.gz) gzip -dc "$1" | wc -c ;;
        *) wc -c <"$1" ;;
    esac
}

# input_records FILE: JSON Lines records.
input_records() {
    case $1 in
        *.gz) gzip -dc "$1" | wc -l ;;
        *) wc -l <"$1" ;;
    esac
}

printf '%-28s %7s %8s %8s %7s %9s %10s %11s %8s %6s\n' \
    corpus threads wall_s cpu_s MB/s art/s triples triples/s RSS_MB load1

# run NAME FILE THREADS [extra build args...]
run() {
    local name=$1 file=$2 threads=$3
    shift 3
    local bytes records
    bytes=$(input_bytes "$file")
    records=$(input_records "$file")
    # Every run writes a new file: renaming the output over the last run's made ext4 allocate
    # the new file's blocks and free the old one's 141 MB inside the timed run (70-120 ms on
    # BBC), which only the runs after the first paid.
    rm -f "$WORK/out.nq"
    local load
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" \
        "$BIN" build "$file" --format nquads --threads "$threads" -o "$WORK/out.nq" "$@"
    read -r wall user sys rss <"$WORK/time"
    local triples
    triples=$(wc -l <"$WORK/out.nq")
    awk -v n="$name" -v t="$threads" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
        -v b="$bytes" -v a="$records" -v q="$triples" -v l="$load" 'BEGIN {
        if (w < 0.01) w = 0.01
        printf "%-28s %7d %8.2f %8.2f %7.2f %9.0f %10d %11.0f %8.0f %6s\n",
            n, t, w, u + s, b / 1e6 / w, a / w, q, q / w, r / 1024, l }'
}

# run_and_keep NAME FILE THREADS: `run`, keeping its wall time in WALL[NAME/THREADS].
declare -A WALL
run_and_keep() {
    run "$@"
    read -r WALL["$1/$3"] _ <"$WORK/time"
}

bbc=$(basename "$BBC")
run_and_keep "$bbc" "$BBC" 1
if [ "$CORES" -gt 1 ]; then
    run_and_keep "$bbc" "$BBC" "$CORES"
fi

head -n 300 "$BBC" >"$WORK/bbc300.jsonl"
run bbc_first_300 "$WORK/bbc300.jsonl" 1
awk -v f="$WORK/time" 'BEGIN { getline l < f; split(l, t, " ");
    printf "peer (spaCy+textacy) on the same 300 articles: 53 s; newsgraph: %.2f s (%.0fx faster)\n",
        t[1], 53 / (t[1] < 0.01 ? 0.01 : t[1]) }'
if [ "$CORES" -gt 1 ]; then
    awk -v a="${WALL[$bbc/1]}" -v b="${WALL[$bbc/$CORES]}" -v c="$CORES" \
        'BEGIN { printf "BBC speed-up with %d threads: %.2fx\n", c, a / (b < 0.01 ? 0.01 : b) }'
fi

if [ -n "${SKIP_ALLSIDES:-}" ]; then
    exit 0
fi
allsides=$(basename "$ALLSIDES")
run_and_keep "$allsides" "$ALLSIDES" "$CORES"
awk -v a="${WALL[$allsides/$CORES]}" -v b="${WALL[$bbc/$CORES]}" \
    'BEGIN { printf "AllSides takes %.1fx the BBC time (same threads)\n", a / (b < 0.01 ? 0.01 : b) }'

echo
echo "store: build --store on $allsides (load average $(cut -d' ' -f1-3 /proc/loadavg))"
/usr/bin/time -f '%e %M' -o "$WORK/time" \
    "$BIN" build "$ALLSIDES" --format nquads --store "$WORK/kg" >/dev/null
read -r wall rss <"$WORK/time"
echo "build + store: ${wall} s, peak RSS $((rss / 1024)) MB, data.nq $(du -h "$WORK/kg/data.nq" | cut -f1)"
echo "store_query (load average $(cut -d' ' -f1-3 /proc/loadavg))"
target/release/examples/store_query "$WORK/kg" Trump Pelosi
