// Writes schemas/report.schema.json from the zod schema (the single source of truth).
// Run with `npm run schema`; tests/schema.test.ts fails when the committed file drifts.
import { writeFileSync } from "node:fs";
import { reportJsonSchema } from "../dist/schema/report.js";

const target = new URL("../schemas/report.schema.json", import.meta.url);
writeFileSync(target, JSON.stringify(reportJsonSchema(), null, 2) + "\n");
console.log(`wrote ${target.pathname}`);
