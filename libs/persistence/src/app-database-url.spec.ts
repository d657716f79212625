import { appDatabaseUrl, databaseUrlVariable } from './app-database-url';

describe('an app’s database URL', () => {
  it('is named after the app', () => {
    expect(databaseUrlVariable('process-time')).toBe('PROCESS_TIME_DATABASE_URL');
  });

  it('is its own when one is set (production: a role and secret per app)', () => {
    const own = 'postgres://time:s3cret@db.internal:5432/p2c';
    expect(
      appDatabaseUrl('process-time', {
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/p2c',
        PROCESS_TIME_DATABASE_URL: own,
      }),
    ).toBe(own);
  });

  it('is otherwise the owner’s with the app’s role in place of the user', () => {
    expect(
      appDatabaseUrl('system-psa', { DATABASE_URL: 'postgres://owner:pw@db:6543/gateway' }),
    ).toBe('postgres://system_psa:pw@db:6543/gateway');
    expect(appDatabaseUrl('experience-api', {})).toBe(
      'postgres://experience_api@127.0.0.1:5432/p2c',
    );
  });
});
