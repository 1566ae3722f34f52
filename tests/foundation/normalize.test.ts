/** Normalization and the offset map back to the input, as tables. */
import { describe, expect, it } from "vitest";
import { FOLDED_WITHOUT_SIMPLIFYING, foldCodePoint, foldText } from "../../src/normalize/fold.js";
import { identityOrigin } from "../../src/normalize/origin.js";
import { isWhiteSpace, normalize } from "../../src/normalize/index.js";

describe("analysis text", () => {
  it.each([
    ["full-width digits and ％", "败诉率１２.７％", "败诉率12.7%"],
    ["full-width punctuation", "（一）加强领导，狠抓落实：", "(一)加强领导,狠抓落实:"],
    ["ideographic and non-breaking spaces", "一、\u3000工作\u00a0情况", "一、 工作 情况"],
    ["carriage returns", "第一行\r\n第二行", "第一行\n\n第二行"],
    ["traditional script, character by character", "規範性文件審查與備案", "规范性文件审查与备案"],
    ["Taiwan variant characters", "案件裡", "案件里"],
    ["a variant no OpenCC table lists", "陜西省司法廳", "陕西省司法厅"],
    ["simplified text is left as it is", "显著提升法治政府建设", "显著提升法治政府建设"],
    ["a Traditional paragraph in a Simplified page", "全市行政机关负责人出庭应诉率达到百分之九十八,较上年提高四个百分点,全年共办理一审行政应诉案件一千余件,其中败诉三十余件,败诉率较上年下降,行政复议后起诉率保持稳定,行政机关负责人出庭应诉案件数量逐年增加,各级行政机关负责人带头出庭应诉,行政争议实质性化解工作成效明显,复议纠错率保持稳定。據統計,全市行政機關負責人出庭應訴八百件次,較上年提高,敗訴率為百分之五", "全市行政机关负责人出庭应诉率达到百分之九十八,较上年提高四个百分点,全年共办理一审行政应诉案件一千余件,其中败诉三十余件,败诉率较上年下降,行政复议后起诉率保持稳定,行政机关负责人出庭应诉案件数量逐年增加,各级行政机关负责人带头出庭应诉,行政争议实质性化解工作成效明显,复议纠错率保持稳定。据统计,全市行政机关负责人出庭应诉八百件次,较上年提高,败诉率为百分之五"],
    ["〇 stays a numeral", "二〇二三年", "二〇二三年"],
    ["a comma a converter doubled before the next mark", "一，、工作情况\n安徽，、湖南、广西，，四川", "一、工作情况\n安徽、湖南、广西,四川"],
    ["a copying site's notice stamped mid-word in brackets", "开展合法性审【本文来源:www.fw365.cn 转载请注明】核47件,【重点】工作", "开展合法性审核47件,【重点】工作"],
    ["a gambling site's name spliced inside a number", "收到复议申请2开元棋牌官网入口764件,开展活动5金沙娱乐城1场次", "收到复议申请2764件,开展活动51场次"],
    ["a year or a count before such words keeps its words", "2022年体育彩票销售3亿元,建成4个体育公园2处", "2022年体育彩票销售3亿元,建成4个体育公园2处"],
    ["Markdown's emphasis, heading and quote marks", "### 一、行政复议\n\n**(一)收案。** 全年收到申请 **153** 件,__审结__132件。\n> 编者按:摘编刊发", "一、行政复议\n\n(一)收案。 全年收到申请153 件,审结132件。\n编者按:摘编刊发"],
    ["a footnote's star, a hashtag and a comparison stay", "*注:数据截至11月底。#法治政府# 收案>100件", "*注:数据截至11月底。#法治政府# 收案>100件"],
    ["a space between a word and a count closed up", "以我局为被申请人的案件 23 件,出庭率 100 %,调解 1,356 件", "以我局为被申请人的案件23 件,出庭率100 %,调解1,356 件"],
    ["a space before a table row's first value stays where another value follows it", "负责人出庭应诉率 96.3% 100%\n行政机关败诉 38件 19件", "负责人出庭应诉率 96.3% 100%\n行政机关败诉 38件 19件"],
    ["a space before a number with no unit after it stays", "附件 1 2023年统计表\n行政复议 | 23 | 19", "附件 1 2023年统计表\n行政复议 | 23 | 19"],
    ["a PDF's line break inside a thousands group or after a decimal point", "开展活动1,63\n8场次,出庭应诉率98.\n6%,收案3,120\n件", "开展活动1,638场次,出庭应诉率98.6%,收案3,120\n件"],
    ["a heading's number on its own line and a year on the next stay apart", "1.\n2023年收案128件\n二是完成12,63\n38件", "1.\n2023年收案128件\n二是完成12,63\n38件"],
    ["a converter's 。 for a decimal point before a percent", "纠错率达11。3%。全年12件。3月", "纠错率达11.3%。全年12件。3月"],
    ["a Traditional character of a cue's word left in a Simplified page", "全市行政机关负责人出庭应诉率达到百分之九十八,较上年提高四个百分点,全年共办理一审行政应诉案件一千余件,行政争议实质性化解工作成效明显,复议纠错率保持稳定。已审结48件,其中败訴4件。", "全市行政机关负责人出庭应诉率达到百分之九十八,较上年提高四个百分点,全年共办理一审行政应诉案件一千余件,行政争议实质性化解工作成效明显,复议纠错率保持稳定。已审结48件,其中败诉4件。"],
    ["HTML entities a scraper left in the text, closed by their semicolon", "调处纠纷1&nbsp;208件,抽查案卷1&#48;50卷,&ldquo;法律明白人&rdquo;", "调处纠纷1 208件,抽查案卷1050卷,“法律明白人”"],
    ["an ampersand that opens no entity stays", "R&D中心&copy 2024 A&B", "R&D中心&copy 2024 A&B"],
  ])("%s", (_name, input, expected) => {
    expect(normalize(input).analysis.text).toBe(expected);
  });

  it.each([
    ["simplified", "法治政府建设年度报告", "simplified"],
    ["traditional", "法治政府建設年度報告，規範性文件審查", "traditional"],
    ["mixed", "法治政府建設年度报告规范性文件审查與備案个们这", "mixed"],
    ["simplified, a stray variant or two", "全市行政机关负责人出庭应诉率达到百分之九十八,较上年提高四个百分点,全年共办理一审行政应诉案件一千余件,其中败诉三十余件,於法有据", "simplified"],
    ["mixed, a Traditional paragraph in a Simplified page", "全市行政机关负责人出庭应诉率达到百分之九十八,较上年提高四个百分点,全年共办理一审行政应诉案件一千余件,其中败诉三十余件,败诉率较上年下降,行政复议后起诉率保持稳定,行政机关负责人出庭应诉案件数量逐年增加,各级行政机关负责人带头出庭应诉,行政争议实质性化解工作成效明显,复议纠错率保持稳定。據統計,全市行政機關負責人出庭應訴八百件次,較上年提高,敗訴率為百分之五", "mixed"],
  ])("detects %s script", (_name, input, script) => {
    expect(normalize(input).script).toBe(script);
  });
});

