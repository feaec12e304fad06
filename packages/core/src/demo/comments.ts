import { BOUGHT_MIX, commentText, ORGANIC_MIX, SPONSORED_MIX } from './comment-text';
import { botName, commenterName } from './commenters';
import type { PostModel } from './posts';
import type { Random } from './random';
import { addHours, HOUR_MS } from './time';
import type { DemoComment } from './types';
import { CREATOR_REPLIES } from './vocabulary-comments';

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
  const wanted = bought ? random.int(18, 30) : random.int(0, 8);
  const count = Math.min(wanted, commentCount);
  const mix = bought ? BOUGHT_MIX : model.kind === 'campaign' ? SPONSORED_MIX : ORGANIC_MIX;
  const published = model.post.publishedAt.getTime();
  const latest = now.getTime() - 60_000;
  const comments: DemoComment[] = [];
  const questions: DemoComment[] = [];
  for (let index = 0; index < count; index += 1) {
    const pool = random.weighted(mix);
    const delayMs = Math.min(random.logNormal(6, 1.3) * HOUR_MS, latest - published);
    const isBot = bought && (pool === 'generic' || pool === 'copyPaste');
    const comment: DemoComment = {
      key: `${model.post.key}-cm${String(index + 1).padStart(2, '0')}`,
      postKey: model.post.key,
      externalId: `${model.post.externalId}_${random.int(100_000, 999_999)}${index}`,
      author: isBot ? botName(random) : commenterName(random),
      text: commentText(random, pool, model, isBot),
      at: new Date(published + Math.max(60_000, delayMs)),
      likes: isBot ? random.int(0, 2) : Math.floor(random.logNormal(2, 1.3)),
      replyTo: null,
      lang: pool === 'english' ? 'en' : 'vi',
    };
    comments.push(comment);
    if (pool === 'intent') questions.push(comment);
  }
  const question = questions[0];
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
