/** Legal education (普法 · 法治宣传) and the 法律明白人 programme. */
import type { Domain } from "./types.js";

export const legalEducation: Domain = {
  name: "legal_education",
  label: "普法",
  topic:
    /普法|法治宣传|法制宣传|法律宣传|法治(?:实践|文化|文艺|宣传|教育|体验|主题)?活动|法治文化|法治(?:知识)?讲座|送法|以案[释说]法|法律明白人|宪法宣传|宪法进|民法典宣传|法[治制]教育|法律常识|法律讲座|普法讲座|宣传活动|学法用法|法(?:律|治)进|法治思想[^,;:。]{0,4}?(?:宣讲|宣传)|法治(?:专题)?(?:宣讲|授课)|普法宣讲|法律宣讲|法律(?:法规)?[和及与、]?政策(?:宣讲|宣传)|宣讲团|法治专题讲座|法治报告会|法[律治][一二三四五六七八九十]进|[“"][一二三四五六七八九十]进[”"]|巡讲|巡展|巡演|法[治制](?:电影|影片)/,
  rules: [
    {
      id: "legal_education.legal_literate_persons",
      label: "法律明白人数",
      unit: "person",
      wording: "法律明白人N名",
      before: /法律明白人/,
      // not those doing something at an event (4名“法律明白人”一边派发宣传单…)
      // 1.27万名乡村“法律明白人”, 30余名“社区法律明白人”: a few words may say where they serve, or what they are
      // (19名持证上岗的“法律明白人”, 15人的“法律明白人”队伍)
      after: /^(?:[^,;。“”"\d]{0,6}的)?[“"]?(?:乡村|农村|村级|村|社区|基层)?[“"]?法律明白人[”"]?(?![^,;。]{0,2}(?:一边|开展|深入|走进|走访|来到|现场))/,
    },
    {
      id: "legal_education.participants",
      label: "普法受众人次",
      unit: "person_time",
      wording: "覆盖 · 参与 N人次",
      // not the staff who took part (参与宣传人员8人次)
      // nor those trained or examined (超18万人参与培训)
      before: /覆盖|(?:参与|参加)(?![^,;。]{0,4}(?:人员|志愿者|律师)|[^,;。]{0,12}?(?:培训|考试|考核))|参学|受众|受宣|受教(?!育)|受益|受惠|惠及|普及|参训|教育|听众|观众|观看|答题|参赛/,
      // the audience, not the staff (160名普法志愿者参加活动)
      // also reached through a channel named on the way (近30万群众通过“指尖普法”受到法治教育),
      // or those a lesson was brought to (为全市9万余名师生送上法治课)
      after: /^(?:群众|居民|村民|市民|师生|学生|职工|干部群众|观众|听众|人)?(?:(?:通过[^,;。]{1,12}?)?[^,;。志工]{0,4}?(?:(?:参与|参加)(?![^,;。]{0,12}?(?:培训|考试|考核))|受益|受教育|(?:接受|受到)[^,;。]{0,4}?教育|观看|普及)|(?:送上|送去|带来)[^,;。]{0,8}?(?:法治|法制|普法|法律)(?:课|讲座))/,
      units: /^(?:人次|人|名|位)$/,
    },
    {
      id: "legal_education.activities",
      label: "普法活动场次",
      unit: "count",
      wording: "普法 · 法治宣传 · 法治活动 · 巡演 N场/次/场次; 法治课N堂",
      // 宣传 only as the verb right before the count (宣传车宣传1861场次), not 宣传栏412期, nor in the media (在…等媒体上宣传2200余次)
      // held, not attended (参加重要法治建设会议、活动20余次)
      // a lesson right before its count (上法制课187堂, “开学第一课”86堂), not leaders' lessons to their staff (主要领导讲法治课2次)
      // nor the body's own study (组织街道领导班子集体学法4次, 举办市政府专题法律讲座3次), nor hearings its staff
      // sat in on (组织参加庭审旁听873场)
      before:
        /(?<!(?:参加|出席)[^,;。]{0,16})(?:活动|开展|举办|组织|举行|送法|(?<!(?:政府|机关干部|领导干部)(?:专题)?(?:法治|法律)?)讲座|宣讲|讲课|授课|报告会|放映|演出|巡演|巡讲|巡展|(?<!(?:媒体|报刊|网络|平台|电视|广播)上?)宣传$|(?<!领导[^,;。]{0,8})课[”"]?$)(?![^,;。]{0,12}?(?:学法|集体学习|理论学习|中心组|(?:政府|机关干部|领导干部)(?:专题)?(?:法治|法律)?讲座|旁听))/,
      // 45场靶向法治宣传活动: a word or two may say what kind
      after: /^(?:“[^”]{1,16}”)?(?:(?:[省市区县镇校]级)?(?:系列)?(?:普法|法治宣传|法制宣传|宣传|法治|法制|法律)?|[^,;。“”\d]{1,4}?(?:普法|法治|法制|法律)(?:宣传)?)(?:知识)?(?:活动|讲座|宣讲|课)/,
      units: /^(?:场|次|场次|期|堂)$/,
    },
  ],
  checks: [],
};
