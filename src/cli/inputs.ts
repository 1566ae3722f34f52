/**
 * Expanding the command line's inputs into a stable, sorted list of files:
 * paths, folders (recursive, by extension) and glob patterns, plus "-".
 * A path that does not exist stays in the list, so that it gets its own error
 * line instead of vanishing.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { globSync } from "tinyglobby";
import { STDIN_PATH } from "../read/index.js";

export const DEFAULT_EXTENSIONS = ["txt", "html", "htm", "pdf", "docx", "doc"];

export interface InputFile {
  /** as given or found, for source.path */
  path: string;
  /** where it sits below the folder or glob it came from, for --out-dir */
  relativePath: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  /** true when an argument was a folder or a glob, so output is one line per input */
  batch: boolean;
}

const GLOB_CHARS = /[*?[\]{}]/;

export function expandInputs(args: readonly string[], extensions: readonly string[]): ExpandedInputs {
  const files: InputFile[] = [];
  let batch = args.length > 1;
  const wanted = new Set(extensions.map((extension) => extension.replace(/^\./, "").toLowerCase()));
  for (const arg of args) {
    if (arg === STDIN_PATH) {
      files.push({ path: STDIN_PATH, relativePath: "stdin" });
      continue;
    }
    const kind = pathKind(arg);
    if (kind === "directory") {
      batch = true;
      for (const found of walk(arg, wanted)) files.push({ path: found, relativePath: relative(arg, found) });
    } else if (kind === "missing" && GLOB_CHARS.test(arg)) {
      batch = true;
      const matches = globSync(arg, { onlyFiles: true, expandDirectories: false }).sort(byCodePoint);
      const base = globBase(arg);
      for (const match of matches) files.push({ path: match, relativePath: relative(base, match) });
    } else {
      files.push({ path: arg, relativePath: relativeOrName(arg) });
    }
  }
  return { files, batch };
}

export function isDirectory(path: string): boolean {
  return pathKind(path) === "directory";
}

function pathKind(path: string): "file" | "directory" | "missing" {
  try {
    return statSync(path).isDirectory() ? "directory" : "file";
  } catch {
    return "missing";
  }
}

/** Every file below `folder` with a wanted extension, sorted by code point at each level. */
function walk(folder: string, wanted: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...walk(path, wanted));
    else if (entry.isFile() && wanted.has(extensionOf(entry.name))) found.push(path);
  }
  return found;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot === -1 ? "" : name.slice(dot + 1).toLowerCase();
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The folder part of a glob before its first wildcard: reports/**\/*.txt → reports */
function globBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const part of parts) {
    if (GLOB_CHARS.test(part)) break;
    fixed.push(part);
  }
  return fixed.length ? fixed.join(sep) || sep : ".";
}

function relativeOrName(path: string): string {
  const inside = relative(process.cwd(), resolve(path));
  return inside.startsWith("..") || inside === "" ? path.split(/[\\/]/).pop()! : inside;
}
