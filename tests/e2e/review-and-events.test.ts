/** Changing answers from review, the element's events, and its `answers`, `result` and `restart()` API. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseAnswers, recommend } from '../../machines/index';
import { eventsOf, eventually, openPage, recordedEvents, useBrowser, widgetFocus } from './browser';
import questionTexts from '../../data/locales/en/questions.json';
import {
  answerByMouse,
  askedKeys,
  button,
  completeByMouse,
  expectText,
  heading,
  optionInput,
  optionLabel,
  progressCaption,
  prompt,
  questionGroup,
  reviewLabel,
  reviewValue,
  scenarios,
  ui,
  type QuestionKey,
  type ScenarioAnswers,
} from './quiz';

useBrowser();

const widgetOf = (page: Page) => page.locator('pick-your-pathway');
const getAnswers = (page: Page) => widgetOf(page).evaluate((el: any) => el.answers);
const getResult = (page: Page) => widgetOf(page).evaluate((el: any) => el.result);
const setAnswers = (page: Page, value: unknown) =>
  widgetOf(page).evaluate((el: any, v) => {
    el.answers = v;
  }, value);
const focusedText = (page: Page) => async () => (await widgetFocus(widgetOf(page))).text;
const steps = async (page: Page) =>
  (await recordedEvents(page)).filter((e) => e.type === 'pyp-step').map((e) => e.detail.step);

const emsRural = scenarios.find((s) => s.answers.setting === 'rural' && !s.answers.lead?.includes('law-enforcement'))!;
const police = scenarios.find((s) => s.answers.lead?.includes('law-enforcement') && s.expect.order)!;

describe('changing answers from review', () => {
  it('changes the community from Rural to Urban and returns to review', async () => {
    const page = await openPage('/', {}, { record: true });
    await completeByMouse(page, emsRural.answers, { toResult: false });
    await expectText(reviewValue(page, 'setting'), optionLabel('setting', 'rural'));
    const leadBefore = await reviewValue(page, 'lead').innerText();

    await button(page, `${ui.review.change} ${reviewLabel('setting')}`).click();
    await questionGroup(page, 'setting').waitFor();
    await eventually(focusedText(page), 'focus on the question heading').toBe(prompt('setting'));
    expect(await optionInput(page, 'setting', 'rural').isChecked(), 'the current answer is kept').toBe(true);
    await answerByMouse(page, 'setting', ['urban']);

    await heading(page, ui.review.title).waitFor();
    await eventually(focusedText(page), 'focus back on the review heading').toBe(ui.review.title);
    await expectText(reviewValue(page, 'setting'), optionLabel('setting', 'urban'));
    expect(await reviewValue(page, 'lead').innerText(), 'other answers unchanged').toBe(leadBefore);
    const answerEvents = await eventsOf(page, 'pyp-answer');
    expect(answerEvents.at(-1)).toMatchObject({ key: 'setting', value: 'urban' });
    expect((await getAnswers(page)).setting).toBe('urban');
    expect((await steps(page)).slice(-3)).toEqual(['review', 'setting', 'review']);
  });

  it('asks the charging question before review when law enforcement is added, and drops it when removed', async () => {
    const page = await openPage();
    await completeByMouse(page, emsRural.answers, { toResult: false });
    expect(await page.getByRole('term').count(), 'rows without charging').toBe(askedKeys(emsRural.answers).length);
    expect(
      await page
        .getByRole('term')
        .filter({ hasText: reviewLabel('charging') })
        .count(),
    ).toBe(0);

    await button(page, `${ui.review.change} ${reviewLabel('lead')}`).click();
    await answerByMouse(page, 'lead', ['law-enforcement']);

    const charging = questionGroup(page, 'charging');
    await charging.waitFor();
    await expectText(progressCaption(page), 'Question 4 of 7');
    // It is required: Continue without an answer stays, with an error.
    await button(page, ui.nav.continue).click();
    await page.getByRole('alert').getByRole('heading', { name: ui.errors.summaryTitle }).waitFor();
    expect(await charging.isVisible()).toBe(true);
    await answerByMouse(page, 'charging', ['no-charges']);

    await heading(page, ui.review.title).waitFor();
    await expectText(reviewValue(page, 'charging'), optionLabel('charging', 'no-charges'));
    expect(await reviewValue(page, 'lead').getByRole('listitem').allInnerTexts()).toEqual(
      ['law-enforcement', ...emsRural.answers.lead!].map((id) => optionLabel('lead', id)),
    );
    expect(await page.getByRole('term').count()).toBe(7);
    expect((await getAnswers(page)).charging).toEqual(['no-charges']);

    // Removing law enforcement again goes straight back to review, without charging.
    await button(page, `${ui.review.change} ${reviewLabel('lead')}`).click();
    await questionGroup(page, 'lead').getByText(optionLabel('lead', 'law-enforcement'), { exact: true }).click();
    await eventually(() => optionInput(page, 'lead', 'law-enforcement').isChecked()).toBe(false);
    await button(page, ui.nav.continue).click();
    await heading(page, ui.review.title).waitFor();
    await eventually(() => page.getByRole('term').count()).toBe(6);
    expect(await getAnswers(page)).not.toHaveProperty('charging');
  });
});

/** The order of each question's options: the vocabulary order lists come back in. */
const optionOrder = (key: QuestionKey) =>
  Object.keys((questionTexts as Record<string, { options: object }>)[key]!.options);

