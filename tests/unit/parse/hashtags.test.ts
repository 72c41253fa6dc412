import { describe, expect, it } from 'vitest';
import { tagsIn } from '@/lib/core/parse/hashtags';

describe('tagsIn', () => {
  it('finds hashtags in any script, once each, in order', () => {
    expect(tagsIn('New drop! #SlowFashion #café #기부 #slowfashion and #2026', '#')).toEqual(['slowfashion', 'café', '기부']);
  });
  it('finds mentions but not e-mail addresses', () => {
    expect(tagsIn('Thanks @loopthread.co and @Ana_B. Mail me: hi@example.com', '@')).toEqual(['loopthread.co', 'ana_b']);
  });
  it('gives nothing for text without tags', () => {
    expect(tagsIn('plain words', '#')).toEqual([]);
    expect(tagsIn('', '@')).toEqual([]);
  });
});
