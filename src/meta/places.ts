/**
 * Place names as Chinese writes them: a stem and an administrative unit
 * (绍兴 + 市, 上虞 + 区), chained from the larger to the smaller (绍兴市上虞区),
 * or a province by its short name (广东, 宁夏). Only the provinces are listed:
 * they are few and fixed, and texts name them bare (江西高院, 河南各级…);
 * every other name is recognised by its shape, never looked up.
 */
import type { Level } from "../schema/report.js";
import { divisionOfBare, divisionsHolding, isDivisionName, isManagementDistrict } from "./gazetteer.js";

/** The provincial-level divisions: the short name a text may use, and the full one. */
const PROVINCES: ReadonlyArray<readonly [string, string]> = [
  ["北京", "北京市"], ["天津", "天津市"], ["上海", "上海市"], ["重庆", "重庆市"],
  ["河北", "河北省"], ["山西", "山西省"], ["辽宁", "辽宁省"], ["吉林", "吉林省"], ["黑龙江", "黑龙江省"],
  ["江苏", "江苏省"], ["浙江", "浙江省"], ["安徽", "安徽省"], ["福建", "福建省"], ["江西", "江西省"],
  ["山东", "山东省"], ["河南", "河南省"], ["湖北", "湖北省"], ["湖南", "湖南省"], ["广东", "广东省"],
  ["海南", "海南省"], ["四川", "四川省"], ["贵州", "贵州省"], ["云南", "云南省"], ["陕西", "陕西省"],
  ["甘肃", "甘肃省"], ["青海", "青海省"], ["台湾", "台湾省"],
  ["内蒙古", "内蒙古自治区"], ["广西", "广西壮族自治区"], ["西藏", "西藏自治区"],
  ["宁夏", "宁夏回族自治区"], ["新疆", "新疆维吾尔自治区"],
  ["香港", "香港特别行政区"], ["澳门", "澳门特别行政区"],
];
const PROVINCE_BY_SHORT = new Map<string, string>(PROVINCES);
const PROVINCE_FULL = new Set(PROVINCES.map(([, full]) => full));
/** The four municipalities rank with the provinces though their unit is 市. */
const MUNICIPALITIES = new Set(["北京市", "天津市", "上海市", "重庆市"]);

/** Self-references (全市, 我县 …) use one character for the unit. */
export type UnitChar = "省" | "市" | "区" | "县" | "州" | "旗" | "盟" | "镇" | "乡" | "街道";

interface Unit {
  readonly suffix: string;
  readonly level: Exclude<Level, "national" | "department" | null>;
  /** The character a self-reference uses for this unit: 全区 speaks of a 自治区 too. */
  readonly self: UnitChar;
  /** How long the stem before the suffix may be: 攸县 has one character, 新疆维吾尔自治区 five. */
  readonly minStem: number;
  readonly maxStem: number;
}

/** Longest suffix first, so that 自治区 is tried before 区. */
const UNITS: readonly Unit[] = [
  { suffix: "特别行政区", level: "province", self: "区", minStem: 2, maxStem: 2 },
  { suffix: "综合实验区", level: "district", self: "区", minStem: 2, maxStem: 4 },
  { suffix: "自治区", level: "province", self: "区", minStem: 2, maxStem: 6 },
  { suffix: "自治州", level: "city", self: "州", minStem: 2, maxStem: 10 },
  { suffix: "自治县", level: "county", self: "县", minStem: 2, maxStem: 10 },
  { suffix: "自治旗", level: "county", self: "旗", minStem: 2, maxStem: 8 },
  // an ethnic township or town names its people before its unit (柳树屯满族乡, 新城回族镇)
  { suffix: "族乡", level: "township", self: "乡", minStem: 2, maxStem: 8 },
  { suffix: "族镇", level: "township", self: "镇", minStem: 2, maxStem: 8 },
  // 连云港经济技术开发区, 乌鲁木齐经济技术开发区: a city's name before the zone's kind
  { suffix: "开发区", level: "district", self: "区", minStem: 2, maxStem: 8 },
  { suffix: "新区", level: "district", self: "区", minStem: 2, maxStem: 5 },
  // a county-level management district (西洞庭管理区, 屈原管理区)
  { suffix: "管理区", level: "county", self: "区", minStem: 2, maxStem: 4 },
  { suffix: "地区", level: "city", self: "区", minStem: 2, maxStem: 4 },
  { suffix: "街道", level: "township", self: "街道", minStem: 2, maxStem: 4 },
  { suffix: "省", level: "province", self: "省", minStem: 2, maxStem: 3 },
  { suffix: "市", level: "city", self: "市", minStem: 2, maxStem: 4 },
  { suffix: "州", level: "city", self: "州", minStem: 2, maxStem: 4 },
  { suffix: "盟", level: "city", self: "盟", minStem: 2, maxStem: 4 },
  { suffix: "县", level: "county", self: "县", minStem: 1, maxStem: 4 },
  { suffix: "旗", level: "county", self: "旗", minStem: 2, maxStem: 6 },
  { suffix: "区", level: "district", self: "区", minStem: 2, maxStem: 4 },
  { suffix: "镇", level: "township", self: "镇", minStem: 2, maxStem: 3 },
  { suffix: "乡", level: "township", self: "乡", minStem: 2, maxStem: 4 },
];

