/**
 * GA4 export import end to end through the API, as the web app does it: create the import, PUT the CSV, preview
 * with the campaign chosen for the file, run, poll the job (database job driver, as in the server). The file is a
 * Vietnamese-interface GA4 export of BENCH_ROWS rows (default 10,000: 100 days × 100 source / medium × ad content
 * pairs) after eight "#" metadata lines; 20 creators of the campaign have tracked links whose utm_content half the
 * rows name. Then the same file again: nothing may change (all rows "unchanged").
 * Run: node --import tsx bench/ga4-import.ts            (embedded PGlite)
 *      BENCH_DATABASE_URL=postgres://… node --import tsx bench/ga4-import.ts
 */

import { openBenchWorld } from './lib/bench-world';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const CREATORS = 20;
const SOURCES = [
  'tiktok / referral',
  'facebook / referral',
  'instagram / social',
  'google / organic',
  '(direct) / (none)',
];

function ga4Csv(rows: number): Buffer {
  const lines = [
    '# ----------------------------------------',
    '# Thu nạp lưu lượng truy cập: Nguồn / phương tiện của phiên',
    '# Tài khoản: Bench',
    '# Thuộc tính: bench.vn - GA4',
    '# ----------------------------------------',
    '#',
    '# Ngày bắt đầu: 20260101',
    '# Ngày kết thúc: 20260410',
    'Nguồn / phương tiện của phiên,Nội dung quảng cáo thủ công của phiên,Ngày,Phiên,Phiên tương tác,Tỷ lệ thoát,Thời gian tương tác trung bình',
  ];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 100)));
    const date = day.toISOString().slice(0, 10).replaceAll('-', '');
    const pair = i % 100;
    const sessions = 50 + ((i * 37) % 2000);
    const engaged = Math.floor(sessions * 0.6);
    lines.push(
      `${SOURCES[pair % SOURCES.length]},kol-${pair % (2 * CREATORS)}-${Math.floor(pair / (2 * CREATORS))},${date},"${sessions.toLocaleString('vi-VN')}",${engaged},"${((1 - engaged / sessions) * 100).toFixed(1).replace('.', ',')}%",${Math.floor(pair / 10)}m ${String(pair % 60).padStart(2, '0')}s`,
    );
  }
  return Buffer.from(lines.join('\n'));
}

async function main() {
  const { app, ws, headers, kind, close } = await openBenchWorld({
    databaseUrl: process.env.BENCH_DATABASE_URL,
    jobs: 'database',
    dataDirPrefix: 'lantoa-bench-ga4-',
  });
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: Record<string, unknown>) => {
    const response = await app.inject({ method, url, headers, payload });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
    return response.json();
  };
  const campaignId = (
    await call('POST', `${ws}/campaigns`, { name: 'GA4 bench', objectives: ['engagement'] })
  ).id;
  for (let i = 0; i < CREATORS; i++) {
    const creator = await call('POST', `${ws}/creators`, {
      name: `KOL ${i}`,
      accounts: [{ platform: 'tiktok', handle: `kol.${i}` }],
    });
    await call('POST', `${ws}/links`, {
      campaignId,
      creatorId: creator.id,
      destinationUrl: 'https://bench.vn/',
      utm: { source: 'tiktok', content: `kol-${i}-0` },
    });
  }
  const bytes = ga4Csv(ROWS);

  const importOnce = async () => {
    const start = Date.now();
    const { id } = await call('POST', `${ws}/imports`, { kind: 'ga4', fileName: 'ga4.csv' });
    const put = await app.inject({
      method: 'PUT',
      url: `${ws}/imports/${id}/file`,
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      payload: bytes,
    });
    if (put.statusCode !== 200) throw new Error(put.body);
    const preview = await call('POST', `${ws}/imports/${id}/preview`, { fixed: { campaign: campaignId } });
    if (preview.validCount !== ROWS || preview.mappingProblems.length)
      throw new Error(`preview: ${preview.validCount} valid, ${preview.mappingProblems}`);
    const previewMs = Date.now() - start;
    const { jobId } = await call('POST', `${ws}/imports/${id}/run`, { onDuplicate: 'update' });
    for (;;) {
      const job = await call('GET', `${ws}/jobs/${jobId}`);
      if (job.status === 'succeeded') break;
      if (job.status === 'failed') throw new Error(job.error);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const seconds = (Date.now() - start) / 1000;
    const counts = (await call('GET', `${ws}/imports/${id}`)).result as Record<string, number>;
    return { seconds, previewMs, counts };
  };

  const first = await importOnce();
  const again = await importOnce();
  const kpis = await call('GET', `${ws}/campaigns/${campaignId}/kpis`);
  console.log(`database: ${kind}; file: ${ROWS} rows, ${(bytes.length / 1e6).toFixed(2)} MB CSV`);
  console.log(
    `first import: ${first.seconds.toFixed(2)} s end to end (preview ${first.previewMs} ms) = ${Math.round(ROWS / first.seconds)} rows/s; created ${first.counts.created}, matched to a creator ${first.counts.matchedToCreator}`,
  );
  console.log(
    `same file again: ${again.seconds.toFixed(2)} s = ${Math.round(ROWS / again.seconds)} rows/s; created ${again.counts.created}, updated ${again.counts.updated}, unchanged ${again.counts.unchanged}`,
  );
  console.log(
    `campaign KPIs: bounce_rate ${kpis.campaign.bounce_rate.value?.toFixed(2)} %, avg_time_on_page ${kpis.campaign.avg_time_on_page.value?.toFixed(1)} s over ${kpis.campaign.bounce_rate.inputs.sessions} sessions`,
  );
  await close();
  if (again.counts.created !== 0 || again.counts.updated !== 0) process.exitCode = 1;
}

await main();
