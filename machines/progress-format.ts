/** How saved progress is marked in storage: written by the element, read back by saved-progress.ts (which needs zod; this does not). */
export const PROGRESS_FORMAT = 'pick-your-pathway/progress';
export const PROGRESS_VERSION = 1;
