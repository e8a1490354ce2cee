/** The labels live with the dataset (src/domain/dataset/labels.ts); the plan's modules import them from here. */
export { indicatorLabel, measureLabel, subGoalLabel } from "../domain/dataset/labels";
