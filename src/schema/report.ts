/**
 * The output contract. This zod schema is the single source of truth: the
 * TypeScript types below are inferred from it and schemas/report.schema.json is
 * generated from it (npm run schema); a test fails when the two drift.
 *
 * Written with zod/mini, zod's tree-shakable API: the CLI validates every
 * report before printing it, and the classic API cost a one-report run about
 * 20 ms of loading and first-parse compiling where this costs about 9 ms.
 */
import * as z from "zod/mini";

export const SCHEMA_VERSION = "1";

/** A whole number ≥ 0 (offsets, byte counts). */
const count = () => z.int().check(z.nonnegative());
/** A calendar date, YYYY-MM-DD. */
const isoDate = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** [start, end) in Unicode code points of the decoded input text. */
export const SpanSchema = z
  .tuple([count(), count()])
  .check(z.describe("[start, end) in Unicode code points of the decoded input (for HTML, PDF and Word, of its extracted text)"));

export const MetricUnitSchema = z.enum(["count", "percent", "person", "person_time", "yuan"]);
export const QualifierSchema = z
  .nullable(z.enum(["over", "about", "nearly", "under"]))
  .check(z.describe("over: 余/多/以上/超过/逾; about: 约/左右; nearly: 近/接近; under: 不足/不到/以下/以内"));
export const CategorySchema = z.enum(["achievements", "leadership_duty", "problems", "plans", "other"]);
export const LevelSchema = z.nullable(z.enum(["national", "province", "city", "district", "county", "township", "department"]));

export const ChangeSchema = z.object({
  direction: z.enum(["up", "down"]),
  amount: z.number(),
  unit: z.enum(["percent", "percentage_point", "count", "person", "person_time", "yuan"]),
  span: SpanSchema,
  evidence: z.string(),
});

export const MetricSchema = z.object({
  id: z.string().check(z.regex(/^[a-z_]+\.[a-z_]+$/)),
  label: z.string(),
  value: z.number(),
  unit: MetricUnitSchema,
  qualifier: QualifierSchema,
  change: z.nullable(ChangeSchema),
  section: z.nullable(z.string()).check(z.describe("path of the innermost section holding the figure")),
  span: SpanSchema,
  evidence: z.string().check(z.describe("exactly the input text at span")),
  page: z.optional(z.int().check(z.positive(), z.describe("PDF input only: the page, from 1, the evidence starts on"))),
});

export const PointSchema = z.object({
  ordinal: z.int().check(z.positive()),
  text: z.string().check(z.describe("the point's lead phrase, simplified script")),
  span: SpanSchema,
});

export const SectionSchema = z.object({
  path: z.string().check(z.describe("position in the tree, e.g. 2.1")),
  level: z.int().check(z.positive()),
  marker: z.string().check(z.describe("as written in the input")),
  title: z.string().check(z.describe("simplified script")),
  category: CategorySchema,
  span: SpanSchema,
  points: z.array(PointSchema).check(z.describe("一是…二是… inside the section's own text")),
  keywords: z.optional(z.array(z.object({ term: z.string(), weight: z.number() }))),
  get children() {
    return z.array(SectionSchema);
  },
});

export const CheckSchema = z.object({
  rule: z.string(),
  ok: z.boolean(),
  detail: z.string().check(z.describe("the arithmetic, e.g. 7/55 = 12.7%")),
  metrics: z.array(z.string()).check(z.describe("ids of the figures compared")),
});

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
});

/** The parts a yearly report must cover (法治政府建设与责任落实督察工作规定, 2019). */
export const RequiredPartSchema = z.enum(["achievements", "leadership_duty", "problems", "plans"]);

export const PartEntrySchema = z.object({
  section: z.nullable(z.string()).check(z.describe("path of the section that holds it; null outside every section")),
  span: SpanSchema,
  evidence: z.string().check(z.describe("exactly the input text at span: the heading, or the opening sentence of the paragraph")),
});

export const ComplianceSchema = z.object({
  parts: z.object({
    achievements: z.array(PartEntrySchema).check(z.describe("the year's main measures and results")),
    leadership_duty: z.array(PartEntrySchema).check(z.describe("how the principal party and government leaders performed their duty as first persons responsible")),
    problems: z.array(PartEntrySchema).check(z.describe("shortcomings and their causes")),
    plans: z.array(PartEntrySchema).check(z.describe("the next year's main plans")),
  }),
  missing: z.array(RequiredPartSchema).check(z.describe("the parts with no entry")),
  deadline: z.nullable(isoDate()).check(z.describe("1 April of the year after meta.year; null when the year is unknown")),
  publishedAt: z.nullable(isoDate()).check(z.describe("meta.publishedAt")),
  onTime: z.nullable(z.boolean()).check(z.describe("publishedAt before deadline; null when either is unknown")),
});

export const SourceSchema = z.object({
  path: z.string().check(z.describe('"-" for standard input')),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  bytes: count(),
  encoding: z.string().check(z.describe("as detected: utf-8, gb18030, utf-16le, …; for PDF and Word, what the document stores its text in")),
  format: z.enum(["text", "html", "pdf", "docx", "doc"]).check(z.describe("pdf, docx, doc: spans index the text extracted from the document (extract text prints it)")),
  script: z.enum(["simplified", "traditional", "mixed"]).check(z.describe("before conversion")),
});

export const MetaSchema = z.object({
  title: z.nullable(z.string()),
  region: z.nullable(z.string()).check(z.describe("the reporting government or body, simplified script")),
  level: LevelSchema,
  year: z.nullable(z.int()).check(z.describe("the year the report covers")),
  publishedAt: z.nullable(isoDate()),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceSchema,
  meta: MetaSchema,
  sections: z.array(SectionSchema),
  metrics: z.array(MetricSchema),
  checks: z.array(CheckSchema),
  compliance: z
    .nullable(ComplianceSchema)
    .check(z.describe("required parts and publication deadline; null when the text is not a yearly rule-of-law report (news, white paper, court report)")),
  warnings: z.array(WarningSchema),
  keywords: z.optional(z.array(z.object({ term: z.string(), weight: z.number() }))),
});

/** What an input that could not be read yields in a batch: its own line, no results. */
export const ErrorRecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({ path: z.string() }),
  error: z.object({ code: z.string(), message: z.string() }),
});

export type Span = z.infer<typeof SpanSchema>;
export type MetricUnit = z.infer<typeof MetricUnitSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type Level = z.infer<typeof LevelSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type Point = z.infer<typeof PointSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Check = z.infer<typeof CheckSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type RequiredPart = z.infer<typeof RequiredPartSchema>;
export type PartEntry = z.infer<typeof PartEntrySchema>;
export type Compliance = z.infer<typeof ComplianceSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
/** One line of a batch: a report, or the error that kept an input from being read. */
export type BatchRecord = Report | ErrorRecord;

export function isErrorRecord(record: BatchRecord): record is ErrorRecord {
  return "error" in record;
}

/** The JSON Schema published in schemas/report.schema.json. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
}
