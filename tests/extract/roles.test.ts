import { describe, expect, it } from "vitest";
import { scanQuantities } from "../../src/extract/numbers/quantities.js";
import { lastYearPeriodOf, roleOf } from "../../src/extract/roles.js";

interface RoleRow {
  text: string;
  /** the quantity as written in the text; its first occurrence is classified */
  at: string;
  want: "value" | "narrower" | "up" | "down" | "ignored";
  /** the year the report covers; null (the default) for a text on no one year */
  reportYear?: number;
}

const rows: RoleRow[] = [
  { text: "收案184件,同比下降1.08%", at: "1.08%", want: "down" },
  { text: "审结55件,同比增长17.1%", at: "17.1%", want: "up" },
  { text: "败诉率较去年下降58个百分点", at: "58个百分点", want: "down" },
  { text: "纠错率提高3.2个百分点", at: "3.2个百分点", want: "up" },
  { text: "较上年减少6起", at: "6起", want: "down" },
  { text: "比上年增加12件", at: "12件", want: "up" },
  // a place's count said to lead the others is ranked among them
  { text: "县区之间很不均衡:溪口县收案188件居首,东岭区仅27件", at: "188件", want: "ignored" },
  // one session's peak is no total
  { text: "开展宣讲活动65场,线上直播单场最高观看量达1.8万人次", at: "1.8万人次", want: "ignored" },
  // how many more, after a comparison the clause before made
  { text: "同上年比较,负责人到庭的案件多出53件", at: "53件", want: "up" },
  { text: "与去年相比,调解成功率高出2.4%", at: "2.4%", want: "up" },
  { text: "增幅为23%", at: "23%", want: "up" },
  // a blot right before the digits: the number's first digits lost
  { text: "全年收到行政复议申请■7件", at: "7件", want: "ignored" },
  { text: "调解成功\uFFFD3件", at: "3件", want: "ignored" },
  { text: "降幅达15.5%", at: "15.5%", want: "down" },
  { text: "收案数同比上升了9%", at: "9%", want: "up" },
  { text: "发案量较2022年558件有所下降", at: "558件", want: "ignored" },
  { text: "上年同期为31件", at: "31件", want: "ignored" },
  // the base a change is reckoned from
  { text: "增幅以2023年受理数118件为基数计算", at: "118件", want: "ignored", reportYear: 2024 },
  { text: "败诉率以一审审结案件7,942件为基数计算", at: "7,942件", want: "value" },
  // a note on what a count includes, after its list number
  { text: "注:1.受理数含各级人民法院委派、委托调解的纠纷284件", at: "284件", want: "ignored" },
  // a clause on the year before last (前年全县复议收案只有…) is a baseline, as the year before's is
  { text: "前年全县复议收案还只有236件", at: "236件", want: "ignored", reportYear: 2025 },
  { text: "前年以来全县累计受理复议案件236件", at: "236件", want: "value" },
  { text: "去年同期,全县受理行政复议案件31件", at: "31件", want: "ignored" },
  { text: "“去年同期全区开展的法治宣传活动是290余场,今年明显提升。”", at: "290余场", want: "ignored" },
  { text: "去年45件", at: "45件", want: "ignored" },
  // the larger whole a share is of; lost cases among lost cases, by cause
  { text: "全市活动场次约占全省2.9万场次的7.5%", at: "2.9万场次", want: "ignored" },
  { text: "6件败诉案件中因程序违法败诉的4件", at: "4件", want: "ignored" },
  { text: "二是执法质量仍有短板,2025年行政诉讼败诉案件中,因程序违法败诉的4件;三是…", at: "4件", want: "ignored" },
  { text: "对上年度目录中的3项决策事项开展决策后评估。", at: "3项", want: "ignored" },
  { text: "复议后起诉的11件中,已审结的7件中,复议决定均未被人民法院撤销。", at: "7件", want: "ignored" },
  { text: "已审结的312件中,维持201件。", at: "312件", want: "value" },
  { text: "审结的120件案件中,判决维持85件", at: "85件", want: "value" },
  // last year's measure named, its value in parentheses; another place's rate in the same period; not the place's own
  { text: "已超过去年全年调处量(2136件)的一半", at: "2136件", want: "ignored" },
  { text: "法院审结82件,柳川市同期一审行政诉讼败诉率为7.2%", at: "7.2%", want: "ignored" },
  { text: "全县同期一审行政诉讼败诉率为4.9%", at: "4.9%", want: "value" },
  // cases still open, said right after their count
  { text: "作出维持决定的裁决2起尚未办结", at: "2起", want: "ignored" },
  { text: "另有3件正在审理", at: "3件", want: "ignored" },
  { text: "共审结9件,未审结2件", at: "9件", want: "value" },
  // the stages or sides a piece of work has are no things it counted
  { text: "规范性文件清理按照摸底、审查、公布三个阶段开展", at: "三个", want: "ignored" },
  { text: "白皮书围绕吸纳行政争议、调解和解、监督依法行政和基础能力建设五个板块,回顾了全省工作", at: "五个", want: "ignored" },
  { text: "本报告由总体情况、因政府信息公开工作被申请行政复议提起行政诉讼情况、其他需要报告的事项等6个部分组成", at: "6个", want: "ignored" },
  { text: "从4个方面推进普法", at: "4个", want: "ignored" },
  // what each of several doers did (4个评查组各评查16件案卷), and how many doers there were, are no totals
  { text: "4个评查组各评查16件案卷,逐项打分", at: "16件", want: "ignored" },
  { text: "全县5个评查组各抽查案卷20卷", at: "5个", want: "ignored" },
  { text: "县司法局各股室共评查案卷60卷", at: "60卷", want: "value" },
  { text: "立案前、审理中、决定前三个节点均可启动行政复议调解", at: "三个", want: "ignored" },
  // the suits carried over from the year before are a part of the caseload, whatever their outcome
  { text: "结转起诉案件2件,结果维持。", at: "2件", want: "ignored" },
  // last year's months are a baseline only where this year's follow
  { text: "去年1-6月,全县调解纠纷64件,今年1-6月调解41件", at: "64件", want: "ignored" },
  { text: "去年1-6月,全县调解纠纷64件", at: "64件", want: "value" },
  { text: "相比于2022年的80件", at: "80件", want: "ignored" },
  { text: "行政处罚类349件", at: "349件", want: "ignored" },
  { text: "其中市本级收案45件", at: "45件", want: "narrower" },
  { text: "占比31%", at: "31%", want: "ignored" },
  { text: "占全部案件的18%", at: "18%", want: "ignored" },
  { text: "比重为40%", at: "40%", want: "ignored" },
  { text: "每季度2次", at: "2次", want: "ignored" },
  { text: "王某从事调解工作8年,已调解纠纷300多件", at: "300多件", want: "ignored" },
  { text: "落实中心组集体学法制度,举办法治讲座4次", at: "4次", want: "ignored" },
  { text: "近日,复议机构收到五份同一申请人对某局处罚决定提出的复议申请", at: "五份", want: "ignored" },
  { text: "同一原告就征收补偿提起的行政诉讼8件", at: "8件", want: "ignored" },
  { text: "全县从事调解工作的调解员320名,调解纠纷300件", at: "300件", want: "value" },
  { text: "要求各单位每季度至少开展普法活动2次", at: "2次", want: "ignored" },
  { text: "年均受理复议案件近千件", at: "近千件", want: "ignored" },
  { text: "2023年、2024年全县分别办理行政复议案件45件、62件", at: "45件", want: "ignored", reportYear: 2025 },
  { text: "2023年、2024年全县分别办理行政复议案件45件、62件", at: "62件", want: "ignored", reportYear: 2025 },
  { text: "2022年至2024年分别受理38件、45件、62件", at: "38件", want: "ignored", reportYear: 2024 },
  // in a text on no one year, each year's value stands (the engine gives it its year)
  { text: "2022年至2024年分别受理38件、45件、62件", at: "38件", want: "value" },
  { text: "市、县两级分别受理行政复议案件45件、62件", at: "45件", want: "value" },
  { text: "县均受理行政复议案件85件", at: "85件", want: "ignored" },
  { text: "本区均按要求开展普法活动120场次", at: "120场次", want: "value" },
  { text: "该镇均配备法律明白人56名", at: "56名", want: "value" },
  { text: "各县区中受理复议案件最多的为260件", at: "260件", want: "ignored" },
  { text: "我县受理复议案件最多,为260件", at: "260件", want: "value" },
  { text: "力争行政机关负责人出庭应诉率达到100%", at: "100%", want: "ignored" },
  // a level to be made to hold (确保…稳定在, 将推动…稳定在) is a goal; one that held (连续三年稳定在…) is a result
  { text: "确保全市出庭应诉率稳定在95%以上", at: "95%以上", want: "ignored" },
  { text: "下一步,该院将推动全市负责人出庭应诉率稳定在95%以上", at: "95%以上", want: "ignored" },
  { text: "全市出庭应诉率连续三年稳定在95%以上", at: "95%以上", want: "value" },
  { text: "明确要求各级行政机关负责人出庭应诉率必须达到100%", at: "100%", want: "ignored" },
  { text: "提升行政争议化解能力领域要求行政机关负责人出庭率100%", at: "100%", want: "ignored" },
  { text: "按要求行政机关负责人出庭应诉率100%", at: "100%", want: "value" },
  { text: "行政复议纠错率控制在10%以内", at: "10%以内", want: "ignored" },
  { text: "确保全年行政诉讼败诉率不高于9.5%", at: "9.5%", want: "ignored" },
  { text: "负责人出庭应诉率不低于95%", at: "95%", want: "ignored" },
  { text: "预计全年收案300件", at: "300件", want: "ignored" },
  { text: "全市法律明白人将达到5万名", at: "5万名", want: "ignored" },
  { text: "下一步,我局计划开展普法活动50场次", at: "50场次", want: "ignored" },
  { text: "按照年度普法计划开展普法活动50场次", at: "50场次", want: "value" },
  { text: "连续4年收案过千件", at: "过千件", want: "ignored" },
  { text: "全市行政复议收案数量已连续五年突破1万件", at: "1万件", want: "ignored" },
  { text: "全年收案过千件", at: "过千件", want: "value" },
  { text: "省司法厅将在法治宣传教育基地组织开展24场主题普法活动", at: "24场", want: "ignored" },
  { text: "完成各村(社区)3人以上“法律明白人”培养目标", at: "3人以上", want: "ignored" },
  { text: "每2.2个调解案件就有1件通过远程视频方式开展", at: "1件", want: "ignored" },
  { text: "举办各类法治讲座416场次", at: "416场次", want: "value" },
  { text: "确保负责人出庭应诉率达100%", at: "100%", want: "value" },
  { text: "《纲要(2021-2025年)》", at: "2025年", want: "ignored" },
  { text: "魏政办〔2023〕12号", at: "12号", want: "ignored" },
  { text: "审结55件", at: "55件", want: "value" },
  { text: "调解各类纠纷120件", at: "120件", want: "value" },
  { text: "各级负责人出庭30次", at: "30次", want: "value" },
  { text: "败诉率为12.7%", at: "12.7%", want: "value" },
  { text: "对照比较,办理16件", at: "16件", want: "value" },
  { text: "直接纠错比例为14.6%", at: "14.6%", want: "value" },
  { text: "中院收案1342件(2020年1096件)", at: "1096件", want: "ignored" },
  { text: "开展法治演讲比赛等系列活动70场", at: "70场", want: "value" },
  // 比选, a tender by comparison, compares nothing
  { text: "共审查比选合同95件", at: "95件", want: "value" },
];

