/**
 * An agency's content override, from `content-src` or the `content` property: fetched, checked
 * by the validator file against the widget's texts (the details file brings the longer ones), and
 * then used, or rejected with the content kept as it was. The last request wins.
 */
import { builtInContent } from '../../data/content';
import type { ContentIssue } from '../../data/issues';
import { onDemandLoaders } from './parts';
import type { ElementHost } from './host';

export function contentOverride(host: ElementHost) {
  let latest = 0;
  const reject = (request: number, message: string, issues: ContentIssue[]) => {
    if (request !== latest) return;
    host.actor.send({ type: 'problem', about: 'content', problem: message });
    host.error(`Content override not used: ${message}`, issues);
  };
  const use = (value: unknown, request: number) => {
    if (value === null || value === undefined) {
      host.texts.setOverride(null);
      return host.actor.send({ type: 'content.use', content: builtInContent, resources: [] });
    }
    // The texts of the result's files are among those an override may replace.
    host.actor.send({ type: 'file.load', file: 'result' });
    host.actor.send({ type: 'file.load', file: 'details' });
    Promise.all([onDemandLoaders.validate(), host.files.load('result'), host.files.load('details')]).then(
      ([{ applyOverride }]) => {
        if (request !== latest) return;
        const applied = applyOverride(value, builtInContent, (namespace, key) => host.texts.hasEnglish(namespace, key));
        if (!applied.ok) return reject(request, applied.message, applied.issues);
        host.texts.setOverride(applied.texts);
        host.actor.send({ type: 'content.use', content: applied.content, resources: applied.resources });
      },
      () => reject(request, "the widget's validator did not load, so the content could not be checked", []),
    );
  };
  return {
    /** Sets the override object; null returns to the built-in content. */
    set: (value: unknown) => use(value, ++latest),
    /** Fetches the override at an address (`content-src`); none returns to the built-in content. */
    fetch: (source: string | null) => {
      const request = ++latest;
      if (!source) return use(null, request);
      onDemandLoaders.validate().then(
        ({ fetchContent }) =>
          fetchContent(source).then((fetched) =>
            fetched.ok ? use(fetched.json, request) : reject(request, fetched.message, fetched.issues),
          ),
        () => reject(request, "the widget's validator did not load, so the content could not be checked", []),
      );
    },
  };
}
