/**
 * `node bench/rss.mjs OUT SCRIPT ARGS…` runs SCRIPT as if it were the main
 * module and, when the process exits, writes its peak resident set size in KB
 * (process.resourceUsage().maxRSS: the whole process, worker threads included)
 * to OUT. Keeps the bench independent of /usr/bin/time.
 */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [, , out, script, ...args] = process.argv;
process.argv = [process.argv[0], script, ...args];
process.on("exit", () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
await import(pathToFileURL(script).href);
