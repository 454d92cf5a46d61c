#!/usr/bin/env python3
"""Back-office benchmark: the admin order list and the CSV export over a million orders.

Creates a fresh PostgreSQL database, lets the server migrate it, writes the orders with SQL
(bench/backoffice-seed.sql: generate_series, a few seconds per 100,000 orders), then, with the
server's heap capped (--jvm-opts, default -Xmx256m):

  * the admin list, page of 20, per filter scenario: --requests sequential requests on one
    keep-alive connection, each with other filter values (after a warm-up round); p50, p99, max;
  * GET /api/admin/orders/export of every order, read as it streams: time, rows, bytes, and
    the server's resident memory before and after.

Usage: bench/backoffice.sh [--orders 1000000] [--requests 200] [--keep-database] [--only TEXT] [--jar JAR]
"""
import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the shared server start-up and psql helpers)

HERE = bench.HERE


def login(args):
    api = bench.Api(args.port)
    return api.call("POST", "/api/auth/login", {"email": bench.ADMIN_EMAIL, "password": bench.ADMIN_PASSWORD})[
        "accessToken"]


def query_one(args, database, sql):
    return subprocess.run(["psql", "-tA", "-h", args.pg_host, "-p", str(args.pg_port), "-U", args.pg_user,
                           "-d", database, "-c", sql], check=True, capture_output=True, text=True).stdout.strip()


def scenarios(args, database):
    sellers = query_one(args, database, "SELECT string_agg(id::text, ',') FROM users WHERE role = 'SELLER'"
                        " AND email LIKE 'seller-%'").split(",")
    day = 86400
    return {
        "no filter, newest first": lambda r: {},
        "status": lambda r: {"status": r.choice(["CONFIRMED", "PROCESSING", "COMPLETED", "CANCELLED"])},
        "payment + fulfilment status": lambda r: {"paymentStatus": r.choice(["UNPAID", "PARTIALLY_PAID"]),
                                                  "fulfilmentStatus": r.choice(["UNFULFILLED", "SHIPPED"])},
        "placed in a given week": lambda r: week(r, day),
        "seller": lambda r: {"sellerId": r.choice(sellers)},
        "seller + status, by total": lambda r: {"sellerId": r.choice(sellers), "status": "PROCESSING",
                                                "sort": "total,desc"},
        "q = customer email": lambda r: {"q": f"customer-{r.randrange(1000):04d}@"},
        "q = whole email": lambda r: {"q": f"customer-{r.randrange(1000):04d}@bench.conveyor"},
        "q = email prefix (10 customers)": lambda r: {"q": f"customer-{r.randrange(100):03d}"},
        "q = name words (16 customers)": lambda r: {"q": f"{r.choice(FIRST)[:3]} {r.choice(LAST)[:4]}"},
        "q = order number": lambda r: {"q": f"ORD-2026-{r.randrange(1, args.orders + 1):07d}"},
        "q = order number prefix (100)": lambda r: {"q": f"ORD-2026-{r.randrange(1, args.orders // 100):05d}"},
        "q = sku": lambda r: {"q": f"sku-{r.randrange(2000):05d}"},
        "q = sku + status": lambda r: {"q": f"sku-{r.randrange(2000):05d}", "status": "CONFIRMED"},
        "q = fragment (anywhere)": lambda r: {"q": f"tomer-{r.randrange(1000):04d}"},
        "status, page 50": lambda r: {"status": "PROCESSING", "page": "50"},
        "no filter, page 500": lambda r: {"page": "500"},
        **{f"{label}, sort={sort}": (lambda sort, filters: lambda r: dict(filters(r), sort=sort))(sort, filters)
           for sort in SORTS
           for label, filters in (("no filter", lambda r: {}),
                                  ("status", lambda r: {"status": r.choice(["CONFIRMED", "COMPLETED"])}),
                                  ("seller", lambda r: {"sellerId": r.choice(sellers)}))},
    }


# the seed's customer names: "Customer <first> <last>"
FIRST = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Niklaus", "Frances"]
LAST = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Wirth", "Allen"]
# every sort the list offers, beside the default createdAt,desc
SORTS = ["createdAt,asc", "number,desc", "total,desc", "status,asc", "customerEmail,asc"]


def week(r, day):
    start = time.time() - r.randrange(7, 360) * day
    return {"from": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start)),
            "to": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start + 7 * day))}


