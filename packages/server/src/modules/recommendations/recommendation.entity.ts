import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { LocalizedText } from '../../common/localized-text';

@Entity({ name: 'recommendations' })
export class RecommendationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'text', unique: true }) slug!: string;
  @Column({ name: 'event_id', type: 'bigint' }) eventId!: string;
  @Column({ type: 'jsonb' }) text!: LocalizedText;
  @Column({ type: 'text' }) theme!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'due_on', type: 'date', nullable: true }) dueOn!: string | null;
  @Column({ type: 'integer', default: 0 }) position!: number;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'recommendation_responsible_organizations' })
export class RecommendationResponsibleOrganizationEntity {
  @Column({ name: 'recommendation_id', type: 'bigint', primary: true }) recommendationId!: string;
  @Column({ name: 'organization_id', type: 'bigint', primary: true }) organizationId!: string;
}

@Entity({ name: 'recommendation_status_changes' })
export class RecommendationStatusChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'recommendation_id', type: 'bigint' }) recommendationId!: string;
  @Column({ name: 'from_status', type: 'text', nullable: true }) fromStatus!: string | null;
  @Column({ name: 'to_status', type: 'text' }) toStatus!: string;
  @Column({ name: 'changed_on', type: 'date' }) changedOn!: string;
  @Column({ name: 'changed_by', type: 'jsonb', nullable: true }) changedBy!: LocalizedText | null;
  @Column({ type: 'jsonb', nullable: true }) note!: LocalizedText | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
