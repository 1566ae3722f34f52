import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addKeywords, segmentWords } from "../../src/keywords/index.js";
import { DOMAIN_TERMS } from "../../src/keywords/terms.js";
import { ReportSchema, type Section } from "../../src/schema/report.js";
import { SEEDS_DIR, load } from "./seeds.js";

describe("segmentation with the domain dictionary", () => {
  it("keeps domain terms whole", async () => {
    const words = await segmentWords("行政机关负责人出庭应诉率达100%,败诉率为12.7%,培育法律明白人445名,办理行政复议案件26起");
    for (const term of ["出庭应诉率", "败诉率", "法律明白人", "行政复议"]) expect(words).toContain(term);
    expect(words).not.toContain("败诉");
    expect(words).not.toContain("明白人");
  });
});

describe("addKeywords", () => {
  it("adds schema-valid keywords to the report and every section", async () => {
    const { report, text } = load(SEEDS_DIR, "weidu-district-2023.txt");
    const result = ReportSchema.parse(await addKeywords(report, text));
    expect(result.keywords!.length).toBeGreaterThan(5);
    const everySection = (sections: readonly Section[]): Section[] => sections.flatMap((s) => [s, ...everySection(s.children)]);
    for (const section of everySection(result.sections)) expect(section.keywords).toBeDefined();
    const terms = result.keywords!.map((keyword) => keyword.term);
    expect(terms.some((term) => DOMAIN_TERMS.includes(term))).toBe(true);
    for (const term of terms) expect(term).not.toMatch(/\d/u);
    expect(terms).not.toContain("工作");
    const weights = result.keywords!.map((keyword) => keyword.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    expect({ ...result, keywords: undefined, sections: report.sections }).toEqual({ ...report, keywords: undefined });
  });

  it("a section about litigation is keyed by its whole terms", async () => {
    const text = "一、行政应诉\n行政诉讼败诉率为12.7%,败诉率较去年下降。行政机关负责人出庭应诉率达100%,出庭应诉率保持高位。";
    const { extract } = await import("../../src/pipeline.js");
    const report = extract(text);
    const result = await addKeywords(report, text);
    const terms = result.keywords!.map((keyword) => keyword.term);
    expect(terms).toEqual(expect.arrayContaining(["败诉率", "出庭应诉率"]));
    expect(terms).not.toContain("败诉");
  });

  it("converts Traditional input before segmenting", async () => {
    const { report, text } = load(SEEDS_DIR, "shangyu-district-2024-traditional-one-line.txt");
    const terms = (await addKeywords(report, text)).keywords!.map((keyword) => keyword.term);
    expect(terms).toContain("合法性审查");
  });
});

describe("jieba is loaded only for --keywords", () => {
  it("no module outside src/keywords imports jieba or the keywords module statically", () => {
    const root = new URL("../../src/", import.meta.url).pathname;
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts") && !file.startsWith("keywords"));
    for (const file of files) {
      const source = readFileSync(join(root, file), "utf8");
      expect(source, file).not.toMatch(/^import[^;]*from\s+["'](?:@node-rs\/jieba|[./]+keywords\/index\.js)["']/mu);
    }
  });
});
