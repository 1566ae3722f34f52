/** Dispute resolution (矛盾纠纷): disputes mediated, money at stake, success rate. */
import type { Domain } from "./types.js";

/** A clause that opens on the count resolved, not on its rate (,调处化解287件; ,现场调解成功160余起; ,已结案205件; ,其中47件调解成立, ,其中55件已调解化解到位). */
const RESOLVED_AFTER = /[,，;；]\s*[^,，;；:：。\d]{0,4}?(?:调处化解|化解|调处|调解|成功(?:调解|调处|化解)|已?结案|办结)(?:成功)?(?:各类)?(?:矛盾)?(?:纠纷)?(?:案件)?(?:共|达)?\s*\d|[,，;；]\s*其中\s*\d+\s*[件起宗]\s*(?:(?:调解|调处|化解)(?:成功|成立)|(?:已|均)(?:调解|调处)?化解到位)/;

/** Not in a sentence that names reviews before (…复议…,通过视频调解室…; …复议…化解涉企争议…): the reviews' own mediation. */
const NOT_ON_REVIEWS = String.raw`(?<!(?:^|[。\n])[^。\n]{0,80}复议[^。\n]{0,60})`;

export const disputes: Domain = {
  name: "disputes",
  label: "矛盾纠纷",
  // not 行政纠纷: an administrative dispute is a lawsuit's or a reconsideration's, nor 协调解决 (调解 across two words); but 行政调解, an
  // agency mediating between parties, is dispute resolution (not 行政调解书, a court's settlement), and so is what
  // a centre for resolving administrative disputes did before any suit (行政争议协调化解中心受理…化解311件; a 行政争议调解中心 or 调处中心 where it takes in or resolves them: 调解中心全年受理…,调解成功118件), not the centres counted
  // (行政争议化解中心74个, then the reviews' own settlements); mediation cases and their success rate named by themselves (受理调解案件470多宗,
  // 调解成功率98%), and the count of those that succeeded before their rate (调解成功1206件,调解成功率为65.76%; 调解成功27件,成功率达64.3%), not in a sentence on reconsideration either, nor a review's or a court's (复议调解, 按撤诉处理和调解案件, 因调解成功…撤回申请),
  // nor a success rate in a sentence on reconsideration that names no dispute (新收行政复议申请739宗,…,调解成功率36.95%), nor one right after
  // lawsuits withdrawn or settled (办结行政案件…,成功调撤N件,调解成功率达N%), which is theirs; 调处成功率 alone
  // names disputes, 调处 being said of them (a headline's 调处成功率超九成);
  // administrative disputes resolved before any suit (诉前化解, a centre's work past a comma: …调解中心,全年诉前受理…) are dispute resolution;
  // disputes of a field resolved (化解涉税费争议1240件) are disputes too, unless the sentence is on reviews (办理涉企行政复议案件…,
  // 化解涉企争议1380件: the reviews' settlements); not a bare 化解争议, which a review's settlements may say, nor a
  // review body's mediation (行政复议机构通过“受理前调解”化解争议9件);
  // nor the disputes a review body settled before acceptance (在受理前开展案前调解,化解纠纷318件);
  // nor a mediation room a review works through (把调解贯穿复议全过程,通过视频调解室开展沟通,…以调解、和解方式结案71件);
  // a station for mediating administrative disputes (设立行政争议调解工作站,…已成功化解行政争议27件) mediates them, unless a review does
  // through it (推行“复议+调解”…设立行政争议调解工作站,全年通过调解、和解方式结案402件)
  // nor a labour dispute of the body's own (处理本单位劳动争议2件), one it is party to
  // (its look-behind stands after 劳动, so that the scan tries the pattern only where 劳动 is)
  topic: new RegExp(String.raw`矛盾纠纷|(?<![议讼政审院和及、因过协])调解(?:案件|成功率(?<!(?:(?:^|[。\n])(?:(?!纠纷)[^。\n]){0,80}复议(?:(?!纠纷)[^。\n]){0,60}|调撤[^。；;\n纠]{0,40})调解成功率)|成功(?<!(?:^|[。；;\n])[^。；;\n纠]{0,80}复议[^。；;\n纠]{0,60}调解成功)(?=\s*\d[^。;；]{0,40}?(?:调解)?成功率))|行政争议(?:协调)?化解中心(?![^,;:。\d]{0,4}\d+\s*个)|行政争议(?:调解|调处)中心(?=[^;:。\d]{0,8}?(?:受理|收到|化解|调处|调解成功))|${NOT_ON_REVIEWS}行政争议(?:调解|调处)(?:工作)?站|(?:调解|调处|化解|排查)(?:各类|各种|潜在|邻里|家庭|婚姻家庭|基层)?矛盾(?!纠纷)|矛盾化解|调处成功率|(?<!行政|(?:案前|受理前)调解[^。;；\d]{0,6})纠纷|人民调解|行政调解(?!书)|诉前(?:调解|联调|化解)|调解组织|调解委员会|调委会|${NOT_ON_REVIEWS}调解(?:工作)?室|劳动(?<!(?:本单位|本机关|本部门|本局|我局)劳动)(?:人事)?争议|(?:调解|调处)(?<!复议(?:机构|机关|局|委员会)?[^,;:。\d]{0,16}(?:调解|调处))[^,;:。\d行]{0,4}?争议|${NOT_ON_REVIEWS}化解涉[^,;:。\d行]{1,4}?争议`),
  objects: /案件|矛盾/,
  rules: [
    {
      id: "disputes.success_rate",
      label: "矛盾纠纷调解成功率",
      unit: "percent",
      wording: "调解成功率 · 化解率",
      // not the share of a review's or a lawsuit's disputes resolved (行政复议环节矛盾纠纷实质性化解率, 行政争议实质化解率)
      // the cases mediated successfully said to reach a percent (调解成功的案件达到80%), which is no share of another whole
      // nor incidents' handled (群体性事件…处置成功率)
      before: /(?<!处置)成功率|调成率|(?<!诉前(?:纠纷)?|(?:复议|诉讼)[^,;:。]{0,16}|实质性?)(?:综合)?化解率|化解成功率|调解率|调处率|解决率|(?:调解|调处)成功的(?:案件|纠纷|矛盾纠纷)(?:比例)?(?:达到|达|为)$/,
      // 调解率 beside 调解成功率 is the share taken into mediation; a combined rate in a sentence on reviews' corrections or
      // administrative disputes (实质性化解行政争议3010件,矛盾纠纷综合化解率35.7%) is theirs, by correction and mediation together
      otherMeasureBeside: [
        { cue: /^(?:调解|调处)率$/, sentence: /成功率|调成率/ },
        // and after an arbitration's cases closed by mediation (仲裁调解结案472件,调解率39.2%), the arbitration's share
        { cue: /^调解率$/, sentence: /仲裁[^。]{0,20}?调解结案/ },
        { cue: /^综合化解率$/, sentence: /纠错|行政争议|复议/ },
      ],
      // the rate named after it (青山县99.95%的调解成功率…, 99.4%的纠纷化解率), or the share said by its verb (实现了100%化解),
      // not where it was resolved (85%化解在村一级)
      after: /^的(?:矛盾)?(?:纠纷)?(?:(?:调解|调处|化解)?成功率|化解率)|^\s*(?:得到|获得)?(?:化解|调解成功|调处成功)(?![率在于])/,
    },
    {
      id: "disputes.amount",
      label: "矛盾纠纷涉及金额",
      unit: "yuan",
      wording: "涉及金额 · 标的额 N元/万元/亿元",
      // not one case's (成功调解了一起涉案金额达1320万元的合同纠纷案), nor the largest one's (标的额最大的一起…涉及金额186万元), nor what
      // agreements paid (调解协议履行…履行金额80.7亿元), nor what an audit found or a fine took (审计查出问题金额27.8亿元, 罚没金额), nor what
      // insurance covers or paid (风险保障金额达2.5亿元, 赔款金额); one told of further back in its sentence is the roles' (a case's sum)
      before: /(?<!一[起宗件例个][^,;:。\d]{0,8})(?:(?<!履行|兑现|兑付|支付|给付|问题|罚没|罚款|保障|保险|赔款|赔付)金额|标的(?!额?最[大高])|涉案|涉及)/,
    },
    {
      id: "disputes.mediated",
      label: "调处化解矛盾纠纷数",
      unit: "count",
      wording: "调处 · 化解 · 调解 · 解纷 矛盾纠纷N起/件",
      // 调解 the verb, not the bodies or brands named after it (调解组织共受理纠纷N件 counts what they received, 调解协会1个, 调解品牌新增2个), nor the noun 行政调解 (受理行政调解案件86件), unless they were
      // mediated (办理行政调解18716件)
      // 解纷, disputes resolved (在线解纷600余件), not the mechanism or the centre that does it (多元解纷机制)
      // not those prevented (预防化解34397件): no dispute was mediated; nor those a review office settled before a case (案前化解纠纷1432件,
      // 开展案前调解,化解纠纷318件)
      // those put to pre-suit joint mediation (诉前联调案件27033件) were mediated, as those of 诉前调解 were; not the mechanism or its rooms
      // nor the activities it names before the count (开展矛盾纠纷排查化解纠纷排查活动3.6万余次), nor those that failed (调解不成功5件)
      // infringement disputes an agency processed or settled (办理…专利侵权纠纷快速处理案件913件) it ruled on, unless it mediated them;
      // cases processed to a close (全年共处理结案7162件,其中调解结案5871件) were closed in every way, its mediations among them;
      // those said closed already (受理纠纷184件,已结案164件) are those resolved, as 办结 says;
      // disputes taken in (受理矛盾纠纷6120宗) where the sentence counts no success of its own: the only count of them
      before: /(?:调处(?!化解中心|中心|室)|(?<!预防|案前|(?:案前|受理前)调解[,，]?)化解(?!中心|平台|机制|工作室|室)|(?<!行政|协)调解(?!组织|委员会|会|协会|员|室|中心|工作室|品牌)|诉前联调(?!机制|中心|室|平台|工作室)|(?:办理|开展|完成)(?:各类)?行政调解(?!组织|委员会|会|协会|员|室|中心|工作室|工作|机制|制度|体系|申请)|解纷(?!机制|中心|平台|工作室|室|站|服务|共治|体系|模式|格局)|排查化解|解结|调结(?!率)|已结案|达成(?:调解)?协议|受理(?=(?:各类|各种)?(?:矛盾)?纠纷)|(?<!侵权纠纷[^,;:。\d]{0,8})(?:解决|办结|(?<!受理|登记)处理(?!结案)))(?![^,;:。]*(?:活动|不成功|未成功|失败)\s*$)/,
      // 其中47件调解成立, 已有56起成功化解, 其中55件已调解化解到位
      after: /^(?:调解|调处|化解)(?:成功|成立)|^(?:已|均)?成功(?:化解|调解|调处)|^(?:已|均)(?:调解|调处)?化解到位/,
      // the disputes, then where they were settled (促成2150件纠纷化解在诉前, 将近四万起纠纷调解在诉前),
      // or resolved right after them (40.2万件矛盾纠纷成功化解), not a meeting's times that heard of them (5次听取矛盾纠纷化解工作汇报)
      laterVerb: /(?:化解|调解|调处)(?:在|于)(?:诉前|诉外|基层|萌芽|源头|当地|一线|家门口|前端)|(?<=^(?!听取|研究|部署|调度|专题)[^,;:。\d]{0,10}?)(?:成功|得到|获得)?(?:化解|调处)(?![中机平率工室组])/,
      // not times (去往当地调解十余次, 纠纷调解1000余次): sessions, how often it was done, no count of disputes
      units: /^(?:件|起|宗|个|件次)$/,
      // of 受理N and the count resolved after it (调解成功M, 调处化解M, 已结案M), M is the figure (受理矛盾纠纷3,512件,调解成功3,486件)
      otherMeasureBeside: [{ cue: /^受理$/, sentence: RESOLVED_AFTER }],
    },
  ],
  checks: [],
};
