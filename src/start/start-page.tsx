/**
 * The start page drawn before the rest of the widget (its machine, i18next and full views) is
 * loaded: the same markup, parts and classes as the widget's own start page (src/ui/app.tsx,
 * intro.tsx, language-switch.tsx), which replaces it in place once the rest is there.
 */
import { IntroMarkup, LanguageSwitchMarkup, StartButton } from './start-markup';
import { fill, type StartTexts } from './texts';

/** A button of the start page: Start now, or Plan together's link. */
export type StartPress = 'start' | 'team';

type StartPageProps = {
  /** The language's texts, or null while they are not at hand: then the page keeps its place, hidden and busy. */
  texts: StartTexts | null;
  /** English, drawn hidden while the language's texts are on their way, so that the page keeps its size. */
  placeholder: StartTexts;
  language: string;
  headingLevel: number;
  questions: number;
  press: (button: StartPress) => void;
  setLanguage: (language: string) => void;
};

export function StartPage({
  texts,
  placeholder,
  language,
  headingLevel,
  questions,
  press,
  setLanguage,
}: StartPageProps) {
  const shown = texts ?? placeholder;
  const { intro } = shown;
  const Heading = `h${headingLevel}` as 'h2';
  const page = (
    <>
      <LanguageSwitchMarkup label={shown.language.label} language={language} setLanguage={setLanguage} />
      <p class="visually-hidden" aria-live="polite" aria-atomic="true"></p>
      <IntroMarkup
        heading={
          <Heading class="title-xl" tabIndex={-1} data-step-heading="">
            {intro.title}
          </Heading>
        }
        texts={{ ...intro, time: fill(intro.time, { count: questions }) }}
        action={<StartButton label={intro.start} onClick={() => press('start')} />}
        buildTeam={() => press('team')}
      />
    </>
  );
  if (!texts) {
    return (
      <div part="base" class="pyp" role="region" aria-busy="true">
        <div class="pyp__pending" inert aria-hidden="true">
          {page}
        </div>
      </div>
    );
  }
  return (
    <div part="base" class="pyp" lang={language} role="region" aria-label={shown.widget.label}>
      {page}
    </div>
  );
}
