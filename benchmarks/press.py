"""Press benchmark: press room, year archive, search, feeds and a release.

Prints, for 100 / 1,000 / 5,000 releases (plus one clipping for every four), the median time
and query count of each route. Usage:
    .venv/bin/python benchmarks/press.py [--sizes 100,1000,5000]
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
    from django.utils import timezone

    from wagtail_widunetz.press.models import PressReleasePage, PressRoomPage

    call_command("widunetz_demo", verbosity=0)
    client = Client()
    year = timezone.localdate().year
    release = PressReleasePage.objects.live().filter(locale__language_code="de").first()
    room = PressRoomPage.objects.live().get(locale__language_code="de")
    paths = [
        "/de/presse/",
        "/de/presse/?page=3",
        "/de/presse/?kind=clipping",
        "/de/presse/?q=Elterncaf%C3%A9",
        f"/de/presse/{year}/",
        "/ar/presse/",
        "/de/presse/feed/",
        "/de/presse/atom/",
        f"/widunetz/{room.pk}/rss/",
        release.url,
    ]
    rows = []
    total = 0
    for size in sizes:
        _, gen_seconds, _ = timed(
            call_command, "widunetz_generate", press=size - total, verbosity=0
        )
        total = size
        for path in paths:
            ms, queries = measure(client, path)
            rows.append((size, path, f"{gen_seconds:.2f}", f"{ms:.1f}", queries))
        etag = client.get("/de/presse/feed/")["ETag"]
        not_modified = client.get("/de/presse/feed/", HTTP_IF_NONE_MATCH=etag)
        rows.append((size, "feed/ with If-None-Match", "", "", not_modified.status_code))
    print_table(
        "Press routes, SQLite unless DATABASE_URL is set (generate = releases + clippings)",
        ["releases", "path", "generate s", "median ms", "queries"],
        rows,
    )


if __name__ == "__main__":
    main()
