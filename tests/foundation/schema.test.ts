/** The committed JSON Schema is generated from the zod schema; this fails when they drift. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reportJsonSchema } from "../../src/index.js";
import { ROOT } from "../helpers.js";

describe("schemas/report.schema.json", () => {
  it("matches the zod schema (run `npm run schema` after changing src/schema)", () => {
    const committed: unknown = JSON.parse(readFileSync(join(ROOT, "schemas", "report.schema.json"), "utf8"));
    expect(committed).toEqual(reportJsonSchema());
  });
});
