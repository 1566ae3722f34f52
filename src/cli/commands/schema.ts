/** `extract schema`: the JSON Schema every output document is valid against. */
import type { Command } from "commander";
import { reportJsonSchema } from "../../schema/report.js";
import { chalkFor } from "../../output/color.js";
import { toJson } from "../../output/json.js";

export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("print the JSON Schema of the output (schemas/report.schema.json)")
    .action(() => {
      process.stdout.write(toJson(reportJsonSchema(), chalkFor(process.stdout)) + "\n");
    });
}
