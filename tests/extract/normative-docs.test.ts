import { describe } from "vitest";
import { f, table } from "./harness.js";

describe("normative_docs", () => {
  table([
    // documents said to be no normative ones (非规范性文件) are other documents, under a topic the clause before set
    // documents labelled by who sent them (委发文件), reviewed, are none the body issued in the clause
    // documents cleaned up, named in general after a sentence on normative documents, are the clean-up's
    { text: "全年制定规范性文件5件。2025年组织开展专项清理,清理文件214件,废止31件、修改12件。", yields: [f("normative_docs.issued", 5), f("normative_docs.repealed", 31), f("normative_docs.amended", 12), f("normative_docs.cleaned", 214)] },
    { text: "市政府制发的行政规范性文件17件。围绕全国统一大市场,梳理现行有效文件306件,经评估保留281件、修改15件、废止10件。", yields: [f("normative_docs.issued", 17), f("normative_docs.cleaned", 306), f("normative_docs.retained", 281), f("normative_docs.amended", 15), f("normative_docs.repealed", 10)] },
    { text: "全年委机关合法性审查合同协议31份、委发文件16件,其中行政规范性文件3件。", yields: [f("contracts.reviewed", 31)], not: ["normative_docs.issued=3"] },
    { text: "本年度未制定行政规范性文件,对以局名义印发的非规范性文件23件开展了合法性把关。", yields: [f("normative_docs.issued", 0)], not: ["normative_docs.reviewed=23"] },
    // what became of the documents reviewed (审结的文件中,直接通过审查39件;…重新报备6件) are some of them, no count of a review or a filing
    { text: "全年共审结规范性文件45件。审结的文件中,直接通过审查39件;经沟通由制定机关修改后重新报备6件。", yields: [f("normative_docs.reviewed", 45)], not: ["normative_docs.reviewed=39", "normative_docs.filed=6"] },
    // none issued, a department's rules named beside them
    { text: "2025年我局未制定部门规章及行政规范性文件。", yields: [f("normative_docs.issued", 0)] },
    // those filed in time are some of those filed
    { text: "各市政府共制发规范性文件72件,全部报送备案。其中,在法定期限内报送备案的45件,备案及时率63.5%。", yields: [f("normative_docs.issued", 72)], not: ["normative_docs.filed=45"] },
    // documents of other kinds published with them (公开管委会文件、部门文件及规范性文件共6件): no count of those issued
    { text: "本年度主动公开管委会文件、办公室文件、部门文件及规范性文件共6件。", yields: [], not: ["normative_docs.issued=6"] },
    // documents a review found wanting (报送的2件文件存在…问题) are some of those reviewed
    { text: "法工委完成规范性文件主动审查27件。经审查,县人民政府报送的2件文件存在与上位法不一致的问题。", yields: [f("normative_docs.reviewed", 27)], not: ["normative_docs.filed=2"] },
    // those an earlier clean-up kept (2012年常规清理保留下来的…文件) are a part of those gone through now, no count cleaned
    { text: "评估清理共涉及市政府规范性文件632件,其中2012年常规清理保留下来的有效文件388件,本次新增文件244件。", yields: [f("normative_docs.cleaned", 632)], not: ["normative_docs.cleaned=388"] },
    // those a review of the filed ones corrected (报备文件审查纠错) are no count of those filed
    { text: "全年接收报备的规范性文件38件,报备文件审查纠错3件。", yields: [f("normative_docs.filed", 38)], not: ["normative_docs.filed=3"] },
    // the rest of a clean-up's documents kept (其余100件继续有效) are those retained
    { text: "共清理规范性文件120件,废止12件,修改8件,其余100件继续有效。", yields: [f("normative_docs.cleaned", 120), f("normative_docs.repealed", 12), f("normative_docs.amended", 8), f("normative_docs.retained", 100)] },
    { text: "经清理,246件行政规范性文件中,除废止、宣布失效和限期修改的以外,其余168件继续有效。", yields: [f("normative_docs.retained", 168)] },
    // those kept once amended (修改后保留) are amended, beside those kept as they were
    { text: "经逐件审查,64件规范性文件中,继续保留31件,修改后保留5件,废止和宣布失效28件。", yields: [f("normative_docs.retained", 31), f("normative_docs.amended", 5), f("normative_docs.repealed", 28)], not: ["normative_docs.retained=5"] },
    // the outcomes listed under those of one subject, a count that is no figure, are that subset's
    { text: "全市共清理规范性文件1086件。涉及营商环境的文件共有142件,其中修改31件、废止19件。", yields: [f("normative_docs.cleaned", 1086)], not: ["normative_docs.amended=31", "normative_docs.repealed=19"] },
    // documents a list item names as other than these (其他涉法文件) are no part of the normative documents' count
    { text: "完成县政府行政规范性文件合法性审核41件、其他涉法文件审查57件、行政机关合同审查83件。", yields: [f("normative_docs.reviewed", 41), f("contracts.reviewed", 83)], not: ["normative_docs.reviewed=57"] },
    // those an earlier clean-up kept are a part of those gone through now
    { text: "本次清理共涉及区政府规范性文件512件,其中2018年清理后保留的301件、2019年以来新制发的211件。经清理,继续保留377件,废止58件。", yields: [f("normative_docs.cleaned", 512), f("normative_docs.retained", 377), f("normative_docs.repealed", 58)], not: ["normative_docs.cleaned=301"] },
    // the documents named at length by whose they are, then what was done to them
    // documents named by their issuing before a later verb (出台的N件…经审查) were issued and reviewed; drafts to be issued (拟发文的) only reviewed
    // those issued once reviewed are the issued, not the count of those reviewed
    // those a filing review corrected are some of those reviewed, no count of them
    // documents drafted for the government after a list of those reviewed are drafts, no documents reviewed
    { text: "全年审核县政府行政规范性文件14件、县政府合同协议52份,代县政府起草规范性文件3件。", yields: [f("normative_docs.reviewed", 14), f("contracts.reviewed", 52)], not: ["normative_docs.reviewed=3"] },
    { text: "全年办理规范性文件备案38件,备案审查纠错2件。", yields: [f("normative_docs.filed", 38)], not: ["normative_docs.filed=2", "normative_docs.reviewed=2"] },
    // documents said not to be filed in time are no documents filed; those sent back in a review are some of those reviewed
    { text: "全年备案规范性文件26件。一是报备不及时,仍有3件部门规范性文件未在规定时限内报备;二是起草质量不高,县司法局审核中被退回修改的有5件。", yields: [f("normative_docs.filed", 26)], not: ["normative_docs.filed=3", "normative_docs.reviewed=5"] },
    { text: "全年对拟以区政府名义印发的规范性文件开展合法性审核12件,经审核印发7件。", yields: [f("normative_docs.reviewed", 12), f("normative_docs.issued", 7)], not: ["normative_docs.reviewed=7"] },
    { text: "全年共审查拟以县政府名义出台的规范性文件10件,经审查出台8件。", yields: [f("normative_docs.reviewed", 10), f("normative_docs.issued", 8)], not: ["normative_docs.reviewed=8"] },
    { text: "2023年,区政府出台的12件规范性文件全部经过合法性审查。", yields: [f("normative_docs.issued", 12), f("normative_docs.reviewed", 12)] },
    { text: "2023年,区政府拟发文的17件行政规范性文件均进行合法性审查。", yields: [f("normative_docs.reviewed", 17)], not: ["normative_docs.issued=17"] },
    { text: "决定对《关于保护古树名木的通告》等35份区政府及政府办公室行政规范性文件予以废止或失效。", yields: [f("normative_docs.repealed", 35)] },
    { text: "决定对《关于颁发地名管理规定的通知》等79份区政府及政府办公室行政规范性文件予以保留。", yields: [f("normative_docs.retained", 79)] },
    // a topic from an earlier sentence keeps only a count of its own things: 证明事项 named after the count are other things
    { text: "加强规范性文件监督,对1530件规范性文件进行清理。二是推进减证便民。在公布8类证明事项清单、取消216项证明事项的基础上,推行告知承诺制。", yields: [f("normative_docs.cleaned", 1530)], not: ["normative_docs.repealed=216"] },
    // documents sent in to be reviewed are no documents filed
    { text: "对区政府及部门报送的312件文件开展合法性审查,其中对26件行政规范性文件进行合法性审核。", yields: [f("normative_docs.reviewed", 26)], not: ["normative_docs.filed=312"] },
    // a disclosure report's documents published in the year are those issued; not the stock in force on show
    { text: "2023年,在市政府网站主动公开市政府规章6件,主动公开市政府和市政府办公厅行政规范性文件37件,人事任免文件84件。", yields: [f("normative_docs.issued", 37)] },
    { text: "梳理并公开现行有效行政规范性文件12件。", yields: [], not: ["normative_docs.issued=12"] },
    { text: "公开征求意见的行政规范性文件草案9件。", yields: [], not: ["normative_docs.issued=9"] },
    // documents a review found to be none, and those it sent a letter on, are no documents filed or reviewed
    { text: "各部门报送备案行政规范性文件38件。另有4件经审查不属于行政规范性文件,已退回制定机关。", yields: [f("normative_docs.filed", 38)], not: ["normative_docs.reviewed=4"] },
    // those a review let onto the register (经审查准予登记28件) are some of those filed, not the review's count
    { text: "备案审查平台全年接收行政规范性文件报备申请35件,经审查准予登记28件,不予登记7件。", yields: [f("normative_docs.filed", 35)], not: ["normative_docs.reviewed=28", "normative_docs.reviewed=7"] },
    // laws issued that documents no longer agree with name no documents issued
    { text: "经清理,与新出台的法律法规或者上级政策不一致的规范性文件12件,予以修改。", yields: [f("normative_docs.amended", 12)], not: ["normative_docs.issued=12"] },
    // a clean-up notice's items, each a count whose outcome is the clause after it
    { text: "经清理,现将结果公布如下:\n一、内容合法、仍需执行的规范性文件52件,继续有效。\n二、部分条款与上位法不一致的规范性文件11件,予以修改。\n三、适用期已过、实际不再执行的规范性文件8件,宣布失效。\n四、与现行法规相抵触的规范性文件6件,予以废止。", yields: [f("normative_docs.retained", 52), f("normative_docs.amended", 11), f("normative_docs.repealed", 8), f("normative_docs.repealed", 6)] },
    { text: "各部门报送备案行政规范性文件36件。经审查,予以备案登记31件,对内容违法的3件下达备案审查意见书。", yields: [f("normative_docs.filed", 36), f("normative_docs.filed", 31)], not: ["normative_docs.filed=3", "normative_docs.reviewed=3"] },
    // a clean-up takes up documents issued over years: what they had done to them first is no figure of the year's
    { text: "对县政府制发的218件行政规范性文件进行集中清理,决定继续有效141件、废止39件。", yields: [f("normative_docs.cleaned", 218), f("normative_docs.retained", 141), f("normative_docs.repealed", 39)], not: ["normative_docs.issued=218"] },
    // applications for a review answered are applications, not documents reviewed
    // documents gathered for a clean-up (收集了…发布的186件规范性文件) were not issued in the year; those confirmed valid were kept
    { text: "结合新情况,收集了区政府及区政府部门发布的210件规范性文件,对其中150件确认有效,其余均进行清理。", yields: [f("normative_docs.retained", 150)], not: ["normative_docs.issued=210"] },
    // the suggestions citizens sent that fall within a filing review's scope (属于…备案审查范围的) are no documents filed or reviewed
    { text: "2024年,共收到公民、组织涉及规范性文件的各类来信来函3200件,可以明确为审查建议的有980件,其中属于本级人大常委会备案审查范围的有96件,占9.8%。", yields: [], not: ["normative_docs.filed=96", "normative_docs.reviewed=96"] },
    // documents a body issued, checked in a clean-up (对…下发的1200件文件进行了核对), are no documents issued in the year: the
    // normative ones among them were checked; those issued, with nothing done after them, were issued
    { text: "对县政府、县政府办公室下发的1200件文件进行了核对,其中行政规范性文件45件,宣布失效行政规范性文件20件。", yields: [f("normative_docs.cleaned", 45), f("normative_docs.repealed", 20)], not: ["normative_docs.issued=45"] },
    { text: "县政府全年下发文件1200件,其中行政规范性文件45件。", yields: [f("normative_docs.issued", 45)] },
    { text: "报备规范性文件45件。按时答复3件公民提出的规范性文件审查申请。", yields: [f("normative_docs.filed", 45)], not: ["normative_docs.reviewed=3"] },
    // a first-pass review (初审) of a document is a review of it; an opinion letter is no document
    { text: "2023年,社区行政规范性文件初审2件,出具合法性审查意见书30份。", yields: [f("normative_docs.reviewed", 2)], not: ["normative_docs.reviewed=30"] },
    // normative documents named with policy documents are still normative documents
    // those a filing review had corrected are some of those reviewed
    { text: "向市政府报备县政府规范性文件15件。在备案审查中督促纠正问题文件3件。", yields: [f("normative_docs.filed", 15)], not: ["normative_docs.reviewed=3", "normative_docs.filed=3"] },
    // those a review found wanting, corrected or not, are some of those reviewed
    { text: "报备县政府规范性文件12件,备案审查中发现并督促纠正问题文件4件,备案审查发现存在问题的文件2件。", yields: [f("normative_docs.filed", 12)], not: ["normative_docs.reviewed=4", "normative_docs.filed=4", "normative_docs.reviewed=2", "normative_docs.filed=2"] },
    { text: "接收报备规范性文件37件,审查后督促纠正3件。", yields: [f("normative_docs.filed", 37)], not: ["normative_docs.reviewed=3"] },
    // some of those filed, amended after a review's opinions on them, are not the count reviewed
    { text: "2024年,县人民政府报备规范性文件7件,各乡镇人大报备决议决定36件,其中4件经提出书面审查意见后,制定机关已作修改。", yields: [f("normative_docs.filed", 7)], not: ["normative_docs.reviewed=4"] },
    // documents in force gathered to be published (梳理公开) are the stock on show, not a clean-up
    { text: "(三)信息管理方面。梳理公开现行有效行政规范性文件14件、废止3件,开设专栏统一对外公开。", yields: [f("normative_docs.repealed", 3)], not: ["normative_docs.cleaned=14"] },
    { text: "配合公平竞争审查,全面清理规范性、政策性文件73件。", yields: [f("normative_docs.cleaned", 73)] },
    { text: "印发《柳川县行政执法公示办法》,清理规范性政策性文件31件。", yields: [f("normative_docs.cleaned", 31)] },
    // those declared void in a clean-up are repealed; licensing bodies cleaned up are no documents
    { text: "每隔两年组织规范性文件全面清理,最近一次清理共86个文件被宣布废止。", yields: [f("normative_docs.repealed", 86)], not: ["normative_docs.cleaned=86"] },
    { text: "清理规范性文件7300多件,清理行政许可主体5400多个。", yields: [f("normative_docs.cleaned", 7300, { qualifier: "over" })], not: ["normative_docs.cleaned=5400"] },
    // a list's items named by its title, after a paragraph on documents, are no documents
    // documents gone through one by one (对现行有效的52件文件逐件梳理), as with 进行
    { text: "完成县政府规范性文件全面清理,对现行有效的52件文件逐件梳理,继续保留40件,修改7件,废止5件。", yields: [f("normative_docs.cleaned", 52), f("normative_docs.retained", 40), f("normative_docs.amended", 7), f("normative_docs.repealed", 5)] },
    { text: "一、规范性文件管理\n全年清理规范性文件39件。梳理《审批事项清单》96项,涉及14个部门。", yields: [f("normative_docs.cleaned", 39)], not: ["normative_docs.cleaned=96"] },
    // documents in force reviewed as they are cleaned up (进行了清理和审查) are the clean-up's, not a review's
    { text: "全年审核行政规范性文件3件,清理已失效文件2件。", yields: [f("normative_docs.reviewed", 3), f("normative_docs.cleaned", 2)], not: ["normative_docs.repealed=2"] },
    // a clean-up named among the matters a meeting studied: the count is of the matters
    { text: "区政府常务会专题研究营商环境优化、规范性文件清理、综合行政执法改革等10余项重要涉法事项。", yields: [], not: ["normative_docs.cleaned=10"] },
    // a comma list's verb reaches an item of normative documents, whose 规范 is no grade
    { text: "全年共审核政府合同56件,规范性文件11件。", yields: [f("contracts.reviewed", 56), f("normative_docs.reviewed", 11)] },
    // 两 after the titles it counts
    { text: "对《东岭市集贸市场管理办法》、《东岭市摊点管理细则》两部规范性文件进行清理后予以废止。", yields: [f("normative_docs.repealed", 2)] },
    { text: "对全县42件现行规范性文件进行了清理和审查,其中废止3件。", yields: [f("normative_docs.cleaned", 42), f("normative_docs.repealed", 3)], not: ["normative_docs.reviewed=42"] },
    // documents filed (备案文件) are normative documents, whether or not the sentence names them so
    { text: "3.规范决策程序。东岭区向区人大常委会备案文件6件,备案部门文件9件。", yields: [f("normative_docs.filed", 6), f("normative_docs.filed", 9)] },
    // 备案 naming what a review took up is no filing
    { text: "严格规范性文件合法性审查,加强制度建设,审查党内备案文件7件,向市委备案党内规范性文件2件。", yields: [f("normative_docs.reviewed", 7), f("normative_docs.filed", 2)], not: ["normative_docs.filed=7"] },
    // none issued, repealed or amended, listed after one 未
    { text: "2024年,我局未制发、废止、修改行政规范性文件,现行有效行政规范性文件5个。", yields: [f("normative_docs.issued", 0), f("normative_docs.repealed", 0), f("normative_docs.amended", 0)] },
    // an item that says what became of it shares no verb of its list (不再作为…管理: no longer managed as such, not repealed)
    // a section on 备案审查 is on normative documents, its sentences naming them or not (予以备案登记: entered in the register);
    // a part by submitter with its share is no total
    { text: "一、备案审查情况\n2024年,经审查,予以备案登记22件,不予备案退回4件。已备案的文件中,县区报备的9件,占40.9%;市直部门报备的13件,占59.1%。", yields: [f("normative_docs.filed", 22)], not: ["normative_docs.filed=9", "normative_docs.filed=13", "normative_docs.filed=4"] },
    // two steps run together after the count (审查备案) each counted the documents, as before it (审查备案12件)
    { text: "全年完成12件部门规范性文件审查备案。", yields: [f("normative_docs.filed", 12), f("normative_docs.reviewed", 12)] },
    // a verb after a list's last item is each item's, where no later item has a verb of its own
    { text: "本年度,共对县直部门规范性文件4件、乡镇规范性文件3件进行备案。", yields: [f("normative_docs.filed", 4), f("normative_docs.filed", 3)] },
    { text: "经清理,保留县政府规范性文件13件、废止部门规范性文件4件予以公布。", yields: [f("normative_docs.retained", 13), f("normative_docs.repealed", 4)], not: ["normative_docs.retained=4"] },
    { text: "县直部门规范性文件4件、乡镇规范性文件3件尚未进行备案。", yields: [], not: ["normative_docs.filed=4"] },
    { text: "对现行规范性文件开展集中清理,决定废止27件、宣布失效8件、不再作为行政规范性文件管理36件。", yields: [f("normative_docs.repealed", 27), f("normative_docs.repealed", 8)], not: ["normative_docs.repealed=36"] },
    // none issued, with rules listed beside them
    { text: "加强信息资源管理,本年度未制发规章、行政规范性文件。", yields: [f("normative_docs.issued", 0)] },
    { text: "本年度我局没有出台新的行政规范性文件。", yields: [f("normative_docs.issued", 0)] },
    { text: "2024年度,本街道未制定行政法规文本、行政规范性文件。", yields: [f("normative_docs.issued", 0)] },
    // none issued, said after the documents (无行政规范性文件出台); not none put on record (无规范性文件备案)
    { text: "严格执行信息发布审核制度,全年无行政规范性文件出台及更新情况。", yields: [f("normative_docs.issued", 0)] },
    // documents added in the year are those issued (本年新增3件规范性文件), not added to a filing or a clean-up
    { text: "完善合法性审核机制,本年度我委新增3件规范性文件,均已报送备案。", yields: [f("normative_docs.issued", 3)] },
    // documents made (制作行政规范性文件N件, as a disclosure report's 本年制作数量), not the leaflets or lists made of them
    { text: "及时做好规范性文件梳理工作。2023年共制作行政规范性文件2件,发布政策解读3条。", yields: [f("normative_docs.issued", 2)] },
    { text: "2023年共制作行政规范性文件0件,发布规划1条。", yields: [f("normative_docs.issued", 0)] },
    // publicity made or handed out is no document issued, filed or reviewed, whatever verb stands before it
    { text: "围绕规范性文件备案审查制作宣传展板12块、解读图表5份。", yields: [] },
    { text: "加强规范性文件管理,全年印发宣传册300份、政策图解40份。", yields: [] },
    { text: "开展行政执法案卷评查,评查行政执法案卷资料120卷。", yields: [f("enforcement.case_files_reviewed", 120)] },
    { text: "全县“法律明白人”登记在册2000名。", yields: [f("legal_education.legal_literate_persons", 2000)] },
    { text: "本年度新增备案规范性文件5件。", yields: [f("normative_docs.filed", 5)], not: ["normative_docs.issued=5"] },
    // none among the documents issued; not among documents that were only reviewed
    { text: "对镇政府出台文件严格审核把关,全年23份文件中无行政规范性文件。", yields: [f("normative_docs.issued", 0)], not: ["normative_docs.issued=23"] },
    { text: "审查各部门报送的文件,其中41件文件中无规范性文件。", yields: [], not: ["normative_docs.issued=0"] },
    { text: "做好发布信息审核把关。2023年未发布行政规范性文件。", yields: [f("normative_docs.issued", 0)] },
    // a list of counts ending on rules (修改5件、废止25件市政府规章) counts rules, each of its items
    { text: "加强对行政规范性文件的监督管理。组织开展市政府规章、规范性文件清理工作,修改4件、废止21件市政府规章。", yields: [], not: ["normative_docs.amended=4", "normative_docs.repealed=21"] },
    // none issued, said with 没有
    { text: "定期进行清理。2021年没有制定规范性文件。", yields: [f("normative_docs.issued", 0)] },
    // a policy's explainers in pictures are products made of documents, no documents
    // minutes of meetings reviewed are no documents
    { text: "2023年,市本级完成行政规范性文件审查41件、备案30件,市政府专题会议议题纪要审查57件。", yields: [f("normative_docs.reviewed", 41), f("normative_docs.filed", 30)], not: ["normative_docs.reviewed=57"] },
    // matters counted after a clause on documents are no documents, whatever verb follows them
    { text: "对街道行政规范性文件、重要涉企文件等进行清理;街道法律顾问共对320件事项进行审查、咨询、评估。", yields: [], not: ["normative_docs.reviewed=320"] },
    // those sent out in the body's name
    { text: "2023年,以柳川县政府和县政府办公室名义印发的行政规范性文件共计11件。", yields: [f("normative_docs.issued", 11)] },
    // a legality review's written opinions turn the sentence to no other matter; reconsideration's opinion letters do
    { text: "2023年,共审查行政规范性文件15件,出具法制审核意见书15份,审结后以市政府(市政府办公室)名义印发14件。", yields: [f("normative_docs.reviewed", 15), f("normative_docs.issued", 14)] },
    { text: "2023年,审查行政规范性文件15件,发出行政复议意见书3份,印发4件。", yields: [f("normative_docs.reviewed", 15)], not: ["normative_docs.issued=4"] },
    { text: "全年制发规范性文件8件。同时发布《图读预算报告》和《带你了解电子票据》2篇政策简明问答图解。", yields: [f("normative_docs.issued", 8)], not: ["normative_docs.issued=2"] },
    // the next item of a list with its own object (制作发布51份政策解读产品) counts that object
    { text: "2024年,我区发布行政规范性文件34件、制作发布51份多元形式政策解读产品。", yields: [f("normative_docs.issued", 34)], not: ["normative_docs.issued=51"] },
    // figures of one id in a sentence that add up to one stated before are its parts
    { text: "全年共接收报备规范性文件27件。按时报备25件,逾期报备2件。", yields: [f("normative_docs.filed", 27)], not: ["normative_docs.filed=25", "normative_docs.filed=2"] },
    // or to one stated earlier in the same sentence
    { text: "2023年出台规范性文件共25件,按一般程序出台23件,适用简易程序出台2件。", yields: [f("normative_docs.issued", 25)], not: ["normative_docs.issued=23", "normative_docs.issued=2"] },
    // 其他原因 says why, not the rest of the things counted
    { text: "对存量文件开展清理,共清理出规范性文件88件,合规保留30件,其他原因废止58件。", yields: [f("normative_docs.cleaned", 88), f("normative_docs.retained", 30), f("normative_docs.repealed", 58)] },
    // the times a clean-up was run, then how many documents it took in
    { text: "2022年,县司法局组织清理规范性文件3次、210余件。", yields: [f("normative_docs.cleaned", 210, { qualifier: "over" })] },
    // the bodies that filed with the filing body are its filers, not a part of what it received
    { text: "2022年,县政府各部门及街道办事处向县司法局报送备案规范性文件29件。全年直接准予备案27件,纠正后准予备案的2件。", yields: [f("normative_docs.filed", 29)], not: ["normative_docs.filed=27"] },
    // a comma item stating the stock in force takes no verb of the list
    { text: "本年度制发规范性文件3件,现行有效规范性文件12件,本年度办理行政许可5210件。", yields: [f("normative_docs.issued", 3)], not: ["normative_docs.issued=12"] },
    // two steps every document passes, listed before one count, each counted it; the 其中 item is a part of it
    // the two steps run together, no joint between them, each count the same documents
    { text: "84件涉法事项纳入合法性审查,审核备案县本级规范性文件8件。", yields: [f("normative_docs.reviewed", 8), f("normative_docs.filed", 8)] },
    // drafts sent in for a legality review, however long the senders' names (收到…报送合法性审查的规范性文件14件): reviewed
    { text: "全年共收到市政府各部门及各镇(街道、管理区)报送合法性审查的规范性文件14件,均出具审查意见。", yields: [f("normative_docs.reviewed", 14)], not: ["normative_docs.filed=14"] },
    { text: "调取有关部门2023年以来的发文目录,与报备目录逐条比对1300余条,随机抽取规范性文件180余件进行审读。", yields: [], not: ["normative_docs.filed=180"] },
    // outcomes recommended, listed by 、 (建议修改2件、建议废止1件): each its outcome's count, no suggestions
    { text: "清理规范性文件11件,其中建议继续有效8件、建议修改2件、建议废止1件。", yields: [f("normative_docs.cleaned", 11), f("normative_docs.retained", 8), f("normative_docs.amended", 2), f("normative_docs.repealed", 1)] },
    // documents others sent in and a filing review took up (备案审查…报备文件, 报送的…开展备案审查): filed and reviewed, as 备案审查 alone;
    // the sending an attribute of what the review took up
    { text: "备案审查县区报备文件121件,纠正违法不当文件5件。", yields: [f("normative_docs.filed", 121), f("normative_docs.reviewed", 121)], not: ["normative_docs.reviewed=5"] },
    { text: "对区政府部门、镇街报送的规范性文件开展备案审查12件。", yields: [f("normative_docs.filed", 12), f("normative_docs.reviewed", 12)] },
    { text: "审查各县(市、区)政府报送备案的规范性文件64件。", yields: [f("normative_docs.reviewed", 64)] },
    { text: "完成县政府常务会议题合法性审查87件,备案审查行政规范性文件52件。", yields: [f("normative_docs.filed", 52), f("normative_docs.reviewed", 52)], not: ["normative_docs.reviewed=87"] },
    { text: "全年加强规范性文件管理,审查和备案规范性文件46件,其中审查县级规范性文件19件。", yields: [f("normative_docs.reviewed", 46), f("normative_docs.filed", 46)], not: ["normative_docs.reviewed=19"] },
    { text: "全年审查、备案区政府规范性文件23件。", yields: [f("normative_docs.reviewed", 23), f("normative_docs.filed", 23)] },
    // outcomes listed before one count sum theirs: no figure of either
    // 制修订 is made or revised, the documents issued: no count of those amended
    { text: "全年共制修订出台《柳川市农贸市场管理办法》《柳川市公共停车场收费办法》等6件行政规范性文件,并依法报备。", yields: [f("normative_docs.issued", 6)], not: ["normative_docs.amended=6"] },
    { text: "全年制修订行政规范性文件5件。", yields: [f("normative_docs.issued", 5)], not: ["normative_docs.amended=5"] },
    { text: "清理中保留、修改规范性文件41件。", yields: [], not: ["normative_docs.retained=41", "normative_docs.amended=41"] },
    // what a filing body receives is filed with it; drafts sent for review are reviewed
    { text: "县人大常委会在备案审查中,全年共收到规范性文件31件,督促政府修改2件。", yields: [f("normative_docs.filed", 31), f("normative_docs.amended", 2)] },
    { text: "2012年,市人民政府共向市人大常委会报送规范性文件19件,其中涉及城建方面7件。", yields: [f("normative_docs.filed", 19)], not: ["normative_docs.filed=7"] },
    { text: "全年共收到规范性文件送审稿26件,均按期完成合法性审核。", yields: [], not: ["normative_docs.filed=26"] },
    { text: "今年以来市司法局收到各部门报送合法性审查的规范性文件8件,并出具了审查意见。", yields: [f("normative_docs.reviewed", 8)], not: ["normative_docs.filed=8"] },
    // 清查 is a clean-up's examination
    { text: "对县政府2011年至2018年的规范性文件共计96件进行了清查,建议继续有效的21件,废止的18件。", yields: [f("normative_docs.cleaned", 96), f("normative_docs.retained", 21), f("normative_docs.repealed", 18)] },
    // local legislation is no normative document
    { text: "修订行政规范性文件管理办法。推动制定地方性法规3件、市政府规章4件,废止1件。", yields: [], not: ["normative_docs.repealed=1", "normative_docs.issued=4"] },
    { text: "全年共制定出台行政规范性文件14件。", yields: [f("normative_docs.issued", 14)] },
    // a second verb joined by 并 is what was also done to them; the clause's own verb says what the count is
    { text: "严格落实“三统一”制度,出台行政规范性文件5件并按规定进行合法性审核。", yields: [f("normative_docs.issued", 5)], not: ["normative_docs.reviewed=5"] },
    { text: "对34件规范性文件进行合法性审核。", yields: [f("normative_docs.reviewed", 34)] },
    // the higher laws' amendments a clean-up followed are no documents amended; those it found to amend are
    { text: "对照上位法修改情况清理规范性文件64件,废止5件、修改3件。", yields: [f("normative_docs.cleaned", 64), f("normative_docs.repealed", 5), f("normative_docs.amended", 3)], not: ["normative_docs.amended=64"] },
    // drafts to be sent to the government, checked first, were not filed
    { text: "对拟报送区政府的行政规范性文件草案进行初审3件。", yields: [f("normative_docs.reviewed", 3)], not: ["normative_docs.filed=3"] },
    // documents an aside says the clean-up left out of its scope
    { text: "本次共对142件规范性文件进行了评估清理(另有5件因施行不满一年,暂不纳入本次清理范围)。", yields: [f("normative_docs.cleaned", 142)], not: ["normative_docs.cleaned=5"] },
    // those whose issue a review held back (暂缓印发) were not issued
    { text: "全年审核规范性文件30件,其中审核后出台27件,退回起草单位修改或暂缓出台3件。", yields: [f("normative_docs.reviewed", 30), f("normative_docs.issued", 27)], not: ["normative_docs.issued=3", "normative_docs.amended=3"] },
    { text: "对县政府拟印发的规范性文件审核11件,其中审核后印发8件,暂缓印发3件。", yields: [f("normative_docs.reviewed", 11), f("normative_docs.issued", 8)], not: ["normative_docs.issued=3"] },
    // documents still to be issued (拟印发) are reviewed, not issued, and 开展 says what was done to them as 进行 does
    { text: "全年对区政府及区政府办公室拟印发的行政规范性文件19件开展合法性审核,提出修改意见54条。", yields: [f("normative_docs.reviewed", 19)], not: ["normative_docs.issued=19"] },
    // 规范性审查, the review of normative documents said short
    { text: "全年办理各类规范性审查业务316件。", yields: [f("normative_docs.reviewed", 316)] },
    { text: "合法性审核规范性文件五十二件,审核率100%。", yields: [f("normative_docs.reviewed", 52)] },
    { text: "向市人大常委会报备规范性文件9件,报备率、及时率均为100%。", yields: [f("normative_docs.filed", 9)] },
    // what a filing body receives is filed with it; those who issued them are no verb, and a split by issuer is no figure
    { text: "截至10月,县人大常委会共接收“一府一委两院”规范性文件7件。", yields: [f("normative_docs.filed", 7)] },
    {
      text: "2025年,共接收各制定机关报备的规范性文件22件,其中县政府制定的规范性文件6件,各乡镇人大作出的决议12件、制定的规范性文件1件。",
      yields: [f("normative_docs.filed", 22)],
      not: ["normative_docs.issued=22", "normative_docs.issued=6", "normative_docs.issued=1"],
    },
    {
      text: "2024年,共接收报送备案的规范性文件37件,其中市政府制定的规范性文件14件,市监察委员会制定的规范性文件2件。",
      yields: [f("normative_docs.filed", 37)],
      not: ["normative_docs.issued=14", "normative_docs.issued=2"],
    },
    // the verb after a 、 is the next item's (保留…21件、废止…6件)
    {
      text: "开展行政规范性文件集中评估清理,保留行政规范性文件21件、废止行政规范性文件6件、完成新增3件规范性文件备案。",
      yields: [f("normative_docs.retained", 21), f("normative_docs.repealed", 6), f("normative_docs.filed", 3)],
      not: ["normative_docs.repealed=21", "normative_docs.filed=6"],
    },
    { text: "审查规范性文件15件,其中市政府制定的9件,市政府部门制定的6件。", yields: [f("normative_docs.reviewed", 15)], not: ["normative_docs.issued=9", "normative_docs.issued=6"] },
    // 备案审查, filing and the review of what was filed run together: both steps, each of the same documents
    { text: "规范性文件备案审查17件。", yields: [f("normative_docs.reviewed", 17), f("normative_docs.filed", 17)] },
    { text: "完成对7份部门规范性文件的备案审查。", yields: [f("normative_docs.filed", 7), f("normative_docs.reviewed", 7)] },
    // a filing review closed (审结…报备的规范性文件) is a review; the filed documents are what it reviewed
    { text: "全年共审结44件报备的规范性文件,准予备案41件。", yields: [f("normative_docs.reviewed", 44), f("normative_docs.filed", 41)], not: ["normative_docs.filed=44"] },
    // with no verb right before the count, the verb before 的 says what it counts
    { text: "开展规范性文件清理,清理出《减排方案》和《规划的通知》等2件需要废止的规范性文件。", yields: [f("normative_docs.repealed", 2)], not: ["normative_docs.cleaned=2"] },
    // nor those still valid listed with those valid but to be amended (有效和有效拟修改): one count of both
    { text: "共清理规范性文件640件,其中有效和有效拟修改文件418件。", yields: [f("normative_docs.cleaned", 640)], not: ["normative_docs.amended=418"] },
    { text: "经清理,保留下来的有效和有效拟修改文件共213件。", yields: [], not: ["normative_docs.retained=213", "normative_docs.amended=213"] },
    // a class of documents counted with the normative documents (规范性文件和政策措施类文件) is no class of them: the whole
    { text: "此次评估清理共涉及区政府规范性文件和政策措施类文件356件。", yields: [f("normative_docs.cleaned", 356)] },
    // documents sent for a filing review (报送…备案审查文件) were filed by the sender and with the receiver; no review of theirs is told
    { text: "2023年报送市人大常委会备案审查文件11件,收到县政府报送备案审查文件6件。", yields: [f("normative_docs.filed", 11), f("normative_docs.filed", 6)], not: ["normative_docs.reviewed=11", "normative_docs.reviewed=6"] },
    // two outcomes joined by 或 are one count of both, no figure of either
    { text: "经清理,全县应予废止或修改的规范性文件9件。", yields: [], not: ["normative_docs.repealed=9", "normative_docs.amended=9"] },
    // some of the documents reviewed, told by what follows (中有3件内容违法): no count of reviews
    { text: "群众提请审查的规范性文件中有3件内容违法。", yields: [], not: ["normative_docs.reviewed=3"] },
    { text: "集中清理规范性文件136件,其中保留98件、修改12件、废止26件。", yields: [f("normative_docs.cleaned", 136), f("normative_docs.retained", 98), f("normative_docs.amended", 12), f("normative_docs.repealed", 26)] },
    { text: "开展规范性文件专项清理,共梳理文件200余件,宣布失效15件。", yields: [f("normative_docs.cleaned", 200, { qualifier: "over" }), f("normative_docs.repealed", 15)] },
    { text: "印发规范性文件3件,较2022年的8件明显减少。", yields: [f("normative_docs.issued", 3)], not: ["normative_docs.issued=8"] },
    { text: "清理规范性文件XX件。", yields: [] },
    // a sentence inheriting the topic counts its own noun: cases reviewed are no documents reviewed
    { text: "执行行政规范性文件合法性审核和定期清理制度。全年召开案件审议会议9次,共对31件行政处罚案件进行法制审核。", yields: [], not: ["normative_docs.reviewed=31"] },
    { text: "开展行政规范性文件清理工作。经清理,共有12件予以废止,8件予以修改。", yields: [f("normative_docs.repealed", 12), f("normative_docs.amended", 8)] },
    { text: "新修订规范性文件管理办法,印发2023年度立法计划,共15项。", yields: [] },
    { text: "全面清理涉及营商环境的规范性文件,共计48件。", yields: [f("normative_docs.cleaned", 48)] },
    // the documents a clean-up took up, counted in the clause after it
    { text: "2023年,全县共开展规范性文件清理,涉及文件128件,其中废止9件。", yields: [f("normative_docs.cleaned", 128), f("normative_docs.repealed", 9)] },
    // documents in force reviewed are cleaned up, not reviewed as drafts
    { text: "对原有5件行政规范性文件进行审核,决定保留3件、废止2件。", yields: [f("normative_docs.cleaned", 5), f("normative_docs.retained", 3), f("normative_docs.repealed", 2)] },
    { text: "全面审查现行有效规范性文件38件。", yields: [f("normative_docs.cleaned", 38)], not: ["normative_docs.reviewed=38"] },
    { text: "对各乡镇已出台的15件规范性文件进行备案审查。", yields: [f("normative_docs.filed", 15), f("normative_docs.reviewed", 15)], not: ["normative_docs.cleaned=15"] },
    // a list's verb of two acts (修改、废止) counts both in each item: no figure of either
    { text: "全年共修改、废止政府规章21件、行政规范性文件356件。", yields: [], not: ["normative_docs.repealed=356", "normative_docs.amended=356"] },
    // and so does the pair run together with nothing between (修改废止); a clean-up and its outcome (清理废止) are those repealed
    { text: "对现行有效的规范性文件开展清理,推动修改废止38件。", yields: [], not: ["normative_docs.repealed=38", "normative_docs.amended=38"] },
    { text: "开展全面评估清理工作2次,清理废止规范性文件5份。", yields: [f("normative_docs.repealed", 5)] },
    // a drive (集中) after the cue is no frame of cases among which some are counted
    { text: "全年共审查集中报送的规范性文件46件。", yields: [f("normative_docs.reviewed", 46)] },
    // a cap set (不超过) is a goal
    { text: "全年以市政府名义出台规范性文件不超过12件,备案审查率100%。", yields: [], not: ["normative_docs.issued=12"] },
    // …and two clauses after it, the clause between saying what was done to them
    { text: "全年组织开展规范性文件专项清理,对现行文件逐件进行梳理,共涉及文件73份,其中宣布失效6份。", yields: [f("normative_docs.cleaned", 73), f("normative_docs.repealed", 6)] },
    // a 类 inside an aside closed before the count names no category of it
    {
      text: "此次清理范围为以区政府名义发布、现行有效的行政规范性文件(包括一般和暂行(试行)类)共64件。清理结果为:保留45件,宣布失效16件,拟修改3件。",
      yields: [f("normative_docs.cleaned", 64), f("normative_docs.retained", 45), f("normative_docs.repealed", 16), f("normative_docs.amended", 3)],
    },
    { text: "审核规范性文件时提出修改意见45条。", yields: [] },
    { text: "规范性文件制定程序执行率100%。", yields: [] },
    { text: "发布《关于印发2023年规范性文件制定计划的通知》(魏政办〔2023〕12号)。", yields: [] },
    { text: "规范性文件备案审查率、纠错率均为100%,同比提高5个百分点。", yields: [] },
    { text: "区政府出台行政规范性文件6件,其中涉及市场主体的占33%。", yields: [f("normative_docs.issued", 6)] },
    { text: "经审查,拟废止的规范性文件有11件,拟修改的4件。", yields: [f("normative_docs.repealed", 11), f("normative_docs.amended", 4)] },
    { text: "审核各类规范性文件和合同共计58件。", yields: [], not: ["normative_docs.reviewed=58"] },
    // an item of a list naming other things of its own takes no topic from the item before it
    { text: "全年对规范性文件4件、重大税务案件审理事项23件、各类协议17份开展合法性审核。", yields: [f("normative_docs.reviewed", 4), f("contracts.reviewed", 17)], not: ["normative_docs.reviewed=23"] },
    // documents amended and issued again in a clean-up are no documents issued in the year
    { text: "本次共清理规范性文件140件,继续保留102件,修改后重新印发11件,宣布废止27件。", yields: [f("normative_docs.cleaned", 140), f("normative_docs.retained", 102), f("normative_docs.amended", 11), f("normative_docs.repealed", 27)], not: ["normative_docs.issued=11"] },
    // penalties filed and reviewed are no documents, whatever topic the clause before named
    { text: "强化涉及行政处罚的备案审查监督,对87件涉企重大行政处罚进行了备案审查。", yields: [], not: ["normative_docs.filed=87", "normative_docs.reviewed=87"] },
    // those a review let on file are the ones it passed, no count reviewed
    { text: "全年收到报送备案的规范性文件84件,经审查予以备案79件,责令纠正5件。", yields: [f("normative_docs.filed", 84)], not: ["normative_docs.reviewed=79"] },
    // a count before two domains' nouns joined counts both: no figure of either
    { text: "对41件规范性文件和合同开展合法性审核。", yields: [], not: ["normative_docs.reviewed=41"] },
    { text: "法律顾问对县政府170余项重大决策和重大合同出具审核意见。", yields: [], not: ["major_decisions.count=170"] },
    // a total of items of several domains listed with 、: one count of all
    { text: "审查规范性文件和各类招商引资、政府采购合同共512份。", yields: [], not: ["contracts.reviewed=512", "normative_docs.reviewed=512"] },
    { text: "2025年区民政局规范性文件全面清理后6个文件继续有效。", yields: [f("normative_docs.retained", 6)], not: ["normative_docs.cleaned=6"] },
    { text: "对64件文件逐一核查,按照审查意见确定继续有效的规范性文件23件,废止的规范性文件11件。", yields: [f("normative_docs.retained", 23), f("normative_docs.repealed", 11)], not: ["normative_docs.reviewed=23"] },
    { text: "法律顾问审查重要文件。全年完成重大议题合法性审查2件。", yields: [] },
    { text: "本区现行以区政府名义制发的规范性文件共有173件,部分已不再适用。", yields: [], not: ["normative_docs.issued=173"] },
    // documents issued over years that a clean-up took up, named after the clause of its verb, were not issued in the year
    { text: "2023年制定规范性文件2件;按照统一部署集中清理自2018年以来,以市政府名义印发的规范性文件共9件,局机关印发的规范性文件共15件,其中3件拟废止。", yields: [f("normative_docs.issued", 2), f("normative_docs.repealed", 3)], not: ["normative_docs.issued=9", "normative_docs.issued=15"] },
    { text: "2023年以市政府名义印发的规范性文件共9件。", yields: [f("normative_docs.issued", 9)] },
    // none made by the departments under the body is no zero of the body's own
    { text: "2024年审查区政府规范性文件5件。2024年区直部门和各街道未制定规范性文件。", yields: [f("normative_docs.reviewed", 5)], not: ["normative_docs.issued=0"] },
    { text: "2025年未制定规范性文件,对保留的5件政策性文件开展合规性审查。", yields: [f("normative_docs.issued", 0)], not: ["normative_docs.retained=5"] },
    { text: "2024年,区司法局未印制行政规范性文件。", yields: [f("normative_docs.issued", 0)] },
    // after a means (经审查), what it found them to be is what the count counts
    { text: "清理政府规范性文件44件,经审查确认继续执行的35件、废止的6件、失效的3件。", yields: [f("normative_docs.cleaned", 44), f("normative_docs.retained", 35), f("normative_docs.repealed", 6), f("normative_docs.repealed", 3)], not: ["normative_docs.reviewed=35"] },
    { text: "截至3月17日,市政府制发的11件规范性文件尚未报送备案。", yields: [], not: ["normative_docs.filed=11"] },
    { text: "本次清理的结论是:142件规范性文件继续有效,4件规范性文件继续有效但要及时修改,29件规范性文件予以废止。", yields: [f("normative_docs.retained", 142), f("normative_docs.amended", 4), f("normative_docs.repealed", 29)], not: ["normative_docs.retained=4"] },
    { text: "对实施2年以上的规范性文件开展后评估,其中拟废止3件,宣布失效1件,继续施行6件。", yields: [f("normative_docs.repealed", 3), f("normative_docs.repealed", 1), f("normative_docs.retained", 6)] },
    { text: "关于规范性文件清理。对需继续执行的规范性文件19件宣布继续有效。", yields: [f("normative_docs.retained", 19)] },
    { text: "关于规范性文件清理。经清理,省政府决定,对不适应经济社会发展的1830件省政府文件宣布失效。", yields: [f("normative_docs.repealed", 1830)] },
    // those listed for amendment or repeal
    { text: "对现行规范性文件进行全面清理,经过梳理,9件列入修订,14件列入废止。", yields: [f("normative_docs.amended", 9), f("normative_docs.repealed", 14)] },
    { text: "市政府公布了行政规范性文件清理结果,28件文件被废止,31件文件宣布失效,19件文件限期修改。", yields: [f("normative_docs.repealed", 28), f("normative_docs.repealed", 31), f("normative_docs.amended", 19)], not: ["normative_docs.cleaned=28"] },
    // the stock sorted out is no clean-up count; cleaning the documents in force is
    { text: "梳理现行有效行政规范性文件7件、废止2件。", yields: [f("normative_docs.cleaned", 7), f("normative_docs.repealed", 2)] },
    { text: "2024年,全区梳理涉企现行有效规范性文件52件。", yields: [f("normative_docs.cleaned", 52)] },
    // reviewing and issuing, listed together, each counted the same documents
    { text: "2024年,依规审查、制定县管委会规范性文件3份并报送备案。", yields: [f("normative_docs.reviewed", 3), f("normative_docs.issued", 3)] },
    { text: "全面梳理了现行有效的208件行政规范性文件,确定了拟修改3件、拟废止4件涉及营商环境的行政规范性文件。", yields: [f("normative_docs.cleaned", 208), f("normative_docs.amended", 3), f("normative_docs.repealed", 4)] },
    { text: "全面清理现行有效规范性文件320件,其中保留260件。", yields: [f("normative_docs.cleaned", 320), f("normative_docs.retained", 260)] },
    // documents that are not normative, counted as legal affairs
    { text: "审查区政府常务会纪要、其他非规范性文件等涉法事项52件。", yields: [], not: ["normative_docs.reviewed=52"] },
    // a verb inside an aside (含新制定4件,修改14件) is not the list's
    { text: "全年共审查政府规章15件(含新制定3件,修改12件)、行政规范性文件326件。", yields: [], not: ["normative_docs.amended=326"] },
    // 审查部门规范性文件: the departments' documents reviewed, not a department reviewing
    { text: "全年审查市政府规范性文件19件,审查部门规范性文件33件。", yields: [f("normative_docs.reviewed", 19), f("normative_docs.reviewed", 33)] },
    // the issuers of the documents listed after one verb are no bodies that counted them (市政府部门规范性文件36件)
    { text: "2019年审查备案市政府规范性文件7件,市政府部门规范性文件41件,县区政府规范性文件23件。", yields: [f("normative_docs.reviewed", 7), f("normative_docs.reviewed", 41), f("normative_docs.reviewed", 23), f("normative_docs.filed", 7), f("normative_docs.filed", 41), f("normative_docs.filed", 23)] },
    // what was not taken into the clean-up was not cleaned
    { text: "此次清理还囊括了2019年以前发布但未纳入清理范围的6件市政府其他文件。", yields: [], not: ["normative_docs.cleaned=6"] },
    // a clean-up's outcomes named as classes
    { text: "对照行政规范性文件清理结果,公开继续有效类86件、修改类5件、废止类3件。", yields: [f("normative_docs.retained", 86), f("normative_docs.amended", 5), f("normative_docs.repealed", 3)] },
    // documents sent for review (报送审核的文件) were reviewed, not filed: the verb of sending says what they were sent for
    { text: "市政府法制办全年审核规范性文件48件,承办各部门报送审核的文件81件。", yields: [f("normative_docs.reviewed", 48), f("normative_docs.reviewed", 81)], not: ["normative_docs.filed=81"] },
    // documents issued up to a date that a clean-up took up are its stock, not the year's issuing; those issued since the year began are its own
    { text: "2024年,今年以来印发的15件规范性文件均已报送备案。", yields: [f("normative_docs.issued", 15), f("normative_docs.filed", 15)] },
    { text: "区政府组织开展全区行政规范性文件清理工作,对2024年6月30日前印发的138件现行有效的行政规范性文件进行了全面清理。", yields: [f("normative_docs.cleaned", 138)], not: ["normative_docs.issued=138"] },
  ]);
});
