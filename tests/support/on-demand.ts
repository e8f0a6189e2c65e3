/** In the browser the on-demand files load from beside the script; in component tests, straight from the sources. */
import { onDemandLoaders } from '../../src/on-demand';
import { allTexts } from './locales';

export function loadOnDemandFilesFromSources(): void {
  onDemandLoaders.validate = () => import('../../src/on-demand/validate');
  onDemandLoaders.details = () => import('../../src/on-demand/details');
  onDemandLoaders.result = () => import('../../src/on-demand/result');
  onDemandLoaders.planner = () => import('../../src/on-demand/planner');
  onDemandLoaders.workshop = () => import('../../src/on-demand/workshop');
  onDemandLoaders.qr = () => import('../../src/on-demand/qr');
  onDemandLoaders.locale = async (language: string) => ({ texts: { [language]: allTexts[language]! } }) as never;
}
