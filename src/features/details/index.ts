/**
 * On-demand file `pick-your-pathway.details.js`: the longer prose of the result (critical element
 * details, the facts of each pathway, program descriptions) and the resources to read (Learn
 * more, Before you start), all shown in sections that open, so fetched when one first does. The
 * script merges the texts into its i18next resources.
 */
import pathways from '../../../data/locales/en/pathways.details.json';
import resourceTexts from '../../../data/locales/en/resources.json';
import sites from '../../../data/locales/en/sites.json';

export const texts = { en: { pathways, sites, resources: resourceTexts } };

/** The built-in resources to read and visit. */
export { builtInResources as resources } from '../../../data/resources';
