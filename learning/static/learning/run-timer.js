// Countdown for the LOT run view. Without JavaScript the page shows the phase minutes instead.
(function () {
  "use strict";
  var timer = document.getElementById("timer");
  if (!timer) { return; }
  var remaining = parseInt(timer.getAttribute("data-remaining"), 10);
  var running = timer.getAttribute("data-running") === "1";
  if (isNaN(remaining)) { return; }
  var endsAt = Date.now() + remaining * 1000;
  function pad(n) { return n < 10 ? "0" + n : String(n); }
  function show() {
    var seconds = running ? Math.round((endsAt - Date.now()) / 1000) : remaining;
    var over = seconds < 0;
    var abs = Math.abs(seconds);
    timer.textContent = (over ? "+" : "") + Math.floor(abs / 60) + ":" + pad(abs % 60);
    timer.classList.toggle("is-over", over);
  }
  show();
  if (running) { window.setInterval(show, 1000); }
}());