/** The units by their last character, longest first. */
const UNITS_BY_LAST = new Map<string, Unit[]>();
for (const unit of UNITS) UNITS_BY_LAST.set(unit.suffix.at(-1)!, [...(UNITS_BY_LAST.get(unit.suffix.at(-1)!) ?? []), unit]);

/** The last character of every unit: where a place name can end. */
export const UNIT_END = /[省市区县州旗盟镇乡道]/g;

/**
 * Characters no name contains: function words (暨 joining two meetings among them: …会议暨县政府常务会议), pronouns, 某,
 * which stands for a name withheld (周某诉某区民政局), 副 of a deputy's title (副市长), and
 * 丨, which parts a column's label from a headline (立法经纬丨武汉市…). A run
 * of text is cut at them before a name is looked for (记者了解到…, 与区司法局…).
 */
export const HARD_CUT_CHARS = "的了是在与及或等各我该其此每这们之也又还就而但因所把被对向由到给让使以为着过并均已称某副丨暨";
/**
 * Nor does a stem contain a unit, which splits a chain at its units
 * (洛阳市涧西区 = 洛阳市 + 涧西区), or an office's word (局, 厅, 院, 委); 州, 镇,
 * 乡, 道 and 旗 it may (杭州市, 镇江市, 乡宁县, 社旗县, 红旗区).
 */
const NOT_IN_STEM_CHARS = `${HARD_CUT_CHARS}全局厅院委省市区县盟`;
/** Tables by character code, 1 for a hard cut, 2 for a character no stem holds: a regex class tested per character is slower. */
const CHAR_CLASS = new Uint8Array(0x10000);
for (const char of NOT_IN_STEM_CHARS) CHAR_CLASS[char.charCodeAt(0)] = 2;
for (const char of HARD_CUT_CHARS) CHAR_CLASS[char.charCodeAt(0)] = 1;

export function isHardCut(char: string): boolean {
  return CHAR_CLASS[char.charCodeAt(0)] === 1;
}

/** The few divisions whose stems hold a hard cut (无为市, 犍为县, 图们市, 称多县): read whole where written whole. Built when first asked. */
let namesHoldingCuts: ReadonlySet<string> | null = null;

function divisionsHoldingCuts(): ReadonlySet<string> {
  return (namesHoldingCuts ??= new Set(divisionsHolding(HARD_CUT_CHARS)));
}

function holdsCut(name: string): boolean {
  return divisionsHoldingCuts().has(name);
}

/** Where a division whose stem holds a hard cut starts, written whole and ending at `end` (今年以来,无为市…), or -1. */
export function startOfNameHoldingCut(text: string, end: number): number {
  for (const name of divisionsHoldingCuts()) if (text.startsWith(name, end - name.length)) return end - name.length;
  return -1;
}

function fitsInStem(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (CHAR_CLASS[stem.charCodeAt(i)]) return false;
  return true;
}
/**
 * Characters a few names contain. 从, 于, 将, 即, 据 and 经 are prepositions before a
 * name (记者从蚌埠市, 位于鄂州市, 即柳川市, 据武汉市…精神, 经漳州市…常务会研究同意) and begin a few (从江县, 于都县,
 * 将乐县, 即墨区): the cut is made when a name of two or more characters, or a unit's word alone (可从新区…下载),
 * follows. 和 and 同 join two names (A市和B市) and stand inside others
 * (呼和浩特市, 大同市): the cut is made only right after a unit.
 */
const PREPOSITION_CUT = "从于将即据经";
/** A word a preposition's character begins, which a zone's name holds (经济技术开发区, 经开区): no cut there. */
const WORD_FROM_PREPOSITION = /^经[济开]/;
const CONJUNCTION_CUT = "和同";
/** The last characters of a body's short name before a joiner (法宣办和县司法局, 县委和县政府): the joiner parts two bodies. */
const BODY_END = "办委局院厅部所队站";
const UNIT_CHARS = "省市区县州旗盟镇乡道";

