/** Registers `<pick-your-pathway>` once, however often an entry runs (a script loaded twice, a module and a script). */
import { PickYourPathway } from './pick-your-pathway';

export const TAG_NAME = 'pick-your-pathway';

export function defineElement(): void {
  if (typeof customElements !== 'undefined' && !customElements.get(TAG_NAME))
    customElements.define(TAG_NAME, PickYourPathway);
}
