import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProcessOnboardingApi } from '@p2c/clients';
import { ProvisionalProjectDto } from './provisional-project.dto';

export class ProvisionalProjectPageDto
  implements ProcessOnboardingApi.SchemaProvisionalProjectPageDto
{
  @ApiProperty({
    description: 'Newest first (by when first set up).',
    type: [ProvisionalProjectDto],
    maxItems: 100,
  })
  items: ProvisionalProjectDto[];

  @ApiPropertyOptional({
    description: 'Pass as `cursor` for the next page; absent on the last.',
    example: 'WyIyMDI2LTEyLTAzIDE3OjAwOjAwLjAwMDAwMCswMCIsInByal81YjdkNDBlMiJd',
  })
  nextCursor?: string;
}
