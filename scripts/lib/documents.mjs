// Writes a report's text as the documents agencies publish: a PDF (pdfkit, with
// a subset of a Chinese font embedded, lines broken by the page width, a
// running header and footer) and a .docx (the docx package: one paragraph a
// line, a page header and footer, a comment). Used by
// scripts/make-document-fixtures.mjs and by the benchmark.
import PDFDocument from "pdfkit";
import { CommentRangeEnd, CommentRangeStart, CommentReference, Document, Footer, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

export const FONT_FILE = new URL("../../fixtures/documents/font/wqy-microhei-subset.ttf", import.meta.url);

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 72;

/**
 * The footers a PDF may carry: page numbers in the three shapes Chinese
 * reports print, or a browser's print footer (URL and n/m).
 */
const FOOTERS = {
  dashes: (page) => `- ${page} -`,
  "page-of": (page, pages) => `第${page}页 共${pages}页`,
  browser: (page, pages) => `https://www.example.gov.cn/art/2024/1/26/art_1229_5812.html ${page}/${pages}`,
};

/**
 * The report as a PDF: its lines as paragraphs broken at the page width, with
 * `header` at the top of every page and a footer in the given
 * shape on every page. Resolves to the PDF's bytes.
 */
export function reportPdf(text, { header, footer = "dashes", fontSize = 12, encryption } = {}) {
  const doc = new PDFDocument({ size: "A4", margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }, bufferPages: true, ...encryption, info: { Title: header ?? "", CreationDate: new Date("2024-01-26T00:00:00Z") } });
  const chunks = [];
  doc.on("data", (chunk) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.font(FONT_FILE.pathname).fontSize(fontSize);
  for (const line of text.replace(/\n+$/, "").split("\n")) doc.text(line, { width: A4.width - 2 * MARGIN });
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    // Page furniture is drawn inside the margins, where no body text goes: with the bottom margin
    // left as it is, pdfkit would carry a footer over to a page of its own.
    doc.page.margins.bottom = 0;
    const edge = { width: A4.width - 2 * MARGIN, align: "center", lineBreak: false };
    if (header) doc.fontSize(9).text(header, MARGIN, MARGIN / 2, edge);
    doc.fontSize(9).text(FOOTERS[footer](page + 1, count), MARGIN, A4.height - MARGIN / 2, edge);
  }
  doc.end();
  return done;
}

/**
 * The report as a .docx: one paragraph a line, a header and a footer with the
 * page number, and a comment on the first paragraph. The header, footer and
 * comment hold figures of their own, which must stay out of the report.
 * `table` (rows of cells) is put after the first paragraph.
 */
export function reportDocx(text, { header, table } = {}) {
  const [first, ...rest] = text.replace(/\n+$/, "").split("\n");
  const commented = new Paragraph({
    children: [new CommentRangeStart(0), new TextRun(first), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })],
  });
  const body = [commented, ...(table ? [wordTable(table)] : []), ...rest.map((line) => new Paragraph(line))];
  const document = new Document({
    creator: "extract fixtures",
    comments: { children: [{ id: 0, author: "审校", date: new Date(0), children: [new Paragraph("批注：请核对收案99件、败诉9件")] }] },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph(`${header ?? ""} 页眉88件`)] }) },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun("第 "), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(" 页 页脚77件")] })] }) },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function wordTable(rows) {
  const cell = (text) => new TableCell({ children: [new Paragraph(text)], width: { size: 3000, type: WidthType.DXA } });
  return new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map(cell) })) });
}
