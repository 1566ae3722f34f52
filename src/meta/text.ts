/** What meta reads of a report: its title line, its body and the whole analysis text. */
export interface MetaText {
  /** The report's title line, or "". */
  readonly title: string;
  /** The body: analysis text with page furniture blanked. */
  readonly body: string;
  /** The analysis text with its furniture (来源, 发布时间, 主办单位 lines). */
  readonly text: string;
}

/** How many lines of a page's top hold its own title and dates; below them the report runs. */
export const HEAD_LINES = 40;
