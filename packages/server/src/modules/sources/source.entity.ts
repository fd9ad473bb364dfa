import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { LocalizedText } from '../../common/localized-text';

@Entity({ name: 'sources' })
export class SourceEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'text', unique: true }) slug!: string;
  @Column({ type: 'jsonb' }) title!: LocalizedText;
  @Column({ type: 'jsonb', nullable: true }) publisher!: LocalizedText | null;
  @Column({ name: 'published_on', type: 'date', nullable: true }) publishedOn!: string | null;
  @Column({ type: 'text', nullable: true }) url!: string | null;
  @Column({ type: 'text' }) language!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'jsonb', nullable: true }) note!: LocalizedText | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** Links any record (by its GraphQL type name and id) to a source it was taken from. */
@Entity({ name: 'record_sources' })
export class RecordSourceEntity {
  @Column({ name: 'record_type', type: 'text', primary: true }) recordType!: string;
  @Column({ name: 'record_id', type: 'bigint', primary: true }) recordId!: string;
  @Column({ name: 'source_id', type: 'bigint', primary: true }) sourceId!: string;
}
