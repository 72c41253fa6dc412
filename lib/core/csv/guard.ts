/**
 * OWASP CSV-injection guidance: a text cell that a spreadsheet could read as a
 * formula (leading =, +, -, @, tab or carriage return) gets a leading apostrophe,
 * which spreadsheets show as text. Numbers are never text cells, so a real
 * negative number in a numeric column stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes guardCell on import, so a round trip gives back what was exported. */
export function unguardCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
