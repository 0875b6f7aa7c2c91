#!/usr/bin/env python3
"""Summarizes one run of run.sh: the figures of issue 9's targets and whether each is met.

usage: summarize.py RESULTS_DIR   (prints Markdown)

Times are the median of the JMH measurement iterations (ns per validation), bytes are JMH's
gc.alloc.rate.norm; cold-start times are the median of the process runs.
"""
import json
import os
import sys


def load(path):
    with open(path) as f:
        return json.load(f)


def median_ns(result):
    return result["primaryMetric"]["scorePercentiles"]["50.0"]


def alloc(result):
    for name, metric in result.get("secondaryMetrics", {}).items():
        if name.endswith("gc.alloc.rate.norm"):
            return metric["score"]
    return float("nan")


def find(results, bench, **params):
    for r in results:
        if r["benchmark"].endswith(bench) and all(
                r.get("params", {}).get(k) == v for k, v in params.items()):
            return r
    raise KeyError(f"{bench} {params}")


def verdict(ok):
    return "met" if ok else "**missed**"


def main():
    d = sys.argv[1]
    rows = []
    out = []
    cp = load(os.path.join(d, "catalogue-peers.json"))
    out.append("## 1. Full recommended profile (ns and bytes per validation)\n")
    out.append("| variant | median ns/op | B/op |")
    out.append("|---|---:|---:|")
    full = {}
    for v in ("clean", "insights", "typical"):
        r = find(cp, "FullCatalogueBench.validate", variant=v)
        full[v] = (median_ns(r), alloc(r))
        out.append(f"| {v} | {full[v][0]:,.0f} | {full[v][1]:,.0f} |")
    rows.append(("Full profile, typical plan: <= 2 us", f"{full['typical'][0] / 1000:,.2f} us",
                 verdict(full["typical"][0] <= 2000)))
    rows.append(("Full profile, clean plan: <= 1 KB", f"{full['clean'][1]:,.0f} B",
                 verdict(full["clean"][1] <= 1024)))

    out.append("\n## 2. Peers: the three headline rules (ns and bytes per validation)\n")
    out.append("| plan | sko | hand-written | Hibernate Validator | Easy Rules | sko / hand | HV / sko | Easy Rules / sko |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for plan in ("clean", "findings"):
        t = {e: find(cp, f"PeersBench.{e}", plan=plan)
             for e in ("sko", "handWritten", "hibernateValidator", "easyRules")}
        ns = {e: median_ns(r) for e, r in t.items()}
        b = {e: alloc(r) for e, r in t.items()}
        floor = ns["sko"] / ns["handWritten"]
        hv = ns["hibernateValidator"] / ns["sko"]
        er = ns["easyRules"] / ns["sko"]
        out.append(
            f"| {plan} | {ns['sko']:,.0f} ns, {b['sko']:,.0f} B | {ns['handWritten']:,.0f} ns, {b['handWritten']:,.0f} B"
            f" | {ns['hibernateValidator']:,.0f} ns, {b['hibernateValidator']:,.0f} B"
            f" | {ns['easyRules']:,.0f} ns, {b['easyRules']:,.0f} B | {floor:.2f}x | {hv:.2f}x | {er:.2f}x |")
        rows.append((f"Peers ({plan}): sko within 1.5x of the hand-written floor", f"{floor:.2f}x", verdict(floor <= 1.5)))
        rows.append((f"Peers ({plan}): sko >= 3x faster than Hibernate Validator", f"{hv:.2f}x", verdict(hv >= 3)))
        rows.append((f"Peers ({plan}): sko >= 8x faster than Easy Rules", f"{er:.2f}x", verdict(er >= 8)))

    sc = load(os.path.join(d, "scaling.json"))
    out.append("\n## 3. Scaling (recommended profile)\n")
    out.append("| sessions | median ns/op | ns per session | B/op | B per session |")
    out.append("|---:|---:|---:|---:|---:|")
    per = {}
    for n in ("10", "100", "1000", "10000"):
        r = find(sc, "ScalingBench.validate", sessions=n)
        ns, b = median_ns(r), alloc(r)
        per[n] = ns / int(n)
        out.append(f"| {int(n):,} | {ns:,.0f} | {per[n]:,.1f} | {b:,.0f} | {b / int(n):,.1f} |")
    total = per["10000"] * 10000
    rows.append(("Scaling: 10,000 sessions <= 1 ms", f"{total / 1e6:,.3f} ms", verdict(total <= 1e6)))
    ratio = per["10000"] / per["100"]
    rows.append(("Scaling: per session at 10,000 within 1.5x of at 100", f"{ratio:.2f}x", verdict(ratio <= 1.5)))

    t1 = load(os.path.join(d, "concurrency-t1.json"))[0]
    t2 = load(os.path.join(d, "concurrency-t2.json"))[0]
    s1, s2 = median_ns(t1), median_ns(t2)
    out.append("\n## 4. Concurrency (one shared validator, typical plan; validations per ms)\n")
    out.append(f"| 1 thread | 2 threads | scaling |\n|---:|---:|---:|\n| {s1:,.1f} | {s2:,.1f} | {s2 / s1:.2f}x |")
    rows.append(("Two threads >= 1.8x one thread", f"{s2 / s1:.2f}x", verdict(s2 / s1 >= 1.8)))

    cs = load(os.path.join(d, "cold-start.json"))["results"]
    med = {}
    out.append("\n## 5. Cold start (whole process, median of the runs)\n")
    out.append("| command | median ms | min ms |")
    out.append("|---|---:|---:|")
    for r in cs:
        cmd = r["command"].split("dev.sko.bench.cold.")[1]
        med[cmd] = r["median"]
        out.append(f"| {cmd} | {r['median'] * 1000:,.1f} | {r['min'] * 1000:,.1f} |")
    bare, sko, hv = med["Empty"], med["SkoOnce"], med["HibernateValidatorOnce"]
    rows.append(("Cold start: sko within 1.5x of a bare JVM", f"{sko / bare:.2f}x", verdict(sko / bare <= 1.5)))
    rows.append(("Cold start: sko >= 3x faster than Hibernate Validator", f"{hv / sko:.2f}x", verdict(hv / sko >= 3)))
    rows.append(("(cold start, whole recommended profile vs bare JVM)", f"{med['SkoOnce recommended'] / bare:.2f}x", "-"))
    hand = med["HandWrittenOnce"]
    rows.append(("(cold start, sko's process vs the hand-written loop's: same plan built)", f"{sko / hand:.2f}x", "-"))
    rows.append(("(cold start, what sko adds to the hand-written process)", f"{(sko - hand) * 1000:,.0f} ms", "-"))
    rows.append(("(cold start, what Hibernate Validator adds to it)", f"{(hv - hand) * 1000:,.0f} ms", "-"))

    print("## Targets\n")
    print("| target | measured | |")
    print("|---|---:|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} |")
    print()
    print("\n".join(out))


if __name__ == "__main__":
    main()
