// @ts-check
/**
 * The service worker: the only part of the extension that talks to the GigGuard service. It lints
 * drafts (POST /v1/lint), serves the site adapters (GET /v1/platforms, cached in storage, built-in
 * defaults when the service is unreachable or predates the endpoint) and reports the service's
 * status (GET /healthz). The API key stays here: content scripts never see it.
 */
import './src/messages.js';
import './src/settings.js';
import './src/adapters.js';

const G = /** @type {any} */ (globalThis).GigGuard;
const { MSG } = G.messages;
const S = G.settings;
const A = G.adapters;

/** @typedef {import('./src/messages.js').LintAnswer} LintAnswer */
/** @typedef {import('./src/messages.js').PlatformsAnswer} PlatformsAnswer */
/** @typedef {import('./src/messages.js').StatusAnswer} StatusAnswer */

async function loadSettings() {
  const stored = await chrome.storage.local.get(S.STORAGE_KEYS.settings);
  return S.normalizeSettings(stored[S.STORAGE_KEYS.settings]);
}

/**
 * @param {string} path
 * @param {RequestInit} init
 * @param {number} timeoutMs
 */
async function callService(path, init, timeoutMs) {
  const settings = await loadSettings();
  const headers = new Headers(init.headers);
  if (settings.apiKey) headers.set('Authorization', `Bearer ${settings.apiKey}`);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(settings.serviceUrl + path, {
      ...init,
      headers,
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
    });
    return { response, settings };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * @param {Response} response
 * @returns {Promise<string>} what a problem body (RFC 9457) says, or the status text
 */
async function problemDetail(response) {
  try {
    const body = await response.json();
    return String(body.detail || body.title || response.statusText);
  } catch {
    return response.statusText || `HTTP ${response.status}`;
  }
}

/**
 * @param {import('./src/messages.js').LintMessage} message
 * @returns {Promise<LintAnswer>}
 */
async function lint(message) {
  let response;
  try {
    ({ response } = await callService(
      '/v1/lint',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          text: String(message.text),
          platform: String(message.platform),
          phase: message.phase || 'pre_order',
          direction: message.direction || 'outgoing',
          ui_lang: message.ui_lang || 'en',
        }),
      },
      S.REQUEST_TIMEOUT_MS,
    ));
  } catch (error) {
    return { ok: false, offline: true, error: `GigGuard service unreachable (${String(error)})` };
  }
  if (!response.ok) {
    // 5xx and gateway errors: as good as unreachable. 4xx: refused (key, limits, platform).
    return { ok: false, offline: response.status >= 500, status: response.status, error: await problemDetail(response) };
  }
  try {
    const result = await response.json();
    if (!result || !Array.isArray(result.findings)) throw new Error('no findings in the answer');
    return { ok: true, result };
  } catch (error) {
    return { ok: false, offline: true, error: `unexpected answer from the service (${String(error)})` };
  }
}

/** @returns {Promise<PlatformsAnswer>} */
async function getPlatforms() {
  const key = S.STORAGE_KEYS.platforms;
  const settings = await loadSettings();
  const stored = /** @type {{serviceUrl: string, fetchedAt: number, body: unknown} | undefined} */ (
    (await chrome.storage.local.get(key))[key]
  );
  const cached = stored && stored.serviceUrl === settings.serviceUrl ? stored : null;
  if (cached && Date.now() - cached.fetchedAt < S.PLATFORMS_TTL_MS) {
    return { platforms: A.mergePlatforms(A.DEFAULT_PLATFORMS, cached.body), source: 'cache' };
  }
  try {
    const { response } = await callService('/v1/platforms', { method: 'GET' }, S.REQUEST_TIMEOUT_MS);
    // 404: a service from before GET /v1/platforms; remember that, use the built-in adapters.
    const body = response.ok ? await response.json() : response.status === 404 ? null : undefined;
    if (body !== undefined) {
      await chrome.storage.local.set({ [key]: { serviceUrl: settings.serviceUrl, fetchedAt: Date.now(), body } });
      return { platforms: A.mergePlatforms(A.DEFAULT_PLATFORMS, body), source: body ? 'service' : 'defaults' };
    }
  } catch {
    // Unreachable: fall through to what is known.
  }
  if (stored && stored.serviceUrl === settings.serviceUrl) {
    return { platforms: A.mergePlatforms(A.DEFAULT_PLATFORMS, stored.body), source: 'cache' };
  }
  return { platforms: A.DEFAULT_PLATFORMS, source: 'defaults' };
}

/** @returns {Promise<StatusAnswer>} */
async function getStatus() {
  const settings = await loadSettings();
  try {
    const { response } = await callService('/healthz', { method: 'GET' }, 2000);
    if (!response.ok) return { online: false, serviceUrl: settings.serviceUrl, error: await problemDetail(response) };
    const body = await response.json().catch(() => ({}));
    return { online: true, serviceUrl: settings.serviceUrl, version: body.version };
  } catch (error) {
    return { online: false, serviceUrl: settings.serviceUrl, error: String(error) };
  }
}

/** Per tab, the error count each of its frames reported: the badge shows their sum. */
/** @type {Map<number, Map<number, number>>} */
const tabErrors = new Map();

/**
 * The toolbar badge: the draft's error count in this tab, blank when there is none.
 * @param {{errors: unknown}} message
 * @param {chrome.runtime.MessageSender} sender
 */
async function reportErrors(message, sender) {
  const tabId = sender.tab && sender.tab.id;
  if (tabId === undefined) return { ok: false };
  const frames = tabErrors.get(tabId) || new Map();
  frames.set(sender.frameId || 0, Math.max(0, Math.floor(Number(message.errors)) || 0));
  tabErrors.set(tabId, frames);
  let total = 0;
  for (const count of frames.values()) total += count;
  await chrome.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  await chrome.action.setBadgeText({ tabId, text: total ? String(total) : '' });
  return { ok: true };
}

chrome.tabs.onRemoved.addListener((tabId) => tabErrors.delete(tabId));
chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') tabErrors.delete(tabId); // a new page reports afresh
});

/** @type {Record<string, (message: any, sender: chrome.runtime.MessageSender) => Promise<unknown>>} */
const handlers = {
  [MSG.LINT]: lint,
  [MSG.GET_PLATFORMS]: getPlatforms,
  [MSG.GET_STATUS]: getStatus,
  [MSG.REPORT_ERRORS]: reportErrors,
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = message && handlers[message.type];
  if (!handler) return false;
  handler(message, sender).then(sendResponse, (/** @type {unknown} */ error) =>
    sendResponse({ ok: false, offline: true, error: String(error) }),
  );
  return true; // answered asynchronously
});

chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !changes[S.STORAGE_KEYS.settings]) return;
  const before = S.normalizeSettings(changes[S.STORAGE_KEYS.settings].oldValue);
  const after = S.normalizeSettings(changes[S.STORAGE_KEYS.settings].newValue);
  // Another service may have other adapters: forget the cached ones.
  if (before.serviceUrl !== after.serviceUrl) chrome.storage.local.remove(S.STORAGE_KEYS.platforms);
});
