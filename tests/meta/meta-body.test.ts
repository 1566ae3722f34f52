/**
 * Meta from the body: who reports (region, level), the year the figures
 * cover and the page's own date, from invented texts of the shapes real
 * pages use. Each table has rows that must find a value and rows that must
 * not: a wrong region or year is worse than none.
 */
import { describe, expect, it } from "vitest";
import { placeEndingRun } from "../../src/meta/places.js";
import { extract } from "../../src/pipeline.js";

type Level = "national" | "province" | "city" | "district" | "county" | "township" | "department" | null;

function metaOf(text: string): ReturnType<typeof extract>["meta"] {
  return extract(text).meta;
}

describe("region from the body whose figures these are", () => {
  it.each<[string, string, string | null, Level | undefined]>([
    ["征询 before a body is a verb, no place's end", "市司法局立足发展理念,以思想大解放推进新发展。在全市建立了任免司法所长必须征询区司法局意见、任免区司法局长必须征询市司法局意见的领导干部任免新机制。", null, "department"],
    ["选拔 before a bare 区局 is a verb, no place", "2023年,区城管执法局扎实推进依法行政。统筹干部选拔使用,严格落实中队科级领导干部选拔区局提出建议人选。", null, "department"],
    ["a yearbook's entry, the place named only by its yearbook at the top", "柳林年鉴(2023) > 政法 > 司法行政\n【人民调解】年内,全县各级调解组织调解矛盾纠纷1862件,调解成功1830件。", "柳林县", "county"],
    ["no place from a yearbook of a field", "中国法治年鉴(2023) > 地方法治\n【人民调解】年内,各级调解组织调解矛盾纠纷1862件。", null, undefined],
    ["a template's title, its year left blank before a bare 县", "20XX年县司法局法治政府建设工作总结\n一、主要成效\n全年调解矛盾纠纷XX件。", null, undefined],
    [
      "a zone's committee for the rule of law, its superior city's committee and statute named after it",
      "一、主要举措\n(一)高位推进法治新区建设\n召开柳溪新区全面依法治区委员会第三次会议,传达学习中央、市委有关精神,研究制定新区年度工作要点,推进《东岭柳溪新区管理条例》修订。",
      "柳溪新区",
      "district",
    ],
    ["the one county a 我县 text names, as its party committee's in a title it carries out", "2023年,我县认真学习贯彻习近平法治思想。\n四是健全法治建设考核机制。对照《中共柳溪县委全面依法治县委员会2023年工作要点》,组织考核。", "柳溪县", "county"],
    // an ethnic township names its people before its unit (柳树屯满族乡), as an autonomous county does; 共和 opens a name, not a total (共计)
    ["a title under an index block set out with blank lines, past forty lines of the page", "您当前所在位置:首页\n> 政务公开 > 部门文件\n  • 信息索引号:\n\n    11330781/2025-00159\n\n  • 主题分类:\n\n    司法\n\n  • 体裁分类:\n\n    报告\n\n  • 信息名称:\n\n    \n\n  • 发布机构:\n\n    县司法局\n\n  • 发文字号:\n\n    \n\n  • 成文日期:\n\n    2025-01-16\n\n  • 公开方式:\n\n    主动公开\n\n  • 登记号:\n\n    \n\n  • 信息有效性:\n\n    有效\n\n柳川县司法局2024年法治政府建设年度报告\n\n2024年,我局坚持依法行政,全年办理行政复议案件12件。", "柳川县", "department"],
    ["the issuing body a page's 发布机构 names, a department", "发布机构:柳川县司法局\n2024年法治政府建设年度报告\n2024年,我局坚持依法行政,全年办理行政复议案件12件。", "柳川县", "department"],
    ["a street whose one-character stem ends on a city's character (新市街道)", "2023年,在区委、区政府的正确领导下,新市街道办事处坚持以习近平新时代中国特色社会主义思想为指导,认真推进法治建设。", "新市街道", "township"],
    ["a town so, after its city and district (蔡市镇)", "近日,柳州市鱼峰区蔡市镇一村民发现自家羊死了两头,镇调解室接到申请后及时调处。", "柳州市鱼峰区蔡市镇", "township"],
    ["a city's streets are no street", "加强城市街道管理,全市街道坚持依法行政。", null, "city"],
    ["a prefecture once named 地区, now a city", "2010年,铜仁地区各级行政复议机关共受理行政复议案件86件。", "铜仁地区", "city"],
    ["an ethnic township's title", "青石沟回族乡关于2025年法治政府建设工作的报告\n今年以来,乡党委、政府坚持依法行政,推进基层依法治理。", "青石沟回族乡", "township"],
    ["a township named 共和 under its city and district", "海川市乐川区共和乡2022年度法治政府建设工作报告\n共和乡党委、政府深入学习贯彻习近平法治思想。", "海川市乐川区共和乡", "township"],
    // 人民 names a street office (人民街街道, 人民路街道), though no 人民政府 or 人民法院 is a place
    ["a street office named for 人民街, under the district's committee it reports to", "城中区委全面依法治区委员会:\n2025年,人民街街道办事处坚持以习近平法治思想为根本遵循,认真贯彻落实《城中区2025年法治政府建设工作要点》要求。", "人民街街道", "township"],
    // 和 right after a body joins it to the next (国务院和县委): no 和县; a page's label run into the name (发文单位开发区·铁山区) is no stem
    ["和 joining the centre's bodies to a county's, the text's own county named only in its plans' titles", "县局党组全面贯彻落实党中央、国务院和县委、县政府关于法治政府建设的决策、部署,坚持党的全面领导、人民当家作主、依法治国有机统一。局党组多次听取各监管所、直属单位、各业务股室工作汇报,组织召开局党组专题会议研究年度工作计划和普法计划,及时制定《柳川县市场监管局2021依法行政重点工作安排》、《柳川县市场监管局2021年普法工作计划(普法责任清单)》,将法治建设列入“一把手”工程。", "柳川县", "county"],
    ["a page's label run into the name after it", "关于开发区·柳山区2025年度法治政府建设情况的报告\n索引号000027815/2026-04192\n发文单位开发区·柳山区 效力状态有效\n2025年,开发区·柳山区深入推进法治政府建设。", "柳山区", "district"],
    ["a zone named with its city of three characters before the zone's kind", "2023年,连川港经济技术开发区人民法院受理一审行政诉讼案件312件。", "连川港经济技术开发区", "district"],
    ["乡贤 is no township; a town named for a family before 集镇 is one", "本报讯 近日,在柳河县东刘集镇,一套热线加调解的机制正推动基层治理转变。\n热线赋能民情响应\n东刘集镇创新建立热线调解机制,打通服务群众的“最后一公里”。\n“四方参与”强支撑:引入乡贤、法律顾问、志愿者参与调解,今年以来调解纠纷80件。", "柳河县东刘集镇", "township"],
    // a bare name after its province that the text completes with an autonomous unit (海南昌江 … 昌江黎族自治县; the gazetteer also has 昌江区)
    ["an autonomous county of all its peoples (各族), named in full once and short after", "近日,在广西柳溪各族自治县德峨镇司法所调解室,两位村民握手言和。\n柳溪县委政法委书记陈某说:“调解矛盾,用家常话来说,效果最好。”去年以来,柳溪共调解纠纷1060余起。", "柳溪各族自治县", "county"],
    ["a bare name after its province, written in full with its peoples", "海南昌江法治建设提速\n目前,昌江黎族自治县持续推进依法行政,昌江各乡镇均设立法律服务站。", "昌江黎族自治县", "county"],
    // the gazetteer knows a county's name, though the text writes it only before its court and not at its opening
    // but a county the gazetteer knows weighs no more than where it stands: a city heading the opening outweighs a county's body later
    ["a city heading the opening, one of its counties' bodies heading a later sentence", "“十三五”以来,铜陵市以深化改革为抓手,全力破解基层治理难题,法治建设取得明显成效。枞阳县人大常委会获批省级基层立法联系点。", "铜陵市", "city"],
    ["a county named only before its court, past the opening", "6月12日,在临泉县人民法院诉讼服务中心,法官为当事人调解纠纷。近年来,案件多发,临泉县人民法院积极推进诉源治理,累计调解纠纷1260件。", "临泉县", "county"],
    ["a district's court by its bare name, never written in full", "【行政审判】2022年,美兰法院审结行政诉讼案件418件,结案率98.2%。", "美兰区", "district"],
    // 朝阳 names a city, a district and a county; 会同 is a verb (together with) far more often than the county
    // a bare district name that several cities share, after its city's bare name: that city's district
    ["a district's court by its bare name after its city's", "福州鼓楼法院近日召开行政审判工作新闻发布会,介绍诉前化解行政争议工作情况。", "福州市鼓楼区", "district"],
    ["a county-level city's court after its city's bare name, in a reporting verb's clause", "近日,市中院通报柳州鱼峰法院2023年行政审判工作情况。", "柳州市鱼峰区", "district"],
    ["a district's court after a municipality's bare name", "2022年,北京朝阳法院审结行政诉讼案件418件。", "北京市朝阳区", "district"],
    ["a national case system a local office works in", "审前纾困暖企,畅通复议入口。严格按照登记、受理、审理、决定审批等时间节点,利用全国行政复议办案系统进行全流程网上办案,做到电子、纸质档案同步归档。", null, undefined],
    ["a bare name that several divisions share", "【行政审判】2022年,朝阳法院审结行政诉讼案件418件。", null, undefined],
    ["a common word that is also a county's bare name", "二是降低败诉率。对近年败诉案件全面梳理,会同法院等部门逐案分析研判。", null, undefined],
    ["a verb that is also a county's bare name, before 区委: no district of that name", "一、坚持突出普法重点对象\n我局充分发挥协调指导作用,会同区委宣传部、区委组织部等30多家单位印发《实施意见》。", null, undefined],
    ["少数民族乡村 is no township", "2024年,柳川县坚持以习近平法治思想为指导,促进少数民族乡村振兴,全县调解纠纷120件。", "柳川县", "county"],
    // a verb before 全区 is no bare name, whatever unit follows it elsewhere (纳入区委); a city's goal of output is no city
    ["a verb before 全区 and before 区委, the district at the head of the opening", "2024年,在市委、市政府的正确领导下,柳丰区坚持以习近平法治思想为指导。\n将习近平法治思想列为“必修课”,纳入全区干部教育培训课程。将法治建设纳入区委、区政府年度工作要点。", "柳丰区", "district"],
    // the word 城市 after a goal (建设现代海洋城市), and verbs before a unit's bodies or words (分管市长, 列入县政府…, 利用镇集市), name no place
    ["a city as a goal's word, not the gazetteer's", "绘就现代山水城市法治新图景\n市司法局锚定现代山水城市建设目标,统筹推进各领域法治建设。", null, undefined],
    ["a verb before a unit's title or body", "分管市长 | 序号 | 主要工作任务 | 责任单位\n同时,将法治建设列入县政府常务会议议题,利用镇集市开放日开展普法。", null, undefined],
    ["a county held up as a model in a slogan", "2024年,我县坚持依法治县,为打造“绿色的柳川”样板县、争创“平安东岭”先进县提供坚强法治保障。", null, undefined],
    // the city's own procuratorate heads a list of the procuratorates present: the districts after it are listed, none the subject
    ["the last of a list of procuratorates after the city's own", "7月8日,市检察院举办“助力法治柳川建设”行政检察开放日活动。活动中,市检察院、南漳县检察院、东宝区检察院相关负责人现场答记者问。", null, undefined],
    // the place written bare only in the text's rule-of-law slogan, of the unit the text calls itself by
    ["a city's procuratorate unnamed, its city bare in the slogan", "9月2日,市检察院举办“护航法治株洲建设”主题开放日活动,通报全市行政检察工作情况。", "株洲市", "city"],
    // a reply to a proposal names the members it answers (…委员会委员:), a democratic party's committee of the text's own city
    ["a reply to a party committee's members", "答复类别:B类\n九三学社柳川市委员会委员:\n贵委的关于加强基层治理的建议提案收悉,现将办理情况函复如下:\n一、我市人民调解组织基本情况\n全市共建立调解组织600个。", "柳川市", "city"],
    // the text's own city by its bare name as the subject of the year's work; the gazetteer's one city of that name
    ["a township's government a county bureau joined with (联合…乡人民政府)", "2025年10月23日,湖北省巴东县司法局联合溪丘湾乡人民政府,在该乡社区举办法治文艺进乡村活动。活动惠及群众500余人次。", "湖北省巴东县", "department"],
    ["a city's bare name heading its work since a plan began", "记者从市司法局获悉,“八五”普法规划实施以来,株洲聚焦重点人群,加强普法宣传。我市累计开展普法活动1200余场次。", "株洲市", "city"],
    ["a city's bare name heading its year's work", "2024年,淮安坚持以习近平法治思想为指导,持续深入推进依法行政。市政府常务会认真学习,全市调解纠纷300件。", "淮安市", "city"],
    ["a county-level city's bare name, whatever jieba tags it (兴化 v)", "2024年,兴化坚持以习近平法治思想为指导,持续深入推进依法行政。市政府常务会认真学习,全市调解纠纷300件。", "兴化市", "city"],
    ["a county-level city's bare name that opens a common word too (高密度) is left unread", "2024年,高密坚持以习近平法治思想为指导,持续深入推进依法行政。市政府常务会认真学习,全市调解纠纷300件。", null, "city"],
    ["a city's bare name that is a common word too (大同) is left unread", "今年以来,大同持续推进依法行政,市政府常务会认真学习。", null, "city"],
    ["a county's bare name heading its work, the text a city's", "2024年,临泽深入推进依法行政。市政府常务会认真学习,全市调解纠纷300件。", null, "city"],
    ["the defendant of the cases a clause opens on", "2023年,以东岭市人民政府为被告的行政诉讼案件审结42件,无一败诉。", "东岭市", "city"],
    // a bare name of both a city and a county (本溪: 本溪市, 本溪满族自治县): the one of the unit the text speaks as
    ["a city's slogan, its parts named after 其中 as subjects of their clauses", "2025年,市政府以法治韶关建设为抓手,扎实推进法治政府建设。我市深入学习习近平法治思想。其中,武江区推进调解项目;乐昌市整合各类调解力量。全市调解纠纷320件。", "韶关市", "city"],
    ["a city speaking, its bare name also an autonomous county's", "近年来,我市统筹推进法治本溪、法治政府和法治社会一体建设,全市调解纠纷320件。", "本溪市", "city"],
    ["a department of a city, its city bare in its slogans of peace and of the law", "2022年,在市委、市政府的正确领导下,市司法局坚持以习近平法治思想为指导,为建设更高水平的平安衡阳、法治衡阳提供坚强法治保障。", "衡阳市", "department"],
    ["a city speaking, its bare name in its station's programme on the rule of law (《法治衡阳》)", "省政府:\n2022年,在省委、省政府的坚强领导下,我市深入推进依法行政。市政府领导带头宣讲,衡阳广播电视台《法治衡阳》栏目推出专题节目。", "衡阳市", "city"],
    ["a department of a city, its city bare in the slogan before a plan's name in quotes", "2025年,市司法局在市委、市政府的坚强领导下,忠诚履职,积极谋划法治衡阳“十五五”蓝图。", "衡阳市", "department"],
    ["a department of a city, its city bare in the growth its work serves", "2025年,市司法局在市委、市政府的坚强领导下,忠诚履职,为衡阳加快建设省域副中心城市提供了坚实的法治保障。", "衡阳市", "department"],
    ["a city speaking of itself as 我市, its prefecture named only after the province as a level above it", "2019年,我市共取消13项行政许可事项,落实和承接国务院、山西省、雁川市分别下放的4项行政许可事项。按照山西省、雁川市部署要求,我市把机构改革作为重大政治任务。", null, "city"],
    // 全省 in a ranking, a superior's meeting and honours won is no self-reference of the province; the province's short name in a firm's name is no place
    ["a city speaking as 我市, its ranking, a superior's meeting, honours and a firm named after 全省 and 陕西", "汉中新闻网讯(通讯员 李明)2018年,汉中市法律援助中心超额完成了全年办案1860件工作任务。当年全市各级法律援助机构共受理法律援助案件2310件,办案总量位居全省前列。在2019年3月20日省司法厅召开的全省法律援助工作推进会上,我市2018年度法律援助工作荣获多项表彰。\n城固县司法局、勉县司法局荣获2018年度全省法律援助案件质量评查优秀单位;\n我市3个案例荣获2017——2018年度全省优秀法律援助典型案例,承办单位分别是:汉台区148法律服务所、陕西明德律师事务所(洋县)、留坝县法律援助中心。", "汉中市", "city"],
    ["a site's menu of provinces, one to a line, names none of them as the body", "省份\n北京市\n天津市\n河北省\n山西省\n内蒙古\n发布时间:2023-09-23\n一、律师工作\n截至2022年底,全国共有执业律师65.16万多人。", "全国", "national"],
    ["a province alone on the line above the title is the body", "江苏省\n2023年法治政府建设情况报告\n2023年,全省共办理行政复议案件3000件。", "江苏省", "province"],
    ["a national body's local office named by its city in the title (国家统计局柳州调查队)", "国家统计局柳州调查队2023年法治建设工作总结\n2023年,调查队深入推进依法统计,开展统计执法检查12次。", "柳州市", "department"],
    ["a ranking of provinces, each count in parentheses after its bare name, names none of them as the body", "就行政诉讼发生的绝对数而言,由多到少依次为:河南(8 917)、江苏(7451)、浙江(7 241)、广东(7 109)、湖南(6 762)。", null, undefined],
    ["the last of a ranking of provinces, with no count of its own, is one of them too", "收案由多到少依次为:河南(8 917)、江苏(7451)、安徽等省。", null, undefined],
    ["a province's ranking of its cities' counts names none of them as the body", "全省行政复议案件数量排名前三的城市分别为南京市320件、苏州市280件、无锡市210件。全省共收到行政复议申请3000件。", null, "province"],
    ["a department naming itself bare, and once in full with its district", "2023年,生态环境局党组集中学习习近平法治思想6次。全力配合区依法治区办做好督察工作。制定綦江区生态环境局证明事项清单并动态调整。", "綦江区", "department"],
    ["a department naming another department of its district in full, not itself", "2023年,生态环境局党组集中学习习近平法治思想6次。配合綦江区司法局做好督察工作。", null, undefined],
    ["a county speaking, its city bare in the slogan", "2023年,我县全力服务法治株洲建设,全县调解纠纷320件。", null, "county"],
    // a county-level division run together after its city's bare name: the chain, the city written in full
    ["a district after its city's bare name, run together", "近年来,成都武侯区司法局大力推进“法律明白人”培养工程,全区培育法律明白人1200名。", "成都市武侯区", "department"],
    ["a county-level city after its city's bare name, run together", "2023年,潍坊诸城市人民法院审结行政诉讼案件260件。", "潍坊市诸城市", "city"],
    ["a name of four characters that is a division's own", "2023年,张家港市人民法院审结行政诉讼案件260件。", "张家港市", "city"],
    // a province's government naming its province only by its one character, in a leader's visit
    ["a province's government, its province named in a visit to it (来陕考察)", "2023年,省政府深入学习贯彻习近平总书记来陕考察重要讲话重要指示精神,全省各级行政复议机关共办理案件8600件。", "陕西省", "province"],
    ["a city's government, a visit to its province no place of its own", "2023年,市政府深入学习贯彻习近平总书记来陕考察重要讲话精神,全市办理行政复议案件860件。", null, "city"],
    // a department's own report naming its place only in the titles of its city's documents
    ["a bureau naming its city only in its city's regulation", "2023年,我局深入推进法治城管建设。配合市人大常委会完成《株洲市城市绿化条例》立法调研,全年未发生行政诉讼败诉案件。", "株洲市", "department"],
    ["a city speaking as itself, named only in its own plan's title", "2023年,我市深入学习贯彻习近平法治思想,法治政府建设取得积极成效。\n一、主要举措\n市委、市政府印发《株洲市“十四五”法治政府建设规划》,全年办理行政复议案件210件。", "株洲市", "city"],
    ["a department by its bare name, its city only in the plan it carries out", "2024年,在市委、市政府的正确领导下,农业农村局认真贯彻《株洲市贯彻落实〈法治政府建设实施纲要〉实施方案》,依法行政工作取得显著成效。", "株洲市", undefined],
    ["a county speaking as itself, citing its city's plan", "2023年,我县认真落实《株洲市“十四五”法治政府建设规划》,全年办理行政复议案件21件。", null, "county"],
    ["a bureau citing a province's regulation and two cities' documents", "2023年,我局贯彻《湖南省城市综合管理条例》,参照《株洲市城市绿化条例》和《湘潭市市容管理办法》完善制度。", null, undefined],
    ["a province's dialect is no province", "调解员用“四川话”与群众拉家常,青禾村调委会今年化解邻里纠纷。", null, undefined],
    ["a gambling site's name a spam mirror writes over the place's is no place (澳门皇冠…投注)", "《市卫健委澳门皇冠_皇冠国际线上娱乐-体育*投注:废止〈…的规定〉的通知》经 澳门皇冠_皇冠国际线上娱乐-体育*投注:卫生健康委员会会议审议通过,现解读如下。", null, undefined],
    ["a city's goal in a slogan", "2025年上半年,我局深入贯彻习近平法治思想,为推动我市经济“冲刺千亿市,聚力建支点”提供了坚强法治保障。", null, undefined],
    // a city and its district before a bureau name it wherever they stand: no verb before an unnamed body reads as two units
    ["a city and district's bureau after a clause of purpose", "区自然资源局开展宪法日主题普法宣传\n12月4日是国家宪法日。为普及宪法为重点的法律知识,大力建设社会主义法治文化,柳川市鹤山区自然资源局积极参与全区在中心广场开展的宪法日活动。\n区自然资源局普法宣传团队通过悬挂横幅、摆放宣传展板等形式广泛宣传宪法。", "柳川市鹤山区", "department"],
    // the region's party committee (自治区党委) is its own unnamed body, as its government is
    ["a region's party committee, the region named once later", "【加强党的领导】 自治区党委将法治政府建设摆在全局工作重要位置,召开党委全面依法治区委员会会议。自治区主席听取工作汇报,推动重点任务落实,一体推进法治建设。对照宁夏回族自治区法治政府建设实施方案,制定153项整改措施。", "宁夏回族自治区", undefined],
    // a site's categories parted by a slash (浙江/桐川) say where a page is filed: the salutation names the department's own district
    ["a site's category path above a department's report to its district", "浙江/桐川-2026-02-25 00:00:00\n关于2025年法治政府建设情况的报告\n中共桐川市柳山区委、桐川市柳山区人民政府:\n2025年,我局坚持以习近平法治思想为指导,认真落实区委、区政府法治建设部署。", "桐川市柳山区", undefined],
    // a street office by its short name (X街) heading the opening as the year's subject; a common street's name is none
    ["a street office by its short name heading the year's work", "2024年,鹤溪街坚持以习近平新时代中国特色社会主义思想为指导,深入推进法治政府建设。全年调解纠纷86宗。", "鹤溪街", "township"],
    ["a street office by its short name after its district's leadership", "2022年,在区委、区政府的正确领导下,龙川街始终坚持依法行政,全年调解纠纷64宗。", "龙川街", "township"],
    ["a shopping street is no street office", "2024年,商业街坚持开展普法宣传活动12场。", null, undefined],
    // a district the gazetteer lists whose name ends as a park does (园区): a place, where a park's name is none
    ["a district bureau whose district's name ends as 园区 does", "梁园区市场监督管理局积极开展知识产权宣传周系列活动\n4月20日,梁园区市场监管局在商业街开展宣传活动。", "梁园区", "department"],
    ["an industrial park's name is no place", "2024年,高新技术产业园区坚持依法行政,全年未发生行政诉讼案件。", null, undefined],
    // a county named as a goal is (枣强县, as 工业强县) is a place; the goal is none
    ["a county bureau whose county's name ends as a goal does", "枣强县司法局组织开展法律法规宣传活动\n5月12日,枣强县司法局、县政府应急办在县城广场集中开展了法律法规宣传活动。", "枣强县", "department"],
    ["a county's goal of industry", "2024年,我局围绕建设工业强县目标,扎实推进法治政府建设。", null, undefined],
    ["a headline opening on a city's bare name and its year", "即时新闻\n\n株洲2024年度“民告官”案行政机关一审败诉率9.8%\n\n记者 王某 报道:6月12日,中院发布2024年度行政诉讼白皮书。", "株洲市", "city"],
    ["a headline opening on a city's bare name and a colon", "株洲:行政机关负责人出庭应诉率连续三年100%\n\n近日,记者从市司法局获悉,全市行政机关负责人出庭应诉率保持100%。", "株洲市", "city"],
    ["a division by its number alone opening the title, the corps' committee in its text", "第十四师2023年法治政府建设年度报告\n\n2023年,在兵团党委和师党委的坚强领导下,第十四师坚持依法行政。全年审查合同56件。", "第十四师", "city"],
    ["the corps by its bare name before its courts, the region's high court's branch for it beside", "1月4日,专题新闻发布会召开,自治区高级人民法院兵团分院副院长出席。兵团三级法院层层压实责任,共开庭审理行政案件452件。", "新疆生产建设兵团", "province"],
    ["the production corps heard from by a reporter, no part of the autonomous region", "兵团多元解纷机制日益健全\n中新网乌鲁木齐8月9日电 记者从新疆生产建设兵团新闻办获悉,新疆兵团调解成功率达99.13%。", "新疆生产建设兵团", "province"],
    ["a corps division with the city it governs, in a title", "第一师阿拉尔市司法局2023年工作总结\n2023年,第一师阿拉尔市调解纠纷300件。", "第一师阿拉尔市", "department"],
    ["a corps division after common words ending on 区 (连队社区)", "“法律明白人”覆盖全部连队社区……自2021年以来,第十四师昆玉市二二五团坚持以习近平法治思想为指引,调解纠纷300件。", "第十四师昆玉市", "city"],
    ["a corps division without 第, the city it governs after it", "2023年以来,一师阿拉尔市健全人民调解委员会361个,调解纠纷1200件。", "第一师阿拉尔市", "city"],
    ["a table's rows of places and numbers break a city's figures down", "表:2023年各县区行政复议收案情况\n县区 | 收案数\n柳城县 | 120\n鹿寨县 | 98\n合计 | 218", null, undefined],
    ["a table's row of the body itself and its numbers", "一、行政执法工作统计年报\n单位名称 | 申请数量 | 受理数量\n柳城县自然资源局 | 0 | 0\n合计 | 0 | 0\n填表说明:统计范围为2021年度。", "柳城县", "department"],
    ["the district a bureau's work helps develop, named in full", "2023年,区行政审批局坚持以习近平新时代中国特色社会主义思想为指导,提高公开质量,助力黄陂区经济社会发展。", "黄陂区", "department"],
    ["the city whose growth a justice system's work serves, bare before 发展 (为株洲发展转型升级…)", "2014年,全市司法行政系统认真学习贯彻上级精神,立足部门职能,为株洲发展转型升级做出了积极努力。全年组织法治讲座31场次。", "株洲市", "city"],
    ["the city whose chapter a meeting means to write, written bare (谱写…的杭州篇章)", "3月7日,全市司法行政工作会议召开。2024年,全市司法行政工作将坚持稳中求进,为奋力谱写中国式现代化的杭州篇章提供有力法治保障。", "杭州市", "city"],
    ["the city whose beauty a bureau's work builds, written bare (建设美丽杭州)", "2025年,市生态环境局坚持依法行政,为持续建设高水平美丽杭州筑牢法治根基。全年组织法治讲座6场。", "杭州市", "department"],
    ["a beautiful countryside names no place", "2025年,市生态环境局坚持依法行政,为建设美丽乡村筑牢法治根基。", null, "department"],
    ["the city whose peace its mediators guard, written bare (守护绍兴平安)", "调解工作室成立3年来,已调解纠纷8600件,成为我市基层治理的一块招牌。问及加入的理由,调解员们都说:想发挥余热,守护绍兴平安。", "绍兴市", "city"],
    ["a peace guarded of no named place names none", "调解工作室成立3年来,已调解纠纷8600件,成为我市基层治理的一块招牌。调解员们都说:想发挥余热,守护一方平安。", null, "city"],
    ["the city whose part a bureau shows, written bare (干出杭州担当)", "2022年,我局按照市委、市政府的决策部署,维护退役军人合法权益,努力在新的赶考之路上干出杭州担当、展现头雁风采。", "杭州市", "department"],
    ["a county's model learned from is another's", "2024年,我县坚持依法行政,学习借鉴安吉样板,全年调解纠纷300件。", null, "county"],
    ["two cities' parts shown name neither", "2022年,我市坚持依法行政,贡献杭州担当,打造宁波样板,全年调解纠纷300件。", null, undefined],
    ["the region's government beside the corps names neither", "2023年,自治区和兵团联合开展普法活动,调解纠纷1200件。", null, undefined],
    ["a prefecture working with a corps division: not the division", "2023年,阿克苏地区与兵团第一师阿拉尔市建立矛盾纠纷联调机制,全年调解纠纷1200件。", null, undefined],
    ["a corps division's court, no province's: the division", "近年来,新疆生产建设兵团第七师中级人民法院坚持司法为民,全师法院每年受理各类案件3000件左右。", "第七师", "department"],
    ["a township head of no town named, his office before his title (乡镇镇长)", "乡镇镇长2023年述法报告\n今年以来,我认真贯彻落实上级关于法治建设的重大决策部署,全镇调解纠纷30件。", null, undefined],
    ["a town named 古镇, its stem a common word", "古镇镇2023年法治政府建设工作报告\n今年以来,古镇镇党委、政府坚持依法行政。", "古镇镇", "township"],
    // a district named once in full inside a plan's title and once bare: the text's own district, its city the chain's first
    ["an office's report naming its district's plan, the district bare again later", "区政府办2025年度法治政府建设工作报告\n2025年,区政府办深入贯彻习近平法治思想,全面落实《柳川市鹤山区2025年法治政府建设工作要点》,为推进中国式现代化鹤山实践提供了坚实法治保障。", "柳川市鹤山区", undefined],
    // a district whose stem ends on a unit's character (青州区): its stem is two characters, not the empty one after 州
    ["a district named 青州区 inside its city's chain", "区卫健委2024年度法治政府建设工作报告\n我委印发了《柳川市青州区卫生健康委员会关于进一步加强规范性文件管理的通知》,推进全区中国式现代化青州实践。", "柳川市青州区", undefined],
    // places visited in a list (深入A镇、B镇、C沟、D镇开展…) are no subject, though a village stands bare before the last
    ["a county bureau's tour of towns, a bare village among them", "3月10日至13日柳川县公安局组织治安、交警等部门,先后深入杨柳镇、石桥镇、河沟、郭家庄镇开展法制下乡宣传。", "柳川县", "department"],
    // a preposition before a common word built like a name (贯穿于城市规划) cuts what stands before it: 贯穿于城 is no city
    ["a preposition or a verb before 城市, the bureau's city unnamed", "城市管理是城市规划、建设的延伸,贯穿于城市规划、建设的全过程。“抓城市管理就是抓发展”。市城管综合执法局是2004年机构改革中成立的。", null, undefined],
    // a preposition before a unit's word alone (可从新区政务网下载) cuts what stands before it from any name
    ["a download notice before the zone's own bureau", "本报告根据《条例》编制。电子版可从新区政务网下载。如对报告内容有疑问,请与桐江东岸新区自然资源局联系。", "桐江东岸新区", undefined],
    // a body that made the text's own a pilot (入选…试点县,省司法厅…试点县) is no self-reference of the text
    ["a county-level city at the head, the province's bureau among its honours", "2021年以来,桐山市坚持以习近平法治思想为指导,持续筑牢法治建设根基。先后入选8个“全国综合竞争力百强县(市)”;入选全国农村集体产权改革试点县,省司法厅包容审慎监管融入涉企执法工作试点县(市);高新区获评省级示范园区。", "桐山市", undefined],
    // a township named for a family (石家乡) is one, as 王家乡 is; a hometown (家乡) is none
    ["a township named for the 石 family, its county named in a notice's title", "石家乡人民政府关于2025年法治政府建设情况的报告\n按照《柳溪土家族自治县人民政府办公室关于做好2025年全县法治政府建设工作的通知》要求,现将石家乡人民政府2025年度法治政府建设情况报告如下:\n2025年,石家乡深入学习贯彻习近平法治思想。", "石家乡", "township"],
    // 开设 is a verb before an unnamed body (开设县融媒体中心学习专栏), no name's start
    ["a verb before the county's media centre, the county named in its own documents' titles", "县人大常委会:\n2022年,在市委、市政府的坚强领导下,我县坚持把法治政府建设与政府职能转变统筹推进。\n组建县委讲师团开展专题宣讲,开设县融媒体中心普法专栏,持续报道我县依法行政的经验做法。召开依法治县委员会会议,研究印发《柳岭县法治社会建设实施方案任务分解表》。制定《柳岭县党政主要负责人履行推进法治建设第一责任人职责清单》。", "柳岭县", "county"],
    // a salutation run into the body on one line is still a salutation: whom the report is sent to
    ["a salutation and the body on one line", "中共桐川市委、桐川市人民政府: 2020年,海陵市以习近平法治思想为指导,贯彻落实省、桐川市法治政府建设推进会精神,着力建设法治政府。海陵市全年审查规范性文件12件,桐川市考核中位列第一。", "海陵市", "city"],
    // a district bureau named as the subject over and over outweighs 全市 of a reform its city carried out
    ["a district bureau's award news, its city's reform called 全市", "柳中区司法局荣获全市优秀行政复议文书评选一等奖\n来源:桐川市柳中区司法局 发布时间:2023-02-06 15:07\n2022年桐川市优秀行政复议文书评选活动中,柳中区司法局选送的行政复议决定书荣获全市一等奖。\n自全市行政复议体制改革施行以来,柳中区司法局以深化改革为契机,积极推进行政复议规范化建设。柳中区司法局将继续提升办案质量。", "桐川市柳中区", undefined],
    ["a town named for the 韩 family before 集镇, at the head of the opening", "2023年,韩集镇坚持以习近平法治思想为引领,扎实推进依法行政。现将我镇2023年依法行政工作推进情况报告如下:", "韩集镇", "township"],
    // a count of cities (沿江六市) is no city; a two-character stem ending in a numeral (西四镇) may be a town
    ["a count of cities at a sentence's head", "2024年,全省行政案件地域分布较集中,沿江六市新收一审行政案件9120件,占全省的72%。山区各县一审收案增长放缓。", null, undefined],
    // a national body at the head of a sentence after a month of a year (2024年4月,司法部制定印发…) speaks for all of China
    ["a ministry heading a sentence after a year's month", "修订后的行政复议法突出行政复议在化解行政争议中的作用。2024年9月,司法部制定印发《关于推进行政复议案件繁简分流工作的指导意见》。各地行政复议机构持续用力,在2024年前三季度办结的38.6万件行政复议案件中,经复议后未提起诉讼的为27.9万件。", "全国", "national"],
    // an office or court at the head of a sentence names its place
    ["a zone named right after the city's bodies it worked under", "2021年,在东岭市委、市政府的正确领导下,东岭高新区以习近平新时代中国特色社会主义思想为指导,积极推动法治政府建设向更高质量迈进。现将有关工作开展情况报告如下:", "东岭高新区", "district"],
    ["a city at one end of a route paired with the text's own city", "2023年,市公安局认真贯彻落实法治政府建设工作部署。现将我局2023年法治政府建设工作情况报告如下。\n一是落实“跨省通办”工作,针对东岭—柳川市全程网办确定“跨省通办”事项8项,针对东岭—西岭市确定“跨省通办”事项64项。", null, "department"],
    ["a county at the head of a later paragraph, after months of this year, an anecdote before it", "本报讯(通讯员 王某)近日,某村人民调解委员会在排查矛盾纠纷过程中主动介入,促成6户村民达成协议。\n今年1至7月,柳川县各级人民调解组织调处矛盾纠纷800件,调解成功791件。", "柳川县", "county"],
    ["a district's own bodies listed after its name, each with the district's unit", "3月25日,东岭市柳川区法学会、区司法局、区普法办等单位深入城墙公园开展以人民调解为主题的法制宣传活动。", "东岭市柳川区", "district"],
    ["a title behind a label in square brackets, the body's city called 我市 below it", "【补公开】柳溪镇人民政府关于2020年度法治政府建设的报告\n2020年,柳溪镇人民政府全面推进镇域社会治理现代化。\n围绕市委市政府提出的破解我市法治政府建设普遍存在的问题,镇党委政府落实出庭应诉责任。", "柳溪镇", "township"],
    ["the national committee's office publishing a list on a day (…办公室于10月28日公布了…名单)", "第三批全国法治政府建设示范地区和项目名单公布\n中央全面依法治国委员会办公室于10月28日公布了第三批全国法治政府建设示范地区和项目名单。名单包括72个示范市(县、区)和33个示范项目。", "全国", "national"],
    ["the national office naming model areas (中央依法治国办公布…)", "近日,中央依法治国办公布了第一批全国法治政府建设示范地区和项目名单,共40个地区、24个项目。", "全国", "national"],
    ["provinces listed bare (a converter's doubled commas between them) are no subject of a national body's inspection", "记者22日从中央依法治国办获悉:中央依法治国办派出6个督察组,对6个省区开展为期7天的实地法治督察。\n这6个省区分别为安徽,、湖南,、广西,、四川、甘肃,、宁夏。", "全国", "national"],
    [
      "a county-level city reporting to its prefecture, whose party committee closes a list of levels' bodies",
      "中共柳川市委、柳川市人民政府:\n2022年,桃源市深入学习贯彻习近平法治思想,落实国家、省、柳川市有关部署,为我市发展提供了法治保障。\n一、主要工作情况\n召开市委依法治市委员会会议,学习了中央、省委、柳川市委相关会议精神,审议了《桃源市2022年全面依法治市工作要点》《落实〈法治柳川建设规划〉责任分解方案》等文件,推动法治桃源建设。",
      "桃源市",
      "city",
    ],
    [
      "provinces named as examples of a nationwide account",
      "截至目前,全国各级知识产权管理部门指导的调解组织达1800家。各地充分发挥线上平台作用,开展调解工作。比如,山西上线“一点通”系统,安徽通过“安徽解纷码”等平台开展纠纷调解。\n在线诉调对接工作实现全国31个省(区、市)全覆盖,累计推动600余个调解组织入驻调解平台。",
      "全国",
      "national",
    ],
    ["a street office under its district's government on a line above the title, its short name in the body", "北京市西城区人民政府月坛街道办事处\n2021年法治政府建设年度情况报告\n区委、区政府:\n2021年,月坛街道扎实推进法治政府建设。", "北京市西城区月坛街道", "township"],
    ["a district government's street office heading its report on two lines", "2023年柳川市桃源区人民政府新华街道办事处\n政府信息公开工作年度报告\n2023年,新华街道认真贯彻条例,共收到政府信息公开申请5件。", "新华街道", "township"],
    ["a district government speaking as 区政府, its own rules issued by a notice naming it after 关于印发", "2015年以来,区政府出台的规范性文件全部公开征求意见。于2014年5月成立区政府法律顾问团,出台《关于印发桃源区人民政府法律顾问工作规则的通知》,建立法律顾问制度。", "桃源区", undefined],
    ["a district bureau's own notice naming its district after 关于做好 and a year", "2022年,我局在区委、区政府的正确领导下,全面推进法治人社建设。全年制定《关于做好2022年桃源区企业退休人员社会化管理工作的通知》等规范性文件4件。", "桃源区", "district"],
    ["a city government named once, as its own level (本级) of the whole the text reports on", "全市行政复议工作情况\n一、工作开展情况\n2022年全市各级行政复议机关共接收行政复议申请512件,依法受理476件。其中涉及行政处罚的案件120件,约占受理总数的25%,涉及信息公开的案件31件。桃源市政府本级办理行政复议案件158件。", "桃源市", "city"],
    ["a zone's short name after its full name in parentheses, unquoted", "2024年,柳川汽车经济技术开发区(以下简称汽开区),在市委、市政府的坚强领导下,推进法治政府建设。", "柳川汽车经济技术开发区", "district"],
    ["a zone's short name in bare parentheses after its full name", "2024年,柳川汽车经济技术开发区(汽开区)推进法治政府建设。", "柳川汽车经济技术开发区", "district"],
    ["a district the gazetteer lists in parentheses after a zone, though of the zone's own characters, is that district", "淮安经济技术开发区(淮安区)坚持依法行政,全年办理行政复议案件12件。", "淮安区", "district"],
    ["a disclosure report opening on the work of its own bureau", "为认真做好柳川市医疗保障局政府信息公开工作,我局依照《条例》相关规定,周密部署,逐项推进。现将本局2022年度政府信息公开工作年度报告向社会公布。", "柳川市", "department"],
    ["a street office (街道办事处) that compiled the report", "本年度报告根据《条例》要求,由柳川市桃源区新华路街道办事处编制,全文包括总体情况等内容。2023年,共收到政府信息公开申请5件。", "柳川市桃源区新华路街道", "township"],
    ["a district's bureau named with its city and its district bare (湖州市吴兴生态环境局), the gazetteer listing the district", "湖州市吴兴生态环境局2024年法治政府建设年度报告\n2024年,我局坚持依法行政。", "湖州市吴兴区", "department"],
    ["a bureau following its district's party committee and government (遵循吴兴区委、区政府的部署), on the whole district", "2024年,我局严格遵循吴兴区委、区政府的工作部署,结合全区生态环境工作实际,扎实推进依法行政。", "吴兴区", "department"],
    ["not where the text speaks of another unit's whole (全市)", "2024年,我局严格遵循吴兴区委、区政府的工作部署,结合全市生态环境工作实际,扎实推进依法行政。", null, null],
    ["a page's source naming a committee that is a department (来源: 柳川市城市管理执法委员会)", "市城管执法委2024年政府信息公开工作年度报告\n发布日期: 2025-01-27 文章来源: 柳川市城市管理执法委员会\n2024年,市城管执法委认真执行条例。", "柳川市", "city"],
    ["a city's bureau whose name holds no district (湖州市生态环境局)", "湖州市生态环境局2024年法治政府建设年度报告\n2024年,我局坚持依法行政。", "湖州市", "department"],
    ["a city bureau's branch named by its county bare, in a text on the whole county", "2023年,柳川州生态环境局桃源分局深入推进政务公开,结合全县生态环境保护重点工作,全年办理行政复议案件3件。", "桃源县", "department"],
    ["the same in a title, the text on the whole district", "柳川市生态环境局桃源分局2023年法治政府建设年度报告\n2023年,我局坚持依法行政,结合全区生态环境保护重点工作,全年办理行政复议案件3件。", "桃源区", "department"],
    ["a city bureau's district office (监管局) named bare, the text writing its district in full", "2024年,柳川市市场监督管理局桃源监管局深入学习贯彻习近平法治思想,扎实开展法治市场监管建设。桃源新区“双随机、一公开”监管工作考核成绩连续6年全市第一,行政处罚案件连续9年零败诉。", "桃源新区", "department"],
    [
      "a city's bureau under its city's bodies, ranked in the province and the city",
      "2021年,在市委、市政府的正确领导下,在省生态环境厅的大力支持和指导下,我局全面落实《柳川市2021年依法行政工作要点》《柳川市2021年普法工作要点》等文件部署。\n我局在全市30个行政执法部门中排名第1,在全省生态环境保护执法大练兵活动中荣获集体一等奖,在全省生态环境行政执法案卷评查排名第2。",
      "柳川市",
      undefined,
    ],
    ["an autonomous county named in full, then short", "今年以来,青海省桃源回族土族自治县公安局推出矛盾纠纷排查化解工作法。截至目前,桃源县公安局化解矛盾纠纷380起,化解率达99.1%。\n近日,桃源县公安局社区民警走访辖区。桃源县各派出所持续开展排查。", "桃源回族土族自治县", "department"],
    [
      "the body whose report the text says it compiled (编制了…水务局2023年…年度报告), a city's district",
      "依照《政府信息公开条例》,我局编制了柳川市桃源区水务局2023年政府信息公开工作年度报告,共分六个部分。本年度,我局主动公开信息120条。",
      "柳川市桃源区",
      "department",
    ],
    ["a provincial office", "2023年,云南省司法厅坚持复议为民,全省各级行政复议机关共办理行政复议案件1200件。", "云南省", "department"],
    ["a ministry speaking of the country (司法部表示,我国…)", "司法部表示,我国已建成覆盖城乡的公共法律服务网络,全年共办理法律援助案件150余万件。", "全国", "national"],
    ["a ministry's own level heading its figures", "2018年,交通运输部本级办理行政复议案件312件,行政应诉案件148件。", "全国", "national"],
    ["a ministry by its former name", "2017年,原环境保护部深入学习宣传贯彻党的十九大精神,全面推进依法行政。", "全国", "national"],
    // a headline's second part after its dash, and officers walking onto a market (走上集市), which is no city
    ["the one county a text calling itself 我县 names, once, in the title of a plan it carries out", "根据上级通知精神,现将我县2020年推进依法行政情况报告如下:\n一、主要工作\n一是细化分工。围绕《柳溪县法治政府建设实施方案(2017—2020年)》确定的目标,逐项明确牵头单位。", "柳溪县", "county"],
    // a county bureau's work on the ground: its one county, named once with a town of it (in an example of a dispute), is its own
    ["the one county a county bureau names, once, with a town of it", "2022年,县司法局高度重视人民调解工作,组织各调委会排查矛盾纠纷。如5月6日,柳溪县青石镇叶某因宅基地与邻居发生纠纷,镇调委会及时介入。全年共调处矛盾纠纷360件。", "柳溪县", "department"],
    ["a county whose officials were trained (培训县乡领导干部: no county named 培训)", "2020年,我县对照《罗川县法治建设实施意见》抓好落实。县委组织部把宪法学习列为干部教育必修课,全年培训县乡领导干部820人次。", "罗川县", "county"],
    ["a bureau after a headline's dash", "普法助力民生——柳川市司法局青石司法所开展民法典宣传活动\n\n活动中,司法所工作人员走上集市向过往群众发放宣传册。", "柳川市", "department"],
    ["a high court", "5月7日,重庆市高级人民法院举行新闻发布会。2023年,全市法院共审结一审行政案件8712件。", "重庆市", "province"],
    ["a ranking among the superior's units (全省最公平公正) is no self-reference", "近年来,着力建设全省最公平公正、法治环境最优的城市之一。\n市委带头示范,组织法治宣传活动共200多场。", null, "city"],
    ["a county whose name is also a preposition", "2023年,会同县坚持依法行政,全县共办理行政复议案件21件。", "会同县", "county"],
    ["a bureau at the opening, its verb after it", "临川县司法局紧扣工作目标,全县共调解纠纷1203件。", "临川县", "department"],
    ["a party committee and government as the subject", "2023年,临川市委、市政府坚持依法行政,全市共办理行政复议案件312件。", "临川市", "city"],
    ["a county government", "近年来,宁陵县人民政府累计收到行政复议申请36件,依法受理31件。", "宁陵县", "county"],
    ["a district's party committee and government", "2022年,在市委、市政府的正确领导下,东西湖区委、区政府坚持依法行政,全区共化解行政争议58件。", "东西湖区", "district"],
    ["a prefecture written short", "2021年,红河州党委、政府认真贯彻法治政府建设部署,全州行政复议案件同比下降。", "红河州", "city"],
    ["a township whose verb takes a quoted slogan listed with 、", "自全面启动综治中心规范化建设以来,青柳镇紧扣“访民情、解民忧、暖民心”目标,建成镇村两级综治中心。", "青柳镇", "township"],
    ["a disclosure report's author", "本年度报告是根据《中华人民共和国政府信息公开条例》的要求,由临川县农业农村局编制。全文包括总体情况、主动公开政府信息情况等。", "临川县", "department"],
    ["whose report 现将…报告如下 announces", "区人民政府:\n根据区政府办公室文件要求,现将松溪街道2023年度法治政府建设工作报告如下:\n一、工作开展情况", "松溪街道", "township"],
    ["a high-tech zone named by its city", "2023年,柳川高新区坚持依法行政,全区共办理行政复议案件12件。", "柳川高新区", "district"],
    ["a county court whose county's name holds 旗", "9月19日,社旗县人民法院发布2016年度行政案件司法审查报告。", "社旗县", "county"],
    ["a banner's town", "2023年,达拉特旗树林召镇坚持依法行政,全镇调解纠纷86件。", "达拉特旗树林召镇", "township"],
    ["a city paper as the page's source, the text calling itself 我市", "宪法宣传掀高潮\n来源:柳川日报\n时间:2022-12-06\n近日,我市全面启动2022年全市“宪法宣传周”系列活动。", "柳川市", "city"],
    ["a bureau's salutation to its county's party committee, 中共 before the name", "中共柳川县委、柳川县人民政府:\n现将一年来的法治政府建设工作情况报告如下:\n2022年,在县委、县政府的正确领导下,我局坚持依法行政。", "柳川县", undefined],
    ["a department reporting to its own city's government, named only in the salutation", "柳川市委、柳川市人民政府:\n2024年,在市委市政府的正确领导下,市市场监管局把握新形势,树立法治新理念。现将2024年度法治政府建设相关情况报告如下:", "柳川市", "department"],
    ["bare names run together in a headline, written in full below (no prefecture named in 州)", "柳川青州:调处成功率超九成\n自行动开展以来,柳川市青州县坚持和发展新时代“枫桥经验”,当地调处纠纷230件。", "柳川市青州县", "county"],
    ["a four-character bare name after its province, not a shorter one it begins with (巴彦淖尔, not 巴彦县)", "近年来,内蒙古巴彦淖尔司法局坚持发展新时代“枫桥经验”,推动矛盾纠纷多元化解。", "巴彦淖尔市", "department"],
    ["bare names after a province's in a headline, written in full below", "老枣树下的法治故事会!甘肃柳川青禾用“乡音”奏响普法新乐章\n在甘肃省柳川市青禾县,老枣树悄然化身为乡村法治的新地标。当地开展普法活动23场。", "甘肃省柳川市青禾县", "county"],
    ["a city's 政法 organs", "柳川市政法机关组织开展国家安全教育宣传活动\n在第8个全民国家安全教育日到来之际,柳川市政法机关开展“七进”系列宣传活动。", "柳川市", "city"],
    ["a place right after a year, no comma between", "2017年嘉禾市劳动人事仲裁机构共受理劳动争议案件2549件。", "嘉禾市", "city"],
    ["a county whose name holds 年", "2023年万年县坚持依法行政,全县办理行政复议案件12件。", "万年县", "county"],
    ["a meeting's ordinal before its county head, no place (第1次党组会县长)", "县政府2021年第1次党组会县长代表县政府党组作分析。县政府第5次党组会学习有关规定。", null, "county"],
    ["a count's measure word starts no name (3个县直单位)", "2023年,对3个县直单位开展执法案卷评查,评查案卷60卷。", null, undefined],
    ["a new area with a five-character stem", "2023年,青岛西海岸新区坚持依法行政,全区办理行政复议案件312件。", "青岛西海岸新区", "district"],
    ["a comprehensive pilot zone written short after its full name", "平潭综合实验区管委会2023年法治政府建设情况报告\n2023年,实验区坚持依法行政。", "平潭综合实验区", undefined],
    ["a township whose verb lists its objects with 、", "今年年初以来,温县柳林镇积极组织全体机关干部、村两委会成员开展法治宣传活动12场。", "温县柳林镇", "township"],
    ["a county's own bodies listed", "12月4日上午,宜安县法学会、司法局组织全县26家成员单位开展国家宪法日集中宣传活动。", "宜安县", undefined],
    ["该市 right after a city named by itself speaks of that city, not the text", "今年以来,湖南各级司法行政机关组织律师深入企业开展法律服务。湖南省司法厅介绍,该厅组织1875名律师开展上门式普法。\n在长沙,该市探索建立法律服务团。", "湖南省", undefined],
    ["whose report 现向社会公开《…》 announces, in its corner marks", "按照《中华人民共和国政府信息公开条例》的要求,现向社会公开《柳川市人民政府2023年度政府信息公开工作年度报告》。\n一、总体情况\n2023年,在市委、市政府的坚强领导下,各级各部门深入学习贯彻落实条例。", "柳川市", undefined],
    ["whose report 现公开…报告 announces", "市人民政府办公室2021年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求,现公开柳川市人民政府办公室2021年政府信息公开工作年度报告。", "柳川市", undefined],
    ["a district's branch of a city's bureau", "遂川市公安局船山区分局2023年政府信息公开工作年度报告\n来源:市公安局船山区分局 发布时间:2024-01-15\n2023年,我局公开各类信息309条。", "船山区", undefined],
    ["a street", "近日,龙岗街道联合社区工作站开展人民调解宣传活动6场。", "龙岗街道", "township"],
    ["a title naming a district's branch of a city's bureau", "遂川市公安局船山区分局关于2023年度法治政府建设情况的报告\n2023年,我分局坚持依法行政。", "船山区", "department"],
    ["a title naming a national bureau's local office", "国家税务总局遂川市船山区税务局2023年法治政府建设年度报告\n2023年,我局坚持依法行政。", "遂川市船山区", "department"],
    ["a street named alone as the page's source", "胡杨街2018年法治政府建设工作总结\n发布日期: 2021-08-19 09:12      来源: 胡杨街道\n2018年,在区委区政府的正确领导下,我街道全面推进依法行政。", "胡杨街道", "township"],
    ["a street's justice office", "近日,龙岗街道司法所联合社区工作站开展人民调解宣传活动6场。", "龙岗街道", "department"],
    ["a management district heading its own title", "屈原管理区关于2024年法治政府建设情况的报告\n2024年,管理区党工委、管委会坚持依法行政,调解各类矛盾纠纷320件。", "屈原管理区", undefined],
    ["a special district the gazetteer lists, a county of its own", "现将六枝特区2024年法治政府建设工作情况报告如下。\n2024年,特区政府常务会议专题学法4次。", "六枝特区", "district"],
    ["a comprehensive pilot zone's office", "2023年,横琴综合实验区生态环境局坚持依法行政,办理行政处罚案件42件。", "横琴综合实验区", "department"],
    ["a city whose name ends in 治, like the governing of one (依法治市)", "2022年,长治市司法局坚持依法行政,各项工作取得新进展。", "长治市", "department"],
    ["我市 and its city named once, opening its own document's title", "5月19日,市中级人民法院举行新闻发布会,通报2022年我市行政审判情况。全市法院审结的一审行政案件中行政机关负责人出庭应诉率87.43%;发布《2021年度柳川市行政机关负责人出庭应诉工作通报》。", "柳川市", undefined],
    ["a city with its district", "2024年,珠海市金湾区行政复议工作稳步推进,全年共办结行政复议案件856宗。", "珠海市金湾区", "district"],
    ["a district whose name begins with a preposition's character, named in its documents", "2023年,区司法局围绕中心工作,持续为全区发展提供法律服务。编印《即墨区依法行政年度报告(2022)》。出台《即墨区行政执法监督办法》。", "即墨区", "department"],
    ["an autonomous county named in its documents", "2023年,县政府印发《通道侗族自治县法治政府建设实施方案》,把法治通道建设纳入全县发展规划,我县全年办理行政复议案件21件。", "通道侗族自治县", "county"],
    ["a region and its city together", "12月8日,新疆维吾尔自治区克拉玛依市司法局通报,今年克拉玛依市各级人民调解组织调解纠纷8876件。", "新疆维吾尔自治区克拉玛依市", "department"],
    ["a county whose verbs are listed with 、", "2023年,柳政县审查、备案政府合同96件,全县共办理行政复议案件31件。", "柳政县", "county"],
    ["a county whose verb's object lists its items after 以", "今年以来,柳政县坚持以事前、事中、事后矛盾纠纷排查化解、普法宣传为载体,积极开展乡村依法治理体系建设。", "柳政县", "county"],
    ["a bureau that names a province only in the titles of the plans it carries out", "在区委区政府的正确领导下,我局全面落实《法治湖南建设规划(2021-2025年)》《湖南省法治政府建设实施方案(2021-2025年)》和《湖南省法治社会建设实施方案(2021-2025年)》要求。现将2025年度工作情况报告如下。", null, undefined],
    ["a meeting joined to another by 暨 names no county (…会议暨县政府常务会议)", "近日,县政府代县长王某主持召开县政府党组(扩大)会议暨县政府第二十七次常务会议。会议听取了第三季度法治政府建设工作汇报。", null, undefined],
    ["a city whose name holds 暨, written whole", "今年以来,诸暨市司法局以法治政府示范创建为抓手,推动依法治市工作全面展开。", "诸暨市", "department"],
    ["a joint report's title, the party committee first and a 、 before the government", "中共柳川市委、柳川市人民政府关于2022年法治政府建设情况的报告\n2022年,市委、市政府坚持依法行政。", "柳川市", "city"],
    ["a zone no unit ends, as its report's title names it", "柳河新城2023年度法治政府建设工作报告\n2023年,柳河新城深入推进法治政府建设,全年办理行政复议案件12件。", "柳河新城", "district"],
    ["a zone's name only inside a sentence names no region", "会议听取了关于柳河新城规划建设情况的汇报,全年办理行政复议案件12件。", null, undefined],
    ["a report's title opening on the quoted name of what it sends", "《柳川新区2022年度法治政府建设情况》的报告\n省政府:\n现将《柳川新区2022年度法治政府建设情况》报告如下。", "柳川新区", undefined],
    ["verbs and words before an unnamed body (主持市政府…, 复议区政府…, 三年来市本级…) name no place", "2024年,专题研究法治政府建设34次;主持市政府全体会议学法。办理复议区政府案件7件。三年来市本级共举办培训班32期。", null, undefined],
    ["some of a county's deputies (部分县人大代表) name no county", "会议审议通过了自治县人民代表大会代表履职积分评价办法,部分县人大代表、群众代表列席会议。", null, undefined],
    ["the farming and herding areas (我区农牧区) name no district", "您提出的“关于加强我区农牧区群众法律教育的提案”收悉,现答复如下:\n近年来,在区党委、区政府的领导下,我们广泛开展农牧民群众普法宣传教育,“七五”普法以来全区共开展普法活动8.1万余场次。", null, undefined],
    ["a half-year's report on a district, the half before its name", "2021年上半年柳东区行政复议诉讼工作报告\n一、案件基本情况\n办理复议区政府案件7件。", "柳东区", undefined],
    ["the party's full name before its committee's place", "《柳东报》是中国共产党柳川市柳东区委员会机关报。2023年,区委、区政府坚持依法行政。", "柳川市柳东区", undefined],
    ["a verb joining the street's offline places (联动街道社区事务受理服务中心…) names no street", "2025年,街道统筹用好“柳园发布”微信公众号等线上渠道,联动街道社区事务受理服务中心等线下信息公开查阅点,为辖区居民提供便捷服务。", null, undefined],
    ["a verb before the place whose officials a court's event serves (增强柳川市柳东区…意识)", "区人民法院组织开展行政机关负责人旁听行政庭审活动\n为进一步增强柳川市柳东区行政机关负责人法治思维和依法行政意识,提升全区行政应诉水平,区人民法院组织开展旁听庭审活动。", "柳川市柳东区", undefined],
    ["a city whose name holds a function word (为), the page's source its prefecture", "发布日期:2023-09-06 10:33 来源:芜湖市司法局\n今年以来,无为市司法局以法治政府示范创建为抓手,推动依法治市工作全面展开。", "无为市", "department"],
    ["a county whose name holds a function word, in its title", "犍为县2024年法治政府建设年度报告\n2024年,县政府坚持依法行政。", "犍为县", "county"],
    ["a town's report addressed to its district, which it also calls ours", "区委、区政府:\n2025年以来,在区委、区政府的坚强领导下,青禾镇党委、政府深入学习贯彻习近平法治思想,认真落实区委十五届历次全会和区委依法治区委各项工作部署,现将我镇2025年法治政府建设情况报告如下:\n一、主要举措和成效\n为我镇乡村振兴提供法治保障。切实落实我区2025年度重大行政决策事项目录。", "青禾镇", "township"],
    ["whose disclosure report 现特向社会公布…报告 announces", "根据《中华人民共和国政府信息公开条例》等规定,现特向社会公布柳溪乡2025年度政府信息公开年度报告。\n一、总体情况\n截至2025年底,共主动公开信息120条。", "柳溪乡", undefined],
    ["whose disclosure report 现公布…报告 announces", "根据《中华人民共和国政府信息公开条例》相关要求,现公布柳平县人民政府2025年政府信息公开工作年度报告。\n一、总体情况\n全年共收到政府信息依申请公开89件次。", "柳平县", undefined],
    ["whose disclosure report 现将…报告予以公开 announces", "根据《中华人民共和国政府信息公开条例》有关要求,现将柳平县人民政府2024年政府信息公开工作年度报告予以公开。\n一、总体情况\n2024年,我县坚持依法公开。", "柳平县", undefined],
    ["a portal's name above another province's news", "山东热线\n主页 > 国内新闻 > 湖南新闻\n湖南72个县(市、区)建立了婚调委\n湖南日报12月18日讯 全省婚姻家庭纠纷多元化解机制建设推进会在常德市召开。", "湖南省", undefined],
    ["a city's procuratorial organs after its province", "浙江丽水检察院加强检调对接\n浙江省丽水市检察机关司法调解中心加强检调对接,2015年以来共促成和解35件。", "浙江省丽水市", undefined],
    ["a report's addressee is not its author", "中共临川州委、临川州人民政府:\n2025年,县委、县政府扎实推进法治政府建设。印发《柳林县党政主要负责人履行推进法治建设第一责任人职责实施办法》《柳林县党政主要负责人述法办法》。", "柳林县", "county"],
    ["a column's label before a headline", "立法经纬丨雁川市人大常委会法工委关于2024年度备案审查工作情况的报告\n政务 2025-01-03 湖北\n现将2024年度开展备案审查工作的情况报告如下。", "雁川市", undefined],
    ["a district's report to its own bodies, a ministry's honour in it", "区委、区政府:\n《柳川区法治政府建设规划(2021-2025年)》各项任务全面完成,完成2024年柳川区年终述法和法治建设专项督察,统筹做好全国第一批法治政府示范区复核和司法部法治政府建设评估培训等工作,通过全国行政复议领域首个国家级标准化试点验收。", "柳川区", undefined],
    ["a province's partners after 与 are no subject", "一、2025年度法治政府建设主要举措和成效\n(一)完善水利法规体系。全国率先完成水网立法,颁布实施《黑龙江省水网建设管理条例》。省水利厅制定修订地方性法规10部。针对流域治理,与松辽委及内蒙古、辽宁水利厅签署水法治建设协议。\n(四)创新普法宣传模式。以“黑龙江水事”抖音号为载体,推出普法视频。", "黑龙江省", undefined],
    ["a report's dateline before its place's assembly", "──2024年12月26日在雁川市第十五届人民代表大会常务委员会第十九次会议上\n市人大常委会:\n现将2024年开展备案审查工作情况报告如下。", "雁川市", undefined],
    ["现将 before an unnamed bureau is no place", "按照有关工作要求,现将县医保局2023年法治政府建设情况报告如下。", null, undefined],
    // a reporter's lead
    ["记者从…了解到", "本报讯 近日,记者从宿州市司法局了解到,全市共培育“法律明白人”3120名。", "宿州市", undefined],
    // the place before its rule of law's building, in a text that says 我市
    ["a place's 法治建设 and 我市", "本报讯 3日下午,聘任仪式在柯桥区举行。\n“法律明白人”是绍兴法治建设、基层解纷的重要力量。我市目前已培育“法律明白人”9000多名。", "绍兴市", "city"],
    // a bureau that calls itself by its unit (市局) and names itself in full once, mid-text
    ["市局 and its full name once", "在市委市政府的领导下,全市市场监管系统深入推进法治建设。市局获评全省法治建设先进集体。\n一、强化组织领导\n成立衢州市市场监督管理局法治建设领导小组,统筹推进各项工作。", "衢州市", "department"],
    // 该区 points back to the district named before it, if only in an anecdote's villager
    ["该区 after a place named in an anecdote", "近日,柳川市东河区桥头镇石坝村村民李某与邻居因排水起了争执,村调解员赶到现场化解了纠纷。\n今年以来,该区调解员共化解矛盾纠纷286起。", "柳川市东河区", "district"],
    ["记者…从…获悉 with a court", "每日新报记者记者从天津市高级人民法院获悉,天津法院去年共审结行政案件3120件。", "天津市", undefined],
    // a province by its short name, before its bodies or at a sentence's head
    ["a short name before 各级", "记者8月3日从省司法厅了解到,今年1至7月,湖南各级行政复议机构共受理行政复议案件8342件。", "湖南省", undefined],
    ["a high court written short", "4月20日,江西高院召开新闻发布会。2021年,全省三级法院共受理一审行政案件8123件。", "江西省", undefined],
    ["an autonomous region written short", "宁夏高院发布行政审判白皮书。2022年,全区法院共审结各类行政案件1583件。", "宁夏回族自治区", undefined],
    ["a province named by the text only bare, with 全省", "2024年,全省各级人民政府坚持依法行政,法治日益成为福建现代化建设的鲜明特色,推动福建高质量发展。", "福建省", "province"],
    ["a municipality named only bare, with 全市", "2022年,全市各区县各部门扎实推进法治政府建设,为建设现代化新上海提供法治保障。全市共办理行政复议案件5120件。", "上海市", "province"],
    ["a short province before a city", "今年1月至8月,浙江台州市两级人民法院共受理行政诉讼案件342件。", "台州市", "city"],
    // a self-reference resolved to the place the text names
    ["我市 and the city named in a document's title", "2020年,我市依法行政工作围绕市委、市政府重点任务,为建设活力锦州、宜居锦州提供法治保障。市政府出台了《锦州市人民政府关于承接下放行政职权事项的通知》,共承接行政权力事项23项。", "锦州市", "city"],
    ["an unnamed city bureau and its city named elsewhere", "2023年,市市场监管局在市委、市政府的正确领导下,坚持依法行政。推动出台《湖州市电动自行车停放充电管理规定》,湖州建立包容审慎监管机制入选最佳实践。", "湖州市", "department"],
    ["an unnamed county bureau and its county named at a sentence's head", "2024年,县司法局在县委、县政府的正确领导下,全面履行司法行政职能。宁陵县被评为全省法治县创建先进单位。", "宁陵县", "department"],
    ["a title naming an unnamed department of its city", "市市场监管局2023年法治政府建设工作情况报告\n2023年,市市场监管局坚持依法行政。推动出台《湖州市电动自行车停放充电管理规定》,湖州建立包容审慎监管机制入选最佳实践。", "湖州市", "department"],
    ["a town whose name begins with a numeral", "四塘镇2024年法治政府建设年度报告\n2024年,在区委、区政府的坚强领导下,四塘镇持续推进法治政府建设,全镇共化解纠纷74件。", "四塘镇", "township"],
    ["a county named as a document's issuer and as its bureau", "现将《云溪县人民政府关于规范性文件清理结果的决定》有关情况说明如下:根据上级部署,云溪县司法局对本县现行有效的规范性文件开展全面清理,共清理规范性文件126件。", "云溪县", undefined],
    ["a yearbook entry", "【行政应诉】2022年,青禾县政府共办理行政应诉案件58件,败诉3件。", "青禾县", "county"],
    // datelines: the place when the text writes it in full
    ["a paper's dateline completed by the court's name", "本报西安讯 6月12日,西安市中级人民法院召开新闻发布会。2022年,全市两级法院审结各类行政案件15293件。", "西安市", undefined],
    ["an intermediate court by the bare name of a new area the text names in full", "近年来,雁湖中院紧紧围绕新区建设大局,推动府院联动。雁湖新区中级人民法院共受理行政案件320件。", "雁湖新区", "district"],
    ["an intermediate court by the bare name of its city", "今日,柳川中院发布2022年全市法院行政案件司法审查报告。报告显示,全市两级法院共受理行政案件1220件。", "柳川市", "city"],
    ["a railway court's short name is no city", "2018年雁铁两级法院受理案件七千余件\n当日,雁铁中院召开新闻发布会,发布年度行政案件司法审查报告。", null, undefined],
    ["a railway court by the bare name of its city", "4月17日下午,雁川铁路运输法院召开新闻发布会,通报三年来集中管辖行政案件的审判情况。", "雁川市", "city"],
    ["a city's courts by its bare name after the verb that reports them (通报株洲法院…)", "4月18日,市中院举行新闻发布会,通报株洲法院2022年行政审判工作情况。2022年,全市法院共受理一审行政案件1460件。", "株洲市", undefined],
    ["a railway court named by its city", "来源:雁川铁路运输中级法院 发布时间:2019/1/24 16:56\n雁川铁路运输两级法院集中管辖雁川市所辖县区的一审行政案件,共受理行政案件1027件。", "雁川市", undefined],
    // the national level
    ["a feature opening on an address, the nation's figures after it", "【法眼观】\n柳川市青禾区松塘街道雁栖里8号,这座小楼里坐落着一间调解工作室。\n“十三五”时期,全国人民调解组织调解矛盾纠纷4500万件。", "全国", "national"],
    ["a notice's addressees (各镇(街道)、开发区) name no place", "各镇(街道)、开发区,全区各行政执法单位:\n为进一步加强行政执法人员资格管理,结合我区实际,现就做好2025年行政执法人员资格管理工作通知如下。", null, undefined],
    ["a town's committee after 形成 (形成镇党委、政府统一领导…) names no place", "2024年,我镇将法治政府建设纳入年度工作计划,形成镇党委、政府统一领导,各部门齐抓共管的工作格局。", null, "township"],
    ["a way of working between a city and its counties (实行市县联动) names no place", "2025年,市司法局坚持统筹协调。联合市工商联印发实施方案,实行市县联动解难题,推广市县协同办案。", null, undefined],
    ["a congress's advice to the government it oversees (建议区政府…) names no place", "区人大常委会开展专题调研。针对部分领导干部依法行政意识不强问题,建议区政府要深化领导干部学法、述法和任前法律知识考试制度。针对源头防范上存在松懈问题,建议区政府要全力推行行政决策合法性审查。针对应诉经验不够等问题,建议区政府要整合配备专业法制人员。", null, undefined],
    ["a city's news on a province's notice, the province named at its meetings and honours", "日前,中共江苏省委全面依法治省委员会发布《关于表扬2022年度法治江苏建设先进单位的通报》,一起来看柳川全市的考评结果。\n优秀:柳川市\n1. 2022年一审行政案件败诉48件,败诉率5.1%。\n2. 复议工作在全省法治例会上作经验交流发言,获全省法治化营商环境第二批优秀案例。\n3. 府院联动经验在全省例会上推广。", "柳川市", undefined],
    ["a province's contest a district's case won, the province's notice at a sentence's head", "柳川区应诉案例荣获2023年度全省行政应诉案卷评查二等奖\n近日,浙江省司法厅发布《2023年度全省行政应诉案卷评查情况的通报》,由柳川区司法局报送的“张某禧诉东岭市柳川区人民政府房屋征收补偿决定一案”获评二等奖。\n近年来,我区行政机关负责人出庭率始终保持100%。", "东岭市柳川区", undefined],
    ["a district's news headed by its standing in the province's review (在全省…评查中获得优秀)", "青禾区在全省2021年行政复议案件专项评查中获得优秀\n近日,浙江省司法厅发布评查情况的通报,东岭市青禾区司法局承办的案件卷宗被评为优秀。2021年,青禾区本级受理行政复议案件21件。", "东岭市青禾区", undefined],
    ["a ministry's honour for a city's office, the city's figures after it", "近日,司法部发布通报,对全国行政复议工作中表现突出的单位和个人予以表扬,青禾市司法局行政复议科名列其中。近年来,青禾市各级行政复议机构共办理行政复议案件318件。", "青禾市", undefined],
    ["the nation's bodies of every kind", "“十三五”时期,全国各类人民调解组织累计调解矛盾纠纷4500万件。", "全国", "national"],
    ["the nation's police, all of them", "行政复议法施行以来,全国公安机关行政复议部门严格依法办案。十年来直接纠错案件达3.8万余件。", "全国", "national"],
    ["a ministry's nationwide figures", "记者近日从司法部了解到,2024年全国行政复议机构共受理行政复议案件35.8万件,审结32.4万件。", "全国", "national"],
    ["the supreme court's president reporting at a session held in the capital", "新华网3月9日讯 十四届全国人大二次会议9日在北京举行第二次全体会议,最高人民法院院长作最高人民法院工作报告。\n报告指出,最高人民法院坚持以人民为中心。", "全国", "national"],
    ["the supreme court's report", "最高人民法院副院长 李明\n全国人民代表大会常务委员会:\n行政诉讼法施行以来,全国法院共审结一审行政案件120万件。", "全国", "national"],
    ["a ministry heading its own report", "2021年,司法部坚持以习近平法治思想为指导,全面推进法治政府建设,全年办理行政复议案件1200余件。", "全国", "national"],
    ["the national legislature's committee reporting", "“一年来,共收到公民、组织提出的审查建议5120件。”日前,全国人大常委会法制工作委员会主任向全国人大常委会会议报告备案审查工作情况,披露这组数据。", "全国", "national"],
    ["a ministry's leading group after whose leadership it works", "2022年,在以习近平同志为核心的党中央坚强领导下,民政部党组深入贯彻习近平法治思想,全面推进法治政府建设。", "全国", "national"],
    ["the supreme court heading a paper's story after the day alone", "行政一审案件实现新突破\n  □ 本报记者 李明\n  3月12日,最高人民法院召开新闻发布会,与司法部联合发布2025年行政审判工作情况。\n  2025年受理行政一审案件30万余件,同比上升12.1%。", "全国", "national"],
    ["the supreme court's headline", "最高法:2023年诉前调解成功612万件 同比增长31.2%\n今天,最高人民法院召开新闻发布会,通报一站式建设的新成效。", "全国", "national"],
    ["all China's justice administration with a national body", "记者从司法部获悉,全国司法行政机关2024年调解矛盾纠纷1843.7万件。", "全国", "national"],
    ["figures of all China's localities", "今年前三季度,全国各地依托线上线下平台共开展“宪法进万家”主题普法活动38万余场。", "全国", "national"],
    ["figures for all of China with no body of its own", "据统计,全国人民调解组织去年共调解各类矛盾纠纷1580多万件,调解成功率达95%以上。", "全国", "national"],
    ["a reporter's national source on a campaign of all China", "新华社北京11月29日电(记者 李明)记者29日从全国普法办获悉,今年全国“宪法宣传周”宣传活动将从12月4日启动,持续至12月10日。", "全国", "national"],
    ["the place a report its own congress heard is on, the text speaking as its city", "4月25日,市人大常委会召开第十四次会议,听取和审议了市人民政府关于衢州市2023年度法治政府建设情况的报告,对市司法局依法履职情况进行满意度测评。", "衢州市", "city"],
    ["the place opening the year's work, its province praising it", "2021年,通化市坚持以习近平法治思想为指导,扎实推进法治政府建设。全年办理“无证明”事项3万余件。省委主要领导对此作出批示,省政府发文要求全省学习借鉴通化做法。开展全省营商环境改革试点。", "通化市", "city"],
    ["a department under its district's bodies, a province-wide system it feeds named", "2021年以来,我局在区委、区政府的指导下,深入推进法治政府建设。及时制定《揭阳市榕城区法治政府建设实施方案》。组织辖区各执法单位按规定提交上报全省执法队伍管理系统的相关资料。", "揭阳市榕城区", "district"],
    ["a yearbook's entry on the country's year of work", "2015年,中国继续深入实施第六个五年普法规划,开展形式多样的法治宣传活动。全年共组织专项法制宣传活动48万多场次。", "全国", "national"],
    ["a ministry under a Beijing dateline", "新华社北京10月4日电 记者日前从司法部获悉,今年前三季度全国共新收行政复议案件41.7万件。", "全国", "national"],
    ["a city speaking of its city and county courts together (我市、县两级法院)", "2023年,我市、县两级法院共审结行政案件820件,本溪市行政机关负责人出庭应诉率达100%。", "本溪市", "city"],
    ["a district's department speaking of its city and district as 我市、区: the last of the units listed is its own", "2023年,在区委、区政府的正确领导下,金平区民政局坚持以习近平法治思想为指导,围绕省、我市、区关于法治政府建设的各项工作部署,扎实推进法治政府建设各项工作。", "金平区", "department"],
  ])("%s", (_name, text, region, level) => {
    const meta = metaOf(text);
    expect(meta.region).toBe(region);
    if (level !== undefined) expect(meta.level).toBe(level);
  });

  it.each<[string, string]>([
    ["offices listed, the last joined by 和 to the county's bureau (…法宣办和县司法局): 和县 is no place here", "日前,由县依法治县办、普法办和县司法局联合组织国家宪法日宣传活动。"],
    ["a municipality named after 如, an example of others", "调查显示,基层调解网络较为健全,如上海市已建成调解组织5200余个。"],
    ["units stationed in the county (驻县) are no place", "2021年,全县不断强化督导检查,对各乡镇及县直(驻县)有关单位开展依法行政专项督查。"],
    ["a province's department that approved the bureau's step", "2024年,在市委、市政府的正确领导下,农业农村局认真贯彻《柳川市法治政府建设实施方案》。建立公职律师管理制度,经江苏省司法厅审批,局首位公职律师取得执业证。"],
    ["a text that names no body", "2020年,我市依法行政工作聚焦市委、市政府重点任务,全市共办理行政复议案件284件。"],
    ["a special economic zone is no place by its 特区", "2023年,深圳经济特区立法工作稳步推进,全年审查规范性文件42件。"],
    ["自, from, before a district's bureau is no part of a name (自武陵源区 is none)", "记者自柳岸区司法局获悉,今年以来,全区共调解矛盾纠纷320件。"],
    ["a verb before a unit (创建镇(街道)级…) names no town", "积极推广线上平台,创建镇(街道)级以下调解组织账号312个。"],
    ["a management area the gazetteer does not list is no place", "2023年,县林业局在青龙山生态管理区开展普法宣传活动12场。"],
    ["a county speaking of the country's year before its own", "2023年,我国深入推进全面依法治国。2023年,我县共办理行政复议案件42件。"],
    ["a verb before an unnamed provincial body", "2024年,按照省委部署,全省各级行政复议机关共办理行政复议案件6120件。"],
    ["a slogan quoted whole that ends like a place", "2023年,在省委、省政府的坚强领导下,全面落实法治政府建设重点任务,为加快推动“两先区”高质量发展提供了法治保障。"],
    ["municipal works after a verb", "2023年,我局公开保障性住房信息17条,新增设市政服务信息栏目,公开市政道路相关信息7条。"],
    ["a verb before an unnamed city body", "在合同审核中,市司法局共审核市政府交办的合同协议180余份。"],
    ["lawsuits handled for an unnamed street office", "法律顾问全年审核合同120余份、提出法律意见书96份,代理街道应诉案件10余件。"],
    ["documents filed with an unnamed city body", "2017年审查备案市政府规范性文件9件。全年审查备案部门规范性文件36件。"],
    ["units applying to an unnamed county body", "2022年,组织县直各部门申报县政府重大行政决策事项9项。指导各部门报送法治建设创新项目,已推荐典型案例4篇。"],
    ["a mayor named with his title", "今年来,市司法局深化行政复议主渠道建设。李建华市长在市府院联席会议上作专题部署,受李建华市长指示督办,全市共办理行政复议案件230件。"],
    ["a page's label before an unnamed city's bureau", "公报标题市文广旅局2024年度行政执法统计年报\n本局现有行政执法人员21名,全年开展行政检查46次。"],
    ["a resort", "X区司法局2024年上半年工作总结\n一是当好重大项目“护航员”。制定《关于建立乐高乐园度假区及周边区域调解工作机制的方案》,建立乐高乐园人民调解委员会。全力保障乐高乐园度假区顺利开园。"],
    ["a news agency's name before a city's written with its 州", "新华网柳州8月24日电 一张张笑脸相迎,普法宣传正悄然融入社区治理。"],
    ["a county's circumstances (县情), no county's name", "202x年以来,XX县人民检察院行政检察工作在县委的坚强领导下,准确把握检察工作属性,立足本地县情检情,全面履行检察职能,共受理公益诉讼线索46件。"],
    ["a body whose decision was appealed (不服…) is the other party", "一、加大诉权保护力度\n2023年、2024年,我院受理当事人不服柳川市劳动教养委员会、桃源市劳动教养委员会的劳动教养决定提起的行政诉讼案件36件,当事人不服县人事局行政录用等案件12件。"],
    ["a farmer suing a county head (农民告县长) names no county", "一、对被诉行政机关负责人出庭应诉制度的考究\n全国首例“农民告县长”案中,时任县长代表县政府出庭应诉,推动了行政诉讼立法进程。"],
    ["a session of a prefecture's government (十二届州人民政府) is no place", "十二届州人民政府召开第62次常务会议\n会议听取了全州2020年法治政府建设工作情况汇报。"],
    ["the local area (本地区) and a model area (示范地区) are no places", "中央依法治国办组织开展全国法治政府建设示范创建活动。要把示范创建同解决本地区法治政府建设存在的突出问题相结合。经评估,命名第二批全国法治政府建设示范地区和项目。"],
    ["a flag, not a banner", "今年以来,我局高扬“实干争先”行动奋斗旗帜,深入推进执法改革,全区共办理行政复议案件23件。"],
    ["a verb before a town's districts", "今年以来,我局深入推进行政执法改革。结合乡镇实际,确定城区五街道采用赋权模式,全区共办理行政复议案件23件。"],
    ["a verb before an unnamed district body", "我区把法治建设纳入区委、区政府年度考核,全区共办理行政复议案件46件。"],
    ["a verb heading a sentence before an unnamed body", "2023年,我市共收到行政复议申请30件。二是强化决策监管。规范市政府重大行政决策草案形成过程,规范市政府合同审查。"],
    ["a verb opening the text before unnamed bodies", "夯实市委、市政府中心工作部署,全市共审结行政复议案件80件。"],
    ["a verb after the year before an unnamed body", "2023年,压紧区委工作部署,全区共办理行政复议案件40件。"],
    ["verbs mid-text before unnamed bodies, twice", "全县共调解纠纷120件。梳理县委、县政府部署,梳理县司法局工作。"],
    ["an unlisted verb before unnamed bodies and their object", "2023年,慰问市委、市政府中心工作一线干部,全市共审结行政复议案件80件。"],
    ["a verb after a day before an unnamed city's party school", "2024年,街道坚持依法行政。3月8日,特邀市委党校教授开展宪法专题讲座,全街道共调解纠纷86件。"],
    ["an unlisted verb before an office's staff", "2024年,表扬县司法局工作人员6名,全县共调解纠纷120件。"],
    ["a one-character stem before a body at the opening", "2024年,经县司法局审核,全县共审查规范性文件12件。"],
    ["a topic word before a unit", "我省深入推进全面依法治省,法治省建设成效明显,全省共办理行政复议案件5120件。"],
    ["an unnamed court and bureau joined by 和", "6月18日,市中级人民法院和市司法局首次共同举行新闻发布会,全市两级法院受理各类行政案件487件。"],
    ["我市 and a district of it: no city is named", "近年来,我市坚持新时代“枫桥经验”。这里是孝南区矛盾纠纷调处中心。全市共建立调解组织2216个。"],
    ["我市 and another city named once", "我市在南京市召开的全省会议上作交流发言。全市共调解纠纷8120件。"],
    ["a county bureau's visit to another county's town", "2022年,县司法局组织调解员赴柳溪县青石镇考察学习“枫桥经验”。全年共调处矛盾纠纷360件。"],
    ["a district's statistics done as a ministry's notice asks", "按照《司法部办公厅关于开展2021年度全国行政复议行政应诉案件统计工作的通知》要求,我局对全区2021年度行政复议案件进行了汇总分析。2021年,全区新收行政复议案件76件。"],
    ["我省 and a ministry's honour: not nationwide", "15日记者从省司法厅获悉,我省共受理物业纠纷5284起,调解成功4391起。2家调委会被司法部评为全国模范人民调解委员会。"],
    ["a numbered intermediate court", "今日,沧澜二中院发布2022年行政审判白皮书,共受理行政案件1220件。"],
    ["a dateline never completed", "中新网海口5月28日电 全市法院去年共受理行政案件1200件。"],
    ["a placeholder", "2023年,XX区坚持依法行政,全区共办理行政复议案件23件。"],
    ["a template's stars", "五年来,*区严格落实党政主要负责人职责,全区共办理行政复议案件23件。"],
    ["a slogan's units (大事不出乡)", "今年以来,全县推动实现小事不出村、大事不出乡(镇),全县共调解纠纷120件。"],
    ["common nouns ending like places", "今年以来,我区组织社区、园区和景区开展普法活动46场,城区和山区全覆盖。"],
    ["a count of counties", "全市三个县和两区共办理行政复议案件120件。"],
    ["a verb before a bare city ending in 州", "6月12日,铁路运输法院举行新闻发布会,发布杭州2021年行政案件审判情况报告。"],
    ["a reporter's day before an unnamed bureau", "记者今天从市司法局获悉,今年上半年,全市两级法院共受理行政案件1120件。"],
    ["公开 before an unnamed district's government", "本年度在区政府门户网站公开区政府及其办公室发文38件,并在信息公开专栏同步发布。"],
    ["a verb before an unnamed city's government", "11月16日,市政府行政复议委员会召开全体会议,总结市政府行政复议委员会成立以来的工作情况。"],
    ["a time before an unnamed city's congress", "今年6月下旬至7月下旬市人大常委会组织开展了行政诉讼法执法检查。"],
    [
      "spam written into a body's name",
      "索 引 号: | 11330700099033995K/2024-121134 | 发布机构: | 大发娱乐在线¥投注官网市市场监管局(知识产权局) |\n---|---|---|---|\n文 号: | 公开日期: | 2024-01-15 09:04 | |\n特向社会公布2023年度我局政府信息公开年度报告。如有疑问,请与大发娱乐在线¥投注官网市市场监管局办公室联系(地址:大发娱乐在线¥投注官网市东风路18号;邮编:321000)。",
    ],
    ["a zone named by its kind only", "经济技术开发区管理委员会关于2022年法治政府建设情况报告\n2022年,经开区坚持依法行政。"],
    ["a deputy mayor", "市政府常务会议3次专题研究执法体制改革,分管副市长多次督导推进。"],
    ["a verb before a county's level", "深化“一表同享”改革,梳理表单1639张,上传县级标准表单208张,精简率超70%。"],
    ["a count of county units", "全县扎实推进依法行政。聚焦5大核心领域开展督察,对6个乡镇、10个县直单位开展实地督察。全县调解纠纷120件。"],
    ["a verb before a banner's own level", "三是厘清职责边界。编制盟本级行政权力事项清单4273项。"],
    ["a verb before a list of levels", "认真落实述法点评工作机制,完成州县乡党政主要负责人述法全覆盖。"],
    ["a verb before an unnamed county's deputies", "满意25票。办理县人大代表建议119件、县政协委员提案88件。"],
    ["a model city striven for", "镇党委会议3次专题研究争创全国法治政府建设示范市工作。"],
    ["a verb of attending before an unnamed city's court (旁听市中级法院庭审)", "检查组召开座谈会10个,旁听市中级法院行政案件庭审,全市共受理行政案件1200件。"],
    ["据 (according to) is no part of a name", "据柳川市机构改革相关工作精神,组建市住房和城市更新局。机构组建后,我局坚持依法行政,全市共办理行政复议案件3件。"],
    ["a verb of transfer before an unnamed district's bureaus (划入区住房保障和房屋管理局…职责)", "于2024年6月组建区住房和城市更新局,划入区住房保障和房屋管理局、区城区改造更新局职责。机构组建后,我局坚持依法行政。"],
    ["经 (by way of) before an unnamed county's committee", "今天这次会议,是经县委研究决定召开的一次重要会议。大力推广柳溪镇石桥村“议事堂”经验做法,全县调解纠纷120件。"],
    ["a model county striven for, not its tail", "11月1日,我县召开全国法治政府建设示范县创建工作推进会议。"],
    ["a unit beginning 乡村", "主动公开《关于加快数字乡村建设的实施意见》,全年审查规范性文件4件。"],
    ["a county's party committee and government run together", "2024年以来,县卫生健康局在县委县政府的坚强领导下,全面推进依法行政。"],
    ["names withheld in a case's title", "典型案例:1.吴某诉某区民政局、某市民政局撤销登记案。全市法院共受理行政案件321件。"],
    ["执行 before a district's committee at a sentence's head", "关于2025年度法治政府建设情况的报告\n一、主要举措\n(一)健全教育系统法治建设。一是严格执行“三重一大”制度。严格执行区委教育工委“三重一大”事项清单相关要求,涉及清单内容严格按照程序办理。"],
    ["a verb before an unnamed county's government", "要求县政府各部门接到复议申请后五日内书面答复,全县共办理行政复议案件19件。"],
    ["a verb before a list of levels", "建成市县乡三级矛盾纠纷调处中心,全市共调解纠纷3120件。"],
    ["a verb before a township's cadres", "开展法治培训,覆盖镇村干部210余人,全镇共调解纠纷45件。"],
    ["a quantifier before a unit", "有些地区行政机关负责人出庭应诉率偏低,部分县区工作推进不平衡。"],
    ["most regions", "可以看出,大部分地区三项数值的排名水平相符,大多数地区行政诉讼发生率与经济水平相关。"],
    ["many regions", "不少地区公共法律服务中心进驻当地政务服务大厅,许多地区还推出了一站式服务。"],
    ["地区 as a common noun after a verb", "加大对欠发达地区财政支持力度,逐步缩小地区差距,实现城乡公共法律服务均衡发展。"],
    ["a common noun ending like a district", "依法保障城中村整治和棚户区改造工作,全年审结行政案件64件。"],
    ["a government and its office joined by 和", "以县人民政府和县人民政府办公室名义发布的规范性文件共清理46件。"],
    ["a clause's punctuation is no part of a bare name", "今年以来,县司法局全面实施人民调解“以奖代补”机制。今年来,全县各级各类人民调解组织成功调处各类纠纷2900余起。"],
    ["a province in a company's name and one in a site's name in a copyright footer", "东岭实施乡村“法律明白人”培养工程\n在当地,像这样的调解员有很多。全年调解纠纷3000余件。\n版权声明:凡注明“来源:中国青海网”的全部稿件,版权归雪峰(北京)传媒有限公司所有。来源中国青海网。"],
    ["a verb that undertakes a body's business (承办市人大…代表建议)", "曹某代表:\n您提出的建议已收悉。我局印发《承办市人大十六届二次会议第0215号代表建议工作方案》,组织全市两级行政复议机构办理行政复议案件1200件。"],
    ["bodies of another province the text's own dealt with (向…通报, 与…共同发布), however often named", "区市场监管局关于2023年法治政府建设情况的报告\n一是加强川渝执法协作。向四川省成都市新都区、成华区市场监督管理局通报典型案例10余件。二是与四川省成都市新都区、成华区市场监督管理局共同发布消费警示信息两期,全年查办案件120件。"],
    ["verbs before a unit's people or offices", "通过普法集市吸引市民参与,在试点乡镇设立县级调解中心,充分发挥区级平台作用,全年调解纠纷210件。"],
    ["a county's department whose name a ministry's begins (农业部门)", "2023年,农业部门认真贯彻依法行政要求,共办理行政复议案件3件。"],
    ["a verb that joins partners after another word, before an unnamed district's department (同时会同区司法部门…)", "针对疑难问题,加强与市政府政务公开办的沟通,同时会同区司法部门、责任单位会商研判。2024年,全区共收到政府信息公开申请620件。"],
    [
      "其中 (of which) before an unnamed county's government",
      "【行政复议】全年县政府收到行政复议申请31件,审结26件。审结案件中,维持17件。\n\n【行政应诉】全年县政府及其工作部门共发生行政诉讼案件40件,其中县政府作为被告的12件。",
    ],
  ])("none: %s", (_name, text) => {
    expect(metaOf(text).region).toBeNull();
  });

  it("a newspaper's masthead does not outweigh the body it writes about", () => {
    const text = "西藏日报 | 西藏商报 | 西藏法制报\n\n——山南市司法局行政复议科蹲点手记\n\n日前,自治区司法厅表扬了一批全区行政复议工作先进集体,山南市司法局行政复议科名列其中。走进山南市司法局,2024年第三季度,科室共办结行政复议案件47件。";
    expect(metaOf(text).region).toBe("山南市");
  });

  it("a measure word before 县 (每次县人民政府常务会议) is no one-character name; a one-character county is", () => {
    expect(placeEndingRun("次县")).toBeNull();
    expect(placeEndingRun("项县")).toBeNull();
    expect(placeEndingRun("攸县")?.name).toBe("攸县");
  });

  it("a blank or blind area (空白区, 盲区) is no district", () => {
    expect(placeEndingRun("补强空白区")).toBeNull();
    expect(placeEndingRun("监管盲区")).toBeNull();
  });

  it("a kind of city (超大城市, 中心城市) is no city; a name ending in 城市 (晋城市) is", () => {
    expect(placeEndingRun("推进超大城市")).toBeNull();
    expect(placeEndingRun("区域中心城市")).toBeNull();
    expect(placeEndingRun("晋城市")?.name).toBe("晋城市");
  });

  it("经 before a name is a preposition (经漳州市龙海区…常务会研究同意), no part of it", () => {
    expect(placeEndingRun("经漳州市")?.name).toBe("漳州市");
    expect(placeEndingRun("经漳州市龙海区")?.name).toBe("漳州市龙海区");
  });

  it("the rule of law (法治, 法制) is no place's stem, whatever unit follows it", () => {
    expect(placeEndingRun("法治区")).toBeNull();
    expect(placeEndingRun("法制县")).toBeNull();
    expect(placeEndingRun("依法治市")).toBeNull();
  });

  it.each<[string, string, string | null]>([
    ["a citizen of a city (市民王某) is no body of it; the court the story is about is", "去年8月,柳川市民李某被一辆货车撞伤。今年3月,李某来到柳川市西岭区人民法院起诉。在西岭区法院诉调对接中心,调解员组织各方调解,全年共调解交通事故纠纷812件。", "柳川市西岭区"],
    ["a city paper's reporter credited at the top names the city a text calling itself 我市 is about", "本报讯 (临川日报社全媒体记者 王某)近年来,市司法局坚持“枫桥经验”,今年以来全市共化解矛盾纠纷8120起。", "临川市"],
    ["a city site's dateline credit names the city a text calling itself 我市 is about", "中国柳川网讯 昨天,我市召开全市依法行政工作会议。全年我市各级行政复议机关办理新收行政复议案件548件。", "柳川市"],
    ["a city site's dateline credit with the day in it", "柳川新闻网5月12日讯(记者 王某)近日,我市召开全市依法行政工作会议。全年我市各级行政复议机关办理新收行政复议案件548件。", "柳川市"],
    ["a province's paper dated the same way names no city", "浙江日报5月12日讯(记者 王某)近日,我市召开全市依法行政工作会议。全年我市各级行政复议机关办理新收行政复议案件548件。", null],
    ["a national site's dateline credit names no city", "新华网讯 昨天,我市召开全市依法行政工作会议。全年我市各级行政复议机关办理新收行政复议案件548件。", null],
    ["a national paper's reporter names no city", "本报讯 (法治日报记者 王某)近年来,市司法局坚持“枫桥经验”,今年以来全市共化解矛盾纠纷8120起。", null],
    ["an intermediate court by its city's bare name heading the opening outweighs the province it speaks of", "近年来,柳川中院紧紧围绕依法行政目标,推动府院联动,获得省政府、省法院主要领导肯定,助力全省法治建设。", "柳川市"],
    ["a bulletin's masthead names its own body, over the superior bodies it quotes", "法院信息 柳川县人民法院研究室编印\n2016年第3期\n市委常委、政法委书记作出批示。市委政法委将其做法印发全市。市法院行政庭邀请柳川法院参加座谈。市政府分管领导作出批示。我市各级法院推广其做法。全县行政机关负责人出庭应诉案件46件。", "柳川县"],
    ["the last of a list of places (…、枣庄市、日照市参加) is no subject; the city the text calls 本市 and leads is", "全市共调处民间纠纷41841起。5月份,由临川市牵头,有连云港市、徐州市、枣庄市、日照市参加,在临川召开联调工作座谈会。本市12个县区全部建立了县级安置帮教机构。", "临川市"],
    ["a unit with its peers in parentheses (督察县(区)人民政府) is a class of bodies, no place", "8月,组建督察组,督察县(区)人民政府依法行政工作情况,共抽查执法案卷96卷。", null],
    ["a city a prefecture governs, named after its province and prefecture, is the body's place", "近日,云南省红河州蒙自市司法局组织各执法单位集中评查行政处罚案卷43份。", "云南省红河州蒙自市"],
    ["a city an autonomous prefecture governs", "近日,伊犁哈萨克自治州霍尔果斯市司法局组织集中评查行政处罚案卷38份。", "伊犁哈萨克自治州霍尔果斯市"],
    ["a reporter's lead with 在 (记者在…了解到) names the body the figures came from, over a street office in an anecdote", "今年前三季度,园区和街道两级调处矛盾纠纷1840件,化解率达98%,成绩来自东岭经开区一站式矛调中心的运行。10月12日,记者在东岭经开区矛调中心了解到,中心实行首问负责制。\n8月,居民刘某反映楼上漏水。西岭街道矛调中心当天派人上门查看。", "东岭经开区"],
    ["the city-centre district, whose stem is a unit's word", "“矛调中心成立之后,资源实现了整合。”市中区委常委、政法委书记李某说。目前,市中区社会治理综合服务中心共化解矛盾纠纷1200件。", "市中区"],
    ["an unnamed city department at the head, after 在…领导下, makes the city of its own document's title the place, though the province's whole is named as often", "2024年,在市委市政府的坚强领导下,市文化和旅游局坚持依法行政,全省文旅系统法治工作会议在此召开。\n一、2024年主要举措\n(一)规范执法流程。制定《东岭市文化市场综合执法流程》,全省率先推行。全年办理行政复议案件3件。", "东岭市"],
    ["a province's bare name heading a headline, its verb's object beginning with a unit's character (实施乡村…)", "陕西实施乡村“法律明白人”培育计划\n去年以来,全省开展普法宣传活动达16430场次。", "陕西省"],
    ["the bodies a township head worked under are its superiors where the text speaks of 全镇", "2024年以来,我在县委、县政府领导下抓好法治建设第一责任人各项工作,青石镇的基层治理有了新起色。全镇设了10个网格,调解纠纷56件,为青石镇发展护航。", "青石镇"],
    ["a branch under its district's party committee and government speaks of that district", "2023年,我分局在市公安局和区委、区政府的正确领导下,深化执法规范化建设。分局获评2023年度柳岸区法治建设先进集体,连续两年被评为柳岸区依法行政示范单位。", "柳岸区"],
    ["a report signed at its end by its body, past the lead", "县委、县政府:\n2023年,我局坚持依法行政,全年办理行政复议案件21件。\n" + "持续推进严格规范公正文明执法,不断提升执法水平。".repeat(80) + "\n柳岸县司法局\n2024年1月15日", "柳岸县"],
    ["a zone and the district it is governed with, named as one subject (X开发区、X区), is that district", "2022年,柳川高新区、柳川市青石区坚持依法行政,全年办理行政复议案件36件。", "柳川市青石区"],
    ["a zone with the district it is governed with in parentheses, that district", "近年来,泰州医药高新区(高港区)法律明白人积极赋能基层法治建设,年均开展普法活动百余场次。", "高港区"],
    ["a county news site's dateline credit on a text that calls itself 我县", "象山新闻网讯(记者方某)6月17日下午,市普法验收组到我县实地验收“六五”普法工作。据悉,我县开展法治宣传主题活动490余场次。", "象山县"],
    ["a city paper's newsroom named as the source, its byline run on (信息来源:益阳日报全媒体作者:…)", "这是我市2024年宪法宣传周主场活动的缩影。全市开展普法活动120余场次。\n信息来源:株洲日报全媒体作者:王某 李某责任编辑:张某", "株洲市"],
    ["a county paper named as the source of a text that calls itself 我县", "我县新增27个市级民主法治示范村\n日前,市司法局公布2023年度示范村名单,我县岳井村等27个村榜上有名。近年来,我县大力推动法治乡村建设。\n来源:今日宁海\n页:", "宁海县"],
    ["a city's paper named as the source of a county's text is no county", "我县新增示范村\n近年来,我县大力推动法治乡村建设,全县调解纠纷320件。\n来源:宁波日报", null],
    ["the bare city whose revival a city bureau's work serves", "关于2024年法治政府建设情况的报告\n2024年,在市委、市政府正确领导下,市司法局切实推动全市法治政府建设,为本溪全面振兴提供了有力法治保障。", "本溪市"],
    ["a county media centre named with its county's unit as the source of a text on the county's bureaus", "武义开展送法进乡村活动\n来源:武义县融媒体中心 发布日期:2023-09-22\n本网讯 9月20日,县司法局联合县法学会在柳溪镇举行送法进乡村活动。", "武义县"],
    ["the page's publisher (发布人) and source over the township its justice office went to", "部门动态\n桃溪司法所:开展普法游园活动\n发布时间:2025-04-02 发布人:柳岸县司法局 来源:柳岸县司法局\n正值石岭乡花海开放之际,桃溪司法所在石岭乡开展普法游园活动,吸引300余名游客参与。", "柳岸县"],
    ["the province files were drawn from (从全省…抽选) for a review a district's won", "桐川区在全省行政复议案卷评查中获得优秀\n近日,湖南省司法厅通报了从全省各地随机抽选的30件行政复议案卷的评查结果,鹤原市桐川区司法局承办的案卷被评为优秀。2021年,桐川区本级受理行政复议案件12件。", "鹤原市桐川区"],
    ["a contributor's credit at the end of a news item", "近日,各乡镇积极开展法治宣传活动,全县共调解纠纷1203件。(柳岸县司法局供稿)", "柳岸县"],
    ["a ministry guided by the leadership's thought, heading its report", "2022年,在党中央、国务院的领导下,交通运输部以习近平新时代中国特色社会主义思想为指导,深入学习宣传贯彻党的二十大精神,扎实推动交通运输法治工作高质量发展。\n一、深入学习贯彻党的二十大精神", "全国"],
    ["a city's congress come to the county-level city that calls itself 我市, named in its site's name", "当前位置: 首页 > 新闻中心 > 柳川要闻\n桐山市人大常委会来我市调研规范性文件备案审查工作\n编稿时间: 2021-03-05 来源: 柳川市政府门户网站\n3月3日上午,桐山市人大常委会副主任王某带队来我市调研规范性文件备案审查工作。2020年度,市政府向市人大常委会报备各类规范性文件11件。", "柳川市"],
    ["the place a provincial body's officials visit", "日期:\n来源:某融媒\n9月14日,东山省司法厅副厅长王某、省司法厅复议处处长李某一行来到青石县,调研行政复议规范化建设。县政府副县长孙某陪同。调研组走进青石县行政复议服务中心,详细了解了案件办理流程。", "青石县"],
    ["a page's host in a table cell without its colon", "当前位置:首页 > 政府信息公开年报\n公报标题 市文广旅局2024年度行政执法统计年报 总号 期号 主办单位柳川市商务局 公报年份2023年\n一、行政执法主体概况\n全局共有行政执法人员19人。", "柳川市"],
    ["a disclosure report's contact line", "本年报由总体情况、主动公开政府信息情况等部分组成。本年报中所列数据的统计期限自2023年1月1日起至2023年12月31日止。如对本年度报告有疑问,请与柳岸县生态环境局办公室联系(电话:0000-1234567)。\n全年未收到行政复议申请。", "柳岸县"],
    ["a disclosure report's contact line that names its body after 请联系", "特向社会公布2023年政府信息公开工作年度报告。本报告所列数据统计时限为2023年1月1日至12月31日,如对本报告有疑问,请联系柳平县政府政务服务中心。", "柳平县"],
    ["a township's justice office by its bare name names the township the text writes in full", "在柳川市东岭区新桥镇,新桥司法所始终将人民调解工作放在首位。全年调解纠纷126件。", "柳川市东岭区新桥镇"],
    ["a province opening a quoted award's name is the award's, not the body's", "临川市获评“江西省法治政府建设示范市”\n近日,省委依法治省办发布创建结果。临川市获评示范市。近年来,临川市锐意改革。", "临川市"],
    ["a county opening a quoted name of its own work is still the county", "“柳川县‘法治三巡’,让普法更接地气”被作为法治宣传典型案例。全年开展巡讲活动105场次。", "柳川县"],
    ["县府办 is one's own unnamed county's office: 会同 before it is a verb", "(一)统筹法治建设。会同县府办起草县政府向县人大常委会报告法治政府建设情况的材料。今年1-6月,临川县新收行政复议案件96件。", "临川县"],
    ["a metropolitan paper (都市报) is no city; the city whose courts report is", "海湾记者 王某 报道\n海湾都市报11月2日讯 “让群众感受到公平正义。”柳川市十五届人大常委会第三十次会议听取了市中级法院关于行政审判工作情况的报告。全市法院依法化解行政纠纷。", "柳川市"],
    ["a city's courts of two levels by its bare name name the city", "为推进行政争议实质性化解,柳川两级法院联合检察院开展同训共学,全年行政机关负责人出庭应诉率达100%。", "柳川市"],
  ])("the page's own marks: %s", (_name, text, region) => {
    expect(metaOf(text).region).toBe(region);
  });

  it("a portal's banner does not outweigh the body its news is about", () => {
    const text = "浙江省人民政府门户网站\n首页 > 地方动态\n日前,衢州市司法局召开新闻发布会,通报今年以来行政复议工作情况,共收到行政复议申请612件。";
    expect(metaOf(text).region).toBe("衢州市");
  });

  it("a site's own banner resolves what the text calls 我市", () => {
    const text = "欢迎访问南浔市司法局网站\n我市人民调解工作再获殊荣\n近年来,市司法局践行新时代“枫桥经验”,我市共调解纠纷8120件。";
    expect(metaOf(text).region).toBe("南浔市");
  });

  it("a body that lists its own bodies is still the subject; a place in a list of places is not", () => {
    const text = "2022年,在市委、市政府的正确领导下,东西湖区委、区政府坚持依法行政,全区共化解行政争议58件。南湖区、北湖区等4个地区获评示范地区。北湖区推行一站式调解。北湖区设立调解室12个。";
    expect(metaOf(text).region).toBe("东西湖区");
  });

  it("a place given by the page's furniture (来源, 发布机构) counts, the fuller name wins", () => {
    const text = "当前位置: 首页 > 工作动态\n发布时间: 2025-03-18 来源:顺德区司法局\n2024年,佛山市顺德区行政复议工作服务大局,全年共审结行政复议案件2847宗。";
    expect(metaOf(text).region).toBe("佛山市顺德区");
  });

  it("a zone named by its city and 经济技术开发区 in running text is the body", () => {
    expect(metaOf("2023年,柳川经济技术开发区坚持依法行政,全年办理行政复议案件12件。").region).toBe("柳川经济技术开发区");
  });

  it("a government's office abbreviated in a label (区府办) is the government's", () => {
    const text = "索引号:002415/2022-318840 | 发布机构: 柳岸区府办 |\n生成日期:2022-05-09 | 公开方式: 主动公开 |\n现就区政府规范性文件清理结果解读如下:共清理规范性文件301件。";
    expect(metaOf(text).region).toBe("柳岸区");
  });

  it("a subject of the opening outweighs a sentence that begins with a verb before an unnamed body", () => {
    const text = "2023年,荆门市坚持依法行政,扎实推进法治政府建设。\n二是强化决策监管。规范市政府重大行政决策草案形成过程,规范市政府合同审查。全市共收到行政复议申请30件。";
    expect(metaOf(text).region).toBe("荆门市");
  });

  it("two places ending alike are not cut back to the tail they share", () => {
    expect(metaOf("2023年,临川县司法局、柳川县司法局联合开展普法活动。").region).not.toBe("川县");
  });

  it("a verb stuck to a name is cut back to the name the text writes elsewhere", () => {
    const text = "市司法局在推进营口市行政复议规范化建设中,梳理形成具有营口特色的工作方法。全市6家行政复议机构落实“四统一”。";
    expect(metaOf(text).region).toBe("营口市");
  });
});

