// @ts-check
/**
 * Every message between the service worker, the content scripts, the popup and the options page:
 * the type constants, their payloads and answers. Nothing else sends messages.
 *
 *   content script ── LINT ───────────► service worker ── POST /v1/lint ──► service
 *   content script ── GET_PLATFORMS ──► service worker ── GET /v1/platforms (cached)
 *   popup, options ── GET_STATUS ─────► service worker ── GET /healthz
 *   popup ─────────── GET_DRAFT_STATE ► content script of the active tab (chrome.tabs.sendMessage)
 *   content script ── REPORT_ERRORS ──► service worker ── the tab's toolbar badge
 *
 * Loaded three ways: as a classic content script (listed first in manifest content_scripts.js), by
 * `import` in the service worker and the extension pages (for its side effect on globalThis.GigGuard),
 * and by `require` in node --test.
 */
/**
 * @typedef {'error' | 'warning' | 'info'} Severity
 * @typedef {'outgoing' | 'incoming'} Direction
 * @typedef {'pre_order' | 'in_order'} Phase
 *
 * @typedef {object} Policy
 * @property {string} platform
 * @property {string} title
 * @property {string} url
 *
 * A finding as POST /v1/lint returns it. Offsets are UTF-16 code units, end exclusive.
 * @typedef {object} Finding
 * @property {string} rule
 * @property {string} category
 * @property {Severity} severity
 * @property {number} start
 * @property {number} end
 * @property {string} message
 * @property {string | null} value
 * @property {Policy | null} policy
 * @property {string | null} replacement
 * @property {number} replacement_start
 * @property {number} replacement_end
 *
 * @typedef {object} LintResult
 * @property {Finding[]} findings
 * @property {string | null} rewrite
 * @property {string} [ruleset]
 * @property {string} [reply]  only for direction "incoming"
 *
 * @typedef {object} Adapter
 * @property {string[]} matches            Chrome match patterns of the site's chat pages
 * @property {string[]} composer           CSS selectors of the chat composer
 * @property {string[]} send_button        CSS selectors of the send button
 * @property {string[]} incoming_messages  CSS selectors of the buyer's messages
 * @property {string[]} in_order           Chrome match patterns of pages inside an order or
 *                                         contract: drafts there are linted as phase "in_order"
 *
 * @typedef {object} Platform
 * @property {string} id
 * @property {string} title
 * @property {string} [ruleset]
 * @property {Adapter} adapter
 */

/**
 * content script → worker. Answer: {@link LintAnswer}.
 * @typedef {object} LintMessage
 * @property {string} type  MSG.LINT
 * @property {string} text
 * @property {string} platform
 * @property {Phase} [phase]
 * @property {Direction} [direction]
 * @property {string} [ui_lang]  the browser's interface language, for explanations in it
 *
 * `offline`: the service could not be reached (network error or time-out): never block sending.
 * `status`: the HTTP status of a refused request (401 bad key, 422 unknown platform, …).
 * @typedef {{ok: true, result: LintResult} | {ok: false, offline: boolean, status?: number, error: string}} LintAnswer
 *
 * content script, popup → worker. Answer: {@link PlatformsAnswer}.
 * @typedef {{type: string}} GetPlatformsMessage
 * `source`: where the adapters came from this time.
 * @typedef {{platforms: Platform[], source: 'service' | 'cache' | 'defaults'}} PlatformsAnswer
 *
 * popup, options → worker. Answer: {@link StatusAnswer}.
 * @typedef {{type: string}} GetStatusMessage
 * @typedef {{online: boolean, serviceUrl: string, version?: string, error?: string}} StatusAnswer
 *
 * popup → content script of the active tab. Answer: {@link DraftState}.
 * @typedef {{type: string}} GetDraftStateMessage
 * @typedef {object} DraftState
 * @property {string | null} platform   the supported site this page belongs to
 * @property {boolean} enabled          GigGuard is on for this site
 * @property {boolean} attached         a composer is being watched
 * @property {boolean} offline          the last request could not reach the service
 * @property {{error: number, warning: number, info: number}} counts  findings in the current draft
 */

(function (/** @type {any} */ root) {
  /** @enum {string} */
  const MSG = Object.freeze({
    LINT: 'gigguard:lint',
    GET_PLATFORMS: 'gigguard:get-platforms',
    GET_STATUS: 'gigguard:get-status',
    GET_DRAFT_STATE: 'gigguard:get-draft-state',
    REPORT_ERRORS: 'gigguard:report-errors',
  });

  /**
   * @param {string} text
   * @param {string} platform
   * @param {Direction} [direction]
   * @param {Phase} [phase]
   * @param {string} [uiLang]  the interface language (chrome.i18n.getUILanguage())
   * @returns {LintMessage}
   */
  function lintMessage(text, platform, direction = 'outgoing', phase = 'pre_order', uiLang = 'en') {
    return { type: MSG.LINT, text, platform, direction, phase, ui_lang: uiLang };
  }

  const api = { MSG, lintMessage };
  const ns = /** @type {any} */ (root.GigGuard = root.GigGuard || {});
  ns.messages = api;
  // @ts-ignore -- CommonJS for node --test only
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
