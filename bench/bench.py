#!/usr/bin/env python3
"""Order placement and order read benchmark, compared with PostgreSQL's own rate.

Starts the server on a fresh PostgreSQL database, seeds products and customers
through the API, drives POST /api/orders (3 lines, JWT, Idempotency-Key) and
GET /api/orders/{id} with wrk at several concurrencies for a bounded time, then
runs pgbench with the same work on the same database, and prints rates,
latencies and the ratio to pgbench.

Every step runs --repeat times (default 3); tables show the median with the
spread (min-max) and a target counts as met only when every run meets it.
Rates count successful answers only; the errors column counts the others. Beside each rate, the server's
CPU time per successful answer (its JVM's user + system time from /proc/<pid>/stat over the step, in µs):
unlike the rate it hardly depends on what else the machine runs, so it compares builds on a noisy machine.

Reads pick from every order placed, on the server and in pgbench alike (the
same working set), in three variants (--read-variants): hot (after a warm-up),
mixed (while orders are being placed by --mixed-writers clients; pgbench runs
its placement script beside its reads the same way) and cold (right after the
server starts: empty cache, cold JIT, no warm-up). The reads run once per read
cache (--read-caches, default none,local,redis: the server restarts on the same
database with CONVEYOR_CACHE set accordingly; redis is a private redis-server
this script starts). Everything runs on loopback in one run, so the ratios are
comparable even on a noisy machine.
"""
import statistics
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
    # the UTC time lets a step be cut out of a Flight Recording (jfr_profile.py --from/--to)
    print(f"[bench {time.strftime('%H:%M:%S', time.gmtime())}] {message}", file=sys.stderr, flush=True)


def psql(args, sql, database="postgres"):
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", args.pg_host, "-p", str(args.pg_port),
                    "-U", args.pg_user, "-d", database, "-c", sql], check=True, stdout=subprocess.DEVNULL)


class Api:
    def __init__(self, port):
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def call(self, method, path, body=None, token=None, expect=(200, 201, 204)):
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        try:
            self.connection.request(method, path, json.dumps(body) if body is not None else None, headers)
            response = self.connection.getresponse()
        except (BrokenPipeError, ConnectionResetError, http.client.RemoteDisconnected):
            # the server closed an idle keep-alive connection (e.g. while a benchmark connected its sockets)
            self.connection.close()
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            self.connection.request(method, path, json.dumps(body) if body is not None else None, headers)
            response = self.connection.getresponse()
        data = response.read()
        if response.status not in expect:
            raise RuntimeError(f"{method} {path} -> {response.status}: {data[:300]!r}")
        return json.loads(data) if data else None


