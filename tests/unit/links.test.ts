/**
 * Every address the content links to is on a host we keep in data/link-hosts.json: official
 * pages, the programs' own sites, the field's organizations and research publishers. Document
 * mirrors, scrapers and news sites are not: a program without an official page gets no link.
 * Every link is https. A resource or source links to its publisher's own host: the host's entry
 * names, in `publishers`, a name its publisher carries, so a copy on another host (a mirror, even
 * one on the allow-list) fails.
 */
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { builtInLibrary } from '../../data/library';
import linkHosts from '../../data/link-hosts.json';

type HostEntry = { host: string; kind: string; who: string; publishers?: string[] };
const hosts = linkHosts as HostEntry[];
const allowed = hosts.map((entry) => entry.host);
const hostEntry = (url: string) => {
  const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  return hosts.find(({ host: domain }) => host === domain || host.endsWith(`.${domain}`));
};
const isAllowed = (url: string) => hostEntry(url) !== undefined;
/** Whether an address is on a host of the publisher named: its entry lists a name the publisher carries. */
const isPublishers = (url: string, publisher: string) =>
  (hostEntry(url)?.publishers ?? []).some((name) => publisher.toLowerCase().includes(name.toLowerCase()));

/** Every address of a resource or source, with its publisher. */
function publishedLinks(): { where: string; url: string; publisher: string }[] {
  const { resources, sources } = builtInLibrary;
  return [
    ...resources.flatMap((r) => (r.url ? [{ where: `resources.${r.id}`, url: r.url, publisher: r.publisher }] : [])),
    ...sources.flatMap((s) => (s.url ? [{ where: `sources.${s.id}`, url: s.url, publisher: s.publisher }] : [])),
  ];
}

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

  it('use https', () => {
    expect(contentLinks().filter(({ url }) => new URL(url).protocol !== 'https:')).toEqual([]);
  });

  it("go, for each resource and source, to its publisher's own host, not to a copy elsewhere", () => {
    expect(publishedLinks().filter(({ url, publisher }) => !isPublishers(url, publisher))).toEqual([]);
  });

  it('tell a mirror from the publisher, even on a host of the allow-list', () => {
    const bja = 'Bureau of Justice Assistance';
    expect(isPublishers('https://bja.ojp.gov/library/publications/x', bja)).toBe(true);
    // A BJA volume as copied to a field organization's site, or to a document mirror.
    expect(isPublishers('https://www.centerforhealthandjustice.org/chjweb/x.pdf', bja)).toBe(false);
    expect(isPublishers('https://docsbay.net/x', bja)).toBe(false);
    expect(isPublishers('https://theiacp.org/resources/x', 'IACP (COSSAP webinar)')).toBe(true);
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
