#!/usr/bin/env bash
# Builds the benchmark jar and runs the five benchmarks of issue 9 (see BENCHMARKS.md), writing the
# raw outputs and a summary of the ratios under sko-bench/results/<name> (default: latest).
#
#   sko-bench/run.sh [name]
#
# Needs JDK 17, Maven and python3; hyperfine (Debian package 'hyperfine') for the cold-start
# timings, else a python loop over the same commands. About 8 minutes on a 2-core machine.
# Measure on a quiet machine: check 'uptime' first; the script records it.
set -euo pipefail
cd "$(dirname "$0")/.."

name=${1:-latest}
out=sko-bench/results/$name
mkdir -p "$out"

# JMH: one fork, 3 x 1 s warm-up, 5 x 1 s measurement. Same options for every benchmark, so ratios
# within one run compare like with like.
jmh=(-f 1 -wi 3 -w 1s -i 5 -r 1s)

mvn -B -q -pl sko-bench -am package -Pbenchmarks -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip
jar=sko-bench/target/benchmarks.jar

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet -- . ':!sko-bench/results' || echo ' (with local changes)')"
  echo "nproc: $(nproc)"
  lscpu | grep -E '^(Model name|Thread|Core|Socket|CPU\(s\))' || true
  grep MemTotal /proc/meminfo || true
  java -version 2>&1
  echo "load before: $(uptime)"
} > "$out/machine.txt"
cat "$out/machine.txt"

# 1 and 2: the full catalogue and the peers, time and bytes per validation.
java -jar "$jar" 'FullCatalogueBench|PeersBench' "${jmh[@]}" -prof gc \
  -rf json -rff "$out/catalogue-peers.json" | tee "$out/catalogue-peers.txt"

# 3: scaling with the number of sessions.
java -jar "$jar" ScalingBench "${jmh[@]}" -prof gc \
  -rf json -rff "$out/scaling.json" | tee "$out/scaling.txt"

# 4: one shared validator on one thread, then two.
for t in 1 2; do
  java -jar "$jar" ConcurrencyBench "${jmh[@]}" -t "$t" \
    -rf json -rff "$out/concurrency-t$t.json" | tee "$out/concurrency-t$t.txt"
done

# Where the bytes go: each rule of the recommended profile alone on the two plans.
java -cp "$jar" dev.sko.bench.AllocationByRule clean > "$out/allocation-by-rule-clean.txt"
java -cp "$jar" dev.sko.bench.AllocationByRule typical > "$out/allocation-by-rule-typical.txt"

# 5: cold start, whole processes: a bare JVM, the hand-written loop, sko (three rules and the whole
# recommended profile) and Hibernate Validator, each building the plan and validating it once.
cold=(
  "java -cp $jar dev.sko.bench.cold.Empty"
  "java -cp $jar dev.sko.bench.cold.HandWrittenOnce"
  "java -cp $jar dev.sko.bench.cold.SkoOnce"
  "java -cp $jar dev.sko.bench.cold.SkoOnce recommended"
  "java -cp $jar dev.sko.bench.cold.HibernateValidatorOnce"
)
if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 3 --runs 20 --export-json "$out/cold-start.json" "${cold[@]}" \
    | tee "$out/cold-start.txt"
else
  python3 sko-bench/coldstart.py 3 20 "$out/cold-start.json" "${cold[@]}" | tee "$out/cold-start.txt"
fi

echo "load after: $(uptime)" >> "$out/machine.txt"
python3 sko-bench/summarize.py "$out" | tee "$out/summary.md"
