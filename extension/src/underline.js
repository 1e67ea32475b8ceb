// @ts-check
/**
 * Drawing underlines at findings' exact spans, without touching the page's text:
 *   contenteditable → the CSS Custom Highlight API (a Range per finding, one Highlight per severity,
 *                     styled by ::highlight(gigguard-<severity>) in content.css);
 *   <textarea>      → a mirror per finding in the layer: same box, font and wrapping as the
 *                     textarea, transparent text, the finding's span underlined, scrolled with it.
 * Also answers which finding lies under a point (for the hover card).
 */
(function (/** @type {any} */ root) {
  /** @typedef {import('./messages.js').Finding} Finding */
  const SEVERITIES = /** @type {const} */ (['error', 'warning', 'info']);
  // Properties that decide where a textarea's glyphs land (after the list textarea-caret-position
  // uses: https://github.com/component/textarea-caret-position).
  const MIRRORED = [
    'direction', 'boxSizing', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth',
    'borderLeftWidth', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontStyle',
    'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontSizeAdjust', 'lineHeight',
    'fontFamily', 'fontFeatureSettings', 'fontKerning', 'textAlign', 'textTransform', 'textIndent',
    'letterSpacing', 'wordSpacing', 'tabSize', 'whiteSpace', 'wordBreak', 'overflowWrap',
  ];

  /**
   * Highlights of every contenteditable session in this document, merged per severity: the
   * registry (CSS.highlights) is one per document.
   */
  const highlightSets = new Map(); // owner → {severity → Range[]}

  function publishHighlights() {
    if (typeof CSS === 'undefined' || !CSS.highlights) return;
    for (const severity of SEVERITIES) {
      /** @type {Range[]} */
      const ranges = [];
      for (const bySeverity of highlightSets.values()) ranges.push(...(bySeverity[severity] || []));
      const name = `gigguard-${severity}`;
      if (ranges.length) {
        const highlight = new Highlight(...ranges);
        highlight.priority = SEVERITIES.length - SEVERITIES.indexOf(severity);
        CSS.highlights.set(name, highlight);
      } else {
        CSS.highlights.delete(name);
      }
    }
  }

  /**
   * @typedef {object} Underliner
   * @property {(findings: Finding[]) => void} render  findings' offsets are into the current text
   * @property {(x: number, y: number) => number} findingAt  index into the rendered findings, or -1
   * @property {(index: number) => DOMRect | null} rectOf  the first box of a finding's underline
   * @property {() => void} reposition
   * @property {() => boolean} stale  a drawn underline lies on nodes the editor has replaced
   * @property {() => void} destroy
   */

  /**
   * @param {HTMLElement} el
   * @returns {Underliner}
   */
  function createUnderliner(el) {
    return root.GigGuard.domText.isTextarea(el)
      ? textareaUnderliner(/** @type {HTMLTextAreaElement} */ (el))
      : editableUnderliner(el);
  }

  /**
   * @param {HTMLElement} el
   * @returns {Underliner}
   */
  function editableUnderliner(el) {
    const { domText } = root.GigGuard;
    const owner = {};
    /** @type {(Range | null)[]} */
    let ranges = [];
    return {
      render(findings) {
        const model = domText.readEditable(el);
        ranges = findings.map((f) => domText.rangeFor(model, f.start, f.end));
        /** @type {Record<string, Range[]>} */
        const bySeverity = {};
        findings.forEach((f, i) => {
          const range = ranges[i];
          if (range) (bySeverity[f.severity] = bySeverity[f.severity] || []).push(range);
        });
        if (findings.length) highlightSets.set(owner, bySeverity);
        else highlightSets.delete(owner);
        publishHighlights();
      },
      findingAt(x, y) {
        const { rectContains } = root.GigGuard.layer;
        return ranges.findIndex((r) => !!r && [...r.getClientRects()].some((rect) => rectContains(rect, x, y, 2)));
      },
      rectOf(index) {
        const range = ranges[index];
        return range ? range.getClientRects()[0] || range.getBoundingClientRect() : null;
      },
      reposition() {},
      stale() {
        return ranges.some(
          (r) => !!r && (r.collapsed || !el.contains(r.startContainer) || !el.contains(r.endContainer)),
        );
      },
      destroy() {
        ranges = [];
        highlightSets.delete(owner);
        publishHighlights();
      },
    };
  }

  /**
   * @param {HTMLTextAreaElement} el
   * @returns {Underliner}
   */
  function textareaUnderliner(el) {
    const { getLayer } = root.GigGuard.layer;
    const layer = getLayer();
    /** @type {HTMLElement[]} */
    let mirrors = [];
    /** @type {HTMLElement[]} */
    let marks = [];

    function place() {
      if (!mirrors.length) return;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const visible = rect.width > 0 && rect.height > 0 && el.isConnected;
      const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      const padY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
      for (const mirror of mirrors) {
        mirror.hidden = !visible;
        if (!visible) continue;
        for (const prop of MIRRORED) /** @type {any} */ (mirror.style)[prop] = /** @type {any} */ (style)[prop];
        mirror.style.boxSizing = 'content-box';
        mirror.style.whiteSpace = 'pre-wrap';
        mirror.style.left = `${rect.left}px`;
        mirror.style.top = `${rect.top}px`;
        // clientWidth excludes a vertical scrollbar: the text wraps within what is left.
        mirror.style.width = `${Math.max(0, el.clientWidth - padX)}px`;
        mirror.style.height = `${Math.max(0, el.clientHeight - padY)}px`;
        mirror.scrollTop = el.scrollTop;
        mirror.scrollLeft = el.scrollLeft;
      }
    }

    const unsubscribe = layer.onReposition(place);
    el.addEventListener('scroll', place, { passive: true });
    const resizeObserver = new ResizeObserver(() => layer.requestReposition());
    resizeObserver.observe(el);

    function clear() {
      for (const mirror of mirrors) mirror.remove();
      mirrors = [];
      marks = [];
    }

    return {
      render(findings) {
        clear();
        const text = el.value;
        for (const f of findings) {
          const mirror = layer.make('div', 'gg-mirror');
          mirror.setAttribute('aria-hidden', 'true');
          const mark = document.createElement('span');
          mark.className = `gg-underline gg-${f.severity}`;
          mark.dataset.rule = f.rule;
          mark.dataset.severity = f.severity;
          mark.dataset.start = String(f.start);
          mark.dataset.end = String(f.end);
          mark.textContent = text.slice(f.start, f.end);
          // A trailing character keeps a final newline from collapsing, as the textarea shows it.
          mirror.append(text.slice(0, f.start), mark, `${text.slice(f.end)}\u200b`);
          mirrors.push(mirror);
          marks.push(mark);
        }
        place();
      },
      findingAt(x, y) {
        const { rectContains } = root.GigGuard.layer;
        const box = el.getBoundingClientRect();
        if (!rectContains(box, x, y)) return -1;
        return marks.findIndex((m) => [...m.getClientRects()].some((rect) => rectContains(rect, x, y, 2)));
      },
      rectOf(index) {
        const mark = marks[index];
        return mark ? mark.getClientRects()[0] || mark.getBoundingClientRect() : null;
      },
      reposition: place,
      stale: () => false, // the mirrors are the layer's own: no page re-render reaches them
      destroy() {
        clear();
        unsubscribe();
        el.removeEventListener('scroll', place);
        resizeObserver.disconnect();
      },
    };
  }

  const api = { SEVERITIES, createUnderliner };
  const ns = /** @type {any} */ (root.GigGuard = root.GigGuard || {});
  ns.underline = api;
})(globalThis);
