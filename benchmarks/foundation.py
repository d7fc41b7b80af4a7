"""Foundation benchmark: demo load, bulk generation and the plain index pages.

Prints, for 100 / 1,000 / 5,000 items of each kind, the time to generate them and the median
time and query count of the first page of each index. Usage:
    .venv/bin/python benchmarks/foundation.py [--sizes 100,1000,5000]
"""

import argparse

from _harness import measure, print_table, setup_django, timed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000,5000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    setup_django()
    from django.core.management import call_command
    from django.test import Client

    _, seconds, peak = timed(call_command, "widunetz_demo", verbosity=0)
    print(f"widunetz_demo: {seconds:.1f} s, peak traced memory {peak:.0f} MiB")

    client = Client()
    rows = []
    total = 0
    for size in sizes:
        add = size - total
        _, gen_seconds, _ = timed(
            call_command, "widunetz_generate", partners=add, events=add, press=add, verbosity=0
        )
        total = size
        for path in ("/de/netzwerk/", "/de/veranstaltungen/", "/de/presse/"):
            ms, queries = measure(client, path)
            rows.append((size, path, f"{gen_seconds:.2f}", f"{ms:.1f}", queries))
    print_table(
        "Index pages (first page of 20), SQLite unless DATABASE_URL is set",
        ["items", "page", "generate s (3 kinds)", "median ms", "queries"],
        rows,
    )


if __name__ == "__main__":
    main()
