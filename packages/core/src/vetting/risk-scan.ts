import { DEFAULT_RISK_TERMS, RISK_CATEGORIES, type RiskCategory, type RiskTerm } from './risk-keywords';
import { type CompiledTerm, compileTerms, excerpt, findTerms, type TermMatch } from './term-matcher';

export interface RiskPost {
  id: string;
  caption: string;
  url?: string;
  /** ISO date or date-time. */
  publishedAt?: string;
}

export interface RiskComment {
  id?: string;
  postId: string;
  text: string;
  url?: string;
}

export interface CompetitorBrand {
  name: string;
  aliases?: readonly string[];
}

export interface FlagSource {
  kind: 'caption' | 'comment';
  postId: string;
  commentId?: string;
  url?: string;
  publishedAt?: string;
}

export interface RiskFlag {
  category: RiskCategory | 'competitor';
  term: string;
  excerpt: string;
  source: FlagSource;
  /** For competitor flags: the brand's main name. */
  competitor?: string;
}

export interface LexiconOptions {
  /** Terms added to a category's defaults (e.g. a workspace's own watch words). */
  extraTerms?: Partial<Record<RiskCategory, readonly RiskTerm[]>>;
  /** Categories to skip, e.g. 'alcohol' for a beer brand. */
  disabledCategories?: readonly RiskCategory[];
}

interface CompiledGroup {
  category: RiskFlag['category'];
  competitor?: string;
  terms: CompiledTerm[];
}

export function compileLexicon(
  options: LexiconOptions,
  competitors: readonly CompetitorBrand[],
): CompiledGroup[] {
  const disabled = new Set(options.disabledCategories ?? []);
  const groups: CompiledGroup[] = RISK_CATEGORIES.filter((category) => !disabled.has(category)).map(
    (category) => ({
      category,
      terms: compileTerms([...DEFAULT_RISK_TERMS[category], ...(options.extraTerms?.[category] ?? [])]),
    }),
  );
  for (const brand of competitors) {
    const names = [brand.name, ...(brand.aliases ?? [])].map((text) => ({ text }));
    groups.push({ category: 'competitor', competitor: brand.name, terms: compileTerms(names) });
  }
  return groups;
}

/** Drops matches that sit inside a longer match of the same group ("bia" inside "uống bia"). */
function outermost(matches: readonly TermMatch[]): TermMatch[] {
  return matches.filter(
    (match) =>
      !matches.some(
        (other) =>
          other !== match &&
          other.start <= match.start &&
          other.end >= match.end &&
          other.end - other.start > match.end - match.start,
      ),
  );
}

export function scanText(text: string, source: FlagSource, groups: readonly CompiledGroup[]): RiskFlag[] {
  return groups.flatMap((group) =>
    outermost(findTerms(text, group.terms)).map(
      (match): RiskFlag => ({
        category: group.category,
        term: match.term,
        excerpt: excerpt(text, match),
        source,
        ...(group.competitor === undefined ? {} : { competitor: group.competitor }),
      }),
    ),
  );
}

/** Runs the category lists and the competitor names over captions and comments. */
export function scanContent(
  posts: readonly RiskPost[],
  comments: readonly RiskComment[],
  groups: readonly CompiledGroup[],
): RiskFlag[] {
  const postUrl = new Map(posts.map((post) => [post.id, post.url]));
  const captionFlags = posts.flatMap((post) =>
    scanText(
      post.caption,
      {
        kind: 'caption',
        postId: post.id,
        ...(post.url === undefined ? {} : { url: post.url }),
        ...(post.publishedAt === undefined ? {} : { publishedAt: post.publishedAt }),
      },
      groups,
    ),
  );
  const commentFlags = comments.flatMap((comment) => {
    const url = comment.url ?? postUrl.get(comment.postId);
    return scanText(
      comment.text,
      {
        kind: 'comment',
        postId: comment.postId,
        ...(comment.id === undefined ? {} : { commentId: comment.id }),
        ...(url === undefined ? {} : { url }),
      },
      groups,
    );
  });
  return [...captionFlags, ...commentFlags];
}
