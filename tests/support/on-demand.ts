/** In the browser the on-demand files load from beside the script; in component tests, straight from the sources. */
import { onDemandLoaders } from '../../src/element/parts';
import { allTexts } from './locales';

export function loadOnDemandFilesFromSources(): void {
  onDemandLoaders.validate = () => import('../../src/features/validate');
  onDemandLoaders.details = () => import('../../src/features/details');
  onDemandLoaders.result = () => import('../../src/features/result');
  onDemandLoaders.planner = () => import('../../src/features/planner');
  onDemandLoaders.workshop = () => import('../../src/features/workshop');
  onDemandLoaders.qr = () => import('../../src/features/qr');
  onDemandLoaders.locale = async (language: string) => ({ texts: { [language]: allTexts[language]! } }) as never;
}
