/**
 * `extract view`: write the HTML evidence view of one report (-o FILE), or of
 * every report in a folder plus a sortable index of all figures (--out-dir).
 * Pages are written through a temp file and a rename, so a reader never sees
 * half a page; an input file is never overwritten, and nothing is written
 * outside the chosen output folder.
 */
import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import type { Command } from "commander";
import { Option } from "commander";
import { extractWithTextAsync } from "../../pipeline.js";
import { DEFAULT_MAX_BYTES, InputError, readFileBytes } from "../../read/index.js";
import { ReportSchema, type Report } from "../../schema/report.js";
import { renderHtmlView, renderIndexPage, type IndexEntry } from "../../view/html.js";
import { EXIT_INPUT, EXIT_OK, UsageError, errorMessage } from "../errors.js";
import { parsePositiveInt, reportingInputErrors } from "../input.js";
import { DEFAULT_EXTENSIONS, expandInputs, isDirectory } from "../inputs.js";
import { isInside, writeAtomically } from "../out-dir.js";

interface ViewOptions {
  output?: string;
  outDir?: string;
  maxBytes: number;
  keywords?: boolean;
}

/** Where the pages of a folder go below --out-dir, so none can be named index.html. */
const PAGES_FOLDER = "reports";

export function registerView(program: Command): void {
  program
    .command("view")
    .description("write an HTML page showing every figure's evidence in the report text")
    .argument("<input>", "a report file, or a folder of reports (with --out-dir)")
    .option("-o, --output <file>", "the page to write for one report (default: the input's name with .html)")
    .option("--out-dir <dir>", "write one page per report under DIR/reports and DIR/index.html")
    .option("--keywords", "add TF-IDF keywords to the pages")
    .addOption(
      new Option("--max-bytes <n>", "refuse inputs larger than this many bytes")
        .default(DEFAULT_MAX_BYTES)
        .argParser(parsePositiveInt("--max-bytes")),
    )
    .addHelpText(
      "after",
      `
Examples:
  $ extract view report.txt -o report.html
  $ extract view reports/ --out-dir site/     then open site/index.html`,
    )
    .action(async (input: string, options: ViewOptions) => {
      process.exitCode = isDirectory(input) ? await viewFolder(input, options) : await viewFile(input, options);
    });
}

async function viewFile(input: string, options: ViewOptions): Promise<number> {
  const target = resolve(options.output ?? (options.outDir ? join(options.outDir, pageName(input)) : siblingPage(input)));
  return reportingInputErrors(async () => {
    const { report, text } = await readReport(input, options);
    writePage(target, dirname(target), renderHtmlView(report, text), [input]);
    process.stdout.write(`wrote ${relativeForDisplay(target)} (${report.metrics.length} figures)\n`);
    return EXIT_OK;
  });
}

async function viewFolder(folder: string, options: ViewOptions): Promise<number> {
  if (!options.outDir) throw new UsageError(`${folder} is a folder: name where the pages go with --out-dir`);
  if (options.output) throw new UsageError("-o names one page; for a folder use --out-dir");
  const outDir = resolve(options.outDir);
  // Pages from an earlier run into a folder below the input folder are not reports.
  const files = expandInputs([folder], DEFAULT_EXTENSIONS).files.filter((file) => !isInside(outDir, resolve(file.path)));
  const inputs = files.map((file) => file.path);
  const entries: IndexEntry[] = [];
  const taken = new Set<string>();
  let exitCode = EXIT_OK;
  for (const file of files) {
    try {
      const { report, text } = await readReport(file.path, options);
      const href = uniquePageHref(file.relativePath, taken);
      writePage(join(outDir, ...href.split("/")), outDir, renderHtmlView(report, text), inputs);
      entries.push({ path: file.path, href, report });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`extract: ${error.message}\n`);
      entries.push({ path: file.path, error: error.message });
      exitCode = EXIT_INPUT;
    }
  }
  writePage(join(outDir, "index.html"), outDir, renderIndexPage(entries), inputs);
  process.stdout.write(`wrote ${relativeForDisplay(join(outDir, "index.html"))} and ${entries.length - countErrors(entries)} report pages\n`);
  return exitCode;
}

function countErrors(entries: readonly IndexEntry[]): number {
  return entries.filter((entry) => "error" in entry).length;
}

/** Reads exactly as `extract` does, so the spans index the text the page shows. */
async function readReport(path: string, options: ViewOptions): Promise<{ report: Report; text: string }> {
  const extracted = await extractWithTextAsync(readFileBytes(path, options.maxBytes), { path, maxBytes: options.maxBytes });
  const report = ReportSchema.parse(extracted.report);
  const { text } = extracted;
  if (!options.keywords) return { report, text };
  // Loaded only when asked for: jieba's dictionaries take ~200 ms to load.
  const { addKeywords } = await import("../../keywords/index.js");
  return { report: await addKeywords(report, text), text };
}

/** report.txt → report.html */
function pageName(input: string): string {
  return basename(input, extname(input)) + ".html";
}

function siblingPage(input: string): string {
  return join(dirname(input), pageName(input));
}

/**
 * The page's address below the out dir, as a URL path: reports/a/b.html. A
 * second input with the same stem (b.txt and b.html) keeps its extension.
 */
function uniquePageHref(relativePath: string, taken: Set<string>): string {
  const parts = relativePath.split(/[\\/]/).filter((part) => part !== "" && part !== "." && part !== "..");
  const name = parts.pop() ?? "report";
  let href = [PAGES_FOLDER, ...parts, pageName(name)].join("/");
  if (taken.has(href)) href = [PAGES_FOLDER, ...parts, `${name}.html`].join("/");
  taken.add(href);
  return href;
}

/** Writes via a temp file in the same folder and a rename, after the two safety checks. */
function writePage(target: string, outDir: string, html: string, inputs: readonly string[]): void {
  if (!isInside(outDir, target)) {
    throw new UsageError(`refusing to write ${target}: it is outside ${outDir}`);
  }
  if (isInputFile(target, inputs)) throw new UsageError(`refusing to write ${target}: it is an input file (choose another -o)`);
  try {
    writeAtomically(target, html);
  } catch (error) {
    throw new UsageError(`cannot write ${target}: ${errorMessage(error)}`);
  }
}

function isInputFile(target: string, inputs: readonly string[]): boolean {
  if (!existsSync(target)) return false;
  const real = realpathSync(target);
  return inputs.some((input) => existsSync(input) && realpathSync(input) === real);
}

function relativeForDisplay(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside.startsWith("..") ? path : inside;
}
