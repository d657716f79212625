import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sqlRows } from '@p2c/flow';
import type { ProjectTimeStatusDto } from './dto/project-time-status.dto';
import type { TimeStatusPageDto } from './dto/time-status-page.dto';
import type { TimeTallyDto } from './dto/time-tally.dto';

const STANDING = ['pending', 'posted', 'blocked'] as const;

const TALLIES = `
  SELECT project, status, count(*)::int AS entries, coalesce(sum(minutes), 0)::int AS minutes
    FROM time_postings
   WHERE kind = 'TIME' AND project = ANY($1) AND status IN ('pending', 'posted', 'blocked')
   GROUP BY project, status`;

interface Tally {
  project: string;
  status: (typeof STANDING)[number];
  entries: number;
  minutes: number;
}

const tally = (entries: number, minutes: number): TimeTallyDto => ({
  entries,
  hours: minutes / 60,
});

/** Per project: its approved time, and how much of it is on its way, posted and blocked. */
@Injectable()
export class ReadTimeStatusUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(projects: readonly string[]): Promise<TimeStatusPageDto> {
    const asked = [...new Set(projects)];
    const rows = await sqlRows<Tally>(this.dataSource.manager, TALLIES, [asked]);
    return {
      items: asked.map((project): ProjectTimeStatusDto => {
        const of = (status: Tally['status']) =>
          rows.find((row) => row.project === project && row.status === status);
        const [pending, posted, blocked] = STANDING.map(of);
        const sum = (field: 'entries' | 'minutes') =>
          [pending, posted, blocked].reduce((total, row) => total + (row?.[field] ?? 0), 0);
        return {
          project,
          approved: tally(sum('entries'), sum('minutes')),
          pending: tally(pending?.entries ?? 0, pending?.minutes ?? 0),
          posted: tally(posted?.entries ?? 0, posted?.minutes ?? 0),
          blocked: tally(blocked?.entries ?? 0, blocked?.minutes ?? 0),
        };
      }),
    };
  }
}
