// @ts-check
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');

const english = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '_locales', 'en', 'messages.json'), 'utf8'));

/** chrome.i18n as Chrome implements it over a messages.json: named placeholders, then $1…. */
function fakeChrome(/** @type {Record<string, any>} */ table) {
  return {
    i18n: {
      getMessage(/** @type {string} */ key, /** @type {string[]} */ subs = []) {
        const entry = table[key];
        if (!entry) return '';
        let message = entry.message;
        for (const [name, placeholder] of Object.entries(entry.placeholders || {})) {
          const content = String(/** @type {any} */ (placeholder).content).replace(/\$(\d)/g, (_, n) => subs[n - 1] ?? '');
          message = message.replace(new RegExp(`\\$${name}\\$`, 'gi'), content);
        }
        return message;
      },
      getUILanguage: () => 'es-419',
    },
  };
}

test('t fills placeholders, plural picks One or Many, unknown keys show themselves', () => {
  /** @type {any} */ (globalThis).chrome = fakeChrome(english);
  const { t, plural, uiLanguage } = require('../src/i18n.js');
  assert.equal(t('position', 2, 5), '2 of 5');
  assert.equal(t('heldMessage', 'This shares a phone number.', t('heldMore', 1)), 'GigGuard held this message: This shares a phone number. (+1 more)');
  assert.equal(plural('countErrors', 1), '1 error');
  assert.equal(plural('countErrors', 3), '3 errors');
  assert.equal(t('noSuchKey'), 'noSuchKey');
  assert.equal(uiLanguage(), 'es-419');
});

test('a lint request carries the interface language', () => {
  const { lintMessage } = require('../src/messages.js');
  assert.equal(lintMessage('hola', 'fiverr', 'outgoing', 'pre_order', 'es').ui_lang, 'es');
  assert.equal(lintMessage('hi', 'fiverr').ui_lang, 'en');
});
