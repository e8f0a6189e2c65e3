/**
 * The code an editor pastes, from the choices made in the builder: one function per way to embed.
 * DOM-free, so a unit test reads it. Every value is escaped for where it goes.
 */
import type { Colours } from './contrast';

export const EMBED_WAYS = ['script', 'module', 'frame-host', 'frame', 'wordpress'] as const;
export type EmbedWay = (typeof EMBED_WAYS)[number];

export type Choices = {
  way: EmbedWay;
  /** The address of the folder holding the release's files, ending with `/`. */
  folder: string;
  id: string;
  /** Empty: the page's language decides. */
  lang: string;
  headingLevel: string;
  /** `''`: the default key (`pyp:` + id); `off`; or the editor's own key. */
  persist: string;
  presenter: boolean;
  colours: Colours;
  /** The content file's name beside the widget's files, when the editor added programs or resources. */
  contentFile: string | null;
};

export type Snippets = {
  /** What to paste where the widget goes. */
  embed: string;
  /** The colours, for the site's stylesheet (null when none is set, or when they travel in the frame's address). */
  css: string | null;
};

const FRAME_TITLE = 'Plan a deflection program';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The element's attributes in the contract's names, in a fixed order, only those that differ from the default. */
export function attributesOf(choices: Choices): [string, string][] {
  const pairs: [string, string][] = [];
  if (choices.id) pairs.push(['id', choices.id]);
  if (choices.lang) pairs.push(['lang', choices.lang]);
  if (choices.headingLevel && choices.headingLevel !== '2') pairs.push(['heading-level', choices.headingLevel]);
  if (choices.persist) pairs.push(['persist', choices.persist]);
  if (choices.presenter) pairs.push(['mode', 'presenter']);
  if (choices.contentFile) pairs.push(['content-src', choices.folder + choices.contentFile]);
  return pairs;
}

const setColours = (colours: Colours) => Object.entries(colours).filter(([, value]) => value);

function cssOf(colours: Colours): string | null {
  const set = setColours(colours);
  if (set.length === 0) return null;
  return `pick-your-pathway {\n${set.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
}

const element = (choices: Choices) =>
  `<pick-your-pathway${attributesOf(choices)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('')}></pick-your-pathway>`;

/** The frame page's address: the attributes and colours as query parameters (an id has no use there). */
export function frameAddress(choices: Choices): string {
  const query = new URLSearchParams();
  for (const [name, value] of attributesOf(choices)) if (name !== 'id') query.set(name, value);
  // The frame page sits beside the content file: its name alone is the shortest same-site address.
  if (choices.contentFile) query.set('content-src', choices.contentFile);
  for (const [name, value] of setColours(choices.colours)) query.set(name, value!);
  const search = query.toString();
  return `${choices.folder}pick-your-pathway.html${search ? `?${search}` : ''}`;
}

/** The README's host script: sizes the frame to its content. */
export const HOST_SCRIPT = `<script>
  addEventListener('message', (event) => {
    const frame = document.querySelector('iframe[src*="pick-your-pathway.html"]');
    if (!frame || event.source !== frame.contentWindow || event.data?.source !== 'pick-your-pathway') return;
    if (event.data.type === 'pyp-resize') frame.height = String(event.data.height);
  });
</script>`;

/**
 * The frame to paste alone: as tall as the window (so the widget scrolls in one place, inside it)
 * with 720 px for a site that strips the style attribute.
 */
export const pasteOnlyFrame = (src: string) =>
  `<iframe src="${escapeHtml(src)}"
        title="${FRAME_TITLE}" width="100%" height="720"
        style="border: 0; width: 100%; height: 100vh; height: 100dvh"></iframe>`;

/** The frame the host script sizes: a plain height attribute, which the script replaces. */
const sizedFrame = (src: string) =>
  `<iframe src="${escapeHtml(src)}"
        title="${FRAME_TITLE}" width="100%" height="900" style="border: 0"></iframe>`;

/** A shortcode value: the plugin checks and escapes it, but a quote or bracket would end it. */
const shortcodeValue = (text: string) => text.replace(/["\]\[]/g, '');

export function snippetsFor(choices: Choices, integrity: Record<string, string>): Snippets {
  const css = cssOf(choices.colours);
  switch (choices.way) {
    case 'script':
      return {
        embed: `<script
  src="${escapeHtml(choices.folder)}pick-your-pathway.js"
  integrity="${integrity['pick-your-pathway.js'] ?? ''}"
  crossorigin="anonymous"
  defer
></script>
${element(choices)}`,
        css,
      };
    case 'module':
      return {
        embed: `<script
  type="module"
  src="${escapeHtml(choices.folder)}pick-your-pathway.mjs"
  integrity="${integrity['pick-your-pathway.mjs'] ?? ''}"
  crossorigin="anonymous"
></script>
${element(choices)}`,
        css,
      };
    case 'frame-host':
      return { embed: `${sizedFrame(frameAddress(choices))}\n${HOST_SCRIPT}`, css: null };
    case 'frame':
      return { embed: pasteOnlyFrame(frameAddress(choices)), css: null };
    case 'wordpress': {
      const attributes = attributesOf(choices).map(
        ([name, value]) => ` ${name.replace('-', '_')}="${shortcodeValue(value)}"`,
      );
      return { embed: `[pick_your_pathway${attributes.join('')}]`, css };
    }
  }
}
