import { checkpointsController } from '@p2c/platform';
import { CheckpointStore } from './checkpoint.store';
import { CheckpointParamsDto } from './dto/checkpoint-params.dto';
import { CheckpointDto } from './dto/checkpoint.dto';
import { SaveCheckpointDto } from './dto/save-checkpoint.dto';

/** `GET/PUT/DELETE /checkpoints/{feed}/{consumer}`: consumers' checkpoints in the change feeds. */
export const CheckpointsController = checkpointsController({
  keeper: CheckpointStore,
  params: CheckpointParamsDto,
  answer: CheckpointDto,
  saveBody: SaveCheckpointDto,
  says: {
    get: {
      summary: 'Where a consumer has got to in a feed',
      description:
        'The changes endpoints read from here when called with `consumer` and no cursor.',
    },
    save: {
      summary: 'Save a consumer\u2019s checkpoint after it has processed a page',
      description:
        'Moves forwards only: saving a cursor at or before the stored one changes nothing (a retried or late save is harmless), and the answer is the checkpoint as it stands.',
    },
    remove: 'The consumer then reads the feed from its start again (a replay).',
  },
});
