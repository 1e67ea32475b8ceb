// @ts-check
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const settings = require('../src/settings.js');

test('stored settings over the defaults; malformed values fall back', async (t) => {
  const cases = [
    // [label, stored, expected differences from the defaults]
    ['nothing stored', undefined, {}],
    ['a custom service', { serviceUrl: 'https://lint.example.com/' }, { serviceUrl: 'https://lint.example.com' }],
    ['a service under a path', { serviceUrl: 'https://x.io/gigguard/' }, { serviceUrl: 'https://x.io/gigguard' }],
    ['not a URL', { serviceUrl: 'lint.example.com' }, {}],
    ['not http', { serviceUrl: 'ftp://x.io' }, {}],
    ['credentials in the URL', { serviceUrl: 'https://u:p@x.io' }, {}],
    ['an API key with spaces', { apiKey: '  gg_live_123 ' }, { apiKey: 'gg_live_123' }],
    ['errors only', { strictness: 'errors' }, { strictness: 'errors' }],
    ['unknown strictness', { strictness: 'paranoid' }, {}],
    ['a site off', { sites: { fiverr: false, upwork: 'no' } }, { sites: { fiverr: false } }],
    ['send anyway disabled by the team', { allowSendAnyway: false }, { allowSendAnyway: false }],
  ];
  for (const [label, stored, expected] of cases) {
    await t.test(/** @type {string} */ (label), () => {
      assert.deepEqual(settings.normalizeSettings(stored), { ...settings.DEFAULT_SETTINGS, .../** @type {object} */ (expected) });
    });
  }
});

test('which services need an optional host permission', async (t) => {
  const cases = [
    ['http://127.0.0.1:8765', true, 'http://127.0.0.1/*'],
    ['http://localhost:9000', true, 'http://localhost/*'],
    ['https://lint.example.com', false, 'https://lint.example.com/*'],
    ['http://10.0.0.5:8765', false, 'http://10.0.0.5/*'],
  ];
  for (const [url, loopback, pattern] of cases) {
    await t.test(/** @type {string} */ (url), () => {
      assert.equal(settings.isLoopbackService(/** @type {string} */ (url)), loopback);
      assert.equal(settings.originPattern(/** @type {string} */ (url)), pattern);
    });
  }
});

test('strictness and per-site switches', () => {
  assert.deepEqual([...settings.shownSeverities('warnings')], ['error', 'warning', 'info']);
  assert.deepEqual([...settings.shownSeverities('errors')], ['error']);
  const s = settings.normalizeSettings({ sites: { upwork: false } });
  assert.equal(settings.siteEnabled(s, 'upwork'), false);
  assert.equal(settings.siteEnabled(s, 'fiverr'), true);
});
