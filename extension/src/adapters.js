// @ts-check
/**
 * Site adapters: which marketplace a URL belongs to, and where its chat lives. The service's
 * GET /v1/platforms is the source of truth (a marketplace's markup change is fixed there, without
 * an extension release); DEFAULT_PLATFORMS is a copy of rules/<platform>/pack.yml `adapter:` for
 * when the service is unreachable or predates that endpoint. e2e/test_drift.py keeps the two equal.
 */
(function (/** @type {any} */ root) {
  /** @typedef {import('./messages.js').Platform} Platform */
  /** @typedef {import('./messages.js').Adapter} Adapter */
  /** @typedef {import('./messages.js').Phase} Phase */

  /** @type {Platform[]} */
  const DEFAULT_PLATFORMS = [
    {
      id: '99designs',
      title: '99designs',
      adapter: {
        matches: ['https://99designs.com/*', 'https://en.99designs.de/*', 'https://99designs.co.uk/*'],
        composer: [
          'textarea[name="message"]',
          '.message-composer textarea',
          '.message-composer [contenteditable="true"]',
        ],
        send_button: ['.message-composer button[type="submit"]'],
        incoming_messages: ['.message-thread .message--received'],
        in_order: ['https://99designs.com/projects/*'],
      },
    },
    {
      id: 'fiverr',
      title: 'Fiverr',
      adapter: {
        matches: [
          'https://www.fiverr.com/inbox/*',
          'https://www.fiverr.com/orders/*',
          'https://www.fiverr.com/users/*/manage_orders*',
          'https://www.fiverr.com/*',
        ],
        composer: [
          'textarea[data-testid="message-input"]',
          'div[data-testid="message-input"][contenteditable="true"]',
          '.message-box textarea',
          'div[role="textbox"][contenteditable="true"]',
        ],
        send_button: ['button[data-testid="send-message-button"]', '.message-box button[type="submit"]'],
        incoming_messages: [
          '[data-testid="message-item"][data-direction="incoming"]',
          '.message-flow .message.received',
        ],
        in_order: ['https://www.fiverr.com/orders/*', 'https://www.fiverr.com/users/*/manage_orders/*'],
      },
    },
    {
      id: 'freelancer',
      title: 'Freelancer.com',
      adapter: {
        matches: [
          'https://www.freelancer.com/messages/*',
          'https://www.freelancer.com/projects/*',
          'https://www.freelancer.com/*',
        ],
        composer: [
          'textarea[fltrackinglabel="MessageInput"]',
          'fl-textarea textarea',
          'app-messaging-input textarea',
        ],
        send_button: [
          'button[fltrackinglabel="SendMessage"]',
          'app-messaging-input button[type="submit"]',
        ],
        incoming_messages: ['app-message-item[data-incoming="true"]', '.MessageItem--incoming'],
        in_order: [
          'https://www.freelancer.com/projects/*/*/payments*',
          'https://www.freelancer.com/projects/*/*/tasklist*',
        ],
      },
    },
    {
      id: 'guru',
      title: 'Guru',
      adapter: {
        matches: ['https://www.guru.com/workroom/*', 'https://www.guru.com/inbox/*', 'https://www.guru.com/*'],
        composer: [
          'textarea#messageText',
          '.workroom-message textarea',
          '.message-editor [contenteditable="true"]',
        ],
        send_button: ['.workroom-message button[type="submit"]', 'button#sendMessage'],
        incoming_messages: ['.message-list .message.theirs'],
        in_order: ['https://www.guru.com/workroom/*'],
      },
    },
    {
      id: 'peopleperhour',
      title: 'PeoplePerHour',
      adapter: {
        matches: ['https://www.peopleperhour.com/dashboard/*', 'https://www.peopleperhour.com/*'],
        composer: [
          'textarea#workstream-message',
          '.workstream-composer textarea',
          '.workstream-composer [contenteditable="true"]',
        ],
        send_button: ['.workstream-composer button[type="submit"]'],
        incoming_messages: ['.workstream-message.from-other', '.stream-item.incoming'],
        in_order: ['https://www.peopleperhour.com/dashboard/workstream/*'],
      },
    },
    {
      id: 'upwork',
      title: 'Upwork',
      adapter: {
        matches: [
          'https://www.upwork.com/ab/messages/*',
          'https://www.upwork.com/nx/messages/*',
          'https://www.upwork.com/*',
        ],
        composer: [
          'div[data-test="composer"] [contenteditable="true"]',
          'textarea[data-test="message-input"]',
          '.up-composer [contenteditable="true"]',
        ],
        send_button: ['button[data-test="send-button"]', '.up-composer button[type="submit"]'],
        incoming_messages: ['[data-test="message"][data-sender="other"]', '.up-message.incoming'],
        in_order: ['https://www.upwork.com/nx/wm/workroom/*', 'https://www.upwork.com/ab/workroom/*'],
      },
    },
  ];

  const ADAPTER_KEYS = /** @type {const} */ (['matches', 'composer', 'send_button', 'incoming_messages', 'in_order']);

  /**
   * A Chrome match pattern ("https://*.example.com/path*") as a RegExp over a whole URL, or null
   * when the pattern is malformed. Semantics as in
   * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
   * @param {string} pattern
   * @returns {RegExp | null}
   */
  function matchPatternToRegExp(pattern) {
    if (pattern === '<all_urls>') return /^(https?|file|ftp):\/\//;
    const parts = /^(\*|https?|file|ftp|wss?):\/\/([^/]*)(\/.*)$/.exec(pattern);
    if (!parts) return null;
    const [, scheme, host, path] = parts;
    const escape = (/** @type {string} */ s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    const schemeRe = scheme === '*' ? 'https?' : escape(scheme);
    let hostRe;
    if (host === '*') hostRe = '[^/:]+';
    else if (host.startsWith('*.')) hostRe = `(?:[^/:]+\\.)?${escape(host.slice(2))}`;
    else if (host.includes('*')) return null;
    else hostRe = escape(host);
    const pathRe = path.split('*').map(escape).join('.*');
    // The port is never part of a pattern's host: any port matches.
    return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`);
  }

  /**
   * @param {string} pattern
   * @param {string} url
   */
  function urlMatches(pattern, url) {
    const re = matchPatternToRegExp(pattern);
    if (!re) return false;
    let normalized;
    try {
      const u = new URL(url);
      normalized = `${u.protocol}//${u.host}${u.pathname}${u.search}`;
    } catch {
      return false;
    }
    return re.test(normalized);
  }

  /**
   * The platform whose adapter matches the URL first, or null on an unsupported page.
   * @param {Platform[]} platforms
   * @param {string} url
   * @returns {Platform | null}
   */
  function platformForUrl(platforms, url) {
    for (const platform of platforms) {
      if (platform.adapter.matches.some((pattern) => urlMatches(pattern, url))) return platform;
    }
    return null;
  }

  /**
   * The phase a page's conversation is in: "in_order" when the URL matches one of the platform's
   * `in_order` patterns (pages inside an order or contract), else "pre_order". The service grades
   * the same finding differently by phase (a Skype id is an error before a Fiverr order, a warning
   * inside one).
   * @param {Platform | null} platform
   * @param {string} url
   * @returns {Phase}
   */
  function phaseForUrl(platform, url) {
    const patterns = platform && Array.isArray(platform.adapter.in_order) ? platform.adapter.in_order : [];
    return patterns.some((pattern) => urlMatches(pattern, url)) ? 'in_order' : 'pre_order';
  }

  /**
   * The phase of a page that can change without a page load (single-page navigation, or adapters
   * from the service replacing the built-in ones): `update` recomputes it and says whether it
   * changed, so drafts already checked can be checked again in the new phase.
   * @param {Platform | null} platform
   * @param {string} url
   */
  function createPhaseTracker(platform, url) {
    let current = phaseForUrl(platform, url);
    let lastPlatform = platform;
    let lastUrl = url;
    return {
      /** @returns {Phase} */
      get phase() {
        return current;
      },
      /**
       * @param {Platform | null} nextPlatform
       * @param {string} nextUrl
       * @returns {boolean} whether the phase changed
       */
      update(nextPlatform, nextUrl) {
        if (nextPlatform === lastPlatform && nextUrl === lastUrl) return false;
        lastPlatform = nextPlatform;
        lastUrl = nextUrl;
        const next = phaseForUrl(nextPlatform, nextUrl);
        if (next === current) return false;
        current = next;
        return true;
      },
    };
  }

  /**
   * Platforms from GET /v1/platforms over the defaults: the service's adapter wins per platform and
   * per key; a platform only the service knows is added; malformed entries are skipped.
   * @param {Platform[]} defaults
   * @param {unknown} body  the response body of GET /v1/platforms
   * @returns {Platform[]}
   */
  function mergePlatforms(defaults, body) {
    /** @type {Map<string, Platform>} */
    const byId = new Map(defaults.map((p) => [p.id, p]));
    const listed = body && typeof body === 'object' ? /** @type {any} */ (body).platforms : null;
    if (!Array.isArray(listed)) return [...byId.values()];
    for (const entry of listed) {
      if (!entry || typeof entry.id !== 'string' || !entry.adapter || typeof entry.adapter !== 'object') {
        continue;
      }
      const base = byId.get(entry.id);
      /** @type {Adapter} */
      const adapter = {
        matches: base ? base.adapter.matches : [],
        composer: base ? base.adapter.composer : [],
        send_button: base ? base.adapter.send_button : [],
        incoming_messages: base ? base.adapter.incoming_messages : [],
        // A platform without in_order patterns (or a service from before them): always pre_order.
        in_order: base ? base.adapter.in_order : [],
      };
      for (const key of ADAPTER_KEYS) {
        const value = entry.adapter[key];
        if (Array.isArray(value) && value.every((s) => typeof s === 'string')) adapter[key] = value;
      }
      byId.set(entry.id, {
        id: entry.id,
        title: typeof entry.title === 'string' ? entry.title : base ? base.title : entry.id,
        ruleset: typeof entry.ruleset === 'string' ? entry.ruleset : undefined,
        adapter,
      });
    }
    return [...byId.values()];
  }

  const api = {
    DEFAULT_PLATFORMS,
    matchPatternToRegExp,
    urlMatches,
    platformForUrl,
    phaseForUrl,
    createPhaseTracker,
    mergePlatforms,
  };
  const ns = /** @type {any} */ (root.GigGuard = root.GigGuard || {});
  ns.adapters = api;
  // @ts-ignore -- CommonJS for node --test only
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
