import { botName, commenterName } from './commenters';
import type { PostModel } from './posts';
import type { Random } from './random';
import { addHours, HOUR_MS } from './time';
import type { DemoComment } from './types';
import {
  COMMENTS_BY_NICHE,
  COMMENTS_ENGLISH,
  COMMENTS_GENERIC,
  COMMENTS_NEUTRAL,
  COMMENTS_OBJECTION,
  COMMENTS_POSITIVE,
  COMMENTS_PURCHASE_INTENT,
  COMMENTS_SPAM,
  CREATOR_REPLIES,
} from './vocabulary-comments';

type Pool =
  | 'positive'
  | 'neutral'
  | 'niche'
  | 'intent'
  | 'objection'
  | 'generic'
  | 'spam'
  | 'english'
  | 'brand';

const ORGANIC_MIX: readonly (readonly [Pool, number])[] = [
  ['positive', 34],
  ['neutral', 14],
  ['niche', 16],
  ['intent', 10],
  ['objection', 8],
  ['generic', 9],
  ['spam', 4],
  ['english', 5],
];

const SPONSORED_MIX: readonly (readonly [Pool, number])[] = [
  ['positive', 22],
  ['neutral', 8],
  ['niche', 8],
  ['intent', 20],
  ['objection', 13],
  ['generic', 7],
  ['spam', 4],
  ['english', 3],
  ['brand', 15],
];

/** The flagged creator's comment sections: mostly bought, short, duplicated praise. */
const BOUGHT_MIX: readonly (readonly [Pool, number])[] = [
  ['generic', 75],
  ['positive', 10],
  ['intent', 5],
  ['niche', 5],
  ['spam', 5],
];

function text(random: Random, pool: Pool, model: PostModel): string {
  switch (pool) {
    case 'positive':
      return random.pick(COMMENTS_POSITIVE);
    case 'neutral':
      return random.pick(COMMENTS_NEUTRAL);
    case 'niche':
      return random.pick(COMMENTS_BY_NICHE[model.account.plan.niche]);
    case 'intent':
      return random.pick(COMMENTS_PURCHASE_INTENT);
    case 'objection':
      return random.pick(COMMENTS_OBJECTION);
    case 'generic':
      return random.pick(COMMENTS_GENERIC);
    case 'spam':
      return random.pick(COMMENTS_SPAM);
    case 'english':
      return random.pick(COMMENTS_ENGLISH);
    case 'brand':
      return random.pick(model.blueprint?.comments.length ? model.blueprint.comments : COMMENTS_POSITIVE);
  }
}

/**
 * A sample of a post's comments (never more than the post's comment count at its latest snapshot), most
 * within the first day, with a few creator replies to buying questions. Sentiment is left for the model.
 */
export function createComments(
  random: Random,
  model: PostModel,
  commentCount: number,
  now: Date,
): DemoComment[] {
  const bought = model.account.plan.flag === 'genericComments';
  const wanted = bought ? random.int(18, 30) : random.int(0, 10);
  const count = Math.min(wanted, commentCount);
  const mix = bought ? BOUGHT_MIX : model.kind === 'campaign' ? SPONSORED_MIX : ORGANIC_MIX;
  const published = model.post.publishedAt.getTime();
  const latest = now.getTime() - 60_000;
  const comments: DemoComment[] = [];
  for (let index = 0; index < count; index += 1) {
    const pool = random.weighted(mix);
    const delayMs = Math.min(random.logNormal(6, 1.3) * HOUR_MS, latest - published);
    const isBot = bought && pool === 'generic';
    comments.push({
      key: `${model.post.key}-cm${String(index + 1).padStart(2, '0')}`,
      postKey: model.post.key,
      externalId: `${model.post.externalId}_${random.int(100_000, 999_999)}${index}`,
      author: isBot ? botName(random) : commenterName(random),
      text: text(random, pool, model),
      at: new Date(published + Math.max(60_000, delayMs)),
      likes: isBot ? random.int(0, 2) : Math.floor(random.logNormal(2, 1.3)),
      replyTo: null,
      lang: pool === 'english' ? 'en' : 'vi',
    });
  }
  const question = comments.find((comment) => COMMENTS_PURCHASE_INTENT.includes(comment.text));
  if (question && comments.length < commentCount && random.chance(0.5)) {
    const at = addHours(question.at, random.float(0.5, 8));
    if (at.getTime() <= latest) {
      comments.push({
        key: `${model.post.key}-cm${String(comments.length + 1).padStart(2, '0')}`,
        postKey: model.post.key,
        externalId: `${question.externalId}_r`,
        author: model.account.account.handle,
        text: random.pick(CREATOR_REPLIES),
        at,
        likes: random.int(0, 5),
        replyTo: question.externalId,
        lang: 'vi',
      });
    }
  }
  return comments;
}
