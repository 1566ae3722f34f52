/**
 * Tables flattened to rows of cells, as pages and PDF text lay them out:
 *
 *   办结 | 维持 | 驳回        新收案件 | 1268件
 *   6210 | 1985 | 702        审结案件 | 1203件
 *
 * A number under a column whose header is a figure's cue, or beside a row
 * label that is one, is that figure; under a row label that names a topic
 * (行政规范性文件 | 2 | 0 | 8), it is its column's figure on that topic. A row speaks for the whole only when its
 * label does (none, 合计, 全市, 数量, the table's latest year); rows of places,
 * bodies or kinds break a total down, and columns of earlier years are
 * baselines. The topic is the one the table stands under (its caption, its
 * section) or the one its headers name.
 */
import type { Quantity } from "./numbers/quantities.js";
import { scanQuantities, withUnit } from "./numbers/quantities.js";
import type { Domain, MetricRule } from "./rules/types.js";
import { cuedIn } from "./engine.js";
import { YEAR_SPAN } from "./roles.js";
import { globalTwin } from "./topics.js";
import { OUTSIDE_CATALOGUE } from "./rules/outside.js";

export interface Cell {
  text: string;
  /** body offsets of the trimmed cell */
  start: number;
  end: number;
}

export interface TableBlock {
  /** body offsets of the block's first and last line */
  start: number;
  end: number;
  rows: Cell[][];
  /** the sentence it opens is read as prose too: the block is a value and its caption, the sentence goes on after them */
  inProse?: boolean;
}

/** A figure read from a table: the cell holding it and the rule its header or label gives it. */
export interface TableFigure {
  domain: Domain;
  rule: MetricRule;
  quantity: Quantity;
  /** from the row of a year before the table's latest: that year's figure, which stands only in a text on no one year */
  earlierYear?: boolean;
}

const MIN_CELLS = 2;
/** A number as a table's cell or an infographic writes it, an approximation's mark and 万 or 亿 included, before any unit. */
const CELL_NUMBER = String.raw`[约近超逾]?\d[\d,.]*\s*(?:万|亿)?\s*`;
const NUMERIC_CELL = new RegExp(String.raw`^${CELL_NUMBER}(?:%|件次|件|起|宗|个|项|份|人次|人|名|次|场|场次|卷)?$`);
/** Row labels that speak for the whole table, not one of its parts. */
const WHOLE_LABEL = /^(?:合计|总计|总数|共计|全[市省区县国州盟旗]|本[级年]|本年度|数量|件数|案件数|数值|\d{4}年?度?(?:全年)?)?$/;
const YEAR = /(\d{4})\s*年?/;
/** A row label that is a year alone (2023年, 2023年度): the row gives that year's figures. */
const YEAR_LABEL = /^\d{4}\s*年?度?(?:全年)?$/;
/** The header of a first column of years: 年度, 年份. */
const YEARS_HEADER = /^(?:年度|年份|年)$/;
/** A column header that names only a measure, not what was done (数量, 件数): the caption says that. */
const BARE_MEASURE = /^(?:数量|件数|案件数|数目|总数)$/;

/** The tables of a body: rows laid out on lines, and tables laid out a cell to a line, with bars or without. */
export function findTables(body: string): TableBlock[] {
  // the lines are split once, and only for a body that holds a line of a number alone, as few do
  let lines: Cell[] | undefined;
  const linesOnce = (): Cell[] => (lines ??= linesOf(body));
  const tables = [...rowTables(body), ...columnTables(body), ...barelessColumnTables(body, linesOnce), ...captionPairs(body, linesOnce), ...dashedCaptions(body), ...spacedTables(body, linesOnce), ...groupedTabTables(body)];
  // labels over their values where no other table holds those lines: a table a cell to a line reads them as its own
  const pairs = labelsOverValues(body, linesOnce).filter((pair) => !tables.some((table) => table.start < pair.end && pair.start < table.end));
  return [...tables, ...pairs].sort((a, b) => a.start - b.start);
}

/**
 * A table whose cells spaces part on each line, as a page's text keeps a sheet (单位 收到申请 受理 审结 … over 合计 3025 2607
 * 2444 …): a header line of three labels or more, then rows as wide of a label and its values. Read only where a line holds
 * three numbers apart.
 */
function spacedTables(body: string, linesOnce: () => Cell[]): TableBlock[] {
  if (!SPACED_NUMBERS.test(body)) return [];
  const blocks: TableBlock[] = [];
  let current: TableBlock | null = null;
  for (const line of linesOnce()) {
    const cells = line.text.includes("|") ? [] : spacedCells(line);
    if (current && spacedRowUnder(cells, current.rows[0]!)) {
      current.rows.push(cells);
      current.end = line.end;
      continue;
    }
    if (current && current.rows.length > 1) blocks.push(current);
    current = cells.length >= SPACED_MIN_CELLS && cells.every(isSpacedLabel) ? { start: line.start, end: line.end, rows: [cells] } : null;
  }
  if (current && current.rows.length > 1) blocks.push(current);
  return blocks;
}

/**
 * A sheet kept as text a tab to a cell, each tab one space once normalised, whose header has two levels (项目 行政复议
 * 行政诉讼(一审) over " 收案 审结 纠错 收案 审结 败诉"): a group's label stands over the empty cells after it and heads each
 * column under them with the column's own label (行政复议收案, 行政诉讼(一审)收案); rows follow, a label and a value to each
 * column. Read only where a line opens on a space before a label, as the columns' line does under the rows' labels.
 */
function groupedTabTables(body: string): TableBlock[] {
  if (!BLANK_FIRST_CELL.test(body)) return [];
  const lines = cellLines(body);
  const blocks: TableBlock[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const header = groupedHeader(lines[i]!, lines[i + 1]!);
    if (!header) continue;
    const rows: Cell[][] = [];
    for (let j = i + 2; j < lines.length && isTabRow(lines[j]!, header.length); j++) rows.push(lines[j]!.slice(0, header.length));
    if (rows.length) blocks.push({ start: header[0]!.start, end: rows.at(-1)!.at(-1)!.end, rows: [header, ...rows] });
  }
  return blocks;
}

/** A line that opens on one space and then a label: the columns' line of a two-level header, its first cell blank. */
const BLANK_FIRST_CELL = /\n [^\s\d]/;

