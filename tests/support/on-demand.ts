/** Every on-demand part loads from the sources, as the element asks for it: fresh loaders, so a loader a test replaced is put back. */
import { defaultLoaders, onDemandLoaders } from '../../src/element/parts';

export function loadOnDemandFilesFromSources(): void {
  Object.assign(onDemandLoaders, defaultLoaders());
}
