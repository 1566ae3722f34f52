/**
 * Whether to color a stream: NO_COLOR (non-empty) turns color off, FORCE_COLOR
 * turns it on (0 or false: off), and otherwise only a terminal gets color.
 */
import { Chalk, supportsColor, type ChalkInstance } from "chalk";

type ColorLevel = 0 | 1 | 2 | 3;

export function colorLevel(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): ColorLevel {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  if (env.FORCE_COLOR !== undefined) {
    const forced = env.FORCE_COLOR.toLowerCase();
    if (forced === "0" || forced === "false") return 0;
    return forced === "2" ? 2 : forced === "3" ? 3 : 1;
  }
  if (!stream.isTTY) return 0;
  return supportsColor ? (supportsColor.level as ColorLevel) || 1 : 1;
}

export function chalkFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  return new Chalk({ level: colorLevel(stream, env) });
}
