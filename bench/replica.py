#!/usr/bin/env python3
"""Reads with and without a streaming read replica, and placement and reads through PgBouncer, in one run.

A private PostgreSQL primary (initdb, on a free port, so that its pg_hba.conf may allow replication) gets a
streaming replica (pg_basebackup -R, another free port) and a PgBouncer in transaction pooling mode in front.
The server (the jar) then runs three times on the same database, with the same clients (--clients) and
seconds (--seconds) for every step:

  direct      placement (bench/place-order.lua) and the back office's order list as a staff user
              (bench/admin-orders.lua), everything on the primary;
  replica     the same order list with DATASOURCES_READ_URL set: it is served by the replica;
  pgbouncer   placement and the order list with DATASOURCES_DEFAULT_URL through PgBouncer
              (prepareThreshold=0: Debian's PgBouncer 1.18 tracks no prepared statements; the migrations run
              on the primary directly, FLYWAY_DATASOURCES_DEFAULT_URL).

Each step also reports the CPU-seconds the primary's and the replica's server processes used, from /proc,
and the transactions each committed (pg_stat_database), which shows who served the reads. On a machine with
few cores the replica shares the primary's cores: it moves work off the primary, it adds no capacity.
"""
import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402
from bench import log  # noqa: E402

PG_BIN = os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin")
TICKS = os.sysconf("SC_CLK_TCK")
AS_ROOT = os.geteuid() == 0


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def as_postgres(command, **kwargs):
    """PostgreSQL and PgBouncer refuse to run as root."""
    return subprocess.run((["runuser", "-u", "postgres", "--"] if AS_ROOT else []) + command, check=True,
                          **kwargs)


def options(root, port):
    return (f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={root} -c max_connections=100 "
            "-c shared_buffers=128MB -c synchronous_commit=off")


def start_cluster(root, primary_port, replica_port):
    if AS_ROOT:
        shutil.chown(root, "postgres", "postgres")
    quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    as_postgres([f"{PG_BIN}/initdb", "-D", f"{root}/primary", "-U", "postgres", "--auth=trust", "-E", "UTF8",
                 "--locale=C.UTF-8"], **quiet)
    as_postgres([f"{PG_BIN}/pg_ctl", "-w", "-D", f"{root}/primary", "-l", f"{root}/primary.log", "-o",
                 options(root, primary_port) + " -c wal_level=replica -c max_wal_senders=4", "start"], **quiet)
    as_postgres([f"{PG_BIN}/pg_basebackup", "-h", "127.0.0.1", "-p", str(primary_port), "-U", "postgres",
                 "-D", f"{root}/replica", "-R", "-X", "stream"], **quiet)
    as_postgres([f"{PG_BIN}/pg_ctl", "-w", "-D", f"{root}/replica", "-l", f"{root}/replica.log", "-o",
                 options(root, replica_port), "start"], **quiet)


