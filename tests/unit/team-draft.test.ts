/**
 * The team link builder's partners in saved progress (issue 30): saved as their codes, decoded
 * again when read back; a partner that cannot be used is dropped and the rest kept; partners
 * alone are progress worth keeping. In the widget machine they live beside the quiz.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { builtInContent } from '../../data/content';
import { parseAnswers } from '../../machines/answers';
import { PROGRESS_FORMAT, PROGRESS_VERSION, parseSavedProgress } from '../../machines/saved-progress';
import { encodeAnswers } from '../../machines/share-codec';
import { widgetMachine } from '../../machines/widget.machine';
import { emsAfterOverdose, policeHoldingCharges } from '../fixtures/answers';

const ems = parseAnswers(emsAfterOverdose);
const police = parseAnswers(policeHoldingCharges);
const saved = (fields: Record<string, unknown>) =>
  JSON.stringify({
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    step: 'intro',
    answers: {},
    readiness: {},
    actions: {},
    savedAt: '2026-12-01T09:00:00.000Z',
    ...fields,
  });

describe('the builder’s partners in saved progress', () => {
  it('come back with their answers decoded from their codes, with or without answers of the quiz', () => {
    const team = [
      { label: 'EMS', code: encodeAnswers(ems) },
      { label: null, code: encodeAnswers(police) },
    ];
    const found = parseSavedProgress(saved({ team }), builtInContent);
    expect(found).toMatchObject({
      answers: {},
      team: [
        { label: 'EMS', code: team[0]!.code, answers: ems },
        { label: null, code: team[1]!.code, answers: police },
      ],
    });
    expect(parseSavedProgress(saved({ answers: { lead: ['ems'] }, team }), builtInContent)).toMatchObject({
      answers: { lead: ['ems'] },
      team: [{ label: 'EMS' }, { label: null }],
    });
  });

  it('drop a partner whose code or label cannot be used, and keep the rest', () => {
    const team = [
      { label: 'EMS', code: encodeAnswers(ems) },
      { label: 'Garbled', code: '1.garbled' },
      { label: '<b>Police</b>', code: encodeAnswers(police) },
      { label: 7, code: encodeAnswers(police) },
      'not a partner',
    ];
    const found = parseSavedProgress(saved({ team }), builtInContent);
    expect(found && 'team' in found && found.team?.map((m) => m.label)).toEqual(['EMS']);
  });

  it('are nothing to keep when there are none and no answer either', () => {
    expect(parseSavedProgress(saved({ team: [] }), builtInContent)).toBeNull();
    expect(parseSavedProgress(saved({ team: 'nonsense' }), builtInContent)).toBeNull();
  });
});

describe('the widget machine', () => {
  it('keeps the builder’s partners while the team page opens and closes', () => {
    const machine = widgetMachine.provide({ actions: { loadPart: () => {} } });
    const widget = createActor(machine, { input: { content: builtInContent } }).start();
    const members = [{ label: 'EMS', answers: ems, code: encodeAnswers(ems) }];
    widget.send({ type: 'team.open', page: { members: null } });
    widget.send({ type: 'team.draft', members });
    widget.send({ type: 'team.open', page: { members, problems: [] } });
    widget.send({ type: 'team.close' });
    expect(widget.getSnapshot().context.teamDraft).toEqual(members);
  });
});
