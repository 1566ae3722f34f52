/**
 * The floor: `node bench/floor.mjs LIST` reads every file named in LIST (one
 * path a line), decodes it as UTF-8 and converts it Traditional → Simplified
 * with opencc-js, in one thread. Reading and converting the script is work no
 * extractor of these reports can skip; throughput is reported against it.
 */
import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";

const convert = OpenCC.Converter({ from: "t", to: "cn" });
const decoder = new TextDecoder("utf-8");
let characters = 0;
for (const path of readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean)) {
  characters += convert(decoder.decode(readFileSync(path))).length;
}
// Printed so the conversion cannot be optimised away.
process.stdout.write(`${characters}\n`);
