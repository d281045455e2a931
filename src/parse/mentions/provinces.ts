/** Canada's provinces and territories that run their own nominee programs, as a regex source (one group, no captures). */
export const PROVINCES = '(?:Manitoba|Saskatchewan|Ontario|Alberta|British Columbia|Nova Scotia|New Brunswick|Prince Edward Island|Newfoundland(?: and Labrador)?|Yukon|Northwest Territories)';
