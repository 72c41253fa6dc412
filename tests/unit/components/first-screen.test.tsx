// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionBar } from '@/components/ActionBar';
import { NOTE_SAVE_DELAY_MS } from '@/components/EntryRow';
import { Scorecard } from '@/components/Scorecard';
import { ScoredFor } from '@/components/ScoredFor';
import { score } from '@/lib/core/scoring/score';
import { makePost, makeSnapshot } from '../../helpers/snapshots';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const entry = (shortlist: string, over = {}) => ({ entryId: 7, shortlist, status: 'prospect' as const, tags: ['diy'], notes: '', quotedRate: null, ...over });
const bar = (over: Partial<Parameters<typeof ActionBar>[0]> = {}) => {
  const props = { target: 'Spring', campaigns: ['Spring', 'Autumn'], entries: [], saving: false, error: null, summary: 'S', onSave: vi.fn(), onCopy: vi.fn(async () => true), ...over };
  render(<ActionBar {...props} />);
  return props;
};

describe('ActionBar: Add to, status pills, Copy summary', () => {
  it('adds to the target campaign as a prospect with one click', () => {
    const { onSave } = bar();
    fireEvent.click(screen.getByRole('button', { name: 'Add to Spring' }));
    expect(onSave).toHaveBeenCalledWith({ shortlistName: 'Spring', status: 'prospect' });
  });

  it('lets the scout pick another campaign or name a new one from ▾', () => {
    const { onSave } = bar();
    fireEvent.click(screen.getByRole('button', { name: 'Choose the campaign to add to' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Campaigns' })).getByRole('button', { name: 'Autumn' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add to Autumn' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ shortlistName: 'Autumn' }));
    fireEvent.click(screen.getByRole('button', { name: 'Choose the campaign to add to' }));
    fireEvent.click(screen.getByRole('button', { name: 'New campaign…' }));
    fireEvent.change(screen.getByLabelText('New campaign name'), { target: { value: '  Winter  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to Winter' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ shortlistName: 'Winter', status: 'prospect' }));
  });

  it('a status pill saves on click: it adds with that status before the creator is on the campaign, and edits the entry after', () => {
    const first = bar();
    fireEvent.click(within(screen.getByRole('group', { name: 'Status on Spring' })).getByRole('button', { name: 'contacted' }));
    expect(first.onSave).toHaveBeenCalledWith(expect.objectContaining({ shortlistName: 'Spring', status: 'contacted' }));
    cleanup();
    const after = bar({ entries: [entry('Spring', { notes: 'kept' })] });
    const agreed = within(screen.getByRole('group', { name: 'Status on Spring' })).getByRole('button', { name: 'agreed' });
    fireEvent.click(agreed);
    expect(after.onSave).toHaveBeenCalledWith({ shortlistName: 'Spring', status: 'agreed' });
    // The current status is marked by a tick and aria-pressed, not by colour alone.
    expect(screen.getByRole('button', { name: '✓ prospect' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('once added, collapses to one row: on the campaign, tag chips, a note that saves itself with a tick, also add to…', () => {
    vi.useFakeTimers();
    const { onSave } = bar({ entries: [entry('Spring')] });
    expect(screen.queryByRole('button', { name: /^Add to/ })).toBeNull();
    expect(screen.getByTestId('on-campaign').textContent).toBe('✓ On “Spring”');
    const row = within(screen.getByTestId('entry'));
    fireEvent.change(row.getByLabelText('Add a tag'), { target: { value: 'outdoor' } });
    fireEvent.keyDown(row.getByLabelText('Add a tag'), { key: 'Enter' });
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ tags: ['diy', 'outdoor'] }));
    fireEvent.click(row.getByRole('button', { name: 'Remove tag diy' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ tags: [] }));
    vi.mocked(onSave).mockClear();
    fireEvent.change(row.getByLabelText('Note'), { target: { value: 'Asked for a media kit' } });
    expect(row.getByTestId('note-state').textContent).toBe('saving…');
    act(() => { vi.advanceTimersByTime(NOTE_SAVE_DELAY_MS - 50); });
    expect(onSave).not.toHaveBeenCalled();
    act(() => { vi.advanceTimersByTime(100); });
    // Only the note: a status clicked while it waited is never written back over.
    expect(onSave).toHaveBeenCalledWith({ shortlistName: 'Spring', notes: 'Asked for a media kit' });
    fireEvent.change(row.getByLabelText('Also add to another campaign'), { target: { value: 'Autumn' } });
    expect(onSave).toHaveBeenLastCalledWith({ shortlistName: 'Autumn', status: 'prospect' });
  });

  it('saves a note still waiting when the scout leaves the field or the creator', () => {
    vi.useFakeTimers();
    const { onSave } = bar({ entries: [entry('Spring')] });
    const note = screen.getByLabelText('Note');
    fireEvent.change(note, { target: { value: 'Call back Monday' } });
    fireEvent.blur(note);
    expect(onSave).toHaveBeenCalledWith({ shortlistName: 'Spring', notes: 'Call back Monday' });
    vi.mocked(onSave).mockClear();
    fireEvent.change(note, { target: { value: 'Call back Tuesday' } });
    cleanup();
    expect(onSave).toHaveBeenCalledWith({ shortlistName: 'Spring', notes: 'Call back Tuesday' });
  });

  it('shows the tick once the saved note comes back, and a failed save in words', () => {
    const { rerender } = render(<ActionBar target="Spring" campaigns={['Spring']} entries={[entry('Spring', { notes: 'hello' })]} saving={false} error={null} summary="" onSave={vi.fn()} onCopy={vi.fn()} />);
    expect(screen.getByTestId('note-state').textContent).toBe('✓ saved');
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'hello there' } });
    rerender(<ActionBar target="Spring" campaigns={['Spring']} entries={[entry('Spring', { notes: 'hello' })]} saving={false} error="Not saved: storage full" summary="" onSave={vi.fn()} onCopy={vi.fn()} />);
    expect(screen.getByRole('alert').textContent).toBe('Not saved: storage full');
    expect(screen.getByTestId('note-state').textContent).toBe('not saved');
  });

  it('copies the summary and says so', async () => {
    const { onCopy } = bar({ summary: 'Wren · Shortlist' });
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Copy summary' })); });
    expect(onCopy).toHaveBeenCalledWith('Wren · Shortlist');
    expect(screen.getByText(/Copied ✓/)).toBeTruthy();
  });
});

