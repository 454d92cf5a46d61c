#!/usr/bin/env python3
"""Live updates benchmark: many WebSocket subscribers on one instance.

Starts the server (the jar) on a fresh PostgreSQL database, connects
--connections WebSocket clients (ws/WsBench.java, the JDK's HttpClient),
measures the server's heap (after a full GC) and resident memory before and
after, then changes orders at --rate per second for --seconds and reports the
delay from each event's occurredAt (inside the changing transaction) to its
arrival at each subscriber: p50, p99, max. Two audiences:

  staff     every subscriber is the same staff user and gets every event (the
            heaviest fan-out); the change is placing an order (order:created);
  watchers  every subscriber watches ONE order page (subscribe with its orderId,
            as the order's customer), plus --dashboards staff subscribers to
            everything; the orders are placed beforehand and the change is the
            customer cancelling a watched order (order:cancelled), measured at
            its watcher and at every dashboard.

--baseline (staff only) then runs the same subscribers against ws/NettyBroadcast.java, a
minimal Netty server that writes one frame to every socket and nothing else, publishing
the frame the server sent (captured by the client) at the same rate: the floor this
machine sets for the fan-out, client included, and the server's p99 as a ratio to it.
"""
import argparse
import concurrent.futures
import http.client
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
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


def cpu_seconds(pid):
    """User and system CPU time the process has used so far (from /proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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
    parser.add_argument("--seconds", type=int, default=20, help="how long orders are changed")
    parser.add_argument("--rate", type=float, default=10, help="changes (orders placed or cancelled) per second")
    parser.add_argument("--audience", choices=("staff", "watchers"), default="staff")
    parser.add_argument("--dashboards", type=int, default=10, help="watchers: staff subscribers to everything")
    parser.add_argument("--customers", type=int, default=5, help="watchers: customers owning the watched orders")
    parser.add_argument("--port", type=int, default=0, help="0: a free port (other servers may run here)")
    parser.add_argument("--pool", type=int, default=32)
    parser.add_argument("--jvm-opts", default="-Xms512m -Xmx1g -XX:+UseParallelGC")
    parser.add_argument("--jar", default=bench.JAR, help="the server to measure")
    parser.add_argument("--baseline", action="store_true",
                        help="staff: also measure a minimal Netty broadcast of the same frames to the same sockets")
    parser.add_argument("--database", default="conveyor_ws_bench", help="dropped and created afresh")
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--out", default=os.path.join(bench.HERE, "results", "ws-" + time.strftime("%Y%m%d-%H%M%S")))
    args = parser.parse_args()
    if args.audience == "watchers" and args.rate * args.seconds > args.connections - args.dashboards:
        parser.error("watchers: every change cancels another watched order; lower --rate or --seconds")
    if args.baseline and args.audience != "staff":
        parser.error("--baseline compares the every-subscriber fan-out: --audience staff")
    if args.port == 0:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            args.port = probe.getsockname()[1]
    os.makedirs(args.out, exist_ok=True)
    if args.jar == bench.JAR and not os.path.exists(bench.JAR):
        bench.log("building the server jar")
        subprocess.run(["mvn", "-q", "-B", "-DskipTests", "package"], cwd=bench.ROOT, check=True)

    bench.psql(args, f"DROP DATABASE IF EXISTS {args.database} WITH (FORCE)")
    bench.psql(args, f"CREATE DATABASE {args.database}")
    secret = "bench-secret-" + uuid.uuid4().hex
    # watchers: the customers cancel their orders long after placing them
    os.environ.setdefault("CONVEYOR_ORDERS_CANCELLATION_WINDOW", "6h")
    # every subscriber connects from 127.0.0.1: lift the per-address cap (256 by default)
    server = bench.start_server(args, args.database, secret, "local",
                                settings={"CONVEYOR_HTTP_MAX_CONNECTIONS_PER_ADDRESS": "0"})
    try:
        api = bench.Api(args.port)
        admin = api.call("POST", "/api/auth/login", {"email": bench.ADMIN_EMAIL,
                                                     "password": bench.ADMIN_PASSWORD})["accessToken"]
        staff_token = user(api, "ws-staff", role="STAFF", admin=admin)
        product = api.call("POST", "/api/products", {
            "sku": "WS-BENCH-1", "name": "WS bench product", "category": "bench",
            "price": {"amountMinor": 999, "currency": "EUR"}, "initialStock": 100_000_000,
            "lowStockThreshold": 10}, token=admin)["id"]
        order = {"lines": [{"productId": product, "quantity": 1}],
                 "shippingAddress": {"name": "Bench", "line1": "1 Bench Street", "city": "London",
                                     "postalCode": "N1 9GU", "country": "GB"}}
        customer = user(api, "ws-customer")
        bench.log("warming up the order path")
        warm_up = [api.call("POST", "/api/orders", order, token=customer)["id"] for _ in range(200)]
        work = tempfile.mkdtemp(prefix="conveyor-ws-bench-")
        if args.audience == "staff":
            groups = [f"staff,{staff_token},{args.connections}"]
            measured = "order:created"

            def change(_):
                api.call("POST", "/api/orders", order, token=customer)
        else:
            for order_id in warm_up[:100]:
                api.call("POST", f"/api/orders/{order_id}/cancel", token=customer)
            watchers = args.connections - args.dashboards
            owners = [user(api, f"ws-owner{i}") for i in range(args.customers)]
            bench.log(f"placing the {watchers} watched orders")
            watched = place_all(args.port, order, [owners[i % len(owners)] for i in range(watchers)])
            groups = [f"dashboards,{staff_token},{args.dashboards}"]
            for i, owner in enumerate(owners):
                path = os.path.join(work, f"orders-{i}")
                with open(path, "w") as f:
                    f.writelines(order_id + "\n" for order_id, token in watched if token == owner)
                groups.append(f"watchers,{owner},@{path}")
            measured = "order:cancelled"

            def change(n):
                order_id, token = watched[n]
                api.call("POST", f"/api/orders/{order_id}/cancel", token=token)

        pid = server_pid(server)
        heap_before, rss_before = memory(pid)
        memory_after = []
        result = measure(args, args.port, measured, groups, work, change, lambda: memory_after.extend(memory(pid)),
                         sample=os.path.join(work, "sample.json"), pid=pid)
        heap_after, rss_after = memory_after
        result.update(audience=args.audience, secondsAsked=args.seconds, rateAsked=args.rate,
                      heapPerConnectionBytes=(heap_after - heap_before) // args.connections,
                      rssPerConnectionBytes=(rss_after - rss_before) // args.connections,
                      heapBeforeMiB=heap_before // 2**20, heapAfterMiB=heap_after // 2**20,
                      rssBeforeMiB=rss_before // 2**20, rssAfterMiB=rss_after // 2**20,
                      loadAverage=os.getloadavg())
        if args.baseline:
            bench.stop(server)
            server = None
            result["baseline"] = baseline(args, groups, work, measured, result)
            ours, floor = result["groups"]["staff"]["p99Millis"], result["baseline"]["groups"]["staff"]["p99Millis"]
            result["p99RatioToBaseline"] = round(ours / floor, 2) if floor else None
        with open(os.path.join(args.out, "result.json"), "w") as f:
            json.dump(result, f, indent=2)
        print(json.dumps(result, indent=2))
    finally:
        if server is not None:
            bench.stop(server)


def measure(args, port, measured, groups, work, change, on_ready=lambda: None, sample=None, pid=None):
    """Connects the subscribers (WsBench.java), calls on_ready, changes at --rate for --seconds; the figures,
    with the CPU seconds the server (pid) used from the first change to the client's report (serverCpuSeconds):
    on a shared machine a steadier measure of the server's own work than the latency."""
    ready, done = os.path.join(work, f"ready-{port}"), os.path.join(work, f"done-{port}")
    bench.log(f"connecting {args.connections} WebSocket subscribers ({args.audience}) on port {port}")
    options = [f"-Dsample={sample}"] if sample else []
    client = subprocess.Popen([jdk_tool("java"), "-Xmx2g"] + options + [os.path.join(bench.HERE, "ws", "WsBench.java"),
                               f"ws://127.0.0.1:{port}/ws", measured, ready, done] + groups,
                              stdout=subprocess.PIPE, stderr=open(os.path.join(args.out, f"client-{port}.log"), "w"),
                              text=True)
    try:
        deadline = time.time() + 300
        while not os.path.exists(ready):
            if client.poll() is not None or time.time() > deadline:
                raise RuntimeError(f"the WebSocket clients did not all subscribe; see client-{port}.log")
            time.sleep(0.5)
        on_ready()
        bench.log(f"{measured}: {args.rate:g}/s for {args.seconds} s")
        changes = 0
        cpu_before = cpu_seconds(pid) if pid else None
        start = time.time()
        while time.time() - start < args.seconds:
            change(changes)
            changes += 1
            pause = start + changes / args.rate - time.time()
            if pause > 0:
                time.sleep(pause)
        open(done, "w").close()
        output, _ = client.communicate(timeout=120)
        # the client waits 2 s for the last deliveries before it reports: they count too
        cpu_after = cpu_seconds(pid) if pid else None
        result = json.loads(output.strip().splitlines()[-1])
        result.update(changes=changes)
        if pid:
            result.update(serverCpuSeconds=round(cpu_after - cpu_before, 2))
        return result
    finally:
        if client.poll() is None:
            client.kill()


