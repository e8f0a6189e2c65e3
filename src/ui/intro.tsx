/** The start page: what the tool does, how long it takes, and that nothing leaves the browser. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useWidgetView } from './context';
import { Heading } from './heading';
import { dateLocale } from './date-locale';

export function Intro() {
  const { wizard, t, content, saved, language, buildTeam } = useWidgetView();
  // "Start over" takes the offer's buttons away: keyboard and screen-reader users stay on the page, at Start now.
  const start = useRef<HTMLButtonElement>(null);
  const offered = useRef(saved !== null);
  useLayoutEffect(() => {
    if (offered.current && !saved) start.current?.focus();
    offered.current = saved !== null;
  }, [saved]);
  return (
    <div part="intro" class="step">
      <Heading focusTarget class="title-xl">
        {t('intro.title')}
      </Heading>
      <p class="lead">{t('intro.lead')}</p>
      <p>{t('intro.what')}</p>
      <p>{t('intro.time', { count: content.questions.length })}</p>
      <p class="inset">{t('intro.privacy')}</p>
      {saved && (
        <div part="resume" class="resume" role="group" aria-labelledby="resume-title">
          <Heading depth={1} id="resume-title">
            {t('intro.resumeTitle')}
          </Heading>
          <p>{savedAtText(saved.savedAt, language, t)}</p>
          <div class="button-group">
            <button type="button" part="resume-button" class="button" onClick={saved.resume}>
              {t('intro.resume')}
            </button>
            <button type="button" part="discard-button" class="button button--secondary" onClick={saved.discard}>
              {t('intro.discard')}
            </button>
          </div>
        </div>
      )}
      {!saved && (
        <button
          ref={start}
          type="button"
          part="start-button"
          class="button button--start"
          onClick={() => wizard.send({ type: 'step.continue' })}
        >
          {t('intro.start')}
          <svg class="button__arrow" aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </button>
      )}
      <p class="intro__team">
        {t('intro.teamQuestion')}{' '}
        <button type="button" part="team-button" class="link-button" onClick={buildTeam}>
          {t('intro.teamBuild')}
        </button>
      </p>
    </div>
  );
}

function savedAtText(savedAt: string, language: string, t: ReturnType<typeof useWidgetView>['t']): string {
  const date = new Date(savedAt);
  if (Number.isNaN(date.getTime())) return t('intro.savedSometime');
  return t('intro.savedAt', {
    date: new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'long', timeStyle: 'short' }).format(date),
  });
}
