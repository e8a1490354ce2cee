/**
 * A minimal, strict XML reader for the add-in manifest: enough of XML 1.0 to refuse a malformed file (unclosed or
 * mismatched tags, unquoted or duplicate attributes, stray "<" or "&", text outside the root) and to give the checks
 * a tree. No DTDs, no namespaces resolution (qualified names are kept; `localName` strips the prefix).
 * Written here rather than adding a dependency: the manifest is small and the rules we need are few.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** 1-based line of the start tag, for messages. */
  readonly line: number;
}

export type XmlNode = XmlElement | string;

export type XmlParseResult =
  | { readonly ok: true; readonly root: XmlElement }
  | { readonly ok: false; readonly error: string; readonly line: number };

class XmlError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string, at: number): string {
  return text.replace(/&([^;\s&<]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(";")) throw new XmlError(`bare "&" (write &amp;)`, at);
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    const value = ENTITIES[body];
    if (value === undefined) throw new XmlError(`unknown entity &${body};`, at);
    return value;
  });
}

export function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

export function parseXml(text: string): XmlParseResult {
  const lineAt = (pos: number): number => text.slice(0, pos).split("\n").length;
  try {
    return { ok: true, root: parseDocument(text) };
  } catch (error) {
    if (error instanceof XmlError) return { ok: false, error: error.message, line: lineAt(error.position) };
    throw error;
  }

  function parseDocument(src: string): XmlElement {
    let pos = 0;
    let root: XmlElement | undefined;
    const stack: { name: string; attributes: Record<string, string>; children: XmlNode[]; line: number }[] = [];

    const skipMisc = (upTo: string, what: string): void => {
      const end = src.indexOf(upTo, pos);
      if (end < 0) throw new XmlError(`unterminated ${what}`, pos);
      pos = end + upTo.length;
    };

    while (pos < src.length) {
      const lt = src.indexOf("<", pos);
      const textEnd = lt < 0 ? src.length : lt;
      const text = src.slice(pos, textEnd);
      if (text.length > 0) {
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(decodeEntities(text, pos));
        else if (text.trim() !== "") throw new XmlError("text outside the root element", pos);
      }
      if (lt < 0) break;
      pos = lt;
      if (src.startsWith("<?", pos)) {
        skipMisc("?>", "processing instruction");
      } else if (src.startsWith("<!--", pos)) {
        skipMisc("-->", "comment");
      } else if (src.startsWith("<![CDATA[", pos)) {
        const start = pos + 9;
        skipMisc("]]>", "CDATA section");
        const parent = stack[stack.length - 1];
        if (!parent) throw new XmlError("CDATA outside the root element", start);
        parent.children.push(src.slice(start, pos - 3));
      } else if (src.startsWith("<!", pos)) {
        throw new XmlError("DOCTYPE and declarations are not allowed in a manifest", pos);
      } else if (src.startsWith("</", pos)) {
        const match = NAME.exec(src.slice(pos + 2));
        const open = stack.pop();
        if (!match) throw new XmlError("malformed end tag", pos);
        if (!open) throw new XmlError(`end tag </${match[0]}> without a start tag`, pos);
        if (open.name !== match[0]) {
          throw new XmlError(`end tag </${match[0]}> does not match <${open.name}> (line ${open.line})`, pos);
        }
        pos += 2 + match[0].length;
        const close = /^\s*>/.exec(src.slice(pos));
        if (!close) throw new XmlError(`malformed end tag </${open.name}>`, pos);
        pos += close[0].length;
        const element: XmlElement = open;
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(element);
        else root = element;
      } else {
        if (root) throw new XmlError("content after the root element", pos);
        const start = pos;
        const match = NAME.exec(src.slice(pos + 1));
        if (!match) throw new XmlError(`"<" not followed by a tag name`, pos);
        const name = match[0];
        pos += 1 + name.length;
        const attributes: Record<string, string> = {};
        for (;;) {
          const ws = /^\s*/.exec(src.slice(pos));
          const hadSpace = (ws?.[0].length ?? 0) > 0;
          pos += ws?.[0].length ?? 0;
          if (src.startsWith("/>", pos) || src.startsWith(">", pos)) break;
          if (pos >= src.length) throw new XmlError(`unterminated start tag <${name}>`, start);
          if (!hadSpace) throw new XmlError(`missing space between attributes in <${name}>`, pos);
          const attr = /^([A-Za-z_:][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(src.slice(pos));
          if (!attr?.[1]) throw new XmlError(`malformed attribute in <${name}> (values must be quoted)`, pos);
          if (attr[1] in attributes) throw new XmlError(`duplicate attribute ${attr[1]} in <${name}>`, pos);
          attributes[attr[1]] = decodeEntities(attr[3] ?? attr[4] ?? "", pos);
          pos += attr[0].length;
        }
        const element = { name, attributes, children: [] as XmlNode[], line: lineAt(start) };
        if (src.startsWith("/>", pos)) {
          pos += 2;
          const parent = stack[stack.length - 1];
          if (parent) parent.children.push(element);
          else root = element;
        } else {
          pos += 1;
          stack.push(element);
        }
      }
    }
    const unclosed = stack[stack.length - 1];
    if (unclosed) throw new XmlError(`<${unclosed.name}> (line ${unclosed.line}) is never closed`, src.length);
    if (!root) throw new XmlError("no root element", 0);
    return root;
  }
}

/** Depth-first list of the elements under (and including) `element`. */
export function descendants(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [element];
  for (const child of element.children) if (typeof child !== "string") out.push(...descendants(child));
  return out;
}

export function childElements(element: XmlElement, local?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => typeof c !== "string" && (local === undefined || localName(c.name) === local),
  );
}

export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}
