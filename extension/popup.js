// @ts-check
/**
 * The popup: the service's status, GigGuard on or off for the active tab's marketplace, and the
 * counts of findings in the draft being typed there (asked of that tab's content script).
 */
import './src/messages.js';
import './src/i18n.js';
import './src/settings.js';
import './src/adapters.js';

const G = /** @type {any} */ (globalThis).GigGuard;
const { MSG } = G.messages;
const S = G.settings;
const { t, plural } = G.i18n;
G.i18n.localizePage(document);

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

async function showStatus() {
  const el = $('service-status');
  /** @type {import('./src/messages.js').StatusAnswer} */
  const status = await chrome.runtime.sendMessage({ type: MSG.GET_STATUS });
  el.dataset.state = status.online ? 'online' : 'offline';
  el.textContent = status.online
    ? status.version
      ? t('popupOnlineVersion', status.version, status.serviceUrl)
      : t('popupOnline', status.serviceUrl)
    : t('popupOffline', status.serviceUrl);
}

/**
 * @param {{error: number, warning: number, info: number}} counts
 */
function describeCounts(counts) {
  const parts = [];
  if (counts.error) parts.push(plural('countErrors', counts.error));
  if (counts.warning) parts.push(plural('countWarnings', counts.warning));
  if (counts.info) parts.push(plural('countTips', counts.info));
  return parts.length ? parts.join(', ') : t('popupNoProblems');
}

async function showSite() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (!tab || !tab.url || tab.id === undefined) return;
  /** @type {import('./src/messages.js').PlatformsAnswer} */
  const answer = await chrome.runtime.sendMessage({ type: MSG.GET_PLATFORMS });
  const platform = G.adapters.platformForUrl(answer.platforms, tab.url);
  if (!platform) return;
  const stored = await chrome.storage.local.get(S.STORAGE_KEYS.settings);
  const settings = S.normalizeSettings(stored[S.STORAGE_KEYS.settings]);
  $('site-name').textContent = platform.title;
  const toggle = /** @type {HTMLInputElement} */ ($('site-toggle'));
  toggle.checked = S.siteEnabled(settings, platform.id);
  $('site-toggle-label').hidden = false;
  toggle.addEventListener('change', async () => {
    const latest = S.normalizeSettings((await chrome.storage.local.get(S.STORAGE_KEYS.settings))[S.STORAGE_KEYS.settings]);
    latest.sites = { ...latest.sites, [platform.id]: toggle.checked };
    await chrome.storage.local.set({ [S.STORAGE_KEYS.settings]: latest });
  });
  try {
    /** @type {import('./src/messages.js').DraftState | undefined} */
    const state = await chrome.tabs.sendMessage(tab.id, { type: MSG.GET_DRAFT_STATE });
    if (state && state.attached) {
      $('draft-counts').textContent = state.offline ? t('popupNotChecked') : describeCounts(state.counts);
    }
  } catch {
    // No frame of the tab has a composer attached: keep the default text.
  }
}

showStatus();
showSite();
