/** Legal education (普法 · 法治宣传) and the 法律明白人 programme. */
import type { Domain } from "./types.js";

/**
 * What those counted joined when they 参与/参加, or gathered for (齐聚), that makes them no audience: training or an exam (超18万人参与培训), or a team
 * or a volunteer service that spreads the law (4900余名民警参与…普法工作队, 8.7万人参与到…普法志愿服务活动中), or a ceremony
 * or a working meeting (法律明白人代表200余人参加了聘任仪式).
 */
const JOINED_AS_NO_AUDIENCE = String.raw`[^,;。]{0,24}?(?:培训|考试|考核)|到?[^,;。]{0,16}?(?:工作队|工作组|小分队|服务队|专班|志愿服务)|了?[^,;。]{0,8}?(?:仪式|座谈会|推进会|部署会|调度会|揭牌)`;
/** Who hold lectures for themselves, officials and their meetings (市政府专题法律讲座, 省政府常务会议法治专题讲座): no legal education. */
const OFFICIALS_LECTURED = String.raw`政府|机关干部|领导干部|常务会议?|党组(?:会议)?`;
/** Leaders, who lecture their own staff (党委书记带头开展专题法治讲座1次, 县长讲授法治课2次): no legal education. */
/** A sentence on the officials' own study that counts its lectures by the session (讲座N期). */
const OFFICIALS_STUDY = "中心组|会前学法|党组会|党委会|办公会|党校|理论学习";
const OFFICIALS_LECTURE_SESSIONS = new RegExp(String.raw`(?:${OFFICIALS_STUDY})[^。]*讲座\s*\d+\s*期|讲座\s*\d+\s*期[^。]*(?:${OFFICIALS_STUDY})`);
const LEADER = String.raw`(?:领导|书记|[县区市镇乡旗]长|局长|主任|负责人)`;
/** A sentence on a government's heads leading its own study of the law (主要负责同志带头学法用法, 常务会专题学法). */
const HEADS_OWN_STUDY = /(?:负责同志|负责人|领导)[^。]{0,8}带头学法|常务会(?:议)?[^。]{0,6}学法/;
/** Events held for the body's own officials or staff (面向机关干部举办…, 为全体公职人员举办…): their study, not the public's; not 干部群众. */
const FOR_OFFICIALS = String.raw`(?:面向|为)(?:全体|全[局县区市镇])?(?:机关|党员)?(?:领导)?(?:干部|公职人员|工作人员)(?:职工)?(?!群众)`;

