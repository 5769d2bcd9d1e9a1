// The header search as a WAI-ARIA 1.2 combobox with a listbox of suggestions, grouped by kind.
// Without JavaScript (or when the suggestions cannot be fetched) it is a plain GET form to the
// results page. Keys: Down/Up move through the suggestions (Down opens them), Enter opens the
// chosen one or submits the question, Escape closes the list (and clears the box when closed),
// Home/End move the caret as usual.
(function () {
  "use strict";
  var form = document.querySelector("form.site-search[data-suggest-url]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[name=q]");
  var endpoint = form.getAttribute("data-suggest-url");
  var hint = document.getElementById("site-search-hint");
  var field = form.querySelector(".site-search__field");
  var listbox = document.createElement("div");
  var status = document.createElement("p");
  var options = [];
  var active = -1;
  var timer = null;
  var latest = 0;
  var nl = (document.documentElement.lang || "nl").indexOf("en") !== 0;
  var text = {
    label: nl ? "Suggesties" : "Suggestions",
    all: nl ? "Alle resultaten in " : "All results in ",
    count: function (n) {
      if (nl) return n === 1 ? "1 suggestie" : n + " suggesties";
      return n === 1 ? "1 suggestion" : n + " suggestions";
    },
    none: nl ? "Geen suggesties" : "No suggestions"
  };

  listbox.id = "site-search-listbox";
  listbox.className = "site-search__listbox";
  listbox.setAttribute("role", "listbox");
  listbox.setAttribute("aria-label", text.label);
  listbox.hidden = true;
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  field.appendChild(listbox);
  form.appendChild(status);
  if (hint) {
    hint.hidden = false;
    input.setAttribute("aria-describedby", hint.id);
  }
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listbox.id);

  function close() {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }

  function open() {
    if (!options.length) return;
    listbox.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function setActive(index) {
    if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
    active = index;
    if (active >= 0 && options[active]) {
      options[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function option(id, label, url, extraClass) {
    var element = document.createElement("div");
    element.id = id;
    element.className = "site-search__option" + (extraClass ? " " + extraClass : "");
    element.setAttribute("role", "option");
    element.setAttribute("aria-selected", "false");
    element.setAttribute("data-url", url);
    element.textContent = label;
    options.push(element);
    return element;
  }

  function render(data) {
    listbox.textContent = "";
    options = [];
    (data.groups || []).forEach(function (group, g) {
      var box = document.createElement("div");
      var heading = document.createElement("div");
      box.setAttribute("role", "group");
      box.className = "site-search__group";
      heading.id = "site-search-group-" + g;
      heading.className = "site-search__group-label";
      heading.setAttribute("role", "presentation");
      heading.textContent = group.label + " (" + group.total + (group.more ? "+" : "") + ")";
      box.setAttribute("aria-labelledby", heading.id);
      box.appendChild(heading);
      group.items.forEach(function (item, i) {
        box.appendChild(option("site-search-option-" + g + "-" + i, item.title, item.url));
      });
      box.appendChild(
        option("site-search-more-" + g, text.all + group.label.toLowerCase(), group.url,
          "site-search__option--more")
      );
      listbox.appendChild(box);
    });
    var hits = options.length - (data.groups || []).length;
    status.textContent = input.value.trim().length < 2 ? "" : hits ? text.count(hits) : text.none;
    setActive(-1);
    if (options.length && document.activeElement === input) open();
    else close();
  }

  function update() {
    var query = input.value.trim();
    var ticket = ++latest;
    if (query.length < 2) {
      render({ groups: [] });
      return;
    }
    fetch(endpoint + "?" + new URLSearchParams({ q: query }).toString(), {
      headers: { Accept: "application/json" },
      credentials: "same-origin"
    })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (data && ticket === latest) render(data);
      })
      .catch(function () { /* the plain form still works */ });
  }

  function go(index) {
    var url = options[index] && options[index].getAttribute("data-url");
    if (url) window.location.assign(url);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 200);
  });
  input.addEventListener("keydown", function (event) {
    var expanded = !listbox.hidden;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!expanded) { open(); if (!options.length) update(); return; }
        setActive(active + 1 < options.length ? active + 1 : 0);
        break;
      case "ArrowUp":
        if (!expanded) return;
        event.preventDefault();
        setActive(active > 0 ? active - 1 : options.length - 1);
        break;
      case "Enter":
        if (expanded && active >= 0) {
          event.preventDefault();
          go(active);
        }
        break;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = "";
          render({ groups: [] });
        }
        break;
      case "Tab":
        close();
        break;
    }
  });
  input.addEventListener("focus", function () { if (options.length) open(); });
  input.addEventListener("blur", function () { setTimeout(close, 150); });
  // mousedown, not click: it comes before the input's blur closes the list.
  listbox.addEventListener("mousedown", function (event) {
    var target = event.target.closest("[role=option]");
    if (!target) return;
    event.preventDefault();
    go(options.indexOf(target));
  });
})();
