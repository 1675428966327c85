// While a founder fills in "Hilfe anfragen", show up to three guides matching the chosen topics
// and the words typed so far. No framework; works as progressive enhancement (the page renders
// suggestions for pre-filled topics without JavaScript).
(function () {
  "use strict";
  var box = document.querySelector("[data-guide-suggestions]");
  var form = document.querySelector(".help-request-form");
  if (!box || !form) return;
  var list = box.querySelector(".guide-suggestions__list");
  var endpoint = box.getAttribute("data-guide-suggestions");
  var answeredUrl = box.getAttribute("data-answered-url");
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]");
  var buttonLabel = box.querySelector("button") ? box.querySelector("button").textContent : "✓";
  var timer = null;
  var lastQuery = "";

  function selectedTopics() {
    return Array.prototype.map.call(
      form.querySelectorAll("input[name=topics]:checked"), function (el) { return el.value; });
  }

  function render(results, topics) {
    list.textContent = "";
    results.forEach(function (guide) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = guide.url;
      link.textContent = guide.title;
      item.appendChild(link);
      var answered = document.createElement("form");
      answered.method = "post";
      answered.action = answeredUrl;
      answered.className = "inline-form";
      [["csrfmiddlewaretoken", csrf ? csrf.value : ""], ["guide", guide.id],
       ["thema", topics[0] || ""]].forEach(function (pair) {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = pair[0];
        input.value = pair[1];
        answered.appendChild(input);
      });
      var button = document.createElement("button");
      button.type = "submit";
      button.className = "link-button";
      button.textContent = buttonLabel;
      answered.appendChild(button);
      item.appendChild(answered);
      list.appendChild(item);
    });
    box.hidden = results.length === 0;
  }

  function update() {
    var topics = selectedTopics();
    var description = form.querySelector("textarea[name=description]");
    var words = description ? description.value.trim().split(/\s+/).slice(-12).join(" ") : "";
    var query = "themen=" + encodeURIComponent(topics.join(",")) + "&q=" + encodeURIComponent(words);
    if (query === lastQuery) return;
    lastQuery = query;
    fetch(endpoint + "?" + query, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) { render(data.results || [], topics); })
      .catch(function () { /* suggestions are a convenience; the form works without them */ });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 400);
  }

  form.addEventListener("change", function (event) {
    if (event.target.name === "topics") later();
  });
  form.addEventListener("input", function (event) {
    if (event.target.name === "description") later();
  });
})();
