// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Scorecard } from '@/components/Scorecard';
import { score } from '@/lib/core/scoring/score';
import { makePost, makeSnapshot } from '../../helpers/snapshots';

afterEach(cleanup);
const HOSTILE_HTML = '<img src=x onerror=alert(1)>';
const HOSTILE_FORMULA = '=HYPERLINK("http://evil.example","x")';

describe('Scorecard', () => {
  it('renders hostile bio and caption as inert text', () => {
    const s = makeSnapshot({ displayName: HOSTILE_FORMULA, bio: `Hi ${HOSTILE_HTML}`, posts: [makePost({ caption: `${HOSTILE_HTML} ${HOSTILE_FORMULA}` })] });
    const { container } = render(<Scorecard snapshot={s} score={score(s)} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('bio').textContent).toBe(`Hi ${HOSTILE_HTML}`);
    expect(screen.getByTestId('display-name').textContent).toBe(HOSTILE_FORMULA);
    expect(container.textContent).toContain(`${HOSTILE_HTML} ${HOSTILE_FORMULA}`);
  });

  it('shows unknown, never 0, for what the page did not give', () => {
    const s = makeSnapshot({ followers: null, postsCount: null, posts: [] });
    render(<Scorecard snapshot={s} score={score(s)} />);
    expect(screen.getByTestId('followers').textContent).toBe('unknown');
    expect(screen.getByTestId('engagement').textContent).toBe('unknown');
    expect(screen.getByTestId('tier').textContent).toBe('unknown');
  });

  it('marks rounded counts as approximate', () => {
    const s = makeSnapshot({ platform: 'youtube', followers: 24_100, approximate: ['followers'] });
    render(<Scorecard snapshot={s} score={score(s)} />);
    expect(screen.getByTestId('followers').textContent).toMatch(/^≈24,100$/);
  });
});
