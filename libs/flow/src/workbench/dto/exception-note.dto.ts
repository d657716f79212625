import { ApiProperty } from '@nestjs/swagger';

/** What a person wrote on a case while working it. */
export class ExceptionNoteDto {
  @ApiProperty({ description: 'Note id.', example: '5a2e9c1d-7b3f-4e0a-9d6c-2f1b8e4a7c90' })
  id: string;

  @ApiProperty({ description: 'Who wrote it (the token’s subject).', example: 'ana.ops@northwind' })
  author: string;

  @ApiProperty({
    description: 'What they wrote.',
    example: 'Asked the ERP team to reopen October for NWA-US.',
  })
  text: string;

  @ApiProperty({ description: 'Written at.', example: '2026-11-20T09:40:00.000Z' })
  createdAt: string;
}
