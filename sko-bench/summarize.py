#!/usr/bin/env python3
"""Summarizes a run of run.sh against the targets of issue 18, optionally next to an earlier run.

usage: summarize.py RESULTS_DIR [--before BEFORE_DIR]   (prints Markdown)

Times are medians of JMH's measurement iterations (every fork's, from the JSON's rawData); bytes
are JMH's gc.alloc.rate.norm; cold-start times are medians of hyperfine's process runs. Every ratio
comes with a 95% confidence interval from a bootstrap over the raw data: each resample draws the
forks with replacement and then each drawn fork's iterations with replacement (so the variation
between forks, which JIT decisions make the larger part, counts), takes the medians and divides;
the interval is the 2.5th to 97.5th percentile of 2,000 resamples (fixed seed, so the same input
prints the same output). A target is "met" or "missed" when the whole interval is on one side of
it, and "met (not proven)" or "missed (not proven)" when the interval straddles it.

It reads whatever files the run has and skips what is absent (a run of the old benchmark set has
no skoHeadline peer, no FreshPlanBench and fewer scaling sizes): catalogue-peers.json,
fresh-plan.json, scaling.json (JMH, -prof gc), concurrency-t1.json and concurrency-t2.json (JMH
throughput), cold-start.json (hyperfine, or coldstart.py's same shape). With --before it adds a
before/after table of every benchmark both runs have.
"""
import argparse
import json
import os
import random
import statistics

RESAMPLES = 2000
SEED = 18

# Issue 18's targets.
PEERS_HV = 2.0  # sko >= 2x faster than Hibernate Validator
PEERS_EASY = 5.0  # sko >= 5x faster than Easy Rules
PEERS_FLOOR = 2.0  # sko within 2x of the hand-written floor
FULL_CLEAN_NS = 2000.0  # full recommended(), clean plan <= 2 us
FULL_CLEAN_BYTES = 1024.0  # ... and <= 1 KB
FULL_TYPICAL_NS = 4000.0  # full recommended(), typical plan <= 4 us
SCALING_10K_NS = 1e6  # 10,000 sessions <= 1 ms
MARGINAL_RATIO = 1.5  # marginal per-session cost at 10,000 within 1.5x of that at 100
COLD_VS_HAND = 1.2  # cold start, whole recommended profile, within 1.2x of the hand-written process
COLD_VS_HV = 2.5  # ... and >= 2.5x faster than Hibernate Validator's
CONCURRENCY_ERROR = 0.10  # the two-thread run's JMH error below 10% of its score (a measurement check)

ENGINES = (
    ("sko", "sko (catalogue rules)"),
    ("skoHeadline", "sko (Headline as custom rules)"),
    ("handWritten", "hand-written"),
    ("hibernateValidator", "Hibernate Validator"),
    ("easyRules", "Easy Rules"),
)


class Sample:
    """One benchmark's raw data: a list of forks, each a list of iteration scores."""

    def __init__(self, forks, alloc=None, score=None, error=None):
        self.forks = [list(f) for f in forks if f]
        self.alloc = alloc
        self.score = score
        self.error = error

    def median(self):
        return statistics.median(v for f in self.forks for v in f)

    def resample(self, rng):
        forks = [self.forks[rng.randrange(len(self.forks))] for _ in self.forks]
        return statistics.median(f[rng.randrange(len(f))] for f in forks for _ in f)


class Run:
    """Everything one results directory holds."""

    def __init__(self, d):
        self.dir = d
        self.jmh = {}
        for name in ("catalogue-peers", "fresh-plan", "scaling"):
            for r in load(d, name + ".json") or []:
                self.jmh[key(r)] = sample(r)
        self.threads = {}
        for t in (1, 2):
            rs = load(d, f"concurrency-t{t}.json")
            if rs:
                self.threads[t] = sample(rs[0])
        self.cold = {}
        cs = load(d, "cold-start.json")
        for r in (cs or {}).get("results", []):
            self.cold[r["command"].split("dev.sko.bench.cold.")[-1]] = Sample([r["times"]])

    def get(self, bench, **params):
        return self.jmh.get((bench, tuple(sorted((k, str(v)) for k, v in params.items()))))


def load(d, name):
    path = os.path.join(d, name)
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return None
    with open(path) as f:
        return json.load(f)


def key(r):
    bench = ".".join(r["benchmark"].split(".")[-2:])
    return bench, tuple(sorted(r.get("params", {}).items()))


def sample(r):
    pm = r["primaryMetric"]
    alloc = None
    for name, metric in r.get("secondaryMetrics", {}).items():
        if name.endswith("gc.alloc.rate.norm"):
            alloc = metric["score"]
    return Sample(pm["rawData"], alloc, float(pm["score"]), float(pm["scoreError"]))  # "NaN" for 1 fork x 1


