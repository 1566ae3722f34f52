import { expect, it } from "vitest";
import { MetricSchema } from "../../src/schema/report.js";
import { describeValidation } from "./validation-table.js";

describeValidation("output validation, zod's runtime parser (one-report runs)");

it("really ran the runtime parser", () => {
  expect(MetricSchema._zod.bag.validator).toBeUndefined();
});
