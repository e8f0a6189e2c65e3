/** What both entries, the script and the ES module, export. */
export { PickYourPathway } from './wizard-element';
export type { PypEventDetail, PypEventName } from './events';
export type { Answers } from '../machines/answers';
export type { Recommendation } from '../machines/recommend';
export type { Team } from '../machines/team';
export type { Content } from '../data/schema';
