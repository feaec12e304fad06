import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;
let workspaceId: string;

interface Page {
  items: { id: string; name: string }[];
  nextCursor: string | null;
}

async function search(query: string): Promise<Page> {
  const response = await t.request({ method: 'GET', url: `${ws}/creators?${query}`, as: owner });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Page;
}

async function walk(query: string): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 20; pages++) {
    const page: Page = await search(`${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    names.push(...page.items.map((item) => item.name));
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return names;
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-paging@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Phân trang' },
  });
  workspaceId = workspace.json().id;
  ws = `/api/v1/workspaces/${workspaceId}`;
  // Creation times that tie (one import transaction) and that differ by one microsecond, which a cursor holding
  // milliseconds would lose.
  await t.services.database.pool.query(
    `INSERT INTO creators (workspace_id, name, search_text, created_at)
     SELECT $1, name, lower(name), at::timestamptz FROM (VALUES
       ('An', '2026-01-01T00:00:00.000001Z'), ('Bình', '2026-01-01T00:00:00.000002Z'),
       ('Chi', '2026-01-01T00:00:00.000002Z'), ('Dung', '2026-01-01T00:00:00.000003Z'),
       ('Giang', '2026-01-01T00:00:00.000003Z'), ('Hà', '2026-01-01T00:00:00.000003Z'),
       ('Khoa', '2026-01-01T00:00:00.000004Z')) AS v(name, at)`,
    [workspaceId],
  );
});
afterAll(() => t.close());

describe('creator search paging', () => {
  it('walks the default order (newest first) page by page, each creator once, microseconds kept', async () => {
    const names = await walk('sort=createdAt&order=desc');
    expect(names).toHaveLength(7);
    expect(new Set(names).size).toBe(7);
    expect(names[0]).toBe('Khoa');
    expect(names.slice(1, 4).sort()).toEqual(['Dung', 'Giang', 'Hà']);
    expect(names.slice(4, 6).sort()).toEqual(['Bình', 'Chi']);
    expect(names[6]).toBe('An');
  });

  it('walks oldest first the same way', async () => {
    const names = await walk('sort=createdAt&order=asc');
    expect(names[0]).toBe('An');
    expect(names[6]).toBe('Khoa');
    expect(new Set(names).size).toBe(7);
  });

  it('walks by name in both directions', async () => {
    const ascending = ['An', 'Bình', 'Chi', 'Dung', 'Giang', 'Hà', 'Khoa'];
    expect(await walk('sort=name&order=asc')).toEqual(ascending);
    expect(await walk('sort=name&order=desc')).toEqual([...ascending].reverse());
  });

  it('rejects a cursor of another sort (a number where a time belongs) with the field named', async () => {
    const byFollowers = Buffer.from(
      JSON.stringify({ value: 5, id: '00000000-0000-4000-8000-000000000000' }),
    ).toString('base64url');
    const response = await t.request({
      method: 'GET',
      url: `${ws}/creators?cursor=${byFollowers}`,
      as: owner,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('query.cursor');
  });
});
