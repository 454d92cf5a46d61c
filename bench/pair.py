#!/usr/bin/env python3
"""Two builds side by side: the server's CPU per request of each, measured in turns on the same machine state.

On a shared 2-core machine the CPU a request costs moves with the load around it (the rate, how many requests
each wake-up of the event loop finds): two runs of one jar a few minutes apart differed by a third
(docs/performance.md, "The request pipeline"). This starts both jars at once on one fresh database (ports --port
and --port + 1, in-process read cache), places orders for --warmup seconds, warms each server up on each step
(bench.warm_up: until its compiler is quiet), then runs the step --turns times on each, alternating which goes
first, --seconds each, and prints every turn and the medians: rate, p99, the server's CPU µs per request (utime +
stime from /proc), of it in the kernel, and the thread switches per request (voluntary and involuntary context
switches of all the server's threads, /proc/PID/task/*/status): a hand-off between threads shows there. A thread
that ends during a turn (an idle pool thread retiring) takes its count along, so a step that switches little can
show a small negative figure.

Steps: healthz (GET /healthz, anonymous), cached (GET /api/orders/{id} as the owner, from the read cache),
uncached (the same read with the read cache off on both servers: CONVEYOR_CACHE=none, so it cannot share a run
with cached) and placement (POST /api/orders, 3 lines, a fresh Idempotency-Key, place-order.lua as bench.py runs it; the
seeded products hold 100,000,000 each, so no turn runs out of stock). A placement's CPU includes the work it causes
while the turn runs (the relay, the consumers' mails and webhooks), as in bench.py: both servers work on the one
database, and a durable consumer's batch runs on whichever server claims it first, so a placement turn counts the
CPU of BOTH servers per order placed, and starts only once every consumer has caught up with the last event
(bench.settle_consumers), and after the warm-up placements and again after they settle the database is vacuumed
and analyzed (bench.vacuum): this machine's PostgreSQL runs without autovacuum, and before V46 the seeding side's
connections kept a trigger plan made on the empty orders table and collapsed turn after turn whatever its build or
settings (an A/A run placed 11 times as many orders on one side: docs/performance.md, "The first server's
placements").
The read cache is the in-process one, or with --cache redis a private redis-server (bench.start_redis) that both
servers use, each under its own key prefix, so that neither reads what the other filled.

Each side may get its own JVM options, java binary and environment (--before-jvm-opts, --after-java,
--after-env KEY=VALUE, ...): one jar against itself then compares runtime settings (pool size, executor, GC,
JDK) the same way as two builds.

Usage: python3 bench/pair.py --before A.jar --after B.jar [--steps cached,healthz] [--turns 6]
       [--cache local|redis] [--database conveyor_pair] [--port 18111]
       [--after-jvm-opts "-Xms512m -Xmx1g -XX:+UseSerialGC"] [--after-java /usr/lib/jvm/x/bin/java]
       [--after-env DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE=8 --after-env ...]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the shared server start-up, seeding and wrk helpers)

STEPS = {"healthz": ("get-path.lua", lambda files: ["/healthz"]),
         "cached": ("read-order.lua", lambda files: [files["pairs"]]),
         "uncached": ("read-order.lua", lambda files: [files["pairs"]]),
         "placement": ("place-order.lua", lambda files: [files["tokens"], files["products"]])}


def switches(pid):
    """Context switches so far of all the process's threads (those that ended since are not counted)."""
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/status") as f:
                total += sum(int(line.split()[1]) for line in f if "ctxt_switches" in line)
        except OSError:
            pass  # the thread ended meanwhile
    return total


def kernel_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        return int(f.read().rsplit(")", 1)[1].split()[12]) / bench.CLOCK_TICKS


