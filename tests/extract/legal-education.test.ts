import { describe } from "vitest";
import { documentMetricsOf, f, table } from "./harness.js";

describe("legal_education", () => {
  table([
    // rounds of training the legal-literate persons took (开展“法律明白人”轮训18期) are their training, no event of education
    // the staff's seminars and the officials' own lecture hall are their study, no legal education of the public
    { text: "开展“以案释法”业务研讨5次,机关干部法治大讲堂全年开讲3次。", yields: [], not: ["legal_education.activities=5", "legal_education.activities=3"] },
    { text: "开展“法律明白人”轮训14期,培训1120人次,新培育“法律明白人”406名。", yields: [f("legal_education.legal_literate_persons", 406)], not: ["legal_education.activities=14"] },
    // the lessons of a sentence on the heads' own study (…带头学法用法,组织区政府常务会专题学法3次,讲法治课1次) are theirs
    { text: "区政府主要负责同志带头学法用法,组织区政府常务会专题学法4次,讲法治课2次。", yields: [], not: ["legal_education.activities=2"] },
    // the events for each audience in turn (面向学生——…) are parts of the total after them
    { text: "宣传入心\n面向学生——“法治进校园”活动 61 场,覆盖师生 1.2 万人次;\n面向职工群众——“巴扎日普法”290 场,覆盖 6.4 万人次。\n全团累计开展各类普法活动 351 场次,覆盖 7.6 万人次。", yields: [f("legal_education.activities", 351), f("legal_education.participants", 76000)], not: ["legal_education.activities=61", "legal_education.participants=12000"] },
    // lectures where the officials study the law (专题学法讲座) are their own study, no events for the public
    { text: "街道深入学习宣传贯彻习近平法治思想,组织领导干部集中学习。2025年,召开专题学习会4次、专题学法讲座3场,组织领导干部旁听庭审9次。", yields: [], not: ["legal_education.activities=3"] },
    // the quarters' values of a respectively-list (一至四季度分别开展…) are parts of the year's total, which is the figure
    // lectures counted by the session in a sentence on the officials' own study are theirs; public lectures beside such study stand
    // counts of the same rule in parentheses opened by 其中 right after a figure are its parts; other rules' stand
    { text: "上半年全县共开展各类法治宣传活动126场次(其中“送法下乡”52场次、“法治进校园”31场次),参与群众2.8万人次。", yields: [f("legal_education.activities", 126), f("legal_education.participants", 28000)], not: ["legal_education.activities=52", "legal_education.activities=31"] },
    { text: "全市政府系统各级党组理论学习中心组学习习近平法治思想90余次、市政府常务会会前学法12次、举办法治专题讲座2期。", yields: [], not: ["legal_education.activities=2"] },
    { text: "局党委会、局长办公会研究审议法治建设议题40余件,举办法治专题讲座3期。", yields: [], not: ["legal_education.activities=3"] },
    { text: "将习近平法治思想列为党校主体班次和理论学习重点内容,举办习近平法治思想专题讲座1期。", yields: [], not: ["legal_education.activities=1"] },
    { text: "街道一至四季度分别开展普法活动7场、12场、9场、13场,全年累计开展41场,参与居民2,640人次。", yields: [f("legal_education.activities", 41), f("legal_education.participants", 2640)], not: ["legal_education.activities=7"] },
    // the places the events were held in (在11个社区) are where, not a figure: the count after them takes the clause's events
    { text: "在11个社区轮流开展“法治微讲堂”“普法集市”等活动,全年累计62场次,覆盖居民1.3万人次。", yields: [f("legal_education.activities", 62), f("legal_education.participants", 13000)], not: ["legal_education.activities=11"] },
    // publicity of the review (行政复议宣传活动) is legal publicity: its events are 普法 events
    { text: "开展“复议进企业”等形式多样的行政复议宣传活动30余场次。", yields: [f("legal_education.activities", 30, { qualifier: "over" })] },
    // a venue of another campaign's education receives its own visitors
    { text: "开展“法律六进”活动8000多场次;市禁毒教育馆接待参观群众8.4万人次。", yields: [f("legal_education.activities", 8000, { qualifier: "over" })], not: ["legal_education.participants=84000"] },
    // two in a numeral before its unit and noun (两次全区性法制讲座)
    { text: "今年共举办了两次全区性法制讲座。", yields: [f("legal_education.activities", 2)] },
    // events of which handing out leaflets or setting up boards is one kind listed: still events
    { text: "开展法治主题活动,通过举办法治讲座、发放宣传资料、设置展板等40余场次,发放宣传单2000余份。", yields: [f("legal_education.activities", 40, { qualifier: "over" })] },
    // those who received the publicity are its audience
    // those who came to the stall are its audience
    // publicity of laws named in book-title marks (开展《统计法》《…条例》宣传) is legal publicity, as 宪法宣传 is
    { text: "走进企业、社区开展《统计法》《统计法实施条例》宣传7场次,覆盖群众约650人次。", yields: [f("legal_education.activities", 7), f("legal_education.participants", 650, { qualifier: "about" })] },
    { text: "宪法宣传周期间,共设立咨询台6个,发放宣传资料3000余份,来访群众800多人。", yields: [f("legal_education.participants", 800, { qualifier: "over" })], not: ["legal_education.participants=3000"] },
    { text: "民警在辖区开展法制宣传,期间共发放各类宣传材料共70余份,受法制宣传人员40余人。", yields: [f("legal_education.participants", 40, { qualifier: "over" })] },
    // inspections carried out are no legal education, though the report is on 谁执法谁普法
    { text: "坚持谁执法谁普法。全年开展统计执法3次,其中开展3次(每个季度进行一次)“双随机”执法检查,检查企业数35家。", yields: [], not: ["legal_education.activities=5"] },
    // the places a campaign takes the law into count its events, not the places
    { text: "2023年,开展法律进企业12场次,法律进校园26场次,法制电影进村19场次。", yields: [f("legal_education.activities", 12), f("legal_education.activities", 26), f("legal_education.activities", 19)] },
    // schools' vice-principals for the law teach it
    { text: "全县教育系统共聘请学校法治副校长87人,配备率100%,法治副校长进校园开展法治讲座达190余场次。", yields: [f("legal_education.activities", 190, { qualifier: "over" })], not: ["legal_education.participants=87"] },
    { text: "同时,督促全县法治副校长完成“开学第一课”64堂,覆盖县域所有中小学。", yields: [f("legal_education.activities", 64)] },
    // class periods counted in 节
    { text: "积极开展法制教育活动,开展“法在我心中”主题班队活动课1520节,同时开展法制征文、演讲等活动。", yields: [f("legal_education.activities", 1520)] },
    // an item opening on a verb of its own (配备法治副校长560名, 招募…120名) does not take the list's verb
    { text: "全市开展“宪法进校园”活动320场次,覆盖师生18万人次,配备法治副校长560名,招募普法志愿者120名。", yields: [f("legal_education.activities", 320), f("legal_education.participants", 180000)], not: ["legal_education.participants=560", "legal_education.participants=120"] },
    // lectures on the constitution held, their count in words before them
    { text: "宪法宣传周期间,司法所分别在镇政府、集市和中心小学进行了三次大规模的宪法宣讲活动。", yields: [f("legal_education.activities", 3)] },
    // what each body has trained is no total
    { text: "截至目前,全县318个行政村均已培养2名以上“法律明白人”,共培育“法律明白人”900余人。", yields: [f("legal_education.legal_literate_persons", 900, { qualifier: "over" })], not: ["legal_education.legal_literate_persons=2"] },
    // villages counted, then 均: every one of them, no average per village (村均)
    { text: "全镇14个村均配备法律明白人161名。", yields: [f("legal_education.legal_literate_persons", 161)] },
    // the people a clause named, trained in the next with no noun of their own
    { text: "“法律明白人”队伍不断壮大,累计培养1250名。", yields: [f("legal_education.legal_literate_persons", 1250)] },
    // each village's trained (各培养“法律明白人”2名), then their total said with 共 alone
    { text: "在全市396个行政村各培养“法律明白人”2名,共792名。", yields: [f("legal_education.legal_literate_persons", 792)], not: ["legal_education.legal_literate_persons=2"] },
    { text: "全县村均配备法律明白人3名。", yields: [] },
    // those the law was explained to on the spot
    { text: "结合宪法宣传周开展普法宣传,共发放宣传手册300份,现场知识讲解76人次。", yields: [f("legal_education.participants", 76)] },
    // a hearing sat in on, one kind of the events listed
    { text: "开展宪法宣誓、以案释法、旁听庭审、警示教育等各类法治实践活动41场次。", yields: [f("legal_education.activities", 41)] },
    { text: "组织机关干部开展旁听庭审活动6场次。", yields: [], not: ["legal_education.activities=6"] },
    // a monthly exam of the staff under a plan for legal education is no event of it
    { text: "制定《2022年度法治宣传教育工作计划》和《2022年度学法计划》,2022年度共开展“一月一考”12次。", yields: [], not: ["legal_education.activities=12"] },
    // talks on the civil code teach the law
    { text: "举办民法典专题讲座9场,线上线下参与人数达1.3万人次。", yields: [f("legal_education.activities", 9), f("legal_education.participants", 13000)] },
    // a night school of the law teaches it
    // those the talks just counted trained are their audience; trainees of a training are not
    { text: "培训普法骨干3次,培训人员210人,开展法治进村宣讲180多场,受训人员达2万多人次。", yields: [f("legal_education.activities", 180, { qualifier: "over" }), f("legal_education.participants", 20000, { qualifier: "over" })] },
    { text: "举办执法人员培训班12期,受训人员达1500人次。", yields: [], not: ["legal_education.participants=1500"] },
    { text: "以强化法律宣传为重点。司法所对所辖27个村级人民调解委员会的组成人员培训了四次,参加人员为512人次。", yields: [], not: ["legal_education.participants=512"] },
    { text: "各村依托“法治夜校”开办讲座46期,参训群众2800余人次。", yields: [f("legal_education.activities", 46), f("legal_education.participants", 2800, { qualifier: "over" })] },
    // the events' audience counted right after them, nothing or a 、 between
    { text: "依托“法治讲堂”举办民法典专场讲座22场3100余人次。", yields: [f("legal_education.activities", 22), f("legal_education.participants", 3100, { qualifier: "over" })] },
    { text: "全年开展送法进乡村活动64场次、1.2万人次。", yields: [f("legal_education.activities", 64), f("legal_education.participants", 12000)] },
    // not after events that are no legal education (training of officials)
    { text: "组织执法人员法治培训3期180人次。", yields: [], not: ["legal_education.participants=180"] },
    // publicity carried out to a number of people (开展法治宣传2200人次) reached them
    // the size of a lecturers' team (教育法治讲师团规模达到60人) counts those who teach, not their audience
    { text: "目前,全市中小学聘任法治副校长920名,教育法治讲师团规模达到60人,累计举行巡回报告会400余场次,受益师生12万余人次。", yields: [f("legal_education.activities", 400, { qualifier: "over" }), f("legal_education.participants", 120000, { qualifier: "over" })], not: ["legal_education.participants=60"] },
    { text: "共收集排查矛盾纠纷512起,开展法治宣传1800人次。", yields: [f("legal_education.participants", 1800)] },
    // publicity of the laws and regulations is legal education, their materials no event
    { text: "2023年,该局工作人员深入林区,进行森林法律、法规宣传30多次,发放法律法规宣传资料2000余份。", yields: [f("legal_education.activities", 30, { qualifier: "over" })], not: ["legal_education.activities=2000"] },
    // the people an event educated name it as one, whatever else the sentence counts
    { text: "活动共悬挂横幅12条,摆放宣传展板40块,接受群众现场咨询110余次,累计受教群众3000余人。", yields: [f("legal_education.participants", 3000, { qualifier: "over" })] },
    // those who entered a contest on the law
    { text: "积极组织参加全国应急普法知识竞赛活动,共发动全市12万余人参赛。", yields: [f("legal_education.participants", 120000, { qualifier: "over" })] },
    // inspections in a publicity month are no events
    { text: "全省广泛开展学习宣传活动月,共计分发宣传资料7800份,开展执法检查312次。", yields: [], not: ["legal_education.activities=312"] },
    // those who attended a ceremony or a working meeting are no audience
    { text: "各镇司法所工作人员和人民调解员、法律明白人代表150余人参加了聘任仪式。", yields: [], not: ["legal_education.participants=150"] },
    { text: "开展宪法宣传周活动,法律明白人代表60余人参加推进会。", yields: [], not: ["legal_education.participants=60"] },
    // a publicity team's own members are no audience; those 获宣 are
    { text: "本次宣传活动普法志愿服务团队参加人数6人,现场解答咨询30余人次。", yields: [], not: ["legal_education.participants=6"] },
    { text: "持续开展普法宣传,全年深入村组完成18场次宣传,发放宣传资料3200余份,获宣群众7000余人。", yields: [f("legal_education.activities", 18), f("legal_education.participants", 7000, { qualifier: "over" })] },
    // working meetings on the rule of law are no events of legal education
    { text: "制定《2024年普法依法治理工作要点》,组织召开法治政府建设专题推进会3次。", yields: [], not: ["legal_education.activities=3"] },
    // a press conference in a campaign's list tells the press of it; it teaches no one the law
    { text: "宪法宣传周期间,全市共开展普法宣传活动215场次,组织新闻发布会12次,发放宣传资料3万余份。", yields: [f("legal_education.activities", 215)], not: ["legal_education.activities=12"] },
    // the body's own study of the law is no event of legal education
    { text: "召开常委会研究普法依法治理工作7次,开展法律法规学习12次。", yields: [], not: ["legal_education.activities=12"] },
    // officials leading their own study (领学) and services given are no events of legal education
    { text: "深化普法宣传,组织科级领导干部带头领学习近平法治思想3次。", yields: [], not: ["legal_education.activities=3"] },
    { text: "精准开展普法宣传与需求收集;围绕六大主题开展精准服务560次。", yields: [], not: ["legal_education.activities=560"] },
    // a clause on another catalogue topic that counts nothing in the unit (纠纷排查…次) is no part of the events before it
    { text: "今年以来,调解室开展普法宣传42次,发放宣传资料5000余份;开展纠纷排查97次,化解纠纷38件。", yields: [f("legal_education.activities", 42), f("disputes.mediated", 38)], not: ["legal_education.activities=97"] },
    // their leading representatives at a training are no roster
    { text: "11月5日,我县举办“法律明白人”骨干培训班,乡村“法律明白人”骨干代表等近300人参加线上培训。", yields: [], not: ["legal_education.legal_literate_persons=300"] },
    // those who visited a publicity event are its audience
    { text: "此次普法宣传活动共发放宣传资料300余份,接待法律咨询80余人次,参观人数约800余人次。", yields: [f("legal_education.participants", 800, { qualifier: "about" })] },
    // officials' law exams are no events of legal education
    { text: "领导干部带头参加法治讲堂,组织开展集中考法、任前考法4场、312人次。", yields: [], not: ["legal_education.activities=4"] },
    { text: "深化普法宣传,组织全县国家工作人员开展学法考试6次。", yields: [], not: ["legal_education.activities=6"] },
    // officials watching films or clips on the law is their own study, the public watching is an event
    { text: "全年组织中心组学习14次,组织干部观看各类法治视频10余次。", yields: [], not: ["legal_education.activities=10"] },
    // lectures right after the clause on officials' own study are for the officials
    { text: "严格落实县委理论学习中心组集体学法制度,邀请专家学者举办专题法治讲座5次,专题学法12次。", yields: [], not: ["legal_education.activities=5"] },
    // classes given to officials in the count's own clause (为…干部讲授…课) are their study; classes for the public stand
    { text: "本人全年为全县科级干部讲授法治专题课6次,带头参加年度学法考试。", yields: [], not: ["legal_education.activities=6"] },
    // those honoured among them are some of them
    { text: "五年来,培养村(社区)“法律明白人”*名、“法治带头人”620名。", yields: [], not: ["legal_education.legal_literate_persons=620"] },
    { text: "全县现有“法律明白人”1320名,年内评选“优秀法律明白人”30名。", yields: [f("legal_education.legal_literate_persons", 1320)], not: ["legal_education.legal_literate_persons=30"] },
    // events still to be held (还将开展…活动18场) are a plan
    { text: "宪法宣传周期间,各社区还将开展“宪法进楼宇”等活动21场。", yields: [], not: ["legal_education.activities=21"] },
    // a head's own lectures (带头讲法治课, 本人…讲授法治课) and party lessons are the officials' study, not events for the public
    { text: "全年主持召开党组会议研究法治工作6次,带头讲法治课3次。", yields: [], not: ["legal_education.activities=3"] },
    { text: "本人以《新修订行政复议法解读》为题讲授法治课2次,为机关干部讲授法治党课1次。", yields: [], not: ["legal_education.activities=2", "legal_education.activities=1"] },
    { text: "组织律师为辖区群众讲授法治课32次,受众2100余人次。", yields: [f("legal_education.activities", 32), f("legal_education.participants", 2100, "over")] },
    // unless the whole place holds them, whatever the officials' study before
    { text: "县委理论学习中心组邀请专家作专题辅导,全县举办各类法治讲座75余场次,掀起学习热潮。", yields: [f("legal_education.activities", 75, { qualifier: "over" })] },
    { text: "落实中心组集体学法制度,全县领导干部举办法治讲座4次。", yields: [], not: ["legal_education.activities=4"] },
    { text: "全区开展习近平法治思想专题研讨班5期,围绕民法典开展线上线下法治讲座48场。", yields: [f("legal_education.activities", 48)] },
    { text: "全县村(居)法律顾问开展法治讲座2361次,参与诉讼活动845次。", yields: [f("legal_education.activities", 2361)], not: ["legal_education.activities=845"] },
    { text: "深化普法宣传,组织党员干部职工观看法治教育片6次。", yields: [], not: ["legal_education.activities=6"] },
    { text: "深化普法宣传,组织干部群众观看法治电影20场次。", yields: [f("legal_education.activities", 20)] },
    // hearings sat in on are no events of legal education
    { text: "深化普法宣传,组织国家工作人员开展旁听案件庭审活动9场次。", yields: [], not: ["legal_education.activities=9"] },
    // meetings held are no events, whatever topic the clause names
    { text: "依法治县办下设的守法普法等4个协调小组常态化运转,全年组织开展11次会议活动。", yields: [], not: ["legal_education.activities=11"] },
    { text: "2024年开展法治讲座4场,组织人员参与检察院听证2次。", yields: [f("legal_education.activities", 4)], not: ["legal_education.activities=2"] },
    // 法治文宣, publicity on the law
    { text: "律师深入村居开展法治文宣3200场次,举办法治讲座1800场次。", yields: [f("legal_education.activities", 3200), f("legal_education.activities", 1800)] },
    // 法律推广, legal education as Hong Kong and Macau call it
    { text: "逾3万人次参与青少年法律推广月活动。", yields: [f("legal_education.participants", 30000, { qualifier: "over" })] },
    // publicity on another subject is no legal education
    { text: "今年以来,共开展6次市域社会治理专题宣传活动。", yields: [], not: ["legal_education.activities=6"] },
    { text: "今年以来,共开展6次民法典专题宣传活动。", yields: [f("legal_education.activities", 6)] },
    { text: "全年组织举办“政务公开进园区”政策宣传活动2次。", yields: [], not: ["legal_education.activities=2"] },
    { text: "全年组织开展法律政策宣传活动9次。", yields: [f("legal_education.activities", 9)] },
    // interviews given are no activity of legal education, whatever campaign the sentence names
    { text: "精心策划“法润河湖”主题宣传活动,召开新闻发布会5场,组织、接受媒体采访37次。", yields: [], not: ["legal_education.activities=37"] },
    // a plan so labelled states targets
    { text: "2024年工作计划:全年开展普法活动不少于30场次。", yields: [], not: ["legal_education.activities=30"] },
    // a floor set (不少于) is a target, like 不低于; a sentence that opens on a plan (计划培育…) or an aim (力争…) plans all its clauses
    { text: "全年开展普法活动不少于100场次。", yields: [], not: ["legal_education.activities=100"] },
    { text: "2024年,计划培育法律明白人500名,开展普法活动120场次。", yields: [], not: ["legal_education.activities=120"] },
    // a named law brought somewhere (民法典进社区, 统计法进党校) is a campaign of the law; a law 进行 or enforcement going in is not
    { text: "全年开展民法典进社区活动12次,统计法进党校活动2次。", yields: [f("legal_education.activities", 12), f("legal_education.activities", 2)] },
    { text: "组织执法人员开展执法进企业活动30次,依法进行检查46次。", yields: [], not: ["legal_education.activities=30", "legal_education.activities=46"] },
    // 法律进行 is no 法律进 campaign
    { text: "对报送备案的地方性法规、本地法律进行审查。一年来,共听取审议22个报告,组织开展2次专题询问。", yields: [], not: ["legal_education.activities=2"] },
    // a rule-of-law lecture hall (法治大讲堂) names the topic
    { text: "指导各街道开展“两类法治讲堂”140场次,其中“社区法治大讲堂”88场次、“企业法治大讲堂”52场次。", yields: [f("legal_education.activities", 140)], not: ["legal_education.activities=88"] },
    // a tour of another campaign's publicity (平安创建宣传巡展) is no legal education
    { text: "据统计,举办平安创建宣传巡展12场、悬挂平安创建宣传横幅150多条。", yields: [], not: ["legal_education.activities=12"] },
    // the topic far after the count, inside the words the rule reads as what it counts
    { text: "受聘的法治副校长走上讲台,为600余名高二师生带来一堂干货满满的法治公开课。", yields: [f("legal_education.participants", 600, { qualifier: "over" })] },
    { text: "开展法治进校园活动,检察官为在校300余名学生上了一堂法治课。", yields: [f("legal_education.participants", 300, { qualifier: "over" })] },
    { text: "法治戏曲晚会以豫剧、小品等节目为全县党员干部及近八百名观众奉上了一道法治文化大餐。", yields: [f("legal_education.participants", 800, { qualifier: "nearly" })] },
    { text: "通过微信群发布以案释法案例600余期,普法动漫微视频宣传75期。", yields: [], not: ["legal_education.activities=75"] },
    // 以案讲法, as 以案释法 and 以案说法, is teaching the law by its cases
    { text: "为辖区企业开展“以案讲法”活动6次。", yields: [f("legal_education.activities", 6)] },
    { text: "围绕依法治教开设“法治讲堂”9期,邀请律师解读校园安全法规。", yields: [f("legal_education.activities", 9)] },
    { text: "区政府开设领导干部法治讲堂4期。", yields: [], not: ["legal_education.activities=4"] },
    { text: "在进企检查中向经营单位进行法治宣传。全年网上批准营业性演出3场,办结率100%。", yields: [], not: ["legal_education.activities=3"] },
    // a share of a wider place's total (a prefecture's) leaves the count the body's own
    { text: "目前,全县有乡村“法律明白人”6016名,占青河地区“法律明白人”总数的40%。", yields: [f("legal_education.legal_literate_persons", 6016)] },
    { text: "目前,全县有乡村“法律明白人”612名,占全州“法律明白人”总数的12%。", yields: [f("legal_education.legal_literate_persons", 612)] },
    // talks on the law's theory are legal education, as political theory's are not
    { text: "依托“小院讲堂”开展法治理论宣讲40余次,组织群众围绕基层法治开展交流研讨。", yields: [f("legal_education.activities", 40, { qualifier: "over" })] },
    // counts of those added, of two kinds, are each the body's own, no breakdown of a whole
    { text: "2019年,新增“法律明白人”骨干968名,新增“法律明白人”1800名。", yields: [f("legal_education.legal_literate_persons", 968), f("legal_education.legal_literate_persons", 1800)] },
    { text: "寒假期间,依托“儿童之家”开设法治课堂150余场。", yields: [f("legal_education.activities", 150, { qualifier: "over" })] },
    { text: "线上通过微信公众号、工作群等,定期投送法律条文及解读、普法海报等50余次。", yields: [], not: ["legal_education.activities=50"] },
    // people counted by their noun with a word on who they are (少数民族群众), no 人 written; an audience that watched online (收看)
    { text: "去年以来全县各级普法课堂共开讲3200次,覆盖12.6万少数民族群众。", yields: [f("legal_education.activities", 3200), f("legal_education.participants", 126000)] },
    { text: "宪法宣传周法治宣传直播节目在线上举行,全区干部群众、中小学生共计8万余人积极收看。", yields: [f("legal_education.participants", 80000, { qualifier: "over" })] },
    { text: "优化普法直播平台,开播6个专题18期普法直播,覆盖8000余人次。", yields: [f("legal_education.activities", 18), f("legal_education.participants", 8000, { qualifier: "over" })] },
    { text: "开展“送法进企”行动,共覆盖120余家企业2300余人。", yields: [f("legal_education.participants", 2300, { qualifier: "over" })] },
    { text: "深入开展普法宣传。目前全市共有986名法律顾问参与政府决策、合同审查等涉法事务。", yields: [], not: ["legal_education.participants=986"] },
    { text: "2024年共开展习近平法治思想和党的二十届三中全会宣讲活动35场,受众人员3000多人。", yields: [f("legal_education.activities", 35), f("legal_education.participants", 3000, { qualifier: "over" })] },
    { text: "公司上年度开展普法宣传活动140次,3万多名职工群众接受了法治宣传教育。", yields: [f("legal_education.activities", 140), f("legal_education.participants", 30000, { qualifier: "over" })] },
    { text: "12月4日,学院组织全体学生参加宪法晨读,累计参与师生逾900人次。", yields: [f("legal_education.participants", 900, { qualifier: "over" })] },
    { text: "国家宪法日普法宣传活动共有20多个执法单位参加,发放普法宣传材料4000余册,现场解答法律问题120多个,受影响群众千余人。", yields: [f("legal_education.participants", 1000, { qualifier: "over" })] },
    // those a 普法 base served are its audience; a legal-service centre's clients are not
    { text: "依托应急体验馆,建成4个应急普法基地,服务人群约3万余人次。", yields: [f("legal_education.participants", 30000, { qualifier: "about" })] },
    { text: "公共法律服务中心全年服务群众2.1万人次,办理法律援助案件320件。", yields: [], not: ["legal_education.participants=21000"] },
    // bodies counted and joined to the audience lend it their verb: 覆盖32所学校和1.9万余名学生
    { text: "普法讲师团在全县巡讲40场,覆盖32所学校和1.9万余名学生。", yields: [f("legal_education.activities", 40), f("legal_education.participants", 19000, { qualifier: "over" })] },
    { text: "受聘担任法治副校长的检察长走上讲台,为800余名初二师生带来一堂法治公开课。", yields: [f("legal_education.participants", 800, { qualifier: "over" })] },
    // a government holding lectures (省政府举行2次法治专题讲座) holds them for its own people: its study, no public event
    { text: "把学习宣传习近平法治思想作为重大政治任务,省政府举行3次法治专题讲座,省长带头开展辅导授课。", yields: [], not: ["legal_education.activities=3"] },
    { text: "县政府组织开展宪法宣传活动52场。", yields: [f("legal_education.activities", 52)] },
    // the key groups legal education aims at (重点普法对象338998人) are a population, no audience reached
    { text: "全市农村在校青少年学生41260人,重点普法对象29870人。", yields: [], not: ["legal_education.participants=29870"] },
    { text: "开展宪法宣传周等主题普法活动,发放宣传资料8000余份,普法对象 4500余人次。", yields: [f("legal_education.participants", 4500, { qualifier: "over" })] },
    { text: "此次普法下乡活动解答法律咨询30余人次,通过广播音频聆听以案释法节目1200余人。", yields: [f("legal_education.participants", 1200, { qualifier: "over" })] },
    { text: "社区法律服务站全年服务对象3200人次。", yields: [], not: ["legal_education.participants=3200"] },
    // 类似 says "alike", no category (类似宣讲45场 counts the talks, as 行政处罚类349件 would not)
    { text: "创新普法形式,把接地气的法律宣讲送进工地和厂区。截至目前,全县共开展类似宣讲45余场。", yields: [f("legal_education.activities", 45, { qualifier: "over" })] },
    { text: "全年开展各类普法活动320场次,覆盖群众15万人次。", yields: [f("legal_education.activities", 320), f("legal_education.participants", 150000)] },
    { text: "举办法治讲座二十六场。", yields: [f("legal_education.activities", 26)] },
    // a touring show or lecture series is its own events
    { text: "近日,法治文艺巡演活动在青禾村举办。“此次巡演共5场,旨在提高公民法治素养。”", yields: [f("legal_education.activities", 5)] },
    // a sentence on spreading 习近平法治思想 hands its topic to the count after it
    { text: "制定印发学习宣传研究阐释习近平法治思想工作方案,实现常态化集体学习研讨。全市开展专题宣传8.6万余场次。", yields: [f("legal_education.activities", 86000, { qualifier: "over" })] },
    // nor lectures at its meetings or for its officials, 法治 before 专题 or after it
    { text: "坚持领导干部带头学法,全年举办区政府常务会议会前学法专题讲座5次。", yields: [], not: ["legal_education.activities=5"] },
    { text: "县政府常务会开展民法典系列专题法治讲座6次。", yields: [], not: ["legal_education.activities=6"] },
    { text: "区政府领导带头学法用法,全年组织常务会学习《柳川市城市更新办法》等内容5次,组织法治政府建设专题讲座3次。", yields: [], not: ["legal_education.activities=5", "legal_education.activities=3"] },
    { text: "开展全县领导干部法治专题讲座4场次。", yields: [], not: ["legal_education.activities=4"] },
    // a government's own study before its meetings is no legal education of the public
    { text: "认真落实领导干部学法用法制度。全年组织开展7次县政府常务会议集中学法。", yields: [], not: ["legal_education.activities=7"] },
    // a campaign named in quotes: its name's topic word is not what the next clause counts
    { text: "全市开展“学好复议法、用好复议法”主题宣传活动,共开展集中宣传86场次。", yields: [f("legal_education.activities", 86)] },
    { text: "组织律师为民营企业开展法律和政策宣讲48场次。", yields: [f("legal_education.activities", 48)] },
    { text: "开展“法律进校园”活动36场次,受教育师生1.2万人次。", yields: [f("legal_education.activities", 36), f("legal_education.participants", 12000)] },
    { text: "开展“送法进乡村”活动150余次,受益群众2.7万人次。", yields: [f("legal_education.activities", 150, { qualifier: "over" }), f("legal_education.participants", 27000)] },
    { text: "培育“法律明白人”1,035名。", yields: [f("legal_education.legal_literate_persons", 1035)] },
    { text: "全镇共有法律明白人三百二十名。", yields: [f("legal_education.legal_literate_persons", 320)] },
    { text: "全县31名村(居)法律顾问、1684法律明白人,以各自村(社区)为阵地开展送法上门。", yields: [f("legal_education.legal_literate_persons", 1684)] },
    // matters outside the catalogue named as what the laws spread are about do not take the count
    {
      text: "先后开展“法进校园”等主题宣传活动,对反诈、婚姻家庭、信访、林地权属纠纷等有关法律法规开展集中宣传22场次,受众万余人。",
      yields: [f("legal_education.activities", 22), f("legal_education.participants", 10000, { qualifier: "over" })],
    },
    { text: "活动当天,共派发调解主题宣传册等普法资料1800余份,惠及群众1200余人次。", yields: [f("legal_education.participants", 1200, { qualifier: "over" })] },
    // a lesson's quoted name between an inherited cue and its count
    { text: "年初以来,该县持续开展民法典宣传。组织民法典骨干培训60余场次、“民法典进万家”宣讲137场次。", yields: [f("legal_education.activities", 137)] },
    { text: "开展青少年法治宣传活动80余场次、法治副校长授课150余场次、宪法主题班会120余场次,发放法治宣传书籍900余本。", yields: [f("legal_education.activities", 80, { qualifier: "over" }), f("legal_education.activities", 150, { qualifier: "over" }), f("legal_education.activities", 120, { qualifier: "over" })] },
    { text: "去年以来全市各级“普法课堂”共开讲2.3万次,覆盖群众31万人次。", yields: [f("legal_education.activities", 23000), f("legal_education.participants", 310000)] },
    // a list of lectures that has the leaders' own forum among them is the officials' study
    // study before a meeting, the count a clause later
    { text: "“八五”普法以来,区政府常务会议会前学法形成制度,累计开展24期。", yields: [], not: ["legal_education.activities=24"] },
    { text: "区政府常务会议会前学法12次,全区开展普法宣传活动210场。", yields: [f("legal_education.activities", 210)], not: ["legal_education.activities=12"] },
    { text: "坚持领导干部学法制度,举办专家辅导讲堂4期、领导干部讲坛2期、法治大讲堂9次。", yields: [], not: ["legal_education.activities=9"] },
    // villages' legal advisers at the head are no one village's doing
    { text: "组织村法律顾问开展“法律进乡村”活动36余场,覆盖群众1.2万余人次。", yields: [f("legal_education.activities", 36, { qualifier: "over" }), f("legal_education.participants", 12000, { qualifier: "over" })] },
    // lessons given, a broadcast's shows, and talks with training after them counted together
    { text: "全县120所中小学聘请了法治副校长,定期为师生上法治课达2600多场次。", yields: [f("legal_education.activities", 2600, { qualifier: "over" })] },
    { text: "打造“法润青川”普法直播品牌,全年普法直播96场,观看人次超340万。", yields: [f("legal_education.activities", 96), f("legal_education.participants", 3400000, { qualifier: "over" })] },
    { text: "2024年,全州开展法律法规普法宣讲、培训1800余场次,覆盖超15万人。", yields: [f("legal_education.activities", 1800, { qualifier: "over" }), f("legal_education.participants", 150000, { qualifier: "over" })] },
    { text: "全年举办执法人员培训12场。", yields: [], not: ["legal_education.activities=12"] },
    // publicity taken door to door reached those it counts
    { text: "开展送法下乡活动,发放法治宣传资料3200余份,解答法律咨询40人次,入户宣传95人次。", yields: [f("legal_education.participants", 95)], not: ["legal_education.participants=40"] },
    // the villages' venues a campaign relies on (依托村综合服务中心) name no village
    { text: "依托村综合服务中心和法治文化广场,组织开展普法活动23场,发放宣传折页2000余份。", yields: [f("legal_education.activities", 23)] },
    // talks on the law given to units and schools
    { text: "司法局组织律师深入单位学校做法治报告,已在县供电公司、城关中学等8个单位做法治报告14场次。", yields: [f("legal_education.activities", 14)] },
    { text: "邀请市中级人民法院法官为全区各部门主要负责同志作法治政府建设专题报告2次。", yields: [], not: ["legal_education.activities=2"] },
    // lessons counted by 堂; not leaders' lessons to their own staff
    { text: "据统计,“法律明白人”积极开展普法宣传教育,为村(居)上法制课142堂,解答法律咨询668人次。", yields: [f("legal_education.activities", 142)] },
    { text: "深化普法宣传。组织领导班子开展集体学法活动12次,今年主要领导讲法治课2次。", yields: [], not: ["legal_education.activities=2"] },
    // a leader who leads a lecture or a lesson gives it to the staff
    { text: "建立领导干部学法制度,镇党委书记带头开展专题法治讲座2次,县长亲自讲授法治课1次。", yields: [], not: ["legal_education.activities=2", "legal_education.activities=1"] },
    // volunteers named before their count and joining are the campaign's staff, not its audience
    // a body's own people joining the event it held, named after their count or after the joining: its staff, not those it reached
    { text: "宪法宣传周活动在东岭广场启动,县司法局组织15名业务骨干参加了活动,现场接受教育群众600余人。", yields: [f("legal_education.participants", 600, { qualifier: "over" })], not: ["legal_education.participants=15"] },
    { text: "本次普法宣传活动参与干部职工180人,悬挂横幅40条,受教育群众4000多人次。", yields: [f("legal_education.participants", 4000, { qualifier: "over" })], not: ["legal_education.participants=180"] },
    { text: "2024年,全市动员普法志愿者1.6万余人参与,累计开展活动2100余场次,受众35万余人次。", yields: [f("legal_education.activities", 2100), f("legal_education.participants", 350000)], not: ["legal_education.participants=16000"] },
    // events held for the body's own officials or staff (面向机关干部, 为全体公职人员) are their study; for officials and the public, 普法
    { text: "面向机关干部举办“法治讲堂”6场,组织旁听庭审2场。", yields: [], not: ["legal_education.activities=6"] },
    { text: "为全体公职人员举办法治讲座4场。", yields: [], not: ["legal_education.activities=4"] },
    { text: "面向干部群众举办法治讲座12场。", yields: [f("legal_education.activities", 12)] },
    // officials' seminars held, counted before their noun, are their own study, whatever topic came before
    { text: "全年开展普法宣传活动86场。举办3期全区领导干部依法行政专题研讨班,组织公职人员旁听庭审2000余人次。", yields: [f("legal_education.activities", 86)], not: ["legal_education.activities=3"] },
    // a party lesson is for the party's members, no 普法; a lesson brought to an audience is
    { text: "深化普法宣传。县政府党组开展法治专题学习5次,研讨发言6人次,讲法治专题党课3场次。", yields: [], not: ["legal_education.activities=3"] },
    { text: "今年以来,组织中心组学法6次,讲授专题法治课3次,组织全局党员干部同志集中学习习近平法治思想2次。", yields: [f("legal_education.activities", 3)], not: ["legal_education.activities=2"] },
    // talks on political theory are no 普法
    { text: "深化普法宣传。开展“学习新思想、奋进新征程”理论微宣讲活动36场,开展理论宣讲42场。", yields: [], not: ["legal_education.activities=36", "legal_education.activities=42"] },
    // a party congress's spirit spread and cultural exchanges are no legal education, after a sentence on it
    { text: "推进宪法和法律法规进宗教活动场所,开展普法活动12场次。组织宗教界人士开展讲经交流为主题的文化交流活动7场次,开展党的二十大精神宣讲会5场次。", yields: [f("legal_education.activities", 12)], not: ["legal_education.activities=7", "legal_education.activities=5"] },
    { text: "开展习近平法治思想宣讲会15场次。", yields: [f("legal_education.activities", 15)] },
    // talks on a theme, the sentence on the law's publicity, are its events
    { text: "依托法治文化阵地开展习近平法治思想“八进”活动,全市累计安排90余期专题课程、250余场主题宣讲,覆盖人群近15万人次。", yields: [f("legal_education.activities", 250, { qualifier: "over" }), f("legal_education.participants", 150000, { qualifier: "nearly" })] },
    { text: "2023年,开展法治文化交流活动12场。", yields: [f("legal_education.activities", 12)] },
    // those who took part, bare, after the events are their audience; not the staff who spread it, nor trainees
    { text: "2023年共开展水上法律知识宣传活动22场,参与人员300余人次。", yields: [f("legal_education.activities", 22), f("legal_education.participants", 300, { qualifier: "over" })] },
    { text: "2023年开展普法宣传活动12场,参与宣传人员80人次。", yields: [f("legal_education.activities", 12)], not: ["legal_education.participants=80"] },
    { text: "组织执法人员开展法治培训3期,参与人员180人次。", yields: [], not: ["legal_education.participants=180"] },
    // point to point, one to one: no object 对 opens (点对点开展专题活动14场)
    { text: "2023年,围绕普法宣传,点对点开展专题活动14场,一对一开展送法上门活动20场次。", yields: [f("legal_education.activities", 14), f("legal_education.activities", 20)] },
    { text: "深化普法宣传。组织法官、律师进校园讲法治课28场次。", yields: [f("legal_education.activities", 28)] },
    // the audience named by who they are, the topic from the sentence before
    { text: "针对不同群体的特点,该县开展了精准普法活动。在老年人群体方面,开展防诈普及活动30余次,参与老人达4000余人次。", yields: [f("legal_education.activities", 30, { qualifier: "over" }), f("legal_education.participants", 4000, { qualifier: "over" })] },
    // those taking part in the activity a sentence before named, the activity and who they are between
    { text: "镇人社所走进工地开展普法宣讲活动。现场参与活动的农民工超过60人,发放资料100多份。", yields: [f("legal_education.participants", 60, { qualifier: "over" })] },
    { text: "组织法治宣传活动近百场,参与群众破万人次。", yields: [f("legal_education.activities", 100, { qualifier: "nearly" }), f("legal_education.participants", 10000, { qualifier: "over" })] },
    { text: "普法宣传活动约40次,发放宣传资料3万余份。", yields: [f("legal_education.activities", 40, { qualifier: "about" })], not: ["legal_education.activities=30000"] },
    { text: "普法工作经费12万元。", yields: [] },
    { text: "开展普法活动XX场。", yields: [] },
    { text: "普法覆盖率达到95%。", yields: [] },
    { text: "普法活动场次较上年的210场增加了40场。", yields: [] },
    { text: "制作普法短视频18部,播放量超过50万次。", yields: [] },
    { text: "群众法治知识知晓率百分之九十二。", yields: [] },
    { text: "“八五”普法中期评估于2023年6月完成。", yields: [] },
    { text: "\"七五\"普法总结验收于2020年11月完成。", yields: [] },
    { text: "目前,全省已培育\"法律明白人\"2150余名,每个行政村都有。", yields: [f("legal_education.legal_literate_persons", 2150, { qualifier: "over" })] },
    { text: "组织国家工作人员学法考试,参考人数4,500人。", yields: [] },
    // staff who joined a team or a volunteer service to spread the law are no audience; votes are no events
    { text: "全省公安机关共选派3200余名民警参与同级党委政府专项普法工作队,组建公安普法小分队1500余个。", yields: [] },
    { text: "各地广泛发动治保会、联防队员等群防群治队伍6.2万人参与到法治宣讲、纠纷调处等普法志愿服务活动中。", yields: [] },
    // those who joined a campaign to go out and spread the law are its staff; those it reached are its audience
    {
      text: "省司法厅、省教育厅组织大学生寒假“送法下乡”活动,吸引了86所高校的1200余名大学生参与,深入60个县(市、区)开展普法宣传,受益群众达21万人次。",
      yields: [f("legal_education.participants", 210000)],
      not: ["legal_education.participants=1200"],
    },
    { text: "全省普法责任制履职报告评议会举行 5天网上投票38万余次。", yields: [] },
    // 法制, the older word, names the same lectures
    { text: "截至目前,派出所民警共举办法制讲座80余次,受教育群众达5000人次。", yields: [f("legal_education.activities", 80, { qualifier: "over" }), f("legal_education.participants", 5000)] },
    // firms counted, then the audience with its own noun after the joiner; a quiz on legal knowledge is legal education
    { text: "社区开展法律知识竞赛活动,覆盖辖区重点企业6家、职工120余人次。", yields: [f("legal_education.participants", 120, { qualifier: "over" })] },
    { text: "全县卫健系统获全市普法中期考核先进集体2个、先进个人5人。", yields: [] },
    // an exam named at length after 参加 is still an exam: its takers are no audience
    { text: "落实领导干部学法用法制度。组织全镇860名党员干部参加《中华人民共和国宪法》、党内法规线上学习考试。", yields: [] },
    { text: "开展宪法宣传周活动12场,线上500人观看。", yields: [f("legal_education.activities", 12), f("legal_education.participants", 500)] },
    { text: "该市对全市3000余名“法律明白人”和1000余名“法治带头人”实施“双培养”工程。", yields: [f("legal_education.legal_literate_persons", 3000, { qualifier: "over" })], not: ["legal_education.legal_literate_persons=1000"] },
    { text: "先后开展校园法治宣讲活动9次,为700余名师生普及法律常识。", yields: [f("legal_education.activities", 9), f("legal_education.participants", 700, { qualifier: "over" })] },
    { text: "开展形式多样的法律宣传系列活动。利用广播和宣传车宣传1861场次,街头设点宣传363场次。", yields: [f("legal_education.activities", 1861), f("legal_education.activities", 363)] },
    { text: "将普法工作与行政执法深度融合,2024年开展2次集中学习活动。", yields: [] },
    { text: "创办法制宣传栏412期,更新宣传橱窗8期。", yields: [] },
    { text: "在普法咨询摊位前,6名“法律明白人”一边分发宣传手册,一边解答群众疑问。", yields: [] },
    // one kind among others a count covers (a team of several kinds)
    { text: "整合法律顾问、法律明白人、网格员、人民调解员等组成86人法律服务志愿队,常态化开展普法宣传。", yields: [], not: ["legal_education.legal_literate_persons=86"] },
    { text: "乡司法所举办“法律明白人”业务培训班,全乡共45名法律明白人参加了培训。", yields: [f("legal_education.legal_literate_persons", 45)] },
    { text: "截至今年9月,全省已培养2.31万名乡村“法律明白人”。", yields: [f("legal_education.legal_literate_persons", 23100)] },
    { text: "全县410名法律明白人、52名村(居)法律顾问、233名专兼职调解员通过日常入户开展服务。", yields: [f("legal_education.legal_literate_persons", 410)], not: ["legal_education.legal_literate_persons=52"] },
    // an item counting another noun (法治副校长) takes no cue that is the first item's noun (法律明白人)
    { text: "全区已培育法律明白人615名、选聘法治副校长43名、评选学法用法示范户27户。", yields: [f("legal_education.legal_literate_persons", 615)], not: ["legal_education.legal_literate_persons=43"] },
    { text: "全区已培育法律明白人615名,聘任法治副校长43名。", yields: [f("legal_education.legal_literate_persons", 615)], not: ["legal_education.legal_literate_persons=43"] },
    // a list shares its verb, not the noun its first item counts: 示范户 are no 法律明白人
    { text: "全区现有法律明白人615名、农村学法用法示范户27名。", yields: [f("legal_education.legal_literate_persons", 615)], not: ["legal_education.legal_literate_persons=27"] },
    // a few words may stand between 法治思想 and its telling (集中宣讲)
    { text: "开展习近平法治思想集中宣讲活动,实现集中宣讲全覆盖,参与人数超万人。", yields: [f("legal_education.participants", 10000, { qualifier: "over" })] },
    // the government's own study lectures and the hearings its staff sat in on are no publicity events
    { text: "研究法治政府建设相关议题9次。举办县政府专题法律讲座4次。", yields: [], not: ["legal_education.activities=4"] },
    { text: "开展理论学习中心组学习2100次,举办机关干部法治讲座1260场,组织参加庭审旁听415场。", yields: [], not: ["legal_education.activities=415", "legal_education.activities=1260"] },
    { text: "举办法治讲座进社区活动26场。", yields: [f("legal_education.activities", 26)] },
    // the quotes may hold where they serve (“社区法律明白人”)
    { text: "街道组织专题培训,辖区45余名“社区法律明白人”参加学习。", yields: [f("legal_education.legal_literate_persons", 45, { qualifier: "over" })] },
    // or, unquoted, several words for where they serve (村居园区, 村(居))
    { text: "集中培训五十名科级干部、六百名基层调解员和八千名村居园区法律明白人。", yields: [f("legal_education.legal_literate_persons", 8000)], not: ["legal_education.legal_literate_persons=600"] },
    { text: "全镇现有2180名村(居)法律明白人。", yields: [f("legal_education.legal_literate_persons", 2180)] },
    { text: "全县培养1200名乡村振兴法律明白人。", yields: [f("legal_education.legal_literate_persons", 1200)] },
    { text: "连续三年开展法治宣传主题活动,累计为群众放映法治电影45场。", yields: [f("legal_education.activities", 45)] },
    // a campaign whose quoted name holds the law, its events and its audience; not one whose name holds none
    { text: "开展“幸福家园·民法典同行”等主题活动380余场,直接受众8万余人次。", yields: [f("legal_education.activities", 380, { qualifier: "over" }), f("legal_education.participants", 80000, { qualifier: "over" })] },
    { text: "开展“幸福家园·邻里同行”等主题活动380余场,直接受众8万余人次。", yields: [], not: ["legal_education.activities=380"] },
    { text: "围绕宪法宣传周等节点,组织38场靶向法治宣传活动。", yields: [f("legal_education.activities", 38)] },
    // a space between a cue and its number, the topic a sentence before
    { text: "今年对“周周普法”栏目进行了升级。目前已在公众号推送9期,受众 12万余人次。", yields: [f("legal_education.participants", 120000, { qualifier: "over" })] },
    // a law publicity spreads is no matter outside the catalogue (信访工作条例)
    { text: "围绕“八五”普法规划,开展宪法、信访工作条例等主题宣传26场次。", yields: [f("legal_education.activities", 26)] },
    // the body's own study is no publicity
    { text: "深入推进法治宣传教育,组织镇领导班子集体学法6次。", yields: [], not: ["legal_education.activities=6"] },
    // a screening names its topic by itself
    // films shown, 播放 as 放映 (a warning film of the law too); clips played on screens are no events
    { text: "“七五”普法期间,我县发放普法光盘3000余张,播放法制警示电影160余场。", yields: [f("legal_education.activities", 160, { qualifier: "over" })] },
    { text: "利用户外电子屏滚动播放普法标语1200余次。", yields: [], not: ["legal_education.activities=1200"] },
    // questions answered are no events
    { text: "举办“送法进企业”系列活动,共开展法律咨询1.1万次、企业合规审查3200次。", yields: [], not: ["legal_education.activities=11000"] },
    { text: "据统计,全县共放映法治电影380余场,受教育群众近4万人次。", yields: [f("legal_education.activities", 380, { qualifier: "over" }), f("legal_education.participants", 40000, { qualifier: "nearly" })] },
    // the people a lesson was brought to are its audience
    { text: "开展“宪法进校园”活动,为全区1.6万余名师生送上法治课。", yields: [f("legal_education.participants", 16000, { qualifier: "over" })] },
    // those who gathered for the event are its audience, not the volunteers who gathered to serve it
    { text: "县司法局举办宪法宣传周活动,来自各村群众、学校师生等600余人欢聚东岭广场,共同开展“弘扬宪法精神”主题活动。", yields: [f("legal_education.participants", 600, { qualifier: "over" })] },
    { text: "柳川镇举办法治文艺汇演,近千名群众齐聚文化广场观看演出。", yields: [f("legal_education.participants", 1000, { qualifier: "nearly" })] },
    { text: "宪法宣传日当天,全县80余名普法志愿者齐聚东岭广场,为群众发放宣传资料。", yields: [], not: ["legal_education.participants=80"] },
    { text: "宪法宣传周期间,全县200余名领导干部齐聚县委党校,参加法治专题培训。", yields: [], not: ["legal_education.participants=200"] },
    { text: "开展民法典普法宣讲,共举办专题讲座215次,参学人员2.43万余人次。", yields: [f("legal_education.activities", 215), f("legal_education.participants", 24300, { qualifier: "over" })] },
    { text: "宁海县普法工作有新进展。讲师团累计举行巡回报告会近300场次,受益师生15余万人次。", yields: [f("legal_education.activities", 300, { qualifier: "nearly" }), f("legal_education.participants", 150000, { qualifier: "over" })] },
    { text: "举办法治专题讲座6期。厅主要负责人出席法治建设重要会议和活动15余次。", yields: [f("legal_education.activities", 6)], not: ["legal_education.activities=15"] },
    { text: "2021年普法工作中,举办网上问答、知识竞赛等7场市级普法活动。", yields: [f("legal_education.activities", 7)] },
    { text: "宪法日普法有奖竞答活动得到网友广泛参与,参与人次达86320。", yields: [f("legal_education.participants", 86320)] },
    { text: "今年以来,已开展涉农法治讲座12余场,送法下乡活动40余场。", yields: [f("legal_education.activities", 12, { qualifier: "over" }), f("legal_education.activities", 40, { qualifier: "over" })] },
    { text: "此次普法活动开展知识讲座9次,宪法知识答题千余人。", yields: [f("legal_education.activities", 9), f("legal_education.participants", 1000, { qualifier: "over" })] },
    { text: "在七五普法工作中,我县组织了近千场法制讲座活动。", yields: [f("legal_education.activities", 1000, { qualifier: "nearly" })] },
    { text: "组织开展宪法日宣传活动,共有40多家单位和800多位市民前来参加了此次活动。", yields: [f("legal_education.participants", 800, { qualifier: "over" })] },
    { text: "普法活动期间,参与宣传人员6人次,接受现场咨询15人次,直接受教育面1500余人。", yields: [f("legal_education.participants", 1500, { qualifier: "over" })], not: ["legal_education.participants=6"] },
    { text: "法律顾问开展普法工作,进村进校上了64场法制课。", yields: [f("legal_education.activities", 64)] },
    { text: "坚持领导干部学法制度,街道班子集中开展5次学法活动,面向机关干部举办依法履职培训会4场。", yields: [], not: ["legal_education.activities=5", "legal_education.activities=4"] },
    { text: "学法用法方面,镇领导班子成员全年开展学法活动3次,开展3次全体机关干部学法活动。", yields: [], not: ["legal_education.activities=3"] },
    // pupils' study of the law is taught them: 普法
    { text: "组织法治副校长深入全区47所中小学校,开展开学第一课、宪法进校园等系列学法活动88场次。", yields: [f("legal_education.activities", 88)] },
    { text: "开展各类户外法治宣传活动9(场)次,受宣群众1.2万余人。", yields: [f("legal_education.activities", 9), f("legal_education.participants", 12000, { qualifier: "over" })] },
    { text: "村法律顾问接受法律咨询800余人次,开展法律讲座30多场。", yields: [f("legal_education.activities", 30, { qualifier: "over" })] },
    // 宣传 and what it spreads, the law, right before the count
    { text: "组建防汛法律宣传小分队12支,深入村组宣传法律法规45次,发放资料1200份。", yields: [f("legal_education.activities", 45)] },
    { text: "开展普法宣传,利用广播宣传法律法规300余次。", yields: [] },
    { text: "草原普法宣传月期间,通过微信微博短信宣传42000次、举办普法讲座35场。", yields: [f("legal_education.activities", 35)], not: ["legal_education.activities=42000"] },
    // showings on a screen are no events (利用电子屏宣传, 大屏幕滚动宣传)
    { text: "落实普法责任制,印发普法手册3000余份,利用户外电子屏宣传2600余次,开展法治讲座14场。", yields: [f("legal_education.activities", 14)], not: ["legal_education.activities=2600"] },
    { text: "在街区LED大屏幕上滚动宣传法律法规900余次。", yields: [] },
    { text: "开展普法宣传,在电视、广播、报刊、网络等媒体上宣传1800余次,举办普法讲座900余场。", yields: [f("legal_education.activities", 900, { qualifier: "over" })], not: ["legal_education.activities=1800"] },
    { text: "以八五普法为牵引,依托党委会、中心组学习等方式开展习近平法治思想专题学习6场。", yields: [], not: ["legal_education.activities=6"] },
    { text: "在一场“法律明白人”培训现场,7名学员正模拟调解一起土地纠纷。", yields: [], not: ["legal_education.legal_literate_persons=7"] },
    { text: "该院先后在中小学开展法治巡讲25余次,共2万余人接受法治教育。", yields: [f("legal_education.activities", 25, { qualifier: "over" }), f("legal_education.participants", 20000, { qualifier: "over" })] },
    { text: "开展“宪法进社区”活动64场,受教育群众2万余人。", yields: [f("legal_education.activities", 64), f("legal_education.participants", 20000, { qualifier: "over" })] },
    { text: "依托政务新媒体推送以案释法文章52期,近6万名居民通过“掌上普法”栏目受到法治教育。", yields: [f("legal_education.participants", 60000, { qualifier: "nearly" })] },
    // visitors, named by where they live, are its audience too; officials taken to visit are not
    { text: "该区建成法治文化主题公园,开园以来已吸引8万余辖区群众参观接受普法教育。", yields: [f("legal_education.participants", 80000, { qualifier: "over" })] },
    { text: "法治文化长廊建成后,已有2600余名周边居民参观。", yields: [f("legal_education.participants", 2600, { qualifier: "over" })] },
    { text: "组织150余名党员干部参观法治教育基地。", yields: [], not: ["legal_education.participants=150"] },
    // and those who listened to a lecture on the law after their count
    { text: "宪法宣传周期间,镇中学开展法治讲座,近400名师生聆听了讲座。", yields: [f("legal_education.participants", 400, { qualifier: "nearly" })] },
    // those trained are no audience of 普法
    { text: "截至目前,全省已有超12万人参与“法律明白人”培训,9.6万人通过考核获得证书。", yields: [], not: ["legal_education.participants=120000"] },
    { text: "近五年来,全省共举办青少年法治报告会3,120场。", yields: [f("legal_education.activities", 3120)] },
    { text: "开展宪法“八进”主题活动150余场次。", yields: [f("legal_education.activities", 150, { qualifier: "over" })] },
    { text: "本年度开展习近平法治思想宣传、宣讲63场次。", yields: [f("legal_education.activities", 63)] },
    // the audience reached (普及, 受教); a notary (公证员) answering questions is no 公证 matter
    { text: "开展民法典宣传活动12场,普及群众6000多人。", yields: [f("legal_education.activities", 12), f("legal_education.participants", 6000, { qualifier: "over" })] },
    { text: "此次普法活动发放宣传手册200余份,受教群众400余人。", yields: [f("legal_education.participants", 400, { qualifier: "over" })] },
    { text: "开设普法直播栏目,请律师和公证员在线答疑,累计观看人数7000余人。", yields: [f("legal_education.participants", 7000, { qualifier: "over" })] },
    // staff training and research trips are no legal-awareness events, however they are held
    { text: "将学法纳入干部培训计划,在各类培训班中设置法治专题课程,举办6期培训班次、2次集中学习。", yields: [], not: ["legal_education.activities=6"] },
    { text: "举办法治专题讲座2期,开展法治政府专题调研27次。", yields: [f("legal_education.activities", 2)], not: ["legal_education.activities=27"] },
    { text: "全年开展普法宣传活动86场次,开展专题调研5次。", yields: [f("legal_education.activities", 86)], not: ["legal_education.activities=5"] },
    // what the 法律明白人 are may stand between their count and their name
    { text: "目前,全村有23名持证上岗的“法律明白人”。", yields: [f("legal_education.legal_literate_persons", 23)] },
    { text: "成立12人的“法律明白人”队伍,长效开展邻里矛盾纠纷调处。", yields: [f("legal_education.legal_literate_persons", 12)] },
    // a lecture on law, by its subject (法治专题宣讲) or as a lesson (法治授课)
    { text: "全年牵头开展法治专题宣讲3场次,走进校园开展法治授课4场次。", yields: [f("legal_education.activities", 3), f("legal_education.activities", 4)] },
    // officials' own seminars and a leader's law talk to them are their study, under a heading's lectures for officials
    { text: "举办领导干部法治专题讲座6期;组织县领导专题讲法2次,开展全县领导干部依法行政研讨班3期。", yields: [], not: ["legal_education.activities=2", "legal_education.activities=3"] },
    // volunteers who took part are staff, not the audience
    { text: "累计开展普法宣传活动21次,参与活动的普法志愿者近800名,普法活动受众2万余人。", yields: [f("legal_education.activities", 21), f("legal_education.participants", 20000, { qualifier: "over" })], not: ["legal_education.participants=800"] },
    // the next item of a per-village average is an average too
    // those who earned the title are its roster; those picked to train for it are not yet
    { text: "截至2023年底,全省已有8.2万人经过培训获得“法律明白人”证书。", yields: [f("legal_education.legal_literate_persons", 82000)] },
    { text: "全县1500余人成为“法律明白人”,覆盖所有行政村。", yields: [f("legal_education.legal_literate_persons", 1500, { qualifier: "over" })] },
    { text: "今年全县遴选600余人成为“法律明白人”培养对象。", yields: [], not: ["legal_education.legal_literate_persons=600"] },
    // a floor each village must train every year is a quota, not what a year came to
    // what a body must do each year (每年要开展两次以上…培训) is a duty, not what a year came to
    { text: "村委会要认真开展法治培训,每年要开展两次以上“法律明白人”培训。", yields: [], not: ["legal_education.activities=2"] },
    { text: "每个行政村(社区)每年初选培养不少于2名“法律明白人”。目前,全市已遴选“法律明白人”3150人。", yields: [f("legal_education.legal_literate_persons", 3150)], not: ["legal_education.legal_literate_persons=2"] },
    { text: "全县选育“法律明白人”1820人,每个村(社区)平均有2名“法治带头人”、4名“法律明白人”。", yields: [f("legal_education.legal_literate_persons", 1820)], not: ["legal_education.legal_literate_persons=4"] },
    // those trained in the year stand beside the roster they join
    { text: "今年新培养“法律明白人”420名,全县“法律明白人”总数达到3150名。", yields: [f("legal_education.legal_literate_persons", 420), f("legal_education.legal_literate_persons", 3150)] },
    { text: "2023年,全县新增法律明白人320名。", yields: [f("legal_education.legal_literate_persons", 320)] },
    // a campaign taking 习近平法治思想 to many places hands its topic to the count after it
    { text: "广泛开展习近平法治思想进机关、进农村、进社区、进企业、进校园宣传宣讲活动。全年累计开展专题宣讲15场次,覆盖干部群众2600余人次。", yields: [f("legal_education.activities", 15), f("legal_education.participants", 2600, { qualifier: "over" })] },
    // 宣传 with the laws it spread, a word saying which (集中宣传常用法律法规18场次)
    { text: "全方位开展普法宣传。县司法局通过设立展板、现场咨询集中宣传常用法律法规18场次。", yields: [f("legal_education.activities", 18)] },
    // an event named in quotes after its count, its topic in the clause before
    { text: "普法宣传方面,举办45场“开学第一课”活动。", yields: [f("legal_education.activities", 45)] },
    // a double dash before a count is punctuation, no code
    { text: "守护青春少年——40余场法治宣传活动覆盖师生2万人次。", yields: [f("legal_education.activities", 40, { qualifier: "over" }), f("legal_education.participants", 20000)] },
  ]);
});

describe("legal education across a report's parts", () => {
  // what a half-year summary plans for the second half is a target, not a count of events held
  table([{ text: "一、上半年工作情况\n上半年开展普法活动41场。\n二、下半年工作打算\n(一)再开展普法活动30场以上。", yields: [f("legal_education.activities", 41)], not: ["legal_education.activities=30"] }], documentMetricsOf);
});
