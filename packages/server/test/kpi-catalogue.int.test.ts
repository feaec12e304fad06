import { KPI_IDS } from '@lantoa/core/kpi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/kpis', () => {
  it('serves every KPI of the catalogue with both languages, formula and recommendations', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/kpis' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.kpis.map((k: { id: string }) => k.id).sort()).toEqual([...KPI_IDS].sort());
    const cpa = body.kpis.find((k: { id: string }) => k.id === 'cpa');
    expect(cpa).toMatchObject({
      group: 'conversion',
      unit: 'money',
      direction: 'lower',
      name: { vi: 'Chi phí mỗi chuyển đổi', en: 'CPA' },
    });
    expect(body.recommendations.conversion.primary).toEqual(['conversion_rate', 'cpa', 'roi']);
  });

  it('documents the catalogue in the OpenAPI document', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/kpis'].get.summary).toContain('KPI');
    expect(doc.paths['/api/v1/workspaces/{workspaceId}/members'].get.description).toContain('member.read');
  });
});
