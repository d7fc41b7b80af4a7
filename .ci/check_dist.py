"""Check that the wheel and sdist carry templates, static files, migrations and catalogues,
and no tests, example site or benchmarks."""

import sys
import tarfile
import zipfile
from pathlib import Path

dist = Path(sys.argv[1])
(wheel,) = dist.glob("*.whl")
(sdist,) = dist.glob("*.tar.gz")
names = zipfile.ZipFile(wheel).namelist()
problems = []
for app in ("core", "partners", "events", "press"):
    if not any(n.startswith(f"wagtail_widunetz/{app}/migrations/0001_") for n in names):
        problems.append(f"wheel lacks the {app} migrations")
    if not any(n.startswith(f"wagtail_widunetz/{app}/templates/") for n in names):
        problems.append(f"wheel lacks the {app} templates")
for needed in (
    "wagtail_widunetz/core/static/wagtail_widunetz/core/widunetz.css",
    "wagtail_widunetz/core/locale/de/LC_MESSAGES/django.po",
    "wagtail_widunetz/core/locale/de/LC_MESSAGES/django.mo",
):
    if needed not in names:
        problems.append(f"wheel lacks {needed}")
for forbidden in ("tests/", "example_site/", "benchmarks/"):
    if any(n.startswith(forbidden) for n in names):
        problems.append(f"wheel ships {forbidden}")
with tarfile.open(sdist) as archive:
    sdist_names = archive.getnames()
if not any(
    n.endswith("wagtail_widunetz/core/locale/de/LC_MESSAGES/django.po") for n in sdist_names
):
    problems.append("sdist lacks the German catalogue")
if any("/tests/" in n for n in sdist_names):
    problems.append("sdist ships tests")
if problems:
    sys.exit("\n".join(problems))
print(f"{wheel.name}: {len(names)} files; {sdist.name}: {len(sdist_names)} files; contents ok")
