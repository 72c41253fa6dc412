/** What the dashboard shows before any creator is on a campaign: how to put the first one there. */
export function EmptyState() {
  return (
    <section className="dash-empty" data-testid="empty" aria-labelledby="dash-empty-title">
      <h2 id="dash-empty-title">No creators on a campaign yet</h2>
      <ol>
        <li>Open a creator's profile on Instagram, TikTok or YouTube.</li>
        <li>Click the <strong>Score</strong> button Microscope adds to the page, or the Microscope icon in the browser's toolbar: the side panel opens with the creator's scorecard.</li>
        <li>Press <strong>Add to</strong> in the panel. The creator lands on your campaign and shows up here, with its decision, flags and status.</li>
      </ol>
      <p className="muted">Have a teammate's CSV? Make a campaign with <strong>New campaign</strong>, then choose <strong>File → Import a CSV</strong>. A backup? <strong>File → Restore from a backup</strong>.</p>
    </section>
  );
}
