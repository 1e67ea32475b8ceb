// @ts-check
/**
 * The one element GigGuard adds to a page: a fixed, zero-size host at the end of <html> whose open
 * shadow root holds every overlay, card, banner and marker, styled apart from the page. The page's
 * own nodes and text are never touched. Also keeps positioned things in place on scroll and resize.
 */
(function (/** @type {any} */ root) {
  const SEVERITY_COLOURS = Object.freeze({ error: '#d93025', warning: '#e8a100', info: '#1a73e8' });

  // Surfaces and text of the card, banner and markers: light, and dark where the seller's system
  // prefers it or the page itself is dark (a class on the host, set by syncTheme).
  const LIGHT = '--gg-surface: #fff; --gg-text: #202124; --gg-muted: #5f6368; --gg-quote: #3c4043; ' +
    '--gg-border: #dadce0; --gg-link: #1a73e8; --gg-chip: #e8eaed; --gg-shadow: rgba(0,0,0,.18);';
  const DARK = '--gg-surface: #202124; --gg-text: #e8eaed; --gg-muted: #9aa0a6; --gg-quote: #bdc1c6; ' +
    '--gg-border: #5f6368; --gg-link: #8ab4f8; --gg-chip: #3c4043; --gg-shadow: rgba(0,0,0,.5);';

  const STYLE = `
    :host { all: initial; ${LIGHT} }
    @media (prefers-color-scheme: dark) { :host { ${DARK} } }
    :host(.gg-dark) { ${DARK} }
    .gg-mirror {
      position: fixed; box-sizing: content-box; overflow: hidden; pointer-events: none;
      color: transparent; white-space: pre-wrap; overflow-wrap: break-word; word-break: normal;
      border-style: solid; border-color: transparent; background: transparent; margin: 0;
    }
    .gg-underline { color: transparent; text-decoration-line: underline; text-decoration-style: wavy;
      text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
    .gg-error { text-decoration-color: ${SEVERITY_COLOURS.error}; background: rgba(217, 48, 37, 0.10); }
    .gg-warning { text-decoration-color: ${SEVERITY_COLOURS.warning}; background: rgba(232, 161, 0, 0.12); }
    .gg-info { text-decoration-color: ${SEVERITY_COLOURS.info}; background: rgba(26, 115, 232, 0.08); }
    .gg-ui { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--gg-text); }
    .gg-badge {
      position: fixed; pointer-events: auto; cursor: pointer; border: 0; border-radius: 10px;
      padding: 1px 7px; font: 600 11px/16px system-ui, sans-serif; color: #fff; background: #5f6368;
      box-shadow: 0 1px 2px rgba(0,0,0,.3);
    }
    .gg-badge[hidden] { display: none; }
    .gg-live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    .gg-badge.gg-sev-error { background: ${SEVERITY_COLOURS.error}; }
    .gg-badge.gg-sev-warning { background: ${SEVERITY_COLOURS.warning}; color: #202124; }
    .gg-badge.gg-sev-info { background: ${SEVERITY_COLOURS.info}; }
    .gg-badge.gg-offline { background: var(--gg-chip); color: var(--gg-quote); font-weight: 500; }
    .gg-card, .gg-banner {
      position: fixed; pointer-events: auto; background: var(--gg-surface); color: var(--gg-text);
      border: 1px solid var(--gg-border); border-radius: 8px; box-shadow: 0 4px 16px var(--gg-shadow);
      padding: 10px 12px;
    }
    .gg-card { max-width: 360px; min-width: 240px; border-top: 3px solid var(--gg-muted); }
    .gg-card[hidden], .gg-banner[hidden] { display: none; }
    .gg-card.gg-sev-error { border-top-color: ${SEVERITY_COLOURS.error}; }
    .gg-card.gg-sev-warning { border-top-color: ${SEVERITY_COLOURS.warning}; }
    .gg-card.gg-sev-info { border-top-color: ${SEVERITY_COLOURS.info}; }
    .gg-card-title { font-weight: 600; margin: 0 22px 4px 0; }
    .gg-close {
      position: absolute; top: 4px; right: 4px; width: 22px; height: 22px; padding: 0; border: 0;
      border-radius: 4px; background: transparent; color: var(--gg-muted); cursor: pointer;
      font: 16px/22px system-ui, sans-serif;
    }
    .gg-close:hover, .gg-close:focus-visible { background: var(--gg-chip); color: var(--gg-text); }
    .gg-card-message { margin: 0 0 6px; }
    .gg-card-quote { margin: 0 0 8px; padding: 4px 8px; border-left: 3px solid var(--gg-border); color: var(--gg-quote); }
    .gg-policy { display: inline-block; margin: 0 0 8px; color: var(--gg-link); }
    .gg-actions { display: flex; gap: 6px; flex-wrap: wrap; }
    .gg-nav { display: flex; align-items: center; gap: 6px; margin: 8px 0 0; }
    .gg-nav .gg-button { padding: 4px 8px; }
    .gg-nav-where { color: var(--gg-muted); font-size: 12px; }
    .gg-button {
      font: 500 12px/1 system-ui, sans-serif; padding: 6px 10px; border-radius: 4px; cursor: pointer;
      border: 1px solid var(--gg-border); background: var(--gg-surface); color: var(--gg-link);
    }
    .gg-button.gg-primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
    .gg-button.gg-quiet { border-color: transparent; background: transparent; color: var(--gg-muted); padding: 6px 4px; }
    .gg-button.gg-quiet:hover, .gg-button.gg-quiet:focus-visible { color: var(--gg-link); text-decoration: underline; }
    .gg-change { margin: 0 0 8px; padding: 4px 8px; border-left: 3px solid var(--gg-border); overflow-wrap: anywhere; }
    .gg-change del { color: #d93025; }
    .gg-change ins { color: #188038; text-decoration: none; font-weight: 500; }
    .gg-button[disabled] { cursor: not-allowed; opacity: .55; }
    .gg-banner { border-left: 4px solid ${SEVERITY_COLOURS.error}; max-width: 520px; }
    .gg-banner-text { margin: 0 0 8px; }
    .gg-banner-note { margin: 6px 0 0; color: var(--gg-muted); font-size: 12px; }
    .gg-marker {
      position: fixed; pointer-events: auto; cursor: pointer; width: 20px; height: 20px; padding: 0;
      border: 1px solid var(--gg-border); border-radius: 50%; background: var(--gg-surface);
      color: ${SEVERITY_COLOURS.info};
      font: 700 12px/18px system-ui, sans-serif; text-align: center;
    }
  `;

  /**
   * Dark surfaces on a dark page (whatever the system prefers), for the layer `el` lives in: read
   * when a card or banner shows. The page is this frame's, where the composer is.
   * @param {HTMLElement} el
   */
  function syncTheme(el) {
    const host = /** @type {ShadowRoot} */ (el.getRootNode()).host;
    if (host) host.classList.toggle('gg-dark', pageIsDark());
  }

  /** Whether the page's own background is dark: the body's, else the root's (opaque ones). */
  function pageIsDark() {
    for (const el of [document.body, document.documentElement]) {
      if (!el) continue;
      const rgba = /rgba?\(([^)]+)\)/.exec(getComputedStyle(el).backgroundColor);
      if (!rgba) continue;
      const [r, g, b, a = 1] = rgba[1].split(',').map(Number);
      if (a < 0.5) continue;
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
    }
    return false;
  }

  /**
   * @typedef {object} Layer
   * @property {ShadowRoot} shadow
   * @property {(tag: string, className: string, text?: string) => HTMLElement} make
   * @property {(fn: () => void) => () => void} onReposition  call fn on scroll, resize and
   *   layout changes; returns the unsubscribe function
   * @property {() => void} requestReposition
   */

  /** @type {Map<Window, Layer>} this frame's layers: its own, and its overlay's */
  const layers = new Map();

  /**
   * The page's layer, created on first use: underlines, badges and markers, drawn beside what
   * they are about.
   * @returns {Layer}
   */
  function getLayer() {
    return layerIn(window);
  }

  /**
   * Where the card and the banner go: the layer of the outermost page that shares this frame's
   * origin, so a composer inside a same-origin iframe does not clip them to the frame's box. A
   * cross-origin frame cannot reach its parent: its own layer, then.
   * @returns {Layer}
   */
  function getOverlayLayer() {
    return layerIn(hostWindow());
  }

  /** The outermost window up this frame's chain whose document this script may touch. */
  function hostWindow() {
    /** @type {Window} */
    let win = window;
    while (win.parent !== win) {
      try {
        if (!win.parent.document.documentElement) break;
      } catch {
        break; // another origin
      }
      win = win.parent;
    }
    return win;
  }

  /**
   * How far this frame's viewport is from `target`'s (a window up its chain), in CSS pixels.
   * @param {Window} target
   */
  function frameOffset(target) {
    let x = 0;
    let y = 0;
    /** @type {Window} */
    let win = window;
    while (win !== target && win.frameElement) {
      const frame = win.frameElement;
      const rect = frame.getBoundingClientRect();
      const style = win.parent.getComputedStyle(frame);
      x += rect.left + frame.clientLeft + parseFloat(style.paddingLeft);
      y += rect.top + frame.clientTop + parseFloat(style.paddingTop);
      win = win.parent;
    }
    return { x, y };
  }

  /**
   * @param {Window} win  this frame's window, or one up its chain
   * @returns {Layer}
   */
  function layerIn(win) {
    const known = layers.get(win);
    if (known && known.shadow.host.isConnected) return known;
    const doc = win.document;
    const host = doc.createElement('div');
    host.setAttribute('data-gigguard-layer', '');
    host.style.cssText =
      'all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647;';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    shadow.append(style);
    doc.documentElement.append(host);

    /** @type {Set<() => void>} */
    const listeners = new Set();
    let queued = false;
    const run = () => {
      queued = false;
      for (const fn of listeners) fn();
    };
    const requestReposition = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(run);
    };
    // Capture: scroll does not bubble, and chat threads scroll inside their own containers. An
    // overlay above this frame moves when either page scrolls.
    for (const source of new Set([win, window])) {
      source.addEventListener('scroll', requestReposition, { capture: true, passive: true });
      source.addEventListener('resize', requestReposition, { passive: true });
    }

    /** @type {Layer} */
    const layer = {
      shadow,
      make(tag, className, text) {
        const el = doc.createElement(tag);
        el.className = className;
        if (text !== undefined) el.textContent = text;
        shadow.append(el);
        return el;
      },
      onReposition(fn) {
        listeners.add(fn);
        return () => listeners.delete(fn);
      },
      requestReposition,
    };
    layers.set(win, layer);
    return layer;
  }

  /**
   * Whether an element is GigGuard's own (inside the layer).
   * @param {EventTarget | null} target
   */
  function isOwn(target) {
    const node = /** @type {Node | null} */ (target);
    if (!node || typeof node.getRootNode !== 'function') return false;
    const rootNode = node.getRootNode();
    return (
      (rootNode instanceof ShadowRoot && rootNode.host.hasAttribute('data-gigguard-layer')) ||
      (node.nodeType === 1 && /** @type {Element} */ (node).hasAttribute('data-gigguard-layer'))
    );
  }

  /**
   * @param {DOMRect | DOMRectReadOnly} rect
   * @param {number} x
   * @param {number} y
   * @param {number} [slop] extra pixels around the rect that still count
   */
  function rectContains(rect, x, y, slop = 0) {
    return x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop;
  }

  /**
   * Puts a fixed element next to an anchor rect: below it, or above when there is no room.
   * @param {HTMLElement} el
   * @param {DOMRect | DOMRectReadOnly} anchor
   * @param {'below' | 'above'} [prefer]
   */
  function placeNear(el, anchor, prefer = 'below') {
    syncTheme(el);
    // The anchor is in this frame's viewport; `el` may be in a page above it (getOverlayLayer).
    const win = el.ownerDocument.defaultView || window;
    const { x, y } = frameOffset(win);
    const box = { left: anchor.left + x, top: anchor.top + y, bottom: anchor.bottom + y };
    const width = el.offsetWidth;
    const height = el.offsetHeight;
    const left = Math.max(4, Math.min(box.left, win.innerWidth - width - 4));
    const roomBelow = win.innerHeight - box.bottom;
    const below = prefer === 'below' ? roomBelow >= height + 8 || box.top < height + 8 : box.top < height + 8;
    const top = below ? box.bottom + 6 : box.top - height - 6;
    el.style.left = `${Math.round(left)}px`;
    el.style.top = `${Math.round(Math.max(4, top))}px`;
  }

  const api = { SEVERITY_COLOURS, getLayer, getOverlayLayer, isOwn, rectContains, placeNear };
  const ns = /** @type {any} */ (root.GigGuard = root.GigGuard || {});
  ns.layer = api;
})(globalThis);
