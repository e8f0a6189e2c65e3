/**
 * The language switch: the current language as text, the others as buttons named in their own
 * language. Switching keeps the answers and the step, and keeps focus on the switch.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { LANGUAGES } from '../element/i18n';
import { useWidgetView } from './context';

export function LanguageSwitch() {
  const { t, language, setLanguage } = useWidgetView();
  const list = useRef<HTMLUListElement>(null);
  const switched = useRef(false);

  useLayoutEffect(() => {
    if (!switched.current) return;
    switched.current = false;
    list.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [language]);

  if (LANGUAGES.length < 2) return null;
  return (
    <nav part="language-switch" class="language-switch" aria-label={t('language.label')}>
      <ul ref={list} class="language-switch__list">
        {LANGUAGES.map(({ code, name }) => (
          <li key={code} class="language-switch__item">
            {code === language ? (
              <span lang={code} aria-current="true" class="language-switch__current">
                {name}
              </span>
            ) : (
              <button
                type="button"
                lang={code}
                class="link-button"
                onClick={() => {
                  switched.current = true;
                  setLanguage(code);
                }}
              >
                {name}
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
