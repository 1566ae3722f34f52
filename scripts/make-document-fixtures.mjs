#!/usr/bin/env node
// Writes fixtures/documents/: the seed reports as published, as PDF, .docx and
// .doc, for the tests that hold the figures read from each to the .txt seed's.
// The outputs are committed; rerun this after changing it or the seeds:
//
//   node scripts/make-document-fixtures.mjs
//
// Font: the PDFs embed a subset of WenQuanYi Micro Hei (Debian's
// fonts-wqy-microhei). The subset, holding only the characters the seeds and
// the page furniture use, is committed at fixtures/documents/font/, so this
// script and the benchmark run without the Debian package; the package is
// needed only to rebuild the subset when the seeds gain a character
// (apt-get install fonts-wqy-microhei), which this script does by itself.
//
// .doc: Word 97–2003 files are made by LibreOffice (Debian's
// libreoffice-writer-nogui, 7.4) converting the .docx written here:
//   soffice --headless --convert-to doc --outdir fixtures/documents <file>.docx
// Without soffice on the PATH the committed .doc files are kept as they are.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FONT_FILE, reportDocx, reportPdf } from "./lib/documents.mjs";
import { subsetFont } from "./lib/font-subset.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const OUT = join(ROOT, "fixtures/documents");
const SEEDS = join(ROOT, "fixtures/seeds");
const SYSTEM_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

/** Each seed with the page furniture its PDF carries: the three shapes real PDFs come in. */
const DOCUMENTS = [
  { seed: "weidu-district-2023", footer: "dashes" },
  { seed: "suizhou-city-2023", header: "随州市2023年法治政府建设工作情况报告", footer: "page-of" },
  { seed: "taiqian-county-2021", header: "2024/1/26 上午10:32 台前县2021年法治政府建设年度报告", footer: "browser" },
  { seed: "shangyu-district-2024-traditional-one-line", header: "上虞區2024年法治政府建設年度報告", footer: "page-of" },
  { seed: "placeholder-district-2023-no-figures", footer: "dashes" },
];

/** A small report with its figures in a table, for the Word readers' table rows. */
const TABLE_REPORT = {
  name: "table",
  text: "某区2023年法治政府建设年度报告\n一、主要工作成效\n全年行政复议和行政诉讼案件情况如下。\n二、存在问题\n执法水平有待提高。\n",
  table: [
    ["指标", "2023年", "备注"],
    ["收到行政复议申请", "120件", "同比增长5%"],
    ["行政诉讼败诉率", "10%", "—"],
  ],
};

/** What the PDFs' page furniture draws besides the headers: all of printable ASCII (URLs, numbers), and 第N页 共M页. */
const FURNITURE_TEXT = String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 0x20 + i)) + "第页共";

const written = [];
mkdirSync(join(OUT, "font"), { recursive: true });
const seedTexts = new Map(DOCUMENTS.map(({ seed }) => [seed, readFileSync(join(SEEDS, `${seed}.txt`), "utf8")]));
// Only the PDFs embed the font: a .docx names its fonts and embeds none.
await ensureFont([...seedTexts.values(), ...DOCUMENTS.map(({ header }) => header ?? ""), FURNITURE_TEXT].join(""));

for (const { seed, header, footer } of DOCUMENTS) {
  const text = seedTexts.get(seed);
  written.push(write(`${seed}.pdf`, await reportPdf(text, { header, footer })));
  written.push(write(`${seed}.docx`, await reportDocx(text, { header })));
}
written.push(write("table.docx", await reportDocx(TABLE_REPORT.text, { table: TABLE_REPORT.table })));
// The first paragraphs of a seed, enough for the two encrypted files.
const opening = seedTexts.get("weidu-district-2023").split("\n").slice(0, 3).join("\n");
// Needs a password to open: refused as encrypted.
written.push(write("encrypted.pdf", await reportPdf(opening, { encryption: { userPassword: "secret", ownerPassword: "owner", pdfVersion: "1.7" } })));
// Opens without a password, only printing and copying are restricted, as many agencies publish: read as usual.
written.push(write("restricted.pdf", await reportPdf(opening, { encryption: { ownerPassword: "owner", permissions: { printing: "lowResolution", copying: false }, pdfVersion: "1.7" } })));
convertWithLibreOffice([...DOCUMENTS.map(({ seed }) => seed), TABLE_REPORT.name]);
console.log(written.join("\n"));

function write(name, bytes) {
  writeFileSync(join(OUT, name), bytes);
  return `${name} ${bytes.length} bytes`;
}

/** The subset font, rebuilt from the system font when the texts need a character it lacks. */
async function ensureFont(texts) {
  const needed = [...new Set(texts.replace(/\s/g, ""))].sort().join("") + " ";
  const listFile = new URL("wqy-microhei-subset.txt", FONT_FILE);
  if (existsSync(FONT_FILE) && existsSync(listFile) && readFileSync(listFile, "utf8") === needed) return;
  if (!existsSync(SYSTEM_FONT)) throw new Error(`the seeds need characters the committed font subset lacks: install Debian's fonts-wqy-microhei (${SYSTEM_FONT})`);
  const subset = await subsetFont(readFileSync(SYSTEM_FONT), needed);
  writeFileSync(FONT_FILE, subset);
  writeFileSync(listFile, needed);
  written.push(`font/wqy-microhei-subset.ttf ${subset.length} bytes (${[...needed].length} characters)`);
}

/** Each .docx → .doc through LibreOffice, in a scratch folder so that its profile and lock files stay out of the repo. */
function convertWithLibreOffice(names) {
  const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (soffice.status !== 0) {
    console.warn("soffice not found: the committed .doc files are kept (apt-get install libreoffice-writer-nogui to remake them)");
    return;
  }
  const scratch = join(tmpdir(), `extract-doc-fixtures-${process.pid}`);
  mkdirSync(scratch, { recursive: true });
  try {
    const args = ["--headless", `-env:UserInstallation=file://${scratch}/profile`, "--convert-to", "doc", "--outdir", OUT, ...names.map((name) => join(OUT, `${name}.docx`))];
    const run = spawnSync("soffice", args, { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
    for (const name of names) written.push(`${name}.doc ${readFileSync(join(OUT, `${name}.doc`)).length} bytes (${soffice.stdout.trim()})`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
