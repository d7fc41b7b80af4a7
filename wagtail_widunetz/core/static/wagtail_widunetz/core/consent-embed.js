/* wagtail-widunetz: embeds from another host (a sign-language video on a platform) only after
   the visitor agrees. Before the click the page has no iframe and requests nothing from that
   host; the plain link beside the button works without JavaScript. */
(function () {
  "use strict";
  if (window.widunetzConsentEmbed) { return; }
  window.widunetzConsentEmbed = true;

  function show(box) {
    var frame = document.createElement("iframe");
    frame.src = box.getAttribute("data-src");
    frame.title = box.getAttribute("data-title") || "";
    frame.setAttribute("allow", "fullscreen; picture-in-picture");
    frame.setAttribute("allowfullscreen", "");
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    var consent = box.querySelector("[data-wn-consent-box]");
    if (consent) { consent.remove(); }
    box.appendChild(frame);
    frame.focus();
  }

  function init() {
    document.querySelectorAll("[data-wn-consent-embed]").forEach(function (box) {
      var button = box.querySelector("[data-wn-consent-button]");
      if (!button) { return; }
      button.hidden = false;
      button.addEventListener("click", function () { show(box); });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
