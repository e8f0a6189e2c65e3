/**
 * The offline file's script (`dist/pick-your-pathway-offline.html`): the whole widget in one
 * module, every part and language inlined by its build (vite.config.ts), and the page's one
 * control, a button that turns presenter mode on and off, named in the widget's language.
 */
import { defineElement } from '../element/define';
import workshopEn from '../../data/locales/en/ui.workshop.json';
import workshopEs from '../../data/locales/es/ui.workshop.json';

defineElement();

const names: Record<string, string> = {
  en: workshopEn.workshop.offline.presenter,
  es: workshopEs.workshop.offline.presenter,
};
const widget = document.querySelector('pick-your-pathway');
const button = document.querySelector<HTMLButtonElement>('#presenter');
if (widget && button) {
  const sync = () => {
    const language = (widget.getAttribute('lang') ?? 'en').split('-')[0]!;
    document.documentElement.lang = language;
    button.textContent = names[language] ?? names.en!;
    button.setAttribute('aria-pressed', String(widget.getAttribute('mode') === 'presenter'));
  };
  button.addEventListener('click', () => {
    if (widget.getAttribute('mode') === 'presenter') widget.removeAttribute('mode');
    else widget.setAttribute('mode', 'presenter');
  });
  new MutationObserver(sync).observe(widget, { attributes: true, attributeFilter: ['lang', 'mode'] });
  sync();
}
