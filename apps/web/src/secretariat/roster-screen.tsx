import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useAnnounce } from '../announcer';
import { ChoiceGroup } from '../committee/choice-group';
import { Chip } from '../design/chip';
import { Field, TextInput } from '../forms/form-field';
import { RefusalAlert } from '../forms/refusal-alert';
import { identifierProblem, problemsOf, textProblem } from '../forms/text-problem';
import { useFormProblems } from '../forms/use-form-problems';
import { useRefusal } from '../forms/use-refusal';
import { graphql } from '../gql';
import type { Sector } from '../plan/answer-sectors';
import { DeskScreen } from './desk-screen';

const ROSTER = graphql(`
  query SecretariatRoster {
    committeeMembers {
      id
      name
      sector
      coChair
    }
  }
`);

const APPOINT = graphql(`
  mutation AppointMember($input: AppointMemberInput!) {
    appointMember(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

const REMOVE = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

const DESIGNATE = graphql(`
  mutation DesignateCoChairs($input: DesignateCoChairsInput!) {
    designateCoChairs(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

interface Member {
  id: string;
  name: string;
  sector: string;
  coChair: boolean;
}

const SECTORS: Sector[] = ['public', 'private'];
type AppointField = 'memberId' | 'name' | 'sector';
const REFUSALS = 'secretariat.roster.refusals';

/** The committee's roster: its members by sector, who co-chairs, appointing and removing members. */
export function RosterScreen() {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: ROSTER });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const members = data?.committeeMembers ?? [];
  return (
    <DeskScreen title={t('secretariat.roster.title')}>
      {error && <p role="alert">{t('secretariat.failed', { message: error.message })}</p>}
      <section aria-labelledby="members">
        <h2 id="members">{t('secretariat.roster.members', { count: members.length })}</h2>
        {data && members.length === 0 && <p>{t('secretariat.roster.none')}</p>}
        <ul className="cards">
          {members.map((member) => (
            <MemberCard key={member.id} member={member} onRemoved={reload} />
          ))}
        </ul>
      </section>
      {data && <CoChairsForm members={members} onDesignated={reload} />}
      <AppointForm onAppointed={reload} />
    </DeskScreen>
  );
}

function MemberCard({ member, onRemoved }: { member: Member; onRemoved: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [removing, remove] = useMutation(REMOVE);
  const { refusal, setRefusal, accepted } = useRefusal();
  const send = async () => {
    if (removing.fetching) return;
    setRefusal(null);
    const result = await remove({ input: { memberId: member.id } });
    if (!accepted(result.data?.removeMember, result.error)) return;
    announce(t('secretariat.roster.removed', { name: member.name }));
    onRemoved();
  };
  return (
    <li className="card">
      <h3>{member.name}</h3>
      <p>
        <Chip tone="neutral">{t(`secretariat.roster.sectors.${member.sector}`)}</Chip>
        {member.coChair && (
          <>
            {' '}
            <Chip tone="committee">{t('secretariat.roster.coChair')}</Chip>
          </>
        )}
      </p>
      <RefusalAlert refusal={refusal} prefix={REFUSALS} />
      <div className="actions">
        <button type="button" className="button" onClick={send}>
          {t('secretariat.roster.remove')}
          <span className="visually-hidden"> ({member.name})</span>
        </button>
      </div>
    </li>
  );
}

function CoChairsForm({ members, onDesignated }: { members: Member[]; onDesignated: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [designating, designate] = useMutation(DESIGNATE);
  const { refusal, setRefusal, accepted } = useRefusal();
  const chairOf = (sector: Sector) =>
    members.find((member) => member.coChair && member.sector === sector)?.id;
  const [chosen, setChosen] = useState<Record<Sector, string>>({
    public: chairOf('public') ?? '',
    private: chairOf('private') ?? '',
  });
  const [missing, setMissing] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (designating.fetching) return;
    setRefusal(null);
    setMissing(!chosen.public || !chosen.private);
    if (!chosen.public || !chosen.private) return;
    const result = await designate({ input: { coChairs: [chosen.public, chosen.private] } });
    if (!accepted(result.data?.designateCoChairs, result.error)) return;
    const names = SECTORS.map((sector) => members.find((member) => member.id === chosen[sector])?.name);
    announce(t('secretariat.roster.designated', { public: names[0], private: names[1] }));
    onDesignated();
  };
  return (
    <section aria-labelledby="co-chairs">
      <h2 id="co-chairs">{t('secretariat.roster.coChairsTitle')}</h2>
      <form className="form-stack" onSubmit={submit} noValidate>
        <p>{t('secretariat.roster.coChairsIntro')}</p>
        {SECTORS.map((sector) => (
          <Field
            key={sector}
            label={t(`secretariat.roster.coChairOf.${sector}`)}
            problem={missing && !chosen[sector] ? t('secretariat.roster.chooseCoChair') : undefined}
            control={(attributes) => (
              <select
                {...attributes}
                value={chosen[sector]}
                onChange={(event) => setChosen({ ...chosen, [sector]: event.target.value })}
              >
                <option value="">{t('secretariat.roster.choose')}</option>
                {members
                  .filter((member) => member.sector === sector)
                  .map((member) => (
                    <option key={member.id} value={member.id}>
                      {member.name}
                    </option>
                  ))}
              </select>
            )}
          />
        ))}
        <RefusalAlert refusal={refusal} prefix={REFUSALS} />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('secretariat.roster.designate')}
          </button>
        </div>
      </form>
    </section>
  );
}

function AppointForm({ onAppointed }: { onAppointed: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [appointing, appoint] = useMutation(APPOINT);
  const { form, problem, check } = useFormProblems<AppointField>('secretariat.roster.problems');
  const { refusal, setRefusal, accepted } = useRefusal();
  const [sector, setSector] = useState('');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (appointing.fetching) return;
    const fields = new FormData(event.currentTarget);
    const memberId = String(fields.get('memberId') ?? '').trim();
    const name = String(fields.get('name') ?? '').trim();
    setRefusal(null);
    const found = problemsOf<AppointField>({
      name: textProblem(name, 200),
      memberId: identifierProblem(memberId),
      sector: sector ? null : 'required',
    });
    if (!check(found)) return;
    const result = await appoint({ input: { memberId, name, sector: sector as Sector } });
    if (!accepted(result.data?.appointMember, result.error)) return;
    form.current?.reset();
    setSector('');
    announce(t('secretariat.roster.appointed', { name }));
    onAppointed();
  };
  return (
    <section aria-labelledby="appoint">
      <h2 id="appoint">{t('secretariat.roster.appointTitle')}</h2>
      <form ref={form} className="form-stack" onSubmit={submit} noValidate>
        <TextInput
          name="name"
          label={t('secretariat.roster.name')}
          problem={problem('name')}
          autoComplete="off"
        />
        <TextInput
          name="memberId"
          label={t('secretariat.roster.memberId')}
          hint={t('secretariat.roster.memberIdHint')}
          problem={problem('memberId')}
          autoComplete="off"
        />
        <ChoiceGroup
          label={t('secretariat.roster.sector')}
          options={SECTORS.map((value) => ({ value, label: t(`secretariat.roster.sectors.${value}`) }))}
          value={sector}
          onChange={setSector}
          error={problem('sector')}
        />
        <RefusalAlert refusal={refusal} prefix={REFUSALS} />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('secretariat.roster.appoint')}
          </button>
        </div>
      </form>
    </section>
  );
}
