/**
 * extract as a library: `import { extract } from "extract"` returns the same
 * typed, schema-valid object the CLI prints.
 */
export { extract, extractAsync, type ExtractOptions } from "./pipeline.js";
export { InputError, type InputErrorCode } from "./read/index.js";
export {
  ReportSchema,
  ErrorRecordSchema,
  reportJsonSchema,
  SCHEMA_VERSION,
  type Report,
  type Metric,
  type Section,
  type Check,
  type Warning,
  type Meta,
  type Source,
  type ErrorRecord,
} from "./schema/report.js";
export { DOMAINS, CATALOG_VERSION, type Domain, type MetricRule } from "./extract/rules/index.js";
