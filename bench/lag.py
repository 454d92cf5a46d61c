#!/usr/bin/env python3
"""Lag of the durable consumers (e-mail, outbound webhooks, NATS JetStream) under a placement load.

Starts the server on a fresh PostgreSQL database with the NATS event bus on (a stream of its own,
deleted at the end) and one webhook endpoint, a receiver of this script on 127.0.0.1, seeds products
and customers through the API, then places orders with wrk for --seconds (about --rate orders/s over
--clients connections; 0: as fast as they go) and meanwhile

- samples GET /api/admin/consumers every --sample seconds: each consumer's lag in events (positions
  between it and the log's end) and in seconds (how long its next event has waited); the table's
  percentiles are over the samples taken while the load ran, and it says when each consumer had
  caught up after it;
- takes every event the receivers get: the webhook receiver (HTTP POST, answers 200) and a plain NATS
  subscriber on the stream's subjects, each noting now - occurredAt (the event's time in the
  transaction that made it: commit, relay, consumer and delivery included) and counting duplicates;
- for the mail consumer (mails go to the log adapter, the embedded default: nothing leaves the
  machine), reads the mail outbox afterwards: sent_at - occurredAt of each mail the measured events
  caused (queueing by the consumer and the sender's run included).

After the load it waits (at most --drain seconds) until both receivers have every event and every
mail is sent, and prints one table.
Everything shares one machine (server, PostgreSQL, NATS, wrk, the receivers): the figures say what a
2-core box does, and where the time goes, not what a production setup does.
"""
import argparse
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the server start, seeding and wrk helpers)

log = bench.log


def parse_instant(text):
    # 2026-12-05T00:48:21.358108Z: Python before 3.11 does not take the Z, nor more than 6 digits
    head, _, fraction = text.rstrip("Z").partition(".")
    return datetime.fromisoformat(head + "+00:00").timestamp() + (float("0." + fraction) if fraction else 0.0)


class Received:
    """Events one receiver got: latency per event (first arrival), and how many arrived more than once."""

    def __init__(self):
        self.lock = threading.Lock()
        self.seen = {}
        self.duplicates = 0

    def add(self, body):
        now = time.time()
        event = json.loads(body)
        with self.lock:
            if event["id"] in self.seen:
                self.duplicates += 1
            else:
                self.seen[event["id"]] = (event["position"], now - parse_instant(event["occurredAt"]))

    def positions(self):
        with self.lock:
            return sorted(position for position, _ in self.seen.values())

    def latencies(self):
        with self.lock:
            return sorted(latency for _, latency in self.seen.values())


def webhook_receiver(received):
    class Handler(http.server.BaseHTTPRequestHandler):
        # keep-alive, as any production receiver: BaseHTTPRequestHandler's default, HTTP/1.0, closes the
        # connection after every answer, which costs a connection (and a thread) per event and races the
        # sender's reuse of the connection. Without Nagle: the status line and headers go out in one write and
        # the body in another, and the second waits for the client's delayed ACK (40 ms a request on Linux)
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.add(body)
            try:
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server stopped at the end of the run while this delivery was under way

        def log_message(self, *_):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class Nats:
    """Just enough of the NATS client protocol: a subscription with headers, and requests to JetStream's API."""

    def __init__(self, url):
        host, port = url.split("://", 1)[-1].rsplit(":", 1)
        self.socket = socket.create_connection((host, int(port)), timeout=10)
        self.socket.settimeout(None)  # the subscription waits as long as the load runs
        self.file = self.socket.makefile("rb")
        self.write_lock = threading.Lock()
        self.file.readline()  # INFO
        self.send(b'CONNECT {"verbose":false,"pedantic":false,"headers":true,"no_responders":true}\r\nPING\r\n')

    def send(self, data):
        with self.write_lock:
            self.socket.sendall(data)

    def subscribe(self, subject, on_message):
        self.send(f"SUB {subject} 1\r\n".encode())

        def loop():
            try:
                while True:
                    line = self.file.readline()
                    if not line:
                        return
                    if line.startswith(b"PING"):
                        self.send(b"PONG\r\n")
                    elif line.startswith(b"HMSG") or line.startswith(b"MSG"):
                        parts = line.split()
                        total = int(parts[-1])
                        data = self.file.read(total + 2)[:total]
                        header_length = int(parts[-2]) if line.startswith(b"HMSG") else 0
                        on_message(data[header_length:])
            except OSError:
                return

        threading.Thread(target=loop, daemon=True).start()

    def publish(self, subject, payload=b""):
        self.send(f"PUB {subject} {len(payload)}\r\n".encode() + payload + b"\r\n")

    def close(self):
        self.socket.close()


