import { commentsHandler } from './comments-handler';
import { creatorsHandler } from './creators-handler';
import { ga4Handler } from './ga4-handler';
import type { ImportKindHandler } from './kind-handler';
import { ordersHandler } from './orders-handler';
import { postMetricsHandler } from './post-metrics-handler';

export const IMPORT_KINDS = ['creators', 'post_metrics', 'orders', 'comments', 'ga4'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

const HANDLERS: Record<ImportKind, ImportKindHandler> = {
  creators: creatorsHandler as ImportKindHandler,
  post_metrics: postMetricsHandler as ImportKindHandler,
  orders: ordersHandler as ImportKindHandler,
  comments: commentsHandler as ImportKindHandler,
  ga4: ga4Handler as ImportKindHandler,
};

export function importKindHandler(kind: string): ImportKindHandler {
  const handler = HANDLERS[kind as ImportKind];
  if (!handler) throw new Error(`unknown import kind "${kind}"`);
  return handler;
}
