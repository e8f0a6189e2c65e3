/**
 * The English and Spanish texts tests look for, each namespace whole: the parts that ship in
 * different files (ui.planner.json, pathways.details.json, …) merged, and typed from the JSON.
 */
import { mergeTree } from '../../data/locales/namespaces';
import pathwaysEnDetails from '../../data/locales/en/pathways.details.json';
import pathwaysEnScript from '../../data/locales/en/pathways.json';
import uiEnScript from '../../data/locales/en/ui.json';
import uiEnPlanner from '../../data/locales/en/ui.planner.json';
import uiEnWorkshop from '../../data/locales/en/ui.workshop.json';
import pathwaysEsDetails from '../../data/locales/es/pathways.details.json';
import pathwaysEsScript from '../../data/locales/es/pathways.json';
import uiEsScript from '../../data/locales/es/ui.json';
import uiEsPlanner from '../../data/locales/es/ui.planner.json';
import uiEsWorkshop from '../../data/locales/es/ui.workshop.json';

export const uiEn = { ...uiEnScript, ...uiEnPlanner, ...uiEnWorkshop };
export const uiEs = { ...uiEsScript, ...uiEsPlanner, ...uiEsWorkshop };
export const pathwaysEn = mergeTree(pathwaysEnScript, pathwaysEnDetails) as typeof pathwaysEnScript &
  typeof pathwaysEnDetails;
export const pathwaysEs = mergeTree(pathwaysEsScript, pathwaysEsDetails) as typeof pathwaysEsScript &
  typeof pathwaysEsDetails;
