// A Vite plugin for the script-tag bundle: it leaves out what the page does not need at first,
// so that the script stays within its byte budget. Provenance (source notes, the sources list)
// is never shown; the longer result prose comes in pick-your-pathway.details.js on demand.
import { sep } from 'node:path';

/** Prose fields of each pathway that the details file carries instead of the script. */
const DEFERRED_PATHWAY_FIELDS = ['whoLeads', 'startsContact', 'charges', 'team', 'populations'];

const is = (id, path) => id.split('?')[0].split(sep).join('/').endsWith(path);

/** Texts of the on-demand views, which those files carry themselves. */
const DEFERRED_UI = ['planner', 'workshop'];

const isPathwayTexts = (id) => /data\/locales\/[a-z-]+\/pathways\.json$/.test(id);
const mapPathways = (data, map) =>
  Object.fromEntries(Object.entries(data).map(([pathwayId, texts]) => [pathwayId, map(texts)]));

/** A pathway's texts in two: what the script keeps (names, summaries, element titles), and the rest, for the details file. */
function splitPathwayTexts(texts) {
  const kept = { elements: {} };
  const deferred = { elements: {} };
  for (const [field, value] of Object.entries(texts)) {
    if (field !== 'elements') (DEFERRED_PATHWAY_FIELDS.includes(field) ? deferred : kept)[field] = value;
  }
  for (const [elementId, { title, detail }] of Object.entries(texts.elements)) {
    kept.elements[elementId] = { title };
    if (detail !== undefined) deferred.elements[elementId] = { detail };
  }
  return { kept, deferred };
}

function slim(id, data, { keepResources, deferViewTexts }) {
  if (deferViewTexts && /data\/locales\/en\/ui\.json$/.test(id)) {
    return Object.fromEntries(Object.entries(data).filter(([key]) => !DEFERRED_UI.includes(key)));
  }
  if (is(id, 'data/sources.json')) return [];
  if (is(id, 'data/resources.json')) return keepResources ? data.map(({ source, ...resource }) => resource) : [];
  if (/data\/locales\/[a-z-]+\/resources\.json$/.test(id)) return {};
  if (is(id, 'data/sites.json')) return data.map(({ source, ...site }) => site);
  if (is(id, 'data/pathways.json')) {
    return data.map(({ sources, ...pathway }) => ({
      ...pathway,
      elements: pathway.elements.map(({ id }) => ({ id })),
    }));
  }
  if (/data\/locales\/[a-z-]+\/sites\.json$/.test(id)) return {};
  if (isPathwayTexts(id)) return mapPathways(data, (texts) => splitPathwayTexts(texts).kept);
  return undefined;
}

/**
 * `keepResources`: the planner's file shows the resources; the script leaves them out.
 * `deferViewTexts`: the script leaves out the English texts of the planner and workshop views.
 */
export function widgetContent({ keepResources = false, deferViewTexts = false } = {}) {
  return {
    name: 'pyp-widget-content',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0].endsWith('.json')) return undefined;
      const slimmed = slim(id.split(sep).join('/'), JSON.parse(code), { keepResources, deferViewTexts });
      return slimmed === undefined ? undefined : { code: JSON.stringify(slimmed), map: null };
    },
  };
}

/**
 * For the details file: of each pathway's English texts, only what the script leaves out (the
 * facts and the critical elements' details), so that no text is shipped twice.
 */
export function detailsContent() {
  return {
    name: 'pyp-details-content',
    enforce: 'pre',
    transform(code, id) {
      if (!isPathwayTexts(id.split('?')[0].split(sep).join('/'))) return undefined;
      return {
        code: JSON.stringify(mapPathways(JSON.parse(code), (texts) => splitPathwayTexts(texts).deferred)),
        map: null,
      };
    },
  };
}
