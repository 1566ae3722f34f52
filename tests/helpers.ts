/** Shared by the test files: fixtures, the gold annotations, and running the built CLI. */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = new URL("..", import.meta.url).pathname;
export const SEEDS = join(ROOT, "fixtures", "seeds");
export const GOLD = join(ROOT, "tests", "gold");

export interface GoldFigure {
  id: string;
  value: number;
  qualifier?: string;
}

export interface GoldSection {
  marker: string;
  title: string;
  category?: string;
  children?: GoldSection[];
}

export interface Gold {
  file: string;
  meta: { title: string | null; region: string | null; level: string | null; year: number | null; publishedAt: string | null };
  sections: GoldSection[];
  metrics: GoldFigure[];
  optional?: GoldFigure[];
}

export function seedFiles(): string[] {
  return readdirSync(SEEDS).filter((name) => name.endsWith(".txt")).sort();
}

export function goldFor(seed: string): Gold {
  return JSON.parse(readFileSync(join(GOLD, seed.replace(/\.txt$/, ".json")), "utf8")) as Gold;
}

export function runCli(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(ROOT, "bin", "extract.js"), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env },
    maxBuffer: 64 << 20,
  });
}
