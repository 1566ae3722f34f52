/**
 * The region: the government or body whose figures a text reports. A title
 * that names it decides; otherwise the lead of the body is read for who
 * stands at the head of a sentence (2023年,魏都区坚持…), whose government,
 * office or court it is (云南省司法厅, 重庆市高级人民法院), who a reporter
 * heard it from (记者从…获悉), and which place a self-reference points to
 * (我市 … 《通化市人民政府…》). A national body's figures on all of China are
 * 全国. A text that names no body has no region: a wrong one is worse.
 */
import { isHan } from "../normalize/index.js";
import type { Level } from "../schema/report.js";
import {
  HARD_CUT_CHARS,
  holdsNonNameWord,
  isHardCut,
  isUnitEnd,
  parsePlace,
  placeEndingRun,
  provinceByCharacter,
  provinceByShortName,
  PROVINCE_SHORT_NAMES,
  startOfNameHoldingCut,
  UNIT_END,
  type Place,
  type UnitChar,
  writtenOf,
} from "./places.js";
import { divisionOfBare, isDivisionName } from "./gazetteer.js";
import { lineEndAfter, YEAR_WORK_OPENING, type MetaText } from "./text.js";

/** How much of the body's start is read: a report's opening, a news item's lead. */
const LEAD_CHARS = 1500;
/**
 * The opening: the text's first sentence (and any headline lines before it),
 * at most this long. Its subject is likelier the reporting body than one
 * further on.
 */
const OPENING_CHARS = 200;
/** How much of a page's start and end is read for 来源/主办单位 lines. */
const FURNITURE_CHARS = 1500;

export interface RegionFinding {
  readonly region: string | null;
  readonly level: Level;
}

export function findRegion(input: MetaText): RegionFinding {
  const corpsTitled = corpsUnit(input.title);
  if (corpsTitled) return corpsTitled;
  const served = bareBranchServed(input);
  if (served) return { region: served.name, level: "department" };
  const fromTitle = regionFromTitle(input.title) ?? officeAboveTitle(input.text);
  if (fromTitle) return fromTitle;
  const corps = corpsUnit(input.body.slice(0, OPENING_CHARS));
  if (corps) return corps;
  const street = streetAtHead(input.body.slice(0, OPENING_CHARS));
  if (street) return { region: street, level: "township" };
  const lead = new Lead(withoutDataRows(input.body.slice(0, LEAD_CHARS)));
  const suffixed = sightPlaces(lead);
  const departmentLead = leadingDepartment(lead.text);
  const self = selfReference(lead.text, departmentLead, suffixed);
  const sightings = [...suffixed, ...sightBareNames(lead, suffixed), ...sightOwnBody(input.text), ...sightLocalPress(lead.text, input.text.slice(0, FURNITURE_CHARS), self)];
  const local = choosePlace(lead, sightings, self);
  if (isNational(lead.text, local, self) && !addressedLocally(lead.text)) return { region: "全国", level: "national" };
  const department = (local?.department ?? false) || departmentLead !== null;
  if (!local) {
    const speaking = SPEAKS_AS_DEPARTMENT.exec(lead.text);
    const own = self
      ? (addressedOwnPlace(lead.text, sightings, self) ??
        ownLeadersPlace(lead.text, self) ??
        sloganPlace(lead.text, self) ??
        bareSubjectPlace(lead.text, self) ??
        reportedPlace(lead.text, self) ??
        visitedProvince(lead.text, self) ??
        pointedBackPlace(lead.text, sightings, self) ??
        ownDocumentsPlace(lead.text, self, speaking))
      : ownDocumentsPlace(lead.text, null, speaking);
    if (own) return { region: own.name, level: department || !self || speaking ? "department" : own.level };
    const yearbook = yearbookPlace(input.text.slice(0, FURNITURE_CHARS));
    if (yearbook) return { region: yearbook.name, level: department ? "department" : yearbook.level };
    return { region: null, level: department ? "department" : self ? SELF_LEVEL[self.unit] : null };
  }
  const place = autonomousName(lead.text, local.place);
  return { region: place.name, level: department ? "department" : place.level };
}

/**
 * The place whose yearbook a page is an entry of (屯昌年鉴 › 政法 › 司法行政, 书名:澄迈年鉴, 昆明市盘龙区年鉴), named at its top:
 * the region where the entry names none; not a yearbook of a field (中国法治年鉴).
 */
function yearbookPlace(top: string): Place | null {
  const run = YEARBOOK.exec(top.slice(0, YEARBOOK_REACH))?.[1];
  if (!run) return null;
  // the longest tail of the run before 年鉴 that names a division, bare (屯昌) or with its unit (昆明市盘龙区)
  for (let start = 0; start + 2 <= run.length; start++) {
    const named = run.slice(start);
    const bare = divisionOfBare(named);
    const place = bare ? parsePlace(bare, true) : isDivisionName(named) || isUnitEnd(named.at(-1)!) ? parsePlace(named) : null;
    if (place) return place;
  }
  return null;
}

/** A yearbook's name: the run of words before 年鉴 (屯昌年鉴, 烟台统计年鉴). */
const YEARBOOK = /([\u4e00-\u9fff]{2,12})(?:统计)?年鉴/;
/** How far down the page's top a yearbook's name is looked for. */
const YEARBOOK_REACH = 400;

/**
 * The Xinjiang Production and Construction Corps, named in the title or the opening: no part of the autonomous region's
 * government, but a body of its own of a province's rank (新疆兵团多元化解…, 记者从新疆生产建设兵团…获悉), and its divisions,
 * each one with the city it governs (第一师阿拉尔市, 一师阿拉尔市), of a city's; the corps itself not where the region's
 * government is named beside it (自治区和兵团), and neither after another place (阿克苏地区与兵团第一师…).
 */
function corpsUnit(opening: string): RegionFinding | null {
  const division = CORPS_DIVISION_NAMED.exec(opening) ?? CORPS_DIVISION_CITY.exec(opening) ?? CORPS_DIVISION_OPENING.exec(opening);
  if (division) return placeNamedBefore(opening, division) ? null : { region: `第${division[1]}师${division[2] ?? ""}`, level: corpsBodyAfter(opening, division) ? "department" : "city" };
  const corps = CORPS.exec(opening);
  if (!corps || AUTONOMOUS_REGION.test(opening) || placeNamedBefore(opening, corps)) return null;
  return { region: "新疆生产建设兵团", level: corpsBodyAfter(opening, corps) ? "department" : "province" };
}

/**
 * Whether a place stands before the corps or division named (阿克苏地区与兵团第一师…联动): that place speaks, not the corps. The
 * places are sighted as the lead's are, so common words ending on a unit (连队社区) are none.
 */
function placeNamedBefore(opening: string, unit: RegExpExecArray): boolean {
  return sightPlaces(new Lead(opening.slice(0, unit.index))).length > 0;
}

/** Whether a bureau or court of the unit matched follows its name (第一师阿拉尔市司法局, 第七师中级人民法院). */
function corpsBodyAfter(opening: string, unit: RegExpExecArray): boolean {
  return CORPS_BODY_AFTER.test(opening.slice(unit.index + unit[0].length));
}

const CORPS_BODY_AFTER = /^[\u4e00-\u9fff]{0,6}?(?<![格布结])局|^(?:中级|基层)?人民法院|^人民检察院/;

/** The corps, in full or bare before its own bodies (兵团三级法院, 兵团党委, 兵团司法局). */
const CORPS = /新疆(?:生产建设)?兵团|兵团(?=[两三]级法院|党委|司法局|分院|各级)/;
const CORPS_CITY = "(?:阿拉尔|图木舒克|五家渠|北屯|铁门关|双河|可克达拉|昆玉|胡杨河|新星|白杨)市";
/** A division by its number after the corps (兵团第十四师), the city it governs after it if any. */
const CORPS_DIVISION_NAMED = new RegExp(String.raw`兵团第?([一二三四五六七八九十]{1,3})师(${CORPS_CITY})?`);
/** A division by its number alone opening the title or the text (第十四师2023年法治政府建设年度报告), no normal college's (第一师范学院). */
const CORPS_DIVISION_OPENING = /^\s*第([一二三四五六七八九十]{1,3})师(?!范|傅)/;
/** A division by its number before the city it governs (第一师阿拉尔市, 一师阿拉尔市). */
const CORPS_DIVISION_CITY = new RegExp(String.raw`第?([一二三四五六七八九十]{1,3})师(${CORPS_CITY})`);
/** The region's government or the region itself; not its high court's branch for the corps (自治区高级人民法院兵团分院), the corps' own. */
const AUTONOMOUS_REGION = /自治区(?!高级人民法院兵团分院)|维吾尔/;

/**
 * A street office named by its short name, X街 (Guangzhou's and Foshan's 黄石街, 鹤龙街), heading the opening as the subject of the
 * year's work (2024年,鹤龙街坚持…; 在区委、区政府的正确领导下,龙归街始终坚持…; …黄石街党工委、办事处…): no unit the other readers
 * know, and no common street's (商业街, 步行街), whose name the text would not open on.
 */
function streetAtHead(opening: string): string | null {
  return STREET_AT_HEAD.exec(opening)?.[1] ?? null;
}

const STREET_AT_HEAD =
  /^[^。]*?(?:^|[,，。\n])\s*(?:\d{4}\s*年[,，]\s*)?(?:在[^,，。]{2,24}?(?:领导|指导)下[,，]\s*)?((?![步商美老古])[\u4e00-\u9fff]{2}街)(?=党工委|党委|办事处|坚持|始终|以|深入|全面|认真|紧紧|积极|聚焦|围绕|紧密)/;

/**
 * An autonomous county or banner the text also names in full (青海省大通回族土族自治县公安局 … 大通县公安局), that of all
 * its peoples too (隆林各族自治县, whose 各 no other name holds): its full name. A prefecture keeps the short name it goes by
 * (大理州, 延边州).
 */
function autonomousName(text: string, place: Place): Place {
  if (place.name !== place.stem + place.self || !AUTONOMOUS_UNITS.includes(place.self)) return place;
  const full = new RegExp(String.raw`${place.stem}[\u4e00-\u9fff]{1,10}?族自治${place.self}`).exec(text);
  if (!full) return place;
  return parsePlace(full[0]) ?? (full[0] === `${place.stem}各族自治${place.self}` ? { ...place, name: full[0] } : place);
}

const AUTONOMOUS_UNITS = "县旗";

/**
 * The lead with a table's data rows blanked (柳城县 | 120 under 县区 | 收案数): a row that names a bare place and then
 * only numbers lists one of the places whose figures the table breaks down, not the body reporting. Rows of words
 * (发布机构 | 柳城县人民政府) and a body's own row (曲阜市自然资源和规划局 | 0 | 0) stay.
 */
function withoutDataRows(lead: string): string {
  return lead.includes("|") ? lead.replace(DATA_ROW, (row) => " ".repeat(row.length)) : lead;
}

const DATA_ROW = /^[^|\n\d]{1,18}?(?:省|市|区|县|州|旗|盟|镇|乡|街道|地区)\s*(?:\|\s*[\d.,，%]+\s*(?:件|人|个|次|场|%)?\s*)+\|?[ \t]*$/gm;

/** The lead of a body, each word counted once however often it is asked for. */
class Lead {
  private readonly counts = new Map<string, number>();
  /** Where the opening ends: its first full stop, or OPENING_CHARS. */
  readonly openingEnd: number;

  constructor(readonly text: string) {
    const stop = text.slice(0, OPENING_CHARS).search(/[。！？!?]/);
    this.openingEnd = stop === -1 ? OPENING_CHARS : stop;
  }

  count(word: string): number {
    let hits = this.counts.get(word);
    if (hits === undefined) {
      hits = [...positionsOf(this.text, word)].length;
      this.counts.set(word, hits);
    }
    return hits;
  }
}

/** Where `word` stands in `text`, each occurrence after the one before it; none for the empty word, found at every position. */
function* positionsOf(text: string, word: string): Generator<number> {
  if (word === "") return;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) yield at;
}

// ---------------------------------------------------------------- the title