def bootstrap(fn, *samples):
    """fn of the samples' medians, and its 95% interval over resamples."""
    point = fn(*(s.median() for s in samples))
    rng = random.Random(SEED)
    values = sorted(fn(*(s.resample(rng) for s in samples)) for _ in range(RESAMPLES))
    return point, values[int(0.025 * RESAMPLES)], values[int(0.975 * RESAMPLES) - 1]


def ratio(a, b):
    """a's median over b's, with its interval."""
    return bootstrap(lambda x, y: x / y, a, b)


def fmt_ratio(r):
    return f"{r[0]:.2f}x [{r[1]:.2f}, {r[2]:.2f}]"


def fmt_ns(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:,.3f} ms"
    if ns >= 1e4:
        return f"{ns / 1e3:,.1f} us"
    return f"{ns:,.0f} ns"


def fmt_bytes(b):
    return "-" if b is None else f"{b:,.0f} B"


def verdict(r, ok):
    """Met or missed by the whole interval, or not proven when it straddles the target."""
    point, lo, hi = r
    if ok(lo) and ok(hi):
        return "met"
    if not ok(lo) and not ok(hi):
        return "**missed**"
    return "met (not proven)" if ok(point) else "**missed** (not proven)"


def marginals(run, sizes_present):
    """Marginal ns per added session at each size, from the next smaller size measured."""
    out = {}
    for prev, n in zip(sizes_present, sizes_present[1:]):
        a, b = run.get("ScalingBench.validate", sessions=prev), run.get("ScalingBench.validate", sessions=n)
        out[n] = (prev, bootstrap(lambda x, y, dn=n - prev: (y - x) / dn, a, b), a, b)
    return out


def scaling_sizes(run):
    return sorted(int(dict(p)["sessions"]) for (b, p) in run.jmh if b == "ScalingBench.validate")


