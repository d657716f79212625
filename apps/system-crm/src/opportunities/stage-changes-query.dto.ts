import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, Matches } from 'class-validator';
import { ChangesQueryDto } from '../changes/changes-query.dto';

/** A CRM stage name as picklists spell them: "Negotiation", "Closed Lost", "Id. Decision Makers". */
export const STAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9 ./&'()-]{0,79}$/;

/** Where to read the feed of deals at some stages from, and which stages. */
export class StageChangesQueryDto extends ChangesQueryDto {
  @ApiProperty({
    description: 'The stages (CRM StageName) whose deals the feed carries; repeat for several.',
    example: ['Negotiation', 'Closed Lost'],
    type: [String],
    minItems: 1,
    maxItems: 20,
  })
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value : [value]))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(STAGE_NAME, { each: true })
  stage!: string[];
}
