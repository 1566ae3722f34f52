import { describe, expect, it } from "vitest";
import { parseChineseNumeral } from "../../../src/extract/numbers/chinese.js";
import { scanQuantities, type QuantityKind } from "../../../src/extract/numbers/quantities.js";
import type { Qualifier } from "../../../src/schema/report.js";

interface NumberRow {
  text: string;
  /** the first quantity the scanner reports, or null for none */
  want: { value: number; kind: QuantityKind; qualifier?: Qualifier; written?: string } | null;
}

const rows: NumberRow[] = [
  { text: "3,170件", want: { value: 3170, kind: "count" } },
  { text: "1,234,567元", want: { value: 1234567, kind: "yuan" } },
  { text: "12.7%", want: { value: 12.7, kind: "percent" } },
  { text: "98.3 %", want: { value: 98.3, kind: "percent", written: "98.3 %" } },
  { text: "二十六件", want: { value: 26, kind: "count" } },
  { text: "两千三百人", want: { value: 2300, kind: "person" } },
  { text: "一百零五起", want: { value: 105, kind: "count" } },
  { text: "三亿五千万元", want: { value: 350000000, kind: "yuan" } },
  { text: "二〇二三年", want: { value: 2023, kind: "year" } },
  { text: "2.7万人次", want: { value: 27000, kind: "person_time" } },
  { text: "16.65亿元", want: { value: 1665000000, kind: "yuan" } },
  // thousands grouped by a space before a decimal fraction (a yearbook's 1 284.6万元)
  { text: "1 284.6万元", want: { value: 12846000, kind: "yuan" } },
  // digits a scan split with spaces, a unit after them (3 85名, 1 4 872件): one number
  { text: "3 85名", want: { value: 385, kind: "person", written: "3 85名" } },
  { text: "1 4 872件", want: { value: 14872, kind: "count", written: "1 4 872件" } },
  { text: "9296万元", want: { value: 92960000, kind: "yuan" } },
  { text: "3万余份", want: { value: 30000, kind: "count", qualifier: "over" } },
  { text: "破万人次", want: { value: 10000, kind: "person_time", qualifier: "over" } },
  { text: "近千人", want: { value: 1000, kind: "person", qualifier: "nearly" } },
  { text: "百分之九十五", want: { value: 95, kind: "percent" } },
  { text: "百分之百", want: { value: 100, kind: "percent" } },
  // tenths in words: 九成 is 90%; 成 opening a word is no unit
  { text: "超九成", want: { value: 90, kind: "percent", qualifier: "over" } },
  { text: "八成以上", want: { value: 80, kind: "percent", qualifier: "over" } },
  // one or two tenths with a bound before them (超两成, 近一成) are a share; bare, 一成 ends words (一成不变)
  { text: "超两成", want: { value: 20, kind: "percent", qualifier: "over" } },
  { text: "近一成", want: { value: 10, kind: "percent", qualifier: "nearly" } },
  { text: "一成不变", want: null },
  // 数 or 几 before a numeral says "some tens of thousands", no number (教育群众达数十万人次, 几十万人)
  { text: "数十万人次", want: null },
  { text: "几十万人", want: null },
  { text: "数百万元", want: null },
  { text: "3成员单位", want: { value: 3, kind: "bare" } },
  { text: "百分之九十五点三", want: { value: 95.3, kind: "percent" } },
  { text: "1.5个百分点", want: { value: 1.5, kind: "percentage_point" } },
  { text: "三个百分点", want: { value: 3, kind: "percentage_point" } },
  { text: "1/4", want: { value: 25, kind: "percent" } },
  { text: "150余场", want: { value: 150, kind: "count", qualifier: "over" } },
  { text: "500多件", want: { value: 500, kind: "count", qualifier: "over" } },
  // a space the page put between the number and its 多 (a converter's, a PDF's)
  { text: "活动 300 多场", want: { value: 300, kind: "count", qualifier: "over", written: "300 多场" } },
  { text: "200件以上", want: { value: 200, kind: "count", qualifier: "over" } },
  // 多 after the unit where a word goes on from it is that word's (多元, manifold), no qualifier
  { text: "制作51份多元形式的解读产品", want: { value: 51, kind: "count", written: "51份" } },
  { text: "调解纠纷300件多,", want: { value: 300, kind: "count", qualifier: "over", written: "300件多" } },
  { text: "超过300人", want: { value: 300, kind: "person", qualifier: "over" } },
  { text: "纠纷超150起", want: { value: 150, kind: "count", qualifier: "over" } },
  { text: "逾万人", want: { value: 10000, kind: "person", qualifier: "over" } },
  { text: "参与人数超万人", want: { value: 10000, kind: "person", qualifier: "over", written: "超万人" } },
  { text: "约3万人次", want: { value: 30000, kind: "person_time", qualifier: "about" } },
  { text: "80 人余次", want: { value: 80, kind: "person_time", qualifier: "over" } },
  { text: "大约40次", want: { value: 40, kind: "count", qualifier: "about" } },
  // 约 ending a word is no "about"
  { text: "村规民约5项", want: { value: 5, kind: "count", written: "5项" } },
  { text: "签约12份", want: { value: 12, kind: "count", written: "12份" } },
  { text: "60件左右", want: { value: 60, kind: "count", qualifier: "about" } },
  { text: "败诉率保持在9%以下", want: { value: 9, kind: "percent", qualifier: "under" } },
  { text: "纠错率控制在15%以内", want: { value: 15, kind: "percent", qualifier: "under" } },
  { text: "将近两千件", want: { value: 2000, kind: "count", qualifier: "nearly" } },
  { text: "接近90%", want: { value: 90, kind: "percent", qualifier: "nearly" } },
  { text: "不足30件", want: { value: 30, kind: "count", qualifier: "under" } },
  { text: "不到5%", want: { value: 5, kind: "percent", qualifier: "under" } },
  { text: "低于5%", want: { value: 5, kind: "percent", qualifier: "under" } },
  // 不低于 sets a bound (a target), which roles read before the number
  { text: "不低于95%", want: { value: 95, kind: "percent" } },
  // and so does 不超过 or 不多于: never "over", as 超过 alone is
  { text: "不超过15件", want: { value: 15, kind: "count", written: "15件" } },
  { text: "不多于20场", want: { value: 20, kind: "count", written: "20场" } },
  { text: "12月", want: { value: 12, kind: "date" } },
  { text: "XX件", want: null },
  { text: "*次", want: null },
  { text: "×名", want: null },
  { text: "一次性告知", want: null },
  // a lone 两 is idiom (两项制度), but after 等 or a title it totals the list before it
  { text: "建立两项制度", want: null },
  { text: "出台《规定》等两项重大行政决策", want: { value: 2, kind: "count" } },
  { text: "对《办法》、《细则》两部规范性文件", want: { value: 2, kind: "count" } },
  // and closing its phrase it counts the noun before it (作出重大行政决策两项(…)), whatever its unit
  { text: "作出重大行政决策两项(污水管网改造、农贸市场搬迁)", want: { value: 2, kind: "count" } },
  { text: "确定试点两个。", want: { value: 2, kind: "count" } },
  // before a unit events, cases or people are counted in, it is two of them (举办两次讲座, 败诉两件); not two of a kind (两个维护)
  { text: "举办两次法制讲座", want: { value: 2, kind: "count" } },
  { text: "开展两场普法活动", want: { value: 2, kind: "count" } },
  { text: "坚决做到两个维护", want: null },
  { text: "两人一组", want: null },
  { text: "十四五规划", want: null },
  { text: "线上", want: null },
  { text: "三是加强培训", want: null },
  { text: "二、完善制度", want: null },
  { text: "(三)抓联动", want: null },
  { text: "工作。十一、其他", want: null },
  { text: "1.依法决策", want: null },
  { text: "要求:2、做好", want: null },
  { text: "(12)规范执法", want: null },
  { text: "分三、四批推进", want: { value: 3, kind: "bare" } },
  { text: "(三个)", want: { value: 3, kind: "count" } },
  { text: "1.5万件", want: { value: 15000, kind: "count" } },
  { text: "调解案件数为1万2514件", want: { value: 12514, kind: "count", written: "1万2514件" } },
  { text: "活动课1934节", want: { value: 1934, kind: "count", written: "1934节" } },
  // digits run on from Chinese ones: the end of a numeral the page garbled, no number
  { text: "成立十一万七八三0件", want: null },
  { text: "节约资金300万元", want: { value: 3000000, kind: "yuan" } },
  { text: "调解案件达1万2,514件，调解成立案为1万1,000件", want: { value: 12514, kind: "count", written: "1万2,514件" } },
  { text: "调解成立案为1万1,000件", want: { value: 11000, kind: "count", written: "1万1,000件" } },
  { text: "成功成立达1万1000件", want: { value: 11000, kind: "count" } },
  { text: "受理3万25件", want: { value: 30025, kind: "count" } },
  // months, working days and hours are durations, no count of things (连续37个月保持100%)
  { text: "出庭应诉率连续37个月保持100%", want: { value: 37, kind: "other", written: "37个月" } },
  { text: "办理时限压缩至5个工作日", want: { value: 5, kind: "other" } },
  { text: "涉及金额3亿1050万余元", want: { value: 310500000, kind: "yuan", qualifier: "over", written: "3亿1050万余元" } },
  { text: "标的1亿5千万元", want: { value: 150000000, kind: "yuan" } },
  { text: "共2亿3万2000元", want: { value: 200032000, kind: "yuan" } },
  { text: "共2万1千人", want: { value: 20000, kind: "bare", written: "2万" } },
  { text: "罚款1万2020年起施行", want: { value: 10000, kind: "bare", written: "1万" } },
  { text: "共2、3件", want: { value: 2, kind: "bare" } },
  { text: "2024.", want: { value: 2024, kind: "bare" } },
  { text: "第3次", want: null },
  { text: "为高二学生讲课", want: null },
  { text: "初三学生", want: null },
  { text: "提高三个百分点", want: { value: 3, kind: "percentage_point" } },
  { text: "“八五”普法", want: null },
  { text: "\"三统一\"制度", want: null },
  { text: "“12345”热线", want: null },
  { text: "参与人次达115250", want: { value: 115250, kind: "person_time" } },
  { text: "答题千余人", want: { value: 1000, kind: "person", qualifier: "over" } },
  { text: "标语百余条", want: { value: 100, kind: "count", qualifier: "over" } },
  { text: "答题人数达146.4万", want: { value: 1464000, kind: "person" } },
  { text: "受理件数为12", want: { value: 12, kind: "count" } },
  { text: "人数 | 120", want: { value: 120, kind: "bare" } },
  { text: "等六部分组成", want: { value: 6, kind: "bare" } },
  { text: "联合6部门开展检查", want: { value: 6, kind: "bare" } },
  { text: "近30万群众受到教育", want: { value: 300000, kind: "person", qualifier: "nearly" } },
  { text: "覆盖12.6万少数民族群众", want: { value: 126000, kind: "person" } },
  { text: "十万师生同观看", want: { value: 100000, kind: "person" } },
  { text: "1521法律明白人开展普法", want: { value: 1521, kind: "person" } },
  { text: "1521“法律明白人”参与调解", want: { value: 1521, kind: "person" } },
  { text: "万余“法律明白人”大显身手", want: { value: 10000, kind: "bare", qualifier: "over" } },
  { text: "30万元群众", want: { value: 300000, kind: "yuan" } },
];

