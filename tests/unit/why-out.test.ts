/**
 * `whyOut()` against CONTRACT "Why a pathway is out". The oracle below is written from the
 * contract's text (rules 1-4 and the order of the reasons), not from the content or the code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import type { Content } from '../../data/schema';
import { PATHWAY_IDS, type PathwayId } from '../../data/vocabulary';
import { parseAnswers, type Answers } from '../../machines/answers';
import { recommend } from '../../machines/recommend';
import { whyOut } from '../../machines/why-out';
import { emsAfterOverdose, policeHoldingCharges } from '../fixtures/answers';
import { answersArb } from '../support/arbitraries';

const ORDER = [
  'running',
  'lead:law-enforcement',
  'charging:hold-or-cite',
  'lead:first-responder',
  'behavioral-health-team',
  'situation',
];
const FIRST_RESPONDER_PATHWAYS = ['self-referral', 'active-outreach', 'naloxone-plus', 'officer-referral'];
const SITUATION: Record<PathwayId, string> = {
  'self-referral': 'asks-for-help',
  'active-outreach': 'known-individuals',
  'naloxone-plus': 'after-overdose',
  'officer-referral': 'routine-contact',
  'officer-intervention': 'low-level-offense',
  'community-response': 'crisis-call',
};

const has = (list: readonly string[] | undefined, id: string) => (list ?? []).includes(id);
const any = (list: readonly string[] | undefined, ids: readonly string[]) => ids.some((id) => has(list, id));

/** Rule 4, from the contract text. */
const pointing = (id: PathwayId, a: Answers) =>
  id === 'officer-referral' && has(a.charging, 'no-charges') ? [SITUATION[id], 'low-level-offense'] : [SITUATION[id]];

/** Whether a named condition fails for these answers, from the contract text. */
function fails(reason: string, id: PathwayId, a: Answers): boolean {
  switch (reason) {
    case 'running':
      return has(a.existing, id);
    case 'lead:law-enforcement':
      return id === 'officer-intervention' && !has(a.lead, 'law-enforcement');
    case 'charging:hold-or-cite':
      return (
        id === 'officer-intervention' && has(a.lead, 'law-enforcement') && !any(a.charging, ['abeyance', 'citation'])
      );
    case 'lead:first-responder':
      return FIRST_RESPONDER_PATHWAYS.includes(id) && !any(a.lead, ['law-enforcement', 'fire', 'ems']);
    case 'behavioral-health-team':
      return id === 'community-response' && !has(a.lead, 'behavioral-health') && !has(a.partners, 'crisis-team');
    case 'situation': {
      const allowed = ![
        'lead:law-enforcement',
        'charging:hold-or-cite',
        'lead:first-responder',
        'behavioral-health-team',
      ].some((rule) => fails(rule, id, a));
      return allowed && !any(a.situations, pointing(id, a));
    }
    default:
      throw new Error(`not a contract reason: ${reason}`);
  }
}

const answers = (partial: Partial<Answers>) => parseAnswers({ ...emsAfterOverdose, ...partial });
const police = parseAnswers(policeHoldingCharges);

