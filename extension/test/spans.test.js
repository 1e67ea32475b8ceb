// @ts-check
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const spans = require('../src/spans.js');

/** @param {string} text @param {string} part  the span of `part`'s first occurrence */
function spanOf(text, part) {
  const start = text.indexOf(part);
  assert.notEqual(start, -1, `${JSON.stringify(part)} is not in ${JSON.stringify(text)}`);
  return { start, end: start + part.length };
}

test('diff finds the one changed region', async (t) => {
  const cases = [
    // [old, new, expected edit]
    ['abc', 'abc', null],
    ['abc', 'abXc', { start: 2, oldEnd: 2, newEnd: 3 }],
    ['abc', 'Xabc', { start: 0, oldEnd: 0, newEnd: 1 }],
    ['abc', 'abcX', { start: 3, oldEnd: 3, newEnd: 4 }],
    ['abcdef', 'abef', { start: 2, oldEnd: 4, newEnd: 2 }],
    ['abcdef', 'abXYef', { start: 2, oldEnd: 4, newEnd: 4 }],
    ['', 'new', { start: 0, oldEnd: 0, newEnd: 3 }],
    ['gone', '', { start: 0, oldEnd: 4, newEnd: 0 }],
    // 😀 (U+1F600) and 😁 (U+1F601) share their high surrogate: the edit takes the whole emoji.
    ['a😀b', 'a😁b', { start: 1, oldEnd: 3, newEnd: 3 }],
    // ...and their low surrogates differ, so no suffix is split either: 🙂 U+1F642 vs 🚂 U+1F682.
    ['x🙂', 'x🚂', { start: 1, oldEnd: 3, newEnd: 3 }],
  ];
  for (const [oldText, newText, expected] of cases) {
    await t.test(`${JSON.stringify(oldText)} → ${JSON.stringify(newText)}`, () => {
      assert.deepEqual(spans.diff(/** @type {string} */ (oldText), /** @type {string} */ (newText)), expected);
    });
  }
});

test('remapping a span across an edit made while a request was out', async (t) => {
  const before = 'Hi! mail me: john@gmail.com please';
  const cases = [
    // [what the seller did, new text, expected span text in the new text or null when dropped]
    // should shift
    ['insert before the span', 'Hi there! mail me: john@gmail.com please', 'john@gmail.com'],
    ['insert right at its start', 'Hi! mail me: xjohn@gmail.com please', 'john@gmail.com'],
    ['delete before the span', 'mail me: john@gmail.com please', 'john@gmail.com'],
    ['delete up to its start', 'john@gmail.com please', 'john@gmail.com'],
    ['emoji before the span', 'Hi! 😀👍🏽 mail me: john@gmail.com please', 'john@gmail.com'],
    // should keep
    ['insert right at its end', 'Hi! mail me: john@gmail.com, please', 'john@gmail.com'],
    ['insert after the span', 'Hi! mail me: john@gmail.com please!!', 'john@gmail.com'],
    ['delete after the span', 'Hi! mail me: john@gmail.com', 'john@gmail.com'],
    ['no edit', before, 'john@gmail.com'],
    // should drop
    ['insert inside the span', 'Hi! mail me: john.doe@gmail.com please', null],
    ['delete inside the span', 'Hi! mail me: john@gmail please', null],
    ['delete across its start', 'Hi! mail mgmail.com please', null],
    ['delete across its end', 'Hi! mail me: john@gmaase', null],
    ['delete across all of it', 'Hi! ase', null],
    ['replace it whole', 'Hi! mail me: [removed] please', null],
    ['clear the draft', '', null],
  ];
  for (const [label, after, expected] of cases) {
    await t.test(/** @type {string} */ (label), () => {
      const edit = spans.diff(before, /** @type {string} */ (after));
      const moved = spans.remapSpan(spanOf(before, 'john@gmail.com'), edit);
      assert.equal(moved && /** @type {string} */ (after).slice(moved.start, moved.end), expected);
    });
  }
});

/**
 * A finding of `part`, whose replacement takes the place of `sentence`.
 * @param {string} text
 * @param {string} part
 * @param {string} sentence
 * @param {string} [replacement]
 * @returns {import('../src/messages.js').Finding}
 */
function finding(text, part, sentence, replacement = 'REPLACED') {
  const span = spanOf(text, part);
  const target = spanOf(text, sentence);
  return {
    rule: 'contact-email',
    category: 'contact.email',
    severity: 'error',
    start: span.start,
    end: span.end,
    message: 'This shares an e-mail address.',
    value: 'john@gmail.com',
    policy: null,
    replacement,
    replacement_start: target.start,
    replacement_end: target.end,
  };
}

