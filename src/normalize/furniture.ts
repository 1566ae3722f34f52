/**
 * Page furniture: the lines a saved government page carries around the report
 * (breadcrumbs, the 索引号/发布机构/公开日期 block, 主办单位, 联系电话, 备案编号,
 * 网站标识码, 扫一扫, browser warnings, a PDF's table of contents and page numbers …). They stay in the analysis text, where
 * meta extraction reads dates from them, and are blanked out of the body that
 * sections and metrics are found in.
 */

/** The line that heads links to other articles: 相关阅读, 相关推荐, 延伸阅读, 推荐阅读, 往期推荐, 今日热搜, 猜你喜欢 … */
export const RELATED_HEAD = /^[|\s]*(?:相关(?:阅读|新闻|链接|文章|报道|推荐)|延伸阅读|推荐阅读|更多阅读|热点推荐|往期(?:回顾|推荐|精彩)|今日热搜|热搜榜?|热门(?:文章|新闻|推荐|阅读)|猜你喜欢|为你推荐)\s*[:：]?\s*$/;

const FURNITURE_LINE = new RegExp(
  [
    // labelled metadata fields, as in the 政务公开 block
    "^[|\\s]*(?:索引号|发布机构|发布单位|发文机关|公开方式|公开形式|公开时限|公开范围|公开日期|公开时间|发布日期|发布时间|成文日期|生成日期|网站发布|文号|主题分类|主题词|体裁分类|信息来源|来源|作者|浏览次数|访问次数|点击数|阅读次数|字号|序号|信息分类|所属机构|有效性)\\s*[:：]",
    // the page footer
    "^[|\\s]*(?:主办单位|主办|承办单位|承办|协办单位|维护单位|联系电话|电话|传真|地址|邮编|邮政编码|电子邮箱|备案编号|备案号|网站标识码|政府网站标识码|技术支持|版权所有)\\s*[:：]",
    "ICP备|公网安备|网站标识码|技术支持\\s*[:：]|版权所有|Copyright|©",
    // a site's copyright and disclaimer notice, its items numbered like headings (一、凡本站注明“来源:…”的作品…, 二、凡来源非…的新闻…)
    "(?:版权(?:与|和|及)?免责声明|免责声明|版权声明|凡本(?:站|网)中?(?:注明|所载)|凡来源非[^\\n]{1,12}?的(?:新闻|稿件|作品|文章)|不代表本(?:站|网)|如涉及作品内容、版权)",
    // navigation and widgets, a breadcrumb's steps numbered like a list too (1. 当前位置: 2. 首页 > … 3. > 正文)
    "^[|\\s]*(?:\\d{1,2}\\s*[.．]\\s*)?(?:当前位置|>\\s*正文\\s*$|您的位置|您现在的位置|首页\\s*[>»]|<<\\s*返回|返回(?:主站|首页|顶部)|扫一扫|打印本页|关闭窗口|【?打印】?|【?关闭】?|分享到|网站地图|政府网站找错|您访问的链接即将离开|您的浏览器版本太低|当前浏览器版本过低|更换或升级浏览器|若您当前使用的浏览器|为了更好的浏览体验|建议升级您的浏览器|上一篇\\s*[:：]|下一篇\\s*[:：]|责任编辑\\s*[:：])",
    RELATED_HEAD.source,
    // a news app's prompts between a repost's paragraphs: 打开网易新闻 查看精彩图片, 打开APP阅读全文, 展开全文
    "^[|\\s]*(?:打开[^\\n]{0,8}?(?:新闻|APP|App|app|客户端)[,，\\s]*(?:查看|阅读|看)[^\\n]{0,10}|展开(?:阅读)?全文)[|\\s]*$",
    // a comment box's counters: 已有3人参与,点击查看更多精彩评论
    "已有\\d+人(?:参与|评论)|查看更多精彩评论|我要评论|发表评论",
    // a breadcrumb's or a link's arrows, on a line that is no prose (an ad spliced into a paragraph, 点击进入>>…, leaves it text)
    "^[^。]*(?:>>|»)[^。]*$",
    // a PDF's table of contents' entries (一、…………3) and its page numbers (— 3 —, 第3页 共9页): the entries would otherwise
    // open sections ahead of the report's own, and the report's text would fall under the last of them (the 目录 line stays for
    // the sections, which tell a contents' entries without leaders by it)
    "(?:[…⋯]{2,}|[.．·]{4,})\\s*[\\dIVXivx]{1,4}\\s*$",
    "^\\s*[-—–]{1,2}\\s*[\\dIVXivx]{1,4}\\s*[-—–]{1,2}\\s*$",
    "^\\s*第\\s*\\d{1,3}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?\\s*$",
  ].join("|"),
);

/** A line with no letter, digit or CJK character (rules, lone pipes) carries nothing. */
const EMPTY_LINE = /^[\s|\-_=*·•…—]*$/;

export type Range = [number, number];

const RELATED_ITEM_MAX = 60;
const SENTENCE_END = /[。！？!?]/;

/**
 * One of the other articles' headlines listed under a 相关阅读 line, or its source and date: a short line with no
 * sentence's end. The list runs down to the next paragraph of text, but for the lines of an article's snippet right under its
 * headline (沂源县2023年…达41.6%  2024-03-20⏎记者从…获悉,…).
 */
function isRelatedItem(line: string): boolean {
  return line.length <= RELATED_ITEM_MAX && !SENTENCE_END.test(line);
}

export function findFurniture(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  let underRelated = false;
  // the line before was an item's headline under a 相关阅读 line: a sentence right under it is that article's snippet
  let afterItem = false;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    // under a 相关阅读 line, whether this line is one of its items; blank lines between them keep the list open
    const item: boolean | null = underRelated && !EMPTY_LINE.test(line) ? isRelatedItem(line) : null;
    const snippet: boolean = item === false && afterItem;
    if (item !== null) underRelated = item || snippet;
    afterItem = item === true;
    if (item || snippet) ranges.push([start, end]);
    else if (isFurnitureLine(line)) {
      ranges.push([start, end]);
      underRelated = RELATED_HEAD.test(line);
    }
    start = end + 1;
  }
  return ranges;
}

function isFurnitureLine(line: string): boolean {
  if (EMPTY_LINE.test(line)) return false;
  // A long line is report text that happens to mention, say, a phone number.
  if (line.length > 300) return false;
  return FURNITURE_LINE.test(line);
}

/** The text with furniture lines replaced by spaces: same length, same offsets. */
export function blankRanges(text: string, ranges: readonly Range[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(cursor, start), " ".repeat(end - start));
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts.join("");
}
