import { decodeMetadata, encodeMetadata, METADATA_PREFIX, readMetadataCopies } from "../../src/workbook/metadata";

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

describe("the metadata's two copies (issue #11)", () => {
  const newer = { ...META, datasetVersion: "1.3.0" };

  it("takes the hidden sheet's copy when valid: a description Excel on the web did not save may be stale", () => {
    expect(readMetadataCopies({ description: encodeMetadata(META), sheet: encodeMetadata(newer) })).toEqual({
      ok: true,
      metadata: newer,
    });
  });

  it("falls back to the description when the sheet's copy is missing or broken", () => {
    expect(readMetadataCopies({ description: encodeMetadata(META), sheet: null })).toEqual({
      ok: true,
      metadata: META,
    });
    expect(readMetadataCopies({ description: encodeMetadata(META), sheet: `${METADATA_PREFIX}{oops` })).toEqual({
      ok: true,
      metadata: META,
    });
    expect(readMetadataCopies({ description: "", sheet: encodeMetadata(META) })).toEqual({ ok: true, metadata: META });
  });

  it("reports the problem when neither copy is valid, the broken one over a missing one", () => {
    expect(readMetadataCopies({ description: undefined, sheet: null })).toMatchObject({ code: "MetadataMissing" });
    expect(readMetadataCopies({ description: "メモ", sheet: `${METADATA_PREFIX}{oops` })).toMatchObject({
      code: "MetadataInvalid",
    });
    expect(readMetadataCopies({ description: `${METADATA_PREFIX}[]`, sheet: null })).toMatchObject({
      code: "MetadataInvalid",
    });
  });
});
