/** Small Office.js reading helpers shared by the Office stores. */
import type { Scalar } from "../../lib/scalar";
import { describeOfficeError } from "./errors";

/** Range.values as plain scalars (anything else, e.g. an error object, as null). */
export function scalarRows(values: unknown[][]): Scalar[][] {
  return values.map((row) =>
    row.map((v) => (typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null)),
  );
}

/** A request failed because a table (or sheet) it names does not exist. */
export const isItemNotFound = (error: unknown): boolean => describeOfficeError(error).code === "ItemNotFound";