/** Each line's cells, a space between each two, empty ones kept in their places. */
function cellLines(body: string): Cell[][] {
  const lines: Cell[][] = [];
  let lineStart = 0;
  for (const line of body.split("\n")) {
    const cells: Cell[] = [];
    let cellStart = lineStart;
    for (const text of line.split(" ")) {
      cells.push({ text, start: cellStart, end: cellStart + text.length });
      cellStart += text.length + 1;
    }
    lines.push(cells);
    lineStart += line.length + 1;
  }
  return lines;
}

/** The header of a group's line over its columns' line, each column's label prefixed with its group's; null where the two are none. */
function groupedHeader(groups: readonly Cell[], columns: readonly Cell[]): Cell[] | null {
  if (columns.length < MIN_CELLS + 1 || columns[0]!.text !== "" || !groups[0]!.text) return null;
  const labels = columns.slice(1);
  if (labels.some((cell) => !isSpacedLabel(cell)) || groups.some((cell) => cell.text !== "" && !isSpacedLabel(cell))) return null;
  // a group's label spans the empty cells after it: without them the upper line is no group's
  if (!groups.slice(1).some((cell) => cell.text === "")) return null;
  let group = "";
  const header: Cell[] = [groups[0]!];
  for (const [index, column] of labels.entries()) {
    group = groups[index + 1]?.text || group;
    header.push({ ...column, text: group + column.text });
  }
  return header;
}

/** A row of a grouped table: as wide as its header, trailing empty cells aside, a label first and values after it. */
function isTabRow(cells: readonly Cell[], width: number): boolean {
  let end = cells.length;
  while (end > width && cells[end - 1]!.text === "") end--;
  return end === width && cells[0]!.text !== "" && !isNumeric(cells[0]!) && cells.slice(1, end).every(holdsValue);
}

/**
 * Three numbers on a line with spaces between, or two years heading columns (指标 2023年 2024年), or a target's and a result's
 * (目标值 完成值): the sign of a spaced table, looked for once before the lines are read.
 */
const SPACED_NUMBERS = /\d[ \t]+[\d.]+%?[ \t]+[\d.]+|\d{4}年度?[ \t]+\d{4}年度?|目标值[ \t]+(?:\d{4}年)?(?:实际)?完成值/;
const SPACED_MIN_CELLS = 3;
/** A header's label: a few characters, no number, no sentence's punctuation; or a year, or a year's column (2023年完成值, 2020年基数). */
const SPACED_LABEL = /^(?:[^\d。，,；;！？!?:：、]{1,12}|\d{4}年度?[\u4e00-\u9fff]{0,6})$/;

/**
 * A row as wide as its header: a label, after its serial under 序号, then values, or what a target or a note column holds
 * (≥20, 不少于400卷, 每村≥3名, 约束性, 达标, /).
 */
function spacedRowUnder(cells: readonly Cell[], header: readonly Cell[]): boolean {
  if (cells.length !== header.length) return false;
  const labelAt = SERIAL_HEADER.test(header[0]!.text) && SERIAL_CELL.test(cells[0]!.text) ? 1 : 0;
  if (labelAt >= cells.length - 1 || isNumeric(cells[labelAt]!)) return false;
  return cells.slice(labelAt + 1).every((cell, index) => holdsValue(cell) || TARGET_CELL.test(cell.text) || NOTE_HEADER.test(header[labelAt + 1 + index]!.text));
}

const SERIAL_CELL = /^\d{1,2}$/;
/** A target's cell: a bound or a floor (≥20, ≤5%, 不少于400卷, 每村(社区)≥3名). */
const TARGET_CELL = /^[^\d\s]{0,8}(?:[≥≤><＞＜]|不少于|不低于|不高于|不超过)\s*\d[\d,.]*\s*(?:%|件|名|卷|场次|场|项|份|人次)?$/;
/** A column of notes beside the values (属性: 约束性, 完成情况: 达标). */
const NOTE_HEADER = /^(?:属性|备注|完成情况|是否达标|说明|状态|评价|类别|指标属性)$/;

function isSpacedLabel(cell: Cell): boolean {
  return SPACED_LABEL.test(cell.text);
}

/** A line's cells, parted by spaces. */
function spacedCells(line: Cell): Cell[] {
  const cells: Cell[] = [];
  for (const match of line.text.matchAll(/[^ \t]+/g)) cells.push({ text: match[0], start: line.start + match.index, end: line.start + match.index + match[0].length });
  return cells;
}

/**
 * An infographic's value over its caption (2316件 / 全年收到行政复议申请), each on its own line, the value opening a block
 * after a blank line: a row of a value and its label. Not a value with a label above it (新收案件 / 1268 / 审结案件 / 1203,
 * a table a cell to a line), whose next label is the next row's.
 */
function captionPairs(body: string, linesOnce: () => Cell[]): TableBlock[] {
  if (!LONE_VALUE_LINE.test(body)) return [];
  const lines = linesOnce();
  const blocks: TableBlock[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const value = lines[i]!;
    const label = lines[i + 1]!;
    const opensBlock = i === 0 || lines[i - 1]!.text === "";
    if (opensBlock && CAPTIONED_VALUE.test(value.text) && CAPTION.test(label.text)) blocks.push({ start: value.start, end: label.end, rows: [[value, label]] });
  }
  return blocks;
}

/**
 * An infographic's labels each over its count with its unit (新收案件 / 1,058件 / 办结 / 973件), each on its own line, a run
 * of them read as one block under the line above it; an aside on a line of its own (同比↑42.6%, (2022年:742件))
 * stays in the run, no pair. Not a caption under a value (2316件 / 全年收到行政复议申请): captionPairs reads it.
 */
function labelsOverValues(body: string, linesOnce: () => Cell[]): TableBlock[] {
  if (!LABEL_OVER_VALUE.test(body)) return [];
  const lines = linesOnce();
  const blocks: TableBlock[] = [];
  let rows: Cell[][] = [];
  const close = (): void => {
    if (rows.length > 0) blocks.push({ start: rows[0]![0]!.start, end: rows.at(-1)![1]!.end, rows });
    rows = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const label = lines[i]!;
    const value = lines[i + 1];
    // a label right under a value no pair of the run took is that value's caption (2,640卷 / 四年来…评查行政执法案卷; a rate's too: 6.2% /
    // 行政机关败诉率, whose label then heads no count under it)
    const captionOfValueAbove = i > 0 && CAPTIONED_VALUE.test(lines[i - 1]!.text) && rows.at(-1)?.[1] !== lines[i - 1];
    if (value && VALUE_LABEL.test(label.text) && LABELLED_VALUE_LINE.test(value.text) && !captionOfValueAbove) {
      rows.push([label, value]);
      i++;
    } else if (rows.length === 0 || !RUN_ASIDE.test(label.text)) {
      close();
    }
  }
  close();
  return blocks;
}

