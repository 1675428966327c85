/* Keeps what a person types into a form marked data-keep="<key>" in this browser tab
   (sessionStorage), so that nothing is lost when sending fails: a server error, a lost
   connection, a database restart. When the form is shown afresh (not sent back by the server
   with the input, which it marks data-keep-bound), the fields are filled back in. A page confirming success carries data-keep-clear="<key>" and the copy is dropped.
   Passwords, files, hidden fields and the anti-spam answer are never stored. */
(function () {
  "use strict";
  var PREFIX = "keep:";

  function storage() {
    try { return window.sessionStorage; } catch (error) { return null; }
  }

  function storable(field) {
    var type = (field.type || "").toLowerCase();
    return field.name && !field.disabled &&
      ["password", "file", "hidden", "submit", "button", "reset"].indexOf(type) === -1 &&
      field.name.indexOf("antispam") !== 0;
  }

  function read(form) {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!storable(field)) return;
      var type = field.type.toLowerCase();
      if (type === "checkbox" || type === "radio") {
        values[field.name] = values[field.name] || [];
        if (field.checked) values[field.name].push(field.value);
      } else if (field.multiple) {
        values[field.name] = Array.prototype.filter.call(field.options, function (o) {
          return o.selected;
        }).map(function (o) { return o.value; });
      } else {
        values[field.name] = field.value;
      }
    });
    return values;
  }

  function restore(form, values) {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!storable(field) || !(field.name in values)) return;
      var value = values[field.name];
      var type = field.type.toLowerCase();
      if (type === "checkbox" || type === "radio") {
        field.checked = value.indexOf(field.value) !== -1;
      } else if (field.multiple) {
        Array.prototype.forEach.call(field.options, function (option) {
          option.selected = value.indexOf(option.value) !== -1;
        });
      } else {
        field.value = value;
      }
    });
  }

  var store = storage();
  if (!store) return;
  document.querySelectorAll("[data-keep-clear]").forEach(function (element) {
    store.removeItem(PREFIX + element.getAttribute("data-keep-clear"));
  });
  document.querySelectorAll("form[data-keep]").forEach(function (form) {
    var key = PREFIX + form.getAttribute("data-keep");
    var saved = null;
    try { saved = JSON.parse(store.getItem(key)); } catch (error) { saved = null; }
    // A form the server sent back with the person's input (data-keep-bound) is complete already.
    if (saved && !form.hasAttribute("data-keep-bound")) restore(form, saved);
    function save() { store.setItem(key, JSON.stringify(read(form))); }
    form.addEventListener("input", save);
    form.addEventListener("change", save);
  });
})();
