import { checkpointsController } from '@p2c/platform';
import { CheckpointParamsDto } from './dto/checkpoint-params.dto';
import { PsaCheckpointDto } from './dto/psa-checkpoint.dto';
import { SavePsaCheckpointDto } from './dto/save-psa-checkpoint.dto';
import { PsaCheckpoints } from './psa-checkpoints';

/** `GET/PUT/DELETE /checkpoints/{feed}/{consumer}`: consumers' checkpoints in the passes. */
export const CheckpointsController = checkpointsController({
  keeper: PsaCheckpoints,
  params: CheckpointParamsDto,
  answer: PsaCheckpointDto,
  saveBody: SavePsaCheckpointDto,
  says: {
    get: {
      summary: 'Where a consumer has got to in a pass',
      description: '`GET /<feed>` with `consumer` and no cursor reads on from here.',
    },
    save: {
      summary: 'Save a consumer\u2019s checkpoint after it has taken in a page',
      description: 'The latest save wins; the answer is the checkpoint as it stands.',
    },
    remove: 'Its next read starts a first pass (everything the PSA keeps).',
  },
});
