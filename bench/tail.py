#!/usr/bin/env python3
"""Where the p99 of the uncached order read (or of placement) comes from: the server's latency distribution
beside pgbench's for the same work, with what the server was doing meanwhile.

Starts one server (GC and safepoint log on, read cache off for reads), seeds and places like pair.py, warms up
until the compiler is quiet (bench.warm_up), then for each --clients runs the server step and pgbench's same work
in turns (--repeat times) and prints, per run:
  - wrk's p50/p90/p99/p99.9/max and pgbench's (from its per-transaction log);
  - the GC pauses and safepoints inside the run's window (count, total, longest, how many longer than the p99);
  - Hikari: mean wait for a connection (hikaricp_connections_acquire_seconds sum/count over the run), the largest
    pending count and active count seen (sampled every --sample seconds from /prometheus);
  - the server's own mean request time (http_server_requests sum/count) against wrk's mean;
  - PostgreSQL backends of the database by state (largest sampled active count);
  - the server's threads by name (pool) with their CPU share over the run (/proc/PID/task/*/stat).

Usage: python3 bench/tail.py [--step uncached|placement] [--clients 8,32] [--repeat 2] [--seconds 20]
       [--jvm-opts ...] [--java /path/bin/java] [--env KEY=VALUE ...] [--database conveyor_tail] [--port 18112]
"""
import argparse
import collections
import datetime
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402

METRIC = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})?\s+([-+0-9.eEnaNInf]+)$')


def prometheus(port, token):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/prometheus", headers={"Authorization": "Bearer " + token})
    values = collections.defaultdict(float)
    with urllib.request.urlopen(request, timeout=10) as response:
        for line in response.read().decode().splitlines():
            m = METRIC.match(line)
            if m:
                labels = m.group(2) or ""
                name = m.group(1)
                # the read path's routes only: the sampling itself must not count
                if name.startswith("http_server_requests") and "/prometheus" in labels:
                    continue
                if name.startswith("executor") and 'name="' in labels:
                    name += "{" + re.search(r'name="([^"]*)"', labels).group(1) + "}"
                try:
                    values[name] += float(m.group(3))
                except ValueError:
                    pass
    return values


def threads(pid):
    """CPU seconds so far by thread group (the name without its number)."""
    groups = collections.defaultdict(lambda: [0, 0.0])
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/stat") as f:
                raw = f.read()
        except OSError:
            continue
        name = raw[raw.index("(") + 1:raw.rindex(")")]
        fields = raw.rsplit(")", 1)[1].split()
        group = re.sub(r"[-#]?\d+$", "", name) or name
        groups[group][0] += 1
        groups[group][1] += (int(fields[11]) + int(fields[12])) / bench.CLOCK_TICKS
    return groups


class Sampler(threading.Thread):
    def __init__(self, args, port, token, database):
        super().__init__(daemon=True)
        self.args, self.port, self.token, self.database = args, port, token, database
        self.samples, self.stopping = [], threading.Event()

    def run(self):
        while not self.stopping.wait(self.args.sample):
            try:
                p = prometheus(self.port, self.token)
                # a backend waiting for a row lock shows as active with wait_event_type Lock
                states = bench.query(self.args, "postgres",
                                     "SELECT CASE WHEN wait_event_type = 'Lock' THEN 'lock' ELSE state END, count(*) "
                                     f"FROM pg_stat_activity WHERE datname = '{self.database}' GROUP BY 1")
                pg = {row.split("|")[0]: int(row.split("|")[1]) for row in states.splitlines() if "|" in row}
                self.samples.append({"pending": p["hikaricp_connections_pending"],
                                     "active": p["hikaricp_connections_active"],
                                     "threads": p["jvm_threads_live_threads"],
                                     "pg_active": pg.get("active", 0) + pg.get("lock", 0), "pg_lock": pg.get("lock", 0),
                                     "pg_total": sum(pg.values())})
            except Exception as e:  # a slow scrape under load is a sample lost, not a run lost
                self.samples.append({"error": str(e)})


def gc_events(path, start, end):
    """(kind, ms) of the GC pauses and safepoints logged between start and end (epoch seconds)."""
    events = []
    if not os.path.exists(path):
        return events
    for line in open(path):
        m = re.match(r"\[(\d{4}-\d\d-\d\dT[\d:.]+)([+-]\d{4})\]", line)
        if not m:
            continue
        at = datetime.datetime.strptime(m.group(1) + m.group(2), "%Y-%m-%dT%H:%M:%S.%f%z").timestamp()
        if not start <= at <= end:
            continue
        pause = re.search(r"Pause .* ([\d.]+)ms$", line.strip())
        if pause:
            events.append(("gc", float(pause.group(1))))
        safepoint = re.search(r"Total: (\d+) ns", line)
        if safepoint:
            events.append(("safepoint", int(safepoint.group(1)) / 1e6))
    return events


