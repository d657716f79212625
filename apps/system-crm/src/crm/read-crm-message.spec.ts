import { crmErrorCode, readCrmMessage } from './read-crm-message';

describe('readCrmMessage', () => {
  it('reads the error array with codes and fields', () => {
    expect(
      readCrmMessage([
        {
          message: 'Required fields are missing: [Name]',
          errorCode: 'REQUIRED_FIELD_MISSING',
          fields: ['Name'],
        },
        { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' },
      ]),
    ).toBe(
      'REQUIRED_FIELD_MISSING: Required fields are missing: [Name] (fields: Name); INVALID_SESSION_ID: Session expired or invalid',
    );
  });

  it('reads a single error object, and nothing out of a body of another shape', () => {
    expect(readCrmMessage({ message: 'down', errorCode: 'SERVER_UNAVAILABLE' })).toBe(
      'SERVER_UNAVAILABLE: down',
    );
    expect(readCrmMessage('<html>bad gateway</html>')).toBeUndefined();
    expect(readCrmMessage([{ code: 1 }])).toBeUndefined();
  });

  it('tells the first error code', () => {
    expect(crmErrorCode([{ message: 'x', errorCode: 'REQUEST_LIMIT_EXCEEDED' }])).toBe(
      'REQUEST_LIMIT_EXCEEDED',
    );
    expect(crmErrorCode(undefined)).toBeUndefined();
  });
});
