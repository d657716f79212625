import { AddressInfo, Socket, createServer } from 'node:net';
import { ConfigModule } from '@nestjs/config';
import { Test, TestingModule } from '@nestjs/testing';
import type Redis from 'ioredis';
import { RedisServer, TEST_REDIS_URL, testRedisPrefix, waitFor } from '@p2c/testing';
import { MessagingException, MessagingExceptionCode } from './messaging.exception';
import { MessagingModule } from './messaging.module';
import { createRedisConnection } from './redis-connection';
import { PRODUCER_REDIS } from './redis.tokens';
import { assertRedisNoEviction } from './redis-eviction-policy';

function messagingApp(redisUrl: string): Promise<TestingModule> {
  return Test.createTestingModule({
    imports: [
      ConfigModule.forRoot({
        isGlobal: true,
        ignoreEnvFile: true,
        load: [() => ({ REDIS_URL: redisUrl, REDIS_PREFIX: testRedisPrefix() })],
      }),
      MessagingModule.forRoot('policy-spec'),
    ],
  }).compile();
}

describe('the Redis eviction policy check', () => {
  let evicting: RedisServer;
  const connections: Redis[] = [];
  const connect = (url: string) => {
    const redis = createRedisConnection(url, 'producer', 'policy-spec');
    redis.on('error', () => undefined);
    connections.push(redis);
    return redis;
  };

  beforeAll(async () => {
    evicting = await RedisServer.start('allkeys-lru');
  });

  afterAll(async () => {
    for (const redis of connections) redis.disconnect();
    await evicting?.stop();
  });

  it('refuses a Redis that may evict keys, naming the setting and the fix', async () => {
    const refusal = assertRedisNoEviction(connect(evicting.url));
    await expect(refusal).rejects.toBeInstanceOf(MessagingException);
    await expect(refusal).rejects.toMatchObject({
      code: MessagingExceptionCode.REDIS_EVICTION_POLICY,
      message: expect.stringMatching(
        new RegExp(
          `Redis at 127\\.0\\.0\\.1:${evicting.port} has maxmemory-policy "allkeys-lru".*` +
            `CONFIG SET maxmemory-policy noeviction`,
        ),
      ),
    });
  });

  it('passes the shared Redis, which is noeviction', async () => {
    await expect(assertRedisNoEviction(connect(TEST_REDIS_URL))).resolves.toBeUndefined();
  });

  it('says Redis is unreachable when nothing answers in time', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket)); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      await expect(
        assertRedisNoEviction(connect(`redis://127.0.0.1:${port}`), 300),
      ).rejects.toMatchObject({
        code: MessagingExceptionCode.REDIS_UNREACHABLE,
        message: expect.stringMatching(/did not answer within 300 ms.*REDIS_URL/),
      });
    } finally {
      connections.pop()?.disconnect();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('keeps an app from starting on an evicting Redis', async () => {
    const app = await messagingApp(evicting.url);
    await expect(app.init()).rejects.toThrow(/maxmemory-policy "allkeys-lru"/);
    // nothing is left connected by the refused start
    const producer = app.get<Redis>(PRODUCER_REDIS);
    await waitFor(() => producer.status === 'end', { what: 'the producer connection to close' });
  });

  it('lets an app start on the shared Redis', async () => {
    const app = await messagingApp(TEST_REDIS_URL);
    try {
      await expect(app.init()).resolves.toBe(app);
    } finally {
      await app.close();
    }
  });
});
