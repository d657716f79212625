import type { ExceptionNote } from '@p2c/persistence';
import type { ExceptionNoteDto } from './dto/exception-note.dto';

export function exceptionNoteView(note: ExceptionNote): ExceptionNoteDto {
  return {
    id: note.id,
    author: note.author,
    text: note.body,
    createdAt: note.createdAt.toISOString(),
  };
}
