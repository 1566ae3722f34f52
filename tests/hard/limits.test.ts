import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/pipeline.js";
import { InputError, readFileBytes, readStdinBytes } from "../../src/read/index.js";
import { expectGrounded } from "./helpers.js";

describe("limits", () => {
  it("refuses a file over the size limit, saying how to raise it", () => {
    const path = join(mkdtempSync(join(tmpdir(), "extract-hard-")), "big.txt");
    writeFileSync(path, "法".repeat(100));
    expect(() => readFileBytes(path, 200)).toThrow(/over the limit of 200 bytes \(raise it with --max-bytes\)/);
    expect(readFileBytes(path, 300).length).toBe(300);
  });

  it("refuses standard input over the size limit", async () => {
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < 5; i++) yield new Uint8Array(100);
    }
    await expect(readStdinBytes(chunks(), 250)).rejects.toBeInstanceOf(InputError);
  });

  it("stops reading a device that never ends at the limit", () => {
    expect(() => readFileBytes("/dev/zero", 100_000)).toThrow(/\/dev\/zero: more than 100000 bytes, over the limit \(raise it with --max-bytes\)/);
  });

  it("stops reading a FIFO whose writer never stops at the limit", () => {
    const fifo = join(mkdtempSync(join(tmpdir(), "extract-hard-")), "endless");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const writer = spawn("sh", ["-c", `yes 全年收到行政复议申请120件 > ${fifo}`], { stdio: "ignore" });
    try {
      expect(() => readFileBytes(fifo, 50_000)).toThrow(/more than 50000 bytes, over the limit/);
    } finally {
      writer.kill();
    }
  });

  it("reads a FIFO that ends, as a file", () => {
    const fifo = join(mkdtempSync(join(tmpdir(), "extract-hard-")), "report");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const writer = spawn("sh", ["-c", `printf '全年收到行政复议申请120件。' > ${fifo}`], { stdio: "ignore" });
    expect(new TextDecoder().decode(readFileBytes(fifo, 1000))).toBe("全年收到行政复议申请120件。");
    writer.kill();
  });

  // Shapes that make careless scanners quadratic; bench/pathological.mjs times them.
  it.each([
    ["a 100,000-character line", "全年收到行政复议申请120件，".repeat(7_000)],
    ["a 10,000-digit number", `收到行政复议申请${"9".repeat(10_000)}件。`],
    ["10,000 headings in a row", Array.from({ length: 10_000 }, (_, i) => `${(i % 99) + 1}.依法行政\n`).join("")],
    ["thousands of markers on one line", "|1.ab".repeat(20_000)],
    ["blank lines before the text", "\n".repeat(100_000) + "2023年,某区坚持依法行政。"],
    ["an unclosed page", "<html><body>" + '<p a="1">申请<!-- '.repeat(5_000)],
  ])("processes %s", (_, input) => {
    const report = extract(input);
    expectGrounded(report, new TextDecoder().decode(new TextEncoder().encode(input)));
  });
});
