"""Partner directory benchmark: directory, filters, map data and profiles at scale.

Prints, for 100 / 1,000 / 5,000 partners (with facet links from ``widunetz_generate``), the median
time and query count of the directory (plain, filtered, searched, last page), the map page, its
JSON data and a profile with its vCard. Usage:
    .venv/bin/python benchmarks/partners.py [--sizes 100,1000,5000]
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
    from django.db import connection
    from django.test import Client

    from wagtail_widunetz.core import demo as core_demo
    from wagtail_widunetz.partners.models import PartnerPage

    _, seconds, _ = timed(core_demo.load)
    print(f"core vocabulary and locales: {seconds:.1f} s")

    client = Client()
    rows = []
    total = 0
    for size in sizes:
        _, gen_seconds, _ = timed(call_command, "widunetz_generate", partners=size - total)
        total = size
        if connection.vendor == "postgresql":
            # Bulk inserts leave the planner's statistics stale; autovacuum would catch up.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        profile = PartnerPage.objects.live().order_by("pk").first().url
        last_page = (size + 19) // 20
        paths = [
            ("directory", "/de/netzwerk/"),
            ("2 facets", "/de/netzwerk/?topic=beratung&topic=sprachkurs&language=ar"),
            ("search q", "/de/netzwerk/?q=Beratung"),
            ("last page", f"/de/netzwerk/?page={last_page}"),
            ("map page", "/de/netzwerk/map/?topic=beratung"),
            ("map data", "/de/netzwerk/map/data/?topic=beratung"),
            ("profile", profile),
            ("vCard", profile + "vcard/"),
        ]
        for label, path in paths:
            ms, queries = measure(client, path)
            rows.append((size, label, f"{gen_seconds:.2f}", f"{ms:.1f}", queries))
    print_table(
        "Partner directory and profiles (SQLite unless DATABASE_URL is set)",
        ["partners", "view", "generate s", "median ms", "queries"],
        rows,
    )


if __name__ == "__main__":
    main()
