/**
 * The inline CSS and scripts of the HTML views. They are constants (not built
 * per report) so the Content-Security-Policy can allow exactly them by hash.
 * The scripts read report text only through dataset/textContent and write it
 * only through textContent: report text is never parsed as HTML.
 */
import { DOMAINS } from "../extract/rules/index.js";

/** One hue per catalogue domain, far enough apart to tell neighbours apart. */
const HUES = [4, 32, 52, 130, 175, 210, 262, 315];

const domainColors = DOMAINS.map(
  (domain, index) =>
    `.d-${domain.name}{--fill:hsl(${HUES[index % HUES.length]} 85% 60% / .32);--edge:hsl(${HUES[index % HUES.length]} 70% 38%)}`,
).join("\n");

export const STYLE = `
:root{color-scheme:light;--fill:hsl(0 0% 60% / .3);--edge:hsl(0 0% 35%)}
*{box-sizing:border-box}
body{margin:0;font:15px/1.7 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:#1d1d1f;background:#fafaf7}
header{padding:12px 20px;border-bottom:1px solid #ddd;background:#fff}
h1{font-size:20px;margin:0 0 4px}
h2{font-size:15px;margin:16px 0 6px}
h3{font-size:13px;margin:10px 0 4px}
small,.facts,.none{color:#666}
.facts{margin:0;font-size:13px}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 360px;gap:0}
.report-text{white-space:pre-wrap;padding:16px 24px;max-width:52em;margin:0 auto}
#panel{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:4px 16px 24px;border-left:1px solid #ddd;background:#fff;font-size:13px}
#panel ol,#panel ul{margin:0;padding-left:18px}
#panel li{margin:2px 0}
a{color:#0b57d0}
a.fig{display:flex;justify-content:space-between;gap:8px;text-decoration:none;color:inherit;padding:1px 4px;border-radius:3px}
a.fig:hover,a.fig:focus{background:var(--fill)}
a.fig .value{font-weight:600;white-space:nowrap}
.swatch{display:inline-block;width:10px;height:10px;margin-right:6px;border-radius:2px;background:var(--edge)}
mark.ev{background:var(--fill);box-shadow:inset 0 -2px 0 var(--edge);color:inherit;border-radius:2px;cursor:help}
mark.ev mark.ev{box-shadow:inset 0 -4px 0 var(--edge)}
mark.ev.flash{outline:3px solid var(--edge);outline-offset:1px}
.anchor{scroll-margin-top:40vh}
#tip{position:absolute;z-index:10;max-width:320px;white-space:pre-line;background:#1d1d1f;color:#fff;font-size:12px;line-height:1.5;padding:6px 8px;border-radius:4px;pointer-events:none}
.ok .mark{color:#137333}.fail,.fail .mark{color:#b3261e}
main.index{padding:12px 20px}
main.index table{margin-bottom:16px}
td.ok,td.ok a{color:#137333;text-decoration:none}td.fail{color:#b3261e}
#panel ul.parts{list-style:none;padding-left:0}#panel ul.parts ul{padding-left:18px;list-style:disc}
.deadline{margin:4px 0}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
th button{all:unset;cursor:pointer;font-weight:600}
th[aria-sort=ascending] button::after{content:" ▲"}
th[aria-sort=descending] button::after{content:" ▼"}
@media (max-width:800px){.layout{grid-template-columns:1fr}#panel{position:static;max-height:none;border-left:0}}
${domainColors}
`;

export const PAGE_SCRIPT = `
(() => {
  "use strict";
  const tip = document.getElementById("tip");
  const text = document.getElementById("text");
  const figures = document.getElementById("figures");
  const show = (mark) => {
    const d = mark.dataset;
    tip.textContent = [d.label, d.id, "value: " + d.value, "qualifier: " + d.qualifier].join("\\n");
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const right = window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8;
    tip.style.left = Math.max(0, Math.min(window.scrollX + box.left, right)) + "px";
    tip.style.top = window.scrollY + box.bottom + 6 + "px";
  };
  const hide = () => { tip.hidden = true; };
  const markOf = (event) => event.target instanceof Element ? event.target.closest("mark.ev") : null;
  text.addEventListener("mouseover", (event) => { const mark = markOf(event); if (mark) show(mark); else hide(); });
  text.addEventListener("mouseleave", hide);
  text.addEventListener("focusin", (event) => { const mark = markOf(event); if (mark) show(mark); });
  text.addEventListener("focusout", hide);
  figures.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a.fig") : null;
    if (!link) return;
    const first = document.getElementById("m-" + link.dataset.m);
    if (!first) return;
    event.preventDefault();
    first.scrollIntoView({ block: "center" });
    for (const piece of document.querySelectorAll("mark.ev.flash")) piece.classList.remove("flash");
    for (const piece of document.querySelectorAll('mark.ev[data-m="' + CSS.escape(link.dataset.m) + '"]')) piece.classList.add("flash");
    first.focus({ preventScroll: true });
  });
})();
`;

export const INDEX_SCRIPT = `
(() => {
  "use strict";
  const collator = new Intl.Collator("zh-CN", { numeric: true });
  const keyOf = (row, column) => { const cell = row.cells[column]; return cell.dataset.sort ?? cell.textContent; };
  const number = (value) => value === "" ? NaN : Number(value);
  const compareNumbers = (a, b) => Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : Number.isNaN(b) ? -1 : a - b;
  for (const table of document.querySelectorAll("table.sortable")) {
    const body = table.tBodies[0];
    for (const header of table.tHead.rows[0].cells) {
      header.querySelector("button").addEventListener("click", () => {
        const column = Number(header.dataset.col);
        const numeric = header.dataset.type === "number";
        const ascending = header.getAttribute("aria-sort") !== "ascending";
        for (const other of header.parentElement.cells) other.setAttribute("aria-sort", "none");
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const sign = ascending ? 1 : -1;
        const rows = Array.from(body.rows);
        rows.sort((a, b) => sign * (numeric
          ? compareNumbers(number(keyOf(a, column)), number(keyOf(b, column)))
          : collator.compare(keyOf(a, column), keyOf(b, column))));
        for (const row of rows) body.appendChild(row);
      });
    }
  }
})();
`;