/** The units an infographic prints a count in. */
const COUNT_UNIT = "件|起|宗|项|份|人次|名|场次|场|卷";
/** A count with its unit, as an infographic prints it under its label (1,058件, 1.16万名). */
const COUNT_WITH_UNIT = String.raw`${CELL_NUMBER}(?:${COUNT_UNIT})`;
/** Such a count alone on its line; not a rate, whose label and value the sentences read as one (纠错率 / 12.3%). */
const LABELLED_VALUE_LINE = new RegExp(`^${COUNT_WITH_UNIT}$`);
/** A label alone on its line over such a value, looked for once before the lines are read. */
const LABEL_OVER_VALUE = new RegExp(String.raw`(?:^|\n)[ \t]*[\u4e00-\u9fff“”"]{2,16}[ \t]*\n[ \t]*${COUNT_WITH_UNIT}[ \t]*(?:\n|$)`);
/** A label over its value: a few words, no number, no sentence's punctuation; kinds joined by / or 、 (废止/失效). */
const VALUE_LABEL = /^[\u4e00-\u9fff“”"][\u4e00-\u9fff“”"/、]{1,15}$/;
/** An aside on its own line within a run of labels and values: a change (同比↑42.6%) or a note in parentheses ((2022年:742件)). */
const RUN_ASIDE = /^(?:同比|环比|较上年|比上年|[↑↓▲▼])|^[(（][^()（）]*[)）]$/;

/**
 * A page of figures each opening its line, a dash, then its caption up to the first mark (96.8%——行政机关负责人出庭应诉率。
 * 1876件——全省…报送备案的行政规范性文件。其中…): a row of a value and its label. Its sentence is read as prose too, for
 * what follows the caption (3.26万件——全省新收行政复议案件,…纠错率12.4%).
 */
function dashedCaptions(body: string): TableBlock[] {
  if (!body.includes("—")) return [];
  const blocks: TableBlock[] = [];
  for (const match of body.matchAll(DASHED_CAPTION)) {
    const valueStart = match.index + match[0].indexOf(match[1]!);
    const captionStart = match.index + match[0].length - match[2]!.length;
    const value = { text: match[1]!, start: valueStart, end: valueStart + match[1]!.length };
    const caption = { text: match[2]!, start: captionStart, end: captionStart + match[2]!.length };
    blocks.push({ start: value.start, end: caption.end, rows: [[value, caption]], inProse: true });
  }
  return blocks;
}