/** Whether a character is where a place name can end (the last character of a unit: 市, 县, 道 of 街道 …). */
export function isUnitEnd(char: string): boolean {
  return char.length === 1 && UNIT_CHARS.includes(char);
}

/**
 * Words that stand before a unit without naming a place: verbs and
 * prepositions before an unnamed body (按照省委…, 审核市政府…, 推进鞍山市…),
 * and topics, times and pointers a report joins to one (法治省, 依法治市,
 * 记者从省…). No name contains them: a run is cut after the last one.
 */
const VERBS_BEFORE_BODIES = [
  "按照", "根据", "依据", "遵照", "依照", "落实", "紧扣", "围绕", "服务", "审核", "审查", "纳入", "报请", "提请", "申报", "申请", "确定", "请示", "报送", "提交", "协助", "备案", "报备", "审定", "报批", "转报", "移送", "移交", "征求", "征询", "代理",
  "配合", "参加", "出席", "代表", "召集", "召开", "组织", "建设", "推进", "推动", "贯彻", "服从", "接受", "通过", "获得", "荣获", "成为", "作为",
  "联合", "协调", "指导", "督促", "推荐", "选派", "派出", "经过", "依托", "依靠", "结合", "对照", "聚焦", "深化", "加快", "加强", "完善",
  "健全", "开展", "举办", "印发", "出台", "制定", "实施", "规范", "优化", "强化", "提升", "严格", "坚持", "持续", "扎实", "深入", "积极", "认真",
  "统筹", "监督", "保障", "支持", "规划", "部署", "研究", "审议", "讨论", "听取", "提高", "促进", "助力", "打造", "构建", "探索", "创新", "夯实",
  "细化", "明确", "压实", "增强", "联动", "严把", "畅通", "拓宽", "用好", "抓好", "做好", "配齐", "配强", "调整", "修订", "清理", "评估", "协同", "牵头", "督查",
  "督导", "约谈", "通报", "表彰", "批复", "转发", "起草", "报经", "上报", "呈报", "争取", "对接", "衔接", "响应", "压紧", "盯紧", "紧盯", "精简",
  "梳理", "汇总", "组建", "筹建", "创建", "开设", "开辟", "开通", "开办", "选聘", "选拔", "聘请", "考核", "考评", "问责", "追责", "通知", "函告", "邀请", "陪同", "纳进", "汇报", "请求", "统一",
  "集中", "下放", "承接", "承担", "落地", "兑现", "宣传", "学习", "传达", "配套", "对标", "看望", "走访", "检查", "巡查", "抽查", "迎接", "对表", "报告", "批准", "同意", "决定", "安排", "按",
  "要求", "建议", "建成", "覆盖", "涵盖", "惠及", "面向", "针对", "关于", "包括", "走进", "来到", "前往", "发布", "公布", "举行",
  "培训", "轮训", "培养", "培育", "动员", "发动", "带动", "引导", "帮助", "旁听", "观摩", "列席", "视察",
  "执行", "实行", "试行", "推广", "采取", "形成", "承办", "交办", "督办", "转办", "遵循", "遵守", "吸引", "试点", "设立", "成立", "建立", "设置", "发挥", "充分", "总结", "公开", "制发", "办理", "办结", "完成", "实现", "受理", "审结", "启动", "推行",
  "划入", "划出", "划转", "并入", "编制", "编写",
  // 抓城市管理就是…: a verb no place name holds
  "抓",
  // 当事人不服县政府…决定: the decision appealed is an unnamed body's
  "不服",
  // 主持市政府全体会议, 办理复议区政府案件: chairing, a review's word; 分管市长, 列入县政府…议题, 利用镇集市: in charge of, put on, made use of
  "主持", "复议", "分管", "列入", "利用",
];
const OTHER_WORDS = [
  // a page's label run into the name after it (发文单位开发区·铁山区)
  "单位",
  // 中国共产党天津市…委员会: the party's full name; times (三年来市本级, 2021年上半年通州区…); some of a level's (部分县人大代表)
  "共产党", "年来", "半年", "部分",
  "中共", "欢迎", "访问", "标题", "现将", "兹将", "特将", "现有", "记者", "全年", "今年", "去年", "今天", "昨天", "今日", "昨日", "日前", "近日", "目前", "此次", "本次", "季度", "年度", "上旬", "中旬", "下旬", "以及", "分别", "共同", "法治", "依法", "治理", "政府", "党委", "人民(?![街路桥])", "工作", "发展",
  "改革", "管理(?!区(?!域))", "执法", "行政", "社会", "经济(?!技术开发区|开发区)", "文化", "生态", "安全", "文明", "智慧", "数字", "区域", "全面", "高质量",
  // gambling spam mirror sites write into a page's names (…娱乐在线¥投注官网市市场监管局)
  "官网", "投注", "娱乐", "在线", "彩票", "博彩",
  // 小事不出村、大事不出乡: a slogan's units, no place
  "不出",
  // 卢某诉…区人民政府…一案: a lawsuit's parties, the place the respondent's; 农民告县长, 民告官: suing, no name
  "诉", "民告",
  // 时任县长: the head then serving, no place called 时任
  "时任",
  // 解决本地区…问题: the local area, no one place
  "本地",
  // a democratic party's committee names its place after the party (九三学社莆田市委员会, 民盟东岭市委)
  "学社", "民革", "民盟", "民建", "民进", "农工党", "致公党", "台盟",
];
const NOT_IN_NAME_WORD = new RegExp([...VERBS_BEFORE_BODIES, ...OTHER_WORDS].join("|"), "g");
/**
 * A name never begins with these: 报送…, 受…, 占全市…, 共计 (but 共和乡 and 共和县 are places); nor is 经 one by itself (经县委研究决定, by
 * way of the county's committee); nor 自, from, before a name (笔者自武陵源区司法局获悉), but for 自贡 and 自流井. Not cut as 从 is: 自 stands
 * inside the autonomous units' names (…自治州). Nor is 年 one by itself: a year's tail before a bare unit (20XX年县司法局, a template's).
 */
