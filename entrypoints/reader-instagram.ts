import { instagram } from '@/lib/core/platforms/entries/instagram';
import { registerReader } from '@/lib/page/reader-registry';

// The instagram reader, injected by the background into the content script's world when the scout first asks.
export default defineUnlistedScript(() => registerReader(instagram));
