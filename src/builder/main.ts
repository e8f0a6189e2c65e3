/**
 * The embed builder (`pick-your-pathway-builder.js`), a classic script so that the page works
 * opened from a folder too: it draws the builder's form, writes the snippets from the choices,
 * checks the colours' contrast and the editor's programs, and shows each choice in the preview.
 */
import styles from './builder.css?inline';
import { checkContrast, COLOURS, parseHex, type ColourName, type Colours } from './contrast';
import { el, radioList, showError, type Choice } from './dom';
import { entryForm } from './forms';
import { overrideDocument, programFrom, PROGRAM_FIELDS, resourceFrom, RESOURCE_FIELDS } from './override-fields';
import type { OverrideResource, OverrideSite } from '../../data/schema';
import { snippetsFor, type Choices, type EmbedWay } from './snippets';

/** Baked in at build time, so that the page needs no request to know them (works from file:// too). */
declare const __PYP_INTEGRITY__: Record<string, string>;
declare const __PYP_BUILDER_LANGUAGES__: { code: string; name: string }[];

const CONTENT_FILE = 'pick-your-pathway-content.json';
const EXAMPLE_FOLDER = 'https://www.example.gov/js/pick-your-pathway/';

const sheet = new CSSStyleSheet();
sheet.replaceSync(styles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const WAYS: (Choice & { value: EmbedWay })[] = [
  {
    value: 'script',
    label: 'Script tag',
    hint: 'The usual way, where your site lets you add a <script> to a page.',
  },
  { value: 'module', label: 'ES module', hint: 'For web developers: a page or app that loads JavaScript modules.' },
  {
    value: 'frame-host',
    label: 'Frame, with a small script on your page',
    hint: 'The frame grows with the tool. For sites that allow an iframe and one short script.',
  },
  {
    value: 'frame',
    label: 'Frame alone',
    hint: 'For sites that allow an iframe but no script, as many CivicPlus, Granicus and Drupal sites do.',
  },
  {
    value: 'wordpress',
    label: 'WordPress shortcode',
    hint: 'With the Pick Your Pathway plugin installed on your WordPress site.',
  },
];

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Spanish' };

/** Where each snippet goes, by way of embedding. */
const PASTE_WHERE: Record<EmbedWay, string> = {
  script: 'Paste it into your page where the tool should appear, in an HTML or code block.',
  module:
    'Paste it into your page where the tool should appear. In an app, import it instead: import "pick-your-pathway";',
  'frame-host': 'Paste it into your page where the tool should appear. The script makes the frame as tall as the tool.',
  frame:
    'Paste it into your page’s embed or iframe field. The frame is as tall as the reader’s window and scrolls on its own.',
  wordpress:
    'Paste it into a Shortcode block, or into the text of a post or page. Your site administrator installs the plugin once (pick-your-pathway-wordpress.zip).',
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function start() {
  const form = $<HTMLFormElement>('settings');
  const preview = $<HTMLElement & { content: unknown }>('pyp-preview');
  const sites: OverrideSite[] = [];
  const resources: OverrideResource[] = [];

  $('way').append(...radioList('way', WAYS, 'script'));
  $('lang').append(
    ...radioList(
      'lang',
      [
        { value: '', label: 'The language of your page', hint: 'English when your page does not say.' },
        ...__PYP_BUILDER_LANGUAGES__.map(({ code, name }) =>
          LANGUAGE_NAMES[code] && code !== 'en'
            ? { value: code, label: `${LANGUAGE_NAMES[code]} (${name})` }
            : { value: code, label: LANGUAGE_NAMES[code] ?? name },
        ),
      ],
      '',
    ),
  );
  $('persist').append(
    ...radioList(
      'persist',
      [
        { value: '', label: 'Save progress in the reader’s browser' },
        { value: 'custom', label: 'Save progress under a key I choose' },
        { value: 'off', label: 'Do not save progress', hint: 'For shared computers, such as in a library.' },
      ],
      '',
    ),
  );
  const folder = $<HTMLInputElement>('folder');
  folder.value = /^https?:$/.test(location.protocol) ? new URL('.', location.href).href : EXAMPLE_FOLDER;
  $<HTMLInputElement>('element-id').value = 'deflection-planner';

  // Colours: the main ones in sight, the tags' behind "More colours".
  const colourInputs = new Map<ColourName, HTMLInputElement>();
  const colourRow = (colour: (typeof COLOURS)[number]) => {
    const id = `colour${colour.name.slice('--pyp'.length)}`;
    const input = el('input', {
      type: 'text',
      id,
      spellcheck: 'false',
      placeholder: colour.fallback ?? COLOURS[3].fallback,
      class: 'input--short',
      'aria-describedby': `${id}-name`,
    });
    colourInputs.set(colour.name, input);
    const swatch = el('span', { class: 'colour__swatch', 'aria-hidden': 'true' });
    return el(
      'div',
      { class: 'field colour', 'data-field': id, 'data-colour': colour.name },
      el('label', { for: id }, colour.label),
      el('div', { class: 'colour__row colour__swatch-cell' }, swatch),
      input,
      el('span', { class: 'visually-hidden', id: `${id}-name` }, `Custom property ${colour.name}`),
    );
  };
  const main = COLOURS.filter((c) => !/fit|mentor/.test(c.name));
  const tags = COLOURS.filter((c) => /fit|mentor/.test(c.name));
  $('colours').append(
    ...main.map(colourRow),
    el('details', {}, el('summary', {}, 'Colours of the result’s tags'), ...tags.map(colourRow)),
  );

  const programButton = el('button', { type: 'button', class: 'button button--secondary' }, 'Add program');
  const programs = entryForm('program', 'Add a program', PROGRAM_FIELDS, programButton);
  const resourceButton = el('button', { type: 'button', class: 'button button--secondary' }, 'Add resource');
  const resourceForm = entryForm('resource', 'Add a resource', RESOURCE_FIELDS, resourceButton);
  const programList = el('ul', { class: 'added', 'aria-label': 'Programs you added' });
  const resourceList = el('ul', { class: 'added', 'aria-label': 'Resources you added' });
  $('programs').append(el('h3', {}, 'Programs'), programList, programs.element);
  $('resources').append(el('h3', {}, 'Resources'), resourceList, resourceForm.element);

  const status = $('copy-status');
  const announce = (message: string) => {
    status.textContent = '';
    setTimeout(() => (status.textContent = message), 50);
  };

  programButton.addEventListener('click', () => {
    const checked = programFrom(
      programs.values(),
      sites.map((s) => s.id),
    );
    programs.showErrors(checked.errors);
    if (!checked.entry) return;
    sites.push(checked.entry);
    programs.clear();
    announce(`Added the program ${checked.entry.name}.`);
    update();
  });
  resourceButton.addEventListener('click', () => {
    const checked = resourceFrom(
      resourceForm.values(),
      resources.map((r) => r.id),
    );
    resourceForm.showErrors(checked.errors);
    if (!checked.entry) return;
    resources.push(checked.entry);
    resourceForm.clear();
    announce(`Added the resource ${checked.entry.title}.`);
    update();
  });

  // The snippets: drawn once, their texts updated with each choice.
  const snippet = (title: string, copyLabel: string) => {
    const heading = el('h3', {}, title);
    const where = el('p', { class: 'hint' });
    const code = el('code');
    const button = el('button', { type: 'button', class: 'button' }, copyLabel);
    button.addEventListener('click', async () => {
      await copy(code.textContent ?? '');
      announce(`${title}: copied. Paste it into your page.`);
    });
    const block = el('div', { class: 'snippet' }, heading, where, el('pre', {}, code), button);
    return { block, where, code };
  };
  const embed = snippet('Embed code', 'Copy the embed code');
  const css = snippet('Colours for your stylesheet', 'Copy the colours');
  css.where.textContent =
    'Add it to your site’s stylesheet (in WordPress: Appearance, Customize, Additional CSS), or paste it with the embed code inside <style> and </style>.';
  const downloadButton = el('button', { type: 'button', class: 'button' }, 'Download the content file');
  const contentNote = el('p', { class: 'hint' });
  const content = el('div', { class: 'snippet' }, el('h3', {}, 'Content file'), contentNote, downloadButton);
  $('snippets').append(embed.block, css.block, content);
  downloadButton.addEventListener('click', () => {
    const text = `${JSON.stringify(overrideDocument(sites, resources), null, 2)}\n`;
    const link = el('a', {
      href: URL.createObjectURL(new Blob([text], { type: 'application/json' })),
      download: CONTENT_FILE,
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  });

  const removable = (list: HTMLElement, names: string[], remove: (index: number) => void, kind: string) => {
    list.replaceChildren(
      ...names.map((name, index) => {
        const button = el(
          'button',
          { type: 'button', class: 'button button--secondary', 'aria-label': `Remove ${kind} ${name}` },
          'Remove',
        );
        button.addEventListener('click', () => {
          remove(index);
          announce(`Removed the ${kind} ${name}.`);
          update();
          list.closest('.section')?.querySelector<HTMLElement>('h3')?.focus();
        });
        return el('li', {}, el('span', {}, name), button);
      }),
    );
    list.hidden = names.length === 0;
  };

  let shownContent = '';
  function update() {
    const data = new FormData(form);
    const persistChoice = String(data.get('persist') ?? '');
    $('persist-key-field').hidden = persistChoice !== 'custom';

    // Fields an editor types, checked where they are.
    let base = folder.value.trim();
    if (base && !base.endsWith('/')) base += '/';
    const folderOk = /^(https?:\/\/[^\s"'<>]+|\/[^\s"'<>]*)$/.test(base);
    showError(folder.parentElement!, folderOk ? null : 'Enter the folder’s address, for example ' + EXAMPLE_FOLDER);
    const id = $<HTMLInputElement>('element-id').value.trim();
    const idOk = id === '' || /^[A-Za-z][\w-]{0,60}$/.test(id);
    showError($('element-id').parentElement!, idOk ? null : 'Start with a letter; use letters, digits and hyphens');
    const key = $<HTMLInputElement>('persist-key').value.trim();
    const keyOk = persistChoice !== 'custom' || /^[\w:.-]{1,60}$/.test(key);
    showError(
      $('persist-key-field'),
      keyOk ? null : 'Enter a key of letters, digits, colons or hyphens, for example county:planner',
    );

    const colours: Colours = {};
    for (const [name, input] of colourInputs) {
      const value = input.value.trim();
      const valid = value === '' || parseHex(value) !== null;
      showError(
        input.parentElement!,
        valid ? null : 'Enter a colour as # and six digits or letters a to f, for example #1d70b8',
      );
      const swatch = input.parentElement!.querySelector<HTMLElement>('.colour__swatch')!;
      swatch.style.background =
        valid && value ? value : (COLOURS.find((c) => c.name === name)!.fallback ?? 'transparent');
      if (value && valid) colours[name] = value.toLowerCase();
    }

    const choices: Choices = {
      way: String(data.get('way') ?? 'script') as EmbedWay,
      folder: base,
      id: idOk ? id : '',
      lang: String(data.get('lang') ?? ''),
      headingLevel: $<HTMLSelectElement>('heading-level').value,
      persist: persistChoice === 'custom' ? (keyOk ? key : '') : persistChoice,
      presenter: $<HTMLInputElement>('presenter').checked,
      colours,
      contentFile: sites.length + resources.length > 0 ? CONTENT_FILE : null,
    };
    const snippets = snippetsFor(choices, __PYP_INTEGRITY__);
    embed.where.textContent = PASTE_WHERE[choices.way];
    embed.code.textContent = snippets.embed;
    css.block.hidden = snippets.css === null;
    css.code.textContent = snippets.css ?? '';
    content.hidden = choices.contentFile === null;
    const holds = `It holds ${count(sites.length, 'program')} and ${count(resources.length, 'resource')}.`;
    contentNote.textContent =
      choices.way === 'wordpress'
        ? `Upload ${CONTENT_FILE} to the folder whose address you gave in step 2: the shortcode reads it from there. ${holds}`
        : `Put ${CONTENT_FILE} in the same folder as the other files: the embed code reads it from there. ${holds}`;

    removable(
      programList,
      sites.map((s) => s.name),
      (i) => sites.splice(i, 1),
      'program',
    );
    removable(
      resourceList,
      resources.map((r) => r.title),
      (i) => resources.splice(i, 1),
      'resource',
    );
    drawContrast(checkContrast(colours));

    // The preview: the same choices on a live widget (it saves nothing here).
    setAttribute(preview, 'lang', choices.lang || null);
    setAttribute(preview, 'heading-level', choices.headingLevel);
    setAttribute(preview, 'mode', choices.presenter ? 'presenter' : null);
    for (const { name } of COLOURS) {
      if (colours[name]) preview.style.setProperty(name, colours[name]!);
      else preview.style.removeProperty(name);
    }
    const override = choices.contentFile ? overrideDocument(sites, resources) : null;
    const contentKey = JSON.stringify(override);
    if (contentKey !== shownContent) {
      shownContent = contentKey;
      void customElements.whenDefined('pick-your-pathway').then(() => (preview.content = override));
    }
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  $('reset-colours').addEventListener('click', () => {
    for (const input of colourInputs.values()) input.value = '';
    update();
    announce('Colours reset to the defaults.');
  });
  update();
  watchPreview();
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function setAttribute(element: Element, name: string, value: string | null) {
  if (value === null) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function drawContrast(checks: ReturnType<typeof checkContrast>) {
  const failing = checks.filter((check) => !check.passes);
  const ratio = (n: number) => `${n.toFixed(2).replace(/\.?0+$/, '')}:1`;
  const panel =
    failing.length === 0
      ? el('div', { class: 'panel' }, el('p', {}, `All ${checks.length} colour pairs meet WCAG 2.2 AA contrast.`))
      : el(
          'div',
          { class: 'panel panel--failing' },
          el(
            'p',
            {},
            el(
              'strong',
              {},
              `${count(failing.length, 'colour pair')} ${failing.length === 1 ? 'does' : 'do'} not meet WCAG 2.2 AA contrast:`,
            ),
          ),
          el(
            'ul',
            {},
            ...failing.map((check) =>
              el('li', {}, `${check.label}: ${ratio(check.ratio)}, needs at least ${ratio(check.needs)}`),
            ),
          ),
        );
  $('contrast').replaceChildren(panel);
}

async function copy(text: string) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Pages opened from a file, or older browsers: copy through a selection.
    const area = el('textarea', { class: 'visually-hidden', 'aria-hidden': 'true', tabindex: '-1' });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

/** Opened from a folder, a browser runs no module: the preview says so rather than stay empty. */
function watchPreview() {
  const note = $('preview-note');
  const explain = () => {
    if (customElements.get('pick-your-pathway')) return;
    note.replaceChildren(
      el(
        'span',
        { class: 'notice' },
        'The preview could not start. Browsers run it only on a page that comes from a web server: open this page from the folder on your site (its address ends with pick-your-pathway-builder.html). The code works either way.',
      ),
    );
    note.classList.remove('hint');
  };
  setTimeout(explain, location.protocol === 'file:' ? 1_500 : 8_000);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
