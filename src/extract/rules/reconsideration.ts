/** Administrative reconsideration (行政复议). */
import { AFTER_REVIEW, ALL_CLOSED, ALL_OF_THEM, AROSE_BEFORE_COUNT, bareTopicCue, BOTH_KINDS_NONE, CASE_UNITS, CLOSED_LATE, disclosureCasesCue, HOLDS_CARRIED_OVER, INVOLVING_OWN_BODY, NO_VERB_AFTER, noCasesOf, NONE_ARISING_AFTER, NONE_CORRECTED_OR_LOST, NONE_OCCURRED, NOT_DISPUTES_TAKEN_IN, NOT_HAD_OF_THEM, NUMBERED_NONE, PETITIONS_LISTED_FIRST, SAID_CLOSED, SETTLED_PROPORTION, SHARE_OF_CONCLUDED, TOTAL_AFTER_CARRIED_OVER, type Domain } from "./types.js";

/**
 * 受理 the verb of acceptance: not the points, windows or centres that take applications in, nor what was before or after it
 * (受理前, 受理后), its conditions (受理条件) or the weighing of it (受理审查).
 */
const ACCEPTING = String.raw`受理(?!前|条件|后|点|窗口|分?中心|站|审查)`;

/**
 * The ways some cases were closed, listed after 以, right before the verb that closed them (以调解、和解、撤回申请方式办结,
 * 以调解、和解结案): those are a part of the cases closed, whatever the list's last word (方式, 形式, or a garbled one); not 以来.
 */
const WAYS_LISTED_BEFORE = String.raw`(?:方式|形式|以(?![来上下前后内外及])[^,;:。\d]{1,12}?、[^,;:。\d]{1,16}?)`;

/** Taking a reviewed case to court: 提起 or 提出 (行政)诉讼. */
const TAKEN_TO_COURT = String.raw`提[起出](?:行政)?诉讼`;
/** A review's applicant not content with its decision who took it to court: 申请人不服提起行政诉讼. */
const APPLICANT_SUED = String.raw`申请人[^,;。\d]{0,6}?不服[^,;。\d]{0,8}?(?:向法院)?(?:起诉|${TAKEN_TO_COURT})`;
/**
 * Suits brought by those not content with a review's decision, right before their count (因不服行政复议决定而提起行政诉讼的案件为9件);
 * not the decision contested named after a count of other cases (化解3起因不服复议决定提起诉讼的信息公开案件: what they arose from).
 */
const DECISION_SUED = String.raw`(?:不服(?:行政)?[复覆]议决定|对(?:行政)?[复覆]议决定不服)[^,;。\d]{0,8}?(?:向法院)?(?:起诉|${TAKEN_TO_COURT})`;
const DECISION_SUED_BEFORE_COUNT = String.raw`${DECISION_SUED}(?=的?(?:案件)?(?:为|共|有|计|仅|只有?)?\s*\d)`;
/** A court's own ruling before its verb (法院判决维持…, 裁定驳回起诉): what the court did, not the review. */
const BY_COURT = String.raw`(?:法院|判决|裁定)[^,;。\d]{0,6}`;
/** Suits a review gave rise to (因行政复议引发的诉讼案件, 经复议后引发行政诉讼的): those taken to court after it. */
const SUITS_FROM_REVIEW = String.raw`(?:因|经|由)?(?:行政)?[复覆]议(?:决定)?之?后?而?(?:引发|引起|产生)的?(?:行政)?诉讼(?:案件)?`;
/**
 * None of them after 无 (无行政复议案件, 无行政诉讼、行政复议案件); with no verb after them, none came in and none were dealt
 * with; not none lost of them.
 */
const NO_REVIEW_CASES = noCasesOf("复议", "(?:行政)?诉讼(?:案件)?");

/**
 * A review's decisions that correct the act (作出撤销、变更、确认违法等纠错决定) and its direct corrections (直接纠错381件): its own
 * words, as a court judges (判决) instead; not a filing review's (备案审查直接纠错率), which corrects documents.
 */
