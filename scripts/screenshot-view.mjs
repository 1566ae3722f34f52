// Renders one seed's HTML evidence view and saves a PNG of it for the README:
//   npm run build && node scripts/screenshot-view.mjs [seed.txt] [out.png]
// Needs Chromium at /usr/bin/chromium (or CHROMIUM=path); see .ci/install-chromium.sh.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { extract } from "../dist/pipeline.js";
import { readText } from "../dist/read/index.js";
import { renderHtmlView } from "../dist/view/html.js";

const seed = process.argv[2] ?? "fixtures/seeds/weidu-district-2023.txt";
const out = process.argv[3] ?? "docs/view-screenshot.png";
const bytes = readFileSync(seed);
const html = renderHtmlView(extract(bytes, { path: seed }), readText(bytes, seed).text);

const folder = mkdtempSync(join(tmpdir(), "extract-view-"));
const page = join(folder, "view.html");
writeFileSync(page, html);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await tab.goto(pathToFileURL(page).href);
  // Show a clicked figure with its tooltip: what a reader does first.
  const figure = tab.locator("a.fig").nth(2);
  await figure.click();
  await tab.waitForTimeout(100);
  await tab.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
}
