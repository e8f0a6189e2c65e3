/** Small DOM helpers of the builder: every text goes in as text, never as HTML. */

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

export type Choice = { value: string; label: string; hint?: string; lang?: string };

/** A GOV.UK-style list of radios, each with its label and an optional hint. */
export function radioList(name: string, choices: Choice[], checked: string): HTMLElement[] {
  return choices.map((choice, index) => {
    const id = `${name}-${index}`;
    const hintId = `${id}-hint`;
    const input = el('input', { type: 'radio', id, name, value: choice.value, checked: choice.value === checked });
    if (choice.hint) input.setAttribute('aria-describedby', hintId);
    const label = el(
      'label',
      { for: id },
      choice.lang ? el('span', { lang: choice.lang }, choice.label) : choice.label,
    );
    return el(
      'div',
      { class: 'radio' },
      input,
      el('div', {}, label, choice.hint ? el('span', { class: 'hint', id: hintId }, choice.hint) : null),
    );
  });
}

/** Shows (or clears, with null) an error at a field: a message above its input, a red rule, and described-by. */
export function showError(field: HTMLElement, message: string | null) {
  field.querySelector(':scope > .error-message')?.remove();
  field.classList.toggle('field--error', message !== null);
  const controls = [...field.querySelectorAll<HTMLElement>('input, select, textarea')];
  const errorId = `${field.dataset.field ?? 'field'}-error`;
  for (const control of controls) {
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== errorId);
    if (message !== null) described.push(errorId);
    if (described.length) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
    if (control.matches('input[type=text], select, textarea')) {
      if (message !== null) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }
  if (message === null) return;
  const error = el(
    'p',
    { class: 'error-message', id: errorId },
    el('span', { class: 'visually-hidden' }, 'Error: '),
    message,
  );
  const before = field.querySelector(
    ':scope > input, :scope > select, :scope > textarea, :scope > .checkboxes, :scope > .checkbox, :scope > .colour__row',
  );
  if (before) before.before(error);
  else field.append(error);
}
