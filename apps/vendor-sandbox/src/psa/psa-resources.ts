import type { PsaResource } from './psa-resource';
import { expensesResource } from './resources/expenses.resource';
import { externalReferencesResource } from './resources/external-references.resource';
import { invoicesResource } from './resources/invoices.resource';
import { participationsResource } from './resources/participations.resource';
import {
  rateCardRolesResource,
  rateCardsResource,
  rolesResource,
  usersResource,
} from './resources/read-only.resources';
import { storiesResource } from './resources/stories.resource';
import { timeEntriesResource } from './resources/time-entries.resource';
import { workspaceResourcesResource } from './resources/workspace-resources.resource';
import { workspacesResource } from './resources/workspaces.resource';

/** Every `/psa/api/v1/<key>.json` resource by key (the events feed has its own route). */
export const PSA_RESOURCES: ReadonlyMap<string, PsaResource> = new Map(
  [
    usersResource,
    rolesResource,
    rateCardsResource,
    rateCardRolesResource,
    workspacesResource,
    storiesResource,
    participationsResource,
    workspaceResourcesResource,
    timeEntriesResource,
    expensesResource,
    invoicesResource,
    externalReferencesResource,
  ].map((resource) => [resource.key, resource]),
);
