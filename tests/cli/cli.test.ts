/** The command as a user runs it: output, colors, errors and exit codes. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CODE_CACHE, loadBundle } from "../../bin/load-bundle.js";
import { ReportSchema } from "../../src/index.js";
import { ROOT, SEEDS, runCli, seedFiles } from "../helpers.js";

const ESCAPE = "\u001b[";

describe("extract FILE", () => {
  it.each(seedFiles())("prints one schema-valid JSON document for %s", (seed) => {
    const result = runCli([join("fixtures", "seeds", seed)]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).not.toContain(ESCAPE);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    expect(report.source.path).toBe(join("fixtures", "seeds", seed));
  });

  it("--keywords loads jieba from the bundle, which requires it on demand", () => {
    const result = runCli(["--keywords", join("fixtures", "seeds", "weidu-district-2023.txt")]);
    expect(result.stderr).toBe("");
    expect(ReportSchema.parse(JSON.parse(result.stdout)).keywords?.length).toBeGreaterThan(0);
  });

  it("reads standard input with -", () => {
    const input = readFileSync(join(SEEDS, seedFiles()[0]!));
    const result = runCli(["-"], { input });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).source.path).toBe("-");
  });

  it("colors for FORCE_COLOR and not for NO_COLOR", () => {
    const file = join("fixtures", "seeds", seedFiles()[0]!);
    expect(runCli([file], { env: { FORCE_COLOR: "1" } }).stdout).toContain(ESCAPE);
    expect(runCli([file], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).not.toContain(ESCAPE);
  });
});

describe("the bundle", () => {
  it("starts from the V8 code cache the build wrote for it", () => {
    const { script } = loadBundle();
    expect(existsSync(CODE_CACHE)).toBe(true);
    expect(script.cachedDataRejected).toBe(false);
  });
});

describe("--strict", () => {
  const weidu = join("fixtures", "seeds", "weidu-district-2023.txt");
  const news = join("fixtures", "view", "news-item.txt");

  it("fails a report that breaks a rule (here a missing part), as JSON or --pretty, one file or a batch", () => {
    for (const args of [[weidu], [weidu, "--pretty"], [weidu, news], [weidu, "--format", "csv-wide"]]) {
      expect(runCli(args).status, args.join(" ")).toBe(0);
      expect(runCli([...args, "--strict"]).status, `${args.join(" ")} --strict`).toBe(1);
    }
  });

  it("does not fail on warnings about reading: a news item without headings passes, alone or in a batch", () => {
    expect(JSON.parse(runCli([news]).stdout).warnings.map((warning: { code: string }) => warning.code)).toEqual(["no_headings"]);
    expect(runCli([news, "--strict"]).status).toBe(0);
    expect(runCli([news, news, "--strict"]).status).toBe(0);
  });
});

describe("bad input: one line on stderr naming the input, exit 1, no stack trace", () => {
  it.each([
    ["a missing file", ["no/such/report.txt"], "no/such/report.txt: no such file"],
    ["an empty file", ["tests/cli/data/empty.txt"], "tests/cli/data/empty.txt: the file is empty"],
    ["a binary file", ["tests/cli/data/binary.bin"], "tests/cli/data/binary.bin: not a text file"],
  ])("%s", (_name, args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("stops reading /dev/zero at --max-bytes with the too_large line", () => {
    const result = runCli(["/dev/zero", "--max-bytes", "1000000"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("extract: /dev/zero: more than 1000000 bytes, over the limit (raise it with --max-bytes)\n");
  });

  it("refuses input over --max-bytes", () => {
    const result = runCli([join("fixtures", "seeds", seedFiles()[0]!), "--max-bytes", "100"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("over the limit of 100 bytes");
  });
});

describe("usage", () => {
  it("exits 2 on an unknown option", () => {
    const result = runCli(["--bogus"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown option");
  });

  it("exits 2 on a bad --jobs", () => {
    expect(runCli(["fixtures/seeds", "--jobs", "0"]).status).toBe(2);
  });

  it("--help shows usage with examples", () => {
    const result = runCli(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Usage: extract");
    expect(result.stdout).toContain("Examples:");
  });

  it("--version prints the package version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(runCli(["--version"]).stdout.trim()).toBe(version);
  });

  it("schema prints the committed JSON Schema", () => {
    const result = runCli(["schema"]);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, "schemas", "report.schema.json"), "utf8")));
  });

  it("catalog lists every metric id, and --json is machine-readable", () => {
    const text = runCli(["catalog"]).stdout;
    const json = JSON.parse(runCli(["catalog", "--json"]).stdout) as { metrics: Array<{ id: string; label: string }> };
    expect(json.metrics.length).toBeGreaterThanOrEqual(36);
    for (const metric of json.metrics) expect(text).toContain(metric.id);
  });
});
