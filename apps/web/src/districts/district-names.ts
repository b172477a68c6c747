/** What a district is called, as the API gives it (`District`). */
export interface DistrictNames {
  id: string;
  nameKo: string;
  nameEn: string;
}

/** A district's name in the reader's language: Korean unless English was picked. */
export function districtName(district: Omit<DistrictNames, 'id'>, language: string): string {
  return language === 'en' ? district.nameEn : district.nameKo;
}

/** The districts as a reader looks for them: by name in their language, alphabetically (가나다 in Korean). */
export function districtChoices(
  districts: readonly DistrictNames[],
  language: string,
): { id: string; name: string }[] {
  return districts
    .map((district) => ({ id: district.id, name: districtName(district, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}

/**
 * Where a proposal or an organization is, in words: the directory's name for its district, or, for text written
 * before there was a directory, that text as written.
 */
export function placeName(
  place: { district: string; districtInDirectory: Omit<DistrictNames, 'id'> | null },
  language: string,
): string {
  return place.districtInDirectory ? districtName(place.districtInDirectory, language) : place.district;
}