describe('ScoredFor', () => {
  it('says whose judgement this is, switches campaign and opens the dashboard to edit', () => {
    const onChoose = vi.fn();
    const onEdit = vi.fn();
    render(<ScoredFor brandName="Patchwork" campaign="Spring" campaigns={['Spring', 'Autumn']} onChoose={onChoose} onEdit={onEdit} />);
    expect(screen.getByTestId('scored-for').textContent).toMatch(/^Scored for Patchwork · .* · edit$/);
    fireEvent.change(screen.getByLabelText('Campaign to score for'), { target: { value: 'Autumn' } });
    expect(onChoose).toHaveBeenCalledWith('Autumn');
    fireEvent.click(screen.getByRole('link', { name: /Edit campaigns/ }));
    expect(onEdit).toHaveBeenCalled();
  });

  it('names no campaign before one exists', () => {
    render(<ScoredFor brandName="" campaign={null} campaigns={[]} onChoose={vi.fn()} onEdit={vi.fn()} />);
    expect(screen.getByTestId('scored-for').textContent).toBe('Scored for your brand · no campaign yet · edit');
  });
});

describe('Scorecard first screen', () => {
  const snapshot = makeSnapshot({ bio: 'Collabs: wren [at] studio [dot] example\nShop below', externalLinks: ['https://shop.example/capsule', 'https://www.tiktok.com/@wren'], posts: [makePost(), makePost()] });
  const card = score(snapshot);

  it('starts the decision with its word, gives two reasons, and each opens the expander with its evidence', () => {
    render(<Scorecard snapshot={snapshot} score={card} />);
    const decision = screen.getByTestId('decision');
    expect(decision.textContent).toMatch(/^(Shortlist|Check|Skip) [✓?✗]/);
    const reasons = within(decision).getAllByRole('link');
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.length).toBeLessThanOrEqual(2);
    const anchor = reasons[0]!.closest('li')!.getAttribute('data-anchor')!;
    const details = document.getElementById(`ev-${anchor}`) as HTMLDetailsElement;
    expect(details.open).toBe(false);
    fireEvent.click(reasons[0]!);
    expect(details.open).toBe(true);
  });

  it('shows contact only as the page gives it, each with a copy button', async () => {
    const onCopy = vi.fn(async () => true);
    render(<Scorecard snapshot={snapshot} score={card} onCopy={onCopy} />);
    const contact = within(screen.getByTestId('contact'));
    expect(contact.getByText('wren@studio.example')).toBeTruthy();
    expect(contact.getByRole('link', { name: 'shop.example/capsule' }).getAttribute('href')).toBe('https://shop.example/capsule');
    expect(contact.getByRole('link', { name: /^TikTok/ }).getAttribute('href')).toBe('https://www.tiktok.com/@wren');
    await act(async () => { fireEvent.click(contact.getByRole('button', { name: 'Copy email wren@studio.example' })); });
    expect(onCopy).toHaveBeenCalledWith('wren@studio.example');
  });

  it('says audience location is not on a public page, and states engagement against its band once', () => {
    render(<Scorecard snapshot={snapshot} score={card} />);
    expect(screen.getByTestId('audience-note').textContent).toMatch(/Audience location is not on a public page/);
    // The compact row states the band once; "How the numbers were measured" names its source, not the numbers again.
    const band = `${(card.engagement.benchmark!.low * 100).toFixed(2)}%`;
    expect(screen.getByTestId('engagement-band').textContent).toContain(band);
    expect(screen.getByTestId('formula').textContent).not.toContain(band);
    expect(screen.getByTestId('confidence').textContent).toBe(`${card.postsUsed} posts · low`);
  });

  it('puts the brief chip beside the tier, marked by a sign as well as colour', () => {
    render(<Scorecard snapshot={snapshot} score={card} briefChip={{ words: 'outside your 50k–100k brief', fits: false }} />);
    expect(screen.getByTestId('brief-chip').textContent).toBe('✗ micro · outside your 50k–100k brief');
  });
});
