/** Administrative litigation (行政诉讼 / 行政应诉), including courts' counts of administrative cases. */
import { AFTER_REVIEW, ALL_CLOSED, AROSE_BEFORE_COUNT, bareTopicCue, BOTH_KINDS_NONE, CASE_UNITS, CLOSED_LATE, disclosureCasesCue, HOLDS_CARRIED_OVER, INVOLVING_OWN_BODY, NO_VERB_AFTER, noCasesOf, NONE_ARISING_AFTER, NONE_CORRECTED_OR_LOST, NONE_OCCURRED, NOT_DISPUTES_TAKEN_IN, NOT_HAD_OF_THEM, OWN_BODY_AS_PARTY, NUMBERED_NONE, PETITIONS_LISTED_FIRST, SAID_CLOSED, SETTLED_PROPORTION, SHARE_OF_CONCLUDED, TOTAL_AFTER_CARRIED_OVER, type Domain } from "./types.js";

/**
 * None said as 零诉讼 (零复议零诉讼), not a village's slogan in quotes (实现“零诉讼”), unless it closes a quote that opens on 零复议
 * (实现“零复议、零诉讼”: the body's own none of both): a topic and a zero alike.
 */
const NO_LAWSUITS = String.raw`(?<![“"])零(?:行政)?诉讼(?![率”"])|零(?:行政)?诉讼(?<=零(?:行政)?复议[、，,]?零(?:行政)?诉讼)(?!率)`;
/** None of them after 无 (全年无行政复议、行政诉讼案件, 无诉讼); with no verb after them, none came in and none were dealt with. */
const NO_LAWSUIT_CASES = noCasesOf("诉讼", "(?:行政)?复议");

/** An agency's heads, a government's leaders among them (区政府领导, 县政府主要领导). */
const HEADS = String.raw`(?:负责人|首长|一把手|(?<=政府(?:主要)?)领导)`;
/** What heads did in court beside appearing: spoke (出庭并当庭发言, 出庭且发言) or did not (到庭后未发表意见). */
const SPOKE_OR_NOT = String.raw`[^,;。\d]{0,2}?(?:并|且|后|但)[^,;。\d]{0,4}?(?:发言|发表|出声|未)`;

