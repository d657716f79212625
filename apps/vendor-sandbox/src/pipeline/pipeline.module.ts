import { Module } from '@nestjs/common';
import { VendorPipeline } from './vendor-pipeline';

/** Auth, limits and injected faults in front of every vendor route. */
@Module({ providers: [VendorPipeline], exports: [VendorPipeline] })
export class PipelineModule {}
