#!/usr/bin/env python3
"""How fast the server sends one webhook endpoint's deliveries: a backlog drained, the sender alone.

Starts the server on a fresh PostgreSQL database with one webhook endpoint pointing at the lag benchmark's
receiver (bench/lag.py: kept alive, answers 200 at once), writes --events pending deliveries for it straight into
webhook_delivery in one transaction (so neither placement nor the fan-out consumer is measured), and times them
until the receiver has every one; checks they came in position order and none twice, and that the attempt log
holds one attempt per delivery. This is the rate the lag benchmark's receiver could get at most, whatever the
placement; on a machine other work keeps busy it says what the sender does, not what the events made allow.
"""
import argparse
import os
import sys
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the server start and psql helpers)
import lag  # noqa: E402  (the webhook receiver)

log = bench.log


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=20_000, help="pending deliveries to drain")
    parser.add_argument("--drain", type=int, default=300, help="longest wait for the receiver to have them all")
    parser.add_argument("--port", type=int, default=18091)
    parser.add_argument("--pool", type=int, default=16, help="server's JDBC pool size")
    parser.add_argument("--jvm-opts", default="-Xms512m -Xmx1g -XX:+UseParallelGC")
    parser.add_argument("--jar", default=bench.JAR, help="the server to measure")
    parser.add_argument("--database", default="conveyor_webhook_drain", help="dropped and created afresh")
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--out", default=os.path.join(bench.HERE, "results", "drain-" + time.strftime("%Y%m%d-%H%M%S")))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    os.environ.update(CONVEYOR_WEBHOOKS_ALLOWED_TARGETS="127.0.0.1", CONVEYOR_BENCH_DIR=bench.HERE)
    bench.psql(args, f"DROP DATABASE IF EXISTS {args.database} WITH (FORCE)")
    bench.psql(args, f"CREATE DATABASE {args.database}")
    received = lag.Received()
    receiver = lag.webhook_receiver(received)
    server = bench.start_server(args, args.database, "bench-secret-" + uuid.uuid4().hex, "local")
    try:
        api = bench.Api(args.port)
        admin = api.call("POST", "/api/auth/login",
                         {"email": bench.ADMIN_EMAIL, "password": bench.ADMIN_PASSWORD})["accessToken"]
        webhook = api.call("POST", "/api/admin/webhooks",
                           {"url": f"http://127.0.0.1:{receiver.server_address[1]}/hook"}, token=admin)["webhook"]["id"]
        log(f"writing {args.events} pending deliveries for one endpoint")
        # the body as the fan-out writes it, with what the receiver reads: id, position, occurredAt
        bench.psql(args, f"""
            INSERT INTO webhook_delivery (id, endpoint_id, position, event_id, event_type, body, status, attempts)
            SELECT gen_random_uuid(), '{webhook}', g, e, 'bench:drain',
                   json_build_object('position', g, 'id', e, 'type', 'bench:drain',
                                     'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                     'data', json_build_object())::text, 'PENDING', 0
            FROM (SELECT g, gen_random_uuid() AS e FROM generate_series(1, {args.events}) g) s""", args.database)
        start = time.time()
        load_before = os.getloadavg()
        done = lag.wait_for(lambda: len(received.seen) >= args.events, args.drain)
        seconds = time.time() - start
        load_after = os.getloadavg()
        with received.lock:
            arrival_order = [position for position, _ in received.seen.values()]
        in_order = arrival_order == sorted(arrival_order)
        attempts = int(bench.query(args, args.database, "SELECT count(*) FROM webhook_attempt"))
        got = len(arrival_order)
        lines = [
            f"{got} of {args.events} deliveries to one endpoint in {seconds:.1f} s: **{got / seconds:.0f} deliveries/s**"
            + ("" if done else f" (NOT all within {args.drain} s)"),
            f"in position order: {'yes' if in_order else 'NO'}; duplicates: {received.duplicates}; "
            f"attempts logged: {attempts}",
            f"load average at the start / end: {load_before[0]:.1f} / {load_after[0]:.1f}",
        ]
        text = "\n".join(lines)
        print(text)
        with open(os.path.join(args.out, "drain.md"), "w") as f:
            f.write(text + "\n")
        log(f"results in {args.out}")
    finally:
        bench.stop(server)
        receiver.shutdown()


if __name__ == "__main__":
    main()
