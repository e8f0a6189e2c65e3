/**
 * On-demand file `pick-your-pathway.details.js`: the longer prose of the result (critical element
 * details, the facts of each pathway, program descriptions), kept out of the script so that it
 * stays within its byte budget. The script merges these into its i18next resources.
 */
import pathways from '../../data/locales/en/pathways.details.json';
import resources from '../../data/locales/en/resources.json';
import sites from '../../data/locales/en/sites.json';

export const texts = { en: { pathways, sites, resources } };
