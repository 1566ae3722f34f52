/**
 * --out-dir: one JSON file per input, mirroring the input tree. Each file is
 * written to a temporary name and renamed, so a crash never leaves half a
 * file; an existing file is kept unless --force; nothing is written over an
 * input or outside the folder.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

export type WriteOutcome = "written" | "kept" | "refused";

let temporaryCount = 0;

/** Writes `text` to a temporary name beside `target` and renames it: a reader never sees half a file. */
export function writeAtomically(target: string, text: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.tmp-${process.pid}-${temporaryCount++}`;
  try {
    writeFileSync(temporary, text, { flag: "wx" });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Whether `path` lies strictly below `folder`. */
export function isInside(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside !== "" && inside !== ".." && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

export class OutDir {
  private readonly root: string;
  private readonly inputs: ReadonlySet<string>;

  constructor(root: string, inputPaths: readonly string[], private readonly force: boolean) {
    this.root = resolve(root);
    this.inputs = new Set(inputPaths.map((path) => resolve(path)));
  }

  /** Where the output for an input at `relativePath` goes, or null if that would leave the folder. */
  target(relativePath: string): string | null {
    const withJson = relativePath.replace(/\.[^./\\]*$/, "") + ".json";
    const target = resolve(this.root, withJson);
    return isInside(this.root, target) ? target : null;
  }

  write(relativePath: string, text: string): { outcome: WriteOutcome; target: string } {
    const target = this.target(relativePath);
    if (!target || this.inputs.has(target)) return { outcome: "refused", target: target ?? join(this.root, relativePath) };
    if (existsSync(target) && !this.force) return { outcome: "kept", target };
    writeAtomically(target, text);
    return { outcome: "written", target };
  }
}
