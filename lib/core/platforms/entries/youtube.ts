import { readYouTube } from '../youtube/extract';
import type { Platform } from '../types';
import { youtubeAddress } from './youtube-address';

export const youtube: Platform = { ...youtubeAddress, read: readYouTube };