describe("the year the figures cover", () => {
  it.each<[string, string, number | null]>([
    ["在 before the part of a year heading its figures", "据统计,在2024年上半年收到的2.8万件行政复议案件中,经复议后未再起诉的有1.9万件。", 2024],
    ["在…的基础上 is a baseline, not a year heading figures", "2024年,全县新收行政复议案件52件,在2023年的基础上增长18%。", 2024],
    ["a baseline with its noun between (在2023年评估的基础上)", "2024年,东岭市司法局深入推进综合行政执法改革。在2023年评估的基础上,向全市41个镇街的960名工作人员开展问卷调查。", 2024],
    ["a year heading the opening", "2021年度,全市各级行政复议机关共办理行政复议案件120件。", 2021],
    ["a later year's 要 aims at a rate (2026年,全市…败诉率要降至10%以下): a plan, no period reported", "2026-02-26 08:31 来源:柳川日报\n会议通报,2025年全市行政诉讼案件发案量472件,败诉率为15.6%。2026年,全市行政诉讼败诉率要降至10%以下。", 2025],
    ["a whole year's figures, then the next year's first months", "会上,东岭区法院作经验交流。2023年,东岭区法院共受理行政诉讼案件1420件,审结1310件。2024年1-3月,共受理行政诉讼案件310件,结案160件。2024年1-3月,诉前调解案件98件。", 2023],
    ["only a part of a year heading figures", "2024年1-3月,东岭区法院共受理行政诉讼案件310件,结案160件。", 2024],
    ["a sentence opening on years since a body was set up (…工作室成立三年以来,…), figures after it", "时间:2021-03-01\n青禾县司法局于2018年3月设立驻法院人民调解工作室,2019年又在三个法庭设立调解室。驻法院调解工作室成立三年以来,共受理纠纷1200起,调处成功1020起。", null],
    ["a dated page's own year heading figures over a practice's span and a vague head", "时间:2024-07-10 阅读:356\n\n自2010年以来,东岭区法院每两年发布一次行政审判白皮书。近年来,本院坚持实质化解行政争议的理念。2022年以来,共化解行政争议120件。2024年1月至6月,审结行政案件88件。2024年1月至6月,行政机关败诉5件。", 2024],
    ["the present heading figures on a dated page over an earlier year's event with none", "青禾新闻网\n2024-05-20 10:12:03\n\n青禾省司法厅20日通报,目前全省已培育“法律明白人”21万余名。\n\n2023年底,省司法厅命名了第三批省级民主法治示范村。", 2024],
    ["今年以来 opening a quoted remark on a dated page", "法治日报关注!\n2024-11-27 09:15:42\n\n“今年以来我县行政机关作为被告的行政诉讼案件中,败诉的只有2件,为近年最低。”柳溪县县长日前在接受采访时表示。", 2024],
    ["以来 on an undated page, a rule's effective date after it", "一、主要做法\n2021年以来,东岭市坚持以习近平法治思想为指导推进法治政府建设。《东岭市城乡环境卫生条例》于2022年1月1日颁布施行。全年开展行政规范性文件清理3次,共清理186件。", 2021],
    ["以来 on an undated page", "本报讯 2023年以来,市司法局共审查规范性文件58件。", 2023],
    ["an office's day (办公室于7月18日), no later in the year than the page's date", "日期:2023-07-24\n\n为推动专项整治走深走实,柳岸区专项整治工作领导小组办公室于7月18日组织开展行政执法案卷评查,共抽查案卷86册。", 2023],
    ["a day the event was held on (于12月23日), no later in the year than the page's date", "来源:国际在线 | 2023-12-25 17:37:30\n\n为压降败诉案件数,柳岸区委依法治区办于12月23日对12家败诉案件责任单位集体约谈。会议对全区行政机关负责人出庭率100%表示了肯定。", 2023],
    ["a span from one month to a month of a later year", "2021年1月至2024年6月,全市各级各类人民调解组织共受理各类矛盾纠纷4.1万余件,调解成功4.0万余件。", null],
    ["a year with figures said approximately (4800多起) outweighs a meeting's year named first", "发布时间:2022-01-26 08:44\n22日,2022年全区司法行政工作会议在柳川召开。2021年,全区司法所有效调解矛盾纠纷4800多起。", 2021],
    ["a heading on the outcome of a year's key work (重点工作完成情况) is no plan", "现将2022年工作完成情况及2023年工作打算汇报如下:\n一、2022年重点工作完成情况\n(一)持续浓厚法治氛围。在80余个社区开展法治讲座。", 2022],
    ["an award's year in a site's headline list is no period reported on", "法治导读:\n2022年度优秀法治新闻评选揭晓 “2022年度优秀案例”25件入围\n柳溪县综治中心化解见实效\n柳溪县综治中心于2022年3月挂牌。截止目前,共受理各类案件318件,已办结305件。", null],
    ["the year's last day after 截止 closes the year", "一、总体情况\n(一)主动公开信息情况。截止2023年12月31日我局通过官方网站发布政务类信息34条,概况类信息150条。", 2023],
    ["so does its last month (截止2023年12月, 截至2023年12月底)", "今年,柳岸镇整合综治中心和信访接待中心,建成一站式调解中心。截止2023年12月,中心共受理调解案件142起,调解成功率100%。", 2023],
    ["but not a day within it", "今年,柳岸镇建成一站式调解中心。截至2023年12月5日,中心共受理调解案件142起,调解成功率100%。", null],
    ["the year a report announces after 以下是", "东岭街道办事处全面落实普法责任制。以下是我街办2024年“谁执法谁普法”工作报告。\n一、履行普法责任制情况\n全年开展普法活动30场。2021年以来,累计开展活动98场。", 2024],
    ["the year a report announces it covers", "现将我局2023年法治政府建设工作情况报告如下。\n一、全面深入贯彻学习习近平法治思想。全年党组会议等会前学法12次。", 2023],
    ["the latest year alone heads figures after events of the years before", "2020年,全国人大常委会有关负责同志批示肯定柳川市“一窗受理”调解做法。2022年,司法部有关负责同志到柳川调研。2023年1至4月份,全市收到行政复议申请386件,调解和解结案142件。", 2023],
    ["county annals whose years reach back before 1990 are a chronicle", "第五节 人民调解\n1985年,全县有人民调解委员会238个,调解员1171人。\n1988年,县城东街调委会调处1起婚姻纠纷。\n2001年,各级调解组织共调处民间纠纷2341件,调处成功2299件。\n2002年,建立健全调解网络,提高人民调解工作质量。", null],
    ["an undated page's campaign's broadcast named by its one year before its quoted name", "12月3日,由市委宣传部、市司法局主办,市报业集团承办的2023年“宪法宣传周”法治宣传线上直播节目在直播间热烈进行。全市共计8万余人在线收看。", 2023],
    ["an undated page's campaign named by its one year before its quoted name", "12月1日上午,柳溪县2024年“宪法宣传周”启动仪式在青年广场举行。活动吸引了现场2000余名群众参与。", 2024],
    ["an undated page's campaign, its place between its year and a long quoted name", "东岭区司法局开展“五下乡”活动\n4月26日上午,由区政协组织,司法局、卫生、文化等部门参加的2019年全区“法律、文化、科技、卫生、政策五下乡”活动在东岭区拉开了序幕。区政协副主席出席活动并致辞。\n司法局在活动中设立咨询台,现场发放宣传材料600余份(册),律师现场解答群众的法律咨询40多人。", 2019],
    ["an undated page's campaign, its city between its year and its quoted name", "市司法局积极开展送法下乡活动\n2月15日上午,由市委宣传部主办的2022年柳川市“三下乡”集中示范服务暨文艺惠民演出活动在白马镇举行,市司法局作为承办单位之一,组织律师开展宣传活动。", 2022],
    ["a span whose first year is written bare (2011至2016年) outweighs a year's significance", "2016年是全面深化改革的关键一年。\n2011至2016年,柳川两级法院共新收行政一审案件1873件,审结1790件。", null],
    ["figures long before a dated page are the past it recalls", "时间:(2008-03-13)\n二十年来人民调解工作调研报告\n截至1981年底,全市共建立人民调解委员会10085个,全年共调解纠纷93397件。20年来,全市共调处各类民间纠纷194万件。", null],
    ["a year stated again and again over the years before it listed once each", "23.06.2016  17:20\n今日,在柳川县法院2015年行政审判白皮书发布会上获悉,2015年,该院全年共审理行政案件78件。2015年行政机关申请强制执行案件28件。近五年来,该院受理行政案件呈增长态势,其中,2011年受理32件,2012年受理58件,2013年受理68件,2014年受理66件,2015年受理73件。", 2015],
    ["a year about to end, its work looked back on", "2024年即将落幕,过去的一年里,柳川县司法局积极履行司法行政职能,全力推进公共法律服务体系建设。", 2024],
    ["a meeting sums up one year's work and plans the next's", "今天召开全市依法行政工作会议,主要任务是总结回顾2025年全市依法行政工作,部署2026年重点任务。", 2025],
    ["the year a body reports on to a session (报告2025年…工作情况)", "“一年来,共收到公民、组织提出的审查建议5210件。”日前,法制工作委员会主任向常委会会议报告2025年备案审查工作情况,披露这组数据。", 2025],
    ["the year a report heads outweighs the last year's reported on as a duty", "2023年,全区各级人民政府深入推进依法行政。严格落实法治政府建设情况报告制度,按规定向自治区人大常委会报告2022年法治政府建设情况。全年共办理行政复议案件1200件。", 2023],
    ["a meeting that only plans a year names no year it reports", "今天召开全县政法工作会议,主要任务是认真总结去年工作,安排部署2023年全县政法工作。", null],
    // figures since a body was set up, on an undated page: how long it has run, no text says
    ["an undated page's figures since a body was set up, a year only in a case told later", "群众说事,干部解题。柳溪县“老李调解工作室”自成立运行以来,参与化解各类矛盾纠纷1200余起,成功率达98%。\n2022年,工作室负责人接到一起宅基地纠纷,当事人情绪激动。", null],
    ["an undated page's figures since a law took effect, a later year heading no figure", "东岭市司法局打造行政争议化解新模式。新行政复议法实施以来,全市共收到行政复议申请620件,受理540件。2024年以来,全市新收复议案件数量达到同期一审行政诉讼案件的2倍以上。", null],
    ["an undated page's figures over a 普法 plan's period, its first year heading no figure later", "——市气象局“八五”普法工作综述\n“八五”普法规划实施以来,市气象局不断落实普法责任。\n“八五”普法期间,市气象局累计开展专题学法18次,举办法治讲座36场次。\n2021年,市气象局制定普法责任清单,明确普法任务。", null],
    ["a year heading the first figures on an undated page, a plan's cumulative figures after them", "10月12日,记者从县司法局获悉,2025年前三季度,县行政复议局共收到行政复议申请188件,审结160件。“八五”普法规划实施以来,全县累计开展普法活动1100场次。", 2025],
    ["an undated page's year since which a centre has run, its figures since the centre opened", "2021年来,东岭县打造了社会治理中心,已取得初步成效:自中心投入运行以来,累计受理纠纷184件,已结案164件。", null],
    ["an undated page's figures since a year a practice began (自2009年…开展以来)", "柳溪县人大常委会扎实开展备案审查工作。自2009年这项工作开展以来,共收到规范性文件316件,督促修改4件。", null],
    ["a 以来 on an undated page runs on to a later date it names", "自2021年启动培养工程以来,柳溪市已累计培育4280名“法律明白人”。特别是在2024年10月,柳溪市成立全省首家乡村法务学院。", null],
    // a report's own date under its title, a month with no day, dates the page: early in a year it sums up the year before
    ["a report dated under its title early in the next year, its 以来 the year before", "柳溪乡党委书记述法报告\n(2025年1月)\n2024年以来,柳溪乡党委、政府坚持以习近平法治思想为指导,全乡调解矛盾纠纷46件。", 2024],
    ["a report dated under its title later in a year, its 以来 running on", "柳溪乡法治建设情况报告\n(2025年9月)\n2023年以来,柳溪乡党委、政府坚持以习近平法治思想为指导,全乡调解矛盾纠纷46件。", null],
    ["年初以来 heading figures on a dated page is the page's year", "来源:柳川日报\n2023/03/28\n年初以来,柳川县司法局为全县348名“法律明白人”发放证书。", 2023],
    ["以来 on an undated page that opens on 近年来, a generic opener", "近年来,柳溪县积极整合调解资源。2022年以来,全县各级调委会共调解矛盾纠纷2034件,调解成功率98.9%。", 2022],
    ["a rule in force from a year before the page's is no event of the page's year", "柳川旗司法局开展行政复议宣传活动\n时间:2023-06-24 10:28\n自2022年7月1日起,旗县级以上人民政府只保留一个行政复议机关。为提高群众知晓率,2023年5月19日,柳川旗司法局在广和社区开展宣传活动。", 2023],
    ["a news lead's day after its byline on a dated page", "柳川市中院合并审理9起行政案件\n来源:柳川晚报时间:2019-10-31 14:42:45\n本报讯(记者 王某 通讯员 李某)10月28日上午,柳川市中院公开开庭合并审理了高某等9人诉柳溪区人民政府行政复议9案。", 2019],
    ["以来 on a page of that year", "发布时间:2023-08-20 10:14\n2023年以来,全区共开展法治宣传活动41场次。", 2023],
    // 近年来 spans years where its sentence counts something, not as a news item's generic opener
    ["近年来 with no figure on a dated page that names its one year", "发布时间:2021-12-05\n12月4日上午,柳溪县2021年度国家宪法日活动在宪法公园举行。\n近年来,柳溪县不断强化普法宣传,依法行政能力明显提升。", 2021],
    ["years in digits heading figures (10年来,…累计调处…) over the year a practice began", "2011年底,柳溪县司法所在村屯小卖店创建“说事点”。随后,全省推广。\n10年来,全省“说事点”已达1.2万多个,累计调处各类纠纷30余万件。", null],
    ["近年来 over a level kept (始终保持在95%以上), the figures under a later year's quarter", "近年来,柳溪县持续加强人民调解工作,全县矛盾纠纷化解率始终保持在95%以上。2023年第一季度,全县共排查矛盾纠纷418件,成功调解409件。", 2023],
    ["近年来 heading a figure on a dated page", "发布时间:2021-12-05\n12月4日上午,柳溪县2021年度国家宪法日活动在宪法公园举行。\n近年来,柳溪县共调解矛盾纠纷5200件。", null],
    ["an undated page naming one year as that of a training course held", "为进一步深化“法律明白人”培育工程,12月9日,柳溪县司法局开展2023年公民法治素养提升暨全县“法律明白人”骨干培训班,各村共84名“法律明白人”参加了此次培训。", 2023],
    ["the first line opening on the year and its work, over a span of rates after it", "2024年,柳川市聚焦法治政府建设目标,扎实推进依法行政。\n2022年以来,全市行政复议调解率逐年上升,分别达到21.4%、25.2%、30.8%。", 2024],
    ["the first line opening on the year a report's work is guided in, over 近年来 and its figures after it", "2023年,柳川市坚持以习近平新时代中国特色社会主义思想为指导,全力推动法治政府建设取得新突破。\n近年来,柳川市把示范创建作为重点任务,评查各类案卷3000余份,开展专项宣传200多场次。", 2023],
    // a value changed from earlier years' to one year's: that year's figure is the one stated
    ["a rate changed from two years' values to a third's", "全县行政机关一审败诉率由2021年的12.4%、2022年的8.9%下降至2023年的6.1%。", 2023],
    ["a rate changed from a year's value to another's, 从…降至", "全县行政机关一审败诉率从2021年的12.4%降至2023年的6.1%。", 2023],
    ["a part of a year", "2023年1-6月,全市两级法院新收行政诉讼案件1243件,与2022年同期收案1178件相比增加65件。", 2023],
    ["a yearbook entry's label", "【行政应诉】2022年,区政府共办理行政应诉案件58件,败诉3件。", 2022],
    ["a 以来 of the year before on a page of the year's first months sums that year up", "《东岭日报》 (2024年01月17日 第 06 版)\n2023年以来,街道共排查各类矛盾纠纷157件,化解157件。", 2023],
    ["a white paper released near the top, its year without 年", "5月26日,两地高级人民法院共同举行新闻发布会。发布会上,东岭市高级人民法院发布的《2022行政审判工作白皮书》指出,去年全市三级法院共审结行政诉讼案件13964件,结案率92.1%。", 2022],
    ["an undated page's history long before any report", "5月12日上午,柳溪区首个“枫桥式税务所”正式揭牌成立。\n据了解,“枫桥经验”诞生于上世纪60年代初。1963年,经批示后在全国推广,历久弥新。\n作为首个基层样本,该所将推动矛盾纠纷就地化解。", null],
    ["a 以来 that says which documents a clean-up took up (2019年以来印发的), no year of the report", "对2019年以来印发的规范性文件进行专项清理,共梳理文件128件,决定废止9件、宣布失效4件。", null],
    ["so said with the documents right after the verb (2020年以来制发文件)", "开展公平竞争审查第三方评估,梳理2020年以来制发文件862件,评估抽选15件。", null],
    ["an undated page's history a decade before the events it dates", "2023年4月,柳溪市整合政法、信访等资源,建起行政争议协调化解中心。\n长期以来,诉讼主客场问题影响司法公信。2013年,东山率先开展行政案件异地管辖试点改革。\n2023年4月28日,该中心成功化解一起争议。", null],
    ["up to a month of the page's year, heading its figures", "2022-12-06  来源:柳川日报\n\n截至11月,柳川市行政机关一审败诉率6.2%,负责人出庭应诉率98.5%。", 2022],
    ["up to a day of a month beside earlier years' figures is no claim on the page's year", "2022-12-06  来源:柳川日报\n\n2020年全区收到复议申请51件;2021年增至96件;截至11月20日已收到复议申请88件。", null],
    ["今年以来 right after a byline's parentheses on a dated page", "东岭县司法局深化矛盾纠纷多元化解\n发布时间:2025-04-03 16:47:21   来源:柳川法治在线\n  柳川法治在线讯(通讯员 王某)今年以来,东岭县司法局着力深化矛盾纠纷多元化解,探索建立“一站式”调处工作机制。", 2025],
    ["a year's report a news lead cites, on a mirror page dated the year after", "发布时间:2025-10-14 09:12:40\n新华社北京12月25日电 提请常委会会议审议的法工委关于2024年备案审查工作情况的报告显示,一年来,共收到审查建议3105件。", 2024],
    ["一年来 on a page of January is the year before", "读东岭中院工作报告之三:一年来共审结行政诉讼案件438件\n2024-01-16 09:40:12\n16日,东岭市中级人民法院院长在市人代会上作报告。", 2023],
    ["累计 of a year's own total says no span of years", "2024年以来,我把法治建设摆在全镇工作的重要位置。镇领导班子9人累计接访群众214人次,全镇化解矛盾纠纷38件。", 2024],
    ["a quarter", "科室共有4名工作人员。2024年第三季度,科室共办理行政复议案件47件,办结29件。", 2024],
    ["months of a year", "2021年1月至8月,我局办理行政应诉案件34宗。", 2021],
    ["a disclosure report's statistics period of one whole year", "一、总体情况\n本年报根据《条例》要求编制。本报告所列数据的统计期限为2023年1月1日至2023年12月31日。\n二、主动公开政府信息情况", 2023],
    ["a whole year's period whose end names no year again (自2019年1月1日起至12月31日止)", "一、总体情况\n本报告所列数据的统计期限自2019年1月1日起至12月31日止。\n二、主动公开政府信息情况", 2019],
    ["a disclosure report its body releases, named before its year", "根据《中华人民共和国政府信息公开条例》,特向社会公布《柳平县东湖新区管理委员会2021年政府信息公开年度报告》。本报告包括概述等内容。", 2021],
    ["a year its 年 was dropped from before 以来", "2025以来,在县委、县政府的指导下,本人切实履行推进法治政府建设第一责任人职责。全年调解矛盾纠纷61件。", 2025],
    ["the report's year, not its dateline's", "柳川市人民政府关于本市依法行政工作情况的报告\n(2024年6月25日在柳川市第十七届人民代表大会常务委员会第十九次会议上)\n一、2023年工作进展和成效\n2023年,全市各级政府坚持依法行政,共办理行政复议案件1.8万件。", 2023],
    ["the year with figures, not the year a document was issued", "2019年以来,柳泉县先后出台三份规范化建设文件。2020年度,该县各级调解组织共调处各类矛盾纠纷4827件。", 2020],
    ["not a standard's edition", "对接国家行政许可事项清单(2022年版),审定发布政务服务事项7.4万项。2023年,全市共收到行政复议申请30件。", 2023],
    ["a plan's period beside the year", "2019年,我县认真实施《法治政府建设实施纲要(2015—2020年)》,全县共审查规范性文件12件。", 2019],
    ["last year's figures in parentheses", "2021年,全市法院共受理各类案件6842件(2020年5917件),审结6795件(2020年5863件),其中,中院收案1405件(2020年1136件)。", 2021],
    ["a numbered heading's year after the body's name outweighs a 以来 that a later 近年来 says runs on", "2023年,东岭市水务局坚持依法行政。现将行政执法工作情况报告如下。\n一、本部门2023年行政执法基本情况\n2023年以来,局党组专题研究水行政执法,立案查处违法案件18件。\n二、近年来由于我局未收到行政复议申请,行政复议案件0件。", 2023],
    ["a numbered heading's year outweighs a 以来 that runs on into the page's year", "公开日期:2023-02-14\n2022年以来,在市委的坚强领导下,县政府推动法治政府建设取得新成效。现将工作情况报告如下:\n一、2022年度推进法治政府建设的主要措施和成效\n(一)聚力统筹协调。开展学习宣传活动96场次。", 2022],
    ["将 that puts something somewhere (将…视为…) is no plan", "2024年,柳川市将法治政府建设视为全面依法治市的关键,提请审议4件地方性法规草案。", 2024],
    ["将 that puts a long list somewhere (将…四类矛盾纠纷作为工作重点) is no plan either: two years of figures, none the text's", "2022年,全省开展专项行动,化解物业和金融等领域矛盾纠纷2.6万件。2023年,将婚姻家庭、邻里关系、劳动争议、消费维权等四类矛盾纠纷作为工作重点,化解纠纷12.4万件。", null],
    ["a disclosure report's title names its year", "柳川市东岭区信访局2022年政府信息公开工作年度报告\n四、因政府信息公开工作被申请行政复议提起行政诉讼情况\n0 0 0 0 0", 2022],
    ["a dated page's one year, another year only as a baseline (较2023年)", "2024年11月12日\n今年来,柳川区法院着力推进府院联动。截至2024年10月,该院诉前化解的行政纠纷较2023年同期多出两成。", 2024],
    ["some months of a year a bureau reports to a meeting", "本报讯 3月9日,县司法局召开全县调解工作推进会,通报了2023年1月至11月全县矛盾纠纷调处工作情况,部署了下一步任务。", 2023],
    ["a year's state of affairs a court reports to a meeting", "近日,柳川中院召开行政复议与行政审判衔接工作会。会上,柳川中院通报了2022年全县行政诉讼案件审理的总体情况,分析了存在的问题。", 2022],
    ["a year's report a people's congress heard gives the year", "人大要闻\n(发布日期:2025-03-27 16:10\n3月27日,市人大常委会举行第十九次会议。会议听取和审议了市政府关于东岭市2024年法治政府建设情况的报告,书面审议了市司法局2023年以来行政复议工作情况的报告。", 2024],
    ["a year's report released near the top gives the year, whatever history of earlier years it quotes", "3月14日,柳川区法院召开新闻通气会,发布2022年度行政审判工作报告。报告显示,柳川区法院2022年共受理行政诉讼案件318件,审结306件。另外,近三年来,房屋征收类案件数量持续增长。2020年占比为17.46%,2021年占比为24.81%,2022年占比31.05%。2022年度审结的行政案件中行政机关负责人出庭率保持100%。", 2022],
    ["not next year's plan", "2023年,全市共收到行政复议申请30件。\n2024年法治政府建设重点抓好以下工作任务:一是深化改革。", 2023],
    ["a heading's year, not the 以来 on the line under it, a later year named mid-sentence", "2022年,我局深入推进交通运输法治建设。现将工作汇报如下:\n一、2022年工作开展情况\n2022年以来,我局获评省级法治建设先进集体,全系统共办理行政处罚案件1320件。开展2023年度地方性法规立法项目申报工作,上报《东岭市公路条例(修订)》草案。", 2022],
    ["去年 on a dated page", "2007年01月19日 09:00 解放日报\n本报讯 昨天召开的会议传出信息:去年全市法院共受理一审行政案件1990件。", 2006],
    ["去年以来 on a page of the year's later months: the figures run into the page's year", "2025-09-22 08:10 来源:某报\n去年以来,全省检察机关共办理行政诉讼监督案件3126件。", null],
    ["去年以来 on a page of the year's first months sums up the year before", "发布时间:2025-01-20 09:00\n去年以来,全县共审查规范性文件47件。", 2024],
    ["近日 on a dated page", "编辑:张三 2020-07-22 16:05 来源:柳川新闻\n近日,青石街道司法所开展5场人民调解宣传活动。", 2020],
    ["months with no year on a dated page", "发布时间:2023-09-12 09:30\n1至8月,全市法院共受理一审行政案件412件。", 2023],
    ["an event of the page's year, named mid-sentence", "发布时间:2022-12-06 09:10\n近日,我市全面启动2022年全市“宪法宣传周”系列活动,市司法局组织普法志愿者走进社区。", 2022],
    ["a dated page's date of the same year heading its story", "发布时间:2018-08-16\n2018年2月22日,春节长假后的第一个工作日,县法院行政争议调解中心迎来一批当事人。", 2018],
    ["a dated page's year beside the years before it given one by one (分别)", "发布时间:2023-08-14 10:20\n近日,记者从省高级人民法院获悉,截至2023年7月,全省行政机关负责人出庭应诉率达100%。\n据了解,近年来,省政府和省高院深化府院联动,2020年至2022年,全省行政机关负责人出庭率分别达到35.2%、61.4%、86.9%,2023年7月,全省行政机关负责人出庭率已达到100%。", 2023],
    ["截至今年 on a dated page", "截至今年10月,全省已培养2.3万名乡村“法律明白人”。2021年11月,司法部印发培养工作规范。\n2025-12-04 13:50 点击量:1", 2025],
    ["a dated page's 今年以来, a centre's months since it was set up beside it", "2022-05-18 16:40:22 来源: 某日报\n今年以来,柳岸县多方联动化解基层矛盾,在东坪镇设立调解服务站。该服务站运行至今,已化解各类矛盾纠纷36件。", 2022],
    ["an event's day on a dated news page naming no year", "2019-04-19 15:10\n长安网讯 自4月17日开始,绛县司法局抓住庙会人流量大的特点开展普法宣传。活动共发放宣传资料3000余份。", 2019],
    ["今年 before a quoted 去年 on a dated page", "发布时间:2024-07-20 10:00\n今年上半年,全市共办理行政复议案件612件。去年同期为540件,去年全年调解成功率达98%。", 2024],
    ["去年's figures on a dated page, a count of districts under 目前 before them", "本报东岭3月20日电 近日,东岭市司法局召开新闻发布会。目前,全市12个区均建成矛调中心。去年,全市矛调中心受理纠纷8.6万件,成功化解6.2万件。\n《 东岭日报 》( 2022年03月21日 第 04 版)", 2021],
    ["目前 on a dated page", "发布日期:2023-10-16 09:27\n目前以县人民政府名义发布的现行有效规范性文件共173件。", 2023],
    ["figures since a year long before the page, however recent", "发布时间:2022-11-08 09:12\n2019年以来,全县共审查规范性文件58件。截至目前,全县已有法律明白人1,210名。", null],
    ["a practice's span is not the figures'", "2018-12-06 09:20\n今年以来,全省法院共受理各类行政诉讼案件5,130件。自2012年起,省法院连续7年发布司法审查报告。", 2018],
    ["a year's work summary on the next year's page", "柳川区司法局2018年工作总结与2019年工作计划\n日期:2019年05月28日\n今年以来,区司法局共办理行政复议案件46件。", 2018],
    ["a title broken after its year, on the next year's page", "名称: 柳川市数据管理局2024年\n法治政府建设年度报告\n发布日期: 2025-01-14\n市数据管理局坚持依法行政,全年未发生行政诉讼案件。", 2024],
    ["a year heading figures before a 以来 of figures beside it", "近年来,东坪区推动行政机关负责人出庭应诉。2019年,全区行政机关负责人出庭应诉92件,占全部行政诉讼案件的93%。2018年以来,区政府领导出庭应诉的行政案件为6件。", 2019],
    ["近年来 heading figures no year heads, a year's figure after them", "发布时间:2025-05-29\n近年来,东坪区司法局坚持复议为民理念。年均受理行政复议案件150件,综合纠错率达11.3%。同时,该局打造调解品牌,2024年入选全市6项创新机制。2023年以来,调解和解成功率达38.6%。", null],
    ["a 以来 of figures before a year heading figures", "东坪区推动行政机关负责人出庭应诉。2018年以来,区政府领导出庭应诉的行政案件为6件。2019年,全区行政机关负责人出庭应诉92件。", null],
    ["a template site's list of other summaries (…工作总结【9篇】) names no year of the text's", "2023年农村党支部年度工作总结【9篇】\n2024-02-23\n本站今天为大家准备了行政复议工作总结。2003年,我县收到行政复议申请10件,受理9件;2004年收到复议申请13件,受理了11件。", null],
    ["a quarter's work summary", "司法局2021年第三季度工作总结\n本季度,全县共调解矛盾纠纷286件,调解成功279件。", 2021],
    ["a plan's period mentioned after figures on the present", "2024年07月16日 10:40 来源:中新网\n记者从青原县司法局获悉,截至6月底,全县已培育“法律明白人”612名。“八五”普法以来,开展培训15场次。", 2024],
    ["a dated page's one year, a plan's period in a document's name beside it", "发布日期:2024-06-17\n各镇街按照2024年“民法典宣传月”工作部署,结合《法治文化建设提质增效工作方案(2024-2026年)》,举办宣讲活动120场。", 2024],
    ["an undated page opening on its campaign's month", "2023年5月是第三个“民法典宣传月”。近期,某镇开展民法典普法宣传,发放普法宣传品650余份。", 2023],
    ["an undated page on an event on its full date", "为提升复议公信力,2025年10月27日,柳川市司法局针对一起涉企行政复议案件召开听证会,邀请20余人现场观摩。", 2025],
    ["an undated page on an event on its full date, a plan's deadlines after it", "2021年9月14日,东坪县人社局在文化广场开展“根治欠薪法治宣传”活动。下阶段,该局将督促企业在2021年底前结清欠薪,其他欠薪案件在2022年春节前全部清零。", 2021],
    ["an undated news lead's date after its byline", "本站讯(通讯员 张某)2021年3月5日,正值学雷锋纪念日,东坪镇在集市开展法治宣传活动。活动共发放宣传资料900余份,受教育群众1500余人。", 2021],
    ["an undated page on an event of its one year", "4月18日,市司法局组织开展了2022年法治宣传进基层系列活动首场“送法进园区”活动。活动共发放宣传资料900余份。", 2022],
    ["an undated page on a session named with its year", "3月8日,乡司法所开展的2023年“东坪乡农村妇女‘法律明白人’培训会”在东坪乡举行。全乡86名“法律明白人”参加了培训。", 2023],
    ["the body itself (该院) as the subject before the year, on a page of the year after", "发布时间:2016-05-11 17:18\n5月11日,市第一中级人民法院通报了一年来的行政审判工作情况。据统计,该院2015年新收行政案件945件。", 2015],
    ["the whole place as the subject before the year", "据统计,全县2023年共办理行政复议案件45件,审结41件。", 2023],
    ["the whole place's courts as the subject before the year", "据统计,全市两级法院2023年共受理行政案件1260件,审结1198件。", 2023],
    ["the country's courts so", "全国法院2022年审结一审行政案件29.8万件。", 2022],
    ["the body itself so (我局)", "我局2022年共办理行政复议案件12件,均已审结。", 2022],
    ["the place the text goes on about (该县) as the subject before the year", "记者从县司法局获悉,该县2024年共开展普法活动132场次。", 2024],
    ["that place's bureau so (该县司法局)", "近日,记者走进岭西县。该县司法局2024年开展法治宣传活动86场次。", 2024],
    ["that place's bureau so, after 这是 pointing to an instance of its year's work", "近日,记者走进岭西县,工作人员向居民解读宪法。这是该县司法局2024年开展精准普法的一个缩影。全年开展活动86场次。", 2024],
    ["a report so titled opening on its year, on a page of the next spring that tells of the present", "东岭高新区法治政府建设工作报告\n成文日期: | 2025-03-27 |\n2024年,高新区坚持以习近平法治思想为指导,扎实推进法治政府建设。\n目前,全区已培育“法律明白人”320名。", 2024],
    ["an undated page on the year's activity it drew on", "近日,东河县司法局借助2024年“三下乡”普法宣传活动,开展行政执法监督专题宣传。活动共发放资料800余份。", 2024],
    ["an undated page on a review of one year's case files held", "4月中旬,东河县组织开展了全县2023年行政执法案卷集中评查,共评查案卷96卷。", 2023],
    ["an undated page on a review of one year's case files", "7月中旬,柳川市组织执法骨干对2022年度全市行政执法案卷进行集中评查,共抽查案卷31本。", 2022],
    ["a month's bulletin on a dated page, a plan to sum up the years since another", "来源:柳川市司法局      时间:2019-09-10 02:36\n8月份,全市各类人民调解组织共受理纠纷612件,调解成功598件。\n   下一步,市司法局将全面梳理总结2015年以来全市人民调解工作的基本情况。", 2019],
    ["an event's day after 于 opening a clause, on a dated page", "发布时间:2022-03-11 发布人:柳川县司法局\n正值油菜花竞相绽放之际,司法所抓住“菜花节”人流集聚契机,于3月11日在青禾乡开展普法活动,吸引400余名游客参与。", 2022],
    ["an event's day on a dated page, a law's dates beside it", "发布时间:2020-07-31 10:44\n7月29日,柳川区民法典进社区活动走入沙头社区。据悉,民法典于2020年5月28日通过,并将于2021年1月1日起施行。活动共发放宣传资料500余份。", 2020],
    ["a reporter's day on a dated page", "2021/05/14 09:11 来源:某网\n记者13日从省司法厅获悉:省里派出5个督察组开展实地督察。", 2021],
  ])("%s", (_name, text, year) => {
    expect(metaOf(text).year).toBe(year);
  });

  it.each<[string, string]>([
    ["a span of years", "2015年至2018年,全市各级行政复议机关共受理行政复议申请1736件。"],
    ["以来 a few words after a year long before the page", "日期: 2018-06-29 15:35:00 来源: 某省司法厅\n2016年“七五”普法实施以来,全省各地各部门认真贯彻落实普法规划,开展法治宣传活动1.2万场。"],
    ["a 以来 of the year before on a page of the year's fifth month", "《东岭日报》 (2024年05月17日 第 06 版)\n2023年以来,街道共排查各类矛盾纠纷157件,化解157件。"],
    ["the last of a list of years", "解说员讲解了1951、1987、2001年三部海关法不断完善的进程。今年以来,关区两级党委开展宣讲165次。"],
    ["以来 on a later page", "发布时间:2023-11-06 09:12\n自2018年以来,全区各级人民调解组织累计调处矛盾纠纷近4万件。"],
    ["以来 with later years stated", "记者从人社部获悉,2017年以来,全国劳动人事争议仲裁办案平均时长累计缩短19.4%。2022年1-3月份保持稳中有降态势。"],
    ["以来 over several years", "2012年以来,我省共受理物业纠纷5284起,调解成功4391起。五年来,全省共组建87个调委会。"],
    ["a target", "到2022年底,全县每个村(社区)要培养“法律明白人”不少于2名。目前已登记在册3157名。"],
    ["a plan period only", "对照《法治政府建设实施纲要(2021-2025年)》,全县共审查规范性文件12件。"],
    ["a law's date only", "新修订的行政复议法自2024年1月1日起施行。全县共收到行政复议申请48件。"],
    ["an anecdote's month", "“柳川有三绝”远近闻名。2022年7月,南京的王女士拨通了调委会的电话,拿到退款4800元。"],
    ["a chronicle of years", "2020年,岳阳行政复议工作打牢基础。\n2021年,岳阳全面推开改革。\n2022年,市、县两级建成86个服务点。\n2023年,创建调解工作室。"],
    ["以来 inside sentences, the figures' months running on", "我院自今年3月起,对2016年以来的行政审判工作开展系统梳理。现将2016年以来的工作报告如下:\n2016年以来,两级法院依法履职。2016年1月至2018年6月底,共受理各类一审行政诉讼案件1437件。近年来,我们还依法审理行政协议案件。"],
    ["a span of 年度 in the title line", "县司法局关于2016-2020年度行政复议工作的总结报告\n五年来,全县共办理行政复议案件147件。"],
    // a sentence right on several years before its count, no comma after them: the figures span the years since the founding
    ["years counted right before a count, after the founding year", "某区人民调解委员会于2017年成立。2017年,委员会设立了3个调解工作室。5年来调解成功的纠纷达到86%,累计接待群众600余人次。"],
    ["a title on five years", "2024年某区法治政府建设五年工作情况报告\n五年来,全区共审查规范性文件86件。"],
    ["a title on a five-year plan's period, no year in it", "柳溪区“十四五”时期行政复议工作综述\n发布时间:2025-12-19\n五年间,全区复议机关审结行政复议案件790件,调解和解率由2021年的8.7%提升至2025年的35.2%。复议后起诉率从2021年的30.2%下降到2025年的11.4%。"],
    ["a sentence opening on three years, an award's 年度 after it", "近三年来,调委会共调解矛盾纠纷612起,调解成功率100%。调委会先后获评“2014年度全省人民调解先进集体”。"],
    ["years listed in parentheses", "2019-2021年,全县法院共收行政诉讼案件418件(2019年127件、2020年139件、2021年152件)。"],
    ["two years joined by 和", "2023年和2024年共清理市政府规章、行政规范性文件216件。"],
    ["two years listed with 、 heading events", "一、出台决定的必要性\n2014年、2017年,全国人大常委会两次修改行政诉讼法。行政审判是三大审判之一。"],
    ["a year opening an event's name in quotes", "某省网9月8日讯 9月7日,在“2022年宪法宣传进万家”视频推进会后,某省分会场接着召开部署会。据悉,去年全年各地共开展1.2万场普法活动。"],
    ["a law's year in history, named without its marks", "从1988年的第一案之后,全省法院不断探索。1990年行政诉讼法及最高人民法院1991年贯彻意见施行后,一审行政诉讼新收案件量从1035件上升到13110件。"],
    ["a law's year in history", "产生纠纷后能平等协商,是有法律赋予的底气的。1990年,《中华人民共和国行政诉讼法》和国务院《行政复议条例》施行,基层行政争议化解有了依据。"],
    ["a year's month to this year's", "报告显示,2019年1月至今年9月,检察机关依法提出抗诉、再审检察建议2781件。"],
    ["since a year, up to a month of this year, on an undated page", "自2019年5月诉调对接工作室设立以来,截至今年6月,两级法院共推动940件一审行政案件撤诉结案。"],
    ["a year and 至今 with an event between (2019年机构改革至今)", "2019年机构改革至今,某市场监管局共收到行政复议申请31件,现已受理30件。"],
    ["a year and 至今", "2021年至今,全市法院审理的行政诉讼案件中,行政机关负责人出庭应诉1200余次。"],
    ["two years stated alike", "据统计,2021年全区受理各类行政案件3120件,2022年受理各类行政案件2876件。"],
    ["自…起 up to now on an undated page", "我市从2021年起推进“法律明白人”培养,截至目前,全市“法律明白人”已有2190人。"],
    ["a notice's effective date on a page of that year", "发布日期:2022-03-10\n经省人民政府批准,现就有关事项公告如下:一、2022年4月1日起,全省县级以上地方人民政府只保留一个行政复议机关。"],
    ["a day later in the year than the page's month", "发布时间:2019-01-05 09:00\n12月28日,县司法局开展普法宣传。当天发放宣传资料3000余份。"],
    ["an undated page on an event, a span of years named too", "组织开展了2022年法治宣传进基层活动,对照《法治社会建设实施纲要(2020-2025年)》共发放宣传资料900余份。"],
    ["an undated page on a meeting of a year's work", "3月14日,县普法办召开2024年普法责任制考评会,共考评成员单位37家。"],
    ["a five-year 普法 plan's period on a dated page, 截至目前 with figures", "发布时间:2017-01-04 09:56\n自“六五”普法开展以来,某县以建设“法治某县”为目标开展普法。截至目前,全县已创建162个“民主法治村”。"],
    ["近日 on an undated page", "6月9日上午,青石街道举办人民调解宣传活动,吸引了近200名群众参与。近日,街道还开展了4场讲座。"],
    ["history years before a dated page", "日期:2019年05月17日 来源:某市人大\n2000年,市人大常委会开始依法对规范性文件进行备案审查。2007年5月,常委会设立了备案审查处。"],
    ["since a 普法 plan began, a long way to 以来, on an undated page", "某讯(通讯员 张某)法治文化广场建成3000平方米……自 2021 年“八·五”普法规划启动以来,某团坚持以习近平法治思想为指引。累计调处纠纷1260件。"],
  ])("none: %s", (_name, text) => {
    expect(metaOf(text).year).toBeNull();
  });
});

