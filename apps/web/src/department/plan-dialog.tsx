import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { TextInput } from '../forms/form-field';
import { refusalOf } from '../forms/refusal';
import { CommandDialog, CommandForm } from './command-dialog';
import type { ImplementationSubject } from './implementation-subject';
import { MAX_MILESTONES, MilestoneDraft, milestoneProblems, plannedMilestones } from './plan-milestones';

const PLAN_IMPLEMENTATION = graphql(`
  mutation DepartmentPlanImplementation($input: PlanImplementationInput!) {
    planImplementation(input: $input) {
      ...ImplementationCommandResult
    }
  }
`);

/** The plan of a requested implementation: its milestones, each with what is done and by when. */
export function PlanDialog({ implementation }: { implementation: ImplementationSubject }) {
  const { t } = useTranslation();
  return (
    <CommandDialog
      opener={t('department.planForm.open')}
      about={implementation.title}
      title={t('department.planForm.title', { title: implementation.title })}
    >
      <PlanForm implementation={implementation} />
    </CommandDialog>
  );
}

const EMPTY: MilestoneDraft = { title: '', dueDate: '' };

function PlanForm({ implementation }: { implementation: ImplementationSubject }) {
  const { t } = useTranslation();
  const [, planImplementation] = useMutation(PLAN_IMPLEMENTATION);
  const [milestones, setMilestones] = useState<MilestoneDraft[]>([EMPTY]);
  const [problems, setProblems] = useState<ReturnType<typeof milestoneProblems>>([]);
  const change = (index: number, changed: Partial<MilestoneDraft>) =>
    setMilestones(
      milestones.map((milestone, at) => (at === index ? { ...milestone, ...changed } : milestone)),
    );
  const remove = (index: number) => {
    setMilestones(milestones.filter((_, at) => at !== index));
    setProblems(problems.filter((_, at) => at !== index));
  };
  const problem = (index: number, field: 'title' | 'dueDate') => {
    const key = problems[index]?.[field];
    return key && t(`department.problems.${key}`);
  };
  const send = async () => {
    const found = milestoneProblems(milestones);
    setProblems(found);
    if (found.some((each) => Object.keys(each).length)) return 'problems' as const;
    const result = await planImplementation({
      input: { implementationId: implementation.id, milestones: plannedMilestones(milestones) },
    });
    return refusalOf(result.data?.planImplementation, result.error);
  };
  return (
    <CommandForm
      submitLabel={t('department.planForm.submit')}
      done={t('department.planForm.done', { title: implementation.title })}
      send={send}
    >
      {milestones.map((milestone, index) => {
        const number = index + 1;
        return (
          // milestones are only added at the end and removed by place: the place is their identity here
          <fieldset key={index} className="desk-milestone-fields">
            <legend>{t('department.planForm.milestone', { number })}</legend>
            <TextInput
              label={t('department.planForm.milestoneTitle')}
              hint={t('department.planForm.milestoneTitleHint')}
              problem={problem(index, 'title')}
              value={milestone.title}
              onChange={(event) => change(index, { title: event.target.value })}
            />
            <TextInput
              type="date"
              label={t('department.planForm.dueDate')}
              hint={t('department.planForm.dueDateHint')}
              problem={problem(index, 'dueDate')}
              value={milestone.dueDate}
              onChange={(event) => change(index, { dueDate: event.target.value })}
            />
            {milestones.length > 1 && (
              <Button className="button" onPress={() => remove(index)}>
                {t('department.planForm.remove', { number })}
              </Button>
            )}
          </fieldset>
        );
      })}
      {milestones.length < MAX_MILESTONES && (
        <Button className="button" onPress={() => setMilestones([...milestones, EMPTY])}>
          {t('department.planForm.add')}
        </Button>
      )}
    </CommandForm>
  );
}
