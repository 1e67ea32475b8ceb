// @ts-check
/**
 * The send guard: holds Enter and the send button while the draft has error-level findings, and
 * says why in a banner ("GigGuard held this message: …") with the fix and "Send anyway" (which a
 * team policy can disable). Capture-phase listeners on window run before any of the page's own
 * handlers (DOM events are shared between the content script's world and the page). A session
 * that is offline never holds anything.
 *
 * A send within the debounce of the last keystroke (type and hit Enter, paste and hit Enter) is
 * held only until the draft is checked, at most CHECK_WAIT_MS, then let through if it is clean.
 */
(function (/** @type {any} */ root) {
  /**
   * What the guard needs of a composer session.
   * @typedef {object} Guarded
   * @property {HTMLElement} element
   * @property {() => boolean} shouldHold   error-level findings remain and the service answered
   * @property {() => boolean} unchecked    the newest draft has not been answered yet
   * @property {() => Promise<void>} checkNow  asks at once; settles when the newest draft is answered
   * @property {() => import('./messages.js').Finding[]} errors
   * @property {(() => void) | null} rewriteAll  applies the whole-draft rewrite, when there is one
   *
   * @typedef {object} GuardContext
   * @property {(el: Element) => Guarded | null} sessionFor         the session of an editable field
   * @property {(button: Element) => Guarded | null} sessionForButton the session a send button sends
   * @property {() => boolean} allowSendAnyway
   */

  const t = (/** @type {string} */ key, /** @type {(string | number)[]} */ ...subs) => root.GigGuard.i18n.t(key, ...subs);

  const CHECK_WAIT_MS = 1500; // a slow service never holds a message longer than this

  /**
   * @param {GuardContext} ctx
   */
  function installSendGuard(ctx) {
    const { getOverlayLayer, placeNear } = root.GigGuard.layer;
    /** @type {HTMLElement | null} */
    let banner = null;
    /** @type {Guarded | null} */
    let heldFor = null;
    let passing = false; // "Send anyway" is re-sending: let it through
    /** @type {Set<Guarded>} */
    const waiting = new Set(); // sends held until their draft is checked

    /**
     * Holds the send if it must be; returns whether it did.
     * @param {Event} event
     * @param {Guarded} session
     * @param {() => void} resend  does the send again, as the page would
     */
    function guard(event, session, resend) {
      if (waiting.has(session)) {
        // Pressed again while the draft is being checked: the first press decides.
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      if (session.unchecked()) {
        event.preventDefault();
        event.stopImmediatePropagation();
        waiting.add(session);
        const timeout = new Promise((resolve) => setTimeout(resolve, CHECK_WAIT_MS));
        Promise.race([session.checkNow(), timeout]).then(() => {
          waiting.delete(session);
          if (session.shouldHold()) showBanner(session, resend);
          else passThrough(resend);
        });
        return;
      }
      if (!session.shouldHold()) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      showBanner(session, resend);
    }

    /** @param {() => void} resend */
    function passThrough(resend) {
      passing = true;
      try {
        resend();
      } finally {
        passing = false;
      }
    }

    /** @param {KeyboardEvent} event */
    function onKeydown(event) {
      if (passing || event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
      const target = /** @type {Element | null} */ (event.composedPath()[0] || event.target);
      if (!target || root.GigGuard.layer.isOwn(target)) return;
      const session = ctx.sessionFor(target);
      if (!session) return;
      const init = {
        key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true,
        ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey,
      };
      guard(event, session, () => {
        // Again as a browser sends a key: keypress only when keydown was not cancelled (pages
        // that send on keypress), then keyup.
        const field = session.element;
        field.focus();
        if (field.dispatchEvent(new KeyboardEvent('keydown', init))) {
          field.dispatchEvent(new KeyboardEvent('keypress', { ...init, charCode: 13 }));
        }
        field.dispatchEvent(new KeyboardEvent('keyup', init));
      });
    }

    /** @param {MouseEvent} event */
    function onClick(event) {
      if (passing) return;
      const target = /** @type {Element | null} */ (event.composedPath()[0] || event.target);
      if (!target || typeof target.closest !== 'function' || root.GigGuard.layer.isOwn(target)) return;
      const button = target.closest('button, [role="button"], input[type="submit"]');
      if (!button) return;
      const session = ctx.sessionForButton(button);
      if (!session) return;
      guard(event, session, () => /** @type {HTMLElement} */ (button).click());
    }

    /** @param {SubmitEvent} event */
    function onSubmit(event) {
      if (passing) return;
      const form = /** @type {HTMLFormElement} */ (event.target);
      const fields = form.querySelectorAll('textarea, [contenteditable]');
      for (const field of fields) {
        const session = ctx.sessionFor(field);
        if (session) {
          const submitter = event.submitter;
          guard(event, session, () => form.requestSubmit(submitter));
          if (event.defaultPrevented) return;
        }
      }
    }

    window.addEventListener('keydown', onKeydown, true);
    window.addEventListener('click', onClick, true);
    window.addEventListener('submit', onSubmit, true);

    /**
     * @param {Guarded} session
     * @param {() => void} resend
     */
    function showBanner(session, resend) {
      const layer = getOverlayLayer(); // above a same-origin iframe's box, so never clipped by it
      if (!banner || !banner.isConnected) {
        /** @type {HTMLElement} */
        const created = layer.make('div', 'gg-ui gg-banner');
        created.setAttribute('role', 'alert');
        layer.onReposition(() => {
          if (!created.hidden && heldFor) placeNear(created, heldFor.element.getBoundingClientRect(), 'above');
        });
        banner = created;
      }
      const el = banner;
      heldFor = session;
      root.GigGuard.card.getCard().hide(); // one thing at a time: the banner says what matters now
      const errors = session.errors();
      const first = errors[0] ? firstSentence(errors[0].message) : t('heldDefault');
      const more = errors.length > 1 ? t('heldMore', errors.length - 1) : '';
      const text = document.createElement('p');
      text.className = 'gg-banner-text';
      text.textContent = t('heldMessage', first, more);
      const actions = document.createElement('div');
      actions.className = 'gg-actions';
      /** @type {HTMLElement[]} */
      const extra = [];
      if (session.rewriteAll) {
        const rewriteAll = session.rewriteAll;
        actions.append(button(t('applyFix'), 'apply-rewrite', true, () => {
          hideBanner();
          rewriteAll();
        }));
      }
      const allowed = ctx.allowSendAnyway();
      const anyway = button(t('sendAnyway'), 'send-anyway', false, () => {
        hideBanner();
        passThrough(resend);
      });
      if (!allowed) {
        anyway.setAttribute('disabled', '');
        anyway.title = t('sendAnywayDisabled');
        const note = document.createElement('p');
        note.className = 'gg-banner-note';
        note.textContent = t('sendAnywayNote');
        extra.push(note);
      }
      actions.append(anyway, button(t('keepEditing'), 'dismiss', false, () => {
        hideBanner();
        session.element.focus();
      }));
      el.replaceChildren(text, actions, ...extra);
      el.dir = root.GigGuard.i18n.direction();
      el.hidden = false;
      placeNear(el, session.element.getBoundingClientRect(), 'above');
    }

    function hideBanner() {
      if (banner) banner.hidden = true;
      heldFor = null;
    }

    return {
      /**
       * A session's findings changed: the banner goes once nothing would be held.
       * @param {Guarded} session
       */
      update(session) {
        if (heldFor === session && !session.shouldHold()) hideBanner();
      },
      /** @param {Guarded} session */
      forget(session) {
        if (heldFor === session) hideBanner();
      },
      get bannerShown() {
        return !!banner && !banner.hidden;
      },
    };
  }

  /**
   * @param {string} label
   * @param {string} name
   * @param {boolean} primary
   * @param {() => void} run
   */
  function button(label, name, primary, run) {
    const el = document.createElement('button');
    el.type = 'button';
    el.className = `gg-button${primary ? ' gg-primary' : ''}`;
    el.dataset.action = name;
    el.textContent = label;
    el.addEventListener('mousedown', (event) => event.preventDefault());
    el.addEventListener('click', run);
    return el;
  }

  /** @param {string} message */
  function firstSentence(message) {
    const match = /^.*?[.!?](?=\s|$)/.exec(message);
    return match ? match[0] : message;
  }

  const api = { CHECK_WAIT_MS, installSendGuard, firstSentence };
  const ns = /** @type {any} */ (root.GigGuard = root.GigGuard || {});
  ns.guard = api;
})(globalThis);
