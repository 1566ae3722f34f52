/** Major administrative decisions (重大行政决策). */
import type { Domain } from "./types.js";

export const majorDecisions: Domain = {
  name: "major_decisions",
  label: "重大行政决策",
  topic: /重大行政决策|重大决策|决策(?:事项)?目录/,
  rules: [
    {
      id: "major_decisions.count",
      label: "重大行政决策事项数",
      unit: "count",
      wording: "重大行政决策(目录)事项 · 决策事项 N项/件",
      // 目录事项 where the clause before named the decisions (重大行政决策目录化管理…,县政府公布目录事项7个)
      // not opinions issued on them (为…重大行政决策、重大项目等出具法制审核意见27份)
      // or the items a catalogue the clause before compiled took in, right before their count (编制…重大行政决策事项目录,共纳入事项8项)
      before: /(?:重大(?:行政)?决策(?:目录)?(?:事项)?|决策(?:事项)?目录|目录事项|决策事项|(?:纳入|列入)(?:目录)?的?事项(?=[共计为达有\s]*$))(?![^,;。]{0,24}?意见$)/,
      // a body that took none says so: 我局无重大行政决策事项, 本年度未作出重大行政决策
      // not a mistake in them (未发生重大决策失误)
      zero: /(?:无|没有|未(?:作出|出台|涉及|发生))重大(?:行政)?决策(?:事项)?(?![^,;:。]{0,4}?(?:失误|错误|失当|违法|问题|风险))/,
      // 确定8个项目为2022年度重大行政决策事项, 公布6项区级重大行政决策, 确定1件街道重大行政决策事项; the year's catalogue
      // bare where the decisions are the topic (严格落实重大行政决策程序,将…等5项事项纳入年度目录)
      // not the steps a decision takes (五个重大行政决策法定程序)
      // the decisions a review took up, named in an object before their count (对市政府重大行政决策事项23项进行合法性审查): those made
      laterVerb: /^(?:进行|开展|实施)了?(?:合法性|法制)?(?:审查|审核)/,
      after: /^(?:年度)?(?:(?:[省市区县镇乡]级|本级|街道|乡镇)?重大(?:行政)?决策(?![^,;。]{0,4}?(?:程序|环节|制度|机制))|决策事项|(?:事项)?(?:列入|纳入)[^,;。]{0,24}(?:重大(?:行政)?决策|决策(?:事项)?目录)|(?:事项)?(?:列入|纳入)(?:年度)?目录|(?:项目|事项)?为[^,;。]{0,8}?重大(?:行政)?决策)/,
    },
  ],
  checks: [],
};
