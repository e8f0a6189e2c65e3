/**
 * The built-in content: what the recommendation reads and the script carries, exactly as in
 * data/*.json. It is validated by tests and at build time (scripts/build.mjs), not on every page
 * load, so the JSON is only typed here. What loads later or never ships is in library.ts.
 */
import type { Content } from './schema';
import pathways from './pathways.json';
import questions from './questions.json';
import sites from './sites.json';

/** The built-in structured content: pathways, questions and programs. */
export const builtInContent = { pathways, questions, sites } as Content;
