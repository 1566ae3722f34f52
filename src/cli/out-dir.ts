/**
 * --out-dir: one JSON file per input, mirroring the input tree. Each file is
 * written to a temporary name and renamed, so a crash never leaves half a
 * file; an existing file is kept unless --force; nothing is written over an
 * input or outside the folder.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";

export type WriteOutcome = "written" | "kept" | "refused";

export class OutDir {
  private readonly root: string;
  private readonly inputs: ReadonlySet<string>;
  private sequence = 0;

  constructor(root: string, inputPaths: readonly string[], private readonly force: boolean) {
    this.root = resolve(root);
    this.inputs = new Set(inputPaths.map((path) => resolve(path)));
  }

  /** Where the output for an input at `relativePath` goes, or null if that would leave the folder. */
  target(relativePath: string): string | null {
    const withJson = relativePath.replace(/\.[^./\\]*$/, "") + ".json";
    const target = resolve(this.root, withJson);
    return target.startsWith(this.root + sep) ? target : null;
  }

  write(relativePath: string, text: string): { outcome: WriteOutcome; target: string } {
    const target = this.target(relativePath);
    if (!target || this.inputs.has(target)) return { outcome: "refused", target: target ?? join(this.root, relativePath) };
    if (existsSync(target) && !this.force) return { outcome: "kept", target };
    mkdirSync(dirname(target), { recursive: true });
    const temporary = `${target}.tmp-${process.pid}-${this.sequence++}`;
    try {
      writeFileSync(temporary, text, { flag: "wx" });
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
    return { outcome: "written", target };
  }
}
