import { CommandReply, CommandRequest } from '@hyeopchi/command-processing';

export interface DemoDepartment {
  departmentId: string;
  nameKo: string;
  nameEn: string;
  spaceId: string;
}

/**
 * The departments of the demo city, by the names Seoul gives them. The demo officers' sign-ins name the first three
 * (`demo-personas.ts`); every test that drafts a proposal names departments from this list.
 */
export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  {
    departmentId: 'parks',
    nameKo: '푸른도시여가국',
    nameEn: 'Green City and Leisure Bureau',
    spaceId: 'seoul',
  },
  {
    departmentId: 'climate',
    nameKo: '기후환경본부',
    nameEn: 'Climate and Environment Headquarters',
    spaceId: 'seoul',
  },
  { departmentId: 'welfare', nameKo: '복지실', nameEn: 'Welfare Office', spaceId: 'seoul' },
  { departmentId: 'transport', nameKo: '교통실', nameEn: 'Transportation Office', spaceId: 'seoul' },
  {
    departmentId: 'mapo-parks',
    nameKo: '마포구 공원녹지과',
    nameEn: 'Mapo-gu Parks and Green Spaces Division',
    spaceId: 'Mapo-gu',
  },
  {
    departmentId: 'seongbuk-welfare',
    nameKo: '성북구 복지정책과',
    nameEn: 'Seongbuk-gu Welfare Policy Division',
    spaceId: 'Seongbuk-gu',
  },
];

/** Who registers the demo's departments: the secretariat keeps the directory. */
export const DEPARTMENT_REGISTRAR = { actor: 'secretariat-jung', role: 'secretariat' } as const;

/**
 * Registers the demo's departments through `send` (a dispatcher's, or a sender's for the civic context), so that
 * proposals may name them. A department registered already counts as done; any other refusal throws.
 */
export async function registerDemoDepartments(
  send: (request: CommandRequest) => Promise<CommandReply>,
): Promise<void> {
  for (const data of DEMO_DEPARTMENTS) {
    const reply = await send({ type: 'RegisterDepartment', data: { ...data }, ...DEPARTMENT_REGISTRAR });
    if (!reply.ok && reply.error.code !== 'DEPARTMENT_EXISTS') {
      throw new Error(`registering ${data.departmentId} was refused: ${reply.error.message}`);
    }
  }
}
