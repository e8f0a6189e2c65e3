/**
 * The built-in content. It is validated by tests and at build time (scripts/build.mjs),
 * not on every page load, so the JSON is only typed here.
 */
import type { Content } from './schema';
import pathways from './pathways.json';
import resources from './resources.json';
import questions from './questions.json';
import sites from './sites.json';
import sources from './sources.json';

/** The built-in structured content: pathways, questions, programs and sources. */
export const builtInContent = { pathways, questions, sites, sources, resources } as Content;
