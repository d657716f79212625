import { HttpCode, applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApprovedDto } from './dto/approved.dto';

/** An approval a PSA user makes of the records an ApprovalSelectionDto picks. */
export const Approval = (summary: string): MethodDecorator =>
  applyDecorators(
    HttpCode(200),
    ApiOperation({ summary }),
    ApiOkResponse({ type: ApprovedDto }),
    ApiBadRequestResponse({
      description:
        'problem+json VALIDATION_FAILED or INVALID_SELECTION: give either ids or all: true',
    }),
    ApiUnprocessableEntityResponse({
      description: 'problem+json RECORDS_NOT_FOUND: ids the PSA does not have (`unknownIds`)',
    }),
  );
