#!/usr/bin/env python3
"""Several instances behind HAProxy on one PostgreSQL and one Redis, with correctness checks.

For each instance count (--instances, default 1,2,3) this starts that many servers (the jar) on the same
fresh database and the same private redis-server (read cache, rate limits, live-event signals and session
signals shared through it), puts HAProxy (round robin, /readyz checks) in front of them, and then, through the
balancer:

  live        one WebSocket subscriber of all events on EVERY instance (opened on the instance itself); an
              order is placed through the balancer and each subscriber must get its order:created;
  oversell    a fresh product with --scarce units; --scarce * 2 single-unit orders race for it from 32
              threads: at most --scarce succeed (exactly, unless some attempt failed otherwise), the rest are
              refused (OUT_OF_STOCK), and units reserved = units ordered = orders answered 201;
  placement   wrk places 3-line orders (bench/place-order.lua) with --clients clients for --seconds;
  reads       wrk reads those orders as their owners (bench/read-order.lua), same clients and seconds;
  confirm     after the cancellation window (--window) every order placed is CONFIRMED, with exactly one
              order:confirmed event each, though every instance runs the confirmation job.

Then pgbench runs the same placement transaction and the same read query with the same clients on the
same database (bench/pgbench-*.sql), so every rate is also given as a ratio to PostgreSQL's own in the same
run, and per core: per core of the machine, and per CPU-second the servers (and PostgreSQL's backends for
this database) actually used during the step, read from /proc.

On a machine with few cores every instance, HAProxy, PostgreSQL and the load generator share the same cores:
more instances add coordination and context switches and cannot add capacity. The figures show the overhead
of running several instances, not scaling.
"""
import argparse
import base64
import concurrent.futures
import copy
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (server start-up, seeding, wrk and pgbench helpers)
from bench import log  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_haproxy(work, port, backends):
    config = os.path.join(work, "haproxy.cfg")
    # more patient than ops/haproxy.cfg (fall 2): on a saturated benchmark machine /readyz's database ping can
    # miss a beat without the instance being unready
    servers = "\n".join(f"    server app{i + 1} 127.0.0.1:{p} check inter 2s fall 5 rise 1"
                         for i, p in enumerate(backends))
    with open(config, "w") as f:
        # as ops/haproxy.cfg, without the container resolver
        f.write(f"""global
    maxconn 4096
defaults
    mode http
    option redispatch
    retries 3
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
frontend conveyor
    bind 127.0.0.1:{port}
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /readyz
    http-check expect status 200
{servers}
""")
    process = subprocess.Popen(["haproxy", "-db", "-f", config], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        await_balancer(port)
    except RuntimeError:
        bench.stop(process)
        raise
    return process


def await_balancer(port, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            bench.Api(port).call("GET", "/readyz")
            return
        except (OSError, RuntimeError, bench.http.client.HTTPException):
            time.sleep(0.5)
    raise RuntimeError("haproxy has no instance to pass requests on to")


class WebSocket:
    """The smallest client the check needs (RFC 6455, text frames; no library is installed here)."""

    def __init__(self, port, token):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=15)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /ws?access_token={token} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                           f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self.sock.recv(4096)
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError(f"no WebSocket on port {port}: {head[:200]!r}")

    def send(self, message):
        data = json.dumps(message).encode()
        mask = os.urandom(4)
        header = bytes([0x81]) + (bytes([0x80 | len(data)]) if len(data) < 126
                                  else bytes([0x80 | 126]) + struct.pack(">H", len(data)))
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError("WebSocket closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def receive(self):
        first, second = self._read(2)
        length = second & 0x7F
        if length == 126:
            length = struct.unpack(">H", self._read(2))[0]
        elif length == 127:
            length = struct.unpack(">Q", self._read(8))[0]
        payload = self._read(length)
        if first & 0x0F == 0x8:
            raise RuntimeError(f"WebSocket closed by the server: {payload[:2].hex()}")
        return json.loads(payload) if first & 0x0F == 0x1 else None

    def await_event(self, event_type, order_id, deadline):
        while time.time() < deadline:
            self.sock.settimeout(max(0.1, deadline - time.time()))
            message = self.receive()
            if message and message.get("type") == event_type and (message.get("data") or {}).get(
                    "orderId") == order_id:
                return True
        return False

    def close(self):
        self.sock.close()


def cpu_seconds(pids):
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total / TICKS


def backends(args, database):
    return [int(p) for p in bench.query(args, "postgres", f"SELECT pid FROM pg_stat_activity WHERE datname = "
                                                          f"'{database}'").split()]


def measured(args, database, servers, run):
    """run() under CPU accounting: the servers' and this database's PostgreSQL backends' CPU-seconds."""
    pg = backends(args, database)
    app_pids = [s.pid for s in servers]
    app0, pg0, t0 = cpu_seconds(app_pids), cpu_seconds(pg), time.time()
    result = run()
    result["app_cpu"] = cpu_seconds(app_pids) - app0
    result["pg_cpu"] = cpu_seconds(pg + [p for p in backends(args, database) if p not in pg]) - pg0
    result["wall"] = time.time() - t0
    return result


def place(api_port, token, product, quantity=1):
    api = bench.Api(api_port)
    headers = {"Content-Type": "application/json", "Authorization": "Bearer " + token,
               "Idempotency-Key": str(uuid.uuid4())}
    body = {"lines": [{"productId": product, "quantity": quantity}],
            "shippingAddress": {"name": "Bench Customer", "line1": "1 Load Street", "city": "Benchville",
                                "postalCode": "12345", "country": "DE"}}
    api.connection.request("POST", "/api/orders", json.dumps(body), headers)
    response = api.connection.getresponse()
    data = response.read()
    return response.status, (json.loads(data) if data else None)


def check_live(ports, balancer, admin, customer_token, product):
    sockets = []
    try:
        for port in ports:
            ws = WebSocket(port, admin)
            ws.send({"type": "subscribe"})
            deadline = time.time() + 10
            while (message := ws.receive()) is None or message.get("type") != "subscribed":
                if time.time() > deadline:
                    raise RuntimeError("no subscribed answer")
            sockets.append(ws)
        status, order = place(balancer, customer_token, product)
        assert status == 201, f"placing the live check's order answered {status}"
        started = time.time()
        reached = []
        for ws in sockets:
            ok = ws.await_event("order:created", order["id"], started + 10)
            reached.append(round((time.time() - started) * 1000) if ok else None)
        return reached
    finally:
        for ws in sockets:
            ws.close()


def check_oversell(args, database, balancer, admin, tokens):
    api = bench.Api(balancer)
    product = api.call("POST", "/api/products", {
        "sku": f"SCARCE-{uuid.uuid4().hex[:8]}", "name": "Scarce product", "category": "bench",
        "price": {"amountMinor": 999, "currency": "EUR"}, "initialStock": args.scarce, "lowStockThreshold": 0},
        token=admin)["id"]
    attempts = args.scarce * 2
    with concurrent.futures.ThreadPoolExecutor(32) as pool:
        statuses = list(pool.map(lambda i: place(balancer, tokens[i % len(tokens)], product)[0], range(attempts)))
    row = bench.query(args, database, f"SELECT on_hand, reserved, (SELECT coalesce(sum(quantity), 0) FROM "
                                      f"order_lines WHERE product_id = p.id) FROM products p WHERE id = '{product}'")
    on_hand, reserved, ordered = (int(v) for v in row.split("|"))
    placed = statuses.count(201)
    refused = sum(1 for s in statuses if s in (409, 422))  # OUT_OF_STOCK
    # never more than the stock, and the row agrees with the orders and the answers; an attempt answered
    # otherwise (a 503 when a saturated machine's pool times out) placed nothing, which the counts show
    ok = placed <= args.scarce and reserved == ordered == placed and on_hand - reserved >= 0
    return {"ok": ok, "placed": placed, "refused": refused,
            "other": sorted(s for s in statuses if s not in (201, 409, 422)), "reserved": reserved,
            "ordered": ordered}


def check_confirmations(args, database):
    """Waits out the cancellation window; every order confirmed, exactly one order:confirmed each."""
    deadline = time.time() + args.window + 60
    while True:
        pending = int(bench.query(args, database, "SELECT count(*) FROM orders WHERE status = 'PENDING'"))
        if pending == 0 or time.time() > deadline:
            break
        time.sleep(2)
    twice = int(bench.query(args, database, "SELECT count(*) FROM (SELECT aggregate_id FROM event_log WHERE type = "
                                            "'order:confirmed' GROUP BY aggregate_id HAVING count(*) > 1) t"))
    confirmed = int(bench.query(args, database, "SELECT count(*) FROM orders WHERE confirmed_at IS NOT NULL"))
    events = int(bench.query(args, database, "SELECT count(*) FROM event_log WHERE type = 'order:confirmed'"))
    return {"ok": pending == 0 and twice == 0 and confirmed == events, "pending": pending, "confirmed": confirmed,
            "events": events, "duplicates": twice}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--instances", default="1,2,3")
    parser.add_argument("--seconds", type=int, default=10, help="duration of each measured step")
    parser.add_argument("--warmup", type=int, default=10,
                        help="the least warm-up before each step, then until the JIT is done (bench.warm_up)")
    parser.add_argument("--warmup-max", type=int, default=300, help="the longest warm-up before a step")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--products", type=int, default=300)
    parser.add_argument("--customers", type=int, default=32)
    parser.add_argument("--scarce", type=int, default=50, help="units of the product that twice as many orders race for")
    parser.add_argument("--window", type=int, default=5, help="cancellation window (s) before confirmation")
    parser.add_argument("--pool", type=int, default=16,
                        help="JDBC pool per instance (3 instances x pool must fit max_connections)")
    parser.add_argument("--port", type=int, default=18280, help="HAProxy's port; instances take the next ones")
    parser.add_argument("--jvm-opts", default="-Xms256m -Xmx512m -XX:+UseParallelGC")
    parser.add_argument("--jar", default=bench.JAR)
    parser.add_argument("--database", default="conveyor_multi", help="dropped and created afresh")
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--out", default=os.path.join(bench.HERE, "results", "multi-" + time.strftime("%Y%m%d-%H%M%S")))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for tool in ("wrk", "pgbench", "psql", "haproxy", "redis-server"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: apt-get install wrk postgresql-client haproxy redis-server")
    if not os.path.exists(args.jar):
        sys.exit("build the jar first: mvn -q -B -DskipTests package")
    counts = [int(n) for n in args.instances.split(",")]
    database = args.database
    bench.psql(args, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    bench.psql(args, f"CREATE DATABASE {database}")
    secret = "bench-secret-" + uuid.uuid4().hex
    work = tempfile.mkdtemp(prefix="conveyor-multi-")
    redis, redis_uri = bench.start_redis()
    settings = {"CONVEYOR_ORDERS_CANCELLATION_WINDOW": f"{args.window}s",
                "CONVEYOR_MEDIA_DIRECTORY": os.path.join(work, "media")}
    balancer_args = copy.copy(args)
    results, seeded = [], None
    load = os.getloadavg()
    try:
        for n in counts:
            ports = [args.port + 1 + i for i in range(n)]
            servers, haproxy = [], None
            try:
                for i, port in enumerate(ports):
                    # one at a time: the first applies the migrations
                    servers.append(bench.start_server(args, database, secret, "redis", redis_uri, port=port,
                                                      settings=settings, name=f"{n}x-{i + 1}"))
                haproxy = start_haproxy(work, args.port, ports)
                if seeded is None:
                    log(f"seeding {args.products} products and {args.customers} customers through the balancer")
                    seeded = bench.seed(balancer_args)
                    admin = bench.Api(args.port).call("POST", "/api/auth/login", {
                        "email": bench.ADMIN_EMAIL, "password": bench.ADMIN_PASSWORD})["accessToken"]
                    products, customers, tokens = seeded
                    tokens_file, products_file = os.path.join(work, "tokens"), os.path.join(work, "products")
                    with open(tokens_file, "w") as f:
                        f.write("\n".join(tokens) + "\n")
                    with open(products_file, "w") as f:
                        f.write("\n".join(products) + "\n")
                row = {"instances": n}
                log(f"{n} instance(s): live events on every instance")
                row["live_ms"] = check_live(ports, args.port, admin, tokens[0], products[0])
                log(f"{n} instance(s): oversell race for {args.scarce} units")
                row["oversell"] = check_oversell(args, database, args.port, admin, tokens)
                bench.warm_up(balancer_args, "place-order.lua", args.clients, [tokens_file, products_file],
                              servers)
                bench.vacuum(args, database)
                log(f"{n} instance(s): placing orders, {args.clients} clients, {args.seconds} s")
                row["place"] = measured(args, database, servers, lambda: bench.wrk(
                    balancer_args, "place-order.lua", args.clients, [tokens_file, products_file]))
                await_balancer(args.port)
                pairs = os.path.join(work, "pairs")
                bench.write_pairs(bench.Api(args.port), tokens, pairs)
                bench.warm_up(balancer_args, "read-order.lua", args.clients, [pairs], servers)
                log(f"{n} instance(s): reading orders, {args.clients} clients, {args.seconds} s")
                row["read"] = measured(args, database, servers, lambda: bench.wrk(
                    balancer_args, "read-order.lua", args.clients, [pairs]))
                await_balancer(args.port)
                log(f"{n} instance(s): waiting for every order's confirmation")
                row["confirm"] = check_confirmations(args, database)
                results.append(row)
                log(json.dumps(row))
            finally:
                if haproxy:
                    bench.stop(haproxy)
                for server in servers:
                    bench.stop(server)
    finally:
        bench.stop(redis)

    orders = bench.pgbench_tables(args, database)
    variables = {"products": len(seeded[0]), "customers": len(seeded[1])}
    log(f"pgbench placement and read, {args.clients} clients")
    pg_place = bench.pgbench(args, "pgbench-place-order.sql", args.clients, database, variables,
                             background=[bench.relay_command(args, database)])
    pg_read = bench.pgbench(args, "pgbench-read-order.sql", args.clients, database, {"orders": orders})
    report(args, results, pg_place, pg_read, load)
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump({"instances": results, "pgbench_place": pg_place, "pgbench_read": pg_read}, f, indent=2)
    log(f"raw results in {args.out}")
    if not all(r["oversell"]["ok"] and r["confirm"]["ok"] and None not in r["live_ms"] for r in results):
        sys.exit("a correctness check failed")


def report(args, results, pg_place, pg_read, load):
    cores = os.cpu_count()
    print(f"\n{', '.join(str(r['instances']) for r in results)} instance(s) behind HAProxy, one PostgreSQL, one Redis; "
          f"{args.clients} clients, {args.seconds} s per step, {cores} cores, "
          f"load average before {load[0]:.1f} ({time.strftime('%Y-%m-%d %H:%M')})")
    print("On this machine every instance, HAProxy, PostgreSQL and wrk share the same cores: this shows the "
          "overhead of more instances, not scaling.")
    for step, pg in (("place", pg_place), ("read", pg_read)):
        base = results[0][step]["rate"]
        print(f"\n{'POST /api/orders' if step == 'place' else 'GET /api/orders/{id}'}: pgbench {pg['rate']:.0f}/s, "
              f"p99 {pg['p99_ms']:.1f} ms")
        print(f"{'instances':>9} | {'rate/s':>8} {'p99 ms':>8} {'errors':>6} | {'vs pgbench':>10} {'vs 1':>6} | "
              f"{'/s per core':>11} {'per app CPU-s':>13} {'per PG CPU-s':>12}")
        for r in results:
            s = r[step]
            app = s["rate"] * s["seconds"] / s["app_cpu"] if s["app_cpu"] else 0
            pgc = s["rate"] * s["seconds"] / s["pg_cpu"] if s["pg_cpu"] else 0
            print(f"{r['instances']:>9} | {s['rate']:>8.0f} {s['p99_ms']:>8.1f} {s['errors']:>6} | "
                  f"{s['rate'] / pg['rate'] * 100:>9.0f}% {s['rate'] / base:>5.2f}x | {s['rate'] / cores:>11.0f} "
                  f"{app:>13.0f} {pgc:>12.0f}")
    print("\ncorrectness per instance count")
    for r in results:
        o, c = r["oversell"], r["confirm"]
        print(f"{r['instances']} instance(s): live order:created reached every instance's socket: "
              f"{'yes' if None not in r['live_ms'] else 'NO'} (ms {r['live_ms']}); oversell race: "
              f"{o['placed']} placed / {o['refused']} refused / other answers {o['other']}, reserved {o['reserved']} of "
              f"{args.scarce} -> {'ok' if o['ok'] else 'FAILED'}; confirmation: {c['confirmed']} confirmed, "
              f"{c['events']} order:confirmed events, {c['duplicates']} duplicated, {c['pending']} still pending "
              f"-> {'ok' if c['ok'] else 'FAILED'}")


if __name__ == "__main__":
    main()
