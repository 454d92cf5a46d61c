#!/usr/bin/env python3
"""Live updates benchmark: many WebSocket subscribers on one instance.

Starts the server (the jar) on a fresh PostgreSQL database, connects
--connections WebSocket clients (ws/WsBench.java, the JDK's HttpClient) as one
staff user, so that every subscriber gets every event (the heaviest fan-out),
measures the server's heap (after a full GC) and resident memory before and
after, then places orders at --rate per second for --seconds and reports the
delay from each order:created event's occurredAt (inside the placing
transaction) to its arrival at each subscriber: p50, p99, max.
"""
import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (shares the server start-up and API helpers)


def jdk_tool(name):
    home = os.environ.get("JAVA_HOME")
    return os.path.join(home, "bin", name) if home else name


def server_pid(process):
    """The JVM's pid (the server runs as the session leader the helper started)."""
    return process.pid


def memory(pid):
    """(heap used in bytes after a full GC, resident set size in bytes)."""
    subprocess.run([jdk_tool("jcmd"), str(pid), "GC.run"], check=True, stdout=subprocess.DEVNULL)
    time.sleep(1)
    info = subprocess.run([jdk_tool("jcmd"), str(pid), "GC.heap_info"], check=True, capture_output=True,
                          text=True).stdout
    heap = 0
    for line in info.splitlines():
        if "total" in line and "used" in line and "Metaspace" not in line and "class space" not in line:
            match = re.search(r"used (\d+)K", line)
            if match:
                heap += int(match.group(1)) * 1024
    with open(f"/proc/{pid}/status") as status:
        rss = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:"))
    return heap, rss


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--connections", type=int, default=5000)
    parser.add_argument("--seconds", type=int, default=20, help="how long orders are placed")
    parser.add_argument("--rate", type=float, default=10, help="orders per second")
    parser.add_argument("--port", type=int, default=0, help="0: a free port (other servers may run here)")
    parser.add_argument("--pool", type=int, default=32)
    parser.add_argument("--jvm-opts", default="-Xms512m -Xmx1g -XX:+UseParallelGC")
    parser.add_argument("--database", default="conveyor_ws_bench", help="dropped and created afresh")
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--out", default=os.path.join(bench.HERE, "results", "ws-" + time.strftime("%Y%m%d-%H%M%S")))
    args = parser.parse_args()
    if args.port == 0:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            args.port = probe.getsockname()[1]
    os.makedirs(args.out, exist_ok=True)
    if not os.path.exists(bench.JAR):
        bench.log("building the server jar")
        subprocess.run(["mvn", "-q", "-B", "-DskipTests", "package"], cwd=bench.ROOT, check=True)

    bench.psql(args, f"DROP DATABASE IF EXISTS {args.database} WITH (FORCE)")
    bench.psql(args, f"CREATE DATABASE {args.database}")
    secret = "bench-secret-" + uuid.uuid4().hex
    server = bench.start_server(args, args.database, secret, "local")
    client = None
    try:
        api = bench.Api(args.port)
        admin = api.call("POST", "/api/auth/login", {"email": bench.ADMIN_EMAIL,
                                                     "password": bench.ADMIN_PASSWORD})["accessToken"]
        staff_email = f"ws-staff-{uuid.uuid4().hex[:8]}@conveyor.local"
        staff = api.call("POST", "/api/auth/signup", {"email": staff_email, "password": bench.PASSWORD})
        api.call("PATCH", f"/api/admin/users/{staff['id']}/role", {"role": "STAFF"}, token=admin)
        staff_token = api.call("POST", "/api/auth/login", {"email": staff_email,
                                                           "password": bench.PASSWORD})["accessToken"]
        product = api.call("POST", "/api/products", {
            "sku": "WS-BENCH-1", "name": "WS bench product", "category": "bench",
            "price": {"amountMinor": 999, "currency": "EUR"}, "initialStock": 100_000_000,
            "lowStockThreshold": 10}, token=admin)["id"]
        customer_email = f"ws-customer-{uuid.uuid4().hex[:8]}@conveyor.local"
        api.call("POST", "/api/auth/signup", {"email": customer_email, "password": bench.PASSWORD})
        customer = api.call("POST", "/api/auth/login", {"email": customer_email,
                                                        "password": bench.PASSWORD})["accessToken"]
        order = {"lines": [{"productId": product, "quantity": 1}],
                 "shippingAddress": {"name": "Bench", "line1": "1 Bench Street", "city": "London",
                                     "postalCode": "N1 9GU", "country": "GB"}}
        bench.log("warming up the order path")
        for _ in range(200):
            api.call("POST", "/api/orders", order, token=customer)

        pid = server_pid(server)
        heap_before, rss_before = memory(pid)
        work = tempfile.mkdtemp(prefix="conveyor-ws-bench-")
        ready, done = os.path.join(work, "ready"), os.path.join(work, "done")
        bench.log(f"connecting {args.connections} WebSocket subscribers")
        client = subprocess.Popen([jdk_tool("java"), "-Xmx2g", os.path.join(bench.HERE, "ws", "WsBench.java"),
                                   f"ws://127.0.0.1:{args.port}/ws", staff_token, str(args.connections), ready,
                                   done], stdout=subprocess.PIPE, stderr=open(os.path.join(args.out, "client.log"), "w"),
                                  text=True)
        deadline = time.time() + 300
        while not os.path.exists(ready):
            if client.poll() is not None or time.time() > deadline:
                raise RuntimeError("the WebSocket clients did not all subscribe; see client.log")
            time.sleep(0.5)
        heap_after, rss_after = memory(pid)

        bench.log(f"placing {args.rate:g} orders/s for {args.seconds} s")
        placed = 0
        start = time.time()
        while time.time() - start < args.seconds:
            api.call("POST", "/api/orders", order, token=customer)
            placed += 1
            pause = start + placed / args.rate - time.time()
            if pause > 0:
                time.sleep(pause)
        open(done, "w").close()
        output, _ = client.communicate(timeout=120)
        result = json.loads(output.strip().splitlines()[-1])
        result.update(ordersPlaced=placed, heapPerConnectionBytes=(heap_after - heap_before) // args.connections,
                      rssPerConnectionBytes=(rss_after - rss_before) // args.connections,
                      heapBeforeMiB=heap_before // 2**20, heapAfterMiB=heap_after // 2**20,
                      rssBeforeMiB=rss_before // 2**20, rssAfterMiB=rss_after // 2**20)
        with open(os.path.join(args.out, "result.json"), "w") as f:
            json.dump(result, f, indent=2)
        print(json.dumps(result, indent=2))
    finally:
        if client is not None and client.poll() is None:
            client.kill()
        bench.stop(server)


if __name__ == "__main__":
    main()
