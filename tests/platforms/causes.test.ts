import { describe, expect, it } from 'vitest';
import { captureOf, refusalOf } from '../helpers/captures';

const capture = (url: string, html: string, payloads: { url: string; body: unknown }[] = []) => captureOf(url, html, payloads);
const refusal = refusalOf;

// Each refusal is one sentence that names what happened and what to do; the layout is blamed last.
describe('a page with no creator to score says why', () => {
  it('not a creator\'s page', () => {
    const e = refusal(capture('https://www.instagram.com/explore/', '<html><body><main></main></body></html>'));
    expect([e.reason, e.message]).toEqual(['not-a-profile', "This Instagram page is not a creator's page. Open a creator's profile, post or video and try again."]);
  });

  it('a login wall', () => {
    const e = refusal(capture('https://www.instagram.com/accounts/login/', '<html><body><form id="loginForm"><input name="username" type="text"></form></body></html>'));
    expect(e.reason).toBe('not-a-profile');
    const wall = refusal(capture('https://www.instagram.com/wren.wears.again/', '<html><body><form id="loginForm"><input name="username" type="text"></form></body></html>'));
    expect([wall.reason, wall.message]).toEqual(['logged-out', 'Instagram is showing a login wall instead of the creator. Log in and score again.']);
  });

  it('comments that do not say whose they are', () => {
    // The first comments page of a watch page (2026), read before the page's own data arrived: its sort
    // menu's tokens name the video (Eg0SC… = this video's id), but nothing names its channel.
    const token = 'Eg0SC2FiY2RlZmdoaWprGAYyEyIRIgthYmNkZWZnaGlqazAAeAJCEGNvbW1lbnRzLXNlY3Rpb24%3D';
    const header = { commentsHeaderRenderer: { countText: { runs: [{ text: '1' }, { text: ' Comment' }] }, sortMenu: { sortFilterSubMenuRenderer: { subMenuItems: [{ title: 'Top', serviceEndpoint: { continuationCommand: { token, request: 'CONTINUATION_REQUEST_TYPE_WATCH_NEXT' } } }] } } } };
    const thread = { commentThreadRenderer: { renderingPriority: 'RENDERING_PRIORITY_UNKNOWN', commentViewModel: { commentViewModel: { commentKey: 'ck1', commentId: 'c1' } } } };
    const comment = { commentEntityPayload: { key: 'ck1', properties: { content: { content: 'great video' }, publishedTime: '2 days ago', commentId: 'c1' }, author: { displayName: '@fan.one', channelId: 'UCaaaaaaaaaaaaaaaaaaaaaa' } } };
    const body = {
      onResponseReceivedEndpoints: [{ reloadContinuationItemsCommand: { targetId: 'comments-section', continuationItems: [header] } }, { reloadContinuationItemsCommand: { targetId: 'comments-section', continuationItems: [thread] } }],
      frameworkUpdates: { entityBatchUpdate: { mutations: [{ entityKey: 'ck1', payload: comment }] } },
    };
    const e = refusal(capture('https://www.youtube.com/watch?v=abcdefghijk', '<html><body></body></html>', [{ url: 'https://www.youtube.com/youtubei/v1/next', body }]));
    expect([e.reason, e.message]).toEqual(['no-creator', "This YouTube page shows comments but does not say whose they are. Open the creator's profile or the post itself and score again."]);
  });

  it('the layout is blamed only when nothing else explains an empty page', () => {
    const e = refusal(capture('https://www.tiktok.com/@someone', '<html><body><div id="app"></div></body></html>'));
    expect([e.reason, e.message]).toEqual(['layout-changed', "Couldn't read anything about @someone on this TikTok page (followers, posts) — it may still be loading, or the page layout may have changed. Reload and try again."]);
  });

  it('still loading another creator\'s profile', () => {
    const html = '<html><head><link rel="canonical" href="https://www.tiktok.com/@first.creator"></head><body></body></html>';
    const e = refusal(capture('https://www.tiktok.com/@second.creator', html));
    expect([e.reason, e.message]).toEqual(['still-loading', 'The page is still loading this profile: it still shows https://www.tiktok.com/@first.creator, not @second.creator. Wait a moment and score again.']);
  });
});