describe("meta of one text does not depend on the text read before it", () => {
  it("a dated page's 今年以来 gives its year after a page whose 近日 was looked for", () => {
    const earlier = `发布时间:2019-04-19 10:00\n${"县司法局坚持以人民为中心,深入推进法治政府建设,扎实开展各项工作,取得明显成效,群众满意度不断提升。".repeat(3)}近日,县司法局开展普法宣传活动。`;
    const page = "发布时间:2023-09-12 09:30\n今年以来,全市共办理行政复议案件612件,较2022年增加12件。";
    expect(metaOf(page).year).toBe(2023);
    metaOf(earlier);
    expect(metaOf(page).year).toBe(2023);
  });
});

describe("the page's own publication date", () => {
  it.each<[string, string, string]>([
    ["a date under the headline with its clock in hours and minutes", "东岭省人民政府2021年度法治政府建设情况报告\n\n  • 2022年04月12日 15时06分\n  • 来源: 省司法厅\n  2021年,省政府深入贯彻习近平法治思想。", "2022-04-12"],
    ["a document's 发文时间 in its index block", "- 索 引 号:370402/2022-00029\n- 主题分类:法治政府建设\n- 成文时间:2022年02月26日\n- 发文时间:2022年02月28日\n- 标 题:柳川区人社局2021年度法治政府建设情况报告\n柳川区人社局2021年度法治政府建设情况报告\n正文。", "2022-02-28"],
    ["发布时间 with a time", "以“四必”工作法筑牢防线\n发布时间:2023-06-20 10:31:05 来源:市司法局\n正文。", "2023-06-20"],
    ["a 时间 with its clock time on a line of its own over the date the document was generated", "• 发布机构:东岭县司法局\n• 公文生成日期:2024-03-04\n东岭县司法局2023年度法治政府建设情况\n时间:2024-03-07 09:15\n正文。", "2024-03-07"],
    ["a byline's 时间 over the date the document was generated", "• 发布机构:柳川市东岭区人民政府\n• 公文生成日期:2025-01-21\n柳川市东岭区人民政府关于2024年法治政府建设情况的报告\n来源:柳川市东岭区人民政府 时间:2025-02-17 11:23\n正文。", "2025-02-17"],
    ["a date alone in a list of the page's tools", "柳川市东岭区人民政府2024年政府信息公开工作年度报告\n  • 听全文\n  • 2025-02-14\n  • 来源:东岭区\n  一、总体情况\n正文。", "2025-02-14"],
    ["an author and the date after a bar", "观点 | 浅析行政应诉中的常见问题\n李某 | 2023-05-16\n图片\n正文。", "2023-05-16"],
    ["a post's age with its date in parentheses", "东岭法院审结行政案件812件\n\nadmin3年前 (2022-08-09)法治资讯207\n\n正文。", "2022-08-09"],
    ["a date then the site's name alone on a line", "市场监管总局:将加快推进全国统一大市场建设\n\n2023-06-06     柳川食品安全网\n\n正文。", "2023-06-06"],
    ["a date, the site's name and its correspondents on a line", "东岭:普法进花节\n\n2024-03-30 柳川新闻网 通讯员 王某 李某\n\n3月22日,东岭县司法局开展春季普法。", "2024-03-30"],
    ["a journal's dashed date run into its authors' names", "柳川省交通运输领域行政复议案件分析\n\n2019-05-21王某李某某\n\n期刊 2019年5期\n正文。", "2019-05-21"],
    ["a bulletin's issue and its date", "法院信息\n2015年第5期 2015年3月23日\n全县行政机关负责人出庭应诉案件46件。", "2015-03-23"],
    ["a decision's adoption date in parentheses", "柳溪县人民代表大会常务委员会关于…的决议\n(2025年2月17日柳溪县第十七届人民代表大会常务委员会第二十九次会议通过)\n正文。", "2025-02-17"],
    ["a document's number and date in parentheses", "柳川市人民政府办公室关于2010年度规范性文件备案审查工作情况的通报\n(柳政办字〔2011〕139号 2011年6月9日)\n正文。", "2011-06-09"],
    ["a news site's dateline with the whole date", "柳川新闻网2025年9月30日讯(记者 王某 通讯员 李某)近日,江岭社区开展法律知识竞赛活动。", "2025-09-30"],
    ["an e-paper's 日期 written as eight digits", "报名:柳川日报 版次:第005版:版名:乡村治理 日期:20231126\n矛盾不上交 化解在基层\n本报记者 王某 通讯员 李某", "2023-11-26"],
    ["an e-paper's date picker above the article", "日期查询:2023年11月28日\n\n普法进万家\n  本报记者 王某\n  11月27日,柳川市司法局在人民广场开展宪法宣传活动。", "2023-11-28"],
    ["an e-paper's 日期 with its date in brackets, the paper and page after it", "日期:[2023年05月16日] -- 柳川晚报 -- 版次:[A06]\n\n柳川法院召开行政审判工作推进会\n本报讯 近日,柳川中院召开会议。", "2023-05-16"],
    ["日期 in Chinese digits", "行政复议工作分析报告\n日期:2023年06月20日 15:27    来源:区司法局\n正文。", "2023-06-20"],
    ["a 来源 line with a slashed date", "新闻标题\n来源:北京晚报 2023/6/20 10:36 http://example.cn/\n正文。", "2023-06-20"],
    ["a date and time under a headline", "青海:乡镇调解服务站助推纠纷化解\n\n2024-09-03 14:07:26\n来源:省司法厅\n正文。", "2024-09-03"],
    ["a date, time and source on one line", "上半年新收行政复议案件9431件\n2024年08月21日 15:40 来源:柳川日报 编辑:王五\n正文。", "2024-08-21"],
    ["发布日期 with its date in the next cell", "• 发文字号:\n    镇政发〔2024〕7号\n• 发布日期:\n\n    2024年04月06日 16:34\n正文。", "2024-04-06"],
    // a site's clock shows the weekday; so may the page's own publication label, after its date and time
    ["a publication label with the weekday after its time", "市司法局首页>>工作动态\n发布时间:2023-05-16 09:42 星期二\n来源:某日报\n近日,全市行政机关负责人出庭应诉率达到98%。", "2023-05-16"],
    ["a byline's date and time with the weekday, its source after them", "县司法局开展宪法宣传\n2023-12-05 09:12:45 星期二  来源:某晚报\n本报讯 近日,县司法局开展宪法宣传活动。", "2023-12-05"],
    ["更新时间 with slashes", "今天是:2019年10月31日 星期三 农历十月初七\n文章来源:司法局 更新时间:2021/03/29 11:30:01\n正文。", "2021-03-29"],
    ["信息时间 in brackets under a breadcrumb", "当前位置:首页->政务公开->政府工作报告\n【信息时间:2024-02-19】\n关于2023年依法行政工作的报告\n正文。", "2024-02-19"],
    ["a speech's dateline", "关于法治政府建设工作情况的报告\n(2024年11月28日在市第十五届人民代表大会常务委员会第二十二次会议上)\n正文。", "2024-11-28"],
    ["a date stacked a part to a line under the headline", "某自治区2023年法治政府建设年度报告\n2024\n04/07\n19:20\n来源:\n自治区政府网\n正文。", "2024-04-07"],
    ["a speech's dateline wrapped onto a second line", "关于全市行政审判工作情况的报告(书面)\n(2024年7月2日在梧川市第九届人民代表大会\n常务委员会第五次会议上)\n梧川市中级人民法院\n正文。", "2024-07-02"],
    ["a notice's signature date alone on its line", "各县(市、区)司法局:\n现将《2022年度全市司法行政工作要点》印发给你们。\n漳州市司法局\n2023年2月14日\n正文。", "2023-02-14"],
    ["a paper's edition date alone on its line", "西藏日报 | 西藏商报\n\n2024年11月05日\n\n守护公平正义的法治窗口\n正文。", "2024-11-05"],
    ["a mirror's crawl stamp when the page shows nothing else", "标题\n发布时间:2024-12-17 08:33:12 来源: sp20241217\n记者今天从某部了解到情况。", "2024-12-17"],
    ["a print edition at the foot over a mirror's crawl stamp", "去年全年新收行政复议案件25.6万件\n发布时间:2023-12-05 06:12:40 来源: sp20231205\n本报北京3月27日电 正文。\n《 人民日报 》( 2023年03月28日 04 版)", "2023-03-28"],
    ["a print edition under the headline, its page lettered", "山东司法行政宣传成效明显\n\n《东岭法治报》(2019年04月04日 A3 版)\n\n  本报讯 近日,省司法厅组织开展普法宣传活动。", "2019-04-04"],
    ["a headline's date after it", "2023年度全市行政复议工作情况 (2024-04-23)\n二〇二三年度全市行政复议工作情况\n正文。", "2024-04-23"],
    ["a report's title with its date after it on its line", "2024年度青禾街道法治政府建设工作报告 2024-12-12\n\n区法治政府建设工作领导小组办公室:\n正文。", "2024-12-12"],
    ["an issuer's line under the headline", "某省人民政府关于2023年法治政府建设情况的报告\n省政府办公厅 2024-03-15\n正文。", "2024-03-15"],
    ["成文日期 in a table's cells", "| 发布机构: | 政府办公室 | 成文日期: | 2024-08-15 |\n正文。", "2024-08-15"],
    ["公布日期", "索引号: 11410300-2/2025-00417 文号:\n公布日期: 2025-04-08 公开方式: 主动公开\n东岭区司法局2024年工作总结\n正文。", "2025-04-08"],
    ["a disclosure catalogue's 生成日期", "索引号: 11360000--2023-0012 主题分类: 综合政务\n发布机构: 东岭县人民政府 生成日期: 2023-03-02\n东岭县政府2022年度法治政府建设工作报告\n正文。", "2023-03-02"],
    ["发文日期 over 成文日期", "名  称: 某区司法局2024年法治政府建设情况报告\n发布机构: 区司法局\n成文日期: 2025-01-20\n发文日期: 2025-02-10\n正文。", "2025-02-10"],
    ["发布日期 over 成文日期", "成文日期 | 2025-06-13 | 发布日期 | 2025-06-30 |\n正文。", "2025-06-30"],
    ["发布时间 under an index block set out with blank lines, past forty lines of the page", "您当前所在位置:首页\n> 政务公开 > 部门文件\n  • 信息索引号:\n\n    11330781/2022-107159\n\n  • 主题分类:\n\n    司法/其他\n\n  • 体裁分类:\n\n    通报\n\n  • 文件名称:\n\n    关于2022年度行政执法案卷评查情况的反馈\n\n  • 信息名称:\n\n    \n\n  • 发布机构:\n\n    市司法局\n\n  • 发文字号:\n\n    \n\n  • 成文日期:\n\n    2022-10-16\n\n  • 公开方式:\n\n    主动公开\n\n  • 登记号:\n\n    \n\n  • 信息有效性:\n\n    有效\n\n关于2022年度行政执法案卷评查情况的反馈\n点击关闭详细目录信息\n\n发布时间: 2023-01-30  10:14\n\n访问次数:\n\n正文。", "2023-01-30"],
    ["a 日期 label below a speech's dateline", "关于全市行政审判工作情况的报告\n(2023年5月30日在市人大常委会第二次会议上)\n日期:2023年09月07日 来源:市人大\n正文。", "2023-09-07"],
    ["a news item's date line below an error page's server date", "404 Not Found\nServer: cms-9\nDate: 2026/06/23 11:49:32\n谁在告省政府\n2016-04-12 13:39:59   澎湃\n正文。", "2016-04-12"],
    ["a site's stamp whose year a space parts from the month, its clock after it", "当前位置: 首页 > 法治新闻\n2025 07/18 11:57:51\n\n柳河县:法律服务“零距离”\n近日,柳河县司法局组织开展普法进牧区活动。", "2025-07-18"],
    ["发布日期 with spaces inside the date", "来源:区政府办  发布日期: 2024- 03- 28\n正文。", "2024-03-28"],
    ["a digital paper's page record at the foot of a short article", "下一篇\n东岭县村级法律顾问实现全覆盖\n本报讯 (通讯员 李某) 4月16日,东岭县司法局召开村级法律顾问工作推进会。\n\n2023-04-18 2 2 东岭日报 content_40215.html 2 东岭县村级法律顾问实现全覆盖", "2023-04-18"],
    ["a digital paper's page record with the headline after its date", "第A03版:要闻\n本报讯 (记者 王某) 5日上午,东岭市“法律明白人”聘任仪式在河西区举行。\n\n2023-09-06 千名“法律明白人”获聘调解员 3 3 东岭日报 content_51822.html 1 2 基层解纷 /enpproperty-->", "2023-09-06"],
    ["a digital paper's edition with its weekday", "2025年03月04日 星期二\n某县组建法治副校长服务队\n2025年03月04日 星期二 某省教育报数字报 字号[ 放大+ 缩小- ]\n本报讯 正文。", "2025-03-04"],
    ["a paper's page: its weekday date", "第02版:要闻 上一版 下一版\n版面导航\n第01版\n头版\n2022年07月13日 星期三\n上一篇 放大 缩小 默认\n大学生普法志愿者“送法下乡”活动启动\n正文。", "2022-07-13"],
    ["出版日期", "第3871期:第03版 本期出版日期:2021-09-08\n全县实现村(社区)法律顾问全覆盖\n正文。", "2021-09-08"],
    ["a crawler's date field", " date 2025-09-26 某某经济报道记者 张三 深圳报道\n正文。", "2025-09-26"],
    ["a paper's 版次 line under an e-paper reader's clock and weekday", "电子报阅读机\n2026-03-02\n星期一\n当前报纸名称:柳川法制报\n\n日期:01-15\n版面:第3版:法治时评\n\n版次:3  2026年01月15日\n\n一、引言", "2026-01-15"],
    ["a paper and its site joined by dashes, then the date, on their own line", "柳川:多元解纷见实效\n柳川日报--柳川网 2024-06-18\n\n  本报记者 王某\n\n  近日,柳川市召开会议。", "2024-06-18"],
    ["a paper's name, date and page opening its first line", "岚川日报 2025年04月09日 第03版:要闻\n\n我市发布行政复议白皮书\n\n本报讯 4月8日,岚川市发布白皮书。", "2025-04-09"],
    ["a paper's name in its title marks, the date and the page run together (《柳溪日报》2025年11月29日03版)", "\n《柳溪日报》2025年11月29日03版\n以高水平法治护航高质量发展\n主持人:\n市委宣传部副部长", "2025-11-29"],
    ["a paper's special page: its name, date and page parted by bars", "柳溪日报 | 2023年02月09日 | 第4版:专版\n奋力书写法治柳溪新篇章\n□ 柳溪县司法局\n2022年,县司法局圆满完成全年各项目标任务。", "2023-02-09"],
    ["a reposted article's poster line under its headline", "首頁 > 社會 > 正文\n甘南:一季度人民調解組織化解矛盾糾紛800餘件\n2021-05-11 由 甘南普法 發表于 社會\n據州司法局統計,一季度全州共調解矛盾糾紛2,310件。", "2021-05-11"],
    ["an e-paper's breadcrumb of its name, date and page", "岚川日报 > 2024年06月28日 > 第03版:要闻\n\n上一版 下一版\n\n市中院发布行政审判白皮书\n\n本报讯 6月27日,市中级人民法院召开新闻发布会。", "2024-06-28"],
    ["a paper's 版次 line", "某县制定并公开2025年重大行政决策事项\n版次:2 2025年05月14日\n正文。", "2025-05-14"],
    ["a date stamp opening a long line, the article run on after it", "来源:\n2017-01-04 09:56某某新闻网讯(通讯员 张三)近日,某县召开普法工作会议,会议总结了全县的普法工作,部署了下一步的普法任务,要求各单位认真落实普法责任制,切实把各项工作做实做细,确保取得实效。\n正文。", "2017-01-04"],
    ["发布日期 over 发文日期", "发文日期: | 2020年09月28日 | 发布日期: | 2020-09-30 15:34 |\n正文。", "2020-09-30"],
    ["发文日期 where nothing else shows", "发文字号: | 铜政发〔2020〕33号 | 发文日期: | 2020年09月28日 |\n正文。", "2020-09-28"],
    ["labels in brackets", "[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10\n正文。", "2026-02-10"],
    ["a speech's dateline after a dash, 在 left out", "关于行政审判工作情况的报告\n——2015年11月23日省十二届人大常委会第十九次会议上\n正文。", "2015-11-23"],
    ["a speech's dateline after two hyphens", "--2015年11月2日在第十二届全国人民代表大会常务委员会第十七次会议上\n正文。", "2015-11-02"],
    ["an office's section as the issuer", "关于公布规范性文件清理结果的通知\n政策法规科 2022-11-16\n正文。", "2022-11-16"],
    ["a date written day first with its time under the headline", "某镇多措并举推进法治宣传\n\n20.04.2016  14:18\n\n正文。", "2016-04-20"],
  ])("%s", (_name, text, date) => {
    expect(metaOf(text).publishedAt).toBe(date);
  });

  it.each<[string, string]>([
    ["an index number", "索引号: | 331082/2023-05264 | 主题分类: | 政务公开 |\n正文。"],
    ["a date inside the narrative", "2020年8月12日,市政府出台了《关于做好下放事项衔接工作的通知》,对下放事项逐项明确承接单位,共承接行政权力事项23项。"],
    ["a site's clock", "天津市某区人民政府 2019年12月3日星期二\n无障碍 简体 繁体\n正文。"],
    ["an event's date", "新闻发布会\n会议时间:2024年3月14日 10:00\n会议地点:省政府新闻发布厅\n正文。"],
    ["an empty label", "市司法局\n发布时间: 信息来源:\n本报讯 正文。"],
    ["a date with no year", "(记者 王某)3月28日,《报告》正式对外公布。"],
    ["a news item's event date opening its first sentence", "芦山县法律顾问团组建成立\n2019年 8月21日下午,芦山县委、县政府法律顾问团聘任仪式在县司法局会议室举行。会上颁发聘书10份。"],
    ["a day-first date inside the narrative", "会议于20.04.2016 14:18召开,共办理行政复议案件12件。"],
  ])("none: %s", (_name, text) => {
    expect(metaOf(text).publishedAt).toBeNull();
  });
});