/** The party committee a joint report names first: 中共南京市委 南京市人民政府关于…, 中共铁岭市委、铁岭市人民政府关于… */
const PARTY_COAUTHOR = /^\s*中共[\u4e00-\u9fff]{2,15}?委(?:员会)?[\s、]*/;
/** Where the name in a title stops: a year, 关于, the place's government (人民政府, 管委会) or the report's topic. */
const NAME_STOP = /\d|关于|法治|依法|年度|人民政府|政府|办事处|管委会|管理委员会|工作|[\s,，(（]/;
const DEPARTMENT_TAIL = /(?:局|厅|委员会|办公室|署|中心)$/;
/**
 * A township's or a street's office named under its district's government (鲤城区人民政府金龙街道办事处): the
 * township's report, its name the district's and its own.
 */
const TOWNSHIP_OF_GOVERNMENT = /^([\u4e00-\u9fff]{2,12}?[区县市旗])人民政府(?=[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡))/;
/** A street's or a township's office, named after the government it stands under (…人民政府打浦桥街道办事处). */
const TOWNSHIP_OFFICE = String.raw`[\u4e00-\u9fff]{2,6}?(?:街道办事处|镇人民政府|乡人民政府)`;
/**
 * A street's or a township's office named under its district's government on a line of its own above the title
 * (北京市西城区人民政府广安门内街道办事处 / 2020年法治政府建设年度情况报告): the office is the report's issuer, read as a title's name.
 */
const OFFICE_LINE = new RegExp(String.raw`^[ \t\u3000]*([\u4e00-\u9fff]{2,12}?[区县市旗]人民政府${TOWNSHIP_OFFICE})[ \t\u3000]*\n`);

function officeAboveTitle(text: string): RegionFinding | null {
  const office = OFFICE_LINE.exec(text);
  return office ? regionFromTitle(office[1]!) : null;
}

/**
 * What may open a title before the name: a label in square brackets (【补公开】), a year, 关于, or both (关于2023年岳麓区…,
 * 关于东岭区2023年…); the quote of a name sent on (《兰州新区2022年度…》的报告).
 */
const TITLE_OPENING = /^\s*(?:【[^【】]{1,8}】\s*)?(?:关于\s*)?《?(?:\d{4}\s*年度?)?/;

/**
 * 绍兴市上虞区2024年度… / 台前县关于… / 关于2023年岳麓区… / 浙江省司法厅2023年… (a department:
 * its place, at the department level) / 司法部2023年… (全国) / XX市… (a
 * placeholder names nothing).
 */
function regionFromTitle(title: string): RegionFinding | null {
  const rest = title.replace(PARTY_COAUTHOR, "").replace(TITLE_OPENING, "").replace(TOWNSHIP_OF_GOVERNMENT, "$1");
  const stop = rest.search(NAME_STOP);
  const name = (stop === -1 ? rest : rest.slice(0, stop)).trim();
  const office = nationalBodysOffice(name);
  if (office) return { region: office, level: "department" };
  if (NATIONAL_TITLE.test(name)) return { region: "全国", level: "national" };
  const place = parsePlace(name, true) ?? branchPlace(name) ?? departmentPlace(name);
  if (!place) return ZONE_IN_TITLE.test(name) ? { region: name, level: "district" } : null;
  // the name may open on its province's short name (新疆乌鲁木齐市天山区), which the place leaves out
  return { region: place.name, level: name.endsWith(writtenOf(place)) ? place.level : "department" };
}

/**
 * A zone whose name no unit ends, standing as a title's subject (泾河新城2022年度…, 临空高新区…, 滨江经开区…): a district's
 * level; in a title only, where nothing else could be the name.
 */
const ZONE_IN_TITLE = /^[\u4e00-\u9fff]{2,4}(?:新城|高新区|经开区|示范区|实验区|产业园区)$/;

/**
 * A branch of a bureau names the place it serves after the bureau's own
 * (广州市公安局增城区分局 → 增城区), and a national bureau's local office
 * names it after the bureau (国家税务总局广州市增城区税务局 → 增城区).
 */
const BRANCH_OF_BUREAU = /局([\u4e00-\u9fff]{2,8}?)(?:分局|管理局)$|^国家税务总局([\u4e00-\u9fff]{2,16}?)税务局$/;

function branchPlace(name: string): Place | null {
  const branch = BRANCH_OF_BUREAU.exec(name);
  const served = branch?.[1] ?? branch?.[2];
  return served ? placeEndingRun(served) : null;
}

/**
 * A city's bureau whose branch is named by its county or district bare (文山州生态环境局马关分局, 南阳市生态环境局卧龙分局,
 * 深圳市市场监督管理局大鹏监管局), in a text that writes that place in full (大鹏新区) or speaks of it whole (全县, 本区):
 * the branch's, 大鹏新区, 马关县 or 卧龙区, not the city's.
 */
function bareBranchServed(input: MetaText): Place | null {
  const served = BARE_BRANCH.exec(`${input.title}\n${input.body.slice(0, OPENING_CHARS)}`)?.[1];
  if (!served || isUnitEnd(served.slice(-1)) || NOT_A_SERVED_NAME.test(served)) return null;
  const lead = input.body.slice(0, LEAD_CHARS);
  const written = completedName(lead, served);
  if (written) return written;
  const unit = SERVED_WHOLE.exec(lead)?.[1];
  return unit ? parsePlace(served + unit) : null;
}

/** A city's (or prefecture's, or league's) bureau, then the branch's own name: 文山州生态环境局马关分局, …局大鹏监管局. */
const BARE_BRANCH = /[市州盟][\u4e00-\u9fff]{2,10}?局([\u4e00-\u9fff]{2,3}?)(?:分局|监管局)/;
/** Branches named by what they do or their rank, not a place: 第一分局, 直属分局, 稽查分局, 高新分局. */
const NOT_A_SERVED_NAME = /^(?:第|直属|稽查|高新|经开|开发|城区|市区|高速|交通|水上|机场|铁路)/;
/** The whole county, district or banner the text speaks of as its own (全县, 本区, 我旗), not its bodies (县委, 区级, 县长). */
const SERVED_WHOLE = /[全本我](县|区|旗)(?![委级长])/;

/**
 * The place a department's name begins with: 浙江省司法厅 → 浙江省; a city's district named bare between them, as a district's
 * bureau may write itself (湖州市吴兴生态环境局 → 湖州市吴兴区), where the gazetteer lists the district.
 */
function departmentPlace(name: string): Place | null {
  if (!DEPARTMENT_TAIL.test(name)) return null;
  for (let end = name.length - 1; end >= 2; end--) {
    const place = parsePlace(name.slice(0, end), true);
    if (place) return bareDistrictAfter(name, end) ?? place;
  }
  return null;
}

/** A district or county named bare right after a city's name, before a bureau's own name (吴兴 in 湖州市吴兴生态环境局). */
function bareDistrictAfter(name: string, cityEnd: number): Place | null {
  for (let stemEnd = cityEnd + 2; stemEnd <= cityEnd + 3; stemEnd++) {
    if (!BUREAU_NAME.test(name.slice(stemEnd))) continue;
    const stem = name.slice(cityEnd, stemEnd);
    const unit = ["区", "县"].find((each) => isDivisionName(stem + each));
    if (unit) return parsePlace(name.slice(0, stemEnd) + unit, true);
  }
  return null;
}

// ---------------------------------------------------------------- sightings

/** What a place's occurrence says about it. */
interface Sighting {
  readonly place: Place;
  readonly at: number;
  /** How strongly this occurrence names the reporting body (0: a mere mention). */
  readonly weight: number;
  /** A department stands at the head of the sentence (咸宁市司法局以…). */
  readonly department: boolean;
}

/** A place named in passing, no subject: it names no reporting body. */
function mention(place: Place, at: number): Sighting {
  return { place, at, weight: 0, department: false };
}

/** A government or party body of the place: 人民政府, 区委, 管委会, a street's 办事处, its committee for the rule of law (全面依法治区委员会) … */
const GOVERNMENT = /(?:人民政府|政府|党委|党工委|党组|委员会|委(?!员)|管委会|办事处|人大|人民代表大会|(?:全面)?依法治[省市区县州旗](?:委员会|委|办))/y;
/** A court of the place, or its courts together: 高级人民法院, 两级法院, 高院 … */
const COURT = /(?:高级人民法院|中级人民法院|人民法院|铁路运输[\u4e00-\u9fff]{0,4}法院|[两三]级法院|各级法院|法院|高院|中院|人民检察院|检察院|检察机关)/y;
/** A government's department that is a committee: 城市管理执法委员会, 卫生健康委员会, 发展和改革委员会 … */
const DEPARTMENT_COMMITTEE = String.raw`(?:城市管理(?:综合)?执法|卫生健康|卫生和计划生育|发展和改革|教育|科学技术|经济和信息化|民族宗教事务|国有资产监督管理|住房和城乡建设)委员会`;
/** An office of the place: 司法厅, 市场监管局, 司法所, 生态环境局, 卫生健康委员会 … */
const DEPARTMENT = new RegExp(String.raw`(?:[\u4e00-\u9fff]{0,8}?(?:局|厅)(?!长)|司法所|办公室|${DEPARTMENT_COMMITTEE})`, "y");
/** The place's bodies together: 山西省各级…, 全市…, 共… */
const SCOPE = /(?:各级|[两三四]级|各地|全(?:省|市|区|县|州|旗)|上下|共|累计|行政复议机[关构]|行政机关|司法行政)/y;
/**
 * What cannot follow a subject: the place is then an attribute (天津的…), one
 * of a list, or the name of a paper or channel (西藏日报, 河南法治报).
 */
const NOT_SUBJECT = /(?:[的等和与及之、]|日报|晚报|商报|法制报|法治报|青年报|都市报|经济报|新闻|电视|卫视|广播|网|频道|在线|客户端|手机报)/y;
/** The units a place's count in a ranking or a breakdown is given in. */
const COUNT_UNIT = "(?:件|起|宗|个|人次|人|名|场次|场|次|项|份|%|％)";
/** A count right after a place (南京市320件、苏州市280件): an entry of a ranking or a breakdown, no subject. */
const COUNT_ENTRY_AFTER = new RegExp(String.raw`\s*\d[\d,.]*\s*(?:万|亿)?\s*(?:余|多)?\s*${COUNT_UNIT}`, "y");
/** A ranking's entry closing right before a place (…江苏(7451)、安徽): the place is the next entry. */
const RANKED_BEFORE = /[)）]、$/;
/** A count in parentheses right after a place (河南(8 917), 天津(68.22%)): an entry of a ranking. */
const RANKED_AFTER = new RegExp(String.raw`\s*[(（]\s*\d[\d,. ]*\s*(?:万|亿)?\s*${COUNT_UNIT}?\s*[)）]`, "y");
/**
 * A place followed by the next one of a list (A市、B县…, A县人民法院、B县…) is
 * no subject; its own bodies listed (X市委、市政府…, X县法学会、司法局…, X区法学会、区司法局…) are no list of places, nor
 * are the items of a quoted slogan or a book title after it (桑枣镇紧扣“解民忧、…”)
 * or the objects of its verb (温县赵堡镇积极组织全体机关干部、村两委会成员…), which a
 * function word before the 、 shows too (和政县坚持以事前、事中…); the next item names a place
 * within a few characters, where verbs listed (东河县审查、备案政府合同…) name none.
 */
const LISTED = new RegExp(String.raw`[^，,。；;\n、“”"《${HARD_CUT_CHARS}]{0,6}、(?![省市区县州]?(?:委|政府|人民政府|党委)|[省市区县州]?[^省市区县州旗盟镇乡、，,。\n]{1,5}?(?:局|厅|法院|检察院))(?=[^、，,。；;\n]{0,8}?[省市区县州旗盟镇乡])`, "y");

/**
 * What may stand between a sentence's start and its subject: a time
 * (2023年, 今年以来, 今年1至7月, 近日, 下一步, 3月10日至13日), a connective, a reporter's lead (记者20日从).
 */
const LEAD_PHRASE = String.raw`(?:\d{4}\s*年度?(?:以来|上半年|下半年|[\d\s\-—~至到月份]*)?|(?:今年|去年)(?:以来|上半年|下半年|[\d\s\-—~至到月份]*)?|近年来|近日|日前|目前|同时|此外|另外|据悉|据了解|据统计|其中|一年来|全年|截至目前|当前|下一步|今后|近期|随后|当天|昨天|今天|(?:\d{1,2}\s*月)?\d{1,2}\s*日(?:\s*[至到\-—~]\s*(?:\d{1,2}\s*月)?\d{1,2}\s*日)?(?:上午|下午)?|记者(?:\s*\d{1,2}\s*日)?\s*[从在]|记者|从)`;
/** 浙江台州市…: a province's short name may stand before the place. */
const PROVINCE_BEFORE = `(?:${PROVINCE_SHORT_NAMES.join("|")})?`;
const LEAD_IN = new RegExp(String.raw`(?:^|[。！？!?；;，,：:\n“”"、()（）|【】\s丨])\s*(?:${LEAD_PHRASE}\s*[,，]?\s*)*${PROVINCE_BEFORE}$`);
/** A subject a time or a reporter's lead introduces (2022年,昌吉州党委…): no verb stands there. */
const INTRODUCED = new RegExp(String.raw`(?:^|[。！？!?；;\n】\s])\s*(?:${LEAD_PHRASE}\s*[,，]?\s*)+${PROVINCE_BEFORE}$`);
/** A reporter's lead (记者从…获悉, 记者在…了解到) names the body the figures came from. */
const HEARD = /[^。]{0,40}?(?:获悉|了解到|得知)/y;

/** 市民 of a named person or people (市民王某, 市民张女士, 市民们): citizens, not the city's body. */
const CITIZEN_AFTER = /^民(?:们|[\u4e00-\u9fff](?:某|先生|女士|小姐|师傅|大爷|大妈|阿姨))/;
/** What an official does or is joined with right after the title (市长在…, 县长指出, 区长、…): no place name goes on so. */
const TITLE_HOLDER_ACTS = /^(?:在|指出|表示|强调|主持|要求|出席|带队|批示|指示|讲话|致辞|一行|会见|调研|督办|率队|代表|[、,，。:：和及与等])/;
/** A unit character that starts a list of levels (实现市、县、乡三级…全覆盖) ends no name. */
const LEVEL_LIST_AFTER = /^[、和及与][省市区县乡镇村]/;

/** Every place the lead names by its units, with what each occurrence says. */
function sightPlaces(lead: Lead): Sighting[] {
  const text = lead.text;
  const sightings: Sighting[] = [];
  for (const match of text.matchAll(UNIT_END)) {
    const end = match.index + 1;
    // Most units stand in 全市, 我县, 省市…: no stem ends before them; but 为 ends the stem of 无为市.
    if (!mayEndStem(text[match.index - 1] ?? "") && startOfNameHoldingCut(text, end) === -1 && !townOnInnerUnit(text, match.index)) continue;
    if (match[0] === "道" && text[end - 2] !== "街") continue;
    // 徐某某市长在…, 王某县长指出…: an official's title after a person's name (but 西安市长安区, 湖南省长沙市 are places)
    if (text[end] === "长" && TITLE_HOLDER_ACTS.test(text.slice(end + 1, end + 3))) continue;
    // 旗帜, 旗舰: a flag or a flagship, not a banner (the league's county)
    if (match[0] === "旗" && (text[end] === "帜" || text[end] === "舰")) continue;
    // 乡贤, 乡亲, 乡愁, 乡土, 乡风: the countryside's words, no township (引入乡贤、法律顾问)
    if (match[0] === "乡" && COUNTRYSIDE_WORD_AFTER.test(text[end] ?? "")) continue;
    // 区域, 市场, 乡村, 县级: the unit's character begins another word; 市、县、乡三级: it is one of a list of levels.
    if (unitBeginsWord(text, end) || LEVEL_LIST_AFTER.test(text.slice(end, end + 3))) continue;
    // 大连市民王某, 杭州市民张女士: a citizen of the place, who is no body
    if (text[end] === "民" && match[0] === "市" && CITIZEN_AFTER.test(text.slice(end, end + 5))) continue;
    // 会同县府办做好…: 县府办 (the county government's office) is written of one's own unnamed county, so 会同 is a verb here
    if (text.startsWith("府办", end)) continue;
    // 督察县(区)人民政府, 各市(州): a unit with its peers in parentheses is a class of bodies, no one place
    if (UNIT_CLASS_AFTER.test(text.slice(end, end + 6))) continue;
    // 半岛都市报, 华西都市报: a metropolitan paper's name, 都市 no city (but 成都市报送…, 成都市报道)
    if (match[0] === "市" && text[end - 2] === "都" && NEWSPAPER_AFTER.test(text.slice(end, end + 2))) continue;
    // 市政服务, 市政道路: municipal works, not a city's name ending (but 杭州市政府, 菏泽市政法委, 漳州市政务服务中心 are one)
    if (match[0] === "市" && text[end] === "政" && !CITY_BEFORE_GOVERNMENT.test(text[end + 1] ?? "")) continue;
    const place = prefectureAsChain(text, end, placeEndingRun(runBefore(text, end).replace(NEWS_AGENCY_START, "")));
    if (!place) continue;
    // 其中县政府作为被告的…: 其中 (of which) before the unnamed county's body, no county whose stem is 中
    if (place.name.length === 2 && text.slice(end - 3, end - 1) === "其中") continue;
    // “两先区”: a name quoted whole is a slogan's or a title's, not a body's
    if (text[end - place.name.length - 1] === "“" && text[end] === "”") continue;
    // …经济技术开发区(以下简称汽开区), …开发区(汽开区): the short name of the place just named
    if (isAliasOfPlaceBefore(text, end - place.name.length)) continue;
    // 会同区委宣传部: a verb that joins partners before the district's committee, no district of that name (会同县 is a county)
    if (PARTNER_VERB_AS_STEM.test(place.name) && !isDivisionName(place.name)) continue;
    // 向四川省成都市新都区、成华区市场监督管理局通报…, 与…联合执法: a body the text's own dealt with, however often named
    if (PARTNER_BEFORE.test(text.slice(Math.max(0, end - place.name.length - PARTNER_REACH), end - place.name.length))) continue;
    // 北京市朝阳区朝外街道雅宝里15号: an address says where something is, not whose figures these are;
    // “江苏省法治政府建设示范市”: a province opening a quoted title is the award's, not the body's (but
    // “蒙城县‘法治三巡’…” is the county's own work)
    // 黄浦区人民政府打浦桥街道办事处: the district's government holds the street's office, whose body this is
    const sighting = ADDRESS_AFTER.test(text.slice(end, end + 16)) || (place.level === "province" && text[end - place.name.length - 1] === "“") || TOWNSHIP_OFFICE_AFTER.test(text.slice(end, end + 20))
      ? mention(place, end - place.name.length)
      : sight(lead, place, end - place.name.length, end);
    // 南昌市 then 南昌市青山湖区, 浙江台州 then 台州市: a reading the next one
    // overlaps was partial; it stays a mention, not a subject.
    const previous = sightings.at(-1);
    if (previous && previous.at + previous.place.name.length > sighting.at) sightings[sightings.length - 1] = mention(previous.place, previous.at);
    sightings.push(sighting);
  }
  return sightings;
}

