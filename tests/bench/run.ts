import { printBundleSizes } from './bundle-sizes';
import { benchClick } from './click-bench';
import { benchDashboard } from './dashboard-bench';
import { benchDb } from './db-bench';
import { benchExtract } from './extract-bench';

/** `npm run bench`: prints numbers; it is not a test and asserts nothing. */
benchExtract();
printBundleSizes();
console.log('  (before the reader loaded on demand: 138–181 KB each; target ≤ 40 KB)');
await benchClick();
console.log('  (Chromium before the one-way click: ≈ 97 ms on the largest sample)');
await benchDb();
await benchDashboard(500);
console.log('  (before the dashboard projection: open 224 ms, quiet machine; target: open ≤ 300 ms; sort and search ≤ 300 ms)');
await benchDashboard(10_000);
console.log('  (before: open 2.9 s in the issue, 2–2.6 s at stop 9, 1.12–1.22 s before the dashboard projection (sort 85, search 59 ms);');
console.log('   on a 2-core machine under load the same A/B gave 1.67 s before and 0.71 s after, medians of 5; target ≤ 1 s; sort and search ≤ 300 ms)');