describe("scanQuantities", () => {
  for (const row of rows) {
    it(row.text, () => {
      const [first] = scanQuantities(row.text);
      if (row.want === null) {
        expect(first).toBeUndefined();
        return;
      }
      expect(first).toBeDefined();
      expect({ value: first!.value, kind: first!.kind }).toEqual({ value: row.want.value, kind: row.want.kind });
      expect(first!.qualifier).toBe(row.want.qualifier ?? null);
      if (row.want.written) expect(row.text.slice(first!.start, first!.end)).toBe(row.want.written);
    });
  }
});

describe("a unit the page dropped in a run of counts", () => {
  const runs: Array<[string, { value: number; kind: string; unit: string }]> = [
    ["排查矛盾纠纷6120件,调处6093,调解成功5870件", { value: 6093, kind: "count", unit: "件" }],
    ["受理行政诉讼案件469件,审结432。", { value: 432, kind: "count", unit: "件" }],
    ["受理行政诉讼案件469件,2023,审结", { value: 2023, kind: "bare", unit: "" }],
    ["受理行政诉讼案件469件、432,审结", { value: 432, kind: "bare", unit: "" }],
    ["受理行政诉讼案件469件,审结432项工作", { value: 432, kind: "count", unit: "项" }],
    ["培训1200人次,考试86,", { value: 86, kind: "bare", unit: "" }],
  ];
  for (const [text, want] of runs) {
    it(text, () => {
      const second = scanQuantities(text)[1]!;
      expect({ value: second.value, kind: second.kind, unit: second.unit }).toEqual(want);
    });
  }
});

