import type { PlatformTraits } from '../traits-types';

const CHANNEL_ID = /^uc[a-z0-9_-]{22}$/;

export const youtubeTraits: PlatformTraits = {
  id: 'youtube',
  name: 'YouTube',
  // A 3–30 character @handle (letters of any script, digits, ".", "_", "-", "·"), or the UC… id of a channel without one.
  handle: { test: (h) => /^[\p{L}\p{M}\p{N}._·-]{3,30}$/u.test(h) || CHANNEL_ID.test(h), says: 'a 3–30 character @handle or a UC… channel id' },
  profileUrl: (h) => (CHANNEL_ID.test(h) ? `https://www.youtube.com/channel/${h}` : `https://www.youtube.com/@${h}`),
  anomalies: { likesPerComment: null, everyPostHasViews: false, viewsPerFollower: false },
};
