import { Injectable } from '@nestjs/common';
import { todayIsoDate } from '@waymark/shared/types';
import { AppConfig } from './app-config';

/**
 * The time deadlines are counted against. Everything that decides "due", "overdue" or
 * "today" asks this clock, so tests can move it (CLOCK_NOW, `travelTo`) and check every
 * generated deadline on known dates. Outside tests it is the system clock and cannot move.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  constructor(private readonly config: AppConfig) {
    if (config.CLOCK_NOW) this.travelTo(config.CLOCK_NOW);
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Today as a 'YYYY-MM-DD' calendar date (UTC). */
  today(): string {
    return todayIsoDate(this.now());
  }

  /** Tests only: from now on the clock reads `instant` plus the time that passes. */
  travelTo(instant: string | Date): void {
    if (this.config.NODE_ENV !== 'test') throw new Error('the clock moves only in tests');
    this.offsetMs = new Date(instant).getTime() - Date.now();
  }
}
