import { z } from 'zod';

/** Social platforms a creator account can live on (PRODUCT.md A1). */
export const PLATFORMS = ['tiktok', 'facebook', 'instagram', 'youtube', 'zalo', 'other'] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;
