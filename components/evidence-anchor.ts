/** The id of the expander that holds a decision reason's evidence. */
export const evidenceId = (anchor: string): string => `ev-${anchor}`;

/**
 * Opens the expander with this evidence and brings it into view. A reason is an in-page link: the
 * browser would scroll to a closed <details> and leave its content hidden, so it is opened first.
 */
export function openEvidence(anchor: string): void {
  const details = document.getElementById(evidenceId(anchor));
  if (!(details instanceof HTMLDetailsElement)) return;
  details.open = true;
  details.scrollIntoView?.({ block: 'start' });
  details.querySelector('summary')?.focus();
}