describe('events', () => {
  it('fires pyp-step, pyp-answer and pyp-result through a whole run', async () => {
    const page = await openPage('/', {}, { record: true });
    // What to click on each question: includes an un-tick and clicks out of vocabulary order.
    const clicks: Record<QuestionKey, string[]> = {
      lead: ['fire', 'law-enforcement', 'fire'],
      situations: ['routine-contact', 'asks-for-help'],
      population: ['substance-use'],
      charging: ['no-charges'],
      partners: ['treatment', 'peer'],
      setting: ['suburban'],
      existing: [],
    };
    const expected: { key: string; value: unknown; answers: ScenarioAnswers }[] = [];
    let model: Record<string, unknown> = {};
    for (const key of askedKeys(police.answers)) {
      for (const id of clicks[key]) {
        let value: unknown;
        if (key === 'setting') value = id;
        else {
          const current = (model[key] as string[] | undefined) ?? [];
          const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
          value = optionOrder(key).filter((x) => next.includes(x));
        }
        model = { ...model, [key]: value };
        expected.push({ key, value, answers: structuredClone(model) });
      }
      if (model[key] === undefined) model = { ...model, [key]: [] }; // an empty optional answer, on Continue
    }
    // The clicks give the scenario's answers.
    expect(parseAnswers(model)).toEqual(parseAnswers(police.answers));

    await button(page, ui.intro.start).click();
    for (const key of askedKeys(police.answers)) {
      const group = questionGroup(page, key);
      await group.waitFor();
      for (const id of clicks[key]) {
        const before = (await eventsOf(page, 'pyp-answer')).length;
        await group.getByText(optionLabel(key, id), { exact: true }).click();
        await eventsOf(page, 'pyp-answer', before + 1);
      }
      await button(page, ui.nav.continue).click();
    }
    await heading(page, ui.review.title).waitFor();
    expect(await getResult(page), 'no result on review').toBeNull();
    expect(await eventsOf(page, 'pyp-result')).toEqual([]);

    await button(page, ui.review.submit).click();
    await heading(page, ui.result.title).waitFor();

    expect(await steps(page)).toEqual([
      'intro',
      'lead',
      'situations',
      'population',
      'charging',
      'partners',
      'setting',
      'existing',
      'review',
      'result',
    ]);
    expect(await eventsOf(page, 'pyp-answer')).toEqual(expected);

    const [shown] = await eventsOf(page, 'pyp-result', 1);
    expect(shown.answers).toEqual(parseAnswers(police.answers));
    expect(shown.result).toEqual(recommend(parseAnswers(shown.answers)));
    expect(await getResult(page)).toEqual(shown.result);
    expect(await getAnswers(page)).toEqual(shown.answers);

    // Back to review and to the result again: pyp-result fires each time the result is shown.
    await button(page, ui.result.changeAnswers).click();
    await heading(page, ui.review.title).waitFor();
    expect(await getResult(page)).toBeNull();
    await button(page, ui.review.submit).click();
    const results = await eventsOf(page, 'pyp-result', 2);
    expect(results).toHaveLength(2);
    expect(results[1].result).toEqual(shown.result);
    expect((await steps(page)).slice(-2)).toEqual(['review', 'result']);
    expect(await recordedEvents(page).then((all) => all.filter((e) => e.type === 'pyp-error'))).toEqual([]);
  });
});

