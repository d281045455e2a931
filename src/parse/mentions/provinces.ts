/** Canada's provinces and territories that run their own nominee programs, as a regex source (one group, no captures). */
export const PROVINCES =
  '(?:Manitoba|Saskatchewan|Ontario|Alberta|British Columbia|Nova Scotia|New Brunswick|Prince Edward Island|Newfoundland(?: and Labrador)?|Yukon|Northwest Territories|B\\.\\s?C\\b\\.?|P\\.E\\.I\\b\\.?|PEI\\b|N\\.S\\b\\.?|N\\.B\\b\\.?|N\\.L\\b\\.?|Ont\\.|Sask\\.|Alta\\.)';

/** The same in French ("La Colombie-Britannique a invité 383 candidats", "L'Île-du-Prince-Édouard a choisi 127 candidats"). */
export const PROVINCES_FR =
  '(?:Manitoba|Saskatchewan|Ontario|Alberta|Colombie-Britannique|Nouvelle-[ÉE]cosse|Nouveau-Brunswick|[ÎI]le-du-Prince-[ÉE]douard|Terre-Neuve(?:-et-Labrador)?|Yukon|Territoires du Nord-Ouest)';
