/** `extract catalog`: every metric id with its Chinese label, unit and typical wording. */
import type { Command } from "commander";
import { CATALOG_VERSION, DOMAINS } from "../../extract/rules/index.js";
import { chalkFor } from "../../output/color.js";
import { toJson } from "../../output/json.js";

export interface CatalogEntry {
  id: string;
  domain: string;
  label: string;
  unit: string;
  wording: string;
}

export function catalogEntries(): CatalogEntry[] {
  return DOMAINS.flatMap((domain) =>
    domain.rules.map((rule) => ({ id: rule.id, domain: domain.name, label: rule.label, unit: rule.unit, wording: rule.wording })),
  );
}

export function registerCatalog(program: Command): void {
  program
    .command("catalog")
    .description("list every metric id with its Chinese label, unit and typical wording")
    .option("--json", "print JSON for machines")
    .action((options: { json?: boolean }) => {
      const entries = catalogEntries();
      const colors = chalkFor(process.stdout);
      if (options.json) {
        process.stdout.write(toJson({ version: CATALOG_VERSION, metrics: entries }, colors) + "\n");
        return;
      }
      const lines: string[] = [];
      for (const domain of DOMAINS) {
        lines.push(colors.bold(`${domain.name} (${domain.label})`));
        for (const entry of entries.filter((candidate) => candidate.domain === domain.name)) {
          lines.push(`  ${colors.cyan(entry.id.padEnd(44))} ${entry.unit.padEnd(12)} ${entry.label}`);
          lines.push(`  ${" ".repeat(44)} ${colors.gray(entry.wording)}`);
        }
      }
      process.stdout.write(lines.join("\n") + "\n");
    });
}
