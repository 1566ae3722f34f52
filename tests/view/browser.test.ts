/**
 * The HTML evidence view in a real browser: headless Chromium from the
 * system (Debian's `chromium`), driven by playwright-core. Without Chromium
 * these tests are skipped with a message, never passed silently.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUIRED_PARTS } from "../../src/compliance/index.js";
import { renderHtmlView, renderIndexPage } from "../../src/view/html.js";
import { SEEDS, SEEDS_DIR, VIEW_FIXTURES_DIR, load, type Loaded } from "./seeds.js";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`tests/view/browser.test.ts: SKIPPED — no Chromium at ${CHROMIUM}; run .ci/install-chromium.sh (or set CHROMIUM=path)`);
}

describe.skipIf(!hasChromium)("HTML evidence view in Chromium", () => {
  let browser: Browser;
  let folder: string;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    folder = mkdtempSync(join(tmpdir(), "extract-view-test-"));
  });

  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** Opens a page written to disk; records every request it makes besides itself. */
  async function open(name: string, html: string): Promise<{ page: Page; requests: string[] }> {
    const url = pathToFileURL(join(folder, name)).href;
    writeFileSync(new URL(url), html);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const requests: string[] = [];
    page.on("request", (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    await page.goto(url);
    return { page, requests };
  }

  /** Each figure's highlight text: its pieces (more than one only where spans cross), joined. */
  function highlightTexts(page: Page, count: number): Promise<string[]> {
    return page.evaluate(
      (n) =>
        Array.from({ length: n }, (_, index) =>
          Array.from(document.querySelectorAll(`#text mark.ev[data-m="${index}"]`))
            .map((piece) => piece.textContent ?? "")
            .join(""),
        ),
      count,
    );
  }

  function inViewport(page: Page, selector: string): Promise<boolean> {
    return page.$eval(selector, (element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    });
  }

  describe.each(SEEDS)("%s", (seed) => {
    let loaded: Loaded;
    let page: Page;
    let requests: string[];

    beforeAll(async () => {
      loaded = load(SEEDS_DIR, seed);
      ({ page, requests } = await open(seed.replace(/\.txt$/u, ".html"), renderHtmlView(loaded.report, loaded.text)));
    });
    afterAll(async () => page?.close());

    it("shows the whole input text and every figure's evidence as a highlight", async () => {
      expect(await page.$eval("#text", (element) => element.textContent)).toBe(loaded.text);
      expect(await highlightTexts(page, loaded.report.metrics.length)).toEqual(loaded.report.metrics.map((m) => m.evidence));
      expect(await page.locator("#figures a.fig").count()).toBe(loaded.report.metrics.length);
      expect(requests).toEqual([]);
    });

    it("clicking the last figure in the panel scrolls its highlight into view", async () => {
      const links = page.locator("#figures a.fig");
      const count = await links.count();
      if (count === 0) return;
      const key = await links.nth(count - 1).getAttribute("data-m");
      await page.evaluate(() => window.scrollTo(0, 0));
      await links.nth(count - 1).click();
      expect(await inViewport(page, `#m-${key}`)).toBe(true);
      expect(await page.$eval(`#m-${key}`, (element) => element.classList.contains("flash"))).toBe(true);
    });

    it("hovering a highlight shows its id, value and qualifier", async () => {
      const metric = loaded.report.metrics[0];
      if (!metric) return;
      await page.hover("#m-0");
      const tip = await page.$eval("#tip", (element) => ({ hidden: (element as HTMLElement).hidden, text: element.textContent ?? "" }));
      expect(tip.hidden).toBe(false);
      expect(tip.text).toContain(metric.id);
      expect(tip.text).toContain(`value: ${metric.value}`);
      expect(tip.text).toContain(`qualifier: ${metric.qualifier ?? "none"}`);
    });
  });

  it("a report full of <script>, handlers and tags runs nothing and shows them as text", async () => {
    const { report, text } = load(VIEW_FIXTURES_DIR, "script-injection.txt");
    const dialogs: string[] = [];
    const { page, requests } = await open("script-injection.html", renderHtmlView(report, text));
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.waitForTimeout(200);
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      scripts: document.scripts.length,
      foreign: document.querySelectorAll("#text :not(mark):not(span.anchor), #panel img, #panel svg, #panel iframe, #panel script").length,
      visible: getComputedStyle(document.body).display,
      text: document.getElementById("text")?.textContent ?? "",
    }));
    expect(state).toMatchObject({ pwned: null, scripts: 1, foreign: 0, visible: "block", text });
    expect(state.text).toContain('<script>window.__pwned = "title"</script>');
    expect(await page.locator("#outline").textContent()).toContain("<script>");
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it("the index page sorts all figures by value", async () => {
    const loaded = SEEDS.map((seed) => load(SEEDS_DIR, seed));
    const html = renderIndexPage(loaded.map(({ report }, index) => ({ path: report.source.path, href: `r${index}.html`, report })));
    const { page } = await open("index.html", html);
    const values = (): Promise<number[]> =>
      page.$$eval("#figures-table tbody tr", (rows) => rows.map((row) => Number((row as HTMLTableRowElement).cells[5]!.dataset.sort)));
    const all = loaded.flatMap(({ report }) => report.metrics.map((metric) => metric.value));
    await page.click("#figures-table th[data-col='5'] button");
    expect(await values()).toEqual([...all].sort((a, b) => a - b));
    await page.click("#figures-table th[data-col='5'] button");
    expect(await values()).toEqual([...all].sort((a, b) => b - a));
    await page.close();
  });
  describe("the index page's table of reports", () => {
    const loaded = [...SEEDS.map((seed) => load(SEEDS_DIR, seed)), load(VIEW_FIXTURES_DIR, "news-item.txt")];
    const hrefs = loaded.map((_, index) => `reports/r${index}.html`);
    let page: Page;

    beforeAll(async () => {
      mkdirSync(join(folder, "site", "reports"), { recursive: true });
      loaded.forEach(({ report, text }, index) => writeFileSync(join(folder, "site", hrefs[index]!), renderHtmlView(report, text)));
      const html = renderIndexPage(loaded.map(({ report }, index) => ({ path: report.source.path, href: hrefs[index]!, report })));
      ({ page } = await open("site/index.html", html));
    });
    afterAll(async () => page?.close());

    /** The sort keys of one column of the reports table, in the order shown. */
    const column = (index: number): Promise<string[]> =>
      page.$$eval("#reports-table tbody tr", (rows, col) => rows.map((row) => (row as HTMLTableRowElement).cells[col]!.dataset.sort ?? ""), index);
    const header = (label: string): string => `#reports-table th:has(button:text-is("${label}")) button`;

    it("has one row per report, before the figure table", async () => {
      expect(await page.locator("#reports-table tbody tr").count()).toBe(loaded.length);
      const [reports, figures] = await Promise.all(["#reports-table", "#figures-table"].map((selector) => page.$eval(selector, (table) => table.getBoundingClientRect().top)));
      expect(reports!).toBeLessThan(figures!);
    });

    it("sorts by any column: the year, a part, a rate, unknowns last", async () => {
      const years = loaded.map(({ report }) => report.meta.year!);
      await page.click(header("Year"));
      expect((await column(3)).map(Number)).toEqual([...years].sort((a, b) => a - b));
      await page.click(header("Year"));
      expect((await column(3)).map(Number)).toEqual([...years].sort((a, b) => b - a));

      const leadership = 6 + REQUIRED_PARTS.indexOf("leadership_duty");
      await page.click(header("leadership_duty"));
      expect(await column(leadership)).toEqual(["0", "0", "0", "0", "1", ""]);

      const loss = 6 + REQUIRED_PARTS.length;
      await page.click(header("Loss rate"));
      const rates = loaded.map(({ report }) => report.metrics.find((metric) => metric.id === "litigation.loss_rate")?.value).filter((value) => value !== undefined);
      const shown = await column(loss);
      expect(shown.slice(0, rates.length).map(Number)).toEqual([...rates].sort((a, b) => a - b));
      expect(shown.slice(rates.length)).toEqual(Array(loaded.length - rates.length).fill(""));
    });

    it("a ✓ opens the report's page where its evidence is", async () => {
      const suizhou = SEEDS.indexOf("suizhou-city-2023.txt");
      const entry = loaded[suizhou]!.report.compliance!.parts.problems[0]!;
      await page.click(`#reports-table a[href="${hrefs[suizhou]}#part-problems-0"]`);
      await page.waitForURL(/#part-problems-0$/u);
      const after = await page.evaluate(() => {
        const anchor = document.getElementById("part-problems-0")!;
        const range = document.createRange();
        range.setStartAfter(anchor);
        range.setEndAfter(document.getElementById("text")!.lastChild!);
        const top = anchor.getBoundingClientRect().top;
        return { text: range.toString(), visible: top >= 0 && top <= window.innerHeight };
      });
      expect(after.text.startsWith(entry.evidence)).toBe(true);
      expect(after.visible).toBe(true);
      expect(await page.locator("#compliance li.ok").count()).toBe(REQUIRED_PARTS.length);
    });
  });
});
