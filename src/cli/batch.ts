/**
 * Batch mode: many inputs → one line (or CSV rows, or one file) per input, in
 * input order for any --jobs, written as each finishes rather than gathered.
 */
import { METRIC_IDS } from "../extract/rules/index.js";
import { csvHeader, UTF8_BOM } from "../output/csv.js";
import { readStdinBytes, STDIN_PATH } from "../read/index.js";
import type { InputFile } from "./inputs.js";
import { OutDir } from "./out-dir.js";
import { runOrdered } from "./pool.js";
import { Progress, type Tally } from "./progress.js";
import type { BatchFormat } from "./render.js";
import type { WorkRequest } from "./worker.js";

export interface BatchOptions {
  /** json: one array streamed element by element; the others as named */
  format: "json" | Exclude<BatchFormat, "json-files">;
  outDir?: string;
  force: boolean;
  jobs: number;
  maxBytes: number;
  bom: boolean;
  quiet: boolean;
}

export async function runBatch(files: readonly InputFile[], options: BatchOptions): Promise<Tally> {
  const metricIds = METRIC_IDS;
  const format: BatchFormat = options.outDir ? "json-files" : options.format === "json" ? "ndjson" : options.format;
  const asArray = !options.outDir && options.format === "json";
  const stdinBytes = files.some((file) => file.path === STDIN_PATH) ? await readStdinBytes(process.stdin, options.maxBytes).catch(() => new Uint8Array()) : undefined;
  const outDir = options.outDir ? new OutDir(options.outDir, files.map((file) => file.path), options.force) : null;
  const showProgress = !options.quiet && process.stderr.isTTY === true;
  const progress = new Progress(files.length, showProgress && files.length > 1 ? process.stderr : null);
  const tally: Tally = { inputs: 0, figures: 0, errors: 0, warnings: 0, strictFailures: 0 };

  let interrupted = false;
  const onInterrupt = (): void => {
    interrupted = true;
  };
  process.once("SIGINT", onInterrupt);

  if (!outDir) writeHeader(format, metricIds, options.bom);
  if (asArray) process.stdout.write("[");
  const requests = function* (): Generator<WorkRequest> {
    for (const [index, file] of files.entries()) {
      yield { index, path: file.path, maxBytes: options.maxBytes, format, metricIds, stdinBytes: file.path === STDIN_PATH ? stdinBytes : undefined };
    }
  };
  await runOrdered(
    requests(),
    Math.min(options.jobs, files.length),
    ({ index, rendered }) => {
      tally.inputs++;
      tally.figures += rendered.figures;
      tally.warnings += rendered.warnings;
      if (rendered.failed) tally.errors++;
      if (rendered.failsStrict) tally.strictFailures++;
      if (outDir) {
        if (!writeToOutDir(outDir, files[index]!, rendered.text, showProgress)) tally.errors++;
      } else if (asArray) {
        process.stdout.write((index === 0 ? "\n" : ",\n") + rendered.text.trimEnd());
      } else if (rendered.text) {
        process.stdout.write(rendered.text);
      }
      progress.tick();
    },
    () => interrupted,
  );
  process.removeListener("SIGINT", onInterrupt);
  if (asArray) process.stdout.write(tally.inputs ? "\n]\n" : "]\n");
  progress.finish(tally);
  if (interrupted) process.exitCode = 130;
  return tally;
}

function writeHeader(format: BatchFormat, metricIds: readonly string[], bom: boolean): void {
  const prefix = bom ? UTF8_BOM : "";
  if (format === "csv" || format === "csv-wide") process.stdout.write(prefix + csvHeader(format, metricIds));
  else if (bom) process.stdout.write(prefix);
}

/** Writes one output file; false when the write was refused (it would leave the folder or hit an input). */
function writeToOutDir(outDir: OutDir, file: InputFile, text: string, verbose: boolean): boolean {
  const { outcome, target } = outDir.write(file.relativePath, text);
  if (outcome === "refused") process.stderr.write(`extract: ${target}: refused to write (outside --out-dir or over an input)\n`);
  else if (outcome === "kept" && verbose) process.stderr.write(`\rextract: ${target}: exists, kept (use --force to replace)\n`);
  return outcome !== "refused";
}
