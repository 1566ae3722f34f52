// As in src/cli/worker.ts: first, so the schemas built below compile on first parse.
import "zod/compile";
import { expect, it } from "vitest";
import { MetricSchema } from "../../src/schema/report.js";
import { describeValidation } from "./validation-table.js";

describeValidation("output validation, compiled validators (batch workers)");

it("really ran compiled validators", () => {
  // the report schema itself is recursive (sections hold sections) and stays
  // on the runtime parser; the schemas inside it compile
  expect(MetricSchema._zod.bag.validator).toBeDefined();
});
