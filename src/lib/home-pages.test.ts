import { describe, expect, it, vi } from 'vitest';

// digest.ts reads collections through Astro; its pure helpers need no content.
vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { homePage, homePageCount, HOME_PAGE_SIZE } = await import('./digest.ts');

const a = (id: string, date?: string) => ({ id, data: { date } });

describe('home pages', () => {
  it('counts pages of 50, with one page for an empty digest', () => {
    expect(HOME_PAGE_SIZE).toBe(50);
    expect(homePageCount(0)).toBe(1);
    expect(homePageCount(50)).toBe(1);
    expect(homePageCount(51)).toBe(2);
    expect(homePageCount(2225)).toBe(45);
  });

  it('groups a page by day in order and links its neighbours', () => {
    const items = [a('x', '2025-11-10'), a('y', '2025-11-10'), a('z', '2025-11-09'), a('u')];
    const page = homePage(items, 2, 3);
    expect(page.groups.map(([day, list]) => [day, list.map((i) => i.id)])).toEqual([
      ['2025-11-10', ['x', 'y']],
      ['2025-11-09', ['z']],
      ['', ['u']],
    ]);
    expect([page.prev, page.next]).toEqual([1, 3]);
    expect([homePage(items, 1, 3).prev, homePage(items, 3, 3).next]).toEqual([undefined, undefined]);
    expect(homePage([], 1, 0)).toEqual({ current: 1, last: 1, groups: [], prev: undefined, next: undefined });
  });
});
