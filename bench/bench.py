#!/usr/bin/env python3
"""Order placement and order read benchmark, compared with PostgreSQL's own rate.

Starts the server on a fresh PostgreSQL database, seeds products and customers
through the API, drives POST /api/orders (3 lines, JWT, Idempotency-Key) and
GET /api/orders/{id} with wrk at several concurrencies for a bounded time, then
runs pgbench with the equivalent SQL on the same database, and prints rates,
latencies and the ratio to pgbench. The reads run once per read cache
(--read-caches, default none,local,redis: the server restarts on the same
database with CONVEYOR_CACHE set accordingly; redis is a private redis-server
this script starts), so cached and uncached reads are compared in the same run.
Everything runs on loopback in one run, so the ratios are comparable even on a
noisy machine.
"""
import argparse
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
JAR = os.path.join(ROOT, "bootstrap", "target", "conveyor-bootstrap-0.1.0-SNAPSHOT.jar")
ADMIN_EMAIL = "bench-admin@conveyor.local"
ADMIN_PASSWORD = "bench-admin-password"
PASSWORD = "bench customer password"


def log(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def psql(args, sql, database="postgres"):
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", args.pg_host, "-p", str(args.pg_port),
                    "-U", args.pg_user, "-d", database, "-c", sql], check=True, stdout=subprocess.DEVNULL)


class Api:
    def __init__(self, port):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def call(self, method, path, body=None, token=None, expect=(200, 201, 204)):
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        self.connection.request(method, path, json.dumps(body) if body is not None else None, headers)
        response = self.connection.getresponse()
        data = response.read()
        if response.status not in expect:
            raise RuntimeError(f"{method} {path} -> {response.status}: {data[:300]!r}")
        return json.loads(data) if data else None


