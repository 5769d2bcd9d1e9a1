/* Samenspel intranet snippet. Usage (one line, without async, so the frame's space is reserved
   while the page is parsed and nothing below it jumps):
   <script src="https://SAMENSPEL/embed/samenspel-embed.js"
           data-samenspel-embed="https://SAMENSPEL/embed/ORGANISATION/PAGE/"
           data-samenspel-title="Page title"></script>
   It puts an iframe with a title in place of the script and resizes it to its content when the
   embedded page reports its height. Only messages from Samenspel's own origin, sent by that
   very iframe, are believed. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) {
    return;
  }
  var providerOrigin = new URL(script.src).origin;
  var target = script.getAttribute("data-samenspel-embed");
  if (!target) {
    return;
  }
  var url = new URL(target, script.src);
  if (url.origin !== providerOrigin || url.pathname.indexOf("/embed/") !== 0) {
    return;
  }
  var initialHeight = parseInt(script.getAttribute("data-samenspel-height") || "600", 10);
  if (!(initialHeight > 0)) {
    initialHeight = 600;
  }
  var frame = document.createElement("iframe");
  frame.src = url.href;
  frame.title = (script.getAttribute("data-samenspel-title") || "Samenspel") + " – Samenspel";
  frame.className = "samenspel-embed";
  frame.style.display = "block";
  frame.style.width = "100%";
  frame.style.maxWidth = "100%";
  frame.style.border = "0";
  frame.style.height = initialHeight + "px";
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener("message", function (event) {
    if (event.origin !== providerOrigin || event.source !== frame.contentWindow) {
      return;
    }
    var data = event.data;
    if (!data || data.type !== "samenspel:height") {
      return;
    }
    var height = Number(data.height);
    if (isFinite(height) && height >= 50 && height <= 100000) {
      frame.style.height = Math.ceil(height) + "px";
    }
  });
  frame.addEventListener("load", function () {
    frame.contentWindow.postMessage({ type: "samenspel:measure" }, providerOrigin);
  });
})();
