import { NotFoundError, type Principal, type RequestContext } from '@waymark/api/common';
import type { TenantScope } from '@waymark/api/database';
import { Role } from '@waymark/shared/types';
import { ClientAccess } from './client-access.service';
import type { ClientSettingsService } from './client-settings.service';
import { ClientGate } from './client-gate';

/** A supervisor of one agency acting in another agency's scope (a referral's receiver taking a step in the sender's records). */
const borrowed: Principal = {
  actorType: 'USER',
  id: '6f1c1f3e-0000-4000-8000-000000000001',
  agencyId: '6f1c1f3e-0000-4000-8000-0000000000aa',
  role: Role.SUPERVISOR,
  sessionId: 's',
  mustChangePassword: false,
  onBehalfOfAgencyId: '6f1c1f3e-0000-4000-8000-0000000000bb',
};

describe('the client gate for a principal acting in another agency’s scope', () => {
  // Nothing may be asked of the tenant's tables: the borrowed role opens no client before any query.
  const tenant = { repository: () => ({ findOneBy: jest.fn(), createQueryBuilder: jest.fn() }) } as unknown as TenantScope;
  const context = { requirePrincipal: () => borrowed } as unknown as RequestContext;
  const settings = { current: async () => ({ caseManagersOpenAnyClient: true }) } as unknown as ClientSettingsService;
  const gate = new ClientGate(new ClientAccess(tenant, context, settings, {} as never, {} as never), tenant);
  const ids = ['6f1c1f3e-0000-4000-8000-000000000010', '6f1c1f3e-0000-4000-8000-000000000011'];

  it('opens none of that agency’s clients, whatever the role held at home', async () => {
    await expect(gate.require(ids[0], 'read')).rejects.toBeInstanceOf(NotFoundError);
    expect(await gate.mayOpen(ids)).toEqual([false, false]);
    expect(await gate.mayChange(ids)).toEqual([false, false]);
  });

  it('limits a list about clients to records about no client', async () => {
    const query = { andWhere: jest.fn().mockReturnThis() };
    await gate.restrictToOpenable(query as never, 'r.client_id');
    expect(query.andWhere).toHaveBeenCalledWith(expect.stringContaining('false'), {});
  });
});
