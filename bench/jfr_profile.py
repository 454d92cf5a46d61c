#!/usr/bin/env python3
"""Where a Flight Recording's CPU samples went: by thread, by layer, and the hottest methods.

Reads the jdk.ExecutionSample events of a recording made under bench/bench.py (--jvm-opts
"... -XX:StartFlightRecording=filename=DIR/,settings=profile") and prints, for the samples of
the threads whose name matches --threads (default: Netty's event loops and the blocking pool,
where requests run):

  * samples per thread group (event loops, blocking pool, scheduled jobs, ...);
  * per layer: each sample counts once, for the first layer (from the top of the stack) its
    frames match, in the order of LAYERS below, so "JDBC" means time inside the driver whatever
    called it; JDK frames count for the layer that called them (crypto excepted);
  * the methods at the top of the stacks (self time), and the Conveyor methods on the stacks
    (total time).

--from/--to (UTC, HH:MM:SS as bench.py's log lines show them) keep the samples of one step, e.g. the
placement step from "placing orders" to "reads pick from".

Usage: python3 bench/jfr_profile.py RECORDING.jfr [--threads REGEX] [--top 25] [--from 16:05:40 --to 16:05:50]
"""
import argparse
import collections
import json
import re
import subprocess

# first match from the top of the stack wins
LAYERS = [
    ("JDBC driver and pool", r"^(org\.postgresql|com\.zaxxer\.hikari)\."),
    ("Redis client", r"^io\.lettuce\."),
    ("JSON", r"^(io\.micronaut\.serde|com\.fasterxml\.jackson|io\.micronaut\.json)\."),
    ("logging", r"^(ch\.qos\.logback|org\.slf4j)\."),
    ("JWT and crypto", r"^(com\.nimbusds|javax\.crypto|sun\.security|com\.sun\.crypto)\."),
    ("caches (Caffeine)", r"^com\.github\.benmanes\.caffeine\."),
    ("tracing and metrics", r"^(io\.opentelemetry|io\.micrometer)\."),
    ("Conveyor: persistence", r"^dev\.conveyor\.adapter\.persistence\."),
    ("Conveyor: cache", r"^dev\.conveyor\.adapter\.cache\."),
    ("Conveyor: security", r"^dev\.conveyor\.adapter\.rest\.security\."),
    ("Conveyor: REST filters", r"^dev\.conveyor\.adapter\.rest\.(support|web|filter|http)"),
    ("Conveyor: REST controllers", r"^dev\.conveyor\.adapter\.rest\."),
    ("Conveyor: application and domain", r"^dev\.conveyor\.(application|domain)\."),
    ("Conveyor: other", r"^dev\.conveyor\."),
    ("Micronaut security", r"^io\.micronaut\.security\."),
    ("Micronaut HTTP server", r"^io\.micronaut\.http\."),
    ("Micronaut other", r"^io\.micronaut\."),
    ("Reactor", r"^reactor\."),
    ("Netty", r"^io\.netty\."),
]
COMPILED = [(name, re.compile(pattern)) for name, pattern in LAYERS]


def frames(event):
    # hidden classes (lambdas) are named with dots, the others with slashes
    return [f"{frame['method']['type']['name'].replace('/', '.')}.{frame['method']['name']}"
            for frame in event["values"]["stackTrace"]["frames"]]


def thread_group(name):
    for group, pattern in (("Netty event loop", r"event-loop|[eE]ventLoopGroup"),
                           ("blocking pool", r"^(io-executor|blocking)"),
                           ("scheduled jobs", r"scheduled"),
                           ("JIT and GC", r"C[12] CompilerThread|GC Thread|VM Thread")):
        if re.search(pattern, name):
            return group
    return "other: " + re.sub(r"[-#]?\d+$", "", name)


def cpu_by_thread(args):
    printed = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ThreadCPULoad", args.recording],
                             check=True, capture_output=True, text=True).stdout
    loads = collections.Counter()
    for event in json.loads(printed)["recording"]["events"]:
        values = event["values"]
        if args.start <= values["startTime"][11:19] <= args.end:
            thread = values["eventThread"]
            name = thread.get("javaName") or thread.get("osName") or "?"
            loads[re.sub(r"[-#]?\d+$", "", name)] += values["user"] + values["system"]
    return loads


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("recording")
    parser.add_argument("--threads", default=r"event-loop|[eE]ventLoopGroup|io-executor|blocking",
                        help="the threads whose samples are split by layer")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--layer", action="append", default=[],
                        help="also list, for the samples of this layer, the frame that put them there, and the "
                             "Conveyor or Micronaut frame below it (repeatable)")
    parser.add_argument("--from", dest="start", default="00:00:00", help="first sample's UTC time, HH:MM:SS")
    parser.add_argument("--to", dest="end", default="99:99:99", help="last sample's UTC time, HH:MM:SS")
    args = parser.parse_args()
    printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample",
                              args.recording], check=True, capture_output=True, text=True).stdout
    events = json.loads(printed)["recording"]["events"]
    by_thread = collections.Counter()
    by_layer = collections.Counter()
    self_time = collections.Counter()
    ours = collections.Counter()
    in_layer = collections.defaultdict(collections.Counter)
    selected = 0
    threads = re.compile(args.threads)
    for event in events:
        # startTime is ISO 8601 in UTC ("2026-12-05T16:04:15.07Z"): its time of day compares as text
        if not args.start <= event["values"]["startTime"][11:19] <= args.end:
            continue
        thread = event["values"]["sampledThread"]
        name = thread.get("javaName") or thread.get("osName") or "?"
        by_thread[thread_group(name)] += 1
        if not threads.search(name):
            continue
        selected += 1
        stack = frames(event)
        if stack:
            self_time[stack[0]] += 1
        # a JDK frame (collections, strings, locks) counts for the layer that called it
        layer, at = next(((layer, i) for i, frame in enumerate(stack) for layer, pattern in COMPILED
                          if pattern.search(frame)), ("JDK only", 0))
        by_layer[layer] += 1
        if layer in args.layer:
            caller = next((frame for frame in stack[at + 1:] if not frame.startswith(stack[at].rsplit(".", 2)[0])
                           and re.match(r"dev\.conveyor\.|io\.micronaut\.", frame)), "?")
            in_layer[layer][f"{stack[at]}  <-  {caller}"] += 1
        for method in set(frame for frame in stack if frame.startswith("dev.conveyor.")):
            ours[method] += 1

    def table(title, counter, total, top=None):
        print(f"\n{title} ({total:,} samples)")
        for key, count in counter.most_common(top):
            print(f"  {100 * count / total:5.1f} %  {key}")

    table("samples by thread", by_thread, sum(by_thread.values()))
    cpu = cpu_by_thread(args)
    if cpu:
        # execution samples miss the JIT's compiler threads and undercount threads that rarely get a core;
        # jdk.ThreadCPULoad is each Java thread's measured CPU time (GC threads are not Java threads)
        print(f"\nCPU by thread name, jdk.ThreadCPULoad (shares of the Java threads' CPU)")
        total = sum(cpu.values())
        for name, load in cpu.most_common(args.top):
            print(f"  {100 * load / total:5.1f} %  {name}")
    if selected:
        table("request threads by layer (first match from the top of the stack)", by_layer, selected)
        table("request threads: hottest methods (self)", self_time, selected, args.top)
        table("request threads: Conveyor methods on the stack (total)", ours, selected, args.top)
        for layer in args.layer:
            table(f"request threads in {layer}: frame  <-  its caller", in_layer[layer], selected, args.top)


if __name__ == "__main__":
    main()
