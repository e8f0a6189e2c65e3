/**
 * The result page comes in its own file: while it is on its way the page says so, busy; when it
 * cannot be had the reader is told and can try again, and the answers are kept.
 */
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseAnswers } from '../../machines/answers';
import { onDemandLoaders } from '../../src/element/parts';
import { emsAfterOverdose } from '../fixtures/answers';
import { loadOnDemandFilesFromSources } from '../support/on-demand';
import { uiEn } from '../support/texts';
import '../../src/entries/module';

beforeAll(loadOnDemandFilesFromSources);
afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  loadOnDemandFilesFromSources();
});

describe('the result file', () => {
  it('is asked for again from the page that says it could not be loaded, and then shows the result', async () => {
    const fromSources = onDemandLoaders.result;
    let online = false;
    onDemandLoaders.result = () => (online ? fromSources() : Promise.reject(new Error('offline')));
    const element = document.createElement('pick-your-pathway');
    document.body.append(element);
    const shadow = within(element.shadowRoot as unknown as HTMLElement);
    element.answers = parseAnswers(emsAfterOverdose);
    fireEvent.click(await shadow.findByRole('button', { name: uiEn.review.submit }));
    expect(await shadow.findByText(uiEn.result.loadFailed)).toBeTruthy();
    expect(shadow.getByRole('heading', { name: uiEn.result.title })).toBeTruthy();
    // The recommendation's code comes apart from the result page's: the result is known without it.
    await waitFor(() => expect(element.result).not.toBeNull());
    online = true;
    fireEvent.click(shadow.getByRole('button', { name: uiEn.result.retry }));
    expect(await shadow.findAllByRole('heading', { name: uiEn.result.why })).not.toHaveLength(0);
    expect(shadow.queryByText(uiEn.result.loadFailed)).toBeNull();
  });

  it('shows the page busy while the file is on its way', async () => {
    let arrive: () => void = () => {};
    const fromSources = onDemandLoaders.result;
    onDemandLoaders.result = () => new Promise((resolve) => (arrive = () => resolve(fromSources())));
    const element = document.createElement('pick-your-pathway');
    document.body.append(element);
    const shadow = within(element.shadowRoot as unknown as HTMLElement);
    element.answers = parseAnswers(emsAfterOverdose);
    fireEvent.click(await shadow.findByRole('button', { name: uiEn.review.submit }));
    const status = await shadow.findByText(uiEn.result.loading);
    expect(status.closest('[aria-busy="true"]')).not.toBeNull();
    arrive();
    expect(await shadow.findAllByRole('article')).not.toHaveLength(0);
  });
});