describe("offset map", () => {
  it.each([
    ["plain text", "收案184件", 2, 7, "184件"],
    ["traditional: evidence stays traditional", "敗訴率為12.7%", 0, 9, "敗訴率為12.7%"],
    ["full-width: evidence stays full-width", "败诉率１２.７％", 3, 8, "１２.７％"],
  ])("%s", (_name, input, from, to, evidence) => {
    const doc = normalize(input);
    expect(doc.spans.evidence(from, to)).toBe(evidence);
    expect(doc.spans.span(from, to)).toEqual([from, to]);
  });

  it("counts code points, not UTF-16 units, after astral characters", () => {
    const input = "𠀀𠀁收案184件";
    const doc = normalize(input);
    const at = doc.analysis.text.indexOf("184");
    expect(at).toBe(6);
    const span = doc.spans.span(at, at + 4);
    expect(span).toEqual([4, 8]);
    expect(Array.from(input).slice(span[0], span[1]).join("")).toBe("184件");
  });
});

describe("folding", () => {
  it("finds exactly the characters that fold when the script is kept", () => {
    const missed: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const pattern = new RegExp(FOLDED_WITHOUT_SIMPLIFYING.source);
      if (pattern.test(String.fromCharCode(code)) !== (foldCodePoint(code, false) !== code)) missed.push(code);
    }
    expect(missed).toEqual([]);
  });

  it("folds a Traditional text in place as foldCodePoint does, character by character, over the whole BMP", () => {
    const codes: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if ((code < 0xd800 || code > 0xdfff) && foldCodePoint(code, true) <= 0xffff) codes.push(code);
    const folded = foldText(identityOrigin(String.fromCharCode(...codes)), true).text;
    expect(folded).toBe(String.fromCharCode(...codes.map((code) => foldCodePoint(code, true))));
  });

  it.each([
    ["a character whose Simplified form is shorter (astral to BMP)", "規範性文件𡻕審查收案184件", "规范性文件岁审查收案184件"],
    ["a character whose Simplified form is longer (BMP to astral)", "規範性文件㜢審查收案184件", "规范性文件𡞱审查收案184件"],
    ["a lone surrogate, kept as it is", "規範性文件\ud800審查收案184件", "规范性文件\ud800审查收案184件"],
  ])("Traditional text with %s keeps later spans exact", (_name, input, analysis) => {
    const doc = normalize(input);
    expect(doc.analysis.text).toBe(analysis);
    const at = doc.analysis.text.indexOf("184");
    expect(doc.spans.evidence(at, at + 4)).toBe("184件");
    const span = doc.spans.span(at, at + 4);
    expect(Array.from(input).slice(span[0], span[1]).join("")).toBe("184件");
  });
});