const NOT_A_STEM_START = /^(?:[报受占]|共(?!和)|经$|年$|自(?!贡|流井))/;

/**
 * Words built like place names that name no place: 社区, 示范区, 乡镇, 法治市, 千亿市 (a goal of output), 百强县, 样板县 (a model to build) …
 * end a string that is then no name (but 长治市 is a city, 王家乡 a township); 城市, 山区, 城区
 * are no name by themselves but end real ones (晋城市, 房山区, 东城区).
 */
/** Common surnames: a township named for a family (王家乡, 刘家乡, 石家乡, 赵集镇) is a place where 家乡, a hometown, or 集镇, a market town, is none. */
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾韦邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵严覃戴莫孔汤石白金齐牛任温康施洪常傅钱樊柴乔赖殷";
const COMMON_ENDING = new RegExp(String.raw`(?:法[治制][省市区县州旗盟]|(?<![自长])治[省市县]|社区|辖区|园区|景区|小区|片区|灾区|校区|营区|老区|街区|特区|超市|集市|乡镇|(?<![${SURNAMES}])集镇|(?<![${SURNAMES}])市镇|重镇|古镇|小镇|(?<![${SURNAMES}])家乡|故乡|下乡|老乡|城乡|示范区|示范地区|示范[省市县镇乡]|(?:样板|标杆|先进|模范)[省市区县镇乡]|保护区|试验区|功能区|服务区|自贸区|核心区|先行区|集聚区|风景区|度假区|旅游区|管理区|经济区|工业区|产业区|棚户区|农牧区|空白区|盲区|生活区|住宅区|居住区|商业区|办公区|贫困县|强县|大县|强市|大市|强省|大省|[千万百]亿[省市区县]|百强[市区县]|地级市|县级市|直辖市|(?:超大|特大|大中|中小|中心|省会|副省级|口岸|门户|枢纽)城市)$`);
const COMMON_WORD = /^(?:城区|市区|郊区|山区|矿区|牧区|库区|湾区|城市|都市|上市|城镇|实验区)$/;
/**
 * Stems that only point or count: 全市, 我县, 两区, 三个县, 沿江六市, 10个县直单位, 有些地区, 大部分地区, 不少地区, 部分县, a session (十二届州人民政府), a measure word alone
 * (每次县政府常务会议, 3项县级…), and 驻 of units stationed there (县直(驻县)单位); not 三都镇, 两当县, 个旧市, 驻马店市.
 */
const POINTING_STEM = /^(?:[全我本该各外此每其某]|[一两二三四五六七八九十](?:个|$)|.{2,}[两三四五六七八九十]$|[一二三四五六七八九十百第]+[届次期]$|[个次项件名场期批届轮回位种份驻]$|有些|一些|大部分|部分|个别|少数|大多数|多数|所有|若干|相关|不少|许多|很多|众多|诸多|多个|XX|X|xx|×|\*)/;

/**
 * A division whose name opens on a pointing word (本溪市, 全椒县, 全南县): the gazetteer's, its second character no
 * unit's (全州县 stays 全州 and a county: the whole prefecture's).
 */
