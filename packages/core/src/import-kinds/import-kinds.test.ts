import { describe, expect, it } from 'vitest';
import { commentsKind } from './comments-kind';
import { suggestKindMapping } from './kind-spec';
import { detectMarketplace } from './marketplaces';
import { orderStateOf } from './order-status';
import { ordersKind } from './orders-kind';
import { parseVietnamTime } from './parse-time';
import { postMetricsKind } from './post-metrics-kind';

const column = (field: string) => `col:${field}`;

describe('parseVietnamTime', () => {
  it('reads day-first dates and naive times as Vietnam time (UTC+7)', () => {
    expect(parseVietnamTime('01/03/2026 10:00')?.toISOString()).toBe('2026-03-01T03:00:00.000Z');
    expect(parseVietnamTime('2026-03-01 07:30:15')?.toISOString()).toBe('2026-03-01T00:30:15.000Z');
    expect(parseVietnamTime('20260301')?.toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(parseVietnamTime('2026-03-01T10:00:00Z')?.toISOString()).toBe('2026-03-01T10:00:00.000Z');
  });
  it('refuses impossible dates and text', () => {
    expect(parseVietnamTime('31/02/2026')).toBeNull();
    expect(parseVietnamTime('hôm qua')).toBeNull();
  });
});

describe('orders', () => {
  it('maps marketplace status words to conversion states', () => {
    expect(orderStateOf('Hoàn thành')).toBe('approved');
    expect(orderStateOf('Đã giao')).toBe('approved');
    expect(orderStateOf('Delivered')).toBe('approved');
    expect(orderStateOf('Đã hủy')).toBe('reversed');
    expect(orderStateOf('Trả hàng/Hoàn tiền')).toBe('reversed');
    expect(orderStateOf('Cancelled')).toBe('reversed');
    expect(orderStateOf('Chờ xác nhận')).toBe('pending');
    expect(orderStateOf('Đang giao')).toBe('pending');
    expect(orderStateOf('')).toBe('pending');
  });

  it('recognises a marketplace from the headers only its export has', () => {
    expect(detectMarketplace(['Mã đơn hàng', 'Mã giảm giá của Shopee', 'Người Mua'])).toBe('shopee');
    expect(detectMarketplace(['Order Item Id', 'Order Number', 'Paid Price'])).toBe('lazada');
    expect(detectMarketplace(['Order ID', 'Buyer Username', 'SKU Subtotal After Discount'])).toBe(
      'tiktok_shop',
    );
    expect(detectMarketplace(['Name', 'Financial Status', 'Lineitem name'])).toBe('haravan');
    expect(detectMarketplace(['Mã đơn hàng', 'Ngày tạo'])).toBeNull();
  });

  it('maps Shopee headers and reads one row with its total and code', () => {
    const headers = [
      'Mã đơn hàng',
      'Ngày đặt hàng',
      'Trạng Thái Đơn Hàng',
      'Tổng giá trị đơn hàng (VND)',
      'Mã giảm giá',
    ];
    expect(suggestKindMapping(ordersKind, headers)).toEqual(['orderId', 'at', 'status', 'total', 'code']);
    const result = ordersKind.validateRow(
      {
        orderId: '240301ABCD',
        at: '2026-03-01 10:00',
        status: 'Hoàn thành',
        total: '1.250.000',
        code: 'lan10',
        marketplace: 'shopee',
      },
      column,
    );
    expect(result).toEqual({
      ok: true,
      row: {
        orderId: '240301ABCD',
        marketplace: 'shopee',
        at: new Date('2026-03-01T03:00:00Z'),
        status: 'Hoàn thành',
        state: 'approved',
        total: 1_250_000,
        code: 'LAN10',
        customer: null,
        items: null,
      },
    });
  });

  it('names the column of every problem', () => {
    const result = ordersKind.validateRow(
      { orderId: '', at: 'mai', total: 'nhiều', marketplace: 'shopee' },
      column,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.column)).toEqual(['col:orderId', 'col:at', 'col:total']);
  });
});

describe('post metrics', () => {
  it('reads a post link, a Vietnamese time and human numbers; blank metrics stay missing', () => {
    const result = postMetricsKind.validateRow(
      {
        post: 'https://www.tiktok.com/@lan/video/7301234567890123456',
        at: '02/03/2026 08:00',
        views: '12,5K',
        likes: '1.200',
        shares: '',
      },
      column,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.row.post.url?.externalId).toBe('7301234567890123456');
    expect(result.row.at?.toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(result.row.metrics).toMatchObject({ views: 12_500, likes: 1_200, shares: null, comments: null });
  });

  it('takes a non-link as a post id and refuses a profile link or a row with no metric', () => {
    const byId = postMetricsKind.validateRow({ post: '7301234567890123456', views: '10' }, column);
    expect(byId.ok && byId.row.post).toEqual({ url: null, id: '7301234567890123456' });
    const profile = postMetricsKind.validateRow({ post: 'https://www.tiktok.com/@lan', views: '10' }, column);
    expect(profile).toMatchObject({ ok: false, problems: [{ column: 'col:post' }] });
    const empty = postMetricsKind.validateRow({ post: 'abc' }, column);
    expect(empty).toMatchObject({ ok: false, problems: [{ message: 'no metric on this row' }] });
  });

  it('asks for a post column and at least one metric', () => {
    expect(postMetricsKind.missingInMapping(new Set(['at']))).toHaveLength(2);
    expect(postMetricsKind.missingInMapping(new Set(['post', 'likes']))).toEqual([]);
  });
});

describe('comments', () => {
  it('maps Vietnamese comment headers and needs the text', () => {
    expect(
      suggestKindMapping(commentsKind, ['Link bài đăng', 'Người bình luận', 'Nội dung', 'Thời gian']),
    ).toEqual(['post', 'author', 'text', 'at']);
    expect(commentsKind.validateRow({ post: 'p1', text: '  ' }, column)).toMatchObject({
      ok: false,
      problems: [{ column: 'col:text' }],
    });
  });
});
