/**
 * `--keywords`: TF-IDF keywords for the whole report and for each section,
 * from jieba segmentation with a domain dictionary. jieba (a native module
 * with ~8 MB of dictionaries) is imported only here, and this module is
 * imported dynamically, so runs without --keywords never load it.
 */
import type { Jieba, TfIdf } from "@node-rs/jieba";
import { toSimplified } from "../normalize/index.js";
import type { Report, Section } from "../schema/report.js";
import { DOMAIN_TERMS, REPORT_STOP_WORDS } from "./terms.js";

export interface Keyword {
  term: string;
  weight: number;
}

export const REPORT_KEYWORDS = 12;
export const SECTION_KEYWORDS = 6;

/**
 * A domain term's frequency in the segmentation dictionary: high enough that
 * the whole term beats any split of it (jieba's commonest words are ~10^5).
 */
const TERM_FREQUENCY = 100_000;

interface Engine {
  jieba: Jieba;
  tfidf: TfIdf;
}

let engine: Promise<Engine> | undefined;

/** Loads jieba, its dictionaries and ours once per process. */
function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const [{ Jieba, TfIdf }, { dict, idf }] = await Promise.all([import("@node-rs/jieba"), import("@node-rs/jieba/dict.js")]);
    const jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(DOMAIN_TERMS.map((term) => `${term} ${TERM_FREQUENCY} n`).join("\n") + "\n"));
    const tfidf = TfIdf.withDict(idf);
    // Stop words are filtered afterwards: @node-rs/jieba 2.0.3's setConfig
    // throws on any non-empty stopWords Set ("Failed to convert … into String").
    tfidf.setConfig({ minKeywordLength: 2 });
    return { jieba, tfidf };
  })();
  return engine;
}

/** Words as segmented with the domain dictionary (for tests and diagnostics). */
export async function segmentWords(text: string): Promise<string[]> {
  const { jieba } = await loadEngine();
  return jieba.cut(text, true);
}

/** The report with `keywords` on it and on every section. */
export async function addKeywords(report: Report, input: string): Promise<Report> {
  const loaded = await loadEngine();
  const chars = Array.from(input);
  // The dictionaries are Simplified: Traditional input is converted first.
  const simplify = report.source.script !== "simplified";
  const keywordsOf = (text: string, topK: number): Keyword[] =>
    extractKeywords(loaded, simplify ? toSimplified(text) : text, topK);
  const withKeywords = (section: Section): Section => ({
    ...section,
    keywords: keywordsOf(chars.slice(section.span[0], section.span[1]).join(""), SECTION_KEYWORDS),
    children: section.children.map(withKeywords),
  });
  return { ...report, sections: report.sections.map(withKeywords), keywords: keywordsOf(input, REPORT_KEYWORDS) };
}

const STOP_WORDS: ReadonlySet<string> = new Set(REPORT_STOP_WORDS);

/**
 * Only terms with a Han character and no digit count, stop words aside:
 * years, figures and stray Latin are not what a report is about. jieba is
 * asked for extra candidates so that filtering still leaves topK.
 */
function extractKeywords({ jieba, tfidf }: Engine, text: string, topK: number): Keyword[] {
  if (text.trim() === "") return [];
  return tfidf
    .extractKeywords(jieba, text, topK * 3)
    .filter(({ keyword }) => /\p{Script=Han}/u.test(keyword) && !/\d/u.test(keyword) && !STOP_WORDS.has(keyword))
    .slice(0, topK)
    .map(({ keyword, weight }) => ({ term: keyword, weight: Math.round(weight * 10_000) / 10_000 }));
}