describe("a 件 the page dropped after the noun it counts", () => {
  const counted: Array<[string, { value: number; kind: string }]> = [
    ["现行有效的规范性文件252。", { value: 252, kind: "count" }],
    ["行政诉讼案件3,其中2件维持", { value: 3, kind: "count" }],
    ["审结复议案件3582,审结率为86.1%", { value: 3582, kind: "count" }],
    ["行政诉讼案件2023,", { value: 2023, kind: "bare" }],
    ["规范性文件252项工作", { value: 252, kind: "count" }],
  ];
  for (const [text, want] of counted) {
    it(text, () => {
      const [first] = scanQuantities(text);
      expect({ value: first!.value, kind: first!.kind }).toEqual(want);
    });
  }
});

describe("parseChineseNumeral", () => {
  const numerals: Array<[string, number | null]> = [
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["一千零一", 1001],
    ["两万三千", 23000],
    ["一亿二千万", 120000000],
    ["〇", 0],
    ["二〇二四", 2024],
    ["三点一四", 3.14],
    ["十四五", null],
    ["五点", null],
    // two digits side by side say about how many: 一两次, 三五天
    ["一两", null],
    ["三五", null],
    ["五", 5],
    ["一九九八", 1998],
  ];
  for (const [numeral, value] of numerals) it(numeral, () => expect(parseChineseNumeral(numeral)).toBe(value));
});

describe("long input", () => {
  it("reads every quantity on a 100,000-character line", () => {
    const quantities = scanQuantities("收案12件,".repeat(20_000));
    expect(quantities).toHaveLength(20_000);
    expect(quantities.every((quantity) => quantity.value === 12 && quantity.kind === "count")).toBe(true);
  });

  it("reads a 10,000-digit number as no quantity, not as Infinity", () => {
    expect(scanQuantities(`收案${"9".repeat(10_000)}件`)).toEqual([]);
  });
});
