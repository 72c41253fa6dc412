import { readInstagram } from '../instagram/extract';
import type { Platform } from '../types';
import { instagramAddress } from './instagram-address';

export const instagram: Platform = { ...instagramAddress, read: readInstagram };
