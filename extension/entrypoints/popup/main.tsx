import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Broadcast, FieldReport } from '../../lib/messages.js';
import { getSettings, isSiteEnabled, updateSettings } from '../../lib/settings.js';

/** On/off for this site, and what Rapport sees in the field the worker is writing in. */
function Popup() {
  const [tab, setTab] = useState<{ id?: number; url?: string }>();
  const [enabled, setEnabled] = useState(false);
  const [report, setReport] = useState<FieldReport | null>(null);
  useEffect(() => {
    void (async () => {
      const [t] = await browser.tabs.query({ active: true, currentWindow: true });
      setTab(t);
      setEnabled(!!t?.url && isSiteEnabled(await getSettings(), t.url));
      if (t?.id !== undefined) setReport(await browser.tabs.sendMessage(t.id, { type: 'rapport:get-report' }).catch(() => null));
    })();
    // The content script says when the focused field's findings change while the popup is open.
    const onMessage = (msg: Broadcast) => {
      if (msg?.type === 'rapport:report') setReport(msg.report);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  const origin = tab?.url ? new URL(tab.url).origin : '';
  const local = /^https?:\/\/(localhost|127\.0\.0\.1)(:|$)/.test(origin + ':');
  // Chrome's side panel opens from a user gesture in the popup; Firefox shows the sidebar.
  const openPanel = async () => {
    const api = browser as unknown as { sidePanel?: { open(o: { windowId?: number; tabId?: number }): Promise<void> }; sidebarAction?: { open(): Promise<void> } };
    if (api.sidePanel && tab?.id !== undefined) await api.sidePanel.open({ tabId: tab.id });
    else await api.sidebarAction?.open();
    window.close();
  };
  const toggle = async () => {
    if (!enabled) {
      if (!(await browser.permissions.request({ origins: [`${origin}/*`] }))) return;
      await updateSettings((s) => ({ ...s, enabledSites: [...new Set([...s.enabledSites, origin])] }));
    } else {
      await updateSettings((s) => ({ ...s, enabledSites: s.enabledSites.filter((o) => o !== origin) }));
      await browser.permissions.remove({ origins: [`${origin}/*`] });
    }
    setEnabled(!enabled);
  };
  return (
    <>
      <h1>Rapport</h1>
      <p>{enabled ? `On for ${origin}` : `Off for ${origin || 'this page'}`}</p>
      {!local && origin.startsWith('http') && <button type="button" onClick={toggle}>{enabled ? 'Turn off for this site' : 'Turn on for this site'}</button>}
      {report?.disabledReason && <p class="warn" role="status">{report.disabledReason}</p>}
      {report && !report.disabledReason && (
        <section aria-label="Focused field">
          <p>{report.count === 0 ? 'No language suggestions in the focused field.' : `${report.count} suggestion${report.count === 1 ? '' : 's'} in the focused field:`}</p>
          <ul>
            {report.findings.map((f) => (
              <li>
                “{f.text}”{f.suggestions[0] ? ` → ${f.suggestions[0]}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <button type="button" onClick={openPanel}>
          Open the side panel (stage prompts and cards)
        </button>
      </p>
      <p>Nothing you write leaves this device.</p>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