/**
 * A name ending in 州 that is two bare names run together (酒泉瓜州 of a headline, where the text writes 酒泉市瓜州县):
 * the place they name together, not a prefecture called 酒泉瓜.
 */
function prefectureAsChain(text: string, end: number, place: Place | null): Place | null {
  if (!place || !place.name.endsWith("州") || place.name.endsWith("自治州")) return place;
  const chain = bareChainAfter(text, end - place.name.length);
  return chain && chain.end === end ? chain.place : place;
}

/** 乡贤, 乡亲, 乡愁, 乡土, 乡风: the countryside's words, after 乡. */
const COUNTRYSIDE_WORD_AFTER = /[贤亲愁土风]/;

/** 区域, 市场, 乡村, 县级; 县情, 市情 (a place's circumstances, but 县情况 is the county's 情况). */
const WORD_AFTER_UNIT = /^(?:[域场村级]|情(?!况))/;

/** Whether the characters from `at`, right after a unit's, begin another word with it. */
function unitBeginsWord(text: string, at: number): boolean {
  return WORD_AFTER_UNIT.test(text.slice(at, at + 2));
}

/** Peer units in parentheses after a unit: (区), (市、区), (州). */
const UNIT_CLASS_AFTER = /^[(（][市区县州旗][、,，]?[市区县州旗]?[)）]/;
/** 报 naming a paper, not beginning a verb (报送, 报告, 报道, 报备). */
const NEWSPAPER_AFTER = /^报(?![告送备批请道名到表销考])/;
/** 府, 法, 务, 协 after 市政: the city's 政府, 政法 organs, 政务 or 政协, not municipal works. */
const CITY_BEFORE_GOVERNMENT = /[府法务协]/;
const ADDRESS_AFTER = /^[\u4e00-\u9fff]{1,10}?\d+号/;
/** A government's township or street office named right after it (人民政府打浦桥街道办事处). */
const TOWNSHIP_OFFICE_AFTER = new RegExp(`^人民政府${TOWNSHIP_OFFICE}`);

/**
 * The characters before `end` that a name could span: CJK, up to a hard cut, a date (2017年嘉兴市) or a count, at most 16; a hard cut
 * inside a division's name that ends at `end` (无为市, 称多县) holds, looked for only once a cut is met.
 */
function runBefore(text: string, end: number): string {
  let start = end;
  let heldFrom: number | undefined;
  while (start > 0 && end - start < 16) {
    const char = text[start - 1]!;
    if (!isHanChar(char) || dateOrCountEndsAt(text, start - 1)) break;
    if (isHardCut(char) && start - 1 < (heldFrom ??= heldNameStart(text, end))) break;
    start--;
  }
  return text.slice(start, end);
}

/** Where a division whose name holds a hard cut starts, ending at `end`; with none, `end`: every cut before it holds no name. */
function heldNameStart(text: string, end: number): number {
  const start = startOfNameHoldingCut(text, end);
  return start === -1 ? end : start;
}

/**
 * 年, 年度, 月, 月份 or 日 right after a digit ends a date, not a name (万年县 keeps its 年); a measure word right after
 * one ends a count or an ordinal (第1次党组会县长…: 次党组会 is no stem).
 */
function dateOrCountEndsAt(text: string, at: number): boolean {
  return DATE_OR_COUNT_END.test(text.slice(Math.max(0, at - 3), at + 1));
}

const DATE_OR_COUNT_END = /\d\s*(?:年度?|月份?|日|[次届期批个项件名])$/;

/** A CJK ideograph (Extension A's 䶮 included), by the character. */
function isHanChar(char: string | undefined): boolean {
  return char !== undefined && isHan(char.charCodeAt(0));
}

const POINTING_OR_UNIT = "全我本该各两省市区县";

/** A town's or township's unit after a one-character stem and a city's or district's character (蔡市镇, 水市乡): the town's own stem. */
function townOnInnerUnit(text: string, unitAt: number): boolean {
  return (text[unitAt] === "镇" || text[unitAt] === "乡") && (text[unitAt - 1] === "市" || text[unitAt - 1] === "区") && mayEndStem(text[unitAt - 2] ?? "");
}

function mayEndStem(char: string): boolean {
  return isHanChar(char) && !isHardCut(char) && !POINTING_OR_UNIT.includes(char);
}

/**
 * A body named as the defendant or respondent of the cases a clause opens on (以东岭市人民政府为被告的行政诉讼案件…): the
 * body whose cases they are, its subject as much as a name at the head would be.
 */
function defendantAtHead(text: string, start: number, end: number): boolean {
  return text[start - 1] === "以" && atSentenceHead(text, start - 1) && DEFENDANT_AFTER.test(text.slice(end, end + DEFENDANT_REACH));
}

const DEFENDANT_AFTER = /^[^,，。；;]{0,12}?为(?:行政)?(?:复议)?(?:被告|被申请人|被诉)/;
const DEFENDANT_REACH = 20;

/**
 * What one occurrence says. A unit followed by a body word is ambiguous:
 * 随州市委 names 随州, but 规范市政府… is 规范 + the unnamed 市政府. Only at
 * the opening or after a time (2022年,昌吉州党委…) is it read as a name at
 * once; elsewhere the text must write it once not before a body's word too
 * (随州市坚持… corroborates 随州市委; 规范市政府…, 规范市委… do not). A name
 * the gazetteer knows (颍上县人民法院) is trusted as a name, weighed by where it stands.
 */
function sight(lead: Lead, place: Place, start: number, end: number): Sighting {
  const text = lead.text;
  const word = bodyWordAfter(text, end);
  const body = word?.kind ?? null;
  const head = atSentenceHead(text, start) || defendantAtHead(text, start, end) || bracketedAfterZoneAtHead(text, start);
  const subject =
    head &&
    (!lastOfList(text, start) || districtOfZone(text, place, start, end)) &&
    !matchesAt(NOT_SUBJECT, text, end) &&
    !matchesAt(LISTED, text, end) &&
    !(ZONE.test(place.name) && districtInParensAfter(text, end, place)) &&
    !matchesAt(COUNT_ENTRY_AFTER, text, end) &&
    !PARTNER_BEFORE.test(text.slice(Math.max(0, start - PARTNER_REACH), start)) &&
    !amongParts(text, start);
  const opening = start < lead.openingEnd;
  const object = word !== null && word.kind !== "scope" && objectAfter(text, word.end);
  // A one-character stem at once (经县…, 请县…) is likelier a preposition than a county.
  // 赤峰市政府本级受理…: a body that names its own level (本级) of the whole the text reports on is a name, not a verb's object
  const ownLevel = (): boolean => word !== null && matchesAt(OWN_LEVEL_AFTER, text, word.end);
  const atOnce = head && !object && place.stem.length >= 2 && (opening || ownLevel() || introduced(text, start));
  const named = body !== null && (atOnce || provinceByShortName(place.stem) !== null || isChainOfUnits(place) || !onlyBeforeBodies(text, place));
  // An ambiguous reading not taken as a name is no subject either; one the gazetteer knows is a name, though no more than its standing says.
  const trusted = body === null || named || isDivisionName(place.name);
  // 遂宁市公安局船山区分局: the branch's district is the body; the city only says whose bureau it is
  if (word?.kind === "department" && matchesAt(BRANCH_AFTER, text, word.end)) return mention(place, start);
  // officials of a body visiting a place (省司法厅…一行来到惠民县调研…): the place visited is the news's, not the visitors' body
  if (matchesAt(VISITORS_AFTER, text, end)) return mention(place, start);
  // a ranking's entry, its count in parentheses (河南(8 917)、江苏(7451)…), or the next after one: one of the places ranked, not the text's own
  if (matchesAt(RANKED_AFTER, text, end) || RANKED_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return mention(place, start);
  const visited = VISITED_BEFORE.test(text.slice(Math.max(0, start - VISITED_REACH), start));
  let weight = trusted ? (named ? 2 : 0) + subjectWeight(subject || visited, opening) : 0;
  if (subject && (text[start - 1] === "从" || text.slice(start - 3, start) === "记者在") && matchesAt(HEARD, text, end)) weight += 1;
  if (insideBookTitle(text, start)) weight /= 4;
  // a body that approved what the text's own body did (经江苏省司法厅审批) is another's
  if (text[start - 1] === "经" && body !== null) weight = 0;
  if (inPlaceMenu(text, start)) return mention(place, start);
  if (start < BANNER_CHARS && onBanner(text, start)) return { place, at: start, weight: 1, department: false };
  // 在北京举行第二次全体会议: where a meeting was held, not whose figures these are
  if (onAddresseeLine(text, start) || inExample(text, start) || heldAt(text, start, end) || pairedBySeparator(text, start, end)) return mention(place, start);
  return { place, at: start, weight, department: subject && body === "department" };
}

/**
 * A name of two units or more (怀化市鹤城区自然资源局): no verb before an unnamed body reads as one (规范市政府 does),
 * so it names its place wherever it stands.
 */
function isChainOfUnits(place: Place): boolean {
  for (let at = place.stem.length; at < place.name.length - 1; at++) if (isUnitEnd(place.name[at]!)) return true;
  return false;
}

/** A place named in a sentence's examples (比如,北京上线…,浙江通过…; …,如北京市已建立…): one of those the text points to, not its own. */
function inExample(text: string, at: number): boolean {
  return EXAMPLE_BEFORE.test(text.slice(Math.max(0, at - EXAMPLE_REACH), at));
}

/** An example's opener with no sentence's end between it and the place. */
const EXAMPLE_BEFORE = /(?:比如|例如|譬如)[^。！？!?\n]*$|[,，;；:：、]如$/;
const EXAMPLE_REACH = 80;

/**
 * Officials of a body on a visit, and the place they visit: …司法厅复议处处长王某一行来到青石县, or the text's own, which it calls
 * 我市 (…人大常委会副主任王某带队来我市调研).
 */
const VISITORS_AFTER = /[^，,。；;：:\n]{0,40}?(?:一行(?:人)?(?:来到|到|莅临|赴|深入)|(?:带队)?(?:来到?|莅临|到)我[省市区县州旗盟镇乡])/y;
const VISITED_BEFORE = /一行(?:人)?(?:来到|到|莅临|赴|深入)$/;
const VISITED_REACH = 6;

/**
 * A short name in parentheses right after a place's full name: given as one (以下简称汽开区), or of the full name's own
 * characters (长春汽车经济技术开发区(汽开区)); not another district governed with a zone (广州开发区(黄埔区)).
 */
const SHORT_NAME_GIVEN = /[(（]\s*(?:以下)?简称\s*[“"]?$/;
const PAREN_AFTER_PLACE = /([\u4e00-\u9fff]{2,20}[省市区县州旗盟镇乡道])[(（]\s*[“"]?$/;
const ALIAS_BEFORE_REACH = 30;
/** The characters a short name may span from where it starts. */
const NAME_RUN = /^[\u4e00-\u9fff]{2,8}/;
const NAME_RUN_REACH = 8;

function isAliasOfPlaceBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - ALIAS_BEFORE_REACH), start);
  if (SHORT_NAME_GIVEN.test(before)) return true;
  const full = PAREN_AFTER_PLACE.exec(before);
  const short = NAME_RUN.exec(text.slice(start, start + NAME_RUN_REACH));
  return full !== null && short !== null && isShortNameOf(short[0], full[1]!);
}

/** A short form of the full name, of its own characters, and no division the gazetteer lists (广州开发区(黄埔区) names the district). */
function isShortNameOf(short: string, full: string): boolean {
  return short.length < full.length && [...short].every((char) => full.includes(char)) && !isDivisionName(short);
}

/**
 * A district named right after the zone governed with it, as one subject (广州开发区、广州市黄埔区坚持…) or in parentheses
 * (泰州医药高新区(高港区)法律明白人…): the district is the place, the zone its other name; not a zone heading a list of
 * several districts (…高新区、青石区、白沙区).
 */
function districtOfZone(text: string, place: Place, start: number, end: number): boolean {
  if (ZONE.test(place.name) || !DISTRICT_UNITS.includes(place.self)) return false;
  const before = text.slice(Math.max(0, start - ZONE_REACH), start);
  if (OPENING_PAREN.test(text[start - 1] ?? "")) return CLOSING_PAREN.test(text[end] ?? "") && ZONE_BEFORE_PAREN.test(before);
  return text[end] !== "、" && text[start - 1] === "、" && ZONE_LISTED_BEFORE.test(before);
}

const ZONE_KIND = "(?:开发区|新区|园区|示范区|实验区)";
const ZONE = new RegExp(`${ZONE_KIND}$`);
const ZONE_LISTED_BEFORE = new RegExp(String.raw`(?:^|[^、\u4e00-\u9fff])[\u4e00-\u9fff]{2,12}?${ZONE_KIND}、$`);
/**
 * A district in parentheses after a zone (泰州医药高新区(高港区)): the zone is that district's other name, no subject of its own;
 * not the zone's own short name (长春汽车经济技术开发区(汽开区)).
 */
function districtInParensAfter(text: string, end: number, zone: Place): boolean {
  DISTRICT_IN_PARENS_AFTER.lastIndex = end;
  const district = DISTRICT_IN_PARENS_AFTER.exec(text);
  return district !== null && !isShortNameOf(district[1]!, zone.name);
}

const DISTRICT_IN_PARENS_AFTER = /[(（](?!以下简称|简称)([\u4e00-\u9fff]{2,8}[区县])[)）]/y;

/** A district in parentheses right after a zone that heads its sentence (泰州医药高新区(高港区)…): at the head with it. */
function bracketedAfterZoneAtHead(text: string, start: number): boolean {
  const zone = ZONE_BEFORE_PAREN.exec(text.slice(Math.max(0, start - ZONE_REACH), start));
  return zone !== null && atSentenceHead(text, start - zone[0].length);
}

const ZONE_BEFORE_PAREN = new RegExp(String.raw`[\u4e00-\u9fff]{2,12}?${ZONE_KIND}[(（]$`);
const OPENING_PAREN = /[(（]/;
const CLOSING_PAREN = /[)）]/;
const ZONE_REACH = 16;
const DISTRICT_UNITS = "区县";

/**
 * The last of a list of places (有连云港市、徐州市、日照市参加, 分别为安徽、甘肃、宁夏), or of levels' bodies (中央、省委、株洲市委…精神;
 * 市检察院、柳河县检察院、东岭区检察院相关负责人):
 * one of those listed, no subject of its own.
 */
function lastOfList(text: string, start: number): boolean {
  if (text[start - 1] !== "、") return false;
  return (
    isUnitEnd(text[start - 2] ?? "") ||
    LEVEL_BODY_LISTED.test(text.slice(Math.max(0, start - LEVEL_BODY_REACH), start)) ||
    [2, 3].some((length) => provinceByShortName(text.slice(start - 1 - length, start - 1)) !== null) ||
    placeListedEarlier(text, start)
  );
}

/**
 * An item earlier in the clause's 、 list that ends on a unit (深入杨家沟镇、龙镇、石沟、郭兴庄镇开展…): the list is of places,
 * though the item right before the name is a village written bare.
 */
function placeListedEarlier(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LIST_REACH), start - 1);
  const clause = before.slice(before.search(/[^，,。；;：:\n]*$/));
  return clause.split("、").slice(0, -1).some((item) => item.length >= 2 && isUnitEnd(item[item.length - 1]!));
}

