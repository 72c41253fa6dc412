/** The DOM id of a form field by its path in the brand profile ("competitors.0.name"), so errors can point at it. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
