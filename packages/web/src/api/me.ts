import { api } from '../lib/api-client';
import type { Locale, Me } from './types';

export const meKey = ['me'] as const;

export const getMe = () => api.get<Me>('/me');
export const updateMe = (patch: { name?: string; locale?: Locale }) => api.patch<Me>('/me', patch);
