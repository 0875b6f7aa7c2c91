#!/usr/bin/env bash
# Builds the benchmark jar and runs the benchmarks of issue 18 (see BENCHMARKS.md), writing the
# raw outputs and a summary of the targets, with confidence intervals, under
# sko-bench/results/<name> (default: latest).
#
#   sko-bench/run.sh [name [before-dir]]
#
# With a second argument (an earlier run's results directory, e.g. the baseline's) the summary also
# has a before/after table. Needs JDK 17, Maven and python3; hyperfine (Debian package 'hyperfine')
# for the cold-start timings, else a python loop over the same commands. About 17 minutes on a
# 2-core machine. Measure on a quiet machine: check 'uptime' first; the script records it.
set -euo pipefail
cd "$(dirname "$0")/.."

name=${1:-latest}
before=${2:-}
out=sko-bench/results/$name
mkdir -p "$out"

# JMH: three forks (a fork's JIT decisions are the larger part of the variation), each 3 x 1 s
# warm-up and 5 x 1 s measurement: 15 measured iterations per benchmark, which summarize.py
# bootstraps for its confidence intervals. Same options for every benchmark but the concurrency
# one, so ratios within one run compare like with like.
jmh=(-f 3 -wi 3 -w 1s -i 5 -r 1s)
# The concurrency run is throughput on one and on two threads of a 2-core machine. With two busy
# threads the JIT compiler has no core of its own, so 3 s of warm-up left the first measured
# iteration of every fork at half speed (the baseline's error was 11.6% of its score): 10 s of
# warm-up and 10 measured iterations per fork bring the error below 10% (summarize.py checks it).
jmh_threads=(-f 3 -wi 5 -w 2s -i 10 -r 1s)

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

# 1 and 2: the full catalogue and the peers (five engines), time and bytes per validation.
java -jar "$jar" 'FullCatalogueBench|PeersBench' "${jmh[@]}" -prof gc \
  -rf json -rff "$out/catalogue-peers.json" | tee "$out/catalogue-peers.txt"

# 6: a fresh plan every operation: the build alone, and the build with each validation.
java -jar "$jar" FreshPlanBench "${jmh[@]}" -prof gc \
  -rf json -rff "$out/fresh-plan.json" | tee "$out/fresh-plan.txt"

# 3: scaling with the number of sessions (summarize.py: the marginal cost per added session).
java -jar "$jar" ScalingBench "${jmh[@]}" -prof gc \
  -rf json -rff "$out/scaling.json" | tee "$out/scaling.txt"

# 4: one shared validator on one thread, then two.
for t in 1 2; do
  java -jar "$jar" ConcurrencyBench "${jmh_threads[@]}" -t "$t" \
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
if [ -n "$before" ]; then
  python3 sko-bench/summarize.py "$out" --before "$before" | tee "$out/summary.md"
else
  python3 sko-bench/summarize.py "$out" | tee "$out/summary.md"
fi
