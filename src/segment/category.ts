/**
 * The categories a section title names, from its wording. A top-level section
 * takes the one its title names first (存在问题及下一步打算 is problems); the
 * compliance stage takes every one a heading names, at any level, since one
 * heading can cover two of the report's required parts.
 */
import type { Category } from "../schema/report.js";

/** Words that make a shortcoming the object of work done (补齐执法短板, 解决存在的问题), not one admitted. */
const FIXING = "补齐?|弥补|破解|解决|化解|聚焦|针对|补强|加强|强化|夯实|着力|攻克|整改|发现|查找|查摆|回应|办理|处理|研究|短板";
/** The nouns a report admits its shortcomings with. */
export const SHORTCOMING = "问题|不足|困难|差距|短板|弱项";
/**
 * `words`, where not within a few characters (`reach`, a quantifier) after a FIXING word
 * (补齐基层执法短板 fixes one). The look back follows the words, so it runs only where they match.
 */
export function unfixed(words: string, reach = "{0,6}"): string {
  return `(?:${words})(?<!(?:${FIXING})[^,，。]${reach}(?:${words}))`;
}

const CUES: ReadonlyArray<[Category, RegExp]> = [
  // 第一责任 with its 人 dropped (扛稳法治建设“第一责任”) is the heads' duty too
  ["leadership_duty", /第一责任|主要负责(?:人|同志)(?![^,，。]{0,4}出庭)|履行.{0,12}职责的?情况|履职情况|述法/],
  [
    "problems",
    new RegExp(
      [
        `${unfixed("存在|还有|仍有|尚有|面临")}的?[^,，。]{0,10}?(?:${SHORTCOMING}|薄弱)`,
        `${unfixed(SHORTCOMING)}(?:之处)?(?:和|与|及|、)(?:${SHORTCOMING}|原因)`,
        `${unfixed("不足")}(?:之处)?(?:和|与|及)`,
        `${unfixed(`的(?:${SHORTCOMING})`)}$`,
        // a title ending on the problem it admits (规范性文件制定程序问题), not one it solves (着力解决群众反映的突出问题)
        `${unfixed("问题", "*")}$`,
        unfixed("短板|弱项|薄弱环节"),
        "^(?:主要|突出)?(?:问题|不足|短板|差距)",
      ].join("|"),
    ),
  ],
  [
    "plans",
    /(?:下一步|下一阶段|下阶段|下一年|下步)(?<!为下一?步|为下一?阶段|为下一年)|(?:\d{4}年|明年|来年|新的一年|下半年|十[一二三四五六七八九]五[”"]?(?:时期|期间))度?[^,，。]{0,16}?(?:打算|计划|思路|安排|重点|目标|要点)(?![^,，。]{0,6}?(?:完成|落实|开展|推进|进展)情况)|打算|(?:^|[和及与、])(?:今后)?工作(?:计划|思路|安排|重点)$|努力方向|展望/,
  ],
  ["achievements", /主要(?:举措|做法|工作|成效)|成效|工作(?:开展)?情况|工作进展|(?:总体|基本)情况|取得的?成绩/],
  // an explanatory note's parts on a document: why, on what grounds, what it holds, when it takes effect and who explains
  // it (制定背景, 文件出台背景, 法律依据, 制定的必要性, 出台条例的必要性, 主要内容, 实施时间, 解读机关), and a clean-up notice's or a plan's
  // (清理范围, 清理的主要范围, 清理结果, 工作要求, 时限要求, 指导思想, 目标任务, 适用范围, 范围期限, 有效期限)
  [
    "other",
    /^其他|^其它|需要说明|需要报告|附件|^(?:(?:研判|调研|论证)[和及与、])?(?:(?:制定|起草|出台|修订|法律|政策|工作|文件){1,2}(?:[\u4e00-\u9fff]{0,4}?的)?)?(?:目的及)?(?:背景|依据|目的|意义|过程|必要性)|^(?:实施|施行|生效)(?:时间|日期)|^(?:主要内容|预期目标|目标任务(?!完成|落实)|指导思想|工作要求|时限要求|解读机关)|^清理的?(?:主要)?(?:范围|过程|结果)|^(?:适用)?范围|^(?:有效)?期限/,
  ],
];

/** Every category the title names, in the order it names them. */
export function namedCategories(title: string): Category[] {
  const named: Array<[Category, number]> = [];
  for (const [category, cue] of CUES) {
    const at = title.search(cue);
    if (at !== -1) named.push([category, at]);
  }
  return named.sort((a, b) => a[1] - b[1]).map(([category]) => category);
}

/**
 * A top-level section's category: the one its title names first; a title that
 * names none is achievements before a report's problems or plans and other after them,
 * or in a notice.
 */
export function categorize(title: string, namelessAreOther: boolean): Category {
  return namedCategories(title)[0] ?? (namelessAreOther ? "other" : "achievements");
}