def pgbench_run(args, script, clients, database, variables):
    logs = tempfile.mkdtemp(prefix="conveyor-tail-")
    output = subprocess.run(bench.pgbench_command(args, script, clients, database, variables, logs), check=True,
                            capture_output=True, text=True).stdout
    latencies = sorted(int(line.split()[2]) / 1000 for name in os.listdir(logs)
                       for line in open(os.path.join(logs, name)) if line.strip())
    shutil.rmtree(logs)
    pick = lambda q: latencies[min(len(latencies) - 1, int(len(latencies) * q))]  # noqa: E731
    return {"rate": float(re.search(r"tps = ([0-9.]+)", output).group(1)), "p50_ms": pick(0.5),
            "p90_ms": pick(0.9), "p99_ms": pick(0.99), "p999_ms": pick(0.999), "max_ms": latencies[-1],
            "mean_ms": statistics.mean(latencies)}


def server_run(args, server, script, script_args, clients, token, database, gc_log):
    before_metrics, before_threads = prometheus(args.port, token), threads(server.pid)
    sampler = Sampler(args, args.port, token, database)
    sampler.start()
    start = time.time()
    result = bench.wrk(args, script, clients, script_args, server=server)
    end = time.time()
    sampler.stopping.set()
    sampler.join()
    after_metrics, after_threads = prometheus(args.port, token), threads(server.pid)
    delta = {k: after_metrics[k] - before_metrics.get(k, 0) for k in after_metrics}
    ok = [s for s in sampler.samples if "error" not in s]
    events = gc_events(gc_log, start, end)
    gcs = [ms for kind, ms in events if kind == "gc"]
    sps = [ms for kind, ms in events if kind == "safepoint"]
    cpu = {g: after_threads[g][1] - before_threads.get(g, [0, 0.0])[1] for g in after_threads}
    total_cpu = sum(cpu.values()) or 1
    answered = result["rate"] * result["seconds"]
    return {
        **{k: result.get(k) for k in ("rate", "p50_ms", "p90_ms", "p99_ms", "p999_ms", "max_ms", "errors")},
        "cpu_us": result["server_cpu_us"],
        "wrk_mean_ms_est": clients / result["rate"] * 1000 if result["rate"] else None,
        "server_mean_ms": 1000 * delta.get("http_server_requests_seconds_sum", 0)
                          / max(1, delta.get("http_server_requests_seconds_count", 0)),
        "server_max_ms": 1000 * after_metrics.get("http_server_requests_seconds_max", 0),
        "hikari_wait_mean_ms": 1000 * delta.get("hikaricp_connections_acquire_seconds_sum", 0)
                               / max(1, delta.get("hikaricp_connections_acquire_seconds_count", 0)),
        "hikari_usage_mean_ms": 1000 * delta.get("hikaricp_connections_usage_seconds_sum", 0)
                                / max(1, delta.get("hikaricp_connections_usage_seconds_count", 0)),
        "hikari_acquires_per_request": delta.get("hikaricp_connections_acquire_seconds_count", 0) / max(1, answered),
        "hikari_pending_max": max((s["pending"] for s in ok), default=None),
        "hikari_pending_mean": statistics.mean(s["pending"] for s in ok) if ok else None,
        "hikari_active_max": max((s["active"] for s in ok), default=None),
        "hikari_active_mean": statistics.mean(s["active"] for s in ok) if ok else None,
        "pg_active_max": max((s["pg_active"] for s in ok), default=None),
        "pg_active_mean": statistics.mean(s["pg_active"] for s in ok) if ok else None,
        "pg_lock_waiting_mean": statistics.mean(s["pg_lock"] for s in ok) if ok else None,
        "pg_lock_waiting_max": max((s["pg_lock"] for s in ok), default=None),
        "pg_backends": max((s["pg_total"] for s in ok), default=None),
        "jvm_threads_max": max((s["threads"] for s in ok), default=None),
        "gc_pauses": len(gcs), "gc_total_ms": sum(gcs), "gc_max_ms": max(gcs, default=0),
        "gc_over_p99": sum(1 for ms in gcs if ms > result["p99_ms"]),
        "safepoints": len(sps), "safepoint_total_ms": round(sum(sps), 1), "safepoint_max_ms": max(sps, default=0),
        "executors": {k: v for k, v in after_metrics.items() if k.startswith("executor")},
        "thread_cpu_share": {g: [after_threads[g][0], round(100 * c / total_cpu, 1)]
                             for g, c in sorted(cpu.items(), key=lambda kv: -kv[1]) if c > 0.005 * total_cpu},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--step", default="uncached", choices=("uncached", "placement"))
    parser.add_argument("--clients", default="8,32")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--sample", type=float, default=1.0, help="seconds between /prometheus and backend samples")
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--warmup-max", type=int, default=150)
    parser.add_argument("--products", type=int, default=20)
    parser.add_argument("--customers", type=int, default=16)
    parser.add_argument("--port", type=int, default=18112)
    parser.add_argument("--pool", type=int, help="the servers' JDBC pool size (default: application.yml's)")
    parser.add_argument("--jvm-opts", default="-Xms512m -Xmx1g -XX:+UseParallelGC")
    parser.add_argument("--java")
    parser.add_argument("--env", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--database", default="conveyor_tail")
    parser.add_argument("--jar", default=bench.JAR)
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--out", default=os.path.join(bench.HERE, "results", "tail-" + time.strftime("%Y%m%d-%H%M%S")))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    gc_log = os.path.join(args.out, "gc.log")
    server_args = argparse.Namespace(**{**vars(args), "jvm_opts": args.jvm_opts
                                        + f" -Xlog:gc,safepoint:file={gc_log}:utctime"})
    bench.psql(args, f"DROP DATABASE IF EXISTS {args.database} WITH (FORCE)")
    bench.psql(args, f"CREATE DATABASE {args.database}")
    secret = "bench-secret-" + uuid.uuid4().hex
    work = tempfile.mkdtemp(prefix="conveyor-tail-")
    settings = {"CONVEYOR_SECURITY_ACCESS_TOKEN_LIFETIME": "4h", **dict(e.split("=", 1) for e in args.env)}
    server = bench.start_server(server_args, args.database, secret, "none", settings=settings, name="tail")
    results = []
    try:
        token = bench.Api(args.port).call("POST", "/api/auth/login", {"email": bench.ADMIN_EMAIL,
                                                                       "password": bench.ADMIN_PASSWORD})["accessToken"]
        products, customers, tokens = bench.seed(args)
        files = {name: os.path.join(work, name) for name in ("tokens", "products", "pairs")}
        with open(files["tokens"], "w") as f:
            f.write("\n".join(tokens) + "\n")
        with open(files["products"], "w") as f:
            f.write("\n".join(products) + "\n")
        bench.wrk(args, "place-order.lua", 8, [files["tokens"], files["products"]], seconds=args.warmup)
        bench.write_pairs(bench.Api(args.port), tokens, files["pairs"])
        bench.settle(args, args.database)
        orders = bench.pgbench_tables(args, args.database)
        if args.step == "uncached":
            script, script_args = "read-order.lua", [files["pairs"]]
            pg_script, variables = "pgbench-read-order.sql", {"orders": orders}
        else:
            script, script_args = "place-order.lua", [files["tokens"], files["products"]]
            pg_script, variables = "pgbench-place-order.sql", {"products": len(products), "customers": len(customers)}
        load, started = os.getloadavg(), time.strftime("%Y-%m-%d %H:%M", time.gmtime())
        for clients in [int(c) for c in args.clients.split(",")]:
            bench.warm_up(server_args, script, clients, script_args, server)
            for n in range(args.repeat):
                for who in (("server", "pgbench") if n % 2 == 0 else ("pgbench", "server")):
                    bench.log(f"{who} {args.step}, {clients} clients, run {n}")
                    row = (server_run(args, server, script, script_args, clients, token, args.database, gc_log)
                           if who == "server" else pgbench_run(args, pg_script, clients, args.database, variables))
                    row = {"who": who, "clients": clients, "run": n, "load": os.getloadavg()[0], **row}
                    results.append(row)
                    print(json.dumps(row), flush=True)
    finally:
        bench.stop(server)
    print(f"\n{args.step}, {args.seconds} s runs, load average {load[0]:.1f} at the start ({started}–"
          f"{time.strftime('%H:%M', time.gmtime())} UTC), {args.jvm_opts} {args.env}\n")
    print("| clients | who | run | rate/s | p50 | p90 | p99 | p99.9 | max ms | CPU µs/req | GC pauses (max ms, > p99) "
          "| Hikari wait mean ms (pending max) | PG active mean/max (waiting for a lock) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        if r["who"] == "server":
            extra = (f"{r['cpu_us']:.0f} | {r['gc_pauses']} ({r['gc_max_ms']:.1f}, {r['gc_over_p99']}) | "
                     f"{r['hikari_wait_mean_ms']:.2f} ({r['hikari_pending_max']}) | "
                     f"{r['pg_active_mean']:.1f}/{r['pg_active_max']} ({r['pg_lock_waiting_mean']:.1f})")
        else:
            extra = " | | | "
        ms = lambda key: "" if r.get(key) is None else f"{r[key]:.2f}"  # noqa: E731  (place-order.lua: no p90)
        print(f"| {r['clients']} | {r['who']} | {r['run']} | {r['rate']:,.0f} | {ms('p50_ms')} | {ms('p90_ms')} "
              f"| {ms('p99_ms')} | {ms('p999_ms')} | {r['max_ms']:.1f} | {extra} |")
    with open(os.path.join(args.out, "tail.json"), "w") as f:
        json.dump({"results": results, "loadAverage": load, "jvmOpts": args.jvm_opts, "env": args.env}, f, indent=2)
    bench.log(f"raw results in {args.out}")


if __name__ == "__main__":
    main()
