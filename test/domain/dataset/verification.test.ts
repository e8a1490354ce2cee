/** The refresh's merge of the dataset's verification notes into the staff's 「確認事項」 items: nothing is removed. */
import { mergeVerifications, type KeptVerification } from "../../../src/domain/dataset/verification";

const note = (id: string, reading = `r${id}`, reason = `q${id}`) => ({ id, name: `n${id}`, reading, reason });
const kept = (id: string, row: number, inDataset = true, reading = `r${id}`, reason = `q${id}`): KeptVerification => ({
  item: { id, reading, reason, inDataset },
  row,
});

describe("mergeVerifications", () => {
  it("adds new notes in the dataset's order, rewrites changed or returning ones, marks dropped ones", () => {
    const merge = mergeVerifications(
      [note("D"), note("A"), note("B", "new reading"), note("C"), note("E")],
      [kept("A", 2), kept("B", 3), kept("C", 4, false), kept("X", 5), kept("Y", 6, false)],
    );
    expect(merge.add.map((n) => n.id)).toEqual(["D", "E"]);
    expect(merge.changed).toEqual([
      { id: "B", row: 3, reading: "new reading", reason: "qB", inDataset: true },
      { id: "C", row: 4, reading: "rC", reason: "qC", inDataset: true },
    ]);
    // X leaves the dataset: marked (its wording kept); Y was marked already: nothing to do.
    expect(merge.gone).toEqual([{ id: "X", row: 5, reading: "rX", reason: "qX", inDataset: false }]);
  });

  it("does nothing when the sheet already says what the dataset says", () => {
    expect(mergeVerifications([note("A")], [kept("A", 2)])).toEqual({ add: [], changed: [], gone: [] });
  });
});
