/** The README's metric table is the catalogue: a rule's id, unit, label or wording changed without it fails here. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogEntries } from "../../src/cli/commands/catalog.js";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const ROW = /^\| `([a-z_]+\.[a-z_]+)` \| ([a-z_]+) \| ([^|]+) \| ([^|]+) \|$/gm;

describe("README metric table", () => {
  it("lists every catalogue metric, in order, as the catalogue states it", () => {
    const rows = [...README.matchAll(ROW)].map(([, id, unit, label, wording]) => ({ id, unit, label: label!.trim(), wording: wording!.trim() }));
    const catalogue = catalogEntries().map(({ id, unit, label, wording }) => ({ id, unit, label, wording }));
    expect(rows).toEqual(catalogue);
  });
});
