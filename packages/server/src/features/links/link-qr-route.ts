import QRCode from 'qrcode';
import { z } from 'zod';
import { defineRoute } from '../../http/define-route';
import { getLinkOrThrow } from './link-queries';
import { ZLinkParams } from './link-schemas';
import { qrUrlFor } from './short-url';

export const linkQrRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/links/:linkId/qr',
  permission: 'link.read',
  summary: 'QR code of a link as SVG and PNG (data URL); it encodes the short link marked as a scan (`?q=1`)',
  tags: ['links'],
  schema: {
    params: ZLinkParams,
    response: z.object({ url: z.string(), svg: z.string(), pngDataUrl: z.string() }),
  },
  handler: async ({ ctx, params }) => {
    const link = await getLinkOrThrow(ctx.services.db, ctx.services.config, ctx.workspace.id, params.linkId);
    const url = qrUrlFor(ctx.services.config, link.slug);
    const options = { errorCorrectionLevel: 'M' as const, margin: 2 };
    const [svg, pngDataUrl] = await Promise.all([
      QRCode.toString(url, { ...options, type: 'svg' }),
      QRCode.toDataURL(url, { ...options, width: 1024 }),
    ]);
    return { url, svg, pngDataUrl };
  },
});
