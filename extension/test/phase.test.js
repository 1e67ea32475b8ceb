// @ts-check
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const adapters = require('../src/adapters.js');

/** @param {string} id */
function platform(id) {
  const found = adapters.DEFAULT_PLATFORMS.find((p) => p.id === id);
  assert.ok(found, id);
  return found;
}

test('phaseForUrl: in_order on the adapter\'s order and contract pages, else pre_order', async (t) => {
  const cases = [
    // [platform, url, phase]
    ['fiverr', 'https://www.fiverr.com/orders/FO1234567', 'in_order'],
    ['fiverr', 'https://www.fiverr.com/orders/FO1234567?tab=chat#activity', 'in_order'],
    ['fiverr', 'https://www.fiverr.com/users/seller1/manage_orders/FO1234567', 'in_order'],
    ['fiverr', 'https://www.fiverr.com/users/seller1/manage_orders', 'pre_order'], // the list, not an order
    ['fiverr', 'https://www.fiverr.com/inbox/buyer_jane', 'pre_order'],
    ['fiverr', 'https://www.fiverr.com/', 'pre_order'],
    ['fiverr', 'http://www.fiverr.com/orders/FO1', 'pre_order'], // another scheme: no pattern matches
    ['upwork', 'https://www.upwork.com/nx/wm/workroom/12345/messages', 'in_order'],
    ['upwork', 'https://www.upwork.com/ab/workroom/12345', 'in_order'],
    ['upwork', 'https://www.upwork.com/ab/messages/rooms/room_42', 'pre_order'],
    ['upwork', 'https://www.upwork.com/nx/messages/embedded', 'pre_order'],
    ['freelancer', 'https://www.freelancer.com/projects/logo-design/bakery-logo/payments', 'in_order'],
    ['freelancer', 'https://www.freelancer.com/projects/logo-design/bakery-logo/tasklist?x=1', 'in_order'],
    ['freelancer', 'https://www.freelancer.com/projects/logo-design/bakery-logo', 'pre_order'],
    ['freelancer', 'https://www.freelancer.com/messages/thread/1', 'pre_order'],
    ['guru', 'https://www.guru.com/workroom/42', 'in_order'],
    ['guru', 'https://www.guru.com/inbox/42', 'pre_order'],
    ['peopleperhour', 'https://www.peopleperhour.com/dashboard/workstream/99', 'in_order'],
    ['peopleperhour', 'https://www.peopleperhour.com/dashboard/inbox', 'pre_order'],
    ['99designs', 'https://99designs.com/projects/7', 'in_order'],
    ['99designs', 'https://en.99designs.de/projects/7', 'pre_order'], // the pack lists 99designs.com only
  ];
  for (const [id, url, phase] of cases) {
    await t.test(`${id} ${url}`, () => {
      assert.equal(adapters.phaseForUrl(platform(String(id)), String(url)), phase);
    });
  }
});

test('phaseForUrl: another platform\'s order page, no platform or no in_order list is pre_order', () => {
  assert.equal(adapters.phaseForUrl(platform('upwork'), 'https://www.fiverr.com/orders/FO1'), 'pre_order');
  assert.equal(adapters.phaseForUrl(null, 'https://www.fiverr.com/orders/FO1'), 'pre_order');
  const legacy = /** @type {any} */ ({ id: 'x', title: 'X', adapter: { matches: ['https://x.example/*'] } });
  assert.equal(adapters.phaseForUrl(legacy, 'https://x.example/orders/1'), 'pre_order');
  assert.equal(adapters.phaseForUrl(platform('fiverr'), 'not a url'), 'pre_order');
});

test('every built-in adapter has an in_order list of valid match patterns', () => {
  for (const p of adapters.DEFAULT_PLATFORMS) {
    assert.ok(Array.isArray(p.adapter.in_order) && p.adapter.in_order.length > 0, p.id);
    for (const pattern of p.adapter.in_order) assert.ok(adapters.matchPatternToRegExp(pattern), pattern);
  }
});

