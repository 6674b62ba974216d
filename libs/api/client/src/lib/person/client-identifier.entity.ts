import { TenantEntity } from '@waymark/api/database';
import type { IdentifierKind } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** A number that identifies the client elsewhere, encrypted at rest (see IdentifierCipher). */
@Entity('client_identifier')
export class ClientIdentifierEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ type: 'text' })
  kind: IdentifierKind;

  /** `<key id>:<base64 of iv, tag and ciphertext>`; never the value itself. */
  @Column({ name: 'value_encrypted' })
  valueEncrypted: string;

  /** What the mask shows; empty for values too short to show any of. */
  @Column()
  last4: string;
}
