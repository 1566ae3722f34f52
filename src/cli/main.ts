/**
 * The command line: wires read → pipeline → output. Nothing here extracts;
 * it parses arguments, reads inputs, prints documents and sets the exit code.
 */
import { Command, CommanderError, Option } from "commander";
import { extract } from "../pipeline.js";
import { DEFAULT_MAX_BYTES, InputError, STDIN_PATH, readFileBytes, readStdinBytes } from "../read/index.js";
import { ReportSchema } from "../schema/report.js";
import { chalkFor } from "../output/color.js";
import { toJson } from "../output/json.js";
import { registerCatalog } from "./commands/catalog.js";
import { registerSchema } from "./commands/schema.js";
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, UsageError, errorMessage } from "./errors.js";
import { VERSION } from "./version.js";

interface ExtractCommandOptions {
  maxBytes: number;
}

const EXAMPLES = `
Examples:
  $ extract report.txt                     one report → JSON (colored in a terminal)
  $ extract report.txt | jq '.metrics[] | {id, value}'
  $ cat report.txt | extract -             read standard input
  $ extract schema > report.schema.json    the JSON Schema of the output
  $ extract catalog                        every metric id with its label and wording

Exit codes: 0 every input read, 1 an input could not be read, 2 usage error.`;

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("extract")
    .description("Turn Chinese government rule-of-law reports (法治政府建设年度报告) into validated, evidence-backed JSON.")
    .version(VERSION, "-V, --version", "print the version")
    .argument("[input]", 'a report file (text), or "-" for standard input')
    .addOption(
      new Option("--max-bytes <n>", "refuse inputs larger than this many bytes")
        .default(DEFAULT_MAX_BYTES)
        .argParser(parsePositiveInt("--max-bytes")),
    )
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run extract --help for usage)")
    .action(async (input: string | undefined, options: ExtractCommandOptions) => {
      if (input === undefined) {
        if (process.stdin.isTTY) throw new UsageError("no input given: name a report file, or - for standard input");
        input = STDIN_PATH;
      }
      process.exitCode = await extractOne(input, options);
    });
  registerSchema(program);
  registerCatalog(program);
  return program;
}

async function extractOne(path: string, options: ExtractCommandOptions): Promise<number> {
  try {
    const bytes = path === STDIN_PATH ? await readStdinBytes(process.stdin, options.maxBytes) : readFileBytes(path, options.maxBytes);
    const report = ReportSchema.parse(extract(bytes, { path }));
    process.stdout.write(toJson(report, chalkFor(process.stdout)) + "\n");
    return EXIT_OK;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`extract: ${error.message}\n`);
      return EXIT_INPUT;
    }
    throw error;
  }
}

function parsePositiveInt(flag: string): (value: string) => number {
  return (value) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed <= 0) throw new UsageError(`${flag} takes a positive whole number, not "${value}"`);
    return parsed;
  };
}

export async function main(argv: readonly string[] = process.argv): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  program.configureOutput({ writeErr: (text) => process.stderr.write(text) });
  try {
    await program.parseAsync(argv as string[]);
  } catch (error) {
    process.exitCode = exitCodeFor(error);
  }
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
