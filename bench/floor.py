#!/usr/bin/env python3
"""Floors for an order read: what the HTTP exchange, the framework and the database each cost, in one run.

Starts the server on a fresh PostgreSQL database, places orders through the API for --warmup seconds,
waits for their delayed work (confirmations, e-mails), then measures with wrk at --clients, --seconds per
step, one after the other, each step after a warm-up that lasts until the server's CPU per request stops
falling (bench.warm_up: the JIT's work is not the server's):

  netty     bench/floor/NettyHttpFloor.java, a bare Netty server answering every request with an order's
            JSON as the server sent it: the HTTP exchange alone on this machine;
  healthz   GET /healthz on the server: Micronaut's routing, our filters, the security rules (anonymous) and
            a tiny JSON answer, no token and no database;
  cached    GET /api/orders/{id} as the order's owner, the in-process read cache on (CONVEYOR_CACHE=local):
            token, session marker, access rule and JSON, no database;
  uncached  the same read with CONVEYOR_CACHE=none (the server restarted on the same database);
  pgbench   the uncached read's one query (bench/pgbench-read-order.sql) on the same data,

with each step's rate, p99, and, for the JVM servers, the CPU the server's process used per answered
request (utime + stime from /proc). Every step runs after the one before, on the same 2 cores: only ratios
within one run mean something.

Usage: python3 bench/floor.py [--clients 32] [--seconds 10] [--warmup 10] [--jar JAR]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the shared server start-up, wrk and pgbench helpers)


def cpu_seconds(pid):
    """(utime, stime) of a process (its threads included), in seconds: user and kernel time."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) / os.sysconf("SC_CLK_TCK"), int(fields[12]) / os.sysconf("SC_CLK_TCK")


def measured(args, port, process, script, script_args):
    """wrk against a port once the process is warm (bench.warm_up); the rate, p99 and the process's CPU per
    request."""
    args = argparse.Namespace(**{**vars(args), "port": port})
    bench.warm_up(args, script, args.clients, script_args, process)
    command = bench.wrk_command(args, script, args.clients, script_args)
    pid = process.pid
    user_before, kernel_before = cpu_seconds(pid)
    result = bench.wrk_result(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    user_after, kernel_after = cpu_seconds(pid)
    user, kernel = user_after - user_before, kernel_after - kernel_before
    answered = result["rate"] * result["seconds"]
    result["cpu_us_per_request"] = 1e6 * (user + kernel) / answered if answered else None
    result["kernel_share"] = kernel / (user + kernel) if user + kernel else None
    result["cpu_cores"] = (user + kernel) / result["seconds"]
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=10,
                        help="seconds of placing, and the least warm-up before each step (then until steady)")
    parser.add_argument("--warmup-max", type=int, default=300, help="the longest warm-up before a step")
    parser.add_argument("--products", type=int, default=100)
    parser.add_argument("--customers", type=int, default=16)
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    parser.add_argument("--pool", type=int, default=32)
    parser.add_argument("--jvm-opts", default="-Xms512m -Xmx1g -XX:+UseParallelGC")
    parser.add_argument("--jar", default=bench.JAR)
    parser.add_argument("--database", default="conveyor_floor", help="dropped and created afresh")
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--out", default=os.path.join(bench.HERE, "results", "floor-" + time.strftime("%Y%m%d-%H%M%S")))
    args = parser.parse_args()
    args.port = args.port or bench.free_port()
    os.makedirs(args.out, exist_ok=True)
    if args.jar == bench.JAR and not os.path.exists(bench.JAR):
        bench.log("building the server jar")
        subprocess.run(["mvn", "-q", "-B", "-DskipTests", "package"], cwd=bench.ROOT, check=True)
    database = args.database
    bench.psql(args, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    bench.psql(args, f"CREATE DATABASE {database}")
    secret = "bench-secret-" + uuid.uuid4().hex
    work = tempfile.mkdtemp(prefix="conveyor-floor-")
    load = os.getloadavg()
    results = {}

    server = bench.start_server(args, database, secret, "local")
    try:
        bench.log(f"seeding {args.products} products and {args.customers} customers, placing for {args.warmup} s")
        products, _, tokens = bench.seed(args)
        tokens_file, products_file, pairs_file = (os.path.join(work, name) for name in ("tokens", "products", "pairs"))
        with open(tokens_file, "w") as f:
            f.write("\n".join(tokens) + "\n")
        with open(products_file, "w") as f:
            f.write("\n".join(products) + "\n")
        bench.wrk(args, "place-order.lua", 8, [tokens_file, products_file], seconds=args.warmup)
        bench.vacuum(args, database)
        api = bench.Api(args.port)
        bench.write_pairs(api, tokens, pairs_file)
        bench.settle(args, database)
        bench.vacuum(args, database)
        token, order = open(pairs_file).readline().split()
        body_file = os.path.join(work, "order.json")
        with open(body_file, "w") as f:
            json.dump(api.call("GET", f"/api/orders/{order}", token=token), f)
        bench.log("healthz")
        results["healthz"] = measured(args, args.port, server, "get-path.lua", ["/healthz"])
        bench.log("cached reads")
        results["cached"] = measured(args, args.port, server, "read-order.lua", [pairs_file])
    finally:
        bench.stop(server)
    server = bench.start_server(args, database, secret, "none")
    try:
        bench.log("uncached reads")
        results["uncached"] = measured(args, args.port, server, "read-order.lua", [pairs_file])
    finally:
        bench.stop(server)

    port = bench.free_port()
    floor = bench.start_baseline(args, "floor/NettyHttpFloor.java", port, [body_file], "netty-floor.log")
    try:
        bench.log("bare Netty")
        results["netty"] = measured(args, port, floor, "get-path.lua", ["/"])
    finally:
        bench.stop(floor)

    orders = bench.pgbench_tables(args, database)
    bench.log("pgbench")
    results["pgbench"] = bench.pgbench(args, "pgbench-read-order.sql", args.clients, database, {"orders": orders})

    pg = results["pgbench"]["rate"]
    print(f"\nOne order read and its floors, {args.clients} clients, {args.seconds} s per step, 2 cores, load average "
          f"{load[0]:.1f} at the start ({time.strftime('%Y-%m-%d %H:%M')})\n")
    print("| step | requests/s | p99 ms | server CPU µs per request | of it in the kernel | server cores used "
          "| ÷ pgbench's rate |")
    print("|---|---|---|---|---|---|---|")
    for name in ("netty", "healthz", "cached", "uncached", "pgbench"):
        r = results[name]
        cpu = f"{r['cpu_us_per_request']:.0f}" if r.get("cpu_us_per_request") else "—"
        cores = f"{r['cpu_cores']:.2f}" if "cpu_cores" in r else "—"
        kernel = f"{100 * r['kernel_share']:.0f} %" if r.get("kernel_share") is not None else "—"
        print(f"| {name} | {r['rate']:,.0f} | {r['p99_ms']:.1f} | {cpu} | {kernel} | {cores} "
              f"| {100 * r['rate'] / pg:.0f} % |")
    with open(os.path.join(args.out, "result.json"), "w") as f:
        json.dump({"results": results, "clients": args.clients, "seconds": args.seconds, "loadAverage": load}, f,
                  indent=2)


if __name__ == "__main__":
    main()
