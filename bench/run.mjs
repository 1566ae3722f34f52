#!/usr/bin/env node
/**
 * `node bench/run.mjs`: cold start, throughput and memory, and number
 * recognition against Recognizers-Text, printed as medians and as ratios to
 * baselines measured in the same run (the machine is shared, so absolute
 * times drift; same-run ratios drift less). Rebuilds first when dist/ is
 * older than src/. About 2 minutes on a 2-core machine.
 *
 * BENCH_REPORTS (default 5000) sets the timed corpus size; the memory run
 * takes twice that. BENCH_ROUNDS (default 3) and BENCH_COLD_ROUNDS (default
 * 15) set the repetitions; BENCH_DOCUMENT_ROUNDS (default 5) those of the
 * PDF and Word section. BENCH_INPROCESS_REPORTS (default 1000) and
 * BENCH_INPROCESS_ROUNDS (default 7) size the in-process section, and
 * BENCH_COMPARE_WITH adds another build to it (see bench/inprocess.mjs).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { join } from "node:path";
import { runCold } from "./cold.mjs";
import { runDocuments } from "./documents.mjs";
import { runInProcess } from "./inprocess.mjs";
import { runNumbers } from "./numbers.mjs";
import { runThroughput } from "./throughput.mjs";
import { fmt, ROOT } from "./lib.mjs";

const REPORTS = Number(process.env.BENCH_REPORTS ?? 5000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const COLD_ROUNDS = Number(process.env.BENCH_COLD_ROUNDS ?? 15);
const DOCUMENT_ROUNDS = Number(process.env.BENCH_DOCUMENT_ROUNDS ?? 5);
const INPROCESS_REPORTS = Number(process.env.BENCH_INPROCESS_REPORTS ?? 1000);
const INPROCESS_ROUNDS = Number(process.env.BENCH_INPROCESS_ROUNDS ?? 7);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuilt() {
  const outputs = ["dist/index.js", "dist/extract.bundle.cjs", "dist/extract.bundle.cjs.cache", "dist/worker.js"].map((p) => join(ROOT, p));
  const stale = outputs.some((p) => !existsSync(p) || statSync(p).mtimeMs < newestMtime(join(ROOT, "src")));
  if (!stale) return;
  console.log("dist/ is older than src/: building (node scripts/build.mjs)…");
  const build = spawnSync(process.execPath, [join(ROOT, "scripts/build.mjs")], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const verdict = (ok) => (ok ? "met" : "MISSED");

ensureBuilt();
console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
console.log("all figures are medians; the machine may be shared, so compare the same-run ratios\n");

console.log(`## Cold start (${COLD_ROUNDS} rounds; one report → /dev/null)`);
const cold = runCold(COLD_ROUNDS);
console.log(`node -e 0: ${fmt(cold.baselineMs, 1)} ms`);
for (const row of cold.rows) console.log(`  ${row.build.padEnd(22)} ${row.seed.padEnd(48)} ${fmt(row.ms, 1).padStart(6)} ms  ${fmt(row.ratio, 2)}× node -e 0`);
const binRows = cold.rows.filter((r) => r.build === "bin/extract.js");
const worstBin = Math.max(...binRows.map((r) => r.ratio));
console.log(`target ≤ 2.5× node -e 0 (bin/extract.js, worst seed ${fmt(worstBin, 2)}×): ${verdict(worstBin <= 2.5)}\n`);

console.log(`## Throughput and memory (${fmt(REPORTS)} generated reports, ${ROUNDS} rounds; memory run on ${fmt(2 * REPORTS)})`);
const t = await runThroughput({ size: REPORTS, rounds: ROUNDS });
console.log(`via ${t.via}; mean report ${fmt(t.meanKB, 1)} KB`);
for (const [name, row] of [["floor (opencc-js)", t.floor], ["--jobs 1", t.jobs1], ["--jobs 2", t.jobs2]]) {
  const ofFloor = t.floor.reportsPerS / row.reportsPerS;
  console.log(`  ${name.padEnd(18)} ${fmt(row.reportsPerS).padStart(6)} reports/s ${fmt(row.mbPerS, 1).padStart(6)} MB/s  peak RSS ${fmt(row.maxRssMB).padStart(4)} MB  ${fmt(ofFloor, 1)}× the floor's time`);
}
console.log(`  memory run: ${fmt(t.memory.reports)} reports with --jobs 2, peak RSS ${fmt(t.memory.maxRssMB)} MB, ${fmt(t.memory.reportsPerS)} reports/s`);
const floorMultiple = t.floor.reportsPerS / t.jobs2.reportsPerS;
console.log(`target ≥ 1,000 reports/s with --jobs 2: ${fmt(t.jobs2.reportsPerS)} → ${verdict(t.jobs2.reportsPerS >= 1000)}`);
console.log(`target within 3× of the floor (--jobs 2): ${fmt(floorMultiple, 1)}× → ${verdict(floorMultiple <= 3)}`);
console.log(`target ≤ 200 MB resident on ${fmt(t.memory.reports)} inputs: ${fmt(t.memory.maxRssMB)} MB → ${verdict(t.memory.maxRssMB <= 200)}\n`);

console.log(`## In-process extraction (${fmt(INPROCESS_REPORTS)} generated reports, ${INPROCESS_ROUNDS} rounds, one process, no workers)`);
const p = await runInProcess({ size: INPROCESS_REPORTS, rounds: INPROCESS_ROUNDS });
console.log(`mean report ${fmt(p.meanKB, 1)} KB: extract() ${fmt(p.extractMs, 3)} ms/report; floor (read + opencc-js) ${fmt(p.floorMs, 3)} ms/report`);
console.log(`extraction takes ${fmt(p.ofFloor, 2)}× the floor's time (median of per-round ratios)`);
if (p.compared) console.log(`against ${p.compared.path} in the same rounds: ${fmt(p.compared.ratio, 3)}× its time; target against 0772eab ≤ 1.10×: ${verdict(p.compared.ratio <= 1.1)}`);
console.log("");

console.log("## Numbers and percentages: scanQuantities vs @microsoft/recognizers-text-number (Chinese)");
const n = runNumbers();
const speedup = n.theirsUs / n.oursUs;
console.log(`${n.tally.sentences} fixture sentences with a numeral; warm time per sentence: ours ${fmt(n.oursUs, 1)} µs, Recognizers ${fmt(n.theirsUs, 1)} µs (${fmt(speedup)}× faster); Recognizers' models take ${fmt(n.peerBuildMs)} ms to build`);
console.log(`values found: ours ${n.tally.ourValues}, Recognizers ${n.tally.peerValues}, in common ${n.tally.agreedValues}; identical on ${n.tally.agreeSentences} of ${n.tally.sentences} sentences`);
for (const [who, label] of [["ours", "ours"], ["peer", "Recognizers"]]) {
  const j = n.judged[who];
  console.log(`  where they differ (${n.tally.sentences - n.tally.agreeSentences - n.tally.unchecked.length} hand-checked sentences), ${label.padEnd(11)}: ${j.right} right, ${j.wrong} wrong, ${j.missed} missed`);
}
if (n.tally.unchecked.length) {
  console.log(`  ${n.tally.unchecked.length} differing sentences have no hand-checked row in bench/numbers-expected.mjs:`);
  for (const sentence of n.tally.unchecked) console.log(`    ${sentence}`);
}
console.log(`target ≥ 50× faster: ${fmt(speedup)}× → ${verdict(speedup >= 50)}; target as many or more values right: ${n.judged.ours.right} vs ${n.judged.peer.right} → ${verdict(n.judged.ours.right >= n.judged.peer.right)}`);

console.log(`\n## PDF and Word (${DOCUMENT_ROUNDS} rounds, in one process; baseline: the same text extracted from a .txt)`);
const d = await runDocuments(DOCUMENT_ROUNDS);
console.log(`first PDF in a process (loads PDF.js): ${fmt(d.firstPdfMs)} ms; first .docx and .doc (load mammoth and word-extractor): ${fmt(d.firstWordMs)} ms`);
for (const row of [d.small, d.large]) {
  const readingPerPage = (row.ms - row.txtMs) / row.pages;
  console.log(`  PDF of ${String(row.pages).padStart(3)} pages ${fmt(row.ms, 1).padStart(8)} ms  ${fmt(row.ms / row.pages, 2)} ms/page (reading alone ${fmt(readingPerPage, 2)})  ${fmt(row.ms / row.txtMs, 1)}× its text as .txt`);
}
const growth = d.large.ms / d.small.ms;
const pageGrowth = d.large.pages / d.small.pages;
console.log(`  ${d.seed}.docx ${fmt(d.docx.ms, 1)} ms (${fmt(d.docx.ms / d.docx.txtMs, 1)}× the .txt); .doc ${fmt(d.doc.ms, 1)} ms (${fmt(d.doc.ms / d.doc.txtMs, 1)}×)`);
console.log(`growth: ${d.large.pages} pages take ${fmt(growth, 1)}× the time of ${d.small.pages} (${fmt(pageGrowth, 1)}× the pages): ${fmt(growth / pageGrowth, 2)} per page → ${verdict(growth / pageGrowth <= 1.3)} linear (≤ 1.3)`);
