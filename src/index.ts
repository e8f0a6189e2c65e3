/** The script-tag entry: defines `<pick-your-pathway>` once, even if the script loads twice. */
import { setScriptUrl } from './chunks';
import { PickYourPathway } from './wizard-element';

// The files loaded on demand sit beside this script (the ES module sets its own URL instead).
setScriptUrl(typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null)?.src : null);

export { PickYourPathway };
export type { PypEventDetail, PypEventName } from './events';
export type { Answers } from '../machines/answers';
export type { Recommendation } from '../machines/recommend';
export type { Content } from '../data/schema';

if (typeof customElements !== 'undefined' && !customElements.get('pick-your-pathway')) {
  customElements.define('pick-your-pathway', PickYourPathway);
}
