import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { LocalizedText } from '../../common/localized-text';

@Entity({ name: 'regions' })
export class RegionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'text', unique: true }) slug!: string;
  @Column({ type: 'jsonb' }) name!: LocalizedText;
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'parent_id', type: 'bigint', nullable: true }) parentId!: string | null;
  @Column({ name: 'valid_from', type: 'date', nullable: true }) validFrom!: string | null;
  @Column({ name: 'valid_until', type: 'date', nullable: true }) validUntil!: string | null;
  @Column({ type: 'jsonb', nullable: true }) note!: LocalizedText | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'region_successions' })
export class RegionSuccessionEntity {
  @Column({ name: 'predecessor_id', type: 'bigint', primary: true }) predecessorId!: string;
  @Column({ name: 'successor_id', type: 'bigint', primary: true }) successorId!: string;
  @Column({ name: 'effective_on', type: 'date', nullable: true }) effectiveOn!: string | null;
}
