import { runHttpApp } from '@p2c/platform';
import { ProcessTimeModule } from './process-time.module';

runHttpApp(ProcessTimeModule, 'process-time');
