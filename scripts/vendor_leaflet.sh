#!/bin/sh
# Vendor Leaflet's distribution files into the partners app, so the map loads nothing from a CDN.
# Usage: scripts/vendor_leaflet.sh [version]   (needs npm; run from the repository root)
set -eu
VERSION="${1:-1.9.4}"
DEST="wagtail_widunetz/partners/static/wagtail_widunetz/partners/vendor/leaflet"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
( cd "$WORK" && npm pack --silent "leaflet@$VERSION" >/dev/null && tar -xzf "leaflet-$VERSION.tgz" )
rm -rf "$DEST"
mkdir -p "$DEST/images"
cp "$WORK/package/dist/leaflet.js" "$WORK/package/dist/leaflet.css" "$DEST/"
cp "$WORK/package/dist/images/"*.png "$DEST/images/"
cp "$WORK/package/LICENSE" "$DEST/LICENSE.txt"
echo "$VERSION" > "$DEST/VERSION.txt"
echo "Leaflet $VERSION copied to $DEST"
