/**
 * PDF and Word reading, in one process, as ratios to a baseline timed in the
 * same rounds: extracting the same report from its .txt. Shows the time per
 * PDF page, that a 100-page PDF takes about ten times a 10-page one (linear
 * growth), and the one-off cost of loading PDF.js with the first PDF.
 * The PDFs are made here with the fixtures' writer (scripts/lib/documents.mjs)
 * and its committed font subset.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { extract, extractAsync } from "../dist/index.js";
import { reportPdf } from "../scripts/lib/documents.mjs";
import { median, ROOT, SEEDS } from "./lib.mjs";

const SEED = "taiqian-county-2021";

/** The seed's text repeated until its PDF has about `pages` pages (a copy fills a few pages). */
async function pdfOfPages(text, pages, pagesPerCopy) {
  const copies = Math.max(1, Math.round(pages / pagesPerCopy));
  const repeated = Array(copies).fill(text).join("\n");
  const pdf = await reportPdf(repeated, { footer: "dashes" });
  return { pdf, text: repeated, pages: pageCount(pdf) };
}

function pageCount(pdf) {
  return Number(/\/Count (\d+)/.exec(pdf.toString("latin1"))[1]);
}

async function timeAsync(run) {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export async function runDocuments(rounds) {
  const seedText = readFileSync(join(SEEDS, `${SEED}.txt`), "utf8");
  const pagesPerCopy = pageCount(await reportPdf(Array(10).fill(seedText).join("\n"), { footer: "dashes" })) / 10;
  const small = await pdfOfPages(seedText, 10, pagesPerCopy);
  const large = await pdfOfPages(seedText, 100, pagesPerCopy);
  const docx = readFileSync(join(ROOT, "fixtures/documents", `${SEED}.docx`));
  const doc = readFileSync(join(ROOT, "fixtures/documents", `${SEED}.doc`));

  const firstPdfMs = await timeAsync(() => extractAsync(small.pdf, { path: "first.pdf" }));
  const firstWordMs = await timeAsync(() => extractAsync(docx, { path: "first.docx" })) + (await timeAsync(() => extractAsync(doc, { path: "first.doc" })));
  // One untimed pass warms every path up before the timed rounds.
  for (const input of [small.text, large.text, seedText]) extract(input);
  for (const input of [large.pdf, docx, doc]) await extractAsync(input);
  const samples = { smallTxt: [], smallPdf: [], largeTxt: [], largePdf: [], docx: [], doc: [], seedTxt: [] };
  for (let round = 0; round < rounds; round++) {
    samples.smallTxt.push(await timeAsync(async () => extract(small.text)));
    samples.smallPdf.push(await timeAsync(() => extractAsync(small.pdf)));
    samples.largeTxt.push(await timeAsync(async () => extract(large.text)));
    samples.largePdf.push(await timeAsync(() => extractAsync(large.pdf)));
    samples.seedTxt.push(await timeAsync(async () => extract(seedText)));
    samples.docx.push(await timeAsync(() => extractAsync(docx)));
    samples.doc.push(await timeAsync(() => extractAsync(doc)));
  }
  const ms = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  return {
    seed: SEED,
    firstPdfMs,
    firstWordMs,
    small: { pages: small.pages, ms: ms.smallPdf, txtMs: ms.smallTxt },
    large: { pages: large.pages, ms: ms.largePdf, txtMs: ms.largeTxt },
    docx: { ms: ms.docx, txtMs: ms.seedTxt },
    doc: { ms: ms.doc, txtMs: ms.seedTxt },
  };
}
