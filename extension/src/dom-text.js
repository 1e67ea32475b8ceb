// @ts-check
/**
 * Editable fields: which ones GigGuard may watch, their text as one string, and DOM positions for
 * offsets in that string (a <textarea>'s value; a contenteditable editor's Text nodes with line
 * breaks for <br> and block elements). Offsets are UTF-16 code units, as DOM Ranges count them.
 */
(function (/** @type {any} */ root) {
  const BLOCK_TAGS = new Set([
    'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
    'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
    'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
  ]);
  const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
  // Grammarly's opt-out attributes, which sites already set where no checker is wanted
  // (https://developer.grammarly.com/docs/disable-grammarly — data-gramm / data-enable-grammarly).
  const OPT_OUT = '[data-gramm="false"], [data-gramm_editor="false"], [data-enable-grammarly="false"]';

  /**
   * @param {Element | null} el
   * @returns {el is HTMLTextAreaElement}
   */
  function isTextarea(el) {
    return !!el && el.tagName === 'TEXTAREA';
  }

  /**
   * The editable field an event target belongs to: a <textarea>, or the outermost element of a
   * contenteditable editor. Null for anything else.
   * @param {EventTarget | null} target
   * @returns {HTMLElement | null}
   */
  function editableFor(target) {
    const el = /** @type {HTMLElement | null} */ (
      target && /** @type {Node} */ (target).nodeType === 1
        ? target
        : target && /** @type {Node} */ (target).nodeType === 3
          ? /** @type {Node} */ (target).parentElement
          : null
    );
    if (!el) return null;
    if (isTextarea(el)) return el;
    if (!el.isContentEditable) return null;
    let rootEl = el;
    while (rootEl.parentElement && rootEl.parentElement.isContentEditable) rootEl = rootEl.parentElement;
    return rootEl;
  }

  /**
   * Whether the page asked checkers to stay away from this field, or it cannot be typed in.
   * @param {HTMLElement} el
   */
  function optedOut(el) {
    if (el.closest(OPT_OUT)) return true;
    if (el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true') return true;
    if (isTextarea(el)) return el.readOnly || el.disabled;
    return !el.isContentEditable;
  }

  /**
   * @typedef {object} TextModel
   * @property {string} text
   * @property {{node: Text, start: number}[]} segments  Text nodes and where each starts in `text`
   */

  /**
   * @param {HTMLElement} el  a contenteditable root
   * @returns {TextModel}
   */
  function readEditable(el) {
    /** @type {{node: Text, start: number}[]} */
    const segments = [];
    let text = '';
    let breakPending = false;
    const lineBreak = () => {
      if (text.length > 0 && !text.endsWith('\n')) text += '\n';
    };
    /** @param {Node} node */
    const walk = (node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          const data = /** @type {Text} */ (child).data;
          if (data.length === 0) continue;
          if (breakPending) lineBreak();
          breakPending = false;
          segments.push({ node: /** @type {Text} */ (child), start: text.length });
          text += data;
        } else if (child.nodeType === 1) {
          const tag = /** @type {Element} */ (child).tagName;
          if (SKIPPED_TAGS.has(tag)) continue;
          if (tag === 'BR') {
            breakPending = false;
            text += '\n';
          } else if (BLOCK_TAGS.has(tag)) {
            lineBreak();
            breakPending = false;
            walk(child);
            breakPending = true;
          } else {
            walk(child);
          }
        }
      }
    };
    walk(el);
    return { text, segments };
  }

  /**
   * The text GigGuard lints for a field.
   * @param {HTMLElement} el
   */
  function readText(el) {
    return isTextarea(el) ? el.value : readEditable(el).text;
  }

  /**
   * A DOM position for an offset into a contenteditable's text. At a boundary between two Text
   * nodes, a range's start goes into the later node and its end stays in the earlier one.
   * @param {TextModel} model
   * @param {number} offset
   * @param {'start' | 'end'} side
   * @returns {{node: Text, offset: number} | null}
   */
  function pointAt(model, offset, side) {
    const { segments } = model;
    if (segments.length === 0) return null;
    let before = null;
    for (const seg of segments) {
      const end = seg.start + seg.node.data.length;
      if (side === 'start' ? offset >= seg.start && offset < end : offset > seg.start && offset <= end) {
        return { node: seg.node, offset: offset - seg.start };
      }
      if (seg.start >= offset) {
        // The offset falls on a line break between Text nodes.
        if (side === 'start') return { node: seg.node, offset: 0 };
        return before ? { node: before.node, offset: before.node.data.length } : { node: seg.node, offset: 0 };
      }
      before = seg;
    }
    const last = segments[segments.length - 1];
    return { node: last.node, offset: last.node.data.length };
  }

  /**
   * A DOM Range over [start, end) of a contenteditable's text, or null when the editor is empty.
   * @param {TextModel} model
   * @param {number} start
   * @param {number} end
   */
  function rangeFor(model, start, end) {
    const from = pointAt(model, start, 'start');
    const to = pointAt(model, end, 'end');
    if (!from || !to) return null;
    const range = from.node.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    if (range.collapsed && end > start) return null;
    return range;
  }

  /**
   * The offset into the text of a DOM position (a selection's focus), or -1 outside the editor.
   * @param {TextModel} model
   * @param {Node} node
   * @param {number} offset
   */
  function offsetAt(model, node, offset) {
    if (node.nodeType === 3) {
      const seg = model.segments.find((s) => s.node === node);
      return seg ? seg.start + Math.min(offset, seg.node.data.length) : -1;
    }
    // An element position: the first Text node at or after it, else the end of the last before it.
    const doc = node.ownerDocument || /** @type {Document} */ (node);
    const probe = doc.createRange();
    probe.setStart(node, Math.min(offset, node.childNodes.length));
    for (const seg of model.segments) {
      if (probe.comparePoint(seg.node, 0) >= 0) return seg.start;
    }
    return model.text.length;
  }

  const api = { isTextarea, editableFor, optedOut, readEditable, readText, pointAt, rangeFor, offsetAt };
  const ns = /** @type {any} */ (root.GigGuard = root.GigGuard || {});
  ns.domText = api;
  // @ts-ignore -- CommonJS for node --test only
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
