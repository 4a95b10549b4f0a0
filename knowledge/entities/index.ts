/** Every curated entity, in the order the knowledge build checks them. */
import type { EntityRecord } from '../types';
import { companiesAndMedia } from './companies-media';
import { controlsAndCooperation } from './controls-cooperation';
import { eventsAndPlaces } from './events-places';
import { institutions } from './institutions';
import { chinesePeople } from './people-china';
import { usPeople } from './people-us';
import { tradePolicies } from './trade-policy';

export const entities: readonly EntityRecord[] = [
  ...usPeople,
  ...chinesePeople,
  ...companiesAndMedia,
  ...tradePolicies,
  ...controlsAndCooperation,
  ...institutions,
  ...eventsAndPlaces,
];
