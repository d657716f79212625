import { Controller, UseFilters, applyDecorators } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { VendorErrors } from './vendor-errors';
import { VendorExceptionFilter } from './vendor-exception.filter';

/**
 * A controller of a vendor dialect: its errors leave in the vendor's shape, and it stays out of
 * the sandbox's OpenAPI document (that documents the admin API; the dialects are the vendors').
 * Auth, limits and faults reach it through the vendor pipeline by path prefix.
 */
export function VendorController(errors: VendorErrors, path: string): ClassDecorator {
  return applyDecorators(
    Controller(path),
    UseFilters(new VendorExceptionFilter(errors)),
    ApiExcludeController(),
  );
}
