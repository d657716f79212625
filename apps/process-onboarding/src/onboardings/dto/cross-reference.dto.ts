import { ApiProperty } from '@nestjs/swagger';

/** Where a canonical entity of the onboarding lives in a vendor system, as recorded when it was set up. */
export class CrossReferenceDto {
  @ApiProperty({
    description: 'Canonical entity kind.',
    enum: ['opportunity', 'customer', 'project'],
    example: 'project',
  })
  entityType: string;

  @ApiProperty({ description: 'Canonical id.', example: 'prj_5b7d40e2' })
  canonicalId: string;

  @ApiProperty({
    description: 'Vendor system.',
    enum: ['crm', 'psa', 'erp', 'hcm'],
    example: 'erp',
  })
  system: string;

  @ApiProperty({ description: 'The record’s id in that system.', example: '1031' })
  externalId: string;
}