def stop_cluster(root):
    for node in ("replica", "primary"):
        subprocess.run((["runuser", "-u", "postgres", "--"] if AS_ROOT else [])
                       + [f"{PG_BIN}/pg_ctl", "-w", "-D", f"{root}/{node}", "-m", "fast", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def start_pgbouncer(root, port, server_port, pool):
    with open(f"{root}/userlist.txt", "w") as f:
        f.write('"postgres" ""\n')
    with open(f"{root}/pgbouncer.ini", "w") as f:
        f.write(f"""[databases]
* = host=127.0.0.1 port={server_port}
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {port}
unix_socket_dir =
auth_type = trust
auth_file = {root}/userlist.txt
pool_mode = transaction
default_pool_size = {pool}
max_client_conn = 1000
ignore_startup_parameters = extra_float_digits,options
logfile = {root}/pgbouncer.log
""")
    if AS_ROOT:
        for name in ("userlist.txt", "pgbouncer.ini"):
            shutil.chown(f"{root}/{name}", "postgres", "postgres")
    process = subprocess.Popen((["runuser", "-u", "postgres", "--"] if AS_ROOT else [])
                               + ["pgbouncer", f"{root}/pgbouncer.ini"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("pgbouncer did not start")


def server_pids(data_dir):
    with open(f"{data_dir}/postmaster.pid") as f:
        postmaster = f.readline().strip()
    children = subprocess.run(["pgrep", "-P", postmaster], capture_output=True, text=True).stdout.split()
    return [postmaster] + children


def cpu_seconds(pids):
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except OSError:
            pass
    return total / TICKS


def commits(port, database):
    out = subprocess.run(["psql", "-At", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", database,
                          "-c", f"SELECT xact_commit FROM pg_stat_database WHERE datname = '{database}'"],
                         check=True, capture_output=True, text=True).stdout
    return int(out.strip())


def step(args, root, ports, server, name, script, script_args):
    bench.warm_up(args, script, args.clients, script_args, server)
    before = {node: (cpu_seconds(server_pids(f"{root}/{node}")), commits(ports[node], args.database))
              for node in ("primary", "replica")}
    result = bench.wrk(args, script, args.clients, script_args)
    # pg_stat_database is updated when a backend reports, at most every 0.5 s (PGSTAT_MIN_INTERVAL)
    time.sleep(1.5)
    for node in ("primary", "replica"):
        cpu, done = before[node]
        result[f"{node}_cpu"] = cpu_seconds(server_pids(f"{root}/{node}")) - cpu
        result[f"{node}_tx"] = commits(ports[node], args.database) - done
    result["step"] = name
    log(f"{name}: {result['rate']:.0f}/s p99 {result['p99_ms']:.0f} ms, errors {result['errors']}, "
        f"primary {result['primary_cpu']:.1f} CPU-s {result['primary_tx']} tx, "
        f"replica {result['replica_cpu']:.1f} CPU-s {result['replica_tx']} tx")
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=10,
                        help="the least warm-up before each step, then until the JIT is done (bench.warm_up)")
    parser.add_argument("--warmup-max", type=int, default=300, help="the longest warm-up before a step")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--pool", type=int, default=16, help="the server's JDBC pool size (each datasource)")
    parser.add_argument("--bouncer-pool", type=int, default=8, help="PgBouncer's server connections")
    parser.add_argument("--products", type=int, default=99)
    parser.add_argument("--customers", type=int, default=16)
    parser.add_argument("--port", type=int, default=18090)
    parser.add_argument("--jvm-opts", default="-Xms512m -Xmx1g -XX:+UseParallelGC")
    parser.add_argument("--jar", default=bench.JAR)
    parser.add_argument("--database", default="conveyor")
    parser.add_argument("--out", default=os.path.join(bench.HERE, "results", "replica-" + time.strftime("%Y%m%d-%H%M%S")))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if not os.path.exists(args.jar):
        sys.exit(f"{args.jar} is missing: mvn -B -q package -DskipTests")
    root = tempfile.mkdtemp(prefix="conveyor-replica-bench-")
    ports = {"primary": free_port(), "replica": free_port()}
    bouncer_port = free_port()
    args.pg_host, args.pg_user = "127.0.0.1", "postgres"
    secret = "replica-bench-secret-at-least-32-characters"
    direct = f"jdbc:postgresql://127.0.0.1:{ports['primary']}/{args.database}?user=postgres"
    load = os.getloadavg()
    results = []
    bouncer = None
    try:
        log(f"primary on {ports['primary']}, replica on {ports['replica']}, PgBouncer on {bouncer_port}")
        start_cluster(root, ports["primary"], ports["replica"])
        bench.psql(argparse.Namespace(pg_host="127.0.0.1", pg_port=ports["primary"], pg_user="postgres"),
                   f"CREATE DATABASE {args.database}")
        bouncer = start_pgbouncer(root, bouncer_port, ports["primary"], args.bouncer_pool)
        common = {"CONVEYOR_CACHE": "none"}

        args.pg_port = ports["primary"]
        server = bench.start_server(args, args.database, secret, "none", settings=common, name="direct")
        try:
            products, customers, tokens = bench.seed(args)
            api = bench.Api(args.port)
            admin = api.call("POST", "/api/auth/login", {"email": bench.ADMIN_EMAIL,
                                                          "password": bench.ADMIN_PASSWORD})["accessToken"]
            staff_email = f"staff-{int(time.time())}@conveyor.local"
            staff = api.call("POST", "/api/auth/signup", {"email": staff_email, "password": bench.PASSWORD,
                                                         "name": "Bench staff"})
            api.call("PATCH", f"/api/admin/users/{staff['id']}/role", {"role": "STAFF"}, token=admin)
            staff_token = api.call("POST", "/api/auth/login", {"email": staff_email,
                                                               "password": bench.PASSWORD})["accessToken"]
            tokens_file, products_file, staff_file = (os.path.join(args.out, n) for n in
                                                      ("tokens", "products", "staff"))
            for path, lines in ((tokens_file, tokens), (products_file, products), (staff_file, [staff_token])):
                with open(path, "w") as f:
                    f.write("\n".join(lines) + "\n")
            place = [tokens_file, products_file]
            results.append(step(args, root, ports, server, "placement, direct", "place-order.lua", place))
            results.append(step(args, root, ports, server, "order list, primary only", "admin-orders.lua", [staff_file]))
        finally:
            bench.stop(server)

        replica = dict(common, DATASOURCES_READ_URL=f"jdbc:postgresql://127.0.0.1:{ports['replica']}/"
                                                     f"{args.database}?user=postgres",
                       DATASOURCES_READ_MAXIMUM_POOL_SIZE=str(args.pool), DATASOURCES_READ_CONNECTION_TIMEOUT="1000")
        server = bench.start_server(args, args.database, secret, "none", settings=replica, name="replica")
        try:
            time.sleep(3)  # the first probes
            results.append(step(args, root, ports, server, "order list, replica", "admin-orders.lua", [staff_file]))
        finally:
            bench.stop(server)

        bounced = dict(common, DATASOURCES_DEFAULT_URL=f"jdbc:postgresql://127.0.0.1:{bouncer_port}/{args.database}"
                                                       "?user=postgres&prepareThreshold=0&reWriteBatchedInserts=true",
                       FLYWAY_DATASOURCES_DEFAULT_URL=direct)
        server = bench.start_server(args, args.database, secret, "none", settings=bounced, name="pgbouncer")
        try:
            results.append(step(args, root, ports, server, "placement, PgBouncer", "place-order.lua", place))
            results.append(step(args, root, ports, server, "order list, PgBouncer", "admin-orders.lua", [staff_file]))
        finally:
            bench.stop(server)
    finally:
        if bouncer:
            bench.stop(bouncer)
        stop_cluster(root)
        shutil.rmtree(root, ignore_errors=True)
    report(args, results, load)


def report(args, results, load):
    by = {r["step"]: r for r in results}
    print(f"\n{args.clients} clients, {args.seconds} s per step, load average at start "
          f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} on {os.cpu_count()} cores\n")
    print("| step | rate /s | p50 ms | p99 ms | errors | primary CPU-s | primary tx | replica CPU-s | replica tx |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['step']} | {r['rate']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['errors']} | "
              f"{r['primary_cpu']:.1f} | {r['primary_tx']} | {r['replica_cpu']:.1f} | {r['replica_tx']} |")

    def ratio(a, b, key="rate"):
        return by[a][key] / by[b][key] if by[b][key] else float("nan")
    print()
    print(f"order list with the replica / without: {ratio('order list, replica', 'order list, primary only'):.2f}x "
          f"the rate, p99 {ratio('order list, replica', 'order list, primary only', 'p99_ms'):.2f}x")
    print(f"placement through PgBouncer / direct: {ratio('placement, PgBouncer', 'placement, direct'):.2f}x the rate, "
          f"p99 {ratio('placement, PgBouncer', 'placement, direct', 'p99_ms'):.2f}x")
    print(f"order list through PgBouncer / direct: {ratio('order list, PgBouncer', 'order list, primary only'):.2f}x "
          f"the rate, p99 {ratio('order list, PgBouncer', 'order list, primary only', 'p99_ms'):.2f}x")


if __name__ == "__main__":
    main()
