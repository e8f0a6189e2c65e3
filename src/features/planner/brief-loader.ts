/**
 * The brief's own file, loaded after the planner's (it is printed, never seen on screen), so that
 * it adds nothing to the journey to the result. Loaded once; a failed load is tried again.
 */
export type BriefFile = typeof import('./brief');

let pending: Promise<BriefFile> | null = null;

export function loadBrief(): Promise<BriefFile> {
  pending ??= import('./brief').catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