test('phase tracker: single-page navigation changes the phase', async (t) => {
  await t.test('Fiverr: inbox → order (pushState) → inbox', () => {
    const fiverr = platform('fiverr');
    const tracker = adapters.createPhaseTracker(fiverr, 'https://www.fiverr.com/inbox/buyer_jane');
    assert.equal(tracker.phase, 'pre_order');
    assert.equal(tracker.update(fiverr, 'https://www.fiverr.com/inbox/buyer_bob'), false);
    assert.equal(tracker.phase, 'pre_order');
    assert.equal(tracker.update(fiverr, 'https://www.fiverr.com/orders/FO1234567'), true);
    assert.equal(tracker.phase, 'in_order');
    assert.equal(tracker.update(fiverr, 'https://www.fiverr.com/orders/FO1234567'), false);
    assert.equal(tracker.update(fiverr, 'https://www.fiverr.com/orders/FO1234567#requirements'), false);
    assert.equal(tracker.phase, 'in_order');
    assert.equal(tracker.update(fiverr, 'https://www.fiverr.com/inbox/buyer_jane'), true);
    assert.equal(tracker.phase, 'pre_order');
  });

  await t.test('Upwork: messages room → contract workroom', () => {
    const upwork = platform('upwork');
    const tracker = adapters.createPhaseTracker(upwork, 'https://www.upwork.com/ab/messages/rooms/room_42');
    assert.equal(tracker.phase, 'pre_order');
    assert.equal(tracker.update(upwork, 'https://www.upwork.com/nx/wm/workroom/12345/messages'), true);
    assert.equal(tracker.phase, 'in_order');
  });

  await t.test('a page loaded inside an order starts in_order', () => {
    const guru = platform('guru');
    const tracker = adapters.createPhaseTracker(guru, 'https://www.guru.com/workroom/42');
    assert.equal(tracker.phase, 'in_order');
    assert.equal(tracker.update(guru, 'https://www.guru.com/inbox/'), true);
    assert.equal(tracker.phase, 'pre_order');
  });

  await t.test("the service's adapters replace the built-in in_order list", () => {
    const fiverr = platform('fiverr');
    const url = 'https://www.fiverr.com/deliveries/D1';
    const tracker = adapters.createPhaseTracker(fiverr, url);
    assert.equal(tracker.phase, 'pre_order');
    const merged = adapters.mergePlatforms(adapters.DEFAULT_PLATFORMS, {
      platforms: [{ id: 'fiverr', adapter: { in_order: ['https://www.fiverr.com/deliveries/*'] } }],
    });
    const served = merged.find((p) => p.id === 'fiverr') || null;
    assert.equal(tracker.update(served, url), true);
    assert.equal(tracker.phase, 'in_order');
  });
});

test('mergePlatforms carries in_order', async (t) => {
  const defaults = adapters.DEFAULT_PLATFORMS;
  const merged = adapters.mergePlatforms(defaults, {
    platforms: [
      { id: 'fiverr', adapter: { composer: ['#new-composer'] } },
      { id: 'upwork', adapter: { in_order: 'https://www.upwork.com/*' } },
      { id: 'guru', adapter: { in_order: ['https://www.guru.com/jobs/*'] } },
      { id: 'newmarket', title: 'New', adapter: { matches: ['https://new.example/*'] } },
    ],
  });
  /** @param {string} id */
  const inOrder = (id) => merged.find((p) => p.id === id)?.adapter.in_order;
  await t.test('kept from the built-in adapter when the service leaves it out', () => {
    assert.deepEqual(inOrder('fiverr'), platform('fiverr').adapter.in_order);
  });
  await t.test('a malformed list is ignored', () => {
    assert.deepEqual(inOrder('upwork'), platform('upwork').adapter.in_order);
  });
  await t.test("the service's list wins", () => {
    assert.deepEqual(inOrder('guru'), ['https://www.guru.com/jobs/*']);
  });
  await t.test('a platform only the service knows, without in_order: empty (always pre_order)', () => {
    assert.deepEqual(inOrder('newmarket'), []);
  });
});
