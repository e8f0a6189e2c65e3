/** The start page: what the tool does, how long it takes, and that nothing leaves the browser. */
import { useWizard } from './context';
import { Heading } from './heading';

export function Intro() {
  const { actor, t, content } = useWizard();
  return (
    <div part="intro" class="step">
      <Heading focusTarget class="title-xl">{t('intro.title')}</Heading>
      <p class="lead">{t('intro.lead')}</p>
      <p>{t('intro.what')}</p>
      <p>{t('intro.time', { count: content.questions.length })}</p>
      <p class="inset">{t('intro.privacy')}</p>
      <button type="button" part="start-button" class="button button--start" onClick={() => actor.send({ type: 'step.continue' })}>
        {t('intro.start')}
        <svg class="button__arrow" aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </button>
    </div>
  );
}
