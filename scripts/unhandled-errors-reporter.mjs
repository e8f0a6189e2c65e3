// A Vitest reporter that writes the run's unhandled errors to a file, because Vitest's JSON
// report leaves them out and `npm test` must count them as failures.
import { writeFileSync } from 'node:fs';

export const UNHANDLED_ERRORS_FILE = '.vitest-unhandled.json';

export default class UnhandledErrorsReporter {
  onTestRunEnd(_modules, unhandledErrors) {
    const messages = unhandledErrors.map((error) => String(error?.message ?? error));
    writeFileSync(UNHANDLED_ERRORS_FILE, JSON.stringify(messages));
  }
}
