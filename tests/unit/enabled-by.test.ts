/**
 * Who makes a pathway possible (CONTRACT rules 1-3), for the views that word a fit: a lead, or a
 * partner that allows it without one (Community Response's mobile crisis team). The expectations
 * are written from the contract's rules, not read from the code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import type { PathwayId } from '../../data/vocabulary';
import { parseAnswers, type Answers } from '../../machines/answers';
import { enabledBy, enablingPartners, medicalCouldLead, partnersAlsoUsed } from '../../machines/enabled-by';
import { isAllowed } from '../../machines/recommend';
import { answersArb } from '../support/arbitraries';

const pathway = (id: PathwayId) => builtInContent.pathways.find((p) => p.id === id)!;

const base = {
  situations: ['crisis-call'],
  population: ['mental-health'],
  setting: 'urban',
  existing: [],
};
const policeWithCrisisTeam = parseAnswers({
  ...base,
  lead: ['law-enforcement'],
  charging: ['none'],
  partners: ['crisis-team', 'treatment'],
});
const behavioralHealthLead = parseAnswers({ ...base, lead: ['behavioral-health'], partners: ['crisis-team'] });

describe('enabledBy', () => {
  it('credits the mobile crisis team, not the leads, when no lead allows Community Response (rule 3)', () => {
    expect(enabledBy(pathway('community-response'), policeWithCrisisTeam)).toEqual({
      by: 'partner',
      ids: ['crisis-team'],
    });
  });

  it('credits the lead when a behavioral-health team leads, even with a crisis team as a partner', () => {
    expect(enabledBy(pathway('community-response'), behavioralHealthLead)).toEqual({
      by: 'lead',
      ids: ['behavioral-health'],
    });
  });

  it('names the chosen first responders that can lead the four first-responder pathways (rule 2)', () => {
    const answers = parseAnswers({ ...policeWithCrisisTeam, lead: ['law-enforcement', 'ems', 'behavioral-health'] });
    expect(enabledBy(pathway('naloxone-plus'), answers)).toEqual({ by: 'lead', ids: ['law-enforcement', 'ems'] });
  });

  it('says nobody when neither a lead nor a partner allows the pathway', () => {
    expect(enabledBy(pathway('self-referral'), behavioralHealthLead)).toEqual({ by: 'none' });
  });

  it('names somebody exactly when the leads and partners allow the pathway', () => {
    fc.assert(
      fc.property(answersArb, (answers: Answers) => {
        for (const p of builtInContent.pathways) {
          // Officer Intervention also needs charging: its leads can allow it while the charging does not.
          if (p.requiresCharging.length > 0) continue;
          expect(enabledBy(p, answers).by !== 'none').toBe(isAllowed(p, answers));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('enablingPartners', () => {
  it('names, for the opening, the partners that make a fit possible without a lead', () => {
    const answers = parseAnswers({ ...policeWithCrisisTeam, situations: ['crisis-call', 'routine-contact'] });
    expect(enablingPartners([pathway('officer-referral'), pathway('community-response')], answers)).toEqual([
      'crisis-team',
    ]);
    expect(enablingPartners([pathway('officer-referral')], answers)).toEqual([]);
    expect(enablingPartners([pathway('community-response')], behavioralHealthLead)).toEqual([]);
  });
});

describe('medical partners', () => {
  const withMedical = parseAnswers({ ...behavioralHealthLead, partners: ['crisis-team', 'medical'] });

  it('are named for Community Response, whose critical elements ask for them, and for no other pathway', () => {
    const everyLead = parseAnswers({
      ...withMedical,
      lead: ['law-enforcement', 'behavioral-health'],
      charging: ['none'],
    });
    expect(builtInContent.pathways.filter((p) => partnersAlsoUsed(p, everyLead).length > 0).map((p) => p.id)).toEqual([
      'community-response',
    ]);
    expect(partnersAlsoUsed(pathway('community-response'), everyLead)).toEqual(['medical']);
    expect(partnersAlsoUsed(pathway('community-response'), behavioralHealthLead)).toEqual([]);
  });

  it('could lead a first-responder pathway only when no chosen lead does and EMS may lead it', () => {
    expect(medicalCouldLead(pathway('naloxone-plus'), withMedical)).toBe(true);
    expect(medicalCouldLead(pathway('naloxone-plus'), behavioralHealthLead)).toBe(false);
    const fireLeads = parseAnswers({ ...withMedical, lead: ['fire'] });
    expect(medicalCouldLead(pathway('naloxone-plus'), fireLeads)).toBe(false);
    // Only law enforcement can hold charges (rule 1): EMS could never lead Officer Intervention.
    expect(medicalCouldLead(pathway('officer-intervention'), withMedical)).toBe(false);
  });
});
