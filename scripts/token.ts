/** `npm run token -- --role ROLE [--partner ID] [--subject S] [--ttl SECONDS]`: a development JWT. */
import { parseConfig } from '@p2c/platform';
import { jwtConfigShape, parseTokenArgs, securityDevSecrets, signAccessToken } from '@p2c/security';

try {
  const request = parseTokenArgs(process.argv.slice(2));
  const config = parseConfig(jwtConfigShape, process.env, securityDevSecrets);
  console.log(signAccessToken(config, request));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