export const legalEducation: Domain = {
  name: "legal_education",
  label: "普法",
  // a tour (巡讲, 巡展, 巡演) on its own, not one of another campaign's (平安创建宣传巡展, 禁毒巡演);
  // 法律进 a campaign's (法律进社区), and a named law's (民法典进社区, 统计法进党校), not 法律进行审查 nor 执法进企业; 法律推广, what Hong Kong and Macau call it (青少年法律推广月);
  // the people an event educated (受教育人数达10000余人, 累计受教群众4000余人) say it was one; 法治文宣, publicity on the law;
  // 法治报告, a talk on the law (做法治报告12场次), not a year's report (年度法治报告) nor a 报告书; schools' vice-principals for the law
  // (法治副校长) teach it; publicity of the laws and regulations (法律、法规宣传30多次); a show on the law (法治文艺汇演, 法治文艺晚会) is one, as its 活动 is; a village's night school of the law (法治夜校); talks on the civil code (民法典专题讲座);
  // publicity of laws named in book-title marks (开展《统计法》《统计法实施条例》宣传), read back from the rare 》
  // a campaign whose quoted name holds the law (“美好生活·民法典相伴”等主题活动, “法治护航”系列活动), read back from its closing quote
  topic:
    /[”"](?<=[“"][^”"]{0,16}(?:民法典|宪法|法治|普法|法律)[^”"]{0,16}[”"])(?:等|系列)?(?:主题|专题)?活动|普法|法律推广|受教(?:育)?(?:群众|人数)|法治宣传|法制宣传|法律宣传|法治(?:实践|文化|文艺|宣传|教育|体验|主题)?活动|法治文化|法[治制]文宣|法[治制](?:知识)?讲座|法[治制](?:大)?讲堂|送法|以案[释说讲]法|法律明白人|宪法宣传|宪法(?:法律)?(?:知识)?宣讲|宪法进|民法典宣传|民法典(?:专题|主题)?(?:讲座|宣讲|讲堂|课堂?)|法[治制]教育|法律常识|法[治律]知识(?:竞赛|问答|答题|宣讲|宣传)|法律讲座|普法讲座|宣传活动|学法用法|法(?:律|治)进(?!行)|民法典进(?!行|一步)|(?<![依执司办方做立守用说违])法进(?!行|一步|入|驻|展|度|程|取|修|化|步|而)|法治思想[^,;:。]{0,24}?(?:宣讲|宣传)|(?:宣讲|宣传)[^,;:。]{0,8}?习近平法治思想|法治(?:专题|理论)?(?:宣讲|授课)|普法宣讲|法律宣讲|法律(?:法规)?[和及与、]?政策(?:宣讲|宣传)|法律[和及与、]?法规(?:知识)?宣传|宣讲团|法治专题讲座|(?<!年度)法治(?:专题)?报告(?!书)|法[律治][一二三四五六七八九十]进|[“"][一二三四五六七八九十]进[”"]|(?<!(?:平安|安全|消防|禁毒|防诈|反诈|卫生|健康|文明)[^,;:。]{0,6})巡(?:讲|展|演)|法[治制](?:警示)?(?:电影|影片)|法[治制]文艺(?:汇演|演出|晚会|展演|节目)|法[治制](?:公开|专题|教育)?课|》(?<=(?:法|条例|法典)》)(?:[、和及与]?《[^》]{1,20}》)*(?:主题|专题|集中)?(?:宣传|宣讲)|宪法晨读|宪法卫士|学宪法[^,;:。]{0,2}?讲宪法|法[治制]副校长|法[治制]夜校/,
  rules: [
    {
      id: "legal_education.legal_literate_persons",
      label: "法律明白人数",
      unit: "person",
      wording: "法律明白人N名",
      // not their representatives at an event (法律明白人代表200余人参加了聘任仪式, “法律明白人”骨干代表等近500人参加线上培训)
      // nor one kind of those a count covers (法律顾问、法律明白人、网格员等组成86人…志愿队)
      // nor those honoured among them (评选“优秀法律明白人”30名, 表彰…优秀“法律明白人”): some of them;
      // nor another group named after them, its own count after it (“法律明白人”*名、“法治带头人”620名)
      before: /(?<!(?:优秀|先进|示范|星级|金牌)[“"]?)法律明白人(?![”"]?(?:骨干)?代表)(?![”"]?[、和及与][^,;。\d]*$)(?![^,;。\d]*[、和及与][“"][^,;。\d]*$)/,
      // not those doing something at an event (6名“法律明白人”一边分发宣传手册…)
      // 1.27万名乡村“法律明白人”, 30余名“社区法律明白人”, 8000名村居园区法律明白人, 1200名乡村振兴法律明白人: a few words may say where they serve, or what they are
      // (19名持证上岗的“法律明白人”, 15人的“法律明白人”队伍)
      // or who earned the title (13.55万人经过培训获得“法律明白人”证书, 1500余人成为“法律明白人”), not those picked to train for it (…成为“法律明白人”培养对象)
      after: /^(?:[^,;。“”"\d]{0,6}的|[^,;。“”"\d]{0,8}?(?:获得|取得|获颁|被认定为|成为))?[“"]?(?:乡村振兴[·・]?|乡村|农村|村级|村居|村|[(（]居[)）]|社区|基层|园区|企业){0,3}[“"]?法律明白人[”"]?(?![^,;。]{0,2}(?:一边|开展|深入|走进|走访|来到|现场))(?![”"]?(?:培养|候选|后备)对象|[”"]?候选人)/,
      // those trained in the year (新培育“法律明白人”412名) stand beside the roster they join (全区…累计达2316名): each a figure
    },
    {
      id: "legal_education.participants",
      label: "普法受众人次",
      unit: "person_time",
      wording: "覆盖 · 参与 N人次 · 开展宣传N人次",
      // those who heard it (聆听…音频学法1000余人), visited it (参观人数约1000余人次), it was aimed at (普法对象6000余人次) or reached
      // (受影响群众千余人) or served (普法基地…服务人群约3万余人次), or came to its stall (来访群众1000多人) are its audience
      // not the staff who took part (参与宣传人员8人次, 参与活动的普法志愿者近1000名, 宣传团队参加人数5人), though those who took part, bare (参与人员300余人次), are its
      // audience; nor those JOINED_AS_NO_AUDIENCE names,
      // nor a team that teaches (教育法治讲师团规模达到60人)
      // publicity carried out to a number of people (开展法治宣传2200人次, 入户宣传120人次) reached them, as it did those 受宣 or 获宣, and those the law
      // was explained to on the spot (现场知识讲解58人次)
      before: new RegExp(String.raw`覆盖|(?<!(?:团队|队伍|队员|工作人员|志愿者)的?)(?:参与|参加)(?![^,;。]{0,8}(?:(?<![与加])人员|志愿者|律师)|${JOINED_AS_NO_AUDIENCE})|参学|受众|受宣|受(?:法[治制]|普法)宣传|获宣|受教(?!育)|受益|受惠|受影响|惠及|普及|服务(?:人群|群众)|参训|教育(?!系统|局|部门|行政|厅|委|[^,;。\d]{0,6}?(?:讲师团|宣讲团|团队|队伍))|听众|观众|观看|收看|参观|聆听|收听|答题|参赛|(?<!重点)(?:普法|宣传)对象|(?:来访|到场|现场)群众|(?:开展|进行|入户)[^,;。\d]{0,10}?(?:宣传|宣讲)(?:活动)?(?:共|达|约)?$|(?:现场|法律|知识)讲解(?:共|达|约)?$`),
      // the audience, whatever they did (近千余名观众, 20余万人参赛 in a contest on the law), not the staff (85名普法志愿者参加演出, 230名法律顾问参与政府决策)
      // also reached through a channel named on the way (6万余名居民经由“掌上普法”栏目受到法治教育), or who visited, named by where they live
      // (十余万辖区群众参观接受普法教育) or listened (近350名师生聆听了讲座),
      // or those a lesson was brought to or given (为全市9万余名师生送上法治课, 为500余名师生带来一堂法治公开课, 为400余名学生上了一场法治课)
      // or those who gathered for it (群众、师生等600余人欢聚…广场,共同开展…活动; 近千名群众齐聚…观看演出), not officials or staff, who gather
      // to be trained (200余名领导干部齐聚县委党校,参加法治专题培训), nor any who gather for training or a meeting in their clause
      after: new RegExp(
        String.raw`^(?:观众|听众)(?![^,;。]{0,2}?(?:席|座))|^(?![^,;。]{0,4}?(?:法律顾问|律师|调解员|工作人员|民警|干警))(?:辖区|周边|当地|本地|全[省市县区镇乡])?(?:群众|居民|村民|市民|师生|学生|职工|干部职工|职工群众|师生员工|干部群众|观众|听众|人)?(?:(?:通过[^,;。]{1,12}?)?[^,;。志工]{0,4}?(?:(?:参与|参加)(?!${JOINED_AS_NO_AUDIENCE})|参赛|受益|受教育|(?:接受|受到)了?[^,;。]{0,6}?教育|观看|收看|(?<!干部|领导|党员|人员|代表|员工)(?:参观|聆听)|普及|(?<!干部|领导|党员|人员|代表|员工)(?:欢聚|齐聚|相聚|汇聚)(?!${JOINED_AS_NO_AUDIENCE})|(?:送上|送去|带来|上了?)[^,;。]{0,8}?(?:法治|法制|普法|法律)[^,;。]{0,3}?(?:课|讲座)))`,
      ),
      units: /^(?:人次|人|名|位)$/,
      // the audience counted right after the events (举办法治讲座15场8600余人次, 开展普法活动120场次、8600余人次), or named as those
      // the talks trained (宣讲250多场,受训人员达3万多人次), though 受训 alone is a training's
      rightAfter: "legal_education.activities",
      rightAfterWords: /^[,，]\s*受训(?:人员|群众|人数)?(?:达到?|共|约|为)?/,
    },
    {
      id: "legal_education.activities",
      label: "普法活动场次",
      unit: "count",
      wording: "普法 · 法治宣传 · 法治活动 · 巡演 N场/次/场次; 法治课N堂/节",
      // 宣传 only as the verb right before the count (宣传车宣传1861场次, 深入村组宣传法律法规45次, 集中宣传常用法律法规25场次), not 宣传栏412期, nor in the media (在…等媒体上宣传2200余次, 微信微博短信宣传50000次,
      // 普法动漫微视频宣传82期), nor showings on a screen (利用户外电子屏宣传2600余次)
      // held, not attended (出席法治建设重要会议和活动15次), nor working meetings (召开…专题推进会2次) or press conferences (组织新闻发布会12次) nor held by officials' meetings for themselves; 送法 brings the law, 投送法律条文 only sends its text
      // films shown (播放法制警示电影200余场), not clips played on screens; shows staged, not commercial ones licensed (批准营业性演出1场); nor questions answered or services given (开展法律咨询1.3万次, 开展精准服务800次)
      // talks on the law given (做法治报告12场次, “普法课堂”共开讲1.7万次), and class meetings on it (宪法主题班会200余场次)
      // a broadcast on the law before its count (“法安白云”普法直播177场)
      // a lesson or a lecture hall right before its count (上法制课187堂, 为师生上法制课达4000多场次, “开学第一课”86堂, 开设法治课堂200余场, 开设“法治讲堂”12期: a hall opened, as 法治大讲堂 bare may be the leaders' own study), not leaders' lessons to their staff (主要领导讲法治课2次, 县委书记带头讲授法治课2次, 党委书记带头开展专题法治讲座1次),
      // nor a party lesson, which is for the party's members (讲法治专题党课2场次)
      // nor the body's own study (组织街道领导班子集体学法4次, 专题学法讲座2场, 举办市政府专题法律讲座3次, a government's lectures: 省政府举行2次法治专题讲座, 举办省政府常务会议法治专题讲座3期, 区政府常务会开展…系列专题法治讲座4次,
      // 领导干部依法行政研讨班2期, 组织区领导专题讲法1次, 领导干部讲坛3期, 组织常务会学习…4次, 组织法治政府建设专题讲座2次, its officials' lecture
      // hall: 机关干部法治大讲堂全年开讲4次), nor its staff's seminars (开展“以案释法”业务研讨6次), nor hearings its staff
      // sat in on (组织参加庭审旁听873场, 组织开展旁听庭审活动4场次, 组织人员参与检察院听证1次), though a hearing may be one kind
      // listed among others (开展宪法宣誓、旁听庭审、警示教育等各类法治实践活动34场次), nor officials' law exams (集中考法、任前考法3场, 学法考试6次, “一月一考”12次) or study they lead (领学…3次) or do (开展法律法规学习15次, 组织全局党员干部集中学习…1次) or watch (组织干部观看…法治视频10余次), nor votes or visits counted (举行…网上投票46万余次), nor inspections (开展执法检查478次), nor lawsuits or arbitrations taken part in (参与诉讼活动9745次)
      before: new RegExp(
        String.raw`(?<!(?:参加|出席|常务会议?|党组(?:会议)?|中心组)[^,;。]{0,16}|旁听[^,;。、]{0,16}|政府|${LEADER}(?:带头|亲自)[^,;。]{0,8}|${FOR_OFFICIALS}[^,;。]{0,4})(?:(?<!诉讼|仲裁)活动|开展|举办|组织|举行|(?<![投推发报传递])送法|(?<!(?:${OFFICIALS_LECTURED}|中心组|法治政府建设|学法)(?:专题|法治|法律)*)讲座|宣讲|讲课|授课|(?<!(?:${OFFICIALS_LECTURED})[^,;。]{0,8})开讲|报告会|(?:做|作)法治(?:专题)?报告|主题班会|放映|播放(?=[^,;。]{0,6}?(?:电影|影片))|(?<!营业性|商业性?)演出|巡演|巡讲|巡展|(?<!(?:媒体|报刊|网络|平台|电视|广播|微信|微博|短信|公众号|屏幕?)上?(?:滚动|循环)?|视频|动漫|短片)宣传(?:[^,;。\d、]{0,4}?(?:法律法规|法律知识))?$|(?<!${LEADER}[^,;。]{0,8}|党)(?:课[”"]?|课堂)(?:达|共|共计)?$|(?:普法|法治)直播$|开设(?![^,;。]{0,10}?领导)[^,;。\d]{0,10}?讲堂[”"]?$)(?![^,;。]{0,12}?(?:学法|考法|考试|[月周季年]一考|领学|集体学习|集中学习|理论学习|常务会议?学习|投票|访问量|点击|浏览|法治政府建设(?:专题)?讲座|(?:推进|部署|调度|协调|联席|动员|工作)(?:会议?|大会)|座谈会|发布会|例会|中心组|研讨|培训班|读书班|领导[^,;。]{0,4}?(?:讲法|讲坛)|(?:党员|干部|公职人员|工作人员)(?:职工)?观看|(?:${OFFICIALS_LECTURED})(?:专题|法治|法律)*讲座|旁听|听证|咨询(?:服务)?(?:共|达)?$|服务(?:共|达)?$|检查(?:共|达)?$|学习(?:共|达)?$))`,
      ),
      // 45场靶向法治宣传活动, 三次大规模的宪法宣讲活动, 250余场主题宣讲 on the law's topic: a word or two may say what kind, or names in quotes (60余场“开学第一课”“学宪法讲宪法”活动); or the publicity alone (完成24场次宣传); a broadcast's episodes (24期普法直播) are events too; not the next
      // item of a list (宣传42000次、举办普法讲座35场)
      after: /^(?!、)(?:“[^”]{1,16}”[、和及与]?){0,3}(?:(?:[省市区县镇校]级)?(?:系列|主题)?(?:普法|法治宣传|法制宣传|宣传|法治|法制|法律|宪法)?|[^,;。“”\d]{1,4}?(?:普法|法治|法制|法律|宪法)(?:宣传)?)(?:知识)?(?:活动|讲座|宣讲|课|直播)|^(?:普法|法治)?宣传$/,
      units: /^(?:场|次|场次|期|堂|节)$/,
      // lectures counted by the session (讲座1期) in a sentence on the officials' own study (理论学习中心组学习…、会前学法9次、举办法治专题讲座1期;
      // 厅党委会、厅长办公会…,举办法治专题讲座5期; 列为党校主体班次和理论学习重点内容,…举办习近平法治思想专题讲座1期) are theirs, no 普法
      // and lessons in a sentence on a government's own study led by its heads (区政府主要负责同志带头学法用法,组织…常务会专题学法3次,
      // 讲法治课1次) are theirs too
      otherMeasureBeside: [
        { cue: /讲座$/, sentence: OFFICIALS_LECTURE_SESSIONS },
        { cue: /课[”"]?$/, sentence: HEADS_OWN_STUDY },
      ],
    },
  ],
  checks: [],
};
