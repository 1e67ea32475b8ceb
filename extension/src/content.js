// @ts-check
/**
 * The content script's entry point (listed last in manifest content_scripts.js): works out which
 * marketplace the page belongs to, attaches a session to the editable field the seller focuses
 * (the adapter's composer selectors only add eager attachment), follows single-page navigation
 * and page re-renders with a MutationObserver, installs the send guard and the incoming-message
 * watcher, and answers the popup. Every lint request carries the page's phase: "in_order" on the
 * adapter's `in_order` pages (inside an order or contract), else "pre_order".
 */
(function (/** @type {any} */ root) {
  const G = root.GigGuard;
  if (!G || G.started) return; // injected twice (a frame re-using its window): keep the first
  G.started = true;

  const { MSG, lintMessage } = G.messages;
  const { STORAGE_KEYS, normalizeSettings, siteEnabled } = G.settings;
  const { DEFAULT_PLATFORMS, platformForUrl, createPhaseTracker } = G.adapters;
  const { editableFor, optedOut } = G.domText;

  /** The URL that decides the platform: a srcdoc or about:blank frame takes its parent's. */
  function pageUrl() {
    if (/^https?:/.test(location.href)) return location.href;
    try {
      return /** @type {Window} */ (window.top).location.href;
    } catch {
      return document.referrer || (location.ancestorOrigins && location.ancestorOrigins[0]) || '';
    }
  }

  /**
   * The URL that decides the phase: the top frame's. An order page may hold its chat in an iframe
   * whose own URL says nothing about the order (Upwork's composer frame), and single-page
   * navigation changes the top frame's URL only. A same-origin frame reads it. A cross-origin frame
   * cannot: location.ancestorOrigins has no path, and document.referrer is usually cut to the
   * origin and is stale after single-page navigation, so there the frame's own URL decides, as it
   * does the platform (no marketplace serves its composer from another origin today).
   */
  function phaseUrl() {
    if (window === window.top) return location.href;
    try {
      const top = /** @type {Window} */ (window.top).location.href;
      if (/^https?:/.test(top)) return top;
    } catch {
      // cross-origin top frame
    }
    return pageUrl();
  }

  /** @type {import('./messages.js').Platform[]} */
  let platforms = DEFAULT_PLATFORMS;
  let platform = platformForUrl(platforms, pageUrl());
  if (!platform) return;
  const phases = createPhaseTracker(platform, phaseUrl());
  let settings = normalizeSettings(undefined);
  let settingsLoaded = false;
  let url = location.href;
  /** @type {Map<HTMLElement, InstanceType<typeof G.session.Session>>} */
  const sessions = new Map();
  /** @type {InstanceType<typeof G.session.Session> | null} */
  let lastFocused = null;

  const enabled = () => settingsLoaded && !!platform && siteEnabled(settings, platform.id);
  const adapter = () =>
    platform ? platform.adapter : { matches: [], composer: [], send_button: [], incoming_messages: [], in_order: [] };

  /**
   * @param {import('./messages.js').LintMessage} message
   * @returns {Promise<import('./messages.js').LintAnswer>}
   */
  async function ask(message) {
    try {
      const answer = await chrome.runtime.sendMessage(message);
      return answer || { ok: false, offline: true, error: 'no answer from the service worker' };
    } catch (error) {
      // The extension was reloaded or updated under this page: behave as offline.
      return { ok: false, offline: true, error: String(error) };
    }
  }

  const guard = G.guard.installSendGuard({
    sessionFor(/** @type {Element} */ el) {
      const field = editableFor(el);
      return (field && sessions.get(field)) || null;
    },
    sessionForButton(/** @type {Element} */ button) {
      if (!enabled() || !sessions.size) return null;
      const selectors = adapter().send_button;
      const isSend =
        selectors.some((/** @type {string} */ sel) => safeMatches(button, sel)) ||
        (button instanceof HTMLButtonElement && button.type === 'submit' && !!button.form &&
          [...sessions.keys()].some((el) => /** @type {HTMLButtonElement} */ (button).form?.contains(el)));
      if (!isSend) return null;
      const form = button instanceof HTMLButtonElement ? button.form : null;
      for (const [el, session] of sessions) if (form && form.contains(el)) return session;
      if (lastFocused && lastFocused.element.isConnected) return lastFocused;
      return sessions.values().next().value || null;
    },
    allowSendAnyway: () => settings.allowSendAnyway,
  });

  const incoming = G.incoming.createIncomingWatcher({
    selectors: () => (enabled() ? adapter().incoming_messages : []),
    lint: (/** @type {string} */ text) =>
      ask(lintMessage(text, platform ? platform.id : '', 'incoming', phases.phase, G.i18n.uiLanguage())),
    insertReply(/** @type {string} */ reply) {
      const target = composerForReply();
      if (target) target.insertReply(reply);
    },
  });

  /** The composer a reply goes into: the last one focused, else the adapter's, else any. */
  function composerForReply() {
    if (lastFocused && lastFocused.element.isConnected) return lastFocused;
    for (const sel of adapter().composer) {
      const el = safeQuery(sel);
      const field = el && editableFor(el);
      if (field) {
        const session = attach(field);
        if (session) return session;
      }
    }
    return sessions.values().next().value || null;
  }

  /**
   * @param {Element} el
   * @param {string} selector
   */
  function safeMatches(el, selector) {
    try {
      return el.matches(selector) || !!el.closest(selector);
    } catch {
      return false; // a malformed selector from the service
    }
  }

  /** @param {string} selector */
  function safeQuery(selector) {
    try {
      return document.querySelector(selector);
    } catch {
      return null;
    }
  }

  /**
   * @param {HTMLElement} el
   */
  function attach(el) {
    if (!enabled() || G.layer.isOwn(el) || optedOut(el)) return null;
    const existing = sessions.get(el);
    if (existing) return existing;
    const session = new G.session.Session(el, {
      send: (/** @type {string} */ text) =>
        ask(lintMessage(text, platform ? platform.id : '', 'outgoing', phases.phase, G.i18n.uiLanguage())),
      settings: () => settings,
      guard,
      rendered: reportErrors,
      where: () => ({ site: platform ? platform.id : '', phase: phases.phase }),
    });
    sessions.set(el, session);
    return session;
  }

  /** @param {HTMLElement} el */
  function detach(el) {
    const session = sessions.get(el);
    if (!session) return;
    session.destroy();
    sessions.delete(el);
    if (lastFocused === session) lastFocused = null;
    reportErrors();
  }

  let reportedErrors = 0;
  /** The toolbar badge: the error-level findings this frame's composers show, sent on change. */
  function reportErrors() {
    let errors = 0;
    for (const session of sessions.values()) errors += session.counts().error;
    if (errors === reportedErrors) return;
    reportedErrors = errors;
    chrome.runtime.sendMessage({ type: MSG.REPORT_ERRORS, errors }).catch(() => {});
  }

  function detachAll() {
    for (const el of [...sessions.keys()]) detach(el);
    incoming.clear();
  }

  /**
   * Recomputes the phase (the page navigated, or the adapters changed); when it changed, every
   * draft and buyer message is checked again in the new phase.
   * @returns {boolean} whether it changed
   */
  function syncPhase() {
    if (!phases.update(platform, phaseUrl())) return false;
    for (const session of sessions.values()) session.refresh();
    incoming.clear();
    return true;
  }

  /** @param {Event} event */
  function onFocusOrInput(event) {
    if (!enabled()) return;
    // A composer in a frame sees no mutation when the top frame navigates: check on its events.
    if (syncPhase()) queueScan();
    const field = editableFor(event.composedPath()[0] || event.target);
    if (!field) return;
    const session = attach(field);
    if (!session) return;
    lastFocused = session;
    if (event.type === 'input') session.sync();
  }

  /** Re-checks the page: navigation, composers that came or went, new buyer messages. */
  function scan() {
    if (location.href !== url) {
      url = location.href;
      const next = platformForUrl(platforms, pageUrl());
      if (next && next.id !== (platform && platform.id)) {
        platform = next;
        detachAll();
      }
    }
    syncPhase();
    for (const [el, session] of sessions) {
      if (!el.isConnected || optedOut(el)) detach(el);
      else session.sync();
    }
    if (!enabled()) return;
    for (const sel of adapter().composer) {
      let found;
      try {
        found = document.querySelectorAll(sel);
      } catch {
        continue;
      }
      for (const el of found) {
        const field = editableFor(el);
        if (field) attach(field);
      }
    }
    const active = editableFor(document.activeElement);
    if (active) attach(active);
    incoming.scan();
  }

  let scanQueued = false;
  function queueScan() {
    if (scanQueued) return;
    scanQueued = true;
    queueMicrotask(() => {
      scanQueued = false;
      scan();
    });
  }

  document.addEventListener('focusin', onFocusOrInput, true);
  document.addEventListener('input', onFocusOrInput, true);
  document.addEventListener(
    'mousemove',
    (event) => {
      if (!sessions.size) return;
      const card = G.card.getCard();
      for (const session of sessions.values()) {
        const index = session.findingAt(event.clientX, event.clientY);
        if (index >= 0) {
          session.openCard(index, false);
          return;
        }
      }
      for (const session of sessions.values()) if (card.isOpenFor(session)) card.hideSoon();
    },
    { passive: true },
  );
  // Single-page apps swap the conversation in without a page load: watch the DOM, not the URL.
  new MutationObserver(queueScan).observe(document, { childList: true, subtree: true, characterData: true });
  window.addEventListener('popstate', queueScan);

  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes[STORAGE_KEYS.settings]) return;
    const before = settings;
    settings = normalizeSettings(changes[STORAGE_KEYS.settings].newValue);
    if (!enabled()) {
      detachAll();
      return;
    }
    const serviceChanged = before.serviceUrl !== settings.serviceUrl || before.apiKey !== settings.apiKey;
    for (const session of sessions.values()) {
      if (serviceChanged) session.refresh();
      else session.render();
    }
    if (serviceChanged) incoming.clear();
    queueScan();
  });

  chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    // Every frame of the tab hears the popup; only a frame with a composer answers.
    if (!message || message.type !== MSG.GET_DRAFT_STATE || !sessions.size) return false;
    const session = lastFocused && lastFocused.element.isConnected ? lastFocused : sessions.values().next().value;
    /** @type {import('./messages.js').DraftState} */
    const state = {
      platform: platform ? platform.id : null,
      enabled: enabled(),
      attached: true,
      offline: !!session && session.offline,
      counts: session ? session.counts() : { error: 0, warning: 0, info: 0 },
    };
    sendResponse(state);
    return false;
  });

  chrome.storage.local.get(STORAGE_KEYS.settings).then((stored) => {
    settings = normalizeSettings(stored[STORAGE_KEYS.settings]);
    settingsLoaded = true;
    queueScan();
  });

  // The service's adapters refine the built-in ones (cached by the worker; defaults when offline).
  chrome.runtime
    .sendMessage({ type: MSG.GET_PLATFORMS })
    .then((/** @type {import('./messages.js').PlatformsAnswer} */ answer) => {
      if (!answer || !Array.isArray(answer.platforms)) return;
      platforms = answer.platforms;
      platform = platformForUrl(platforms, pageUrl()) || platform;
      queueScan();
    })
    .catch(() => {});
})(globalThis);
