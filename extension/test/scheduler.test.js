// @ts-check
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { createScheduler } = require('../src/scheduler.js');
const { FakeClock, settle, deferred } = require('./fake-clock.js');

/**
 * A scheduler wired to a fake clock and a fake service whose answers the test releases by hand
 * (or, with autoReply, that answers at once).
 * @param {{delayMs?: number, timeoutMs?: number, autoReply?: boolean}} [options]
 */
function harness(options = {}) {
  const clock = new FakeClock();
  /** @type {{payload: string, at: number, reply: ReturnType<typeof deferred<string>>}[]} */
  const requests = [];
  /** @type {string[]} */
  const shown = [];
  /** @type {string[]} */
  const errors = [];
  const scheduler = createScheduler({
    delayMs: options.delayMs ?? 300,
    timeoutMs: options.timeoutMs,
    clock,
    send(payload) {
      const reply = deferred();
      requests.push({ payload, at: clock.now, reply });
      if (options.autoReply) reply.resolve(payload.toUpperCase());
      return reply.promise;
    },
    onAnswer: (payload, answer) => shown.push(`${payload}:${answer}`),
    onError: (payload, error) => errors.push(`${payload}:${/** @type {Error} */ (error).message}`),
  });
  /**
   * Types `text` one character at a time, `gapMs` apart.
   * @param {string} text
   * @param {number} gapMs
   */
  async function type(text, gapMs, from = '') {
    let draft = from;
    for (const ch of text) {
      draft += ch;
      scheduler.update(draft);
      await clock.advance(gapMs);
    }
    return draft;
  }
  return { clock, requests, shown, errors, scheduler, type };
}

test('debounce: a request goes out delayMs after the last change, not before', async (t) => {
  const cases = [
    // [gap between keystrokes (ms), requests sent while typing "hello"]
    [0, 0],
    [100, 0],
    [299, 0],
    [300, 5],
    [500, 5],
  ];
  for (const [gap, whileTyping] of cases) {
    await t.test(`keystrokes ${gap} ms apart`, async () => {
      // The service answers at once, so single flight holds nothing back.
      const h = harness({ autoReply: true });
      await h.type('hello', /** @type {number} */ (gap));
      assert.equal(h.requests.length, whileTyping);
      await h.clock.advance(300);
      const last = h.requests.at(-1);
      assert.equal(last && last.payload, 'hello');
    });
  }
  await t.test('the request leaves exactly delayMs after the last keystroke', async () => {
    const h = harness();
    await h.type('hi', 50);
    const lastKeystroke = h.clock.now - 50;
    await h.clock.advance(249);
    assert.equal(h.requests.length, 0);
    await h.clock.advance(1);
    assert.deepEqual(h.requests.map((r) => [r.payload, r.at - lastKeystroke]), [['hi', 300]]);
  });
});

test('single flight: one request out at a time; the newest draft follows when it returns', async () => {
  const h = harness();
  h.scheduler.update('a');
  await h.clock.advance(300);
  assert.equal(h.requests.length, 1);
  // The seller keeps typing while "a" is out; the debounce elapses twice.
  h.scheduler.update('ab');
  await h.clock.advance(300);
  h.scheduler.update('abc');
  await h.clock.advance(300);
  assert.deepEqual(h.requests.map((r) => r.payload), ['a']);
  assert.ok(h.scheduler.inFlight);
  h.requests[0].reply.resolve('A');
  await settle();
  // "ab" is skipped: only the newest draft is worth asking about.
  assert.deepEqual(h.requests.map((r) => r.payload), ['a', 'abc']);
  assert.deepEqual(h.shown, ['a:A']);
  h.requests[1].reply.resolve('ABC');
  await settle();
  assert.deepEqual(h.shown, ['a:A', 'abc:ABC']);
  assert.ok(h.scheduler.idle);
});

test('a request that returns while the seller is still typing waits for the debounce', async () => {
  const h = harness();
  h.scheduler.update('a');
  await h.clock.advance(300);
  h.scheduler.update('ab');
  await h.clock.advance(100);
  h.requests[0].reply.resolve('A');
  await settle();
  assert.equal(h.requests.length, 1, 'no request while the debounce is running');
  await h.clock.advance(200);
  assert.deepEqual(h.requests.map((r) => r.payload), ['a', 'ab']);
});