describe("roleOf", () => {
  for (const row of rows) {
    it(`${row.text} → ${row.at}: ${row.want}`, () => {
      const quantity = scanQuantities(row.text).find((candidate) => row.text.slice(candidate.start, candidate.end) === row.at);
      expect(quantity).toBeDefined();
      const before = row.text.slice(0, quantity!.start);
      const rest = row.text.slice(quantity!.end);
      // the engine's lead is the clause text before the quantity, and what follows it in its clause
      const role = roleOf(quantity!, {
        before: before.slice(before.lastIndexOf(",") + 1),
        after: rest.split(/[,;:。]/)[0]!,
        previousClause: before.split(",").at(-2) ?? "",
        sentenceBefore: () => before,
        listItem: /其中/.test(before),
        afterBodyCount: false,
        bodyCountLead: "",
        otherPeriod: false,
        aimedAt: false,
        breakdown: false,
        nextClause: rest.split(/[,;:。]/)[1] ?? "",
        sentenceOpening: before.includes(",") ? before.slice(0, before.indexOf(",") + 1) : "",
        lastYearBefore: lastYearPeriodOf(before.split(",").at(-2) ?? ""),
        insideTitle: before.lastIndexOf("《") > before.lastIndexOf("》"),
        aside: /\((?:含|即)[^)]*$/.test(before),
        disclosureReport: false,
        reportYear: row.reportYear ?? null,
        namesRate: () => false,
      });
      const got = role.kind === "change" ? role.direction : role.kind === "value" && role.scope !== "whole" ? "narrower" : role.kind;
      expect(got).toBe(row.want);
    });
  }
});
