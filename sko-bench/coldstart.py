#!/usr/bin/env python3
"""Times whole commands like hyperfine does, for machines without it.

usage: coldstart.py WARMUP RUNS OUT.json COMMAND...

Runs every command WARMUP times, then RUNS rounds of each command in turn (interleaved, so a change
in load hits every command alike), and writes hyperfine's JSON shape: results[].command, .times,
.mean, .median, .min, .max (seconds).
"""
import json
import shlex
import statistics
import subprocess
import sys
import time


def run(cmd):
    start = time.perf_counter()
    subprocess.run(shlex.split(cmd), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    warmup, runs, out, commands = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4:]
    for cmd in commands:
        for _ in range(warmup):
            run(cmd)
    times = {cmd: [] for cmd in commands}
    for _ in range(runs):
        for cmd in commands:
            times[cmd].append(run(cmd))
    results = []
    for cmd in commands:
        t = times[cmd]
        results.append({"command": cmd, "times": t, "mean": statistics.mean(t),
                        "median": statistics.median(t), "min": min(t), "max": max(t)})
        print(f"{cmd}\n  median {statistics.median(t) * 1000:.1f} ms, min {min(t) * 1000:.1f} ms,"
              f" max {max(t) * 1000:.1f} ms ({runs} runs)")
    with open(out, "w") as f:
        json.dump({"results": results}, f, indent=2)


if __name__ == "__main__":
    main()