describe('whyOut', () => {
  it('never tells a police department that leads that Officer Intervention needs law enforcement to lead', () => {
    const noWayToHold = answers({
      lead: ['law-enforcement'],
      charging: ['no-charges'],
      situations: ['routine-contact'],
    });
    expect(whyOut('officer-intervention', noWayToHold)).toEqual({
      pathway: 'officer-intervention',
      because: ['charging:hold-or-cite'],
      situations: [],
    });
    const none = answers({ lead: ['law-enforcement'], charging: ['none'], situations: ['routine-contact'] });
    expect(whyOut('officer-intervention', none).because).toEqual(['charging:hold-or-cite']);
  });

  it('names law enforcement, and not charging, when law enforcement does not lead', () => {
    expect(whyOut('officer-intervention', answers({ lead: ['ems', 'fire'] })).because).toEqual([
      'lead:law-enforcement',
    ]);
  });

  it('names the first responder and the behavioral-health team when neither leads', () => {
    const team = answers({ lead: ['behavioral-health'], situations: ['crisis-call'], existing: [] });
    expect(whyOut('naloxone-plus', team).because).toEqual(['lead:first-responder']);
    expect(whyOut('officer-intervention', team).because).toEqual(['lead:law-enforcement']);
    const ems = answers({});
    expect(whyOut('community-response', ems).because).toEqual(['behavioral-health-team']);
    expect(whyOut('community-response', answers({ partners: ['crisis-team'] })).because).toEqual(['situation']);
  });

  it('names a running pathway, first, before any rule it also fails', () => {
    expect(whyOut('naloxone-plus', answers({ existing: ['naloxone-plus'] })).because).toEqual(['running']);
    const runsInterventionWithoutPolice = answers({ existing: ['officer-intervention'] });
    expect(whyOut('officer-intervention', runsInterventionWithoutPolice).because).toEqual([
      'running',
      'lead:law-enforcement',
    ]);
  });

  it('names the situations that would point at an allowed pathway no chosen situation points at', () => {
    expect(whyOut('self-referral', answers({}))).toEqual({
      pathway: 'self-referral',
      because: ['situation'],
      situations: ['asks-for-help'],
    });
    const referInstead = answers({
      lead: ['law-enforcement'],
      charging: ['no-charges'],
      situations: ['after-overdose'],
    });
    expect(whyOut('officer-referral', referInstead).situations).toEqual(['routine-contact', 'low-level-offense']);
    expect(whyOut('officer-referral', answers({})).situations).toEqual(['routine-contact']);
  });

  it('returns an empty reason for a strong fit and for a possible fit', () => {
    expect(whyOut('naloxone-plus', answers({}))).toEqual({ pathway: 'naloxone-plus', because: [], situations: [] });
    expect(whyOut('officer-intervention', police).because).toEqual([]);
    // EMS asked only about a crisis call: no strong fit, so one possible fit is recommended.
    const possible = answers({ situations: ['crisis-call'], population: ['opioid-use'] });
    const [only] = recommend(possible).pathways;
    expect(only?.fit).toBe('possible');
    expect(whyOut(only!.id, possible)).toEqual({ pathway: only!.id, because: [], situations: [] });
  });

  it('reads the rules from the content it is given', () => {
    const ems = answers({});
    const emsMayIntervene: Content = {
      ...builtInContent,
      pathways: builtInContent.pathways.map((p) =>
        p.id === 'officer-intervention' ? { ...p, allowedBy: { ...p.allowedBy, lead: ['law-enforcement', 'ems'] } } : p,
      ),
    };
    expect(whyOut('officer-intervention', ems).because).toEqual(['lead:law-enforcement']);
    expect(whyOut('officer-intervention', ems, emsMayIntervene).because).toEqual(['charging:hold-or-cite']);
  });

  it('over many answer sets: names, in order, exactly the conditions that fail, for every pathway not recommended', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const recommended = new Set(recommend(a).pathways.map((p) => p.id));
        for (const id of PATHWAY_IDS) {
          const why = whyOut(id, a);
          expect(why.pathway).toBe(id);
          if (recommended.has(id)) {
            expect(why).toEqual({ pathway: id, because: [], situations: [] });
            continue;
          }
          expect(why.because.length, id).toBeGreaterThan(0);
          for (const reason of why.because) expect(fails(reason, id, a), `${id} ${reason}`).toBe(true);
          expect(why.because).toEqual(ORDER.filter((reason) => fails(reason, id, a)));
          expect(why.situations).toEqual(why.because.includes('situation') ? pointing(id, a) : []);
        }
      }),
      { numRuns: 3_000 },
    );
    // Property runs take seconds on a loaded two-core machine, as recommend.properties.test.ts allows.
  }, 60_000);
});
