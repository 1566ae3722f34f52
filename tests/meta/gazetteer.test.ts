/**
 * The gazetteer: which names are divisions', and which bare names stand for one
 * division only, not for several nor for a common word.
 */
import { describe, expect, it } from "vitest";
import { divisionOfBare, isDivisionName } from "../../src/meta/gazetteer.js";

describe("gazetteer", () => {
  it.each([
    ["株洲市", true],
    ["颍上县", true],
    ["延边朝鲜族自治州", true],
    ["清溪镇", true],
    ["规范市", false],
    ["市辖区", false],
  ])("%s is a division's name: %s", (name, known) => {
    expect(isDivisionName(name)).toBe(known);
  });

  it.each<[string, string | null]>([
    ["株洲", "株洲市"],
    ["秀英", "秀英区"],
    ["鼓楼", "鼓楼区"],
    ["延边", "延边朝鲜族自治州"],
    // a city's, a district's and a county's
    ["朝阳", null],
    // a verb: together with
    ["会同", null],
    ["株", null],
  ])("the bare %s stands for %s", (bare, name) => {
    expect(divisionOfBare(bare)).toBe(name);
  });
});
