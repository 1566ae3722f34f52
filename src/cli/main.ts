/**
 * The command line: wires read → pipeline → output. Nothing here extracts;
 * it parses arguments, reads inputs, prints documents and sets the exit code.
 */
import { availableParallelism } from "node:os";
import { Command, CommanderError, Option } from "commander";
import { extractWithTextAsync } from "../pipeline.js";
import { DEFAULT_MAX_BYTES, STDIN_PATH } from "../read/index.js";
import { ReportSchema } from "../schema/report.js";
import { chalkFor } from "../output/color.js";
import { toJson } from "../output/json.js";
import { renderSummary } from "../view/summary.js";
import { runBatch } from "./batch.js";
import { registerCatalog } from "./commands/catalog.js";
import { registerSchema } from "./commands/schema.js";
import { registerText } from "./commands/text.js";
import { registerView } from "./commands/view.js";
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, UsageError, errorMessage } from "./errors.js";
import { parsePositiveInt, readInputBytes, reportingInputErrors } from "./input.js";
import { DEFAULT_EXTENSIONS, expandInputs } from "./inputs.js";
import { failsStrict } from "./strict.js";
import { VERSION } from "./version.js";

type OutputFormat = "json" | "ndjson" | "csv" | "csv-wide";

interface ExtractCommandOptions {
  maxBytes: number;
  format?: OutputFormat;
  outDir?: string;
  force: boolean;
  jobs: number;
  ext: string[];
  bom: boolean;
  quiet: boolean;
  strict: boolean;
  pretty: boolean;
  keywords: boolean;
}

const EXAMPLES = `
Examples:
  $ extract report.txt                     one report → JSON (colored in a terminal)
  $ extract report.txt | jq '.metrics[] | {id, value}'
  $ cat report.txt | extract -             read standard input
  $ extract reports/ > all.ndjson          a folder → one JSON line per report
  $ extract 'reports/**/*.html' --format csv --bom > figures.csv
  $ extract reports/ --out-dir out/        one JSON file per report, mirroring reports/
  $ extract report.txt --pretty            a readable summary with the evidence in context
  $ extract view report.txt -o report.html an HTML page with every figure highlighted
  $ extract report.pdf                     a PDF (its text layer), .docx or .doc, read the same way
  $ extract text page.html                 the text that spans index (for HTML, the visible text)
  $ extract schema > report.schema.json    the JSON Schema of the output
  $ extract catalog                        every metric id with its label and wording

Exit codes: 0 every input read; 1 an input could not be read (or, with --strict,
a report broke a rule: a check failed, a required part is missing, it was
published late); 2 usage error.`;

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("extract")
    // options after a subcommand's name are the subcommand's: `extract view r.txt -o r.html`
    .enablePositionalOptions()
    .description("Turn Chinese government rule-of-law reports (法治政府建设年度报告) into validated, evidence-backed JSON.")
    .version(VERSION, "-V, --version", "print the version")
    .argument("[inputs...]", 'report files, folders, glob patterns, or "-" for standard input')
    .addOption(new Option("-f, --format <format>", "output format (default: json for one file, ndjson for several)").choices(["json", "ndjson", "csv", "csv-wide"]))
    .option("-o, --out-dir <dir>", "write one JSON file per input into <dir>, mirroring the input tree")
    .option("--force", "with --out-dir: replace existing output files", false)
    .addOption(
      new Option("-j, --jobs <n>", "worker threads for batches").default(availableParallelism(), "number of cores").argParser(parsePositiveInt("--jobs")),
    )
    .addOption(
      new Option("--ext <list>", "file extensions to take from folders, comma-separated")
        .default(DEFAULT_EXTENSIONS, DEFAULT_EXTENSIONS.join(","))
        .argParser((value: string) => value.split(",").map((item) => item.trim()).filter(Boolean)),
    )
    .option("--bom", "start CSV output with a UTF-8 byte order mark (Excel needs it for Chinese)", false)
    .option("-q, --quiet", "no progress bar or summary on stderr", false)
    .option("--strict", "exit 1 when a report breaks a rule: a check fails, a required part is missing, or it was published late", false)
    .option("--pretty", "one report: print a readable summary (outline, figures with evidence, checks) instead of JSON", false)
    .option("--keywords", "one report: add TF-IDF keywords to the report and to each section", false)
    .addOption(
      new Option("--max-bytes <n>", "refuse inputs larger than this many bytes")
        .default(DEFAULT_MAX_BYTES)
        .argParser(parsePositiveInt("--max-bytes")),
    )
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run extract --help for usage)")
    .action(async (inputs: string[], options: ExtractCommandOptions) => {
      if (inputs.length === 0) {
        if (process.stdin.isTTY) throw new UsageError("no input given: name a report file, a folder, or - for standard input");
        inputs = [STDIN_PATH];
      }
      process.exitCode = await run(inputs, options);
    });
  registerSchema(program);
  registerCatalog(program);
  registerView(program);
  registerText(program);
  return program;
}

