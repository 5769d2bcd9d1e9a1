// Search-as-you-type: enhances the plain GET search form by fetching the results fragment.
// Without JavaScript the form submits normally. Also wires the work card's print button.
(function () {
  "use strict";
  var form = document.querySelector("form[data-live-search]");
  if (form) {
    var input = form.querySelector("input[name=q]");
    var target = document.getElementById(form.getAttribute("data-live-search"));
    var endpoint = form.getAttribute("data-results-url");
    var timer = null;
    var latest = 0;
    var update = function () {
      var params = new URLSearchParams(new FormData(form));
      var ticket = ++latest;
      fetch(endpoint + "?" + params.toString(), { headers: { "X-Requested-With": "fetch" } })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html === null || ticket !== latest) return;
          target.innerHTML = html;
          history.replaceState(null, "", form.action + "?" + params.toString());
        })
        .catch(function () { /* the normal form still works */ });
    };
    var schedule = function () {
      clearTimeout(timer);
      timer = setTimeout(update, 250);
    };
    input.addEventListener("input", schedule);
    form.querySelectorAll("select").forEach(function (select) {
      select.addEventListener("change", schedule);
    });
  }
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
