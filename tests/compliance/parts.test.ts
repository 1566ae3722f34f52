/**
 * The required parts as a table of invented texts, in the style of the metric
 * rule tables: each row is a short report written for the tests (no wording
 * taken from the seeds) and exactly the evidence it must yield per part; a
 * part a row does not name must be found nowhere. Rows run through normalize
 * and segment, the path a report takes, so spans are checked against the input.
 */
import { describe, expect, it } from "vitest";
import { findParts, REQUIRED_PARTS } from "../../src/compliance/parts.js";
import { normalize } from "../../src/normalize/index.js";
import type { RequiredPart } from "../../src/schema/report.js";
import { segment } from "../../src/segment/index.js";
import { codePointSlice } from "../extract/harness.js";

interface Row {
  text: string;
  /** the evidence of every entry per part, in text order; parts left out must have none */
  finds: Partial<Record<RequiredPart, string[]>>;
  /** the year the report covers (default 2024) */
  year?: number;
}

/** A first paragraph to stand before the rows' paragraphs: the title block and opening are never read for parts. */
const OPENING = "2024年,全区依法行政各项工作有序开展。\n";

function table(rows: readonly Row[]): void {
  for (const row of rows) {
    it(row.text.replace(OPENING, "").replace(/\n/gu, "⏎"), () => {
      const doc = normalize(row.text);
      const parts = findParts(doc, segment(doc), row.year ?? 2024);
      for (const part of REQUIRED_PARTS) for (const entry of parts[part]) expect(entry.evidence).toBe(codePointSlice(row.text, entry.span));
      const found = Object.fromEntries(REQUIRED_PARTS.map((part) => [part, parts[part].map((entry) => entry.evidence)]));
      expect(found).toEqual({ achievements: [], leadership_duty: [], problems: [], plans: [], ...row.finds });
    });
  }
}

describe("headings that name a part", () => {
  table([
    // problems
    { text: "一、面临的困难和问题\n正文。", finds: { problems: ["一、面临的困难和问题"] } },
    { text: "一、当前工作中的薄弱环节\n正文。", finds: { problems: ["一、当前工作中的薄弱环节"] } },
    { text: "一、差距与不足\n正文。", finds: { problems: ["一、差距与不足"] } },
    { text: "一、短板弱项及成因\n正文。", finds: { problems: ["一、短板弱项及成因"] } },
    { text: "一、仍然存在的不足\n正文。", finds: { problems: ["一、仍然存在的不足"] } },
    { text: "一、工作中的不足\n正文。\n二、其他需要报告的事项\n正文。", finds: { problems: ["一、工作中的不足"] } },
    {
      text: "一、年度重点工作推进情况\n(一)补齐基层执法短板\n正文。\n(二)着力解决群众反映强烈的突出问题\n正文。\n(三)聚焦短板弱项,夯实基层基础\n正文。\n(四)回应社会关切的问题\n正文。",
      finds: { achievements: ["一、年度重点工作推进情况"] },
    },
    // plans
    { text: "一、明年工作打算\n正文。", finds: { plans: ["一、明年工作打算"] } },
    { text: "一、2026年度重点任务\n正文。", finds: { plans: ["一、2026年度重点任务"] } },
    { text: "一、下一阶段努力方向\n正文。", finds: { plans: ["一、下一阶段努力方向"] } },
    // a half-year summary's plans for the second half
    { text: "一、上半年工作开展情况\n正文。\n二、下半年工作计划\n正文。", finds: { achievements: ["一、上半年工作开展情况"], plans: ["二、下半年工作计划"] } },
    { text: "一、问题及工作安排\n正文。", finds: { problems: ["一、问题及工作安排"], plans: ["一、问题及工作安排"] } },
    {
      text: "一、年度依法行政工作回顾\n(一)创新工作思路,提升服务效能\n正文。\n(二)制定年度普法工作计划\n正文。\n(三)为下一步改革奠定基础\n正文。",
      finds: { achievements: ["一、年度依法行政工作回顾"] },
    },
    // leadership duty
    { text: "一、主要负责同志履职情况\n正文。", finds: { leadership_duty: ["一、主要负责同志履职情况"] } },
    { text: "一、区长履行法治建设职责情况\n正文。", finds: { leadership_duty: ["一、区长履行法治建设职责情况"] } },
    { text: "一、一把手述法评议\n正文。", finds: { leadership_duty: ["一、一把手述法评议"] } },
    {
      text: "一、法治建设推进情况\n(一)推动行政机关主要负责人出庭应诉\n正文。\n(二)全面履行政府职能\n正文。",
      finds: { achievements: ["一、法治建设推进情况"] },
    },
    // at any level
    {
      text: "一、全年工作回顾\n(一)完善决策机制\n正文。\n(二)党政一把手履行第一责任人职责\n正文。\n(三)工作短板和弱项\n正文。",
      finds: { achievements: ["一、全年工作回顾"], leadership_duty: ["(二)党政一把手履行第一责任人职责"], problems: ["(三)工作短板和弱项"] },
    },
    { text: "一、问题和打算\n(一)存在的主要问题\n正文。\n(二)今后工作计划\n正文。", finds: { problems: ["一、问题和打算"], plans: ["一、问题和打算"] } },
    // achievements: a top-level section names none of the others, or says so after the shortcomings
    { text: "一、围绕中心服务大局\n正文。\n二、狠抓落实见实效\n正文。", finds: { achievements: ["一、围绕中心服务大局", "二、狠抓落实见实效"] } },
    { text: "一、存在的薄弱环节\n正文。\n二、主要做法和成效\n正文。", finds: { problems: ["一、存在的薄弱环节"], achievements: ["二、主要做法和成效"] } },
    { text: "一、工作中的短板\n正文。\n二、其他事项\n正文。", finds: { problems: ["一、工作中的短板"] } },
  ]);
});

