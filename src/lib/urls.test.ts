import { describe, expect, it } from 'vitest';
import { deployment, normaliseBase } from '../config.ts';
import { createUrls } from './urls.ts';

describe.each([
  ['/', ''],
  ['/news-digest/', '/news-digest'],
])('URLs under base %s', (base, prefix) => {
  const urls = createUrls(base);
  it('builds every page URL under the base path, with a trailing slash', () => {
    expect(urls.home()).toBe(`${prefix}/`);
    expect(urls.home(1)).toBe(`${prefix}/`);
    expect(urls.home(2)).toBe(`${prefix}/page/2/`);
    expect(urls.article('a-b')).toBe(`${prefix}/articles/a-b/`);
    expect(urls.article('a-b', 'p3', 2)).toBe(`${prefix}/articles/a-b/2/#p3`);
    expect(urls.entity('donald-trump')).toBe(`${prefix}/entities/donald-trump/`);
    expect(urls.entityArticles('x', 3)).toBe(`${prefix}/entities/x/articles/3/`);
    expect(urls.entitiesOfType('person', 2)).toBe(`${prefix}/people/2/`);
    expect(urls.timelineYear(2025, 2)).toBe(`${prefix}/timeline/2025/2/`);
    expect(urls.search('al-Sharaa & co')).toBe(`${prefix}/search/?q=al-Sharaa%20%26%20co`);
    expect(urls.asset('/favicon.svg')).toBe(`${prefix}/favicon.svg`);
  });
  it('names the output file of a file URL, whatever the base', () => {
    expect(urls.file(urls.ogImage('entity', 'al qaeda'))).toBe('og/entity/al qaeda.png');
    expect(urls.file(urls.rss('x'))).toBe('entities/x/rss.xml');
  });
  it('makes absolute URLs from a site origin', () => {
    expect(urls.absolute(urls.entity('x'), 'https://example.org')).toBe(`https://example.org${prefix}/entities/x/`);
  });
});

describe('deployment settings', () => {
  it('normalises base paths', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('news-digest')).toBe('/news-digest/');
    expect(normaliseBase('//news-digest//')).toBe('/news-digest/');
  });
  it('defaults site and base from the repository inside GitHub Actions, and lets the environment win', () => {
    const actions = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Owner/news-digest' };
    expect(deployment(actions)).toEqual({ site: 'https://owner.github.io', base: '/news-digest/' });
    expect(deployment({ ...actions, GITHUB_REPOSITORY: 'owner/owner.github.io' })).toEqual({ site: 'https://owner.github.io', base: '/' });
    expect(deployment({ ...actions, SITE_URL: 'https://news.example/', BASE_PATH: '/' })).toEqual({ site: 'https://news.example', base: '/' });
    expect(deployment({})).toEqual({ site: 'http://localhost:4321', base: '/' });
  });
});