def measure_list(args, token, name, parameters):
    connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
    headers = {"Authorization": "Bearer " + token}
    r = random.Random(42)
    latencies = []
    totals = []
    for i in range(args.warmup_requests + args.requests):
        query = dict(parameters(r), size="20")
        started = time.perf_counter()
        connection.request("GET", "/api/admin/orders?" + urllib.parse.urlencode(query), headers=headers)
        response = connection.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != 200:
            raise RuntimeError(f"{name}: {response.status} {body[:300]!r}")
        if i >= args.warmup_requests:
            latencies.append(elapsed)
            totals.append(json.loads(body)["total"])
    latencies.sort()
    return {"scenario": name, "p50": statistics.median(latencies),
            "p99": latencies[max(0, int(len(latencies) * 0.99) - 1)], "max": latencies[-1],
            "median total": int(statistics.median(totals)), "load": os.getloadavg()[0]}


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def measure_export(args, token, pid):
    connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=600)
    before = rss_mb(pid)
    started = time.perf_counter()
    connection.request("GET", "/api/admin/orders/export", headers={"Authorization": "Bearer " + token})
    response = connection.getresponse()
    if response.status != 200:
        raise RuntimeError(f"export: {response.status} {response.read()[:300]!r}")
    size, lines, first_byte, peak = 0, 0, None, before
    while True:
        chunk = response.read(1 << 20)
        if not chunk:
            break
        if first_byte is None:
            first_byte = time.perf_counter() - started
        size += len(chunk)
        lines += chunk.count(b"\r\n")
        peak = max(peak, rss_mb(pid))
    elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "first byte s": first_byte, "rows": lines - 1, "MB": size / 1e6,
            "rss before MB": before, "rss peak MB": peak}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200, help="measured list requests per scenario")
    parser.add_argument("--only", help="run the scenarios whose name holds this text, and no export")
    parser.add_argument("--warmup-requests", type=int, default=50)
    parser.add_argument("--port", type=int, default=0, help="server port; 0 picks a free one")
    parser.add_argument("--pool", type=int, default=10)
    parser.add_argument("--start-timeout", type=int, default=900,
                        help="seconds the server may take to start: migrating a seeded database takes minutes")
    parser.add_argument("--jar", default=bench.JAR, help="the server to measure (e.g. a copy of an earlier build)")
    parser.add_argument("--jvm-opts", default="-Xmx256m -XX:+UseParallelGC")
    parser.add_argument("--database", default="conveyor_bench_backoffice", help="dropped and created afresh")
    parser.add_argument("--keep-database", action="store_true", help="reuse the database if it is seeded")
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--out", default=os.path.join(HERE, "results", "backoffice-" + time.strftime("%Y%m%d-%H%M%S")))
    args = parser.parse_args()
    if args.port == 0:
        # a fixed port may be taken by another benchmark's server, whose clients would then load this one
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            args.port = probe.getsockname()[1]
    os.makedirs(args.out, exist_ok=True)
    if args.jar == bench.JAR and not os.path.exists(bench.JAR):
        bench.log("building the server jar")
        subprocess.run(["mvn", "-q", "-B", "-DskipTests", "package"], cwd=bench.ROOT, check=True)

    database = args.database
    seeded = False
    if args.keep_database:
        exists = query_one(args, "postgres", f"SELECT 1 FROM pg_database WHERE datname = '{database}'")
        # a database left by a run that stopped before the server migrated it has no orders table
        seeded = (exists == "1" and query_one(args, database, "SELECT to_regclass('orders') IS NOT NULL") == "t"
                  and int(query_one(args, database, "SELECT count(*) FROM orders")) >= args.orders)
    if not seeded:
        bench.psql(args, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        bench.psql(args, f"CREATE DATABASE {database}")
    secret = "bench-secret-" + uuid.uuid4().hex
    server = bench.start_server(args, database, secret, "local")
    try:
        if not seeded:
            bench.log(f"seeding {args.orders:,} orders with SQL")
            started = time.time()
            subprocess.run(["psql", "-q", "-h", args.pg_host, "-p", str(args.pg_port), "-U", args.pg_user,
                            "-d", database, "-v", f"orders={args.orders}", "-f",
                            os.path.join(HERE, "backoffice-seed.sql")], check=True, stdout=subprocess.DEVNULL)
            bench.log(f"seeded in {time.time() - started:.0f} s")
        token = login(args)
        results = []
        for name, parameters in scenarios(args, database).items():
            if args.only and args.only not in name:
                continue
            result = measure_list(args, token, name, parameters)
            bench.log(f"{name}: p50 {result['p50']:.1f} ms, p99 {result['p99']:.1f} ms")
            results.append(result)
        export = None if args.only else measure_export(args, token, server.pid)
        if export:
            bench.log(f"export: {export['rows']:,} rows in {export['seconds']:.1f} s")
    finally:
        bench.stop(server)

    print(f"\nAdmin list, page of 20, {args.orders:,} orders, {args.requests} requests per scenario, "
          f"server {args.jvm_opts}; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}:\n")
    print("| scenario | p50 ms | p99 ms | max ms | median total | load average |")
    print("|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['scenario']} | {r['p50']:.1f} | {r['p99']:.1f} | {r['max']:.1f} | {r['median total']:,} | {r['load']:.1f} |")
    with open(os.path.join(args.out, "results.json"), "w") as out:
        json.dump({"list": results, "export": export, "orders": args.orders, "jvm": args.jvm_opts,
                   "load average": os.getloadavg()}, out, indent=2)
    if not export:
        return
    print(f"\nCSV export of every order: {export['rows']:,} rows, {export['MB']:.0f} MB in "
          f"{export['seconds']:.1f} s (first byte after {export['first byte s']:.2f} s), "
          f"{export['rows'] / export['seconds']:,.0f} rows/s; server RSS {export['rss before MB']:.0f} MB "
          f"before, {export['rss peak MB']:.0f} MB at most")


if __name__ == "__main__":
    main()
