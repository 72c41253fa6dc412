import { youtube } from '@/lib/core/platforms/entries/youtube';
import { registerReader } from '@/lib/page/reader-registry';

// The youtube reader, injected by the background into the content script's world when the scout first asks.
export default defineUnlistedScript(() => registerReader(youtube));