function namedAsPointing(stem: string, withUnit: string): boolean {
  return POINTING_START.test(stem) && fitsInStem(stem.slice(1)) && !isUnitEnd(stem[1]!) && isDivisionName(withUnit);
}

/** The pointing words a few divisions' names open on, then a character of the name's own: 本溪, 全椒. */
const POINTING_START = /^[全本]./;

/** A chain runs from the larger to the smaller: 绍兴市上虞区, never 江北区依托区. */
const RANK: Record<Place["level"], number> = { province: 0, city: 1, district: 2, county: 2, township: 3 };

export interface Place {
  /** As the text writes it, Simplified: 绍兴市上虞区, 攸县, 广西壮族自治区. */
  readonly name: string;
  /** The stem of the first unit (绍兴 of 绍兴市上虞区): what a text also writes bare. */
  readonly stem: string;
  /** The last unit's self-reference character and level. */
  readonly self: UnitChar;
  readonly level: Exclude<Level, "national" | "department" | null>;
  /** As the text wrote it, where the name completes it (成都武侯区 of 成都市武侯区). */
  readonly written?: string;
}

/**
 * The place a whole string names (绍兴市上虞区, 攸县, 河南), or null. Where the
 * string is known to be a name (a title's first words), a one-character stem
 * passes with any unit (城区, 䶮区).
 */
export function parsePlace(text: string, knownName = false): Place | null {
  const province = provinceByShortName(text);
  if (province) return province;
  const place = placeAtEnd(text, knownName ? 1 : 0);
  return place && writtenOf(place).length === text.length ? place : afterShortProvince(text);
}

/**
 * 内蒙古呼和浩特市, 新疆乌鲁木齐市: a province's short name before a place whose stem is too long to be read with
 * it as one stem (浙江台州市 is): the place after it.
 */
function afterShortProvince(text: string): Place | null {
  for (const short of SHORT_NAMES_BY_INITIAL.get(text[0] ?? "") ?? []) {
    if (!text.startsWith(short) || /^[省市]/.test(text.slice(short.length))) continue;
    const rest = placeAtEnd(text.slice(short.length));
    if (rest && writtenOf(rest).length === text.length - short.length) return rest;
  }
  return null;
}

/**
 * The place a run of text ends with. The run is what stands between the last
 * cut (punctuation, a function word) and the end of a unit; the name takes as
 * much of it as parses, so a chain is kept whole (洛阳市涧西区), except across
 * a soft cut (记者从蚌埠市 → 蚌埠市) when what follows it parses by itself.
 */
export function placeEndingRun(text: string): Place | null {
  const run = afterLastWord(text);
  const cut = softCut(run);
  const place = placeAtEnd(cut >= 0 ? run.slice(cut + 1) : run);
  return place ? withoutBareProvince(provinceAtEnd(place)) : null;
}

/** A province's full name ends no longer name (如上海市, 据浙江省): the words before it are not the place's. */
function provinceAtEnd(place: Place): Place {
  for (const full of PROVINCE_FULL) if (place.name.length > full.length && place.name.endsWith(full)) return placeAtEnd(full) ?? place;
  return place;
}

/**
 * The run after the last word no name contains (推进鞍山市 → 鞍山市), and after
 * a 和 or 同 right behind that word, which joins two bodies (县人民政府和县人民政府办公室).
 */
function afterLastWord(run: string): string {
  if (run.length < 3) return run;
  let cut = 0;
  NOT_IN_NAME_WORD.lastIndex = 0;
  for (let match = NOT_IN_NAME_WORD.exec(run); match; match = NOT_IN_NAME_WORD.exec(run)) cut = match.index + match[0].length;
  return run.slice(cut > 0 && CONJUNCTION_CUT.includes(run[cut] ?? "") ? cut + 1 : cut);
}

/** Whether a string holds a word no name contains (纳入 of 纳入全区, 召开 of 召开全区). */
export function holdsNonNameWord(text: string): boolean {
  NOT_IN_NAME_WORD.lastIndex = 0;
  return NOT_IN_NAME_WORD.test(text);
}

/** Where a soft cut falls in a run (the rightmost that applies), or -1. */
function softCut(run: string): number {
  for (let i = run.length - 2; i >= 0; i--) {
    const char = run[i]!;
    if (CONJUNCTION_CUT.includes(char) ? i > 0 && (isUnitEnd(run[i - 1]!) || BODY_END.includes(run[i - 1]!)) : PREPOSITION_CUT.includes(char) && !WORD_FROM_PREPOSITION.test(run.slice(i, i + 2)) && prepositionObject(run.slice(i + 1))) return i;
  }
  return -1;
}

