import { readTikTok } from '../tiktok/extract';
import type { Platform } from '../types';
import { tiktokAddress } from './tiktok-address';

export const tiktok: Platform = { ...tiktokAddress, read: readTikTok };