def turn(args, server, script, script_args, other=None):
    """One measurement on `server`; with `other` (placement), the CPU per request is both servers' together."""
    switched, kernel = switches(server.pid), kernel_seconds(server.pid)
    other_cpu = bench.cpu_seconds(other) if other is not None else None
    result = bench.wrk(args, script, args.clients, script_args, server=server)
    answered = result["rate"] * result["seconds"]
    cpu_us = result["server_cpu_us"]
    if other is not None and cpu_us is not None:
        cpu_us += 1e6 * (bench.cpu_seconds(other) - other_cpu) / answered
    return {"rate": result["rate"], "p99_ms": result["p99_ms"], "cpu_us": cpu_us,
            "kernel_us": 1e6 * (kernel_seconds(server.pid) - kernel) / answered,
            "switches": (switches(server.pid) - switched) / answered, "errors": result["errors"]}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", required=True)
    parser.add_argument("--after", required=True)
    parser.add_argument("--steps", default="cached,healthz")
    parser.add_argument("--turns", type=int, default=6)
    parser.add_argument("--cache", default="local", choices=("local", "redis"), help="the servers' read cache")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=30, help="seconds of placing, and the least warm-up per step")
    parser.add_argument("--warmup-max", type=int, default=120)
    parser.add_argument("--products", type=int, default=20)
    parser.add_argument("--customers", type=int, default=16)
    parser.add_argument("--port", type=int, default=18111, help="the before server's; the after server's is +1")
    parser.add_argument("--pool", type=int, help="the servers' JDBC pool size (default: application.yml's)")
    parser.add_argument("--seed-through", default="before", choices=("before", "after"),
                        help="the server that seeds and places the warm-up orders (the before server starts first "
                             "and migrates the database either way)")
    parser.add_argument("--jvm-opts", default="-Xms512m -Xmx1g -XX:+UseParallelGC")
    for side in ("before", "after"):
        parser.add_argument(f"--{side}-jvm-opts", help="this side's JVM options (default: --jvm-opts)")
        parser.add_argument(f"--{side}-java", help="this side's java binary (default: $JAVA_HOME's, else java)")
        parser.add_argument(f"--{side}-env", action="append", default=[], metavar="KEY=VALUE",
                            help="more environment for this side's server (repeatable), e.g. "
                                 "DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE=8")
    parser.add_argument("--database", default="conveyor_pair", help="dropped and created afresh")
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--out", default=os.path.join(bench.HERE, "results", "pair-" + time.strftime("%Y%m%d-%H%M%S")))
    args = parser.parse_args()
    steps = args.steps.split(",")
    if "cached" in steps and "uncached" in steps:
        sys.exit("cached and uncached need the read cache on and off: run them separately")
    os.makedirs(args.out, exist_ok=True)
    bench.psql(args, f"DROP DATABASE IF EXISTS {args.database} WITH (FORCE)")
    bench.psql(args, f"CREATE DATABASE {args.database}")
    secret = "bench-secret-" + uuid.uuid4().hex
    work = tempfile.mkdtemp(prefix="conveyor-pair-")
    builds = []
    redis, redis_uri = bench.start_redis() if args.cache == "redis" else (None, None)
    try:
        for offset, (label, jar) in enumerate((("before", args.before), ("after", args.after))):
            own = argparse.Namespace(**{**vars(args), "jar": jar, "port": args.port + offset,
                                        "jvm_opts": getattr(args, f"{label}_jvm_opts") or args.jvm_opts,
                                        "java": getattr(args, f"{label}_java")})
            # the tokens seeded once must outlive both servers' warm-ups and all the turns
            settings = {"CONVEYOR_SECURITY_ACCESS_TOKEN_LIFETIME": "4h", "CONVEYOR_REDIS_KEY_PREFIX": f"pair-{label}:",
                        **dict(pair.split("=", 1) for pair in getattr(args, f"{label}_env"))}
            bench.log(f"{label}: {own.java or 'java'} {own.jvm_opts} {jar} {settings}")
            # the first start migrates the database: the second waits for it
            builds.append((label, own, bench.start_server(own, args.database, secret,
                                                          "none" if "uncached" in steps else args.cache, redis_uri,
                                                          name=label, settings=settings)))
        args.port = next(own.port for label, own, _ in builds if label == args.seed_through)
        bench.log(f"seeding, placing for {args.warmup} s")
        products, _, tokens = bench.seed(args)
        tokens_file, products_file, pairs = (os.path.join(work, name) for name in ("tokens", "products", "pairs"))
        with open(tokens_file, "w") as f:
            f.write("\n".join(tokens) + "\n")
        with open(products_file, "w") as f:
            f.write("\n".join(products) + "\n")
        bench.wrk(args, "place-order.lua", 8, [tokens_file, products_file], seconds=args.warmup)
        bench.vacuum(args, args.database)
        bench.write_pairs(bench.Api(args.port), tokens, pairs)
        files = {"tokens": tokens_file, "products": products_file, "pairs": pairs}
        bench.settle(args, args.database)
        bench.vacuum(args, args.database)
        load, started = os.getloadavg(), time.strftime("%Y-%m-%d %H:%M", time.gmtime())
        turns = []
        for step in steps:
            script, script_args = STEPS[step][0], STEPS[step][1](files)
            for label, own, server in builds:
                bench.log(f"{step}: warming {label} up")
                bench.warm_up(own, script, args.clients, script_args, server)
            for n in range(args.turns):
                for label, own, server in (builds if n % 2 == 0 else builds[::-1]):
                    other = None
                    if step == "placement":
                        bench.settle_consumers(args, args.database)
                        other = next(s for lb, _, s in builds if lb != label)
                    row = {"step": step, "turn": n, "build": label, "utc": time.strftime("%H:%M:%S", time.gmtime()),
                           **turn(own, server, script, script_args, other), "load": os.getloadavg()[0]}
                    turns.append(row)
                    print(json.dumps(row), flush=True)
    finally:
        for _, _, server in builds:
            bench.stop(server)
        if redis:
            bench.stop(redis)
    print(f"\nMedians of {args.turns} turns of {args.seconds} s, {args.clients} clients, {args.cache} cache, load average "
          f"{load[0]:.1f} at the start ({started}–{time.strftime('%H:%M', time.gmtime())} UTC)\n")
    print("| step | build | requests/s | p99 ms | server CPU µs per request | of it kernel µs | switches per request |")
    print("|---|---|---|---|---|---|---|")
    for step in steps:
        for label, _, _ in builds:
            rows = [r for r in turns if r["step"] == step and r["build"] == label]
            med = {key: statistics.median(r[key] for r in rows)
                   for key in ("rate", "p99_ms", "cpu_us", "kernel_us", "switches")}
            print(f"| {step} | {label} | {med['rate']:,.0f} | {med['p99_ms']:.1f} | {med['cpu_us']:.1f} "
                  f"| {med['kernel_us']:.1f} | {med['switches']:.2f} |")
    with open(os.path.join(args.out, "turns.json"), "w") as f:
        json.dump({"turns": turns, "cache": args.cache, "loadAverage": load, "before": args.before, "after": args.after,
                   "sides": {label: {"jvmOpts": own.jvm_opts, "java": own.java, "env": getattr(args, f"{label}_env")}
                             for label, own, _ in builds}}, f, indent=2)


if __name__ == "__main__":
    main()
