import { FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { AuditStreamDiffQuery } from '../gql/graphql';
import { apiMessage } from './api-message';
import { shownValue } from './json-paths';
import { Moment } from './moment';
import { MomentField } from './moment-field';
import { useMoment } from './use-moment';

const STREAM_DIFF = graphql(`
  query AuditStreamDiff($streamId: String!, $from: Moment!, $to: Moment!) {
    diff(streamId: $streamId, from: $from, to: $to) {
      path
      kind
      before
      after
    }
  }
`);

type Change = AuditStreamDiffQuery['diff'][number];

/** What changed in the stream's state between two moments, each change said in words as well as marked. */
export function StreamDiff({ streamId, suggested }: { streamId: string; suggested: [number, number] }) {
  const { t } = useTranslation();
  const from = useMoment(suggested[0]);
  const to = useMoment(suggested[1]);
  const [asked, setAsked] = useState<{ from: Moment; to: Moment } | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: STREAM_DIFF,
    variables: { streamId, from: asked?.from ?? {}, to: asked?.to ?? {} },
    pause: asked === null,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [before, after] = [from.check(), to.check()];
    setAsked(before && after ? { from: before, to: after } : null);
  };
  const changes = data?.diff;
  return (
    <section aria-labelledby="diff">
      <h2 id="diff">{t('audit.diff.title')}</h2>
      <form onSubmit={submit} noValidate className="diff-form">
        <MomentField legend={t('audit.diff.from')} {...from.field} />
        <MomentField legend={t('audit.diff.to')} {...to.field} />
        <Button type="submit" className="button primary">
          {t('audit.diff.submit')}
        </Button>
      </form>
      <div aria-live="polite">
        {fetching && <p>{t('audit.loading')}</p>}
        {error && <p role="alert">{t('audit.failed', { message: apiMessage(error) })}</p>}
        {changes && !fetching && (
          <>
            <p>
              {changes.length === 0 ? t('audit.diff.none') : t('audit.diff.count', { count: changes.length })}
            </p>
            <ul className="changes">
              {changes.map((change) => (
                <ChangeLine key={change.path} change={change} />
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

const MARKS = { ADDED: '+', REMOVED: '−', CHANGED: '~' } as const;

function ChangeLine({ change }: { change: Change }) {
  const { t } = useTranslation();
  const values = { before: shownValue(change.before), after: shownValue(change.after) };
  return (
    <li className={`change change-${change.kind.toLowerCase()}`}>
      <span className="change-mark" aria-hidden="true">
        {MARKS[change.kind]}
      </span>
      <strong>{t(`audit.diff.${change.kind}`)}</strong> <code>{change.path}</code>:{' '}
      {t(`audit.diff.${change.kind.toLowerCase()}`, values)}
    </li>
  );
}
