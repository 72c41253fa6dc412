import { printBundleSizes } from './bundle-sizes';
import { benchDashboard } from './dashboard-bench';
import { benchDb } from './db-bench';
import { benchExtract } from './extract-bench';

/** `npm run bench`: prints numbers; it is not a test and asserts nothing. */
benchExtract();
printBundleSizes();
await benchDb();
await benchDashboard(500);
await benchDashboard(10_000);