def start_server(args, database, secret, cache, redis_uri=None, port=None, settings=None, name=None):
    """port, settings (more environment) and name (of the log file) for several instances side by side."""
    port = port or args.port
    extra = {"CONVEYOR_CACHE": cache, **(settings or {})}
    if redis_uri:
        extra.update(REDIS_URI=redis_uri)
        extra.setdefault("CONVEYOR_REDIS_KEY_PREFIX", "bench:")  # instances side by side may keep their own
    env = dict(os.environ,
               DATASOURCES_DEFAULT_URL=f"jdbc:postgresql://{args.pg_host}:{args.pg_port}/{database}"
                                       "?reWriteBatchedInserts=true",
               DATASOURCES_DEFAULT_USERNAME=args.pg_user,
               DATASOURCES_DEFAULT_PASSWORD=os.environ.get("PGPASSWORD", ""),
               PORT=str(port),
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
    if getattr(args, "pool", None):
        env["DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE"] = str(args.pool)
    # settings win over the defaults above (e.g. the database URL of a run through PgBouncer)
    env.update(extra)
    log_file = open(os.path.join(args.out, f"server-{name or cache}.log"), "a")
    java = getattr(args, "java", None) or (
        os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java")
    process = subprocess.Popen([java] + args.jvm_opts.split() + ["-jar", args.jar], env=env, stdout=log_file,
                               stderr=subprocess.STDOUT, start_new_session=True)
    # a first start on a large database may migrate it for minutes (bench/backoffice.py --start-timeout)
    deadline = time.time() + getattr(args, "start_timeout", 90)
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError("server exited; see " + log_file.name)
        try:
            Api(port).call("GET", "/healthz")
            return process
        except (OSError, RuntimeError, http.client.HTTPException):
            time.sleep(0.5)
    process.kill()
    raise RuntimeError(f"server did not answer /healthz within {getattr(args, 'start_timeout', 90)} s")


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


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_baseline(args, source, port, program_args=(), log_name=None):
    """A single-file Java program of bench/ (a baseline server: NettyBroadcast, NettyHttpFloor) run with the server
    jar on its class path (it carries Netty) and --jvm-opts; returns once it accepts connections on port."""
    name = os.path.splitext(os.path.basename(source))[0]
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
    log_path = os.path.join(args.out, log_name or f"{name}.log")
    process = subprocess.Popen([java] + args.jvm_opts.split() + ["-cp", args.jar, os.path.join(HERE, source),
                                str(port)] + list(program_args),
                               stdout=open(log_path, "w"), stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.time() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process
        except OSError:
            if process.poll() is not None or time.time() > deadline:
                stop(process)
                raise RuntimeError(f"{name} did not start; see {log_path}")
            time.sleep(0.3)


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


def wrk_command(args, script, concurrency, script_args, seconds=None):
    return ["wrk", "-t", str(min(concurrency, 2)), "-c", str(concurrency), "-d", f"{seconds or args.seconds}s",
            "--timeout", "10s", "-s", os.path.join(HERE, script), f"http://127.0.0.1:{args.port}", "--"] + script_args


def wrk_result(output):
    """Rates count successful answers only: a fast 4xx or 5xx must not pass for throughput."""
    result = json.loads(re.search(r"^RESULT (.*)$", output, re.M).group(1))
    result["errors"] = result["non2xx"] + result["socket_errors"]
    result["rate"] = max(0, result["requests"] - result["errors"]) / result["seconds"]
    return result


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(process):
    """User + system CPU time of a process and all its threads so far (fields 14 and 15 of /proc/<pid>/stat)."""
    with open(f"/proc/{process.pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def with_server_cpu(result, server, before):
    """The server's CPU µs per successful answer over the step (None without a server to look at)."""
    if server is not None:
        successes = result["requests"] - result["errors"]
        result["server_cpu_us"] = (cpu_seconds(server) - before) * 1e6 / successes if successes > 0 else None
    return result


def wrk(args, script, concurrency, script_args, seconds=None, server=None):
    """server (its process): also measure the server's CPU per successful answer."""
    before = cpu_seconds(server) if server is not None else None
    output = subprocess.run(wrk_command(args, script, concurrency, script_args, seconds), check=True,
                            capture_output=True, text=True).stdout
    return with_server_cpu(wrk_result(output), server, before)


WARM_WINDOW = 5
JIT_QUIET = 0.5


def jit_seconds(process, java=None):
    """Seconds the JVM's compiler threads have spent so far (jstat -compiler: Compiled Failed Invalid Time ...);
    java: the server's java binary when it is not the default one (the jstat beside it reads its JVM)."""
    jstat = os.path.join(os.path.dirname(java), "jstat") if java else "jstat"
    output = subprocess.run([jstat, "-compiler", str(process.pid)], check=True, capture_output=True, text=True)
    return float(output.stdout.splitlines()[1].split()[3])


def warm_up(args, script, concurrency, script_args, server):
    """Load the server (a process, or a list of them behind a balancer) until the JIT is done with this load: at
    least --warmup seconds, then until two 5 s windows in a row took each JVM's compiler less than half a second,
    at most --warmup-max seconds. A fixed warm-up measured the compiler, not the server: on a busy 2-core machine
    an uncached read cost ~5,000 µs of server CPU in its first 5 s and ~200 µs after 110 s, when the compiler
    had spent 117 s of CPU on it (docs/performance.md). Returns the seconds it took."""
    servers = list(server) if isinstance(server, (list, tuple)) else [server]
    started = time.time()
    quiet = 0
    while True:
        java = getattr(args, "java", None)
        compiled = [jit_seconds(s, java) for s in servers]
        result = wrk(args, script, concurrency, script_args, seconds=WARM_WINDOW,
                     server=servers[0] if len(servers) == 1 else None)
        busy = any(jit_seconds(s, java) - before >= JIT_QUIET for s, before in zip(servers, compiled))
        quiet = 0 if busy else quiet + 1
        elapsed = time.time() - started
        if elapsed >= args.warmup_max or (elapsed >= args.warmup and quiet >= 2):
            cost = result.get("server_cpu_us")
            log(f"warmed up in {elapsed:.0f} s" + (f", {cost:.0f} µs of server CPU per answer at the end" if cost else "")
                + ("" if quiet >= 2 else " (the JIT still busy: --warmup-max reached)"))
            return elapsed


def wrk_beside(args, script, concurrency, script_args, background, server=None):
    """The measured wrk while another load (a command line) runs for the same time; the server's CPU per answer
    then includes the background load's work (mixed reads)."""
    with subprocess.Popen(background, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as writer:
        try:
            return wrk(args, script, concurrency, script_args, server=server)
        finally:
            writer.wait(timeout=args.seconds + 30)


def pgbench_command(args, script, concurrency, database, variables, logs=None):
    command = ["pgbench", "-n", "-M", "prepared", "-h", args.pg_host, "-p", str(args.pg_port), "-U", args.pg_user,
               "-c", str(concurrency), "-j", str(min(concurrency, 2)), "-T", str(args.seconds),
               "-f", os.path.join(HERE, script)]
    if logs:
        command += ["--log", "--log-prefix", os.path.join(logs, "tx")]
    for name, value in variables.items():
        command += ["-D", f"{name}={value}"]
    return command + [database]


def relay_command(args, database):
    """The server's relay thread, for pgbench: one client numbering committed events as they come."""
    return pgbench_command(args, "pgbench-relay.sql", 1, database, {})


def pgbench(args, script, concurrency, database, variables, background=()):
    """PostgreSQL's own rate and latency percentiles (from pgbench's per-transaction log), while other
    pgbench runs (command lines) go on beside it."""
    logs = tempfile.mkdtemp(prefix="conveyor-pgbench-")
    others = [subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
              for command in background]
    try:
        output = subprocess.run(pgbench_command(args, script, concurrency, database, variables, logs), check=True,
                                capture_output=True, text=True).stdout
    finally:
        for other in others:
            other.wait(timeout=args.seconds + 30)
    latencies = sorted(int(line.split()[2]) for name in os.listdir(logs)
                       for line in open(os.path.join(logs, name)) if line.strip())
    shutil.rmtree(logs)
    failed = re.search(r"number of failed transactions: (\d+)", output)
    return {"rate": float(re.search(r"tps = ([0-9.]+)", output).group(1)),
            "errors": int(failed.group(1)) if failed else 0,
            "p50_ms": latencies[len(latencies) // 2] / 1000,
            "p99_ms": latencies[min(len(latencies) - 1, len(latencies) * 99 // 100)] / 1000}


def median(runs, key):
    return statistics.median(run[key] for run in runs)


def spread(runs, key, fmt):
    values = [run[key] for run in runs]
    middle = format(statistics.median(values), fmt)
    return middle if len(values) == 1 else f"{middle} ({format(min(values), fmt)}-{format(max(values), fmt)})"


def cpu(runs):
    """The server's CPU µs per successful answer, median (min-max), or - where a run has none."""
    measured = [run for run in runs if run.get("server_cpu_us") is not None]
    return spread(measured, "server_cpu_us", ".0f") if measured and len(measured) == len(runs) else "-"


def verdict(checks):
    """A target is met only when every run meets it."""
    if not checks:
        return "-"
    return "met" if all(checks) else f"NOT met ({sum(checks)}/{len(checks)} runs)"


def table(title, rows, target=None):
    """rows: (clients, server runs, pgbench runs); target(server run, pgbench run) -> bool, per pair of runs."""
    print(f"\n{title}")
    print(f"{'clients':>7} | {'conveyor/s':>20} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} {'cpu µs/req':>16} | "
          f"{'pgbench/s':>20} {'p50 ms':>7} {'p99 ms':>7} | {'rate ratio':>17} | target")
    for concurrency, runs, pg in rows:
        ratios = [{"ratio": r["rate"] / p["rate"] * 100} for r, p in zip(runs, pg)]
        checks = [target(r, p) for r, p in zip(runs, pg)] if target else []
        print(f"{concurrency:>7} | {spread(runs, 'rate', '.0f'):>20} {median(runs, 'p50_ms'):>7.2f} "
              f"{median(runs, 'p99_ms'):>7.2f} {sum(r['errors'] for r in runs):>6} {cpu(runs):>16} | "
              f"{spread(pg, 'rate', '.0f'):>20} {median(pg, 'p50_ms'):>7.2f} {median(pg, 'p99_ms'):>7.2f} | "
              f"{spread(ratios, 'ratio', '.0f') + ' %':>17} | {verdict(checks)}")


def placement_target(server, pg):
    """DESIGN.md: at least 60 % of pgbench's rate with a p99 at most 1.5 times pgbench's (judged at 32 clients)."""
    return server["rate"] >= 0.6 * pg["rate"] and server["p99_ms"] <= 1.5 * pg["p99_ms"]


def read_target(cached):
    """DESIGN.md: uncached reads at least 50 % of pgbench's rate, cached at least 100 %, p99 at most 2x pgbench's."""
    share = 1.0 if cached else 0.5
    return lambda server, pg: server["rate"] >= share * pg["rate"] and server["p99_ms"] <= 2 * pg["p99_ms"]


def cache_table(reading, variant):
    """Reads per cache against the uncached ones of the same run and variant."""
    base = {c: runs for cache, v, c, runs in reading if cache == "none" and v == variant}
    print(f"\nGET /api/orders/{{id}} ({variant}) by read cache, same database and orders")
    print(f"{'cache':>6} {'clients':>7} | {'reads/s':>20} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} "
          f"{'cpu µs/req':>16} | {'vs none':>7}")
    for cache, v, c, runs in reading:
        if v != variant:
            continue
        ratio = f"{median(runs, 'rate') / median(base[c], 'rate'):>6.2f}x" if c in base else "      -"
        print(f"{cache:>6} {c:>7} | {spread(runs, 'rate', '.0f'):>20} {median(runs, 'p50_ms'):>7.2f} "
              f"{median(runs, 'p99_ms'):>7.2f} {sum(r['errors'] for r in runs):>6} {cpu(runs):>16} | {ratio}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=20, help="duration of each measured step")
    parser.add_argument("--warmup", type=int, default=20,
                        help="at least this many seconds of load before each scenario, then until the server's CPU "
                             "per answer stops falling (JIT warm-up)")
    parser.add_argument("--warmup-max", type=int, default=300, help="the longest warm-up")
    parser.add_argument("--repeat", type=int, default=3, help="runs of every step; tables show the median")
    parser.add_argument("--clients", default="1,8,32", help="concurrencies to measure")
    parser.add_argument("--products", type=int, default=999)
    parser.add_argument("--customers", type=int, default=32)
    parser.add_argument("--port", type=int, default=18080)
    parser.add_argument("--pool", type=int, help="server's JDBC pool size (default: application.yml's, as deployed)")
    parser.add_argument("--read-caches", default="none,local,redis",
                        help="read caches to measure reads with (none, local, redis)")
    parser.add_argument("--read-variants", default="hot,mixed,cold",
                        help="hot (after a warm-up), mixed (beside placements), cold (just started, no warm-up)")
    parser.add_argument("--shipped-cache-sizes", action="store_true",
                        help="read with the in-process caches at their shipped sizes (20,000 orders, 10,000 "
                             "encoded bodies) instead of sized to every order read")
    parser.add_argument("--mixed-writers", type=int, default=4, help="clients placing orders during mixed reads")
    parser.add_argument("--jvm-opts", default="-Xms512m -Xmx1g -XX:+UseParallelGC")
    parser.add_argument("--jar", default=JAR, help="the server to measure (e.g. a copy of an earlier build)")
    parser.add_argument("--database", default="conveyor_bench", help="dropped and created afresh")
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--out", default=os.path.join(HERE, "results", time.strftime("%Y%m%d-%H%M%S")))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    clients = [int(c) for c in args.clients.split(",")]
    repeats = range(args.repeat)
    variants = [v.strip() for v in args.read_variants.split(",") if v.strip()]
    for tool in ("wrk", "pgbench", "psql"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: apt-get install wrk postgresql-client")
    if args.jar == JAR and not os.path.exists(JAR):
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
        place_args = [tokens_file, products_file]

        log("warming up")
        warm_up(args, "place-order.lua", 8, place_args, server)
        vacuum(args, database)
        placing = []
        for c in clients:
            log(f"placing orders with {c} clients, {args.repeat} runs")
            placing.append((c, [wrk(args, "place-order.lua", c, place_args, server=server) for _ in repeats]))

        pairs_file = os.path.join(work, "pairs")
        read_orders = write_pairs(Api(args.port), tokens, pairs_file)
    finally:
        stop(server)

    reading = []
    # the in-process caches hold every order read (plus a fifth), unless the shipped sizes are asked for: reads
    # spread evenly over ~50,000 orders would otherwise miss the 20,000-order cache two times in three, and the
    # step would measure misses (the reference run of 2026-12-06 08:00 did: docs/performance.md)
    entries = {} if args.shipped_cache_sizes else {
        "CONVEYOR_READ_CACHE_MAX_ENTRIES": str(read_orders * 6 // 5),
        "CONVEYOR_ORDERS_ENCODED_CACHE_MAX_ENTRIES": str(read_orders * 6 // 5)}
    for cache in caches:
        for variant in variants:
            redis = None
            redis_uri = None
            if cache == "redis":
                redis, redis_uri = start_redis()
            server = start_server(args, database, secret, cache, redis_uri, settings=entries)
            try:
                if variant != "mixed":
                    settle(args, database)
                vacuum(args, database)
                if variant != "cold":
                    log(f"warming up reads, cache {cache}")
                    warm_up(args, "read-order.lua", 8, [pairs_file], server)
                for c in clients:
                    log(f"reading orders with {c} clients, cache {cache}, {variant}")
                    if variant == "mixed":
                        writers = wrk_command(args, "place-order.lua", args.mixed_writers, place_args)
                        runs = [wrk_beside(args, "read-order.lua", c, [pairs_file], writers, server=server)
                                for _ in repeats]
                    else:
                        # cold: each run right after a start, before anything was read
                        runs = [wrk(args, "read-order.lua", c, [pairs_file], server=server)] if variant == "cold" \
                            else [wrk(args, "read-order.lua", c, [pairs_file], server=server) for _ in repeats]
                    reading.append((cache, variant, c, runs))
                    if variant == "cold":
                        stop(server)
                        if redis:
                            stop(redis)
                            redis, redis_uri = start_redis()
                        server = start_server(args, database, secret, cache, redis_uri, settings=entries)
            finally:
                stop(server)
                if redis:
                    stop(redis)

    orders = pgbench_tables(args, database)
    variables = {"products": len(products), "customers": len(customers)}
    pg_place = []
    vacuum(args, database)
    for c in clients:
        log(f"pgbench placement with {c} clients, {args.repeat} runs")
        pg_place.append([pgbench(args, "pgbench-place-order.sql", c, database, variables,
                                 background=[relay_command(args, database)]) for _ in repeats])
    pg_read = {}
    vacuum(args, database)
    for variant in [v for v in variants if v != "cold"]:
        for c in clients:
            log(f"pgbench read with {c} clients, {variant}, {args.repeat} runs")
            writers = [pgbench_command(args, "pgbench-place-order.sql", args.mixed_writers, database, variables),
                       relay_command(args, database)] if variant == "mixed" else []
            pg_read[(variant, c)] = [pgbench(args, "pgbench-read-order.sql", c, database, {"orders": orders},
                                             background=writers) for _ in repeats]

    print(f"\nConveyor vs PostgreSQL, {args.seconds} s per step, {args.repeat} runs each, {os.cpu_count()} cores, "
          f"{orders} orders read from ({time.strftime('%Y-%m-%d %H:%M')}); medians (min-max)")
    table("POST /api/orders (3 lines, JWT, Idempotency-Key) vs pgbench of the same transaction "
          "(target at 32 clients: >= 60 % of the rate, p99 <= 1.5x)",
          [(c, runs, pg) for (c, runs), pg in zip(placing, pg_place)],
          target=placement_target)
    for cache in caches:
        for variant in variants:
            baseline = "hot" if variant == "cold" else variant
            rows = [(c, runs, pg_read[(baseline, c)]) for ca, v, c, runs in reading
                    if ca == cache and v == variant and (baseline, c) in pg_read]
            cached = cache != "none"
            table(f"GET /api/orders/{{id}} (JWT, owner), cache {cache}, {variant} vs pgbench of the same query "
                  f"({baseline}; target: >= {'100' if cached else '50'} % of the rate, p99 <= 2x)",
                  rows, target=None if variant == "cold" else read_target(cached))
    for variant in variants:
        cache_table(reading, variant)
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump({"placing": placing, "reading": reading, "pgbench_place": pg_place,
                   "pgbench_read": [[v, c, runs] for (v, c), runs in pg_read.items()]}, f, indent=2)
    log(f"raw results in {args.out}")


CONSUMERS_BEHIND = ("SELECT count(*) FROM event_consumer WHERE NOT paused AND position < "
                    "(SELECT coalesce(max(position), 0) FROM event_log)")


def vacuum(args, database):
    """VACUUM (ANALYZE), as autovacuum would have done many times over by now. This machine's PostgreSQL runs
    without autovacuum (conf.d/90-ci.conf), so tables that grew from empty during the seeding and the warm-up
    would keep no statistics, and the server's connections the plans they made while the tables were empty: the
    planner then guessed order_lines at a twentieth of its rows and joined it by a scan of the whole table in the
    confirmation job, and before V46 the admin search's triggers scanned all orders in every placement
    (docs/performance.md, "The first server's placements"). And the confirmations rewrite every order and line
    once, so without the vacuum each step would read through the dead versions the step before it left (pgbench's
    own read ran at 8,421/s before a VACUUM and 15,274/s after it): called before every measured step, for the
    server's and pgbench's alike."""
    psql(args, "VACUUM (ANALYZE)", database)


def settle(args, database, limit=150):
    """Until the placements' delayed work is done: every order confirmed (the cancellation window after it was
    placed) and every durable consumer (e-mails, webhooks) past the last event. Profiling showed that work
    taking more of the server's CPU than the reads measured after it, which pgbench's reads never compete with;
    the mixed variant keeps it on purpose."""
    deadline = time.time() + limit
    while time.time() < deadline:
        behind = int(query(args, database, "SELECT (SELECT count(*) FROM orders WHERE status = 'PENDING') + ("
                                           + CONSUMERS_BEHIND + ")"))
        if behind == 0:
            return
        time.sleep(2)
    log(f"placements' delayed work still not done after {limit} s; reading anyway")


def settle_consumers(args, database, limit=120):
    """Until every durable consumer (e-mails, webhooks) is past the last event, at most `limit` seconds: a turn then
    starts without the work an earlier one left behind."""
    deadline = time.time() + limit
    while time.time() < deadline:
        if int(query(args, database, CONSUMERS_BEHIND)) == 0:
            return
        time.sleep(0.5)
    log(f"the consumers are still behind after {limit} s; measuring anyway")


def pgbench_tables(args, database):
    """The seeded products, customers and every order placed, numbered for pgbench's scripts; answers the orders."""
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
    return int(query(args, database, "SELECT count(*) FROM bench_orders"))


def query(args, database, sql):
    """One value (or rows, tab-separated) from psql."""
    return subprocess.run(["psql", "-Atq", "-h", args.pg_host, "-p", str(args.pg_port), "-U", args.pg_user,
                           "-d", database, "-c", sql], check=True, capture_output=True, text=True).stdout.strip()


def write_pairs(api, tokens, path):
    """Every order with its owner's token: the server reads from all of them, as pgbench does."""
    count = 0
    with open(path, "w") as f:
        for token in tokens:
            page = 0
            while True:
                items = api.call("GET", f"/api/orders?size=100&page={page}", token=token)["items"]
                for order in items:
                    f.write(f"{token} {order['id']}\n")
                count += len(items)
                if len(items) < 100:
                    break
                page += 1
    log(f"reads pick from all {count} orders")
    return count


if __name__ == "__main__":
    main()
