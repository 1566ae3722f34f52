import { describe } from "vitest";
import { f, table } from "./harness.js";

describe("legal_education", () => {
  table([
    { text: "全年开展各类普法活动320场次,覆盖群众15万人次。", yields: [f("legal_education.activities", 320), f("legal_education.participants", 150000)] },
    { text: "举办法治讲座二十六场。", yields: [f("legal_education.activities", 26)] },
    { text: "开展“法律进校园”活动36场次,受教育师生1.2万人次。", yields: [f("legal_education.activities", 36), f("legal_education.participants", 12000)] },
    { text: "开展“送法进乡村”活动150余次,受益群众2.7万人次。", yields: [f("legal_education.activities", 150, { qualifier: "over" }), f("legal_education.participants", 27000)] },
    { text: "培育“法律明白人”1,035名。", yields: [f("legal_education.legal_literate_persons", 1035)] },
    { text: "全镇共有法律明白人三百二十名。", yields: [f("legal_education.legal_literate_persons", 320)] },
    { text: "组织法治宣传活动近百场,参与群众破万人次。", yields: [f("legal_education.activities", 100, { qualifier: "nearly" }), f("legal_education.participants", 10000, { qualifier: "over" })] },
    { text: "普法宣传活动约40次,发放宣传资料3万余份。", yields: [f("legal_education.activities", 40, { qualifier: "about" })], not: ["legal_education.activities=30000"] },
    { text: "普法工作经费12万元。", yields: [] },
    { text: "开展普法活动XX场。", yields: [] },
    { text: "普法覆盖率达到95%。", yields: [] },
    { text: "普法活动场次较上年的210场增加了40场。", yields: [] },
    { text: "制作普法短视频18部,播放量超过50万次。", yields: [] },
    { text: "群众法治知识知晓率百分之九十二。", yields: [] },
    { text: "“八五”普法中期评估于2023年6月完成。", yields: [] },
    { text: "\"七五\"普法总结验收于2020年11月完成。", yields: [] },
    { text: "目前,全省已培育\"法律明白人\"2150余名,每个行政村都有。", yields: [f("legal_education.legal_literate_persons", 2150, { qualifier: "over" })] },
    { text: "组织国家工作人员学法考试,参考人数4,500人。", yields: [] },
    { text: "开展宪法宣传周活动12场,线上500人观看。", yields: [f("legal_education.activities", 12), f("legal_education.participants", 500)] },
    { text: "该市对全市3000余名“法律明白人”和1000余名“法治带头人”实施“双培养”工程。", yields: [f("legal_education.legal_literate_persons", 3000, { qualifier: "over" })], not: ["legal_education.legal_literate_persons=1000"] },
    { text: "先后开展校园普法活动6次,为400余名师生普及了法律知识。", yields: [f("legal_education.activities", 6), f("legal_education.participants", 400, { qualifier: "over" })] },
    { text: "开展形式多样的法律宣传系列活动。利用广播和宣传车宣传1861场次,街头设点宣传363场次。", yields: [f("legal_education.activities", 1861), f("legal_education.activities", 363)] },
    { text: "将普法工作与行政执法深度融合,2024年开展2次集中学习活动。", yields: [] },
    { text: "创办法制宣传栏412期,更新宣传橱窗8期。", yields: [] },
    { text: "在法律服务咨询展台,4名“法律明白人”一边派发法治宣传单,一边接待群众咨询。", yields: [] },
    { text: "司法所组织召开“法律明白人”培训会,全镇共70名法律明白人参加了培训。", yields: [f("legal_education.legal_literate_persons", 70)] },
    { text: "截至今年9月,全省已培养2.31万名乡村“法律明白人”。", yields: [f("legal_education.legal_literate_persons", 23100)] },
    { text: "连续三年开展法治宣传主题活动,累计为群众放映法治电影45场。", yields: [f("legal_education.activities", 45)] },
    { text: "开展民法典普法宣讲,共举办专题讲座215次,参学人员2.43万余人次。", yields: [f("legal_education.activities", 215), f("legal_education.participants", 24300, { qualifier: "over" })] },
    { text: "宁海县普法工作有新进展。讲师团累计举行巡回报告会近300场次,受益师生15余万人次。", yields: [f("legal_education.activities", 300, { qualifier: "nearly" }), f("legal_education.participants", 150000, { qualifier: "over" })] },
    { text: "举办法治专题讲座6期。厅主要负责人参加重要法治建设会议、活动15余次。", yields: [f("legal_education.activities", 6)], not: ["legal_education.activities=15"] },
    { text: "2021年普法工作中,举办网上问答、知识竞赛等7场市级普法活动。", yields: [f("legal_education.activities", 7)] },
  ]);
});
