/**
 * Bytes of a dataset file → text, with the encoding detected, never asked for: a byte-order mark first (UTF-8,
 * UTF-16), then a strict UTF-8 decode, else Shift_JIS (what Japanese Excel writes for 「CSV (コンマ区切り)」), strict
 * too. Binary files and text in neither encoding are problems with the byte offset, not mojibake. Pure (TextDecoder).
 */
export type DetectedEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "shift_jis";

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: DetectedEncoding }
  | { readonly ok: false; readonly code: "Binary" | "UnknownEncoding" | "Empty"; readonly message: string };

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** First byte offset at which `bytes` stops being valid UTF-8 (for the message). */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, code: "Empty", message: "the file is empty" };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strict("utf-8", bytes.subarray(3));
    if (text !== null) return { ok: true, text, encoding: "utf-8-bom" };
    const at = 3 + firstBadUtf8(bytes.subarray(3));
    return {
      ok: false,
      code: "UnknownEncoding",
      message: `starts with a UTF-8 byte-order mark but is not UTF-8 at byte ${at}`,
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = strict("utf-16le", bytes.subarray(2));
    if (text !== null) return { ok: true, text, encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = strict("utf-16be", bytes.subarray(2));
    if (text !== null) return { ok: true, text, encoding: "utf-16be" };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      ok: false,
      code: "Binary",
      message: `contains a NUL byte at offset ${nul}: not a text file (an .xlsx or other binary?)`,
    };
  }
  const utf8 = strict("utf-8", bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: "utf-8" };
  const sjis = strict("shift_jis", bytes);
  if (sjis !== null) return { ok: true, text: sjis, encoding: "shift_jis" };
  return {
    ok: false,
    code: "UnknownEncoding",
    message: `neither UTF-8 (invalid at byte ${firstBadUtf8(bytes)}) nor Shift_JIS; save the file as CSV UTF-8 or CSV (Shift_JIS)`,
  };
}
