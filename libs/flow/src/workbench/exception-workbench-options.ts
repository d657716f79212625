import type { Type } from '@nestjs/common';
import type { ExceptionCaseDto } from './dto/exception-case.dto';
import type { ExceptionCasePageDto } from './dto/exception-case-page.dto';

/**
 * How a process app mounts the workbench (`ExceptionWorkbenchModule.forFlow`); also the
 * provider token the workbench's use-cases read it by.
 */
export abstract class ExceptionWorkbenchOptions {
  /** the flow whose cases the app's workbench serves, e.g. `time-posting` */
  abstract flow: string;
  /** names the operations in the app's API document: `Time` → `listTimeExceptions`, … */
  abstract operationName: string;
  /** the app's view of a case, when it shows more than ExceptionCaseDto (with `view`) */
  abstract caseDto?: Type<ExceptionCaseDto>;
  /** a page of `caseDto`s */
  abstract pageDto?: Type<ExceptionCasePageDto>;
  /** turns the generic view of a case into the app's (e.g. naming the posting it stopped) */
  abstract view?: (generic: ExceptionCaseDto) => ExceptionCaseDto;
}
