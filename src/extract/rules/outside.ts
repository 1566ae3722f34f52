/**
 * Topics outside the catalogue. A count whose topic is one of these (信访,
 * 非诉执行, 司法建议, 典型案例, 法律援助 …) is no figure, whatever verb stands near
 * it, and a sentence that turns to one of them hands no catalogue topic on.
 * Not a domain of the catalogue: it has no rules and lists no metrics.
 */
import type { Domain } from "./types.js";

export const outsideCatalogue: Domain = {
  name: "outside",
  label: "目录外事项",
  topic:
    /信访|来信来访|非诉[^,;:。\d]{0,8}?(?:执行|审查)|司法建议|检察建议|(?:复议|行政)?(?:意见书|建议书)|典型案例|法律援助|国家赔偿|行政赔偿|信息公开申请|政府信息公开申请|投诉举报|举报投诉|公证|刑事案件|民事案件|执行案件|(?:合同|借款|金融|商事|民事|劳动)纠纷案件/,
  rules: [],
  checks: [],
};
