import { runHttpApp } from '@p2c/platform';
import { SystemPsaModule } from './system-psa.module';

runHttpApp(SystemPsaModule, 'system-psa');
