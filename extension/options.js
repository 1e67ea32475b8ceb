// @ts-check
/**
 * The options page: service URL and API key, strictness, per-site switches and the team's
 * "send anyway" policy. A service outside this computer needs an optional host permission,
 * requested here (inside the click, as Chrome requires a user gesture).
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

const $ = (/** @type {string} */ id) => /** @type {HTMLInputElement} */ (document.getElementById(id));

async function load() {
  const stored = await chrome.storage.local.get(S.STORAGE_KEYS.settings);
  /** @type {import('./src/settings.js').Settings} */
  const settings = S.normalizeSettings(stored[S.STORAGE_KEYS.settings]);
  $('service-url').value = settings.serviceUrl;
  $('api-key').value = settings.apiKey;
  $(`strictness-${settings.strictness}`).checked = true;
  $('allow-send-anyway').checked = settings.allowSendAnyway;
  const sites = /** @type {HTMLElement} */ (document.getElementById('sites'));
  for (const platform of G.adapters.DEFAULT_PLATFORMS) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'site';
    box.value = platform.id;
    box.id = `site-${platform.id}`;
    box.checked = S.siteEnabled(settings, platform.id);
    label.append(box, ` ${platform.title}`);
    sites.append(label);
  }
  document.body.dataset.loaded = 'true';
  showStatus();
}

async function showStatus() {
  const el = /** @type {HTMLElement} */ (document.getElementById('service-status'));
  /** @type {import('./src/messages.js').StatusAnswer} */
  const status = await chrome.runtime.sendMessage({ type: MSG.GET_STATUS });
  el.dataset.state = status.online ? 'online' : 'offline';
  el.textContent = status.online
    ? status.version
      ? t('optionsConnectedVersion', status.serviceUrl, status.version)
      : t('optionsConnected', status.serviceUrl)
    : t('serviceOffline', status.serviceUrl);
}

/** @param {SubmitEvent} event */
async function save(event) {
  event.preventDefault();
  const saved = /** @type {HTMLElement} */ (document.getElementById('saved'));
  const serviceUrl = S.normalizeServiceUrl($('service-url').value);
  if (!serviceUrl) {
    saved.textContent = t('optionsBadUrl');
    return;
  }
  if (!S.isLoopbackService(serviceUrl)) {
    const origins = [S.originPattern(serviceUrl)];
    const granted = (await chrome.permissions.contains({ origins })) || (await chrome.permissions.request({ origins }));
    if (!granted) {
      saved.textContent = t('optionsNeedPermission', new URL(serviceUrl).origin);
      return;
    }
  }
  /** @type {Record<string, boolean>} */
  const sites = {};
  for (const box of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('input[name="site"]'))) {
    sites[box.value] = box.checked;
  }
  const strictness = /** @type {HTMLInputElement | null} */ (document.querySelector('input[name="strictness"]:checked'));
  const settings = S.normalizeSettings({
    serviceUrl,
    apiKey: $('api-key').value,
    strictness: strictness ? strictness.value : 'warnings',
    sites,
    allowSendAnyway: $('allow-send-anyway').checked,
  });
  await chrome.storage.local.set({ [S.STORAGE_KEYS.settings]: settings });
  $('service-url').value = settings.serviceUrl;
  saved.textContent = t('optionsSaved');
  showStatus();
}

/** @type {HTMLFormElement} */ (document.getElementById('options')).addEventListener('submit', save);
load();
