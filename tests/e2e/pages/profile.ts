import type { Locator, Page } from 'playwright-core';
import type { Harness } from '../harness';
import type { Sample } from '../samples';

/**
 * A platform page in a tab, with Microscope's on-page Score button. Its shadow root is closed (page
 * scripts cannot reach it), so Playwright clicks the host, whose box is the button, and the result
 * line is read through the DevTools protocol, which pierces closed roots as a person's eyes do.
 */
export class ProfilePage {
  private constructor(readonly page: Page, private readonly h: Harness) {}

  static async open(h: Harness, sample: Sample): Promise<ProfilePage> {
    const profile = new ProfilePage(await h.context.newPage(), h);
    await profile.goto(sample);
    return profile;
  }

  /**
   * A full navigation of the same tab to another sample profile. A sample with payloads fetches
   * them after load, so wait for the network to settle; the others are whole once loaded.
   */
  async goto(sample: Sample): Promise<void> {
    this.h.serve(sample);
    await this.page.goto(sample.url);
    await this.page.waitForLoadState(sample.payloads.length > 0 ? 'networkidle' : 'load');
  }

  /** An in-page (SPA) navigation, as the sites do it: history.pushState, no reload. */
  async pushState(path: string): Promise<void> {
    await this.page.evaluate((p) => history.pushState({}, '', p), path);
  }

  /** The button's host element; the button fills it until a result line shows below. */
  get scoreButton(): Locator {
    return this.page.locator('microscope-score');
  }

  /** Marks the current button host, so a test can tell a re-added button from the old one. */
  async markButton(): Promise<void> {
    await this.page.locator('microscope-score').evaluate((el) => el.setAttribute('data-old', ''));
  }

  buttonHosts(): Promise<{ total: number; old: number }> {
    return this.page.evaluate(() => ({
      total: document.querySelectorAll('microscope-score').length,
      old: document.querySelectorAll('microscope-score[data-old]').length,
    }));
  }

  /** Clicks Score and returns the one-line result the button shows. */
  async clickScore(): Promise<string> {
    await this.scoreButton.click();
    const deadline = Date.now() + 10_000;
    for (;;) {
      const text = (await this.shadowText('.result')).trim();
      if (text || Date.now() > deadline) return text;
      await this.page.waitForTimeout(100);
    }
  }

  /** Text inside the button's closed shadow root, found by class ("result"), read over CDP. */
  async shadowText(selector: `.${string}`): Promise<string> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const node = findInShadow(root as CdpNode, selector.slice(1));
      if (!node) return '';
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { return this.textContent; }', returnByValue: true });
      return String(result.value ?? '');
    } finally {
      await cdp.detach();
    }
  }

  /** The page's own scripts got their data: the samples print "…went wrong… try again" when a fetch of theirs fails. */
  async showsOwnData(): Promise<boolean> {
    return !/went wrong|try again/i.test(await this.page.locator('body').innerText());
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

interface CdpNode { localName?: string; attributes?: string[]; backendNodeId: number; children?: CdpNode[]; shadowRoots?: CdpNode[] }

/** The first element with `className` inside the shadow root of the Score button's host. */
function findInShadow(node: CdpNode, className: string, inHost = false): CdpNode | null {
  const classes = node.attributes?.[(node.attributes.indexOf('class') + 1) || -1]?.split(/\s+/) ?? [];
  if (inHost && node.attributes?.includes('class') && classes.includes(className)) return node;
  const host = inHost || node.localName === 'microscope-score';
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findInShadow(child, className, host);
    if (found) return found;
  }
  return null;
}