describe("page furniture", () => {
  it.each([
    ["索引号/公开日期 block", "索引号:123\n发布机构:县政府办\n公开日期:2024-01-02\n一、工作情况", ["索引号:123", "发布机构:县政府办", "公开日期:2024-01-02"]],
    ["footer", "正文。\n主办单位:某某区人民政府办公室\n联系电话:0374-2331205\n备案编号:豫ICP备05016356号", ["主办单位:某某区人民政府办公室", "联系电话:0374-2331205", "备案编号:豫ICP备05016356号"]],
    ["a comment box and the links to other articles", "正文。\n已有3人参与,点击查看更多精彩评论\n上一篇:全市调解纠纷3120件\n责任编辑:张三", ["已有3人参与,点击查看更多精彩评论", "上一篇:全市调解纠纷3120件", "责任编辑:张三"]],
    ["breadcrumbs and widgets", "首页 > 信息公开 >> 法治政府\n扫一扫在手机上查看当前页面\n您的浏览器版本太低!", ["首页 > 信息公开 >> 法治政府", "扫一扫在手机上查看当前页面", "您的浏览器版本太低!"]],
    ["a site's copyright notice, its items numbered like headings", "正文。\n柳川新闻版权与免责声明:\n一、凡本站注明“来源:柳川新闻”的稿件,著作权均归柳川新闻所有。\n二、凡本站所载注明其他来源的稿件,均为转载,不代表本站立场。", ["柳川新闻版权与免责声明:", "一、凡本站注明“来源:柳川新闻”的稿件,著作权均归柳川新闻所有。", "二、凡本站所载注明其他来源的稿件,均为转载,不代表本站立场。"]],
    ["a copyright notice's items in other words, and a breadcrumb numbered like a list", "1. 当前位置:\n  2. 首页 > 政务公开 > 司法局\n  3. > 正文\n正文。\n一、凡本站中注明“来源:柳川新闻”的作品,版权均属柳川新闻所有。\n二、凡来源非柳川新闻的新闻(作品)只代表本网传播该消息。", ["1. 当前位置:", "  2. 首页 > 政务公开 > 司法局", "  3. > 正文", "一、凡本站中注明“来源:柳川新闻”的作品,版权均属柳川新闻所有。", "二、凡来源非柳川新闻的新闻(作品)只代表本网传播该消息。"]],
    // other articles' headlines under 相关阅读, each with its source and date, down to the next paragraph of text
    ["the headlines listed under 相关阅读", "正文。\n\n相关阅读\n某部委:前三季度全国复议收案超40万件\n法治日报 2024-10-05\n某省:行政复议纠错率12.1%\n\n另一段正文很长,全市调解纠纷3120件,调解成功率98%,同比增长12%,群众满意度进一步提升。", ["相关阅读", "某部委:前三季度全国复议收案超40万件", "法治日报 2024-10-05", "某省:行政复议纠错率12.1%"]],
    ["an article's snippet right under its headline listed under 推荐阅读", "正文。\n\n推荐阅读\n某县2023年行政复议调解和解率达41.6%  2024-03-20\n记者获悉,该县共收到行政复议申请118件,审结113件。\n\n另一段正文很长,全市调解纠纷3120件,调解成功率98%,同比增长12%,群众满意度进一步提升。", ["推荐阅读", "某县2023年行政复议调解和解率达41.6%  2024-03-20", "记者获悉,该县共收到行政复议申请118件,审结113件。"]],
    ["the headlines listed under 相关推荐", "正文。\n相关推荐\n某市:上半年新收行政复议案件逾2.1万件\n某省行政复议纠错率连续三年保持在9%以上", ["相关推荐", "某市:上半年新收行政复议案件逾2.1万件", "某省行政复议纠错率连续三年保持在9%以上"]],
    ["the headlines listed under 今日热搜", "正文。\n\n今日热搜\n某市法院工作报告解读(2)一年来,诉前化解矛盾纠纷1.6万件\n某市检察工作报告解读(1)", ["今日热搜", "某市法院工作报告解读(2)一年来,诉前化解矛盾纠纷1.6万件", "某市检察工作报告解读(1)"]],
    ["a browser warning over several lines", "更换或升级浏览器以获得最佳体验。\n当前浏览器版本过低,可能会有安全风险且无法正常显示。\n若您当前使用的浏览器为QQ浏览器仍出现该提示,请切换至极速模式。\n2024年,柳江新区坚持依法行政。", ["更换或升级浏览器以获得最佳体验。", "当前浏览器版本过低,可能会有安全风险且无法正常显示。", "若您当前使用的浏览器为QQ浏览器仍出现该提示,请切换至极速模式。"]],
    ["a PDF's table of contents and page numbers", "目  录\n一、行政复议工作……………………3\n二、存在的不足..........5\n— 1 —\n一、行政复议工作\n全年收案128件。\n第 2 页 共 6 页", ["一、行政复议工作……………………3", "二、存在的不足..........5", "— 1 —", "第 2 页 共 6 页"]],
    ["a news app's prompts", "正文。\n打开搜狐新闻 查看更多图片\n开展宣讲12场。\n打开APP阅读全文\n展开全文", ["打开搜狐新闻 查看更多图片", "打开APP阅读全文", "展开全文"]],
  ])("%s is kept out of the body", (_name, input, lines) => {
    const doc = normalize(input);
    const blanked = doc.furniture.map(([start, end]) => doc.analysis.text.slice(start, end));
    expect(blanked).toEqual(lines);
    for (const line of lines) expect(doc.body).not.toContain(line);
  });

  it("keeps a paragraph an ad's link arrows were spliced into", () => {
    const doc = normalize("全市法院新收一审行政案件1820件,审结1702件。点击进入>>某某房产网 新盘特惠 在审结案件中,判决行政机关败诉203件。\n首页 >> 法院新闻");
    expect(doc.furniture.map(([start, end]) => doc.analysis.text.slice(start, end))).toEqual(["首页 >> 法院新闻"]);
  });

  it("keeps report text that mentions a phone number", () => {
    const doc = normalize("开通法律援助热线电话12348,全年接听咨询3000余次。");
    expect(doc.furniture).toEqual([]);
  });
});

describe("isWhiteSpace", () => {
  it("holds for exactly the characters /\\s/ matches", () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    }
    expect(differing).toEqual([]);
  });
});