const LIST_REACH = 40;

/** A level's party committee, government, court or procuratorate right before the 、 (省委、, 市政府、, 市检察院、). */
const LEVEL_BODY_LISTED = /[省市区县州](?:委|人民政府|政府|(?:中级|基层)?(?:人民)?法院|(?:人民)?检察院)、$/;
const LEVEL_BODY_REACH = 10;

/**
 * Whether a name stands in a sentence that has turned to the whole's parts (其中,赤坎区…;麻章区…;吴川市…): each is one of
 * them, the subject of its clause but not the body that reports.
 */
function amongParts(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - PARTS_REACH), start);
  return AMONG_PARTS.test(before.slice(before.search(LAST_SENTENCE_END) + 1));
}

const PARTS_REACH = 200;
/** The sentence's last end before a name: the place in the text from which its own sentence runs. */
const LAST_SENTENCE_END = /[。！？!?\n](?=[^。！？!?\n]*$)/;
const AMONG_PARTS = /其中\s*[,，:：]/;

/** What being a sentence's subject adds to a name's weight, and more in the text's opening. */
function subjectWeight(subject: boolean, opening: boolean): number {
  return subject ? 2 + (opening ? 1 : 0) : 0;
}

/**
 * A report's or a notice's salutation (中共红河州委、红河州人民政府:, 各县人民政府,市政府各部门:), or a reply's to the
 * deputies or members who made a proposal (…市委员会委员:, 王某某等代表:), names whom it is sent to, not who reports: a mention.
 */
const ADDRESSEE_LINE = /^[^。；;!！?？]{2,60}?(?:委员会|委|政府|常委会|各部门|各单位|委员|代表)\s*[:：]\s*$/;

function onAddresseeLine(text: string, at: number): boolean {
  const line = lineAt(text, at);
  if (ADDRESSEE_LINE.test(line)) return true;
  // a page that ran its lines together keeps the salutation before the body on one line (中共嘉兴市委、嘉兴市人民政府: 2020年,海宁市…)
  const colon = line.slice(0, SALUTATION_CHARS).search(/[:：]/);
  return colon !== -1 && text.lastIndexOf("\n", at) + 1 + colon > at && ADDRESSEE_LINE.test(line.slice(0, colon + 1));
}

/** How far into its line a salutation's colon may stand: ADDRESSEE_LINE's reach. */
const SALUTATION_CHARS = 62;

/**
 * The text's own place in its rule-of-law slogan (助力法治襄阳建设, 法治衡水、法治政府一体建设, 平安赣州、法治赣州提供…,
 * 法治黄石“十五五”蓝图, 南通法治建设, a programme's 《法治天水》), the place its work serves (为大连振兴发展…提供…保障,
 * 助力黄陂区经济社会发展, 为黄石加快建设…), whose part it shows (干出杭州担当, 婺城样板), whose beauty it builds (美丽福州) or
 * whose peace it guards (守护诸暨平安), written bare or in full, where the text calls itself by that place's unit (市检察院…, 我市)
 * and names no place otherwise: one place of that unit the gazetteer knows by that bare name (法治本溪 of 我市: 本溪市, not
 * 本溪满族自治县), and only one such in the text.
 */
const RULE_OF_LAW_SLOGAN = /(?:法治|平安)([\u4e00-\u9fff]{2,3}?)(?=建设|提供|[、“”"，,。》])/g;
/**
 * The place before its rule of law's building (“法律明白人”是南通法治建设…的一支重要力量): tried at each character, as the words before
 * the name (是) run into it; the gazetteer tells the name.
 */
const PLACE_RULE_OF_LAW = /(?=([\u4e00-\u9fff]{2,3})法治(?:政府)?建设)/g;

/**
 * The place whose revival or development the body's work serves (为大连振兴发展新突破提供了有力法治保障, 助力黄陂区经济社会发展,
 * 为株洲发展转型升级…, 为黄石加快建设…).
 */
const PLACE_SERVED = /(?:为|助力)([\u4e00-\u9fff]{2,3}?)(?=(?:全面|全方位)?振兴|(?:高质量|经济社会(?:高质量)?)?发展|加快(?:建设|发展))/g;
/**
 * The place whose part the body shows in a slogan (干出杭州担当, 打造执法改革婺城样板, 谱写…的成都篇章): tried at each character; the gazetteer
 * tells the name. Not a model learned from (学习借鉴安吉样板), another place's.
 */
const PLACE_VOICE = /(?<!学习|借鉴|复制|对标)(?=([\u4e00-\u9fff]{2,3})(?:担当|样板|篇章))/g;
/** The place whose beauty the body's work builds (建设高颜值美丽福州): its name runs into the next words, so two characters or three, as the gazetteer tells. */
const PLACE_BEAUTIFUL = /美丽([\u4e00-\u9fff]{2,3})/g;
/** The place whose peace the body's people guard (守护诸暨平安, 护航杭州平安). */
const PLACE_GUARDED = /(?:守护|护航|守卫|护佑)([\u4e00-\u9fff]{2,3}?)平安/g;

function sloganPlace(text: string, self: SelfReference): Place | null {
  const ownPlace = (bare: string): string | null => {
    const name = divisionOfBare(bare, self.unit) ?? provinceByShortName(bare)?.name ?? (isDivisionName(bare) ? bare : undefined);
    return name?.endsWith(self.unit) ? name : null;
  };
  return (
    onlyPlaceNamed(text, RULE_OF_LAW_SLOGAN, ownPlace) ??
    (text.includes("法治") ? onlyPlaceNamed(text, PLACE_RULE_OF_LAW, ownPlace) : null) ??
    onlyPlaceNamed(text, PLACE_SERVED, ownPlace) ??
    onlyPlaceNamed(text, PLACE_VOICE, ownPlace) ??
    onlyPlaceNamed(text, PLACE_BEAUTIFUL, (named) => ownPlace(named) ?? ownPlace(named.slice(0, 2))) ??
    onlyPlaceNamed(text, PLACE_GUARDED, ownPlace)
  );
}

/**
 * The text's own place by its bare name as the subject of a sentence that opens the year's work (2024年,淮安坚持以…,
 * 株洲深入推进…, “八五”普法规划实施以来,株洲聚焦…), where the text calls itself by that place's unit (市政府…, 全市) and names no place otherwise: the one
 * place of that unit the gazetteer knows by that name (淮安: 淮安市, not its 淮安区).
 */
const BARE_SUBJECT = new RegExp(String.raw`(?:^|[。！？\n]|\d{4}\s*年\s*[,，]|以来\s*[,，])\s*([\u4e00-\u9fff]{2,4}?)(?=${YEAR_WORK_OPENING})`, "g");

function bareSubjectPlace(text: string, self: SelfReference): Place | null {
  return onlyPlaceNamed(text, BARE_SUBJECT, (bare) => divisionOfBare(bare, self.unit));
}

/**
 * The place a year's report is on (会议听取和审议了市政府关于丽水市2024年法治政府建设情况的报告), where the text calls itself by that
 * place's unit (市人大常委会…, 市政府) and names no place otherwise: the one place of that unit the gazetteer knows by that name.
 */
const REPORT_ON_PLACE = /关于([\u4e00-\u9fff]{2,6}?[省市县区州旗])\s*\d{4}\s*年度?[^，,。；;]{0,30}?报告/g;

function reportedPlace(text: string, self: SelfReference): Place | null {
  return onlyPlaceNamed(text, REPORT_ON_PLACE, (name) => {
    if (!name.endsWith(self.unit)) return null;
    const bare = name.slice(0, -1);
    return divisionOfBare(bare, self.unit) === name || provinceByShortName(bare)?.name === name ? name : null;
  });
}

/**
 * The one place the matches of `pattern` name, each its first group read by `nameOf` into a full name (a gazetteer's
 * or a province's) or null, where all the names found are one; else null.
 */
function onlyPlaceNamed(text: string, pattern: RegExp, nameOf: (found: string) => string | null | undefined): Place | null {
  const names = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    const name = nameOf(match[1]!);
    if (name) names.add(name);
  }
  return names.size === 1 ? parsePlace([...names][0]!, true) : null;
}

/**
 * A province's government speaking of itself (省政府…) with no place named but its one-character name in a leader's
 * visit to it (习近平总书记来陕考察重要讲话): that province, where the visits name one.
 */
function visitedProvince(text: string, self: SelfReference): Place | null {
  return self.unit === "省" ? onlyPlaceNamed(text, VISIT_TO_PROVINCE, (character) => provinceByCharacter(character)?.name) : null;
}

const VISIT_TO_PROVINCE = /(?:来|到|赴)([\u4e00-\u9fff])(?:考察|视察)/g;

/**
 * A department's own report (我局…, 我委…, 农业农村局认真…), or a place's speaking as itself (我市…), that names no place but in the
 * titles of the documents it works by, each its city's or county's (《益阳市生活垃圾分类管理条例》, 《开封市法治政府建设…实施意见》):
 * that one place, where the gazetteer knows it, of the place's own unit. Documents of a province or the nation name no
 * place of a department's own.
 */
function ownDocumentsPlace(text: string, self: SelfReference | null, speaking: RegExpExecArray | null): Place | null {
  if (!self?.firstPerson && !speaking) return null;
  const ofOwnUnit = (name: string): string | null => (isDivisionName(name) && name.endsWith(self?.unit ?? "") ? name : null);
  // the department named bare (生态环境局…), not 我局; named by its unit (市局…), any department's full name
  const department = speaking?.[1] ?? (speaking && UNIT_DEPARTMENT.test(speaking[0]) ? `(?:${DEPARTMENT_NAMES})` : undefined);
  return onlyPlaceNamed(text, LOCAL_DOCUMENT_TITLE, ofOwnUnit) ?? (department ? ownFullNamePlace(text, department, ofOwnUnit) : null);
}

/**
 * A department that names itself bare (…生态环境局党组集中学习…) and once in full with its place (制定涪陵区生态环境局证明事项清单):
 * that place, where all its full names name one.
 */
function ownFullNamePlace(text: string, department: string, ofOwnUnit: (name: string) => string | null): Place | null {
  return onlyPlaceNamed(text, new RegExp(String.raw`([\u4e00-\u9fff]{2,8}[市县区])${department}局`, "g"), (run) => divisionEnding(run, ofOwnUnit));
}

/** The longest division's name a run of characters ends on (制定涪陵区 → 涪陵区), of the text's own unit. */
function divisionEnding(run: string, ofOwnUnit: (name: string) => string | null): string | null {
  for (let start = 0; start < run.length - 1; start++) {
    const name = ofOwnUnit(run.slice(start));
    if (name) return name;
  }
  return null;
}

/** The departments a county's or a city's report names itself by. */
const DEPARTMENT_NAMES =
  "司法|公安|财政|农业农村|自然资源(?:和规划)?|生态环境|住房和城乡建设|住建|交通运输|水利|商务|文化和旅游|文化广电和旅游|卫生健康|应急管理|审计|市场监督管理|市场监管|统计|医疗保障|林业|税务|教育|民政|人力资源和社会保障|人社|城市管理|退役军人事务|体育|科技|工业和信息化";
/** A district's bureau's own name, no place's: 生态环境局, 公安分局, 市场监督管理局, 发展和改革委员会. */
const BUREAU_NAME = new RegExp(String.raw`^(?:${DEPARTMENT_NAMES}|城管|综合行政执法|文旅|卫健|发展和改革|发改|科学技术|工信|信访)(?:分局|局|委员会|委)$`);
/**
 * 我局, 本委, a department by its bare name at a sentence's head (…正确领导下,农业农村局认真贯彻…), or by its unit's (市局获…,
 * 县局党组…), which names no department.
 */
const SPEAKS_AS_DEPARTMENT = new RegExp(String.raw`(?:我|本)(?:局|委)(?![会员])|(?:^|[,，。\n])\s*(?:(${DEPARTMENT_NAMES})|[市县区])局(?!长)`);
const UNIT_DEPARTMENT = /[市县区]局$/;
const LOCAL_DOCUMENT_TITLE = /《([\u4e00-\u9fff]{1,8}?[市县区])(?![级委长])/g;

/**
 * The one place a salutation names (乳山市委、乳山市人民政府:) when the text calls itself by that place's unit and
 * names no place of its own (市市场监管局…): its own government's, whom a department reports to.
 */
function addressedOwnPlace(text: string, sightings: readonly Sighting[], self: SelfReference): Place | null {
  const addressed = sightings.filter((sighting) => sighting.place.self === self.unit && onAddresseeLine(text, sighting.at)).map((sighting) => sighting.place);
  return addressed.length > 0 && addressed.every((place) => place.name === addressed[0]!.name) ? addressed[0]! : null;
}

/**
 * The one place whose party committee and government a body follows (严格遵循锡山区委、区政府的部署…) where the text calls
 * itself by that place's unit (全区, 本区) and names no place of its own: its own government's, where the gazetteer knows it.
 */
function ownLeadersPlace(text: string, self: SelfReference): Place | null {
  const names = new Set<string>();
  for (const match of text.matchAll(OWN_LEADERS)) {
    const run = match[1]!;
    // the run may hold words before the name (遵循锡山区): the name is the division its end spells, of three characters at
    // least, for a verb's tail may spell a short one (梳理县委: 理县)
    const name = divisionEnding(run, (each) => (each.length >= MIN_LEADERS_NAME && each.endsWith(self.unit) && isDivisionName(each) ? each : null));
    if (name) names.add(name);
  }
  return names.size === 1 ? parsePlace([...names][0]!, true) : null;
}

const MIN_LEADERS_NAME = 3;
/** A place's party committee and its government, named together (锡山区委、区政府, 青河县委和县人民政府), with the words before it. */
const OWN_LEADERS = /([\u4e00-\u9fff]{2,8}[区县市旗])委\s*[、和及与]\s*[区县市旗]?(?:人民)?政府/g;

/**
 * The place 该区 or 该县 points back to where the text speaks of a place so (据统计,该区调解员共化解…) and took none as its own:
 * the last of its unit named before that word, though only in passing (抚州市临川区桐源乡水源村村民何某…). 该 always points
 * back, so the place it speaks of is one the text has named.
 */
function pointedBackPlace(text: string, sightings: readonly Sighting[], self: SelfReference): Place | null {
  if (!self.firstPerson) return null;
  const pointer = text.indexOf(`该${self.unit}`);
  if (pointer === -1) return null;
  const before = sightings.filter((sighting) => sighting.place.self === self.unit && sighting.at < pointer);
  return before.reduce<Sighting | null>((last, sighting) => (last === null || sighting.at > last.at ? sighting : last), null)?.place ?? null;
}

/** A text opening on a salutation to local bodies (区委、区政府:) reports to them: it is no national body's. */
function addressedLocally(lead: string): boolean {
  return lead
    .slice(0, ADDRESSEE_REACH)
    .split("\n")
    .some((line) => ADDRESSEE_LINE.test(line) && !CENTRAL_BODIES.test(line));
}

const ADDRESSEE_REACH = 300;
const CENTRAL_BODIES = /全国|国务院|党中央|中共中央/;

/**
 * A body after 与, 会同, 联合 or 向 in its clause is a partner or a recipient (与松辽委及内蒙古、辽宁水利厅签署…, 县司法局联合…乡人民政府
 * 举办…, 向…通报), and one after 不服 the other party, whose decision was appealed (受理当事人不服…苏州市劳动教养委员会的…决定): not the subject.
 */
const PARTNER_BEFORE = /(?:与|会同|联合|向|不服)[^，,。；;：:\n]{0,24}$/;
/** A verb that joins partners read as a place's stem, right before the unit (会同区委…, 同时会同区司法部门…). */
const PARTNER_VERB_AS_STEM = /(?:会同|联合|协同)[市县区州盟旗]$/;
const PARTNER_REACH = 26;

/**
 * A site's banner (XX省人民政府门户网站, 欢迎访问XX市司法局网站, 中新网河南频道, 山东热线)
 * names the site, which may carry another body's news: a hint, not a subject.
 */
const BANNER = /网站|门户|官网|欢迎|频道|首页|热线/;
const BANNER_LINE_CHARS = 40;
/** Banners stand at a page's top. */
const BANNER_CHARS = 300;

function onBanner(text: string, at: number): boolean {
  const line = lineAt(text, at);
  return line.trim().length <= BANNER_LINE_CHARS && BANNER.test(line);
}

/**
 * A province named alone on its line, with another so named on the line before or after (北京市 / 天津市 / 河北省 …): an item
 * of a site's menu of places, none of them the text's own.
 */
function inPlaceMenu(text: string, at: number): boolean {
  const start = text.lastIndexOf("\n", at) + 1;
  const end = lineEndAfter(text, at - 1);
  if (!isLoneProvinceLine(text.slice(start, end))) return false;
  const before = start > 0 ? text.slice(text.lastIndexOf("\n", start - 2) + 1, start - 1) : "";
  const after = end < text.length ? text.slice(end + 1, lineEndAfter(text, end)) : "";
  return isLoneProvinceLine(before) || isLoneProvinceLine(after);
}

const LONE_PROVINCE_LINE = /^\s*([\u4e00-\u9fff]{2,3}?)(?:省|市|自治区|特别行政区)?\s*$/;

function isLoneProvinceLine(line: string): boolean {
  const name = LONE_PROVINCE_LINE.exec(line)?.[1];
  return name !== undefined && provinceByShortName(name) !== null;
}

/** The line of the text that holds position `at`. */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf("\n", at) + 1;
  const end = text.indexOf("\n", at);
  return text.slice(start, end === -1 ? text.length : end);
}

