#!/usr/bin/env python3
"""Where the CPU time goes in a Java Flight Recorder file: a text "flame graph summary".

    bench/jfr-top.py RECORDING.jfr [--thread REGEX] [--top 25] [--depth 400] [--focus REGEX]
                     [--collapsed OUT.txt]

Reads `jfr print --events jdk.ExecutionSample` (the JDK's `jfr` tool) and prints, over the samples
whose thread name matches --thread (default: all):
  * self time: the top frame of each sample, by method (where the CPU actually is);
  * total time: every method on the stack, counted once per sample (the width of its box in a
    flame graph);
  * by package prefix (first three name parts) of the self frame.
--focus REGEX keeps only samples with a frame matching it (e.g. a controller method).
--collapsed writes folded stacks (root;…;leaf count) for flamegraph.pl or speedscope.
Record with -XX:FlightRecorderOptions=stackdepth=256 (bench/run.sh --jfr does): JFR's default of 64
frames cuts the engine's deep stacks, so "total" then undercounts frames near the root (filters,
controllers); self time is unaffected.
"""
import argparse
import collections
import re
import subprocess
import sys


def samples(path, depth):
    out = subprocess.run(["jfr", "print", "--stack-depth", str(depth), "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    thread, frames, in_stack = None, [], False
    for line in out.splitlines():
        s = line.strip()
        if s.startswith("jdk.ExecutionSample"):
            thread, frames, in_stack = None, [], False
        elif s.startswith("sampledThread"):
            m = re.match(r'sampledThread = "(.*)" \(', s)
            thread = m.group(1) if m else s
        elif s.startswith("stackTrace = ["):
            in_stack = True
        elif in_stack and s == "]":
            in_stack = False
        elif in_stack and s != "...":
            frames.append(re.sub(r"\s+line:.*$", "", s))
        elif s == "}" and frames:
            yield thread, frames


def method(frame):
    return re.sub(r"\(.*\)$", "", frame)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("jfr")
    p.add_argument("--thread", default=".*")
    p.add_argument("--focus")
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--depth", type=int, default=400)
    p.add_argument("--collapsed")
    a = p.parse_args()
    thread_re, focus_re = re.compile(a.thread), re.compile(a.focus) if a.focus else None
    self_t, total_t, pkg_t, folded = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    n = 0
    for thread, frames in samples(a.jfr, a.depth):
        if not thread_re.search(thread or ""):
            continue
        names = [method(f) for f in frames]
        if focus_re and not any(focus_re.search(x) for x in names):
            continue
        n += 1
        self_t[names[0]] += 1
        pkg_t[".".join(names[0].split(".")[:3])] += 1
        for x in set(names):
            total_t[x] += 1
        folded[";".join(reversed(names))] += 1
    if n == 0:
        sys.exit("no samples matched")
    print(f"samples: {n} (thread ~ /{a.thread}/" + (f", focus ~ /{a.focus}/" if a.focus else "") + ")")
    for title, counter in (("self", self_t), ("total (on stack)", total_t), ("self by package", pkg_t)):
        print(f"\n| {title} | samples | share |\n|---|---:|---:|")
        for name, c in counter.most_common(a.top):
            print(f"| `{name}` | {c} | {100.0 * c / n:.1f} % |")
    if a.collapsed:
        with open(a.collapsed, "w") as f:
            for stack, c in folded.most_common():
                f.write(f"{stack} {c}\n")


if __name__ == "__main__":
    main()
