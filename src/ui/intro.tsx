/** The start page: what the tool does, how long it takes, and that nothing leaves the browser. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useWidgetView } from './context';
import { Heading } from './heading';
import { dateLocale } from './date-locale';
import { IntroMarkup, StartButton } from '../start/start-markup';

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
    <IntroMarkup
      heading={
        <Heading focusTarget class="title-xl">
          {t('intro.title')}
        </Heading>
      }
      texts={{
        lead: t('intro.lead'),
        what: t('intro.what'),
        time: t('intro.time', { count: content.questions.length }),
        privacy: t('intro.privacy'),
        teamQuestion: t('intro.teamQuestion'),
        teamBuild: t('intro.teamBuild'),
      }}
      action={
        saved ? (
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
        ) : (
          <StartButton
            buttonRef={start}
            label={t('intro.start')}
            onClick={() => wizard.send({ type: 'step.continue' })}
          />
        )
      }
      buildTeam={buildTeam}
    />
  );
}

function savedAtText(savedAt: string, language: string, t: ReturnType<typeof useWidgetView>['t']): string {
  const date = new Date(savedAt);
  if (Number.isNaN(date.getTime())) return t('intro.savedSometime');
  return t('intro.savedAt', {
    date: new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'long', timeStyle: 'short' }).format(date),
  });
}