def summarize(run, level=2):
    h = "#" * level
    targets = []
    out = []

    full = {v: run.get("FullCatalogueBench.validate", variant=v) for v in ("clean", "insights", "typical")}
    if any(full.values()):
        out.append(f"{h}# 1. Full recommended profile (time and bytes per validation)\n")
        out.append("| variant | median [95% CI] | B/op |")
        out.append("|---|---:|---:|")
        for v, s in full.items():
            if s:
                m = bootstrap(lambda x: x, s)
                out.append(f"| {v} | {fmt_ns(m[0])} [{fmt_ns(m[1])}, {fmt_ns(m[2])}] | {fmt_bytes(s.alloc)} |")
        if full["clean"]:
            m = bootstrap(lambda x: x, full["clean"])
            targets.append(("Full profile, clean plan: <= 2 us", f"{fmt_ns(m[0])} [{fmt_ns(m[1])}, {fmt_ns(m[2])}]",
                            verdict(m, lambda x: x <= FULL_CLEAN_NS)))
            b = full["clean"].alloc
            targets.append(("Full profile, clean plan: <= 1 KB", fmt_bytes(b),
                            "-" if b is None else ("met" if b <= FULL_CLEAN_BYTES else "**missed**")))
        if full["typical"]:
            m = bootstrap(lambda x: x, full["typical"])
            targets.append(("Full profile, typical plan: <= 4 us", f"{fmt_ns(m[0])} [{fmt_ns(m[1])}, {fmt_ns(m[2])}]",
                            verdict(m, lambda x: x <= FULL_TYPICAL_NS)))

    for plan in ("clean", "findings"):
        t = {e: run.get(f"PeersBench.{e}", plan=plan) for e, _ in ENGINES}
        if not t["sko"]:
            continue
        if plan == "clean":
            out.append(f"\n{h}# 2. Peers: the three headline rules (time and bytes per validation)\n")
            out.append("`sko` runs the catalogue's own three rules; `sko (Headline as custom rules)` runs the"
                       " peers' shared `Headline` logic as three custom sko rules (the engine's own cost).\n")
        out.append(f"**{plan} plan**\n")
        out.append("| engine | median | B/op | engine / hand-written | engine / sko |")
        out.append("|---|---:|---:|---:|---:|")
        for e, label in ENGINES:
            s = t[e]
            if s:
                out.append(f"| {label} | {fmt_ns(s.median())} | {fmt_bytes(s.alloc)}"
                           f" | {fmt_ratio(ratio(s, t['handWritten']))} | {fmt_ratio(ratio(s, t['sko']))} |")
        out.append("")
        hv = ratio(t["hibernateValidator"], t["sko"])
        er = ratio(t["easyRules"], t["sko"])
        fl = ratio(t["sko"], t["handWritten"])
        targets.append((f"Peers ({plan}): sko >= 2x faster than Hibernate Validator", fmt_ratio(hv),
                        verdict(hv, lambda x: x >= PEERS_HV)))
        targets.append((f"Peers ({plan}): sko >= 5x faster than Easy Rules", fmt_ratio(er),
                        verdict(er, lambda x: x >= PEERS_EASY)))
        targets.append((f"Peers ({plan}): sko within 2x of the hand-written floor", fmt_ratio(fl),
                        verdict(fl, lambda x: x <= PEERS_FLOOR)))
        if t["skoHeadline"]:
            targets.append((f"(peers, {plan}: sko running Headline as custom rules / hand-written)",
                            fmt_ratio(ratio(t["skoHeadline"], t["handWritten"])), "-"))
            targets.append((f"(peers, {plan}: Hibernate Validator / sko running Headline)",
                            fmt_ratio(ratio(t["hibernateValidator"], t["skoHeadline"])), "-"))

    fresh_rows = []
    for plan in ("clean", "typical"):
        build = run.get("FreshPlanBench.build", plan=plan)
        if not build:
            continue
        cached = {"recommended": run.get("FullCatalogueBench.validate", variant=plan),
                  "headline": run.get("PeersBench.sko", plan=plan)}
        fresh_rows.append(f"| {plan} | build only | {fmt_ns(build.median())} | {fmt_bytes(build.alloc)} | | |")
        for rules in ("recommended", "headline"):
            s = run.get(f"FreshPlanBench.{rules}", plan=plan)
            if not s:
                continue
            share = bootstrap(lambda b, v: v - b, build, s)
            c = cached[rules]
            vs = "-"
            if c:
                vs = fmt_ratio(bootstrap(lambda b, v, x: (v - b) / x, build, s, c))
            balloc = "-" if s.alloc is None or build.alloc is None else fmt_bytes(s.alloc - build.alloc)
            fresh_rows.append(f"| {plan} | build + {rules} | {fmt_ns(s.median())} | {fmt_bytes(s.alloc)}"
                              f" | {fmt_ns(share[0])} [{fmt_ns(share[1])}, {fmt_ns(share[2])}], {balloc} | {vs} |")
    if fresh_rows:
        out.append(f"\n{h}# 3. Fresh plan every operation (build, then build and validate)\n")
        out.append("The validation's share is the difference from `build only`; the last column divides it"
                   " by the same validation of a reused plan (FullCatalogueBench for `recommended`, PeersBench"
                   " `sko` for `headline`; the typical plan has no PeersBench twin).\n")
        out.append("| plan | benchmark | median | B/op | validation's share (time, bytes) | share / reused plan |")
        out.append("|---|---|---:|---:|---:|---:|")
        out.extend(fresh_rows)

    sizes = scaling_sizes(run)
    if sizes:
        marg = marginals(run, sizes)
        out.append(f"\n{h}# 4. Scaling (recommended profile)\n")
        out.append("Marginal: the difference from the next smaller size, divided by the difference in sessions.\n")
        out.append("| sessions | median | average per session | marginal ns per added session [95% CI] | B/op | marginal B per added session |")
        out.append("|---:|---:|---:|---:|---:|---:|")
        for n in sizes:
            s = run.get("ScalingBench.validate", sessions=n)
            m = s.median()
            if n in marg:
                prev, r, a, _ = marg[n]
                mb = "-" if s.alloc is None or a.alloc is None else f"{(s.alloc - a.alloc) / (n - prev):,.1f}"
                mc = f"{r[0]:,.1f} [{r[1]:,.1f}, {r[2]:,.1f}] (from {prev:,})"
            else:
                mb, mc = "-", "-"
            out.append(f"| {n:,} | {fmt_ns(m)} | {m / n:,.1f} ns | {mc} | {fmt_bytes(s.alloc)} | {mb} |")
        big = run.get("ScalingBench.validate", sessions=10000)
        if big:
            m = bootstrap(lambda x: x, big)
            targets.append(("Scaling: 10,000 sessions <= 1 ms", f"{fmt_ns(m[0])} [{fmt_ns(m[1])}, {fmt_ns(m[2])}]",
                            verdict(m, lambda x: x <= SCALING_10K_NS)))
        if 100 in marg and 10000 in marg:
            p100, _, a100, b100 = marg[100]
            p10k, _, a10k, b10k = marg[10000]
            r = bootstrap(lambda a, b, c, d: ((d - c) / (10000 - p10k)) / ((b - a) / (100 - p100)),
                          a100, b100, a10k, b10k)
            targets.append((f"Scaling: marginal per session at 10,000 (from {p10k:,}) within 1.5x of at 100"
                            f" (from {p100:,})", fmt_ratio(r), verdict(r, lambda x: x <= MARGINAL_RATIO)))

    if 1 in run.threads and 2 in run.threads:
        t1, t2 = run.threads[1], run.threads[2]
        r = ratio(t2, t1)
        out.append(f"\n{h}# 5. Concurrency (one shared validator, typical plan; validations per ms)\n")
        out.append("| threads | median | JMH score ± error | error / score |")
        out.append("|---:|---:|---:|---:|")
        for t, s in ((1, t1), (2, t2)):
            out.append(f"| {t} | {s.median():,.1f} | {s.score:,.1f} ± {s.error:,.1f} | {s.error / s.score:.1%} |")
        out.append(f"\nTwo threads / one: {fmt_ratio(r)}")
        targets.append(("(two threads / one thread)", fmt_ratio(r), "-"))
        share = t2.error / t2.score
        targets.append(("Measurement: two-thread run's error below 10% of its score", f"{share:.1%}",
                        "-" if share != share else "met" if share < CONCURRENCY_ERROR else "**missed**"))

    if run.cold:
        out.append(f"\n{h}# 6. Cold start (whole process, median of the runs)\n")
        out.append("| command | median [95% CI] | min |")
        out.append("|---|---:|---:|")
        for cmd, s in run.cold.items():
            m = bootstrap(lambda x: x * 1000, s)
            out.append(f"| {cmd} | {m[0]:,.1f} ms [{m[1]:,.1f}, {m[2]:,.1f}] | {min(s.forks[0]) * 1000:,.1f} ms |")
        c = run.cold
        rec, hand, hv = c.get("SkoOnce recommended"), c.get("HandWrittenOnce"), c.get("HibernateValidatorOnce")
        if rec and hand:
            r = ratio(rec, hand)
            targets.append(("Cold start: sko (whole recommended profile) within 1.2x of the hand-written process",
                            fmt_ratio(r), verdict(r, lambda x: x <= COLD_VS_HAND)))
        if rec and hv:
            r = ratio(hv, rec)
            targets.append(("Cold start: sko (whole recommended profile) >= 2.5x faster than Hibernate Validator",
                            fmt_ratio(r), verdict(r, lambda x: x >= COLD_VS_HV)))
        if c.get("SkoOnce") and hand:
            targets.append(("(cold start, sko with the three rules / hand-written)",
                            fmt_ratio(ratio(c["SkoOnce"], hand)), "-"))
        if c.get("Empty") and hand:
            targets.append(("(cold start, hand-written / bare JVM)", fmt_ratio(ratio(hand, c["Empty"])), "-"))

    lines = [f"{h} Targets (issue 18)\n", "Ratios are medians with their 95% bootstrap interval.\n",
             "| target | measured | |", "|---|---:|---|"]
    lines += [f"| {a} | {b} | {v} |" for a, b, v in targets]
    return "\n".join(lines) + "\n\n" + "\n".join(out)


