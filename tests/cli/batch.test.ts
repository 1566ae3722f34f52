/** Batch mode: folders, formats, ordering, --out-dir safety and exit codes. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorRecordSchema, ReportSchema, type Report } from "../../src/index.js";
import { ROOT, SEEDS, runCli, seedFiles } from "../helpers.js";

let work: string;
let folder: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "extract-batch-"));
  folder = join(work, "reports");
  mkdirSync(join(folder, "nested"), { recursive: true });
  for (const seed of seedFiles()) cpSync(join(SEEDS, seed), join(folder, seed));
  cpSync(join(SEEDS, seedFiles()[1]!), join(folder, "nested", "copy.txt"));
  writeFileSync(join(folder, "broken.txt"), readFileSync(join(ROOT, "tests", "cli", "data", "binary.bin")));
  writeFileSync(join(folder, "ignored.md"), "not taken: not a default extension");
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function lines(stdout: string): unknown[] {
  return stdout.trim().split("\n").map((line) => JSON.parse(line) as unknown);
}

describe("a folder with one broken file", () => {
  it("gives one line per input, one of them an error, in sorted order, and exit 1", () => {
    const result = runCli([folder, "--jobs", "2"]);
    expect(result.status).toBe(1);
    const records = lines(result.stdout);
    expect(records).toHaveLength(seedFiles().length + 2);
    const paths = records.map((record) => (record as { source: { path: string } }).source.path);
    expect(paths).toEqual([...paths].sort());
    const errors = records.filter((record) => ErrorRecordSchema.safeParse(record).success);
    expect(errors).toHaveLength(1);
    expect((errors[0] as { error: { code: string } }).error.code).toBe("binary");
    for (const record of records.filter((candidate) => !errors.includes(candidate))) ReportSchema.parse(record);
  });

  it("is byte-identical for --jobs 1 and --jobs 2", () => {
    expect(runCli([folder, "--jobs", "1"]).stdout).toBe(runCli([folder, "--jobs", "2"]).stdout);
  });

  it("exits 0 when every input was read", () => {
    expect(runCli([SEEDS]).status).toBe(0);
  });

  it("takes other extensions with --ext", () => {
    const records = lines(runCli([folder, "--ext", "md"]).stdout);
    expect(records).toHaveLength(1);
  });

  it("takes glob patterns", () => {
    const records = lines(runCli([join(folder, "**", "*.txt")]).stdout);
    expect(records).toHaveLength(seedFiles().length + 2);
  });
});

describe("CSV", () => {
  it("long form parses back to the same values as the JSON", () => {
    const reports = lines(runCli([SEEDS]).stdout) as Report[];
    const rows = parse(runCli([SEEDS, "--format", "csv"]).stdout, { columns: true }) as Array<Record<string, string>>;
    const expected = reports.flatMap((report) => report.metrics.map((metric) => [report.source.path, metric.id, metric.value, metric.evidence, metric.qualifier ?? ""]));
    expect(rows.map((row) => [row.file, row.id, Number(row.value), row.evidence, row.qualifier])).toEqual(expected);
  });

  it("wide form has one row per report and a column per catalogue id", () => {
    const rows = parse(runCli([SEEDS, "--format", "csv-wide"]).stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(seedFiles().length);
    const weidu = rows.find((row) => row.file!.endsWith("weidu-district-2023.txt"))!;
    expect(Number(weidu["litigation.loss_rate"])).toBe(12.7);
    expect(weidu.region).toBe("魏都区");
  });

  it("wide form says whether each report is a yearly one, whether it was on time and which parts it misses", () => {
    const rows = parse(runCli([SEEDS, join(ROOT, "fixtures", "view", "news-item.txt"), "--format", "csv-wide"]).stdout, { columns: true }) as Array<Record<string, string>>;
    const columns = (name: string): string[] => {
      const row = rows.find((candidate) => candidate.file!.endsWith(name))!;
      return [row.yearlyReport!, row.onTime!, row.missingParts!];
    };
    expect(columns("shangyu-district-2024-traditional-one-line.txt")).toEqual(["true", "true", "leadership_duty"]);
    expect(columns("suizhou-city-2023.txt")).toEqual(["true", "", ""]);
    expect(columns("news-item.txt")).toEqual(["false", "", ""]);
  });

  it("--bom starts the output with a byte order mark", () => {
    expect(runCli([SEEDS, "--format", "csv", "--bom"]).stdout.startsWith("\uFEFF")).toBe(true);
  });
});

describe("--out-dir", () => {
  it("writes one JSON file per input, mirroring the tree, and keeps existing files without --force", () => {
    const out = join(work, "out");
    mkdirSync(out, { recursive: true });
    const existing = join(out, seedFiles()[0]!.replace(/\.txt$/, ".json"));
    writeFileSync(existing, "keep me");
    const first = runCli([folder, "--out-dir", out]);
    expect(first.status).toBe(1);
    expect(existsSync(join(out, "nested", "copy.json"))).toBe(true);
    expect(readFileSync(existing, "utf8")).toBe("keep me");
    expect(readdirSync(out).some((name) => name.includes(".tmp-"))).toBe(false);
    runCli([folder, "--out-dir", out, "--force"]);
    expect(ReportSchema.parse(JSON.parse(readFileSync(existing, "utf8"))).source.path).toContain(seedFiles()[0]!);
  });

  it("never writes over an input", () => {
    const inputs = join(work, "json-inputs");
    mkdirSync(inputs, { recursive: true });
    const input = join(inputs, "report.json");
    writeFileSync(input, readFileSync(join(SEEDS, seedFiles()[0]!)));
    const before = readFileSync(input);
    const result = runCli([inputs, "--ext", "json", "--out-dir", inputs, "--force"]);
    expect(result.status).toBe(1);
    expect(readFileSync(input)).toEqual(before);
  });
});
