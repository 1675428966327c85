// Suggestions for place inputs: fills each input's <datalist> from the autocomplete endpoint
// as the user types. Without this script the field still works; the server resolves the text.
(function () {
  "use strict";

  var DELAY_MS = 200;
  var MIN_LENGTH = 2;

  function attach(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var endpoint = input.getAttribute("data-place-autocomplete");
    if (!list || !endpoint || input.hasAttribute("data-place-autocomplete-ready")) {
      return;
    }
    input.setAttribute("data-place-autocomplete-ready", "");
    var timer = null;
    var controller = null;
    var lastQuery = "";

    function show(results) {
      var options = results.map(function (result) {
        var option = document.createElement("option");
        option.value = result.label;
        return option;
      });
      list.replaceChildren.apply(list, options);
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query.length < MIN_LENGTH || query === lastQuery) {
        return;
      }
      lastQuery = query;
      if (controller) {
        controller.abort(); // only the answer to the latest keystroke matters
      }
      controller = new AbortController();
      var url = endpoint + "?q=" + encodeURIComponent(query);
      fetch(url, { headers: { Accept: "application/json" }, signal: controller.signal })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          show(data.results || []);
        })
        .catch(function () {
          // Aborted or offline: keep the old suggestions; typing still works.
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });
  }

  function attachAll() {
    document.querySelectorAll("input[data-place-autocomplete]").forEach(attach);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", attachAll);
  } else {
    attachAll();
  }
})();
