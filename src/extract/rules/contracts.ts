/** Contracts and agreements given legality review (合同). */
import type { Domain } from "./types.js";

/** Documents of any kind (not 规范性文件) named right before the contracts with them: 文件和合同, 拟出台的文件、拟签订的合同. */
const AFTER_DOCUMENTS = String.raw`(?<!规范性)文件[和及与、][\u4e00-\u9fff]{0,6}`;

export const contracts: Domain = {
  name: "contracts",
  label: "合同",
  // not 和解协议/调解协议 or an agreement reached (经调解达成协议8269件): what a settlement or a mediation ends in, nor 协议履行率, how well those are kept, nor 协议金额,
  // the sum they settled; nor workers' labour contracts (帮助务工人员审查劳动合同50余份), which are no contracts of a government's; nor
  // contracts named after documents of any kind (审核文件和合同共71件, 拟出台的文件、拟签订的合同, 各类文件、协议418件), a mixed count of both
  topic: new RegExp(String.raw`(?<!劳动|劳务|用工|${AFTER_DOCUMENTS})合[同约]|(?<!和解|调解|达成|${AFTER_DOCUMENTS})协议(?!履行率|(?:涉及)?(?:总)?金额)`),
  rules: [
    {
      id: "contracts.reviewed",
      label: "合同合法性审核数",
      unit: "count",
      wording: "合同(协议)审核/审查N件/份",
      // not those a review found at fault (审查出违法合同10多件): some of the reviewed; nor firms' or the people's own contracts a
      // service reviewed for them (帮助企业审查合同210份, 审查企业合同1450余份, 帮助果农审查农资购销合同210份, 为村集体审查经济合同264份):
      // no contracts of the government's
      before: /(?<!(?:帮助|为|替|协助)[^,;。\d]{0,16}?(?:企业|群众|村民|农户|果农|农民|居民|村集体|村级组织|个体工商户|市场主体)[^,;。\d]{0,8}?)(?:审核|审查)(?!出|企业)|把关|审签/,
      laterVerb: /(?:审核|审查)(?!出)|把关/,
    },
  ],
  checks: [],
};
