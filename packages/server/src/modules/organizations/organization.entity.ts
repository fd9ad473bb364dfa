import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { LocalizedText } from '../../common/localized-text';

export interface ServiceProfileData {
  freeOfCharge?: boolean;
  accessibleToRuralPopulation?: boolean;
  hasCrisisBeds?: boolean;
}

@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'text', unique: true }) slug!: string;
  @Column({ type: 'jsonb' }) name!: LocalizedText;
  @Column({ name: 'short_name', type: 'jsonb', nullable: true }) shortName!: LocalizedText | null;
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'parent_id', type: 'bigint', nullable: true }) parentId!: string | null;
  @Column({ name: 'region_id', type: 'bigint', nullable: true }) regionId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) description!: LocalizedText | null;
  @Column({ name: 'service_profile', type: 'jsonb', nullable: true }) serviceProfile!: ServiceProfileData | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'organization_contacts' })
export class OrganizationContactEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'organization_id', type: 'bigint' }) organizationId!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) value!: string;
  @Column({ type: 'jsonb', nullable: true }) label!: LocalizedText | null;
  @Column({ type: 'integer', default: 0 }) position!: number;
}