/** Does a sticky pattern match at `at`? */
function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

type BodyKind = "government" | "court" | "department" | "scope";

/** Which of the place's bodies follows its name, if any. */
const BODY_KINDS: ReadonlyArray<readonly [BodyKind, RegExp]> = [["government", GOVERNMENT], ["court", COURT], ["scope", SCOPE], ["department", DEPARTMENT]];

function bodyAfter(text: string, end: number): BodyKind | null {
  return bodyWordAfter(text, end)?.kind ?? null;
}

/** The body word after a name: its kind and where it ends. */
function bodyWordAfter(text: string, end: number): { kind: BodyKind; end: number } | null {
  for (const [kind, pattern] of BODY_KINDS) if (matchesAt(pattern, text, end)) return { kind, end: pattern.lastIndex };
  return null;
}

/**
 * An object's head noun after the body (…市委、市政府中心工作, …区委工作部署,
 * …省委部署, …市政府各部门, …市委领导, …市委党校教授): the body is what a verb acts on, not
 * a subject, and the word before its unit is that verb.
 */
const OBJECT_AFTER_BODY =
  /(?:的)?(?:工作|中心|重点|决策)?(?:部署|要求|精神|决策|工作|安排|指示|批示|意见|决定|文件|号召|规定|任务|目标|大局)[^，,。；;\n]{0,6}(?:[，,。；;、]|$)|(?:领导|各部门|部门|工作人员|干部|主要负责|负责同志|党校)/y;
/** …市委、市政府…: a second body of the same unit joined to the first. */
const SECOND_BODY = /、?[省市区县州]?(?:人民政府|政府|委)/y;

/** Does an object's head noun follow the body word (and any second body joined to it)? */
function objectAfter(text: string, bodyEnd: number): boolean {
  const end = matchesAt(SECOND_BODY, text, bodyEnd) ? SECOND_BODY.lastIndex : bodyEnd;
  return matchesAt(OBJECT_AFTER_BODY, text, end);
}

function atSentenceHead(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === undefined || SENTENCE_BREAK.test(before)) return true;
  if (!isHanChar(before)) return false;
  const from = Math.max(0, start - 24);
  return LEAD_IN.test((from === 0 ? "\n" : "") + text.slice(from, start));
}

/** What a subject may follow; a headline's dash opens its second part (普法助力民生——柳川市司法局…). */
const SENTENCE_BREAK = /[。！？!?；;，,：:\n“”"、()（）|\s【】丨—]/;


function introduced(text: string, start: number): boolean {
  const from = Math.max(0, start - 30);
  return INTRODUCED.test((from === 0 ? "\n" : "") + text.slice(from, start));
}

/** 本级 after a body: that body's own level of its whole (市政府本级, 省本级). */
const OWN_LEVEL_AFTER = /本级/y;

/** A district's branch of the bureau just named: 船山区分局 after 遂宁市公安局. */
const BRANCH_AFTER = /[\u4e00-\u9fff]{1,6}?[区县]分局/y;

/** Names inside 《…》 are in a document's title: they corroborate, they do not decide. */
function insideBookTitle(text: string, at: number): boolean {
  const from = Math.max(0, at - BOOK_TITLE_CHARS);
  for (let i = at - 1; i >= from; i--) {
    if (text[i] === "《") return true;
    if (text[i] === "》" || text[i] === "\n") return false;
  }
  return false;
}

/** How far back a 《 is looked for: a document's title is short. */
const BOOK_TITLE_CHARS = 60;

/**
 * 河南各级…, 江西高院, 2025年,湖北全面…: a province by its short name, found
 * by its first character; not one that a unit follows (吉林市, 西藏自治区,
 * 海南藏族自治州), whose unit reading is the place.
 */
/**
 * The short names by their first two characters' codes (黑龙 → 黑龙江), and a
 * table of their first characters: the lead is scanned once, by character
 * code, which a regex alternation or class of these names does several times
 * slower.
 */
const PROVINCE_BY_PAIR = new Map(PROVINCE_SHORT_NAMES.map((name) => [pairCode(name, 0), name]));
const PROVINCE_INITIAL = new Uint8Array(0x10000);
for (const name of PROVINCE_SHORT_NAMES) PROVINCE_INITIAL[name.charCodeAt(0)] = 1;

/** Two CJK characters as one small integer (a Map hashes those fastest), -1 for anything else. */
function pairCode(text: string, at: number): number {
  const first = text.charCodeAt(at) - 0x4e00;
  const second = text.charCodeAt(at + 1) - 0x4e00;
  return first >= 0 && first < 0x5200 && second >= 0 && second < 0x5200 ? first * 0x5200 + second : -1;
}
/**
 * What a bare name does not stand before: its own unit, 话 (四川话, a dialect), its peoples, 自治, 网 of a site's name (中国青海网), or the corps
 * named after it (新疆生产建设兵团: its 生产建设), which answers to no province.
 */
const NOT_BARE_AFTER = /^(?:[省市州县区话]|[\u4e00-\u9fff]{1,3}族|自治|网(?!格)|生产建设)/;
/** A gambling site's name that spam mirrors write over a page's place names (澳门皇冠_皇冠国际线上娱乐-体育*投注): no place's. */
const GAMBLING_AFTER = /^[^，。,;；\n]{0,16}?(?:娱乐|投注|博彩|彩票|赌场|葡京|百家乐|六合彩|棋牌)/;
const GAMBLING_REACH = 20;
/** A province in parentheses inside a company's name: 雪峰(北京)传媒有限公司, 某某(上海)科技股份有限公司. */
const COMPANY_SEAT_AFTER = /^\)[\u4e00-\u9fff]{0,12}?公司/;
const COMPANY_SEAT_CHARS = 16;
/** A firm's name run on after a province's short name (陕西明德律师事务所, 浙江某某科技有限公司). */
const FIRM_AFTER = /^[\u4e00-\u9fff]{1,8}?(?:律师事务所|会计师事务所|有限公司|有限责任公司|股份公司|集团)/;
const FIRM_CHARS = 16;
/**
 * A bare name before a scope, a court or a township's justice office (深圳全市两级法院, 成都各级…, 新圩司法所,
 * 兰州铁路运输中级法院: a railway court stands for the city it sits in), or in a
 * dateline (新华社昆明6月20日电, 本报成都讯): it names a place only when the
 * text writes that place in full too (深圳市…), or it is a province.
 */