describe('element API', () => {
  it('setting valid answers shows review with them', async () => {
    const page = await openPage('/', {}, { record: true });
    const input = { ...police.answers, population: [...police.answers.population!].reverse() };
    await setAnswers(page, input);
    await heading(page, ui.review.title).waitFor();
    expect(await getAnswers(page)).toEqual(parseAnswers(input));
    await expectText(reviewValue(page, 'setting'), optionLabel('setting', police.answers.setting as string));
    await expectText(reviewValue(page, 'charging'), optionLabel('charging', police.answers.charging![0]!));
    expect(await page.getByRole('term').count()).toBe(askedKeys(police.answers).length);
    expect(await steps(page)).toEqual(['intro', 'review']);
    expect(await eventsOf(page, 'pyp-error')).toEqual([]);
  });

  it('setting invalid answers fires pyp-error and keeps the answers as they were', async () => {
    const page = await openPage('/', {}, { record: true });
    // Mid-quiz: lead answered by the user.
    await button(page, ui.intro.start).click();
    await questionGroup(page, 'lead').getByText(optionLabel('lead', 'ems'), { exact: true }).click();
    await eventually(() => getAnswers(page)).toEqual({ lead: ['ems'] });
    await setAnswers(page, { lead: ['nope'] });
    const [first] = await eventsOf(page, 'pyp-error', 1);
    expect(first.message).toMatch(/lead/);
    expect(await getAnswers(page)).toEqual({ lead: ['ems'] });
    expect(await optionInput(page, 'lead', 'ems').isChecked()).toBe(true);
    expect((await steps(page)).at(-1)).toBe('lead');

    // On review with complete answers.
    await setAnswers(page, emsRural.answers);
    await heading(page, ui.review.title).waitFor();
    await setAnswers(page, { ...emsRural.answers, lead: [], setting: 'downtown' });
    const errors = await eventsOf(page, 'pyp-error', 2);
    expect(errors[1].message).toMatch(/lead/);
    expect(errors[1].message).toMatch(/setting/);
    expect(Array.isArray(errors[1].issues) && errors[1].issues.length).toBeGreaterThan(0);
    expect(await getAnswers(page)).toEqual(parseAnswers(emsRural.answers));
    expect(await heading(page, ui.review.title).isVisible()).toBe(true);
    await expectText(reviewValue(page, 'setting'), optionLabel('setting', 'rural'));
    expect((await steps(page)).slice(-2)).toEqual(['lead', 'review']);
  });

  it('restart() returns to the intro with no answers', async () => {
    const page = await openPage('/', {}, { record: true });
    await setAnswers(page, emsRural.answers);
    await button(page, ui.review.submit).click();
    await heading(page, ui.result.title).waitFor();
    expect(await getResult(page)).not.toBeNull();

    await widgetOf(page).evaluate((el: any) => el.restart());
    await heading(page, ui.intro.title).waitFor();
    expect(await getAnswers(page)).toEqual({});
    expect(await getResult(page)).toBeNull();
    expect((await steps(page)).at(-1)).toBe('intro');
    await eventually(focusedText(page), 'focus on the intro heading').toBe(ui.intro.title);

    await button(page, ui.intro.start).click();
    await questionGroup(page, 'lead').waitFor();
    expect(
      await questionGroup(page, 'lead').getByRole('checkbox', { checked: true }).count(),
      'nothing ticked after restart',
    ).toBe(0);
  });
});
