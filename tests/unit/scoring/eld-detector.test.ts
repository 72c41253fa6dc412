import { beforeAll, describe, expect, it } from 'vitest';
import { loadDetector } from '@/lib/core/scoring/audience/eld-detector';
import type { DetectLanguage } from '@/lib/core/scoring/audience/languages';

describe('the local language identifier', () => {
  let detect: DetectLanguage;
  beforeAll(async () => {
    detect = await loadDetector();
  });

  it('reads comments of a few words in the campaign languages we sell into', () => {
    expect(detect('Where did you buy that lovely jacket')).toBe('en');
    expect(detect('Das ist wirklich sehr schön geworden')).toBe('de');
    expect(detect('Je trouve cette robe vraiment magnifique')).toBe('fr');
    expect(detect('Dónde compraste esa chaqueta tan bonita')).toBe('es');
    expect(detect('Kjo këngë është shumë e bukur')).toBe('sq');
  });

  it('says unknown rather than guess on text without language', () => {
    expect(detect('')).toBeNull();
  });
});
