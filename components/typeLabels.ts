import type { EntityType } from '../knowledge/types';

/** How each entity type reads to a person. */
export const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  company: 'Company',
  policy: 'Policy',
  agreement: 'Agreement',
  facility: 'Facility',
  forum: 'Forum',
  event: 'Event',
  agency: 'Agency',
  organization: 'Organization',
  media: 'Media',
  place: 'Place',
};
