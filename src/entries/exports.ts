/** What both entries, the script and the ES module, export. */
export { PickYourPathway } from '../element/pick-your-pathway';
export type { PypEventDetail, PypEventName } from '../element/events';
export type { Answers } from '../../machines/answers';
export type { Recommendation } from '../../machines/recommend';
export type { Team } from '../../machines/team';
export type { Content } from '../../data/schema';
