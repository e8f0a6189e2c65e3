/**
 * Every address the content links to is on a host we keep in data/link-hosts.json: official
 * pages, the programs' own sites, the field's organizations and research publishers. Document
 * mirrors, scrapers and news sites are not: a program without an official page gets no link.
 */
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { builtInLibrary } from '../../data/library';
import linkHosts from '../../data/link-hosts.json';

const allowed = linkHosts.map((entry) => entry.host);
const isAllowed = (url: string) => {
  const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  return allowed.some((domain) => host === domain || host.endsWith(`.${domain}`));
};

/** Every address in the content, with where it sits. */
function contentLinks(): { where: string; url: string }[] {
  const { sites } = builtInContent;
  const { resources, sources } = builtInLibrary;
  return [
    ...sites.flatMap((s) => s.links.map((url) => ({ where: `sites.${s.id}`, url }))),
    ...resources.flatMap((r) => (r.url ? [{ where: `resources.${r.id}`, url: r.url }] : [])),
    ...sources.flatMap((s) => (s.url ? [{ where: `sources.${s.id}`, url: s.url }] : [])),
  ];
}

describe('links in the content', () => {
  it('go only to hosts on the allow-list', () => {
    expect(contentLinks().filter(({ url }) => !isAllowed(url))).toEqual([]);
  });

  it('refuse mirrors, scrapers, news sites and look-alike hosts', () => {
    for (const url of [
      'https://wixlib.com/document/x.html',
      'https://docsbay.net/misdemeanor',
      'http://cityofhuntington.bulldog.rocks/news/view/x',
      'https://discovery.researcher.life/article/x',
      'https://plymouth.wickedlocal.com/news/x',
      'https://apnews.com/article/x',
      'https://notojp.gov/x',
      'https://ojp.gov.example.com/x',
    ])
      expect(isAllowed(url), url).toBe(false);
    expect(isAllowed('https://www.bja.ojp.gov/program/cossup/about')).toBe(true);
  });

  it('keep every program link named in its citation, so each can be traced', () => {
    for (const site of builtInContent.sites)
      for (const url of site.links) expect(builtInLibrary.citations.sites[site.id], site.id).toContain(url);
  });

  it('leave at most 4 resources without an address', () => {
    expect(builtInLibrary.resources.filter((r) => !r.url).map((r) => r.id).length).toBeLessThanOrEqual(4);
  });

  it('lists each allowed host once, with who runs it', () => {
    expect(new Set(allowed).size).toBe(allowed.length);
    for (const entry of linkHosts) expect(entry.who.length, entry.host).toBeGreaterThan(3);
  });
});
