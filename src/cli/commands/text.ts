/**
 * `extract text FILE`: the text every span indexes, exactly as extract reads
 * it (decoded; for a web page, its visible text; for a PDF or Word file, the
 * text of its pages or body), so that a span [a, b) can be
 * checked by hand against this output.
 */
import { Option, type Command } from "commander";
import { DEFAULT_MAX_BYTES, STDIN_PATH, inputLabel, inputTextAsync } from "../../read/index.js";
import { EXIT_OK } from "../errors.js";
import { parsePositiveInt, readInputBytes, reportingInputErrors } from "../input.js";

interface TextCommandOptions {
  maxBytes: number;
}

export function registerText(program: Command): void {
  program
    .command("text")
    .description("print the text spans index (for a web page, its visible text; for a PDF or Word file, its text)")
    .argument("[input]", 'a report file, or "-" for standard input', STDIN_PATH)
    .addOption(
      new Option("--max-bytes <n>", "refuse inputs larger than this many bytes").default(DEFAULT_MAX_BYTES).argParser(parsePositiveInt("--max-bytes")),
    )
    .action(async (input: string, options: TextCommandOptions) => {
      process.exitCode = await printText(input, options.maxBytes);
    });
}

function printText(path: string, maxBytes: number): Promise<number> {
  return reportingInputErrors(async () => {
    const bytes = await readInputBytes(path, maxBytes);
    // Written as is, with no newline added: the output is the text, character for character.
    process.stdout.write(await inputTextAsync(bytes, inputLabel(path), maxBytes));
    return EXIT_OK;
  });
}
