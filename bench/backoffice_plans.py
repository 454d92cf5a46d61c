#!/usr/bin/env python3
"""EXPLAIN (ANALYZE, BUFFERS) of each query shape of the admin order list at 1,000,000 orders.

Runs on the benchmark's database (bench/backoffice.sh --keep-database seeds it and lets the server migrate
it) the queries JdbcAdminOrdersAdapter and AdminOrderText build for each shape: the page of 20 (the page's
ids first, then their orders, lines and customers) and the count capped at 1,001. Prints per shape the
buffers (shared hit + read: they do not depend on the machine's load) and the execution time, and writes
the whole plans to --out; the same for the look-ups AdminOrderText runs before a page to choose its shape.

Usage: python3 bench/backoffice_plans.py [--database conveyor_bench_backoffice] [--out plans.txt] [--only TEXT]
"""
import argparse
import re
import subprocess

PAGE = """SELECT o.*, l.*, CASE WHEN c.deleted_at IS NULL THEN c.email END AS customer_email
  FROM (SELECT {id} AS page_id{sort_key} {source}{join} {where} ORDER BY {order} LIMIT 20 OFFSET {offset}) p
  JOIN orders o ON o.id = p.page_id JOIN order_lines l ON l.order_id = o.id JOIN users c ON c.id = o.customer_id
 ORDER BY {page_order}, l.line_no"""
COUNT = "SELECT COUNT(*) FROM (SELECT 1 {source} {where} LIMIT 1001) m"
ORDERS = "FROM orders o"
# the copies kept by triggers on PostgreSQL that a shape reads instead of orders: alias and table
COPIES = {"seller": ("so", "seller_orders"), "sku": ("k", "sku_orders")}
ANYWHERE = """o.id = ANY(ARRAY(SELECT t.id FROM orders t WHERE lower(t.number) LIKE '{p}'
 UNION SELECT t.id FROM orders t WHERE t.customer_id IN (SELECT u.id FROM users u WHERE u.deleted_at IS NULL
        AND (lower(u.email) LIKE '{p}' OR lower(u.name) LIKE '{p}'))
 UNION SELECT t.order_id FROM order_lines t WHERE lower(t.sku) LIKE '{p}'))"""


# the queries AdminOrderText runs before a page, to decide its shape
LOOKUPS = {
    "q = sku: does the text start a number, which SKUs": """SELECT EXISTS (SELECT 1 FROM orders t WHERE t.number LIKE 'SKU-00123%'),
       (SELECT min(t.sku) FROM sku_orders t WHERE t.sku LIKE 'SKU-00123%'),
       (SELECT max(t.sku) FROM sku_orders t WHERE t.sku LIKE 'SKU-00123%')""",
}


def order_by(sort, direction, prefix="o", ident="id", ranged=False, email="c.email"):
    tie = f"{prefix}.placed_at {direction}, {prefix}.{ident} {direction}"
    number = 'o.number COLLATE "C"' if ranged else "o.number"
    return {"createdAt": tie, "number": f"{number} {direction}", "total": f"{prefix}.total_minor {direction}, {tie}",
            "status": f"{prefix}.status {direction}, {tie}", "customerEmail": f"{email} {direction}, {tie}"}[sort]


def shapes(v):
    """name -> (where on o or the copy, sort, direction, offset, copy: None, "seller" or "sku")"""
    shapes = {
        "no filter": ("", "createdAt", "DESC", 0, None),
        "status": ("WHERE o.status = 'PROCESSING'", "createdAt", "DESC", 0, None),
        "payment + fulfilment status": ("WHERE o.payment_status = 'PARTIALLY_PAID' AND o.fulfillment_status = 'SHIPPED'",
                                        "createdAt", "DESC", 0, None),
        "a week": (f"WHERE o.placed_at >= '{v['week_from']}' AND o.placed_at < '{v['week_to']}'", "createdAt", "DESC", 0,
                   None),
        "seller": (f"WHERE so.seller_id = '{v['seller']}'", "createdAt", "DESC", 0, "seller"),
        "seller + status, by total": (f"WHERE so.seller_id = '{v['seller']}' AND so.status = 'PROCESSING'", "total",
                                      "DESC", 0, "seller"),
        "status, page 50": ("WHERE o.status = 'PROCESSING'", "createdAt", "DESC", 1000, None),
        "no filter, page 500": ("", "createdAt", "DESC", 10000, None),
        "q = whole order number": ("WHERE o.number = 'ORD-2026-0123456'", "createdAt", "DESC", 0, None),
        "q = order number prefix (100)": ("WHERE o.number LIKE 'ORD-2026-01234%'", "createdAt", "DESC", 0, None),
        "q = one customer's email (1,000 orders)": (f"WHERE o.customer_id = '{v['customer']}'", "createdAt", "DESC", 0,
                                                    None),
        "q = one customer's email, by total": (f"WHERE o.customer_id = '{v['customer']}'", "total", "DESC", 0, None),
        "q = email prefix (10 customers)": (f"WHERE o.customer_id = ANY('{v['customers10']}'::uuid[])", "createdAt",
                                            "DESC", 0, None),
        "q = name words (16 customers)": (f"WHERE o.customer_id = ANY('{v['names']}'::uuid[])", "createdAt", "DESC", 0,
                                          None),
        # AdminOrderText finds that the text starts one SKU only (LOOKUPS) and reads sku_orders (V44) by it
        "q = sku": ("WHERE k.sku = 'SKU-00123'", "createdAt", "DESC", 0, "sku"),
        "q = sku, oldest first": ("WHERE k.sku = 'SKU-00123'", "createdAt", "ASC", 0, "sku"),
        "q = sku + status": ("WHERE k.sku = 'SKU-00123' AND k.status = 'CONFIRMED'", "createdAt", "DESC", 0, "sku"),
        "q = sku + status, oldest first": ("WHERE k.sku = 'SKU-00123' AND k.status = 'CONFIRMED'", "createdAt", "ASC",
                                           0, "sku"),
        # other sorts, and a start of several SKUs, read the lines
        "q = sku, sort=total,desc": (
            "WHERE o.id IN (SELECT t.order_id FROM order_lines t WHERE t.sku LIKE 'SKU-00123%')", "total", "DESC", 0,
            None),
        "q = sku prefix (10 SKUs)": ("WHERE o.id IN (SELECT t.order_id FROM order_lines t WHERE t.sku LIKE 'SKU-0012%')",
                                     "createdAt", "DESC", 0, None),
        "q = fragment anywhere (trigram)": ("WHERE " + ANYWHERE.format(p="%tomer-0123%"), "createdAt", "DESC", 0, None),
    }
    for sort in ("createdAt", "number", "total", "status", "customerEmail"):
        for direction in ("ASC", "DESC"):
            shapes[f"sort={sort},{direction.lower()}"] = ("", sort, direction, 0, None)
        shapes[f"status, sort={sort},desc"] = ("WHERE o.status = 'COMPLETED'", sort, "DESC", 0, None)
        shapes[f"seller, sort={sort},desc"] = (f"WHERE so.seller_id = '{v['seller']}'", sort, "DESC", 0, "seller")
        shapes[f"a week, sort={sort},desc"] = (
            f"WHERE o.placed_at >= '{v['week_from']}' AND o.placed_at < '{v['week_to']}'", sort, "DESC", 0, None)
    return shapes


