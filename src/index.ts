/** The script-tag entry: defines `<pick-your-pathway>` once, even if the script loads twice. */
import { setScriptUrl } from './chunks';
import { PickYourPathway } from './wizard-element';

// The files loaded on demand sit beside this script.
setScriptUrl(typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null)?.src : null);

export { PickYourPathway };
export type { PypEventDetail, PypEventName } from './events';

if (typeof customElements !== 'undefined' && !customElements.get('pick-your-pathway')) {
  customElements.define('pick-your-pathway', PickYourPathway);
}
