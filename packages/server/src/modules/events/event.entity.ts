import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { LocalizedText } from '../../common/localized-text';

@Entity({ name: 'events' })
export class EventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'text', unique: true }) slug!: string;
  @Column({ type: 'jsonb' }) title!: LocalizedText;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'starts_on', type: 'date', nullable: true }) startsOn!: string | null;
  @Column({ name: 'ends_on', type: 'date', nullable: true }) endsOn!: string | null;
  @Column({ type: 'jsonb', nullable: true }) city!: LocalizedText | null;
  @Column({ name: 'region_id', type: 'bigint', nullable: true }) regionId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) summary!: LocalizedText | null;
  @Column({ type: 'jsonb', nullable: true }) occasion!: LocalizedText | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) topics!: LocalizedText[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) conclusions!: LocalizedText[];
  @Column({ name: 'part_of_id', type: 'bigint', nullable: true }) partOfId!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'event_organizers' })
export class EventOrganizerEntity {
  @Column({ name: 'event_id', type: 'bigint', primary: true }) eventId!: string;
  @Column({ name: 'organization_id', type: 'bigint', primary: true }) organizationId!: string;
  @Column({ type: 'text' }) role!: string;
  @Column({ type: 'integer', default: 0 }) position!: number;
}

@Entity({ name: 'event_participants' })
export class EventParticipantEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'event_id', type: 'bigint' }) eventId!: string;
  @Column({ type: 'text' }) role!: string;
  @Column({ name: 'official_id', type: 'bigint', nullable: true }) officialId!: string | null;
  @Column({ name: 'organization_id', type: 'bigint', nullable: true }) organizationId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) title!: LocalizedText | null;
  @Column({ type: 'jsonb', nullable: true }) note!: LocalizedText | null;
  @Column({ type: 'integer', default: 0 }) position!: number;
}
