/** The built-in prose, as i18next resources: one namespace per file, keyed by content ids. */
import pathways from './en/pathways.json';
import questions from './en/questions.json';
import reasons from './en/reasons.json';
import resources from './en/resources.json';
import sites from './en/sites.json';
import ui from './en/ui.json';

/** English resources, the fallback every other locale is checked against. */
export const en = { ui, pathways, questions, reasons, sites, resources };

/** The namespaces every locale provides. */
export type Namespace = keyof typeof en;
export const NAMESPACES = Object.keys(en) as Namespace[];
