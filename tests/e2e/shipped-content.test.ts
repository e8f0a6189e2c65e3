/**
 * What ships is what the tests check: in a browser, `element.content` of the script and of the
 * ES module is the built-in content exactly as data/*.json has it, and it validates against the
 * project's own ContentSchema, also once an agency's programs are merged in.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../data/content';
import { ContentSchema } from '../../data/schema';
import { agencyProgram } from '../fixtures/agency-program';
import { eventually, openPage, useBrowser } from './browser';

useBrowser();

const contentOf = (page: Page) =>
  page
    .locator('pick-your-pathway')
    .first()
    .evaluate((el) => (el as HTMLElement & { content: unknown }).content);

const issuesOf = (content: unknown) => {
  const parsed = ContentSchema.safeParse(content);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the content a page gets', () => {
  it.each([
    ['the script', '/'],
    ['the ES module', '/module.html'],
  ])('from %s is the built-in content, valid against ContentSchema', async (_, path) => {
    const page = await openPage(path);
    const content = await contentOf(page);
    expect(issuesOf(content)).toEqual([]);
    expect(content).toEqual(builtInContent);
  });

  it("stays valid with an agency's program merged in", async () => {
    const page = await openPage('/');
    await page.locator('pick-your-pathway').evaluate((el, site) => {
      (el as HTMLElement & { content: unknown }).content = { sites: [site] };
    }, agencyProgram);
    await eventually(async () => ((await contentOf(page)) as typeof builtInContent).sites.length).toBe(
      builtInContent.sites.length + 1,
    );
    expect(issuesOf(await contentOf(page))).toEqual([]);
  });
});
