/**
 * Reports as published: the seeds as PDF, .docx and .doc (fixtures/documents,
 * made by scripts/make-document-fixtures.mjs) give the .txt seed's figures,
 * every evidence is `extract text` at its span, and broken or hostile
 * documents get one clear refusal each.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { extract, extractAsync } from "../../src/pipeline.js";
import { InputError, inputTextAsync, readInput } from "../../src/read/index.js";
import { rc4 } from "../../src/read/pdf-encryption.js";
import { layOutPages, pageAt, type PdfLine } from "../../src/read/pdf-layout.js";
import { inflatedStreamBytes } from "../../src/read/pdf-streams.js";
import { reportPdf } from "../../scripts/lib/documents.mjs";
import { ReportSchema, type Report } from "../../src/schema/report.js";
import { expectGrounded } from "../hard/helpers.js";
import { ROOT, SEEDS, runCli } from "../helpers.js";
import { pdfBomb, pdfWithPages, pdfWithStandardChineseFont, scannedPdf, zipOf } from "./writers.js";

const DOCUMENTS = join(ROOT, "fixtures", "documents");
const SEED_NAMES = [
  "weidu-district-2023",
  "suizhou-city-2023",
  "taiqian-county-2021",
  "shangyu-district-2024-traditional-one-line",
  "placeholder-district-2023-no-figures",
];
const FORMATS = ["pdf", "docx", "doc"] as const;
const CASES = SEED_NAMES.flatMap((seed) => FORMATS.map((format) => [seed, format] as const));

const scratch = mkdtempSync(join(tmpdir(), "extract-documents-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function documentBytes(name: string): Buffer {
  return readFileSync(join(DOCUMENTS, name));
}

/** What a figure is, wherever it was read from. */
function figures(report: Report): string[] {
  return report.metrics.map((metric) => `${metric.id}=${metric.value} ${metric.qualifier ?? ""}`);
}

