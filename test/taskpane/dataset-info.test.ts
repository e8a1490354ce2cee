import { readFileSync } from "node:fs";
import path from "node:path";
import { BUNDLED_DATASET } from "../../src/taskpane/dataset-info";

it("the header's dataset version, date and indicator count are the seeds dataset's", () => {
  const seeds = JSON.parse(readFileSync(path.join(__dirname, "../../seeds/kpi-dataset.json"), "utf8")) as {
    datasetVersion: string;
    datasetDate: string;
    indicators: unknown[];
  };
  expect(BUNDLED_DATASET).toEqual({
    version: seeds.datasetVersion,
    date: seeds.datasetDate,
    indicators: seeds.indicators.length,
  });
});
