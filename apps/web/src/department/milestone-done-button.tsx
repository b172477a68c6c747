import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { Refusal, refusalOf } from '../forms/refusal';
import { DeskRefusalAlert } from './command-dialog';

const COMPLETE_MILESTONE = graphql(`
  mutation DepartmentCompleteMilestone($input: CompleteMilestoneInput!) {
    completeMilestone(input: $input) {
      __typename
      ... on CommandAccepted {
        implementation {
          id
          milestones {
            milestoneId
            completedAt
          }
        }
      }
      ...CommandRefusal
    }
  }
`);

/** Marks one milestone done at once: nothing to fill in, and a refusal shown beside it. */
export function MilestoneDoneButton(props: {
  implementationId: string;
  milestone: { milestoneId: string; title: string };
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [{ fetching }, completeMilestone] = useMutation(COMPLETE_MILESTONE);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const markDone = async () => {
    const result = await completeMilestone({
      input: { implementationId: props.implementationId, milestoneId: props.milestone.milestoneId },
    });
    const refused = refusalOf(result.data?.completeMilestone, result.error);
    setRefusal(refused);
    if (!refused) announce(t('department.milestoneDone.done', { title: props.milestone.title }));
  };
  return (
    <>
      <Button className="button" onPress={markDone} isPending={fetching}>
        {t('department.milestoneDone.open')}
        <span className="visually-hidden">: {props.milestone.title}</span>
      </Button>
      <DeskRefusalAlert refusal={refusal} />
    </>
  );
}
