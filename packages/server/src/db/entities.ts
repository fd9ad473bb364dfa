import { EventEntity, EventOrganizerEntity, EventParticipantEntity } from '../modules/events/event.entity';
import { OfficialEntity, PostEntity } from '../modules/officials/official.entity';
import { OrganizationContactEntity, OrganizationEntity } from '../modules/organizations/organization.entity';
import {
  IndicatorValueEntity,
  PilotAreaEntity,
  PilotMeasureEntity,
  PilotRegionEntity,
  ProgrammeEntity,
} from '../modules/programmes/programme.entity';
import {
  RecommendationEntity,
  RecommendationResponsibleOrganizationEntity,
  RecommendationStatusChangeEntity,
} from '../modules/recommendations/recommendation.entity';
import { RegionEntity, RegionSuccessionEntity } from '../modules/regions/region.entity';
import { RecordSourceEntity, SourceEntity } from '../modules/sources/source.entity';

export const ENTITIES = [
  SourceEntity,
  RecordSourceEntity,
  RegionEntity,
  RegionSuccessionEntity,
  OrganizationEntity,
  OrganizationContactEntity,
  OfficialEntity,
  PostEntity,
  EventEntity,
  EventOrganizerEntity,
  EventParticipantEntity,
  ProgrammeEntity,
  PilotRegionEntity,
  PilotAreaEntity,
  PilotMeasureEntity,
  IndicatorValueEntity,
  RecommendationEntity,
  RecommendationResponsibleOrganizationEntity,
  RecommendationStatusChangeEntity,
];
