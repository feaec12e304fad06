import { foldDiacritics } from '../text';

export type OrderState = 'pending' | 'approved' | 'reversed';

/** Accent-folded status words of Shopee, Lazada, Tiki, TikTok Shop, Haravan and Sapo exports, by what they mean. */
const REVERSED = [
  'da huy',
  'huy',
  'huy don',
  'don huy',
  'cancelled',
  'canceled',
  'cancel',
  'tra hang',
  'tra hang/hoan tien',
  'hoan tien',
  'da hoan tien',
  'hoan hang',
  'returned',
  'refunded',
  'return',
  'refund',
  'failed delivery',
  'giao that bai',
  'giao hang that bai',
  'that bai',
  'lost',
];
const APPROVED = [
  'hoan thanh',
  'da hoan thanh',
  'da giao',
  'da giao hang',
  'giao hang thanh cong',
  'giao thanh cong',
  'thanh cong',
  'da nhan hang',
  'completed',
  'complete',
  'delivered',
  'confirmed delivery',
  'paid',
  'da thanh toan',
  'closed',
];

/**
 * The conversion state an order status stands for: delivered/completed → approved; cancelled, returned, refunded
 * or failed → reversed; everything else (new, confirmed, shipping) → pending.
 */
export function orderStateOf(status: string): OrderState {
  const folded = foldDiacritics(status).replace(/\s+/g, ' ').trim();
  if (!folded) return 'pending';
  if (REVERSED.some((word) => folded === word || folded.startsWith(`${word} `) || folded.includes(word)))
    return 'reversed';
  if (APPROVED.some((word) => folded === word || folded.startsWith(`${word} `))) return 'approved';
  return 'pending';
}