/** A value with its unit, a count's or a rate's, as an infographic prints it over its caption. */
const VALUE_WITH_UNIT = String.raw`${CELL_NUMBER}(?:%|${COUNT_UNIT})`;
/** A line that holds such a value and nothing else, looked for once before the lines are read. */
const LONE_VALUE_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*${VALUE_WITH_UNIT}[ \t]*(?:\n|$)`);
const CAPTIONED_VALUE = new RegExp(`^${VALUE_WITH_UNIT}$`);
/** A caption: a few words with no number and no sentence's punctuation. */
const CAPTION = /^[\u4e00-\u9fff“”"]{2,16}$/;
/** A value opening its line, a dash, and its caption to the first mark. */
const DASHED_CAPTION = new RegExp(String.raw`(?:^|\n)[ \t]*(${VALUE_WITH_UNIT})[ \t]*(?:——|—|--)[ \t]*([^,，;；。:：\n\d]{2,40})`, "g");

/** The body's lines, each trimmed, with the offsets of its trimmed text (an empty text for a blank line). */
function linesOf(body: string): Cell[] {
  const lines: Cell[] = [];
  let lineStart = 0;
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = body.length;
    const raw = body.slice(lineStart, lineEnd);
    const text = raw.trim();
    const start = lineStart + (text ? raw.indexOf(text) : 0);
    lines.push({ text, start, end: start + text.length });
    lineStart = lineEnd + 1;
  }
  return lines;
}

/** Runs of lines that hold two or more cells apiece. */
function rowTables(body: string): TableBlock[] {
  const blocks: TableBlock[] = [];
  let current: TableBlock | null = null;
  let lineStart = 0;
  let nextBar = body.indexOf("|");
  while (nextBar !== -1 && lineStart <= body.length) {
    let lineEnd = body.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = body.length;
    if (nextBar < lineStart) nextBar = body.indexOf("|", lineStart);
    const cells = nextBar !== -1 && nextBar < lineEnd ? cellsOf(body, lineStart, lineEnd) : [];
    if (cells.length >= MIN_CELLS && !cells.some(isProse) && !statesValues(cells)) {
      if (!current) blocks.push((current = { start: lineStart, end: lineEnd, rows: [] }));
      current.rows.push(cells);
      current.end = lineEnd;
    } else if (lineStart < lineEnd) {
      current = null;
    }
    lineStart = lineEnd + 1;
  }
  return blocks;
}

/**
 * A table a page flattened one cell to a line (信息内容 | / 本年制发件数 | /
 * 本年废止件数 | / 现行有效件数 | / 规范性文件 | / 2 | / 0 | / 2 |): its
 * leading labels are the header, and each later label opens a row that takes
 * the numbers after it, column by column; two labels in a row open another
 * table's header. Lines holding a bar and nothing else are skipped.
 */
function columnTables(body: string): TableBlock[] {
  let run: Cell[] = [];
  const runs: Cell[][] = [run];
  let lineStart = 0;
  // most bodies hold no bar: the lines are looked at only from the first one on
  for (let bar = body.indexOf("|"); bar !== -1; bar = body.indexOf("|", lineStart)) {
    const start = body.lastIndexOf("\n", bar) + 1;
    let end = body.indexOf("\n", bar);
    if (end === -1) end = body.length;
    const cells = cellsOf(body, start, end);
    // a line without a bar, or one of several cells, ends the run; so does a cell of prose (全年…收到复议申请118件,审结101件。 |
    // in a table of tasks and what was done), which is read as a sentence
    const prose = cells.length === 1 && isProseLine(cells[0]!);
    if (start > lineStart || cells.length > 1 || prose) runs.push((run = []));
    if (cells.length <= 1 && !prose) run.push(...cells);
    lineStart = end + 1;
  }
  return runs.flatMap(blocksOfColumn);
}

/**
 * The same tables laid out a cell to a line without bars, blank lines or lines of bars alone between (信息内容 /
 * 本年制发件数 / … / 行政规范性文件 / 0 / 0 / 0), as converters leave a disclosure report's tables: runs of short
 * lines with no sentence's punctuation. Read only where a line holds a number alone.
 */
function barelessColumnTables(body: string, linesOnce: () => Cell[]): TableBlock[] {
  if (!LONE_NUMBER_LINE.test(body)) return [];
  const runs: Cell[][] = [];
  let run: Cell[] = [];
  for (const line of linesOnce()) {
    const text = BARS_ONLY.test(line.text) ? "" : line.text;
    // a number's thousands separator (4,102) is no clause's comma
    if (text && !NUMERIC_CELL.test(text) && (text.length > BARE_CELL_CHARS || BARE_CELL_BREAK.test(text) || HEADING_LINE.test(text))) {
      if (run.length) runs.push(run);
      run = [];
    } else if (text) {
      run.push(line);
    }
  }
  if (run.length) runs.push(run);
  const textEnd = body.trimEnd().length;
  return runs
    .filter((cells) => cells.some(isNumeric))
    .map(withoutSerials)
    .map(withHeadsJoined)
    .flatMap((cells) => labellessBlock(cells, textEnd) ?? blocksOfColumn(cells));
}

/**
 * A table a cell to a line whose labels are all its header, over one row of values with no label of its own (受理 / 案件 /
 * 审结案件 / 合计 / 维持 / … / 2310 / 2196 / 1180 / …), as a two-level header leaves it: a group's label over its 合计 and the
 * cells a converter broke over two lines are one column each. Read only where the columns are exactly as many as the
 * values, or where the text ends inside the row (an excerpt cut there): then the values before the last, which the cut
 * may have broken, under the first columns. A row cut short otherwise, or one a label opens, is read as the other tables are.
 */
function labellessBlock(cells: readonly Cell[], textEnd: number): TableBlock | null {
  const firstValue = cells.findIndex(holdsValue);
  if (firstValue < MIN_CELLS) return null;
  const values = cells.slice(firstValue);
  if (values.length < MIN_CELLS || !values.every(holdsValue)) return null;
  const header = withBrokenCellsJoined(cells.slice(0, firstValue));
  if (header.length === values.length) return { start: header[0]!.start, end: values.at(-1)!.end, rows: [header, values] };
  const read = values.slice(0, -1);
  const cutInRow = values.at(-1)!.end === textEnd && values.length < header.length && read.length >= MIN_CELLS;
  return cutInRow ? { start: header[0]!.start, end: read.at(-1)!.end, rows: [header.slice(0, read.length), read] } : null;
}

/**
 * Header cells joined where a converter broke one: a part that cannot head a column alone, as a list's first item with
 * its mark (调解、 / 和解) or a modifier (直接 / 纠错) before the rest, or 案件 after it (新收 / 案件); and a group's label
 * with the 合计 column under it (审结案件 / 合计), which is the group's whole.
 */
function withBrokenCellsJoined(cells: readonly Cell[]): Cell[] {
  const joined: Cell[] = [];
  for (const cell of cells) {
    const last = joined.at(-1);
    if (last && (OPENS_A_HEAD.test(last.text) || CLOSES_A_HEAD.test(cell.text))) joined[joined.length - 1] = joinedCells(last, cell);
    else joined.push(cell);
  }
  return joined;
}

/** One header cell a converter broke over two lines, put back together. */
function joinedCells(first: Cell, second: Cell): Cell {
  return { text: first.text + second.text, start: first.start, end: second.end };
}

/** A header cell's first part that heads no column alone: a list's item with its mark, or a modifier (直接, 不予 of 不予受理). */
const OPENS_A_HEAD = /(?:.[、和与及]|^(?:直接|受理前|立案前|不予))$/;
/** A header cell's last part: the noun its first part qualifies, the whole of a group, or a note on it in parentheses ((含受理前调撤)). */
const CLOSES_A_HEAD = /^(?:案件|合计|总计|[(（][^()（）]*[)）])$/;

/**
 * A header cell a converter broke over two lines joined again (本年新 / 制作数量 → 本年新制作数量): its first part names
 * only the year, which no column is headed by alone.
 */
function withHeadsJoined(cells: Cell[]): Cell[] {
  const joined: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const next = cells[i + 1];
    if (YEAR_HEAD_PART.test(cell.text) && next !== undefined && !holdsValue(next)) {
      joined.push(joinedCells(cell, next));
      i++;
    } else joined.push(cell);
  }
  return joined;
}

/** The first part of a header cell broken over two lines: the year alone (本年新, 本年, 上一年). */
const YEAR_HEAD_PART = /^(?:本年度?新?|上一?年度?)$/;

/**
 * A 序号 column's cells dropped: its header and each row's serial number before the row's label
 * (序号 | 处理方式 | 数量 then 1 | 作出维持决定 | 3509), which would shift the row's numbers off their columns.
 */
function withoutSerials(cells: Cell[]): Cell[] {
  const header = cells.findIndex((cell) => SERIAL_HEADER.test(cell.text));
  if (header === -1) return cells;
  const kept = cells.slice(0, header);
  let serial = 1;
  for (let i = header + 1; i < cells.length; i++) {
    const cell = cells[i]!;
    const next = cells[i + 1];
    if (cell.text === String(serial) && next !== undefined && !holdsValue(next)) serial++;
    else kept.push(cell);
  }
  return kept;
}

/** A column of each row's share of the total (比例, 占比), or of the score or rank an assessment gave it (得分, 排名): no figure of the row's own. */
const SHARE_OR_SCORE_HEADER = /^(?:比例|占比|所占比例|百分比|比重|得分|分值|分数|排名|名次)(?:\(%\)|（%）|%|\(分\)|（分）)?$/;
/**
 * A column of what each row was to reach (2025年目标值, 年度指标值, 要求) or started from (2020年基数, 2024年同期, 上年): no figure of the
 * row's own, and its year no year of the table's; the result beside it (2023年完成值, 实际完成值) is.
 */
const TARGET_OR_BASE_HEADER = /目标|要求|计划值|预期值|规划值|指标值|标准值|考核值|基数|基期|基准值|同期|上年|去年/;
/** A header cell naming the rows' serial numbers. */
const SERIAL_HEADER = /^(?:序号|编号)$/;

/** A line of bars alone, which some converters put between a table's cells (规章 / | / 0 / | / 0): no cell, no break. */
const BARS_ONLY = /^[\s|]*\|[\s|]*$/;
/** A line that holds a number and nothing else. */
const LONE_NUMBER_LINE = /(?:^|\n)[ \t]*\d+[ \t]*(?:\n|$)/;
/** A sentence's punctuation within or at the end of a clause: a line that holds one is prose, no cell. */
const CLAUSE_MARKS = "。，,；;！？!?";
/** How long a line a bare cell may be, and what marks a line as prose or another table's: a sentence's punctuation, a colon or a bar. */
const BARE_CELL_CHARS = 16;
const BARE_CELL_BREAK = new RegExp(`[${CLAUSE_MARKS}：:|]`);
/** A heading's line after a table (二、主要做法, (三)存在问题): the next section's, no cell of the table. */
const HEADING_LINE = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

/** The tables a run of one-cell lines holds: a header of labels, then rows of a label and its numbers. */
function blocksOfColumn(cells: readonly Cell[]): TableBlock[] {
  const blocks: TableBlock[] = [];
  let header: Cell[] = [];
  let rows: Cell[][] = [];
  const close = (): void => {
    const full = rows.filter((row) => row.length > 1);
    // the header is as wide as its widest row: a caption cell before it (第二十条第(五)项) is no column
    const widest = Math.max(0, ...full.map((row) => row.length));
    const head = header.slice(-widest);
    // a row wider than the header has lost its place (a 序号 column whose header a spam string cut off): no table to read
    if (head.length >= MIN_CELLS && full.length && head.length === widest) blocks.push({ start: head[0]!.start, end: full.at(-1)!.at(-1)!.end, rows: [head, ...full.map((row) => padded(row, head.length))] });
  };
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (holdsValue(cell)) {
      if (rows.length) rows.at(-1)!.push(cell);
      continue;
    }
    const nextIsLabel = i + 1 < cells.length && !holdsValue(cells[i + 1]!);
    if (rows.length && nextIsLabel && rows.at(-1)!.length > 1) {
      close();
      header = [];
      rows = [];
    }
    if (rows.length === 0 && (header.length === 0 || nextIsLabel || header.length < MIN_CELLS)) header.push(cell);
    else rows.push([cell]);
  }
  close();
  return blocks;
}

/** A row cut short (规章 | 0 | 0 under four headers) filled with empty cells, so that its numbers stay under their columns. */
function padded(row: readonly Cell[], width: number): Cell[] {
  const end = row.at(-1)!.end;
  return [...row, ...Array.from({ length: Math.max(0, width - row.length) }, () => ({ text: "", start: end, end }))];
}

/**
 * A cell as long as a paragraph: its line is prose with a bar in it (a strip of headlines, 奋斗百年|雪山下的纪念碑…),
 * no table row, and is read as prose; so is a cell that ends a sentence within it (柳溪|调解成功率98.2%,群众满意率99%!…),
 * as a headline after its place does, or a sentence of clauses to its end (a task list's progress: 4 | 行政复议 | 区司法局 |
 * 新收复议申请93件,受理85件,审结71件。), which no table's cell does.
 */
const PROSE_CELL = 120;
const SENTENCE_IN_CELL = /[。！？!?]\s*\S|[,，;；][^|]*[。！？!?]$/;
/** A cell that names its measure and gives its value (新收案件 2,045件, 纠错率 13.1%). */
const LABELLED_VALUE = new RegExp(String.raw`^[\u4e00-\u9fff]{2,}\s*${CELL_NUMBER}(?:%|件|起|宗|个|项|份|人次|人|名|次|场|场次|卷)$`);
const isProse = (cell: Cell): boolean => cell.end - cell.start > PROSE_CELL || SENTENCE_IN_CELL.test(cell.text);
/**
 * A line's one cell that holds a clause's punctuation: a sentence, not a label or a value. A bar's cell may hold a colon
 * (其中:持有行政执法证件人数), which a bare line may not.
 */
const CLAUSE_MARK = new RegExp(`[${CLAUSE_MARKS}]`);
const isProseLine = (cell: Cell): boolean => !isNumeric(cell) && (isProse(cell) || CLAUSE_MARK.test(cell.text));
/** A line whose every cell names its measure and gives its value (新收案件 2,045件 | 纠错率 13.1%): statements, read as prose. */
const statesValues = (cells: readonly Cell[]): boolean => cells.every((cell) => LABELLED_VALUE.test(cell.text));

function cellsOf(body: string, lineStart: number, lineEnd: number): Cell[] {
  const cells: Cell[] = [];
  let cellStart = lineStart;
  for (let i = lineStart; i <= lineEnd; i++) {
    if (i < lineEnd && body[i] !== "|") continue;
    const raw = body.slice(cellStart, i);
    const text = raw.trim();
    if (text) {
      const start = cellStart + raw.indexOf(text);
      cells.push({ text, start, end: start + text.length });
    }
    cellStart = i + 1;
  }
  return cells;
}

/**
 * The topics a table may be on: those its own words name, and those it stands
 * under (its caption's, its section's).
 */
export interface TableTopics {
  own: readonly Domain[];
  around: readonly Domain[];
  /** the line right above the table, where it is a caption (表1:各省受理行政复议案件情况): the cue of a column headed only 数量 */
  caption?: string;
}

/** The figures of one table. */
export function tableFigures(body: string, block: TableBlock, topics: TableTopics): TableFigure[] {
  const figures: TableFigure[] = [];
  const labelled: TableFigure[] = [];
  const paired: Array<TableFigure & { label: string }> = [];
  const earlier: TableFigure[] = [];
  // the spans of years the prose names, found once for the table and only where it has rows of earlier years
  let spans: ReadonlyArray<readonly [number, number]> | undefined;
  const coversYears = (first: number, last: number): boolean =>
    (spans ??= yearSpansOutside(body, captionLineStart(body, block.start), block.end)).some(([from, to]) => from <= first && to >= last);
  // a header heads the numbers: a row of labels after them (98.6% | 出庭应诉率 over “零败诉” | 市政府本级…) is no header
  const firstNumbers = block.rows.findIndex((row) => row.some(isNumeric));
  const header = block.rows.slice(0, firstNumbers < 0 ? undefined : firstNumbers).find((row) => row.filter((cell) => !isNumeric(cell)).length >= MIN_CELLS);
  const latestYear = header ? latestYearOf(header) : null;
  // under columns of years (指标名称 | 2022年 | 2023年 | 2024年 | 合计), the earlier years' figures and their total's stand only where
  // the prose names a span over them (2020—2024年…), else they are baselines: a caption's span only says what the table compares
  const yearColumns = header !== undefined && latestYear !== null && headsYearColumns(header);
  const earlierColumnsStand = yearColumns && coversYears(Math.min(...yearsIn(header)), latestYear);
  const latestRowYear = latestYearOf(block.rows.map((row) => row[0]!).filter((cell) => YEAR_LABEL.test(cell.text)));
  const serialsFirst = header !== undefined && SERIAL_HEADER.test(header[0]!.text);
  // a first column headed 年度 labels each row by its year, written bare or not (2024 | 1198 | 502)
  const yearsDown = header !== undefined && YEARS_HEADER.test(header[0]!.text);
  // a header repeated further down under another group's label (行政诉讼 复议后起诉 | 结果维持 | … after 行政复议 | 结果维持 | …)
  // opens that group's rows: each group reads its columns on the topic its label names
  const groupHeads = new Set(header === undefined ? [] : block.rows.filter((row) => row !== header && repeatsHeader(row, header)));
  let groupTopics = groupHeads.size > 0 ? topicsOfGroup(header!, topics) : topics;
  // the topic the last row label naming one of the table's named (新收行政复议申请(件) over 受理(件) | 办结(件))
  let carried: Domain | undefined;
  for (const row of block.rows) {
    if (row === header) continue;
    if (groupHeads.has(row)) {
      groupTopics = topicsOfGroup(row, topics);
      continue;
    }
    if (!header && isPairRow(row)) {
      paired.push(...pairFigures(body, row, topics));
      continue;
    }
    const label = rowLabel(row, serialsFirst) ?? (yearsDown && YEAR_LABEL.test(row[0]!.text) ? row[0]! : null);
    // rows of earlier years (2022年 | 45 | 40 above 2023年 | 62 | 60) are baselines, unless the text's prose names a span of years
    // over them (2022—2024年,B市…新收3752件): those years' figures, which stand in a text on them all; a caption's span (表1
    // 2022—2023年…情况) only says what the table compares
    const labelYear = label ? yearOf(label) : null;
    if (labelYear !== null && latestRowYear !== null && labelYear < latestRowYear) {
      if (header && coversYears(labelYear, latestRowYear)) {
        earlier.push(...onlyOnceEach(columnFigures(body, row, header, label, groupTopics, latestYear)).map((figure) => ({ ...figure, earlierYear: true })));
      }
      continue;
    }
    // the label's name, not the note after it (其他主动公开文件(…除规范性文件以外…))
    const name = label ? labelName(label.text) : "";
    const named = label ? topics.own.filter((domain) => domain.topic.test(name)) : [];
    if (named.length === 1) carried = named[0];
    // a row that names none and that no one topic of the table's claims is on the topic carried, as a list's item under its head
    const carriedTopics = named.length === 0 && carried ? onTopic(carried, topics) : null;
    if (label && yearColumns) {
      const onTable = yearColumnFigures(body, row, label, header, topics, latestYear);
      for (const figure of onTable.length || !carriedTopics ? onTable : yearColumnFigures(body, row, label, header, carriedTopics, latestYear)) {
        if (!figure.earlierYear) figures.push(figure);
        else if (earlierColumnsStand) earlier.push(figure);
      }
      continue;
    }
    if (label && !WHOLE_LABEL.test(label.text)) {
      const figure =
        labelledFigure(body, row, label, header, topics, serialsFirst, latestYear) ??
        (carriedTopics && labelledFigure(body, row, label, header, carriedTopics, serialsFirst, latestYear));
      // a row whose label names a topic of the table (行政规范性文件 | 2 | 0 | 8) reads its columns on that topic
      const domain = figure || !header || BODY_LABEL.test(name) ? undefined : named[0];
      if (figure) labelled.push(figure);
      else if (domain) figures.push(...onlyOnceEach(columnFigures(body, row, header!, label, onTopic(domain, topics), latestYear)));
      continue;
    }
    if (header) figures.push(...onlyOnceEach(columnFigures(body, row, header, label, groupTopics, latestYear)));
  }
  return [...figures, ...onlyOnceEach(labelled), ...totalsOrOnlyOnce(paired), ...earlier];
}

/** The table's topics narrowed to one of its own, its caption kept. */
function onTopic(domain: Domain, topics: TableTopics): TableTopics {
  return { own: [domain], around: [], caption: topics.caption };
}

/** A row of labels each followed by its value (审结 | 4102 | 维持 | 2311 | 驳回 | 402): two pairs or more, no header over them. */
function isPairRow(row: readonly Cell[]): boolean {
  return row.length >= 4 && row.length % 2 === 0 && row.every((cell, column) => (column % 2 === 0 ? !isNumeric(cell) : isNumeric(cell)));
}

/** Each label's value in a row of pairs, as the label cues it. */
function pairFigures(body: string, row: readonly Cell[], topics: TableTopics): Array<TableFigure & { label: string }> {
  const figures: Array<TableFigure & { label: string }> = [];
  for (let column = 0; column < row.length; column += 2) {
    const figure = figureFor(body, row[column]!.text, row[column + 1]!, topics);
    if (figure) figures.push({ ...figure, label: row[column]!.text });
  }
  return figures;
}

/**
 * The pairs' figures of rules read once, or, where several read one rule, the one whose label says it is their total (撤销 | 206 |
 * 变更 | 18 … 纠错合计 | 366): the others are its kinds.
 */
function totalsOrOnlyOnce(figures: ReadonlyArray<TableFigure & { label: string }>): TableFigure[] {
  const byRule = new Map<MetricRule, Array<TableFigure & { label: string }>>();
  for (const figure of figures) {
    const same = byRule.get(figure.rule);
    if (same) same.push(figure);
    else byRule.set(figure.rule, [figure]);
  }
  return [...byRule.values()].flatMap((same) => {
    if (same.length === 1) return [same[0]!];
    const totals = same.filter((figure) => TOTAL_LABEL.test(figure.label));
    return totals.length === 1 ? [totals[0]!] : [];
  });
}

/** A label that names a total: 纠错合计, 总计, 案件总数. */
const TOTAL_LABEL = /合计|总计|总数|共计/;

/** A row label that names a body, not a topic, though a topic's word is in its name (区级调委会, 行政复议中心): one body's row. */
const BODY_LABEL = /(?:委员会|调委会|中心|工作室|局|院|所|站|庭|街道|[乡镇村]|社区|部门|单位)$/;

/** A row that is the header again under its own label: the same cells after the first. */
function repeatsHeader(row: readonly Cell[], header: readonly Cell[]): boolean {
  return row.length === header.length && !isNumeric(row[0]!) && row.every((cell, column) => column === 0 || cell.text === header[column]!.text);
}

/**
 * The topics a group's rows are read on: those of the table's own its label names, else the table's; its name, not the note
 * after it (行政诉讼(未经复议直接起诉): lawsuits, not reviews).
 */
function topicsOfGroup(groupHeader: readonly Cell[], topics: TableTopics): TableTopics {
  const name = labelName(groupHeader[0]!.text);
  const named = topics.own.filter((domain) => domain.topic.test(name));
  return named.length ? { ...topics, own: named, around: [] } : topics;
}

/**
 * A row's label: its first cell, or its second where a value comes first and its caption after it (213件 | 全市新收一审行政诉讼案件)
 * or where the first is the row's serial number under 序号 (1 | 芦汀区 | 46 | 100%: a place's row, not numbers of the table's own).
 */
function rowLabel(row: readonly Cell[], serialsFirst: boolean): Cell | null {
  if (!isNumeric(row[0]!)) return row[0]!;
  if (serialsFirst && row.length > 2 && !isNumeric(row[1]!)) return row[1]!;
  return row.length === 2 && !isNumeric(row[1]!) ? row[1]! : null;
}

/**
 * The figures of rules read once only: rows or columns that are kinds of one figure (作出撤销决定 | 63, 确认违法 | 43,
 * 责令履行 | 8; `撤销 | 确认违法` over `25 | 8`) are its parts, none of them it.
 */
function onlyOnceEach(figures: readonly TableFigure[]): TableFigure[] {
  const rulesOf = figures.map((figure) => figure.rule);
  return figures.filter((figure) => rulesOf.indexOf(figure.rule) === rulesOf.lastIndexOf(figure.rule));
}

/** A row label without the note in parentheses after its name. */
function labelName(label: string): string {
  const note = label.search(/[(（]/);
  return note > 0 ? label.slice(0, note) : label;
}

/** The header cell over a row's cell, the header aligned to the row's last cell (a row may hold a label the header leaves out). */
function headingOver(header: readonly Cell[], row: readonly Cell[], column: number): Cell | undefined {
  return header[column + header.length - row.length];
}

/** A header whose columns after the first are all years, a total over them last if any (指标名称 | 2022年 | 2023年 | 2024年 | 三年合计). */
function headsYearColumns(header: readonly Cell[]): boolean {
  const columns = header.slice(1);
  const years = columns.filter((cell) => YEAR_LABEL.test(cell.text)).length;
  return years >= 2 && years + (YEARS_TOTAL_HEADER.test(columns.at(-1)!.text) ? 1 : 0) === columns.length;
}

/** A column that sums the years beside it: 合计, 总计, 累计, 五年合计. */
const YEARS_TOTAL_HEADER = /^(?:[一二三四五六七八九十\d]+年)?(?:合计|总计|累计|共计)$/;
/** A row's label that counts some of the row above's (其中:调解成功(件)). */
const PART_LABEL = /^\s*其中/;

/**
 * A row under columns of years (调解纠纷 | 24037 | 25882 | 27164 under 2022年 | 2023年 | 2024年): its label's figure for each
 * year, the latest the table's own; the earlier years' and a total over them are those periods' figures, which stand only in a
 * text on them all.
 */
function yearColumnFigures(body: string, row: readonly Cell[], label: Cell, header: readonly Cell[], topics: TableTopics, latestYear: number): TableFigure[] {
  // a row of some of the row above's (其中:调解成功(件)), or of a thing outside the catalogue (办理公证(件)), gives none
  if (PART_LABEL.test(label.text) || OUTSIDE_CATALOGUE.some((domain) => domain.topic.test(label.text))) return [];
  return row.flatMap((cell, column) => {
    const heading = headingOver(header, row, column);
    if (!heading || cell === label || !isNumeric(cell)) return [];
    const year = yearOf(heading);
    const figure = figureFor(body, label.text, cell, topics);
    return figure ? [{ ...figure, earlierYear: year === null || year < latestYear }] : [];
  });
}

/**
 * Each number of a row as the figure its column's header cues; columns of earlier years are baselines. A header with
 * fewer cells than the row has values groups its columns (被复议应诉数量 over 被行政复议数量 | … | 行政诉讼败诉数量, the
 * lower rows lost): which number is whose is not known.
 */
function columnFigures(body: string, row: readonly Cell[], header: readonly Cell[], label: Cell | null, topics: TableTopics, latestYear: number | null): TableFigure[] {
  if (header.length < row.length - 1) return [];
  return row.flatMap((cell, column) => {
    const heading = headingOver(header, row, column);
    if (!heading || cell === label || !isNumeric(cell) || isBesideResult(heading, latestYear)) return [];
    const bare = BARE_MEASURE.test(heading.text);
    // a column headed only 数量 counts what its caption's verb did (合法性审查情况) or, failing that, what its row's label names (重大行政决策)
    const figure = figureFor(body, bare && topics.caption ? topics.caption : heading.text, cell, topics) ?? (bare && label ? figureFor(body, label.text, cell, topics) : null);
    return figure ? [figure] : [];
  });
}

/**
 * A row whose label is a figure's cue and which holds one number (新收案件 | 1268件), a share or a score beside it aside (作出维持决定 | 3509 | 74.7% under 数量 | 比例),
 * and so are earlier years' (新收(件) | 405 | 318 under 2023年 | 2024年), and so is the serial under 序号 (1 | …关于印发…的通知 | 文号: a list
 * of documents, whose titles hold cues).
 */
function labelledFigure(body: string, row: readonly Cell[], label: Cell, header: readonly Cell[] | undefined, topics: TableTopics, serialsFirst: boolean, latestYear: number | null): TableFigure | null {
  const aside = (column: number): boolean => {
    const heading = header && headingOver(header, row, column);
    return heading !== undefined && (SHARE_OR_SCORE_HEADER.test(heading.text) || isBesideResult(heading, latestYear));
  };
  const numbers = row.filter((cell, column) => cell !== label && isNumeric(cell) && !aside(column) && !(serialsFirst && column === 0));
  return numbers.length === 1 ? figureFor(body, label.text, numbers[0]!, topics) : null;
}

function figureFor(body: string, cue: string, cell: Cell, topics: TableTopics): TableFigure | null {
  const quantity = cellQuantity(body, cell, cue);
  if (!quantity) return null;
  // a rule's cue as the engine reads it in a lead: not where it names what was not done (不予受理, 尚未审结 head no figure)
  const claimsOf = (domains: readonly Domain[]): Array<{ domain: Domain; rule: MetricRule }> =>
    domains.flatMap((domain) => {
      const rule = domain.rules.find((candidate) => cuedIn(candidate, cue) && fits(candidate, quantity));
      return rule ? [{ domain, rule }] : [];
    });
  // the table's own words decide first: the topic its header names, or, where it names none (立案数量 | 结案数量 beside
  // 被行政复议数量), the one topic of the table's that claims it; what it stands under decides only when one topic claims the header
  const named = topics.own.filter((domain) => domain.topic.test(cue));
  const own = claimsOf(named.length ? named : topics.own);
  if (own.length && (named.length || own.length === 1)) return { ...own[0]!, quantity };
  const around = claimsOf(topics.around);
  return around.length === 1 ? { ...around[0]!, quantity } : null;
}

/** A cell's number; a bare one takes the unit its label gives (败诉率(%) | 5.8, “法律明白人”数量(名) | 14870), else counts what its header names. */
function cellQuantity(body: string, cell: Cell, cue: string): Quantity | null {
  const [quantity] = scanQuantities(body, cell.start, cell.end);
  if (!quantity || quantity.start !== cell.start || quantity.end !== cell.end) return null;
  if (quantity.kind !== "bare") return quantity;
  const unit = LABEL_UNIT.exec(cue);
  if (unit) return withUnit(quantity, unit[1] ?? "%");
  return Number.isInteger(quantity.value) ? { ...quantity, kind: "count" } : null;
}

/** A label that gives its row's unit in parentheses at its end (败诉率(%), 案卷评查(卷), 法律明白人数量(名)), or a per cent sign alone (出庭应诉率%). */
const LABEL_UNIT = /(?:[(（]\s*(%|名|人次|人|件|卷|场次|场|项|份)\s*[)）]|[%％])\s*$/;

function fits(rule: MetricRule, quantity: Quantity): boolean {
  if (quantity.unit === "") return rule.unit === "count";
  return rule.unit === "percent" ? quantity.kind === "percent" : quantity.kind !== "percent";
}

function isNumeric(cell: Cell): boolean {
  return NUMERIC_CELL.test(cell.text);
}

/** A cell that stands in a column for a value it does not give (规章 | / | / | /): a place in a row, no label. */
const NO_VALUE_CELL = /^(?:\/|-|—|——|无)$/;

/** A change from a baseline in a column of its own (增减 | -6 | +4.2个百分点 | ↓12%): a row's cell, never a figure. */
const CHANGE_CELL = /^(?:[+\-−－＋↑↓▲▼])\s*\d[\d,.]*\s*(?:%|个百分点|件次|件|起|宗|个|项|份|人次|人|名|次|场次|场|卷)?$/;

function holdsValue(cell: Cell): boolean {
  return isNumeric(cell) || NO_VALUE_CELL.test(cell.text) || CHANGE_CELL.test(cell.text);
}

/** The years cells name, in order. */
function yearsIn(cells: readonly Cell[]): number[] {
  return cells.map(yearOf).filter((year) => year !== null);
}

function latestYearOf(cells: readonly Cell[]): number | null {
  const years = yearsIn(cells.filter((cell) => !TARGET_OR_BASE_HEADER.test(cell.text)));
  return years.length > 1 ? Math.max(...years) : null;
}

/** The spans of years the text names (2022—2024年, 2021年至2023年), first and last year, outside the stretch from `skipFrom` to `skipTo` (a table and its caption). */
function yearSpansOutside(body: string, skipFrom: number, skipTo: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of body.matchAll(globalTwin(YEAR_SPAN))) if (match.index < skipFrom || match.index >= skipTo) spans.push([Number(match[1]), Number(match[2])]);
  return spans;
}

/** Where the line above a block begins (its caption's, if it has one); the block's own start where none stands above it. */
export function captionLineStart(body: string, blockStart: number): number {
  const lineEnd = body.lastIndexOf("\n", blockStart - 1);
  return lineEnd === -1 ? blockStart : body.lastIndexOf("\n", lineEnd - 1) + 1;
}


/** The year a cell names (2023年, 2019受理量), or null. */
function yearOf(cell: Cell): number | null {
  const year = YEAR.exec(cell.text)?.[1];
  return year === undefined ? null : Number(year);
}

/** A column of an earlier year (2019受理量 beside 2020受理量) is the baseline. */
function isEarlierYear(heading: Cell, latestYear: number | null): boolean {
  const year = yearOf(heading);
  return latestYear !== null && year !== null && year < latestYear;
}

/** A column beside the result, no figure of the row's own: an earlier year's, a target's or a baseline's. */
function isBesideResult(heading: Cell, latestYear: number | null): boolean {
  return TARGET_OR_BASE_HEADER.test(heading.text) || isEarlierYear(heading, latestYear);
}
