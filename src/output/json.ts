/**
 * JSON for people and for pipes: indented and colored for a terminal, plain
 * for everything else, one compact line per document for NDJSON.
 */
import type { ChalkInstance } from "chalk";

export function toJson(value: unknown, colors: ChalkInstance | null): string {
  return colors && colors.level > 0 ? colorize(value, colors, "") : JSON.stringify(value, null, 2);
}

export function toJsonLine(value: unknown): string {
  return JSON.stringify(value);
}

function colorize(value: unknown, c: ChalkInstance, indent: string): string {
  if (value === null) return c.gray("null");
  if (typeof value === "string") return c.green(JSON.stringify(value));
  if (typeof value === "number") return c.yellow(String(value));
  if (typeof value === "boolean") return c.magenta(String(value));
  const inner = indent + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((item) => typeof item === "number")) return `[${value.map((item) => c.yellow(String(item))).join(", ")}]`;
    return `[\n${value.map((item) => inner + colorize(item, c, inner)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([key, item]) => `${inner}${c.cyan(JSON.stringify(key))}: ${colorize(item, c, inner)}`);
  return `{\n${lines.join(",\n")}\n${indent}}`;
}
