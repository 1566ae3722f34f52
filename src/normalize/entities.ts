/**
 * HTML entities a scraper left in a page's text (调处矛盾纠纷1&nbsp;208件, 抽查案卷1&#48;50卷, &ldquo;法律明白人&rdquo;): the
 * characters they stand for, so a number split by one reads whole. Only whole entities, closed by their semicolon, and only names
 * a browser knows: "&copy" in running text stays as it is.
 */
import { decodeEntities } from "../read/html.js";
import { replaceMatches, type TextWithOrigin } from "./origin.js";

const CLOSED_ENTITY = /&(?:#\d{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});/g;

export function decodeLeftEntities(source: TextWithOrigin): TextWithOrigin {
  return source.text.includes("&") ? replaceMatches(source, CLOSED_ENTITY, decodeEntities) : source;
}