async function refusal(bytes: Uint8Array, label = "doc"): Promise<InputError> {
  const error = await extractAsync(bytes, { path: label }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe("the seeds as PDF, .docx and .doc", () => {
  const seedReports = new Map(SEED_NAMES.map((seed) => [seed, extract(readFileSync(join(SEEDS, `${seed}.txt`)), { path: seed })]));

  it.each(CASES)("%s.%s gives the .txt seed's figures, each evidence the text at its span", async (seed, format) => {
    const bytes = documentBytes(`${seed}.${format}`);
    const report = ReportSchema.parse(await extractAsync(bytes, { path: `${seed}.${format}` }));
    const text = await inputTextAsync(bytes, seed);
    expectGrounded(report, text);
    const seedReport = seedReports.get(seed)!;
    expect(report.source.format).toBe(format);
    expect(figures(report)).toEqual(figures(seedReport));
    expect(report.meta).toEqual(seedReport.meta);
    expect(report.sections.map((section) => section.marker)).toEqual(seedReport.sections.map((section) => section.marker));
    // The one-line seed runs its headings into the text after a space; where a PDF line ends at
    // that space, the break reads as a wrap, and the title runs on (a PDF made from a real report
    // sets each heading on its own line).
    if (!(format === "pdf" && seed.endsWith("one-line"))) {
      expect(report.sections.map((section) => section.title)).toEqual(seedReport.sections.map((section) => section.title));
    }
    for (const metric of report.metrics) {
      if (format === "pdf") expect(metric.page).toBeGreaterThanOrEqual(1);
      else expect(metric.page).toBeUndefined();
    }
  });

  it("a PDF's figures carry the page their evidence starts on", async () => {
    const bytes = documentBytes("weidu-district-2023.pdf");
    const read = await readInput(bytes, "weidu.pdf");
    const report = await extractAsync(bytes, { path: "weidu.pdf" });
    const codePoints = Array.from(read.text);
    for (const metric of report.metrics) {
      const page = metric.page!;
      expect(read.pageStarts![page - 1]).toBeLessThanOrEqual(metric.span[0]);
      if (page < read.pageStarts!.length) expect(metric.span[0]).toBeLessThan(read.pageStarts![page]!);
      expect(codePoints.slice(metric.span[0], metric.span[1]).join("")).toBe(metric.evidence);
    }
    expect(new Set(report.metrics.map((metric) => metric.page))).toEqual(new Set([1, 2]));
  });

  it("keeps running headers, footers and page numbers out of the PDF's text", async () => {
    const texts = await Promise.all(["weidu-district-2023", "suizhou-city-2023", "taiqian-county-2021"].map((seed) => inputTextAsync(documentBytes(`${seed}.pdf`), seed)));
    for (const text of texts) {
      expect(text).not.toMatch(/^- \d+ -$/m);
      expect(text).not.toMatch(/第\d+页 共\d+页/);
      expect(text).not.toContain("https://");
      expect(text).not.toContain("上午10:32");
    }
    // The running title is left out on every page.
    expect(texts[1]).not.toContain("随州市2023年法治政府建设工作情况报告");
  });

  it("keeps a Word file's header, footer and comment out, and lays its tables out as rows", async () => {
    for (const format of ["docx", "doc"]) {
      const text = await inputTextAsync(documentBytes(`table.${format}`), `table.${format}`);
      expect(text).toContain("指标 | 2023年 | 备注\n收到行政复议申请 | 120件 | 同比增长5%\n行政诉讼败诉率 | 10% | —\n");
      for (const kept of ["页眉88件", "页脚77件", "批注", "收案99件"]) expect(text).not.toContain(kept);
      const report = await extractAsync(documentBytes(`table.${format}`), { path: `table.${format}` });
      expect(report.metrics.map((metric) => [metric.id, metric.value, metric.evidence])).toEqual([
        ["reconsideration.received", 120, "120件"],
        ["litigation.loss_rate", 10, "10%"],
      ]);
    }
  });

  it("reads a PDF that only restricts printing and copying, as agencies often publish", async () => {
    const report = await extractAsync(documentBytes("restricted.pdf"), { path: "restricted.pdf" });
    expect(report.source.format).toBe("pdf");
    expect(report.meta.year).toBe(2023);
  });

  it("reads a PDF whose Chinese font is not embedded, through PDF.js's character maps", async () => {
    const report = await extractAsync(pdfWithStandardChineseFont("全年收到行政复议申请120件。"), { path: "old.pdf" });
    expect(report.metrics.map((metric) => [metric.id, metric.value, metric.evidence, metric.page])).toEqual([["reconsideration.received", 120, "复议申请120件", 1]]);
  });

  it("reads documents with a --max-bytes beyond the largest buffer", async () => {
    const seedFigures = figures(extract(readFileSync(join(SEEDS, "weidu-district-2023.txt"))));
    for (const format of FORMATS) {
      const report = await extractAsync(documentBytes(`weidu-district-2023.${format}`), { path: format, maxBytes: 1e11 });
      expect(figures(report)).toEqual(seedFigures);
    }
  });

  it("recognizes documents by content, whatever their name", async () => {
    for (const format of FORMATS) {
      const report = await extractAsync(documentBytes(`weidu-district-2023.${format}`), { path: "-" });
      expect(report.source.format).toBe(format);
    }
  });

  it("tells a library user who calls the synchronous extract to use extractAsync", () => {
    expect(() => extract(documentBytes("weidu-district-2023.pdf"))).toThrow(/extractAsync/);
  });
});

describe("the command line on documents", () => {
  it("a folder holding one report as PDF, DOCX, DOC and TXT gives the same figures four times, each evidence `extract text` at its span", () => {
    const folder = join(scratch, "same-report");
    for (const format of FORMATS) cpSync(join(DOCUMENTS, `weidu-district-2023.${format}`), join(folder, `weidu.${format}`));
    cpSync(join(SEEDS, "weidu-district-2023.txt"), join(folder, "weidu.txt"));
    const result = runCli([folder, "--jobs", "2"]);
    expect(result.status).toBe(0);
    const reports = result.stdout.trim().split("\n").map((line) => ReportSchema.parse(JSON.parse(line)));
    expect(reports.map((report) => report.source.format)).toEqual(["doc", "docx", "pdf", "text"]);
    for (const report of reports) {
      expect(figures(report)).toEqual(figures(reports[3]!));
      const text = runCli(["text", report.source.path]);
      expect(text.status).toBe(0);
      expectGrounded(report, text.stdout);
    }
  });

  it("reads documents on standard input, and extract text prints their text", () => {
    const pdf = documentBytes("suizhou-city-2023.pdf");
    const report = JSON.parse(runCli(["-"], { input: pdf }).stdout) as Report;
    expect(report.source).toMatchObject({ path: "-", format: "pdf" });
    const text = runCli(["text", "-"], { input: documentBytes("suizhou-city-2023.docx") });
    expect(text.stdout).toContain("2023年,随州市坚持以习近平新时代中国特色社会主义思想为指导");
  });

  it("--pretty and extract view work on a PDF", () => {
    const pdf = join(DOCUMENTS, "weidu-district-2023.pdf");
    const pretty = runCli([pdf, "--pretty"]);
    expect(pretty.status).toBe(0);
    expect(pretty.stdout).toContain("败诉率为12.7%");
    const page = join(scratch, "weidu.html");
    const view = runCli(["view", pdf, "-o", page]);
    const seedFigures = extract(readFileSync(join(SEEDS, "weidu-district-2023.txt"))).metrics.length;
    expect(view.stdout).toContain(`(${seedFigures} figures)`);
    expect(readFileSync(page, "utf8")).toContain("败诉率为12.7%");
  });

  it.each([
    ["a scanned PDF", "scanned.pdf", "no_text", "the PDF has no text layer (a scanned document needs OCR first)"],
    ["an encrypted PDF", "encrypted.pdf", "encrypted", "the PDF is encrypted (it needs a password)"],
    ["a truncated PDF", "truncated.pdf", "damaged", "the PDF is truncated or damaged (no end-of-file marker)"],
  ])("%s gets one clear line and exit 1, and a batch goes on", (_, name, code, message) => {
    const folder = join(scratch, `refused-${code}`);
    cpSync(join(SEEDS, "weidu-district-2023.txt"), join(folder, "weidu.txt"));
    const path = join(folder, name);
    const make: Record<string, () => Uint8Array> = {
      "scanned.pdf": scannedPdf,
      "encrypted.pdf": () => documentBytes(name),
      "truncated.pdf": () => documentBytes("weidu-district-2023.pdf").subarray(0, 30_000),
    };
    writeFileSync(path, make[name]!());
    const one = runCli([path]);
    expect(one.status).toBe(1);
    expect(one.stderr).toBe(`extract: ${path}: ${message}\n`);
    const batch = runCli([folder]);
    expect(batch.status).toBe(1);
    const records = batch.stdout.trim().split("\n").map((line) => JSON.parse(line) as { error?: { code: string } });
    // sorted by path: the refused PDF, then weidu.txt
    expect(records.map((record) => record.error?.code ?? "report")).toEqual([code, "report"]);
  });
});

describe("hostile and broken documents", () => {
  it("refuses a PDF stream that inflates past --max-bytes, before the PDF library inflates it", async () => {
    const started = performance.now();
    const error = await refusal(pdfBomb(64 << 20));
    expect(error.code).toBe("too_large");
    expect(error.message).toMatch(/inflate past the limit of 20971520 bytes/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("refuses a PDF with thousands of empty pages", async () => {
    const error = await refusal(pdfWithPages(Array.from({ length: 5000 }, () => "")));
    expect(error.code).toBe("too_large");
    expect(error.message).toBe("doc: 5000 pages is over the limit of 2097 pages (one per 10000 bytes of --max-bytes)");
  });

  it("refuses a zip bomb dressed as a .docx", async () => {
    const bomb = zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": Buffer.alloc(40 << 20, 0x20) });
    const error = await refusal(bomb);
    expect(error.code).toBe("too_large");
  });

  it("refuses a zip that is not a Word document, and an Office file that is not one", async () => {
    expect((await refusal(zipOf({ "content.xml": "<office:document/>", "mimetype": "application/vnd.oasis.opendocument.text" }))).code).toBe("unsupported");
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from("Workbook", "utf16le").copy(ole, 1024);
    expect((await refusal(ole)).message).toBe("doc: an Office file that is not a Word document (no WordDocument stream)");
  });

  it("measures the streams of PDFs encrypted with an empty password, in every cipher pdfkit writes", async () => {
    const text = "全年收到行政复议申请120件，办结110件。\n".repeat(30);
    const plain = inflatedStreamBytes(await reportPdf(text), Number.MAX_SAFE_INTEGER);
    expect(plain).toBeGreaterThan(10_000);
    // RC4 40-bit (revision 2), RC4 128-bit (3), AES-128 (4), AES-256 (6)
    for (const pdfVersion of ["1.3", "1.4", "1.7", "1.7ext3"]) {
      const encrypted = await reportPdf(text, { encryption: { ownerPassword: "owner", permissions: { copying: false }, pdfVersion } });
      expect(inflatedStreamBytes(encrypted, Number.MAX_SAFE_INTEGER)).toBe(plain);
    }
  });

  it("refuses a stream bomb inside a PDF encrypted with an empty password", async () => {
    // Written here by the book (revision 2, RC4 with a 40-bit key), independently of the reader.
    const padding = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");
    const owner = Buffer.alloc(32, 7);
    const id = Buffer.alloc(16, 9);
    const permissions = Buffer.alloc(4);
    permissions.writeInt32LE(-4);
    const key = createHash("md5").update(padding).update(owner).update(permissions).update(id).digest().subarray(0, 5);
    const objectKey = createHash("md5").update(key).update(Buffer.from([4, 0, 0, 0, 0])).digest().subarray(0, 10);
    const encrypted = (content: Buffer): Buffer =>
      pdfWithPages(
        ["/Contents 4 0 R"],
        [
          { dictionary: "/Filter/FlateDecode", data: rc4(objectKey, deflateSync(content)) },
          `<</Filter/Standard/V 1/R 2/O<${owner.toString("hex")}>/U<${Buffer.from(rc4(key, padding)).toString("hex")}>/P -4>>`,
        ],
        `/Encrypt 5 0 R/ID[<${id.toString("hex")}><${id.toString("hex")}>]`,
      );
    // PDF.js opens the small one without a password (and finds no text on its page) ...
    expect((await refusal(encrypted(Buffer.from("0 0 m 10 10 l S")))).code).toBe("no_text");
    // ... and the bomb is refused before PDF.js inflates it.
    const error = await refusal(encrypted(Buffer.alloc(64 << 20, 0x20)));
    expect(error.code).toBe("too_large");
  });

  it.each(["docx", "doc"])("refuses a truncated .%s as damaged", async (format) => {
    const bytes = documentBytes(`weidu-district-2023.${format}`);
    const error = await refusal(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(error.code).toBe("damaged");
  });
});

describe("damaged documents", () => {
  it("a .doc whose sector chain a damaged byte turns into a circle is refused, not walked until the process aborts", async () => {
    const bytes = Buffer.from(documentBytes("weidu-district-2023.doc"));
    const sectorSize = 2 ** bytes.readUInt16LE(0x1e);
    const fatAt = (bytes.readInt32LE(0x4c) + 1) * sectorSize;
    // the chain that runs through sectors 18…22 now leads from 22 back to 18
    expect(bytes.readInt32LE(fatAt + 4 * 22)).toBe(23);
    bytes.writeInt32LE(18, fatAt + 4 * 22);
    await expect(extractAsync(bytes, { path: "circle.doc" })).rejects.toMatchObject({ code: "damaged", message: expect.stringContaining("runs in a circle") });
  });

  // Bytes overwritten at random places, as a bad disk or a broken download leaves them: a report or a refusal, never a crash.
  it.each(FORMATS)("a .%s with random bytes overwritten is read or refused, never a crash", async (format) => {
    const original = documentBytes(`weidu-district-2023.${format}`);
    const damage = fc.array(fc.record({ at: fc.nat(original.length - 1), byte: fc.nat(255) }), { minLength: 1, maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(damage, async (writes) => {
        const bytes = Buffer.from(original);
        for (const { at, byte } of writes) bytes[at] = byte;
        try {
          const report = ReportSchema.parse(await extractAsync(bytes, { path: "damaged" }));
          expectGrounded(report, (await readInput(bytes, "damaged")).text);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe("PDF page layout", () => {
  /** A page's lines drawn top to bottom, as PDF.js gives them. */
  const page = (...lines: string[]): PdfLine[] => lines.map((text, index) => ({ text, y: 800 - index * 20 }));

  it("leaves out page numbers in every shape, at either edge", () => {
    const pages = [page("- 1 -", "一、工作成效", "收案50件"), page("第2页 共4页", "败诉5件", "2/4"), page("Page 3 of 4", "—4—")];
    expect(layOutPages(pages).text).toBe("一、工作成效\n收案50件\n败诉5件");
  });

  it("leaves out a line recurring at the same height at a page's edge (digits aside)", () => {
    const pages = [1, 2, 3].map((n) => page("某区2023年法治政府建设年度报告", ["一、工作成效", "收案50件", "败诉5件"][n - 1]!, `打印于2024年1月2${n}日 第${n}次`));
    expect(layOutPages(pages).text).toBe("一、工作成效\n收案50件\n败诉5件");
  });

  it("keeps a first page's title set lower than the running title after it", () => {
    const title = "某区2023年法治政府建设年度报告";
    const pages = [[{ text: title, y: 700 }, { text: "一、工作成效", y: 680 }], ...["收案50件", "败诉5件"].map((body) => [{ text: title, y: 810 }, { text: body, y: 700 }])];
    expect(layOutPages(pages).text).toBe(`${title}\n一、工作成效\n收案50件\n败诉5件`);
  });

  it("finds a page's edges by position, whatever order the page draws its lines in", () => {
    const drawnLast = (body: string, n: number): PdfLine[] => [{ text: body, y: 700 }, { text: `${n}`, y: 30 }, { text: "某区报告", y: 820 }];
    expect(layOutPages([drawnLast("收案50件", 1), drawnLast("败诉5件", 2), drawnLast("败诉率10%", 3)]).text).toBe("收案50件\n败诉5件\n败诉率10%");
  });

  it("keeps a heading or paragraph at a page's top, and maps offsets to pages", () => {
    const laidOut = layOutPages([page("一、工作成效", "收案50件"), [], page("二、存在问题", "2023/12/31 下午3:21 某区报告")]);
    expect(laidOut.text).toBe("一、工作成效\n收案50件\n二、存在问题");
    expect(laidOut.pageStarts).toEqual([0, 13, 13]);
    expect([0, 12, 13, 17].map((offset) => pageAt(laidOut.pageStarts, offset))).toEqual([1, 1, 3, 3]);
  });
});
