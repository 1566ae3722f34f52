/** The seed reports, read exactly as the CLI reads them. */
import { readdirSync, readFileSync } from "node:fs";
import { extract } from "../../src/pipeline.js";
import { readText } from "../../src/read/index.js";
import { ReportSchema, type Report } from "../../src/schema/report.js";

export const SEEDS_DIR = new URL("../../fixtures/seeds/", import.meta.url);
export const VIEW_FIXTURES_DIR = new URL("../../fixtures/view/", import.meta.url);

export const SEEDS: readonly string[] = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith(".txt"))
  .sort();

export interface Loaded {
  path: string;
  report: Report;
  text: string;
}

export function load(folder: URL, name: string): Loaded {
  const path = new URL(name, folder).pathname;
  const bytes = readFileSync(path);
  return { path, report: ReportSchema.parse(extract(bytes, { path })), text: readText(bytes, path).text };
}