/**
 * What a preposition stands before where it is one: a name (记者从蚌埠市), a unit's word alone, or a common word built like a
 * name (贯穿于城市规划…, 位于城区中心): no name runs on through 于 into these.
 */
function prepositionObject(text: string): boolean {
  return wholeName(text) || isUnitWord(text) || COMMON_WORD.test(text);
}

/** A unit's word alone (新区 of 可从新区政务网下载): the text's own unnamed unit, which a preposition stands before too. */
function isUnitWord(text: string): boolean {
  return UNITS.some((unit) => unit.suffix === text);
}

function wholeName(text: string): boolean {
  const place = placeAtEnd(text);
  return place !== null && place.name.length === text.length && place.stem.length >= 2;
}

/**
 * The longest place a string ends with, read from the right: the last unit,
 * its stem (longest first), then any larger place the stem's left edge
 * closes (涧西区 ← 洛阳市).
 */
function placeAtEnd(text: string, minStem = 0): Place | null {
  for (const unit of UNITS_BY_LAST.get(text[text.length - 1] ?? "") ?? []) {
    if (!text.endsWith(unit.suffix)) continue;
    const stemEnd = text.length - unit.suffix.length;
    for (let length = Math.min(longestStem(unit), stemEnd); length >= (minStem || unit.minStem); length--) {
      const stemStart = stemEnd - length;
      const stem = text.slice(stemStart, stemEnd);
      if (!validStem(stem, text.slice(stemStart)) || !listedWhereAllAre(text.slice(stemStart), unit) || closesPrefecture(text, stemStart, stem, unit)) continue;
      if (joinsBodies(text, stemStart, stem)) continue;
      // 建设示范县 is no place, nor is its tail 范县
      if (endsAsCommonWord(text, text.slice(stemStart))) return null;
      const chain = bareCityChain(stem, unit);
      // past the unit's own stem length, only a city's bare name run into its division's is a name (哈尔滨南岗区)
      if (!chain && length > unit.maxStem) continue;
      const larger = stemStart > 0 ? placeAtEnd(text.slice(0, stemStart), minStem) : null;
      const own = chain ?? placeOf(text.slice(stemStart), stem, unit);
      if (larger && (RANK[larger.level] < RANK[unit.level] || countyLevelCity(larger, unit))) return joined(larger, own, unit);
      return own;
    }
  }
  return null;
}

/**
 * A county-level division after its city's bare name, run together (成都武侯区, 张掖临泽县): the chain the two name
 * (成都市武侯区), where the gazetteer knows the division in full and the bare name as one city's, and not the whole as one name.
 */
function bareCityChain(stem: string, unit: Unit): Place | null {
  if (stem.length < MIN_CHAINED_STEM || !COUNTY_LEVEL_SUFFIX.test(unit.suffix) || isDivisionName(stem + unit.suffix)) return null;
  for (let cut = 2; cut <= stem.length - 2; cut++) {
    const division = stem.slice(cut) + unit.suffix;
    const city = isDivisionName(division) ? divisionOfBare(stem.slice(0, cut), "市") : null;
    if (city) return { ...placeOf(city + division, stem.slice(0, cut), unit), written: stem + unit.suffix };
  }
  return null;
}

/** How long a unit's stem may be read: a county-level division's longer, as the run of its city's bare name and its own (乌鲁木齐天山区). */
function longestStem(unit: Unit): number {
  return COUNTY_LEVEL_SUFFIX.test(unit.suffix) ? Math.max(unit.maxStem, MAX_CHAINED_STEM) : unit.maxStem;
}

/** A city's bare name and a county's: two characters each at least; four and three at most. */
const MIN_CHAINED_STEM = 4;
const MAX_CHAINED_STEM = 7;
const COUNTY_LEVEL_SUFFIX = /^[区县市旗]$/;

/**
 * 和 or 同 alone before a unit, right after a body (国务院和县委、县政府): the conjunction joining them, not 和县; the
 * county is named at a run's start or after its province (安徽省和县).
 */
function joinsBodies(text: string, stemStart: number, stem: string): boolean {
  return stem.length === 1 && CONJUNCTION_CUT.includes(stem) && stemStart > 0 && !isUnitEnd(text[stemStart - 1]!);
}

/**
 * A stem that holds a prefecture's 州 and the start of the name it governs (州蒙自 of 云南省红河州蒙自市): the
 * shorter stem after the 州 is the name, and the prefecture the larger place of its chain.
 */
