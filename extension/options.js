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
  // Muted rules are kept: this form does not show them (the list below it does).
  const before = S.normalizeSettings((await chrome.storage.local.get(S.STORAGE_KEYS.settings))[S.STORAGE_KEYS.settings]);
  const settings = S.normalizeSettings({
    muted: before.muted,
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

/**
 * The false-alarm reports as the corpus format's JSON lines (README, "Corpus format"): what the
 * preview shows is exactly what an export writes.
 * @param {any[]} reports
 */
function reportLines(reports) {
  return reports
    .map((r, i) =>
      JSON.stringify({
        id: `false-alarm-${String(i + 1).padStart(3, '0')}`,
        text: r.text,
        platform: r.platform,
        phase: r.phase,
        direction: r.direction,
        labels: r.labels,
        false_alarm: r.false_alarm,
        reported_at: r.reported_at,
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** Muted rules, each with its undo, and the reports with their preview, export and delete. */
async function showDismissals() {
  const stored = await chrome.storage.local.get([S.STORAGE_KEYS.settings, S.STORAGE_KEYS.reports]);
  const settings = S.normalizeSettings(stored[S.STORAGE_KEYS.settings]);
  const list = $('muted');
  list.replaceChildren();
  const titles = new Map(G.adapters.DEFAULT_PLATFORMS.map((/** @type {any} */ p) => [p.id, p.title]));
  for (const entry of settings.muted) {
    const item = document.createElement('li');
    const undo = document.createElement('button');
    undo.type = 'button';
    undo.className = 'unmute';
    undo.textContent = t('optionsUnmute');
    undo.addEventListener('click', async () => {
      const latest = S.normalizeSettings((await chrome.storage.local.get(S.STORAGE_KEYS.settings))[S.STORAGE_KEYS.settings]);
      latest.muted = latest.muted.filter((m) => m.rule !== entry.rule || m.site !== entry.site);
      await chrome.storage.local.set({ [S.STORAGE_KEYS.settings]: latest });
      showDismissals();
    });
    item.append(t('optionsMutedEntry', entry.rule, titles.get(entry.site) || entry.site), ' ', undo);
    list.append(item);
  }
  $('muted-none').hidden = settings.muted.length > 0;
  const reports = Array.isArray(stored[S.STORAGE_KEYS.reports]) ? stored[S.STORAGE_KEYS.reports] : [];
  const lines = reportLines(reports);
  $('reports-count').textContent = reports.length ? t('optionsReportsCount', reports.length) : t('optionsReportsNone');
  $('reports-preview').value = lines;
  $('reports-preview').hidden = !reports.length;
  $('export-reports').hidden = !reports.length;
  $('delete-reports').hidden = !reports.length;
}

$('export-reports').addEventListener('click', async () => {
  const stored = await chrome.storage.local.get(S.STORAGE_KEYS.reports);
  const reports = Array.isArray(stored[S.STORAGE_KEYS.reports]) ? stored[S.STORAGE_KEYS.reports] : [];
  const url = URL.createObjectURL(new Blob([reportLines(reports)], { type: 'application/x-ndjson' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'gigguard-false-alarms.jsonl';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
});
$('delete-reports').addEventListener('click', async () => {
  await chrome.storage.local.remove(S.STORAGE_KEYS.reports);
  showDismissals();
});
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (changes[S.STORAGE_KEYS.reports] || changes[S.STORAGE_KEYS.settings])) showDismissals();
});

/** @type {HTMLFormElement} */ (document.getElementById('options')).addEventListener('submit', save);
load();
showDismissals();
