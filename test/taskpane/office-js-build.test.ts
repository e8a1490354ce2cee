/**
 * Where the pane loads office.js from. Microsoft requires add-ins published from AppSource to load it from its CDN
 * (learn.microsoft.com, "Referencing the Office JavaScript API library"), so production builds reference it there;
 * OFFICE_JS=self-host keeps a copy in the build for closed networks (自治体の LGWAN) and for the offline browser tests.
 */
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

interface Plugin {
  readonly constructor: { readonly name: string };
  readonly userOptions?: { templateParameters?: Record<string, unknown> };
  readonly patterns?: readonly { from: string; to?: string }[];
}

function configFor(env: Record<string, string | undefined>, webpackEnv: Record<string, unknown> = {}) {
  const saved = { ...process.env };
  try {
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    jest.resetModules();
    type Config = { name?: string; plugins: Plugin[] };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const make = require("../../webpack.config.js") as (e: unknown, a: unknown) => Config | Config[];
    // `webpack` may build the CLI beside the pane (an array of configurations): the pane's is the one with the page
    const made = make(webpackEnv, { mode: "production" });
    const config = (Array.isArray(made) ? made : [made]).find((c) =>
      (c.plugins ?? []).some((p) => p.constructor.name === "HtmlWebpackPlugin"),
    ) as Config;
    const html = config.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin");
    const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin");
    return {
      src: html?.userOptions?.templateParameters?.["officeJsSrc"],
      copied: (copy?.patterns ?? []).map((p) => p.to ?? ""),
    };
  } finally {
    process.env = saved;
  }
}

describe("office.js in the build", () => {
  it("production builds load it from Microsoft's CDN and copy no office.js", () => {
    const { src, copied } = configFor({ OFFICE_JS: undefined });
    expect(src).toBe(CDN);
    expect(copied.filter((f) => /office|excel/i.test(f))).toEqual([]);
  });

  it("OFFICE_JS=self-host serves the copy from the build (closed networks)", () => {
    const { src, copied } = configFor({ OFFICE_JS: "self-host" });
    expect(src).toBe("./office.js");
    expect(copied).toEqual(expect.arrayContaining(["office.js", "ja-jp/office_strings.js"]));
  });

  it("any other value is refused with one line naming the option", () => {
    expect(() => configFor({ OFFICE_JS: "local" })).toThrow(/^OFFICE_JS must be "cdn" or "self-host", got "local"$/);
  });

  it("the e2e fake-host bundle never needs the network", () => {
    expect(configFor({ OFFICE_JS: undefined }, { e2eFakeHost: true }).src).toBe("./office.js");
  });
});
