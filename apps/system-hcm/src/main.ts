import { runHttpApp } from '@p2c/platform';
import { SystemHcmModule } from './system-hcm.module';

runHttpApp(SystemHcmModule, 'system-hcm');
