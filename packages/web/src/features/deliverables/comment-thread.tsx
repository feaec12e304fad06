import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime } from '../../lib/format';
import type { ThreadComment } from './deliverables-api';

interface Props {
  comments: ThreadComment[];
  timeZone?: string;
  /** Absent: read only. */
  onSend?: (body: string, parentId: string | null) => Promise<unknown>;
}

function CommentForm({
  onSend,
  parentId,
  onDone,
}: {
  onSend: NonNullable<Props['onSend']>;
  parentId: string | null;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [sending, setSending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    setSending(true);
    try {
      await onSend(body.trim(), parentId);
      setBody('');
      onDone?.();
    } finally {
      setSending(false);
    }
  };
  return (
    <form className="flex gap-2" onSubmit={submit}>
      <input
        className="h-8 min-w-0 flex-1 rounded-md border border-zinc-300 px-2.5 text-sm focus:border-teal-600 focus:outline-none"
        placeholder={t('deliverables.comments.placeholder')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        data-testid={parentId ? 'comment-reply-input' : 'comment-input'}
      />
      <Button size="sm" type="submit" loading={sending} data-testid="comment-send">
        {t('deliverables.comments.send')}
      </Button>
    </form>
  );
}

/** Comments with one level of replies; external reviewers are marked as such. */
export function CommentThread({ comments, timeZone, onSend }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const roots = comments.filter((c) => !c.parentId || !comments.some((p) => p.id === c.parentId));
  const repliesOf = (id: string) => comments.filter((c) => c.parentId === id);
  const item = (c: ThreadComment) => (
    <div className="rounded-md bg-zinc-50 px-3 py-2" data-testid="thread-comment">
      <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
        <span className="font-medium text-zinc-800">{c.author.name}</span>
        {c.author.kind === 'reviewer' && (
          <span className="rounded bg-sky-50 px-1 text-sky-800">{t('deliverables.comments.reviewer')}</span>
        )}
        <span>{formatDateTime(c.createdAt, locale, timeZone)}</span>
      </div>
      <p className="mt-1 text-sm whitespace-pre-wrap text-zinc-800">{c.body}</p>
    </div>
  );
  return (
    <div className="space-y-3">
      {roots.length === 0 && <p className="text-sm text-zinc-500">{t('deliverables.comments.empty')}</p>}
      {roots.map((c) => (
        <div key={c.id} className="space-y-2">
          {item(c)}
          <div className="ml-5 space-y-2 border-l border-zinc-200 pl-3">
            {repliesOf(c.id).map((r) => (
              <div key={r.id}>{item(r)}</div>
            ))}
            {onSend &&
              (replyTo === c.id ? (
                <CommentForm onSend={onSend} parentId={c.id} onDone={() => setReplyTo(null)} />
              ) : (
                <button
                  type="button"
                  className="text-xs text-teal-700 hover:underline"
                  onClick={() => setReplyTo(c.id)}
                >
                  {t('deliverables.comments.reply')}
                </button>
              ))}
          </div>
        </div>
      ))}
      {onSend && <CommentForm onSend={onSend} parentId={null} />}
    </div>
  );
}
