/**
 * The English and Spanish texts tests look for, each namespace whole: the parts that ship in
 * different files (ui.planner.json, pathways.details.json, …) merged, and typed from the JSON.
 */
import { mergeTree } from '../../data/locales/namespaces';
import pathwaysEnDetails from '../../data/locales/en/pathways.details.json';
import pathwaysEnScript from '../../data/locales/en/pathways.json';
import pathwaysEnResult from '../../data/locales/en/pathways.result.json';
import uiEnScript from '../../data/locales/en/ui.json';
import uiEnPlanner from '../../data/locales/en/ui.planner.json';
import uiEnResult from '../../data/locales/en/ui.result.json';
import uiEnTeam from '../../data/locales/en/ui.team.json';
import uiEnWorkshop from '../../data/locales/en/ui.workshop.json';
import pathwaysEsDetails from '../../data/locales/es/pathways.details.json';
import pathwaysEsScript from '../../data/locales/es/pathways.json';
import pathwaysEsResult from '../../data/locales/es/pathways.result.json';
import uiEsScript from '../../data/locales/es/ui.json';
import uiEsPlanner from '../../data/locales/es/ui.planner.json';
import uiEsResult from '../../data/locales/es/ui.result.json';
import uiEsTeam from '../../data/locales/es/ui.team.json';
import uiEsWorkshop from '../../data/locales/es/ui.workshop.json';

/** A namespace from its parts, typed as all of them together. */
const merged = <T extends object[]>(...parts: T) =>
  parts.reduce<Record<string, unknown>>(
    (all, part) => mergeTree(all, part as Record<string, unknown>),
    {},
  ) as UnionToIntersection<T[number]>;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

export const uiEn = merged(uiEnScript, uiEnResult, uiEnPlanner, uiEnWorkshop, uiEnTeam);
export const uiEs = merged(uiEsScript, uiEsResult, uiEsPlanner, uiEsWorkshop, uiEsTeam);
export const pathwaysEn = merged(pathwaysEnScript, pathwaysEnResult, pathwaysEnDetails);
export const pathwaysEs = merged(pathwaysEsScript, pathwaysEsResult, pathwaysEsDetails);
