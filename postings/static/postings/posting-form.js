/* Progressive enhancement for the posting form: when the employer leaves the job title field,
   the classifier's suggestion fills "Role" and "Level" if they are still on "Suggest from the
   title". Without this file the server makes the same suggestion when the form is saved. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-suggest-url]");
  if (!form || !window.fetch) { return; }
  var title = form.querySelector("#id_title");
  var status = document.getElementById("suggestion-status");

  function fill(select, value) {
    if (!select || select.value || value === null || value === undefined) { return false; }
    select.value = String(value);
    return select.value === String(value);
  }

  title.addEventListener("change", function () {
    if (!title.value.trim()) { return; }
    var url = form.dataset.suggestUrl + "?title=" + encodeURIComponent(title.value);
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (suggestion) {
        if (!suggestion) { return; }
        var role = fill(form.querySelector("#id_role_family"), suggestion.role_family_id);
        var level = fill(form.querySelector("#id_seniority"), suggestion.seniority_id);
        if ((role || level) && status) {
          status.textContent = form.dataset.suggested;  // written by the page, in its language
        }
      })
      .catch(function () { /* the server suggests on save anyway */ });
  });
})();
