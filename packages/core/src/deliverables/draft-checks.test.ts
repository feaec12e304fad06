import { describe, expect, it } from 'vitest';
import { bannedPhrasesFromDonts } from './banned-phrases';
import { checkDraft } from './draft-checks';

const context = { creatorId: 'linh', disclosures: [], donts: [], others: [] };

describe('bannedPhrasesFromDonts', () => {
  it('takes quoted phrases verbatim and strips the leading "không nói / tránh / don\'t"', () => {
    expect(
      bannedPhrasesFromDonts([
        'Không nói “trị dứt điểm” hay "hết mụn 100%"',
        'Tránh cam kết trắng da sau 3 ngày.',
        "Don't mention competitors",
      ]),
    ).toEqual(['trị dứt điểm', 'hết mụn 100%', 'cam kết trắng da sau 3 ngày', 'mention competitors']);
  });
});

describe('checkDraft', () => {
  it('flags a caption without any ad disclosure, and accepts "hợp tác" written without accents', () => {
    const missing = checkDraft({ caption: 'Serum mới của Cỏ Mềm dùng thích lắm', script: null }, context);
    expect(missing.map((f) => f.code)).toEqual(['missing_disclosure']);
    expect(checkDraft({ caption: 'Hop tac cung Co Mem: serum moi', script: null }, context)).toEqual([]);
  });

  it('accepts a disclosure the brief requires, found in the script', () => {
    const findings = checkDraft(
      { caption: 'Serum mới', script: 'Cuối video: #CoMemPartner' },
      { ...context, disclosures: ['#CoMemPartner'] },
    );
    expect(findings).toEqual([]);
  });

  it('points at a forbidden claim in the caption with its exact span, accent-insensitively', () => {
    const caption = '#quangcao Dùng 1 tuần là TRI DUT DIEM mụn luôn';
    const [finding] = checkDraft(
      { caption, script: null },
      { ...context, donts: ['Không nói "trị dứt điểm"'] },
    );
    expect(finding).toMatchObject({
      code: 'banned_claim',
      phrase: 'trị dứt điểm',
      evidence: { field: 'caption', text: 'TRI DUT DIEM', start: 25, end: 37 },
    });
    expect(caption.slice(25, 37)).toBe('TRI DUT DIEM');
  });

  it("flags another creator's near-identical caption with the shared words, not the same creator's", () => {
    const base = 'Mình đã dùng serum Cỏ Mềm được hai tuần và da mình mịn hơn hẳn luôn mọi người ơi #quangcao';
    const copy =
      'Mình đã dùng serum Cỏ Mềm được hai tuần và da mình mịn hơn hẳn luôn mọi người nha #quangcao';
    const other = { deliverableId: 'd2', creatorId: 'minh', caption: copy, script: null };
    const findings = checkDraft({ caption: base, script: null }, { ...context, others: [other] });
    expect(findings).toHaveLength(1);
    const [dup] = findings;
    if (dup?.code !== 'near_duplicate') throw new Error('expected a near duplicate');
    expect(dup.otherDeliverableId).toBe('d2');
    expect(dup.similarity).toBeGreaterThanOrEqual(0.6);
    expect(dup.evidence?.text).toBe(
      'Mình đã dùng serum Cỏ Mềm được hai tuần và da mình mịn hơn hẳn luôn mọi người',
    );
    const sameCreator = checkDraft(
      { caption: base, script: null },
      { ...context, others: [{ ...other, creatorId: 'linh' }] },
    );
    expect(sameCreator).toEqual([]);
  });

  it('does not flag two different captions', () => {
    const other = {
      deliverableId: 'd2',
      creatorId: 'minh',
      caption: 'Review son môi mới ra mắt, màu đỏ cam rất hợp mùa Tết #quangcao',
      script: null,
    };
    const findings = checkDraft(
      { caption: 'Serum Cỏ Mềm giúp da mình đỡ khô hẳn trong mùa lạnh #quangcao', script: null },
      { ...context, others: [other] },
    );
    expect(findings).toEqual([]);
  });
});
