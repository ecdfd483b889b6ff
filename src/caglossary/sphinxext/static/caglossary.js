/* caglossary: tooltips for linked terms and citations that keyboard and touch
   users can reach. Without JavaScript the links keep their title attribute. */
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }
  ready(function () {
    var links = document.querySelectorAll("a.cag-term[title], a.cag-cite[title]");
    if (!links.length) return;
    var tip = document.createElement("div");
    tip.id = "cag-tip";
    tip.className = "cag-tip";
    tip.setAttribute("role", "tooltip");
    tip.hidden = true;
    document.body.appendChild(tip);
    var current = null;
    var lastPointer = "mouse";

    function show(link) {
      current = link;
      tip.textContent = link.getAttribute("data-cag-tip");
      tip.hidden = false;
      var box = link.getBoundingClientRect();
      var width = Math.min(tip.offsetWidth, document.documentElement.clientWidth - 16);
      var left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
      tip.style.left = (left + window.scrollX) + "px";
      tip.style.top = (box.bottom + window.scrollY + 6) + "px";
    }
    function hide() {
      current = null;
      tip.hidden = true;
    }
    links.forEach(function (link) {
      link.setAttribute("data-cag-tip", link.getAttribute("title"));
      link.removeAttribute("title");  // one tooltip, not the browser's as well
      link.setAttribute("aria-describedby", "cag-tip");
      link.addEventListener("mouseenter", function () { show(link); });
      link.addEventListener("mouseleave", function () { if (current === link) hide(); });
      link.addEventListener("focus", function () { show(link); });
      link.addEventListener("blur", function () { if (current === link) hide(); });
      link.addEventListener("pointerdown", function (e) { lastPointer = e.pointerType; });
      link.addEventListener("click", function (e) {
        // On touch the first tap shows the tooltip, the second follows the link.
        if (lastPointer === "touch" && current !== link) {
          e.preventDefault();
          show(link);
        }
      });
    });
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
    document.addEventListener("pointerdown", function (e) {
      if (current && !current.contains(e.target)) hide();
    });
  });
})();
