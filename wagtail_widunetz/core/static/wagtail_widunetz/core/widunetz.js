/* wagtail-widunetz: small progressive enhancements; every page works without this file. */
(function () {
  "use strict";
  function rot13(s) {
    return s.replace(/[a-z]/gi, function (c) {
      var base = c <= "Z" ? 65 : 97;
      return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
    });
  }
  // Obfuscated e-mail addresses become mailto: links.
  document.querySelectorAll("[data-wn-email]").forEach(function (el) {
    var address = rot13(el.getAttribute("data-wn-email"));
    var link = document.createElement("a");
    link.href = "mailto:" + address;
    link.textContent = address;
    link.setAttribute("dir", "ltr");
    el.replaceWith(link);
  });
})();
