// Every property test runs from a fixed seed unless it names its own, so a run in CI can be
// reproduced exactly; FC_SEED=<n> npm run test:unit explores other cases.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261122) });

// The page loads the validation (zod and the schemas) on demand, beside its first file
// (src/state/startup.ts, `loadValidation`); the unit tests validate from the start.
import '../../src/model/schema-define';
