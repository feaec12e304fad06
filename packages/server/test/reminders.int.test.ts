import { deliverables } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminderScan } from '../src/features/reminders/reminder-scan';
import type { Mailer, MailMessage } from '../src/mail/mailer';
import { createDeliverable, createDeliverableWorld, type DeliverableWorld, ok } from './deliverables-fixture';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
let w: DeliverableWorld;
const sent: MailMessage[] = [];
const smtp: Mailer = {
  kind: 'smtp',
  outbox: [],
  async send(message) {
    sent.push(message);
  },
};

interface Notifications {
  unreadCount: number;
  items: {
    id: string;
    kind: string;
    entityId: string;
    data: Record<string, unknown>;
    readAt: string | null;
  }[];
}

beforeAll(async () => {
  t = await createTestApp();
  w = await createDeliverableWorld(t, 'rem');
});
afterAll(async () => {
  await t?.close();
});

const scan = (iso: string, mailer: Mailer = smtp) =>
  runReminderScan(
    { db: t.services.db, mailer, publicUrl: 'http://localhost:3000', log: t.services.log },
    new Date(iso),
  );
const mine = () => ok<Notifications>(t.request({ method: 'GET', url: `${w.ws}/notifications`, as: w.owner }));

describe('reminders and late alerts', () => {
  it('reminds the owner 24 h before, on due and when overdue, once each, with an e-mail when SMTP is set', async () => {
    const d = await createDeliverable(t, w, w.linh, {
      ownerUserId: w.ownerId,
      dueAt: '2026-12-10T12:00:00Z',
    });
    expect(await scan('2026-12-09T11:00:00Z')).toEqual({ created: 0, emailed: 0, missed: 0 });
    expect((await scan('2026-12-09T12:30:00Z')).created).toBe(1);
    expect((await scan('2026-12-09T18:00:00Z')).created).toBe(0);
    expect((await scan('2026-12-10T12:00:00Z')).created).toBe(1);
    expect((await scan('2026-12-11T13:00:00Z')).created).toBe(1);
    const list = await mine();
    expect(list.items.map((n) => n.kind)).toEqual([
      'deliverable_overdue',
      'deliverable_due',
      'deliverable_due_soon',
    ]);
    expect(list.unreadCount).toBe(3);
    expect(list.items[0]).toMatchObject({
      entityId: d.id,
      data: { title: 'Video review serum', campaignName: 'Serum Tết' },
    });
    expect(sent.map((m) => [m.to, m.purpose])).toEqual([
      ['owner-rem@example.vn', 'deliverable_due_soon'],
      ['owner-rem@example.vn', 'deliverable_due'],
      ['owner-rem@example.vn', 'deliverable_overdue'],
    ]);
    expect(sent[0]?.subject).toBe('"Video review serum" sắp đến hạn (Serum Tết)');
  });

  it('sends no e-mail without SMTP, and nothing for published content', async () => {
    const before = sent.length;
    const d = await createDeliverable(t, w, w.minh, {
      ownerUserId: w.ownerId,
      dueAt: '2026-12-20T12:00:00Z',
    });
    const result = await scan('2026-12-20T13:00:00Z', t.services.mailer);
    expect(result).toMatchObject({ created: 1, emailed: 0 });
    expect(sent.length).toBe(before);
    await t.services.db.update(deliverables).set({ status: 'published' }).where(eq(deliverables.id, d.id));
    expect((await scan('2026-12-22T13:00:00Z')).created).toBe(0);
  });

  it('marks a deliverable missed 72 h after due while unpublished, for creator reliability', async () => {
    const d = await createDeliverable(t, w, w.linh, { dueAt: '2026-12-25T12:00:00Z' });
    await scan('2026-12-28T12:00:00Z');
    const [atDeadline] = await t.services.db.select().from(deliverables).where(eq(deliverables.id, d.id));
    expect(atDeadline?.lateness).toBeNull();
    await scan('2026-12-28T12:00:01Z');
    const [after] = await t.services.db.select().from(deliverables).where(eq(deliverables.id, d.id));
    expect(after?.lateness).toBe('missed');
  });

  it('notifies the workspace leads when a deliverable has no owner, and marks notifications read', async () => {
    await createDeliverable(t, w, w.minh, { dueAt: '2027-01-05T12:00:00Z' });
    expect((await scan('2027-01-05T00:00:00Z')).created).toBe(1);
    const list = await mine();
    const first = list.items[0];
    const one = await ok<{ marked: number }>(
      t.request({
        method: 'POST',
        url: '/api/v1/me/notifications/read',
        as: w.owner,
        payload: { ids: [first?.id] },
      }),
    );
    expect(one.marked).toBe(1);
    expect((await mine()).unreadCount).toBe(list.unreadCount - 1);
    const all = await ok<{ marked: number }>(
      t.request({
        method: 'POST',
        url: '/api/v1/me/notifications/read',
        as: w.owner,
        payload: { all: true, workspaceId: w.workspaceId },
      }),
    );
    expect(all.marked).toBe(list.unreadCount - 1);
    expect((await mine()).unreadCount).toBe(0);
  });

  it("never shows or marks another member's notifications", async () => {
    const stranger = await t.signUp('Người lạ', 'stranger-rem@example.vn');
    const mark = await ok<{ marked: number }>(
      t.request({
        method: 'POST',
        url: '/api/v1/me/notifications/read',
        as: stranger,
        payload: { all: true },
      }),
    );
    expect(mark.marked).toBe(0);
    const list = await t.request({ method: 'GET', url: `${w.ws}/notifications`, as: stranger });
    expect(list.statusCode).toBe(404);
  });

  it('reminds later when the workspace sets a 2-hour lead time', async () => {
    const put = await ok<{ beforeHours: number }>(
      t.request({
        method: 'PUT',
        url: `${w.ws}/reminder-settings`,
        as: w.owner,
        payload: { beforeHours: 2 },
      }),
    );
    expect(put.beforeHours).toBe(2);
    expect(
      (
        await ok<{ beforeHours: number }>(
          t.request({ method: 'GET', url: `${w.ws}/reminder-settings`, as: w.owner }),
        )
      ).beforeHours,
    ).toBe(2);
    await createDeliverable(t, w, w.linh, { ownerUserId: w.ownerId, dueAt: '2027-02-01T12:00:00Z' });
    await scan('2027-02-01T08:00:00Z'); // older deliverables' overdue reminders go out first
    expect((await scan('2027-02-01T09:00:00Z')).created).toBe(0);
    expect((await scan('2027-02-01T10:00:00Z')).created).toBe(1);
  });
});
