/* wagtail-widunetz partner map: Leaflet (served locally) draws the filtered partners from
   ./map/data/. No map tile is requested before the visitor clicks "agree"; the consent is
   kept for the browser session only. The list next to the map works without any of this. */
(function () {
  "use strict";
  var section = document.querySelector("[data-wn-map]");
  if (!section || !window.L) { return; }
  var box = section.querySelector("[data-wn-map-consent-box]");
  var button = section.querySelector("[data-wn-map-consent]");
  var canvas = section.querySelector("[data-wn-map-canvas]");
  var KEY = "widunetz-map-consent";
  var shown = false;

  function popup(feature) {
    var p = feature.properties || {};
    var wrap = document.createElement("div");
    var link = document.createElement("a");
    link.href = p.url;
    link.textContent = p.name;
    var strong = document.createElement("strong");
    strong.appendChild(link);
    wrap.appendChild(strong);
    [p.kind, p.address].forEach(function (text) {
      if (text) {
        var line = document.createElement("div");
        line.textContent = text;
        wrap.appendChild(line);
      }
    });
    return wrap;
  }

  function show() {
    if (shown) { return; }
    shown = true;
    try { window.sessionStorage.setItem(KEY, "1"); } catch (e) { /* private mode */ }
    box.hidden = true;
    canvas.hidden = false;
    var map = window.L.map(canvas, { scrollWheelZoom: false }).setView([52.115, 8.673], 13);
    window.L.tileLayer(section.getAttribute("data-tiles"), {
      maxZoom: 19,
      attribution: section.getAttribute("data-attribution")
    }).addTo(map);
    fetch(section.getAttribute("data-src"), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var layer = window.L.geoJSON(data, {
          pointToLayer: function (feature, latlng) {
            var name = (feature.properties && feature.properties.name) || "";
            return window.L.marker(latlng, { title: name, alt: name, keyboard: true });
          },
          onEachFeature: function (feature, marker) { marker.bindPopup(popup(feature)); }
        }).addTo(map);
        if (data.features && data.features.length) {
          map.fitBounds(layer.getBounds(), { maxZoom: 15, padding: [24, 24] });
        }
        section.setAttribute("data-wn-markers", String((data.features || []).length));
      });
  }

  button.hidden = false;
  button.addEventListener("click", show);
  var agreed = false;
  try { agreed = window.sessionStorage.getItem(KEY) === "1"; } catch (e) { agreed = false; }
  if (agreed) { show(); }
})();
