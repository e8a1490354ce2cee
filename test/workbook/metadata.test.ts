import { decodeMetadata, encodeMetadata, METADATA_PREFIX } from "../../src/workbook/metadata";

const META = {
  planVersion: "1.0.0",
  datasetVersion: "1.2.0",
  datasetDate: "2026-11-24",
  builtAt: "2026-11-24T01:00:00.000Z",
};

describe("workbook metadata text", () => {
  it("round-trips, also when a person added text around it", () => {
    expect(decodeMetadata(encodeMetadata(META))).toEqual({ ok: true, metadata: META });
    expect(decodeMetadata(`会議用\n${encodeMetadata(META)}\nメモ`)).toEqual({ ok: true, metadata: META });
  });

  it("reports missing and broken metadata as data", () => {
    expect(decodeMetadata(undefined)).toMatchObject({ ok: false, code: "MetadataMissing" });
    expect(decodeMetadata("just a description")).toMatchObject({ ok: false, code: "MetadataMissing" });
    expect(decodeMetadata(`${METADATA_PREFIX}{oops`)).toMatchObject({ ok: false, code: "MetadataInvalid" });
    expect(decodeMetadata(`${METADATA_PREFIX}{"planVersion":"1"}`)).toMatchObject({
      ok: false,
      code: "MetadataInvalid",
      message: expect.stringContaining("datasetVersion"),
    });
  });
});
