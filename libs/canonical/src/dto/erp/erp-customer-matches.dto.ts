import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsString, ValidateNested } from 'class-validator';
import { ErpCustomerCandidateDto } from './erp-customer-candidate.dto';

export const CUSTOMER_MATCH_OUTCOMES = ['TAX_ID', 'NAME', 'NONE'] as const;
export type CustomerMatchOutcome = (typeof CUSTOMER_MATCH_OUTCOMES)[number];

/**
 * Every ERP customer that may be the one searched for: by tax id first, and only when none has it
 * by normalised name. One candidate is a clear match; several mean a person must decide.
 */
export class ErpCustomerMatchesDto {
  @ApiProperty({
    description: 'How the candidates were found; NONE when there are none.',
    enum: CUSTOMER_MATCH_OUTCOMES,
    example: 'NAME',
  })
  @IsIn(CUSTOMER_MATCH_OUTCOMES)
  matchedBy: CustomerMatchOutcome;

  @ApiProperty({
    description: 'The name as matching compared it (case, punctuation and legal forms dropped).',
    example: 'fabrikam logistics',
  })
  @IsString()
  normalizedName: string;

  @ApiProperty({
    description: 'The candidates, by ERP id.',
    type: [ErpCustomerCandidateDto],
    maxItems: 100,
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ErpCustomerCandidateDto)
  candidates: ErpCustomerCandidateDto[];
}
