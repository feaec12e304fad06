import { parseHumanNumber } from '../spreadsheet/parse-number';
import { blankToNull, type FieldProblem, type ImportKindSpec } from './kind-spec';
import { type Marketplace, marketplaceFrom } from './marketplaces';
import { type OrderState, orderStateOf } from './order-status';
import { parseVietnamTime } from './parse-time';
import { type ImportProblem, importProblem } from './problem-codes';

export const ORDER_FIELDS = [
  'orderId',
  'at',
  'status',
  'total',
  'code',
  'customer',
  'items',
  'marketplace',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

export interface OrderRow {
  orderId: string;
  marketplace: Marketplace;
  at: Date;
  status: string | null;
  state: OrderState;
  /** Integer VND; null when the file gives no total. */
  total: number | null;
  /** Upper-cased promo/voucher code; null when the order used none. */
  code: string | null;
  /** Customer id or phone as written; the writer stores only its hash. */
  customer: string | null;
  items: string | null;
}

/** Header names of Shopee, Lazada, Tiki, TikTok Shop, Haravan and Sapo order exports, Vietnamese and English. */
const SYNONYMS: Record<OrderField, readonly string[]> = {
  orderId: [
    'mã đơn hàng',
    'mã đơn',
    'mã đơn tiki',
    'mã đơn hàng sapo',
    'số đơn hàng',
    'order id',
    'order number',
    'order no',
    'order code',
    'order_id',
    'name',
  ],
  at: [
    'ngày đặt hàng',
    'ngày tạo đơn',
    'ngày tạo',
    'thời gian tạo',
    'thời gian đặt hàng',
    'ngày đặt',
    'ngày',
    'created time',
    'created at',
    'create time',
    'order date',
    'order created time',
    'date',
  ],
  status: [
    'trạng thái đơn hàng',
    'trạng thái',
    'tình trạng',
    'trạng thái xử lý',
    'order status',
    'status',
    'financial status',
  ],
  total: [
    'tổng giá trị đơn hàng (vnd)',
    'tổng giá trị đơn hàng',
    'tổng số tiền người mua thanh toán',
    'tổng tiền',
    'tổng cộng',
    'thành tiền',
    'tổng thanh toán',
    'giá trị đơn hàng',
    'order amount',
    'order total',
    'total',
    'paid price',
    'grand total',
    'amount',
  ],
  code: [
    'mã giảm giá',
    'mã giảm giá của shop',
    'mã khuyến mại',
    'mã khuyến mãi',
    'mã voucher',
    'voucher',
    'mã ưu đãi',
    'discount code',
    'voucher code',
    'promo code',
    'coupon',
    'coupon code',
    'seller voucher code',
  ],
  customer: [
    'số điện thoại',
    'sđt',
    'sđt khách hàng',
    'điện thoại',
    'người mua',
    'tên đăng nhập người mua',
    'khách hàng',
    'mã khách hàng',
    'buyer username',
    'username (buyer)',
    'customer id',
    'customer',
    'customer email',
    'email',
    'phone',
    'phone #',
    'shipping phone',
  ],
  items: [
    'tên sản phẩm',
    'sản phẩm',
    'tên hàng',
    'product name',
    'product',
    'item name',
    'lineitem name',
    'sku',
  ],
  marketplace: ['sàn', 'kênh bán', 'kênh bán hàng', 'nguồn đơn', 'marketplace', 'sales channel', 'channel'],
};

export const ordersKind: ImportKindSpec<OrderField, OrderRow> = {
  id: 'orders',
  fields: ORDER_FIELDS,
  synonyms: SYNONYMS,
  missingInMapping: (mapped) => {
    const missing: ImportProblem[] = [];
    if (!mapped.has('orderId')) missing.push(importProblem('map_order_id'));
    if (!mapped.has('at')) missing.push(importProblem('map_order_date'));
    if (!mapped.has('marketplace')) missing.push(importProblem('map_marketplace'));
    return missing;
  },
  validateRow: (cells, columnOf) => {
    const problems: FieldProblem[] = [];
    const orderId = blankToNull(cells.orderId)?.replace(/^#/, '') ?? null;
    if (!orderId) problems.push({ column: columnOf('orderId'), ...importProblem('missing_order_id') });
    const atText = blankToNull(cells.at);
    const at = atText ? parseVietnamTime(atText) : null;
    if (!atText) problems.push({ column: columnOf('at'), ...importProblem('missing_order_date') });
    else if (!at)
      problems.push({
        column: columnOf('at'),
        ...importProblem('not_a_date', { value: atText, example: '01/03/2026 10:00' }),
      });
    const totalText = blankToNull(cells.total);
    const total = parseHumanNumber(totalText ?? '');
    let amount: number | null = null;
    if ('error' in total)
      problems.push({
        column: columnOf('total'),
        ...importProblem('not_a_number', { value: totalText ?? '' }, `${total.error}: "${totalText}"`),
      });
    else if (total.value !== null && total.value < 0)
      problems.push({ column: columnOf('total'), ...importProblem('negative', { value: totalText ?? '' }) });
    else amount = total.value === null ? null : Math.round(total.value);
    const marketplace = marketplaceFrom(cells.marketplace ?? '');
    if (!marketplace)
      problems.push({ column: columnOf('marketplace'), ...importProblem('missing_marketplace') });
    if (problems.length > 0 || !orderId || !at || !marketplace) return { ok: false, problems };
    const status = blankToNull(cells.status);
    const code = blankToNull(cells.code)?.toUpperCase().slice(0, 64) ?? null;
    return {
      ok: true,
      row: {
        orderId: orderId.slice(0, 200),
        marketplace,
        at,
        status,
        state: orderStateOf(status ?? ''),
        total: amount,
        code,
        customer: blankToNull(cells.customer),
        items: blankToNull(cells.items)?.slice(0, 500) ?? null,
      },
    };
  },
};
