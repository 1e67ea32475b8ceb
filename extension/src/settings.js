// @ts-check
/**
 * The user's settings: their defaults, where they are stored, and the rules read from them
 * (which severities show, which service origins need a permission request).
 */
/**
 * @typedef {'warnings' | 'errors'} Strictness
 *   warnings: show every finding (errors, warnings, tips); errors: show errors only.
 *
 * @typedef {object} Settings
 * @property {string} serviceUrl
 * @property {string} apiKey               sent as `Authorization: Bearer …` when not empty
 * @property {Strictness} strictness
 * @property {Record<string, boolean>} sites  platform id → on/off (missing: on)
 * @property {boolean} allowSendAnyway     team policy: may a held message be sent anyway (and an
 *                                         error be dismissed)?
 * @property {Muted[]} muted                rules the seller chose not to see on a site again
 *
 * @typedef {{rule: string, site: string}} Muted
 */

(function (/** @type {any} */ root) {
  /** Wait this long after the last keystroke before asking the service (ms). */
  const DEBOUNCE_MS = 300;
  /** A lint request that takes longer counts as lost: the service is treated as offline (ms). */
  const REQUEST_TIMEOUT_MS = 4000;
  /** Adapters fetched from GET /v1/platforms are used this long before asking again (ms). */
  const PLATFORMS_TTL_MS = 60 * 60 * 1000;
  const DEFAULT_SERVICE_URL = 'http://127.0.0.1:8765';

  /** chrome.storage.local keys. */
  const STORAGE_KEYS = Object.freeze({ settings: 'settings', platforms: 'platformsCache', reports: 'falseAlarms' });
  /** At most this many rules muted, and false-alarm reports kept (the oldest go first). */
  const MAX_MUTED = 200;
  const MAX_REPORTS = 500;

  /** @type {Settings} */
  const DEFAULT_SETTINGS = Object.freeze({
    serviceUrl: DEFAULT_SERVICE_URL,
    apiKey: '',
    strictness: 'warnings',
    sites: {},
    allowSendAnyway: true,
    muted: [],
  });

  /**
   * Stored settings over the defaults; anything malformed falls back to its default.
   * @param {unknown} stored
   * @returns {Settings}
   */
  function normalizeSettings(stored) {
    const s = /** @type {Record<string, any>} */ (stored && typeof stored === 'object' ? stored : {});
    const url = typeof s.serviceUrl === 'string' ? normalizeServiceUrl(s.serviceUrl) : null;
    /** @type {Record<string, boolean>} */
    const sites = {};
    if (s.sites && typeof s.sites === 'object') {
      for (const [id, on] of Object.entries(s.sites)) if (typeof on === 'boolean') sites[id] = on;
    }
    return {
      serviceUrl: url || DEFAULT_SERVICE_URL,
      apiKey: typeof s.apiKey === 'string' ? s.apiKey.trim() : '',
      strictness: s.strictness === 'errors' ? 'errors' : 'warnings',
      sites,
      allowSendAnyway: typeof s.allowSendAnyway === 'boolean' ? s.allowSendAnyway : true,
      muted: normalizeMuted(s.muted),
    };
  }

  /**
   * @param {unknown} stored
   * @returns {Muted[]} well-formed, each once, the newest MAX_MUTED
   */
  function normalizeMuted(stored) {
    if (!Array.isArray(stored)) return [];
    /** @type {Map<string, Muted>} */
    const seen = new Map();
    for (const entry of stored) {
      if (!entry || typeof entry.rule !== 'string' || typeof entry.site !== 'string') continue;
      if (!entry.rule || entry.rule.length > 200 || entry.site.length > 100) continue;
      seen.set(`${entry.site}\u0000${entry.rule}`, { rule: entry.rule, site: entry.site });
    }
    return [...seen.values()].slice(-MAX_MUTED);
  }

  /**
   * "http://host:port/" → "http://host:port" (no trailing slash); null when not an http(s) URL.
   * @param {string} value
   * @returns {string | null}
   */
  function normalizeServiceUrl(value) {
    let url;
    try {
      url = new URL(value.trim());
    } catch {
      return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username || url.password || url.search || url.hash) return null;
    return (url.origin + url.pathname).replace(/\/+$/, '');
  }

  /**
   * Whether the manifest's own host permissions already cover this service (loopback addresses),
   * so no optional permission needs to be requested.
   * @param {string} serviceUrl
   */
  function isLoopbackService(serviceUrl) {
    try {
      const host = new URL(serviceUrl).hostname;
      return host === '127.0.0.1' || host === 'localhost';
    } catch {
      return false;
    }
  }

  /**
   * The optional host permission a custom service needs ("https://lint.example.com/*").
   * @param {string} serviceUrl
   */
  function originPattern(serviceUrl) {
    const url = new URL(serviceUrl);
    return `${url.protocol}//${url.hostname}/*`;
  }

  /**
   * @param {Strictness} strictness
   * @returns {Set<string>} the severities shown
   */
  function shownSeverities(strictness) {
    return new Set(strictness === 'errors' ? ['error'] : ['error', 'warning', 'info']);
  }

  /**
   * @param {Settings} settings
   * @param {string} platformId
   */
  function siteEnabled(settings, platformId) {
    return settings.sites[platformId] !== false;
  }

  /**
   * Whether the seller may dismiss a finding of this severity (Ignore, Don't flag here again):
   * warnings and tips always; errors only where the team lets a held message be sent anyway.
   * @param {Settings} settings
   * @param {string} severity
   */
  function mayDismiss(settings, severity) {
    return severity !== 'error' || settings.allowSendAnyway;
  }

  /**
   * @param {Settings} settings
   * @param {string} site  platform id
   * @param {string} rule
   */
  function isMuted(settings, site, rule) {
    return settings.muted.some((m) => m.site === site && m.rule === rule);
  }

  const api = {
    DEBOUNCE_MS,
    REQUEST_TIMEOUT_MS,
    PLATFORMS_TTL_MS,
    DEFAULT_SERVICE_URL,
    STORAGE_KEYS,
    DEFAULT_SETTINGS,
    normalizeSettings,
    normalizeServiceUrl,
    isLoopbackService,
    originPattern,
    shownSeverities,
    siteEnabled,
    mayDismiss,
    isMuted,
    normalizeMuted,
    MAX_MUTED,
    MAX_REPORTS,
  };
  const ns = /** @type {any} */ (root.GigGuard = root.GigGuard || {});
  ns.settings = api;
  // @ts-ignore -- CommonJS for node --test only
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
