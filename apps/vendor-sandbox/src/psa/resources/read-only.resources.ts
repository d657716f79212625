import { booleanValue, oneOfValues } from '../psa-filters';
import type { PsaResource } from '../psa-resource';

/** Users come from the scenario's workers (the HCM feeds the PSA); `employee_number` is theirs. */
export const usersResource: PsaResource = {
  key: 'users',
  singular: 'user',
  label: 'User',
  filters: {
    email_address: oneOfValues('email_address'),
    employee_number: oneOfValues('employee_number'),
    active: booleanValue('active'),
  },
  includes: { role: { collection: 'roles', foreignKey: 'role_id' } },
};

export const rolesResource: PsaResource = { key: 'roles', singular: 'role', label: 'Role' };

/** Rate cards; their bill rates per role are `rate_card_roles`, effective-dated. */
export const rateCardsResource: PsaResource = {
  key: 'rate_cards',
  singular: 'rate_card',
  label: 'Rate card',
  filters: { title: oneOfValues('title') },
  includes: {
    rate_card_roles: {
      collection: 'rate_card_roles',
      inverseKey: 'rate_card_id',
      idsField: 'rate_card_role_ids',
    },
  },
};

export const rateCardRolesResource: PsaResource = {
  key: 'rate_card_roles',
  singular: 'rate_card_role',
  label: 'Rate card role',
  filters: { rate_card_id: oneOfValues('rate_card_id'), role_id: oneOfValues('role_id') },
  includes: {
    rate_card: { collection: 'rate_cards', foreignKey: 'rate_card_id' },
    role: { collection: 'roles', foreignKey: 'role_id' },
  },
};
