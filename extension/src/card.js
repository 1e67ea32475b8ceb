// @ts-check
/**
 * The card: opened on hovering or focusing an underline, clicking the composer's badge, a buyer
 * message's marker, or Alt+Shift+G. It says what is wrong, links the platform's policy and offers
 * the fixes; the fixes themselves belong to the session that opened it.
 */
(function (/** @type {any} */ root) {
  /** @typedef {import('./messages.js').Finding} Finding */
  const HIDE_DELAY_MS = 300; // the pointer may cross the gap between an underline and the card
  // Message keys (_locales/*/messages.json) of the card's titles: by severity, and what a finding
  // is — the problem named, not only how grave it is.
  const SEVERITY_TITLES = Object.freeze({ error: 'severityError', warning: 'severityWarning', info: 'severityInfo' });
  const CATEGORY_TITLES = Object.freeze({
    'contact.email': 'titleEmail',
    'contact.phone': 'titlePhone',
    'contact.messenger': 'titleMessenger',
    'contact.social': 'titleSocial',
    'contact.url': 'titleUrl',
    'offplatform.invite': 'titleInvite',
    'offplatform.payment': 'titlePayment',
    'review.manipulation': 'titleReview',
  });
  const t = (/** @type {string} */ key, /** @type {(string | number)[]} */ ...subs) => root.GigGuard.i18n.t(key, ...subs);

  /**
   * @typedef {object} CardAction
   * @property {string} label
   * @property {string} name      data-action, for tests and styling
   * @property {boolean} [primary]
   * @property {boolean} [quiet]  a dismissal: drawn as a link, after the fixes
   * @property {() => void} run
   *
   * @typedef {object} CardContent
   * @property {'error' | 'warning' | 'info'} severity
   * @property {string} [title]
   * @property {string} message
   * @property {{title: string, url: string} | null} [policy]
   * @property {string | null} [quote]   a suggested text, shown as it would be inserted
   * @property {{before: string, after: string} | null} [change]  what a fix replaces, and with what
   * @property {CardAction[]} actions
   * @property {{index: number, count: number, go: (index: number) => void} | null} [position]
   *   where this finding is among the draft's, to step to the others (overlapping ones too)
   * @property {(() => void) | null} [returnFocus]  Escape gives the keyboard back to the composer
   */

  /** @type {ReturnType<typeof build> | null} */
  let card = null;

  function build() {
    const { getOverlayLayer, placeNear } = root.GigGuard.layer;
    const layer = getOverlayLayer(); // above a same-origin iframe's box, so never clipped by it
    /** @type {HTMLElement} */
    const el = layer.make('div', 'gg-ui gg-card');
    el.hidden = true;
    el.setAttribute('role', 'dialog');
    el.setAttribute('aria-labelledby', 'gg-card-title'); // labelled by its title, in this shadow root
    el.tabIndex = -1;
    /** @type {unknown} */
    let hideTimer = null;
    /** @type {(() => void) | null} */
    let onClose = null;
    /** @type {object | null} */
    let owner = null;
    /** @type {string | null} */
    let key = null;

    const cancelHide = () => {
      if (hideTimer !== null) clearTimeout(/** @type {number} */ (hideTimer));
      hideTimer = null;
    };
    el.addEventListener('mouseenter', cancelHide);
    el.addEventListener('mouseleave', () => api.hideSoon());
    // Keep the focus (and a contenteditable's selection) in the composer while clicking.
    el.addEventListener('mousedown', (event) => {
      if (/** @type {Element} */ (event.target).closest('button')) event.preventDefault();
    });
    /** @type {CardContent | null} */
    let shown = null;
    el.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        const back = shown && shown.returnFocus;
        api.hide();
        if (back) back();
        return;
      }
      const position = shown && shown.position;
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (position && step && position.count > 1) {
        event.preventDefault();
        stepFrom(position, step);
      }
    });

    const api = {
      el,
      /**
       * @param {object} who      the session or marker that opens the card
       * @param {string} what     which of its findings: the same key again keeps the card as it is
       * @param {CardContent} content
       * @param {DOMRect | DOMRectReadOnly} anchor
       * @param {() => void} [closed]
       */
      show(who, what, content, anchor, closed) {
        cancelHide();
        if (!el.hidden && owner === who && key === what) return;
        if (onClose && (owner !== who || key !== what)) onClose();
        owner = who;
        key = what;
        onClose = closed || null;
        el.replaceChildren();
        el.className = `gg-ui gg-card gg-sev-${content.severity}`;
        el.dir = root.GigGuard.i18n.direction();
        const close = document.createElement('button');
        close.type = 'button';
        close.className = 'gg-close';
        close.dataset.action = 'close';
        close.setAttribute('aria-label', t('close'));
        close.textContent = '×';
        close.addEventListener('click', () => api.hide());
        el.append(close);
        const title = document.createElement('p');
        title.className = 'gg-card-title';
        title.id = 'gg-card-title';
        title.textContent = content.title || t(SEVERITY_TITLES[content.severity]);
        const message = document.createElement('p');
        message.className = 'gg-card-message';
        message.textContent = content.message;
        el.append(title, message);
        if (content.policy && /^https?:\/\//i.test(content.policy.url)) {
          // Only web links: a policy URL comes from the service, and a javascript: URL would run.
          const link = document.createElement('a');
          link.className = 'gg-policy';
          link.href = content.policy.url;
          link.target = '_blank';
          link.rel = 'noopener noreferrer';
          link.textContent = content.policy.title;
          el.append(link);
        }
        if (content.change) {
          // What exactly the fix replaces, before and after.
          const change = document.createElement('p');
          change.className = 'gg-change';
          const removed = document.createElement('del');
          removed.textContent = content.change.before;
          const added = document.createElement('ins');
          added.textContent = content.change.after || '∅';
          change.append(removed, ' → ', added);
          el.append(change);
        }
        if (content.quote) {
          const quote = document.createElement('blockquote');
          quote.className = 'gg-card-quote';
          quote.textContent = content.quote;
          el.append(quote);
        }
        const actions = document.createElement('div');
        actions.className = 'gg-actions';
        for (const action of content.actions) {
          const button = document.createElement('button');
          button.type = 'button';
          button.className = `gg-button${action.primary ? ' gg-primary' : ''}${action.quiet ? ' gg-quiet' : ''}`;
          button.dataset.action = action.name;
          button.textContent = action.label;
          button.addEventListener('click', () => {
            api.hide();
            action.run();
          });
          actions.append(button);
        }
        if (content.actions.length) el.append(actions);
        const position = content.position;
        if (position && position.count > 1) el.append(navigation(position));
        shown = content;
        el.hidden = false;
        placeNear(el, anchor);
      },
      /** @param {object} [who] hide only if this opened it */
      hide(who) {
        if (who && who !== owner) return;
        cancelHide();
        if (el.hidden) return;
        el.hidden = true;
        owner = null;
        key = null;
        const closed = onClose;
        onClose = null;
        if (closed) closed();
      },
      hideSoon() {
        if (el.hidden || hideTimer !== null) return;
        hideTimer = setTimeout(() => {
          hideTimer = null;
          const focused = layer.shadow.activeElement;
          if (!el.matches(':hover') && !(focused && el.contains(focused))) api.hide();
        }, HIDE_DELAY_MS);
      },
      cancelHide,
      /** @param {object} who */
      isOpenFor(who) {
        return !el.hidden && owner === who;
      },
      get openKey() {
        return el.hidden ? null : key;
      },
      /** The keyboard into the card, on its main action (the close button last of all). */
      focusFirstButton() {
        const main = /** @type {HTMLElement | null} */ (
          el.querySelector('.gg-primary, .gg-actions button, a, .gg-nav button, .gg-close')
        );
        (main || el).focus();
      },
    };
    return api;
  }

  /**
   * Opens the finding `by` steps from this one, round the draft's findings.
   * @param {{index: number, count: number, go: (index: number) => void}} position
   * @param {number} by
   */
  function stepFrom(position, by) {
    position.go((position.index + by + position.count) % position.count);
  }

  /**
   * "‹ 1 of 3 ›": the other findings of the draft, one step at a time (also the arrow keys).
   * @param {{index: number, count: number, go: (index: number) => void}} position
   */
  function navigation(position) {
    const nav = document.createElement('div');
    nav.className = 'gg-nav';
    const step = (/** @type {number} */ by, /** @type {string} */ label, /** @type {string} */ name) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'gg-button';
      button.dataset.action = name;
      button.setAttribute('aria-label', label);
      button.textContent = by < 0 ? '‹' : '›';
      button.addEventListener('click', () => stepFrom(position, by));
      return button;
    };
    const where = document.createElement('span');
    where.className = 'gg-nav-where';
    where.textContent = t('position', position.index + 1, position.count);
    nav.append(step(-1, t('previousFinding'), 'previous'), where, step(1, t('nextFinding'), 'next'));
    return nav;
  }

  /** The page's card, created on first use. */
  function getCard() {
    if (!card || !card.el.isConnected) card = build();
    return card;
  }

  /**
   * What the card says about a finding of the seller's draft.
   * @param {Finding} finding
   * @param {{applyFinding: () => void, applyRewrite: (() => void) | null, ignore?: (() => void) | null,
   *   mute?: (() => void) | null, report?: (() => void) | null}} fixes
   * @param {string} [before]  the words the fix replaces, shown beside what replaces them
   * @returns {CardContent}
   */
  function findingContent(finding, fixes, before) {
    /** @type {CardAction[]} */
    const actions = [];
    if (finding.replacement != null) {
      actions.push({ label: t('applyFix'), name: 'apply-finding', primary: true, run: fixes.applyFinding });
    }
    if (fixes.applyRewrite) {
      actions.push({ label: t('rewriteAll'), name: 'apply-rewrite', run: fixes.applyRewrite });
    }
    if (fixes.ignore) actions.push({ label: t('ignore'), name: 'ignore', quiet: true, run: fixes.ignore });
    if (fixes.mute) actions.push({ label: t('mute'), name: 'mute', quiet: true, run: fixes.mute });
    if (fixes.report) actions.push({ label: t('report'), name: 'report', quiet: true, run: fixes.report });
    const category = /** @type {keyof typeof CATEGORY_TITLES} */ (finding.category);
    return {
      severity: finding.severity,
      title: t(CATEGORY_TITLES[category] || SEVERITY_TITLES[finding.severity]),
      message: finding.message,
      policy: finding.policy,
      change: finding.replacement != null && before != null ? { before, after: finding.replacement } : null,
      quote: finding.replacement != null && before == null ? finding.replacement : null,
      actions,
    };
  }

  const api = { HIDE_DELAY_MS, getCard, findingContent };
  const ns = /** @type {any} */ (root.GigGuard = root.GigGuard || {});
  ns.card = api;
})(globalThis);
