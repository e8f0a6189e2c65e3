/** "Check your answers" (GOV.UK pattern): every asked question with its answer and a Change link. */
import { useSelector } from '@xstate/react';
import type { AnswerKey } from '../../data/vocabulary';
import { askedQuestions } from '../../machines/steps';
import { selectAnswers } from '../../machines/wizard.selectors';
import { useWidgetView } from './context';
import { Heading } from './heading';

export function Review() {
  const { wizard, t } = useWidgetView();
  const answers = useSelector(wizard, selectAnswers);
  const label = (key: AnswerKey, id: string) => t(`questions:${key}.options.${id}.label`);

  return (
    <div part="review" class="step">
      <button type="button" part="back-button" class="back-link" onClick={() => wizard.send({ type: 'step.back' })}>
        {t('nav.back')}
      </button>
      <Heading focusTarget class="title-l">
        {t('review.title')}
      </Heading>
      <p>{t('review.intro')}</p>
      <dl class="summary-list">
        {askedQuestions(answers).map((key) => {
          const value = answers[key];
          const ids: readonly string[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
          return (
            <div class="summary-list__row" key={key}>
              <dt class="summary-list__key">{t(`review.labels.${key}`)}</dt>
              <dd class="summary-list__value">
                {value === undefined ? (
                  t('review.notAnswered')
                ) : ids.length === 0 ? (
                  t('review.noneYet')
                ) : ids.length === 1 ? (
                  label(key, ids[0]!)
                ) : (
                  <ul class="plain-list">
                    {ids.map((id) => (
                      <li key={id}>{label(key, id)}</li>
                    ))}
                  </ul>
                )}
              </dd>
              <dd class="summary-list__actions">
                <button
                  type="button"
                  part="change-button"
                  class="link-button"
                  onClick={() => wizard.send({ type: 'review.change', key })}
                >
                  {t('review.change')}
                  <span class="visually-hidden"> {t(`review.labels.${key}`)}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      <button type="button" part="next-button" class="button" onClick={() => wizard.send({ type: 'step.continue' })}>
        {t('review.submit')}
      </button>
    </div>
  );
}
