import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { LocalizedText } from '../../common/localized-text';

@Entity({ name: 'programmes' })
export class ProgrammeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'text', unique: true }) slug!: string;
  @Column({ type: 'jsonb' }) name!: LocalizedText;
  @Column({ type: 'jsonb', nullable: true }) description!: LocalizedText | null;
  @Column({ name: 'lead_organization_id', type: 'bigint', nullable: true }) leadOrganizationId!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'pilot_regions' })
export class PilotRegionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'text', unique: true }) slug!: string;
  @Column({ type: 'jsonb' }) name!: LocalizedText;
  @Column({ name: 'programme_id', type: 'bigint' }) programmeId!: string;
  @Column({ name: 'region_id', type: 'bigint' }) regionId!: string;
  @Column({ name: 'started_on', type: 'date', nullable: true }) startedOn!: string | null;
  @Column({ name: 'started_on_precision', type: 'text', default: 'DAY' }) startedOnPrecision!: string;
  @Column({ type: 'text' }) status!: string;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'pilot_areas' })
export class PilotAreaEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'pilot_region_id', type: 'bigint' }) pilotRegionId!: string;
  @Column({ type: 'jsonb' }) name!: LocalizedText;
  @Column({ name: 'region_id', type: 'bigint', nullable: true }) regionId!: string | null;
  @Column({ name: 'unit_count', type: 'integer', nullable: true }) unitCount!: number | null;
  @Column({ type: 'integer', default: 0 }) position!: number;
}

@Entity({ name: 'pilot_measures' })
export class PilotMeasureEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'pilot_region_id', type: 'bigint' }) pilotRegionId!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'jsonb' }) title!: LocalizedText;
  @Column({ type: 'jsonb', nullable: true }) description!: LocalizedText | null;
  @Column({ name: 'organization_id', type: 'bigint', nullable: true }) organizationId!: string | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) audiences!: LocalizedText[];
  @Column({ type: 'integer', default: 0 }) position!: number;
}

@Entity({ name: 'indicator_values' })
export class IndicatorValueEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'pilot_region_id', type: 'bigint' }) pilotRegionId!: string;
  @Column({ name: 'region_id', type: 'bigint' }) regionId!: string;
  @Column({ type: 'text' }) indicator!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'numeric' }) value!: string;
  @Column({ type: 'text' }) qualifier!: string;
  @Column({ name: 'period_start', type: 'date' }) periodStart!: string;
  @Column({ name: 'period_end', type: 'date' }) periodEnd!: string;
  @Column({ name: 'stated_as', type: 'jsonb', nullable: true }) statedAs!: LocalizedText | null;
}
