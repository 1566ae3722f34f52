/**
 * The gazetteer: the names of China's prefecture- and county-level divisions
 * (and the towns of the cities that have no counties), so that a name a text
 * writes only bare (株洲:…, 秀英法院) or only before a body's word
 * (颍上县人民法院) is known to be one.
 */
import { DIVISION_NAMES, OPENING_WORDS } from "./gazetteer-names.js";

const NAMES: ReadonlySet<string> = new Set(DIVISION_NAMES.split(" "));

/** An autonomous unit's full name: its bare name, the peoples, 自治 and the unit (延边朝鲜族自治州). */
const AUTONOMOUS = /^([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,3}?族)+自治[州县旗]$/;
/** The unit a division's name ends on, after its bare name: 株洲|市, 清溪|镇, 万江|街道, 六枝|特区. */
const UNIT = /(?:街道|特区|林区|新区|[市县区旗州盟镇乡])$/;

/**
 * Each bare name of two characters or more and the divisions it names (朝阳: 市, 区 and 县); none that is a common word
 * (会同法院…: together with the court). Built when first asked: most texts write no bare name, and a cold start should
 * not pay for it.
 */
let byBare: ReadonlyMap<string, readonly string[]> | null = null;

function bareNames(): ReadonlyMap<string, readonly string[]> {
  if (byBare) return byBare;
  const words = new Set(OPENING_WORDS.split(" "));
  const built = new Map<string, string[]>();
  for (const name of NAMES) {
    const bare = AUTONOMOUS.exec(name)?.[1] ?? name.replace(UNIT, "");
    if (bare.length < 2 || bare === name || words.has(bare)) continue;
    const named = built.get(bare);
    if (!named) built.set(bare, [name]);
    else if (!named.includes(name)) named.push(name);
  }
  byBare = built;
  return built;
}

/**
 * The gazetteer's management districts by their own name, the city before it dropped (常德市西洞庭管理区 → 西洞庭管理区):
 * a name built like a common word (…管理区) that is a division's. Built when first asked, as the bare names are.
 */
let managementDistricts: ReadonlySet<string> | null = null;

/** Whether `name` is a management district the gazetteer lists (西洞庭管理区, 龙感湖管理区). */
export function isManagementDistrict(name: string): boolean {
  managementDistricts ??= new Set(
    [...NAMES].filter((division) => division.endsWith("管理区")).map((division) => division.replace(CITY_BEFORE_MANAGEMENT_DISTRICT, "")),
  );
  return managementDistricts.has(name);
}

const CITY_BEFORE_MANAGEMENT_DISTRICT = /^[\u4e00-\u9fff]{2,4}?市(?=[\u4e00-\u9fff]{2,}管理区$)/;

/** Whether `name` is a division's full name (颍上县, 株洲市, 延边朝鲜族自治州). */
export function isDivisionName(name: string): boolean {
  return NAMES.has(name);
}

/** The divisions whose stems hold one of `chars` (无为市, 犍为县, 图们市 for function words that elsewhere end a name). */
export function divisionsHolding(chars: string): string[] {
  return [...NAMES].filter((name) => UNIT.test(name) && [...name.replace(UNIT, "")].some((char) => chars.includes(char)));
}

/**
 * The full name of the one division a bare name stands for (株洲 → 株洲市), or null; with a unit, of the one division of
 * that unit (本溪 with 市 → 本溪市, not 本溪满族自治县).
 */
export function divisionOfBare(bare: string, unit = ""): string | null {
  let found: string | null = null;
  for (const name of bareNames().get(bare) ?? []) {
    if (!name.endsWith(unit)) continue;
    if (found) return null;
    found = name;
  }
  return found;
}
