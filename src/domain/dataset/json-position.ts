/**
 * Where a JSON text first goes wrong. JSON.parse's messages carry a position only sometimes, and in a
 * wording that changes between Node versions; a small scanner gives the same answer everywhere.
 */

/** Offset of the first character that makes `text` invalid JSON (text.length if it stops early), or null if valid. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && " \t\n\r".includes(text[i] as string)) i++;
  };
  const literal = (word: string): boolean => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    return false;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const next = text[i + 1] ?? "";
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== "") i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) return false;
    i += match[0].length;
    return true;
  };
  const value = (): boolean => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") return (i++, true);
      for (;;) {
        ws();
        if (!string()) return false;
        ws();
        if (text[i] !== ":") return false;
        i++;
        if (!value()) return false;
        ws();
        if (text[i] === "}") return (i++, true);
        if (text[i] !== ",") return false;
        i++;
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") return (i++, true);
      for (;;) {
        if (!value()) return false;
        ws();
        if (text[i] === "]") return (i++, true);
        if (text[i] !== ",") return false;
        i++;
      }
    }
    if (c === '"') return string();
    return literal("true") || literal("false") || literal("null") || number();
  };
  const ok = value();
  if (ok) {
    ws();
    if (i === text.length) return null;
  }
  return Math.min(i, text.length);
}
