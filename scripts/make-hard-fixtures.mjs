#!/usr/bin/env node
// Writes fixtures/hard/: small reports in the encodings, layouts and damage
// that real pages arrive with, one file per behaviour tests/hard checks.
// The files are committed; rerun this after changing it: node scripts/make-hard-fixtures.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";

const OUT = new URL("../fixtures/hard/", import.meta.url).pathname;

/** A short report the rules find six figures in. */
const REPORT = `某区2023年法治政府建设年度报告
2023年，某区坚持以习近平法治思想为指引，扎实推进法治政府建设。
一、主要工作成效
（一）化解行政争议
全年收到行政复议申请120件，办结110件。一审行政诉讼收案50件，败诉5件，败诉率10%，行政机关负责人出庭应诉率100%。
二、存在问题
执法水平有待提高。
三、下一步工作计划
持续推进依法行政。
`;

const TRADITIONAL = `某區2019年法治政府建設年度報告
2019年，某區堅持依法行政，紮實推進法治政府建設。
一、主要工作成效
全年收到行政復議申請120件，辦結110件。一審行政訴訟收案50件，敗訴5件，敗訴率10%。
二、存在問題
執法水平有待提高。
`;

const FILES = {
  "report-gbk.txt": iconv.encode(REPORT, "gbk"),
  "report-gb18030.txt": iconv.encode(REPORT.replace("某区", "䶮区"), "gb18030"),
  "report-big5.txt": iconv.encode(TRADITIONAL, "big5"),
  "report-utf16le-bom.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(REPORT, "utf-16le")]),
  "report-utf16be-bom.txt": Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(REPORT, "utf-16be")]),
  // A UTF-8 report with two stray bytes, as a truncated copy leaves them.
  "report-utf8-damaged.txt": Buffer.concat([Buffer.from(REPORT.slice(0, 40)), Buffer.from([0xff, 0xc3]), Buffer.from(REPORT.slice(40))]),
  // GBK with a byte cut off the end of a character.
  "report-gbk-truncated.txt": iconv.encode(REPORT, "gbk").subarray(0, -2),
  "page-gbk.html": iconv.encode(page("gb2312", REPORT), "gbk"),
  // Saved as GBK, still declaring UTF-8: the bytes win.
  "page-gbk-declared-utf8.html": iconv.encode(page("utf-8", REPORT), "gbk"),
  "page-utf16le-bom.html": Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page("utf-16", REPORT), "utf-16le")]),
};

/** A report page the way government sites save it: head, navigation, scripts, hidden bits, a table. */
function page(charset, report) {
  const [title, ...lines] = report.trim().split("\n");
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${title}_某区人民政府</title>
<style>.x{display:none}</style><script>var s = "<p>不是正文</p>"; if (a < b) {}</script></head>
<body><div id="nav"><a href="/">首页</a> &gt; 政务公开</div>
<h1>${title}</h1>
${lines.map((line) => `<p>${line}</p>`).join("\n")}
<div style="display:none">隐藏的正文99件</div>
</body></html>`;
}

mkdirSync(OUT, { recursive: true });
for (const [name, bytes] of Object.entries(FILES)) writeFileSync(join(OUT, name), bytes);
console.log(`wrote ${Object.keys(FILES).length} files to ${OUT}`);
