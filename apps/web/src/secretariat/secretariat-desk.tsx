import { useTranslation } from 'react-i18next';
import { navigate } from '../navigation';
import { DeskScreen } from './desk-screen';

/** The desk's tasks, each a screen of its own. */
const TASKS = [
  'surveys',
  'thresholds',
  'roster',
  'plan',
  'organizations',
  'departments',
  'councils',
] as const;

/** The secretariat's desk: what it keeps for the committee, one screen per task. */
export function SecretariatDesk() {
  const { t } = useTranslation();
  return (
    <DeskScreen title={t('secretariat.title')} home>
      <p>{t('secretariat.intro')}</p>
      <ul className="cards desk-tasks">
        {TASKS.map((task) => (
          <li key={task} className="card">
            <h2>
              <a href={`/secretariat/${task}`} onClick={navigate}>
                {t(`secretariat.${task}.title`)}
              </a>
            </h2>
            <p>{t(`secretariat.${task}.summary`)}</p>
          </li>
        ))}
      </ul>
    </DeskScreen>
  );
}
