import { ApiProperty } from '@nestjs/swagger';

export class StaffingChangedDto {
  @ApiProperty({ description: 'The PSA workspace', example: '16000005' })
  workspaceId: string;

  @ApiProperty({ description: 'Workers taken off', example: [] })
  removed: string[];

  @ApiProperty({ description: 'Workers staffed', example: ['E1023'] })
  added: string[];

  @ApiProperty({
    description: 'Labels of the open (unnamed) roles the added workers filled',
    example: ['ANALYST, open: E1024 Yara Ito is inactive in the HCM'],
  })
  filled: string[];

  @ApiProperty({ description: 'Open roles still unfilled on the workspace', example: 0 })
  open: number;
}
