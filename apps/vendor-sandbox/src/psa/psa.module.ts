import { Module } from '@nestjs/common';

/** The PSA (Kantata-style) dialect: its API, events feed, signed webhooks and admin endpoints. */
@Module({})
export class PsaModule {}
