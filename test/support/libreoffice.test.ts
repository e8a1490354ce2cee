/** The one reason a LibreOffice test may skip (soffice missing) holds only outside CI (issue #11 §4). */
import { findSoffice, underCi } from "./libreoffice";

const NO_SOFFICE = { PATH: "/nonexistent-dir-for-this-test" };

describe("findSoffice", () => {
  it("returns null without soffice on a developer's machine (the test files skip with a warning)", () => {
    expect(findSoffice({ ...NO_SOFFICE })).toBeNull();
    expect(findSoffice({ ...NO_SOFFICE, CI: "false" })).toBeNull();
    expect(findSoffice({ ...NO_SOFFICE, CI: "0" })).toBeNull();
  });

  it("fails under CI when soffice is missing, so the LibreOffice tests cannot skip there", () => {
    expect(() => findSoffice({ ...NO_SOFFICE, CI: "true" })).toThrow(/soffice.*not on PATH.*under CI/);
    expect(() => findSoffice({ ...NO_SOFFICE, CI: "1" })).toThrow(/under CI/);
  });

  it("reads CI as the CI services set it", () => {
    expect(underCi({ CI: "true" })).toBe(true);
    expect(underCi({ CI: "TRUE" })).toBe(true);
    expect(underCi({ CI: "1" })).toBe(true);
    expect(underCi({})).toBe(false);
    expect(underCi({ CI: "" })).toBe(false);
    expect(underCi({ CI: "false" })).toBe(false);
  });
});
