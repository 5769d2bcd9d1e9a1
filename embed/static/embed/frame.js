/* Inside the embed: tell the embedding intranet page how tall the content is.
   Messages go only to the organisation's allowed origins (from data-allowed-origins), and only
   messages from the parent window on one of those origins are answered. */
(function () {
  "use strict";
  var allowed = [];
  try {
    allowed = JSON.parse(document.body.getAttribute("data-allowed-origins") || "[]");
  } catch (error) {
    allowed = [];
  }
  if (window.parent === window || !allowed.length) {
    return;
  }
  // Chromium and Safari tell us the embedding origin; elsewhere try each allowed origin (the
  // browser delivers a message only when the target origin matches the parent's).
  var targets = allowed;
  var ancestors = window.location.ancestorOrigins;
  if (ancestors && ancestors.length) {
    targets = allowed.indexOf(ancestors[0]) >= 0 ? [ancestors[0]] : [];
  }
  var lastHeight = 0;

  function contentHeight() {
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  }

  function sendHeight(force) {
    var height = contentHeight();
    if (!force && height === lastHeight) {
      return;
    }
    lastHeight = height;
    targets.forEach(function (origin) {
      window.parent.postMessage({ type: "samenspel:height", height: height }, origin);
    });
  }

  window.addEventListener("message", function (event) {
    if (event.source !== window.parent || allowed.indexOf(event.origin) < 0) {
      return;
    }
    if (event.data && event.data.type === "samenspel:measure") {
      sendHeight(true);
    }
  });
  if ("ResizeObserver" in window) {
    new ResizeObserver(function () {
      sendHeight(false);
    }).observe(document.documentElement);
  }
  window.addEventListener("load", function () {
    sendHeight(true);
  });
  sendHeight(true);
})();
