import type { AnyRoute } from '../../src/http/define-route';

/**
 * A valid request body for every route that takes one, keyed by `METHOD url`. The route-table tests fail when a
 * route with a body schema has no sample here, so new routes cannot slip past the isolation and role checks.
 */
const SAMPLE_BUNDLE = {
  campaign: { name: 'Gói chiến dịch mẫu', currency: 'VND', start: '2026-03-01', end: '2026-03-31' },
  accounts: [
    {
      id: 'tt_mau',
      creator: 'mau',
      platform: 'tiktok',
      handle: 'mau.bundle',
      followers: [{ at: '2026-03-01T00:00:00+07:00', count: 12000 }],
    },
  ],
  posts: [
    {
      id: 'p1',
      account: 'tt_mau',
      published_at: '2026-03-02T19:00:00+07:00',
      snapshots: [{ at: '2026-03-03T19:00:00+07:00', views: 1000, likes: 50 }],
    },
  ],
};

export const SAMPLE_BODIES: Record<string, unknown> = {
  'POST /api/v1/workspaces/:workspaceId/posts': {
    url: 'https://www.tiktok.com/@mau.sample/video/7301234567890123456',
  },
  'POST /api/v1/workspaces/:workspaceId/posts/:postId/snapshots': {
    snapshots: [{ at: '2026-03-01T10:00:00+07:00', views: 1200, likes: 80 }],
  },
  'POST /api/v1/workspaces/:workspaceId/posts/:postId/comments': {
    comments: [{ author: 'Lan', text: 'Giá bao nhiêu vậy shop?', at: '2026-03-01T10:00:00Z' }],
  },
  'POST /api/v1/workspaces/:workspaceId/posts/:postId/comments/import': {
    fileName: 'binh-luan.csv',
    contentBase64: 'YXV0aG9yLHRleHQsdGltZSxsaWtlcwpMYW4saGF5IHF1w6EsMDEvMDMvMjAyNiAxMDowMCwy',
  },
  'PATCH /api/v1/me': { locale: 'vi' },
  'POST /api/v1/workspaces': { name: 'Không gian mẫu' },
  'PATCH /api/v1/workspaces/:workspaceId': { name: 'Đổi tên' },
  'POST /api/v1/workspaces/:workspaceId/alerts/:alertId/status': {
    status: 'acknowledged',
    note: 'Đang liên hệ nhà sáng tạo',
  },
  'PUT /api/v1/workspaces/:workspaceId/campaigns/:campaignId/mention-targets': { targets: [] },
  'PUT /api/v1/workspaces/:workspaceId/tracking-settings': {
    attribution: { windowDays: 14, codeBeatsLink: true },
  },
  'PATCH /api/v1/workspaces/:workspaceId/members/:userId': { role: 'viewer' },
  'POST /api/v1/workspaces/:workspaceId/invitations': { email: 'sample@example.vn', role: 'viewer' },
  'POST /api/v1/workspaces/:workspaceId/api-keys': { name: 'Mẫu', role: 'viewer' },
  'POST /api/v1/workspaces/:workspaceId/links': {
    campaignId: '00000000-0000-4000-8000-000000000000',
    destinationUrl: 'https://shop.example.vn/mau',
  },
  'PATCH /api/v1/workspaces/:workspaceId/links/:linkId': { utm: { source: 'tiktok' } },
  'POST /api/v1/workspaces/:workspaceId/utm-presets': { name: 'Mẫu', utm: { source: 'tiktok' } },
  'POST /api/v1/workspaces/:workspaceId/promo-codes': {
    campaignId: '00000000-0000-4000-8000-000000000000',
    prefix: 'MAU',
    count: 2,
  },
  'POST /api/v1/workspaces/:workspaceId/creators': {
    name: 'Nhà sáng tạo mẫu',
    accounts: [{ platform: 'tiktok', handle: 'mau.sample' }],
  },
  'PATCH /api/v1/workspaces/:workspaceId/creators/:creatorId': { tags: ['mẫu'] },
  'POST /api/v1/workspaces/:workspaceId/imports': { kind: 'creators', fileName: 'mau.csv' },
  'POST /api/v1/workspaces/:workspaceId/imports/:importId/preview': {},
  'POST /api/v1/workspaces/:workspaceId/imports/:importId/run': { onDuplicate: 'skip' },
  'POST /api/v1/workspaces/:workspaceId/creators/:creatorId/accounts/:accountId/follower-sample': {
    fileName: 'mau-follower.csv',
    data: 'Zm9sbG93ZXJzLGZvbGxvd2luZwoxMCwyMAo=',
  },
  'POST /api/v1/workspaces/:workspaceId/creator-lists': { kind: 'shortlist', name: 'Danh sách mẫu' },
  'PATCH /api/v1/workspaces/:workspaceId/creator-lists/:listId': { name: 'Đổi tên danh sách' },
  'POST /api/v1/workspaces/:workspaceId/creator-lists/:listId/creators': {
    creatorIds: ['00000000-0000-4000-8000-000000000000'],
  },
  'POST /api/v1/workspaces/:workspaceId/creators/:creatorId/background-checks': {
    note: 'Đã kiểm tra lý lịch',
  },
  'PUT /api/v1/workspaces/:workspaceId/campaigns/:campaignId/fit-target': {
    ageRange: { min: 18, max: 34 },
    genders: ['female'],
    niches: ['làm đẹp'],
  },
  'POST /api/v1/workspaces/:workspaceId/creators/:creatorId/decisions': {
    decision: 'approved',
    reason: 'Hồ sơ sạch',
  },
  'POST /api/v1/workspaces/:workspaceId/campaigns': { name: 'Chiến dịch mẫu', objectives: ['awareness'] },
  'POST /api/v1/workspaces/:workspaceId/campaigns/import-bundle': SAMPLE_BUNDLE,
  'PUT /api/v1/workspaces/:workspaceId/campaigns/:campaignId/bundle': SAMPLE_BUNDLE,
  'PATCH /api/v1/workspaces/:workspaceId/campaigns/:campaignId': { brand: 'Thương hiệu mẫu' },
  'POST /api/v1/workspaces/:workspaceId/campaigns/:campaignId/status': { status: 'archived' },
  'POST /api/v1/workspaces/:workspaceId/campaigns/:campaignId/creators': {
    creators: [{ creatorId: '00000000-0000-4000-8000-000000000000', fee: 1_000_000 }],
  },
  'POST /api/v1/workspaces/:workspaceId/campaigns/:campaignId/mix': {
    goal: 'engagements',
    budget: 50_000_000,
  },
  'POST /api/v1/workspaces/:workspaceId/campaigns/:campaignId/costs': {
    category: 'media',
    amount: 2_000_000,
    incurredOn: '2026-03-05',
  },
  'PATCH /api/v1/workspaces/:workspaceId/campaigns/:campaignId/costs/:costId': { amount: 2_500_000 },
  'POST /api/v1/workspaces/:workspaceId/campaigns/:campaignId/brief': { keyMessage: 'Da sáng sau 7 ngày' },
  'POST /api/v1/workspaces/:workspaceId/campaigns/:campaignId/brief/share-links': { expiresInDays: 7 },
  'POST /api/v1/workspaces/:workspaceId/campaigns/:campaignId/deliverables': {
    creatorId: '00000000-0000-4000-8000-000000000000',
    title: 'Video mẫu',
    type: 'video',
    platform: 'tiktok',
    dueAt: '2026-12-10T12:00:00+07:00',
  },
  'PATCH /api/v1/workspaces/:workspaceId/deliverables/:deliverableId': { title: 'Đổi tên' },
  'POST /api/v1/workspaces/:workspaceId/deliverables/:deliverableId/status': { status: 'in_review' },
  'POST /api/v1/workspaces/:workspaceId/deliverables/:deliverableId/versions': {
    caption: 'Bản nháp #quangcao',
  },
  'POST /api/v1/workspaces/:workspaceId/deliverables/:deliverableId/comments': { body: 'Góp ý mẫu' },
  'POST /api/v1/workspaces/:workspaceId/campaigns/:campaignId/review-links': { expiresInDays: 7 },
  'POST /api/v1/workspaces/:workspaceId/campaigns/:campaignId/shared-reports': { expiresInDays: 7 },
  'POST /api/v1/public/reports/:token/unlock': { password: 'mat-khau-mau' },
  'POST /api/v1/public/reviews/:token/decisions': {
    deliverableId: '00000000-0000-4000-8000-000000000000',
    decision: 'approve',
    reviewerName: 'Khách hàng',
  },
  'POST /api/v1/public/reviews/:token/comments': {
    deliverableId: '00000000-0000-4000-8000-000000000000',
    reviewerName: 'Khách hàng',
    body: 'Góp ý',
  },
  'POST /api/v1/me/notifications/read': { all: true },
  'PUT /api/v1/workspaces/:workspaceId/reminder-settings': { beforeHours: 48 },
  'POST /api/v1/workspaces/:workspaceId/contracts': {
    campaignId: '00000000-0000-4000-8000-000000000000',
    creatorId: '00000000-0000-4000-8000-000000000000',
    fee: 8_000_000,
  },
  'PATCH /api/v1/workspaces/:workspaceId/contracts/:contractId': { status: 'sent' },
  'POST /api/v1/workspaces/:workspaceId/kpi-tree/nodes': {
    level: 'company',
    name: 'Đơn hàng từ KOL năm 2026',
    kpiId: 'conversions',
    target: 10_000,
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
  },
  'PATCH /api/v1/workspaces/:workspaceId/kpi-tree/nodes/:nodeId': { target: 12_000 },
};

export function routeKey(route: AnyRoute): string {
  return `${route.method} ${route.url}`;
}

export function sampleBody(route: AnyRoute): unknown {
  if (!route.schema.body) return undefined;
  const sample = SAMPLE_BODIES[routeKey(route)];
  if (sample === undefined)
    throw new Error(`no sample body for ${routeKey(route)}: add one to SAMPLE_BODIES`);
  return sample;
}

export function fillUrl(url: string, params: Record<string, string>): string {
  return url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined)
      throw new Error(`no fixture for route parameter :${name} in ${url}: add one to the world fixture`);
    return value;
  });
}

export function isWorkspaceRoute(route: AnyRoute): boolean {
  return route.url.includes(':workspaceId');
}