test('remapping a finding carries its replacement range, or withdraws only the replacement', async (t) => {
  const before = 'Hello. My email: john@gmail.com. Thanks';
  const f = finding(before, 'john@gmail.com', 'My email: john@gmail.com.');
  const cases = [
    // [label, new text, expected underline text, expected replaced text or null]
    ['edit before both', 'Hello there. My email: john@gmail.com. Thanks', 'john@gmail.com', 'My email: john@gmail.com.'],
    ['edit after both', 'Hello. My email: john@gmail.com. Thanks a lot', 'john@gmail.com', 'My email: john@gmail.com.'],
    ['edit inside the sentence, outside the finding', 'Hello. My e-mail: john@gmail.com. Thanks', 'john@gmail.com', null],
  ];
  for (const [label, after, underlined, replaced] of cases) {
    await t.test(/** @type {string} */ (label), () => {
      const moved = spans.remapFinding(f, spans.diff(before, /** @type {string} */ (after)));
      assert.ok(moved);
      const text = /** @type {string} */ (after);
      assert.equal(text.slice(moved.start, moved.end), underlined);
      if (replaced === null) assert.equal(moved.replacement, null);
      else assert.equal(text.slice(moved.replacement_start, moved.replacement_end), replaced);
    });
  }
  await t.test('edit inside the finding drops it', () => {
    assert.equal(spans.remapFinding(f, spans.diff(before, 'Hello. My email: jon@gmail.com. Thanks')), null);
  });
});

test('remapResult keeps what still holds and withdraws the whole-draft rewrite', () => {
  const before = 'Ping me on WhatsApp. My email: john@gmail.com';
  const email = finding(before, 'john@gmail.com', 'john@gmail.com', 'the order page');
  const invite = finding(before, 'Ping me on WhatsApp.', 'Ping me on WhatsApp.', "Let's keep talking here.");
  const result = { findings: [invite, email], rewrite: "Let's keep talking here. My email: the order page" };
  const after = 'Ping me on WhatsApp. My email: john@gmail.co';
  const moved = spans.remapResult(result, before, after);
  assert.deepEqual(
    moved.findings.map((f) => after.slice(f.start, f.end)),
    ['Ping me on WhatsApp.'],
  );
  assert.equal(moved.rewrite, null);
  assert.equal(spans.remapResult(result, before, before), result);
});

test('applying a finding’s replacement', async (t) => {
  const cases = [
    // [text, part replaced, replacement, expected]
    ['my email is john@gmail.com', 'john@gmail.com', '[removed]', 'my email is [removed]'],
    ['Can we move to WhatsApp? Thanks', 'Can we move to WhatsApp?', "Let's keep talking here.", "Let's keep talking here. Thanks"],
    ['😀👍🏽 mail me: john@gmail.com!', 'john@gmail.com', 'the order page', '😀👍🏽 mail me: the order page!'],
    ['𝒿𝑜𝒽𝓃@gmail.com', '𝒿𝑜𝒽𝓃@gmail.com', '—', '—'],
    ['text', 'text', '', ''],
  ];
  for (const [text, part, replacement, expected] of cases) {
    await t.test(`${text} → ${expected}`, () => {
      const f = finding(text, part, part, replacement);
      assert.equal(spans.applyReplacement(text, f), expected);
    });
  }
  await t.test('a finding without a replacement leaves the text alone', () => {
    const f = { ...finding('a@b.co', 'a@b.co', 'a@b.co'), replacement: null };
    assert.equal(spans.applyReplacement('a@b.co', f), 'a@b.co');
  });
  await t.test('a range from another version of the draft is refused', () => {
    const f = { replacement: 'x', replacement_start: 3, replacement_end: 40 };
    assert.throws(() => spans.applyReplacement('short', f), RangeError);
  });
  await t.test('a range that splits an emoji is refused', () => {
    const f = { replacement: 'x', replacement_start: 1, replacement_end: 2 };
    assert.throws(() => spans.applyReplacement('😀 hi', f), RangeError);
  });
});

test('UTF-16 offsets and code points with emoji and astral characters', async (t) => {
  const cases = [
    // [text, UTF-16 offset, code points]
    ['abc', 2, 2],
    ['😀abc', 2, 1], // U+1F600: two code units, one code point
    ['😀abc', 3, 2],
    ['👍🏽 ok', 4, 2], // thumbs up + skin tone modifier: two astral code points
    ['𝒿𝑜𝒽𝓃@x.io', 8, 4], // mathematical script letters, all astral
    ['é', 1, 1], // precomposed U+00E9 stays one unit
    ['e\u0301', 2, 2], // e + combining acute: two code points, two units
    ['👨‍👩‍👧 hi', 8, 5], // family: three emoji joined by two ZWJs
  ];
  for (const [text, utf16, codePoints] of cases) {
    await t.test(`${JSON.stringify(text)} @ ${utf16}`, () => {
      const s = /** @type {string} */ (text);
      assert.equal(spans.utf16ToCodePoints(s, /** @type {number} */ (utf16)), codePoints);
      assert.equal(spans.codePointsToUtf16(s, /** @type {number} */ (codePoints)), utf16);
    });
  }
  await t.test('a service span after emoji slices the right substring in JS', () => {
    // From `gigguard check --json --platform upwork "😀👍🏽 mail me: john at gmail dot com"`.
    const text = '😀👍🏽 mail me: john at gmail dot com';
    assert.equal(text.slice(16, 37), 'john at gmail dot com');
    assert.equal(spans.utf16ToCodePoints(text, 16), 13);
  });
  await t.test('splitsPair finds offsets between the halves of a pair', () => {
    assert.deepEqual([0, 1, 2, 3].map((i) => spans.splitsPair('😀a', i)), [false, true, false, false]);
  });
});
