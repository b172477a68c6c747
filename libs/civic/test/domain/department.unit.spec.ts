import { RegisteredDepartmentEvent, departmentDecider } from '@hyeopchi/civic/domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(departmentDecider);
const now = new Date('2026-03-02T09:00:00Z');
const at = now.toISOString();
const metadata = { now, actor: 'secretariat-jung' };
const departmentId = 'climate';

const register = (spaceId = 'seoul', councilFound = false, nameKo = '기후환경본부') => ({
  type: 'RegisterDepartment' as const,
  data: { departmentId, nameKo, nameEn: 'Climate and Environment Headquarters', spaceId, councilFound },
  metadata,
});
const registered = (spaceId = 'seoul'): RegisteredDepartmentEvent => ({
  type: 'department.registered.v1',
  data: {
    departmentId,
    nameKo: '기후환경본부',
    nameEn: 'Climate and Environment Headquarters',
    spaceId,
    registeredBy: 'secretariat-jung',
    registeredAt: at,
  },
});
const rename = (nameKo: string, nameEn: string) => ({
  type: 'RenameDepartment' as const,
  data: { departmentId, nameKo, nameEn },
  metadata,
});
const officer = (
  type: 'AssignDepartmentOfficer' | 'ReleaseDepartmentOfficer',
  personId = 'officer-climate',
) => ({
  type,
  data: { departmentId, personId },
  metadata,
});
const assigned: RegisteredDepartmentEvent = {
  type: 'department.officer_assigned.v1',
  data: { departmentId, personId: 'officer-climate', assignedBy: 'secretariat-jung', assignedAt: at },
};

describe('registered department', () => {
  it('is registered with its Korean and English names in the city', () =>
    given().when(register()).then(registered()));

  it('is registered in a district', () => given().when(register('Mapo-gu')).then(registered('Mapo-gu')));

  it('is registered in a council the service found', () =>
    given().when(register('youth-council', true)).then(registered('youth-council')));

  it('refuses a space that is neither the city, a district nor a created council', () =>
    given().when(register('atlantis')).thenRefuses('UNKNOWN_SPACE'));

  it('refuses to be registered twice', () =>
    given(registered()).when(register()).thenRefuses('DEPARTMENT_EXISTS'));

  it.each([
    ['an empty name', ''],
    ['a name longer than 100 characters', '가'.repeat(101)],
  ])('refuses %s', (_what, nameKo) =>
    given()
      .when(register('seoul', false, nameKo))
      .thenRefuses('INVALID_DEPARTMENT'),
  );

  it('is renamed', () =>
    given(registered())
      .when(rename('기후환경본부', 'Climate Headquarters'))
      .then({
        type: 'department.renamed.v1',
        data: { departmentId, nameKo: '기후환경본부', nameEn: 'Climate Headquarters', renamedAt: at },
      }));

  it('changes nothing when renamed by the names it has', () =>
    given(registered()).when(rename('기후환경본부', 'Climate and Environment Headquarters')).then());

  it('refuses an empty new name', () =>
    given(registered()).when(rename('기후환경본부', ' ')).thenRefuses('INVALID_DEPARTMENT'));

  it('refuses to rename a department that is not registered', () =>
    given().when(rename('기후환경본부', 'Climate')).thenRefuses('DEPARTMENT_NOT_FOUND'));

  it('lists an officer', () => given(registered()).when(officer('AssignDepartmentOfficer')).then(assigned));

  it('refuses an officer listed already', () =>
    given(registered(), assigned)
      .when(officer('AssignDepartmentOfficer'))
      .thenRefuses('OFFICER_ALREADY_ASSIGNED'));

  it('releases an officer', () =>
    given(registered(), assigned)
      .when(officer('ReleaseDepartmentOfficer'))
      .then({
        type: 'department.officer_released.v1',
        data: { departmentId, personId: 'officer-climate', releasedBy: 'secretariat-jung', releasedAt: at },
      }));

  it('refuses to release someone who is not its officer', () =>
    given(registered()).when(officer('ReleaseDepartmentOfficer')).thenRefuses('OFFICER_NOT_ASSIGNED'));

  it('refuses officers for a department that is not registered', () =>
    given().when(officer('AssignDepartmentOfficer')).thenRefuses('DEPARTMENT_NOT_FOUND'));
});
