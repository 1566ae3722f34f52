/**
 * Generates the throughput corpus: variations of the fixture reports with
 * numbers, place names and years changed, padded with paragraphs of the same
 * report to about 15 KB on average, written as UTF-8 .txt files.
 * Deterministic (seeded), so every run measures the same corpus.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SEEDS } from "./lib.mjs";

/** The place each seed names, as written in it (gold meta.region without its parent city). */
const PLACES = {
  "placeholder-district-2023-no-figures.txt": [],
  "shangyu-district-2024-traditional-one-line.txt": ["紹興", "上虞", "绍兴"],
  "suizhou-city-2023.txt": ["随州"],
  "taiqian-county-2021.txt": ["台前"],
  "weidu-district-2023.txt": ["魏都", "许昌"],
};
/** Characters written the same in Simplified and Traditional, so a name never changes a report's script. */
const NAME_CHARS = "安平江山河清泉永和西南北中新大石林金水城青白明德福文武宜吉春合海湖";

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vary(text, places, rand) {
  const pick = (chars) => chars[Math.floor(rand() * chars.length)];
  for (const place of places) text = text.replaceAll(place, pick(NAME_CHARS) + pick(NAME_CHARS));
  const yearShift = Math.floor(rand() * 5) - 3;
  // A four-digit year stays a plausible year; a percentage stays under 100; any other number keeps its digit count.
  return text.replace(/(\d+)(\.\d+)?(%|％|年)?/g, (whole, int, frac = "", after = "") => {
    if (after === "年" && /^(19|20)\d\d$/.test(int)) return String(Number(int) + yearShift) + frac + after;
    const digits = after === "%" || after === "％" ? Math.min(int.length, 2) : int.length;
    let out = String(1 + Math.floor(rand() * 9));
    for (let i = 1; i < digits; i++) out += Math.floor(rand() * 10);
    if (int.length === 1 && int === "0") out = "0";
    const fraction = frac ? "." + Array.from({ length: frac.length - 1 }, () => Math.floor(rand() * 10)).join("") : "";
    return out + fraction + after;
  });
}

/** Writes `count` reports into `dir`; returns { files, bytes }. */
export function generateCorpus(dir, count) {
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync(SEEDS)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const text = readFileSync(join(SEEDS, name), "utf8");
      const lines = text.split("\n");
      return { name, text, paragraphs: lines.slice(1).filter((line) => line.length > 40), places: PLACES[name] ?? [] };
    });
  const rand = random(20231231);
  const files = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    // The last paragraph overshoots by ~1.5 KB on average: targets of 10.5–16.5 KB give ~15 KB reports.
    const target = 10_500 + rand() * 6_000;
    let text = vary(seed.text, seed.places, rand);
    // One-line reports (no paragraphs to take) keep their own length.
    while (seed.paragraphs.length > 0 && Buffer.byteLength(text) < target) {
      text += "\n" + vary(seed.paragraphs[Math.floor(rand() * seed.paragraphs.length)], seed.places, rand);
    }
    const file = join(dir, `${String(i).padStart(5, "0")}-${seed.name}`);
    const data = Buffer.from(text, "utf8");
    writeFileSync(file, data);
    files.push(file);
    bytes += data.length;
  }
  return { files, bytes };
}
