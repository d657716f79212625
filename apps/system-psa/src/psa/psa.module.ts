import { Module } from '@nestjs/common';
import { CrossReferenceRepository } from '@p2c/persistence';
import { CreateOnce } from './create-once';
import { KeyedLock } from './keyed-lock';
import { PassReader } from './pass-reader';
import { PsaApi } from './psa-api';
import { PsaDirectory } from './psa-directory';
import { PsaExternalReferences } from './psa-external-references';
import { PsaLinks } from './psa-links';
import { PsaSettings } from './psa-settings';

const SHARED = [
  PsaSettings,
  PsaApi,
  CreateOnce,
  KeyedLock,
  PsaDirectory,
  PsaLinks,
  PsaExternalReferences,
  PassReader,
  CrossReferenceRepository,
];

/** The PSA dialect every feature of system-psa speaks through: client, reference data, links. */
@Module({ providers: SHARED, exports: SHARED })
export class PsaModule {}
