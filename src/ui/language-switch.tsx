/**
 * The language switch: the current language as text, the others as buttons named in their own
 * language. Switching keeps the answers and the step, and keeps focus on the switch.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { LanguageSwitchMarkup } from '../start/start-markup';
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

  return (
    <LanguageSwitchMarkup
      label={t('language.label')}
      language={language}
      listRef={list}
      setLanguage={(code) => {
        switched.current = true;
        setLanguage(code);
      }}
    />
  );
}
