/**
 * `extract text FILE`: the text every span indexes, exactly as extract reads
 * it (decoded; for a web page, its visible text), so that a span [a, b) can be
 * checked by hand against this output.
 */
import { Option, type Command } from "commander";
import { DEFAULT_MAX_BYTES, InputError, STDIN_PATH, inputText, readFileBytes, readStdinBytes } from "../../read/index.js";
import { EXIT_INPUT, EXIT_OK, UsageError } from "../errors.js";

interface TextCommandOptions {
  maxBytes: number;
}

export function registerText(program: Command): void {
  program
    .command("text")
    .description("print the text spans index (for a web page, its visible text)")
    .argument("[input]", 'a report file, or "-" for standard input', STDIN_PATH)
    .addOption(
      new Option("--max-bytes <n>", "refuse inputs larger than this many bytes").default(DEFAULT_MAX_BYTES).argParser(positiveInt),
    )
    .action(async (input: string, options: TextCommandOptions) => {
      process.exitCode = await printText(input, options.maxBytes);
    });
}

async function printText(path: string, maxBytes: number): Promise<number> {
  try {
    const bytes = path === STDIN_PATH ? await readStdinBytes(process.stdin, maxBytes) : readFileBytes(path, maxBytes);
    // Written as is, with no newline added: the output is the text, character for character.
    process.stdout.write(inputText(bytes, path === STDIN_PATH ? "standard input" : path));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`extract: ${error.message}\n`);
      return EXIT_INPUT;
    }
    throw error;
  }
}

function positiveInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new UsageError(`--max-bytes takes a positive whole number, not "${value}"`);
  return parsed;
}
