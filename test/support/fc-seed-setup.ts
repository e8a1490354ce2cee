/** Every fast-check property of the suite runs under FC_SEED (fc-seed.ts); loaded by jest.config.js. */
import fc from "fast-check";
import { FC_SEED } from "./fc-seed";

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: FC_SEED });
