import { canTransition } from '@lantoa/core/attribution';
import { detectMarketplace, type OrderRow, ordersKind } from '@lantoa/core/import-kinds';
import type { ConversionStatus } from '@lantoa/db/schema';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../http/contexts';
import type { ImportKindHandler, PreviewNote } from './kind-handler';

const BATCH = 2000;

interface Order {
  row: OrderRow;
  rowNumber: number;
}

/** One order per id: marketplace exports repeat the order on every item line; the first line's total counts. */
function groupOrders(rows: { rowNumber: number; row: OrderRow }[]): Order[] {
  const orders = new Map<string, Order>();
  for (const entry of rows) {
    const key = `${entry.row.marketplace}:${entry.row.orderId}`;
    const known = orders.get(key);
    if (!known) orders.set(key, { row: { ...entry.row }, rowNumber: entry.rowNumber });
    else {
      if (known.row.total === null) known.row.total = entry.row.total;
      if (!known.row.code) known.row.code = entry.row.code;
      if (entry.row.items)
        known.row.items = [known.row.items, entry.row.items].filter(Boolean).join('; ').slice(0, 500);
    }
  }
  return [...orders.values()];
}

async function codesOf(
  tx: Tx | Parameters<NonNullable<ImportKindHandler['preview']>>[0],
  workspaceId: string,
  codes: string[],
) {
  if (codes.length === 0)
    return new Map<string, { id: string; campaign_id: string; creator_id: string | null }>();
  const found = await tx.execute<{
    code: string;
    id: string;
    campaign_id: string;
    creator_id: string | null;
  }>(sql`
    SELECT p.code, p.id, p.campaign_id, p.creator_id FROM promo_codes p
    WHERE p.workspace_id = ${workspaceId} AND p.code = ANY(${sql.param(codes)}::text[])`);
  return new Map(found.rows.map((row) => [row.code, row]));
}

/**
 * Orders become sale conversion events, idempotent by marketplace + order id + state: the same file twice changes
 * nothing, a later export moves an order from pending to approved, or to reversed when it was cancelled or
 * returned. An order whose code belongs to a creator's promo code is attributed to that creator and campaign.
 */
export const ordersHandler: ImportKindHandler<OrderRow> = {
  spec: ordersKind,
  fixedFields: ['marketplace'],
  detectFixed: (headers) => {
    const fixed: Record<string, string> = {};
    const marketplace = detectMarketplace(headers);
    if (marketplace) fixed.marketplace = marketplace;
    return fixed;
  },
  preview: async (db, workspaceId, rows) => {
    const orders = groupOrders(rows.map((row, index) => ({ row, rowNumber: index })));
    const codes = [...new Set(orders.flatMap((order) => (order.row.code ? [order.row.code] : [])))];
    const known = await codesOf(db, workspaceId, codes);
    const unmatched = codes.filter((code) => !known.has(code));
    const stored = await db.execute<{ count: number }>(sql`
      SELECT count(DISTINCT order_id)::int AS count FROM conversion_events
      WHERE workspace_id = ${workspaceId} AND type = 'sale'
        AND order_id = ANY(${sql.param(orders.map((order) => order.row.orderId))}::text[])`);
    const notes: PreviewNote[] = [
      {
        code: 'orders.lines',
        values: { orders: orders.length, lines: rows.length },
        text: `${orders.length} orders in ${rows.length} lines`,
      },
    ];
    if (unmatched.length) {
      const codes = `${unmatched.slice(0, 20).join(', ')}${unmatched.length > 20 ? '…' : ''}`;
      notes.push({
        code: 'orders.unmatchedCodes',
        values: { count: unmatched.length, codes },
        text: `${unmatched.length} codes match no promo code of the workspace (not attributed): ${codes}`,
      });
    }
    return { existing: Number(stored.rows[0]?.count ?? 0), notes };
  },
  write: async ({ db, workspaceId, rows, progress }) => {
    const orders = groupOrders(rows);
    const counts = { orders: orders.length, created: 0, updated: 0, unchanged: 0, attributed: 0 };
    for (let start = 0; start < orders.length; start += BATCH) {
      const batch = orders.slice(start, start + BATCH);
      await db.transaction(async (tx) => {
        const codes = await codesOf(tx, workspaceId, [
          ...new Set(batch.flatMap((o) => (o.row.code ? [o.row.code] : []))),
        ]);
        for (const order of batch) {
          const outcome = await writeOrder(tx, workspaceId, order.row, codes.get(order.row.code ?? ''));
          counts[outcome]++;
          if (outcome === 'created' && order.row.code && codes.has(order.row.code)) counts.attributed++;
        }
      });
      await progress(
        Math.min(rows.length, Math.round(((start + batch.length) / orders.length) * rows.length)),
      );
    }
    return { counts, rejected: [] };
  },
};

async function writeOrder(
  tx: Tx,
  workspaceId: string,
  order: OrderRow,
  code: { id: string; campaign_id: string; creator_id: string | null } | undefined,
): Promise<'created' | 'updated' | 'unchanged'> {
  const key = `import:${order.marketplace}:${order.orderId}:${order.state}`;
  const existingSale = await tx.execute<{
    conversion_id: string | null;
    status: ConversionStatus | null;
  }>(sql`
    SELECT e.conversion_id, c.status FROM conversion_events e LEFT JOIN conversions c ON c.id = e.conversion_id
    WHERE e.workspace_id = ${workspaceId} AND e.type = 'sale' AND e.order_id = ${order.orderId}
      AND e.idempotency_key LIKE ${`import:${order.marketplace}:%`}
    ORDER BY e.received_at LIMIT 1`);
  const inserted = await tx.execute<{ id: string }>(sql`
    INSERT INTO conversion_events (workspace_id, idempotency_key, type, order_id, amount, currency, occurred_at, code)
    VALUES (${workspaceId}, ${key}, ${order.state === 'reversed' && existingSale.rows[0] ? 'refund' : 'sale'},
      ${order.orderId}, ${order.total}, 'VND', ${order.at}, ${order.code})
    ON CONFLICT DO NOTHING RETURNING id`);
  const eventId = inserted.rows[0]?.id;
  if (!eventId) return 'unchanged';
  const sale = existingSale.rows[0];
  if (sale) {
    if (sale.conversion_id && sale.status && canTransition(sale.status, order.state))
      await tx.execute(sql`UPDATE conversions SET status = ${order.state} WHERE id = ${sale.conversion_id}`);
    await tx.execute(
      sql`UPDATE conversion_events SET conversion_id = ${sale.conversion_id} WHERE id = ${eventId}`,
    );
    return 'updated';
  }
  if (!code) return 'created';
  const conversion = await tx.execute<{ id: string }>(sql`
    INSERT INTO conversions (workspace_id, campaign_id, creator_id, type, status, amount, currency, external_id, occurred_at)
    VALUES (${workspaceId}, ${code.campaign_id}, ${code.creator_id}, 'sale', ${order.state}, ${order.total ?? 0}, 'VND',
      ${order.orderId}, ${order.at})
    RETURNING id`);
  await tx.execute(sql`
    UPDATE conversion_events SET attributed_by = 'code', promo_code_id = ${code.id}, campaign_id = ${code.campaign_id},
      creator_id = ${code.creator_id}, conversion_id = ${conversion.rows[0]?.id ?? null}
    WHERE id = ${eventId}`);
  return 'created';
}
