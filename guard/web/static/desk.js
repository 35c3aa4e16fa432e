// Keyboard navigation on lists marked data-keys="rows" (the quarantine):
// j / ArrowDown next row, k / ArrowUp previous, Enter or o opens it, x ticks its checkbox.
// The page works the same without it: every row has a link and a checkbox.
(function () {
  "use strict";
  var table = document.querySelector('table[data-keys="rows"]');
  if (!table) { return; }
  var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr[data-href]"));
  if (!rows.length) { return; }
  var at = -1;

  function move(to) {
    if (at >= 0) { rows[at].classList.remove("cur"); rows[at].removeAttribute("aria-current"); }
    at = Math.max(0, Math.min(rows.length - 1, to));
    rows[at].classList.add("cur");
    rows[at].setAttribute("aria-current", "true");
    rows[at].scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    if (t && (t.tagName === "INPUT" && t.type !== "checkbox" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) { return; }
    if (e.key === "j" || e.key === "ArrowDown") { move(at + 1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "ArrowUp") { move(at < 0 ? 0 : at - 1); e.preventDefault(); }
    else if ((e.key === "Enter" || e.key === "o") && at >= 0 && !(t && t.tagName === "A")) {
      window.location.href = rows[at].getAttribute("data-href"); e.preventDefault();
    } else if (e.key === "x" && at >= 0) {
      var box = rows[at].querySelector('input[type="checkbox"]');
      if (box) { box.checked = !box.checked; }
      e.preventDefault();
    }
  });
  var hint = document.querySelector(".keys-hint");
  if (hint) { hint.hidden = false; }
})();
