/**
 * How the panel compares the committee's grade with the formula's: by the grade text the two share (「A 達成」…);
 * 評価保留 or a grade the formula could not give (「− 未評価」「目標未設定」) differs from any committee grade.
 */
export type GradeComparison =
  | { readonly kind: "notJudged" }
  | { readonly kind: "same" }
  | { readonly kind: "differs"; readonly formula: string; readonly committee: string };

/** 「A 達成」 → 「A」; 評価保留 and the formula's non-grades as they are. */
export const gradeShort = (grade: string): string => {
  const m = /^([A-D]) /.exec(grade);
  return m ? (m[1] as string) : grade;
};

export function compareGrades(formula: string, committee: string): GradeComparison {
  if (committee.trim() === "") return { kind: "notJudged" };
  if (committee.trim() === formula.trim()) return { kind: "same" };
  return { kind: "differs", formula: gradeShort(formula.trim()) || "—", committee: gradeShort(committee.trim()) };
}
