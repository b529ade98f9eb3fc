/* Progressive enhancement for /jobs/: the page works without this file. With it, changing a
   filter or the sort updates facets and results in place, keeps the URL in step (the server's
   canonical URL), and keeps keyboard focus on the control that changed. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var form = document.getElementById("job-search");
  if (!form || !window.fetch || !window.DOMParser) { return; }
  var pending = null;

  function urlFor(formElement) {
    var params = new URLSearchParams(new FormData(formElement));
    Array.from(params.keys()).forEach(function (key) {
      if (!params.get(key)) { params.delete(key); }
    });
    return form.action + (params.toString() ? "?" + params.toString() : "");
  }

  function update(url, focusId, push) {
    if (pending) { pending.abort(); }
    pending = new AbortController();
    var layout = form.querySelector(".search-layout");
    layout.setAttribute("aria-busy", "true");
    fetch(url, { signal: pending.signal, headers: { "X-Requested-With": "fetch" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.querySelector(".search-layout");
        if (!fresh) { window.location.href = url; return; }
        layout.replaceWith(fresh);
        // The job alert form below the results follows the search shown.
        var alertQuery = document.querySelector('.alert-signup input[name="query"]');
        var freshQuery = page.querySelector('.alert-signup input[name="query"]');
        if (alertQuery && freshQuery) { alertQuery.value = freshQuery.value; }
        var canonical = page.querySelector('link[rel="canonical"]');
        var shown = canonical ? canonical.getAttribute("href") : url;
        if (push) { history.pushState({}, "", shown); } else { history.replaceState({}, "", shown); }
        document.title = page.title;
        var target = focusId && document.getElementById(focusId);
        if (target) { target.focus(); }
      })
      .catch(function (error) { if (error.name !== "AbortError") { window.location.href = url; } });
  }

  form.addEventListener("change", function (event) {
    var field = event.target;
    if (field.matches('input[type="checkbox"], select')) {
      update(urlFor(form), field.id, true);
    }
  });
  form.addEventListener("click", function (event) {
    var link = event.target.closest(".refinements a, .pagination a");
    if (!link) { return; }
    event.preventDefault();
    update(link.href, "results-heading", true);
  });
  window.addEventListener("popstate", function () { update(window.location.href, null, false); });
})();
