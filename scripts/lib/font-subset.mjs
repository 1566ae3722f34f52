// A subset of a TrueType font holding only the given characters, made with
// HarfBuzz's subsetter (harfbuzzjs, WebAssembly). It reads a face of a font
// collection (.ttc), as Debian ships its Chinese fonts.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const HB_MEMORY_MODE_WRITABLE = 2;

export async function subsetFont(fontBytes, characters, faceIndex = 0) {
  const wasmPath = createRequire(import.meta.url).resolve("harfbuzzjs/dist/harfbuzz-subset.wasm");
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath));
  const hb = instance.exports;
  hb._initialize();
  const fontAt = hb.malloc(fontBytes.byteLength);
  new Uint8Array(hb.memory.buffer).set(fontBytes, fontAt);
  const blob = hb.hb_blob_create(fontAt, fontBytes.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, faceIndex);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const character of characters) hb.hb_set_add(unicodes, character.codePointAt(0));
  const subset = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  if (subset === 0) throw new Error("HarfBuzz could not subset the font");
  const result = hb.hb_face_reference_blob(subset);
  const at = hb.hb_blob_get_data(result, 0);
  const bytes = Buffer.from(new Uint8Array(hb.memory.buffer, at, hb.hb_blob_get_length(result)));
  hb.hb_blob_destroy(result);
  hb.hb_face_destroy(subset);
  hb.hb_face_destroy(face);
  hb.free(fontAt);
  return bytes;
}
