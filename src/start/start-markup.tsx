/**
 * The start page's markup, shared by the start page drawn before the rest of the widget
 * (start-page.tsx) and the widget's own (src/ui/intro.tsx, language-switch.tsx), so that one
 * replaces the other in place, part for part.
 */
import type { ComponentChildren, Ref } from 'preact';
import { LANGUAGES } from '../element/page-language';

type IntroTexts = Record<'lead' | 'what' | 'time' | 'privacy' | 'teamQuestion' | 'teamBuild', string>;

/** The start page under its heading; `action` is Start now, or the offer of saved progress. */
export function IntroMarkup({
  heading,
  texts,
  action,
  buildTeam,
}: {
  heading: ComponentChildren;
  texts: IntroTexts;
  action: ComponentChildren;
  buildTeam: () => void;
}) {
  return (
    <div part="intro" class="step">
      {heading}
      <p class="lead">{texts.lead}</p>
      <p>{texts.what}</p>
      <p>{texts.time}</p>
      <p class="inset">{texts.privacy}</p>
      {action}
      <p class="intro__team">
        {texts.teamQuestion}{' '}
        <button type="button" part="team-button" class="link-button" onClick={buildTeam}>
          {texts.teamBuild}
        </button>
      </p>
    </div>
  );
}

export function StartButton({
  label,
  onClick,
  buttonRef,
}: {
  label: string;
  onClick: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <button ref={buttonRef} type="button" part="start-button" class="button button--start" onClick={onClick}>
      {label}
      <svg class="button__arrow" aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40">
        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
      </svg>
    </button>
  );
}

/** The language switch: the current language as text, the others as buttons named in their own language. */
export function LanguageSwitchMarkup({
  label,
  language,
  setLanguage,
  listRef,
}: {
  label: string;
  language: string;
  setLanguage: (code: string) => void;
  listRef?: Ref<HTMLUListElement>;
}) {
  if (LANGUAGES.length < 2) return null;
  return (
    <nav part="language-switch" class="language-switch" aria-label={label}>
      <ul ref={listRef} class="language-switch__list">
        {LANGUAGES.map(({ code, name }) => (
          <li key={code} class="language-switch__item">
            {code === language ? (
              <span lang={code} aria-current="true" class="language-switch__current">
                {name}
              </span>
            ) : (
              <button type="button" lang={code} class="link-button" onClick={() => setLanguage(code)}>
                {name}
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
