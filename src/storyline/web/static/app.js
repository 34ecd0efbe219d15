// Storyline's light JS layer: matrix cells open the sentence they stand for.
// Without JS each cell is a link to the article with the sentence highlighted.
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }
  ready(function () {
    var panel = document.getElementById("evidence-panel");
    if (!panel) return;
    var body = panel.querySelector(".evidence-body");
    var active = null;
    function close() {
      panel.hidden = true;
      if (active) active.classList.remove("active");
      active = null;
    }
    document.querySelectorAll("a.cell-btn[data-evidence]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        var template = document.getElementById(link.getAttribute("data-evidence"));
        if (!template) return;
        event.preventDefault();
        if (active) active.classList.remove("active");
        active = link.closest("td");
        active.classList.add("active");
        // the template holds server-escaped markup: clone its nodes, never parse strings
        body.replaceChildren(template.content.cloneNode(true));
        panel.hidden = false;
        var mark = body.querySelector("mark.sentence");
        (mark || panel).scrollIntoView({ block: "nearest", behavior: "smooth" });
      });
    });
    panel.querySelector(".close").addEventListener("click", close);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") close();
    });
  });
})();
