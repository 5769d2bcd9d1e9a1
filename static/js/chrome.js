/* The site chrome's small enhancements; every page works without them.
 * 1. The header's "Menu" button: on small screens the menu (search, account links, main menu)
 *    folds away behind a disclosure button. Without JavaScript the menu stays open.
 * 2. A form with errors moves focus to its error summary (GOV.UK and NL Design System pattern),
 *    so a screen reader reads the list of what to fix first; its links put the cursor in the
 *    field.
 * 3. A table wider than the screen scrolls in its own box instead of the whole page. */
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
    if (!summary) return;
    if (!document.querySelector("[autofocus]")) summary.focus();
    // A link in the summary puts the cursor in its field, with the field's label in view.
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      var field = link && document.getElementById(link.getAttribute("href").slice(1));
      if (!field) return;
      event.preventDefault();
      var group = field.closest(".field, fieldset") || field;
      group.scrollIntoView();
      field.focus({ preventScroll: true });
    });
  }

  // A table wider than the screen scrolls sideways in its own box (NL Design System table
  // container), which keyboard users can scroll too; the page itself never does.
  function contain(table, index) {
    if (table.closest(".table-scroll") || table.scrollWidth <= table.parentElement.clientWidth) return;
    var box = document.createElement("div");
    box.className = "table-scroll utrecht-table-container";
    box.tabIndex = 0;
    box.setAttribute("role", "region");
    var caption = table.querySelector("caption");
    if (caption) {
      caption.id = caption.id || "tabel-" + index;
      box.setAttribute("aria-labelledby", caption.id);
    } else {
      box.setAttribute("aria-label", table.closest("main").getAttribute("data-table-label") || "Tabel");
    }
    table.parentNode.insertBefore(box, table);
    box.appendChild(table);
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpMenu();
    focusErrorSummary();
    document.querySelectorAll("main table").forEach(contain);
  });
})();
