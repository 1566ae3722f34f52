/**
 * How a paragraph with no heading of its own opens on a required part: the
 * wording of its first sentence (我们也清醒地看到,……还存在一些不足 /
 * 下一步,我们将……). Data, like the metric rules; tests/compliance holds the
 * table of invented openings each must and must not take.
 */
import type { RequiredPart } from "../schema/report.js";
import { SHORTCOMING, unfixed } from "../segment/category.js";

/** What opens a clause on the future: 下一步, 今后, 新的一年 … followed soon by what will be done. */
const FUTURE = "下一步|下步|下一阶段|下阶段|今后|新的一年|明年|来年|下一年度?";
const INTENT = "将|要|拟|计划|打算|继续|持续|着力|坚持|进一步";

const OPENINGS: ReadonlyArray<[RequiredPart, RegExp]> = [
  [
    "problems",
    new RegExp(
      [
        "(?:清醒|客观)地?(?:看到|认识到)",
        // 还存在一些不足 admits one; 解决存在的问题 and 存在的问题得到整改 report work done
        `${unfixed("存在|还有|仍有|尚有|面临")}(?!的)[^,，]{0,16}?(?:${SHORTCOMING}|薄弱环节|瓶颈)`,
        `${unfixed("存在")}的(?:主要)?(?:${SHORTCOMING})(?:主要)?(?:是|有|表现)`,
      ].join("|"),
    ),
  ],
  ["plans", new RegExp(`(?:^|[,，])(?:${FUTURE})(?:工作中)?[,，]?[^,，]{0,8}?(?:${INTENT})`)],
  // in the first clause: the leaders' duty is what the paragraph is about, not a checklist it follows up
  ["leadership_duty", /^[^,，]*?(?:第一责任人|主要负责(?:人|同志)[^,，]{0,10}?(?:履行|履职))/],
  ["achievements", /(?:取得|实现)了?[^,，]{0,8}?(?:成效|成绩|进展)|主要(?:举措|做法|成效)/],
];

/** 2025年,我们将……: a later year than the report's, then what will be done. */
const YEAR_AHEAD = new RegExp(`(?:^|[,，])(\\d{4})年度?[,，]?[^,，]{0,12}?(?:${INTENT})`);

/** Sentences that announce the report or its parts (现将…报告如下) cover none of them. */
const ANNOUNCEMENT = /如下|报告|汇报/;

/** 虽然取得了一定成绩,但……: results granted on the way to a shortcoming. */
const CONCESSION = /但|然而/;

const NONE: readonly RequiredPart[] = [];

/**
 * What lets a paragraph come round to its shortcomings after its first
 * clause: a turn (虽然…,但; 同时也要看到) or a measure against what is asked
 * (与新形势新要求相比; 对照群众期盼). A paragraph that opens on an account of
 * the work (从上半年各单位工作开展情况来看,还存在一些问题) reports on that work
 * and does not set the shortcomings apart as a part.
 */
const TURN = /但|然而|不过|同时|看到|认识到|相比|对照|当前|目前/;

/** Whether the shortcomings a sentence names stand where a paragraph opens on them. */
function opensOnProblems(sentence: string, cue: RegExp): boolean {
  const match = cue.exec(sentence);
  if (!match) return false;
  const firstClauseEnd = sentence.search(/[,，]/);
  return firstClauseEnd === -1 || match.index < firstClauseEnd || TURN.test(sentence.slice(0, match.index));
}

/**
 * The parts among `sought` an opening sentence opens on, in the order of
 * OPENINGS. Results named in a sentence that opens on another part
 * (……推动法治建设取得更大成效 after 2025年,我们将) or concedes them are that
 * part's, not achievements, so with achievements sought every cue is tried.
 * Called for every paragraph: a sentence that opens on nothing allocates nothing.
 */
export function partsOpenedBy(sentence: string, reportYear: number | null, sought: ReadonlySet<RequiredPart>): readonly RequiredPart[] {
  const tryAll = sought.has("achievements");
  let parts: RequiredPart[] | null = null;
  for (const [part, cue] of OPENINGS) {
    if (!(tryAll || sought.has(part))) continue;
    if (part === "problems" ? opensOnProblems(sentence, cue) : cue.test(sentence)) (parts ??= []).push(part);
  }
  if (sought.has("plans") && !parts?.includes("plans") && opensOnNextYear(sentence, reportYear)) (parts ??= []).push("plans");
  if (parts === null || ANNOUNCEMENT.test(sentence)) return NONE;
  const others = parts.filter((part) => part !== "achievements");
  const opened = others.length > 0 || CONCESSION.test(sentence) ? others : parts;
  return opened.filter((part) => sought.has(part));
}

function opensOnNextYear(sentence: string, reportYear: number | null): boolean {
  if (reportYear === null) return false;
  const match = YEAR_AHEAD.exec(sentence);
  return match !== null && Number(match[1]) > reportYear;
}
