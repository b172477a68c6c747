import { DomainError } from '@hyeopchi/domain-kernel';

/** One of Seoul's 25 autonomous districts (자치구). */
export interface District {
  /**
   * Stable, and the district's English name: proposals and organizations named their district in English
   * (`Mapo-gu`) before there was a directory, so the events they left resolve here unchanged.
   */
  readonly id: string;
  /** The administrative standard code (행정표준코드) of the district, five digits. */
  readonly code: string;
  readonly nameKo: string;
  readonly nameEn: string;
}

const district = (code: string, nameKo: string, nameEn: string): District => ({
  id: nameEn,
  code,
  nameKo,
  nameEn,
});

/** The 25, in the order of their codes. */
export const SEOUL_DISTRICTS: readonly District[] = [
  district('11110', '종로구', 'Jongno-gu'),
  district('11140', '중구', 'Jung-gu'),
  district('11170', '용산구', 'Yongsan-gu'),
  district('11200', '성동구', 'Seongdong-gu'),
  district('11215', '광진구', 'Gwangjin-gu'),
  district('11230', '동대문구', 'Dongdaemun-gu'),
  district('11260', '중랑구', 'Jungnang-gu'),
  district('11290', '성북구', 'Seongbuk-gu'),
  district('11305', '강북구', 'Gangbuk-gu'),
  district('11320', '도봉구', 'Dobong-gu'),
  district('11350', '노원구', 'Nowon-gu'),
  district('11380', '은평구', 'Eunpyeong-gu'),
  district('11410', '서대문구', 'Seodaemun-gu'),
  district('11440', '마포구', 'Mapo-gu'),
  district('11470', '양천구', 'Yangcheon-gu'),
  district('11500', '강서구', 'Gangseo-gu'),
  district('11530', '구로구', 'Guro-gu'),
  district('11545', '금천구', 'Geumcheon-gu'),
  district('11560', '영등포구', 'Yeongdeungpo-gu'),
  district('11590', '동작구', 'Dongjak-gu'),
  district('11620', '관악구', 'Gwanak-gu'),
  district('11650', '서초구', 'Seocho-gu'),
  district('11680', '강남구', 'Gangnam-gu'),
  district('11710', '송파구', 'Songpa-gu'),
  district('11740', '강동구', 'Gangdong-gu'),
];

/** The longest id: what a command's district may be at most. */
export const DISTRICT_ID_MAX = Math.max(...SEOUL_DISTRICTS.map(({ id }) => id.length));

const BY_ID = new Map(SEOUL_DISTRICTS.map((entry) => [entry.id, entry]));

/**
 * The district with this id, or null: text stored before the directory existed may name none (it is shown as
 * written).
 */
export function districtById(id: string): District | null {
  return BY_ID.get(id) ?? null;
}

/** The id, when it is a district's: a command naming anything else is refused (`UNKNOWN_DISTRICT`). */
export function knownDistrict(id: string): string {
  if (!BY_ID.has(id)) {
    throw new DomainError(
      'UNKNOWN_DISTRICT',
      `"${id}" is not one of Seoul's 25 districts: name one by its id, such as Mapo-gu or Jongno-gu`,
    );
  }
  return id;
}
