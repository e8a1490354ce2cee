import { childElements, parseXml, textOf } from "../../src/manifest/xml";

describe("parseXml", () => {
  it("reads elements, attributes, entities and CDATA", () => {
    const result = parseXml(
      `<?xml version="1.0"?>\n<!-- c --><a x="1 &amp; 2"><b y='z'>t&lt;u</b><c/><![CDATA[<raw>]]></a>`,
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.root.attributes).toEqual({ x: "1 & 2" });
    const [b, c] = childElements(result.root);
    expect(b?.attributes).toEqual({ y: "z" });
    expect(textOf(b!)).toBe("t<u");
    expect(c?.name).toBe("c");
    expect(result.root.children).toContain("<raw>");
  });

  it.each([
    ["<a><b></a>", /does not match/],
    ["<a>", /never closed/],
    ["<a x=1/>", /quoted/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ["<a>&</a>", /bare "&"/],
    ["<a>&nbsp;</a>", /unknown entity/],
    ["<a/><b/>", /after the root/],
    ["text<a/>", /outside the root/],
    ["<a>< b/></a>", /not followed by a tag name/],
    ["", /no root/],
  ])("refuses %j", (xml, message) => {
    const result = parseXml(xml);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