export const litigation: Domain = {
  name: "litigation",
  label: "行政诉讼",
  // not 复议后(又)被诉: a reconsideration's case taken to court is counted by reconsideration; nor 被诉率, which no rule here measures
  // a plaintiff withdrawing (化解行政争议后原告撤诉1118件) withdraws a lawsuit, whatever dispute resolution the sentence spoke of; not
  // among those sued after a review (经复议后起诉的案件中,原告撤诉3件), a part the text gives no whole of
  // 无诉讼 and 没有发生诉讼 speak of the body's lawsuits too (全年无诉讼、无复议案件; 无提起行政复议诉讼情况; 没有发生行政复议和诉讼)
  // a court's or a firm's civil or criminal suits (法院新收民商事诉讼案件, 民商事涉诉案件18件) are no administrative lawsuits, nor do they hand the topic on
  // lawsuits received (收到诉讼为3件, not 收到诉讼材料…120份) and those brought with no review first (未经复议直接起诉2件) are the body's lawsuits
  topic: new RegExp(String.raw`行政诉讼|行政应诉(?![科处股])|(?:行政|机关)败诉|应诉(?![科处股])|行政案件|(?<!民事|民商事|商事|刑事)诉讼案件|一审|二审|负责人出庭|出庭|(?<!民事|民商事|商事|刑事)涉[诉讼]|被诉(?!率)|行政审判|民告官|原告(?:主动)?撤[诉訴](?<!复议后[^。]{0,24}原告(?:主动)?撤[诉訴])|收到(?:行政)?诉讼(?=(?:案件)?(?:数)?(?:为|共计|共|计|合计)?\s*\d)|未经(?:行政)?[复覆]议(?:直接)?(?:起诉|提起)|(?:无|没有发生|未发生)(?:提起(?:行政)?(?:复议)?|(?:行政)?复议[和及与、或])?诉讼|${NO_LAWSUITS}`),
  objects: /案件/,
  countUnits: CASE_UNITS,
  // a plaintiff withdrawing (以原告主动撤诉或调解方式结案), and any suit withdrawn (以和解撤诉方式结案的案件, 和解撤诉率), is a lawsuit's, and so are the administrative disputes courts resolved
  // (两级法院共实质化解行政争议97件), not any others' mediation a sentence before spoke of
  weakTopic: /败诉|被告|原告|撤诉|(?:化解|调处)行政争议(?<=法院[^,;:。]{0,12}(?:化解|调处)行政争议)/,
  rules: [
    {
      id: "litigation.loss_rate",
      label: "行政诉讼败诉率",
      unit: "percent",
      wording: "败诉率 · 败诉比例 · 败诉案件占比",
      // the lost cases' share said as such (败诉案件占比低于5%, 败诉案件占审结案件的7.8%), not their share of another whole (败诉案件占全省的12%)
      // not the plaintiffs' (原告败诉率72.7%: the agencies' wins), whose wins are the agencies' losses (原告胜诉率为3.2%)
      before: new RegExp(String.raw`(?<!原告)败诉(?:率|比例|比率)|原告胜诉(?:率|比例|比率)|(?<!原告)败诉(?:案件)?(?:数)?(?:占比|${SHARE_OF_CONCLUDED})`),
      // 败诉率为零: none lost, said in words; an aside may name the rate it also is (败诉率(被纠错率)为零)
      // or written as a bare 0 (败诉率为0)
      zero: /(?<!二审|再审|复议后)败诉率(?:[(（][^()（）,;:。]{1,8}[)）])?(?:为|是|保持|实现)?(?:零|0(?![\d.%％]))/,
    },
    {
      id: "litigation.head_appearance_rate",
      label: "行政机关负责人出庭应诉率",
      unit: "percent",
      wording: "负责人出庭(应诉)率 · 出庭率 · 负责人出庭应诉保持/达N% · 应诉率 after the heads' appearances",
      // the heads', not their staff's (行政机关工作人员出庭率达100%); a share the heads' appearances keep or reach, the rate unnamed
      // (行政机关负责人出庭应诉保持100%); a bare 应诉率 right after the heads or leaders appeared
      before: /(?<!工作人员)出庭(?:应诉)?(?:率|比例)|负责人出庭(?:应诉)?(?:工作)?(?:保持|达到|达|实现)|(?<!出庭)应诉率/,
      onlyAfter: { cue: /^应诉率$/, before: /(?:负责人|领导|首长|一把手)[^,;:。]{0,6}出庭(?:应诉)?[^;:。]{0,12}$/ },
      // a share that appears in court, as the words after it say (行政机关负责人100%出庭应诉)
      after: /^出庭(?:应诉)?/,
    },
    {
      id: "litigation.settlement_rate",
      label: "行政诉讼调撤率",
      unit: "percent",
      wording: "调撤率 · 撤诉率",
      // 调解率 alone, after a lawsuit figure, is more often a review's or a dispute's (…负责人出庭应诉率为100%,调解率为32.1%,复议后起诉率…):
      // a lawsuit's only where its clause names the lawsuits, or its sentence a court's administrative trials (行政审判质效指标…,其中…调解率为41.36%)
      // 调解成功率 on lawsuits' topic, right after those settled (成功调撤132件,调解成功率达41.3%), is their rate
      // cases the court resolved by mediating (协调化解) were settled: 协调化解率 is their rate
      // or, as for reviews, the share settled said by how, as the settled cases' part or proportion of those concluded or alone
      // (以协调和解撤诉方式结案的案件比例达23.5%, 通过协调化解撤诉结案的占审结案件的21%); by mediating, not by a withdrawal alone
      before: new RegExp(String.raw`(?:调撤|撤诉|和解|调解|协调化解)率|调解成功率|(?:调解|和解|协调)[^,;:。\d]{0,30}?(?:结案|撤诉|撤回|化解)${SETTLED_PROPORTION}`),
      onlyAfter: { cue: /^调解率$/, before: /(?:诉讼[^,;:。]{0,8}|行政审判[^;:。]{0,40})$/ },
      // the share of cases the words after it say were settled (有超过12%的案件通过协调和解方式解决), as for reviews
      after: /^的(?:行政)?案件[^,;:。\d]{0,6}?(?:经|通过|以)?(?:协调)?(?:调解|和解|撤诉|调撤)[^,;:。\d]{0,8}?(?:解决|结案|化解|审结|了结)/,
    },
    {
      id: "litigation.head_appearances",
      shareIs: "litigation.head_appearance_rate",
      label: "行政机关负责人出庭应诉次数",
      unit: "count",
      wording: "负责人出庭(应诉)N件/次/人次",
      // a government's leaders (区政府领导带头出庭应诉…) are its heads
      // or a bare 出庭 right before the count (审结案件出庭2045件次), or before the cases it lists (出庭应诉某某公司等5起诉我局…案):
      // an agency appears in every case, so a
      // count of appearances is its heads', unless a lawyer's or an agent's (法律顾问代理出庭29件次)
      // not those who should appear (负责人应出庭应诉案件326件, 应当由行政首长出庭的案件131件, 应当通知行政机关负责人出庭的案件1217件:
      // the base of the rate), nor deputies
      // or staff entrusted to appear (委托副职出庭应诉83件: a part of the heads' total, or no head's), nor heads by rank (负责人副职出庭的998人)
      // nor the duty to appear (履行负责人出庭应诉义务, a heading run into its text), nor tribunals sent out (设立仲裁派出庭6个)
      // nor those who appeared and spoke too (出庭并当庭发言的141件) or said nothing (到庭后未发表意见): some of the appearances
      // or who took part in a case's hearing (由主要领导或委托分管领导参加行政诉讼开庭审理6件), not cadres sent to watch one, nor an agent
      // appearing for the government (我局代理市政府作为被告的案件出庭应诉27件)
      before:
        new RegExp(
          String.raw`(?<!应(?:行政)?|应(?:当|当?(?:通知|由))[^,;。\d]{0,6})(?:部门|政府)?${HEADS}(?:[^,;。]{0,9})?(?<!应|[正副]职)(?:出庭|到庭|出声|现身法庭)(?!(?:应诉)?(?:义务|职责|制度)|${SPOKE_OR_NOT})|(?<!律师|顾问|人员|代理人|代理|代为|应|派|委托[^,;。]{0,6}|代理[^,;。\d]{1,30})出庭(?:应诉)?(?:[^,;。\d]{1,30}?等)?$|(?:负责人|首长|一把手|领导(?!干部))[^,;。\d]{0,12}?参加(?:行政)?(?:诉讼)?(?:案件)?的?(?:开庭|庭审)(?:审理|活动)?$`,
        ),
      // 共有216件行政案件的被告行政机关负责人出庭应诉; not the base of the rate after it (全区9件行政应诉案件行政机关负责人出庭应诉率达100%)
      // not the one named to appear (确定1名行政负责人为行政应诉出庭人)
      laterVerb: new RegExp(String.raw`${HEADS}[^,;。]{0,8}(?:出庭|到庭|现身法庭)(?!(?:应诉)?(?:率|比例)|人(?!次|数)|${SPOKE_OR_NOT})`),
      units: /^(?:件|起|宗|次|件次|人次|场|场次|个|人|名|位)$/,
      // a bare 出庭 is no head's where its sentence says an office was entrusted to appear (法制办受区政府委托,共出庭应诉18起)
      onlyAfter: { cue: /^出庭/, before: /^(?![^。]*受[^,;。\d]{0,12}委托)/ },
      // the heads of departments and those of governments, counted apart, are its parts; so are heads of each rank
      // (主要负责人…3件,分管负责人…29件; 县长出庭应诉1次,副县长出庭应诉3次)
      kinds: /(?:部门|政府)(?=负责人)|(?:主要|分管)(?=负责人|领导)|(?<!副)[县区市镇乡州旗]长|副[县区市镇乡州旗]长/,
    },
    {
      id: "litigation.lost",
      shareIs: "litigation.loss_rate",
      label: "行政诉讼败诉案件数",
      unit: "count",
      wording: "败诉N件/起",
      // the plaintiff's win is the agency's loss; a judgment that undoes the act in two or more of its ways is one
      // not cases at risk of being lost (化解高败诉风险案件11件), nor those won on appeal (一审败诉二审胜诉2起), nor the plaintiffs' losses (原告败诉的96起),
      // nor the lost with cases of another kind (复盘败诉及高风险案件54件次: of neither alone)
      // or said as in speech (我们输了11件)
      before: /(?<![运传灌])输(?:了|掉了?)?\s*$|(?<!原告)败诉(?!风险|[^,;。]{0,4}?(?:二审|再审)(?:改判)?胜诉|(?:及|和|与|、)(?!行政|诉讼)[^,;。\d]{1,8}?案件)|原告胜诉|(?:撤销|变更)[^,;。]{0,8}[、或和及](?:确认|责令)|(?:确认(?:行政行为)?违法|确认无效|责令履行)[^,;。]{0,12}[、或和及](?:变更|确认|责令|撤销)/,
      // or a judgment after the count that undoes the act (2件判决撤销原行政行为)
      after: /^(?:被)?(?:判决)?败诉|^判决(?:撤销|确认(?:行政行为)?违法|确认无效)/,
      // 共有2469件判决或裁定行政机关败诉, 仍有4件行政诉讼案件败诉
      laterVerb: /(?:判决|裁定)[^,;。]{0,10}?败诉|(?:诉讼|应诉|行政)案件(?:被)?(?:判决)?败诉(?!率)/,
      // not 未出现败诉后因相同原因…: no repeat, said of the losses there were; 尚未有行政机关败诉 is none lost; nor none of one cause's
      // (没有发生因征收补偿协议履约问题引发的行政诉讼败诉案件), a zero of some cases; a disclosure report's own cases are its all
      // 无行政复议纠错及行政诉讼败诉情况, 未发生…行政复议被改变或行政诉讼败诉情形, 未发生行政复议、行政应诉败诉案件: none of two, the second the losses; 应诉39件,均胜诉 or 均未败诉: all won (not a later instance's, nor reconsiderations' with no lawsuit named since: 行政复议3起,均胜诉)
      zero: new RegExp(String.raw`(?<!二审|再审|上诉|复议[^;。诉]{0,12})(?:(?:均|全部)胜诉(?![率的])|(?:均|全部|都)未(?:被(?:纠错|纠正|撤销)[或和及、])?(?:被判|判决?)?[\u4e00-\u9fff]{0,4}?败诉|未败诉(?<=\d\s?[件起宗]\s?[,，]\s?未败诉)(?=[;；,，。]|$))|零败诉|(?<![\d.])0败诉(?!率)|无一(?:起|件|例)?(?:案件)?败诉|无(?:行政)?(?:诉讼)?败诉(?:[和及与、](?:被)?纠错)?(?:案件|情况)?(?:发生)?(?=[)）,，;；。、]|$)|${NONE_CORRECTED_OR_LOST}(?:案件|情况)?(?=[)）,，;；。、]|$)|无[^,;:。]{1,12}?[及和、](?:行政)?(?:诉讼)?(?:案件)?败诉(?:案件|情况)|无[^,;:。]{0,30}?败诉类?案件的?发生|无(?:行政)?(?:诉讼)?案件被(?:法院)?(?:判决|裁判)?败诉的?(?:情况|情形)?|(?:未|尚未|没)(?:发生|出现|有)(?:行政机关)?败诉(?!后|风险)(?:案件|情况)?|暂无(?:生效的?)?败诉(?:案件|情况)|败诉(?:案件)?(?:数)?均?为零|败诉(?:案件)?[“"]零[”"]|败诉(?:案件)?零发生|(?:未|没有)(?:发生|出现)(?!一?起?因(?!(?:政府)?信息公开))[^,;:。]{0,30}?(?:诉讼|应诉)败诉`),
    },
    {
      id: "litigation.settled",
      shareIs: "litigation.settlement_rate",
      label: "行政诉讼调撤案件数",
      unit: "count",
      wording: "调撤 · 撤诉 · 和解 · 成功化解",
      // not cases sent for a settlement (委派委托和解案件1,632起): those settled are counted after; nor applications for mediation (调解申请1.9万件);
      // nor either of two outcomes (驳回诉讼请求或裁定准许撤回起诉案件33宗), a count of neither alone, nor of the ways listed with judgments
      // (以判决、裁定、调解等方式审结…1320件: all the cases concluded), nor cases whose settling
      // someone took part in (负责人…参与案件协调化解741件);
      // lawsuits resolved (化解行政诉讼案件26件, 审结…210件,成功化解45件), or a court's administrative disputes (全市法院共化解行政争议223件),
      // not those resolved before any suit (诉前化解行政争议46件, 诉前成功化解…, 在诉前阶段化解…), no lawsuits,
      // ended without a judgment: settled
      // nor cases whose handling a department coordinated (协调处理行政复议案件3起、行政诉讼案件2起): handled, nor disputes a head
      // took part in resolving (负责人…参与协调化解行政争议826件);
      // a mediation centre is a body, not the act (调解中心…组织联调行政案件640件 counts cases put to mediation), unless
      // the cases were resolved through it (通过行政争议调解中心解决的案件46余起)
      before: /(?<!委派|委托|移送|引导)(?<!(?:驳回|维持|判决)[^,;。]{0,16}?或(?:裁定)?(?:准许|准予)?(?:原告)?)(?<!(?:判决|裁定)[^,;。]{0,12}?[、和及与])(?:调撤|撤诉|撤回起诉|和解|调解(?!中心|室|委员会|组织|员|工作站|平台|申请)|(?:通过|经)[^,;。]{0,10}?调解(?:中心|室|委员会))|(?<!(?:参与|参加)[^,;。]{0,4})协调(?:化解|结案|撤诉|处理(?![^,;。\d]{0,12}?(?:复议|诉讼|应诉)案件))|(?:通过|以|经)协调|(?<!诉前(?:阶段)?(?:成功)?|(?:参与|参加)[^,;。]{0,6})化解(?=(?:行政)?诉讼案件|行政争议)|(?<!诉前(?:阶段)?)成功化解/,
      // the party that withdrew may stand between (2宗原告撤回起诉, 1宗案件二审上诉人撤回上诉)
      // a court's ruling that allows it, or the count said to be withdrawn already (2起裁定准予撤诉, 2起已撤诉, 2起已下撤诉裁定书)
      after: /^(?:案件)?(?:二审)?(?:已经?)?(?:裁定(?:准予|准许)?|下(?:达)?)?(?:原告|上诉人|当事人)?(?:主动|自愿)?(?:以)?(?:调解|和解|撤诉|撤回(?:起诉|上诉))/,
      // 促成8436件案件以调撤方式解决
      laterVerb: /(?:通过|以|经)[^,;。]{0,10}?(?:调解|和解|协调|撤诉|调撤)|(?:调解|和解|协调|调撤)[^,;。]{0,4}?(?:结案|撤诉)/,
    },
    {
      id: "litigation.concluded",
      label: "行政诉讼审结案件数",
      unit: "count",
      stage: true,
      wording: "审结 · 审执结 · 结案 · 办结",
      // not one way of concluding among others (以判决方式结案642件,占审结案件的46.3%); but the ways listed with judgments close
      // every case (以判决、裁定、调解等方式审结…1320件)
      // a court's 审执结 closes its cases, by judgment or by enforcement
      // nor those among them a judgment ended one way (已审结一审案件中维持被诉行政行为的1126件)
      // nor those closed late (超期结案2件), a part of them, nor those a judgment or a ruling closed (判决结案23件, 裁定结案9件)
      before: new RegExp(String.raw`(?<!${CLOSED_LATE})(?:审结|审执结|(?<!方式|判决|裁定)结案|办结|已结)(?![^,;:。\d]{0,12}?中[^,;:。\d]{0,3}?(?:维持|驳回|撤销|变更|确认|责令|判决|裁定))`),
      // cases the words after them name and say were closed (3起行政诉讼案件已经全部结案); not 该5起案件 with no
      // name of their own, nor 9件已办结7件, whose 办结 has its own count
      after: /^[^,;:。\d]{0,6}?(?:行政诉讼|行政应诉|诉讼|应诉|一审行政|行政)案件(?:均|全部|都)?已(?:经)?(?:全部|均)?(?:审结|结案|办结)/,
      // or, with no noun, an item of its lawsuits said to be closed (被提起行政诉讼4宗,其中3起已结案), not one with a count after it
      laterVerb: SAID_CLOSED,
      // all of the lawsuits counted before (应诉案件2件,均已审结)
      allOf: { of: ["litigation.received", "litigation.handled"], wording: ALL_CLOSED },
    },
    {
      id: "litigation.received",
      label: "行政诉讼收案数",
      unit: "count",
      stage: true,
      wording: "收案 · 受案 · 新收 · 发案(量) · 新增 · 发生 · 引发 · 引起 · 涉诉 · 被诉 · 为被告 · (被)提起 · (法院)受理 · 涉(及)(本单位)",
      // not what a resolved dispute was caused by (化解…拆迁改造引发的行政争议1件), nor cases lost that came in (收到行政败诉案件33件),
      // nor filings withdrawn before they were registered (原告主动撤回立案申请材料共计37件), nor the judgments and rulings received on
      // cases (收到各级法院…作出的判决和裁定共14份), nor suits a review's applicants brought after it (复议决定作出后,申请人提起行政诉讼的15件),
      // nor the act or the agency sued named in a judgment's outcome (确认被诉行政行为违法的660件, 责令被诉行政机关履行职责的91件)
      // nor the hearings held in the cases against a body (以县政府为被告的行政诉讼案件共开庭31件, 被诉行政案件共开庭审理41件)
      before: new RegExp(String.raw`(?:${INVOLVING_OWN_BODY}|[收受]案|新收|新发(?:生的?)?(?=(?:一审)?(?:行政)?(?:诉讼|应诉)?案件)|(?:共|累计|全年|合计)收(?=各类|一审|行政|诉讼)|新?接收${NOT_DISPUTES_TAKEN_IN}|发案|新增|发生|(?<!(?:化解|调解|处理|调处)[^,;:。]{0,16})引发|(?<=因[^,;:。]{1,16})(?:产生|引起)(?=的?[^,;:。]{0,6}?(?:案件|诉讼|复议))|${AROSE_BEFORE_COUNT}|涉(?:行政)?诉(?:讼)?|(?<!责令|判令)被诉(?!(?:具体)?(?:行政)?行为)|被起诉|(?<!(?:处理|办理|应诉|应对|审理|代理|参加|参与|承办|负责)[^,;:。\d]{0,12})(?:作为|为)被告(?=的?[^,;:。\d]{0,12}?(?:诉讼|行政)案件)(?![^,;:。\d]{0,12}?(?:应诉|开庭))|受理${NOT_DISPUTES_TAKEN_IN}|收到(?![^,;:。]{0,30}?(?:判决|裁定|文书))${NOT_DISPUTES_TAKEN_IN}|(?<!撤回)立案|(?<!(?:${AFTER_REVIEW}|申请人)[^,;:。]{0,8})提起(?=(?:行政)?诉讼))(?![^,;:。\d]*(?:败诉|开庭))`),
      // a body with none says so: 全年无诉讼、无复议案件, 没有发生行政诉讼和行政复议案件, 全年无行政复议、行政诉讼案件, 零复议零诉讼,
      // 行政复议、行政诉讼案件均为零; not what
      // followed the cases of another count (复议决定作出后均未发生行政诉讼: no suit after review)
      // 未发生因政府信息公开引发的行政复议、行政诉讼案件, 未收到依申请公开行政复议、行政诉讼案件, 无提起行政复议诉讼情况 (a disclosure report's own)
      // 未出现申请行政复议、提起行政诉讼的情况: the applying and the bringing named too; 未发生…行政复议案和行政诉讼案件
      zero: new RegExp(String.raw`${NONE_OCCURRED}(?:一起)?${PETITIONS_LISTED_FIRST}(?:(?:申请)?(?:行政)?复议(?:案件?)?(?:[、和及与或]|以及)?)?(?:${OWN_BODY_AS_PARTY})?(?:提起)?(?:一起)?(?:行政)?诉讼(?:案件)?${NOT_HAD_OF_THEM}|无提起(?:行政)?(?:复议)?[、和及与]?(?:行政)?诉讼|${NO_LAWSUIT_CASES}${NONE_ARISING_AFTER}|${NO_LAWSUITS}|(?:(?:行政)?复议(?:案件)?[、和及与])?(?:行政)?诉讼案件(?:数量?)?均?${NUMBERED_NONE}|${BOTH_KINDS_NONE}`),
    },
    {
      id: "litigation.handled",
      label: "行政诉讼办理案件数",
      unit: "count",
      wording: "办理 · 应诉 · 应对 · 审理 · 行政应诉案件N件",
      // not 开庭审理 (开庭审理行政应诉案件5件 too): the hearings an agency head could attend, the appearance rate's base; not the
      // plaintiffs' lawyers (原告委托律师代理的一审行政案件有512件), nor suits joined as a third party (作为第三人参加诉讼6件), nor the outcomes a trial ended in
      // (审理结果为裁定驳回起诉9件), nor appearances (委托工作人员和律师出庭应诉2件, 法律顾问代理出庭29件次), nor the work of answering suits (应诉工作中仍有1件…败诉); the bare topic after
      // the year (全年行政诉讼33件); the cases' noun, the instance after it (行政诉讼案件一审共32件) or inside it before its total's 共 (行政诉讼一审案件共570件; not 行政诉讼一审案件36件,二审案件11件, a split by instance);
      // not cases put to mediation (组织联调行政案件640件, 联调行政诉讼案件876件, 诉前引调…案件28件), nor those still being tried
      // that one party withdrew (撤回了正在…法院审理的205宗), nor those a head should appear in (负责人应出庭应诉案件326件), the appearance rate's base
      before: new RegExp(
        String.raw`办理|(?<!出庭|开庭审理[^,;:。\d]{0,4})应诉(?!工作)|应对(?=(?:行政)?(?:复议|诉讼))|(?<!原告[^,;:。]{0,12})代理(?!出庭)|(?<!第三人[^,;:。]{0,4})参加(?:行政)?诉讼|(?<!开庭|正在[^,;:。]{0,12})审理(?!结果)|共有|(?:(?<!(?:联调|引调|调解|调处|开庭审理|出庭|原告[^,;:。]{0,8}代理)(?:的|各类|[一二]、?[一二]?审|行政)*)(?:(?:诉讼|应诉|行政)案件(?:数量|总数|数)?(?:一审)?|(?:诉讼|应诉)一审案件(?=共|合计|总计))|${bareTopicCue("行政诉讼", "行政诉讼")}|${disclosureCasesCue("(?:行政)?诉讼")})(?:共|合计|总计|共计)?(?:为|达)?$|${TOTAL_AFTER_CARRIED_OVER}`,
      ),
      insteadOf: { ids: ["litigation.received"], after: HOLDS_CARRIED_OVER, before: new RegExp(TOTAL_AFTER_CARRIED_OVER) },
      bareTopic: true,
      zero: new RegExp(NO_LAWSUIT_CASES + NO_VERB_AFTER),
    },
  ],
  totals: ["litigation.received", "litigation.handled", "litigation.concluded"],
  checks: [
    { kind: "ratio", rule: "loss_rate_matches_counts", rate: "litigation.loss_rate", numerator: "litigation.lost", denominator: "litigation.concluded" },
    { kind: "ratio", rule: "litigation_settlement_rate_matches_counts", rate: "litigation.settlement_rate", numerator: "litigation.settled", denominator: "litigation.concluded" },
  ],
};