describe("paragraphs that open on a part no heading names", () => {
  table([
    { text: `${OPENING}我们也要清醒地看到,对照群众期盼,全区依法行政水平仍有提升空间。`, finds: { problems: ["我们也要清醒地看到,对照群众期盼,全区依法行政水平仍有提升空间"] } },
    { text: `${OPENING}与新形势新要求相比,全县法治政府建设仍有一些短板。`, finds: { problems: ["与新形势新要求相比,全县法治政府建设仍有一些短板"] } },
    { text: `${OPENING}当前工作中存在的主要问题是:执法力量不足。`, finds: { problems: ["当前工作中存在的主要问题是"] } },
    { text: `${OPENING}今后,我们将持续深化综合执法改革。`, finds: { plans: ["今后,我们将持续深化综合执法改革"] } },
    { text: `${OPENING}针对上述不足,下一步我局将从三个方面发力。`, finds: { plans: ["针对上述不足,下一步我局将从三个方面发力"] } },
    { text: `${OPENING}2025年,全市将重点抓好三项工作。`, finds: { plans: ["2025年,全市将重点抓好三项工作"] } },
    {
      text: `${OPENING}区政府主要负责同志带头履行推进法治建设第一责任人职责,年内专题研究法治工作6次。`,
      finds: { leadership_duty: ["区政府主要负责同志带头履行推进法治建设第一责任人职责,年内专题研究法治工作6次"] },
    },
    { text: `${OPENING}一年来,全区法治政府建设取得明显成效。`, finds: { achievements: ["一年来,全区法治政府建设取得明显成效"] } },
    {
      text: `${OPENING}尽管取得了一些进展,但执法规范化仍有差距。下一步,将加快补齐短板。`,
      finds: { problems: ["尽管取得了一些进展,但执法规范化仍有差距"], plans: ["下一步,将加快补齐短板"] },
    },
    { text: `${OPENING}工作中的差距和不足\n部分干部法治意识不强。`, finds: { problems: ["工作中的差距和不足"] } },
    {
      text: "一、强化组织保障\n(一)压实领导责任。县政府主要负责同志认真履行第一责任人职责。\n正文。",
      finds: { achievements: ["一、强化组织保障"], leadership_duty: ["县政府主要负责同志认真履行第一责任人职责"] },
    },
  ]);
});

describe("paragraphs that open on no part", () => {
  table([
    { text: `${OPENING}为下一步工作打下了坚实基础。`, finds: {} },
    { text: `${OPENING}2024年,县政府将法治政府建设纳入年度考核。`, finds: {} },
    { text: `${OPENING}针对督察发现存在的问题,逐项整改到位。`, finds: {} },
    { text: `${OPENING}现将存在的问题和下一步打算报告如下:`, finds: {} },
    { text: `${OPENING}执法人员严格履行法定职责,依法处理各类案件。`, finds: {} },
    { text: `${OPENING}全面解决群众反映的突出问题和实际困难。`, finds: {} },
    { text: `${OPENING}各部门主要负责人出庭应诉42次。`, finds: {} },
    // an account of the work that comes round to some problems sets no part apart
    { text: `${OPENING}从全年各部门依法行政工作开展情况来看,还存在一些不容忽视的问题。`, finds: {} },
    { text: `${OPENING}认真抓好督察反馈问题整改,逐条对照第一责任人职责清单查摆。`, finds: {} },
    { text: `${OPENING}虽然取得了一定进展,但与先进地区相比还有不小差距。`, finds: { problems: ["虽然取得了一定进展,但与先进地区相比还有不小差距"] } },
    { text: `${OPENING}当前,全镇法治政府建设仍存在一些短板弱项。`, finds: { problems: ["当前,全镇法治政府建设仍存在一些短板弱项"] } },
    { text: "某区关于2024年法治政府建设情况和2025年工作打算的报告\n2024年,全区依法行政各项工作有序开展。", finds: {} },
    { text: "一、主要做法\n正文。\n二、存在问题\n另外,依法行政能力仍有差距。", finds: { achievements: ["一、主要做法"], problems: ["二、存在问题"] } },
  ]);
});

describe("spans", () => {
  it("index the original input, in code points, for Traditional script and full-width text", () => {
    const text = "２０２４年，全區依法行政工作有序開展。\n𠀋我們也清醒地認識到，依法行政能力還存在不足。\n下一步，我們將加強學習。";
    const doc = normalize(text);
    const parts = findParts(doc, segment(doc), 2024);
    expect(parts.problems.map((entry) => entry.evidence)).toEqual(["𠀋我們也清醒地認識到，依法行政能力還存在不足"]);
    expect(parts.plans.map((entry) => entry.evidence)).toEqual(["下一步，我們將加強學習"]);
    for (const part of REQUIRED_PARTS) for (const entry of parts[part]) expect(codePointSlice(text, entry.span)).toBe(entry.evidence);
  });
});
