/**
 * Many agencies publish PDFs encrypted with an empty user password: they open
 * without one, and only printing or copying is restricted. Their streams are
 * encrypted, so the inflation check must decrypt a stream before it can
 * measure what the stream inflates to. This is the standard security handler
 * (ISO 32000-2 §7.6.4) for the empty password: RC4 and AES-128 (revisions 2
 * to 4) and AES-256 (revisions 5 and 6). A key that does not fit (a document
 * that needs a password, which PDF.js then refuses) only decrypts to bytes
 * that do not inflate, as before.
 */
import { createCipheriv, createDecipheriv, createHash } from "node:crypto";

/** A stream's data as PDF.js will see it, decrypted; null when it cannot be. */
export type StreamDecryptor = (data: Uint8Array, object: number, generation: number, dictionary: string) => Uint8Array | null;

type Cipher = "rc4" | "aes128" | "aes256" | "none";

const PASSWORD_PADDING = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");
const UNENCRYPTED_STREAM = /\/Type\s*\/(?:XRef|Metadata)\b/;

/** The decryptor for a PDF encrypted by the standard handler, or null for one that is not encrypted (or not by it). */
export function streamDecryptor(latin1: string): StreamDecryptor | null {
  const encrypt = encryptionDictionary(latin1);
  if (encrypt === null || !/\/Filter\s*\/Standard\b/.test(encrypt)) return null;
  const version = numberOf(encrypt, "V") ?? 0;
  const revision = numberOf(encrypt, "R") ?? 0;
  const cipher = cipherOf(encrypt, version);
  const key = revision >= 5 ? keyRevision6(encrypt, revision) : keyRevision2to4(encrypt, latin1, revision, version);
  if (key === null || cipher === "none") return null;
  return (data, object, generation, dictionary) => {
    if (UNENCRYPTED_STREAM.test(dictionary)) return data;
    try {
      return decrypt(data, cipher === "aes256" ? key : objectKey(key, object, generation, cipher), cipher);
    } catch {
      return null;
    }
  };
}

/** The /Encrypt dictionary the last trailer (or cross-reference stream) points to. */
function encryptionDictionary(latin1: string): string | null {
  const references = [...latin1.matchAll(/\/Encrypt\s+(\d+)\s+(\d+)\s+R/g)];
  const last = references[references.length - 1];
  if (!last) return null;
  const objects = [...latin1.matchAll(new RegExp(`(?:^|\\D)${last[1]}\\s+${last[2]}\\s+obj\\b`, "g"))];
  const start = objects[objects.length - 1]?.index;
  if (start === undefined) return null;
  const end = latin1.indexOf("endobj", start);
  return latin1.slice(start, end === -1 ? undefined : end);
}

/** Algorithm 2: MD5 of the padded (empty) password, /O, /P, the first /ID, then 50 rounds from revision 3. */
function keyRevision2to4(encrypt: string, latin1: string, revision: number, version: number): Buffer | null {
  const owner = stringOf(encrypt, "O");
  const permissions = numberOf(encrypt, "P");
  const id = stringOf(latin1.slice(latin1.lastIndexOf("/ID")), "ID");
  if (owner === null || permissions === null || id === null) return null;
  const length = version === 1 || revision === 2 ? 5 : (numberOf(topLevel(encrypt), "Length") ?? 128) / 8;
  const hash = createHash("md5").update(PASSWORD_PADDING).update(owner.subarray(0, 32));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  hash.update(p).update(id);
  if (revision >= 4 && /\/EncryptMetadata\s+false/.test(encrypt)) hash.update(Buffer.from([0xff, 0xff, 0xff, 0xff]));
  let key = hash.digest().subarray(0, length);
  if (revision >= 3) for (let round = 0; round < 50; round++) key = createHash("md5").update(key).digest().subarray(0, length);
  return key;
}

/** Revisions 5 and 6: the file key is /UE decrypted with a hash of the (empty) password and /U's key salt. */
function keyRevision6(encrypt: string, revision: number): Buffer | null {
  const user = stringOf(encrypt, "U");
  const userKey = stringOf(encrypt, "UE");
  if (user === null || userKey === null || user.length < 48 || userKey.length < 32) return null;
  const salt = user.subarray(40, 48);
  const hash = revision === 5 ? createHash("sha256").update(salt).digest() : hardenedHash(salt);
  const decipher = createDecipheriv("aes-256-cbc", hash, Buffer.alloc(16)).setAutoPadding(false);
  return Buffer.concat([decipher.update(userKey.subarray(0, 32)), decipher.final()]);
}

