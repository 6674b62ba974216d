import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every sign-in attempt, kept for the per-address rate limit. */
@Entity('login_attempt')
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column()
  ip: string;

  @Column({ type: 'citext' })
  email: string;

  @Column()
  succeeded: boolean;

  @Column({ name: 'attempted_at', type: 'timestamptz', insert: false })
  attemptedAt: Date;
}
