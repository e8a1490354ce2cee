/**
 * One seed for every fast-check property of the suite, so a run is repeatable and a failure can be replayed:
 * FC_SEED=<n> npx jest <file>. fc-seed-setup.ts (loaded by jest.config.js before every test file) gives it to every
 * fc.assert, fc.check and fc.sample through fc.configureGlobal. fast-check prints the seed (and the path to the
 * counterexample) in the error of a failed property: "{ seed: 20261128, path: "6:1:0", endOnFailure: true }".
 */

/** The suite's default seed: the date the seed was fixed (issue #11). */
export const DEFAULT_FC_SEED = 20261128;

/** The seed from FC_SEED (a whole number, possibly negative), else the default; anything else is refused. */
export function fcSeedFrom(env: Readonly<Record<string, string | undefined>>): number {
  const text = env.FC_SEED?.trim();
  if (text === undefined || text === "") return DEFAULT_FC_SEED;
  if (!/^-?\d{1,10}$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new Error(`FC_SEED must be a whole number like ${DEFAULT_FC_SEED}, got "${text}"`);
  }
  return Number(text);
}

export const FC_SEED = fcSeedFrom(process.env);
