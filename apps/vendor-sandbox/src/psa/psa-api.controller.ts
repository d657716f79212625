import { Body, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { VendorController } from '../pipeline/vendor-controller.decorator';
import { VendorHttpException } from '../pipeline/vendor-http.exception';
import { WorldService } from '../world/world.service';
import { psaError, psaErrors, psaNotFound } from './psa-errors';
import type { PsaRecord } from './psa-record';
import type { PsaState } from './psa-state';
import { PsaEnvelope, PsaQuery, envelope, includesOf, listRecords } from './psa-envelope';
import type { PsaResource } from './psa-resource';
import { PsaListCache } from './psa-list-cache';
import { PSA_RESOURCES } from './psa-resources';
import { subscribedEventsPage } from './subscribed-events-feed';

const JSON_SUFFIX = '.json';

function stripJson(file: string): string | undefined {
  return file.endsWith(JSON_SUFFIX) ? file.slice(0, -JSON_SUFFIX.length) : undefined;
}

/** The Kantata-style REST API: `/psa/api/v1/<resource>.json` and `/<resource>/<id>.json`. */
@VendorController(psaErrors, 'psa/api/v1')
export class PsaApiController {
  constructor(
    private readonly worlds: WorldService,
    private readonly listings: PsaListCache,
  ) {}

  private get state(): PsaState {
    return this.worlds.current.psa;
  }

  @Get('subscribed_events.json')
  feed(@Query() query: PsaQuery): PsaEnvelope {
    return subscribedEventsPage(this.state, query, this.listings);
  }

  @Get(':resource')
  list(@Param('resource') file: string, @Query() query: PsaQuery): PsaEnvelope {
    return listRecords(this.state, this.resource(file), query, this.listings);
  }

  @Get(':resource/:file')
  show(
    @Param('resource') name: string,
    @Param('file') file: string,
    @Query() query: PsaQuery,
  ): PsaEnvelope {
    const resource = this.resource(`${name}${JSON_SUFFIX}`);
    return this.single(resource, this.record(resource, file), query);
  }

  /** 200, as the vendor answers a create; no idempotency: the same POST twice makes two. */
  @Post(':resource')
  @HttpCode(200)
  create(
    @Param('resource') file: string,
    @Body() body: unknown,
    @Query() query: PsaQuery,
  ): PsaEnvelope {
    const resource = this.resource(file);
    if (!resource.create) throw this.unsupported();
    return this.single(resource, resource.create(this.state, body), query);
  }

  @Put(':resource/:file')
  replace(
    @Param('resource') name: string,
    @Param('file') file: string,
    @Body() body: unknown,
    @Query() query: PsaQuery,
  ): PsaEnvelope {
    return this.update(name, file, body, query);
  }

  @Patch(':resource/:file')
  update(
    @Param('resource') name: string,
    @Param('file') file: string,
    @Body() body: unknown,
    @Query() query: PsaQuery,
  ): PsaEnvelope {
    const resource = this.resource(`${name}${JSON_SUFFIX}`);
    if (!resource.update) throw this.unsupported();
    const record = this.record(resource, file);
    return this.single(resource, resource.update(this.state, record, body), query);
  }

  @Delete(':resource/:file')
  @HttpCode(204)
  remove(@Param('resource') name: string, @Param('file') file: string): void {
    const resource = this.resource(`${name}${JSON_SUFFIX}`);
    if (!resource.remove) throw this.unsupported();
    resource.remove(this.state, this.record(resource, file));
  }

  private resource(file: string): PsaResource {
    const resource = PSA_RESOURCES.get(stripJson(file) ?? '');
    if (!resource) throw psaNotFound('Resource');
    return resource;
  }

  private record(resource: PsaResource, file: string): PsaRecord {
    const record = this.state.find(resource.key, stripJson(file));
    if (!record) throw psaNotFound(resource.label);
    return record;
  }

  private single(resource: PsaResource, record: PsaRecord, query: PsaQuery): PsaEnvelope {
    const includes = includesOf(resource, query);
    return envelope(this.state, resource.key, [record], includes, 1, { number: 1, size: 1 });
  }

  private unsupported() {
    return new VendorHttpException(psaError(405, 'system', 'This action is not supported'));
  }
}