def label(bench, params):
    p = ", ".join(v for _, v in params)
    return f"{bench} ({p})" if p else bench


def compare(after, before):
    out = ["\n## Before and after\n",
           f"Before: `{before.dir}`; after: `{after.dir}`. Speed-up is before / after (above 1: faster"
           " now), with its 95% bootstrap interval; bytes are JMH's gc.alloc.rate.norm.\n",
           "| benchmark | before | after | speed-up | B/op before | B/op after |",
           "|---|---:|---:|---:|---:|---:|"]
    for k in sorted(set(before.jmh) & set(after.jmh), key=lambda k: (k[0], [(n, v.zfill(6)) for n, v in k[1]])):
        b, a = before.jmh[k], after.jmh[k]
        out.append(f"| {label(*k)} | {fmt_ns(b.median())} | {fmt_ns(a.median())} | {fmt_ratio(ratio(b, a))}"
                   f" | {fmt_bytes(b.alloc)} | {fmt_bytes(a.alloc)} |")
    for t in (1, 2):
        if t in before.threads and t in after.threads:
            b, a = before.threads[t], after.threads[t]
            out.append(f"| ConcurrencyBench, {t} thread{'s' if t > 1 else ''} (ops/ms) | {b.median():,.1f}"
                       f" | {a.median():,.1f} | {fmt_ratio(ratio(a, b))} | | |")
    for cmd in before.cold:
        if cmd in after.cold:
            b, a = before.cold[cmd], after.cold[cmd]
            out.append(f"| cold start: {cmd} | {b.median() * 1000:,.1f} ms | {a.median() * 1000:,.1f} ms"
                       f" | {fmt_ratio(ratio(b, a))} | | |")
    only = sorted(set(after.jmh) - set(before.jmh))
    if only:
        out.append("\nOnly in the after run: " + ", ".join(label(*k) for k in only) + ".")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("results")
    ap.add_argument("--before", help="an earlier run's results directory, for a before/after table")
    args = ap.parse_args()
    after = Run(args.results)
    print(summarize(after))
    if args.before:
        before = Run(args.before)
        print("\n## Before (" + args.before + ")\n")
        print(summarize(before, level=3))
        print(compare(after, before))


if __name__ == "__main__":
    main()
