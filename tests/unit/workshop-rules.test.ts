/** The trainer's views' rules, without a view: example programs and the what-if choices. */
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { parseAnswers } from '../../machines/answers';
import { examplePrograms } from '../../machines/examples';
import { whatIfChoice } from '../../machines/what-if';
import { emsAfterOverdose } from '../fixtures/answers';

const ems = parseAnswers(emsAfterOverdose);

describe('examplePrograms', () => {
  it('gives up to three programs running the pathway, mentor sites first', () => {
    for (const pathway of builtInContent.pathways) {
      const examples = examplePrograms(pathway.id, builtInContent.sites);
      expect(examples.length).toBeLessThanOrEqual(3);
      for (const site of examples) expect(site.pathways).toContain(pathway.id);
      const mentors = builtInContent.sites.filter((s) => s.mentorSite && s.pathways.includes(pathway.id)).length;
      expect(
        examples.slice(0, Math.min(3, mentors)).every((s) => s.mentorSite),
        pathway.id,
      ).toBe(true);
    }
  });
});

describe('whatIfChoice', () => {
  it('adds law enforcement with the charging question at "none"', () => {
    expect(whatIfChoice(ems, 'lead', 'law-enforcement')).toMatchObject({
      lead: ['law-enforcement', 'ems'],
      charging: ['none'],
    });
  });

  it('keeps the answers when the last lead would be unticked', () => {
    expect(whatIfChoice(ems, 'lead', 'ems')).toBe(ems);
  });

  it('drops charging with law enforcement, and "none" gives way to a chosen option', () => {
    const police = whatIfChoice(ems, 'lead', 'law-enforcement');
    expect(whatIfChoice(police, 'charging', 'abeyance').charging).toEqual(['abeyance']);
    expect(whatIfChoice(police, 'lead', 'law-enforcement').charging).toBeUndefined();
  });
});
