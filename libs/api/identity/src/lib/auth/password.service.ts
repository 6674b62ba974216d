import { Injectable } from '@nestjs/common';
import { BadInputError } from '@waymark/api/common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@waymark/shared/types';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import * as argon2 from 'argon2';

/** zxcvbn scores 0–4; 3 is "safely unguessable" against an online attack. */
const MIN_STRENGTH = 3;

@Injectable()
export class PasswordService {
  private readonly strength = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  /** Verified against when no user matches, so a wrong e-mail takes as long as a wrong password. */
  private readonly dummyHash = argon2.hash('waymark-timing-equaliser', { type: argon2.argon2id });

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.dummyHash), password);
    } catch {
      return false;
    }
  }

  /** Refuses short, long or common passwords with a message a person can act on. */
  assertAcceptable(password: string, field: string, personal: string[] = []): void {
    if (password.length < PASSWORD_MIN_LENGTH) {
      throw new BadInputError(`The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`, [
        { field, message: `at least ${PASSWORD_MIN_LENGTH} characters` },
      ]);
    }
    if (password.length > PASSWORD_MAX_LENGTH) {
      throw new BadInputError(`The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`, [
        { field, message: `at most ${PASSWORD_MAX_LENGTH} characters` },
      ]);
    }
    if (this.strength.check(password, personal).score < MIN_STRENGTH) {
      throw new BadInputError('This password is too common or easy to guess. Try a longer phrase of unrelated words.', [
        { field, message: 'too common' },
      ]);
    }
  }
}
