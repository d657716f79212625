import { DynamicModule, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataOwner } from './app-schemas';
import { appDatabaseUrl, databaseUrlVariable } from './app-database-url';
import { dataSourceOptions } from './data-source-options';

/** The app's connection to its own schema in Postgres, as its own role. */
@Module({})
export class PersistenceModule {
  static forRoot(app: DataOwner): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService) => ({
            ...dataSourceOptions(
              app,
              appDatabaseUrl(app, {
                DATABASE_URL: config.get<string>('DATABASE_URL'),
                [databaseUrlVariable(app)]: config.get<string>(databaseUrlVariable(app)),
              }),
            ),
            retryAttempts: 3,
            retryDelay: 1000,
          }),
        }),
      ],
    };
  }
}
