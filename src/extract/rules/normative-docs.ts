/** Normative documents (规范性文件): issued, reviewed, filed, and the clean-up's outcome. */
import type { Domain } from "./types.js";

/** What is done to the documents, listed after 未 (未制发、废止、修改行政规范性文件: none of each). */
const DOCUMENT_VERBS = "制定|制发|出台|印发|发布|修改|修订|废止";

/** None done by one of `verbs`, alone or among the others listed (未制发、废止、修改行政规范性文件). */
function noneDone(verbs: string): RegExp {
  return new RegExp(String.raw`(?:未|没有)(?:(?:${DOCUMENT_VERBS})[、和及与或])*(?:${verbs})(?:[、和及与或](?:${DOCUMENT_VERBS}))*(?:行政)?规范性文件`);
}

/** Documents in force, which a review takes up to clean them up (现行有效, 原有); not those just issued, whose filing a superior reviews. */
const DOCUMENTS_IN_FORCE = /(?:现行|原有|现有)(?:有效的?)?[^,;:。]{0,16}$/;

export const normativeDocs: Domain = {
  name: "normative_docs",
  label: "规范性文件",
  // not 非规范性文件, the documents that are not; 规范性审查 says their review short
  // 备案审查 alone (一、备案审查情况) is the filing and review of normative documents, and documents filed (备案文件, 备案部门文件)
  // are such documents; 规范性政策性文件 names them with policy documents
  topic: /(?<!非)规范性文件|规范性[、和及与]?政策性文件|红头文件|规范性(?=审查|审核)|备案审查|备案[^,;:。\d]{0,4}?文件/,
  // documents named as other than these (其他涉法文件, 其他文件, 非规范性文件) are not theirs
  objects: /(?<!涉法|其他|其它|非规范性)文件/,
  rules: [
    {
      id: "normative_docs.repealed",
      label: "废止(失效)规范性文件数",
      unit: "count",
      wording: "废止 · 失效",
      // not what had lapsed already when cleaned up (清理已失效文件2件: cleaned)
      before: /废止|(?<!清理[^,;:。\d]{0,3})失效|废除|取消/,
      // 2274件省政府文件宣布失效, 5件列入废止
      // 97个文件被宣布废止: two of those words may stand between; the documents named at length by whose they are
      // (35份区政府及政府办公室行政规范性文件予以废止)
      after: /^(?:[^,;。]{0,16}?文件)?(?:予以|拟|建议|宣布|被|列入|列为){0,2}(?:废止|失效|废除)/,
      zero: noneDone("废止"),
      laterVerb: /(?:予以|拟|建议|宣布)?(?:废止|失效|废除)/,
    },
    {
      id: "normative_docs.amended",
      label: "修改规范性文件数",
      unit: "count",
      wording: "修改 · 修订",
      // not 制修订, made or revised: the documents issued; nor those valid listed with those to be amended (有效和有效拟修改文件: one count of both);
      // nor drafts a review sent back to be revised (审核中被退回修改的有7件, 退回起草单位修改2件), nor the higher laws' amendments a
      // clean-up followed (对照上位法修改情况清理…93件: cleaned)
      before: /(?<!有效[^,;。\d]{0,4}[和及与、或][^,;。\d]{0,4}|退回[^,;。\d]{0,8}|上位法)修改(?!情况)|(?<!制|上位法)修订(?!情况)/,
      // 25件文件限期修改, 7件列入修订
      after: /^(?:[^,;。]{0,16}?文件)?(?:予以|拟|需|需要|建议|限期|列入|列为)?(?:修改|修订)/,
      zero: noneDone("修改|修订"),
      laterVerb: /(?:予以|拟|需要?|建议)?(?:修改|修订)/,
    },
    {
      id: "normative_docs.retained",
      label: "保留规范性文件数",
      unit: "count",
      wording: "保留",
      // not those kept with those to be amended (保留下来的有效和有效拟修改文件: one count of both)
      // not those an earlier year's clean-up kept (其中2016年清理后保留的412件), a part of those gone through now; nor those kept once
      // amended (修改后保留6件): amended
      before: /(?<!\d{4}年度?[^,;。\d]{0,6}|(?:修改|修订)后)保留(?![^,;。\d]{0,12}?(?:修改|修订))|继续有效|继续执行|继续施行/,
      // not those kept to be amended (4件继续有效但要及时修改)
      // or confirmed valid (对其中134件确认有效)
      after: /^(?:[^,;。]{0,16}?文件)?(?:予以|拟|建议|宣布)?(?:保留|继续有效|继续施行|确认(?:为)?有效)(?![^,;。]{0,4}(?:修改|修订))/,
      laterVerb: /(?:予以|拟|建议|宣布)?(?:保留|继续有效|继续施行|确认(?:为)?有效)(?![^,;。]{0,4}(?:修改|修订))/,
    },
    {
      id: "normative_docs.filed",
      label: "规范性文件备案数",
      unit: "count",
      stage: true,
      wording: "备案 · 报备 · 接收 · 收到 · 报送",
      // not 备案审查, the review of what was filed (备案审核 names the filing itself), nor 备案 naming what a review took up
      // (审查党内备案文件9件);
      // what a filing body receives is filed with it (区人大常委会共接收…规范性文件4件, 共收到规范性文件282件), not drafts sent for review
      // or to be sent (对拟报送区政府的…文件草案进行初审2件)
      // and documents sent for a filing review (报送市人大常委会备案审查文件13件) were filed, not sent for a review of drafts
      // nor those a review of the filed ones corrected (报备文件审查纠错4件): some of those filed; nor the catalogue of those filed
      // a survey compared other things with (与报备目录逐条比对1300余条,随机抽取规范性文件180余件)
      before: /(?:(?<!(?:审查|审核)[^,;。\d、和及与]{1,6})备案|(?<!审查[^,;。\d]{0,12})报备)(?!审查|范围|目录|[^,;。\d]{0,8}?纠[错正])|接收|(?:收到|(?<!拟)报送)(?![^,;。]{0,30}?(?:送审|(?<!备案)审查|审核|初审))/,
      laterVerb: /(?:备案|报备)/,
    },
    {
      id: "normative_docs.cleaned",
      label: "清理规范性文件数",
      unit: "count",
      wording: "清理 · 清查 · 梳理 · 排查 · 核查 · 核对",
      // the documents in force it went through, their count after them or before them (梳理涉企现行有效规范性文件52件;
      // 全面梳理了现行有效的336件行政规范性文件,确定了拟修改2件…), a list of what it did with them after the count too
      // or checked one by one (对…下发的1346件文件进行了核对)
      // not those an earlier clean-up kept (其中2016年清理后保留的412件, 2012年常规清理保留下来的…436件), a part of those gone through now, nor those in force
      // gathered to be published (梳理公开现行有效行政规范性文件8件): the stock on show
      before: /清理(?!后|保留)|清查|梳理(?!并?(?:公开|公布))|排查|核查|核对/,
      laterVerb: /清理|清查|梳理|核查|核对/,
      // the documents in force reviewed as they are cleaned up (对…15件规范性文件进行了梳理和审查) were not reviewed as drafts
      stepsWithin: ["normative_docs.reviewed"],
      takesStock: true,
      // nor are those in force reviewed alone (对原有2件行政规范性文件进行审核; 审查现行有效规范性文件45件): a clean-up
      insteadOf: { ids: ["normative_docs.reviewed"], before: DOCUMENTS_IN_FORCE },
    },
    {
      id: "normative_docs.reviewed",
      label: "规范性文件合法性审核数",
      unit: "count",
      stage: true,
      wording: "(合法性)审核 · 审查 · 初审 · (备案审查)审结",
      // not 审核意见, the opinion issued on them, nor 审查范围, the scope suggestions may fall in; a filing review closed
      // (审结…报备的规范性文件) is a review, and so is a first pass (初审)
      // nor applications or suggestions for a review (答复3件…规范性文件审查申请)
      // nor a filing review the documents were sent for (报送…备案审查文件13件): the receiver's to do
      // nor those a review let on file or on the register (经审查予以备案149件, 经审查准予登记45件): some of those reviewed, the ones it passed
      // nor the review a count's issuing verb follows (经审核印发5件, 经审查出台6件): that verb's, the one right before the count;
      // nor those a review corrected or found wanting (备案审查纠错3件, 在备案审查中督促纠正问题文件2件, 备案审查发现存在问题的文件2件), or sent back (审核中被退回修改的有7件): some of those reviewed
      before: /审核(?!意见|范围|(?:印发|出台|发布|制发)|纠[错正]|中?被?(?:退回|退改))|(?<!(?:报送|报请|提请|提交|送交|呈报)[^,;。\d的]{0,14}?备案)审查(?!意见|申请|建议|范围|后?(?:予以|准予|同意)(?:备案|登记)|(?:印发|出台|发布|制发)|[中后]?(?:发现并?)?(?:督促|责令|要求)?纠[错正]|中?发现[^,;。\d]{0,6}?问题)|把关|审结|初审/,
      // not the opinions a review issued on some of them (其中3件经提出书面审查意见后,制定机关已作修改): those amended
      laterVerb: /审核(?!意见)|审查(?!申请|建议|意见)|把关|初审/,
    },
    {
      id: "normative_docs.issued",
      label: "制定(出台)规范性文件数",
      unit: "count",
      // each document issued was drafted and reviewed first: reviewed and issued, listed together (审查、制定…2份), each counted it
      stage: true,
      wording: "出台 · 制定 · 印发 · 发布",
      // not the stock in force (印发的现行规范性文件共214件, 现行以区政府名义制发的…共有173件); those added in the year right before
      // them (新增3件规范性文件, 新增规范性文件3件), not added to a filing (新增备案规范性文件5件), where 新增 is read alone as a verb
      // joined to the cue after it: not at the start of what is read
      // not the bodies that issue them (各制定机关报备的规范性文件22件 were filed), nor laws or policies issued that the documents
      // must follow (与新出台的法律法规不一致的规范性文件15件: those to amend)
      // 本年新制作数量: a disclosure report's table header for those issued in the year, and 制作 right before the documents in its
      // sentences; 以县政府名义发文的…文件共25件: those it sent out; not a label of whose the documents are (委发文件22件, 府发文件)
      // an issuing verb's 的 is read with it where it makes the verb an attribute of the documents counted (…名义印发的规范性文件共6件,
      // …部门发布的186件规范性文件); not those still to be issued (拟印发的行政规范性文件23件开展合法性审核: reviewed)
      // nor those amended and issued again in a clean-up (修改后重新印发14件: amended), nor those whose issue a review held back (暂缓印发2件)
      // the year's documents a disclosure report says it published (主动公开市政府和市政府办公厅行政规范性文件42件), not the stock in force
      // put on show (公开现行有效行政规范性文件8件) nor drafts put out for comment (公开征求意见), nor other documents published with them
      // (公开管委会文件、部门文件及规范性文件共6件)
      before: /(?<!(?:现行|现有)[^,;。]{0,12})(?<!拟|暂缓|暂不|不予|(?:修改|修订)后(?:重新)?)(?:出台|制定|印发|发布|制发|下发|(?<![委府政局厅办])发文|制修订|新\s?制作|制作(?=(?:行政)?规范性文件)|(?<!^)新增(?=(?:行政)?规范性文件[^,;。\d]{0,4}$|\s*$)|(?<!依申请|征求意见|梳理)公开(?!征求)(?![^,;。\d]{0,20}?文件[、和及与][^,;。\d]{0,12}?规范性文件)(?=[^,;。\d]{0,20}?规范性文件))(?!机关|主体|的?(?:法律|法规|上位法|上级政策|政策))(?![^,;。]*现行)(?:的(?=[^,;。\d]{0,16}?文件|\s*$))?/,
      // documents so issued that a clean-up earlier in the sentence's stretch took up (集中清理自…以来,以市政府名义印发的规范性文件共9件), or
      // gathered for one (收集了…发布的186件规范性文件), are those in force it went through, not those issued in the year
      onlyAfter: { cue: /的$/, before: /(?:^|[;；])(?![^;；]*(?:清理|清查|梳理|收集|汇总|整理))[^;；]*$/ },
      // none issued, rules or regulations listed beside them or not (未制发规章、行政规范性文件, 未制定部门规章及行政规范性文件, 未制定行政法规文本、行政规范性文件,
      // 未发布行政规范性文件, 没有出台新的行政规范性文件), or none among the
      // documents issued (对…出台文件审核把关,全年23份文件中无行政规范性文件), or said after them (无行政规范性文件出台); that one is read back from its 无, as a
      // pattern opening on a look-behind is tried at every character of the body (twice the bench's time per report)
      zero: new RegExp(
        String.raw`(?:未|没有)新?(?:制定|出台|印发|制发|印制|发布)(?:出台|印发)?(?:新的?)?(?:(?:(?:政府|部门)?规章|(?:行政)?法规(?:文本)?)[、和及与或])?(?:行政)?规范性文件|${noneDone("制定|制发|出台|印发|发布").source}|(?:无|没有)(?<=(?:出台|制发|印发|发文)[^。]{0,30}\d\s*[份件]文件中(?:无|没有))(?:行政)?规范性文件|无(?:行政)?规范性文件(?:出台|制发|印发|发布)`,
      ),
    },
  ],
  checks: [
    {
      kind: "sum",
      rule: "cleanup_parts_sum_to_cleaned",
      whole: "normative_docs.cleaned",
      parts: ["normative_docs.retained", "normative_docs.amended", "normative_docs.repealed"],
    },
  ],
};
