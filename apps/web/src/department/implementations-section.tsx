import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ImplementationCard } from './implementation-card';
import { useRefetchOnStatusChange } from './use-refetch-on-status-change';

const IMPLEMENTATIONS = graphql(`
  query DepartmentImplementations($department: String!) {
    implementations(department: $department) {
      id
      proposalId
      status
      percent
      stalledReason
      milestones {
        milestoneId
        title
        dueAt
        completedAt
      }
      reports {
        percent
        note
        reason
        reportedAt
      }
      proposal {
        title
      }
    }
  }
`);

/** What decisions asked the department to implement, most recent first, with their plans and progress. */
export function ImplementationsSection({ department, actsFor }: { department: string; actsFor: boolean }) {
  const { t } = useTranslation();
  // an empty list names no type: say which, so that a command sent here refetches it
  const context = useMemo(() => ({ additionalTypenames: ['Implementation'] }), []);
  const [{ data, fetching, error }, reexecuteQuery] = useQuery({
    query: IMPLEMENTATIONS,
    variables: { department },
    context,
  });
  useRefetchOnStatusChange(department, reexecuteQuery);
  return (
    <section aria-labelledby="implementations-heading">
      <h2 id="implementations-heading">{t('department.implementations.heading')}</h2>
      {fetching && !data && <p role="status">{t('department.loading')}</p>}
      {error && <p role="alert">{t('department.failed', { message: error.message })}</p>}
      {data?.implementations.length === 0 && <p>{t('department.implementations.empty')}</p>}
      {!!data?.implementations.length && (
        <ul className="cards">
          {data.implementations.map((implementation) => (
            <ImplementationCard key={implementation.id} implementation={implementation} actsFor={actsFor} />
          ))}
        </ul>
      )}
    </section>
  );
}
