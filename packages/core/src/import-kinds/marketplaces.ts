import { headerKey } from '../spreadsheet/creator-fields';

export const MARKETPLACES = ['shopee', 'lazada', 'tiki', 'tiktok_shop', 'haravan', 'sapo', 'other'] as const;
export type Marketplace = (typeof MARKETPLACES)[number];

/** Header texts only one marketplace's order export uses (compared accent-folded and spacing-free). */
const SIGNATURES: [Marketplace, string[]][] = [
  [
    'shopee',
    ['Mã giảm giá của Shopee', 'Shopee Xu được hoàn', 'Shopee Voucher', 'Người Mua', 'Username (Buyer)'],
  ],
  ['lazada', ['Order Item Id', 'Lazada Id', 'Seller SKU', 'Lazada SKU', 'Paid Price']],
  ['tiktok_shop', ['SKU Subtotal After Discount', 'Buyer Username', 'Order Substatus', 'Fulfillment Type']],
  ['tiki', ['Mã đơn Tiki', 'Tiki Xu', 'Mã sản phẩm Tiki']],
  ['haravan', ['Lineitem name', 'Financial Status', 'Fulfillment Status', 'Trạng thái thanh toán']],
  ['sapo', ['Mã đơn hàng Sapo', 'Nguồn đơn', 'Chi nhánh', 'Trạng thái xử lý']],
];

/** The marketplace whose export these headers come from, by the headers only it uses; null when unsure. */
export function detectMarketplace(headers: readonly string[]): Marketplace | null {
  const keys = new Set(headers.map(headerKey));
  let best: { marketplace: Marketplace; hits: number } | null = null;
  for (const [marketplace, signature] of SIGNATURES) {
    const hits = signature.filter((header) => keys.has(headerKey(header))).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { marketplace, hits };
  }
  return best?.marketplace ?? null;
}

export function marketplaceFrom(text: string): Marketplace | null {
  const key = headerKey(text);
  if (!key) return null;
  if (key.includes('shopee')) return 'shopee';
  if (key.includes('lazada')) return 'lazada';
  if (key.includes('tiktok')) return 'tiktok_shop';
  if (key.includes('tiki')) return 'tiki';
  if (key.includes('haravan')) return 'haravan';
  if (key.includes('sapo')) return 'sapo';
  return (MARKETPLACES as readonly string[]).includes(key) ? (key as Marketplace) : 'other';
}
