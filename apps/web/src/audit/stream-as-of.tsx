import { FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { apiMessage } from './api-message';
import { leavesOf, shownValue } from './json-paths';
import { Moment } from './moment';
import { MomentField } from './moment-field';
import { useMoment } from './use-moment';

const STREAM_AS_OF = graphql(`
  query AuditStreamAsOf($streamId: String!, $at: DateTime, $position: Int) {
    streamAsOf(streamId: $streamId, at: $at, position: $position) {
      service
      aggregate
      version
      state
    }
  }
`);

/** The stream's state at a moment the auditor names, folded by its own aggregate, field by field. */
export function StreamAsOf({ streamId, suggested }: { streamId: string; suggested: number }) {
  const { t } = useTranslation();
  const moment = useMoment(suggested);
  const [asked, setAsked] = useState<Moment | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: STREAM_AS_OF,
    variables: { streamId, at: null, position: null, ...asked },
    pause: asked === null,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAsked(moment.check());
  };
  const state = data?.streamAsOf;
  return (
    <section aria-labelledby="as-of">
      <h2 id="as-of">{t('audit.asOf.title')}</h2>
      <form onSubmit={submit} noValidate>
        <MomentField legend={t('audit.asOf.moment')} {...moment.field} />
        <Button type="submit" className="button primary">
          {t('audit.asOf.submit')}
        </Button>
      </form>
      <div aria-live="polite">
        {fetching && <p>{t('audit.loading')}</p>}
        {error && <p role="alert">{t('audit.failed', { message: apiMessage(error) })}</p>}
        {state && !fetching && (
          <>
            <p>
              {state.version === 0
                ? t('audit.asOf.notYet')
                : t('audit.asOf.summary', {
                    version: state.version,
                    aggregate: state.aggregate,
                    service: state.service,
                  })}
            </p>
            {state.version > 0 && (
              <div className="table-scroll" role="region" aria-label={t('audit.asOf.caption')} tabIndex={0}>
                <table className="state-table">
                  <caption>{t('audit.asOf.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('audit.asOf.field')}</th>
                      <th scope="col">{t('audit.asOf.value')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {leavesOf(state.state).map((leaf) => (
                      <tr key={leaf.path}>
                        <th scope="row">
                          <code>{leaf.path}</code>
                        </th>
                        <td>{shownValue(leaf.value)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}