async function run(inputs: string[], options: ExtractCommandOptions): Promise<number> {
  const { files, batch } = expandInputs(inputs, options.ext);
  if (files.length === 0) throw new UsageError(`no report files found in ${inputs.join(" ")} (extensions: ${options.ext.join(",")})`);
  if (!batch && !options.outDir && (options.format === undefined || options.format === "json")) {
    return extractOne(files[0]!.path, options);
  }
  if (options.pretty || options.keywords) throw new UsageError("--pretty and --keywords take one report, not a batch");
  const tally = await runBatch(files, {
    format: options.format ?? "ndjson",
    outDir: options.outDir,
    force: options.force,
    jobs: options.jobs,
    maxBytes: options.maxBytes,
    bom: options.bom,
    quiet: options.quiet,
  });
  if (process.exitCode === 130) return 130;
  if (tally.errors > 0 || (options.strict && tally.strictFailures > 0)) return EXIT_INPUT;
  return EXIT_OK;
}

async function extractOne(path: string, options: ExtractCommandOptions): Promise<number> {
  return reportingInputErrors(async () => {
    const { report: extracted, text } = await extractWithTextAsync(await readInputBytes(path, options.maxBytes), { path, maxBytes: options.maxBytes });
    // loaded only when asked for: jieba costs about 0.4 s and 90 MB
    const withKeywords = options.keywords ? await (await import("../keywords/index.js")).addKeywords(extracted, text) : extracted;
    const report = ReportSchema.parse(withKeywords);
    const colors = chalkFor(process.stdout);
    const output = options.pretty ? renderSummary(report, text, { colors, width: process.stdout.columns || 80 }) : toJson(report, colors) + "\n";
    process.stdout.write(output);
    return options.strict && failsStrict(report) ? EXIT_INPUT : EXIT_OK;
  });
}

export async function main(argv: readonly string[] = process.argv): Promise<void> {
  exitQuietlyWhenReaderCloses(process.stdout);
  const program = buildProgram();
  program.exitOverride();
  program.configureOutput({ writeErr: (text) => process.stderr.write(text) });
  try {
    await program.parseAsync(argv as string[]);
  } catch (error) {
    process.exitCode = exitCodeFor(error);
  }
}

/** `extract dir | head`: a reader that stops early is not an error worth a stack trace. */
function exitQuietlyWhenReaderCloses(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT_OK);
    process.stderr.write(`extract: cannot write output: ${error.message}\n`);
    process.exit(EXIT_INPUT);
  });
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT_OK;
    return EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`extract: ${error.message}\n`);
    return EXIT_USAGE;
  }
  process.stderr.write(`extract: internal error: ${errorMessage(error)} (please report it with the input that caused it)\n`);
  return EXIT_INPUT;
}
