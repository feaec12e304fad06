import { monthsBefore, parseInstant } from './dates';
import { AD_DISCLOSURE_TERMS } from './risk-keywords';
import type { CompetitorBrand, RiskPost } from './risk-scan';
import { compileTerms, excerpt, findTerms } from './term-matcher';

export interface CompetitorCollaboration {
  competitor: string;
  postId: string;
  url?: string;
  publishedAt: string | null;
  /** The disclosure words found ("#quangcao", "hợp tác", "#ad"…). */
  disclosures: string[];
  excerpt: string;
}

export interface CompetitorCollaborationResult {
  windowMonths: number;
  windowStart: string;
  /** Disclosed competitor collaborations published inside the window. */
  inWindow: CompetitorCollaboration[];
  /** Same, but without a usable publish date: listed, since the window cannot be checked. */
  undated: CompetitorCollaboration[];
  /** Captions in the window naming a competitor without an ad disclosure (possibly undisclosed ads). */
  undisclosedMentions: CompetitorCollaboration[];
}

const disclosureTerms = compileTerms(AD_DISCLOSURE_TERMS);

/**
 * A competitor collaboration is a caption that names a competitor (or an alias) together with
 * an ad disclosure, published within the last `windowMonths` months before `asOf`.
 */
export function findCompetitorCollaborations(
  posts: readonly RiskPost[],
  competitors: readonly CompetitorBrand[],
  asOf: string,
  windowMonths: number,
): CompetitorCollaborationResult {
  const end = parseInstant(asOf);
  if (end === null) throw new Error(`Invalid asOf date: ${asOf}`);
  const start = monthsBefore(end, windowMonths);
  const result: CompetitorCollaborationResult = {
    windowMonths,
    windowStart: new Date(start).toISOString(),
    inWindow: [],
    undated: [],
    undisclosedMentions: [],
  };
  const brands = competitors.map((brand) => ({
    name: brand.name,
    terms: compileTerms([brand.name, ...(brand.aliases ?? [])].map((text) => ({ text }))),
  }));
  for (const post of posts) {
    const disclosures = [...new Set(findTerms(post.caption, disclosureTerms).map((match) => match.term))];
    const published = post.publishedAt === undefined ? null : parseInstant(post.publishedAt);
    for (const brand of brands) {
      const mention = findTerms(post.caption, brand.terms)[0];
      if (!mention) continue;
      const collaboration: CompetitorCollaboration = {
        competitor: brand.name,
        postId: post.id,
        ...(post.url === undefined ? {} : { url: post.url }),
        publishedAt: post.publishedAt ?? null,
        disclosures,
        excerpt: excerpt(post.caption, mention),
      };
      const inWindow = published !== null && published >= start && published <= end;
      if (disclosures.length === 0) {
        if (inWindow) result.undisclosedMentions.push(collaboration);
      } else if (published === null) result.undated.push(collaboration);
      else if (inWindow) result.inWindow.push(collaboration);
    }
  }
  return result;
}