def psql(args, sql):
    return subprocess.run(["psql", "-X", "-tA", "-h", args.pg_host, "-U", args.pg_user, "-d", args.database, "-c", sql],
                          check=True, capture_output=True, text=True).stdout.strip()


def explain(args, sql):
    plan = psql(args, "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql)
    first = next((line for line in plan.splitlines() if "Buffers:" in line), "")
    hit = sum(int(x) for x in re.findall(r"(?:hit|read)=(\d+)", first))
    time = float(re.search(r"Execution Time: ([\d.]+)", plan).group(1))
    return plan, hit, time


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", default="conveyor_bench_backoffice")
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--out", default="backoffice-plans.txt")
    parser.add_argument("--only")
    args = parser.parse_args()
    v = {
        "customer": psql(args, "SELECT id FROM users WHERE email = 'customer-0123@bench.conveyor'"),
        "seller": psql(args, "SELECT id FROM users WHERE email = 'seller-05@bench.conveyor'"),
        "customers10": psql(args, "SELECT array_agg(id) FROM users WHERE email LIKE 'customer-012%'"),
        "names": psql(args, "SELECT array_agg(id) FROM users WHERE ' ' || lower(name) LIKE '% ada%'"
                            " AND ' ' || lower(name) LIKE '% love%'"),
        "week_from": psql(args, "SELECT max(placed_at) - interval '200 days' FROM orders"),
        "week_to": psql(args, "SELECT max(placed_at) - interval '193 days' FROM orders"),
    }
    print("| shape | page: buffers | page: ms | count: buffers | count: ms |")
    print("|---|---|---|---|---|")
    with open(args.out, "w") as out:
        for name, (where, sort, direction, offset, copy) in shapes(v).items():
            if args.only and args.only not in name:
                continue
            names_orders = re.search(r"\bo\.", where) is not None
            # seller_orders carries the customer's e-mail (V43): a seller's page joins users only to show it
            joins_customer = sort == "customerEmail" and copy != "seller"
            email = "so.customer_email" if copy == "seller" else "c.email"
            by_orders = sort == "number" or joins_customer or names_orders
            prefix, ident = (COPIES[copy][0], "order_id") if copy else ("o", "id")
            alone = f"FROM {COPIES[copy][1]} {prefix}" if copy else ORDERS
            joined = f"{alone} JOIN orders o ON o.id = {prefix}.order_id" if copy else ORDERS
            source = joined if by_orders else alone
            page = PAGE.format(id=f"{prefix}.{ident}", source=source, where=where, offset=offset,
                               sort_key=f", {email} AS sort_email" if sort == "customerEmail" else "",
                               join=" JOIN users c ON c.id = o.customer_id" if joins_customer else "",
                               order=order_by(sort, direction, prefix, ident, "placed_at" in where, email),
                               page_order=order_by(sort, direction, ranged="placed_at" in where)
                               .replace("c.email", "p.sort_email"))
            count = COUNT.format(source=joined if names_orders else alone, where=where)
            explain(args, page)  # warm: buffers are what a page reads, times those of a warm cache
            page_plan, page_buffers, page_ms = explain(args, page)
            count_plan, count_buffers, count_ms = explain(args, count)
            print(f"| {name} | {page_buffers:,} | {page_ms:.1f} | {count_buffers:,} | {count_ms:.1f} |", flush=True)
            out.write(f"=== {name}: page\n{page}\n{page_plan}\n\n=== {name}: count\n{count}\n{count_plan}\n\n")
        for name, lookup in LOOKUPS.items():
            if args.only and args.only not in name:
                continue
            explain(args, lookup)
            plan, buffers, ms = explain(args, lookup)
            print(f"| {name} | {buffers:,} | {ms:.1f} | | |", flush=True)
            out.write(f"=== {name}\n{lookup}\n{plan}\n\n")


if __name__ == "__main__":
    main()
