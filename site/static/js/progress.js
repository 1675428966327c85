// Progress pages (imports, matching runs): ask every second how far the job has got, and
// update the <progress> bar and its aria-live text; once the job has ended, reload the page
// for the result. The JSON answer is {done, total, state: running|done|failed, message}.
// Without JavaScript a <noscript> meta refresh does the same every two seconds.
(function () {
  "use strict";
  var box = document.querySelector("[data-progress]");
  if (!box) {
    return;
  }
  var url = box.getAttribute("data-progress-url");
  var bar = box.querySelector("progress");
  var text = box.querySelector("[data-progress-message]");

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (response.status >= 400 && response.status < 500) {
          window.location.reload(); // gone or not ours: the page itself says so
          return null;
        }
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (data) {
        if (data === null) {
          return;
        }
        if (data.state !== "running") {
          window.location.reload();
          return;
        }
        if (data.total > 0) {
          bar.max = data.total;
          bar.value = data.done;
        }
        if (text.textContent !== data.message) {
          text.textContent = data.message;
        }
        window.setTimeout(poll, 1000);
      })
      .catch(function () {
        window.setTimeout(poll, 1000);
      });
  }

  window.setTimeout(poll, 1000);
})();