const BARE_NAME_BEFORE = /全[省市区县]|各级|[两三]级法院|法院|高院|中院|铁路运输|司法所/g;
const BARE_NAME_START = /[，,。；;：:\s“"(（年]/;
/** News agencies whose name opens a dateline (新华网兰州8月24日电): no part of the place after them. */
const NEWS_AGENCIES = "新华社|中新社|中新网|人民网|新华网|央视网|光明网|中国新闻网|央广网";
const NEWS_AGENCY_START = new RegExp(`^(?:${NEWS_AGENCIES})`);
const DATELINE = new RegExp(String.raw`(?:${NEWS_AGENCIES}|本报)\s*([\u4e00-\u9fff]{2,4}?)\s*(?:\d{1,2}\s*月)?\d{1,2}\s*日\s*(?:电|讯)$|本报([\u4e00-\u9fff]{2,4}?)讯$`);
/** Where a dateline can end: DATELINE is tried only before these. */
const DATELINE_END = /[电讯]/g;

/** Provinces by their short names, and bare names the text completes elsewhere. */
function sightBareNames(lead: Lead, suffixed: readonly Sighting[]): Sighting[] {
  const text = lead.text;
  const sightings: Sighting[] = [];
  const starts = new Set(suffixed.map((sighting) => sighting.at));
  for (let at = 0; at < text.length - 1; at++) {
    if (!PROVINCE_INITIAL[text.charCodeAt(at)]) continue;
    const short = PROVINCE_BY_PAIR.get(pairCode(text, at));
    if (!short || !text.startsWith(short, at) || NOT_BARE_AFTER.test(text.slice(at + short.length, at + short.length + 5))) continue;
    if (GAMBLING_AFTER.test(text.slice(at + short.length, at + short.length + GAMBLING_REACH))) continue;
    // 雪峰(北京)传媒有限公司: a company's seat, written in its name
    if (text[at - 1] === "(" && COMPANY_SEAT_AFTER.test(text.slice(at + short.length, at + short.length + COMPANY_SEAT_CHARS))) continue;
    // 陕西明德律师事务所: a firm's name, no body of the place
    if (FIRM_AFTER.test(text.slice(at + short.length, at + short.length + FIRM_CHARS))) continue;
    const place = provinceByShortName(short)!;
    const end = at + short.length;
    // 甘肃张掖临泽: bare names after a province's, each written in full elsewhere (张掖市, 临泽县), are the place meant
    const chain = starts.has(end) ? null : bareChainAfter(text, end);
    // 浙江台州市: the province only says where the next place is.
    if (starts.has(end) || chain) sightings.push(mention(place, at));
    else sightings.push(sight(lead, place, at, end));
    if (chain) sightings.push(sight(lead, chain.place, at, chain.end));
  }
  for (const scope of text.matchAll(BARE_NAME_BEFORE)) {
    const bare = bareNameBefore(text, scope.index);
    const named = bare && !provinceByShortName(bare) ? (completedName(text, bare) ?? cityOfCourt(bare, scope[0])) : null;
    const found = named ? { place: named, at: scope.index - bare!.length } : scope[0] === "法院" ? districtCourtOfCity(text, scope.index) : null;
    if (!found) continue;
    // at a sentence's head (近年来,资阳中院紧紧围绕…) it is the subject, as a name with its unit would be
    const { place, at } = found;
    sightings.push({ place, at, weight: 2 + subjectWeight(atSentenceHead(text, at), at < lead.openingEnd), department: false });
  }
  for (const end of text.matchAll(DATELINE_END)) {
    const line = DATELINE.exec(text.slice(Math.max(0, end.index - 24), end.index + 1));
    const place = line ? completedName(text, (line[1] ?? line[2])!) : null;
    if (place) sightings.push({ place, at: end.index, weight: 1, department: false });
  }
  // a headline near the top opening on a bare name, then a colon or a year (广州:…; 广州2023年度…败诉率10.96%): its subject
  for (const line of text.slice(0, HEADLINE_REACH).matchAll(HEADLINE_BARE)) {
    const bare = line[1]!;
    const place = provinceByShortName(bare) ? null : completedName(text, bare);
    if (place) sightings.push({ place, at: line.index + line[0].length - bare.length, weight: 2 + subjectWeight(true, true), department: false });
  }
  return sightings;
}

const HEADLINE_BARE = /(?:^|\n)[ \t\u3000]*([\u4e00-\u9fff]{2,3}?)(?=[:：]|\d{4}\s*年)/g;
const HEADLINE_REACH = 400;

/**
 * 宜春—长沙市, 长沙市—宜春: one end of a route or a pairing of two places, neither of them the text's own body; not a
 * headline's double dash before its subject (普法助力民生——柳川市司法局…). A slash parts a site's categories
 * (浙江/杭州), which say where a page is filed, not whose figures it holds.
 */
const PAIRING_SEPARATOR = /[—–－/-]/;

function pairedBySeparator(text: string, start: number, end: number): boolean {
  const single = (at: number, next: number): boolean => PAIRING_SEPARATOR.test(text[at] ?? "") && !PAIRING_SEPARATOR.test(text[next] ?? "");
  return single(start - 1, start - 2) || single(end, end + 1);
}

/** 在北京举行, 在上海召开: the place a meeting or an event was held. */
const HELD_AFTER = /^(?:隆重|正式)?(?:举行|召开|举办|开幕|闭幕)/;

function heldAt(text: string, start: number, end: number): boolean {
  return text[start - 1] === "在" && HELD_AFTER.test(text.slice(end, end + 4));
}

/**
 * Bare names run on after a province's (张掖临泽 of 甘肃张掖临泽), each of two to four characters and each
 * written in full elsewhere in the text: the place they name together (张掖市临泽县), and where the run ends.
 */
function bareChainAfter(text: string, from: number): { place: Place; end: number } | null {
  const names: string[] = [];
  let at = from;
  while (names.length < MAX_BARE_CHAIN) {
    const next = completedAt(text, at);
    if (!next) break;
    names.push(next.place.name);
    at += next.length;
  }
  const place = names.length ? (parsePlace(names.join("")) ?? parsePlace(names[names.length - 1]!)) : null;
  return place ? { place, end: at } : null;
}

const MAX_BARE_CHAIN = 3;
const BARE_NAME_LENGTHS = [4, 2, 3];

/** Whether a longer bare name begins with a province's short name (浙江台州 of 浙江台州市): two names, not one. */
function opensOnProvince(bare: string): boolean {
  return [2, 3].some((length) => length < bare.length && provinceByShortName(bare.slice(0, length)) !== null);
}

/**
 * The bare name of two to four characters at `at` that the text writes in full elsewhere with a unit (张掖 → 张掖市), no
 * province's. Four first, so a name is not cut to another's it begins with (巴彦淖尔, not 巴彦 of 巴彦县); then two before
 * three, which may take the next name's first character (柳川青 of 柳川青州, completed by 州).
 */
function completedAt(text: string, at: number): { place: Place; length: number } | null {
  for (const length of BARE_NAME_LENGTHS) {
    const bare = text.slice(at, at + length);
    if (!/^[\u4e00-\u9fff]+$/.test(bare) || provinceByShortName(bare) || opensOnProvince(bare)) continue;
    const place = completedName(text, bare);
    if (place) return { place, length };
  }
  return null;
}

/** The two to four Han characters between a clause's start and `end` (深圳 of 去年深圳全市…). */
function bareNameBefore(text: string, end: number): string | null {
  for (let start = end - 1; start >= 0 && end - start <= 4; start--) {
    if (!isHanChar(text[start])) return null;
    if (end - start >= 2 && bareNameMayStart(text, start)) {
      return text.slice(start, end);
    }
  }
  return null;
}

/**
 * A district's or county's court by its bare name after its city's (福州鼓楼法院, 柳州鱼峰法院, 北京朝阳法院): the
 * district of that city, though other cities have one of that name too. Both bare names must be the gazetteer's, the city's of one
 * city only; the court then stands at the head of its clause.
 */
function districtCourtOfCity(text: string, court: number): { place: Place; at: number } | null {
  for (let cityLength = 2; cityLength <= MAX_BARE_CITY; cityLength++) {
    for (let districtLength = 2; districtLength <= MAX_BARE_DISTRICT; districtLength++) {
      const at = court - districtLength - cityLength;
      if (at < 0 || !bareNameMayStart(text, at)) continue;
      const cityBare = text.slice(at, at + cityLength);
      const city = divisionOfBare(cityBare) ?? provinceByShortName(cityBare)?.name;
      const district = COUNTY_UNITS.map((unit) => text.slice(at + cityLength, court) + unit).find(isDivisionName);
      const place = city?.endsWith("市") && district ? parsePlace(city + district, true) : null;
      if (place) return { place, at };
    }
  }
  return null;
}

const MAX_BARE_CITY = 3;
const MAX_BARE_DISTRICT = 3;
/** The units of a city's county-level divisions, in the order a bare name is most often read. */
const COUNTY_UNITS = ["区", "县", "市"];

/** A verb that reports on the courts named after it (通报株洲法院…, 发布株洲法院…白皮书): the bare name starts after it. */
const REPORTING_VERB_BEFORE = /(?:通报|发布|公布)$/;

/** Whether a bare name may start at `at`: the text's start, after a clause's punctuation or a year, or after a reporting verb. */
function bareNameMayStart(text: string, at: number): boolean {
  return at === 0 || BARE_NAME_START.test(text[at - 1]!) || REPORTING_VERB_BEFORE.test(text.slice(Math.max(0, at - 2), at));
}

/** The unit that completes a bare name, an autonomous one's peoples too (昌江 → 昌江黎族自治县). */
const COMPLETING_UNIT = /^(?:新区|市|县|区|州|盟|旗|镇|乡|街道|[\u4e00-\u9fff]{1,8}?族自治[州县旗])/;
const AUTONOMOUS_UNIT_CHARS = 12;

/**
 * A bare name as the text writes it in full (成都 → 成都市, 雄安 → 雄安新区), or a province (河南 → 河南省); where the
 * text never does, the one division the gazetteer knows by it (株洲 → 株洲市; not 朝阳, a city's, a district's and a county's).
 */
function completedName(text: string, bare: string): Place | null {
  const province = provinceByShortName(bare);
  if (province) return province;
  // 纳入全区…纳入区委: a verb before a scope, whatever unit follows it elsewhere
  if (holdsNonNameWord(bare)) return null;
  for (let at = text.indexOf(bare); at !== -1; at = text.indexOf(bare, at + 1)) {
    const unit = COMPLETING_UNIT.exec(text.slice(at + bare.length, at + bare.length + AUTONOMOUS_UNIT_CHARS));
    // 实施乡村: the unit's character begins another word
    const place = unit && !unitBeginsWord(text, at + bare.length + unit[0].length) ? parsePlace(bare + unit[0]) : null;
    if (place) return place;
  }
  const division = divisionOfBare(bare);
  return division ? parsePlace(division, true) : null;
}

/**
 * An intermediate court (太原中院) and a railway court (安康铁路运输法院) sit in
 * a city, and a city's courts are of two levels (黄冈两级法院): where the text
 * never writes the city in full, its bare name with 市 names it (not 北京一中院,
 * a numbered court, nor 西铁中院, a railway court's short name).
 */
const CITY_COURT = /^(?:中院|铁路运输|[两三]级法院)$/;

function cityOfCourt(bare: string, court: string): Place | null {
  return CITY_COURT.test(court) && !/[一二三四五六七八九十铁]$/.test(bare) && bare !== CORPS_BARE ? parsePlace(bare + "市") : null;
}

/** The corps by its bare name (兵团三级法院), no city's. */
const CORPS_BARE = "兵团";

/**
 * A city paper's reporter credited at the top ((潍坊日报社全媒体记者 …), (云浮融媒记者 …)), or the paper named as
 * the page's source (来源:太仓日报, 来源:通山县融媒体中心 with its unit), in a text that calls itself 我市 or 市…: the paper's city. Not a national
 * paper's (法治日报记者), nor a province's.
 */
const LOCAL_PRESS = /(?:^|[(（\s】])([\u4e00-\u9fff]{2,3}?)(?:日报社?|晚报|都市报|融媒体?(?:中心)?|广播电视台|新闻网)(?:全媒体|融媒体?)?记者/;
/** A local site's or paper's dateline credit: 中国宁波网讯, 宁波日报讯, 宁波网讯, the day between too (宁波新闻网3月28日讯). */
const LOCAL_DATELINE = /(?:^|[(（\s】])(?:中国)?([\u4e00-\u9fff]{2,3}?)(?:日报|晚报|都市报|新闻网|网)(?:\d{1,2}月\d{1,2}日)?讯/;
// the newsroom after the paper (益阳日报全媒体) and a byline run on after it (…全媒体作者:…) still end its name
const PRESS_SOURCE = /来源\s*[:：]\s*(?:今日(?=[\u4e00-\u9fff]{2,3}(?:\s|$)))?([\u4e00-\u9fff]{2,3}?)(?:[市县](?=融媒|广播))?(?:日报|晚报|都市报|融媒体?(?:中心)?|广播电视台|新闻网|(?<=今日[\u4e00-\u9fff]{2,3}))(?:全媒体|融媒体?)?(?=\s|$|作者|(?:责任)?编辑)/m;
const NATIONAL_PRESS_STEM = /^(?:人民|法治|法制|工人|经济|光明|农民|科技|中国|健康|检察|妇女|青年|新华|中新|央视|长安)$/;

function sightLocalPress(lead: string, head: string, self: SelfReference | null): Sighting[] {
  const unit = self?.unit;
  if (unit !== "市" && unit !== "县") return [];
  const opening = lead.slice(0, OPENING_CHARS);
  const credit = LOCAL_PRESS.exec(opening) ?? LOCAL_DATELINE.exec(opening);
  // a source label stands in the furniture, after the lead as the page's own body does
  const paper = credit ?? PRESS_SOURCE.exec(head);
  if (!paper || NATIONAL_PRESS_STEM.test(paper[1]!)) return [];
  const name = paper[1]! + unit;
  const place = pressPlace(paper[1]!, name, unit) ? parsePlace(name) : null;
  return place ? [{ place, at: credit ? credit.index : LEAD_CHARS, weight: 1, department: false }] : [];
}

/**
 * Whether a paper's stem names its place: a city's by its shape, but for a province's short name; a county's (宁海新闻网讯,
 * 来源:今日宁海 in a text that says 我县) only as one the gazetteer knows.
 */
function pressPlace(stem: string, name: string, unit: "市" | "县"): boolean {
  return unit === "市" ? !provinceByShortName(stem) : isDivisionName(name);
}

/** 来源:相山区司法局, 发布人:…, 主办单位:… (a table's cell may drop the colon: 主办单位黄石市商务局): the page's own body. */
const FURNITURE_BODY = /(?:(?:来源|主办|发布人)\s*[:：|]|主办单位\s*[:：|]?)\s*\|?\s*([\u4e00-\u9fff]{3,24})/g;
/** 发布机构:浦江县人民政府办公室, 发文机关:…: the body that issued the page, its author, a department at that level where it is one. */
const ISSUER_BODY = /(?:发布机构|发布单位|发文机关)\s*[:：|]?\s*\|?\s*([\u4e00-\u9fff]{3,24})/g;

/** The body that contributed a news item, credited in parentheses: (柳岸县司法局供稿). */
const CONTRIBUTED_BY = /[(（]\s*([\u4e00-\u9fff]{3,24}?)\s*供稿\s*[)）]/g;

/** Whom a disclosure report's readers are to ask: 如对本年度报告有疑问,请与兴安盟生态环境局办公室联系, 请联系吴起县政府政务服务中心. */
const CONTACT_BODY = /(?:疑问|问题|意见)[^。\n]{0,8}?请(?:(?:与|向)([\u4e00-\u9fff]{3,24}?)(?:联系|咨询)|(?:联系|咨询)([\u4e00-\u9fff]{3,24}?)(?=[。,，;；(（]|$))/g;

/** A report's author, as a disclosure report names it: 本年度报告…由杭州市上城区司法局编制. */
const AUTHOR_BODY = /由([\u4e00-\u9fff]{3,24}?)(?:负责)?编制/g;
/** A disclosure report's opening on its own body's work: 为认真做好柳川市医疗保障局政府信息公开工作,我局…; not a notice's (关于做好…). */
const DISCLOSING_BODY = /为(?:认真|进一步|全面|切实)?(?:做好|推进|加强)([\u4e00-\u9fff]{3,24}?)的?政府信息公开工作/g;
/** A bulletin's masthead: 法院信息 元氏县人民法院研究室编印. */
const MASTHEAD_BODY = /([\u4e00-\u9fff]{3,24}?)编印/g;

/**
 * The page's own body where the page names it: a furniture label, a contributor's credit, a disclosure report's author, contact or opening,
 * a bulletin's masthead, whose report 现将…如下 announces, the signature at its end.
 */
function sightOwnBody(text: string): Sighting[] {
  const sightings: Sighting[] = [];
  const parts = text.length > 2 * FURNITURE_CHARS ? [text.slice(0, FURNITURE_CHARS), text.slice(-FURNITURE_CHARS)] : [text];
  for (const part of parts) {
    for (const match of part.matchAll(FURNITURE_BODY)) sightings.push(...sightBody(match[1]!, false));
    for (const match of part.matchAll(ISSUER_BODY)) sightings.push(...sightBody(match[1]!, true));
    if (part.includes("供稿")) for (const match of part.matchAll(CONTRIBUTED_BY)) sightings.push(...sightBody(match[1]!, true));
    if (part.includes("联系") || part.includes("咨询")) for (const match of part.matchAll(CONTACT_BODY)) sightings.push(...sightBody((match[1] ?? match[2])!, true));
  }
  const head = text.slice(0, FURNITURE_CHARS);
  for (const match of head.matchAll(AUTHOR_BODY)) sightings.push(...sightBody(match[1]!, true));
  if (head.includes("政府信息公开工作")) for (const match of head.matchAll(DISCLOSING_BODY)) sightings.push(...sightBody(match[1]!, true));
  // the pattern opens on any Han character: looked for only where its word stands
  if (head.includes("编印")) for (const match of head.matchAll(MASTHEAD_BODY)) sightings.push(...sightBody(match[1]!, false));
  for (const match of head.matchAll(REPORTED_BY)) sightings.push(...sightReporter((match[1] ?? match[2])!));
  for (const match of head.matchAll(ASSEMBLY_DATELINE)) sightings.push(...sightReporter(match[1]!));
  const signature = SIGNATURE.exec(text.slice(-SIGNATURE_CHARS));
  if (signature) sightings.push(...sightBody(signature[1]!, true));
  return sightings;
}

/** A report signed at its end: its body's name on a line of its own, then the date (柳岸县司法局\n2024年1月15日). */
const SIGNATURE = /(?:^|\n)[ \t\u3000]*([\u4e00-\u9fff]{3,24}?(?:人民政府|政府|局|办公室|委员会|管委会|办事处|法院))[ \t\u3000]*\n[ \t\u3000]*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/;
const SIGNATURE_CHARS = 120;

/**
 * A report's dateline before its own place's assembly (2025年12月30日在开封市第十六届人民代表大会
 * 常务委员会…会议上): a government or a committee reports to the assembly of its place.
 */
const ASSEMBLY_DATELINE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在([\u4e00-\u9fff]{2,16}?)(?:第[一二三四五六七八九十]{1,3}届)?(?:人民代表大会|人大|政治协商会议|政协)/g;

/**
 * Whose report a 现将…报告如下 (or …报告予以公开) or 现公开…报告 announces: 现将柳坪乡2024年度法治政府建设工作总结如下,
 * 现将青禾镇人民政府2023年…汇报如下 (not 东岭法院, a court named bare), 现公开, 现公布 or 现特向社会公布柳川市人民政府办公室2021年…年度报告,
 * 现向社会公开《桃源市人民政府2023年度…年度报告》, 按要求编制了东岭市青禾区水务局2023年…年度报告.
 */
const REPORTED_BY =
  /现将([\u4e00-\u9fff]{2,24}?)(?=\d{4}\s*年|法治|依法|行政|工作)[^。\n]{0,40}?(?:报告|总结|汇报)(?:如下|(?:予以|向社会)(?:公开|公布|发布))|(?:现特?(?:向社会)?(?:予以)?(?:公开|公布)|编制了?)《?([\u4e00-\u9fff]{2,24}?)(?=\d{4}\s*年)[^。\n]{0,30}?报告/g;

function sightReporter(named: string): Sighting[] {
  const place = parsePlace(named);
  return place ? [{ place, at: LEAD_CHARS, weight: 2, department: false }] : sightBody(named, true);
}

/** A government's office abbreviated (黄岩区府办), as a page's label writes it. */
const OFFICE_SHORT = /([区县市])府办$/;

/** The places a body's name begins with (相山区 of 相山区司法局), each where a body follows it; an author that is an office is a department. */
function sightBody(credited: string, author: boolean): Sighting[] {
  // 黄岩区府办 in a label is the government's office, abbreviated (in running text 会同县府办做好… may be a verb's)
  const named = credited.replace(OFFICE_SHORT, "$1政府办公室");
  const sightings: Sighting[] = [];
  const places = sightPlaces(new Lead(named));
  for (const place of places) {
    // 柳川市 of 柳川市桃源区房管局 only says where the next place is
    const end = place.at + place.place.name.length;
    if (places.some((other) => other.at === end || (other.at === place.at && other.place.name.length > place.place.name.length))) continue;
    const body = bodyAfter(named, end);
    // a place named alone (来源: 胡家园街道) is its government
    const alone = place.at === 0 && place.place.name.length === named.length;
    if (body || alone) sightings.push({ ...place, at: LEAD_CHARS, weight: 2, department: author && body === "department" });
  }
  return sightings;
}

// ---------------------------------------------------------------- the choice

interface Candidate {
  readonly place: Place;
  readonly score: number;
  readonly first: number;
  readonly department: boolean;
}

/**
 * The place whose figures these are. Where the text calls itself by a unit
 * (我市, 本县), only a place of that unit qualifies; where it only speaks of
 * a whole (全区, 省司法厅…), which may be a superior's, a place of that unit is
 * preferred. Among them the one the text names most strongly, and if none is
 * named strongly, the one of that unit it mentions most (at least twice).
 */
function choosePlace(lead: Lead, sightings: readonly Sighting[], self: SelfReference | null): Candidate | null {
  const candidates = mergeCandidates(sightings);
  const fitting = self ? candidates.filter((candidate) => candidate.place.self === self.unit) : candidates;
  const strong = dominant(candidates, fitting, self) ?? openingSubject(lead.text, candidates, self) ?? strongest(fitting) ?? (self && !self.firstPerson ? outweighing(candidates, self.weight) : null);
  if (strong) return trimmed(lead, strong);
  if (!self) return topic(lead, candidates);
  const mentioned = fitting
    .map((candidate) => ({ candidate, ownTitle: issuesOwnTitle(lead.text, candidate) }))
    .filter(({ candidate, ownTitle }) => candidate.score > 0 || ownTitle || !onlyBeforeBodies(lead.text, candidate.place))
    .map(({ candidate, ownTitle }) => ({ candidate, ownTitle, mentions: Math.max(lead.count(candidate.place.stem), lead.count(lastStem(candidate.place))) - namedAsLevelAbove(lead.text, candidate.place.stem) }))
    .filter(
      ({ candidate, ownTitle, mentions }) =>
        mentions >= 2 || candidate.score > 0 || ownTitle || onlyProvince(fitting, candidate) || onlyCountyTitled(lead.text, fitting, candidate) || onlyPlaceOfSubjectTown(candidates, fitting, candidate),
    )
    .sort((a, b) => b.mentions - a.mentions || a.candidate.first - b.candidate.first)[0];
  return mentioned ? trimmed(lead, mentioned.candidate) : null;
}

/**
 * How often a place is named right after a province in a list of levels (落实国务院、山西省、临汾市下放的事项, 按照山西省、临汾市部署):
 * the levels above the text's own body, no mention of its own place.
 */
function namedAsLevelAbove(text: string, stem: string): number {
  return [...positionsOf(text, stem)].filter((at) => AFTER_PROVINCE_IN_LIST.test(text.slice(Math.max(0, at - 2), at))).length;
}

const AFTER_PROVINCE_IN_LIST = /省[、和及与]$/;

/**
 * The stem of a chain's last unit (雁塔 of 西安市雁塔区), the unit the text calls itself by, which it also writes bare
 * (中国式现代化雁塔实践); a single unit's own stem.
 */
function lastStem(place: Place): string {
  const end = place.name.length - place.self.length;
  // a stem of two characters at least: no unit's end stands right before the last unit (市辖区 is no chain)
  for (let at = end - 3; at >= place.stem.length; at--) if (isUnitEnd(place.name[at]!)) return place.name.slice(at + 1, end);
  return place.stem;
}

/**
 * A text with no self-reference that names one place over and over (常德 …
 * 常德 … 常德市) and no other place twice is about that place; not where it names it only in the titles of documents it
 * carries out (《法治湖南建设规划》《湖南省…实施方案》), a superior's.
 */
function topic(lead: Lead, candidates: readonly Candidate[]): Candidate | null {
  const mentions = candidates.map((candidate) => ({ candidate, mentions: lead.count(candidate.place.stem) })).sort((a, b) => b.mentions - a.mentions);
  const [first, second] = mentions;
  if (!first || first.mentions < 3 || (second && second.mentions >= 2 && second.candidate.place.stem !== first.candidate.place.stem)) return null;
  return onlyInBookTitles(lead.text, first.candidate.place.stem) ? null : trimmed(lead, first.candidate);
}

/** Whether every time the text names `word` it does so inside a document's title (《…》). */
function onlyInBookTitles(text: string, word: string): boolean {
  return [...positionsOf(text, word)].every((at) => insideBookTitle(text, at));
}

/**
 * A place of the text's own unit that opens the title of a document the text
 * says was issued, its year and a 关于 with its verb aside (我市…发布《2020年度柳川市…情况通报》,
 * 我局…制定《关于做好2021年柳川区…的通知》, 区政府…出台《关于印发柳川区人民政府…规则的通知》), is
 * the body whose document it is: the text's own, named once. A document
 * carried out (贯彻《…市…方案》) may be a superior's.
 */
function issuesOwnTitle(text: string, candidate: Candidate): boolean {
  return ISSUED_TITLE_OPENING.test(text.slice(Math.max(0, candidate.first - ISSUED_TITLE_REACH), candidate.first));
}

const ISSUED_TITLE_OPENING = /(?:发布|印发|出台|制定|编制|公布)了?\s*《\s*(?:关于(?:进一步)?(?:做好|开展|加强|推进|实施|落实|规范|调整|印发|发布|公布)?)?\s*(?:\d{4}\s*年度?)?$/;
const ISSUED_TITLE_REACH = 22;

/**
 * The place that opens a line as the subject of the year's work (2020年,四平市坚持…), where the text speaks of a whole of
 * another unit it does not call its own (省委…批示, 要求全省学习借鉴四平做法): the text's own place, the whole its superior's.
 */
function openingSubject(text: string, candidates: readonly Candidate[], self: SelfReference | null): Candidate | null {
  if (!self || self.firstPerson) return null;
  const opens = (candidate: Candidate): boolean => {
    const { first } = candidate;
    const end = first + candidate.place.name.length;
    const lineStart = text.lastIndexOf("\n", first - 1) + 1;
    return text.startsWith(candidate.place.name, first) && OPENING_SUBJECT_BEFORE.test(text.slice(lineStart, first)) && OPENING_SUBJECT_AFTER.test(text.slice(end, end + 8));
  };
  return candidates.find((candidate) => candidate.place.self !== self.unit && candidate.first < OPENING_SUBJECT_REACH && opens(candidate)) ?? null;
}

const OPENING_SUBJECT_BEFORE = /^\s*(?:\d{4}\s*年度?(?:以来)?\s*[,，]\s*)?$/;
const OPENING_SUBJECT_AFTER = new RegExp(`^(?:${YEAR_WORK_OPENING})`);
const OPENING_SUBJECT_REACH = 600;

/**
 * A body named as the subject far more strongly than any of the unit the text speaks of (渝中区司法局… five times over,
 * 全市 of a reform the city carried out once): the text's own, the whole it spoke of its superior's.
 */
function dominant(candidates: readonly Candidate[], fitting: readonly Candidate[], self: SelfReference | null): Candidate | null {
  if (!self || self.firstPerson) return null;
  const best = strongest(candidates);
  const rival = strongest(fitting)?.score ?? 0;
  return best && best.place.self !== self.unit && best.score >= DOMINANCE * Math.max(rival, self.weight, 1) ? best : null;
}

const DOMINANCE = 4;

/** A body named more strongly than the text speaks of a whole (全区…) it may only belong to. */
function outweighing(candidates: readonly Candidate[], weight: number): Candidate | null {
  const best = strongest(candidates);
  return best && best.score > weight ? best : null;
}

function strongest(candidates: readonly Candidate[]): Candidate | null {
  return candidates.filter((candidate) => candidate.score >= 2).sort(byScore)[0] ?? null;
}

/**
 * A name the text writes only before a body's word (规范市政府…, 规范市政府…)
 * may be a verb before an unnamed body: it is no name to resolve 我市 to. One
 * that opens a document's title (《濮阳县人民政府关于…》) is that document's
 * issuer, and one after 中共 (中共绥滨县委) its party committee's place: never a verb.
 */
function onlyBeforeBodies(text: string, place: Place): boolean {
  for (let at = text.indexOf(place.stem); at !== -1; at = text.indexOf(place.stem, at + 1)) {
    if (!text.startsWith(place.name, at) || bodyAfter(text, at + place.name.length) === null || NAME_OPENER_BEFORE.test(text.slice(Math.max(0, at - 2), at))) return false;
  }
  return true;
}

/** What stands before a name and never before a verb: a title's 《, the party's 中共. */
const NAME_OPENER_BEFORE = /(?:《|中共)$/;

/**
 * A text that speaks of its own province (全省, 自治区司法厅…) and mentions one
 * province only, once (爱广西 App), is about that province: there are few, and
 * a text seldom names another without naming its own.
 */
function onlyProvince(fitting: readonly Candidate[], candidate: Candidate): boolean {
  return candidate.place.level === "province" && fitting.length === 1;
}

/**
 * A county is never a county's superior: the one county a text calling itself 我县 names, even once in a
 * document's title it carries out (以《宣汉县…实施方案》为基础), is its own. Not so a city (a county-level
 * city's 我市 may carry out its prefecture's 《…市…方案》).
 */
function onlyCountyTitled(text: string, fitting: readonly Candidate[], candidate: Candidate): boolean {
  return (candidate.place.self === "县" || candidate.place.self === "旗") && fitting.length === 1 && insideBookTitle(text, candidate.first);
}

/**
 * The one place of the text's unit it names, named as the chain of a town that heads a sentence (如5月6日,柳溪县青石镇
 * 叶某…), where it works on the ground: its own, though named once.
 */
function onlyPlaceOfSubjectTown(candidates: readonly Candidate[], fitting: readonly Candidate[], candidate: Candidate): boolean {
  const { name } = candidate.place;
  return fitting.length === 1 && candidates.some((other) => other.score > 0 && other.place.level === "township" && other.place.name.startsWith(name) && other.place.name !== name);
}

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.first - b.first;
}

/**
 * One candidate per place. A name that another one ends with (南海区 of
 * 佛山市南海区) is the same place, written less fully: the fuller name takes
 * both names' evidence.
 */
function mergeCandidates(sightings: readonly Sighting[]): Candidate[] {
  const byName = new Map<string, Candidate>();
  for (const sighting of sightings) {
    const known = byName.get(sighting.place.name);
    byName.set(sighting.place.name, {
      place: sighting.place,
      score: (known?.score ?? 0) + sighting.weight,
      first: Math.min(known?.first ?? Infinity, sighting.at),
      department: (known?.department ?? false) || sighting.department,
    });
  }
  const candidates = [...byName.values()];
  return candidates
    .filter((shorter) => !candidates.some((fuller) => fuller !== shorter && fuller.place.name.endsWith(shorter.place.name) && isChain(fuller.place, shorter.place)))
    .map((fuller) => {
      const parts = candidates.filter((shorter) => shorter !== fuller && fuller.place.name.endsWith(shorter.place.name) && isChain(fuller.place, shorter.place));
      return parts.reduce(
        (sum, part) => ({ ...sum, score: sum.score + part.score, first: Math.min(sum.first, part.first), department: sum.department || part.department }),
        fuller,
      );
    });
}

/** 佛山市南海区 is 南海区 with its city; 实力攸县 is not 攸县 with anything. */
function isChain(fuller: Place, shorter: Place): boolean {
  const prefix = fuller.name.slice(0, fuller.name.length - shorter.name.length);
  return parsePlace(prefix) !== null;
}

/**
 * A name read with a word stuck to its front (推进鞍山市, 实力攸县) is cut back
 * to the name the text writes more often without it (鞍山, 攸县).
 */
function trimmed(lead: Lead, candidate: Candidate): Candidate {
  const { place } = candidate;
  if (provinceByShortName(place.stem) || !place.name.startsWith(place.stem)) return candidate;
  const tail = place.name.slice(place.stem.length);
  const own = lead.count(place.stem);
  for (let cut = 1; cut < place.stem.length; cut++) {
    const stem = place.stem.slice(cut);
    const shorter = parsePlace(stem + tail);
    if (!shorter) continue;
    // a one-character stem (攸县) must be written at least twice more: one more may be another place ending alike (临川县、柳川县)
    const mentions = stem.length >= 2 ? lead.count(stem) : lead.count(stem + tail) - 1;
    if (mentions > own) return { ...candidate, place: shorter };
  }
  return candidate;
}

/**
 * How a text refers to itself: 我市/本县 weigh most, then 全省/该区, then an
 * unnamed body at a sentence's head (市司法局…, 自治区高级人民法院…).
 * Comparisons (全省第一, 全市率先, 全市降幅最大, 在全市27个部门中排名第1, 在全省…比武活动中荣获一等奖), contests
 * (荣获2023年度全省行政应诉案卷评查二等奖, 在全省2021年…专项评查中获得优秀), honours won (获全省数字化改革最佳应用, 荣获…全省…优秀单位) and meetings
 * (在全省数改例会上, 全省法律援助工作推进会) are about others;
 * so is a system or platform the whole runs (上报全省执法队伍管理系统, 全省行政复议平台), whoever feeds it, and the whole a sample
 * was drawn from (从全省各地市州随机抽选的20件…卷宗).
 */
const SELF_WORD =
  /(?<!获|入选|从)([全我本该])(省|市|区|县|州|旗|盟|镇|乡|街道)(?!长|委|级|域|第|率先|首|前列|唯一|排名|范围|之|[\u4e00-\u9fff]{0,4}?最|[\u4e00-\u9fff]{0,6}?(?:竞赛|评比|评查|评选|考核|表彰|通报|会议|大会|例会|推进会|现场会|座谈会|先进|示范|推广)|[^，,。；;]{0,24}?(?:排名|排第|名列|位列|位居|荣获|获评)|(?<=全[省市区县州])(?:[^，,。；;]{0,24}?(?:竞赛|评比|评查|评选|考核|比武)中|[^，,。；;“”"]{0,12}?(?:(?:管理|信息|办案|监督|服务|网络|数据)系统|平台)(?!建设)))/g;
/**
 * A lower unit listed right after the one a self word names (我市、区关于…的部署): a district's body speaking of its city and
 * itself; not levels taken together (我市、县两级法院, 我市、区、镇三级), which the higher one speaks of.
 */
const LISTED_AFTER_SELF = /^、(区|县|旗|镇|乡|街道)(?![、两三四各]|[\u4e00-\u9fff]{0,2}(?:政府|委))/;
/** A place named by itself to open a clause (在长沙,) right before 该市, which then speaks of it. */
const NAMED_JUST_BEFORE = /在[\u4e00-\u9fff]{2,6}[,，]\s*$/;
const NAMED_JUST_BEFORE_REACH = 12;
/** How far back in its sentence 该乡 looks for the township it points to. */
const POINTED_BACK_REACH = 30;

/**
 * Whether 该 + unit at `at` points back to a place of that unit just named (在长沙,该市…), or named in its sentence
 * (…联合溪丘湾乡人民政府,在该乡…).
 */
function pointsBack(lead: string, at: number, unit: string, sightings: readonly Sighting[]): boolean {
  if (NAMED_JUST_BEFORE.test(lead.slice(Math.max(0, at - NAMED_JUST_BEFORE_REACH), at))) return true;
  const sentenceStart = at - SENTENCE_TAIL.exec(lead.slice(Math.max(0, at - POINTED_BACK_REACH), at))![0].length;
  if (sightings.some((sighting) => sighting.place.self === unit && sighting.at >= sentenceStart && sighting.at < at)) return true;
  // a partner's government is no sighting (联合溪丘湾乡人民政府): its name is read here
  for (const government of lead.slice(sentenceStart, at).matchAll(UNIT_GOVERNMENT)) if (government[1] === unit) return true;
  return false;
}

/** The words since the last sentence's end. */
const SENTENCE_TAIL = /[^。！？；;\n]*$/;
/** A place's government by its unit (溪丘湾乡人民政府). */
const UNIT_GOVERNMENT = /[\u4e00-\u9fff]{2}(街道|[省市区县州旗盟镇乡])(?:人民政府|政府|党委)/g;
/** An honour or a selection the sentence names before a body (入选…, 荣获…): the body is the one that gave it. */
const HONOURED_BEFORE = /(?:入选|获评|荣获|被评为|被确定为|被命名为|被授予)[^。；;！？!?\n]*$/;
const HONOURED_REACH = 60;
/** A body named by its unit alone (市政府, 县司法局, 市人大常委会, 区法院): the text's own unit speaking. */
const UNNAMED_BODY = /(?<![\u4e00-\u9fff])(自治区|省|市|区|县|州|旗)(?=委|党委|政府|人民政府|人大|[\u4e00-\u9fff]{0,6}?(?:局|厅)|高级人民法院|中级人民法院|法院|[两三]级法院|中院|高院)/g;

/** Bodies under whose guidance the text's own body worked (在县委、县政府的精心指导下,本人…全镇…): its superiors, or its own place's. */
const GUIDANCE_OPENED = /在[^,，。；;]{0,12}$/;
const UNDER_GUIDANCE = String.raw`(?:领导|指导|关心|支持)下`;
const GUIDANCE_CLOSED = new RegExp(String.raw`^[^,，。；;]{0,16}?${UNDER_GUIDANCE}`);
const GUIDANCE_REACH = 20;

function underGuidanceOf(lead: string, at: number): boolean {
  return GUIDANCE_OPENED.test(lead.slice(Math.max(0, at - GUIDANCE_REACH), at)) && GUIDANCE_CLOSED.test(lead.slice(at, at + GUIDANCE_REACH));
}

/** The unit an unnamed body's level word names: 自治区 is spoken of as 区. */
function unitOfBody(level: string): UnitChar {
  return level === "自治区" ? "区" : (level as UnitChar);
}

interface SelfReference {
  readonly unit: UnitChar;
  /** 我市, 本县, 该区: the text speaks as (or of) that place itself. */
  readonly firstPerson: boolean;
  readonly weight: number;
}

/**
 * The units of places named as the subject right after the bodies they worked under (在东岭市委、市政府的正确领导下,东岭高新区以…):
 * the text speaks of that place as its own, and the bodies before it are its superiors.
 */
function guidedSubjectUnits(lead: string, sightings: readonly Sighting[]): Set<UnitChar> {
  return new Set(sightings.filter((sighting) => GUIDANCE_ENDED.test(lead.slice(Math.max(0, sighting.at - GUIDANCE_END_REACH), sighting.at))).map((sighting) => sighting.place.self));
}

const GUIDANCE_ENDED = new RegExp(String.raw`${UNDER_GUIDANCE}\s*[,，]\s*$`);
const GUIDANCE_END_REACH = 8;

function selfReference(lead: string, departmentLead: UnitChar | null, sightings: readonly Sighting[]): SelfReference | null {
  const guidedUnits = guidedSubjectUnits(lead, sightings);
  const weights = new Map<UnitChar, number>();
  const firstPerson = new Set<UnitChar>();
  const add = (unit: UnitChar, weight: number): void => void weights.set(unit, (weights.get(unit) ?? 0) + weight);
  for (const match of lead.matchAll(SELF_WORD)) {
    // 在长沙,该市…, …联合溪丘湾乡人民政府,在该乡…: the place just named, not the text's own
    if (match[1] === "该" && pointsBack(lead, match.index, match[2]!, sightings)) continue;
    // an honour won, the whole that gave it named after it (…司法局荣获2018年度全省…优秀单位): the wider place's, not the text's own
    if (match[1] === "全" && HONOURED_BEFORE.test(lead.slice(Math.max(0, match.index - HONOURED_REACH), match.index))) continue;
    const unit = (LISTED_AFTER_SELF.exec(lead.slice(match.index + match[0].length))?.[1] ?? match[2]) as UnitChar;
    const pointing = match[1] !== "全";
    add(unit, pointing ? 2 : 1);
    if (pointing) firstPerson.add(unit);
  }
  const spoken = new Set([...weights.keys(), ...guidedUnits]);
  for (const match of lead.matchAll(UNNAMED_BODY)) {
    // a visiting body's officials (省司法厅副处长…一行来到…) are no self, nor is a body that named the text's own a pilot or
    // a model (入选…试点县,省司法厅…试点县(市))
    if (matchesAt(VISITORS_AFTER, lead, match.index + match[0].length) || HONOURED_BEFORE.test(lead.slice(Math.max(0, match.index - HONOURED_REACH), match.index))) continue;
    const unit = unitOfBody(match[1]!);
    // nor are those a report is addressed to (区委、区政府:) where the text speaks of another unit as its own (我镇): its superiors
    if (onAddresseeLine(lead, match.index) && [...spoken].some((other) => other !== unit)) continue;
    // where the text speaks of another unit as its own (全镇), the bodies it worked under (在县委、县政府的指导下) are its superiors
    if (!(underGuidanceOf(lead, match.index) && spoken.size > 0 && !spoken.has(unit))) add(unit, 1);
  }
  // the text's own department at its head (市文化和旅游局坚持…) speaks of its unit as 我市 does
  if (departmentLead) add(departmentLead, 2);
  let best: UnitChar | null = null;
  let tied = false;
  for (const [unit, weight] of weights) {
    if (best === null || weight > weights.get(best)!) [best, tied] = [unit, false];
    else if (weight === weights.get(best)) tied = true;
  }
  return best && !tied ? { unit: best, firstPerson: firstPerson.has(best), weight: weights.get(best)! } : null;
}

/**
 * An unnamed department at a sentence's head near the start (市司法局认真…,
 * 2024年,县司法局在…): the text is that department's own report.
 */
const DEPARTMENT_LEADS = /(?:^|[,，。\n])\s*(?:\d{4}\s*年度?(?:以来)?[,，]\s*|今年以来[,，]\s*|近年来[,，]\s*)?(?:在[^,，。]{0,16}?[,，]\s*)?(自治区|[省市区县])[\u4e00-\u9fff]{1,6}?(?:局|厅)(?!长)/;
const DEPARTMENT_LEAD_CHARS = 200;

/** The unit of the unnamed department at the lead's head, or null. */
function leadingDepartment(lead: string): UnitChar | null {
  const department = DEPARTMENT_LEADS.exec(lead.slice(0, DEPARTMENT_LEAD_CHARS));
  return department ? unitOfBody(department[1]!) : null;
}

/** A report that names no body still says 全区 / 我县 / 本市 of itself: its level. */
const SELF_LEVEL: Record<UnitChar, Level> = {
  省: "province", 市: "city", 州: "city", 盟: "city", 区: "district", 县: "county", 旗: "county", 镇: "township", 乡: "township", 街道: "township",
};

// ---------------------------------------------------------------- 全国

/** A national body that publishes figures on all of China. */
const NATIONAL_BODIES =
  "司法部|最高人民法院|最高法|最高人民检察院|最高检|国务院|国新办|全国人大常委会法制工作委员会|全国人大常委会法工委|全国人大常委会|全国普法办|中央依法治国办|中央全面依法治国委员会办公室|中央全面依法治国委员会|人力资源和社会保障部|人社部|公安部|民政部|自然资源部|生态环境部|住房和城乡建设部|交通运输部|农业农村部|商务部|应急管理部|市场监管总局|国家市场监督管理总局|税务总局|海关总署|教育部|财政部|水利部|国家卫生健康委|国家卫健委|" +
  "环境保护部|国土资源部|农业部|文化和旅游部|工业和信息化部|工信部|国家发展改革委|国家发展和改革委员会|科学技术部|科技部|退役军人事务部|" +
  "国家林业和草原局|国家知识产权局|国家统计局|审计署|国家医疗保障局|国家医保局|国家能源局|国家药监局|国家邮政局|国家烟草专卖局|国家民委|" +
  "国家体育总局|国家广播电视总局|中国气象局|国家铁路局|中国民用航空局|国家文物局|国家移民管理局|国家消防救援局|国家粮食和物资储备局";
/** A national body's name, not the start of a local department's (教育部门, 农业部门). */
const NATIONAL_BODY_NAME = `(?:${NATIONAL_BODIES})(?!门)`;
const NATIONAL_BODY = new RegExp(NATIONAL_BODY_NAME);
/** A title that a national body heads (司法部2023年法治政府建设年度报告): its report on all of China. */
const NATIONAL_TITLE = new RegExp(`^${NATIONAL_BODY_NAME}`);
/** A national body's local office, named by its place (国家统计局宜宾调查队): the place's, not the country's. */
const NATIONAL_BODYS_OFFICE = new RegExp(`^${NATIONAL_BODY_NAME}([\u4e00-\u9fff]{2,12}?)(?:调查总队|调查队|海关|海事局|监管分局|监管局|分局)$`);

/** The place a national body's local office is named by (国家统计局宜宾调查队 → 宜宾市), or null. */
function nationalBodysOffice(name: string): string | null {
  const served = NATIONAL_BODYS_OFFICE.exec(name)?.[1];
  if (!served) return null;
  return divisionOfBare(served) ?? parsePlace(served, true)?.name ?? null;
}
/**
 * Figures stated for the whole country (全国各级…, 全国公安机关…), not a ranking or an honour (居全国前列, 全国模范, 全国行政复议工作中表现突出的单位), nor a national
 * system or platform a local body works in (利用全国行政复议办案系统…办案).
 */
const NATIONAL_SCOPE =
  /全国(?:各级|各类|各地|法院|共|累计|新收|办理|办结|审结|受理|司法行政(?:机关|系统)|(?:公安|税务|海关|检察|审判|市场监管|人社|民政|自然资源|生态环境)机关|行政(?![\u4e00-\u9fff]{0,10}?系统)|劳动|人民调解|一审|二审|检察|[\u4e00-\u9fff]{0,6}?案件)(?![^,，;；。]{0,24}?(?:表现突出|先进|模范|示范|表彰|表扬|典型案例))/;

/**
 * A national body heading a sentence, or the clause after the leadership it works under, or speaking (2021年,司法部坚持…; 2024年9月,司法部制定印发…; 2月11日,最高人民法院召开…;
 * 在…党中央坚强领导下,司法部党组深入…; 2021年,水利部坚持以…思想为指导; 2017年,自然资源部本级…案件…; 最高法:…; 司法部表示,我国…; 最高人民法院院长…作报告), its head after a clause
 * (…举行第二次全体会议,最高人民法院院长…作报告), or a reporter's source (记者从全国普法办获悉).
 */
const NATIONAL_SUBJECT = new RegExp(`(?:从|据)${NATIONAL_BODY_NAME}[\\u4e00-\\u9fff]{0,4}?(?:获悉|了解到)|[,，]\\s*${NATIONAL_BODY_NAME}(?=院长|部长|主任)|(?:^|[。！？!?；;\\n]|(?:\\d{4}\\s*年(?:度|\\d{1,2}\\s*月(?:\\d{1,2}\\s*日)?)?|\\d{1,2}\\s*月\\d{1,2}\\s*日)[,，]|(?:领导|指导)下[,，])\\s*(?:[”"]\\s*)?(?:(?:今天|今日|近日|日前)[,，]?)?[^。！？!?；;\\n，,]{0,4}?${NATIONAL_BODY_NAME}(?=[:：]|(?:于\\d{1,2}\\s*月\\d{1,2}\\s*日)?[\\u4e00-\\u9fff]{0,4}?(?:坚持|召开|发布|公布|命名|通报|印发|制定|报告|表示|介绍|院长|部长|主任|认真|深入|全面|以习近平|本级))`);

/**
 * 全国 when a national body's figures on all of China lead the text and no
 * local body is named more strongly before them; or when a national body heads
 * the text's sentences, or figures are stated for all of China, and the text
 * names no place of its own and calls itself by none (我市, 本县).
 */
function isNational(lead: string, local: Candidate | null, self: SelfReference | null): boolean {
  const scope = NATIONAL_SCOPE.exec(lead);
  if (scope && NATIONAL_BODY.test(lead)) return local ? local.first > scope.index || local.score < 4 : !self;
  return !local && !self && (scope !== null || NATIONAL_SUBJECT.test(lead) || COUNTRY_SUBJECT.test(lead));
}

/** The country itself heading its year's work (2012年,中国继续全面实施…普法规划; 2023年,我国深入推进…), as a yearbook writes it. */
const COUNTRY_SUBJECT = /(?:^|[。！？!?；;\n])\s*\d{4}\s*年度?[,，]\s*(?:中国|我国)(?=继续|全面|深入|坚持|进一步|持续|大力|扎实)/;
