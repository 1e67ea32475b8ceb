// @ts-check
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const adapters = require('../src/adapters.js');

test('Chrome match patterns', async (t) => {
  const cases = [
    // [pattern, url, matches]
    // should match
    ['https://www.fiverr.com/*', 'https://www.fiverr.com/inbox/buyer_jane', true],
    ['https://www.fiverr.com/*', 'https://www.fiverr.com/', true],
    ['https://www.fiverr.com/users/*/manage_orders*', 'https://www.fiverr.com/users/seller1/manage_orders?x=1', true],
    ['https://*.upwork.com/*', 'https://www.upwork.com/ab/messages/rooms/1', true],
    ['https://*.upwork.com/*', 'https://upwork.com/', true],
    ['*://99designs.com/*', 'http://99designs.com/projects', true],
    ['http://127.0.0.1/*', 'http://127.0.0.1:8765/v1/lint', true],
    ['<all_urls>', 'https://example.com/', true],
    // should not match
    ['https://www.fiverr.com/*', 'http://www.fiverr.com/inbox', false],
    ['https://www.fiverr.com/*', 'https://fiverr.com.evil.io/inbox', false],
    ['https://www.fiverr.com/inbox/*', 'https://www.fiverr.com/orders/1', false],
    ['https://*.upwork.com/*', 'https://notupwork.com/', false],
    ['https://www.fiverr.com/users/*/manage_orders*', 'https://www.fiverr.com/users/seller1/gigs', false],
    ['not a pattern', 'https://www.fiverr.com/', false],
    ['https://www.fiverr.com/*', 'not a url', false],
  ];
  for (const [pattern, url, expected] of cases) {
    await t.test(`${pattern} ~ ${url}`, () => {
      assert.equal(adapters.urlMatches(/** @type {string} */ (pattern), /** @type {string} */ (url)), expected);
    });
  }
});

test('platformForUrl names the marketplace of a page', async (t) => {
  const cases = [
    ['https://www.fiverr.com/inbox/buyer_jane', 'fiverr'],
    ['https://www.fiverr.com/orders/FO123', 'fiverr'],
    ['https://www.upwork.com/ab/messages/rooms/room_1', 'upwork'],
    ['https://www.freelancer.com/messages/thread/1', 'freelancer'],
    ['https://www.peopleperhour.com/dashboard/inbox', 'peopleperhour'],
    ['https://en.99designs.de/projects/1', '99designs'],
    ['https://www.guru.com/workroom/1', 'guru'],
    ['https://example.com/inbox', null],
    ['chrome-extension://abc/popup.html', null],
  ];
  for (const [url, id] of cases) {
    await t.test(String(url), () => {
      const platform = adapters.platformForUrl(adapters.DEFAULT_PLATFORMS, String(url));
      assert.equal(platform && platform.id, id);
    });
  }
});

test('mergePlatforms: the service refines the built-in adapters', async (t) => {
  const defaults = adapters.DEFAULT_PLATFORMS;
  await t.test('no body, 404 body or garbage: the defaults', () => {
    for (const body of [null, undefined, {}, { platforms: 'x' }, 'text', { type: 'about:blank', status: 404 }]) {
      assert.deepEqual(adapters.mergePlatforms(defaults, body), defaults);
    }
  });
  await t.test("the service's selectors win key by key; a new platform is added", () => {
    const body = {
      platforms: [
        { id: 'fiverr', title: 'Fiverr', ruleset: 'fiverr@1', adapter: { composer: ['#new-composer'] } },
        {
          id: 'newmarket',
          title: 'New Market',
          adapter: { matches: ['https://new.example/*'], composer: ['textarea'], send_button: [], incoming_messages: [] },
        },
        { id: 'broken' },
        { id: 'upwork', adapter: { composer: [42] } },
      ],
    };
    const merged = adapters.mergePlatforms(defaults, body);
    const fiverr = merged.find((p) => p.id === 'fiverr');
    const defaultFiverr = defaults.find((p) => p.id === 'fiverr');
    assert.ok(fiverr && defaultFiverr);
    assert.deepEqual(fiverr.adapter.composer, ['#new-composer']);
    assert.deepEqual(fiverr.adapter.matches, defaultFiverr.adapter.matches);
    assert.equal(fiverr.ruleset, 'fiverr@1');
    assert.deepEqual(
      merged.map((p) => p.id),
      ['99designs', 'fiverr', 'freelancer', 'guru', 'peopleperhour', 'upwork', 'newmarket'],
    );
    assert.deepEqual(merged.find((p) => p.id === 'upwork'), {
      ...defaults.find((p) => p.id === 'upwork'),
      ruleset: undefined,
    });
    assert.equal(adapters.platformForUrl(merged, 'https://new.example/chat')?.id, 'newmarket');
  });
});