def percentile(values, share):
    if not values:
        return 0.0
    return values[min(len(values) - 1, int(round(share * (len(values) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=30, help="duration of the placement load")
    parser.add_argument("--rate", type=int, default=500, help="orders/s asked for (0: as fast as the clients go)")
    parser.add_argument("--clients", type=int, default=16, help="wrk connections placing orders")
    parser.add_argument("--warmup", type=int, default=10, help="seconds of placement before the measured load")
    parser.add_argument("--sample", type=float, default=0.25, help="seconds between two lag samples")
    parser.add_argument("--drain", type=int, default=120, help="longest wait for the consumers after the load")
    parser.add_argument("--nats-url", default=os.environ.get("CONVEYOR_TEST_NATS_URL", "nats://127.0.0.1:4222"))
    parser.add_argument("--products", type=int, default=99)
    parser.add_argument("--customers", type=int, default=16)
    parser.add_argument("--port", type=int, default=18090)
    parser.add_argument("--pool", type=int, default=32, help="server's JDBC pool size")
    parser.add_argument("--jvm-opts", default="-Xms512m -Xmx1g -XX:+UseParallelGC")
    parser.add_argument("--jar", default=bench.JAR, help="the server to measure")
    parser.add_argument("--database", default="conveyor_lag_bench", help="dropped and created afresh")
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--out", default=os.path.join(bench.HERE, "results", "lag-" + time.strftime("%Y%m%d-%H%M%S")))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for tool in ("wrk", "psql"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: apt-get install wrk postgresql-client")
    if not os.path.exists(bench.JAR):
        log("building the server jar")
        subprocess.run(["mvn", "-q", "-B", "-DskipTests", "package"], cwd=bench.ROOT, check=True)

    stream = "BENCH_LAG_" + uuid.uuid4().hex[:8].upper()
    prefix = "bench." + stream.lower() + ".events"
    os.environ.update(CONVEYOR_EVENTS_BUS="nats", CONVEYOR_NATS_URL=args.nats_url, CONVEYOR_NATS_STREAM=stream,
                      CONVEYOR_NATS_SUBJECT_PREFIX=prefix, CONVEYOR_NATS_MAX_AGE="1h",
                      CONVEYOR_WEBHOOKS_ALLOWED_TARGETS="127.0.0.1", CONVEYOR_BENCH_DIR=bench.HERE)
    bench.psql(args, f"DROP DATABASE IF EXISTS {args.database} WITH (FORCE)")
    bench.psql(args, f"CREATE DATABASE {args.database}")
    webhook, nats = Received(), Received()
    receiver = webhook_receiver(webhook)
    subscriber = Nats(args.nats_url)
    subscriber.subscribe(prefix + ".>", nats.add)
    server = bench.start_server(args, args.database, "bench-secret-" + uuid.uuid4().hex, "local")
    try:
        log(f"seeding {args.products} products and {args.customers} customers")
        products, _, tokens = bench.seed(args)
        api = bench.Api(args.port)
        admin = api.call("POST", "/api/auth/login",
                         {"email": bench.ADMIN_EMAIL, "password": bench.ADMIN_PASSWORD})["accessToken"]
        api.call("POST", "/api/admin/webhooks",
                 {"url": f"http://127.0.0.1:{receiver.server_address[1]}/hook"}, token=admin)
        work = tempfile.mkdtemp(prefix="conveyor-lag-")
        tokens_file, products_file = os.path.join(work, "tokens"), os.path.join(work, "products")
        with open(tokens_file, "w") as f:
            f.write("\n".join(tokens) + "\n")
        with open(products_file, "w") as f:
            f.write("\n".join(products) + "\n")
        pause_ms = str(int(args.clients * 1000 / args.rate)) if args.rate > 0 else "0"
        place_args = [tokens_file, products_file, pause_ms]

        if args.warmup:
            log(f"warming up for {args.warmup} s")
            bench.wrk(args, "place-order-paced.lua", args.clients, place_args, seconds=args.warmup)
        wait_for_consumers(args.port, admin, args.drain)
        first = consumers(args.port, admin)["nats"]["latest"]
        # the warm-up's webhook deliveries too: an endpoint's go out in position order, before the measured ones
        wait_for(lambda: all(max(r.positions(), default=0) >= first for r in (webhook, nats)), args.drain)

        samples = []
        done = threading.Event()

        def sample():
            while not done.is_set():
                at = time.time()
                try:
                    for name, status in consumers(args.port, admin).items():
                        samples.append((at, name, status["lagEvents"], status["lagSeconds"]))
                except (OSError, RuntimeError):
                    pass  # a sample lost to a busy server; the next one counts
                done.wait(args.sample)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        log(f"placing orders for {args.seconds} s: about {args.rate or 'as many as possible'} orders/s "
            f"over {args.clients} connections")
        load_start = time.time()
        placed = bench.wrk(args, "place-order-paced.lua", args.clients, place_args, seconds=args.seconds)
        load_end = time.time()
        last = consumers(args.port, admin)["nats"]["latest"]
        drained = wait_for(lambda: all(set(range(first + 1, last + 1)) <= set(r.positions()) for r in (webhook, nats))
                           and consumers(args.port, admin)["mail"]["lagEvents"] == 0
                           and mails(args, first, last)["unsent"] == 0, args.drain)
        drain_seconds = time.time() - load_end
        done.set()
        sampler.join()
        report(args, placed, first, last, samples, (load_start, load_end), webhook, nats, mails(args, first, last),
               drained, drain_seconds)
    finally:
        bench.stop(server)
        receiver.shutdown()
        subscriber.publish(f"$JS.API.STREAM.DELETE.{stream}")
        time.sleep(0.2)
        subscriber.close()


def consumers(port, admin):
    """On a connection of its own: the server closes one left idle while the load runs."""
    return {status["name"]: status for status in bench.Api(port).call("GET", "/api/admin/consumers", token=admin)}


def mails(args, first, last):
    """The mails the events after first up to last caused: how many, how many not sent yet, event to sent."""
    query = f"""
        SELECT count(*), count(*) FILTER (WHERE m.status <> 'SENT'),
               coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY s), 0),
               coalesce(percentile_cont(0.99) WITHIN GROUP (ORDER BY s), 0), coalesce(max(s), 0),
               count(DISTINCT m.event_id)
        FROM (SELECT m.status, m.event_id, extract(epoch FROM m.sent_at - e.occurred_at) AS s
              FROM mail_outbox m JOIN event_log e ON e.id = m.event_id
              WHERE e.position > {first} AND e.position <= {last}) m"""
    row = subprocess.run(["psql", "-Atq", "-F", " ", "-h", args.pg_host, "-p", str(args.pg_port), "-U", args.pg_user,
                          "-d", args.database, "-c", query], check=True, capture_output=True, text=True).stdout.split()
    return {"mails": int(row[0]), "unsent": int(row[1]), "p50": float(row[2]), "p99": float(row[3]),
            "max": float(row[4]), "events": int(row[5])}


def wait_for_consumers(port, admin, limit):
    wait_for(lambda: all(status["lagEvents"] == 0 for status in consumers(port, admin).values()), limit)


def wait_for(condition, limit):
    deadline = time.time() + limit
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return False


def caught_up_after(samples, name, load_end):
    """Seconds from the end of the load to the first sample that found the consumer with nothing to do."""
    return next((at - load_end for at, consumer, lag, _ in samples
                 if consumer == name and at >= load_end and lag == 0), None)


def report(args, placed, first, last, samples, window, webhook, nats, mail, drained, drain_seconds):
    events = last - first
    lines = [
        f"placement: {placed['rate']:.0f} orders/s for {placed['seconds']:.0f} s (asked {args.rate or 'max'}, "
        f"{args.clients} connections, p99 {placed['p99_ms']:.0f} ms, {placed['errors']} errors); "
        f"{events} events ({events / placed['seconds']:.0f}/s)",
        "",
        "| consumer | lag events p50 / p99 / max | lag seconds p50 / p99 / max | caught up after the load | "
        "receiver: event to arrival s p50 / p99 / max | received | duplicates |",
        "|---|---|---|---|---|---|---|",
    ]
    during = [sample for sample in samples if window[0] <= sample[0] <= window[1]]
    result = {"placement": placed, "events": events, "drained": drained, "drain_seconds": drain_seconds,
              "samples": [{"at": at, "consumer": name, "lagEvents": lag, "lagSeconds": seconds}
                          for at, name, lag, seconds in samples]}
    lag_events = sorted(s[2] for s in during if s[1] == "mail")
    lag_seconds = sorted(s[3] for s in during if s[1] == "mail")
    caught_up = caught_up_after(samples, "mail", window[1])
    # a mail is queued once per (event, recipient, template) by a unique constraint: no duplicate to count
    lines.append(
        f"| mail (log adapter) | {percentile(lag_events, .5):.0f} / {percentile(lag_events, .99):.0f} / "
        f"{max(lag_events, default=0):.0f} | {percentile(lag_seconds, .5):.2f} / "
        f"{percentile(lag_seconds, .99):.2f} / {max(lag_seconds, default=0):.2f} | "
        f"{'%.1f s' % caught_up if caught_up is not None else 'not seen'} | "
        f"event to mail sent {mail['p50']:.2f} / {mail['p99']:.2f} / {mail['max']:.2f} | "
        f"{mail['mails'] - mail['unsent']} mails sent of {mail['mails']} (for {mail['events']} events) | — |")
    result["mail"] = {"lag_events": lag_events, "lag_seconds": lag_seconds, **mail}
    for name, received in (("webhooks", webhook), ("nats", nats)):
        lag_events = sorted(s[2] for s in during if s[1] == name)
        lag_seconds = sorted(s[3] for s in during if s[1] == name)
        caught_up = caught_up_after(samples, name, window[1])
        latencies = received.latencies()
        got = len([p for p in received.positions() if first < p <= last])
        lines.append(
            f"| {name} | {percentile(lag_events, .5):.0f} / {percentile(lag_events, .99):.0f} / "
            f"{max(lag_events, default=0):.0f} | {percentile(lag_seconds, .5):.2f} / "
            f"{percentile(lag_seconds, .99):.2f} / {max(lag_seconds, default=0):.2f} | "
            f"{'%.1f s' % caught_up if caught_up is not None else 'not seen'} | "
            f"{percentile(latencies, .5):.2f} / {percentile(latencies, .99):.2f} / "
            f"{max(latencies, default=0):.2f} | {got} of {events} | {received.duplicates} |")
        result[name] = {"lag_events": lag_events, "lag_seconds": lag_seconds, "latencies": latencies,
                        "received": got, "duplicates": received.duplicates}
    lines += ["", f"both receivers had every event and every mail was sent {drain_seconds:.1f} s after the load "
              "ended" if drained else f"NOT every event arrived (or mail was sent) within {args.drain} s after the load"]
    text = "\n".join(lines)
    print(text)
    with open(os.path.join(args.out, "lag.md"), "w") as f:
        f.write(text + "\n")
    with open(os.path.join(args.out, "lag.json"), "w") as f:
        json.dump(result, f)
    log(f"results in {args.out}")


if __name__ == "__main__":
    main()
