import { Role } from '../roles/role.enum';
import { TokenArgsError, parseTokenArgs } from './token-args';

describe('npm run token arguments', () => {
  it('defaults the subject and a one-hour lifetime', () => {
    expect(parseTokenArgs(['--role', 'finance'])).toEqual({
      subject: 'dev-finance',
      roles: [Role.Finance],
      partnerId: undefined,
      ttlSeconds: 3600,
    });
  });

  it('takes a partner id, a subject and a lifetime', () => {
    expect(
      parseTokenArgs([
        '--role',
        'partner',
        '--partner',
        'acme',
        '--subject',
        'p@acme',
        '--ttl',
        '60',
      ]),
    ).toEqual({ subject: 'p@acme', roles: [Role.Partner], partnerId: 'acme', ttlSeconds: 60 });
  });

  it.each([
    [[], /--role is required/],
    [['--role', 'root'], /Unknown role "root"/],
    [['--role', 'partner'], /partner token needs --partner/],
    [['--role', 'admin', '--partner', 'acme'], /--partner only goes with --role partner/],
    [['--role', 'admin', '--ttl', '0'], /--ttl must be a positive whole number/],
    [['--role', 'admin', '--ttl', '1.5'], /--ttl must be a positive whole number/],
    [['--role', 'admin', '--subject', ''], /--subject must not be empty/],
    [['--role', 'admin', '--scope', 'x'], /Unknown option '--scope'/],
  ])('refuses %j with a clear message and the usage', (argv, message) => {
    expect(() => parseTokenArgs(argv)).toThrow(TokenArgsError);
    expect(() => parseTokenArgs(argv)).toThrow(message);
    expect(() => parseTokenArgs(argv)).toThrow(/usage: npm run token/);
  });
});
