import { Module } from '@nestjs/common';
import { ExceptionCases } from './exception-cases';

/** Gives a process app the one ExceptionCases. */
@Module({ providers: [ExceptionCases], exports: [ExceptionCases] })
export class ExceptionCasesModule {}
