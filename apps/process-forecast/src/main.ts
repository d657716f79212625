import { runHttpApp } from '@p2c/platform';
import { ProcessForecastModule } from './process-forecast.module';

runHttpApp(ProcessForecastModule, 'process-forecast');