/** Algorithm 2.B for the empty password and no /U data: rounds of AES-128 and SHA-2, 64 at least. */
function hardenedHash(salt: Buffer): Buffer {
  let key = createHash("sha256").update(salt).digest();
  let encrypted = Buffer.alloc(0);
  for (let round = 0; round < 64 || encrypted[encrypted.length - 1]! > round - 32; round++) {
    const cipher = createCipheriv("aes-128-cbc", key.subarray(0, 16), key.subarray(16, 32)).setAutoPadding(false);
    const repeated = Buffer.concat(Array.from({ length: 64 }, () => key));
    encrypted = Buffer.concat([cipher.update(repeated), cipher.final()]);
    const digest = ["sha256", "sha384", "sha512"][encrypted.subarray(0, 16).reduce((sum, byte) => sum + byte, 0) % 3]!;
    key = createHash(digest).update(encrypted).digest();
  }
  return key.subarray(0, 32);
}

/** What the streams are encrypted with: RC4 up to version 2, the stream filter's method in 4, AES-256 in 5. */
function cipherOf(encrypt: string, version: number): Cipher {
  if (version === 5) return "aes256";
  if (version < 4) return "rc4";
  const filter = /\/StmF\s*\/(\w+)/.exec(encrypt)?.[1] ?? "Identity";
  if (filter === "Identity") return "none";
  const method = new RegExp(`/${filter}\\s*<<[^>]*?/CFM\\s*/(\\w+)`).exec(encrypt)?.[1];
  return method === "AESV2" ? "aes128" : method === "V2" ? "rc4" : "none";
}

/** Algorithm 1: the file key, the object's number and generation (and "sAlT" for AES), hashed. */
function objectKey(key: Buffer, object: number, generation: number, cipher: Cipher): Buffer {
  const numbers = Buffer.from([object & 0xff, (object >> 8) & 0xff, (object >> 16) & 0xff, generation & 0xff, (generation >> 8) & 0xff]);
  const hash = createHash("md5").update(key).update(numbers);
  if (cipher === "aes128") hash.update("sAlT");
  return hash.digest().subarray(0, Math.min(key.length + 5, 16));
}

function decrypt(data: Uint8Array, key: Buffer, cipher: Cipher): Uint8Array {
  if (cipher === "rc4") return rc4(key, data);
  const decipher = createDecipheriv(cipher === "aes256" ? "aes-256-cbc" : "aes-128-cbc", key, data.subarray(0, 16));
  return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]);
}

/** RC4, which OpenSSL 3 no longer offers by default. */
export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const state = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + state[i]! + key[i % key.length]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + state[i]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
    out[n] = data[n]! ^ state[(state[i]! + state[j]!) & 0xff]!;
  }
  return out;
}

function numberOf(dictionary: string, key: string): number | null {
  const match = new RegExp(`/${key}\\s+(-?\\d+)`).exec(dictionary);
  return match ? Number(match[1]) : null;
}

/** The dictionary without its nested dictionaries (the crypt filters' own /Length). */
function topLevel(dictionary: string): string {
  let depth = 0;
  let kept = "";
  for (let i = 0; i < dictionary.length; i++) {
    if (dictionary.startsWith("<<", i)) depth++;
    if (depth <= 1) kept += dictionary[i];
    if (dictionary.startsWith(">>", i)) depth--;
  }
  return kept;
}

/** The string value of /key (hex <…> or literal (…), first of an array), as bytes. */
function stringOf(text: string, key: string): Buffer | null {
  const match = new RegExp(`/${key}\\s*\\[?\\s*([<(])`).exec(text);
  if (!match) return null;
  const start = match.index + match[0].length;
  return match[1] === "<" ? hexString(text, start) : literalString(text, start);
}

function hexString(text: string, start: number): Buffer | null {
  const end = text.indexOf(">", start);
  if (end === -1) return null;
  const digits = text.slice(start, end).replace(/\s+/g, "");
  return Buffer.from(digits.length % 2 ? `${digits}0` : digits, "hex");
}

const ESCAPES: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, b: 0x08, f: 0x0c };

/** A literal string: balanced parentheses, backslash escapes (\n, \(, \ddd, a line continuation). */
function literalString(text: string, start: number): Buffer | null {
  const bytes: number[] = [];
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    if (char === "\\") {
      const next = text[++i] ?? "";
      const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3));
      if (octal) {
        bytes.push(Number.parseInt(octal[0], 8) & 0xff);
        i += octal[0].length - 1;
      } else if (next === "\r" || next === "\n") {
        if (next === "\r" && text[i + 1] === "\n") i++;
      } else bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      continue;
    }
    if (char === "(") depth++;
    if (char === ")" && --depth === 0) return Buffer.from(bytes);
    bytes.push(char.charCodeAt(0));
  }
  return null;
}
