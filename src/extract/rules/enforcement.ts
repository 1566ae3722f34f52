/** Administrative law enforcement (行政执法): officers on record, case files examined. */
import type { Domain } from "./types.js";

/** Legal services whose case files are reviewed apart from enforcement's: legal aid's, notaries', lawyers'. */
const LEGAL_SERVICES = "法律援助|公证|律师";
/** Other channels whose files (卷宗, 案卷) are no enforcement's: mediation's, arbitration's, petitions', legality reviews', reconsiderations' and suits'. */
const OTHER_CHANNELS = "调解|仲裁|信访|合法性审[查核]|复议|诉讼|应诉";

export const enforcement: Domain = {
  name: "enforcement",
  label: "行政执法",
  // not 执法行为: the act a reconsideration or a court corrects (纠正不当执法行为6431件); nor the problems of enforcement a review
  // writes to (就执法共性问题制发意见书86份), which hand on no topic of enforcement's own
  topic: /执法(?!行为|中?的?(?:共性|突出|普遍|常见|典型)?问题)|案卷|卷宗|评查/,
  objects: /案件|行政处罚/,
  rules: [
    {
      id: "enforcement.officers",
      label: "行政执法人员数",
      unit: "person",
      wording: "执法人员/执法队员/执法力量/执法人数N人/名 · 持证N人",
      // not those added or gone in the year (全年新增持证执法人员1人, 注销执法人员证件…), nor auxiliaries (辅助执法人员16人), nor
      // those sent out on a campaign (出动执法队员955人, 派出执法人员120名), nor those who took part in a contest (参赛执法人员230余名);
      // a few words may say where they serve (持有执法证在岗执法的人员有15人); the force on the ground (一线执法力量6781人), a police force's (执法民警386人), those qualified (具备基本级以上执法资格的民警4286名), not those of a higher grade only (取得高级执法资格的…29人);
      // those who hold it, after those who should (应持执法证人员57人,已持证56人)
      before: /(?<!(?:新增|新申领|新领|调离|调出|退休|注销|清理|暂扣|吊销|出动|派出|抽调|投入|参赛|参加|参与)[^,;。\d]{0,8})(?:(?<!辅助|协管|协助)执法(?:人员|队员|民警|力量|人数)(?:持证(?:上岗)?)?|(?:已|均已|全部)持证(?:上岗)?(?:人员)?|执法证人员|执法持证人员|执法证(?:件)?持证人员|持有?(?:有效的?)?(?:[\u4e00-\u9fff]{1,4}[省市])?(?:行政)?(?:(?!辅助|协管)[\u4e00-\u9fff]{2})?执法(?:资格)?证(?:件|书)?(?:[^,;。\d]{0,6}?的)?(?:[^,;。\d]{0,4}?(?:人员|民警|干警))?|执法证件?持有(?:人员|者)|(?<!新)(?:具备|取得|具有)[^,;。\d]{0,8}?(?<!高级|中级)执法资格的?(?:民警|人员|干警)?)(?:共计|合计|总数|数量|人数|共)?(?:有|为|达到|达|共|增至|增加到|增加至)?\s*[:：]?\s*$/,
      // a trade's own certificate (其中持有统计执法证的7人), not an auxiliary's;
      // the province or city that issued it (持有江岭省行政执法证件的人员2874人); a police force's qualification certificate
      // (持有执法资格证书民警412人, 持有执法资格证的民警3216人); 2名同志持有《江岭省行政执法证》; those of a trade who hold one (持有行政执法证件的审计人员23名), a valid one (持有有效执法证件人员)
      // 22名工作人员已获得中华人民共和国行政执法证, 街道有5人考取行政执法证
      // not what belongs to them (3名执法人员的证件予以暂扣, 注销了17名执法人员证件), what was done to them
      // (2名执法人员被暂扣执法证, …的2名执法人员进行了注销), nor those who sat an exam or a course (1200余名行政执法人员参加年度法律知识考试)
      // or sat in on trials (组织2900余名行政执法人员走进法庭, 120余名行政执法人员通过视频同步观摩)
      // those whose certificates were renewed (为46名执法人员完成统一样式行政执法证件换发) or passed their yearly check (完成427名执法人员证件年审) hold them;
      // nor those without one (3名未取得执法证件人员参与执法, 2名执法人员尚未取得执法证件): a shortfall, no officers; nor those
      // newly certified (4人新取得执法证): some of them
      // not auxiliaries' certificates (2100名协管员取得辅助行政执法证); in a sentence on enforcement officers, 持证 alone after the
      // count (累计42人持证,持证率80.8%; 42人持证上岗)
      after: /^[“"]?(?:持证|持有执法证的?)?(?:行政(?:检查)?)?执法(?:人员|队员)(?!的|证|被|参加|参训|参考|走进|旁听|观摩|通过[^,;。]{0,8}?(?:观摩|旁听|收看|观看|参加|参训)|(?:进行了?|予以|作出?)(?:注销|清理|暂扣|吊销|调离|处理)|(?:尚|仍|还)?(?:未|没有)(?:取得|持有|持证|领取))|^[“"]?(?:行政)?执法(?:人员|队员)的?(?:执法)?证件?(?:年审|审验|年检)|^持证(?=[,，;；。]|上岗|$)|^(?![^,;。]{0,20}?辅助)(?:[^,;。]{0,3}?持有?《?[^,;。》]{0,12}执法证|[^,;。]{0,4}?(?<!未|没有|新)(?:取得|具有|具备)(?:行政)?执法(?:资格|证)|[^,;。]{0,6}?(?<!未|没有|新)(?:取得|获得|领取|考取)[^,;。]{0,10}?执法证|[^,;。]{0,16}?执法证件?换发)/,
    },
    {
      id: "enforcement.case_files_reviewed",
      label: "评查执法案卷数",
      unit: "count",
      wording: "评查 · 抽查 · 调阅 · 查阅 (案卷/卷宗)N件/卷",
      // not the files rated 优秀 among them (评查确定优秀案卷24件), nor those a review found wanting (评查出问题案卷47卷, 评查发现问题案卷67卷, 评查中发现文书瑕疵案卷11卷); the body's own check of its files too (自查执法案卷60卷)
      // not files of inspections (行政检查案卷, 执法检查案卷, 许可、处罚、检查等各类执法案卷) entered or filed, nor files of another kind named between (评查公证卷宗500卷)
      // the fields or bodies they come from may be listed between (评查生态环境、文化旅游…等领域行政执法案卷); the cases that bodies
      // sampled closed are their files (调阅了7个单位办结的28件行政处罚、行政强制案件); so may a list of three kinds or more
      // (调阅行政处罚、行政许可、行政强制案卷共计245卷), longer than the gap a single kind leaves; so may the bodies whose files were
      // called up (调阅25个执法单位的行政处罚、行政许可案卷412卷)
      before: new RegExp(String.raw`(?:评查|抽查|抽评|调阅|查阅|(?<!行政|执法|、)检查(?![等、])|评审|审查|自查)(?!出|中?发现)(?:(?!${LEGAL_SERVICES}|${OTHER_CHANNELS})[^,;。]){0,12}(?<!优秀|良好|合格|问题|瑕疵|不规范)(?:案卷|卷宗)|(?:评查|抽查|调阅|查阅)(?:行政[^,;。、\d]{2,4}、){2,6}行政[^,;。、\d]{2,4}?(?:等(?:各类)?)?(?:案卷|卷宗)|(?:评查|调阅|查阅|检查|评审)[^,;。]{1,40}?等(?:领域|行业|部门|单位)的?[^,;。]{0,8}?(?<!优秀|良好|合格)(?:案卷|卷宗)|(?:案卷|卷宗)(?:集中|交叉|专项|全面|随机)?(?:评查|抽查|调阅|检查|评审)|(?:抽取|抽查|评查|调阅)[^,;。]{0,10}?案件|(?:抽取|抽查)[^,;。]{0,60}?(?:案卷|卷宗)|(?:调阅|查阅)(?:(?!${LEGAL_SERVICES}|${OTHER_CHANNELS})[^,;。]){0,30}?(?<!优秀|良好|合格|问题|瑕疵|不规范)(?:案卷|卷宗)|(?:抽取|抽查|评查|抽评)了?$|(?:抽取|抽查|调阅|评查)了?[^,;。]{0,24}?(?:办结|办理|作出|查处)的$|(?:审查|自查)了?(?:各类)?案件$`),
      // 审查案件N起 (or 自查案件N件) alone may be any review's; after a review of case files in its sentence (or their own check:
      // 对…行政处罚案卷进行全面梳理、自查自纠,…自查案件460件), the cases it went over
      onlyAfter: { cue: /^(?:审查|自查)了?(?:各类)?案件$/, before: /(?:案卷|卷宗)(?:评查|抽查)|(?:评查|抽查)[^,;。]{0,12}(?:案卷|卷宗)|(?:案卷|卷宗)[^,;。]{0,12}?自查|自查[^,;。]{0,12}(?:案卷|卷宗)/ },
      // the files' kind may stand between (360份行政处罚案卷), or a list of kinds (122卷行政许可、行政处罚案卷),
      // but not another noun (45个执法单位的…), nor another kind than enforcement's (1650份调解卷宗)
      // or the year they were closed (37件2022年结案的行政执法案卷); not requests whose kind is named (其中1件属行政执法案卷信息), nor
      // files graded or found wanting (对…评查发现的38卷问题案卷开展“回头看”, 16卷不合格案卷): some of those reviewed
      after: new RegExp(String.raw`^(?!属|[^,;。、的]{0,8}?(?:${OTHER_CHANNELS}|档案|开展|进行|组织|实施)|[^,;。、的]{0,4}?(?:问题|不合格|瑕疵|不规范|优秀|良好|合格)(?:案卷|卷宗))(?:\d{4}\s*年度?[^,;。、的\d]{0,4}的)?(?:[^,;。、的\d]{1,8}?、)?[^,;。、的]{0,8}?(?:案卷|卷宗)(?!信息)`),
      units: /^(?:件|卷|份|宗|本|册|部|个|起|套)$/,
      // files of legal aid, notaries' or lawyers' work, of mediation, arbitration or petitions reviewed (开展法律援助案件质量评查,共评查案卷320件,
      // 开展人民调解卷宗评查,评查卷宗500卷; 对…合法性审查卷宗开展交叉评查,共评查审查卷宗60卷) are no enforcement's files,
      // where the sentence names no enforcement
      otherMeasureBeside: [{ cue: /./, sentence: new RegExp(String.raw`^(?![^]*执法)[^]*(?:${LEGAL_SERVICES}|(?:${OTHER_CHANNELS})(?:案卷|卷宗))`) }],
      // 对30余件涉企执法案件进行了评查, 15370宗案卷中的13926宗进行了自查 (the bodies' own review of their files); not documents
      // sampled for review (抽取的135份文件进行评查: 规范性文件, no enforcement's files), nor lawsuits lost reviewed afterwards
      // (对…已生效判决中的32件败诉案件进行了评查)
      laterVerb: /(?<!(?:文件|(?:败诉|诉讼|应诉|复议)案件)[^,;。]{0,4})(?:进行|实施|开展)了?(?:集中|交叉|专项|全面)?(?:评查|抽查|检查|评审|自查)/,
    },
  ],
  checks: [],
};
