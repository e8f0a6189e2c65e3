// size-limit's checks: each byte budget of scripts/budgets.mjs, with its files read from the build.
import { budgets, DIST } from './scripts/budgets.mjs';

export default budgets().map(({ name, files, budget }) => ({
  name,
  path: files.map((file) => `${DIST}/${file}`),
  limit: `${budget} B`,
  gzip: true,
}));
