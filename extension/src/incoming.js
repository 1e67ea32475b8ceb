// @ts-check
/**
 * The buyer's messages: each one in the adapter's incoming-message container is linted with
 * direction "incoming"; one with findings (asking for contact details, outside payment, …) gets a
 * quiet marker beside it that opens the suggested compliant reply, insertable into the composer.
 */
(function (/** @type {any} */ root) {
  /** @typedef {import('./messages.js').LintAnswer} LintAnswer */
  const MAX_MESSAGES = 30; // the newest ones: older history is not worth a request each
  const OFFLINE_RETRY_MS = 10000; // a message not checked because the service was down

  /**
   * @typedef {object} IncomingContext
   * @property {() => string[]} selectors        the adapter's incoming_messages selectors
   * @property {(text: string) => Promise<LintAnswer>} lint
   * @property {(reply: string) => void} insertReply
   */

  /**
   * @param {IncomingContext} ctx
   */
  function createIncomingWatcher(ctx) {
    const { getLayer } = root.GigGuard.layer;
    /** @type {Map<Element, {text: string, marker: HTMLElement | null, retryAt?: number}>} */
    const seen = new Map();
    /** @type {Promise<void>} */
    let queue = Promise.resolve();
    /** @type {(() => void) | null} */
    let unsubscribe = null;

    function scan() {
      const selectors = ctx.selectors();
      for (const [el, entry] of seen) {
        if (!el.isConnected) {
          if (entry.marker) entry.marker.remove();
          seen.delete(el);
        }
      }
      if (!selectors.length) return;
      /** @type {Element[]} */
      let found;
      try {
        found = [...document.querySelectorAll(selectors.join(', '))];
      } catch {
        return; // a malformed selector from the service: nothing to watch
      }
      for (const el of found.slice(-MAX_MESSAGES)) {
        const text = /** @type {HTMLElement} */ (el).innerText.trim();
        const entry = seen.get(el);
        if (entry && entry.text === text && !(entry.retryAt && entry.retryAt <= Date.now())) continue;
        if (entry && entry.marker) entry.marker.remove();
        const next = { text, marker: null };
        seen.set(el, next);
        if (text) queue = queue.then(() => check(el, next));
      }
    }

    /**
     * @param {Element} el
     * @param {{text: string, marker: HTMLElement | null, retryAt?: number}} entry
     */
    async function check(el, entry) {
      let answer;
      try {
        answer = await ctx.lint(entry.text);
      } catch {
        return;
      }
      // Changed, or cleared (another service or phase) while asking: a newer check owns it.
      if (seen.get(el) !== entry) return;
      if (!answer.ok) {
        // Unreachable: ask again on a later scan. Refused (4xx): asking again will not help.
        if (answer.offline) entry.retryAt = Date.now() + OFFLINE_RETRY_MS;
        return;
      }
      const { findings, reply } = answer.result;
      if (!findings.length || !reply) return;
      entry.marker = mark(el, findings, reply);
    }

    /**
     * @param {Element} el
     * @param {import('./messages.js').Finding[]} findings
     * @param {string} reply
     */
    function mark(el, findings, reply) {
      const layer = getLayer();
      const marker = layer.make('button', 'gg-ui gg-marker', 'G');
      marker.setAttribute('type', 'button');
      marker.setAttribute('aria-label', root.GigGuard.i18n.t('markerLabel'));
      marker.title = root.GigGuard.i18n.t('markerTitle');
      positionMarker(el, marker);
      if (!unsubscribe) {
        unsubscribe = layer.onReposition(() => {
          for (const [node, entry] of seen) if (entry.marker) positionMarker(node, entry.marker);
        });
      }
      const open = () => {
        const card = root.GigGuard.card.getCard();
        card.show(marker, 'incoming', {
          severity: 'info',
          title: root.GigGuard.i18n.t('incomingTitle'),
          message: findings.map((f) => f.message).join(' '),
          policy: findings[0].policy,
          quote: reply,
          actions: [{ label: root.GigGuard.i18n.t('insertReply'), name: 'insert-reply', primary: true, run: () => ctx.insertReply(reply) }],
        }, marker.getBoundingClientRect());
      };
      marker.addEventListener('click', open);
      marker.addEventListener('mouseleave', () => root.GigGuard.card.getCard().hideSoon());
      return marker;
    }

    /**
     * @param {Element} el
     * @param {HTMLElement} marker
     */
    function positionMarker(el, marker) {
      const rect = el.getBoundingClientRect();
      marker.hidden = !el.isConnected || rect.width === 0;
      marker.style.left = `${Math.round(rect.right + 4)}px`;
      marker.style.top = `${Math.round(rect.top)}px`;
    }

    function clear() {
      for (const entry of seen.values()) if (entry.marker) entry.marker.remove();
      seen.clear();
    }

    return { scan, clear };
  }

  const api = { createIncomingWatcher };
  const ns = /** @type {any} */ (root.GigGuard = root.GigGuard || {});
  ns.incoming = api;
})(globalThis);
