import { FormEvent, useState } from 'react';
import {
  Button,
  Dialog,
  DialogTrigger,
  Heading,
  Label,
  Modal,
  Radio,
  RadioGroup,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { useDepartmentDirectory } from '../departments/use-department-directory';
import { personName } from './person-name';
import { Person, useSession } from './session';

const PERSONAS = graphql(`
  query SignInPersonas {
    personas {
      subject
      displayName
      roles
      organizations
      departments
      onCommittee
    }
  }
`);

const SIGN_IN_AS = graphql(`
  mutation SignInAsPersona($subject: String!) {
    signInAsPersona(subject: $subject) {
      token
      expiresAt
      persona {
        subject
        displayName
        roles
        organizations
        departments
        onCommittee
      }
    }
  }
`);

const ME = graphql(`
  query SignInMe {
    me {
      subject
      displayName
      roles
      organizations
      departments
      onCommittee
    }
  }
`);

/**
 * Sign in: as one of the demo's people where the platform signs its own tokens (standalone, development), or
 * with a bearer token from the identity provider elsewhere. Focus returns to the button that opened it.
 */
export function SignInDialog() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: PERSONAS });
  const personas = data?.personas ?? [];
  return (
    <DialogTrigger>
      <Button className="button">{t('session.signIn')}</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title">{t('session.dialogTitle')}</Heading>
              {personas.length ? (
                <PersonaForm personas={personas} onDone={close} />
              ) : (
                <TokenForm onDone={close} />
              )}
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function PersonaForm({
  personas,
  onDone,
}: {
  personas: (Person & { displayName?: string | null })[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { nameOf } = useDepartmentDirectory();
  const client = useClient();
  const { signIn } = useSession();
  const announce = useAnnounce();
  // null, not '': with a value no radio holds, React Aria leaves no radio reachable by Tab
  const [subject, setSubject] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!subject) return setProblem(t('session.choiceRequired'));
    const result = await client.mutation(SIGN_IN_AS, { subject }).toPromise();
    const signedIn = result.data?.signInAsPersona;
    if (!signedIn) return setProblem(t('session.failed', { message: result.error?.message ?? '' }));
    signIn({ token: signedIn.token, person: signedIn.persona, expiresAt: signedIn.expiresAt });
    announce(t('session.signedIn', { name: personName(t, signedIn.persona, nameOf) }));
    onDone();
  };
  return (
    <form onSubmit={submit} noValidate>
      <RadioGroup
        value={subject}
        onChange={setSubject}
        isInvalid={!!problem}
        className="radio-list"
        aria-describedby="persona-hint"
      >
        <Label>{t('session.choosePersona')}</Label>
        <Text slot="description" id="persona-hint">
          {t('session.personaHint')}
        </Text>
        {personas.map((persona) => (
          <Radio key={persona.subject} value={persona.subject} className="radio">
            {personName(t, persona, nameOf)}
          </Radio>
        ))}
      </RadioGroup>
      {problem && <p role="alert">{problem}</p>}
      <FormButtons onCancel={onDone} />
    </form>
  );
}

function TokenForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { nameOf } = useDepartmentDirectory();
  const client = useClient();
  const { signIn } = useSession();
  const announce = useAnnounce();
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = token.trim();
    if (!trimmed) return setProblem(t('session.tokenRequired'));
    const headers = { authorization: `Bearer ${trimmed}` };
    const result = await client
      .query(ME, {}, { fetchOptions: { headers }, requestPolicy: 'network-only' })
      .toPromise();
    const me = result.data?.me;
    if (!me) return setProblem(t('session.failed', { message: result.error?.message ?? '' }));
    signIn({ token: trimmed, person: me, expiresAt: null });
    announce(t('session.signedIn', { name: personName(t, me, nameOf) }));
    onDone();
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextField value={token} onChange={setToken} isInvalid={!!problem} className="field">
        <Label>{t('session.token')}</Label>
        <TextArea rows={4} />
        <Text slot="description">{t('session.tokenHint')}</Text>
      </TextField>
      {problem && <p role="alert">{problem}</p>}
      <FormButtons onCancel={onDone} />
    </form>
  );
}

function FormButtons({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="dialog-buttons">
      <Button type="submit" className="button primary">
        {t('session.submit')}
      </Button>
      <Button className="button" onPress={onCancel}>
        {t('session.cancel')}
      </Button>
    </div>
  );
}
