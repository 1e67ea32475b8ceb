// @ts-check
/**
 * Offsets in drafts: finding spans carried across edits made while a request was out, UTF-16 ⇄
 * code point conversion, and applying a finding's replacement. Pure functions on strings.
 *
 * Offsets are UTF-16 code units, end exclusive — what String.prototype.slice, a <textarea>'s
 * selectionStart and a DOM Range's offsets into a Text node all count, and what the service returns.
 */
(function (/** @type {any} */ root) {
  /** @typedef {import('./messages.js').Finding} Finding */
  /** @typedef {import('./messages.js').LintResult} LintResult */

  /**
   * The one changed region between two versions of a draft: oldText[start, oldEnd) became
   * newText[start, newEnd). Found by the common prefix and suffix, never splitting a surrogate
   * pair (an emoji is replaced whole, not half of it).
   * @typedef {{start: number, oldEnd: number, newEnd: number}} Edit
   *
   * @param {string} oldText
   * @param {string} newText
   * @returns {Edit | null} null when the texts are equal
   */
  function diff(oldText, newText) {
    if (oldText === newText) return null;
    const max = Math.min(oldText.length, newText.length);
    let prefix = 0;
    while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
    if (prefix > 0 && isHighSurrogate(oldText.charCodeAt(prefix - 1))) prefix--;
    let suffix = 0;
    const maxSuffix = max - prefix;
    while (
      suffix < maxSuffix &&
      oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
    ) {
      suffix++;
    }
    if (suffix > 0 && isLowSurrogate(oldText.charCodeAt(oldText.length - suffix))) suffix--;
    return { start: prefix, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
  }

  /**
   * Where a span of the old text lies in the new text, or null when the edit touched it: text
   * inserted strictly inside it, or any deleted or replaced character of it. Insertions at its
   * boundaries leave it as it was (typing right after "john@gmail.com" keeps that underline).
   * @param {{start: number, end: number}} span
   * @param {Edit | null} edit
   * @returns {{start: number, end: number} | null}
   */
  function remapSpan(span, edit) {
    if (!edit) return { start: span.start, end: span.end };
    const delta = edit.newEnd - edit.oldEnd;
    // Entirely before the span (a pure insertion at its start included): shift it.
    if (edit.oldEnd <= span.start) return { start: span.start + delta, end: span.end + delta };
    if (edit.start >= span.end) return { start: span.start, end: span.end };
    return null;
  }

  /**
   * A finding carried into the new text, or null when its own span was edited. When only the
   * range its replacement takes the place of was edited (it can be the whole sentence), the
   * finding keeps its underline but offers no replacement until the next answer.
   * @param {Finding} finding
   * @param {Edit | null} edit
   * @returns {Finding | null}
   */
  function remapFinding(finding, edit) {
    const span = remapSpan(finding, edit);
    if (!span) return null;
    const target = remapSpan({ start: finding.replacement_start, end: finding.replacement_end }, edit);
    if (!target) {
      return { ...finding, ...span, replacement: null };
    }
    return { ...finding, ...span, replacement_start: target.start, replacement_end: target.end };
  }

  /**
   * An answer computed for `oldText`, carried to `newText`: findings remapped or dropped; the whole
   * draft rewrite only holds for the text it was made for.
   * @param {LintResult} result
   * @param {string} oldText
   * @param {string} newText
   * @returns {LintResult}
   */
  function remapResult(result, oldText, newText) {
    const edit = diff(oldText, newText);
    if (!edit) return result;
    /** @type {Finding[]} */
    const findings = [];
    for (const finding of result.findings) {
      const moved = remapFinding(finding, edit);
      if (moved) findings.push(moved);
    }
    return { ...result, findings, rewrite: null };
  }

  /**
   * The draft with one finding's replacement applied.
   * @param {string} text
   * @param {Pick<Finding, 'replacement' | 'replacement_start' | 'replacement_end'>} finding
   * @returns {string}
   */
  function applyReplacement(text, finding) {
    if (finding.replacement == null) return text;
    const { start, end } = checkedRange(text, finding.replacement_start, finding.replacement_end);
    return text.slice(0, start) + finding.replacement + text.slice(end);
  }

  /**
   * Validates a UTF-16 range against a text: integers, in order, inside it, on code point
   * boundaries. Throws RangeError otherwise (a range from another version of the draft).
   * @param {string} text
   * @param {number} start
   * @param {number} end
   */
  function checkedRange(text, start, end) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      throw new RangeError(`range [${start}, ${end}) is outside a text of ${text.length} code units`);
    }
    if (splitsPair(text, start) || splitsPair(text, end)) {
      throw new RangeError(`range [${start}, ${end}) splits a surrogate pair`);
    }
    return { start, end };
  }

  /**
   * @param {string} text
   * @param {number} offset  UTF-16 code units
   * @returns {boolean} whether the offset falls between the two halves of a surrogate pair
   */
  function splitsPair(text, offset) {
    return (
      offset > 0 &&
      offset < text.length &&
      isHighSurrogate(text.charCodeAt(offset - 1)) &&
      isLowSurrogate(text.charCodeAt(offset))
    );
  }

  /**
   * @param {string} text
   * @param {number} offset  UTF-16 code units
   * @returns {number} the same position counted in code points (what Python's len() counts)
   */
  function utf16ToCodePoints(text, offset) {
    let count = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
      if (!(isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) count++;
    }
    return count;
  }

  /**
   * @param {string} text
   * @param {number} codePoints  a position counted in code points
   * @returns {number} the same position in UTF-16 code units
   */
  function codePointsToUtf16(text, codePoints) {
    let offset = 0;
    for (let seen = 0; seen < codePoints && offset < text.length; seen++) {
      offset += isHighSurrogate(text.charCodeAt(offset)) && isLowSurrogate(text.charCodeAt(offset + 1)) ? 2 : 1;
    }
    return offset;
  }

  /** @param {number} unit */
  function isHighSurrogate(unit) {
    return unit >= 0xd800 && unit <= 0xdbff;
  }

  /** @param {number} unit */
  function isLowSurrogate(unit) {
    return unit >= 0xdc00 && unit <= 0xdfff;
  }

  const api = {
    diff,
    remapSpan,
    remapFinding,
    remapResult,
    applyReplacement,
    checkedRange,
    splitsPair,
    utf16ToCodePoints,
    codePointsToUtf16,
  };
  const ns = /** @type {any} */ (root.GigGuard = root.GigGuard || {});
  ns.spans = api;
  // @ts-ignore -- CommonJS for node --test only
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