def start_server(args, database, secret, cache, redis_uri=None):
    extra = {"CONVEYOR_CACHE": cache}
    if redis_uri:
        extra.update(REDIS_URI=redis_uri, CONVEYOR_REDIS_KEY_PREFIX="bench:")
    env = dict(os.environ, **extra,
               DATASOURCES_DEFAULT_URL=f"jdbc:postgresql://{args.pg_host}:{args.pg_port}/{database}"
                                       "?reWriteBatchedInserts=true",
               DATASOURCES_DEFAULT_USERNAME=args.pg_user,
               DATASOURCES_DEFAULT_PASSWORD=os.environ.get("PGPASSWORD", ""),
               DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE=str(args.pool),
               PORT=str(args.port),
               # the full property name: application.yml's ${CONVEYOR_JWT_SECRET:<random default>} does not
               # pick the variable up (a nested placeholder in the default), and the read steps restart the
               # server, whose tokens must stay valid
               MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_SECRET_GENERATOR_SECRET=secret,
               CONVEYOR_ADMIN_EMAIL=ADMIN_EMAIL,
               CONVEYOR_ADMIN_PASSWORD=ADMIN_PASSWORD,
               CONVEYOR_SECURITY_LOGIN_ATTEMPTS_PER_ADDRESS="1000000",
               # one load generator on 127.0.0.1 signs up every user, and a few users place ~1,000 orders/s: the
               # limits stay on (their cost is part of what is measured) but far above what a run sends
               CONVEYOR_RATE_LIMITS_SIGNUP_CAPACITY="1000000",
               CONVEYOR_RATE_LIMITS_ORDERS_CAPACITY="100000000",
               CONVEYOR_RATE_LIMITS_WRITES_CAPACITY="100000000",
               CONVEYOR_RATE_LIMITS_SEARCH_CAPACITY="100000000",
               LOG_LEVEL="WARN")
    log_file = open(os.path.join(args.out, f"server-{cache}.log"), "a")
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
    process = subprocess.Popen([java] + args.jvm_opts.split() + ["-jar", JAR], env=env, stdout=log_file,
                               stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.time() + 90
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError("server exited; see " + log_file.name)
        try:
            Api(args.port).call("GET", "/healthz")
            return process
        except (OSError, RuntimeError, http.client.HTTPException):
            time.sleep(0.5)
    process.kill()
    raise RuntimeError("server did not answer /healthz within 90 s")


def seed(args):
    api = Api(args.port)
    admin = api.call("POST", "/api/auth/login", {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})["accessToken"]
    products = []
    for i in range(args.products):
        product = api.call("POST", "/api/products", {
            "sku": f"BENCH-{i:05d}", "name": f"Bench product {i}", "category": "bench",
            "price": {"amountMinor": 1999, "currency": "EUR"}, "initialStock": 100_000_000,
            "lowStockThreshold": 10}, token=admin)
        products.append(product["id"])
    products.sort()  # the three ranges the load scripts draw from then follow id order
    tokens, customers = [], []
    for i in range(args.customers):
        email = f"bench-{i}-{uuid.uuid4().hex[:8]}@conveyor.local"
        user = api.call("POST", "/api/auth/signup", {"email": email, "password": PASSWORD, "name": f"Bench {i}"})
        customers.append(user["id"])
        tokens.append(api.call("POST", "/api/auth/login", {"email": email, "password": PASSWORD})["accessToken"])
    return products, customers, tokens


def start_redis():
    """A private redis-server on a free loopback port, without persistence; answers (process, uri)."""
    if not shutil.which("redis-server"):
        sys.exit("redis-server is missing: apt-get install redis-server (or leave redis out of --read-caches)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process, f"redis://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("redis-server did not start")


def stop(process):
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


def wrk(args, script, concurrency, script_args):
    command = ["wrk", "-t", str(min(concurrency, 2)), "-c", str(concurrency), "-d", f"{args.seconds}s",
               "--timeout", "10s", "-s", os.path.join(HERE, script), f"http://127.0.0.1:{args.port}", "--"]
    output = subprocess.run(command + script_args, check=True, capture_output=True, text=True).stdout
    result = json.loads(re.search(r"^RESULT (.*)$", output, re.M).group(1))
    result["rate"] = result["requests"] / result["seconds"]
    return result


def pgbench(args, script, concurrency, database, variables):
    """PostgreSQL's own rate and latency percentiles (from pgbench's per-transaction log)."""
    logs = tempfile.mkdtemp(prefix="conveyor-pgbench-")
    command = ["pgbench", "-n", "-M", "prepared", "-h", args.pg_host, "-p", str(args.pg_port), "-U", args.pg_user,
               "-c", str(concurrency), "-j", str(min(concurrency, 2)), "-T", str(args.seconds),
               "-f", os.path.join(HERE, script), "--log", "--log-prefix", os.path.join(logs, "tx")]
    for name, value in variables.items():
        command += ["-D", f"{name}={value}"]
    output = subprocess.run(command + [database], check=True, capture_output=True, text=True).stdout
    latencies = sorted(int(line.split()[2]) for name in os.listdir(logs)
                       for line in open(os.path.join(logs, name)) if line.strip())
    shutil.rmtree(logs)
    return {"rate": float(re.search(r"tps = ([0-9.]+)", output).group(1)),
            "p50_ms": latencies[len(latencies) // 2] / 1000,
            "p99_ms": latencies[min(len(latencies) - 1, len(latencies) * 99 // 100)] / 1000}


def table(title, rows):
    print(f"\n{title}")
    print(f"{'clients':>7} | {'conveyor/s':>10} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} | "
          f"{'pgbench/s':>9} {'p50 ms':>7} {'p99 ms':>7} | {'rate ratio':>10}")
    for concurrency, result, pg in rows:
        errors = result["non2xx"] + result["socket_errors"]
        print(f"{concurrency:>7} | {result['rate']:>10.0f} {result['p50_ms']:>7.2f} {result['p99_ms']:>7.2f} "
              f"{errors:>6} | {pg['rate']:>9.0f} {pg['p50_ms']:>7.2f} {pg['p99_ms']:>7.2f} | "
              f"{result['rate'] / pg['rate']:>10.0%}")


def cache_table(reading):
    """Reads per cache against the uncached ones of the same run."""
    base = {c: r for cache, c, r in reading if cache == "none"}
    print("\nGET /api/orders/{id} (JWT, owner) by read cache, same database and orders")
    print(f"{'cache':>6} {'clients':>7} | {'reads/s':>9} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} | {'vs none':>7}")
    for cache, c, r in reading:
        errors = r["non2xx"] + r["socket_errors"]
        ratio = f"{r['rate'] / base[c]['rate']:>6.2f}x" if c in base else "      -"
        print(f"{cache:>6} {c:>7} | {r['rate']:>9.0f} {r['p50_ms']:>7.2f} {r['p99_ms']:>7.2f} {errors:>6} | {ratio}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=20, help="duration of each measured step")
    parser.add_argument("--warmup", type=int, default=20, help="seconds of load before each scenario (JIT warm-up)")
    parser.add_argument("--clients", default="1,8,32", help="concurrencies to measure")
    parser.add_argument("--products", type=int, default=999)
    parser.add_argument("--customers", type=int, default=32)
    parser.add_argument("--port", type=int, default=18080)
    parser.add_argument("--pool", type=int, default=32, help="server's JDBC pool size")
    parser.add_argument("--read-caches", default="none,local,redis",
                        help="read caches to measure reads with (none, local, redis)")
    parser.add_argument("--jvm-opts", default="-Xms512m -Xmx1g -XX:+UseParallelGC")
    parser.add_argument("--database", default="conveyor_bench", help="dropped and created afresh")
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--out", default=os.path.join(HERE, "results", time.strftime("%Y%m%d-%H%M%S")))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    clients = [int(c) for c in args.clients.split(",")]
    for tool in ("wrk", "pgbench", "psql"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: apt-get install wrk postgresql-client")
    if not os.path.exists(JAR):
        log("building the server jar")
        subprocess.run(["mvn", "-q", "-B", "-DskipTests", "package"], cwd=ROOT, check=True)

    database = args.database
    psql(args, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    psql(args, f"CREATE DATABASE {database}")
    secret = "bench-secret-" + uuid.uuid4().hex
    caches = [c.strip() for c in args.read_caches.split(",") if c.strip()]
    server = start_server(args, database, secret, "local")
    try:
        log(f"seeding {args.products} products and {args.customers} customers")
        products, customers, tokens = seed(args)
        work = tempfile.mkdtemp(prefix="conveyor-bench-")
        tokens_file, products_file = os.path.join(work, "tokens"), os.path.join(work, "products")
        with open(tokens_file, "w") as f:
            f.write("\n".join(tokens) + "\n")
        with open(products_file, "w") as f:
            f.write("\n".join(products) + "\n")

        log("warming up")
        wrk(argparse.Namespace(**{**vars(args), "seconds": args.warmup}), "place-order.lua", 8,
            [tokens_file, products_file])
        placing = []
        for c in clients:
            log(f"placing orders with {c} clients")
            placing.append((c, wrk(args, "place-order.lua", c, [tokens_file, products_file])))

        api = Api(args.port)
        pairs_file = os.path.join(work, "pairs")
        with open(pairs_file, "w") as f:
            for token in tokens:
                page = api.call("GET", f"/api/orders?size=100", token=token)
                for order in page["items"]:
                    f.write(f"{token} {order['id']}\n")
    finally:
        stop(server)

    reading = []
    for cache in caches:
        redis = None
        redis_uri = None
        if cache == "redis":
            redis, redis_uri = start_redis()
        server = start_server(args, database, secret, cache, redis_uri)
        try:
            log(f"warming up reads, cache {cache}")
            wrk(argparse.Namespace(**{**vars(args), "seconds": args.warmup}), "read-order.lua", 8, [pairs_file])
            for c in clients:
                log(f"reading orders with {c} clients, cache {cache}")
                reading.append((cache, c, wrk(args, "read-order.lua", c, [pairs_file])))
        finally:
            stop(server)
            if redis:
                stop(redis)

    psql(args, """
        CREATE TABLE bench_products AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM products
          WHERE sku LIKE 'BENCH-%';
        CREATE UNIQUE INDEX ON bench_products (n);
        CREATE TABLE bench_customers AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM users
          WHERE role = 'CUSTOMER';
        CREATE UNIQUE INDEX ON bench_customers (n);
        CREATE TABLE bench_orders AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM orders;
        CREATE UNIQUE INDEX ON bench_orders (n);
        ANALYZE;""", database)
    orders = int(subprocess.run(["psql", "-Atq", "-h", args.pg_host, "-p", str(args.pg_port), "-U", args.pg_user,
                                 "-d", database, "-c", "SELECT count(*) FROM bench_orders"],
                                check=True, capture_output=True, text=True).stdout)
    variables = {"products": len(products), "customers": len(customers)}
    pg_place = []
    for c in clients:
        log(f"pgbench placement with {c} clients")
        pg_place.append(pgbench(args, "pgbench-place-order.sql", c, database, variables))
    pg_read = []
    for c in clients:
        log(f"pgbench read with {c} clients")
        pg_read.append(pgbench(args, "pgbench-read-order.sql", c, database, {"orders": orders}))

    print(f"\nConveyor vs PostgreSQL, {args.seconds} s per step, {os.cpu_count()} cores, one run "
          f"({time.strftime('%Y-%m-%d %H:%M')})")
    table("POST /api/orders (3 lines, JWT, Idempotency-Key) vs pgbench of the same SQL transaction",
          [(c, r, t) for (c, r), t in zip(placing, pg_place)])
    compared = "none" if "none" in caches else caches[0]
    table(f"GET /api/orders/{{id}} (JWT, owner, read cache {compared}) vs pgbench of the same query",
          [(c, r, t) for (c, r), t in zip([(c, r) for cache, c, r in reading if cache == compared], pg_read)])
    cache_table(reading)
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump({"placing": placing, "reading": reading, "pgbench_place": pg_place, "pgbench_read": pg_read},
                  f, indent=2)
    log(f"raw results in {args.out}")


if __name__ == "__main__":
    main()