describe("the title", () => {
  it("joins a title broken after its year, without its label or a space at the break", () => {
    const text = "名称: 柳川市数据管理局2024年\n法治政府建设年度报告\n发布日期: 2025-01-14\n市数据管理局坚持依法行政。";
    expect(metaOf(text).title).toBe("柳川市数据管理局2024年法治政府建设年度报告");
  });

  it("joins the year in parentheses on the line under a title", () => {
    const text = "行政审判白皮书\n全市法院行政案件司法审查报告\n(2019年度)\n柳川市中级人民法院\n目 录";
    const meta = metaOf(text);
    expect(meta.title).toBe("全市法院行政案件司法审查报告(2019年度)");
    expect(meta.year).toBe(2019);
  });

  it("takes a review as a title, a subtitle's dash before it left out", () => {
    const meta = metaOf("护航平安柳溪\n——柳溪县司法局2023年工作综述\n2023年,县司法局调解矛盾纠纷1862件。");
    expect(meta.title).toBe("柳溪县司法局2023年工作综述");
    expect(meta.region).toBe("柳溪县");
    expect(meta.year).toBe(2023);
  });

  it("keeps a title alone where the line before is no opening of it", () => {
    expect(metaOf("市数据管理局\n2024年法治政府建设年度报告\n正文。").title).toBe("2024年法治政府建设年度报告");
  });

  it("takes no title from a breadcrumb that ends on a report's kind (首页 > … > 工作报告)", () => {
    const meta = metaOf("柳溪县人民政府\n首页 > 政务公开 > 法治政府建设 > 工作报告\n柳溪县《法治政府建设实施纲要(2021—2025年)》实施情况总结报告\n发布时间:2026-02-11 17:30\n五年来,全县共审查规范性文件71件。");
    expect(meta.title).toBe("柳溪县《法治政府建设实施纲要(2021—2025年)》实施情况总结报告");
    expect(meta.year).toBeNull();
  });

  it("reads a title on the years since one (关于2021年以来…的报告) on a later page as on no one year", () => {
    const meta = metaOf("柳川市中级人民法院关于2021年以来全市法院行政审判工作情况的报告\n发布时间:2024-09-03 10:15\n2021年1月至2024年6月,全市两级法院共受理一审行政诉讼案件3126件。");
    expect(meta.year).toBeNull();
    expect(metaOf("柳川市司法局关于2024年以来行政复议工作情况的报告\n发布时间:2024-09-03 10:15\n今年以来,全市共收到行政复议申请312件。").year).toBe(2024);
  });

  it("takes no title from a list of other articles after a short page (往期推荐)", () => {
    const meta = metaOf("柳川司法 | 一图读懂:近三年全市行政复议成绩单\n2022—2024年,全市行政复议案件数量持续攀升。\n三年累计通过调解、和解方式结案1617件。\n往期推荐\n一图读懂|2024年柳川市法治政府建设年度报告\n阅读 2381");
    expect(meta.title).toBeNull();
    expect(meta.year).toBeNull();
  });
});