test('stale answers are dropped', async (t) => {
  await t.test('an answer that returns after its request timed out and a newer one was sent', async () => {
    const h = harness({ timeoutMs: 1000 });
    h.scheduler.update('a');
    await h.clock.advance(300);
    h.scheduler.update('ab');
    await h.clock.advance(1000); // "a" times out; "ab" goes out at once
    assert.deepEqual(h.errors, ['a:timed out']);
    assert.deepEqual(h.requests.map((r) => r.payload), ['a', 'ab']);
    h.requests[1].reply.resolve('AB');
    await settle();
    h.requests[0].reply.resolve('A (late)');
    await settle();
    assert.deepEqual(h.shown, ['ab:AB']);
    assert.equal(h.scheduler.dropped, 1);
  });
  await t.test('an answer older than the one shown, even before the newer was answered', async () => {
    const h = harness({ timeoutMs: 1000 });
    h.scheduler.update('a');
    await h.clock.advance(300);
    h.scheduler.update('ab');
    await h.clock.advance(1000);
    h.requests[0].reply.resolve('A (late)');
    await settle();
    assert.deepEqual(h.shown, [], '"ab" is already out: "a" is not the newest any more');
    h.requests[1].reply.resolve('AB');
    await settle();
    assert.deepEqual(h.shown, ['ab:AB']);
  });
  await t.test('answers from before invalidate() (another service, another platform)', async () => {
    const h = harness();
    h.scheduler.update('draft');
    await h.clock.advance(300);
    h.scheduler.invalidate();
    assert.deepEqual(h.requests.map((r) => r.payload), ['draft', 'draft'], 'asked again at once');
    h.requests[0].reply.resolve('old service');
    h.requests[1].reply.resolve('new service');
    await settle();
    assert.deepEqual(h.shown, ['draft:new service']);
  });
  await t.test('answers after dispose()', async () => {
    const h = harness();
    h.scheduler.update('draft');
    await h.clock.advance(300);
    h.scheduler.dispose();
    h.requests[0].reply.resolve('late');
    await settle();
    h.scheduler.update('more');
    await h.clock.advance(1000);
    assert.deepEqual(h.shown, []);
    assert.equal(h.requests.length, 1);
  });
});

test('no request for a draft that is back to what was last sent', async () => {
  const h = harness();
  h.scheduler.update('hello');
  await h.clock.advance(300);
  h.requests[0].reply.resolve('H');
  await settle();
  h.scheduler.update('hello!');
  h.scheduler.update('hello'); // typed and undone within the debounce
  await h.clock.advance(1000);
  assert.equal(h.requests.length, 1);
  assert.ok(h.scheduler.idle);
});

test('a forced update asks again for the draft last sent (its findings were edited away)', async () => {
  const h = harness();
  h.scheduler.update('my mail is a@b.co');
  await h.clock.advance(300);
  h.requests[0].reply.resolve('FOUND');
  await settle();
  h.scheduler.update('my mail is a@b.c', true); // a letter deleted inside the finding…
  h.scheduler.update('my mail is a@b.co', true); // …and typed again within the debounce
  assert.ok(!h.scheduler.idle, 'the guard must treat the draft as unchecked');
  await h.clock.advance(300);
  assert.deepEqual(h.requests.map((r) => r.payload), ['my mail is a@b.co', 'my mail is a@b.co']);
});

test('flush sends at once; a failed request lets the same draft be asked again', async () => {
  const h = harness();
  h.scheduler.update('pasted text');
  h.scheduler.flush();
  await settle();
  assert.deepEqual(h.requests.map((r) => [r.payload, r.at]), [['pasted text', 0]]);
  h.requests[0].reply.reject(new Error('offline'));
  await settle();
  assert.deepEqual(h.errors, ['pasted text:offline']);
  h.scheduler.update('pasted text');
  await h.clock.advance(300);
  assert.equal(h.requests.length, 2);
});

test('a send that throws is reported like a rejected one', async () => {
  const clock = new FakeClock();
  /** @type {unknown[]} */
  const errors = [];
  const scheduler = createScheduler({
    delayMs: 10,
    clock,
    send: () => {
      throw new Error('extension context invalidated');
    },
    onAnswer: () => assert.fail('no answer expected'),
    onError: (_payload, error) => errors.push(/** @type {Error} */ (error).message),
  });
  scheduler.update('x');
  await clock.advance(10);
  assert.deepEqual(errors, ['extension context invalidated']);
  assert.ok(scheduler.idle);
});
