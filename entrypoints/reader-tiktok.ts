import { tiktok } from '@/lib/core/platforms/entries/tiktok';
import { registerReader } from '@/lib/page/reader-registry';

// The tiktok reader, injected by the background into the content script's world when the scout first asks.
export default defineUnlistedScript(() => registerReader(tiktok));