function closesPrefecture(text: string, stemStart: number, stem: string, unit: Unit): boolean {
  const inner = stem.lastIndexOf("州");
  return inner >= 0 && stem.length - inner - 1 >= unit.minStem && placeAtEnd(text.slice(0, stemStart + inner + 1)) !== null;
}

/** A city a prefecture governs names it first (红河州蒙自市, 伊犁哈萨克自治州霍尔果斯市, 阿克苏地区库车市, 苏州市昆山市): a chain, though both rank as cities. */
function countyLevelCity(larger: Place, unit: Unit): boolean {
  return unit.suffix === "市" && larger.level === "city";
}

/** The city-centre district (济南市市中区, 乐山市市中区): the one name whose stem is a unit's word. */
const CITY_CENTRE_DISTRICT = "市中区";

/** Stems that say what kind of zone it is, not where: 经济技术开发区, 高新区, 开发区 with no place before them. */
const GENERIC_ZONE_STEM = /^(?:经济技术|经济|经开|高新技术|高新|工业|产业|保税|综合保税|出口加工|开发)$/;
/** Stems that are words for towns in general, before a town's own title (乡镇镇长, 城镇乡长): no town so named. */
const GENERIC_TOWN_STEM = /^(?:乡镇|城镇|村镇|集镇|市镇|城乡)$/;

/**
 * A town's or street's stem of one character and a city's or district's (新市街道, 蔡市镇, 东区街道): no city or district has so
 * short a stem, so the unit's character is the town's own; not a common word so built (城市, 社区, 新区).
 */
const TOWN_STEM_WITH_UNIT = /^[^\s\d][市区]$/;
const COMMON_UNIT_WORD = /^(?:城市|都市|城区|市区|社区|辖区|园区|景区|小区|片区|新区|老区|街区|山区|郊区|矿区|灾区|校区|营区|湾区|专区|政区|地区|特区|主区|分区|超市|集市|门市|上市|下市|开市|夜市|闹市|股市)$/;
const TOWN_UNIT_END = /(?:镇|乡|街道)$/;

function townStemWithUnit(stem: string, withUnit: string): boolean {
  return TOWN_STEM_WITH_UNIT.test(stem) && fitsInStem(stem[0]!) && !isUnitEnd(stem[0]!) && !COMMON_UNIT_WORD.test(stem) && TOWN_UNIT_END.test(withUnit);
}

function validStem(stem: string, withUnit: string): boolean {
  if (withUnit === CITY_CENTRE_DISTRICT) return true;
  const pointed = namedAsPointing(stem, withUnit);
  if ((!pointed && ((!fitsInStem(stem) && !holdsCut(withUnit) && !townStemWithUnit(stem, withUnit)) || POINTING_STEM.test(stem))) || NOT_A_STEM_START.test(stem) || GENERIC_ZONE_STEM.test(stem) || GENERIC_TOWN_STEM.test(stem) || stem.endsWith("自治")) return false;
  return !endsAsCommonWord(withUnit, withUnit) && !COMMON_WORD.test(withUnit) && !cityAsWord(withUnit);
}

/**
 * 城市 ending a name no listed city ends (现代山水城市, a goal): the word city. Every city is listed (盐城市, 晋城市, and 诸城市 of
 * 潍坊诸城市), where towns are not.
 */
function cityAsWord(name: string): boolean {
  if (!name.endsWith("城市")) return false;
  for (let start = name.length - 3; start >= 0; start--) if (isDivisionName(name.slice(start))) return false;
  return true;
}

/**
 * Whether `text` ends as a common word built like a name does, `name` (the place read from it) not being one so named: a
 * division the gazetteer lists whose name holds the whole ending (梁园区 and 绿园区 as 园区, 东营区 as 营区, 枣强县 as 工业强县,
 * 六枝特区 as 经济特区), or a management district; not a listed tail of a longer ending (建设示范县 holds 范县).
 */
function endsAsCommonWord(text: string, name: string): boolean {
  const ending = COMMON_ENDING.exec(text);
  if (!ending) return false;
  return !(ending[0].length <= name.length && isDivisionName(name)) && !isManagementDistrict(name);
}

function unitOf(name: string): Unit | undefined {
  return UNITS.find((unit) => name.endsWith(unit.suffix));
}

/**
 * The units of the provincial level are all listed: 覆盖省 or 主持省 (a verb
 * before 省政府) is no province. So are the prefectures named 地区 (阿克苏地区), or
 * once named so before they became cities (铜仁地区, now 铜仁市): 欠发达地区 and 逐步缩小地区差距 name none.
 */
