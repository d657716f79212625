import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedPrincipal } from '@p2c/security';
import { ExceptionCases } from '../exceptions/exception-cases';
import type { ExceptionNoteDto } from './dto/exception-note.dto';
import { exceptionNoteView } from './exception-note-view';
import { WorkableCases } from './workable-cases';

/**
 * Keeps what a person wrote on a case, audited. Closed cases take notes too: what was learnt
 * after the fact belongs with the case.
 */
@Injectable()
export class NoteExceptionCaseUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workable: WorkableCases,
    private readonly cases: ExceptionCases,
  ) {}

  execute(
    id: string,
    text: string,
    principal: AuthenticatedPrincipal | undefined,
  ): Promise<ExceptionNoteDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.workable.visible(manager, id, principal, true);
      const note = await this.cases.note(manager, id, principal?.subject ?? 'anonymous', text);
      // the case is locked above, so the note is written
      return exceptionNoteView(note!);
    });
  }
}
