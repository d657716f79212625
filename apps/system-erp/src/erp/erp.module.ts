import { Module } from '@nestjs/common';
import { CrossReferenceRepository } from '@p2c/persistence';
import { ErpClient } from './erp-client';
import { ErpDirectory } from './erp-directory';
import { ErpLinks } from './erp-links';
import { ErpProjectRefs } from './erp-project-refs';
import { ErpUpserts } from './erp-upserts';

/** The ERP's dialect, its reference data and the cross-references: what every feature uses. */
@Module({
  providers: [
    CrossReferenceRepository,
    ErpClient,
    ErpDirectory,
    ErpLinks,
    ErpProjectRefs,
    ErpUpserts,
  ],
  exports: [ErpClient, ErpDirectory, ErpLinks, ErpProjectRefs, ErpUpserts],
})
export class ErpModule {}
