import { ApiPropertyOptional } from '@nestjs/swagger';
import { ExceptionCaseDto } from '@p2c/flow';

/** An entry the flow could not post, waiting for its owner group: a case naming its posting. */
export class TimeExceptionDto extends ExceptionCaseDto {
  @ApiPropertyOptional({ description: 'The posting it stopped.', example: 'psa-time-31000017' })
  posting?: string;
}
