/* The site chrome's small enhancements; every page works without them.
 * 1. The header's "Menu" button: on small screens the menu (search, account links, main menu)
 *    folds away behind a disclosure button. Without JavaScript the menu stays open.
 * 2. A form with errors moves focus to its error summary (GOV.UK and NL Design System pattern),
 *    so a screen reader reads the list of what to fix first. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");

  function setUpMenu() {
    var button = document.querySelector(".site-menu-button");
    var menu = document.getElementById("site-menu");
    if (!button || !menu) return;
    button.hidden = false;
    root.classList.add("has-menu-button");
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("site-menu--open", open);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        button.setAttribute("aria-expanded", "false");
        menu.classList.remove("site-menu--open");
        button.focus();
      }
    });
  }

  function focusErrorSummary() {
    var summary = document.querySelector("[data-error-summary]");
    if (summary && !document.querySelector("[autofocus]")) summary.focus();
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpMenu();
    focusErrorSummary();
  });
})();
