/**
 * One question per page (GOV.UK question pattern): the legend is the heading, with a hint,
 * checkboxes or radios with option hints, Back, and Continue, which is never disabled: an
 * unanswered Continue shows an error summary linked to the first option.
 */
import { useSelector } from '@xstate/react';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { AnswerKey } from '../../data/vocabulary';
import { selectAnswers, selectMissing, selectProgress } from '../../machines/wizard.selectors';
import { useWidgetView } from './context';
import { Heading } from './heading';

const sameProgress = (a: { number: number; total: number } | null, b: { number: number; total: number } | null) =>
  a?.number === b?.number && a?.total === b?.total;

export function QuestionStep({ questionKey: key }: { questionKey: AnswerKey }) {
  const { wizard, t, content } = useWidgetView();
  const answers = useSelector(wizard, selectAnswers);
  const missing = useSelector(wizard, selectMissing);
  const progress = useSelector(wizard, selectProgress, sameProgress);
  const question = content.questions.find((q) => q.id === key)!;
  const value = answers[key];
  const selected: readonly string[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const showError = missing === key;
  const summary = useRef<HTMLDivElement>(null);
  const inputType = question.type === 'single' ? 'radio' : 'checkbox';
  const firstInputId = `${key}-${question.options[0]?.id}`;

  useLayoutEffect(() => {
    if (showError) summary.current?.focus();
  }, [showError]);

  const focusFirstInput = (event: Event) => {
    event.preventDefault(); // the href would change the host page's URL
    const input = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot | Document;
    (input.getElementById(firstInputId) as HTMLInputElement | null)?.focus();
  };

  return (
    <div class="step">
      <button type="button" part="back-button" class="back-link" onClick={() => wizard.send({ type: 'step.back' })}>
        {t('nav.back')}
      </button>
      {showError && (
        <div
          ref={summary}
          part="error"
          class="error-summary"
          role="alert"
          tabIndex={-1}
          aria-labelledby="error-summary-title"
        >
          <Heading id="error-summary-title" class="error-summary__title">
            {t('errors.summaryTitle')}
          </Heading>
          <ul class="error-summary__list">
            <li>
              <a href={`#${firstInputId}`} onClick={focusFirstInput}>
                {t(`errors.${key}`)}
              </a>
            </li>
          </ul>
        </div>
      )}
      <form
        part="question"
        class={`question${showError ? ' question--error' : ''}`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          wizard.send({ type: 'step.continue' });
        }}
      >
        {progress && (
          <p part="progress" class="caption">
            {t('progress', progress)}
          </p>
        )}
        <fieldset class="fieldset" aria-describedby={`${key}-hint${showError ? ` ${key}-error` : ''}`}>
          <legend class="fieldset__legend">
            <Heading focusTarget class="title-l">
              {t(`questions:${key}.prompt`)}
            </Heading>
          </legend>
          <p id={`${key}-hint`} class="hint">
            {t(`questions:${key}.hint`)}
          </p>
          {showError && (
            <p id={`${key}-error`} class="error-message">
              <span class="visually-hidden">{t('errors.prefix')} </span>
              {t(`errors.${key}`)}
            </p>
          )}
          <div class={`options options--${inputType}`}>
            {question.options.map((option) => {
              const id = `${key}-${option.id}`;
              return (
                <>
                  {option.exclusive && <p class="options__divider">{t('optionDivider')}</p>}
                  <div part="option" class="option" key={option.id}>
                    <input
                      class="option__input"
                      type={inputType}
                      id={id}
                      name={key}
                      value={option.id}
                      checked={selected.includes(option.id)}
                      aria-describedby={`${id}-hint`}
                      onChange={() => wizard.send({ type: 'answer.choose', key, id: option.id })}
                    />
                    <label part="option__label" class="option__label" for={id}>
                      {t(`questions:${key}.options.${option.id}.label`)}
                    </label>
                    <p id={`${id}-hint`} class="option__hint">
                      {t(`questions:${key}.options.${option.id}.hint`)}
                    </p>
                  </div>
                </>
              );
            })}
          </div>
        </fieldset>
        <button type="submit" part="next-button" class="button">
          {t('nav.continue')}
        </button>
      </form>
    </div>
  );
}