function listedWhereAllAre(name: string, unit: Unit): boolean {
  if (unit.suffix === "地区") return isDivisionName(name) || isDivisionName(`${name.slice(0, -unit.suffix.length)}市`);
  return unit.level !== "province" || PROVINCE_FULL.has(name) || unit.suffix === "市";
}

/** The larger place and the smaller its left edge closes, one chain (洛阳市涧西区), as the text wrote them. */
function joined(larger: Place, own: Place, unit: Unit): Place {
  const place = placeOf(larger.name + own.name, larger.stem, unit);
  return larger.written || own.written ? { ...place, written: writtenOf(larger) + writtenOf(own) } : place;
}

/** A place as the text wrote it. */
export function writtenOf(place: Place): string {
  return place.written ?? place.name;
}

function placeOf(name: string, stem: string, unit: Unit): Place {
  const level = MUNICIPALITIES.has(name) ? "province" : unit.level;
  const bare = unit.suffix.startsWith("自治") ? stem.replace(PEOPLES, "") : stem;
  return { name, stem: bare || stem, self: unit.self, level };
}

/**
 * 通道侗族(自治县), 恩施土家族苗族(自治州), 巴音郭楞蒙古(自治州): an autonomous
 * unit's stem ends with its peoples; the name a text also writes bare
 * (法治通道) is what stands before them.
 */
const PEOPLES =
  /(?:(?:土家|布依|仡佬|毛南|仫佬|纳西|景颇|哈尼|傈僳|拉祜|撒拉|东乡|保安|裕固|达斡尔|鄂温克|鄂伦春|锡伯|柯尔克孜|塔吉克|哈萨克|维吾尔|朝鲜|普米|独龙|阿昌|德昂|基诺|门巴|珞巴|[苗侗壮回藏彝瑶白傣黎羌畲水满佤土怒京])族|蒙古)+$/;

/**
 * 广东中山市, 江苏扬州市: a province's short name written before a smaller
 * place is not part of that place's name.
 */
function withoutBareProvince(place: Place): Place {
  if (PROVINCE_FULL.has(place.name)) return place;
  for (const short of SHORT_NAMES_BY_INITIAL.get(place.name[0]!) ?? []) {
    if (!place.name.startsWith(short) || /^[省市]/.test(place.name.slice(short.length))) continue;
    const rest = placeAtEnd(place.name.slice(short.length));
    if (rest && rest.name.length === place.name.length - short.length) return rest;
  }
  return place;
}

/** The short names by their first character, in PROVINCES' order: a name is looked for only among those it can start with. */
const SHORT_NAMES_BY_INITIAL = new Map<string, string[]>();
for (const [short] of PROVINCES) SHORT_NAMES_BY_INITIAL.set(short[0]!, [...(SHORT_NAMES_BY_INITIAL.get(short[0]!) ?? []), short]);

/** 河南 → 河南省, 宁夏 → 宁夏回族自治区: a province by its short name. */
export function provinceByShortName(short: string): Place | null {
  const full = PROVINCE_BY_SHORT.get(short);
  return full ? placeOf(full, short, unitOf(full)!) : null;
}

/** Each province's one-character name (陕 for 陕西), as a leader's visit to it is told (来陕考察). */
const PROVINCE_BY_CHARACTER = new Map<string, string>([
  ["京", "北京"], ["津", "天津"], ["沪", "上海"], ["渝", "重庆"], ["冀", "河北"], ["晋", "山西"], ["辽", "辽宁"], ["吉", "吉林"],
  ["黑", "黑龙江"], ["苏", "江苏"], ["浙", "浙江"], ["皖", "安徽"], ["闽", "福建"], ["赣", "江西"], ["鲁", "山东"], ["豫", "河南"],
  ["鄂", "湖北"], ["湘", "湖南"], ["粤", "广东"], ["琼", "海南"], ["川", "四川"], ["蜀", "四川"], ["黔", "贵州"], ["滇", "云南"],
  ["陕", "陕西"], ["陇", "甘肃"], ["甘", "甘肃"], ["青", "青海"], ["蒙", "内蒙古"], ["桂", "广西"], ["藏", "西藏"], ["宁", "宁夏"],
  ["新", "新疆"],
]);

export function provinceByCharacter(character: string): Place | null {
  const short = PROVINCE_BY_CHARACTER.get(character);
  return short ? provinceByShortName(short) : null;
}

/** The provinces' short names, longest first, for a pattern that finds them bare. */
export const PROVINCE_SHORT_NAMES: readonly string[] = PROVINCES.map(([short]) => short).sort((a, b) => b.length - a.length);
