/** In the browser the on-demand files load from beside the script; in component tests, straight from the sources. */
import { chunkLoaders } from '../../src/chunks';
import { allTexts } from './locales';

export function loadChunksFromSources(): void {
  chunkLoaders.validate = () => import('../../src/chunks/validate');
  chunkLoaders.details = () => import('../../src/chunks/details');
  chunkLoaders.planner = () => import('../../src/chunks/planner');
  chunkLoaders.workshop = () => import('../../src/chunks/workshop');
  chunkLoaders.locale = async (language: string) => ({ texts: { [language]: allTexts[language]! } }) as never;
}
