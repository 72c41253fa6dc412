/** "1 entry", "3 entries". */
export const entriesWord = (n: number): string => `${n} entr${n === 1 ? 'y' : 'ies'}`;
