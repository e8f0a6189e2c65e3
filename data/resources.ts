/** The built-in resources: the planner's file carries them (the script does not). */
import type { Resource } from './schema';
import resources from './resources.json';

export const builtInResources = resources as Resource[];
