#!/usr/bin/env bash
# End-to-end throughput of `newsgraph build` on the throughput corpora, and the store at scale.
#
#   scripts/bench.sh [SHARED_DIR]     (default: ../shared)
#
# For each corpus, with --threads 1 and with every core: wall and CPU time, MB/s (uncompressed
# input bytes), articles/s, triples/s (lines of the N-Quads output) and peak RSS. Then the first
# 300 BBC articles (the spaCy+textacy peer took 53 s for them), then `build --store` on the
# AllSides corpus, the time to open that store and one "who said" query (load and query timed
# apart by examples/store_query.rs). Needs GNU time at /usr/bin/time.
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

printf '%-28s %7s %8s %8s %7s %9s %10s %11s %8s\n' \
    corpus threads wall_s cpu_s MB/s art/s triples triples/s RSS_MB

# run NAME FILE THREADS [extra build args...]
run() {
    local name=$1 file=$2 threads=$3
    shift 3
    local bytes records
    bytes=$(input_bytes "$file")
    records=$(input_records "$file")
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" \
        "$BIN" build "$file" --format nquads --threads "$threads" -o "$WORK/out.nq" "$@"
    read -r wall user sys rss <"$WORK/time"
    local triples
    triples=$(wc -l <"$WORK/out.nq")
    awk -v n="$name" -v t="$threads" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
        -v b="$bytes" -v a="$records" -v q="$triples" 'BEGIN {
        if (w < 0.01) w = 0.01
        printf "%-28s %7d %8.2f %8.2f %7.2f %9.0f %10d %11.0f %8.0f\n",
            n, t, w, u + s, b / 1e6 / w, a / w, q, q / w, r / 1024 }'
}

for corpus in "$BBC" "$ALLSIDES"; do
    name=$(basename "$corpus")
    run "$name" "$corpus" 1
    if [ "$CORES" -gt 1 ]; then
        run "$name" "$corpus" "$CORES"
    fi
done

head -n 300 "$BBC" >"$WORK/bbc300.jsonl"
run bbc_first_300 "$WORK/bbc300.jsonl" 1
awk -v f="$WORK/time" 'BEGIN { getline l < f; split(l, t, " ");
    printf "peer (spaCy+textacy) on the same 300 articles: 53 s; newsgraph: %.2f s (%.0fx faster)\n",
        t[1], 53 / (t[1] < 0.01 ? 0.01 : t[1]) }'

echo
echo "store: build --store on $(basename "$ALLSIDES")"
/usr/bin/time -f '%e %M' -o "$WORK/time" \
    "$BIN" build "$ALLSIDES" --format nquads -o "$WORK/out.nq" --store "$WORK/kg"
read -r wall rss <"$WORK/time"
echo "build + store: ${wall} s, peak RSS $((rss / 1024)) MB, data.nq $(du -h "$WORK/kg/data.nq" | cut -f1)"
/usr/bin/time -f '%e %M' -o "$WORK/time" \
    "$BIN" query --store "$WORK/kg" --results csv \
    'SELECT (COUNT(*) AS ?n) WHERE { ?q ng:speaker ?s . ?s rdfs:label "Donald Trump" }' \
    >"$WORK/query.csv"
read -r wall rss <"$WORK/time"
echo "query command (process start + store load + query): ${wall} s, peak RSS $((rss / 1024)) MB, answer: $(tail -n 1 "$WORK/query.csv")"
target/release/examples/store_query "$WORK/kg" trump
