/** Nothing an element does may throw into the host page: a failure goes to the console and to `report` (`pyp-error`). */
export function guardWith(report: (message: string) => void) {
  return (callback: () => void): void => {
    try {
      callback();
    } catch (error) {
      console.error('<pick-your-pathway>', error);
      try {
        report(error instanceof Error ? error.message : String(error));
      } catch {
        // The page itself is going away (its events cannot be sent): the console has it.
      }
    }
  };
}
