// figlint's HTML report: filters by rule, severity and article, and a search box. No network.
(function () {
  "use strict";
  var byId = function (id) { return document.getElementById(id); };
  var rule = byId("f-rule"), severity = byId("f-severity"), article = byId("f-article");
  var search = byId("f-search"), shown = byId("shown"), none = byId("none-shown");
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".group"));
  var texts = new Array(findings.length);
  function apply() {
    var r = rule.value, s = severity.value, a = article.value;
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var count = 0;
    findings.forEach(function (f, i) {
      var ok = (!r || f.getAttribute("data-rule") === r) &&
        (!s || f.getAttribute("data-severity") === s) &&
        (!a || (" " + f.getAttribute("data-docs") + " ").indexOf(" " + a + " ") >= 0);
      if (ok && words.length) {
        if (texts[i] === undefined) { texts[i] = f.textContent.toLowerCase(); }
        ok = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      }
      f.hidden = !ok;
      if (ok) { count += 1; }
    });
    groups.forEach(function (g) {
      g.hidden = !g.querySelector(".finding:not([hidden])");
    });
    shown.textContent = String(count);
    none.hidden = count > 0 || findings.length === 0;
  }
  [rule, severity, article].forEach(function (e) { e.addEventListener("change", apply); });
  search.addEventListener("input", apply);
  search.addEventListener("change", apply);
  apply();
})();