const CORRECTING_DECISIONS = String.raw`(?:撤销|变更|确认违法|责令履行)[^,;。\d]{0,16}?纠错决定|(?<!审查)直接纠错`;

/** The rules that count the reviews' caseload, whose count an outcome may say all of them came to (均予以维持, 均已审结). */
const CASELOAD = ["reconsideration.received", "reconsideration.accepted", "reconsideration.handled", "reconsideration.concluded"];

export const reconsideration: Domain = {
  name: "reconsideration",
  label: "行政复议",
  // 复议后又提起行政诉讼 is a reconsideration's case taken to court: its words hold a litigation topic word
  // 覆议: a mirror's 覆 for 复
  // 复议后再诉讼案件 whole, so that 诉讼案件 inside it names no lawsuits of the body's own
  // not 未经复议, a lawsuit brought with no review first
  // an applicant not content who went to court (申请人不服提起行政诉讼) is one a review had: its words hold a litigation topic word too;
  // so is the share of reviews answered in court after them (复议应诉率)
  // but a court taking in or trying suits after it (复议后,全市法院受理行政诉讼案件300件) counts the court's lawsuits
  // publicity of the review (行政复议宣传活动20余场次) is legal publicity, no review's, and questions about it (受理涉行政复议咨询2316件) no review
  // its correcting decisions name it (全年审结的案件中,作出撤销、变更、确认违法等纠错决定263件, 直接纠错…381件, under a heading that names no topic)
  topic: new RegExp(
    String.raw`${SUITS_FROM_REVIEW}|(?:行政)?${AFTER_REVIEW}(?:(?!受理|审理|审结|[收立]案)[^,;。]){0,10}?(?:起诉|被诉|${TAKEN_TO_COURT}|进入诉讼|诉讼)(?:案件)?|${APPLICANT_SUED}|${DECISION_SUED_BEFORE_COUNT}|[复覆]议后?应诉率|(?<!未经)行政[复覆]议(?!宣传|咨询)|(?<!未经(?:行政)?)[复覆]议(?!宣传|咨询)|${CORRECTING_DECISIONS}`,
  ),
  objects: /案件|申请/,
  countUnits: CASE_UNITS,
  rules: [
    {
      id: "reconsideration.sued_after_rate",
      label: "复议后起诉率",
      unit: "percent",
      wording: "复议后起诉率",
      // its share of the lawsuits, an item of a list under their count (诉讼案件204件,其中经复议后起诉47件,复议后起诉率23%), is this figure still
      countsSomeOf: "litigation",
      // 经过复议后案件诉讼率: the cases' rate, named between; 复议后再诉讼率: 再 says again; 复议应诉率: those the agencies answered in court
      // a bare 起诉率 or 被诉率 among a reconsideration's figures (…调撤率达50.32%,起诉率17.91%; …案结事了,被诉率从…降至8.1%) is the share
      // taken to court after it
      // or the share of all reviewed that the cases taken to court again after it make (…处理后,又诉讼到法院的…仅占全部复议案件的5%), or
      // those brought after it (经复议后提起行政诉讼案件仅占已审结复议案件的17%), or their proportion so named (经复议后又提起诉讼的案件比例为11.6%,
      // 经行政复议后当事人再提起行政诉讼的比例为14.2%; not of those that did not: 未再起诉的案件占比达94.8%)
      before: new RegExp(
        String.raw`复议后?的?(?:案件)?(?:又|再)?(?:被?起诉|被诉|诉讼|应诉|${TAKEN_TO_COURT}|进入诉讼(?:程序)?)率|复议后(?:当事人|申请人)?[又再](?:提起|向法院提起)?(?:行政)?(?:起诉|诉讼)的?(?:案件)?(?:比例|比率)(?:为|是|达|仅为)?\s*$|(?<![\u4e00-\u9fff])(?:起诉|被诉)率|(?:^\s*|复议[^,;:。\d]{0,8}?后[,，]?)[又再仍](?:被?起诉|诉讼|${TAKEN_TO_COURT})[^,;:。\d]{0,16}?占[^,;:。\d]{0,12}?$|复议后(?:向法院)?提起(?:行政)?诉讼的?(?:案件)?[^,;:。\d]{0,4}?占[^,;:。\d]{0,8}?复议案件(?:总数)?的?\s*$`,
      ),
    },
    {
      id: "reconsideration.correction_rate",
      label: "行政复议纠错率",
      unit: "percent",
      wording: "(直接)纠错率 · 纠错(决定)比例 · (综合/复议)纠正率 · 撤变率",
      // 纠错为4.1%: a percent said to be the correction is its rate
      // 综合纠正率, the share corrected in every way (行政复议综合纠正率达18%); 纠正率 right after 复议 or 直接 (行政复议纠正率从…降至11.44%)
      // 撤变率, the share revoked or changed, a narrower rate a text may give alone (全部维持,撤变率为零); not a court's 撤改率 of appeals
      // the corrected cases' share of those concluded, said with them as its subject (复议纠错案件占审结数的7.96%), or by what was
      // done (直接纠正原行政行为(含撤销、变更)的占11.1%)
      before: new RegExp(
        String.raw`(?<!间接)纠错率|(?<!间接)纠错(?:决定)?的?(?:比例|比率)|(?<!间接)纠错为$|(?:综合|(?<=复议|直接))纠正率|撤变率|(?<!间接)纠错(?:案件)?数?${SHARE_OF_CONCLUDED}|(?<!间接|自行)纠正[^,;:。\d]{0,40}?的占$`,
      ),
      // 纠错率为零, or the rate in an aside beside the loss rate it equals (败诉率(被纠错率)为零)
      zero: /(?:(?<!间接)纠错率|撤变率)[)）]?(?:为|是|保持|实现)?零/,
      // the share of cases the words after it say were corrected (审结846件,其中53.1%的行政行为…被纠正)
      after: /^的(?:案件|行政行为|具体行政行为)[^,;:。\d]{0,12}?(?:被(?:依法)?(?:纠正|纠错|撤销|变更)|得到纠正)/,
    },
    {
      id: "reconsideration.settlement_rate",
      label: "行政复议调解和解率",
      unit: "percent",
      wording: "调解(结案)率 · 调撤率 · 调解和解率",
      // or the share settled, said by how (通过调解、和解等方式结案的占22.9%), as their proportion too, of those concluded or
      // alone (以和解调解方式结案的案件比例达已审结案件的27%)
      before: new RegExp(String.raw`(?:调解|和解|调撤|调解和解|撤回)(?:结案|成功)?率|(?:调解|和解)[^,;:。\d]{0,30}?(?:结案|撤回|化解|终止)${SETTLED_PROPORTION}`),
      // the share of cases the words after it say were settled (其中23.8%的案件经调解后由申请人撤回), or the share itself
      // (其中近三成通过调解方式获得实质性化解)
      after: /^的案件[^,;:。\d]{0,6}?(?:经|通过|以)?(?:调解|和解)[^,;:。\d]{0,8}?(?:撤回|结案|化解|终止)|^(?:经|通过|以)(?:调解|和解)(?:方式)?[^,;:。\d]{0,8}?(?:撤回|结案|化解|终止)/,
    },
    {
      id: "reconsideration.sued_after",
      label: "复议后起诉案件数",
      unit: "count",
      wording: "复议后起诉",
      countsSomeOf: "litigation",
      // 复议后再诉讼案件: 再 or 又 says the same people went on to court, with or without 提起; right after the review, 经复议后诉讼案件 says it too
      // not 复议后未被起诉 or 没有再起诉: those are the others, though 不服 leads to court
      // or its applicants not content who took it to court (复议决定作出后,申请人不服提起行政诉讼的23件); the decision's own
      // clause, made or served, says who went on to court in the next was its party (复议决定作出后,当事人提起行政诉讼的9件)
      before: new RegExp(
        String.raw`${AFTER_REVIEW}(?:(?:[^,;。未没不]|不服){0,10}?(?:起诉|被诉|${TAKEN_TO_COURT}|进入诉讼|[再又]诉讼)|诉讼案件)|${APPLICANT_SUED}|${DECISION_SUED}|${SUITS_FROM_REVIEW}`,
      ),
      // the count first: 仅有5件案件当事人在复议后提起行政诉讼, 14件系申请人不服复议决定后起诉, 仅1件在复议后被诉至法院; not 复议后未提起诉讼, nor past a joiner to the next item
      // (行政复议3件和复议后提起行政诉讼1件: the 1 is those sued after)
      after: new RegExp(String.raw`^(?:案件)?(?:[^,;:。未没不和及与、]|不服){0,10}?复议(?:决定)?后[^,;:。未没不]{0,6}?(?:起诉|被诉|${TAKEN_TO_COURT}|进入诉讼)`),
      // 均未引发后续的行政诉讼, but not 有N件未再进入诉讼程序 (those counted are the others)
      zero: /(?:均|全部|无一)[^,;:。]{0,4}未(?:引发|进入)(?:后续的?)?(?:行政)?诉讼|未引发后续的?(?:行政)?诉讼/,
    },
    {
      id: "reconsideration.hearings",
      label: "行政复议听证次数",
      unit: "count",
      wording: "听证(会)N场/次",
      // not a way cases were closed in (以听证、书面审查等方式办结6400件): those cases, not the hearings held
      // a hearing's way of trying the cases (听证审理19次) is the hearings held, its verb no count of cases tried
      // not a hearing of another procedure's (行政处罚听证会3场, 价格听证, 立法听证, 重大决策听证)
      before: /(?<!(?:处罚|许可|价格|立法|决策|征收)[^,;:。\d]{0,2})听证(?![^,;:。\d]{0,12}?(?:方式|形式)[^,;:。\d]{0,4}?(?:办结|审结|结案|终结|化解))(?:审理|审查)?/,
      // 对17件案件组织召开听证会
      laterVerb: /(?:组织|召开|举行|开展)[^,;。]{0,6}听证/,
      // the count before the hearings it counts (连续开展5次行政复议听证会)
      after: /^(?:行政)?(?:复议)?(?:公开)?听证(?:会)?/,
      units: /^(?:场|次|场次|件|起)$/,
    },
    {
      id: "reconsideration.corrected",
      shareIs: "reconsideration.correction_rate",
      label: "行政复议纠错案件数",
      unit: "count",
      wording: "纠错 · 撤销、变更、确认违法、责令履行(共)N件",
      // 间接纠错 (and the agency's own 自行纠错 before it) counts cases closed by withdrawal, settlement or mediation after the agency set
      // itself right: settled, not corrected
      // the act may stand between 确认 and 违法 (确认被申请行政机关具体行政行为违法的案件2件); not 确认…不违法; the respondent between
      // 责令 and its duty (责令被申请人依法履职4件)
      // not what a court's judgment undid or corrected (法院判决撤销的3件, 被法院判决撤销或确认违法的17件, 被法院纠错3件,
      // 复议决定被撤销3件, 复议决定被撤销或确认违法的仅2件), a lawsuit lost, nor an application the applicant withdrew (撤销复议申请1件)
      before: /(?<!间接|自行|法院[^,;。\d]{0,4})纠错|(?<!自行|法院[^,;。\d]{0,4})纠正|(?<!(?:判决|法院|复议决定被)[^,;:。\d]{0,8})(?:撤销(?!(?:行政)?(?:复议)?申请)|变更|确认[^,;:。\d]{0,16}?(?<!不)违法|责令[^,;:。\d]{0,8}?(?:履行|重新|履职))/,
      kinds: /撤销|变更|确认[^,;:。\d]{0,16}?(?<!不)违法|责令[^,;:。\d]{0,8}?(?:履行|重新|重做|履职)/,
      // not decisions whose carrying out is late (2件责令履行决定超期未履行): those are the respondent's failings, counted among others
      after: /^(?![^,;。]{0,16}?(?:未|没有|逾期|超期)(?:履行|执行|落实))(?:(?:作出了?|予以|被|依法|结果)[^,;。]{0,3}?)?(?:撤销|变更|确认(?:为)?违法|责令[^,;:。\d]{0,8}?(?:履行|重新|履职)|纠错|纠正)/,
      // 未发生因信息公开引起的行政复议被改变…情形: none changed on review; 无行政复议变更、撤销…案件: none of its outcomes;
      // reviews and lawsuits counted before, 均无纠错和败诉, 均未被纠错或判决败诉 or 均未出现败诉或被纠错的情况: none corrected; after the reviews dealt with, 未出现被纠错情形; the body's acts
      // reviewed (未发生被复议纠错案件, 无被复议纠错案件)
      zero: new RegExp(String.raw`(?:均|全部|都)未被(?:纠错|纠正)(?<=复议[^。;；]{0,30}?(?:均|全部|都)未被(?:纠错|纠正))(?=[或和及、,，;；。]|$)|(?:均|全部|都)未(?:出现|发生)败诉[或和及、]被(?:纠错|纠正)(?<=复议[^。;；]{0,40}?(?:均|全部|都)未(?:出现|发生)败诉[或和及、]被(?:纠错|纠正))|无被?(?:行政)?复议(?:被)?纠错(?:案件|情况)?|无败诉[和及与、](?:被)?纠错(?:案件|情况)|${NONE_CORRECTED_OR_LOST}|无(?:行政)?复议(?:被)?(?:变更|撤销|确认违法)(?:[、和及或与](?:变更|撤销|确认违法|责令履行|重新作出)[^,;:。、]{0,8}?)*案件|(?:未|没有)(?:发生|出现)[^,;:。]{0,20}?复议(?:决定)?被(?:改变|纠错|纠正|撤销)|(?:未|没有)(?:发生|出现)被?(?:(?:行政)?复议)?被?纠错的?(?:情形|情况|案件)|(?:行政)?复议(?:案件)?[“"]?零(?:被)?(?:撤改|纠错)`),
    },
    {
      id: "reconsideration.upheld",
      label: "行政复议维持案件数",
      unit: "count",
      wording: "维持",
      // not a court upholding the review's decision or the act (法院判决维持复议决定12件); but the review's own decisions so named are its
      // (维持行政复议决定1691件); not what happened after a review upheld an act (复议维持后被判决撤销的31件)
      // nor the lawsuits a review's upholding made the government a co-defendant in (因复议维持作共同被告的19件)
      before: new RegExp(String.raw`(?<!${BY_COURT})维持(?!后|[^,;。\d]{0,4}?共同被告)`),
      // or the outcome named after its count (1件结果维持), perhaps as the review's decision (3件行政复议决定维持)
      after: /^(?:(?:行政)?复议)?(?:予以|决定|结果)?维持/,
      // all of the cases counted before (被申请行政复议2件,经县政府审理均予以维持; 已办结2件,均维持原行政行为), not a court's
      // upholding of the review's decision
      allOf: { of: CASELOAD, wording: new RegExp(String.raw`(?:${ALL_OF_THEM}|一律)(?:被|予以|予|决定|作出)?维持(?!(?:了)?(?:原)?(?:行政)?复议决定|原判)`) },
    },
    {
      id: "reconsideration.dismissed",
      label: "行政复议驳回案件数",
      unit: "count",
      wording: "驳回",
      // not a court's dismissal of a suit or its claims (法院裁定驳回起诉8件, 判决驳回诉讼请求15件)
      before: new RegExp(String.raw`(?<!${BY_COURT})驳回(?!(?:原告)?的?(?:起诉|诉讼请求|上诉))`),
      after: /^(?:予以|决定)?驳回/,
    },
    {
      id: "reconsideration.settled",
      shareIs: "reconsideration.settlement_rate",
      label: "行政复议调解和解案件数",
      unit: "count",
      wording: "调解 · 和解 · 调撤 · 成功化解",
      // not 终止: a reconsideration ends so for many reasons besides a settlement, unless its gloss names one (终止(调解和解)31件)
      // nor applications for a mediation (行政争议调解申请15件), which none has settled yet; those resolved (受理…320件,成功化解86件) were,
      // and so were applications withdrawn (撤销复议申请1件), 撤诉 as reports say it of a review too (复议4件,3件维持,1件撤诉), but not
      // a plaintiff's or a court's (复议后起诉的案件中,原告撤诉3件)
      // nor disputes mediated before any application was accepted (案前调解1290件, 受理前调解…) or applications withdrawn while their
      // acceptance was weighed (在受理审查阶段撤回54件): no case of the reviews closed
      before: /终止\([^()]{0,30}?(?:调解|和解|撤回)[^()]*\)|(?<!委派|委托|移送|引导|案前|受理前|立案前|(?:受理|立案)审查阶段)(?:(?:调解|和解)(?!申请)|调撤|撤回)|成功化解|撤销(?:行政)?(?:复议)?申请|(?<!原告[^,;:。\d]{0,4}|法院[^,;:。\d]{0,8})撤诉/,
      // the applicant that withdrew may stand between (3件申请人撤回申请); or the talks it withdrew after (1件经沟通解释后撤销复议:
      // the application, not the act, undone); or cases ended that an aside says were all withdrawn (终止5宗(均为申请人主动撤回申请))
      after: /^(?:案件)?(?:申请人|当事人)?(?:以|通过|视为|经)?(?:调解|和解|撤回|主动撤回|自愿撤回|撤诉)|^经[^,;:。\d]{1,8}?后(?:申请人)?(?:撤回|撤销)(?:行政)?复议(?!决定)|^[(（](?:均为|均系|全部为|全部系|均是)(?:申请人)?(?:主动|自愿)?撤回/,
      laterVerb: /(?:通过|以|经|因)[^,;。]{0,10}?(?:调解|和解|撤回)/,
    },
    {
      id: "reconsideration.concluded",
      label: "行政复议办结案件数",
      unit: "count",
      stage: true,
      wording: "办结 · 审结 · 结案 · 作出决定",
      // not those closed in some ways (以听证、书面审查等方式办结6400件, 以调解、和解、撤回申请办结), a part of them, nor those closed late (超期审结 0件),
      // nor those a court closed of the suits brought after it (目前法院已审结的5件), nor what came after the closing (复议结案后未再起诉…的案件3.61万件)
      // nor those closed by a settlement (以调解结案或申请人撤回申请后终止共46件): the settled, some of them
      before: new RegExp(String.raw`(?<!${WAYS_LISTED_BEFORE}|${CLOSED_LATE}|法院[^,;:。\d]{0,4}|调解|和解|调撤|撤诉)(?:办结|审结|结案)(?!后)|作出(?:行政)?(?:复议)?决定|已结`),
      // cases the words after them name and say were closed (4宗行政复议案件均已结案); not 该5起案件 with no
      // name of their own, nor 9件已办结7件, whose 办结 has its own count
      after: /^[^,;:。\d]{0,6}?(?:行政)?复议案件(?:均|全部|都)?已(?:经)?(?:全部|均)?(?:审结|结案|办结)/,
      // or, with no noun, an item of its reviews said to be closed (受理…12件,其中10件已审结), not one with a count after it
      // or said to have had their decision (其中61件已作出复议决定)
      laterVerb: new RegExp(String.raw`${SAID_CLOSED.source}|^已?(?:经)?[作做](?:出了?|了)(?:行政)?复议决定(?!\s*\d)`),
      // all of the cases counted before (作为被申请人的行政复议案件5件,均已审结)
      allOf: { of: CASELOAD.filter((id) => id !== "reconsideration.concluded"), wording: ALL_CLOSED },
      // the suits brought after a review that a court, named or not, closed upholding the review's decision (…已审结的5件均维持复议决定):
      // a review upholds the act before it, never its own decision
      otherMeasureBeside: [{ cue: /审结|结案|办结/, sentence: /(?:审结|结案|办结)[^。]{0,12}?维持(?:了)?(?:原)?复议决定/ }],
    },
    {
      id: "reconsideration.accepted",
      label: "行政复议受理案件数",
      unit: "count",
      stage: true,
      wording: "受理 · 受案 · 立案",
      // nor the points, windows or centres that take applications in (通过受理点转交申请214件, 受理分中心收案2417件): a channel, not the verb
      // not 受理前: what was settled before an application was accepted; nor 受理条件 or 受案范围, the conditions a case met or failed
      // (符合法定受理条件的…522件, 不属于受案范围的15件);
      // nor 受理后, what was done with cases once accepted (受理后审结案件146件), nor 受理审查, the weighing before it (在受理审查阶段撤回19件)
      before: new RegExp(String.raw`(?:${ACCEPTING}|受案(?!数|范围)|立案)${NOT_DISPUTES_TAKEN_IN}`),
      // or the verb right after the cases it took (对符合法定条件的121件予以受理, 对符合条件的188件依法受理)
      laterVerb: new RegExp(String.raw`(?<=^[^,;:。\d]{0,2})(?:依法)?(?:予以|决定|准予)?${ACCEPTING}`),
    },
    {
      id: "reconsideration.received",
      label: "行政复议申请收案数",
      unit: "count",
      stage: true,
      wording: "收到(复议)申请 · 申请复议 · 新收 · 新增 · 引发 · 引起 · 收案 · 收办 · 发案(量) · 发生 · (被)提起 · 涉(及)(本单位)",
      // 申请 but not 被申请人/申请人: the parties are not the applications; a body's acts taken to review (答复后被行政复议9件), not
      // what the review did to them (被复议纠错)
      // 申请 only as a reconsideration's own (not 监督申请, 信息公开申请), and the applications, not the places that take them (设立复议申请点11个),
      // nor what was settled before they were accepted (在复议申请受理前经协商化解行政争议21件)
      // not 审查行政复议申请11件, 办理涉企行政复议申请57件 or 处理行政复议申请137件: the applications examined are the cases handled
      // 共收行政复议案件52件 too, and those taken in to be handled (共收办行政复议案件497件)
      before: new RegExp(String.raw`${INVOLVING_OWN_BODY}|(?:收到|新收|接收)${NOT_DISPUTES_TAKEN_IN}|新增|引发(?![^,;:。\d]{0,2}?(?:行政)?诉讼)|收案|发案|发生|共收(?=(?:各类)?(?:行政)?复议)|收办(?=(?:各类)?(?:行政)?复议)|提起(?=(?:行政)?复议)|(?<!被)申请(?=(?:行政)?复议(?!机关|机构))|被(?:申请|提起|提请)?(?=(?:行政)?复议(?!机关|机构|决定|纠错|纠正|撤销|变更|确认|维持|驳回))|(?<=因[^,;:。]{1,16})(?:产生|引起)(?=的?[^,;:。]{0,6}?(?:案件|复议))|${AROSE_BEFORE_COUNT}|(?<!(?:审查|审理|办理|处理)[^,;:。]{0,4})复议申请(?!人|点|站|窗口|渠道|平台|受理前)`),
      // or what was done after the count (有3件申请行政复议, 2件被申请复议)
      after: /^(?:被)?(?:申请|提起|提请)(?:了)?(?:行政)?复议(?!机关|机构|决定)/,
      // a body with none says so: 全年没有发生行政复议案件, 无行政复议案件, 行政复议和…案件零发生 or 均为零, a disclosure report's own
      // (未收到依申请公开行政复议、行政诉讼案件, 未发生因政府信息公开引发的行政复议…, 无提起行政复议诉讼情况, 未出现申请行政复议、
      // 提起行政诉讼的情况); not what followed another
      // count (…后均未发生行政复议), nor reviews that changed nothing (未发生…行政复议被改变), nor cases none of which were lost
      // (未发生行政复议、行政应诉败诉案件, 无行政复议、诉讼败诉案件)
      // lawsuits may be named first (没有发生行政诉讼和行政复议案件)
      zero: new RegExp(String.raw`${NONE_OCCURRED}(?:一起)?${PETITIONS_LISTED_FIRST}(?:(?:行政)?诉讼(?:案件)?[、和及与或])?(?:申请)?(?:行政)?复议(?!被|机关|机构|决定|后)(?:(?:[、和及与或]|以及)?(?:行政)?诉讼)?(?:案件)?${NOT_HAD_OF_THEM}|无提起(?:行政)?复议|${NO_REVIEW_CASES}${NONE_ARISING_AFTER}${NOT_HAD_OF_THEM}|(?:行政)?复议(?:案件)?(?:[和及与、][^,;:。]{0,10}?)?(?:零发生|(?:数量?)?均?${NUMBERED_NONE})|${BOTH_KINDS_NONE}|零(?:行政)?复议(?!率)`),
      // applications said to be accepted whose parts include those not accepted (受理…申请86件,其中不予受理5件) were received
      // (looked ahead at: the evidence stays the count's own words)
      insteadOf: { ids: ["reconsideration.accepted"], after: /^(?=\s*[,，]\s*其中\s*[,，:：]?\s*(?:依法)?(?:决定)?不予受理)/ },
    },
    {
      id: "reconsideration.handled",
      label: "行政复议办理案件数",
      unit: "count",
      wording: "办理 · 应对 · 审理 · 审查 · 处理(复议申请) · 办案 · 共有",
      // the bare topic right after the year or the body (全年行政复议20件, 高新区行政复议2起), not after a verb
      // that may govern more than it (发生行政复议62件,行政诉讼21件), not one of the year's events (全年涉及信息公开的行政复议13件)
      // not the outcomes a review ended in (审理结果为终止14件), nor those others took part in hearing (委员参与审理疑难案件13件, 咨询委员参与案件审理112件次);
      // nor a stage of the hearing (复议审理中调解、和解结案382件: those settled in it)
      // in a disclosure report, the cases it is about (涉及政府信息公开行政复议3件)
      before: new RegExp(String.raw`办理|应对(?=(?:行政)?(?:复议|诉讼))|(?<!(?:参与|参加)(?:案件)?)审理(?!结果|中|过程|阶段)|(?:审查|处理)(?=(?:行政)?复议)|共有|办案(?:数量|总数|数)?(?:共|合计|达|为)?$|(?:${bareTopicCue("(?:行政)?复议", "行政复议")}|复议案件(?:数量|总数|数)?|${disclosureCasesCue("(?:行政)?复议")})(?:共|合计|总计|共计)?(?:为|达)?$|${TOTAL_AFTER_CARRIED_OVER}`),
      insteadOf: { ids: ["reconsideration.received", "reconsideration.accepted"], after: HOLDS_CARRIED_OVER, before: new RegExp(TOTAL_AFTER_CARRIED_OVER) },
      bareTopic: true,
      zero: new RegExp(NO_REVIEW_CASES + NO_VERB_AFTER + NOT_HAD_OF_THEM),
    },
  ],
  totals: ["reconsideration.received", "reconsideration.accepted", "reconsideration.handled", "reconsideration.concluded"],
  checks: [
    { kind: "ratio", rule: "correction_rate_matches_counts", rate: "reconsideration.correction_rate", numerator: "reconsideration.corrected", denominator: "reconsideration.concluded" },
    { kind: "ratio", rule: "reconsideration_settlement_rate_matches_counts", rate: "reconsideration.settlement_rate", numerator: "reconsideration.settled", denominator: "reconsideration.concluded" },
  ],
};