def baseline(args, groups, work, measured, ours):
    """The same subscribers and rate against NettyBroadcast.java, publishing the frames the server sent."""
    with open(os.path.join(work, "sample.json")) as f:
        sampled = [line for line in f.read().splitlines() if line]
    # every change made as many event frames at each subscriber (e.g. order:created and the stock it reserved);
    # the server's other messages are one "subscribed" per socket
    per_change = max(1, round((ours["messages"] - args.connections) / args.connections / ours["changes"]))
    first = next((i for i, frame in enumerate(sampled) if f'"type":"{measured}"' in frame), 0)
    frames = (sampled[first:first + per_change] if first + per_change <= len(sampled) else sampled[:per_change])
    frame = "\n".join(frames).encode()
    port = bench.free_port()
    process = bench.start_baseline(args, "ws/NettyBroadcast.java", port, log_name="netty-broadcast.log")
    try:
        def publish(_):
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("POST", "/publish", body=frame, headers={"Content-Type": "application/json"})
            connection.getresponse().read()
            connection.close()

        bench.log(f"baseline: NettyBroadcast on port {port}, {len(frames)} frames per change, {len(frame)} bytes")
        result = measure(args, port, measured, groups, work, publish, pid=process.pid)
        result.update(framesPerChange=len(frames))
        return result
    finally:
        bench.stop(process)


def user(api, prefix, role=None, admin=None):
    """A new user's access token."""
    email = f"{prefix}-{uuid.uuid4().hex[:8]}@conveyor.local"
    created = api.call("POST", "/api/auth/signup", {"email": email, "password": bench.PASSWORD})
    if role:
        api.call("PATCH", f"/api/admin/users/{created['id']}/role", {"role": role}, token=admin)
    return api.call("POST", "/api/auth/login", {"email": email, "password": bench.PASSWORD})["accessToken"]


def place_all(port, order, tokens):
    """Places one order per token, a few at a time; [(order id, token)] in the same order."""
    local = threading.local()

    def place(token):
        if not hasattr(local, "api"):
            local.api = bench.Api(port)
        return local.api.call("POST", "/api/orders", order, token=token)["id"], token

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        return list(pool.map(place, tokens))


if __name__ == "__main__":
    main()
