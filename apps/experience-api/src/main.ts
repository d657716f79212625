import { runHttpApp } from '@p2c/platform';
import { ExperienceApiModule } from './experience-api.module';

runHttpApp(ExperienceApiModule, 'experience-api');
