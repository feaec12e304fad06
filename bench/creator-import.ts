/**
 * Creator spreadsheet import end to end through the API, the way the web app does it: create the import, PUT the
 * XLSX bytes, preview (header detection, mapping, every row validated), run, and poll the job until it is done
 * (database job driver, as in the server). The file is 100,000 messy-but-valid rows: a title row above
 * Vietnamese headers, "12,5K" / "1tr2" / "15 triệu" numbers, handles with "@", mixed-case platform names.
 * Then the same file again: nothing may change (counts must be all "unchanged").
 * Target (issue #4): 100,000 rows in ≤ 20 s, i.e. ≥ 5,000 rows/s.
 * Run: node --import tsx bench/creator-import.ts            (embedded PGlite)
 *      BENCH_DATABASE_URL=postgres://… node --import tsx bench/creator-import.ts
 * Rows: BENCH_ROWS (default 100000).
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openBenchWorld } from './lib/bench-world';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const TARGET_SECONDS = (20 * ROWS) / 100_000;
const PLATFORMS = ['TikTok', 'tiktok', 'Facebook', 'FB', 'Instagram', 'YouTube'];
const CITIES = ['Hà Nội', 'TP. Hồ Chí Minh', 'Đà Nẵng', 'Cần Thơ', 'Hải Phòng', 'Huế'];
const NICHES = ['Mỹ phẩm, làm đẹp', 'Ẩm thực', 'Du lịch; ẩm thực', 'Công nghệ', 'Mẹ và bé', 'Thời trang'];
const FOLLOWERS = (i: number) =>
  [`${(i % 900) + 1},5K`, `${(i % 90) + 1}.200`, `${(i % 9) + 1}tr2`, `${i % 5000}`, ''][i % 5];
const FEES = (i: number) =>
  [`${(i % 20) + 1} triệu`, `${(i % 9) + 1}tr5`, `${(i % 50) + 1}.000.000`, ''][i % 4];

/** Written with exceljs' streaming writer (shared strings, like Excel) and cached between runs. */
async function messyWorkbook(rows: number): Promise<Buffer> {
  const file = path.join(tmpdir(), `lantoa-bench-creators-${rows}.xlsx`);
  if (existsSync(file)) return readFileSync(file);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = writer.addWorksheet('KOL');
  sheet.addRow(['Danh sách KOL/KOC — cập nhật tháng 11']).commit();
  sheet
    .addRow([
      'Họ và tên',
      'Nền tảng',
      'Tài khoản',
      'Số người theo dõi',
      'Khu vực',
      'Báo giá',
      'Email',
      'Lĩnh vực',
      'Ghi chú',
    ])
    .commit();
  for (let i = 0; i < rows; i++)
    sheet
      .addRow([
        `Nhà sáng tạo ${i}`,
        PLATFORMS[i % PLATFORMS.length],
        `${i % 3 === 0 ? '@' : ''}kol.${i}`,
        FOLLOWERS(i),
        CITIES[i % CITIES.length],
        FEES(i),
        i % 4 === 0 ? `kol${i}@mail.vn` : '',
        NICHES[i % NICHES.length],
        i % 7 === 0 ? 'Đã từng hợp tác' : '',
      ])
      .commit();
  sheet.commit();
  await writer.commit();
  return readFileSync(file);
}

async function main() {
  const { app, services, ws, headers, kind, close } = await openBenchWorld({
    databaseUrl: process.env.BENCH_DATABASE_URL,
    jobs: 'database',
  });

  const generated = Date.now();
  const bytes = await messyWorkbook(ROWS);
  console.log(
    `file: ${ROWS.toLocaleString('en')} rows, ${(bytes.length / 1e6).toFixed(1)} MB XLSX (ready in ${Date.now() - generated} ms)`,
  );

  const importOnce = async () => {
    const phases: Record<string, number> = {};
    let mark = Date.now();
    const lap = (name: string) => {
      const now = Date.now();
      phases[name] = now - mark;
      mark = now;
    };
    const start = Date.now();
    const created = await app.inject({
      method: 'POST',
      url: `${ws}/imports`,
      headers,
      payload: { kind: 'creators', fileName: 'kol.xlsx' },
    });
    const id = created.json().id as string;
    const put = await app.inject({
      method: 'PUT',
      url: `${ws}/imports/${id}/file`,
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      payload: bytes,
    });
    if (put.statusCode !== 200) throw new Error(put.body);
    lap('upload');
    const preview = await app.inject({
      method: 'POST',
      url: `${ws}/imports/${id}/preview`,
      headers,
      payload: {},
    });
    const summary = preview.json() as {
      validCount: number;
      rejectedCount: number;
      mappingProblems: string[];
    };
    if (summary.validCount !== ROWS || summary.mappingProblems.length)
      throw new Error(
        `preview: ${summary.validCount} valid, ${summary.rejectedCount} rejected, ${summary.mappingProblems}`,
      );
    lap('preview');
    const run = await app.inject({
      method: 'POST',
      url: `${ws}/imports/${id}/run`,
      headers,
      payload: { onDuplicate: 'update' },
    });
    const jobId = run.json().jobId as string;
    for (;;) {
      const job = await app.inject({ method: 'GET', url: `${ws}/jobs/${jobId}`, headers });
      const status = job.json().status as string;
      if (process.env.BENCH_TRACE) console.error(status, job.json().progress, job.json().message);
      if (status === 'succeeded') break;
      if (status === 'failed') throw new Error(job.body);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    lap('job');
    const seconds = (Date.now() - start) / 1000;
    const status = await app.inject({ method: 'GET', url: `${ws}/imports/${id}`, headers });
    return { seconds, phases, counts: status.json().result as Record<string, number> };
  };

  const first = await importOnce();
  const again = await importOnce();
  const creators = await services.database.pool.query('SELECT count(*)::int AS n FROM creators');
  const rate = ROWS / first.seconds;
  console.log(`database: ${kind}`);
  console.log(
    `first import: ${first.seconds.toFixed(1)} s end to end = ${Math.round(rate).toLocaleString('en')} rows/s (upload ${first.phases.upload} ms, preview ${first.phases.preview} ms, job ${first.phases.job} ms); created ${first.counts.created}`,
  );
  console.log(
    `same file again: ${again.seconds.toFixed(1)} s = ${Math.round(ROWS / again.seconds).toLocaleString('en')} rows/s; created ${again.counts.created}, updated ${again.counts.updated}, unchanged ${again.counts.unchanged}`,
  );
  console.log(`creators stored: ${creators.rows[0]?.n}`);
  console.log(
    `target: ${TARGET_SECONDS} s for ${ROWS.toLocaleString('en')} rows → ${(first.seconds / TARGET_SECONDS).toFixed(2)}× the budget (${first.seconds <= TARGET_SECONDS ? 'met' : 'NOT met'})`,
  );
  await close();
  if (again.counts.created !== 0 || again.counts.updated !== 0) process.exitCode = 1;
}

await main();
