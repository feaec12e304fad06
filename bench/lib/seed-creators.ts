import type pg from 'pg';

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = [
  'Thị',
  'Văn',
  'Minh',
  'Ngọc',
  'Thu',
  'Hoài',
  'Thanh',
  'Bảo',
  'Gia',
  'Quốc',
  'Khánh',
  'Phương',
];
const GIVEN = [
  'Linh',
  'Trang',
  'Hương',
  'Anh',
  'Hà',
  'Mai',
  'Lan',
  'Tuấn',
  'Hùng',
  'Dũng',
  'Phương',
  'Thảo',
  'Vy',
  'Nhi',
  'Khánh',
  'Long',
  'Quân',
  'Hiếu',
  'My',
  'Ngân',
  'Huệ',
  'Sơn',
];
const LOCATIONS = [
  'Hà Nội',
  'TP. Hồ Chí Minh',
  'Đà Nẵng',
  'Hải Phòng',
  'Cần Thơ',
  'Huế',
  'Nha Trang',
  'Đà Lạt',
  'Biên Hòa',
  'Vũng Tàu',
  'Quy Nhơn',
  'Buôn Ma Thuột',
  'Thái Nguyên',
  'Vinh',
];
const NICHES = [
  'mỹ phẩm',
  'làm đẹp',
  'thời trang',
  'ẩm thực',
  'du lịch',
  'công nghệ',
  'mẹ và bé',
  'thể thao',
  'giáo dục',
  'tài chính',
  'game',
  'sức khỏe',
  'nhà cửa',
  'xe cộ',
];
const PLATFORMS = ['tiktok', 'facebook', 'instagram', 'youtube', 'zalo'];
const STATUSES = ['prospect', 'prospect', 'prospect', 'contacted', 'negotiating', 'contracted', 'archived'];

/**
 * `count` creators in one workspace, generated in SQL from `generate_series` (fast on both databases): Vietnamese
 * names, places and niches with diacritics and their accent-folded search text, one or two platform accounts,
 * and the derived stats row search filters on (followers log-uniform 500–2M with its tier, ER, fees, quality,
 * risk). Deterministic: the same count gives the same creators.
 */
export async function seedCreators(
  pool: pg.Pool,
  workspaceId: string,
  count: number,
  fold: (text: string) => string,
): Promise<void> {
  const words = [SURNAMES, MIDDLE, GIVEN, LOCATIONS, NICHES];
  const folded = words.map((list) => list.map(fold));
  await pool.query(
    `CREATE TEMP TABLE seed_creators AS
     SELECT g, gen_random_uuid() AS id,
       1 + abs(hashint4(g)) % 16 AS s, 1 + abs(hashint4(g + 1000003)) % 12 AS m, 1 + abs(hashint4(g + 2000003)) % 22 AS n,
       1 + abs(hashint4(g + 3000017)) % 14 AS l, 1 + abs(hashint4(g + 4000037)) % 14 AS n1,
       1 + abs(hashint4(g + 5000011)) % 14 AS n2, 1 + abs(hashint4(g + 6000011)) % 5 AS p1,
       abs(hashint4(g + 7000003)) % 10 AS extra, 1 + abs(hashint4(g + 8000009)) % 7 AS st,
       round(exp(ln(500) + (abs(hashint4(g + 9000011)) % 100000) / 100000.0 * ln(4000)))::bigint AS followers,
       abs(hashint4(g + 10000019)) % 1000 AS r
     FROM generate_series(1, $1::int) g`,
    [count],
  );
  try {
    // a: accented words, f: folded words, in the order surname, middle, given name, place, niche.
    await pool.query(
      `WITH a AS (SELECT $1::text[] s, $2::text[] m, $3::text[] n, $4::text[] l, $5::text[] k),
            f AS (SELECT $6::text[] s, $7::text[] m, $8::text[] n, $9::text[] l, $10::text[] k)
       INSERT INTO creators (id, workspace_id, name, location, niches, status, bio, search_text, created_at)
       SELECT c.id, $12::uuid, a.s[c.s] || ' ' || a.m[c.m] || ' ' || a.n[c.n], a.l[c.l], ARRAY[a.k[c.n1], a.k[c.n2]],
         ($11::text[])[c.st],
         'Chia sẻ về ' || a.k[c.n1] || ' và ' || a.k[c.n2] || ' ở ' || a.l[c.l],
         f.s[c.s] || ' ' || f.m[c.m] || ' ' || f.n[c.n] || ' @' || f.s[c.s] || f.n[c.n] || '.' || c.g || ' ' ||
           f.k[c.n1] || ' ' || f.k[c.n2] || ' ' || f.l[c.l] || ' chia se ve ' || f.k[c.n1] || ' va ' || f.k[c.n2] ||
           ' o ' || f.l[c.l],
         now() - c.g * interval '1 minute'
       FROM seed_creators c, a, f`,
      [...words, ...folded, STATUSES, workspaceId],
    );
    await pool.query(
      `INSERT INTO creator_accounts (workspace_id, creator_id, platform, handle, followers, followers_at)
       SELECT $3::uuid, id, ($1::text[])[p1], ($2::text[])[s] || ($4::text[])[n] || '.' || g, followers, now()
       FROM seed_creators
       UNION ALL
       SELECT $3::uuid, id, ($1::text[])[1 + p1 % 5], ($2::text[])[s] || ($4::text[])[n] || '.' || g, followers / 3, now()
       FROM seed_creators WHERE extra < 3`,
      [PLATFORMS, folded[0], workspaceId, folded[2]],
    );
    await pool.query(
      `WITH p AS (SELECT $1::text[] AS platforms)
       INSERT INTO creator_stats (creator_id, workspace_id, platforms, followers, tier, engagement_rate, posts_count,
                                  fee_min, fee_max, quality_score, risk_level)
       SELECT id, $2::uuid,
         CASE WHEN extra < 3 THEN ARRAY(SELECT unnest(ARRAY[p.platforms[p1], p.platforms[1 + p1 % 5]]) ORDER BY 1)
              ELSE ARRAY[p.platforms[p1]] END,
         followers,
         CASE WHEN followers >= 500000 THEN 'mega' WHEN followers >= 50000 THEN 'macro'
              WHEN followers >= 10000 THEN 'micro' WHEN followers >= 1000 THEN 'nano' ELSE 'koc' END,
         CASE WHEN r < 50 THEN NULL ELSE 0.5 + (r % 115) / 10.0 END, 12,
         (followers * 20 / 1000) * 1000, (followers * 60 / 1000) * 1000,
         CASE WHEN r < 100 THEN NULL ELSE 30 + r % 71 END,
         CASE WHEN r % 10 = 0 THEN 'high' WHEN r % 10 < 3 THEN 'medium' ELSE 'low' END
       FROM seed_creators, p`,
      [PLATFORMS, workspaceId],
    );
  } finally {
    await pool.query('DROP TABLE seed_creators');
  }
}
