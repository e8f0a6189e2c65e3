/**
 * The script-tag entry, `dist/pick-your-pathway.js`: a small classic script that imports the
 * widget's ES module graph from its own folder. It asks for every file of the first load at once
 * (module preloads, each with its integrity), so that no request waits on another it need not,
 * and for the page's language when it is not English. A classic script may call `import()`: it is
 * no Trusted Types sink, and `script-src 'self'` allows it.
 */
type FirstLoad = {
  /** The graph's entry, relative to the script's folder. */
  entry: string;
  /** The entry and the chunks it imports, with their integrity. */
  files: [file: string, integrity: string][];
  /** Each language's texts (English aside), with their integrity. */
  languages: Record<string, [file: string, integrity: string]>;
};
declare const __PYP_FIRST_LOAD__: FirstLoad;

const script = document.currentScript as HTMLScriptElement | null;
const folder = script?.src || document.baseURI;
const { entry, files, languages } = __PYP_FIRST_LOAD__;
const pageLanguage = document.documentElement.lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
const language = Object.hasOwn(languages, pageLanguage) ? languages[pageLanguage] : undefined;
// The first load's preloads, each settled when its file is there and checked against its integrity.
const checked: Promise<unknown>[] = [];
for (const [file, integrity] of language ? [...files, language] : files) {
  // A second copy of the script asks again: the browser fetches each module once.
  const href = new URL(file, folder).href;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  link.integrity = integrity;
  if (script?.crossOrigin != null) link.crossOrigin = script.crossOrigin;
  if (file !== language?.[0])
    checked.push(
      new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = reject; // the element says so (pyp-error)
      }),
    );
  (document.head ?? document.documentElement).append(link);
}
// The start page imports the rest of the widget only once its preloaded file has passed its check:
// a file refused by its integrity would otherwise be fetched again, unchecked, by that import().
// A refusal is said by the element that needs it (pyp-error), and by the browser's console.
((window as unknown as Record<symbol, Promise<unknown>>)[Symbol.for('pick-your-pathway.first-load')] ??=
  Promise.all(checked)).catch(() => {});
import(new URL(entry, folder).href).then(
  (widget: { PickYourPathway: CustomElementConstructor }) => {
    (window as unknown as Record<string, unknown>).PickYourPathway ??= widget.PickYourPathway;
  },
  (error: unknown) => console.error('<pick-your-pathway> did not load:', error),
);
