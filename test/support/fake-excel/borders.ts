import { parseAddress } from "./range";
import type { FakeWorkbookState } from "./state";

/** The border edges (EdgeTop…) the fake recorded over one cell of a sheet, sorted, each once. */
export function bordersOf(state: FakeWorkbookState, sheet: string, row: number, column: number): string[] {
  const edges = state
    .sheet(sheet)
    .borders.filter((b) =>
      b.address.split(",").some((a) => {
        const r = parseAddress(a);
        return r.top <= row && row <= r.bottom && r.left <= column && column <= r.right;
      }),
    )
    .map((b) => (b as unknown as { edge: string }).edge)
    .filter((e) => e.startsWith("Edge"));
  return [...new Set(edges)].sort();
}
