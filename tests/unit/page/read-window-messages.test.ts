import { describe, expect, it } from 'vitest';
import { readWindowRequestOf, stopRequestOf } from '@/lib/page/page-messages';

describe('the content script checks read-window messages by hand', () => {
  it('takes a well-formed read-window, trimming the campaign as the background would', () => {
    expect(readWindowRequestOf({ type: 'read-window', payload: { days: 60, campaign: ' Spring ', requestId: 'ab-1' } })).toEqual({ days: 60, campaign: 'Spring', requestId: 'ab-1' });
    expect(readWindowRequestOf({ type: 'read-window', payload: { days: 90, campaign: null, requestId: 'x' } })).toEqual({ days: 90, campaign: null, requestId: 'x' });
  });
  it('refuses any other window, a missing or long request id, a long campaign, or another type', () => {
    for (const payload of [{ days: 45, requestId: 'x' }, { days: 60 }, { days: 60, requestId: 'x'.repeat(41) }, { days: 60, requestId: 'x', campaign: 'c'.repeat(121) }, { days: '60', requestId: 'x' }]) {
      expect(readWindowRequestOf({ type: 'read-window', payload })).toBeNull();
    }
    expect(readWindowRequestOf({ type: 'read-page', payload: { days: 60, requestId: 'x' } })).toBeNull();
    expect(readWindowRequestOf(null)).toBeNull();
  });
  it('takes a stop only with its request id', () => {
    expect(stopRequestOf({ type: 'stop-reading', payload: { requestId: 'ab-1' } })).toBe('ab-1');
    expect(stopRequestOf({ type: 'stop-reading', payload: {} })).toBeNull();
    expect(stopRequestOf({ type: 'read-window', payload: { requestId: 'ab-1' } })).toBeNull();
  });
});
