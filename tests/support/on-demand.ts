/**
 * Every on-demand part loads from the sources, as the element asks for it: fresh loaders, so a
 * loader a test replaced is put back. It resolves once the rest of the widget (what the start page
 * imports) is loaded, so that elements made afterwards draw the full widget at once.
 */
import { loadRest } from '../../src/element/pick-your-pathway';
import { defaultLoaders, onDemandLoaders } from '../../src/element/parts';

export async function loadOnDemandFilesFromSources(): Promise<void> {
  Object.assign(onDemandLoaders, defaultLoaders());
  await loadRest();
}
