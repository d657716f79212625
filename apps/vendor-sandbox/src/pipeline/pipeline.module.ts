import { Module } from '@nestjs/common';
import { VendorNotFoundController } from './vendor-not-found.controller';
import { VendorPipeline } from './vendor-pipeline';

/** Auth, limits and injected faults in front of every vendor route; vendor-shaped 404s. */
@Module({
  controllers: [VendorNotFoundController],
  providers: [VendorPipeline],
  exports: [VendorPipeline],
})
export class PipelineModule {}
