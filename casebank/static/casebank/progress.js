// The de-identification progress page: asks the JSON status endpoint every few seconds and
// updates the live region, without reloading the page. Shows the retry button when the
// de-identification failed and opens the draft when it is ready. Without JavaScript the page
// works through its "Vernieuw" link.
(function () {
  "use strict";
  var root = document.getElementById("deidentify-progress");
  if (!root || !window.fetch) { return; }
  var url = root.getAttribute("data-status-url");
  var message = document.getElementById("progress-message");
  var busy = document.getElementById("progress-busy");
  var retry = document.getElementById("retry-form");
  var review = document.getElementById("review-link");
  var state = root.getAttribute("data-state");
  var INTERVAL = 2000;
  var delay = INTERVAL;

  function finished() { return state === "done" || state === "failed"; }

  function show(data) {
    if (data.state !== state || message.textContent !== data.message) {
      message.textContent = data.message;
    }
    state = data.state;
    root.setAttribute("data-state", state);
    message.className = "progress-message progress-message--" + state;
    busy.hidden = finished();
    retry.hidden = state !== "failed";
    review.hidden = state !== "done";
    if (state === "done") {
      window.setTimeout(function () { window.location.assign(data.review_url); }, 1500);
    }
  }

  function poll() {
    window.fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("status " + response.status); }
        return response.json();
      })
      .then(function (data) { delay = INTERVAL; show(data); })
      .catch(function () { delay = Math.min(delay * 2, 30000); })
      .then(function () { if (!finished()) { window.setTimeout(poll, delay); } });
  }

  if (!finished()) { window.setTimeout(poll, delay); }
}());
